"""Ages, durations, times of day and quantities beyond their corpora: whole articles, bad
input, what a count leaves to them, lazy unit conversion, the CLI's JSON."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck import Article, Config, check, extract
from factcheck.cli import app
from tests.conftest import article

NEW_KINDS = ("age", "duration", "time", "quantity")


def _claims(text: str, *, language: str = "en", kinds: tuple[str, ...] | None = None) -> list[Any]:
    config = Config() if kinds is None else Config(kinds=kinds)
    return list(extract(article(text, language=language), config))


@pytest.mark.parametrize(
    "text",
    [
        "1" * 10_000 + " km",
        "The figure was " + "9" * 10_000 + "-digit long, 12 km away.",
        "9" * 5_000 + " years",
        "99999 km",
        "−0 °C",
        "km",
        "°C",
        "metres hours años",
        "Москва 12 km, 東京 3 hours, مرحبا 6 p.m.",
        "١٢ km and ٣ hours",
        "magnitude 99.9",
        "at 99:99",
        "aged 9999",
        "\u200b12\u200b km",
    ],
)
def test_kinds_measures_bad_input_gives_an_answer_not_a_crash(text: str) -> None:
    claims = _claims(text)
    for c in claims:
        assert text[c.span.start : c.span.end] == c.span.text
        if c.kind in ("age", "duration", "quantity"):
            for bound in (c.value.low, c.value.high):
                assert bound is None or abs(bound) < 1e16, (text[:40], c)
    report = check([article(text, id="a.txt"), article(text, id="b.txt")])
    assert json.loads(report.to_json())["summary"]["articles"] == 2


def test_kinds_measures_bad_input_values() -> None:
    (km,) = [c for c in _claims("99999 km") if c.kind == "quantity"]
    assert (km.value.low, km.value.unit, km.value.dimension) == (99999, "km", "length")
    (zero,) = [c for c in _claims("−0 °C") if c.kind == "quantity"]
    assert (zero.value.low, zero.value.high, zero.value.unit) == (0, 0, "°C")
    assert not [c for c in _claims("1" * 10_000 + " km") if c.kind == "quantity"]
    assert not [c for c in _claims("km °C metres") if c.kind in NEW_KINDS]
    assert not [c for c in _claims("at 99:99") if c.kind == "time"]
    assert not [c for c in _claims("aged 9999") if c.kind == "age"]


@pytest.mark.parametrize(
    ("text", "language", "owner"),
    [
        ("He served 25 years in prison.", "en", "duration"),
        ("Miguel Luna, 49 ans, est porté disparu.", "fr", "age"),
        ("Fuentes, de 35 años, trabajaba allí.", "es", "age"),
        ("The bridge is 1,600 metres long.", "en", "quantity"),
        ("El puente mide 1.600 metros.", "es", "quantity"),
        ("Les recherches ont duré 14 heures.", "fr", "duration"),
        ("Die Suche dauerte vier Tage.", "de", "duration"),
        ("Talks ran over two days.", "en", "duration"),
    ],
)
def test_kinds_measures_count_never_reads_what_a_new_kind_owns(
    text: str, language: str, owner: str
) -> None:
    claims = _claims(text, language=language)
    assert [c.kind for c in claims if c.kind in ("count", *NEW_KINDS)] == [owner], claims


@pytest.mark.parametrize(
    ("text", "language", "low", "unit"),
    [
        ("Murieron seis trabajadores.", "es", 6, "trabajador"),
        ("Huit ouvriers ont disparu.", "fr", 8, "ouvrier"),
        ("On compte 11 300 morts.", "fr", 11300, "mort"),
        ("Hubo 1.037 muertos.", "es", 1037, "muerto"),
        ("Hay 9,5 mil heridos.", "es", 9500, "herido"),
        ("Il y a plus de 11 millions de véhicules.", "fr", 11e6, "véhicule"),
        ("Es gab drei Millionen Besucher.", "de", 3e6, "besucher"),
        ("Sono morte cinque persone.", "it", 5, "persone"),
        ("Há sete desaparecidos.", "pt", 7, "desaparecido"),
        ("Officials evacuated 18 lakh people.", "en", 1.8e6, "person"),
    ],
)
def test_kinds_measures_counts_in_six_languages(
    text: str, language: str, low: float, unit: str
) -> None:
    (claim,) = [c for c in _claims(text, language=language) if c.kind == "count"]
    assert claim.value.low == pytest.approx(low) and claim.value.unit == unit


def test_kinds_measures_lakh_and_crore_with_and_without_currency() -> None:
    (money,) = [c for c in _claims("The state paid ₹5 crore.") if c.kind == "money"]
    assert (money.value.low, money.value.currency) == (5e7, "INR")
    (big,) = [c for c in _claims("Budget of Rs 2 lakh crore.") if c.kind == "money"]
    assert big.value.low == 2e12
    (count,) = [c for c in _claims("18 lakh voters") if c.kind == "count"]
    assert count.value.low == 1.8e6


def test_kinds_measures_conflicts_across_outlets_and_languages() -> None:
    a = article("Shahzada Dawood, 48, was aboard with 40 hours of oxygen left.", id="a.txt")
    b = article("Shahzada Dawood, 58, iba a bordo con 41 horas de oxígeno restantes.", id="b.txt",
                language="es")  # fmt: skip
    report = check([a, b])
    kinds = {(f.kind, f.verdict) for f in report.findings}
    assert ("age", "conflict") in kinds
    assert ("duration", "conflict") in kinds


def test_kinds_measures_age_holder_across_a_linking_word() -> None:
    a = article("Abdelhak El Amrani, 33, told AFP he felt a violent tremor.", id="a.txt")
    b = article("Lo ha contado Abdelhak el Amrani, de 34 años, a la AFP.", id="b.txt",
                language="es")  # fmt: skip
    c = article("Maria Lopez, de 61 años, vive en Marrakech.", id="c.txt", language="es")
    findings = [f for f in check([a, b, c]).findings if f.kind == "age"]
    (conflict,) = [f for f in findings if f.verdict == "conflict"]
    assert "33" in conflict.message and "34" in conflict.message and "61" not in conflict.message


def test_kinds_measures_far_apart_in_base_units_never_align() -> None:
    a = article("The gunman was less than 150 metres from the stage, police said.", id="a.txt")
    b = article("The gunman was about 45 miles from the stage, police said.", id="b.txt")
    report = check([a, b])
    quantities = [f for f in report.findings if f.kind == "quantity"]
    assert quantities and all(len({c.split("#")[0] for c in f.claims}) == 1 for f in quantities)


def test_kinds_measures_rounded_conversion_agrees() -> None:
    a = article("The storm travelled 180 miles inland.", id="a.txt")
    b = article("The storm travelled 290 km inland.", id="b.txt")
    report = check([a, b])
    (finding,) = [f for f in report.findings if f.kind == "quantity"]
    assert finding.verdict == "agree"


def test_kinds_measures_import_does_not_load_pint() -> None:
    code = "import sys, factcheck; print('pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_kinds_measures_cli_json_values(tmp_path: Any) -> None:
    (tmp_path / "a.txt").write_text("At about 1:30 a.m., the 948-foot ship hit the bridge.\n")
    (tmp_path / "b.txt").write_text("Vers 1h30, le navire de 289 mètres a heurté le pont.\n")
    (tmp_path / "meta.json").write_text(
        json.dumps({"articles": {"a.txt": {"language": "en"}, "b.txt": {"language": "fr"}}})
    )
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--format", "json"])
    data = json.loads(result.stdout)
    values = {c["span"]["text"]: (c["kind"], c["value"]) for c in data["claims"]}
    kind, time_value = values["At about 1:30 a.m."]
    assert kind == "time" and (time_value["hour"], time_value["minute"]) == (1, 30)
    assert values["Vers 1h30"][1]["hour"] == 1
    assert {"low": 289.0, "unit": "m", "dimension": "length"}.items() <= values["289 mètres"][
        1
    ].items()


def test_kinds_measures_age_holder_behind_a_sentence_opening_article() -> None:
    a = article("Dalerdzhon Mirzoyev: The 32-year-old from Tajikistan was charged.", id="a.txt")
    b = article(
        "The first accused is 30-year-old Dalerdzhon Mirzoyev, who appeared in court.", id="b.txt"
    )
    (conflict,) = [f for f in check([a, b]).findings if f.kind == "age" and f.verdict == "conflict"]
    assert "32" in conflict.message and "30" in conflict.message


def test_kinds_measures_names_anchor_measures_across_languages() -> None:
    a = article("The 22-foot (6.7-meter) Titan's tail cone was found.", id="a.txt")
    b = article("O Titan tinha aproximadamente 22 pés de comprimento.", id="b.txt", language="pt")
    findings = [f for f in check([a, b]).findings if f.kind == "quantity"]
    assert any(len({c.split("#")[0] for c in f.claims}) == 2 for f in findings)


def test_kinds_measures_times_align_on_the_names_around_them() -> None:
    a = article(
        "The quake hit Morocco at 11:11 pm (22:11 GMT), the US Geological Survey said.", id="a.txt"
    )
    b = article("La terra ha tremato in Marocco alle 23:11 ora locale (22:11 GMT).", id="b.txt",
                language="it")  # fmt: skip
    findings = [f for f in check([a, b]).findings if f.kind == "time"]
    agree = [f for f in findings if f.verdict == "agree"]
    assert any(len({c.split("#")[0] for c in f.claims}) == 2 for f in agree)


def test_kinds_measures_one_uncommon_minute_aligns_in_any_words_but_a_round_hour_does_not() -> None:
    # "4:17" names one moment of the story whatever the sentence around it; "8 p.m." is a
    # time many things happen at, so it needs its words to align.
    texts = [
        ("en", "The 7.8 magnitude quake hit at 4:17 a.m. local time, followed by a second one."),
        ("es", "El seísmo se produjo a las 4.17 hora local."),
        ("fr", "La secousse principale s'est produite à 4 h 17 heure locale."),
        ("de", "Das Beben ereignete sich um 4.17 Uhr Ortszeit."),
    ]
    arts = [article(t, id=f"{lang}.txt", language=lang) for lang, t in texts]
    times = [f for f in check(arts).findings if f.kind == "time"]
    assert [(f.verdict, len(f.claims)) for f in times] == [("agree", 4)]
    round_hour = [
        article("The curfew starts at 8 p.m. in the old town.", id="a.txt"),
        article("Der Präsident sprach um 20 Uhr im Fernsehen.", id="b.txt", language="de"),
    ]
    times = [f for f in check(round_hour).findings if f.kind == "time"]
    assert all(len(f.claims) == 1 for f in times)


def _time_groups(*texts: tuple[str, str]) -> list[tuple[str, int]]:
    """(verdict, claims) of the time findings of one article per (language, text)."""
    arts = [article(t, id=f"{lang}.txt", language=lang) for lang, t in texts]
    return [(f.verdict, len(f.claims)) for f in check(arts).findings if f.kind == "time"]


def test_kinds_measures_one_uncommon_minute_an_hour_off_is_the_same_moment_told_wrong() -> None:
    # a time told in the wrong zone keeps its minute: "11.17pm" against "22.17 Uhr" is one
    # moment and a conflict; GMT and UTC are one zone
    assert _time_groups(
        ("en", "The eruption began at 11.17pm local time on Monday."),
        ("de", "Die Eruption begann um 22.17 Uhr Ortszeit."),
    ) == [("conflict", 2)]
    assert _time_groups(
        ("en", "The faulty update was released at 04:09 UTC on 19 July."),
        ("fr", "Déployée vendredi à 5 h 09 GMT, la mise à jour a été retirée."),
    ) == [("conflict", 2)]
    # five hours apart at one minute are two moments
    assert _time_groups(
        ("en", "The eruption began at 11.17pm local time on Monday."),
        ("de", "Die Pressekonferenz begann um 18.17 Uhr Ortszeit."),
    ) == [("single", 1), ("single", 1)]


def test_kinds_measures_the_same_two_ages_align_across_languages() -> None:
    day = dt.date(2024, 3, 27)
    arts = [
        Article(id="en", source="Wire", language="en", published=day,
                text="Two Guatemalans aged 26 and 35 are also unaccounted for."),
        Article(id="es", source="Diario", language="es", published=day,
                text="Entre los seis desaparecidos están dos guatemaltecos, de 26 y 35 años."),
    ]  # fmt: skip
    ages = [f for f in check(arts).findings if f.kind == "age"]
    assert [(f.verdict, len(f.claims)) for f in ages] == [("agree", 2)]


def test_kinds_measures_a_time_with_no_zone_is_local_time() -> None:
    # "a las 4.17" states no zone: the event's local time, the same as "4:17 a.m. local time".
    a = article("The quake hit at 4:17 a.m. local time.", id="a.txt")
    b = article("El seísmo se produjo a las 4.17 de la madrugada.", id="b.txt", language="es")
    times = [f for f in check([a, b]).findings if f.kind == "time"]
    assert [(f.verdict, len(f.claims)) for f in times] == [("agree", 2)]


def test_kinds_measures_a_time_in_brackets_after_the_local_one_is_another_zone() -> None:
    # the bracket gives the same moment where the readers are: it contradicts nothing
    a = article("Vikram touched down at 6.04pm on Wednesday.", id="a.txt", language="en")
    b = article("Tocó la superficie a las 18.04 hora india (14.34 horas en la España peninsular).",
                id="b.txt", language="es")  # fmt: skip
    c = article("Ce mercredi, à 14h34 heure de Paris (18h04 en Inde), le module s'est posé.",
                id="c.txt", language="fr")  # fmt: skip
    report = check([a, b, c], Config(kinds=("time",)))
    assert [f for f in report.findings if f.verdict == "conflict"] == []
    zones = {c.span.text: c.value.timezone for c in report.claims}  # type: ignore[attr-defined]
    assert zones["14.34 horas"] == "another zone" and zones["18h04"] is None


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Córdoba alcanza los 46,8 grados en la ola de calor.", "es", "46,8 grados"),
        ("Spagna, caldo record: a Cordova 48,6 gradi.", "it", "48,6 gradi"),
        ("Em Sevilha, as temperaturas não desceram abaixo dos 25 graus.", "pt", "25 graus"),
        ("Die Temperatur stieg am Mittwoch auf 46,8 Grad.", "de", "46,8 Grad"),
    ],
)
def test_kinds_measures_degrees_without_a_scale_are_celsius_in_a_sentence_about_heat(
    text: str, language: str, span: str
) -> None:
    claims = extract(article(text, language=language), Config(kinds=("quantity", "count")))
    assert [(c.kind, c.span.text, c.value.unit) for c in claims] == [("quantity", span, "°C")]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un terremoto de 6,8 grados sacudió la región.", "es"),  # a magnitude
        ("El barco giró 180 grados frente a la costa.", "es"),  # no heat in the sentence
        ("It was 46 degrees in the shade.", "en"),  # English degrees may be Fahrenheit
    ],
)
def test_kinds_measures_degrees_elsewhere_are_no_temperature(text: str, language: str) -> None:
    claims = extract(article(text, language=language), Config(kinds=("quantity",)))
    assert not [c for c in claims if c.value.dimension == "temperature"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Un jornalero de 72 años murió por un golpe de calor.", "es", "age"),
        ("Un bracciante di 72 anni è morto.", "it", "age"),
        ("Um trabalhador agrícola de 72 anos morreu.", "pt", "age"),
        ("Une infirmière de 34 ans a été blessée.", "fr", "age"),
        ("Fue condenado a una pena de 10 años de prisión.", "es", "duration"),
        ("Vivió alrededor de 30 años en Madrid.", "es", "duration"),
        ("Tras una carrera de 20 años, se retiró.", "es", "duration"),
    ],
)
def test_kinds_measures_years_after_someones_trade_are_an_age(
    text: str, language: str, kind: str
) -> None:
    claims = extract(article(text, language=language), Config(kinds=("age", "duration")))
    assert [c.kind for c in claims] == [kind]


def test_kinds_measures_a_time_zone_is_written_in_capitals() -> None:
    # "à 10h24 et ont abattu": "et" is French for "and", not Eastern Time
    fr = extract(
        article("Les policiers sont arrivés à 10h24 et ont abattu Hale à 10h27.", language="fr"),
        Config(kinds=("time",)),
    )
    assert [(c.span.text, c.value.timezone) for c in fr] == [("à 10h24", None), ("à 10h27", None)]  # type: ignore[attr-defined]
    (en,) = extract(article("It happened at 10:13 a.m. ET on Monday."), Config(kinds=("time",)))
    assert en.value.timezone == "ET"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Die Eruption begann etwa vier Kilometer nordöstlich des Ortes.", "de", "etwa vier Kilometer"),
        ("La erupción comenzó a unos cuatro kilómetros al noreste.", "es", "unos cuatro kilómetros"),
        ("Le corps a été retrouvé à trois mètres de profondeur.", "fr", "trois mètres"),
    ],
)  # fmt: skip
def test_kinds_measures_a_measure_whose_figure_is_a_word(
    text: str, language: str, span: str
) -> None:
    (claim,) = extract(article(text, language=language), Config(kinds=("quantity",)))
    assert claim.span.text == span and claim.value.dimension == "length"  # type: ignore[attr-defined]


def test_kinds_measures_an_age_a_pronoun_holds_is_the_person_named_before() -> None:
    report = check(
        [
            article(
                "Jacques Delors, who led the European Commission, has died. He was 98.", id="a"
            ),  # fmt: skip
            article(
                "Der Franzose Jacques Delors prägte Europa. Nun ist er im Alter von 97 "
                "Jahren gestorben.",
                id="b",
                language="de",
            ),  # fmt: skip
            article(
                "Jacques Delors est mort, mercredi, à l'âge de 98 ans.", id="c", language="fr"
            ),  # fmt: skip
        ],
        Config(kinds=("age", "name")),
    )
    ages = [f for f in report.findings if f.kind == "age" and f.verdict == "conflict"]
    assert len(ages) == 1
    spans = sorted(report.claim(c).span.text for c in ages[0].claims)
    assert spans == ["He was 98", "im Alter von 97 Jahren", "à l'âge de 98 ans"]
    assert "Delors" in ages[0].subject


def test_kinds_measures_an_age_without_holder_or_pronoun_stays_unheld() -> None:
    report = check(
        [article("Jacques Delors visited the site. A 27-year-old worker died there.", id="a")],
        Config(kinds=("age", "name")),
    )
    (age,) = [c for c in report.claims if c.kind == "age"]
    assert age.frame is None


def test_kinds_measures_a_described_person_s_age_is_the_person_named_before() -> None:
    report = check(
        [
            article("Kelvin Kiptum set a world record. The 23-year-old Kiptum won.", id="a"),
            article(
                "Kelvin Kiptum ha riscritto la storia. Il keniano, 24 anni, ha battuto il "
                "record di Eliud Kipchoge.",
                id="b",
                language="it",
            ),  # fmt: skip
        ],
        Config(kinds=("age", "name")),
    )
    (age,) = [c for c in report.claims if c.kind == "age" and c.article == "b"]
    assert age.frame is not None and age.frame.holder == "Kelvin Kiptum"


def test_kinds_measures_durations_given_for_different_ends_stay_apart() -> None:
    report = check(
        [
            article(
                "Meta was given five months to suspend transfers and six months to cease "
                "the unlawful processing.",
                id="a",
            ),  # fmt: skip
            article(
                "Le régulateur a donné six mois pour suspendre tout transfert futur.",
                id="b",
                language="fr",
            ),  # fmt: skip
        ],
        Config(kinds=("duration",)),
    )
    flagged = [
        sorted(report.claim(c).span.text for c in f.claims)
        for f in report.findings
        if f.verdict == "conflict"
    ]
    assert flagged == [["five months", "six mois"]]


def test_kinds_measures_a_conversion_in_brackets_keeps_the_words_after_it() -> None:
    report = check(
        [
            article(
                "The Marmolada, at 3,343 meters (10,968 feet), is the highest peak in the "
                "Dolomites.",
                id="a",
            )
        ],  # fmt: skip
        Config(kinds=("quantity",)),
    )
    concepts = {c.span.text: c.frame.concept if c.frame else None for c in report.claims}
    assert concepts == {"3,343 meters": "elevation", "10,968 feet": "elevation"}


def test_kinds_measures_a_temperature_is_never_a_distance() -> None:
    report = check(
        [
            article(
                "Le thermomètre avait atteint 10 °C au sommet de la Marmolada.",
                id="a",
                language="fr",
            )
        ],  # fmt: skip
        Config(kinds=("quantity",)),
    )
    (claim,) = report.claims
    assert claim.frame is None or claim.frame.concept != "distance"
