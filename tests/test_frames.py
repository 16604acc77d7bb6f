"""Frames: what a number measures and for which period, across wording and languages."""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import Article, check
from factcheck.config import Config
from factcheck.frames import attach_frames, compatible, language_of, referring
from factcheck.model import Frame
from factcheck.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]


def _by_language(texts: dict[str, str], day: dt.date) -> list[Article]:
    """One article per language of `texts`, each its own source, published on `day`."""
    return [
        Article(id=f"{lang}.txt", source=lang, language=lang, published=day, text=text)
        for lang, text in texts.items()
    ]


def _frames(text: str, language: str = "en", kind: str = "count") -> dict[str, Frame | None]:
    art = Article(id="a", source="A", text=text, language=language,
                  published=dt.date(2023, 9, 9))  # fmt: skip
    claims = attach_frames(extract(art, Config()), [art])
    return {c.span.text: c.frame for c in claims if c.kind == kind}


@pytest.mark.parametrize(
    ("text", "language", "span", "concept"),
    [
        (
            "At least 2,012 people were killed and 2,059 others injured.",
            "en",
            "At least 2,012 people",
            "killed",
        ),
        (
            "At least 2,012 people were killed and 2,059 others injured.",
            "en",
            "2,059 others",
            "injured",
        ),
        ("La cifra asciende a 1.305 muertos y 1.832 heridos.", "es", "1.305 muertos", "killed"),
        ("La cifra asciende a 1.305 muertos y 1.832 heridos.", "es", "1.832 heridos", "injured"),
        ("Le séisme a entraîné la mort de 632 personnes.", "fr", "632 personnes", "killed"),
        ("In addition to the fatalities, 153 people were injured.", "en", "153 people", "injured"),
        ("Un précédent bilan faisait état de 296 morts.", "fr", "296 morts", "killed"),
        ("Six workers are missing; 8 workers were rescued.", "en", "8 workers", "rescued worker"),
        ("Police detained 11 people, including four suspects.", "en", "11 people", "arrested"),
        ("Police detained 11 people, including four suspects.", "en", "four suspects", "suspect"),
        (
            "107 Personen wurden mit Verletzungen in Kliniken gebracht.",
            "de",
            "107 Personen",
            "injured",
        ),
        (
            "Une liste de 146 personnes envoyées dans les hôpitaux.",
            "fr",
            "146 personnes",
            "injured",
        ),
        ("Holders get one UBS share for every 22.48 shares held.", "en", "22.48 shares", "share"),
        ("Ils recevront une action UBS pour 22,48 actions détenues.", "fr", "22,48 actions",
         "share"),
        ("Inflation in the 20 countries that share the euro fell.", "en", "20 countries",
         "country"),
        ("La zona euro reúne a 20 países.", "es", "20 países", "country"),
        (
            "Nach Schätzungen seien über 43.000 Menschen durch die Überschwemmungen im Osten "
            "Libyens vertrieben worden.",
            "de",
            "über 43.000 Menschen",
            "displaced",
        ),
        # people, vehicles and events beyond the dev events, in the six languages
        ("Five soldiers were killed and 12 soldiers injured.", "en", "12 soldiers",
         "injured soldier"),
        ("Cinco soldados murieron y 12 militares resultaron heridos.", "es", "12 militares",
         "injured soldier"),
        ("Cinq soldats ont été tués.", "fr", "Cinq soldats", "killed soldier"),
        ("Fünf Soldaten wurden getötet.", "de", "Fünf Soldaten", "killed soldier"),
        ("More than 300 flights were cancelled.", "en", "More than 300 flights",
         "cancelled flight"),
        ("Plus de 300 vols ont été annulés.", "fr", "Plus de 300 vols", "cancelled flight"),
        ("Mais de 300 voos foram cancelados.", "pt", "Mais de 300 voos", "cancelled flight"),
        ("Oltre 300 voli sono stati cancellati.", "it", "Oltre 300 voli", "cancelled flight"),
        ("Officials reported 1,200 new cases.", "en", "1,200 new cases", "infected"),
        ("Die Behörden meldeten 1.200 Neuinfektionen.", "de", "1.200 Neuinfektionen",
         "infected"),
        ("Des hommes armés ont enlevé 30 élèves.", "fr", "30 élèves", "kidnapped student"),
        ("Hamas ha liberato 24 ostaggi.", "it", "24 ostaggi", "released hostage"),
        ("El barco llevaba 400 migrantes.", "es", "400 migrantes", "migrant"),
        ("Twelve firefighters were injured.", "en", "Twelve firefighters", "injured rescuer"),
        # a count that names its own thing is no pair of the one before
        ("Russia launched 40 drones and 12 missiles.", "en", "12 missiles", "missile"),
        ("Russland feuerte 40 Drohnen und 12 Raketen ab.", "de", "40 Drohnen", "drone"),
        # people whose data an attack exposed; a named noun stays as it is
        ("The attack exposed the data of about 190m people.", "en", "about 190m people",
         "affected"),
        ("sind von dem Angriff rund 190 Millionen Menschen betroffen.", "de",
         "rund 190 Millionen Menschen", "affected"),
        ("Les coupes pourraient affecter jusqu'à 120.000 emplois.", "fr", "jusqu'à 120.000 emplois",
         "worker"),
        # an event before a name in apposition is that person's
        ("La tragedia afectó a Miguel Luna, un salvadoreño y padre de tres hijos.", "es",
         "tres hijos", "child"),
        # the hospitalised are a part of the injured, not their number
        ("La aerolínea informó de que 18 personas han sido hospitalizadas.", "es",
         "18 personas", "hospitalised"),
        # residents counted for what happens to them
        ("Las autoridades preparan la evacuación de casi 8.000 vecinos.", "es",
         "casi 8.000 vecinos", "displaced"),
        ("Una squadra di 21 minatori ha scavato a mano.", "it", "21 minatori", "miner"),
    ],
)  # fmt: skip
def test_frames_count_concept_across_languages(
    text: str, language: str, span: str, concept: str
) -> None:
    frame = _frames(text, language)[span]
    assert frame is not None and frame.concept == concept


def test_frames_unknown_counted_thing_has_no_frame() -> None:
    assert _frames("The two leaders signed 12 deals in Hanoi.")["12 deals"] is None


@pytest.mark.parametrize(
    ("text", "language", "span", "refers"),
    [
        ("10,000 jobs may go if the two banks combine.", "en", "two banks", True),
        ("Credit Suisse is one of the 30 banks deemed too big to fail.", "en", "30 banks", False),
        ("Two banks merged on Sunday.", "en", "Two banks", False),
        ("La fusion des deux banques créera un géant.", "fr", "deux banques", False),
        ("Les deux banques emploient 120.000 personnes.", "fr", "deux banques", True),
        ("Die zwei Banken beschäftigen 120.000 Menschen.", "de", "zwei Banken", True),
    ],
)
def test_frames_a_definite_small_number_refers_to_named_things(
    text: str, language: str, span: str, refers: bool
) -> None:
    art = Article(id="a", source="A", text=text, language=language)
    (claim,) = [c for c in extract(art, Config()) if c.kind == "count" and c.span.text == span]
    assert referring(claim) == refers


@pytest.mark.parametrize(
    ("a", "b", "verdicts"),
    [
        # "the two banks" are the merging banks: no figure of the 30 big banks' scale
        ("Thousands of jobs may go if the two banks combine.",
         "Credit Suisse is one of the 30 banks too big to fail, and jobs may go.", []),
        # the same definite count with another number is still a changed figure
        ("The two leaders signed the deal in Hanoi.",
         "The five leaders signed the deal in Hanoi.", ["conflict"]),
    ],
)  # fmt: skip
def test_frames_check_keeps_a_definite_reference_from_figures_of_another_scale(
    a: str, b: str, verdicts: list[str]
) -> None:
    arts = [Article(id=i, source=i, text=t) for i, t in (("a.txt", a), ("b.txt", b))]
    report = check(arts, Config(kinds=("count",), include_single=False))
    assert [f.verdict for f in report.findings if f.kind == "count"] == verdicts


def test_frames_percent_scope_years_and_pairs() -> None:
    got = _frames(
        "Staff see inflation at 2.5% in 2024, 2.2% in 2025 and 1.9% in 2026. "
        "The deposit rate falls from 4% to 3.75%.",
        kind="percent",
    )
    assert got["2.5%"] == Frame(concept="inflation", scope=("year 2024",))
    assert got["2.2%"] == Frame(concept="inflation", scope=("year 2025",))
    assert got["1.9%"] == Frame(concept="inflation", scope=("year 2026",))
    assert got["4%"] is not None and got["4%"].concept == "deposit rate"
    assert got["3.75%"] is not None and got["3.75%"].concept == "deposit rate"


def test_frames_event_year_is_no_scope_for_counts_but_other_years_are() -> None:
    got = _frames("The quake killed 820 people in 2023. A tremor in 2004 killed over 600 people.")
    assert got["820 people"] == Frame(concept="killed", scope=())
    assert got["over 600 people"] == Frame(concept="killed", scope=("year 2004",))


def test_frames_compatible_rules() -> None:
    base = Frame(concept="inflation", scope=("year 2025",))
    assert compatible(base, Frame(concept="inflation", scope=("year 2025",)))
    assert not compatible(base, Frame(concept="inflation"))
    assert not compatible(base, Frame(concept="inflation", scope=("year 2026",)))
    assert not compatible(base, Frame(concept="growth", scope=("year 2025",)))
    assert not compatible(base, Frame(concept="inflation", scope=("previous", "year 2025")))


@pytest.mark.parametrize(
    ("tag", "lang"), [("fr", "fr"), ("fr-FR", "fr"), ("fr_FR", "fr"), ("PT-br", "pt")]
)
def test_frames_language_of_tag(tag: str, lang: str) -> None:
    assert language_of(tag) == lang


