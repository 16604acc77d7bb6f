"""Event-relative dates and the words of the event a date dates: "the day before the
attack", "two days later"; which dates of two articles date one event (the content words of
their clauses, since-dates), and the blocking tokens alignment reads."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from factcheck.core import Granularity
from factcheck.kinds._common import STOPWORDS, _compound_gloss, context_language, stem
from factcheck.kinds.date.context import _Context, _number, _resolved, _unresolved
from factcheck.kinds.date.scan import _SCANS, _alt, _lang
from factcheck.kinds.date.value import DateClaim, DateValue
from factcheck.lang import DEFAULT_LANGUAGE, lexicon
from factcheck.lang.concepts import table as concept_table
from factcheck.lang.glosses import fold, gloss

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _date_value(claim: DateClaim) -> DateValue:
    return claim.value


def _event_words(text: str) -> set[str]:
    stems = (stem(w) for w in _WORD.findall(text) if w.lower() not in STOPWORDS and len(w) > 1)
    return {_SYNONYM_OF.get(s, s) for s in stems}


def _evrel(g: Mapping[str, str | None], ctx: _Context) -> DateValue:
    n_word, unit = g.get("n"), (g.get("u") or "day").lower().rstrip("s")
    direction = (g.get("dir") or g.get("dir2") or g.get("dir3") or "").lower()
    event = g.get("event")
    if g.get("that") or direction == "same":
        step = 0
    else:
        n = _number(n_word, ctx.code) if n_word else 1
        sign = 1 if direction in ("later", "after", "following", "next") else -1
        step = sign * (n or 1) * (7 if unit == "week" else 1)
    gran: Granularity = "week" if unit == "week" and step else "day"
    if event and direction in ("after", "before"):
        words = _event_words(event)
        for a in reversed([*ctx.previous, *ctx.same]):
            lo, hi = ctx.here if a in ctx.same else (-1, -1)
            around = {st for st, _, p in _event(a.context, a.text) if not lo <= p < hi}
            if words & around:
                d = a.day + dt.timedelta(days=step)
                return _resolved(
                    d,
                    d,
                    gran,
                    f"{abs(step)} day(s) {direction} “{event}” on {a.day.isoformat()} (“{a.text}”)",
                )
        return _unresolved(
            gran,
            f"relative to “{event}”, whose date is not stated in this or the previous sentence",
        )
    near = ctx.same or ctx.previous
    anchor = near[-1] if near else ctx.lede
    if anchor is None:
        return _unresolved(gran, "relative to an earlier event whose date the text does not state")
    d = anchor.day + dt.timedelta(days=step)
    where = "the event date" if near else "the story's lead date"
    return _resolved(d, d, gran, f"relative to {where} {anchor.day.isoformat()} (“{anchor.text}”)")


_ENGLISH = lexicon(DEFAULT_LANGUAGE)
"""The lexicon of the language glosses translate into: event windows skip its date words and
stop at its clause words in every language."""
_DATE_WORDS = frozenset(
    stem(w) for w in (
        "today tonight yesterday tomorrow day days week weeks month months year years ago "
        "previous preceding following next last earlier later early mid late morning afternoon "
        "evening night weekend century decade just only since during until".split()
        + [w.lower() for w in (*_ENGLISH.months, *_ENGLISH.weekdays)]
    )
)  # fmt: skip
SAME_DAY_SCORE = 30.0
"""Score of two dates naming the same day: above the date threshold, so equal days agree
across wording and languages ("on Friday" and "22 mars 2024")."""
MIN_NAME_OVERLAP = 0.34
"""Least Dice overlap of the names next to two dates of one event, when both clauses name any."""
POSSESSIVE_REACH = 3
"""Words after a possessive date ("Friday’s earthquake") that name what it dates."""
EVENT_WINDOW = 8
"""Words on each side of a date, inside its clause, that name the event it dates."""
_SUBJECT_AFTER_COMMA = (
    r",\s+(?:he|she|they|il|elle|ils|elles|er|sie|egli|lui|lei|él|ella|ele|ela|eles|elas)\b"
)
_SEQUENCE_WORDS = r"after|before|nachdem|bevor"
_AS_SET_PHRASE = r"(?<!known )(?<!such )(?<!well )(?<!same )(?<!so )"
_CLAUSE = re.compile(
    rf"[;:—–()\[\]“”\"]|{_AS_SET_PHRASE}\b(?:{_alt(_ENGLISH.clause_words)}|{_SEQUENCE_WORDS})\b"
    rf"|{_SUBJECT_AFTER_COMMA}"
)
"""Clause boundaries: the words of another clause describe another event ("as" not in "known
as", "such as", "as well as"). A comma before a
subject pronoun opens another main clause ("Elu député européen en 1979, il devient
ministre de 1981 à 1984"); "after" and "before" open the clause of an earlier or later
event ("declared national mourning on Sunday after at least 154 people were killed")."""


@lru_cache(maxsize=65536)
def _event(context: str, span_text: str) -> tuple[tuple[str, str, int], ...]:
    """(stem, word, position) of the content words around a date, nearest first."""
    at = context.find(span_text)
    if at < 0:
        return ()
    end = at + len(span_text)
    lang = context_language(context)
    cut_before = max((m.end() for m in _CLAUSE.finditer(context, 0, at)), default=0)
    nxt = _CLAUSE.search(context, end)
    cut_after = nxt.start() if nxt else len(context)
    own_year = _YEAR_ONLY.fullmatch(span_text) is not None
    others = (
        ()
        if own_year and _figure_before(context, at)
        else _dates_in(context, lang or DEFAULT_LANGUAGE)
    )
    for m_start, m_end in others:
        # another date of the sentence dates the words on its side of this one, and the
        # nearer half of the words between ("It began leaking fuel on Thursday, and on Friday
        # the prime minister declared an emergency", "Nommé le 5 septembre, M. Barnier doit
        # remettre sa démission jeudi matin"), unless the two stand in apposition ("almost
        # five years ago, in September 2019")
        other_year = _YEAR_ONLY.fullmatch(context, m_start, m_end) is not None
        if own_year != other_year or (other_year and _figure_before(context, m_start)):
            # years cut years only ("chosen on the fourth ballot in 2005, Francis on the fifth
            # in 2013"), and a figure's year ("0.9% in 2024, 1.4% in 2025") nothing
            continue
        if m_end <= at and not _apposed(context, m_end, at, lang):
            cut_before = max(cut_before, _halfway(context, m_end, at))
        elif m_start >= end and not _apposed(context, end, m_start, lang):
            cut_after = min(cut_after, _halfway(context, end, m_start))
    before = [(m.start(), m.group(0)) for m in _WORD.finditer(context, cut_before, at)]
    after = [(m.start(), m.group(0)) for m in _WORD.finditer(context, end, cut_after)]
    if span_text.endswith(("’s", "'s")) or context.startswith(("’s", "'s"), end):
        # "for the victims of Friday’s earthquake": the date names the noun after it, not
        # the clause's event (the mourning declared)
        before, after = [], after[: POSSESSIVE_REACH + 1]
    english = lang is None or lang == DEFAULT_LANGUAGE
    if not english:
        # the clause words of the article's language ("mentre", "während", "cuando")
        opening = lexicon(lang or DEFAULT_LANGUAGE).clause_words
        bounds = [n for n, (_, w) in enumerate(before) if w.lower() in opening]
        before = before[bounds[-1] + 1 :] if bounds else before
        stop = next((n for n, (_, w) in enumerate(after) if w.lower() in opening), len(after))
        after = after[:stop]

    def keep(w: str) -> bool:
        low = w.lower()
        return low not in STOPWORDS and len(low) > 1 and stem(low) not in _DATE_WORDS

    def sense(w: str) -> str | None:
        """The word's sense: its stem, in another language its English gloss's (None: a
        function word), so "primer recorte desde 2016" meets "first cut since September
        2019"; one stem for the words of a `DATE_SYNONYMS` group."""
        found = _stem_sense(w)
        return found if found is None else _SYNONYM_OF.get(found, found)

    def _stem_sense(w: str) -> str | None:
        if not english:
            elided = _ELIDED.match(w)
            if elided is not None:
                w = w[elided.end() :]  # "l'effondrement", "dell'attacco": the noun
            g = gloss(w, lang or DEFAULT_LANGUAGE)
            if g is None and lang == "de":
                g = _compound_gloss(w.lower())  # "Weltrekord": record
            if g == "":
                return None
            if g and not g.isdigit():
                return stem(g)
        return stem(fold(w.replace("’s", "").replace("'s", "")))

    # the window counts content words only: "el primer recorte de tipo de interés que
    # realiza el BCE desde 2016" reaches back to "primer" in any language
    b = [(s, w, p) for p, w in before if keep(w) and (s := sense(w)) is not None][-EVENT_WINDOW:]
    a = [(s, w, p) for p, w in after if keep(w) and (s := sense(w)) is not None][:EVENT_WINDOW]
    ordered: list[tuple[str, str, int]] = []
    for i in range(max(len(a), len(b))):
        if i < len(b):
            ordered.append(b[-1 - i])
        if i < len(a):
            ordered.append(a[i])
    return tuple(ordered)


DATE_SYNONYMS = (
    ("peak", "high", "record", "maximum", "top"),
    ("reach", "hit", "touch", "attain"),
    ("establish", "set"),
    ("free", "release", "liberate"),
    ("start", "begin"),
    ("collapse", "cave"),
)
"""English words (glosses) that name one event in the words around a date: "toccato il
massimo storico il 12 luglio" (touch, maximum) meets "hit a record high on July 11"."""
_SYNONYM_OF = {stem(w): stem(group[0]) for group in DATE_SYNONYMS for w in group}


_YEAR_ONLY = re.compile(r"(?:[^\W\d_]+\s+)?\d{4}[\s,]*")
"""A year, perhaps behind a preposition ("in 2024"), as the scanner finds it."""
_LINKS = re.compile(r"[\s,;:()–—-]*(?:([^\W\d_]{1,3})[\s,]+)?")
"""What stands between two dates in apposition: punctuation and at most one short word."""


def _halfway(context: str, start: int, end: int) -> int:
    """The space nearest the middle of `context[start:end]` (`start` when there is none)."""
    mid = (start + end) // 2
    right = context.find(" ", mid, end)
    left = context.rfind(" ", start, mid)
    spaces = [i for i in (left, right) if i >= 0]
    return min(spaces, key=lambda i: abs(i - mid)) if spaces else start


def _apposed(context: str, start: int, end: int, lang: str | None) -> bool:
    """Whether `context[start:end]`, between two dates, makes them one date ("almost five
    years ago, in September 2019"): punctuation and at most one short word, not a conjunction
    ("on Thursday, and on Friday")."""
    m = _LINKS.fullmatch(context, start, end)
    if m is None:
        return False
    word = m.group(1)
    return word is None or word.lower() not in concept_table(
        lang or DEFAULT_LANGUAGE, "conjunctions"
    )


@lru_cache(maxsize=8192)
def _dates_in(context: str, lang: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the date expressions the scanner of `lang` finds in a sentence."""
    low = context.lower()
    if len(low) != len(context):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in context)
    return tuple(m.span() for m in _SCANS.scan(_lang(lang), context, low, 0, len(context)))


_ELIDED = re.compile(r"(?i:[a-zà-ÿ]{1,4}['’])(?=[^\W\d_]{2})")
"""An elided article or preposition glued to a French or Italian word ("l'", "d'", "qu'",
"dell'", "sull'")."""


def _common_word(word: str, german: bool) -> bool:
    """Whether a word is a common word, not a name: lower case, or in German (whose nouns are
    capitalised) a word the German gloss table knows ("Beschwerde": complaint)."""
    if word[:1].islower():
        return True
    return german and bool(gloss(word, "de") or _compound_gloss(word.lower()))


def event_similarity(a: DateClaim, b: DateClaim) -> float:
    """0-100: how surely two dates date the same event, from the words of their clauses.

    Dice overlap of the content words next to each date inside its clause (date words
    excluded), weighted by nearness; no shared lower-case word (a verb or common noun: "met",
    "deals") means no shared event. Dates of different granularity must overlap more (x0.6).
    When both clauses name people or places (capitalised words past the sentence start), the
    names must overlap too (Dice >= `MIN_NAME_OVERLAP`): "met Kim" and "met Lam" are two
    meetings. Unresolved dates align with nothing: they can never be compared.
    """
    va, vb = _date_value(a), _date_value(b)
    if not (va.resolved and vb.resolved):
        return 0.0
    same_span = span_of_years(va) and (va.start, va.end) == (vb.start, vb.end)
    if va.granularity == vb.granularity == "day" and (va.start, va.end) == (vb.start, vb.end):
        return SAME_DAY_SCORE  # one day named in any words or language: the same date
    if same_span:
        # one span of years ("from 1981 to 1984", "dal 1981 al 1984") in any words or
        # language; above any other span with the same words ("between 2010 and 2050" beside
        # "between 2010 and 2060" in one sentence)
        return max(_word_score(a, b, va, vb), SAME_DAY_SCORE) + SAME_SPAN_BONUS
    if va.granularity == vb.granularity and va.granularity in ("year", "month"):
        fa, fb = _figure_year(a), _figure_year(b)
        if (fa or fb) and fa != fb:
            # "5% of GDP next year from an expected 6.7% this year", "un déficit attendu à
            # 6,1 % du PIB cette année": each year is its figure's, which the figures' kinds
            # compare; one figure given for two years ("$3.6 billion in 2023" / "in 2025")
            # is compared by its years
            return 0.0
    return _word_score(a, b, va, vb)


FIGURE_REACH = 4
"""Words before a year within which a number makes the year that figure's ("2.5% in 2024")."""
_FIGURE = re.compile(r"\d")


def _figure_year(claim: DateClaim) -> str:
    """The digits of the number standing within `FIGURE_REACH` words before the date, in its
    clause ("2.5% in 2024": "25"), or "" when there is none."""
    return _figure_before(claim.context, claim.context.find(claim.span.text))


@lru_cache(maxsize=16384)
def _figure_before(context: str, at: int) -> str:
    """`_figure_year` of a date at offset `at` of its sentence."""
    if at <= 0:
        return ""
    words = context[max(0, at - 80) : at].split()[-FIGURE_REACH:]
    for w in reversed(words):
        if _CLAUSE.search(w) or w.endswith((",", ";")):
            return ""
        if _FIGURE.search(w) and not _YEAR_ONLY.fullmatch(w):
            return "".join(ch for ch in w if ch.isdigit())
    return ""


SAME_SPAN_BONUS = 10.0
"""What naming the very same span of years adds to the words' score."""


def _word_score(a: DateClaim, b: DateClaim, va: DateValue, vb: DateValue) -> float:
    """`event_similarity` from the words of the two dates' clauses."""
    ea, eb = _event(a.context, a.span.text), _event(b.context, b.span.text)
    if not ea or not eb:
        return 0.0
    wa = _weights(ea)
    wb = _weights(eb)
    shared = wa.keys() & wb.keys()
    german_a, german_b = context_language(a.context) == "de", context_language(b.context) == "de"
    common_a = {s for s, w, _ in ea if _common_word(w, german_a)}
    common_b = {s for s, w, _ in eb if _common_word(w, german_b)}
    if not common_a & common_b & shared:
        return 0.0
    told_a, told_b = _dated_event(a, ea), _dated_event(b, eb)
    if told_a and told_b and told_a != told_b:
        # "mujeres y niños secuestrados el 7 de octubre", "libertou nesta sexta-feira (24)
        # 13 reféns": the words nearest each date say it dates another event
        return 0.0
    if _other_roles(a, b, va, vb):
        # "siete días de luto nacional, hasta el 4 de enero", "who took office only on
        # Friday, declared a seven-day national mourning": where something ends is not
        # when the other thing happened; nor where it starts ("the first rise since
        # December", "Die Inflation steigt im Mai")
        return 0.0
    names_a = {s for s, w, p in ea if not _common_word(w, german_a) and p > 0}
    names_b = {s for s, w, p in eb if not _common_word(w, german_b) and p > 0}
    if (
        names_a
        and names_b
        and 2 * len(names_a & names_b) < MIN_NAME_OVERLAP * (len(names_a) + len(names_b))
    ):
        return 0.0
    score = 200.0 * sum(min(wa[s], wb[s]) for s in shared) / (sum(wa.values()) + sum(wb.values()))
    if (told_a is None) != (told_b is None):
        score *= ONE_TOLD_FACTOR
    if _previous(a) != _previous(b):
        # "the previous record of 1.27 million set on 31 January", "mobilisation record le 7
        # mars": an earlier instance of the thing is not this one
        score *= ONE_TOLD_FACTOR
    if va.granularity != vb.granularity:
        if len(common_a & common_b & shared) < 2 and not (
            (_until(a) and _until(b)) or (_since(a) and _since(b))
        ):
            # "had reached a peak in October 2022", "In 2026, it could reach 1.6%": one verb
            # in common does not make a month and a year one event's date (terms and
            # reference points are read below)
            return 0.0
        score *= 0.6
    if len(common_a & common_b & shared) >= SINCE_SHARED and _since(a) and _since(b):
        # "the first cut since September 2019", "el primer recorte ... desde 2016": one
        # reference point, however far the clause's other words
        score = max(score, SAME_DAY_SCORE)
    elif common_a & common_b & shared and _until(a) and _until(b):
        # "a six-year contract that runs until June 2029", "einen Vertrag bis 2029": one
        # term, the end of the same thing
        score = max(score, SAME_DAY_SCORE)
    return score


ONE_TOLD_FACTOR = 0.5
"""What the words' score keeps when the words nearest one date name its event and those of
the other name none: "Francisco, morto em 21 de abril aos 88 anos, levou-o para Roma" shares
Rome and the dicastery with "creandolo cardinale nel concistoro del 30 settembre", not the
death."""


def _other_roles(a: DateClaim, b: DateClaim, va: DateValue, vb: DateValue) -> bool:
    """Whether two dates stand in different roles: one ends something (an until-word) and the
    other does not, one starts it (a since-word, not in a span of years) and the other does
    not, or they are the two ends of between-ranges."""
    if _until(a) != _until(b):
        return True
    if _since(a) != _since(b) and not (span_of_years(va) or span_of_years(vb)):
        return True
    ea, eb = _range_end(a), _range_end(b)
    return ea is not None and eb is not None and ea != eb


RANGE_REACH = 60
"""Characters before a date searched for the between-word of a range it closes."""


def _range_end(claim: DateClaim) -> str | None:
    """ "start" for a date opening a range ("between January 2018 and …"), "end" for the one
    closing it ("… and April 2024"), None for a date outside one."""
    return _range_role(claim.context, claim.span.text)


@lru_cache(maxsize=16384)
def _range_role(context: str, span_text: str) -> str | None:
    at = context.find(span_text)
    if at <= 0:
        return None
    lang = context_language(context) or DEFAULT_LANGUAGE
    between, ands = concept_table(lang, "between"), concept_table(lang, "conjunctions")
    words = [m.group(0).lower() for m in _WORD.finditer(context, max(0, at - RANGE_REACH), at)]
    if not words:
        return None
    if words[-1] in between:
        return "start"
    if words[-1] in ands and any(w in between for w in words[:-1]):
        return "end"
    return None


PREVIOUS_REACH = 8
"""Words before a date, in its clause, searched for a word marking an earlier instance."""


def _previous(claim: DateClaim) -> bool:
    """Whether a word of the `previous` lexicon ("previous", "précédent", "vorherig") stands
    within `PREVIOUS_REACH` words before the date in its sentence."""
    return _previous_before(claim.context, claim.span.text)


@lru_cache(maxsize=16384)
def _previous_before(context: str, span_text: str) -> bool:
    at = context.find(span_text)
    if at <= 0:
        return False
    lang = context_language(context) or DEFAULT_LANGUAGE
    table = concept_table(lang, "previous")
    words = [m.group(0).lower() for m in _WORD.finditer(context, max(0, at - 120), at)]
    return any(w in table for w in words[-PREVIOUS_REACH:])


DATED_EVENT_REACH = 2
"""Content words nearest a date (either side) searched for the event it dates."""


def _dated_event(claim: DateClaim, event: tuple[tuple[str, str, int], ...]) -> str | None:
    """The event the nearest words of a date name (released, kidnapped, appointed, resigned,
    born, died: the package's `date_events`), or None."""
    words = concept_table(context_language(claim.context) or DEFAULT_LANGUAGE, "date_events")
    for _, word, _ in event[:DATED_EVENT_REACH]:
        found = words.get(word.lower())
        if found:
            return found
    return None


SINCE_SHARED = 2
"""Common words two since-dates must share to date the same reference point."""


def _since(claim: DateClaim) -> bool:
    """Whether a since-word of the claim's language opens its span or stands right before it."""
    return _opened_by(
        claim, lexicon(context_language(claim.context) or DEFAULT_LANGUAGE).since_words
    )


def _until(claim: DateClaim) -> bool:
    """Whether an until-word of the claim's language opens its span or stands right before it."""
    return _opened_by(
        claim, lexicon(context_language(claim.context) or DEFAULT_LANGUAGE).until_words
    )


def _opened_by(claim: DateClaim, words: frozenset[str]) -> bool:
    """Whether one of `words` opens the claim's span or stands right before it."""
    first = _WORD.match(claim.span.text)
    if first and first.group(0).lower() in words:
        return True
    at = claim.context.find(claim.span.text)
    before = _WORD.findall(claim.context, max(0, at - 12), max(at, 0))
    return bool(before) and before[-1].lower() in words


def tokens(claim: DateClaim) -> Sequence[str]:
    """Blocking tokens: the stems of the words naming the event (none for an unresolved date,
    which aligns with nothing), and the day itself for a date of day granularity. Two dates can
    only score when they share one, so alignment scores a few candidate groups instead of
    every group."""
    v = _date_value(claim)
    if not v.resolved:
        return ()
    words = tuple(s for s, _, _ in _event(claim.context, claim.span.text))
    if v.granularity == "day":
        return (*words, f"@{v.start}")
    return (*words, f"@{v.start}/{v.end}") if span_of_years(v) else words


def span_of_years(value: DateValue) -> bool:
    """Whether a date is a span from one year to another ("from 1985 to 1995")."""
    return (
        value.granularity == "year"
        and value.start is not None
        and value.end is not None
        and value.start.year != value.end.year
    )


def _weights(words: tuple[tuple[str, str, int], ...]) -> dict[str, float]:
    out: dict[str, float] = {}
    for i, (s, _, _) in enumerate(words):
        out.setdefault(s, 1.0 / (1.0 + i / 4.0))
    return out
