"""English: the words extraction reads in English texts."""

from __future__ import annotations

from factcheck.lang import Lexicon

MONTHS = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
    "Jan.": 1,
    "Jan": 1,
    "Feb.": 2,
    "Feb": 2,
    "Mar.": 3,
    "Apr.": 4,
    "Apr": 4,
    "Jun.": 6,
    "Jul.": 7,
    "Aug.": 8,
    "Aug": 8,
    "Sept.": 9,
    "Sept": 9,
    "Sep.": 9,
    "Oct.": 10,
    "Oct": 10,
    "Nov.": 11,
    "Nov": 11,
    "Dec.": 12,
    "Dec": 12,
}
WEEKDAYS = {
    "Monday": 0,
    "Tuesday": 1,
    "Wednesday": 2,
    "Thursday": 3,
    "Friday": 4,
    "Saturday": 5,
    "Sunday": 6,
}
SMALL_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
TIME_UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}
DEICTIC = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "last night": -1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
PERIODS: dict[str, tuple[int, str]] = {}
WEEKDAY_RELATIONS = {
    "last": "last",
    "past": "last",
    "this past": "last",
    "next": "next",
    "coming": "next",
    "this coming": "next",
    "this": "this",
    "on": "on",
}
STOPWORDS = frozenset(
    """a about according after again all also an and any are as at be been before being both but by can could did do does down each few for from further had has have he her here him his how i if in into is it its just may me might more most must my no not of off on once only onto or other our out over own per said same say says shall she should since so some such than that the their them then there these they this those to told too under up us very was we were what when where which while who whom whose why will with would you your""".split()
)
# Date grammar (the month-first grammar of the date kind)
DATE_PREPOSITIONS = r"in|since|during|throughout|from|until|till|by|before|after|around|circa|of"
DECADE_PHRASE = (
    r"(?:(?i:the)\s+)?(?:(?P<part>(?i:early|mid|late))[\s-]+)?(?P<dec>(?:1[5-9]|20)\d0)[’']?s\b"
)
WEEKDAY_BEFORE = r"this\s+past|this\s+coming|on|last|next|this|coming|past"
AGO_AFTER = "ago"
DAY_ARTICLES = "the"
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"
DATE_TRIGGERS = ("day", "night", "tomorrow", "week", "month", "year", "ago", "morning", "afternoon",
                 "evening", "century", "spring", "summer", "autumn", "fall", "winter")  # fmt: skip
EVERY_WORDS = frozenset({"every", "each"})
HOLIDAY_PREFIXES = frozenset({"good", "black", "super", "ash", "holy", "bloody", "cyber", "maundy",
                              "palm", "easter", "shrove", "giving"})  # fmt: skip
YEAR_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this",
                              "that", "whose"})  # fmt: skip
FUTURE_MARKERS = (
    r"\b(?:will|shall|won't|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|poised|"
    r"going)\s+to|plans?\s+to|planned\s+(?:for|to)|scheduled\s+for|to\s+be\s+held|upcoming|"
    r"next)\b|'ll\b"
)

QUOTE_VERBS = (
    "said",
    "says",
    "added",
    "adds",
    "wrote",
    "writes",
    "told\\s+[\\w\\s]{1,30}?",
    "stated",
    "declared",
    "noted",
    "explained",
    "insisted",
    "warned",
    "argued",
    "asked",
    "replied",
    "tweeted",
    "posted",
    "continued",
    "concluded",
    "remarked",
    "stressed",
    "emphasi[sz]ed",
    "acknowledged",
    "admitted",
    "announced",
    "claimed",
    "urged",
    "recalled",
    "recounted",
    "described",
)
QUOTE_SOURCES = (r"according\s+to",)
DETERMINERS = ("the", "a", "an", "his", "her", "their", "its")
SPEAKING_BODIES = (
    "company",
    "firm",
    "group",
    "agency",
    "ministry",
    "department",
    "government",
    "office",
    "organisation",
    "organization",
    "statement",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "bank",
    "operator",
    "authority",
    "authorities",
    "service",
    "council",
    "committee",
    "party",
    "militia",
    "club",
    "federation",
    "union",
    "embassy",
    "police",
    "army",
    "military",
    "court",
    "regulator",
    "airline",
    "carrier",
    "newspaper",
    "broadcaster",
)
"""Nouns for an organisation or its statement, which speak for the organisation named last
("the company said", "el comunicado afirma"; see `Lexicon.speaking_bodies`)."""
PRONOUNS = ("he", "she", "they")
SINCE_WORDS = frozenset("since".split())
UNTIL_WORDS = frozenset("until till through".split())
"""Words before a date that say a state or a first has lasted since then ("the first cut
since September 2019")."""
CLAUSE_WORDS = frozenset("as while whereas which who whom because although but when where".split())
"""Words opening another clause (a relative, a contrast, a time or a reason): the words
beyond them describe another event."""
COMPLEMENTIZERS = ("that",)