def test_frames_check_groups_one_toll_across_languages() -> None:
    day = dt.date(2023, 9, 9)
    arts = [
        Article(id="en", source="Wire", language="en", published=day,
                text="The earthquake killed at least 2,012 people, officials said."),
        Article(id="es", source="Diario", language="es", published=day,
                text="El terremoto dejó 2.012 muertos, según el ministerio del Interior."),
        Article(id="fr", source="Journal", language="fr", published=day,
                text="Le séisme a fait 820 morts, selon le ministère."),
    ]  # fmt: skip
    report = check(arts)
    counts = [f for f in report.findings if f.kind == "count"]
    assert any(f.verdict == "compatible" or f.verdict == "agree" for f in counts)
    conflict = [f for f in counts if f.verdict == "conflict"]
    assert len(conflict) == 1 and "820" in conflict[0].message


def test_frames_check_compares_cancelled_flights_across_languages_apart_from_soldiers() -> None:
    day = dt.date(2024, 1, 9)
    arts = [
        Article(id="en", source="Wire", language="en", published=day,
                text="More than 300 flights were cancelled. Five soldiers were injured."),
        Article(id="es", source="Diario", language="es", published=day,
                text="Más de 300 vuelos fueron cancelados. Tres soldados murieron."),
        Article(id="fr", source="Journal", language="fr", published=day,
                text="Quelque 250 vols ont été annulés. Cinq militaires ont été blessés."),
    ]  # fmt: skip
    report = check(arts)
    by_claim = {c.id: c for c in report.claims}
    groups = [
        {by_claim[i].span.text for i in f.claims}
        for f in report.findings
        if f.kind == "count" and len(f.claims) > 1
    ]
    assert {"More than 300 flights", "Más de 300 vuelos", "Quelque 250 vols"} in groups
    assert {"Five soldiers", "Cinq militaires"} in groups  # the injured, not the dead
    conflicts = [f for f in report.findings if f.kind == "count" and f.verdict == "conflict"]
    assert [len(f.claims) for f in conflicts] == [3]


@pytest.mark.parametrize(
    ("text", "language", "span", "more"),
    [
        ("Divers recovered the bodies of two more workers.", "en", "two more workers", True),
        ("An additional 200 soldiers were deployed.", "en", "200 soldiers", True),
        # "another" after a figure of another event is the others, not more of the same
        ("At least 820 people were killed. Another 672 people were injured.", "en",
         "672 people", False),
        ("Murieron tres personas más.", "es", "tres personas", True),
        ("No more than 300 people were killed.", "en", "No more than 300 people", False),
        ("Más de 300 personas murieron.", "es", "Más de 300 personas", False),
        # beside another figure, "more" means others: "killed one and injured two more"
        ("The gunman killed one man and injured two more people.", "en", "two more people",
         False),
        ("Dejó al menos 7 mil muertos y más de 10 mil desaparecidos.", "es",
         "al menos 7 mil muertos", False),
    ],
)  # fmt: skip
def test_frames_an_increment_is_its_own_slot(
    text: str, language: str, span: str, more: bool
) -> None:
    frame = _frames(text, language)[span]
    assert frame is not None and ("more" in frame.scope) is more


def test_frames_injured_carry_the_death_toll_beside_them() -> None:
    frames = _frames(
        "The quake killed 2,012 people and injured 2,059. Rescuers searched the rubble. "
        "At least 820 people were killed. Another 672 people were injured."
    )
    assert frames["2,059"] == Frame(concept="injured", toll=2012.0)
    assert frames["672 people"] == Frame(concept="injured", toll=820.0)
    assert compatible(Frame(concept="injured", toll=2012.0), Frame(concept="injured", toll=2000))
    assert not compatible(Frame(concept="injured", toll=2012.0), Frame(concept="injured", toll=820))
    assert compatible(Frame(concept="injured", toll=2012.0), Frame(concept="injured"))


def test_frames_check_compares_the_injured_of_one_update_only() -> None:
    day = dt.date(2023, 9, 9)
    arts = [
        Article(id="a", source="A", published=day,
                text="The earthquake killed 2,012 people and injured 2,059, officials said."),
        Article(id="b", source="B", published=day,
                text="The earthquake killed 820 people and injured 672, officials said."),
        Article(id="c", source="C", published=day,
                text="The earthquake killed 2,012 people and injured 2,509, officials said."),
    ]  # fmt: skip
    report = check(arts)
    conflicts = [f for f in report.findings if f.kind == "count" and f.verdict == "conflict"]
    injured = [f for f in conflicts if "2,059" in f.message]
    assert len(injured) == 1 and "2,509" in injured[0].message
    assert "672" not in injured[0].message


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Morocco has not had such a disaster since 2004 when a 6.3-magnitude earthquake hit "
         "the port city of Al Hoceima, killing around 630 people.", "en", "around 630 people"),
        ("En février 2004, un séisme de magnitude 6,3 avait touché la province d'Al Hoceima, "
         "provoquant alors la mort de 628 personnes.", "fr", "628 personnes"),
        ("In 2004, a 6.3-magnitude earthquake hit the port city of Al Hoceima, killing around "
         "630 people.", "en", "around 630 people"),
    ],
)  # fmt: skip
def test_frames_a_clause_about_an_earlier_year_scopes_its_counts(
    text: str, language: str, span: str
) -> None:
    frame = _frames(text, language)[span]
    assert frame is not None and frame.scope == ("year 2004",)


def test_frames_breakdown_items_hold_their_place() -> None:
    frames = _frames(
        "Les victimes se répartissent ainsi : Taroudant (347 morts), Chichaoua (191 morts), "
        "Ouarzazate (39), Marrakech (14).",
        "fr",
    )
    assert {span: f.holder for span, f in frames.items() if f} == {
        "347 morts": "Taroudant", "191 morts": "Chichaoua", "39": "Ouarzazate", "14": "Marrakech",
    }  # fmt: skip
    assert {f.concept for f in frames.values() if f} == {"killed"}
    place = Frame(concept="killed", holder="Marrakech")
    assert not compatible(place, Frame(concept="killed"))  # a place's figure is not the whole
    assert compatible(place, Frame(concept="killed", holder="Marrakech"))


def test_frames_check_compares_breakdowns_place_by_place() -> None:
    day = dt.date(2023, 9, 9)
    arts = [
        Article(id="a", source="A", language="es", published=day,
                text="El sismo dejó 2.012 muertos: Taroudant (347 fallecidos), Ouarzazate (39), "
                     "Marrakech (14), Azilal (11)."),
        Article(id="b", source="B", language="es", published=day,
                text="El sismo dejó 2.012 muertos: Taroudant (271 fallecidos), Ouarzazate (31), "
                     "Marrakech (13), Azilal (11)."),
    ]  # fmt: skip
    report = check(arts)
    counts = {
        tuple(sorted(report.claim(c).span.text for c in f.claims)): f.verdict
        for f in report.findings
        if f.kind == "count"
    }
    assert counts[("31", "39")] == "conflict"
    assert counts[("13", "14")] == "conflict"
    assert counts[("11", "11")] == "agree"
    assert counts[("2.012 muertos", "2.012 muertos")] == "agree"


def test_frames_a_conjunction_behind_a_count_weighs_like_a_comma() -> None:
    frames = _frames(
        "Uma pessoa da plateia morreu e dois outros participantes ficaram gravemente feridos.",
        "pt",
    )
    assert frames["dois outros"] is not None and frames["dois outros"].concept == "injured"


def test_frames_check_keeps_other_concepts_apart() -> None:
    day = dt.date(2024, 3, 23)
    arts = [
        Article(id="a", source="A", published=day, text="At least 137 people were killed in the attack."),
        Article(id="b", source="B", published=day, text="Police said 11 people were detained after the attack."),
    ]  # fmt: skip
    assert not [f for f in check(arts).findings if f.verdict == "conflict"]


@pytest.mark.skipif(importlib.util.find_spec("simplemma") is None, reason="needs the test extra")
def test_frames_generated_forms_are_current() -> None:
    script = ROOT / "scripts" / "build_concepts.py"
    done = subprocess.run([sys.executable, str(script), "--check"], check=False)
    assert done.returncode == 0, "run scripts/build_concepts.py after editing concept_lemmas.json"


def test_frames_from_figure_is_the_earlier_edition() -> None:
    got = _frames("The deposit rate falls from 4% to 3.75%.", kind="percent")
    assert got["4%"] == Frame(concept="deposit rate", scope=("previous",))
    assert got["3.75%"] == Frame(concept="deposit rate", scope=())
    got = _frames("Per il 2025 la inflazione sale al 2,2% dal 2% indicato.", "it", "percent")
    assert got["2,2%"] == Frame(concept="inflation", scope=("year 2025",))
    assert got["2%"] == Frame(concept="inflation", scope=("previous", "year 2025"))


@pytest.mark.parametrize(
    ("text", "language", "first", "second"),
    [
        ("Inflation is seen at 2.5% in 2024 and 2.2% in 2025, compared to forecasts of 2.3% "
         "and 2.0%, respectively.", "en", "2.3%", "2.0%"),
        ("Growth is seen at 0.9% and 1.4% in 2024 and 2025, respectively.", "en", "0.9%", "1.4%"),
        ("La croissance atteindrait 0,9 % et 1,4 % en 2024 et 2025 respectivement.", "fr",
         "0,9 %", "1,4 %"),
        ("La inflación se situará en el 2,5% y el 2,2% en 2024 y 2025, respectivamente.", "es",
         "2,5%", "2,2%"),
    ],
)  # fmt: skip
def test_frames_respectively_pairs_a_list_of_figures_with_a_list_of_years(
    text: str, language: str, first: str, second: str
) -> None:
    got = _frames(text, language, "percent")
    first_frame, second_frame = got[first], got[second]
    assert first_frame is not None and second_frame is not None
    assert "year 2024" in first_frame.scope and "year 2025" not in first_frame.scope
    assert "year 2025" in second_frame.scope and "year 2024" not in second_frame.scope


def test_frames_members_of_a_list_share_the_earlier_edition_a_pair_does_not() -> None:
    got = _frames(
        "Inflation is seen at 2.5% this year, compared to forecasts of 2.3% and 2.0% in 2025.",
        kind="percent",
    )
    assert got["2.3%"] is not None and "previous" in got["2.3%"].scope
    assert got["2.0%"] is not None and "previous" in got["2.0%"].scope
    got = _frames("The deposit rate falls from 4% to 3.75%.", kind="percent")
    assert got["3.75%"] == Frame(concept="deposit rate", scope=())


