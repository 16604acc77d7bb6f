"""Comparison: verdicts, severities, messages and fingerprints of aligned groups."""

from __future__ import annotations

import html
import re

import pytest

from factcheck import Finding, Report, check
from factcheck.compare import TEMPLATES, fingerprint
from factcheck.model import VERDICT_SEVERITY
from tests.conftest import SEED, article


def _report(*pairs: tuple[str, str]):  # type: ignore[no-untyped-def]
    return check([article(t, id=i, source=i.upper()) for i, t in pairs])


def test_compare_agreement_is_a_finding_naming_all_sources() -> None:
    r = _report(
        ("ap", "Police said 12 people died in the fire."),
        ("bbc", "Police said a dozen people died in the fire."),
    )
    (f,) = [f for f in r.findings if f.kind == "count"]
    assert f.verdict == "agree" and f.severity == "none"
    assert "AP" in f.message and "BBC" in f.message


def test_compare_compatible_when_one_side_is_vaguer() -> None:
    r = _report(
        ("ap", "Police said at least 12 people died in the fire."),
        ("bbc", "Police said 14 people died in the fire."),
    )
    (f,) = [f for f in r.findings if f.kind == "count"]
    assert f.verdict == "compatible" and f.severity == "info"


def test_compare_conflict_quotes_both_spans_and_values() -> None:
    r = _report(
        ("ap", "Police said 12 people died in the fire."),
        ("bbc", "Police said 15 people died in the fire."),
    )
    (f,) = r.conflicts
    assert f.severity == "error" and "“12 people”" in f.message and "“15 people”" in f.message
    assert set(f.articles) == {"ap", "bbc"} and f.reference and f.other


def test_compare_single_source_fact_is_unverified() -> None:
    r = _report(("ap", "Police said 12 people died in the fire."), ("bbc", "The weather was fine."))
    (f,) = [f for f in r.findings if f.kind == "count"]
    assert f.verdict == "single" and "Only AP" in f.message


def test_compare_majority_value_is_the_reference() -> None:
    r = _report(
        ("a", "Police said 12 people died in the fire."),
        ("b", "Police said 12 people died in the fire."),
        ("c", "Police said 15 people died in the fire."),
    )
    (f,) = r.conflicts
    assert {r.claim(c).article for c in f.reference} == {"a", "b"}
    assert [r.claim(c).article for c in f.other] == ["c"]


def test_compare_fingerprint_ignores_position_and_order() -> None:
    a = _report(("ap", "Police said 12 people died."), ("bbc", "Police said 15 people died."))
    b = _report(
        ("bbc", "Earlier text here. Police said 15 people died."),
        ("ap", "Police said 12 people died."),
    )
    assert {f.fingerprint for f in a.conflicts} == {f.fingerprint for f in b.conflicts}
    assert fingerprint("count", "conflict", "s", "12") != fingerprint("count", "agree", "s", "12")


def test_compare_every_verdict_has_a_template_and_severity() -> None:
    for verdict in ("agree", "compatible", "variant", "conflict", "single"):
        assert ("*", verdict) in TEMPLATES and verdict in VERDICT_SEVERITY


def test_compare_unresolved_date_is_not_reported_as_unverified() -> None:
    r = _report(
        ("ap", "The deal was signed on Thursday in Hanoi."), ("bbc", "The weather was fine.")
    )
    dates = [c for c in r.claims if c.kind == "date"]
    assert dates and not dates[0].value.resolved
    assert not [f for f in r.findings if f.kind == "date"]


# Slot conflicts: the same sentence printed with another name

_SWAP = (
    "Analyst Prashant Parameswaran said the visit mattered. "
    "Speaking in Hanoi, {} told reporters that the new agreements would deepen energy ties."
)


def _name_conflicts(*texts: str):  # type: ignore[no-untyped-def]
    r = _report(*((f"s{i}", t) for i, t in enumerate(texts)))
    return [f for f in r.findings if f.kind == "name" and f.verdict == "conflict"]


def test_compare_same_sentence_with_another_person_is_a_conflict() -> None:
    base = "Nguyen Khac Giang said the talks went well. " + _SWAP
    (f,) = _name_conflicts(base.format("Nguyen Khac Giang"), base.format("Prashant Parameswaran"),
                           base.format("Nguyen Khac Giang"))  # fmt: skip
    assert f.severity == "error" and f.articles == ("s0", "s1", "s2")
    assert "“Prashant Parameswaran” [S1]" in f.message and "“Nguyen Khac Giang” [S0]" in f.message
    assert "the same sentence with different names" in f.message
    assert "Speaking in Hanoi, … told reporters" in f.message


def test_compare_same_sentence_same_person_spelt_otherwise_is_no_slot_conflict() -> None:
    base = "Nguyen Khac Giang said the talks went well. " + _SWAP
    assert _name_conflicts(base.format("Nguyen Khac Giang"), base.format("Nguyễn Khắc Giang")) == []


def test_compare_short_or_reordered_sentences_are_no_slot_conflict() -> None:
    assert _name_conflicts("Putin smiled.", "Xi smiled.") == []
    assert (
        _name_conflicts(
            "Vladimir Putin met Pham Minh Chinh and To Lam in Hanoi on a rainy Thursday morning.",
            "Vladimir Putin met To Lam and Pham Minh Chinh in Hanoi on a rainy Thursday morning.",
        )
        == []
    )


