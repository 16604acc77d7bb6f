"""Concept tables: per language, each word form and the concept it names.

`concept_forms.json` is generated from `concept_lemmas.json` by `scripts/build_concepts.py`
(every inflected form simplemma knows); it is read on first use. `factcheck.frames` builds a
claim's frame from these tables, and a kind may ask them what a word names ("verletzt" is
an event, "víctimas" a counted noun) without depending on frames.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources

from factcheck.lang import base_language


@cache
def forms() -> dict[str, dict[str, dict[str, str]]]:
    """Language -> table name -> word form -> concept."""
    data = resources.files("factcheck.data").joinpath("concept_forms.json").read_text("utf-8")
    return {k: v for k, v in json.loads(data).items() if k != "about"}


def table(lang: str, name: str) -> Mapping[str, str]:
    """One table of a language's concept forms (English's for a language without any)."""
    tables = forms().get(lang) or forms()["en"]
    return tables[name]


def event_of(word: str, lang: str) -> str | None:
    """The event concept a lower-case word names in `lang` ("verletzt" -> "injured"), or
    None."""
    return table(base_language(lang), "events").get(word)


def noun_of(word: str, lang: str) -> str | None:
    """The counted-noun concept a lower-case word names in `lang` ("víctimas" -> "person"),
    or None."""
    return table(base_language(lang), "nouns").get(word)