@pytest.mark.parametrize(
    ("text", "language", "current", "earlier"),
    [
        ("Inflation rose to 2.5% compared to 2.3% in April.", "en", "2.5%", "2.3%"),
        ("L'inflazione sale al 2,5% rispetto al 2,3% di aprile.", "it", "2,5%", "2,3%"),
        ("Die Inflation stieg auf 2,5 Prozent gegenüber 2,3 Prozent im April.", "de",
         "2,5 Prozent", "2,3 Prozent"),
        ("La inflación subió al 2,5% frente al 2,3% de abril.", "es", "2,5%", "2,3%"),
    ],
)  # fmt: skip
def test_frames_a_comparison_word_marks_the_figure_after_it_only(
    text: str, language: str, current: str, earlier: str
) -> None:
    got = _frames(text, language, "percent")
    now, before = got[current], got[earlier]
    assert now is not None and "previous" not in now.scope
    assert before is not None and "previous" in before.scope


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("The bank wants inflation back at its medium-term target of 2 percent.", "en",
         "2 percent"),
        ("La BCE vise une inflation proche de son objectif de 2 %.", "fr", "2 %"),
        ("Die EZB strebt eine Inflation von 2 Prozent als Ziel an.", "de", "2 Prozent"),
    ],
)  # fmt: skip
def test_frames_a_target_is_its_own_scope(text: str, language: str, span: str) -> None:
    frame = _frames(text, language, "percent")[span]
    assert frame is not None and "target" in frame.scope


def test_frames_the_first_three_months_are_a_quarter() -> None:
    got = _frames("El PIB creció un 0,3% en los primeros tres meses del año.", "es", "percent")
    assert got["0,3%"] == Frame(concept="growth", scope=("quarter",))


def test_frames_check_keeps_a_target_apart_from_the_same_figure_forecast() -> None:
    day = dt.date(2024, 6, 6)
    arts = _by_language(
        {
            "en": "The ECB wants to bring inflation to its target of 2 percent. Inflation is "
            "seen at 2.2% in 2025, compared to an earlier forecast of 2.0% for 2025.",
            "it": "Per il 2025 la previsione di inflazione sale dal 2% al 2,2%. "
            "L'inflazione è al 2,6%.",
        },
        day,
    )
    report = check(arts)
    flagged = [
        sorted(report.claim(c).span.text for c in f.claims)
        for f in report.findings
        if f.kind == "percent" and f.verdict in ("conflict", "variant")
    ]
    assert flagged == []
    agreed = [
        sorted(report.claim(c).span.text for c in f.claims)
        for f in report.findings
        if f.kind == "percent" and f.verdict == "agree"
    ]
    assert ["2%", "2.0%"] in agreed and ["2,2%", "2.2%"] in agreed


def test_frames_percentage_resumed_by_a_pronoun_keeps_the_measure() -> None:
    got = _frames(
        "Inflation is projected to reach 2.5% in 2024. It is expected to fall to 2.2% in 2025.",
        kind="percent",
    )
    assert got["2.2%"] == Frame(concept="inflation", scope=("year 2025",))


@pytest.mark.parametrize(
    ("text", "language", "kind", "span", "concept"),
    [
        (
            "The sub had about 96 hours of oxygen on board.",
            "en",
            "duration",
            "about 96 hours",
            "oxygen",
        ),
        (
            "La sua fornitura di ossigeno di 96 ore si sarebbe esaurita.",
            "it",
            "duration",
            "96 ore",
            "oxygen",
        ),
        (
            "Le Maroc a décrété trois jours de deuil national.",
            "fr",
            "duration",
            "trois jours",
            "mourning",
        ),
        (
            "Nach viertägiger Suche fand ein Roboter Trümmer.",
            "de",
            "duration",
            "viertägiger",
            "search",
        ),
        (
            "The search is in water about 13,000 feet deep.",
            "en",
            "quantity",
            "about 13,000 feet",
            "depth",
        ),
        (
            "El sismo se produjo a 18,5 kilómetros de profundidad.",
            "es",
            "quantity",
            "18,5 kilómetros",
            "depth",
        ),
        ("Le pont, long de 2,6 km, s'est effondré.", "fr", "quantity", "2,6 km", "length"),
        ("A magnitude 6.8 earthquake struck.", "en", "quantity", "magnitude 6.8", "magnitude"),
        (
            "The site is about 900 miles east of Cape Cod.",
            "en",
            "quantity",
            "about 900 miles",
            "distance",
        ),
        (
            "Il epicentro era a 72 chilometri da Marrakech.",
            "it",
            "quantity",
            "72 chilometri",
            "distance",
        ),
        ("The storm brought winds of 150 km/h.", "en", "quantity", "150 km/h", "wind"),
        ("Cayeron 200 milímetros de lluvia.", "es", "quantity", "200 milímetros", "rainfall"),
        ("Temperatures reached 45°C in Seville.", "en", "quantity", "45°C", "temperature"),
        ("Turnout was 67.2%, the highest since 1992.", "en", "percent", "67.2%", "turnout"),
        ("La participación fue del 67,2%.", "es", "percent", "67,2%", "turnout"),
    ],
)
def test_frames_measure_concepts_across_languages(
    text: str, language: str, kind: str, span: str, concept: str
) -> None:
    frame = _frames(text, language, kind)[span]
    assert frame is not None and frame.concept == concept


def test_frames_distance_holder_is_the_place_named() -> None:
    frame = _frames(
        "The site is about 900 miles east of Cape Cod, officials said.", "en", "quantity"
    )
    held = frame["about 900 miles"]
    assert held is not None and held.holder == "Cape Cod"
    # from an unnamed place: no distance frame, so "150 metres from his target" and "45 miles
    # north of the golf course" are not one slot by frame
    bare = _frames("He fired from less than 150 metres from his target.", "en", "quantity")
    assert all(f is None or f.concept != "distance" for f in bare.values())


def test_frames_holders_decide_compatibility() -> None:
    cod = Frame(concept="distance", holder="Cape Cod")
    assert compatible(cod, Frame(concept="distance", holder="Cape Cod Massachusetts"))
    assert not compatible(cod, Frame(concept="distance", holder="St John's Newfoundland"))
    assert compatible(cod, Frame(concept="distance"))  # one names no place: no clash
    # spellings of one place across languages
    assert compatible(Frame(concept="distance", holder="Marrakech"),
                      Frame(concept="distance", holder="Marraquech"))  # fmt: skip


def test_frames_measure_year_only_near_the_measure() -> None:
    frames = _frames(
        "Achevé en 1977, le pont est un pont de 2,6 kilomètres de long.", "fr", "quantity"
    )
    frame = frames["2,6 kilomètres"]
    assert frame is not None and frame.concept == "length" and frame.scope == ()


def test_frames_check_groups_measures_across_outlets_and_languages() -> None:
    day = dt.date(2023, 6, 22)
    arts = [
        Article(id="a", source="A", published=day,
                text="A robot found debris about 500 metres from the bow of the Titanic."),
        Article(id="b", source="B", language="it", published=day,
                text="Il robot ha trovato il rottame a circa 500 metri dalla prua del Titanic."),
        Article(id="c", source="C", language="fr", published=day,
                text="Le robot a filmé des morceaux à environ 200 mètres de l'épave du Titanic."),
        Article(id="d", source="D", published=day,
                text="The search area lies about 900 miles east of Cape Cod."),
    ]  # fmt: skip
    findings = [f for f in check(arts).findings if f.kind == "quantity"]
    conflicts = [f for f in findings if f.verdict == "conflict"]
    assert (
        len(conflicts) == 1 and "200" in conflicts[0].message and "900" not in conflicts[0].message
    )
    assert any(f.verdict == "agree" and len(f.claims) == 2 for f in findings)


def test_frames_may_the_verb_is_no_month() -> None:
    verb = _frames("A source said 10,000 jobs may have to be cut.")["10,000 jobs"]
    assert verb is not None and verb.concept == "cut worker" and "month 5" not in verb.scope
    month = _frames("In May, 10,000 jobs were cut.")["10,000 jobs"]
    assert month is not None and "month 5" in month.scope


def test_frames_jobs_and_employees_are_one_headcount() -> None:
    fr = _frames("Un tiers des 120.000 emplois du groupe combiné.", "fr")["120.000 emplois"]
    es = _frames("Una entidad con unos 120.000 empleados.", "es")["unos 120.000 empleados"]
    assert fr is not None and es is not None and compatible(fr, es)


@pytest.mark.parametrize(
    ("text", "language", "kind", "span", "concept"),
    [
        ("This is the first reduction in five years.", "en", "duration", "five years", "since"),
        (
            "Erstmals seit fast fünf Jahren senkte die EZB die Zinsen.",
            "de",
            "duration",
            "fast fünf Jahren",
            "since",
        ),
        (
            "Creció un 0,3% en los primeros tres meses del año.",
            "es",
            "duration",
            "tres meses",
            None,
        ),
        ("Inflation fell from a peak of 10.6% in October 2022.", "en", "percent", "10.6%", "peak"),
        ("The ECB cut interest rates by 0.25%.", "en", "percent", "0.25%", "cut"),
        ("Cette baisse de 0,25 % est minime.", "fr", "percent", "0,25 %", "cut"),
        ("The rate was lowered to 3.75%.", "en", "percent", "3.75%", None),
    ],
)
def test_frames_since_peak_and_cut(
    text: str, language: str, kind: str, span: str, concept: str | None
) -> None:
    frame = _frames(text, language, kind)[span]
    assert (frame.concept if frame else None) == concept