def test_compare_different_sentences_naming_different_people_are_no_conflict() -> None:
    assert (
        _name_conflicts(
            "Speaking in Hanoi, Nguyen Khac Giang told reporters that energy ties would deepen.",
            "Writing in a newspaper, Prashant Parameswaran argued that the visit was symbolic.",
        )
        == []
    )


def test_compare_same_written_name_read_otherwise_is_no_slot_conflict() -> None:
    # "Karo" links to "Kristina Karo" in one article only; the sentence names the same person.
    tail = " Karo, now living in Los Angeles, said the hen had been stolen from her farm."
    assert (
        _name_conflicts("Kristina Karo spoke to reporters." + tail, "A neighbour spoke." + tail)
        == []
    )


# Readable findings (issue 15) ----------------------------------------------------------------

_FIXTURES = [SEED, *sorted((SEED.parent.parent / "real").iterdir())]


@pytest.fixture(scope="module")
def fixture_reports() -> list[Report]:
    return [check(p) for p in _FIXTURES]


def _subject_words(f: Finding) -> list[str]:
    inner = re.search(r"\((.*)\)$", f.subject)
    if f.kind in ("count", "money", "percent") and inner:
        return inner.group(1).split()
    if f.kind == "date" and f.subject.startswith("date of "):
        return f.subject.removeprefix("date of ").split()
    return []


def test_compare_subjects_are_words_as_written_never_stems(fixture_reports: list[Report]) -> None:
    bad = []
    for r in fixture_reports:
        for f in r.findings:
            texts = " ".join(r.article(a).text for a in f.articles)
            written = set(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", texts))
            bad += [(f.subject, w) for w in _subject_words(f) if w not in written]
    assert not bad, bad[:10]


def test_compare_subjects_are_readable_in_junit_and_sarif(seed_report: Report) -> None:
    from factcheck.report import RENDERERS

    subjects = {f.subject for f in seed_report.failing}
    assert subjects
    for fmt in ("junit", "sarif", "markdown", "text", "html"):
        out = RENDERERS[fmt](seed_report)
        assert "(pact come face)" not in out and "agre th" not in out
        for s in subjects:
            assert html.escape(s, quote=False) in out or s in out, (fmt, s)


def test_compare_quotes_are_credited_to_the_clusters_name_for_the_speaker(
    seed_report: Report,
) -> None:
    quotes = [f.subject for f in seed_report.findings if f.kind == "quote"]
    assert "quote by To Lam" in quotes
    assert not any("Lam Thu Lam" in s or "Gould Davis" in s for s in quotes), quotes


def test_compare_reference_side_is_the_same_in_message_diff_and_locations(
    fixture_reports: list[Report],
) -> None:
    checked = 0
    for r in fixture_reports:
        for f in r.findings:
            if not f.other or f.verdict == "agree":
                continue
            ref, other = r.claim(f.reference[0]), r.claim(f.other[0])
            rq, oq = (
                f"“{' '.join(ref.span.text.split())}”",
                f"“{' '.join(other.span.text.split())}”",
            )
            if rq == oq or rq not in f.message or oq not in f.message:
                continue
            assert f.message.index(rq) < f.message.index(oq), f.message
            checked += 1
            if f.kind == "quote" and "changed words: `" in f.message:
                left = f.message.split("changed words: `", 1)[1].split("`", 1)[0]
                assert left == "∅" or left in " ".join(ref.span.text.split()), f.message
    assert checked >= 5
    # The same two outlets keep the same sides across the seed's quote conflicts.
    seed = fixture_reports[0]
    sides = {
        (seed.claim(f.reference[0]).article, seed.claim(f.other[0]).article)
        for f in seed.conflicts
        if f.kind == "quote"
    }
    assert len(sides) == 1, sides


def test_compare_values_the_reference_cannot_compare_are_compared_among_themselves() -> None:
    from factcheck.align import Group
    from factcheck.compare import compare_group
    from factcheck.config import Config
    from factcheck.pipeline import extract

    arts = [
        article(
            "Nach knapp neun Monaten auf Rekordhoch senkte die EZB.", id="a.txt", language="de"
        ),
        article("This is the first reduction in five years.", id="b.txt"),
        article("Es el primer movimiento de este tipo en 8 años.", id="c.txt", language="es"),
    ]
    claims = [c for a in arts for c in extract(a, Config()) if c.kind == "duration"]
    assert [c.article for c in claims] == ["a.txt", "b.txt", "c.txt"]
    # the longest span ("knapp neun Monaten") is the reference; years are not comparable with it
    group = Group("duration", "duration", tuple(claims))
    findings = compare_group(group, {a.id: a for a in arts}, Config())
    reported = {cid for f in findings for cid in f.claims}
    assert reported == {c.id for c in claims}, "no claim of a group is dropped"
    (conflict,) = [f for f in findings if f.verdict == "conflict"]
    assert set(conflict.claims) == {claims[1].id, claims[2].id}


def test_compare_values_that_fit_a_vague_reference_but_not_each_other_conflict() -> None:
    r = _report(
        ("a", "The epicentre was about 70 km south-west of Marrakech, officials said."),
        ("b", "The epicentre was some 70 km south-west of Marrakech, officials said."),
        ("c", "The epicentre was 63 km south-west of Marrakech, officials said."),
        ("d", "The epicentre was 72 km south-west of Marrakech, officials said."),
    )
    found = [f for f in r.findings if f.kind == "quantity"]
    assert sorted(f.verdict for f in found) == ["agree", "compatible", "compatible", "conflict"]
    (conflict,) = [f for f in found if f.verdict == "conflict"]
    assert {r.claim(c).span.text for c in conflict.claims} == {"63 km", "72 km"}
