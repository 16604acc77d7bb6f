"""The language layer: one lexicon per language, and the locale of an article.

Words live here, not in the kinds: `factcheck/lang/<code>.py` holds one language's lexicon
(month and weekday names, small number words, time units, words for days and periods
relative to publication, the words of its date grammar, stop-words, quote verbs), built as a `Lexicon`. Adding a language
is one such module plus corpus lines. Currencies, read the same way in every language, are
in `factcheck.lang.currencies`.

A `Locale` is parsed once per article (`fr`, `fr-FR`, `fr_FR` and `FR-fr` are one language);
whether all-numeric dates read day first is a locale property (en-US: month first).
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import Mapping
from functools import lru_cache

LANGUAGES: tuple[str, ...] = ("en", "es", "it", "fr", "de", "pt")
"""Languages with a lexicon module, in the order their tables are read."""
DEFAULT_LANGUAGE = "en"
"""The language read when a text's language has no lexicon, and the language glosses translate
into."""

_TAG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_]([A-Za-z0-9]{2,8}))?")
_MONTH_FIRST = frozenset({("en", "US"), ("en", "PH")})
"""Locales writing all-numeric dates month first (06/07/2024 is June 7)."""


@dataclasses.dataclass(frozen=True, slots=True)
class Locale:
    """An article's language and region, parsed from a tag such as "fr", "fr-FR" or "fr_FR"."""

    language: str
    """ISO 639 code, lower case ("fr"); "und" when the tag is not a language tag."""
    region: str | None = None
    """Region subtag, upper case ("FR"), if the tag names one."""

    @classmethod
    def parse(cls, tag: str) -> Locale:
        """The locale of a language tag; separators `-` and `_` and letter case do not matter."""
        return _parse(tag)

    @property
    def tag(self) -> str:
        """The canonical tag ("fr-FR", "en")."""
        return f"{self.language}-{self.region}" if self.region else self.language

    @property
    def day_first(self) -> bool:
        """Whether all-numeric dates read day first: everywhere but US (and Philippine)
        English; plain "en" reads month first like the US, as news wires do."""
        if self.language == "en":
            return self.region is not None and (self.language, self.region) not in _MONTH_FIRST
        return True

    def lexicon(self) -> Lexicon:
        """This language's lexicon (English when there is none)."""
        return lexicon(self.language)


@lru_cache(maxsize=256)
def _parse(tag: str) -> Locale:
    m = _TAG.match(tag or "")
    if m is None:
        return Locale("und")
    region = m.group(2)
    return Locale(m.group(1).lower(), region.upper() if region else None)


def base_language(tag: str) -> str:
    """The language part of a tag, lower case ("fr_FR" → "fr")."""
    return _parse(tag).language


