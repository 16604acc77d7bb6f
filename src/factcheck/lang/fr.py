"""French: the words extraction reads in French texts."""

from __future__ import annotations

from factcheck.lang import Lexicon

MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "janv.": 1,
    "févr.": 2,
    "avr.": 4,
    "juil.": 7,
    "sept.": 9,
    "oct.": 10,
    "nov.": 11,
    "déc.": 12,
}
WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}
SMALL_NUMBERS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
}
TIME_UNITS = {
    "jour": "day",
    "jours": "day",
    "semaine": "week",
    "semaines": "week",
    "mois": "month",
    "an": "year",
    "ans": "year",
    "année": "year",
    "années": "year",
}
DEICTIC = {
    "aujourd'hui": 0,
    "hier": -1,
    "demain": 1,
    "avant-hier": -2,
    "après-demain": 2,
    "ce matin": 0,
    "ce soir": 0,
    "cet après-midi": 0,
}
PERIODS: dict[str, tuple[int, str]] = {
    "cette année": (0, "year"),
    "l'année dernière": (-1, "year"),
    "l'an dernier": (-1, "year"),
    "l'an passé": (-1, "year"),
    "l'année prochaine": (1, "year"),
    "l'an prochain": (1, "year"),
    "cette semaine": (0, "week"),
    "la semaine dernière": (-1, "week"),
    "la semaine prochaine": (1, "week"),
    "ce mois-ci": (0, "month"),
    "le mois dernier": (-1, "month"),
    "le mois prochain": (1, "month"),
}
WEEKDAY_RELATIONS = {"dernier": "last", "prochain": "next", "ce": "this"}

# Date grammar
DATE_PREPOSITIONS = r"en|depuis|dès|jusqu['’]en|avant|après"
DECADE_PHRASE = r"(?i:(?:les\s+)?années\s+(?P<dec>(?:19|20)?\d0)\b)"
WEEKDAY_BEFORE = r"ce"
WEEKDAY_AFTER = r"dernier|prochain"
AGO_BEFORE = r"il\s+y\s+a"
DAY_ARTICLES = "le|el|il"
"""Read before a day of the month in French, Spanish, Italian and Portuguese alike."""
ORDINAL_SUFFIX = r"(?:er|e)?"
EVERY_WORDS = frozenset({"chaque"})
YEAR_DETERMINERS = frozenset({"le", "la"})
FUTURE_MARKERS = (
    r"\b(?:va|vont|sera|seront|attendue?s?|prévoi(?:t|ent)|prochaine?|doit|doivent|devrait|"
    r"devraient|aura|auront|fera|feront|[a-zà-ÿ]{2,}(?:era|eront|iront))\b"
)

QUOTE_VERBS = (
    "déclare",
    "dit",
    "affirme",
    "ajoute",
    "explique",
    "indique",
    "souligne",
    "précise",
    "assure",
    "estime",
    "écrit",
    "annonce",
    "avertit",
    "rappelle",
    "insiste",
    "confie",
    "raconte",
    "martèle",
    "lance",
    "commente",
    "reconnaît",
    "prévient",
    "résume",
    "poursuit",
    "conclut",
    "déclara",
    "dit",
    "affirma",
    "ajouta",
    "expliqua",
    r"(?:a|ont|avait|avaient|a-t-(?:il|elle)|ont-(?:ils|elles))\s+(?:déclaré|dit|affirmé|ajouté|expliqué|indiqué|souligné|précisé|assuré|estimé|écrit|annoncé|averti|rappelé|insisté|confié|raconté|martelé|lancé|commenté|reconnu|tweeté|prévenu|résumé|poursuivi|conclu)",
    "a décrit",
    "a raconté",
)
"""Verbs of saying that attribute a quotation (see `Lexicon.quote_verbs`)."""
QUOTE_SOURCES = (
    "selon",
    "d['’]après",
    r"aux\s+dires\s+de",
)
DETERMINERS = (
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "son",
    "sa",
    "ses",
    "leur",
)
SPEAKING_BODIES = (
    "entreprise",
    "société",
    "compagnie",
    "firme",
    "groupe",
    "agence",
    "ministère",
    "département",
    "gouvernement",
    "bureau",
    "organisation",
    "communiqué",
    "déclaration",
    "porte-parole",
    "banque",
    "opérateur",
    "autorité",
    "autorités",
    "service",
    "conseil",
    "comité",
    "parti",
    "ambassade",
    "police",
    "armée",
    "tribunal",
    "cour",
    "journal",
    "chaîne",
)
"""Nouns for an organisation or its statement, which speak for the organisation named last
("the company said", "el comunicado afirma"; see `Lexicon.speaking_bodies`)."""
PRONOUNS = (
    "il",
    "elle",
    "ils",
    "elles",
)
SINCE_WORDS = frozenset("depuis".split())
UNTIL_WORDS = frozenset("jusqu jusqu'au jusqu'en jusqu’au jusqu’en".split())
"""Words before a date that say a state or a first has lasted since then ("the first cut
since September 2019")."""
CLAUSE_WORDS = frozenset(
    "tandis lorsque lorsqu quand où parce puisque mais qui dont lequel laquelle lesquels".split()
)
"""Words opening another clause (a relative, a contrast, a time or a reason): the words
beyond them describe another event."""
COMPLEMENTIZERS = (
    "que",
    "qu'",
    "qu’",
)

