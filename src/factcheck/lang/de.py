"""German: the words extraction reads in German texts."""

from __future__ import annotations

from factcheck.lang import Lexicon

MONTHS = {
    "Januar": 1,
    "Jänner": 1,
    "Februar": 2,
    "März": 3,
    "April": 4,
    "Mai": 5,
    "Juni": 6,
    "Juli": 7,
    "August": 8,
    "September": 9,
    "Oktober": 10,
    "November": 11,
    "Dezember": 12,
    "Jan.": 1,
    "Feb.": 2,
    "Apr.": 4,
    "Aug.": 8,
    "Sept.": 9,
    "Sep.": 9,
    "Okt.": 10,
    "Nov.": 11,
    "Dez.": 12,
}
WEEKDAYS = {
    "Montag": 0,
    "Dienstag": 1,
    "Mittwoch": 2,
    "Donnerstag": 3,
    "Freitag": 4,
    "Samstag": 5,
    "Sonnabend": 5,
    "Sonntag": 6,
}
SMALL_NUMBERS = {
    "einem": 1,
    "einer": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
}
TIME_UNITS = {
    "tag": "day",
    "tagen": "day",
    "woche": "week",
    "wochen": "week",
    "monat": "month",
    "monaten": "month",
    "jahr": "year",
    "jahren": "year",
}
DEICTIC = {
    "heute": 0,
    "gestern": -1,
    "morgen": 1,
    "vorgestern": -2,
    "übermorgen": 2,
    "heute Morgen": 0,
    "heute Abend": 0,
    "gestern Abend": -1,
}
PERIODS: dict[str, tuple[int, str]] = {
    "dieses Jahr": (0, "year"),
    "in diesem Jahr": (0, "year"),
    "diesem Jahr": (0, "year"),
    "letztes Jahr": (-1, "year"),
    "im vergangenen Jahr": (-1, "year"),
    "vergangenes Jahr": (-1, "year"),
    "im letzten Jahr": (-1, "year"),
    "nächstes Jahr": (1, "year"),
    "im nächsten Jahr": (1, "year"),
    "diese Woche": (0, "week"),
    "letzte Woche": (-1, "week"),
    "vergangene Woche": (-1, "week"),
    "in der vergangenen Woche": (-1, "week"),
    "nächste Woche": (1, "week"),
    "diesen Monat": (0, "month"),
    "letzten Monat": (-1, "month"),
    "im vergangenen Monat": (-1, "month"),
    "nächsten Monat": (1, "month"),
}
WEEKDAY_RELATIONS = {
    "letzten": "last",
    "vergangenen": "last",
    "nächsten": "next",
    "kommenden": "next",
    "diesen": "this",
    "am": "on",
}

# Date grammar
DATE_PREPOSITIONS = (
    r"im\s+Jahr(?:e)?|(?:aus|seit|von|in)\s+dem\s+Jahr(?:e)?|seit|bis|von|ab|vor|nach"
)
DECADE_PHRASE = r"(?i:(?:(?:die|den)\s+)?(?P<dec>(?:1[5-9]|20)\d0)er(?:[\s-]+Jahre[n]?)?\b)"
WEEKDAY_BEFORE = r"letzten|vergangenen|nächsten|kommenden|diesen|am"
AGO_BEFORE = "vor"
DAY_ARTICLES = "am|vom"
DEICTIC_AS_WRITTEN = frozenset({"morgen"})
"""Tomorrow; "Morgen" is the morning."""
EVERY_WORDS = frozenset({"jeden", "jede", "jedes"})
YEAR_DETERMINERS = frozenset({"der", "die", "das"})
FUTURE_MARKERS = (
    r"\b(?:wird|werden|erwarten|erwartet|dürfte|dürften|soll|sollen|nächsten?|will|wollen)\b"
)

