"""Frames: what a number measures, and for which period, so alignment can group claims that
state the same fact in other words or another language.

A frame has a *concept* (what is measured: people killed, injured, missing, arrested,
workers, inflation, growth, the deposit rate...) and a *scope* (the year, the month, an
earlier edition of the figure). Concepts come from a per-language lexicon of lemmas
(`data/concept_lemmas.json`) expanded to every inflected form with simplemma's dictionaries
(`data/concept_forms.json`, built by `scripts/build_concepts.py`), so "killed", "muertos",
"Tote", "morts", "morti" and "mortos" are one concept.

Two claims of one kind and one concept are one slot when their scopes are compatible (no two
different years, months or editions), whatever their wording; different concepts or
incompatible scopes never share a slot. Claims whose concept is unknown keep the kind's own
blocking and context similarity.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

from factcheck.kinds._common import compound_tail
from factcheck.kinds._numerals import SCALES
from factcheck.kinds._units import DESCRIBED_PERSON
from factcheck.lang import lexicon as lang_lexicon
from factcheck.lang.concepts import forms as concept_forms
from factcheck.lang.concepts import table as concept_table
from factcheck.lang.glosses import NEGATIONS, fold, gloss
from factcheck.lang.names import forms as names_forms
from factcheck.model import Article, Claim, Frame

AFTER_WINDOW = 6
"""Words after a number searched for what it measures."""
VERB_FINAL_WINDOW = 10
"""The same in German, whose participle closes the clause ("43.000 Menschen durch die
Überschwemmungen im Nordosten Libyens vertrieben worden")."""
BEFORE_WINDOW = 10
"""Words before a number searched for what it measures."""
SCOPE_WINDOW = 5
"""Words either side searched for a year or a month."""
ORDINAL_REACH = 3
"""Words back searched for an ordinal telling which of several like things a measure is."""
MONTH_BEHIND = 7
"""Words back searched for a month opening the clause ("Im Oktober war das Unternehmen noch
von etwa 100 Millionen Betroffenen ausgegangen")."""
POPULATION_EVENT_REACH = 4
"""Words within which an event word makes residents counted for that event."""
EXPECTED_WINDOW = 8
"""Words either side searched for a word saying the figure was foreseen ("the 180,000
economists polled by Reuters had forecast", "Volkswirte hatten im Schnitt mit 180.000 neuen
Stellen gerechnet")."""
CARRIED_KINDS = frozenset({"percent"})
"""Kinds whose claims may take their concept from the sentence before (a rate or a
projection is often resumed by "it"); a count is not (another count is often another fact)."""
FRAME_KINDS = frozenset({"count", "percent", "age", "duration", "quantity", "money"})
"""Kinds whose claims get a frame (numbers that measure something)."""
DURATION_CONCEPTS = frozenset(
    {"oxygen", "mourning", "search", "detention", "since", "shaking", "unchanged", "age"}
)
"""Concepts of the `quantities` lexicon a duration may measure."""
QUANTITY_CONCEPTS = frozenset(
    {"depth", "length", "height", "elevation", "capacity", "rainfall", "wind", "temperature"}
)
LENGTH_UNITS = frozenset({"km", "m", "mi", "ft", "yd", "nmi", "cm", "mm"})
"""Units of a length: only a length followed by a from-word is a distance ("10 °C au sommet
de la Marmolada" is a temperature)."""
"""Concepts of the `quantities` lexicon a measure with a unit may measure; a length followed
by a from-word ("900 miles off Cape Cod", "à 70 km de Marrakech") is a "distance", and a
magnitude is a "magnitude"."""
_FIRST = ("first", "primer", "premi", "erste", "prim")
"""How "first" begins in the six languages: right before a duration it opens a span of time
("the first three months"), not the time since something ("the first cut in five years")."""
PART_CONCEPTS = frozenset({"killed", "injured", "missing"})
"""Concepts of the victims a story breaks down ("Among the dead were 98 women"): a part of
them named no closer than people is its own slot."""
TOLL_CONCEPTS = frozenset({"injured"})
"""Running totals reported beside the death toll: each update of the dead brings its own
figure of the injured, so two of them belong to one update only when their death tolls
agree. (The missing and the displaced are not: their figures are often one estimate kept
through many updates of the dead.)"""
TOLL_REACH = 3
"""Sentences back searched for the death toll an injured figure is reported beside."""
TOLL_REL = 0.02
"""Death tolls within this fraction of each other are one update ("more than 2,000" and
"2,012")."""
SHARE_PRICE_LIMIT = 10_000
"""Amounts of money below this, in a sentence about shares, are a share price."""
HOLDER_REACH = 6
"""Words after a distance's from-word searched for the place it is from."""

_WORD = re.compile(
    r"\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?|(?:[^\W\d_]{1,5}['’](?=[^\W\d_]))?([^\W\d_]+(?:-[^\W\d_]+)*)|([.;:!?,])",
    re.U,
)
"""Numbers, words (an elided article or preposition dropped: "dell'inflazione" is
"inflazione") and punctuation."""
_CLAUSE_END = frozenset(".;:!?")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_SOFT_END = frozenset(",")
"""A comma ends what follows a number ("to 3.75%, and main refinancing rate to 4.25%"), not
what precedes it ("the death toll has risen to 820")."""
_EVENT_NOUNS = frozenset(
    {"person", "worker", "participant", "spectator", "child", "passenger", "crew", "times", "soldier",
     "police officer", "rescuer", "student", "migrant", "patient", "tourist", "hostage",
     "journalist", "flight", "family", "foreigner"}
)  # fmt: skip
"""Counted nouns an event word refines ("people killed", "workers missing", "soldiers
injured", "flights cancelled")."""
_YEAR = re.compile(r"(?:19|20)\d\d")
_PEOPLE_NOUNS = frozenset(
    {"person", "worker", "child", "attacker", "suspect", "passenger", "crew", "member", "soldier",
     "police officer", "rescuer", "student", "migrant", "patient", "tourist", "hostage",
     "journalist", "foreigner"}
)  # fmt: skip
"""Counted nouns that are people: an age beside one is a person's, never a slot of its own
(two people's ages are not one fact)."""


@cache
def _months(lang: str) -> dict[str, int]:
    """Lower-cased month names of `lang` -> month number."""
    return {name: int(num) for name, num in _table(lang, "months").items()}


@cache
def _weekday_day(lang: str) -> re.Pattern[str]:
    """A weekday and its day of the month in brackets ("nesta sexta-feira (24)", "na
    quarta-feira (1º)"): a date, no figure that ends a count's words."""
    days = sorted(
        {w.split("-")[0] for w in lang_lexicon(lang).weekdays} | set(lang_lexicon(lang).weekdays),
        key=len,
        reverse=True,
    )
    names = "|".join(re.escape(d) for d in days)
    return re.compile(rf"(?i:\b(?:{names}))\s*\(\d{{1,2}}º?\)" if names else r"(?!)")


def language_of(code: str) -> str:
    """Base language of a tag: "fr", "fr-FR" and "fr_FR" are all "fr"."""
    return re.split(r"[-_]", code.strip(), maxsplit=1)[0].lower() or "en"


def _table(lang: str, name: str) -> Mapping[str, str]:
    return concept_table(lang, name)


def _words(text: str, start: int, end: int) -> list[str]:
    return [(m.group(1) or m.group(0)).lower() for m in _WORD.finditer(text, start, end)]


def _is_number(word: str) -> bool:
    return word[0].isdigit() and not _YEAR.fullmatch(word)


def _reach(words: Sequence[str], limit: int, *, ahead: bool) -> list[str]:
    """The words up to `limit`, the end of the clause or the next number (not a year):
    a number's own words end where another number's begin. Looking ahead, a comma ends it too."""
    out: list[str] = []
    for word in words:
        if word in _CLAUSE_END or _is_number(word) or (ahead and word in _SOFT_END):
            break
        if word not in _SOFT_END:
            out.append(word)
            if len(out) == limit:
                break
    return out


PAIR_GAP = 2
"""Words at most between two numbers of one pair ("from 4% to 3.75%", "dal 4% al 3,75%"):
the second measures what the first does."""


_CONVERSION = re.compile(r"\s*\([^()]{1,40}\d[^()]{0,40}\)(?:,(?=\s+(?:is|was|est|era|ist|é)\b))?")
"""A measure's conversion in brackets right after it ("(10,968 feet)"): the words after it
still say what the figure measures."""
SPAN_WORDS = frozenset({"bis", "through", "until"})
"""Words joining the two years of a span besides each language's "to" words."""
SPANNED = "years"
"""What the years of a span read as: a stretch of time, no year of the figure's."""


def _without_spans(words: list[str], lang: str) -> list[str]:
    """The words with the years of a span of years ("de 1985 à 1995", "von 1985 bis 1995",
    "1985–1995") read as `SPANNED`: a figure told of that stretch ("il y accomplit deux
    mandats") is of no one year of it."""
    years = [i for i, w in enumerate(words) if _YEAR.fullmatch(w)]
    if len(years) < 2:
        return words
    joins = _table(lang, "to")
    out = list(words)
    for i, j in zip(years, years[1:], strict=False):
        between = words[i + 1 : j]
        if int(words[j]) > int(words[i]) and (
            not between or (len(between) == 1 and (between[0] in joins or between[0] in SPAN_WORDS))
        ):
            out[i] = out[j] = SPANNED
    return out


def _paired(before: Sequence[str], lang: str) -> str:
    """ "list" when a number comes at most `PAIR_GAP` words before this one, in the same
    clause, across a conjunction ("2.3 percent and 2.0 percent": both say the same of two
    things); "pair" when it comes that near without one ("from 4% to 3.75%": the second is
    where the first went); "" when none does."""
    stop, events = _table(lang, "conjunctions"), _table(lang, "events")
    joined = False
    for dist, word in enumerate((w for w in reversed(before) if w not in _SOFT_END), 1):
        if word in _CLAUSE_END or dist > PAIR_GAP + 1:
            return ""
        if _is_number(word):
            return "list" if joined else "pair"
        if word in events:
            return ""  # "killed at least 100 people, wounded more than 4,000": its own event
        joined = joined or word in stop
    return ""


SHARE_WORDS = frozenset(
    {"of", "du", "de", "des", "del", "della", "dello", "der", "do", "da", "al", "dal", "dos",
     "das", "dei", "degli", "delle"}
)  # fmt: skip
"""Words between a percentage and what it is a share of ("of GDP", "du PIB", "der
Wirtschaftsleistung")."""


def _share_of(after: Sequence[str], lang: str) -> bool:
    """Whether a percentage is a share of output ("5% of GDP"): an of-word, then a word (or
    two) of the `denominators` lexicon."""
    if len(after) < 2 or after[0] not in SHARE_WORDS:
        return False
    table = _table(lang, "denominators")
    return after[1] in table or (len(after) > 2 and f"{after[1]} {after[2]}" in table)


def _phrase_noun(
    inside: Sequence[str], after: Sequence[str], nouns: Mapping[str, str]
) -> str | None:
    """The concept of a counted noun of two words after the number ("20 crew members", "20
    membres d'équipage", "i 20 membri dell'equipaggio"), which its head alone may name
    otherwise (a member of anything)."""
    seq = [w for w in (*inside, *after[:2]) if not _is_number(w)]
    return next((nouns[p] for a, b in itertools.pairwise(seq) if (p := f"{a} {b}") in nouns), None)


def _without_denominators(words: list[str], lang: str) -> list[str]:
    """Words before a percentage without the "of GDP" of an earlier figure: what that one
    is a share of names no measure of this one ("the deficit down to 5% of GDP next year
    from an expected 6.7%" is the deficit's 6.7%, no growth)."""
    table = _table(lang, "denominators")
    drop = {i for i in range(1, len(words)) if words[i] in table and words[i - 1] in SHARE_WORDS}
    if not drop:
        return words
    return [w for i, w in enumerate(words) if i not in drop and i + 1 not in drop]


PEOPLE_SHARE = "share of people"
"""The concept of a percentage of people ("13% of patients", "cerca de 13% dos
participantes"): whoever they are, one share of the story's people."""
PEOPLE_SHARE_REACH = 3
"""Words after the of-word searched for the people a percentage is a share of."""


def _people_share(after: Sequence[str], lang: str) -> bool:
    """Whether a percentage is a share of people: an of-word ("of", "de", "der", "dos"…),
    then within `PEOPLE_SHARE_REACH` words a noun of people ("of patients", "de los
    pacientes", "der behandelten Studienteilnehmer")."""
    if not after or after[0] not in SHARE_WORDS:
        return False
    nouns = _table(lang, "nouns")
    for word in after[1 : 1 + PEOPLE_SHARE_REACH]:
        if word in _CLAUSE_END:
            return False
        noun = nouns.get(word)
        if noun is None and lang == "de":
            head = _compound_head(word, "nouns")
            noun = nouns.get(head) if head else None
        if noun is not None:
            return noun in _PEOPLE_NOUNS or noun == "participant"
    return False


COMPARISON_OPENING = 40
"""Characters at a sentence's start searched for a by-comparison phrase."""
RESPECTIVE_REACH = 12
"""Words after a number searched for the word closing its list ("respectively")."""


def _respective_year(before: Sequence[str], after: Sequence[str], lang: str) -> str | None:
    """The year a number of a list closed by "respectively" pairs with: its place in the list
    is the year's place in the list of years the sentence gives with it ("2.5 percent in
    2024 and 2.2 percent in 2025, compared to forecasts of 2.3 percent and 2.0 percent,
    respectively": 2.3 is 2024's, 2.0 is 2025's; "0,9 % et 1,4 % en 2024 et 2025
    respectivement"). None outside such a list, or when the years do not match its length."""
    closing = _table(lang, "respectively")
    later: list[str] = []
    for word in after[:RESPECTIVE_REACH]:
        if word in closing:
            break
        if word in _CLAUSE_END:
            return None
        later.append(word)
    else:
        return None
    members_after = sum(1 for w in later if _is_number(w))
    years_after = list(dict.fromkeys(w for w in later if _YEAR.fullmatch(w)))
    # the members before this one: numbers at most PAIR_GAP words apart, back to the list's start
    members_before, gap, start = 0, 0, len(before)
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        if word in _CLAUSE_END:
            break
        if _is_number(word):
            members_before, gap, start = members_before + 1, 0, i
        elif word not in _SOFT_END:
            gap += 1
            if gap > PAIR_GAP:
                break
    size = members_before + members_after + 1
    if size < 2:
        return None
    years = years_after
    if len(years) != size:
        head = before[:start]
        clause = len(head) - next(
            (k for k, w in enumerate(reversed(head)) if w in _CLAUSE_END), len(head)
        )
        years = list(dict.fromkeys(w for w in head[clause:] if _YEAR.fullmatch(w)))[-size:]
    if len(years) != size:
        return None
    return years[members_before]


COMMA_COST = 3
"""Extra distance of a word behind the number across a comma or a conjunction ("In addition
to the fatalities, 153 people were injured": "injured" is nearer than "fatalities"; "uma
pessoa morreu e dois outros ficaram gravemente feridos": "feridos" is nearer than
"morreu")."""

_Near = list[tuple[int, int, str]]
"""(distance, side, word) of the words a number reaches; side 0 is ahead, 1 behind."""


def _near(
    before: Sequence[str], after: Sequence[str], lang: str, *, ahead: int, behind: int
) -> _Near:
    """The words a number's own words may be: ahead up to the end of the clause, a comma, a
    conjunction ("2,012 people and injured 2,059") or another number; behind up to the end
    of the clause or another number, a comma counting `COMMA_COST`."""
    stop = _table(lang, "conjunctions")
    out: _Near = []
    previous: str | None = None
    for dist, word in enumerate(_reach(after, ahead, ahead=True), 1):
        if word in stop:
            break
        out.append((dist, 0, word))
        if "-" in word:  # a compound's head: "Siemens-Aktie", "third-quarter"
            out.append((dist, 0, word.rsplit("-", 1)[1]))
        if previous is not None:  # two-word lemmas ("liquidity line"), at the nearer word
            out.append((dist - 1, 0, f"{previous} {word}"))
        previous = word
    dist = taken = 0
    following: tuple[int, str] | None = None
    for word in reversed(before):
        if word in _CLAUSE_END or _is_number(word) or taken == behind:
            break
        dist += COMMA_COST if word in _SOFT_END or word in stop else 1
        if word not in _SOFT_END:
            out.append((dist, 1, word))
            if "-" in word:
                out.append((dist, 1, word.rsplit("-", 1)[1]))
            if following is not None:  # "market value was $8 billion"
                out.append((following[0], 1, f"{word} {following[1]}"))
            following = (dist, word)
            taken += 1
        else:
            following = None
    out.sort(key=_nearest_longest)
    return out


def _nearest_longest(near: tuple[int, int, str]) -> tuple[int, int, bool, str]:
    """Nearest first, ahead before behind; at one distance a two-word lemma before a word
    ("hourly earnings" is wages, "earnings" alone a company's)."""
    return near[0], near[1], " " not in near[2], near[2]


def _pick(near: _Near, test: Callable[[str], str | None], *, within: int = 10**6) -> str | None:
    """What `test` makes of the nearest word it accepts (ahead wins a tie)."""
    for dist, _, word in near:
        if dist > within:
            break
        hit = test(word)
        if hit:
            return hit
    return None


THIS_YEAR_REACH = 40
"""Characters either side of a number searched for "this year" and its translations."""


AMBIGUOUS_MONTHS = {"en": frozenset({"may", "march"})}
"""Month names that are also common words ("jobs may be cut"): a month only when written
with a capital in the words around the number."""


_RELATIVE_YEARS = (
    ("this_year", "year this"),
    ("last_year", "year last"),
    ("next_year", "year next"),
)
"""Phrases of a year told from the event's ("this year", "l'an dernier", "el próximo año")
and the scope part each gives."""


OWNED_YEAR_REACH = 4
"""Words after a figure within which a year is that figure's ("from a peak above 10 percent
in 2022 to below 3 percent", "un pico de 10,6% en octubre de 2022")."""


def _years_of_other_figures(before: Sequence[str]) -> frozenset[str]:
    """Years in the words before a number that follow another figure closely: that figure's
    year, not this one's (a year written elsewhere before it too stays)."""
    owned: set[str] = set()
    free: set[str] = set()
    for i, w in enumerate(before):
        if _YEAR.fullmatch(w):
            after_figure = any(_is_number(x) for x in before[max(0, i - OWNED_YEAR_REACH) : i])
            (owned if after_figure else free).add(w)
    return frozenset(owned - free)


def _relative_year(around: str, start: int, end: int, lang: str) -> tuple[str, int] | None:
    """(scope part, distance in words) of the relative year phrase nearest the number at
    `start:end` of `around` (lower case), a comma or semicolon costing `COMMA_COST`; a
    phrase with another figure between is that figure's ("5% of GDP next year from an
    expected 6.7% this year" puts 5% in the next year and 6.7% in this one)."""
    best: tuple[int, str] | None = None
    for table, part in _RELATIVE_YEARS:
        for phrase in _table(lang, table):
            at = around.find(phrase)
            while at >= 0:
                between = around[at + len(phrase) : start] if at < start else around[end:at]
                if not any(ch.isdigit() for ch in between):
                    gap = len(between.split()) + COMMA_COST * (
                        between.count(",") + between.count(";")
                    )
                    if best is None or gap < best[0]:
                        best = (gap, part)
                at = around.find(phrase, at + 1)
    return (best[1], best[0]) if best else None


def _scope(
    near: _Near,
    lang: str,
    relative: tuple[str, int] | None,
    *,
    year_within: int = 10**6,
    written: str = "",
    month_ahead: int = SCOPE_WINDOW,
) -> tuple[str, ...]:
    """Year, month, quarter and edition words near the number, as sorted scope parts (the
    nearest of each; a year may be further away than a month or an edition word). A year
    told from the event's (`relative`: "year this", "year last" or "year next" and its
    distance in words) wins over a written year further off; `attach_frames` turns it into
    a year."""
    months = _months(lang)
    previous, compared = _table(lang, "previous"), _table(lang, "compared")
    behind = [n for n in near if n[1] == 1]
    expected, target = _table(lang, "expected"), _table(lang, "target")
    quarter = _table(lang, "quarter")
    year = next(((d, w) for d, _, w in near if d <= year_within and _YEAR.fullmatch(w)), None)
    if relative is not None and (year is None or relative[1] < year[0]):
        year = (relative[1], relative[0].removeprefix("year "))
    parts = (
        f"year {year[1]}" if year else None,
        _pick(near, lambda w: "quarter" if w in quarter else None, within=SCOPE_WINDOW),
        _pick(
            [n for n in near if (n[1] == 1 and n[0] <= MONTH_BEHIND) or n[0] <= month_ahead],
            lambda w: f"month {months[w]}" if _month(w, months, lang, written) else None,
        ),  # fmt: skip
        _pick(near, lambda w: "previous" if w in previous else None, within=SCOPE_WINDOW)
        # "2.5% compared to 2.3%": the comparison's word marks the figure after it only
        or _pick(behind, lambda w: "previous" if w in compared else None, within=SCOPE_WINDOW),
        _pick(near, lambda w: "expected" if w in expected else None, within=EXPECTED_WINDOW),
        _pick(near, lambda w: "target" if w in target else None, within=SCOPE_WINDOW),
    )
    return tuple(sorted(p for p in parts if p))


@lru_cache(maxsize=65536)
def _frame(
    kind: str, context: str, span_text: str, unit: str, lang: str, at: int = -1, small: bool = False
) -> tuple[str | None, tuple[str, ...], str, str | None] | None:
    """(concept or None, scope, paired with the number before, holder) of one claim at offset
    `at` of its sentence (-1: its first occurrence), or None when the claim counts something
    the lexicon does not know. The holder is the place a distance is from, or whose item of a
    breakdown a count is, else None. `small` marks an amount of money under
    `SHARE_PRICE_LIMIT`."""
    if at < 0 or context[at : at + len(span_text)] != span_text:
        at = context.find(span_text)
    if at < 0:
        return None
    if kind == "money":
        # a percentage before an amount is no other amount ("fell 4.73% to 15.81 francs"):
        # neither a pair nor the end of what the amount's words may be
        head = _PERCENTAGE.sub(" ", context[:at])
        before = _words(head, 0, len(head))
    else:
        head = _weekday_day(lang).sub(" ", context[:at])
        before = _words(head, 0, len(head))
    rest = at + len(span_text)
    aside = _CONVERSION.match(context, rest) if kind == "quantity" else None
    if aside is not None:
        rest = aside.end()  # "3,343 meters (10,968 feet), the highest peak": past the brackets
    after = _words(context, rest, len(context))
    before, after = _without_spans(before, lang), _without_spans(after, lang)
    if kind == "percent":
        before = _without_denominators(before, lang)
    inside = _words(span_text, 0, len(span_text))
    paired = _paired(before, lang)
    ahead = VERB_FINAL_WINDOW if lang == "de" else AFTER_WINDOW
    near = _near(before, after, lang, ahead=ahead, behind=BEFORE_WINDOW)
    concept: str | None = None
    holder: str | None = None
    generic = False  # a count of people the words name no more closely
    at_offer = False
    if kind == "percent" and _share_of(after, lang):
        # "5 % du PIB", "5,5 Prozent der Wirtschaftsleistung": a share of output, whose
        # measure is named before it (the deficit, the debt), not growth
        near = [n for n in near if n[1] == 1]
    if kind in ("percent", "money"):
        table = _table(lang, "measures" if kind == "percent" else "money")
        if lang == "de":  # a compound measures what its last part names ("Listenpreis")
            table = _CompoundTable(table, "measures" if kind == "percent" else "money")
        weak = _table(lang, "weak_measures")
        # a verb of change names the measure only when no other word does ("revenue grew
        # 6%" is revenue's; "the economy grew 0.3%" growth's)
        concept = (
            None
            if paired
            else _pick(near, lambda w: None if w in weak else table.get(w))
            or _pick(near, table.get)
        )
        if kind == "percent" and concept is None and _people_share(after, lang):
            concept = PEOPLE_SHARE  # "13% of patients", "17 Prozent der Studienteilnehmer"
        if concept == "cut" and not _change(before, after, table, lang):
            concept = None  # "lowered to 3.75%" is the rate's level, not the cut
        if (
            kind == "money"
            and concept in (None, "damage")
            and _recurring_cost(before, context, rest, lang)
        ):
            concept = "price"  # "costará 25.600 dólares al año": what a year of it costs
        at_offer = (
            kind == "money"
            and not small
            and _pick(near, _table(lang, "offer_price").get, within=SCOPE_WINDOW) is not None
        )
        if kind == "money" and _PAIR.match(span_text):
            concept = "exchange rate"  # "EUR/JPY 169.93"
        elif kind == "money" and _per_share(after, table, lang):
            concept = "per share"  # what is paid for each share, not where it trades
        elif concept == "market value" and any(table.get(w) == "share price" for _, _, w in near):
            concept = "share price"  # "a share which was still worth 1.86 francs"
        elif (
            kind == "money"
            and small
            and concept not in ("per share", "share price", "exchange rate")
            and any(table.get(w) == "share price" for w in (*before, *after))
        ):
            # a small amount in a sentence about shares is where they trade ("the shares
            # lost 61.95% … and traded at 0.61 Swiss francs"), not a loss or a value
            concept = "share price"
        if at_offer:
            # "valuing the business at $54.5bn at the offer price", "Zum Ausgabepreis wurde
            # Arm mit 54,5 Milliarden Dollar bewertet": the value the listing price gives,
            # not the market value after trading
            concept = "market value"
    elif kind in ("duration", "quantity"):
        allowed = DURATION_CONCEPTS if kind == "duration" else QUANTITY_CONCEPTS
        table = _table(lang, "quantities")
        # a hyphenated word names what its first part does ("search-and-rescue effort")
        concept = _pick(
            near,
            lambda w: c if (c := table.get(w) or table.get(w.split("-")[0])) in allowed else None,
        )
        if concept == "since" and before and before[-1].startswith(_FIRST):
            concept = None  # "the first three months of the year" is a span, not "since"
        if unit == "magnitude":
            # a magnitude measures a quake whatever the words around ("the High Atlas"); an
            # aftershock's is its own slot
            shock = any(table.get(w) == "aftershock" for w in (*inside, *(w for _, _, w in near)))
            concept = "aftershock" if shock else "magnitude"
        if concept is None and kind == "quantity" and unit in LENGTH_UNITS:
            if _distance_from(after, lang):
                # from a named place; "150 metres from his target" is no distance frame
                holder = holder_of(context, at + len(span_text), lang)
                concept = "distance" if holder else None
    elif kind == "count":
        holder = _item_of(context, at, lang)  # "Ouarzazate (39)": the place's own figure
        nouns, events = _table(lang, "nouns"), _table(lang, "events")
        words = [*unit.lower().split(), *inside]  # the unit first: what the figure counts
        if lang == "de":  # a compound counts what its last part names ("Kooperationsabkommen")
            words = [_compound_head(w, "nouns") or _compound_head(w, "events") or w for w in words]
        noun = _phrase_noun(inside, after, nouns) or next(
            (nouns[w] for w in words if w in nouns), None
        )
        event = next((events[w] for w in words if w in events), None)
        if event == "population":
            # "preparan la evacuación de casi 8.000 vecinos": residents to whom something
            # happens are counted for that event, not as the place's population
            acting = _pick(
                near,
                lambda w: events[w] if events.get(w) not in (None, "population") else None,
                within=POPULATION_EVENT_REACH,
            )
            event = acting or event
        generic = noun in (None, "person")
        if event is None and noun is None and unit:
            return None  # counted things the lexicon does not know: the kind's own key
        if event is not None or noun not in (None, "person", "times"):
            # the number says what it counts ("1.305 muertos y 1.832 heridos", "40 drones
            # and 12 missiles")
            paired = ""
        others = _others(inside, after, lang)
        if event is None and noun in _EVENT_NOUNS and not paired:
            named = _before_apposed_name(context, at, lang)
            if others:
                # "Eighteen people were hospitalised and 12 others were treated": the event
                # before the conjunction is what happened to the first, not to the others
                near = [n for n in near if n[1] == 0 or n[0] < _behind_conjunction(before, lang)]
            nearest = _pick(near, lambda w: w if w in events and w not in named else None)
            event = events[nearest] if nearest is not None else None
            if event is None and lang == "de":
                event = _separable_event(before, after, events)
            if event is None and noun == "hostage" and _pick(near, _table(lang, "taking").get):
                event = "kidnapped"  # "levaram aproximadamente 240 reféns para Gaza"
            if event in _PLACE_EVENTS and noun not in (None, "person"):
                event = None  # "40 passageiros da Cidade do México": passengers, no population
            if nearest is not None and _negated(nearest, before, after):
                # a denied event is its own slot: "no se pudo rescatar a los ocho
                # trabajadores" (not rescued), "One worker was not hurt" (not injured)
                event = f"not {event}"
        if event in _NAMING_EVENTS and noun in (None, "person", _NAMING_EVENTS[event]):
            concept = _NAMING_EVENTS[event]  # "emploie 320 000 personnes": its workers
        elif noun == "suspect" or (event and noun in (None, "person", "times")):
            concept = noun if noun == "suspect" else event
        elif event in _STATE_EVENTS and noun:
            concept = noun  # "58 pasajeros a bordo": passengers are aboard by definition
        elif event and noun:
            concept = f"{event} {noun}"
        elif noun and noun not in ("person", "times"):
            concept = noun
        if concept is None and others:
            return None  # "et douze autres soignées sur place": not what the figure before counts
    elif kind == "age":
        # "the 167-year-old bank", "the 166 year-old lender": a thing's age, one slot per
        # kind of thing; a person's age is told apart by the name (`kinds.age.holder`)
        nouns = _table(lang, "nouns")
        concept = next((nouns[w] for w in after[:2] if w in nouns), None)
        if concept is None or concept in _PEOPLE_NOUNS:
            return None
    else:
        return None
    lo = max(at - THIS_YEAR_REACH, 0)
    written = context[lo : at + len(span_text) + THIS_YEAR_REACH]
    around = written.lower()
    # a count's year may stand far off ("in 2004, when a tremor killed 628"); a measure's
    # year only near it ("Completed in 1977, the bridge is 2.6 km long" is no 1977 length)
    measure = kind in ("duration", "quantity")
    # a month after an event word that follows a count names when that happened to the
    # counted ("7 300 habitants avaient été évacués en novembre"), not the count's month
    # ("186,779 employees at the end of September")
    month_ahead = SCOPE_WINDOW
    if kind == "count":
        events = _table(lang, "events")
        month_ahead = next((d for d, side, w in near if side == 0 and w in events), SCOPE_WINDOW)
    relative = _relative_year(around, at - lo, at - lo + len(span_text), lang)
    owned = _years_of_other_figures(before)
    if owned:
        near = [n for n in near if not (n[1] == 1 and n[2] in owned)]
    scope = _scope(near, lang, relative, year_within=SCOPE_WINDOW if measure else 10**6,
                   written=written, month_ahead=month_ahead)  # fmt: skip
    if kind == "count":
        planned = _table(lang, "planned")
        behind = [n for n in near if n[1] == 1]
        if _pick(behind, lambda w: w if w in planned else None, within=SCOPE_WINDOW):
            # "Les autorités prévoient d'évacuer quelque 7 900 personnes": a plan, not
            # what happened (budgets' "prévoyait un effort de 60 milliards" stay amounts)
            scope = tuple(sorted((*scope, "planned")))
    if at_offer:
        scope = tuple(sorted((*scope, "offer price")))
    if kind == "count" and concept == "participant" and _by_organisers(near, lang):
        # "The hardline CGT union said more than 3.5 million people had marched", "per la
        # Cgt, oltre 3,5 milioni": the organisers' count, not the authorities'
        scope = tuple(sorted((*scope, "organisers")))
    if kind == "quantity":
        rank = _pick(
            [n for n in near if n[1] == 1], _table(lang, "ordinals").get, within=ORDINAL_REACH
        )
        if rank is not None:
            # "la segunda, de magnitud 2,3": the second of the story's shocks, not the first
            scope = tuple(sorted((*scope, f"ordinal {rank}")))
    if kind in ("count", "percent", "money") and _pick(
        near, _table(lang, "rejected").get, within=SCOPE_WINDOW
    ):
        # "ein Angebot mit 35 Prozent mehr Lohn abgelehnt": the terms of an offer turned
        # down, not of the one taken
        scope = tuple(sorted((*scope, "rejected")))
    if kind == "count" and not any(p.startswith("year ") for p in scope):
        year = _clause_year(before, lang)
        if year is not None:
            scope = tuple(sorted((*scope, f"year {year}")))
    opening = context[:COMPARISON_OPENING].lower()
    if any(opening.startswith(p) for p in _table(lang, "by_comparison")):
        # "Zum Vergleich: Deutschland kommt auf 63 Prozent": another thing's figure
        scope = tuple(sorted((*scope, "comparison")))
    respective = _respective_year(before, after, lang)
    if respective is not None:
        scope = tuple(
            sorted((*(p for p in scope if not p.startswith("year ")), f"year {respective}"))
        )
    if "previous" not in scope and _earlier(before, after, lang, paired=paired):
        if kind != "percent" or paired or not (len(after) > 2 and after[2] in SCALES):
            # "de 4 % à 3,75 %"; not "a progressé de 6 % à 19,6 milliards d'euros", where
            # "de" says by how much and the amount after "à" is where it went
            scope = tuple(sorted((*scope, "previous")))
    if (
        generic
        and concept in PART_CONCEPTS
        and _pick([n for n in near if n[1] == 1], _table(lang, "among").get, within=SCOPE_WINDOW)
    ):
        # "Among the dead were 98 women", "dont 98 personnes", "darunter 98 Menschen": a part
        # of the total told beside it, not the total (a noun of its own, "including three
        # children", is its own concept already)
        scope = tuple(sorted((*scope, "part")))
    if kind == "count" and concept is not None and _additional(before, inside, after, lang):
        # "two more workers", "an additional 200 soldiers", "mais dois corpos": an increment to a
        # total told elsewhere, no figure of the total
        scope = tuple(sorted((*scope, "more")))
    if (
        kind == "count"
        and others
        and concept in _SUB_EVENTS
        and any(_table(lang, "events").get(w) in _SUB_EVENTS[concept] for w in before)
    ):
        # "18 Menschen kamen stationär ins Krankenhaus, zwölf weitere wurden behandelt": the
        # injured besides the hospitalised are a part of the injured, not all of them
        scope = tuple(sorted((*scope, "part")))
    if kind == "count" and concept == "killed" and _with_attacker(after, lang):
        # "Duas pessoas morreram, incluindo o atirador": the attacker counted in, not the
        # victims' toll
        scope = tuple(sorted((*scope, "with attacker")))
    if kind == "duration" and _pick(near, _table(lang, "remaining").get, within=SCOPE_WINDOW):
        # "40 hours of oxygen left", "down to 40 hours": what remains, not the whole supply
        scope = tuple(sorted((*scope, "remaining")))
    return concept, scope, paired, holder


_PAIR = re.compile(r"[A-Z]{3}/[A-Z]{3}\s")
"""A currency pair opening an amount ("EUR/JPY 169.93")."""
_PERCENTAGE = re.compile(
    r"\d+(?:[.,]\d+)?\s?(?:%|per\s?cent|percent|por\s+ciento|pour\s+cent|prozent|per\s+cento|"
    r"por\s+cento)",
    re.I,
)
"""A percentage in the words before an amount of money."""

_PLACE_EVENTS = frozenset({"population"})
"""Events a place word names ("a city of 100,000 people"): they refine only people counted as
such, never passengers or workers who pass through a city named near them."""

_NAMING_EVENTS = {"employed": "worker", "protested": "participant"}
"""Events that say what the counted are: the people a company employs are its workers ("about
320,000 people", "rund 320.000 Mitarbeiter"), the people who marched or took part its
participants ("1.28 million people marched", "1,28 million de manifestants", "a study of
1,795 participants", "participaron 1.795 personas")."""

_STATE_EVENTS = frozenset({"aboard", "affected"})
"""Events that only say where the counted are or that something touched them: they name a
generic count ("62 people on board", "about 190m people" whose data was exposed) but add
nothing to a noun that says it already ("58 passengers", "pourrait affecter jusqu'à 120.000
emplois")."""

_ITEM_OF = re.compile(
    r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[ -][A-ZÀ-ÖØ-Þ][\w'’.-]+){0,2})\s*\(\s*$"
)
"""A name and an opening bracket right before a count: the count is that place's item of a
breakdown ("Taroudant (347 víctimas mortales)", "Marrakech (14)")."""
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[ -][A-ZÀ-ÖØ-Þ][\w'’.-]+){0,2}"
APPOSITION = 100
"""Characters an aside between a breakdown's name and its with-word may take ("Al Haouz,
ubicada al sur de Marrakech y cerca del epicentro, con 394 víctimas")."""


_APPOSED_NAME = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*\s*,")
"""A name followed by a comma: what comes after describes that person or place."""


def _before_apposed_name(context: str, at: int, lang: str) -> frozenset[str]:
    """The words of the sentence before the last name in apposition that stands before the
    figure at `at` ("afectó a Miguel Luna, un salvadoreño y padre de tres hijos"): what they say
    happened, happened to the named one, not to the counted. Empty in German, whose nouns
    are capitalised, and when the name opens the sentence."""
    if lang == "de":
        return frozenset()
    last = None
    for m in _APPOSED_NAME.finditer(context, 0, at):
        if m.start() > 0:
            last = m
    if last is None:
        return frozenset()
    return frozenset(_words(context, 0, last.start()))


@cache
def _items(lang: str) -> re.Pattern[str]:
    """A breakdown's items in `lang`: a name and a bracket, or a name (an aside after it
    between commas) and the with-word, right before a figure."""
    withs = "|".join(_table(lang, "with"))
    return re.compile(
        rf"(?<![\w'’-])({_NAME})(?:\s*\(\s*|(?:\s*,[^,()]{{1,{APPOSITION}}},)?\s+(?:{withs})\s+)(?=\d)"
    )


def _item_of(context: str, at: int, lang: str) -> str | None:
    """The place whose item of a breakdown the count at `at` is: a name and a bracket right
    before it, or, in a sentence listing two items or more, a name and the with-word
    ("Al Haouz, …, con 394 víctimas mortales, seguida de Taroudant con 271 fallecidos")."""
    item = _ITEM_OF.search(context, 0, at)
    if item is not None:
        return item.group(1)
    items = list(_items(lang).finditer(context))
    here = next((m for m in items if m.end() == at), None)
    return here.group(1) if here is not None and len(items) >= 2 else None


NEGATION_REACH = 3
"""Words before an event word searched for a negation."""


def _negated(word: str, before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a negation stands within `NEGATION_REACH` words before `word`, on the side of
    the number where `word` is (its nearest occurrence)."""
    for side, ahead in ((before, False), (after, True)):
        at = (
            next((i for i in range(len(side)) if side[i] == word), -1)
            if ahead
            else next((i for i in range(len(side) - 1, -1, -1) if side[i] == word), -1)
        )
        if at >= 0:
            return any(fold(w) in NEGATIONS for w in side[max(0, at - NEGATION_REACH) : at])
    return False


_PARTICLES = frozenset(
    "ab an auf aus bei ein fest frei her hin los mit nach nieder vor weg zu zurück".split()
)
"""German verb particles that close a clause apart from their verb ("baut … ab")."""


def _separable_event(
    before: Sequence[str], after: Sequence[str], events: Mapping[str, str]
) -> str | None:
    """The event a German separable verb names around a count: its particle closing the
    clause after the figure and its finite verb before it ("baut weltweit 12.000 Stellen ab"
    is abbauen: cut)."""
    clause = list(itertools.takewhile(lambda w: w not in _CLAUSE_END and w not in _SOFT_END, after))
    if not clause or clause[-1] not in _PARTICLES:
        return None
    particle = clause[-1]
    for word in reversed(before[-BEFORE_WINDOW:]):
        if word in _CLAUSE_END:
            return None
        found = events.get(particle + word)
        if found is not None:
            return found
    return None


class _CompoundTable(Mapping[str, str]):
    """A German word table that also knows a compound by its last part (`_compound_head`):
    "Listenpreis" is a "Preis"."""

    __slots__ = ("_table", "_name")

    def __init__(self, table: Mapping[str, str], name: str) -> None:
        self._table, self._name = table, name

    def __getitem__(self, word: str) -> str:
        found = self._table.get(word)
        if found is None and word.isalpha() and (head := _compound_head(word, self._name)):
            found = self._table.get(head)
        if found is None:
            raise KeyError(word)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


@lru_cache(maxsize=16384)
def _compound_head(word: str, table: str) -> str | None:
    """The longest last part of a German compound that `table` knows ("kooperationsabkommen"
    → "abkommen", "salutschüssen" → None), or None; a known word is its own head."""
    known = _table("de", table)
    return (
        word if word in known else compound_tail(word, lambda tail: tail if tail in known else None)
    )


def _clause_year(before: Sequence[str], lang: str) -> str | None:
    """The year a count's clause is about when the sentence says so before it: a year right
    before a when-word, a comma between or not ("since 2004 when a 6.3-magnitude quake killed
    around 630 people", "since 2009, when a freight train … exploded, killing 32 people"), or
    a year opening the sentence ("En février 2004, un séisme … 628 personnes")."""
    when = _table(lang, "when")
    for i in range(len(before) - 1, 0, -1):
        if before[i] in _CLAUSE_END:
            return None
        if before[i] in when:
            # "since 2009 when …" or "since 2009, when …"
            j = i - 2 if before[i - 1] in _SOFT_END and i >= 2 else i - 1
            if _YEAR.fullmatch(before[j]):
                return before[j]
    opening = [w for w in before[:4] if w not in _SOFT_END]
    for i, w in enumerate(opening[:3]):
        if _YEAR.fullmatch(w):
            rest = before[before.index(w) + 1 : before.index(w) + 2]
            return w if i >= 1 and rest == [","] else None
    return None


COST_REACH = 3
"""Words before an amount a cost verb may stand ("will cost the patient $26,500 a year")."""


def _recurring_cost(before: Sequence[str], context: str, rest: int, lang: str) -> bool:
    """Whether an amount is what something costs per period: a cost verb shortly before
    it and a per-period phrase right after it ("costs $26,500 a year", "kostet 26.500 Dollar
    im Jahr")."""
    costs = _table(lang, "cost")
    if not any(w in costs for w in before[-COST_REACH:]):
        return False
    tail = " ".join(context[rest : rest + RECURRING_REACH].lower().split())
    return any(tail.startswith(p) for p in _table(lang, "recurring"))


RECURRING_REACH = 24
"""Characters after an amount a per-period phrase is looked for in."""


def _per_share(after: Sequence[str], table: Mapping[str, str], lang: str) -> bool:
    """Whether an amount is a price per share: a share word right after it ("0.76
    francs/share") or after one or two per-words ("per share", "por acción", "pro Aktie",
    "por cada acción")."""
    if after and table.get(after[0]) == "share price":
        return True
    per = _table(lang, "per")
    pers = next((n for n, w in enumerate(after[:3]) if w not in per), len(after[:3]))
    return 0 < pers <= 2 and len(after) > pers and table.get(after[pers]) == "share price"


def _distance_from(after: Sequence[str], lang: str) -> bool:
    """Whether a from-word follows a measure within two words ("900 miles off", "72 km
    south-west of", "a 500 metri dalla")."""
    froms = _table(lang, "distance_from")
    return any(w in froms for w in _reach(after, 3, ahead=False)[:3])


_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*")
_HOLDER_WORD = re.compile(r"[^\W\d_][\w'’.-]*|[.;:!?]", re.U)


_PLACE_NOUNS = frozenset(
    {
        "",
        "city",
        "town",
        "village",
        "capital",
        "province",
        "region",
        "state",
        "county",
        "coast",
        "island",
        "port",
        "district",
        "suburb",
        "resort",
    }
)
"""English glosses of the words a distance's place may follow ("of the city of Marrakech");
"" is a function word."""


def holder_of(context: str, end: int, lang: str) -> str | None:
    """The place a distance is from: the capitalised words within `HOLDER_REACH` words after
    the first from-word behind the measure ending at `end` ("about 900 miles east of Cape Cod,
    Mass." -> "Cape Cod Mass."), or None. A common noun before any capitalised word ("south
    of Trump's rally", "du comício de Trump") names a thing, not the place: None."""
    froms = _table(lang, "distance_from")
    words = [m.group(0) for m in _HOLDER_WORD.finditer(context, end)][: HOLDER_REACH + 3]
    out: list[str] = []
    started = False
    for n, word in enumerate(words):
        if word in _CLAUSE_END:
            break
        if not started:
            started = word.lower().replace("’", "'").rstrip("'") in froms
            if n > 3:
                return None
            continue
        if _CAPITALISED.fullmatch(word):
            out.append(word.rstrip("."))
        elif out:
            break
        elif gloss(word, lang) not in _PLACE_NOUNS:
            return None  # a content word: the distance is from a thing, not a named place
    return " ".join(out) or None


COUNTRY_REACH = 6
"""Words after a count searched for the country it is stated for ("3,419 people had been
killed in Turkey"); a comma or a conjunction ends the search sooner."""
_CLAUSE_STOP = re.compile(r"[.;:!?]")


@lru_cache(maxsize=8)
def _country_mention(lang: str) -> re.Pattern[str] | None:
    """A country named after a locative preposition ("in Syria", "en Turquía", "in der
    Türkei"), and a second one joined to it ("in Turkey and Syria")."""
    preps = lang_lexicon(lang).country_prepositions
    if not preps:
        return None
    ands = "|".join(sorted(_table(lang, "conjunctions"), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])(?i:{preps})\s+({_NAME})(?:\s+(?:{ands})\s+(?:(?i:{preps})\s+)?({_NAME}))?"
    )


def _country_code(name: str) -> str | None:
    """The ISO code of the country a name (or its first words) names in any of the six
    languages ("Siria", "Türkei", "Estados Unidos"), or None (a city, a region, unknown)."""
    words = name.rstrip(".'’-").split()
    for n in range(len(words), 0, -1):
        key = anyascii(" ".join(words[:n])).lower().replace("-", " ").removesuffix("'s")
        codes = {e for e, kind in names_forms(key) if kind == "name" and len(e) == 2}
        if codes:
            return codes.pop() if len(codes) == 1 else None
    return None


@lru_cache(maxsize=16384)
def _countries(context: str, lang: str) -> tuple[tuple[int, int, str | None], ...]:
    """(start, end, code) of each country a sentence places something in; code None for two
    countries named together."""
    pattern = _country_mention(lang)
    if pattern is None:
        return ()
    out: list[tuple[int, int, str | None]] = []
    for m in pattern.finditer(context):
        code = _country_code(m.group(1))
        if code is None:
            continue
        other = _country_code(m.group(2)) if m.group(2) else None
        if other is not None and other != code:
            out.append((m.start(), m.end(), None))
        else:
            out.append((m.start(), m.end(1), code))
    return tuple(out)


def _country_of(context: str, at: int, end: int, lang: str) -> str | None:
    """The country the count at `context[at:end]` is stated for: one named right after it in
    its clause ("killed in Turkey"), else the last one named before it in its sentence ("In
    Syria, at least 1,602 …"); None when none is, or two are together."""
    mentions = _countries(context, lang)
    if not mentions or at < 0:
        return None
    ands = _table(lang, "conjunctions")
    for start, _, code in mentions:
        if start < end:
            continue
        between = context[end:start]
        words = between.split()
        if (
            len(words) > COUNTRY_REACH
            or "," in between
            or _CLAUSE_STOP.search(between)
            or any(w in ands for w in words)
        ):
            break
        return code
    before = [(stop, code) for _, stop, code in mentions if stop <= at]
    if before and not _CLAUSE_STOP.search(context[before[-1][0] : at]):
        return before[-1][1]
    return None


def holders_compatible(a: str | None, b: str | None) -> bool:
    """Holders are one unless both are named and share no word (spelt within a few
    letters: "Marrakech", "Marrakesh", "Marraquech")."""
    if not a or not b:
        return True
    wa, wb = _holder_keys(a), _holder_keys(b)
    return any(
        x == y or (min(len(x), len(y)) >= 5 and fuzz.ratio(x, y) >= 80) for x in wa for y in wb
    )


@lru_cache(maxsize=4096)
def _holder_keys(holder: str) -> tuple[str, ...]:
    return tuple(
        k for k in (anyascii(w).lower().strip("'.-") for w in holder.split()) if len(k) > 2
    ) or (anyascii(holder).lower(),)


CHANGE_WORDS = {
    "en": ("by",), "es": ("en", "un"), "fr": ("de", "d"), "de": ("um",),
    "it": ("di", "del", "dello"), "pt": ("em", "de"),
}  # fmt: skip
"""Words right before a number that make it the size of a change ("cut by 0.25%")."""


def _change(
    before: Sequence[str], after: Sequence[str], table: Mapping[str, str], lang: str
) -> bool:
    """Whether a percentage is the size of a cut: a change word right before it ("by
    0.25%", "baisse de 0,25 %") or a cut word right after it ("a 0.25% cut")."""
    return bool(before and before[-1] in CHANGE_WORDS.get(lang, ())) or bool(
        after and table.get(after[0]) == "cut"
    )


def _month(word: str, months: Mapping[str, int], lang: str, written: str) -> bool:
    if word not in months:
        return False
    return word not in AMBIGUOUS_MONTHS.get(lang, ()) or word.capitalize() in written


def _earlier(before: Sequence[str], after: Sequence[str], lang: str, *, paired: str) -> bool:
    """Whether the number is the earlier figure of a change: "from X to Y", "dal X al Y",
    "von X auf Y", or "to Y from X" (a from-word right before it, just after another number)."""
    behind = [w for w in before[-2:] if w not in _SOFT_END]
    if not behind or behind[-1] not in _table(lang, "from"):
        return False
    if paired:
        return True
    return len(after) > 1 and after[0] in _table(lang, "to") and _is_number(after[1])


REFERRING_MAX = 3
"""A definite article before a number up to this ("the two banks", "les deux barrages")
refers to things the story already named rather than reporting a figure."""


def referring(claim: Claim) -> bool:
    """Whether a count is a definite reference ("the two banks combined", "les deux
    banques"), read with the definite words of every language."""
    if claim.kind != "count":
        return False
    low, high = getattr(claim.value, "low", None), getattr(claim.value, "high", None)
    if low is None or low != high or low > REFERRING_MAX:
        return False
    ctx, span = claim.context, claim.span.text
    at = ctx.find(span)
    before = _words(ctx, 0, at) if at > 0 else []
    return bool(before) and before[-1] in _definite()


@lru_cache(maxsize=1)
def _definite() -> frozenset[str]:
    return frozenset(w for lang in concept_forms() for w in _table(lang, "definite"))


LENGTH_CONCEPTS = frozenset({"length", "depth", "height", "elevation", "distance"})
"""What only a length measures."""


def frame_of(
    claim: Claim,
    language: str,
    previous: Frame | None = None,
    carried: Frame | None = None,
    *,
    at: int = -1,
) -> Frame | None:
    """The frame of one claim, or None when its words name no known concept.

    `previous` is the frame of the claim before it in the same sentence and kind: a number
    paired with it ("from 4% to 3.75%") or naming nothing itself ("2.5% this year, 2.2% in
    2025") measures what that one does, in its own scope. `carried` is the frame of the
    kind's last claim in the sentence before: a percentage in a sentence naming no measure
    ("It is expected to fall to 2.2% in 2025") measures what that one did.
    """
    if claim.kind not in FRAME_KINDS or getattr(claim.value, "ordinal", False):
        return None
    unit = getattr(claim.value, "unit", None) or ""
    high = getattr(claim.value, "high", None)
    small = claim.kind == "money" and isinstance(high, int | float) and high < SHARE_PRICE_LIMIT
    found = _frame(
        claim.kind, claim.context, claim.span.text, str(unit), language_of(language), at, small
    )
    if found is None:
        return None
    concept, scope, paired, holder = found
    if claim.kind == "money" and any(_period(p) for p in scope):
        # an amount's quarter or month is its period, which one report names and another
        # leaves out ("net income rose to 2.3 billion euros", "lucro … no terceiro
        # trimestre, para 2,3 bilhões", "entre juillet et septembre"); a quarter's amount
        # and a year's stay apart by their size (`kinds.money.MAGNITUDE_GAP`)
        scope = tuple(p for p in scope if not _period(p))
    dimension = getattr(claim.value, "dimension", None) if claim.kind == "quantity" else None
    if dimension not in (None, "length"):
        # a mass, a volume or a speed is no length, neither by the length word of the
        # figure before ("300 metros de comprimento e 95 mil toneladas de arqueação bruta")
        # nor by that figure's concept ("74 meters high, … up to 22.5 million cubic meters")
        if concept in LENGTH_CONCEPTS:
            concept, holder = None, None
        if previous is not None and previous.concept in LENGTH_CONCEPTS:
            previous = None
    if dimension == "area":
        # hectares, acres, square kilometres measure a surface whatever the verb ("burned",
        # "parcouru", "distrutto"), and never a distance from the place named after them
        concept, holder = "area", None
    elif dimension == "mass" and concept is None:
        # a mass no word names ("2,750 tonnes of ammonium nitrate", "2570 Tonnen
        # Ammoniumnitrat") is the story's load; two masses of one story stay apart by size
        concept, holder = "mass", None
    elif dimension == "speed" and concept is None:
        # a speed no word names ("was traveling at about 140 km/h", "viaggiava a 160 km
        # orari") is how fast the story's vehicle went; a wind's speed stays "wind"
        concept, holder = "speed", None
    country = None
    if claim.kind == "count":
        start = at if at >= 0 else claim.context.find(claim.span.text)
        end = start + len(claim.span.text)
        country = _country_of(claim.context, start, end, language_of(language))
    if (concept is None or paired) and previous is not None:
        own = dict(_split(scope))
        # the second of a pair is where the first went, no earlier figure; the members of a
        # list share it ("compared to forecasts of 2.3 percent and 2.0 percent")
        inherited = [
            p
            for p in previous.scope
            if p.partition(" ")[0] not in own and (p != "previous" or paired == "list")
        ]
        if paired:
            scope = tuple(sorted({*scope, *inherited}))
        return Frame(concept=previous.concept, scope=scope, country=country)
    if concept is None and carried is not None and claim.kind in CARRIED_KINDS:
        return Frame(concept=carried.concept, scope=scope, country=country)
    if concept is None:
        return None
    return Frame(concept=concept, scope=scope, holder=holder, country=country)


def _offset_in_sentence(claim: Claim, text: str) -> int:
    """Where the claim's span starts inside its sentence ("2%" in "al 2,2% dal 2%" is the
    second one), from the article text; -1 when the sentence is not found around it."""
    ctx, span = claim.context, claim.span.text
    at = ctx.find(span)
    while at >= 0:
        start = claim.span.start - at
        if start >= 0 and text[start : start + len(ctx)] == ctx:
            return at
        at = ctx.find(span, at + 1)
    return -1


def event_year(articles: Iterable[Article]) -> int | None:
    """The most common publication year of the articles (ties: the later), or None."""
    years = Counter(a.published.year for a in articles if isinstance(a.published, dt.date))
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


def attach_frames(claims: Sequence[Claim], articles: Sequence[Article]) -> list[Claim]:
    """The claims with their frames set; the event's year (and "this year") is no scope: it
    is the event itself. Claims without a frame are returned as they are."""
    langs = {a.id: a.language for a in articles}
    year = event_year(articles)
    own = f"year {year}" if year else None
    this = "year this"
    texts = {a.id: a.text for a in articles}
    out: list[Claim] = []
    last: dict[tuple[str, str, str], Frame] = {}
    before: dict[tuple[str, str], tuple[Claim, Frame]] = {}
    # Claims of other kinds without a frame (names, dates, quotes: most claims) get none and
    # play no part in the passes below: those run over the others, kept in their places.
    places: list[int] = []
    for i, c in enumerate(claims):
        if c.kind not in FRAME_KINDS:
            out.append(c)
            if c.frame is not None:
                places.append(i)
            continue
        places.append(i)
        where = (c.article, c.context, c.kind)
        carried = None
        prior = before.get((c.article, c.kind))
        if prior is not None and prior[0].context != c.context:
            between = texts.get(c.article, "")[prior[0].span.end : c.span.start]
            line_end = texts.get(c.article, "")[prior[0].span.end - 1 : c.span.start]
            if len(_SENTENCE_END.findall(between)) <= 1 and not _OPEN_LINE_END.search(line_end):
                # the sentence before; not a headline, which closes its line without a stop
                carried = prior[1]
        at = _offset_in_sentence(c, texts.get(c.article, ""))
        frame = frame_of(c, langs.get(c.article, "en"), last.get(where), carried, at=at)
        if frame is None:
            out.append(c)
            continue
        last[where] = frame
        before[(c.article, c.kind)] = (c, frame)
        if this in frame.scope or own in frame.scope:  # "this year" is the event's year
            scope = tuple(s for s in frame.scope if s not in (this, own))
            frame = frame.model_copy(update={"scope": scope})
        if ("year last" in frame.scope or "year next" in frame.scope) and year:
            # "last year" is the year before the event's, "next year" the one after
            shift = {"year last": f"year {year - 1}", "year next": f"year {year + 1}"}
            scope = tuple(sorted(shift.get(s, s) for s in frame.scope))
            frame = frame.model_copy(update={"scope": scope})
        out.append(c.model_copy(update={"frame": frame}))
    framed = [out[i] for i in places]
    framed = _with_tolls(_rate_moves(_lone_previous(_years_carried(framed, texts, langs))), texts)
    framed = _periods_told_apart(_countries_told_apart(framed))
    for i, c in zip(places, framed, strict=True):
        out[i] = c
    return _ages_held(out, texts, langs)


def _person_named(claim: Claim) -> bool:
    """Whether a name claim names a person: typed so, or a name of two words or more the
    recogniser could not type ("Jacques Delors", and "Delors" linked to it)."""
    etype = getattr(claim.value, "entity_type", None)
    canonical = str(getattr(claim.value, "canonical", ""))
    return etype == "person" or (etype == "other" and len(canonical.split()) >= 2)


_DESCRIBED_BEFORE = re.compile(rf"{DESCRIBED_PERSON},\s*$")
"""A person named by what they are, right before their age ("Il keniano, 24 anni"): the
person the article named before."""
PERSON_AGE = "person"
"""Frame concept of a person's age whose holder the words around it do not name."""
AGE_HOLDER_REACH = 400
"""Characters before an age's sentence searched for the person its pronoun stands for."""


def _ages_held(
    claims: list[Claim], texts: Mapping[str, str], langs: Mapping[str, str]
) -> list[Claim]:
    """An age whose own words name nobody (`kinds.age.holder`) is the age of the one person
    its sentence names before it ("Jacques Delors est mort, mercredi, à l'âge de 98 ans"); where a
    pronoun stands for the holder ("He was 98.", "Nun ist er im Alter von 97 Jahren
    gestorben"), of the person the article named last before it. Its frame holds that name,
    so the ages of one person align across languages."""
    from factcheck.kinds.age import holder
    from factcheck.model import AgeClaim

    persons: dict[str, list[Claim]] = {}
    for c in claims:
        if c.kind == "name" and _person_named(c):
            persons.setdefault(c.article, []).append(c)
    out: list[Claim] = []
    for c in claims:
        named = persons.get(c.article)
        if not isinstance(c, AgeClaim) or c.frame is not None or not named or holder(c):
            out.append(c)
            continue
        at = _offset_in_sentence(c, texts.get(c.article, ""))
        if at < 0:
            out.append(c)
            continue
        start = c.span.start - at
        inside = {n.value.canonical: n for n in named if start <= n.span.start < c.span.start}
        who = None
        if len(inside) == 1:
            who = next(iter(inside.values())).value.name
        elif not inside:
            pronouns = _table(language_of(langs.get(c.article, "en")), "persons")
            if any(w in pronouns for w in _words(c.context, 0, at + len(c.span.text))) or (
                _DESCRIBED_BEFORE.search(c.context, 0, at)
            ):
                earlier = [n for n in named if start - AGE_HOLDER_REACH <= n.span.end <= start]
                who = earlier[-1].value.name if earlier else None
        if who is None:
            out.append(c)
            continue
        out.append(c.model_copy(update={"frame": Frame(concept=PERSON_AGE, holder=who)}))
    return out


WHOLE = "*"
"""`Frame.country` of a figure naming no country where others of its concept name two or
more: the whole event's figure ("more than 5,000 dead" beside "In Syria, 1,602")."""


def _countries_told_apart(claims: list[Claim]) -> list[Claim]:
    """Countries matter only where the cluster breaks a concept down by two or more: there a
    figure naming none is the whole (`WHOLE`), one of its own; elsewhere the country a
    sentence names is the event's place and is dropped ("killed 2,012 people in Morocco"
    and "2,012 dead" are one figure)."""
    countries: dict[str, set[str]] = {}
    for c in claims:
        if c.frame is not None and c.frame.country is not None:
            countries.setdefault(c.frame.concept, set()).add(c.frame.country)
    out: list[Claim] = []
    for c in claims:
        f = c.frame
        if f is None or c.kind != "count":
            out.append(c)
            continue
        apart = len(countries.get(f.concept, ())) >= 2
        country = (f.country or WHOLE) if apart else None
        if country != f.country:
            c = c.model_copy(update={"frame": f.model_copy(update={"country": country})})
        out.append(c)
    return out


_PERIODS = ("quarter", "month")
"""Scope parts naming part of a year."""


def _period(part: str) -> bool:
    """Whether a scope part names part of a year ("quarter", "month 9")."""
    return part.partition(" ")[0] in _PERIODS


def edition(frame: Frame) -> tuple[str, ...]:
    """The parts of a frame's scope that make its figure another one than the measure's
    own, whenever it holds ("previous", "expected", "target", "more"), without the periods
    one mention names and another leaves out."""
    return tuple(p for p in frame.scope if not _period(p) and not p.startswith("year "))


def _periods_told_apart(claims: list[Claim]) -> list[Claim]:
    """A quarter (or one month) is left out of a concept's scopes where every figure the
    cluster states for the concept with no scope at all is one it also states with that
    period named: there the period is the story's own, which one report names and another
    leaves out ("a 12% rise in third-quarter net profit", "une hausse de 12 % de son
    bénéfice net", "21 Prozent im dritten Quartal"). Where reports state other figures with
    no period, it tells them apart ("growth of 0.3% in the first quarter" beside "0.9% this
    year")."""
    named: dict[tuple[str, str, str], set[object]] = {}
    unnamed: dict[tuple[str, str], set[object]] = {}
    for c in claims:
        if c.frame is None:
            continue
        value = (getattr(c.value, "low", None), getattr(c.value, "high", None))
        periods = [p for p in c.frame.scope if _period(p)]
        for part in periods:
            named.setdefault((c.kind, c.frame.concept, part), set()).add(value)
        if not c.frame.scope:
            unnamed.setdefault((c.kind, c.frame.concept), set()).add(value)
    dropped = {
        key for key, values in named.items() if key[:2] in unnamed and unnamed[key[:2]] <= values
    }
    if not dropped:
        return claims
    out: list[Claim] = []
    for c in claims:
        f = c.frame
        if f is not None:
            scope = tuple(p for p in f.scope if (c.kind, f.concept, p) not in dropped)
            if scope != f.scope:
                c = c.model_copy(update={"frame": f.model_copy(update={"scope": scope})})
        out.append(c)
    return out


INCLUDING_REACH = 3
"""Words after an including-word searched for the attacker it counts in."""


def _with_attacker(after: Sequence[str], lang: str) -> bool:
    """Whether the sentence after a count says it includes the attacker ("2 dead, including
    the gunman", "incluindo o atirador", "darunter der Schütze")."""
    including, nouns = _table(lang, "including"), _table(lang, "nouns")
    for i, word in enumerate(after):
        if word in _CLAUSE_END:
            return False
        if word in including:
            if any(nouns.get(w) == "attacker" for w in after[i + 1 : i + 1 + INCLUDING_REACH]):
                return True
    return False


ADDITIONAL_REACH = 3
"""Words before a count searched for a conjunction that makes "two more" mean "two others"."""
_COMPARED = frozenset({"than", "de", "que", "di", "als", "as"})
"""Words after "more" that make it a comparison ("more than 300"), no increment."""


_SUB_EVENTS = {"injured": frozenset({"hospitalised", "critical"})}
"""Events whose counted are a part of another event's ("hospitalised" of the injured)."""


def _others(inside: Sequence[str], after: Sequence[str], lang: str) -> bool:
    """Whether an others-word stands right after the count's figure ("12 others", "zwölf
    weitere", "douze autres"): the counted are others than those counted before."""
    words = [*inside[1:], *after[:1]]
    return any(w in _table(lang, "others") for w in words[: max(len(inside), 1)])


ATTRIBUTION_REACH = 6
"""Words searched for the organisers a count of marchers is attributed to."""
_UNIONS_OF_STATES = frozenset({"european union", "african union", "soviet union"})


def _by_organisers(near: _Near, lang: str) -> bool:
    """Whether the words near a count of participants attribute it to the organisers or a
    union (not a union of states)."""
    if any(w in _UNIONS_OF_STATES for _, _, w in near):
        return False
    return _pick(near, _table(lang, "organisers").get, within=ATTRIBUTION_REACH) is not None


def _behind_conjunction(before: Sequence[str], lang: str) -> int:
    """Distance back (in `_near` steps) to the nearest conjunction or comma before a number,
    or a large number when the clause has none."""
    stop = _table(lang, "conjunctions")
    dist = 0
    for word in reversed(before):
        if word in _CLAUSE_END or _is_number(word):
            break
        dist += COMMA_COST if word in _SOFT_END or word in stop else 1
        if word in _SOFT_END or word in stop:
            return dist
    return 10**6


def _additional(
    before: Sequence[str], inside: Sequence[str], after: Sequence[str], lang: str
) -> bool:
    """Whether an increment word stands right after the count's figure (inside its span or
    after it: "two more workers", "tres personas más", "trois corps supplémentaires") or
    right before it ("an additional 200 soldiers", "mais dois corpos")."""
    later, earlier = _table(lang, "additional_after"), _table(lang, "additional_before")
    joined = _table(lang, "conjunctions")
    if any(w in joined for w in before[-ADDITIONAL_REACH:]):
        # "killed one and injured two more", "y dejar a dos personas más": others beside
        # the figure before, no increment
        return False
    words = [*inside[1:], *after]
    for i, word in enumerate(words[: len(inside)]):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (word in later or f"{word} {nxt}" in later) and nxt not in _COMPARED:
            return True
    return bool(before) and before[-1] in earlier


ANAPHORA_REACH = 12
"""Opening words of a sentence searched for a pronoun taking up the sentence before."""


def _years_carried(
    claims: list[Claim], texts: Mapping[str, str], langs: Mapping[str, str]
) -> list[Claim]:
    """A count's or measure's year from the sentence before, in the same paragraph, when that
    sentence opens on a year and this one takes up its subject by a pronoun ("En 1960, un
    séisme … avait anéanti Agadir. D'une magnitude de 5,7 …, il a fait … 12.000 personnes"):
    the figures are of that year's event."""
    out: list[Claim] = []
    for c in claims:
        frame = c.frame
        if (
            frame is None
            or c.kind not in ("count", "quantity")
            or any(p.startswith("year ") for p in frame.scope)
        ):
            out.append(c)
            continue
        year = _year_before(
            texts.get(c.article, ""), c.context, language_of(langs.get(c.article, "en"))
        )
        if year is None:
            out.append(c)
            continue
        scope = tuple(sorted((*frame.scope, f"year {year}")))
        out.append(c.model_copy(update={"frame": frame.model_copy(update={"scope": scope})}))
    return out


@lru_cache(maxsize=16384)
def _year_before(text: str, sentence: str, lang: str) -> str | None:
    """The year the sentence before `sentence` opens on, when `sentence` takes it up by a
    pronoun in its opening words and both share a paragraph; else None."""
    at = text.find(sentence)
    if at <= 0:
        return None
    opening = _words(sentence, 0, len(sentence))[:ANAPHORA_REACH]
    anaphora = _table(lang, "anaphora")
    if not any(w in anaphora for w in opening):
        return None
    head = text[max(0, at - 600) : at]
    if "\n" in head.rstrip(" "):
        head = head[head.rstrip(" ").rfind("\n") + 1 :]
    ends = [m.end() for m in _SENTENCE_END.finditer(head.rstrip())]
    if not ends:
        return None
    previous = head[ends[-2] if len(ends) > 1 else 0 :].strip()
    words = _words(previous, 0, len(previous))[:5]
    for i, w in enumerate(words[:3]):
        if _YEAR.fullmatch(w):  # "En 1960, …", "In 1960, …", "1960, …"
            return w if words[i + 1 : i + 2] == [","] else None
    return None


def _rate_moves(claims: list[Claim]) -> list[Claim]:
    """A percentage naming nothing, or naming an exchange rate, in a sentence quoting a
    currency's exchange rate, is that rate's move, held by the currency it is quoted in ("The
    euro was up 0.04% at $1.0872": USD; "the yen … was up 0.10% at 169.895 yen": JPY)."""
    rated: dict[tuple[str, str], str] = {}
    for c in claims:
        if c.kind == "money" and c.frame is not None and c.frame.concept == "exchange rate":
            rated.setdefault((c.article, c.context), str(getattr(c.value, "currency", "")))
    if not rated:
        return claims
    out = []
    for c in claims:
        currency = rated.get((c.article, c.context))
        if (
            c.kind == "percent"
            and currency
            and (c.frame is None or (c.frame.concept == "exchange rate" and c.frame.holder is None))
        ):
            scope = c.frame.scope if c.frame is not None else ()
            frame = Frame(concept="exchange rate", scope=scope, holder=currency)
            c = c.model_copy(update={"frame": frame})
        out.append(c)
    return out


def _lone_previous(claims: list[Claim]) -> list[Claim]:
    """Claims whose "previous" scope has no current figure beside it lose it: an earlier
    edition of a figure comes with the newer one in the same article ("up from 1,000", "the
    previous toll of 2,000"), while a lone figure after "previously" is an earlier statement
    of the only figure the article has ("a source previously said 10,000 jobs may go"). A
    sentence of several earlier figures keeps them all ("to 4.25% from 4.50%, … to 4.50% from
    4.75%"): one of them framed amiss must not cost the others their scope."""
    current = {
        (c.article, c.kind, c.frame.concept)
        for c in claims
        if c.frame is not None and "previous" not in c.frame.scope
    }
    earlier = Counter(
        (c.article, c.kind, c.context)
        for c in claims
        if c.frame is not None and "previous" in c.frame.scope
    )
    out = []
    for c in claims:
        f = c.frame
        if (
            f is not None
            and "previous" in f.scope
            and (c.article, c.kind, f.concept) not in current
            and earlier[(c.article, c.kind, c.context)] == 1
        ):
            scope = tuple(p for p in f.scope if p != "previous")
            c = c.model_copy(update={"frame": f.model_copy(update={"scope": scope})})
        out.append(c)
    return out


def _with_tolls(claims: list[Claim], texts: Mapping[str, str]) -> list[Claim]:
    """Counts of a `TOLL_CONCEPTS` concept with the death toll their sentence states, else the
    nearest one at most `TOLL_REACH` sentences before (the update they belong to)."""
    tolls: dict[str, list[tuple[int, int, float]]] = {}
    for c in claims:
        if (
            c.kind == "count"
            and c.frame is not None
            and c.frame.concept == "killed"
            and not any(p.startswith("year ") for p in c.frame.scope)
        ):
            # another year's toll ("since the 2014 sinking of the Sewol ferry, which killed
            # 304 people") is no update of this event's
            low = getattr(c.value, "low", None)
            if low is not None:
                start = c.span.start - max(0, c.context.find(c.span.text))
                tolls.setdefault(c.article, []).append((start, c.span.start, float(low)))
    if not tolls:
        return claims
    out = []
    for c in claims:
        found = tolls.get(c.article)
        if not found or c.kind != "count" or c.frame is None:
            out.append(c)
            continue
        if c.frame.concept not in TOLL_CONCEPTS:
            out.append(c)
            continue
        start = c.span.start - max(0, c.context.find(c.span.text))
        same = [t for s, _, t in found if s == start]
        if not same:  # the nearest death toll ending before this one
            text = texts.get(c.article, "")
            earlier = [(at, t) for s, at, t in found if at < start]
            if earlier:
                at, t = max(earlier)
                if len(_SENTENCE_END.findall(text[at:start])) <= TOLL_REACH:
                    same = [t]
        if same:
            frame = c.frame.model_copy(update={"toll": same[0]})
            c = c.model_copy(update={"frame": frame})
        out.append(c)
    return out


_OPEN_LINE_END = re.compile(r"[^\s.!?:;\"'”»)]\s*\n")
"""A line closing without a stop: a headline or a label, whose figure no sentence takes up."""


def compatible(a: Frame, b: Frame) -> bool:
    """Same concept and the same scope: a figure for 2025 is not one for 2026, nor one with
    no period named (the event's own year is never a scope, see `attach_frames`); and no two
    different holders (a distance from Cape Cod is not one from Newfoundland), nor two
    figures of the injured (missing...) reported beside different death tolls."""
    if a.concept != b.concept:
        return False
    if a.concept != "distance" and (a.holder is None) != (b.holder is None):
        return False  # one place's figure of a breakdown is not the whole
    if a.toll is not None and b.toll is not None and not same_toll(a.toll, b.toll):
        return False  # another update of the running total
    if a.country is not None and b.country is not None and a.country != b.country:
        return False  # one country's figure is not another's ("in Syria" / "in Turkey")
    return a.scope == b.scope and holders_compatible(a.holder, b.holder)


def same_toll(a: float, b: float) -> bool:
    """Whether two death tolls are one update (within `TOLL_REL` of each other)."""
    return abs(a - b) <= TOLL_REL * max(a, b)


def _split(scope: Iterable[str]) -> Iterable[tuple[str, str]]:
    for part in scope:
        name, _, value = part.partition(" ")
        yield name, value


__all__ = [
    "attach_frames",
    "compatible",
    "edition",
    "event_year",
    "frame_of",
    "language_of",
    "same_toll",
]
