"""Every kind's corpora run here: positives, negatives and compare pairs."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck import Config, extract
from factcheck.kinds import KINDS, KindSpec
from tests.conftest import article

POSITIVES = [
    pytest.param(spec, value, form, id=f"{spec.name}:{form}")
    for spec in KINDS
    for value, forms in spec.corpus
    for form in forms
]
NEGATIVES = [
    pytest.param(spec, text, id=f"{spec.name}:{text}")
    for spec in KINDS
    for text in spec.negative_corpus
]
PAIRS = [
    pytest.param(spec, a, b, verdict, id=f"{spec.name}:{a}|{b}")
    for spec in KINDS
    for a, b, verdict in spec.compare_corpus
]
CONFIG = Config()


def _claims(spec: KindSpec, text: str) -> list[Any]:
    return [c for c in extract(article(text), Config(kinds=(spec.name,))) if c.kind == spec.name]


@pytest.mark.parametrize(("spec", "value", "form"), POSITIVES)
def test_kinds_corpus_extracts_whole_form_once(spec: KindSpec, value: Any, form: str) -> None:
    claims = _claims(spec, form)
    assert len(claims) == 1, f"{spec.name}: {form!r} gave {len(claims)} claims: {claims}"
    (claim,) = claims
    if spec.name != "quote":
        assert claim.span.text == form, f"{spec.name}: {form!r} matched only {claim.span.text!r}"
    assert claim.value == value, f"{spec.name}: {form!r} gave {claim.value!r}"


@pytest.mark.parametrize(("spec", "text"), NEGATIVES)
def test_kinds_negative_corpus_yields_nothing(spec: KindSpec, text: str) -> None:
    claims = _claims(spec, text)
    assert not claims, f"{spec.name}: {text!r} should yield nothing, gave {claims}"


@pytest.mark.parametrize(("spec", "a", "b", "verdict"), PAIRS)
def test_kinds_compare_corpus_verdicts(spec: KindSpec, a: str, b: str, verdict: str) -> None:
    (ca,) = _claims(spec, a)
    (cb,) = _claims(spec, b)
    got = "agree" if spec.identity(ca) == spec.identity(cb) else spec.compare(ca, cb, CONFIG)
    assert got == verdict, f"{spec.name}: {a!r} vs {b!r} gave {got}, expected {verdict}"


def test_kinds_registry_is_ordered_and_complete() -> None:
    assert [k.name for k in KINDS] == ["count", "money", "percent", "date", "name", "quote"]


# All kinds together over all corpora: overlap resolution (factcheck.overlap) leaves each
# positive form to its own kind, and no two competing kinds share characters anywhere.

ALL_TEXTS = [
    pytest.param(spec, text, id=f"{spec.name}:{text}")
    for spec in KINDS
    for text in dict.fromkeys(
        [f for _, forms in spec.corpus for f in forms]
        + list(spec.negative_corpus)
        + [t for a, b, _ in spec.compare_corpus for t in (a, b)]
    )
]


@pytest.mark.parametrize(("spec", "value", "form"), POSITIVES)
def test_kinds_all_kinds_together_keep_each_corpus_form(
    spec: KindSpec, value: Any, form: str
) -> None:
    mine = [c for c in extract(article(form), CONFIG) if c.kind == spec.name]
    assert len(mine) == 1, f"{spec.name}: {form!r} with every kind on gave {mine}"
    assert mine[0].value == value, f"{spec.name}: {form!r} with every kind on: {mine[0].value!r}"


@pytest.mark.parametrize(("spec", "text"), ALL_TEXTS)
def test_kinds_all_kinds_together_never_overlap(spec: KindSpec, text: str) -> None:
    competing = {k.name for k in KINDS if not k.contains_others}
    claims = [c for c in extract(article(text), CONFIG) if c.kind in competing]
    clashes = [
        (a.kind, a.span.text, b.kind, b.span.text)
        for i, a in enumerate(claims)
        for b in claims[i + 1 :]
        if a.kind != b.kind and a.span.start < b.span.end and b.span.start < a.span.end
    ]
    assert not clashes, f"{spec.name} corpus: {text!r}: kinds claim the same characters: {clashes}"


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("2 milliards d'euros", "money", "count"),
        ("the 19th century", "date", "count"),
        ("21st century", "date", "count"),
        ("RUB 100bn", "money", "name"),
    ],
)
def test_kinds_overlap_resolution_keeps_the_higher_priority_kind(
    text: str, kept: str, dropped: str
) -> None:
    lang = "fr" if "milliards" in text else "en"
    kinds = {c.kind for c in extract(article(text, language=lang), CONFIG)}
    assert kept in kinds and dropped not in kinds, kinds
    alone = {c.kind for c in extract(article(text, language=lang), Config(kinds=(dropped,)))}
    assert dropped in alone, f"{dropped} reads {text!r} when it runs alone"