QUOTE_VERBS = (
    "sagte",
    "sagt",
    "sagten",
    "erklärte",
    "erklärt",
    "erklärten",
    "betonte",
    "betont",
    "schrieb",
    "schreibt",
    "meinte",
    "meint",
    "ergänzte",
    "ergänzt",
    "warnte",
    "warnt",
    "berichtete",
    "berichtet",
    "versicherte",
    "versichert",
    "verkündete",
    "unterstrich",
    "unterstreicht",
    "bekräftigte",
    "bestätigte",
    "bestätigt",
    "twitterte",
    "so",
    r"hieß\s+es",
    r"teilte\s+mit",
    r"fügte\s+hinzu",
    r"räumte\s+ein",
    r"kündigte\s+an",
    r"sprach\s+von",
    r"(?:hat|haben|hatte)\s+(?:gesagt|erklärt|betont|geschrieben)",
    "beschrieb",
    "erzählte",
)
"""Verbs of saying that attribute a quotation (see `Lexicon.quote_verbs`)."""
QUOTE_SOURCES = (
    "laut",
    r"nach\s+Angaben\s+(?:von|des|der)",
    "zufolge",
)
DETERMINERS = (
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einer",
    "eines",
    "sein",
    "seine",
    "ihr",
    "ihre",
)
SPEAKING_BODIES = (
    "Unternehmen",
    "Firma",
    "Konzern",
    "Gruppe",
    "Agentur",
    "Behörde",
    "Ministerium",
    "Regierung",
    "Büro",
    "Organisation",
    "Erklärung",
    "Mitteilung",
    "Sprecher",
    "Sprecherin",
    "Bank",
    "Betreiber",
    "Behörden",
    "Dienst",
    "Rat",
    "Ausschuss",
    "Partei",
    "Botschaft",
    "Polizei",
    "Armee",
    "Gericht",
    "Fluggesellschaft",
    "Zeitung",
    "Sender",
)
"""Nouns for an organisation or its statement, which speak for the organisation named last
("the company said", "el comunicado afirma"; see `Lexicon.speaking_bodies`)."""
PRONOUNS = (
    "er",
    "sie",
)
SINCE_WORDS = frozenset("seit".split())
UNTIL_WORDS = frozenset("bis".split())
"""Words before a date that say a state or a first has lasted since then ("the first cut
since September 2019")."""
CLAUSE_WORDS = frozenset("während wenn wo weil obwohl aber sondern welche welcher welches".split())
"""Words opening another clause (a relative, a contrast, a time or a reason): the words
beyond them describe another event."""
COMPLEMENTIZERS = (
    "dass",
    "daß",
)

COUNT_LEADS = {
    r"Zahl\s+der\s+(?:Toten|Todesopfer|Opfer)|Todeszahl|Opferzahl": "tote",
    r"Zahl\s+der\s+Verletzten": "verletzte",
    r"Zahl\s+der\s+Vermissten": "vermisste",
}
"""Phrases naming what a figure further on counts (see `Lexicon.count_leads`)."""
COUNT_TAILS = {
    r"(?:davon\s+)?(?:(?:seien|wurden|sind|waren)\s+)abgeschossen|(?:davon\s+)?(?:seien|wurden|sind|waren)\s+abgefangen": "intercepted",
    r"(?:davon\s+)?(?:(?:sind|waren|wurden)\s+)?(?:schwer\s+verletzt|lebensgefährlich\s+verletzt|in\s+kritischem\s+Zustand|Schwerverletzte)": "critical",
    r"(?:wurden|sind|waren)\s+verletzt": "verletzte",
    r"starben|sind\s+gestorben|kamen\s+ums\s+Leben": "tote",
}
"""Phrases after a bare figure saying what it counts (see `Lexicon.count_tails`)."""
COUNT_LINKS = ("auf", "bei", "von", "über")
COUNT_VERBS: dict[str, str] = {}