@pytest.mark.parametrize(
    ("text", "language", "span", "concept"),
    [
        ("UBS will pay 3 billion Swiss francs for its rival.", "en", "3 billion Swiss francs",
         "price"),
        ("UBS will benefit from a guarantee of some 9 billion francs.", "en",
         "some 9 billion francs", "guarantee"),
        ("Hinzu kommt eine staatliche Verlustgarantie von 9 Milliarden Franken.", "de",
         "9 Milliarden Franken", "guarantee"),
        ("The central bank extends a liquidity line of up to CHF 100 billion.", "en",
         "up to CHF 100 billion", "liquidity"),
        ("UBS paid 0.76 Swiss francs per share.", "en", "0.76 Swiss francs", "per share"),
        ("UBS pagó solo 0,76 francos suizos por cada acción.", "es", "0,76 francos suizos",
         "per share"),
        ("O UBS paga 0,76 francos suíços por ação.", "pt", "0,76 francos suíços", "per share"),
        ("Credit Suisse shares traded at 0.61 Swiss francs.", "en", "0.61 Swiss francs",
         "share price"),
        ("The bank was valued at about 7.4bn francs on Friday.", "en", "about 7.4bn francs",
         "market value"),
        ("The merger is expected to bring a cost reduction of $8 billion a year.", "en",
         "$8 billion", "savings"),
        # a percentage before the amount is no pair and no end of its words
        ("UBS shares, meanwhile, fell nearly 5 percent to around 15.81 francs.", "en",
         "around 15.81 francs", "share price"),
        ("A Credit Suisse share was still worth 1.86 Swiss francs on Friday.", "en",
         "1.86 Swiss francs", "share price"),
        ("The company was fined $2.5 billion by regulators.", "en", "$2.5 billion", "fine"),
        ("La empresa recibió una multa de 300 millones de euros.", "es",
         "300 millones de euros", "fine"),
        ("Le groupe prévoit un investissement de 2 milliards d'euros.", "fr",
         "2 milliards d'euros", "investment"),
        # a German compound is what its last part names
        ("Eisai hat den Listenpreis auf 26.500 Dollar im Jahr festgesetzt.", "de",
         "26.500 Dollar", "price"),
        ("Der Konzern meldet einen Rekordgewinn von 3 Milliarden Euro.", "de",
         "3 Milliarden Euro", "profit"),
        # what something costs per period is its price; a cost alone is a damage's
        ("El tratamiento costará 25.600 dólares al año.", "es", "25.600 dólares", "price"),
        ("Das Medikament kostet 26.500 Dollar pro Jahr.", "de", "26.500 Dollar", "price"),
        ("The subscription costs $20 a month.", "en", "$20", "price"),
        ("The storm cost an estimated $2 billion.", "en", "an estimated $2 billion", "damage"),
        ("L'opération a coûté environ 20 millions de dollars.", "fr",
         "environ 20 millions de dollars", "damage"),
    ],
)  # fmt: skip
def test_frames_money_concepts(text: str, language: str, span: str, concept: str) -> None:
    frame = _frames(text, language, "money")[span]
    assert frame is not None and frame.concept == concept


@pytest.mark.parametrize(
    ("text", "language", "scopes"),
    [
        # the nearest year told from the event's, no other figure between
        ("The plan brings the deficit down to 5% of GDP next year from an expected 6.7% this "
         "year.", "en", {"5%": ("year 2024",), "6.7%": ()}),
        ("Das Haushaltsdefizit soll im kommenden Jahr auf 5,5 Prozent der Wirtschaftsleistung "
         "sinken.", "de", {"5,5 Prozent": ("year 2024",)}),
        ("Le déficit public sera ramené l'an prochain à 5 %, après 6,1 % attendus cette "
         "année.", "fr", {"5 %": ("year 2024",), "6,1 %": ()}),
        # a relative year beside the figure wins over a written year further off
        ("El déficit bajará al 5% en 2025, frente al 6,1% previsto para este año.", "es",
         {"5%": ("year 2025",), "6,1%": ("previous",)}),
        # a year right after an earlier figure is that figure's
        ("Inflation fell from a peak above 10 percent in 2022 to below 3 percent as of May.",
         "en", {"below 3 percent": ("month 5",)}),
    ],
)  # fmt: skip
def test_frames_relative_years_scope_the_nearest_figure(
    text: str, language: str, scopes: dict[str, tuple[str, ...]]
) -> None:
    art = Article(id="a", source="A", text=text, language=language,
                  published=dt.date(2023, 12, 4))  # fmt: skip
    claims = attach_frames(extract(art, Config()), [art])
    got = {c.span.text: c.frame.scope for c in claims if c.kind == "percent" and c.frame}
    assert {span: got.get(span) for span in scopes} == scopes


def test_frames_an_earlier_figures_denominator_names_no_measure() -> None:
    frames = _frames("The deficit will fall to 5% of GDP next year from an expected 6.7% this "
                     "year.", "en", "percent")  # fmt: skip
    assert frames["6.7%"] is not None and frames["6.7%"].concept == "deficit"


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Its 20 crew members were evacuated.", "en", "20 crew members"),
        ("Ses 20 membres d'équipage ont été évacués.", "fr", "20 membres"),
        ("I 20 membri dell'equipaggio sono stati evacuati.", "it", "20 membri"),
        ("Sus 20 tripulantes fueron evacuados.", "es", "20 tripulantes"),
    ],
)
def test_frames_a_two_word_counted_noun_names_its_concept(
    text: str, language: str, span: str
) -> None:
    frame = _frames(text, language)[span]
    assert frame is not None and frame.concept == "displaced crew"


def test_frames_a_word_of_two_concepts_names_neither() -> None:
    # "Preis" is a price and a prize: the amount keeps no frame rather than a wrong one
    got = _frames("Er erhielt einen mit 500 Dollar dotierten Preis.", "de", "money")
    assert got["500 Dollar"] is None
    assert _frames("Il a reçu un prix de 500 dollars.", "fr", "money")["500 dollars"] is None


def test_frames_a_lone_earlier_figure_is_an_earlier_statement() -> None:
    got = _frames("One source previously said 10,000 jobs may have to be cut.")
    assert got["10,000 jobs"] == Frame(concept="cut worker", scope=())
    got = _frames("Some 2,100 people were killed, up from 2,000 people killed previously.")
    assert got["2,000 people"] is not None and "previous" in got["2,000 people"].scope


def test_frames_check_aligns_one_amount_across_languages() -> None:
    day = dt.date(2023, 3, 20)
    arts = [
        Article(id="en", source="Wire", language="en", published=day,
                text="UBS will benefit from a guarantee of some 9 billion francs."),
        Article(id="de", source="Zeitung", language="de", published=day,
                text="Hinzu kommt eine staatliche Verlustgarantie von 9 Milliarden Franken."),
        Article(id="es", source="Diario", language="es", published=day,
                text="UBS pagará 3.000 millones de francos suizos por Credit Suisse."),
    ]  # fmt: skip
    money = [f for f in check(arts).findings if f.kind == "money"]
    # "some 9 billion" is less precise than "9 Milliarden": compatible
    joined = [f for f in money if f.verdict in ("agree", "compatible")]
    assert len(joined) == 1 and set(joined[0].articles) == {"en", "de"}
    assert not [f for f in money if f.verdict == "conflict"]


def test_frames_magnitudes_measure_the_quake_and_aftershocks_have_their_own() -> None:
    got = _frames(
        "A strong earthquake of 7 magnitude hit the High Atlas mountains.", kind="quantity"
    )
    assert got == {"7 magnitude": Frame(concept="magnitude")}  # "High" names no height
    got = _frames("Una réplica de magnitud 4,9 sacudió la región.", "es", "quantity")
    assert list(got.values()) == [Frame(concept="aftershock")]


def test_frames_a_things_age_is_a_slot_a_persons_is_not() -> None:
    got = _frames("UBS agreed to take over the 167-year-old bank on Sunday.", kind="age")
    assert got["167-year-old"] == Frame(concept="bank")
    got = _frames("A 20-year-old man opened fire at the rally.", kind="age")
    assert got["20-year-old"] is None


def test_frames_check_compares_the_age_of_one_institution() -> None:
    day = dt.date(2023, 3, 20)
    arts = [
        Article(id="a", source="A", published=day,
                text="The takeover of the 166 year-old lender marks a historic event."),
        Article(id="b", source="B", published=day,
                text="Shares sank after UBS agreed to take over the 167-year-old bank."),
    ]  # fmt: skip
    ages = [f for f in check(arts).findings if f.kind == "age"]
    assert [f.verdict for f in ages] == ["conflict"]


def test_frames_last_year_is_the_year_before_the_event() -> None:
    got = _frames("The group lost 7.3 billion Swiss francs last year.", kind="money")
    assert got["7.3 billion Swiss francs"] == Frame(concept="damage", scope=("year 2022",))
    got = _frames("El grupo perdió 7.300 millones de francos el año pasado.", "es", "money")
    assert got["7.300 millones de francos"] == Frame(concept="damage", scope=("year 2022",))


def test_a_distance_from_a_thing_has_no_holder() -> None:
    """A distance is from the named place after its from-word; from a common noun ("south of
    Trump's rally", "do comício de Trump") it is from a thing, and no place is named."""
    from factcheck.frames import holder_of

    def holder(text: str, lang: str) -> str | None:
        return holder_of(text, text.index("km") + 2, lang)

    assert holder("a unos 70 km de Butler, no tenía", "es") == "Butler"
    assert holder("72 km south-west of the city of Marrakech", "en") == "Marrakech"
    assert holder("cerca de 56 km ao sul do comício de Trump.", "pt") is None


def test_what_remains_is_not_the_whole_supply() -> None:
    """ "40 hours of oxygen left" and "96 hours of oxygen" are two slots: the remaining
    scope keeps a supply's rest apart from the supply."""

    def frame(text: str, lang: str = "en") -> tuple[str, ...]:
        (found,) = _frames(text, lang, kind="duration").values()
        assert found is not None and found.concept == "oxygen"
        return found.scope

    assert frame("He has 40 hours of oxygen left.") == ("remaining",)
    assert frame("The oxygen supply has fallen to about 40 hours.") == ("remaining",)
    assert frame("Quedan 40 horas de oxígeno.", "es") == ("remaining",)
    assert frame("It had a supply of 96 hours of oxygen when it dove.") == ()


def test_a_listed_place_with_its_figure_is_an_item_of_the_breakdown() -> None:
    """ "Al Haouz, …, con 394 víctimas, seguida de Taroudant con 271 fallecidos": each figure
    is its place's; one place with a figure alone ("dejó Marruecos con 2.012 muertos") is
    no breakdown."""
    frames = _frames(
        "Las provincias más afectadas son Al Haouz, ubicada al sur de Marrakech y cerca del "
        "epicentro, con 394 víctimas mortales, seguida de Taroudant con 271 fallecidos.",
        "es",
    )
    assert {span: f.holder for span, f in frames.items() if f} == {
        "394 víctimas": "Al Haouz",
        "271 fallecidos": "Taroudant",
    }
    (alone,) = _frames("El sismo dejó Marruecos con 2.012 muertos.", "es").values()
    assert alone is not None and alone.holder is None


