"""Quotes: quotation regions, attribution, speaker linking, normalisation, diff, seed cluster."""

from __future__ import annotations

import pytest

from factcheck import Config, Report, check, extract
from factcheck.kinds.quote import SPEC, diff, normalize_text
from factcheck.model import QuoteClaim
from tests.conftest import article

QUOTES = Config(kinds=("name", "quote"))


def _quotes(text: str) -> list[QuoteClaim]:
    return [c for c in extract(article(text), QUOTES) if isinstance(c, QuoteClaim)]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("He said “we will go far” today.", ["we will go far"]),
        ('He said "we will go far" today.', ["we will go far"]),
        ("He said «we will go far» today.", ["we will go far"]),
        ("He said ‘we will go far’ today.", ["we will go far"]),
        ("He said 'we will go far' today.", ["we will go far"]),
        ("Sie sagte „wir gehen weit“ heute.", ["wir gehen weit"]),
        ('He said "we will go far” today.', ["we will go far"]),
        ("“He told me ‘we will go far’ then,” she said.", ["He told me ‘we will go far’ then,"]),
        ("He said “we will\ngo far” today.", ["we will\ngo far"]),
        ("“One two three” and “four five six” end.", ["One two three", "four five six"]),
        ("Putin's and Lam's teams didn't meet.", []),
        ("He said “we will go far\n\nNew paragraph” here.", []),
    ],
)
def test_kinds_quote_regions(text: str, inside: list[str]) -> None:
    assert [c.span.text for c in _quotes(text)] == inside


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will go far,” said Putin.", "Putin"),
        ("“We will go far,” Putin said.", "Putin"),
        ("Putin said “we will go far.”", "Putin"),
        ("Putin added that “we will go far.”", "Putin"),
        ("Putin wrote: “We will go far.”", "Putin"),
        ("According to Putin, “we will go far.”", "Putin"),
        ("Putin: “We will go far.”", "Putin"),
        ("“We will go far,” Russian President Vladimir Putin said.", "Vladimir Putin"),
        ("Vladimir Putin spoke. “We will go far,” said Mr Putin.", "Vladimir Putin"),
        ("Russian President Vladimir Putin spoke. The Russian president said “we will go far.”",
         "Vladimir Putin"),
        ("Vladimir Putin spoke. “We will go far,” he said. “We will stay long.”", "Vladimir Putin"),
        ("The embassy said “no country should do this.”", "the embassy"),
        ("“We will go far.” Lam added that nothing changed.", None),
        ("Nobody knows who said “we will go far.”", None),
    ],
)  # fmt: skip
def test_kinds_quote_attribution_links_speaker(text: str, speaker: str | None) -> None:
    assert [c.value.speaker for c in _quotes(text)][-1] == speaker


@pytest.mark.parametrize(
    ("uk", "us"),
    [
        ("further co-operate in defence", "further cooperate in defense"),
        ("favourable conditions", "favorable conditions"),
        ("to organise and prioritise the programme", "to organize and prioritize the program"),
        ("our neighbours' behaviour", "our neighbors behavior"),
        ("“Closed, military-political BLOCS!”", "closed military political blocs"),
    ],
)
def test_kinds_quote_normalisation_folds_uk_us_case_and_punctuation(uk: str, us: str) -> None:
    assert normalize_text(uk) == normalize_text(us)


def test_kinds_quote_diff_reads_as_changed_phrases() -> None:
    a = normalize_text("developing a reliable security architecture")
    b = normalize_text("building a credible security architecture")
    assert diff(a, b) == "`developing a reliable` -> `building a credible`"


def test_kinds_quote_diff_ignores_what_a_partial_quote_leaves_out() -> None:
    a = normalize_text("further co-operate in defence and security to cope with challenges")
    b = normalize_text(
        "want to further cooperate in the fields of defense and security to address challenges"
    )
    assert diff(a, b) == "`∅` -> `the fields of`; `cope with` -> `address`"


@pytest.mark.parametrize(
    ("a", "b", "aligned"),
    [
        ("“We will build a reliable security architecture,” said Putin.",
         "Putin said “a reliable security architecture” matters.", True),
        ("“We will build a reliable security architecture,” said Putin.",
         "“We will build a reliable security architecture,” said Joe Biden.", False),
        ("“We will build a reliable security architecture,” said Putin.",
         "“Prices of rice rose in the spring markets,” said Putin.", False),
    ],
)  # fmt: skip
def test_kinds_quote_alignment_needs_same_speaker_and_similar_words(
    a: str, b: str, aligned: bool
) -> None:
    (ca,) = _quotes(a)
    (cb,) = _quotes(b)
    assert SPEC.similarity is not None
    assert (SPEC.similarity(ca, cb) >= (SPEC.threshold or 0)) == aligned


def test_kinds_quote_putin_vietnam_2024_06_findings(seed_report: Report) -> None:
    quotes = [f for f in seed_report.findings if f.kind == "quote"]
    conflicts = {f.subject: f.message for f in quotes if f.verdict == "conflict"}
    architecture = conflicts["quote by Vladimir Putin"]
    assert "`developing a reliable` -> `building a credible`" in architecture
    # Equally attested versions: the fuller one is the reference, the diff runs from it.
    assert any(
        "`cope with` -> `address`" in m or "`address` -> `cope with`" in m
        for m in conflicts.values()
    )
    agreed = [f for f in quotes if f.verdict == "agree"]
    assert any("closed military-political blocs" in f.message for f in agreed)


def test_kinds_quote_claims_round_trip_through_json() -> None:
    arts = [
        article("“We will build a reliable security architecture,” said Putin.", id="a.txt"),
        article("“We will build a credible security architecture,” said Putin.", id="b.txt"),
    ]
    report = check(arts, QUOTES)
    assert [f.verdict for f in report.findings if f.kind == "quote"] == ["conflict"]
    assert Report.from_json(report.to_json()) == report
