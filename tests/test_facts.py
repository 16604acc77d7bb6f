"""The fact sheet and time-aware messages for running totals."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, Report, check
from factcheck.facts import frame_subject
from factcheck.model import Frame


def _toll_cluster() -> list[Article]:
    return [
        Article(id="a", source="Early Wire", language="en", published=dt.date(2024, 3, 23),
                text="The attack killed 93 people, the Investigative Committee said."),
        Article(id="b", source="Later Daily", language="en", published=dt.date(2024, 3, 24),
                text="At least 143 people were killed in the attack, officials said."),
        Article(id="c", source="Tageblatt", language="es", published=dt.date(2024, 3, 24),
                text="El ataque dejó 143 muertos, según las autoridades."),
        Article(id="d", source="Other", language="en", published=dt.date(2024, 3, 24),
                text="Police detained 11 people after the attack."),
    ]  # fmt: skip


def test_facts_sheet_gives_consensus_dissent_and_timeline() -> None:
    report = check(_toll_cluster())
    killed = [f for f in report.facts if f.subject == "people killed"]
    assert len(killed) == 1
    fact = killed[0]
    assert fact.running
    assert set(fact.consensus.articles) == {"b", "c"}
    assert [d.value for d in fact.dissent] == ["93"]
    assert [v.value for v in fact.timeline][0] == "93"
    assert fact.timeline[0].first_published == dt.date(2024, 3, 23)
    assert all("11" not in f.consensus.value for f in killed)


def test_facts_update_named_in_conflict_message() -> None:
    report = check(_toll_cluster())
    conflicts = [f for f in report.findings if f.kind == "count" and f.verdict == "conflict"]
    assert len(conflicts) == 1
    message = conflicts[0].message
    assert "rose from 93 [Early Wire, 2024-03-23]" in message
    assert "[Later Daily, 2024-03-24]" in message or "[Tageblatt, 2024-03-24]" in message


def test_facts_survive_json_round_trip() -> None:
    report = check(_toll_cluster())
    again = Report.from_json(report.to_json())
    assert again.facts == report.facts and again.facts


def test_facts_no_update_note_without_publication_dates() -> None:
    arts = [a.model_copy(update={"published": None}) for a in _toll_cluster()]
    conflicts = [f for f in check(arts).findings if f.verdict == "conflict"]
    assert conflicts and not any("update" in f.message for f in conflicts)


@pytest.mark.parametrize(
    ("concept", "kind", "subject"),
    [
        ("killed", "count", "people killed"),
        ("country", "count", "number of countries"),
        ("rescued worker", "count", "workers rescued"),
        ("critical", "count", "people in critical condition"),
        ("bank", "age", "age of the bank"),
        ("per share", "money", "price per share"),
        ("guarantee", "money", "guarantee"),
        ("inflation", "percent", "inflation"),
    ],
)
def test_facts_subject_reads_as_words(concept: str, kind: str, subject: str) -> None:
    assert frame_subject(Frame(concept=concept), kind) == subject
    assert frame_subject(Frame(concept=concept, scope=("year 2025",)), kind) == (
        f"{subject} (year 2025)"
    )
