"""Date kind: relative and per-language corpora, seed regressions, alignment, docs examples."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import Config, Report, check, extract
from factcheck.kinds import date
from factcheck.model import DateClaim, DateValue
from tests.conftest import PUBLISHED, ROOT, article

DATE_ONLY = Config(kinds=("date",))
_MARK = re.compile(r"\[([^\]]+)\]")


def _dates(text: str, *, published: dt.date | None = None, language: str = "en") -> list[DateClaim]:
    art = article(text, published=published, language=language)
    return [c for c in extract(art, DATE_ONLY) if isinstance(c, DateClaim)]


def _check_entry(
    language: str, published: dt.date | None, marked: str, expected: DateValue
) -> None:
    text = _MARK.sub(r"\1", marked)
    mark = _MARK.search(marked)
    want_span = mark.group(1) if mark else text
    claims = _dates(text, published=published, language=language)
    label = f"date [{language}, published {published}]: {marked!r}"
    assert claims, f"{label} gave no claim"
    if not mark:
        assert len(claims) == 1, f"{label} gave {len(claims)} claims: {claims}"
    got = claims[-1]
    assert got.span.text == want_span, f"{label} matched {got.span.text!r}"
    assert (got.value.start, got.value.end, got.value.granularity, got.value.resolved) == (
        expected.start,
        expected.end,
        expected.granularity,
        expected.resolved,
    ), f"{label} gave {got.value!r}"
    if expected.reason is not None:
        assert got.value.reason and expected.reason in got.value.reason, (
            f"{label}: reason {got.value.reason!r} lacks {expected.reason!r}"
        )


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [pytest.param(p, t, v, id=f"{p}:{t}") for p, t, v in date.RELATIVE_CORPUS],
)
def test_kinds_date_relative_corpus(
    published: dt.date | None, text: str, expected: DateValue
) -> None:
    _check_entry("en", published, text, expected)


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"),
    [pytest.param(lang, p, t, v, id=f"{lang}:{p}:{t}") for lang, p, t, v in date.LANGUAGE_CORPUS],
)
def test_kinds_date_language_corpus(
    language: str, published: dt.date | None, text: str, expected: DateValue
) -> None:
    _check_entry(language, published, text, expected)


@pytest.mark.parametrize(
    ("language", "text"),
    [pytest.param(lang, t, id=f"{lang}:{t}") for lang, t in date.LANGUAGE_NEGATIVE_CORPUS],
)
def test_kinds_date_language_negatives_yield_nothing(language: str, text: str) -> None:
    claims = _dates(text, published=PUBLISHED, language=language)
    assert not claims, f"date [{language}]: {text!r} should yield nothing, gave {claims}"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", dt.date(2024, 5, 6)),
        ("en-US", dt.date(2024, 5, 6)),
        ("en-GB", dt.date(2024, 6, 5)),
        ("fr", dt.date(2024, 6, 5)),
        ("de", dt.date(2024, 6, 5)),
    ],
)
def test_kinds_date_numeric_order_follows_article_language(
    language: str, expected: dt.date
) -> None:
    (claim,) = _dates("05/06/2024", language=language)
    assert claim.value.start == claim.value.end == expected


def test_kinds_date_unambiguous_numeric_date_ignores_language_order() -> None:
    (claim,) = _dates("25/12/2024", language="en")
    assert claim.value.start == dt.date(2024, 12, 25)


@pytest.mark.parametrize("published", [None, dt.date(2024, 6, 20), dt.date(1999, 2, 3)])
def test_kinds_date_year_alone_is_the_whole_year_whatever_the_base(
    published: dt.date | None,
) -> None:
    (claim,) = _dates("Putin visited Vietnam in 2017.", published=published)
    assert (claim.value.start, claim.value.end) == (dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    assert claim.value.granularity == "year"


def test_kinds_date_relative_without_publication_date_never_conflicts() -> None:
    (undated,) = _dates("Putin signed the deals on Thursday.")
    (dated,) = _dates("Putin signed the deals on June 19, 2024.")
    assert not undated.value.resolved and undated.value.reason
    assert date.compare(undated, dated, Config()) is None
    assert date.compare(dated, undated, Config()) is None


def test_kinds_date_normalize_reads_one_expression() -> None:
    value = date.normalize("on Thursday", published=PUBLISHED)
    assert value is not None and value.start == value.end == PUBLISHED
    assert date.normalize("el jueves", published=PUBLISHED, language="es") == value
    assert date.normalize("12 deals", published=PUBLISHED) is None


def test_kinds_date_spans_index_the_original_text() -> None:
    text = (
        "HANOI — Putin arrived on Thursday.\n\nThe previous day, he met Kim Jong Un in Pyongyang."
    )
    claims = _dates(text, published=PUBLISHED)
    assert [c.span.text for c in claims] == ["on Thursday", "The previous day"]
    for c in claims:
        assert text[c.span.start : c.span.end] == c.span.text


def test_kinds_date_event_relative_names_its_anchor_in_reason() -> None:
    *_, claim = _dates(
        "Putin met Kim on Wednesday. He flew on just one day after meeting Kim.",
        published=PUBLISHED,
    )
    assert claim.value.start == dt.date(2024, 6, 20)
    assert (
        claim.value.reason
        and "meeting Kim" in claim.value.reason
        and "on Wednesday" in claim.value.reason
    )


def _two(a: str, b: str, *, published: dt.date | None = PUBLISHED) -> Report:
    arts = [
        article(a, id="a.txt", published=published),
        article(b, id="b.txt", published=published),
    ]
    return check(arts, DATE_ONLY)


def test_kinds_date_different_events_do_not_conflict() -> None:
    report = _two(
        "Putin signed a dozen deals with his Vietnamese counterpart today. "
        "A lot has changed since President Putin visited Vietnam in 2017.",
        "Putin signed at least 12 deals with his Vietnamese counterpart on Thursday.",
    )
    assert not report.conflicts, report.explain()
    agree = [f for f in report.findings if f.verdict == "agree"]
    assert len(agree) == 1 and "deals" in agree[0].subject


def test_kinds_date_same_event_different_day_conflicts() -> None:
    report = _two(
        "Putin met North Korean leader Kim Jong Un on Wednesday in Pyongyang.",
        "Putin met North Korean leader Kim Jong Un on Tuesday in Pyongyang.",
    )
    (conflict,) = report.conflicts
    assert conflict.kind == "date" and "Kim" in conflict.subject


def test_kinds_date_year_and_day_of_one_event_are_compatible() -> None:
    report = _two(
        "The European Union agreed its 14th sanctions package against Russia on June 20, 2024.",
        "The European Union agreed its 14th sanctions package against Russia in 2024.",
    )
    assert [f.verdict for f in report.findings] == ["compatible"]


def test_kinds_date_putin_vietnam_2024_06_kim_meeting_agrees(seed_report: Report) -> None:
    spans = {"on Wednesday", "The previous day"}
    found = [
        f
        for f in seed_report.findings
        if f.kind == "date" and spans <= {seed_report.claim(c).span.text for c in f.claims}
    ]
    assert [f.verdict for f in found] == ["agree"], seed_report.explain()
    for cid in found[0].claims:
        claim = seed_report.claim(cid)
        assert claim.value.start == claim.value.end == dt.date(2024, 6, 19)  # type: ignore[union-attr]
    # the undated repost's "Just a day ago", read as of the cluster's publication date
    estimated = [seed_report.claim(c) for c in found[0].claims if c.startswith("000_")]
    assert [c.span.text for c in estimated] == ["Just a day ago"]
    assert estimated[0].value.estimated  # type: ignore[union-attr]


def test_kinds_date_putin_vietnam_2024_06_no_date_conflict(seed_report: Report) -> None:
    assert not [f for f in seed_report.conflicts if f.kind == "date"], seed_report.explain()
    undated = [c for c in seed_report.claims if c.kind == "date" and c.article.startswith("000_")]
    relative = [c for c in undated if not any(ch.isdigit() for ch in c.span.text)]
    assert {"Just a day ago", "Earlier this week", "on Thursday"} <= {c.span.text for c in relative}
    # the repost has no publication date: its relative dates are estimated from the cluster's
    # (or left unresolved), each with its reason
    for c in relative:
        v = c.value
        assert v.reason and (not v.resolved or v.estimated), c  # type: ignore[union-attr]
    assert {c.span.text for c in relative if c.value.estimated} >= {"Just a day ago", "on Thursday"}  # type: ignore[union-attr]


def test_kinds_date_report_round_trips_resolved_and_unresolved() -> None:
    report = _two(
        "Putin signed the deals today; two days after meeting Kim he left.",
        "Putin signed the deals on Thursday.",
    )
    assert {c.value.resolved for c in report.claims} == {True, False}  # type: ignore[union-attr]
    assert Report.from_json(report.to_json()) == report


DOC = ROOT / "docs" / "dates.md"
_DOC_ROW = re.compile(r"^\| `([^`]+)` \| (\S+) \| (\S+) \| (\S+) \| (\S+) \|$", re.M)


def _doc_rows() -> list[tuple[str, str, str, str, str]]:
    return _DOC_ROW.findall(Path(DOC).read_text(encoding="utf-8"))


def test_kinds_date_docs_have_examples() -> None:
    assert len(_doc_rows()) >= 20


@pytest.mark.parametrize(("text", "language", "published", "start", "end"), _doc_rows())
def test_kinds_date_docs_examples_hold(
    text: str, language: str, published: str, start: str, end: str
) -> None:
    pub = None if published == "—" else dt.date.fromisoformat(published)
    plain = _MARK.sub(r"\1", text)
    claims = _dates(plain, published=pub, language=language)
    assert claims, f"docs/dates.md: {text!r} gave no claim"
    value = claims[-1].value
    if start == "unresolved":
        assert not value.resolved
    else:
        assert (str(value.start), str(value.end)) == (start, end), (
            f"docs/dates.md: {text!r} gave {value!r}"
        )


@pytest.mark.parametrize("language", ["en-GB", "en_US", "vi", "nl-NL"])
def test_kinds_date_locales_and_other_languages_read_english_forms(language: str) -> None:
    claims = _dates(
        "Talks ended June 19 after they began on Monday.", published=PUBLISHED, language=language
    )
    assert [(c.span.text, c.value.start) for c in claims] == [
        ("June 19", dt.date(2024, 6, 19)),
        ("on Monday", dt.date(2024, 6, 17)),
    ]


def test_kinds_date_same_verb_different_participants_do_not_align() -> None:
    report = _two("Putin met Kim on Wednesday.", "Putin met Lam on Thursday.")
    assert not report.conflicts, report.explain()


_DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))


@settings(max_examples=60, deadline=None)
@given(published=_DAYS, weekday=st.integers(0, 6))
def test_kinds_date_weekday_is_publication_day_or_nearest_past(
    published: dt.date, weekday: int
) -> None:
    name = calendar.day_name[weekday]
    plain = date.normalize(f"on {name}", published=published)
    ahead = date.normalize(f"next {name}", published=published)
    assert plain is not None and plain.start is not None and ahead is not None and ahead.start
    assert plain.start.weekday() == weekday and 0 <= (published - plain.start).days <= 6
    assert ahead.start.weekday() == weekday and 1 <= (ahead.start - published).days <= 7


@settings(max_examples=60, deadline=None)
@given(day=_DAYS)
def test_kinds_date_written_dates_read_back(day: dt.date) -> None:
    month = calendar.month_name[day.month]
    for text in (
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        day.isoformat(),
    ):
        value = date.normalize(text)
        assert value is not None and value.start == value.end == day, text


@pytest.mark.parametrize(
    ("other", "language", "verdicts"),
    [
        # the same event in Spanish words, read through their English glosses
        ("Es el primer recorte de tipos desde septiembre de 2016, según el banco.", "es",
         ["conflict"]),
        ("C'est la première baisse des taux depuis septembre 2019, selon la banque.", "fr",
         ["agree"]),
        # another event in Spanish: no shared sense, no comparison
        ("La presidenta nació en septiembre de 2016 en Madrid.", "es", []),
        # the window counts content words: "primer recorte" is reached past "de", "el", "que"
        ("Es el primer recorte de tipo de interés que realiza el BCE desde 2016.", "es",
         ["conflict"]),
        # the words past a clause word of the language date another event
        ("El banco subió los tipos, mientras el primer recorte llegó en 2016.", "es",
         ["conflict"]),
        ("Per il 2016 la stima rimane stabile, mentre il primo taglio arriva.", "it", []),
    ],
)  # fmt: skip
def test_date_events_meet_across_languages_by_sense(
    other: str, language: str, verdicts: list[str]
) -> None:
    arts = [
        article("The bank made its first rate cut since September 2019 on Thursday.",
                id="a.txt", published=dt.date(2024, 6, 6)),
        article(other, id="b.txt", language=language, published=dt.date(2024, 6, 6)),
    ]  # fmt: skip
    report = check(arts, Config(kinds=("date",), include_single=False))
    got = [f.verdict for f in report.findings if len({c.split("#")[0] for c in f.claims}) == 2]
    assert got == verdicts


def test_date_a_possessive_dates_the_noun_after_it() -> None:
    # "Friday’s earthquake" dates the earthquake, not the mourning the clause declares
    arts = [
        article("Morocco on September 10 declared three days of national mourning.",
                id="a.txt", published=dt.date(2023, 9, 11)),
        article("The king declared three days of national mourning for the victims of "
                "Friday’s earthquake.", id="b.txt", published=dt.date(2023, 9, 11)),
    ]  # fmt: skip
    report = check(arts, Config(kinds=("date",), include_single=False))
    assert [f for f in report.findings if len({c.split("#")[0] for c in f.claims}) == 2] == []


def test_kinds_date_a_year_in_german_words_aligns_with_its_translation() -> None:
    # "aus dem Jahr 2018" is a year; German nouns are capitalised but are no names, so
    # "Beschwerde" meets "complaint" and the two years conflict
    from factcheck import Article, Config, check

    day = dt.date(2024, 3, 4)
    arts = [
        Article(id="en.txt", source="A", language="en", published=day,
                text="The case was triggered by a complaint from Spotify in 2019."),
        Article(id="de.txt", source="B", language="de", published=day,
                text="Auslöser des Verfahrens war eine Beschwerde von Spotify aus dem Jahr 2018."),
    ]  # fmt: skip
    report = check(arts, config=Config(kinds=("date",)))
    assert [f.verdict for f in report.findings] == ["conflict"]


def test_kinds_date_two_spans_of_years_differing_in_a_bound_conflict() -> None:
    report = check(
        [
            article("Delors was president of the European Commission from 1985 to 1995.", id="a"),
            article(
                "Delors fu presidente della Commissione europea dal 1984 al 1995.",
                id="b",
                language="it",
            ),  # fmt: skip
        ],
        Config(kinds=("date",)),
    )
    verdicts = {f.verdict for f in report.findings}
    assert verdicts == {"conflict"}


def test_kinds_date_one_span_of_years_aligns_across_languages_whatever_the_words() -> None:
    report = check(
        [
            article("He served as finance minister under Mitterrand from 1981 to 1984.", id="a"),
            article(
                "Elu député européen en 1979, il devient ministre de François Mitterrand "
                "de 1981 à 1984.",
                id="b",
                language="fr",
            ),  # fmt: skip
        ],
        Config(kinds=("date",)),
    )
    assert not [f for f in report.findings if f.verdict in ("conflict", "variant")]
    agreed = [f for f in report.findings if f.verdict == "agree"]
    assert [sorted(report.claim(c).span.text for c in f.claims) for f in agreed] == [
        ["de 1981 à 1984", "from 1981 to 1984"]
    ]


def test_kinds_date_after_opens_the_clause_of_another_event() -> None:
    from factcheck.kinds.date.relative import _event

    context = (
        "South Korea declared national mourning on Sunday after at least 154 people were "
        "killed in a crowd crush."
    )
    words = {w for _, w, _ in _event(context, "on Sunday")}
    assert {"declared", "mourning"} <= words
    assert not words & {"killed", "crush", "people"}


def test_kinds_date_a_quoted_today_is_estimated_and_never_conflicts() -> None:
    text = (
        'Kiptum won. "Il record del mondo oggi non era nella mia testa", ha detto Kiptum. '
        "Ieri a Chicago ha corso la maratona."
    )
    claims = _dates(text, published=dt.date(2023, 10, 9), language="it")
    today = next(c for c in claims if c.span.text == "oggi")
    assert today.value.estimated and "quotation" in (today.value.reason or "")
    yesterday = next(c for c in claims if c.span.text.lower() == "ieri")
    assert not yesterday.value.estimated
    report = check(
        [
            article(
                "Le record du monde n'était pas dans ma tête aujourd'hui, a dit Kiptum.",
                id="a",
                language="fr",
                published=dt.date(2023, 10, 8),
            ),  # fmt: skip
            article(text, id="b", language="it", published=dt.date(2023, 10, 9)),
        ],
        DATE_ONLY,
    )
    assert not [f for f in report.findings if f.verdict == "conflict"]


def test_kinds_date_a_date_after_a_comma_completes_a_future_clause() -> None:
    (claim,) = _dates(
        "L'indexation des pensions sera décalée de six mois, au 1er juillet.",
        published=dt.date(2024, 10, 10),
        language="fr",
    )
    assert claim.value.start == dt.date(2025, 7, 1)
    (past,) = _dates(
        "Microsoft will pay $95 per share, a premium to the close on July 1.",
        published=dt.date(2024, 10, 10),
    )
    assert past.value.start == dt.date(2024, 7, 1)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("M. Barnier doit remettre sa démission à Emmanuel Macron jeudi matin.", "fr"),
        ("Le président s'adressera aux Français jeudi à 20 heures.", "fr"),
        ("El presidente hablará el jueves ante el Congreso.", "es"),
        ("Il presidente parlerà giovedì alla nazione.", "it"),
        ("O presidente falará na quinta-feira ao país.", "pt"),
        ("Der Premier will am Donnerstag seinen Rücktritt einreichen.", "de"),
    ],
)
def test_kinds_date_a_planned_or_future_verb_looks_forward(text: str, language: str) -> None:
    (claim,) = _dates(text, published=dt.date(2024, 12, 4), language=language)
    assert claim.value.start == dt.date(2024, 12, 5)  # the Thursday after a Wednesday


def test_kinds_date_a_weekday_before_a_day_of_the_month_is_one_date() -> None:
    (claim,) = _dates(
        "Será presentado el jueves 15 de junio en el Bernabéu.",
        published=dt.date(2023, 6, 7),
        language="es",
    )
    assert claim.span.text == "el jueves 15 de junio"
    assert claim.value.start == dt.date(2023, 6, 15)


def test_kinds_date_two_terms_ending_in_different_years_conflict_across_languages() -> None:
    report = check(
        [
            article(
                "He has agreed a six-year contract that runs until June 2029.",
                id="a",
                published=dt.date(2023, 6, 7),
            ),  # fmt: skip
            article(
                "Bellingham firma un contrato con el club hasta el 30 de junio de 2028.",
                id="b",
                language="es",
                published=dt.date(2023, 6, 7),
            ),  # fmt: skip
        ],
        DATE_ONLY,
    )
    assert [f.verdict for f in report.findings if f.verdict != "single"] == ["conflict"]


def test_kinds_date_nested_spans_of_one_passage_pair_with_their_own_copies() -> None:
    passage = (
        "The population will grow 75.5 per cent between 2010 and 2060, and 82 per cent "
        "between 2010 and 2050, the report said."
    )
    rewrite = passage.replace("75.5 per cent", "75.5%").replace("82 per cent", "82%")
    report = check([article(passage, id="a"), article(rewrite, id="b")], DATE_ONLY)
    assert not [f for f in report.findings if f.verdict == "conflict"]
    assert sorted(len(f.claims) for f in report.findings if f.verdict == "agree") == [2, 2]


@pytest.mark.parametrize(
    ("text", "language"),
    [("Alaska zog die Jets in der Nacht zum Samstag aus dem Verkehr.", "de"),
     ("Alaska grounded the jets overnight into Saturday.", "en")],
)  # fmt: skip
def test_kinds_date_the_night_into_a_weekday_spans_the_day_before(text: str, language: str) -> None:
    (claim,) = _dates(text, published=dt.date(2024, 1, 7), language=language)
    assert (claim.value.start, claim.value.end) == (dt.date(2024, 1, 5), dt.date(2024, 1, 6))
    friday = article("Alaska grounded its jets late Friday.", id="b.txt",
                     published=dt.date(2024, 1, 6))  # fmt: skip
    report = check([article(text, id="a.txt", language=language,
                            published=dt.date(2024, 1, 7)), friday], Config(kinds=("date",)))  # fmt: skip
    assert [f for f in report.findings if f.verdict == "conflict"] == []


def _verdicts(*arts: tuple[str, str, dt.date]) -> list[tuple[str, list[str]]]:
    """(verdict, claim texts) of the date findings of one article per (text, language, day)."""
    articles = [
        article(text, id=f"{n}.txt", language=lang, published=day)
        for n, (text, lang, day) in enumerate(arts)
    ]
    report = check(articles, DATE_ONLY)
    return [
        (f.verdict, sorted(report.claim(c).span.text for c in f.claims))
        for f in report.findings
        if f.verdict != "single"
    ]


def test_kinds_date_another_date_of_the_sentence_takes_the_words_on_its_side() -> None:
    found = _verdicts(
        (
            "It began leaking fuel on Thursday, and on Friday the prime minister declared "
            "a state of environmental emergency.",
            "en",
            dt.date(2020, 8, 10),
        ),
        (
            "El primer ministro declaró el viernes la emergencia medioambiental.",
            "es",
            dt.date(2020, 8, 10),
        ),
    )
    assert ("agree", ["el viernes", "on Friday"]) in found
    assert not [f for f in found if f[0] == "conflict"]


def test_kinds_date_the_years_of_two_figures_are_no_event_dates() -> None:
    found = _verdicts(
        (
            "The plan sought to bring the deficit down to 5% of GDP next year from an expected "
            "6.7% this year.",
            "en",
            dt.date(2024, 12, 4),
        ),
        ("Le gouvernement prévoit un déficit attendu à 6,1 % du PIB cette année.", "fr",
         dt.date(2024, 12, 4)),
    )  # fmt: skip
    assert not [f for f in found if f[0] == "conflict"]


def test_kinds_date_a_month_and_a_year_sharing_one_verb_are_two_events() -> None:
    found = _verdicts(
        ("Inflation had reached a peak of 10.6% in October 2022.", "en", dt.date(2024, 6, 6)),
        ("In 2026, it could reach 1.6%.", "en", dt.date(2024, 6, 6)),
    )
    assert not [f for f in found if f[0] == "conflict"]


def test_kinds_date_a_day_without_its_year_follows_the_date_told_before_it() -> None:
    claims = _dates(
        "Les pirates étaient entrés dans le réseau le 21 février 2024. Ils ont frappé le 12 mars.",
        published=dt.date(2025, 1, 27),
        language="fr",
    )
    assert [(c.span.text, c.value.start) for c in claims] == [
        ("le 21 février 2024", dt.date(2024, 2, 21)),
        ("le 12 mars", dt.date(2024, 3, 12)),
    ]


def test_kinds_date_a_weekday_inside_a_quotation_is_an_estimate() -> None:
    (claim,) = _dates(
        "«La pausa comenzará el viernes a las siete de la mañana», había anunciado el portavoz.",
        published=dt.date(2023, 11, 25),
        language="es",
    )
    assert claim.value.estimated


def test_kinds_date_a_weekday_in_brackets_beside_a_clock_time_is_another_zone_s_day() -> None:
    claims = _dates(
        "Le glissement de terrain a eu lieu vers 3 heures du matin, vendredi 24 mai "
        "(19 heures jeudi, heure de Paris).",
        published=dt.date(2024, 5, 28),
        language="fr",
    )
    assert [(c.span.text, c.value.estimated) for c in claims] == [
        ("vendredi 24 mai", False),
        ("jeudi", True),
    ]


def test_kinds_date_future_endings_of_one_language_are_not_read_in_another() -> None:
    # French "-era" (sera, fera) must not make Spanish "ladera" a future tense
    (claim,) = _dates(
        "La ladera se desprendió hacia las 3.00 horas del viernes.",
        published=dt.date(2024, 5, 28),
        language="es",
    )
    assert claim.value.start == dt.date(2024, 5, 24)


def test_kinds_date_dates_of_a_kidnapping_and_a_release_are_not_compared() -> None:
    found = _verdicts(
        (
            "La tregua trajo la liberación de 13 rehenes israelíes, mujeres y niños "
            "secuestrados el 7 de octubre.",
            "es",
            dt.date(2023, 11, 25),
        ),
        (
            "O Hamas libertou nesta sexta-feira (24) 13 reféns israelenses, entre mulheres e "
            "crianças.",
            "pt",
            dt.date(2023, 11, 24),
        ),
    )
    assert not [f for f in found if f[0] == "conflict"]


def test_kinds_date_known_as_opens_no_clause() -> None:
    found = _verdicts(
        (
            "Change Healthcare was hit by the ALPHV ransomware gang, also known as BlackCat, "
            "on 21 February 2024.",
            "en",
            dt.date(2025, 1, 25),
        ),
        (
            "Die Cyberkriminellen der Ransomware-Bande ALPHV alias BlackCat hatten am "
            "20. Februar 2024 zugeschlagen.",
            "de",
            dt.date(2025, 1, 25),
        ),
    )
    assert ("conflict", ["21 February 2024", "am 20. Februar 2024"]) in found


def test_kinds_date_two_years_of_one_sentence_date_their_own_events() -> None:
    found = _verdicts(
        (
            "Benedict XVI was chosen on the fourth ballot in 2005, Francis on the fifth in 2013.",
            "en",
            dt.date(2025, 5, 8),
        ),
        ("Francesco, nel 2013, era stato eletto al quinto scrutinio.", "it", dt.date(2025, 5, 9)),
    )
    assert ("agree", ["in 2013", "nel 2013"]) in found
    assert not [f for f in found if f[0] == "conflict"]


def test_kinds_date_history_told_before_gives_no_year_to_a_day() -> None:
    claims = _dates(
        "Only on 20 October 1987 did the index fall further. It had hit a record on July 11.",
        published=dt.date(2024, 8, 5),
    )
    assert claims[-1].value.start == dt.date(2024, 7, 11)


def test_kinds_date_synonyms_name_one_event_across_languages() -> None:
    found = _verdicts(
        ("The Nikkei had hit a record high of 42,224 on July 11.", "en", dt.date(2024, 8, 5)),
        (
            "Appena il 12 luglio il listino aveva toccato il massimo storico a 42.224 punti.",
            "it",
            dt.date(2024, 8, 5),
        ),
    )
    assert ("conflict", ["July 11", "il 12 luglio"]) in found


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # where something ends is not when another thing happened
        (("El presidente en funciones, Choi Sang-mok, decretó siete días de luto nacional, "
          "hasta el 4 de enero.", "es", dt.date(2024, 12, 30)),
         ("The acting president, Choi Sang-mok, who took office only on Friday, declared a "
          "seven-day national mourning period.", "en", dt.date(2024, 12, 29))),
        # nor is where it starts
        (("It was the first rise in headline inflation since December, Eurostat said.", "en",
          dt.date(2024, 5, 31)),
         ("Die Inflation im Euroraum ist im Mai überraschend gestiegen.", "de",
          dt.date(2024, 5, 31))),
        # a month right after a figure is the figure's
        (("L'inflation a progressé de 2,6 % en mai, contre 2,4 % en avril.", "fr",
          dt.date(2024, 5, 31)),
         ("A maggio i prezzi al consumo sono aumentati del 2,6%.", "it", dt.date(2024, 6, 1))),
        # an earlier instance is not this one
        (("The turnout was just above the previous record of 1.27 million set on 31 January.",
          "en", dt.date(2023, 3, 7)),
         ("Réforme des retraites : mobilisation record le 7 mars, avec 1,28 million de "
          "manifestants.", "fr", dt.date(2023, 3, 7))),
    ],
)  # fmt: skip
def test_kinds_date_dates_in_other_roles_are_not_one_event_s_date(
    first: tuple[str, str, dt.date], second: tuple[str, str, dt.date]
) -> None:
    assert not [f for f in _verdicts(first, second) if f[0] == "conflict"]


def test_kinds_date_two_ends_of_one_term_meet() -> None:
    found = _verdicts(
        ("Le deuil national durera jusqu'au 4 janvier.", "fr", dt.date(2024, 12, 29)),
        ("El luto nacional durará hasta el 5 de enero.", "es", dt.date(2024, 12, 30)),
    )
    assert [f[0] for f in found if f[0] == "conflict"] == ["conflict"]


def test_kinds_date_the_two_ends_of_a_range_are_not_one_date() -> None:
    from factcheck.kinds.date.relative import _range_role

    en = "The bank failed to monitor transactions between January 2018 and April 2024."
    es = "El banco dejó de vigilar sus transacciones entre enero de 2018 y abril de 2024."
    assert _range_role(en, "January 2018") == _range_role(es, "enero de 2018") == "start"
    assert _range_role(en, "April 2024") == _range_role(es, "abril de 2024") == "end"
    assert _range_role("It opened in April 2024.", "April 2024") is None
    found = _verdicts((en, "en", dt.date(2024, 10, 10)), (es, "es", dt.date(2024, 10, 10)))
    assert not [f for f in found if f[0] == "conflict"]