def test_a_currency_quoted_in_another_is_an_exchange_rate() -> None:
    """ "The euro was up at $1.0872" and "to 1.0887 dollars per euro" are the euro's rate, one
    slot across outlets; an amount paid in euros is no rate."""
    rate = _frames("The euro was up 0.04% at $1.0872 on Thursday.", kind="money")["$1.0872"]
    assert rate is not None and rate.concept == "exchange rate"
    per = _frames("The euro gained against the greenback, to 1.0887 dollars per euro.",
                  kind="money")["1.0887 dollars"]  # fmt: skip
    assert per is not None and per.concept == "exchange rate"
    paid = _frames("UBS agreed to pay 3 billion euros for its rival.", kind="money")
    assert all(f is None or f.concept != "exchange rate" for f in paid.values())


def test_a_small_amount_in_a_sentence_about_shares_is_their_price() -> None:
    """ "The shares lost 61.95% … and traded at 0.61 Swiss francs": where the shares trade,
    not a loss; billions stay what they are."""
    traded = _frames(
        "The shares lost a 61.95% in pre-market trading and traded at 0.61 Swiss francs.",
        kind="money",
    )["0.61 Swiss francs"]
    assert traded is not None and traded.concept == "share price"
    german = _frames(
        "Die Aktien der Credit Suisse brachen vorbörslich um über 60 Prozent ein auf 0,71 Franken.",
        "de",
        kind="money",
    )["0,71 Franken"]
    assert german is not None and german.concept == "share price"
    big = _frames("The shares lost value and the bank lost 3 billion francs.", kind="money")
    assert all(f is None or f.concept != "share price" for f in big.values())


def test_a_count_is_framed_by_what_it_counts_first() -> None:
    """ "60 of the wounded are in critical condition" counts the critical, not the wounded."""
    (frame,) = _frames(
        "The minister said that 60 of the wounded are in critical condition."
    ).values()
    assert frame is not None and frame.concept == "critical"


def test_a_denied_event_is_its_own_slot() -> None:
    """ "One worker was not hurt" is no count of injured workers; nor are "the eight workers"
    that could not be rescued a count of rescued ones."""
    (hurt,) = _frames("One worker was not hurt, the police said.").values()
    assert hurt is not None and hurt.concept == "not injured worker"
    (saved,) = _frames("No se pudo rescatar a los ocho trabajadores.", "es").values()
    assert saved is not None and saved.concept == "not rescued worker"
    (rescued,) = _frames("Two workers were rescued from the water.").values()
    assert rescued is not None and rescued.concept == "rescued worker"


def test_seats_and_a_stated_capacity_are_one_slot() -> None:
    """ "the 6,000-seater venue" and "capacidade para 9,5 mil pessoas" both state capacity."""
    (seats,) = _frames("A fire engulfed the 6,000-seater venue.").values()
    (people,) = _frames(
        "Uma casa de espetáculos com capacidade para 9,5 mil pessoas.", "pt"
    ).values()
    assert seats is not None and people is not None
    assert seats.concept == people.concept == "capacity"


def test_two_word_lemmas_name_their_concept() -> None:
    """Lemmas of two words ("market value", "liquidity line") are read as two words."""
    value = _frames("Credit Suisse's total market value was $8 billion.", kind="money")
    assert value["$8 billion"] is not None and value["$8 billion"].concept == "market value"


def test_a_duration_of_rates_held_is_one_slot_across_languages() -> None:
    """ "after nine months of holding rates steady" and "nach knapp neun Monaten auf
    Rekordhoch" both measure how long the level stood unchanged."""
    (en,) = _frames(
        "It cut rates after nine months of holding rates steady.", kind="duration"
    ).values()
    (de,) = _frames(
        "Nach knapp neun Monaten auf Rekordhoch verringerte die Notenbank den Zins.", "de",
        kind="duration",
    ).values()  # fmt: skip
    assert en is not None and de is not None
    assert en.concept == de.concept == "unchanged"


def test_a_percentage_beside_an_exchange_rate_is_its_move() -> None:
    frames = _frames("The euro was up 0.04% at $1.0872 on Thursday.", kind="percent")
    assert frames["0.04%"] is not None and frames["0.04%"].concept == "exchange rate"
    # without a quoted rate, a bare percentage names nothing
    assert _frames("The index was up 0.04% on Thursday.", kind="percent")["0.04%"] is None


def test_a_pronoun_takes_up_the_year_the_sentence_before_opens_on() -> None:
    """ "En 1960, un séisme … avait anéanti Agadir. D'une magnitude de 5,7 …, il a fait …
    12.000 morts": the figures are the 1960 quake's; without the pronoun they are not."""
    text = (
        "En 1960, un séisme moins puissant avait anéanti une grande partie d'Agadir. "
        "D'une magnitude de 5,7 sur l'échelle de Richter, il a fait près de 12.000 morts."
    )
    scopes = {s: f.scope for s, f in _frames(text, "fr", "quantity").items() if f}
    scopes.update({s: f.scope for s, f in _frames(text, "fr", "count").items() if f})
    assert scopes == {"magnitude de 5,7": ("year 1960",), "près de 12.000 morts": ("year 1960",)}
    other = text.replace("il a fait", "le séisme actuel a fait")
    frames = [*_frames(other, "fr", "quantity").values(), *_frames(other, "fr", "count").values()]
    assert all(f is not None and f.scope == () for f in frames)


def test_exchange_rates_and_their_moves_are_held_by_their_currency() -> None:
    """A quote of a pair is an exchange rate; a percentage beside a rate quoted in yen is the
    yen rate's move, not the dollar rate's."""
    (pair,) = _frames("EUR/JPY 169.93 169.68", kind="money").values()
    assert pair is not None and pair.concept == "exchange rate"
    text = "The euro was up 0.04% at $1.0872. Against the yen the currency was up 0.10% at 169.895 yen."
    moves = _frames(text, kind="percent")
    dollar, yen = moves["0.04%"], moves["0.10%"]
    assert dollar is not None and yen is not None
    assert (dollar.holder, yen.holder) == ("USD", "JPY")


def test_a_toll_that_counts_the_attacker_in_is_its_own_slot() -> None:
    """ "Duas pessoas morreram, incluindo o atirador" is no count of the victims."""
    (with_him,) = _frames("Duas pessoas morreram, incluindo o atirador.", "pt").values()
    assert with_him is not None and with_him.scope == ("with attacker",)
    (victims,) = _frames("Two people were killed, including a child.").values()
    assert victims is not None and victims.concept == "killed" and victims.scope == ()


_QUAKE = {
    "en": (
        "The death toll from the earthquake rose to more than 5,000. "
        "Erdogan said 3,419 people had been killed in Turkey. "
        "In Syria, at least 1,602 people were killed, the government said."
    ),
    "es": (
        "El terremoto deja más de 5.000 muertos. "
        "En Turquía, Erdogan cifró en 3.419 los muertos. "
        "En Siria, al menos 1.602 personas han muerto."
    ),
    "de": (
        "Das Erdbeben forderte mehr als 5000 Tote. "
        "In der Türkei seien 3419 Menschen getötet worden. "
        "In Syrien kamen mindestens 1602 Menschen ums Leben."
    ),
}


def test_frames_each_country_of_a_breakdown_is_its_own_fact_and_the_whole_another() -> None:
    # "In Syria, 1,602" and "3,419 … in Turkey" are two countries' tolls, and "more than
    # 5,000" the whole event's: three facts each stated three times, none contradicting.
    day = dt.date(2023, 2, 7)
    arts = [
        Article(id=f"{lang}.txt", source=lang, language=lang, published=day, text=text)
        for lang, text in _QUAKE.items()
    ]
    report = check(arts, config=Config(kinds=("count",)))
    groups = sorted(
        sorted(report.claim(c).span.text for c in f.claims)
        for f in report.findings
        if f.verdict == "agree"
    )
    assert [len(g) for g in groups] == [3, 3, 3], groups
    assert not [f for f in report.findings if f.verdict in ("conflict", "variant")]
    countries = {report.claim(c).frame.country for f in report.findings for c in f.claims}  # type: ignore[union-attr]
    assert countries == {"TR", "SY", "*"}


def test_frames_a_country_named_in_every_sentence_of_one_country_is_no_breakdown() -> None:
    # "in Morocco" beside one figure and not the other: the cluster names one country for
    # its dead, which is then the event's place, not a slot of its own.
    day = dt.date(2023, 9, 9)
    arts = [
        Article(id="a", source="A", published=day,
                text="The earthquake killed 2,012 people in Morocco, officials said."),
        Article(id="b", source="B", published=day,
                text="The earthquake killed 2,122 people, the interior ministry said."),
    ]  # fmt: skip
    report = check(arts, config=Config(kinds=("count",)))
    assert [f.verdict for f in report.findings] == ["conflict"]
    assert {report.claim(c).frame.country for c in report.findings[0].claims} == {None}  # type: ignore[union-attr]


def test_frames_share_moves_and_premiums_are_measures_in_every_language() -> None:
    # "shares jumped 26%" / "l'action bondissait de 26 %" are one figure, and a takeover
    # premium of 54% in one outlet contradicts the others' 45%.
    day = dt.date(2022, 1, 18)
    texts = {
        "en": "Microsoft will pay a premium of 45% to the closing price. Activision shares jumped 26% in early trading.",
        "fr": "Microsoft paiera une prime de 45 % sur le cours de clôture. L'action Activision bondissait de 26 % en début de séance.",
        "it": "Microsoft pagherà un premio del 54% rispetto alla chiusura. Le azioni di Activision sono balzate del 26% nelle prime contrattazioni.",
        "pt": "A Microsoft pagará um prêmio de 45% sobre o fechamento. As ações da Activision subiam 26% no início do pregão.",
    }  # fmt: skip
    arts = _by_language(texts, day)
    report = check(arts, config=Config(kinds=("percent",)))
    by = {
        f.verdict: sorted(report.claim(c).frame.concept for c in f.claims)  # type: ignore[union-attr]
        for f in report.findings
        if f.verdict != "agree"
    }
    agree = [f for f in report.findings if f.verdict == "agree"]
    concepts = sorted({report.claim(f.claims[0]).frame.concept for f in agree})  # type: ignore[union-attr]
    assert concepts == ["premium", "share price"]
    assert [len(f.claims) for f in agree] == [3, 4] or [len(f.claims) for f in agree] == [4, 3]
    assert list(by) == ["conflict"]