@dataclasses.dataclass(frozen=True, slots=True)
class Lexicon:
    """The words of one language that extraction reads. Every table is optional."""

    code: str
    months: Mapping[str, int] = dataclasses.field(default_factory=dict)
    """Month names and abbreviations, as written, to month numbers."""
    weekdays: Mapping[str, int] = dataclasses.field(default_factory=dict)
    """Weekday names, as written, to 0 (Monday) … 6."""
    small_numbers: Mapping[str, int] = dataclasses.field(default_factory=dict)
    """Number words counting days, weeks, months or years ("three weeks ago")."""
    time_units: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Words for day, week, month, year (singular and plural) to the unit."""
    deictic: Mapping[str, int] = dataclasses.field(default_factory=dict)
    """Words for a day relative to publication ("yesterday"), with the offset in days."""
    periods: Mapping[str, tuple[int, str]] = dataclasses.field(default_factory=dict)
    """Fixed phrases for this / last / next week, month or year, with offset and unit."""
    weekday_relations: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Words around a weekday name choosing the occurrence: last, next, this or on."""
    date_prepositions: str = ""
    """Words before a year that make it a date ("in", "desde", "im Jahr(?:e)?"; regex
    alternatives)."""
    country_prepositions: str = ""
    """Words before a country's name that place a figure in it ("in", "en", "au", "in der",
    "na"; regex alternatives, longest first)."""
    month_prepositions: str = ""
    """Words before a month name without a year that make it a date ("en marzo", "im Mai",
    "a maggio"; regex alternatives). English months have a grammar of their own."""
    decade_phrase: str = ""
    """A decade ("the 1950s", "los años 80"): a regex with its own case flags, the group `dec`
    (the decade's first year, in two or four digits) and optionally `part` (early, mid or
    late)."""
    weekday_before: str = ""
    """Words before a weekday name choosing the occurrence ("last", "el pasado", "letzten";
    regex alternatives, each a `weekday_relations` word)."""
    weekday_after: str = ""
    """Words after a weekday name choosing the occurrence ("pasado", "prochain"; regex
    alternatives, each a `weekday_relations` word)."""
    ago_before: str = ""
    """The word before a count of time units back from publication ("hace", "il y a", "vor";
    regex)."""
    ago_after: str = ""
    """The word after a count of time units back from publication ("ago", "fa"; regex); read
    when `ago_before` is empty."""
    day_articles: str = ""
    """Words before a day of the month ("the", "el", "am"; regex alternatives)."""
    ordinal_suffix: str = ""
    """What may follow the number of a day of the month ("(?:st|nd|rd|th)?", "(?:er|e)?";
    regex)."""
    day_month_word: str = ""
    """The word joining a day to its month and the month to its year ("de" in "20 de junio de
    2024")."""
    year_range_from: str = ""
    """The word opening a span of years ("de", "von", "dal", "entre"; regex alternatives)."""
    year_range_to: str = ""
    """The word joining its two years ("à", "bis", "al", "y"; regex alternatives): "de 1985 à
    1995", "von 1985 bis 1995", "tra il 1985 e il 1995"."""
    day_dot: bool = False
    """Whether a day of the month is written as an ordinal number with a full stop ("7. Oktober
    2023")."""
    names_as_written: bool = False
    """Whether month and weekday names are read only as written (capitalised), not in any
    case."""
    deictic_as_written: frozenset[str] = frozenset()
    """`deictic` words read only as written ("morgen" is tomorrow, "Morgen" morning)."""
    month_first: bool = False
    """Whether dates in words may name the month before the day ("June 20, 2024"): such a
    language is read with the date kind's month-first grammar, which also reads ordinal days,
    seasons, centuries, parts of years and days relative to an event (in English words)."""
    date_triggers: tuple[str, ...] = ()
    """Words the date scanner's prefilter looks for besides digits and month and weekday
    names (plus, outside the month-first grammar, the `deictic` words and `time_units`)."""
    every_words: frozenset[str] = frozenset()
    """Lower-case words before a weekday making it a habit, not a date ("every", "cada")."""
    holiday_prefixes: frozenset[str] = frozenset()
    """Lower-case words before a weekday naming a holiday, not a date ("good" in "Good
    Friday")."""
    year_determiners: frozenset[str] = frozenset()
    """Lower-case articles and possessives that make a bare year after them a date ("the 2017
    visit", "el 2017")."""
    future_markers: str = ""
    """Future tense or a plan in the words before a weekday or month, which is then read
    forward ("will", "wird", "va a"; a regex searched in any case, with its own word
    boundaries)."""
    stopwords: frozenset[str] = frozenset()
    """Function words that carry no content for alignment."""
    quote_verbs: tuple[str, ...] = ()
    """Verbs of saying that attribute a quotation (regex alternatives, compound tenses spelled
    out: "ha detto", "a déclaré", "a-t-il déclaré")."""
    quote_sources: tuple[str, ...] = ()
    """Words opening the source of a statement ("according to", "según"; regex alternatives)."""
    determiners: tuple[str, ...] = ()
    """Articles and possessives opening a description of a speaker ("the", "el", "der")."""
    speaking_bodies: tuple[str, ...] = ()
    """Nouns for an organisation or its statement ("company", "statement", "comunicado"):
    "the company said" quotes the organisation named last."""
    pronouns: tuple[str, ...] = ()
    """Subject pronouns of a speaker ("he", "ella", "er"); the speaker is the person named last."""
    complementizers: tuple[str, ...] = ()
    """The word opening reported speech after a verb of saying ("that", "que", "dass")."""
    clause_words: frozenset[str] = frozenset()
    """Lower-case words opening another clause ("while", "mientras", "während", "cui")."""
    since_words: frozenset[str] = frozenset()
    """Lower-case words before a date counting from it ("since", "desde", "seit")."""
    until_words: frozenset[str] = frozenset()
    """Lower-case words before a date something lasts until ("until", "hasta", "bis")."""
    night_before: tuple[str, ...] = ()
    """Lower-case words right before a weekday naming the night that leads into it ("in der
    Nacht zum Samstag", "overnight into Saturday"): that night spans the day before too."""
    count_leads: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Phrases naming what a figure further on counts (regex → unit lemma: "death toll" →
    "death" in "the death toll rose to 2,012"); a `count_links` word stands right before it."""
    count_links: tuple[str, ...] = ()
    """Words joining a `count_leads` phrase to its figure ("of", "to", "a", "auf"; regex)."""
    count_beyond: frozenset[str] = frozenset()
    """Lower-case `count_links` words saying the figure is passed, so the count is more than
    it ("the death toll exceeded 2,000", "le bilan dépasse 2 000")."""
    noun_numbers: frozenset[str] = frozenset()
    """Number words that are also common nouns ("venti": twenty and winds; "sete": seven and
    thirst): a count only before a word the concept tables know ("venti persone", not "venti
    forti")."""
    count_articles: str = ""
    """Definite articles between a figure and what it counts ("eleva a 3.419 los muertos",
    "cifra en 2.000 el número de fallecidos"; regex alternatives)."""
    count_tails: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Phrases right after a figure that say what it counts when no noun does (regex → unit:
    "1,404 in critical condition", "51 dans un état grave" → "critical")."""
    fractions: Mapping[str, float] = dataclasses.field(default_factory=dict)
    """Fractions of a whole, with the word that follows them ("a quarter of", "un quart de";
    regex → percent: 25.0); a third is 33.3."""
    count_verbs: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Verbs whose object is a bare figure (regex → unit lemma: "injured 2,059" counts people)."""
    furniture: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    """Page-furniture cues by shape, plain lower-case phrases read by `factcheck.text.clean`:
    "teaser" opens a link to another story ("read also"), "credit" opens or marks a photo
    credit, caption or byline ("photo:", "reporting by"), "notice" marks an editor's note or
    a prompt ("editor's note", "subscribe"), "label" is a whole line of navigation ("share",
    "previous day"), "stamp" opens a publication or update stamp ("published"), "caption"
    opens a photo caption ("in this photo", "vue aérienne de")."""


@lru_cache(maxsize=64)
def lexicon(code: str) -> Lexicon:
    """The lexicon of a language code or tag ("fr", "fr_FR"); English when there is none."""
    language = base_language(code)
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    module = importlib.import_module(f"factcheck.lang.{language}")
    lex: Lexicon = module.LEXICON
    return lex


@lru_cache(maxsize=64)
def with_english(code: str) -> tuple[Lexicon, ...]:
    """The lexicon of a language and, for any other language, English's after it: phrases
    such as quote verbs or "the death toll rose to" are read in English in every article
    (wires quote English sources in other languages' pages too)."""
    own = lexicon(code)
    return (own,) if own.code == "en" else (own, lexicon("en"))


@lru_cache(maxsize=64)
def future_markers(codes: tuple[str, ...]) -> re.Pattern[str]:
    """The future markers of the given languages' lexicons as one case-insensitive pattern
    ("will", "wird", "prévoit", "próximo"…); a pattern matching nothing when none has any."""
    parts = [lexicon(code).future_markers for code in codes if lexicon(code).future_markers]
    return re.compile("|".join(parts) or "(?!)", re.I)


FURNITURE_LANGUAGES: tuple[str, ...] = LANGUAGES
"""Languages whose furniture cues cleaning reads (all at once: pages mix languages)."""


@lru_cache(maxsize=1)
def furniture_cues() -> dict[str, tuple[str, ...]]:
    """Every furniture cue of every language, by shape, longest first."""
    out: dict[str, set[str]] = {}
    for code in FURNITURE_LANGUAGES:
        module = importlib.import_module(f"factcheck.lang.{code}")
        for shape, cues in module.LEXICON.furniture.items():
            out.setdefault(shape, set()).update(c.lower() for c in cues)
    return {k: tuple(sorted(v, key=lambda c: (-len(c), c))) for k, v in sorted(out.items())}


__all__ = [
    "DEFAULT_LANGUAGE",
    "FURNITURE_LANGUAGES",
    "furniture_cues",
    "future_markers",
    "LANGUAGES",
    "Lexicon",
    "Locale",
    "base_language",
    "lexicon",
    "with_english",
]