FRACTIONS = {
    r"(?:ein|einem)\s+Viertel\s+(?:der|des|von)": 25.0,
    r"(?:ein|einem)\s+Drittel\s+(?:der|des|von)": 33.3,
    r"zwei\s+Drittel\s+(?:der|des|von)": 66.7,
    r"drei\s+Viertel\s+(?:der|des|von)": 75.0,
    r"(?:die|der)\s+Hälfte\s+(?:der|des|von)": 50.0,
    r"(?:ein|einem)\s+Fünftel\s+(?:der|des|von)": 20.0,
}
"""Fractions of a whole and the word after them (see `Lexicon.fractions`)."""

FURNITURE = {
    "caption": (
        "auf diesem bild",
        "auf diesem foto",
        "auf dem bild",
        "auf dem foto",
        "archivbild",
        "archivfoto",
        "luftaufnahme",
        "eine luftaufnahme",
        "satellitenbild",
        "ein satellitenbild",
    ),
    "teaser": (
        "lesen sie auch", "lesen sie mehr", "mehr lesen", "mehr zum thema", "auch interessant", "weiterlesen", "mehr dazu",
        "das könnte sie auch interessieren", "meistgelesen", "siehe auch", "zum thema",
    ),
    "credit": (
        "und agenturen", "mit material von",
        "foto:", "fotos:", "bild:", "bildquelle", "quelle:", "von unserem", "redaktion:",
        "video:",
    ),
    "notice": (
        "anmerkung der redaktion", "wird laufend aktualisiert", "abonnieren",
        "alle rechte vorbehalten", "anzeige", "werbung", "wir verwenden cookies",
        "über dieses thema berichtete", "dieses thema im programm", "folgen sie uns auf",
    ),
    "label": (
        "teilen", "startseite", "nachrichten", "wirtschaft", "politik", "ausland",
        "quellen", "anzeige", "zurück", "weiter", "kommentare",
    ),
    "stamp": ("veröffentlicht", "aktualisiert", "stand:", "zuletzt aktualisiert"),
}  # fmt: skip
"""Page-furniture cues by shape (see `Lexicon.furniture`)."""

LEXICON = Lexicon(
    code="de",
    months=MONTHS,
    weekdays=WEEKDAYS,
    small_numbers=SMALL_NUMBERS,
    time_units=TIME_UNITS,
    deictic=DEICTIC,
    periods=PERIODS,
    weekday_relations=WEEKDAY_RELATIONS,
    date_prepositions=DATE_PREPOSITIONS,
    country_prepositions=r"in\s+(?:der|den|dem)|im|in",
    month_prepositions=r"im|seit|bis|ab|Anfang|Ende|Mitte",
    year_range_from=r"von|zwischen",
    year_range_to=r"bis|und",
    decade_phrase=DECADE_PHRASE,
    weekday_before=WEEKDAY_BEFORE,
    ago_before=AGO_BEFORE,
    day_articles=DAY_ARTICLES,
    day_dot=True,
    names_as_written=True,
    deictic_as_written=DEICTIC_AS_WRITTEN,
    every_words=EVERY_WORDS,
    year_determiners=YEAR_DETERMINERS,
    future_markers=FUTURE_MARKERS,
    furniture=FURNITURE,
    quote_verbs=QUOTE_VERBS,
    quote_sources=QUOTE_SOURCES,
    determiners=DETERMINERS,
    speaking_bodies=SPEAKING_BODIES,
    pronouns=PRONOUNS,
    complementizers=COMPLEMENTIZERS,
    clause_words=CLAUSE_WORDS,
    since_words=SINCE_WORDS,
    until_words=UNTIL_WORDS,
    night_before=("nacht zum", "nacht auf", "nacht auf den"),
    count_leads=COUNT_LEADS,
    count_links=COUNT_LINKS,
    count_beyond=frozenset("über".split()),
    count_verbs=COUNT_VERBS,
    count_tails=COUNT_TAILS,
    fractions=FRACTIONS,
)