def test_frames_people_on_board_are_one_figure_and_passengers_stay_passengers() -> None:
    # "62 people on board", "62 personas a bordo", "61 Menschen an Bord": who was aboard, in
    # any language (and 61 contradicts 62); "58 pasajeros a bordo" still counts passengers.
    day = dt.date(2024, 8, 9)
    texts = {
        "en": "The plane crashed with 62 people on board. It carried 58 passengers and four crew.",
        "es": "El avión se estrelló con 62 personas a bordo. Viajaban 58 pasajeros a bordo.",
        "de": "Das Flugzeug stürzte mit 61 Menschen an Bord ab. Es waren 58 Passagiere.",
    }
    arts = _by_language(texts, day)
    report = check(arts, config=Config(kinds=("count",)))
    frames = {
        report.claim(c).span.text: report.claim(c).frame for f in report.findings for c in f.claims
    }
    assert {frames[t].concept for t in ("62 people", "62 personas", "61 Menschen")} == {"aboard"}  # type: ignore[union-attr]
    assert {frames[t].concept for t in ("58 passengers", "58 pasajeros", "58 Passagiere")} == {
        "passenger"
    }  # type: ignore[union-attr]
    conflicts = [f for f in report.findings if f.verdict == "conflict"]
    assert [sorted(report.claim(c).span.text for c in f.claims) for f in conflicts] == [
        ["61 Menschen", "62 people", "62 personas"]
    ]


def test_frames_a_speed_no_word_names_is_the_vehicles_in_every_language() -> None:
    # "traveling at about 140 kilometers per hour", "viaggiava a circa 160 chilometri
    # orari", "mit etwa 140 Kilometern pro Stunde": one slot; the two estimates 140 and 160
    # overlap as intervals, but neither's figure is in the other's: a conflict.
    day = dt.date(2025, 3, 11)
    texts = {
        "en": "The train was traveling at about 140 kilometers per hour when it derailed.",
        "it": "Il treno viaggiava a circa 160 chilometri orari quando è deragliato.",
        "de": "Der Zug fuhr mit etwa 140 Kilometern pro Stunde, als er entgleiste.",
        "fr": "Le train roulait à environ 140 kilomètres à l'heure au moment du déraillement.",
    }
    arts = _by_language(texts, day)
    report = check(arts, config=Config(kinds=("quantity",)))
    claims = {c.span.text: c for c in report.claims}
    assert len(claims) == 4
    assert {c.frame.concept for c in claims.values()} == {"speed"}  # type: ignore[union-attr]
    conflicts = [f for f in report.findings if f.verdict == "conflict"]
    assert len(conflicts) == 1
    assert "circa 160 chilometri orari" in {report.claim(c).span.text for c in conflicts[0].claims}


def test_frames_a_wind_speed_keeps_its_concept() -> None:
    frames = _frames("The storm brought winds of 150 km/h to the coast.", kind="quantity")
    assert {f.concept for f in frames.values() if f is not None} == {"wind"}


def test_frames_a_count_after_since_year_comma_when_is_that_years() -> None:
    # "since 2009, when … exploded in Viareggio, killing 32 people": the 2009 toll, not the
    # story's, so it never meets "17 dead" of the event
    frames = _frames(
        "It was the deadliest rail accident since 2009, when a freight train carrying gas "
        "exploded in Viareggio, killing 32 people."
    )
    assert frames["32 people"].scope == ("year 2009",)  # type: ignore[union-attr]


def test_frames_the_storys_quarter_named_by_some_reports_only_is_no_scope() -> None:
    # every report gives the profit rise; two name the quarter, one does not: one figure,
    # and the German 21% contradicts the others' 12%
    day = dt.date(2025, 11, 13)
    texts = {
        "en": "Siemens reported a 12% rise in third-quarter net profit on Thursday.",
        "fr": "Siemens a annoncé jeudi une hausse de 12 % de son bénéfice net.",
        "pt": "O lucro líquido da Siemens cresceu 12% no terceiro trimestre.",
        "de": "Siemens hat im dritten Quartal seinen Nettogewinn um 21 Prozent gesteigert.",
    }
    arts = _by_language(texts, day)
    report = check(arts, config=Config(kinds=("percent",)))
    assert {c.frame.concept for c in report.claims} == {"profit"}  # type: ignore[union-attr]
    assert {c.frame.scope for c in report.claims} == {()}  # type: ignore[union-attr]
    (conflict,) = [f for f in report.findings if f.verdict == "conflict"]
    assert {report.claim(c).article for c in conflict.claims} == {a.id for a in arts}


def test_frames_a_quarter_that_tells_figures_apart_stays() -> None:
    # 0.3% in the first quarter and 0.9% for the year are two figures of growth
    day = dt.date(2024, 6, 6)
    arts = [
        Article(id="a.txt", source="A", published=day,
                text="Growth is expected to pick up to 0.9% this year."),
        Article(id="b.txt", source="B", published=day,
                text="The economy grew 0.3% in the first quarter after a contraction."),
        Article(id="c.txt", source="C", published=day,
                text="Staff lifted their growth forecast for this year to 0.9%."),
    ]  # fmt: skip
    report = check(arts, config=Config(kinds=("percent",)))
    scopes = {c.span.text: c.frame.scope for c in report.claims}  # type: ignore[union-attr]
    assert scopes["0.3%"] == ("quarter",)
    assert not [f for f in report.findings if f.verdict == "conflict"]


@pytest.mark.parametrize(
    ("text", "language", "span", "concept"),
    [
        ("Revenue grew 6% to 19.6 billion euros.", "en", "6%", "revenue"),
        ("The economy grew 0.3% in the spring.", "en", "0.3%", "growth"),
        ("Le chiffre d'affaires a progressé de 6 % à 19,6 milliards d'euros.", "fr", "6 %", "revenue"),
        ("Die Siemens-Aktie legte im frühen Handel um 4,5 Prozent zu.", "de", "4,5 Prozent", "share price"),
        ("Der Umsatz legte um sechs Prozent auf 19,6 Milliarden Euro zu.", "de", "sechs Prozent", "revenue"),
    ],
)  # fmt: skip
def test_frames_what_a_percentage_of_a_company_measures(
    text: str, language: str, span: str, concept: str
) -> None:
    frame = _frames(text, language, kind="percent")[span]
    assert frame is not None and frame.concept == concept
    assert "previous" not in frame.scope  # "de 6 % à 19,6 milliards" is no change from 6%


@pytest.mark.parametrize(
    ("concept", "sentences"),
    [
        ("worker", [("The group employs about 320,000 people worldwide.", "en"),
                    ("Siemens emploie environ 320 000 personnes dans le monde.", "fr"),
                    ("Der Konzern beschäftigt weltweit rund 320.000 Mitarbeiter.", "de")]),
        ("participant", [("The ministry said 1.28 million people took part nationwide.", "en"),
                         ("Selon le ministère, 1,28 million de manifestants ont défilé.", "fr"),
                         ("La jornada reunió a 1,28 millones de personas en toda Francia.", "es")]),
        ("participant", [("In a late-stage study of 1,795 participants, it slowed decline.", "en"),
                         ("En el ensayo participaron 1.795 personas con alzhéimer temprano.", "es"),
                         ("In einer Studie mit 1795 Teilnehmern verlangsamte er den Verfall.", "de")]),
        ("arrested", [("Darmanin informó de 43 detenidos al final de la jornada.", "es"),
                      ("Darmanin ha riferito di 43 fermi in serata.", "it"),
                      ("Darmanin said 34 people had been detained by the evening.", "en")]),
        ("intercepted", [("Russia fired 158 missiles and drones, of which 114 were shot down.", "en"),
                         ("Russland feuerte 158 Raketen ab, 114 davon seien abgeschossen worden.", "de"),
                         ("Rusia disparó 158 misiles, de los que 141 fueron derribados.", "es")]),
        ("device", [("The update crashed about 8.5 million computers running Windows.", "en"),
                    ("Microsoft: colpiti 8,5 milioni di dispositivi Windows.", "it"),
                    ("Rund 8,5 Millionen Windows-Geräte waren betroffen.", "de")]),
        ("spectator", [("Vinicius scored nine minutes later in front of a crowd of 86,212.", "en"),
                       ("Asistieron al partido 86.212 espectadores.", "es"),
                       ("Vor 82.612 Zuschauern hatte Dortmund die besseren Chancen.", "de")]),
    ],
)  # fmt: skip
def test_frames_what_the_counted_are_in_every_language(
    concept: str, sentences: list[tuple[str, str]]
) -> None:
    # the people a company employs are its workers, people who marched or took part its
    # participants, detainees arrests, missiles "shot down" intercepted, a crowd its spectators
    frames = {k: v for text, lang in sentences for k, v in _frames(text, lang).items()}
    frames = {k: v for k, v in frames.items() if v is not None and v.concept == concept}
    assert len(frames) == 3
    assert {f.concept for f in frames.values() if f is not None} == {concept}


def test_frames_what_happened_to_spectators_tells_them_apart() -> None:
    # what happened to them still tells spectators apart
    hurt = _frames("The gunman killed one spectator and critically injured two other spectators.")
    assert {f.concept for f in hurt.values() if f is not None} == {
        "killed spectator",
        "injured spectator",
    }


def test_frames_a_month_well_after_a_count_is_when_something_happened_to_them() -> None:
    late = _frames(
        "Grindavik, dont les 7 300 habitants avaient été évacués en novembre, est vide.", "fr"
    )
    assert late["7 300 habitants"].scope == ()  # type: ignore[union-attr]
    near = _frames("The quake killed 2,000 people in September, officials said.")
    assert near["2,000 people"].scope == ("month 9",)  # type: ignore[union-attr]