COUNT_LEADS = {
    r"death\s+toll": "death",
    r"(?:the|a|its|their)\s+toll": "death",
    r"number\s+of\s+(?:dead|deaths|fatalities|victims|people\s+killed)": "death",
    r"number\s+of\s+(?:injured|wounded|injuries|people\s+injured)": "injured",
    r"number\s+of\s+(?:missing|people\s+missing)": "missing",
    r"(?:crowd|attendance)": "spectator",
}
"""Phrases naming what a figure further on counts (see `Lexicon.count_leads`)."""
COUNT_TAILS = {
    r"(?:(?:were|have\s+been|had\s+been|was)\s+)(?:shot\s+down|intercepted|downed|destroyed\s+in\s+flight)": "intercepted",
    r"(?:of\s+(?:them|the\s+(?:wounded|injured|victims|hospitali[sz]ed|survivors))\s+)?"
    r"(?:(?:are|were|remain|remained|is|was)\s+)?in\s+(?:a\s+)?(?:critical|serious|grave|severe)\s+condition": "critical",
    r"(?:were|have\s+been|had\s+been)\s+(?:injured|wounded|hurt)": "injured",
    r"died|have\s+died|had\s+died|were\s+killed|have\s+been\s+killed": "death",
}
"""Phrases after a bare figure saying what it counts (see `Lexicon.count_tails`)."""
COUNT_LINKS = (
    "of",
    "to",
    "at",
    "reached",
    "hit",
    "topped",
    "passed",
    "exceeded",
    "surpassed",
    "past",
    "above",
    "is",
    "was",
)
COUNT_VERBS: dict[str, str] = {
    r"killed|killing|kills": "person",
    r"injured|injuring|injures|wounded|wounding|wounds": "person",
    r"rescued|evacuated|displaced|arrested|detained|hospitali[sz]ed": "person",
}

FRACTIONS = {
    r"(?:a|one)\s+quarter\s+of": 25.0,
    r"(?:a|one)\s+third\s+of": 33.3,
    r"two[\s-]thirds\s+of": 66.7,
    r"three[\s-]quarters\s+of": 75.0,
    r"half\s+of": 50.0,
    r"(?:a|one)\s+fifth\s+of": 20.0,
    r"(?:a|one)\s+tenth\s+of": 10.0,
}
"""Fractions of a whole and the word after them (see `Lexicon.fractions`)."""

FURNITURE = {
    "caption": (
        "in this photo",
        "in this aerial photo",
        "in this handout photo",
        "in this file photo",
        "in this image",
        "in this picture",
        "in this video grab",
        "in this screen grab",
        "in this satellite image",
        "file photo",
        "a view of",
        "an aerial view of",
        "aerial view of",
        "a general view of",
        "a satellite image of",
        "a satellite view of",
        "a google earth view of",
        "satellite image of",
        "image caption",
        "photo caption",
    ),
    "teaser": (
        "also read", "read more about", "further reading", "read more", "read also", "related", "related articles",
        "related stories", "recommended", "more on this story", "see also", "watch:",
        "trending", "most read", "you may also like", "more from", "latest news",
        "the latest:", "more stories", "read next", "read this next", "up next",
    ),
    "credit": (
        "staff and agencies",
        "photo:", "photo by", "photo supplied by", "photo credit", "photograph:",
        "photos:", "image:", "image credit", "images:", "credit:", "file photo",
        "in this photo", "in this aerial photo", "in this file photo", "in this image",
        "this file photo", "this photo", "pictured:", "getty images", "staff writer",
        "staff writers", "staff reporter", "reporting by", "writing by", "editing by",
        "additional reporting", "compiled by", "source:", "sources:", "video:",
        "go to the mediabank",
    ),
    "notice": (
        "editor's note", "editor’s note", "this article has been updated",
        "a version of this article appears in print",
        "join our whatsapp channel", "follow us on whatsapp",
        "this story has been updated", "is regularly updated", "is being updated",
        "powered by automated translation", "thank you for reading",
        "don't forget to subscribe", "don’t forget to subscribe", "we use cookies",
        "accept cookies", "all rights reserved", "sign up for", "advertisement",
        "this is a developing story", "this story is developing", "our standards:",
        "trust principles", "notifications in the", "download the app", "download our app",
    ),
    "label": (
        "share", "share this", "menu", "close", "home", "news", "business", "world",
        "international", "politics", "sources", "next", "previous", "comments", "print",
        "email", "tweet", "listen", "more", "array", "undefined", "null", "live",
        "breaking news", "top stories", "opinion", "sports", "video", "photos", "gallery",
    ),
    "stamp": ("published", "updated", "last updated", "posted", "first published", "modified"),
}  # fmt: skip
"""Page-furniture cues by shape (see `Lexicon.furniture`)."""

LEXICON = Lexicon(
    code="en",
    months=MONTHS,
    weekdays=WEEKDAYS,
    small_numbers=SMALL_NUMBERS,
    time_units=TIME_UNITS,
    deictic=DEICTIC,
    periods=PERIODS,
    weekday_relations=WEEKDAY_RELATIONS,
    date_prepositions=DATE_PREPOSITIONS,
    country_prepositions=r"in(?:\s+the)?",
    decade_phrase=DECADE_PHRASE,
    weekday_before=WEEKDAY_BEFORE,
    ago_after=AGO_AFTER,
    day_articles=DAY_ARTICLES,
    ordinal_suffix=ORDINAL_SUFFIX,
    names_as_written=True,
    month_first=True,
    date_triggers=DATE_TRIGGERS,
    every_words=EVERY_WORDS,
    holiday_prefixes=HOLIDAY_PREFIXES,
    year_determiners=YEAR_DETERMINERS,
    future_markers=FUTURE_MARKERS,
    stopwords=STOPWORDS,
    quote_verbs=QUOTE_VERBS,
    quote_sources=QUOTE_SOURCES,
    determiners=DETERMINERS,
    speaking_bodies=SPEAKING_BODIES,
    pronouns=PRONOUNS,
    complementizers=COMPLEMENTIZERS,
    clause_words=CLAUSE_WORDS,
    since_words=SINCE_WORDS,
    until_words=UNTIL_WORDS,
    night_before=("overnight into", "overnight to", "the night to", "the night into"),
    count_leads=COUNT_LEADS,
    count_links=COUNT_LINKS,
    count_beyond=frozenset("exceeded topped passed surpassed past above".split()),
    count_verbs=COUNT_VERBS,
    count_tails=COUNT_TAILS,
    fractions=FRACTIONS,
    furniture=FURNITURE,
)
