"""Comparison: verdicts, severities, messages and fingerprints of aligned groups."""

from __future__ import annotations

from factcheck import check
from factcheck.compare import TEMPLATES, fingerprint
from factcheck.model import VERDICT_SEVERITY
from tests.conftest import article


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
    assert fingerprint("count", "conflict", "k", [], []) != fingerprint(
        "count", "agree", "k", [], []
    )


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