def test_frames_the_forecasters_figure_is_its_own_and_wages_are_not_profits() -> None:
    expected = {
        **_frames("Payrolls rose by 272,000 jobs last month."),
        **_frames("Economists polled by Reuters had forecast 180,000 new jobs."),
        **_frames("Volkswirte hatten im Schnitt mit 180.000 neuen Stellen gerechnet.", "de"),
    }
    assert expected["180,000 new jobs"].scope == ("expected",)  # type: ignore[union-attr]
    assert expected["180.000 neuen Stellen"].scope == ("expected",)  # type: ignore[union-attr]
    assert expected["272,000 jobs"].scope == ()  # type: ignore[union-attr]
    assert {f.concept for f in expected.values()} == {"worker"}  # type: ignore[union-attr]
    wages = _frames("Average hourly earnings rose 0.4% in May.", kind="percent")
    assert wages["0.4%"].concept == "wages"  # type: ignore[union-attr]
    profit = _frames("Siemens said its earnings rose 12% in the quarter.", kind="percent")
    assert profit["12%"].concept == "profit"  # type: ignore[union-attr]


def test_frames_a_german_separable_verb_names_the_event() -> None:
    frames = _frames("Der Konzern baut weltweit 12.000 Stellen ab, rund sechs Prozent.", "de")
    assert frames["12.000 Stellen"].concept == "cut worker"  # type: ignore[union-attr]


def test_frames_a_headcounts_month_after_it_is_its_month() -> None:
    # "at the end of September" gives the headcount's month; "évacués en novembre" the
    # evacuation's (an event word stands between)
    head = _frames("Alphabet had 186,779 employees at the end of September.")
    assert head["186,779 employees"].scope == ("month 9",)  # type: ignore[union-attr]


def test_frames_a_city_named_near_passengers_makes_no_population() -> None:
    frames = {
        **_frames("O veículo levava 40 passageiros da Cidade do México para Oaxaca.", "pt"),
        **_frames("Le bus transportait 40 passagers de Mexico à Santiago.", "fr"),
    }
    assert {f.concept for f in frames.values() if f is not None} == {"passenger"}
    town = _frames("Derna, une ville de 100 000 habitants, a été dévastée.", "fr")
    assert town["100 000 habitants"].concept == "population"  # type: ignore[union-attr]


def test_frames_terms_in_office_are_one_concept_across_languages() -> None:
    for text, language, span in [
        ("Delors served three terms as president.", "en", "three terms"),
        ("Il y accomplit deux mandats.", "fr", "deux mandats"),
        ("Delors stand drei Amtszeiten lang an der Spitze.", "de", "drei Amtszeiten"),
        ("Tre mandati alla guida dell'esecutivo.", "it", "Tre mandati"),
    ]:
        frame = _frames(text, language)[span]
        assert frame is not None and frame.concept == "term", (language, frame)


def test_frames_a_span_of_years_gives_a_count_no_year() -> None:
    got = _frames("Président de 1985 à 1995, il y accomplit deux mandats.", "fr")
    assert got["deux mandats"] == Frame(concept="term", scope=())
    got = _frames("Von 1985 bis 1995 stand er an der Spitze: drei Amtszeiten.", "de")
    assert got["drei Amtszeiten"] == Frame(concept="term", scope=())


def test_frames_a_part_of_the_victims_named_as_people_is_its_own_slot() -> None:
    got = _frames("At least 154 people were killed. Among the dead were 98 women and 56 men.")
    assert got["At least 154 people"] == Frame(concept="killed", scope=())
    women = got["98 women"]
    assert women is not None and women.concept == "killed" and "part" in women.scope
    got = _frames("Sur les 300 missiles et drones, dont 114 ont été abattus.", "fr")
    assert all(f is None or "part" not in f.scope for f in got.values())


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Twenty-six foreigners were killed, including five Iranians.", "en",
         "Twenty-six foreigners"),
        ("Entre los fallecidos hay 26 extranjeros de 14 países.", "es", "26 extranjeros"),
        ("Unter den Toten seien 19 Ausländer.", "de", "19 Ausländer"),
    ],
)  # fmt: skip
def test_frames_foreigners_among_the_victims(text: str, language: str, span: str) -> None:
    frame = _frames(text, language)[span]
    assert frame is not None and frame.concept == "killed foreigner"


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Al menos 154 personas han muerto y otras 103 han resultado heridas.", "es",
         "103 han resultado heridas"),
        ("Pelo menos 154 pessoas morreram e outras 103 ficaram feridas.", "pt",
         "103 ficaram feridas"),
    ],
)  # fmt: skip
def test_frames_the_others_hurt_beside_the_dead(text: str, language: str, span: str) -> None:
    frame = _frames(text, language)[span]
    assert frame is not None and frame.concept == "injured"


def test_frames_another_years_toll_is_no_update_of_this_one() -> None:
    got = _frames(
        "Another 149 people were injured, in the deadliest disaster since the 2014 sinking "
        "of the Sewol ferry, which killed 304 people."
    )
    injured = got["149 people"]
    assert injured is not None and injured.concept == "injured" and injured.toll is None


def test_frames_orbits_in_any_words() -> None:
    for text, language, span in [
        ("They completed 4,576 orbits of Earth.", "en", "4,576 orbits"),
        ("Ils ont effectué 4 576 orbites.", "fr", "4 576 orbites"),
        ("Sie haben die Erde 4756 Mal umrundet.", "de", "4756 Mal"),
        ("Eles deram 4.576 voltas ao redor da Terra.", "pt", "4.576 voltas"),
    ]:
        frame = _frames(text, language)[span]
        assert frame is not None and frame.concept == "orbit", (language, frame)


def test_frames_defendants_and_co_defendants_are_two_concepts() -> None:
    got = _frames("Le procès des 51 accusés s'achève. Ses 50 coaccusés sont coupables.", "fr")
    assert got["51 accusés"] == Frame(concept="defendant", scope=())
    assert got["50 coaccusés"] == Frame(concept="co-defendant", scope=())
    got = _frames("Auch die 50 Mitangeklagten wurden schuldig gesprochen.", "de")
    assert got["50 Mitangeklagten"] == Frame(concept="co-defendant", scope=())


@pytest.mark.parametrize(
    ("text", "language", "span", "concept"),
    [
        ("The government aims to cut the public deficit to 5% of GDP next year.", "en", "5%",
         "deficit"),
        ("Il veut ramener le déficit public à 5 % du PIB en 2025.", "fr", "5 %", "deficit"),
        ("Das Defizit soll auf 5,5 Prozent der Wirtschaftsleistung sinken.", "de",
         "5,5 Prozent", "deficit"),
        ("La deuda pública alcanzará el 113% del PIB.", "es", "113%", "debt"),
    ],
)  # fmt: skip
def test_frames_a_share_of_output_measures_what_stands_before_it(
    text: str, language: str, span: str, concept: str
) -> None:
    frame = _frames(text, language, "percent")[span]
    assert frame is not None and frame.concept == concept


def test_frames_a_figure_set_beside_the_story_for_comparison_is_its_own_slot() -> None:
    got = _frames(
        "Die Verschuldung liegt bei 113 Prozent. Zum Vergleich: Deutschland kommt auf eine "
        "Schuldenquote von gut 63 Prozent.",
        "de",
        "percent",
    )
    assert got["113 Prozent"] == Frame(concept="debt", scope=())
    other = got["gut 63 Prozent"] if "gut 63 Prozent" in got else got["63 Prozent"]
    assert other is not None and "comparison" in other.scope


def test_frames_an_event_word_between_two_figures_breaks_their_pair() -> None:
    got = _frames(
        "The explosion killed at least 100 people, wounded more than 4,000 and shattered windows."
    )
    assert got["at least 100 people"] == Frame(concept="killed", scope=())
    wounded = got["more than 4,000"]
    assert wounded is not None and wounded.concept == "injured"


def test_frames_a_mass_no_word_names_is_the_story_s_load() -> None:
    for text, language, span in [
        ("It ignited some 2,750 tons of ammonium nitrate.", "en", "some 2,750 tons"),
        ("Im Hafen lagerten 2570 Tonnen Ammoniumnitrat.", "de", "2570 Tonnen"),
    ]:
        frame = _frames(text, language, "quantity")[span]
        assert frame is not None and frame.concept == "mass", (language, frame)


def test_frames_guests_are_one_concept_across_languages() -> None:
    for text, language, span in [
        ("About 2,300 guests packed the Abbey.", "en", "About 2,300 guests"),
        ("En la abadía se congregaron unos 1.800 invitados.", "es", "unos 1.800 invitados"),
        ("L'abbaye accueillait environ 2300 invités.", "fr", "environ 2300 invités"),
    ]:
        frame = _frames(text, language)[span]
        assert frame is not None and frame.concept == "guest", (language, frame)


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("About 13% of patients who received it developed brain swelling.", "en", "About 13%"),
        ("Un 13% de los pacientes tratados sufrió edemas cerebrales.", "es", "13%"),
        ("Bei rund 17 Prozent der behandelten Studienteilnehmer traten Schwellungen auf.", "de",
         "17 Prozent"),
        ("Cerca de 13% dos participantes tratados tiveram inchaço.", "pt", "13%"),
    ],
)  # fmt: skip
def test_frames_a_percentage_of_people_is_a_share_of_people(
    text: str, language: str, span: str
) -> None:
    frame = _frames(text, language, "percent")[span]
    assert frame is not None and frame.concept == "share of people"
    assert _frames("Inflation rose 13% last year.", "en", "percent")["13%"] is None or (
        _frames("Inflation rose 13% last year.", "en", "percent")["13%"].concept
        != "share of people"  # type: ignore[union-attr]
    )


