"""Italian: the words extraction reads in Italian texts."""

from __future__ import annotations

from factcheck.lang import Lexicon

MONTHS = {
    "gennaio": 1,
    "febbraio": 2,
    "marzo": 3,
    "aprile": 4,
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    "agosto": 8,
    "settembre": 9,
    "ottobre": 10,
    "novembre": 11,
    "dicembre": 12,
}
WEEKDAYS = {
    "lunedì": 0,
    "lunedi": 0,
    "martedì": 1,
    "martedi": 1,
    "mercoledì": 2,
    "mercoledi": 2,
    "giovedì": 3,
    "giovedi": 3,
    "venerdì": 4,
    "venerdi": 4,
    "sabato": 5,
    "domenica": 6,
}
SMALL_NUMBERS = {
    "un": 1,
    "uno": 1,
    "una": 1,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
    "dieci": 10,
}
TIME_UNITS = {
    "giorno": "day",
    "giorni": "day",
    "settimana": "week",
    "settimane": "week",
    "mese": "month",
    "mesi": "month",
    "anno": "year",
    "anni": "year",
}
DEICTIC = {
    "oggi": 0,
    "ieri": -1,
    "domani": 1,
    "l'altro ieri": -2,
    "ieri l'altro": -2,
    "dopodomani": 2,
    "stamattina": 0,
    "stamani": 0,
    "stasera": 0,
    "stanotte": 0,
}
PERIODS: dict[str, tuple[int, str]] = {
    "quest'anno": (0, "year"),
    "l'anno scorso": (-1, "year"),
    "lo scorso anno": (-1, "year"),
    "l'anno passato": (-1, "year"),
    "l'anno prossimo": (1, "year"),
    "il prossimo anno": (1, "year"),
    "questa settimana": (0, "week"),
    "la settimana scorsa": (-1, "week"),
    "la scorsa settimana": (-1, "week"),
    "la prossima settimana": (1, "week"),
    "la settimana prossima": (1, "week"),
    "questo mese": (0, "month"),
    "il mese scorso": (-1, "month"),
    "lo scorso mese": (-1, "month"),
    "il prossimo mese": (1, "month"),
}
WEEKDAY_RELATIONS = {
    "lo scorso": "last",
    "la scorsa": "last",
    "scorso": "last",
    "scorsa": "last",
    "il prossimo": "next",
    "la prossima": "next",
    "prossimo": "next",
    "prossima": "next",
}

# Date grammar
DATE_PREPOSITIONS = r"nel|dal|fino\s+al|entro\s+il|nell['’]anno"
DECADE_PHRASE = r"(?i:(?:gli\s+)?anni\s+['’]?(?P<dec>(?:19|20)?\d0)\b)"
WEEKDAY_BEFORE = r"lo\s+scorso|la\s+scorsa|il\s+prossimo|la\s+prossima"
WEEKDAY_AFTER = r"scorso|scorsa|prossimo|prossima"
AGO_AFTER = "fa"
DAY_ARTICLES = "le|el|il"
"""Read before a day of the month in French, Spanish, Italian and Portuguese alike."""
ORDINAL_SUFFIX = r"(?:º|°)?"
EVERY_WORDS = frozenset({"ogni"})
YEAR_DETERMINERS = frozenset({"il", "la"})
FUTURE_MARKERS = (
    r"\b(?:sarà|saranno|prevede|prevedono|attesa|atteso|prossim[oa]|deve|devono|dovrebbe|"
    r"dovrebbero|[a-zà-ÿ]{2,}r(?:à|anno))\b"
)

QUOTE_VERBS = (
    "dice",
    "afferma",
    "dichiara",
    "spiega",
    "aggiunge",
    "sottolinea",
    "scrive",
    "annuncia",
    "ricorda",
    "precisa",
    "commenta",
    "racconta",
    "assicura",
    "avverte",
    "osserva",
    "conclude",
    "ribadisce",
    "riferisce",
    "evidenzia",
    "disse",
    "affermò",
    "dichiarò",
    "spiegò",
    "aggiunse",
    "sottolineò",
    "scrisse",
    r"(?:ha|hanno|aveva|avevano)\s+(?:detto|dichiarato|spiegato|aggiunto|affermato|sottolineato|scritto|annunciato|ricordato|precisato|commentato|raccontato|assicurato|avvertito|osservato|concluso|ribadito|riferito|evidenziato|twittato)",
    "ha descritto",
    "ha raccontato",
)
"""Verbs of saying that attribute a quotation (see `Lexicon.quote_verbs`)."""
QUOTE_SOURCES = (
    "secondo",
    r"stando\s+a",
    r"a\s+detta\s+di",
)
DETERMINERS = (
    "il",
    "lo",
    "la",
    "l'",
    "i",
    "gli",
    "le",
    "un",
    "uno",
    "una",
    "un'",
    r"il\s+suo",
    r"la\s+sua",
)
SPEAKING_BODIES = (
    "azienda",
    "società",
    "compagnia",
    "gruppo",
    "agenzia",
    "ministero",
    "dipartimento",
    "governo",
    "ufficio",
    "organizzazione",
    "comunicato",
    "nota",
    "portavoce",
    "banca",
    "operatore",
    "autorità",
    "servizio",
    "consiglio",
    "comitato",
    "partito",
    "ambasciata",
    "polizia",
    "esercito",
    "tribunale",
    "giornale",
    "emittente",
)
"""Nouns for an organisation or its statement, which speak for the organisation named last
("the company said", "el comunicado afirma"; see `Lexicon.speaking_bodies`)."""
PRONOUNS = (
    "lui",
    "lei",
    "loro",
    "egli",
)
SINCE_WORDS = frozenset("dal dalla dallo dall da".split())
UNTIL_WORDS = frozenset("fino al alla entro".split())
"""Words before a date that say a state or a first has lasted since then ("the first cut
since September 2019")."""
CLAUSE_WORDS = frozenset(
    "mentre quando dove perché poiché sebbene benché ma cui quale quali".split()
)
"""Words opening another clause (a relative, a contrast, a time or a reason): the words
beyond them describe another event."""
COMPLEMENTIZERS = ("che",)

