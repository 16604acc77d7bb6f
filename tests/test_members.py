"""Membership check: event signatures, the cluster's date window, outliers in every report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import factcheck
from factcheck import Article, Config
from factcheck.report import RENDERERS
from factcheck.text.members import event_day, name_key, window
from tests.conftest import article

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "real"

_DERNA = (
    "Floods in Derna, eastern Libya, killed at least {n} people after Storm Daniel burst two "
    "dams on the Wadi Derna on Monday, the Red Crescent said. Officials in Benghazi said "
    "10,000 people were missing in Derna."
)
_GREEK = (
    "Storm Daniel killed four people in Karditsa and Volos, in Thessaly, as Prime Minister "
    "Kyriakos Mitsotakis visited Pelion on Wednesday; 800 people were evacuated from Volos."
)


def _articles(
    *, decoy: str, decoy_published: dt.date | None, language: str = "en"
) -> list[Article]:
    arts = [
        Article(
            id=f"m{i}.txt",
            source=f"Outlet {i}",
            published=dt.date(2023, 9, 12 + i % 2),
            text=_DERNA.format(n=5000 + 100 * i),
        )
        for i in range(5)
    ]
    arts.append(
        Article(
            id="decoy.txt",
            source="Other",
            published=decoy_published,
            text=decoy,
            language=language,
        )
    )
    return arts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Derna", "Darna"),
        ("Marrakech", "Marraquech"),
        ("Taroudant", "Tarudant"),
        ("Libya's", "Libya"),
    ],
)
def test_members_name_key_folds_spellings(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_members_name_key_keeps_other_names_apart() -> None:
    assert name_key("Derna") != name_key("Volos")
    assert name_key("Baltimore") != name_key("Brooklyn")


def test_members_window_runs_from_three_days_before_to_three_weeks_after() -> None:
    lo, hi = window(dt.date(2023, 9, 10))
    assert lo == dt.date(2023, 9, 7)
    assert hi == dt.date(2023, 10, 1)


def test_members_a_report_of_the_event_day_belongs_when_most_came_out_later() -> None:
    # The attack was on the 22nd; most reports are dated the 24th: the first day's report
    # is a member, not "about 2024-03-22".
    text = "Gunmen attacked the Crocus City Hall concert venue near Moscow, killing {n} people."
    days = [dt.date(2024, 3, 22), dt.date(2024, 3, 24), dt.date(2024, 3, 24), dt.date(2024, 3, 24)]
    arts = [
        article(text.format(n=40 + i), id=f"a{i}.txt", published=day) for i, day in enumerate(days)
    ]
    report = factcheck.check(arts)
    assert report.outliers == ()


def test_members_event_day_needs_two_articles() -> None:
    assert event_day([]) is None


def test_members_another_year_is_an_outlier_with_its_reason() -> None:
    decoy = _DERNA.format(n=560)
    report = factcheck.check(_articles(decoy=decoy, decoy_published=dt.date(2004, 2, 24)))
    assert [o.article for o in report.outliers] == ["decoy.txt"]
    (out,) = report.outliers
    assert out.cause == "date"
    assert out.reason.startswith("about 2004-02-24, the cluster is about 2023-09-1")
    assert report.summary.outliers == 1
    # its claims are listed, never compared with the members'
    assert any(c.article == "decoy.txt" for c in report.claims)
    for f in report.findings:
        assert "decoy.txt" not in f.articles
        assert all(report.claim(c).article != "decoy.txt" for c in f.claims)


def test_members_another_place_is_an_outlier_by_names() -> None:
    report = factcheck.check(_articles(decoy=_GREEK, decoy_published=None))
    assert [(o.article, o.cause) for o in report.outliers] == [("decoy.txt", "names")]
    reason = report.outliers[0].reason
    assert "Karditsa" in reason or "Volos" in reason or "Thessaly" in reason
    assert "Derna" in reason


def test_members_members_alone_have_no_outliers() -> None:
    arts = _articles(decoy=_DERNA.format(n=5300), decoy_published=dt.date(2023, 9, 13))
    assert factcheck.check(arts).outliers == ()


def test_members_small_clusters_are_not_judged() -> None:
    arts = _articles(decoy=_GREEK, decoy_published=dt.date(2004, 1, 1))[-3:]
    assert factcheck.check(arts).outliers == ()


def test_members_config_drop_leaves_outliers_out() -> None:
    arts = _articles(decoy=_DERNA.format(n=560), decoy_published=dt.date(2004, 2, 24))
    report = factcheck.check(arts, Config(outliers="drop"))
    assert [o.article for o in report.outliers] == ["decoy.txt"]
    assert "decoy.txt" not in {a.id for a in report.articles}
    assert all(c.article != "decoy.txt" for c in report.claims)
    assert report.summary.articles == 5


def test_members_config_compare_turns_the_check_off() -> None:
    arts = _articles(decoy=_DERNA.format(n=560), decoy_published=dt.date(2004, 2, 24))
    report = factcheck.check(arts, Config(outliers="compare"))
    assert report.outliers == ()
    assert any("decoy.txt" in f.articles for f in report.findings)


def test_members_report_round_trips_with_outliers() -> None:
    report = factcheck.check(_articles(decoy=_GREEK, decoy_published=None))
    assert factcheck.Report.from_json(report.to_json()) == report
    data = json.loads(report.to_json())
    assert data["outliers"][0]["article"] == "decoy.txt"
    assert data["summary"]["outliers"] == 1


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_members_every_report_format_shows_outliers(fmt: str) -> None:
    report = factcheck.check(_articles(decoy=_GREEK, decoy_published=None))
    out = RENDERERS[fmt](report)
    assert "decoy.txt" in out
    assert "outlier" in out


def _real_events() -> list[Path]:
    return sorted(p for p in REAL.iterdir() if (p / "gold.json").is_file())


@pytest.mark.parametrize("event", _real_events(), ids=lambda p: p.name)
def test_members_real_cluster_members_are_never_outliers(event: Path) -> None:
    gold = json.loads((event / "gold.json").read_text(encoding="utf-8"))
    report = factcheck.check(event)
    outliers = {o.article for o in report.outliers}
    assert not outliers & set(gold["member_files"]), report.outliers


def test_members_real_clusters_set_most_decoys_apart() -> None:
    decoys = found = 0
    for event in _real_events():
        gold = json.loads((event / "gold.json").read_text(encoding="utf-8"))
        report = factcheck.check(event)
        outliers = {o.article for o in report.outliers}
        decoys += len(gold["decoy_files"])
        found += len(outliers & set(gold["decoy_files"]))
    assert found >= decoys - 2, f"{found} of {decoys} decoys set apart"


def _ubs(undated: str) -> list[Article]:
    day = dt.date(2023, 3, 20)
    text = "UBS agreed on Sunday to buy Credit Suisse, the Swiss bank regulator FINMA said."
    return [
        Article(id="a", source="Wire", published=day, text=text),
        Article(
            id="b",
            source="Daily",
            published=day,
            text="On Sunday, UBS agreed to buy Credit Suisse.",
        ),
        Article(id="c", source="Blog", text=undated),
    ]


def test_members_undated_article_dates_are_estimated_from_the_cluster() -> None:
    report = factcheck.check(_ubs("UBS said on Sunday it would buy Credit Suisse."))
    (claim,) = [c for c in report.claims if c.article == "c" and c.kind == "date"]
    assert claim.value.resolved and claim.value.estimated
    assert claim.value.start == dt.date(2023, 3, 19)
    assert "estimated" in (claim.value.reason or "")
    agree = [f for f in report.findings if f.kind == "date" and f.verdict == "agree"]
    assert any(claim.id in f.claims for f in agree)


def test_members_estimated_date_never_makes_a_conflict_alone() -> None:
    report = factcheck.check(_ubs("UBS said on Saturday it would buy Credit Suisse."))
    (claim,) = [c for c in report.claims if c.article == "c" and c.kind == "date"]
    assert claim.value.estimated
    assert not [f for f in report.findings if f.kind == "date" and f.verdict == "conflict"]
    # with a publication date, the same words are a conflict
    dated = _ubs("UBS said on Saturday it would buy Credit Suisse.")
    dated[2] = dated[2].model_copy(update={"published": dt.date(2023, 3, 20)})
    assert [
        f for f in factcheck.check(dated).findings if f.kind == "date" and f.verdict == "conflict"
    ]


def test_members_an_estimate_with_its_day_written_out_conflicts() -> None:
    # the day of the month is stated, only the month and year are estimated: no reading of
    # "March 18" is the 19th
    report = factcheck.check(_ubs("UBS agreed on March 18 to buy Credit Suisse."))
    (claim,) = [c for c in report.claims if c.article == "c" and c.kind == "date"]
    assert claim.value.estimated
    conflicts = [f for f in report.findings if f.kind == "date" and f.verdict == "conflict"]
    assert [set(f.articles) for f in conflicts] == [{"a", "b", "c"}]


def test_members_undated_days_on_both_sides_of_the_window_are_background() -> None:
    # an undated article in another language, naming a day before the event (background) and
    # one after the window (a plan): no other occasion, so it stays a member
    text = (
        "As cheias em Derna, na Líbia, mataram milhares de pessoas. A tempestade Daniel "
        "formou-se em 4 de setembro de 2023 e a reconstrução deve começar em 15 de novembro "
        "de 2023, segundo o governo de Benghazi."
    )
    report = factcheck.check(_articles(decoy=text, decoy_published=None, language="pt"))
    assert report.outliers == ()
    # the same article placing both days after the window is about another occasion
    later = text.replace("4 de setembro", "20 de outubro")
    report = factcheck.check(_articles(decoy=later, decoy_published=None, language="pt"))
    assert [(o.article, o.cause) for o in report.outliers] == [("decoy.txt", "date")]


def test_members_a_month_still_to_come_is_no_other_occasion() -> None:
    # an undated article expecting what comes next in November and December is about the
    # floods; one telling what happened in those months is about a later occasion
    story = (
        "Die Fluten in Derna haben nach dem Sturm Daniel Tausende Menschen getötet, nachdem "
        "zwei Dämme am Wadi Derna brachen, teilten Behörden in Benghazi mit. "
    )
    ahead = story + (
        "Der Wiederaufbau soll im November beginnen. Die Familien sollen im Dezember zurückkehren."
    )
    report = factcheck.check(_articles(decoy=ahead, decoy_published=None, language="de"))
    assert report.outliers == ()
    past = story + "Im November begann der Wiederaufbau. Im Dezember kehrten die Familien zurück."
    report = factcheck.check(_articles(decoy=past, decoy_published=None, language="de"))
    assert [(o.article, o.cause) for o in report.outliers] == [("decoy.txt", "date")]


def test_members_an_undated_page_is_dated_by_its_stamp() -> None:
    # No publication date, the event's own day in its background: the page's stamp, the
    # last furniture line before the story, says it is about another occasion.
    member = "Gunmen attacked the rally near Butler, killing {n} people on July 13."
    arts = [
        article(member.format(n=1), id=f"a{i}.txt", published=dt.date(2024, 7, 14))
        for i in range(4)
    ]
    decoy = (
        "News\nThe week in 40 photos\nJuly 19, 2024\nSeptember 17, 2024\n"
        "Agents thwarted a second attempt as he was playing golf on Sunday.\n"
        "It came two months after a gunman shot at him at a rally in Butler on July 13.\n"
        "One man died and two others were injured at that rally.\n"
    )
    arts.append(article(decoy, id="decoy.txt"))
    report = factcheck.check(arts)
    (out,) = report.outliers
    assert out.article == "decoy.txt"
    assert out.reason.startswith("about 2024-09-17, the cluster is about 2024-07-1")


def test_members_a_day_every_article_recalls_does_not_set_the_reports_apart() -> None:
    # Four reports published on 14 October all recall the collapse of 5 August: the cluster
    # is about its reports' day, and none of them is an outlier of the collapse's window.
    day = dt.date(2010, 10, 14)
    texts = [
        "All 33 miners trapped since the mine collapsed on 5 August were rescued on Wednesday.",
        "Los 33 mineros atrapados desde el derrumbe del 5 de agosto fueron rescatados el miércoles.",
        "Les 33 mineurs bloqués depuis l'effondrement du 5 août ont été sauvés mercredi.",
        "I 33 minatori intrappolati dal crollo del 5 agosto sono stati salvati mercoledì.",
    ]
    arts = [
        Article(id=f"a{i}", source=f"S{i}", language=lang, published=day, text=t)
        for i, (lang, t) in enumerate(zip(("en", "es", "fr", "it"), texts, strict=True))
    ]
    report = factcheck.check(arts)
    assert report.outliers == ()
    assert any(f.verdict == "agree" and f.kind == "count" for f in report.findings)