@pytest.mark.parametrize(
    ("kind", "text", "language", "span", "concept"),
    [
        # a mass takes no length word of the figure before it
        ("quantity", "O navio tem 300 metros de comprimento e 95 mil toneladas de arqueação "
         "bruta.", "pt", "95 mil toneladas", "mass"),
        ("quantity", "Die 2,6 Kilometer lange Brücke stürzte ein.", "de", "2,6 Kilometer",
         "length"),
        ("quantity", "Na estrutura, com 1,6 quilómetros de extensão, estavam oito operários.",
         "pt", "1,6 quilómetros", "length"),
        ("money", "The government approved $60 million in emergency funding.", "en",
         "$60 million", "aid"),
        ("money", "El Gobierno aprobó una partida de emergencia de 50 millones de dólares.",
         "es", "50 millones de dólares", "aid"),
        ("money", "O governo aprovou um financiamento de 60 milhões de dólares.", "pt",
         "60 milhões de dólares", "aid"),
        ("money", "The blockage was holding up about $9.6bn of goods every day.", "en",
         "about $9.6bn", "trade"),
        ("percent", "Milei se impuso con el 55,69% de los votos.", "es", "55,69%",
         "vote share"),
        ("percent", "Milei se impuso con el 99,28% de las mesas escrutadas.", "es", "99,28%",
         "counted"),
        ("percent", "With more than 99% of ballots counted, Milei had won.", "en", "more than 99%",
         "counted"),
        ("percent", "La pobreza afecta a cerca del 40% de los argentinos.", "es", "40%",
         "poverty"),
        ("count", "Officials said 2,207 structures had been damaged or destroyed.", "en",
         "2,207 structures", "building"),
        ("count", "Las llamas dañaron o destruyeron 2.270 estructuras.", "es",
         "2.270 estructuras", "building"),
        ("money", "Ogni giorno transitano merci per circa 9,6 miliardi di dollari.", "it",
         "circa 9,6 miliardi di dollari", "trade"),
    ],
)  # fmt: skip
def test_frames_quantity_and_money_concepts_across_languages(
    kind: str, text: str, language: str, span: str, concept: str
) -> None:
    frame = _frames(text, language, kind=kind)[span]
    assert frame is not None and frame.concept == concept


def test_frames_a_planned_count_is_its_own_scope() -> None:
    planned = _frames("Les autorités prévoient d'évacuer quelque 7 900 personnes.", "fr")
    done = _frames("About 1,250 people had been displaced.")
    a, b = planned["quelque 7 900 personnes"], done["About 1,250 people"]
    assert a is not None and b is not None
    assert a.concept == b.concept == "displaced"
    assert "planned" in a.scope and "planned" not in b.scope


def test_frames_a_volume_takes_no_height_from_the_figure_before() -> None:
    frames = _frames(
        "The dam, 74 meters high, could carry up to 22.5 million cubic meters of water.",
        kind="quantity",
    )
    assert frames["74 meters"] is not None and frames["74 meters"].concept == "height"
    assert frames["up to 22.5 million cubic meters"] is None


@pytest.mark.parametrize(
    ("text", "language", "span", "concept", "scope"),
    [
        # others beside the hospitalised are a part of the injured, not all of them
        ("Nach Angaben der Airline kamen 18 Menschen stationär ins Krankenhaus, zwölf weitere "
         "wurden in Kliniken behandelt; insgesamt gab es mindestens 30 Verletzte.", "de",
         "zwölf weitere", "injured", ("part",)),
        # others with an event of their own beside a disjoint event count all of it
        ("Behördenangaben zufolge kamen mindestens 3300 Menschen ums Leben, tausend weitere "
         "werden noch vermisst.", "de", "tausend weitere", "missing", ()),
        ("The quake killed 2,000 people and injured 2,400 others.", "en", "2,400 others",
         "injured", ()),
    ],
)  # fmt: skip
def test_frames_others_are_counted_for_their_own_event(
    text: str, language: str, span: str, concept: str, scope: tuple[str, ...]
) -> None:
    frame = _frames(text, language)[span]
    assert frame is not None and (frame.concept, frame.scope) == (concept, scope)


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Eighteen people were hospitalised and 12 others were treated at the scene.", "en",
         "12 others"),
        ("Dix-huit personnes ont été hospitalisées et douze autres ont été prises en charge sur "
         "place.", "fr", "douze autres"),
    ],
)  # fmt: skip
def test_frames_others_take_no_event_of_the_figure_before(
    text: str, language: str, span: str
) -> None:
    first = next(iter(_frames(text, language).values()))
    assert first is not None and first.concept == "hospitalised"
    assert _frames(text, language)[span] is None


def test_frames_survivors_are_not_all_who_were_aboard() -> None:
    survived = _frames("Solo sobreviven dos tripulantes del Boeing 737-800 de Jeju Air.", "es")
    aboard = _frames("Viajaban 175 pasajeros y seis tripulantes.", "es")
    a, b = survived["dos tripulantes"], aboard["seis tripulantes"]
    assert a is not None and b is not None and not compatible(a, b)


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Arm sold 95.5m shares, valuing the business at $54.5bn at the offer price.", "en",
         "$54.5bn"),
        ("Zum Ausgabepreis wurde Arm mit 54,5 Milliarden Dollar bewertet.", "de",
         "54,5 Milliarden Dollar"),
    ],
)  # fmt: skip
def test_frames_a_value_at_the_offer_price_is_not_the_market_value(
    text: str, language: str, span: str
) -> None:
    at_offer = _frames(text, language, "money")[span]
    market = _frames("They closed up 24.7%, giving Arm a market value of about $65.2bn.",
                     "en", "money")["about $65.2bn"]  # fmt: skip
    assert at_offer == Frame(concept="market value", scope=("offer price",))
    assert market == Frame(concept="market value", scope=())


def test_frames_the_terms_of_a_rejected_offer_are_their_own_scope() -> None:
    rejected = _frames(
        "Am 23. Oktober hatten die Mitglieder ein Angebot mit 35 Prozent mehr Lohn abgelehnt.",
        "de",
        "percent",
    )["35 Prozent"]
    taken = _frames("Celle-ci prévoit une hausse des salaires de 38 % sur quatre ans.", "fr",
                    "percent")["38 %"]  # fmt: skip
    assert rejected is not None and taken is not None
    assert rejected.concept == taken.concept == "wages"
    assert "rejected" in rejected.scope and not compatible(rejected, taken)


def test_frames_a_headline_s_measure_is_not_carried_into_the_story() -> None:
    text = (
        "Boeing : les machinistes acceptent une hausse de salaire de 38 %\n\n"
        "Les adhérents ont approuvé à 59 % la dernière proposition. Elle prévoit 38 % de plus."
    )
    art = Article(id="a", source="s", text=text, language="fr", published="2024-11-05")
    claims = {c.span.text: c for c in attach_frames(extract(art, Config()), [art])}
    assert claims["59 %"].frame is None
    # within the story, a sentence naming no measure takes up the one before ("It is
    # expected to fall to 2.2% in 2025"), across a paragraph break too
    text2 = "Inflation is projected at 2.5% in 2024.\n\nIt is expected to fall to 2.2% in 2025."
    art2 = Article(id="b", source="s", text=text2, language="en", published="2024-06-06")
    claims2 = {c.span.text: c for c in attach_frames(extract(art2, Config()), [art2])}
    frame = claims2["2.2%"].frame
    assert frame is not None and frame.concept == "inflation"


def test_frames_the_second_of_two_shocks_is_its_own_slot() -> None:
    second = _frames("A las 2.03 y a las 19.04, la segunda de magnitud 2,3.", "es",
                     "quantity")["magnitud 2,3"]  # fmt: skip
    first = _frames("The first, at 2.03am, had a magnitude of 1.9.", "en",
                    "quantity")["magnitude of 1.9"]  # fmt: skip
    assert second is not None and first is not None
    assert second.concept == first.concept == "magnitude"
    assert "ordinal 2" in second.scope and not compatible(first, second)


def test_frames_the_organisers_count_of_marchers_is_their_own() -> None:
    union = _frames("The hardline CGT union said more than 3.5 million people had marched.")
    police = _frames("Según el Ministerio del Interior, 1,28 millones de personas se "
                     "manifestaron en todo el país.", "es")  # fmt: skip
    a, b = union["more than 3.5 million people"], police["1,28 millones de personas"]
    assert a is not None and b is not None and a.concept == b.concept == "participant"
    assert "organisers" in a.scope and not compatible(a, b)
    # a union of states is no organiser
    eu = _frames("The European Union said 3,000 people had marched in Brussels.")
    frame = eu["3,000 people"]
    assert frame is not None and "organisers" not in frame.scope


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Das Medianalter liegt bei 28 Jahren.", "de", "28 Jahren"),
        ("Em 2023, a idade mediana é de 28 anos.", "pt", "28 anos"),
    ],
)
def test_frames_a_median_age_in_years_is_an_age(text: str, language: str, span: str) -> None:
    frame = _frames(text, language, "duration")[span]
    assert frame is not None and frame.concept == "age"


@pytest.mark.parametrize(
    ("text", "language", "span", "concept", "scope"),
    [
        # hostages taken are kidnapped, hostages freed released: two facts
        ("A guerra começou quando terroristas do Hamas levaram aproximadamente 240 reféns "
         "para Gaza.", "pt", "aproximadamente 240 reféns", "kidnapped hostage", ()),
        ("O Hamas libertou nesta sexta-feira (24) 13 reféns israelenses.", "pt", "13 reféns",
         "released hostage", ()),
        ("Hamás libera a 24 rehenes en la primera jornada de la tregua.", "es", "24 rehenes",
         "released hostage", ()),
    ],
)  # fmt: skip
def test_frames_hostages_taken_and_freed_are_two_facts(
    text: str, language: str, span: str, concept: str, scope: tuple[str, ...]
) -> None:
    frame = _frames(text, language)[span]
    assert frame is not None and (frame.concept, frame.scope) == (concept, scope)


def test_frames_passengers_crew_and_all_aboard_are_three_concepts() -> None:
    frames = _frames("L'appareil transportait 64 personnes à bord, 60 passagers et 4 membres "
                     "d'équipage.", "fr")  # fmt: skip
    concepts = {span: f.concept if f else None for span, f in frames.items()}
    assert concepts["60 passagers"] == "passenger"
    assert concepts["4 membres"] == "crew"
    occupants = _frames("Nenhuma das 67 ocupantes sobreviveu.", "pt")["67 ocupantes"]
    assert occupants is not None and occupants.concept == "aboard"
