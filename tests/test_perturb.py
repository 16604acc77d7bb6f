"""Perturbation pairs over the seed texts: facts kept yield no conflict, facts changed yield it."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from benchmarks import perturb
from benchmarks.perturb import Edit, Perturbation
from tests.conftest import ROOT, SEED

FLOORS = json.loads((ROOT / "fixtures" / "floors.json").read_text())["perturbation"]


@pytest.fixture(scope="module")
def seed_pairs() -> list[Perturbation]:
    texts = perturb.seed_texts(SEED)
    return perturb.generate(texts, n=FLOORS["pairs"], seed=FLOORS["seed"], rounds=FLOORS["rounds"])


def test_perturb_seed_pairs_meet_floors(seed_pairs: list[Perturbation]) -> None:
    cache: dict[tuple[str, dt.date | None], frozenset[str]] = {}
    results = [perturb.score_pair(p, baseline_cache=cache) for p in seed_pairs]
    score = perturb.summarize(results)
    missed = [
        f"{r.perturbation.rule}: {r.perturbation.edit.old!r} -> {r.perturbation.edit.new!r}"
        for r in results
        if not r.perturbation.keeps_facts and not r.hit
    ]
    alarms = [a for r in results for a in r.false_alarms]
    assert score.keep_pairs >= 50 and score.change_pairs >= 50, score
    assert score.precision >= FLOORS["precision"], alarms
    assert score.recall >= FLOORS["recall"], missed
    assert score.keep_clean >= FLOORS["keep_clean"], alarms


def test_perturb_edits_replace_exactly_the_old_text(seed_pairs: list[Perturbation]) -> None:
    for p in seed_pairs:
        e = p.edit
        assert p.original[e.start : e.end] == e.old, p
        lo, hi = p.new_span
        assert p.text[lo:hi] == e.new, p
        assert p.text[:lo] == p.original[: e.start] and p.text[hi:] == p.original[e.end :], p


def test_perturb_generate_is_deterministic_and_covers_both_sides() -> None:
    texts = perturb.seed_texts(SEED)
    a = perturb.generate(texts, n=60, seed=3)
    b = perturb.generate(texts, n=60, seed=3)
    assert a == b
    assert {p.keeps_facts for p in a} == {True, False}


@pytest.mark.parametrize(
    ("rule", "text", "old", "allowed"),
    [
        ("dozen", "Putin signed at least a dozen deals.", "a dozen", {"12"}),
        ("dozen", "None of the 12 agreements were made public.", "12", {"a dozen"}),
        ("words_to_digits", "The two countries signed three deals.", "three", {"3"}),
        ("digits_to_words", "Police arrested 7 people on Friday.", "7", {"seven"}),
        (
            "money_format",
            "Trade is expected to reach $3.6 billion in 2023.",
            "$3.6 billion",
            {"$3.6bn", "US$3,600m", "3.6 billion dollars"},
        ),
        ("percent_format", "Russia supplies 38% of the arms.", "38%", {"38 per cent", "38 percent"}),
        ("date_format", "The treaty was signed on June 19, 2024.", "June 19, 2024",
         {"19 June 2024", "2024-06-19"}),
        ("uk_us_spelling", "They agreed to co-operate in defence.", "defence", {"defense"}),
        ("name_diacritics", "Nguyen Phu Trong met him. Trong said so.", "Nguyen Phu Trong",
         {"Nguyen Phu Trong"}),
    ],
)  # fmt: skip
def test_perturb_keep_rules_rewrite_the_surface_only(
    rule: str, text: str, old: str, allowed: set[str]
) -> None:
    spec = next(r for r in perturb.RULES if r.name == rule)
    edits = [e for e in spec.find(text, random.Random(0), None) if e.old == old]
    assert edits, (rule, text)
    if rule == "name_diacritics":
        assert all(perturb._fold(e.new) == old and e.new != old for e in edits)
    else:
        assert all(e.new in allowed for e in edits), edits


def test_perturb_change_rules_need_an_anchor_for_weekdays() -> None:
    spec = next(r for r in perturb.RULES if r.name == "date_changed")
    text = "Putin met Kim on Wednesday."
    assert spec.find(text, random.Random(0), None) == []
    (edit,) = spec.find(text, random.Random(0), dt.date(2024, 6, 20))
    assert edit.old == "Wednesday" and edit.new in perturb.WEEKDAYS and edit.new != "Wednesday"


def test_perturb_apply_edits_skips_overlaps() -> None:
    text = "at least 12 deals"
    edits = [Edit(9, 11, "12", "twelve"), Edit(0, 11, "at least 12", "x")]
    assert perturb.apply_edits(text, edits) == "x deals"


def test_perturb_republish_marks_injected_changes_at_their_offsets() -> None:
    (source,) = [t for s, t, _ in perturb.seed_texts(SEED) if s.startswith("001")]
    copies = perturb.republish(source, 20, seed=1, conflicts=3, published=dt.date(2024, 6, 20))
    assert len(copies) == 20 and len({c.id for c in copies}) == 20
    injected = [c for c in copies if c.injected is not None]
    assert len(injected) == 3
    for c in injected:
        assert c.injected is not None
        assert c.text[c.injected.start : c.injected.end] == c.injected.new
    assert copies[0].injected is None