COUNT_LEADS = {
    r"bilan(?:\s+humain)?(?:\s+provisoire)?": "mort",
    r"nombre\s+(?:de|des)\s+(?:morts|décès|victimes|tués)": "mort",
    r"nombre\s+(?:de|des)\s+blessés": "blessé",
    r"nombre\s+(?:de|des)\s+disparus": "disparu",
}
"""Phrases naming what a figure further on counts (see `Lexicon.count_leads`)."""
COUNT_TAILS = {
    r"(?:ont\s+été|avaient\s+été|sont)\s+(?:abattus|abattues|interceptés|interceptées|détruits|détruites)": "intercepted",
    r"(?:d['’]entre\s+(?:eux|elles)\s+)?(?:(?:sont|étaient|seraient|se\s+trouvent|se\s+trouveraient)\s+)?(?:dans\s+un\s+état\s+(?:grave|critique)|grièvement\s+blessée?s?|en\s+urgence\s+absolue)": "critical",
    r"(?:ont\s+été|sont|étaient|avaient\s+été)\s+blessée?s": "blessé",
    r"(?:sont|étaient)\s+morte?s|ont\s+péri|sont\s+décédée?s": "mort",
}
"""Phrases after a bare figure saying what it counts (see `Lexicon.count_tails`)."""
COUNT_LINKS = ("à", "de", "atteint", "atteindre", "dépasse", "dépasser", "les")
COUNT_VERBS: dict[str, str] = {}

FRACTIONS = {
    r"(?:un|le)\s+quart\s+(?:de|d['’]|du|des)": 25.0,
    r"(?:un|le)\s+tiers\s+(?:de|d['’]|du|des)": 33.3,
    r"(?:les\s+)?deux\s+tiers\s+(?:de|d['’]|du|des)": 66.7,
    r"(?:les\s+)?trois\s+quarts\s+(?:de|d['’]|du|des)": 75.0,
    r"la\s+moitié\s+(?:de|d['’]|du|des)": 50.0,
    r"(?:un|le)\s+cinquième\s+(?:de|d['’]|du|des)": 20.0,
}
"""Fractions of a whole and the word after them (see `Lexicon.fractions`)."""

FURNITURE = {
    "caption": (
        "sur cette photo",
        "sur cette image",
        "sur cette photographie",
        "photo d'archive",
        "photo d’archive",
        "image d'archive",
        "image d’archive",
        "vue aérienne de",
        "une vue aérienne de",
        "vue générale de",
        "image satellite de",
    ),
    "teaser": (
        "lire aussi", "lire plus", "à lire aussi", "a lire aussi", "lire la suite", "voir aussi",
        "sur le même sujet", "à voir aussi", "les plus lus", "en savoir plus",
        "à lire également", "lire également", "à découvrir", "vous pourriez aussi aimer",
        "ces articles pourraient vous intéresser",
    ),
    "credit": (
        "et agences",
        "photo :", "photo:", "crédit photo", "crédits photo", "crédit :", "image illustrative",
        "source :", "source:", "sources :", "reportage", "par la rédaction", "la rédaction",
        "vidéo :", "de notre correspondant", "de notre correspondante",
        "de notre envoyé spécial", "de notre envoyée spéciale",
    ),
    "notice": (
        "note de la rédaction", "est régulièrement mis à jour", "mis à jour régulièrement",
        "abonnez-vous", "tous droits réservés", "publicité", "nous utilisons des cookies",
        "rejoignez notre chaîne",
    ),
    "label": (
        "partager", "modifier", "jour précédent", "jour suivant", "accueil", "sources",
        "publicité", "international", "monde", "économie", "politique", "précédent",
        "suivant", "commentaires",
    ),
    "stamp": ("publié le", "publié", "mis à jour le", "mis à jour", "modifié le"),
}  # fmt: skip
"""Page-furniture cues by shape (see `Lexicon.furniture`)."""

LEXICON = Lexicon(
    code="fr",
    months=MONTHS,
    weekdays=WEEKDAYS,
    small_numbers=SMALL_NUMBERS,
    time_units=TIME_UNITS,
    deictic=DEICTIC,
    periods=PERIODS,
    weekday_relations=WEEKDAY_RELATIONS,
    date_prepositions=DATE_PREPOSITIONS,
    country_prepositions=r"en|aux|au",
    month_prepositions=r"en|depuis|dès|jusqu['’]en|durant",
    year_range_from=r"de|entre|depuis",
    year_range_to=r"à|a|et|jusqu['’]en",
    decade_phrase=DECADE_PHRASE,
    weekday_before=WEEKDAY_BEFORE,
    weekday_after=WEEKDAY_AFTER,
    ago_before=AGO_BEFORE,
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
    count_beyond=frozenset("dépasse dépasser".split()),
    count_verbs=COUNT_VERBS,
    count_tails=COUNT_TAILS,
    count_articles=r"les|le|la",
    noun_numbers=frozenset({"neuf"}),
    fractions=FRACTIONS,
)