COUNT_LEADS = {
    r"bilancio(?:\s+(?:provvisorio|delle\s+vittime))?": "morti",
    r"numero\s+(?:dei|delle)\s+(?:morti|vittime)": "morti",
    r"numero\s+dei\s+feriti": "feriti",
    r"numero\s+dei\s+dispersi": "dispersi",
}
"""Phrases naming what a figure further on counts (see `Lexicon.count_leads`)."""
COUNT_TAILS = {
    r"(?:sono\s+stati|sono\s+state|furono)\s+(?:abbattuti|abbattute|intercettati|intercettate|distrutti|distrutte)": "intercepted",
    r"(?:(?:di\s+cui|dei\s+quali)\s+)?(?:(?:sono|erano)\s+)?(?:in\s+(?:gravi\s+condizioni|condizioni\s+(?:gravi|critiche)|gravissime\s+condizioni)|gravi)": "critical",
    r"(?:sono|erano)\s+(?:rimast[ie]\s+|stat[ie]\s+)?ferit[ie]|rimasero\s+ferit[ie]|furono\s+ferit[ie]": "ferito",
    r"(?:sono|erano)\s+mort[ie]|morirono": "morto",
}
"""Phrases after a bare figure saying what it counts (see `Lexicon.count_tails`)."""
COUNT_LINKS = ("a", "di", "oltre", "raggiungere", "raggiunto", "superare", "superato")
COUNT_VERBS: dict[str, str] = {
    r"altri|altre": "persona",
}

FRACTIONS = {
    r"un\s+quarto\s+(?:di|del|della|dei|delle|dell['’])": 25.0,
    r"un\s+terzo\s+(?:di|del|della|dei|delle|dell['’])": 33.3,
    r"due\s+terzi\s+(?:di|del|della|dei|delle|dell['’])": 66.7,
    r"tre\s+quarti\s+(?:di|del|della|dei|delle|dell['’])": 75.0,
    r"la\s+metà\s+(?:di|del|della|dei|delle|dell['’])": 50.0,
    r"un\s+quinto\s+(?:di|del|della|dei|delle|dell['’])": 20.0,
}
"""Fractions of a whole and the word after them (see `Lexicon.fractions`)."""

FURNITURE = {
    "caption": (
        "in questa foto",
        "in questa immagine",
        "in questa fotografia",
        "foto d'archivio",
        "foto d’archivio",
        "immagine d'archivio",
        "immagine d’archivio",
        "veduta aerea di",
        "una veduta aerea di",
        "vista aerea di",
        "immagine satellitare di",
    ),
    "teaser": (
        "leggi anche", "leggi di più", "per saperne di più", "potrebbe interessarti", "articoli correlati", "approfondisci",
        "vedi anche", "i più letti", "leggi l'articolo", "guarda anche",
        "ti potrebbe interessare", "ti potrebbero interessare", "potrebbe interessarti anche",
        "ti consigliamo",
    ),
    "credit": (
        "e agenzie",
        "foto:", "foto", "immagine:", "fonte:", "redazione", "credit:", "video:",
        "dal nostro corrispondente", "dalla nostra corrispondente", "dal nostro inviato",
        "dalla nostra inviata",
    ),
    "notice": (
        "nota della redazione", "iscriviti", "tutti i diritti riservati", "pubblicità",
        "utilizziamo i cookie", "segui il canale", "unisciti al canale",
    ),
    "label": (
        "condividi", "home", "esteri", "cronaca", "politica", "economia", "fonti",
        "precedente", "successivo", "commenti",
    ),
    "stamp": ("pubblicato", "aggiornato", "pubblicato il", "aggiornato il"),
}  # fmt: skip
"""Page-furniture cues by shape (see `Lexicon.furniture`)."""

LEXICON = Lexicon(
    code="it",
    months=MONTHS,
    weekdays=WEEKDAYS,
    small_numbers=SMALL_NUMBERS,
    time_units=TIME_UNITS,
    deictic=DEICTIC,
    periods=PERIODS,
    weekday_relations=WEEKDAY_RELATIONS,
    date_prepositions=DATE_PREPOSITIONS,
    country_prepositions=r"negli|nella|nello|nel|nei|in",
    month_prepositions=r"a|in|da|dal|nel|fino\s+a|entro|durante",
    year_range_from=r"dal|tra\s+il|fra\s+il",
    year_range_to=r"al|e\s+il|fino\s+al",
    decade_phrase=DECADE_PHRASE,
    weekday_before=WEEKDAY_BEFORE,
    weekday_after=WEEKDAY_AFTER,
    ago_after=AGO_AFTER,
    day_articles=DAY_ARTICLES,
    ordinal_suffix=ORDINAL_SUFFIX,
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
    count_leads=COUNT_LEADS,
    count_links=COUNT_LINKS,
    count_beyond=frozenset("oltre superare superato".split()),
    count_verbs=COUNT_VERBS,
    count_tails=COUNT_TAILS,
    count_articles=r"il|i|gli|le|la|lo",
    noun_numbers=frozenset({"venti"}),
    fractions=FRACTIONS,
)
