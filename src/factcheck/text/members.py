"""Which articles belong to the cluster: event signatures, the cluster's date window, outliers.

A cluster handed to `check` often holds articles about another occasion: the same storm in
another country, the same actors two months later, an earthquake of 2004 beside one of 2023.
Their numbers must not be compared with the members'. Each article gets an event signature:

- the calendar days it states (dates resolved to a day, its publication date or else its
  page's date stamp, and days written without a year, placed in the year nearest the
  cluster's event);
- its key names: capitalised words weighted by how rare they are in the article's language
  (packaged word frequencies, `wordfreq`), folded to a spelling-tolerant key so "Derna" and
  "Darna", "Taroudant" and "Tarudant" meet;
- the places and people of its name claims, for the messages.

The cluster's event day is the day most articles state or were published on; its window runs
from `WINDOW_BEFORE` days before that to `WINDOW_DAYS` after. An article is an outlier when its own days all
lie outside the window ("about 2004-02-24, the cluster is about 2023-09-08"), or when it states
no day inside the window and its key names are nearly absent from the other articles while the
cluster's key names are nearly absent from it ("about Guangzhou, Nansha; the cluster is about
Baltimore, Dali"). Everything is computed against the cluster's totals, never pair by pair, so
the cost grows linearly with the number of articles.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

from anyascii import anyascii

from factcheck.lang import future_markers, lexicon, with_english
from factcheck.model import Claim, Document, Outlier

WINDOW_BEFORE = 3
"""Days before the cluster's event day that still belong to it: the day most articles state
is often a day or two after the event, when most reports came out (an attack on the 22nd,
reports dated the 24th), and time zones and eve reports add another."""
WINDOW_DAYS = 21
"""Days after the cluster's event day in which its follow-up reports still belong to it."""
TERM_TYPICAL = 0.4
"""An article whose key names are this typical of the cluster (relative to the median
article) or less, ..."""
TERM_COVERAGE = 0.25
"""... and which holds this share (relative to the median article) or less of the cluster's
shared key names, is about something else, unless a date it states says otherwise."""
TERM_OWN_LANGUAGE = 0.3
"""An article of a minority language whose key names are at least this typical (relative to
the cluster's median) of the other articles in its language keeps its place: its language
spells the cluster's names its own way ("EZB" for "ECB")."""
NAMES_WEAK = 0.6
"""Below this relative score an undated article's names do not vouch for it: one date it
states outside the window is then enough to set it apart."""
MIN_ARTICLES = 4
"""Below this many articles there is no majority to measure an article against."""

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’\-][^\W\d_]+)*")
_RARE = 5.5
"""Zipf frequency above which a word carries no weight (common words: "The", "President")."""


@lru_cache(maxsize=65536)
def _zipf(word: str, language: str) -> float:
    from wordfreq import zipf_frequency  # packaged data, loaded on first use

    try:
        return float(zipf_frequency(word, language))
    except LookupError:  # a language wordfreq lacks: judge by English
        return float(zipf_frequency(word, "en"))


_VOWELS = re.compile(r"[aeiouy\-]")
_DOUBLE = re.compile(r"(.)\1+")
_APOSTROPHE = re.compile(r"['’]")


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """A spelling-tolerant key: ASCII, lower case, consonant skeleton after the first letter.

    "Derna" and "Darna" -> "drn"; "Marrakech" and "Marraquech" -> "mrk"; doubled letters
    fold. Possessives ("Libya's") lose their ending first.
    """
    t = _APOSTROPHE.split(anyascii(word).lower())[0]
    t = t.replace("qu", "k").replace("ph", "f").replace("c", "k").replace("h", "")
    if not t:
        return ""
    return _DOUBLE.sub(r"\1", t[0] + _VOWELS.sub("", t[1:]))


@dataclasses.dataclass(frozen=True, slots=True)
class Signature:
    """What one article is about, as far as membership is concerned."""

    article: str
    published: dt.date | None
    days: tuple[dt.date, ...]
    """Days the article states in full, and its publication date."""
    partial_days: tuple[tuple[int, int], ...]
    """(month, day) pairs stated without a year."""
    months: tuple[int, ...]
    """Months stated without a year ("in July")."""
    terms: Mapping[str, float]
    """Name key -> weight (rarity in the article's language)."""
    labels: Mapping[str, str]
    """Name key -> the first spelling seen, for messages."""


@lru_cache(maxsize=16384)
def _sentence_names(text: str, language: str) -> tuple[tuple[str, float, str], ...]:
    """(key, weight, spelling) of the capitalised rare words of one sentence; republished
    copies repeat their sentences, so this is cached."""
    out: list[tuple[str, float, str]] = []
    seen: set[str] = set()
    for i, m in enumerate(_WORD.finditer(text)):
        w = m.group()
        if len(w) < 3 or not w[0].isupper() or w in seen:
            continue
        seen.add(w)
        z = _zipf(w.lower(), language)
        if i == 0 and z > 3.0:  # an ordinary word capitalised at the start
            continue
        weight = _RARE - z
        if weight <= 0:
            continue
        k = name_key(w)
        if len(k) >= 2:
            out.append((k, weight, _APOSTROPHE.split(w)[0]))
    return tuple(out)


def signature(doc: Document, claims: Sequence[Claim]) -> Signature:
    """The event signature of one article from its kept sentences and its claims."""
    art = doc.article
    terms: dict[str, float] = {}
    labels: dict[str, str] = {}
    for sent in doc.sentences:
        for k, weight, label in _sentence_names(sent.text, art.language):
            if weight > terms.get(k, 0.0):
                terms[k] = weight
            labels.setdefault(k, label)
    days: set[dt.date] = set()
    partial: set[tuple[int, int]] = set()
    months: set[int] = set()
    for c in claims:
        if c.kind != "date":
            continue
        v = c.value
        if v.resolved and v.start is not None and v.start == v.end:
            days.add(v.start)
        elif not v.resolved and v.granularity == "day" and (v.reason or "").startswith("no year"):
            md = _month_day(c.span.text, art.language)
            if md is not None:
                partial.add(md)
        elif not v.resolved and v.granularity == "month" and "without a year" in (v.reason or ""):
            month = _month(c.span.text, art.language)
            if month is not None and not _ahead(c, art.language):
                months.add(month)
    published = art.published or page_day(doc)
    if published is not None:
        days.add(published)
    return Signature(
        art.id,
        published,
        tuple(sorted(days)),
        tuple(sorted(partial)),
        tuple(sorted(months)),
        terms,
        labels,
    )


STAMP_WORDS = 6
"""Leading words of a page's date stamp tried away before its date ("Publié le …")."""


def page_day(doc: Document) -> dt.date | None:
    """The day a page's date stamp names, when the stamp is the last furniture line before
    the story ("News / The week in 40 photos / July 19, 2024 / September 17, 2024 / A moving
    bubble …": 2024-09-17); None without one. Used for articles without a publication date:
    the stamp is the page's own date."""
    if not doc.blocks:
        return None
    first = doc.blocks[0].start
    stamps = [r for r in doc.removed if r.reason == "stamp" and r.end <= first]
    if not stamps:
        return None
    text = doc.article.text[stamps[-1].start : stamps[-1].end].strip()
    return _stamp_day(text, doc.article.language)


@lru_cache(maxsize=4096)
def _stamp_day(text: str, language: str) -> dt.date | None:
    from factcheck.kinds.date import normalize

    words = text.split()
    for skip in range(min(STAMP_WORDS, len(words))):
        value = normalize(" ".join(words[skip:]).strip(" -|,"), language=language)
        if value is not None and value.resolved and value.granularity == "day" and value.start:
            return value.start
    return None


def month_number(word: str, language: str) -> int | None:
    """The month (1-12) a month name or abbreviation of `language` stands for, else None."""
    months = lexicon(language).months
    hit = months.get(word)
    if hit is None:
        folded = word.lower().rstrip(".")
        hit = next((n for m, n in months.items() if m.lower().rstrip(".") == folded), None)
    return hit


def _ahead(claim: Claim, language: str) -> bool:
    """Whether a date is spoken of as still to come ("economists expect the next cut in
    September"): the clause before it in its sentence holds a future marker of the language."""
    at = claim.context.find(claim.span.text)
    before = claim.context[: at if at >= 0 else len(claim.context)]
    codes = tuple(lex.code for lex in with_english(language))
    return bool(future_markers(codes).search(before[-FUTURE_REACH:]))


FUTURE_REACH = 80
"""Characters before a date searched for a future marker."""


def _month(text: str, language: str) -> int | None:
    """The month named in a located span such as "in July"."""
    for w in _WORD.findall(text):
        month = month_number(w, language)
        if month is not None:
            return month
    return None


def _month_day(text: str, language: str) -> tuple[int, int] | None:
    """(month, day) of a located day-and-month span such as "February 22" or "11. September"."""
    day = re.search(r"\b([0-3]?\d)\b", text)
    if not day:
        return None
    for w in _WORD.findall(text):
        month = month_number(w, language)
        if month is not None and 1 <= int(day.group(1)) <= 31:
            return month, int(day.group(1))
    return None


@dataclasses.dataclass(frozen=True, slots=True)
class Membership:
    """The split of a cluster into members and outliers."""

    members: tuple[str, ...]
    outliers: tuple[Outlier, ...]
    event_day: dt.date | None
    """The day the cluster is about, when its dates say so."""


DAY_CANDIDATES = 5
"""Shared days tried as the cluster's event day, most stated first."""


def event_day(signatures: Sequence[Signature]) -> dt.date | None:
    """The day the cluster is about: of the days two articles or more state or were published
    on, the one whose window leaves the fewest articles outside it (a follow-up published 69
    days after the collapse every article recalls is about its own day, not the collapse),
    then the most stated, then the earliest; None when no day is shared by two articles."""
    votes: Counter[dt.date] = Counter()
    for s in signatures:
        votes.update(set(s.days))
    shared = sorted((d for d, n in votes.items() if n >= 2), key=lambda d: (-votes[d], d))
    if not shared:
        return None
    candidates = shared[:DAY_CANDIDATES]
    if len(candidates) == 1:
        return candidates[0]

    def outside(day: dt.date) -> int:
        lo, hi = window(day)
        return sum(1 for s in signatures if s.published is not None and not lo <= s.published <= hi)

    return min(candidates, key=lambda d: (outside(d), -votes[d], d))


def _place(month_day: tuple[int, int], day: dt.date) -> dt.date | None:
    """A (month, day) placed in the year that brings it nearest to `day`."""
    out: list[dt.date] = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            out.append(dt.date(year, *month_day))
        except ValueError:
            continue
    return min(out, key=lambda d: (abs((d - day).days), d)) if out else None


def window(day: dt.date) -> tuple[dt.date, dt.date]:
    """The cluster's date window around its event day."""
    return day - dt.timedelta(days=WINDOW_BEFORE), day + dt.timedelta(days=WINDOW_DAYS)


def split(docs: Sequence[Document], claims_by_article: Mapping[str, Sequence[Claim]]) -> Membership:
    """Members and outliers of one cluster (articles in the given order)."""
    ids = tuple(d.article.id for d in docs)
    if len(docs) < MIN_ARTICLES:
        return Membership(ids, (), None)
    sigs = [signature(d, claims_by_article.get(d.article.id, ())) for d in docs]
    day = event_day(sigs)
    typical, coverage = _relative(_term_scores(sigs))
    own_language = _language_scores(docs, sigs)
    outliers: list[Outlier] = []
    for i, s in enumerate(sigs):
        names_weak = min(typical[i], coverage[i]) < NAMES_WEAK
        inside = False
        if day is not None:
            inside, outside, about = _date_evidence(s, day)
            lo, hi = window(day)
            one_side = all(d < lo for d in outside) or all(d > hi for d in outside)
            # Stated days outside the window, all before it or all after it, place an undated
            # article at another occasion (two of them, or one with weak names); days on both
            # sides of it are background and plans.
            strong = s.published is not None or (one_side and (len(outside) >= 2 or names_weak))
            if outside and not inside and strong:
                reason = f"about {about}, the cluster is about {day.isoformat()}"
                outliers.append(Outlier(article=s.article, reason=reason, cause="date"))
                continue
        if inside or own_language.get(i, 0.0) >= TERM_OWN_LANGUAGE:
            continue
        if typical[i] <= TERM_TYPICAL and coverage[i] <= TERM_COVERAGE:
            own = _own_labels(sigs, i)
            core = _core_labels(sigs, exclude=i)
            reason = (
                f"about {', '.join(own) or 'other names'}; the cluster is about {', '.join(core)}"
            )
            outliers.append(Outlier(article=s.article, reason=reason, cause="names"))
    out_ids = {o.article for o in outliers}
    return Membership(tuple(a for a in ids if a not in out_ids), tuple(outliers), day)


def _own_labels(sigs: Sequence[Signature], i: int, k: int = 3) -> list[str]:
    """The rarest names of article `i` that no other article holds (or its rarest names)."""
    s = sigs[i]
    others: set[str] = set()
    for j, t in enumerate(sigs):
        if j != i:
            others.update(t.terms.keys() & s.terms.keys())
    ranked = sorted(s.terms, key=lambda t: (t in others, -s.terms[t], t))
    return [s.labels[t] for t in ranked[:k]]


def _date_evidence(s: Signature, day: dt.date) -> tuple[bool, list[dt.date], str]:
    """Whether the article states a day inside the cluster's window, the dates it states
    outside it, and what it is about in words.

    A publication date decides alone. Otherwise the stated days count (days without a year
    are placed in the year nearest the event day), and months stated without a year count
    against the window only when they lie after it (a month is too coarse to place an article
    inside the window, and earlier months are the background every report gives) and are not
    spoken of as still to come (`signature` leaves those out).
    """
    lo, hi = window(day)
    if s.published is not None:
        ok = lo <= s.published <= hi
        return ok, [] if ok else [s.published], s.published.isoformat()
    stated = list(s.days) + [p for md in s.partial_days if (p := _place(md, day)) is not None]
    inside = any(lo <= d <= hi for d in stated)
    outside = [d for d in stated if not lo <= d <= hi]
    for month in s.months:
        first = _place((month, 1), day)
        if first is None:
            continue
        if first > hi:  # a later month: earlier ones are background, as in any report
            outside.append(first)
    about = max(outside).isoformat() if outside else ""
    if outside and all(d.day == 1 for d in outside if d not in stated):
        months = sorted({d for d in outside if d not in stated})
        if months and len(months) == len(outside):
            about = max(months).strftime("%Y-%m")
    return inside, outside, about


def _relative(scores: tuple[list[float], list[float]]) -> tuple[list[float], list[float]]:
    """Scores divided by their median (the typical article scores 1)."""
    out = []
    for values in scores:
        med = statistics.median(values) if values else 0.0
        out.append([v / med if med > 0 else 1.0 for v in values])
    return out[0], out[1]


def _language_scores(docs: Sequence[Document], sigs: Sequence[Signature]) -> dict[int, float]:
    """Typicality among the articles of the same language, relative to the whole cluster's
    median, for articles of a language that is not the cluster's most common one."""
    typical, _ = _term_scores(sigs)
    med = statistics.median(typical) if typical else 0.0
    by_language: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        by_language.setdefault(d.article.language, []).append(i)
    main = max(sorted(by_language), key=lambda lang: len(by_language[lang]))
    out: dict[int, float] = {}
    for lang, idx in sorted(by_language.items()):
        if lang == main or len(idx) < 2 or med <= 0:
            continue
        own, _ = _term_scores([sigs[i] for i in idx])
        out.update({i: v / med for i, v in zip(idx, own, strict=True)})
    return out


def _term_scores(sigs: Sequence[Signature]) -> tuple[list[float], list[float]]:
    """Per article: how typical its key names are of the others (weighted share of the others
    holding each), and which share of the others' shared key names it holds."""
    df: Counter[str] = Counter()
    for s in sigs:
        df.update(s.terms.keys())
    n = len(sigs)
    core_mass: dict[str, float] = {}
    for s in sigs:
        for k, w in s.terms.items():
            if df[k] >= 2:
                core_mass[k] = core_mass.get(k, 0.0) + w
    typical: list[float] = []
    coverage: list[float] = []
    total_core = 0.0
    shared_min = max(2, round(0.25 * (n - 1)))
    core_keys = {k for k in core_mass if df[k] >= shared_min}
    for s in sigs:
        own = sum(s.terms.values())
        typical.append(
            sum(w * (df[k] - 1) / (n - 1) for k, w in s.terms.items()) / own if own else 0.0
        )
    for s in sigs:
        # the others' shared key names, each weighted by its mass outside this article
        mass = {
            k: core_mass[k] - s.terms.get(k, 0.0)
            for k in core_keys
            if df[k] - (k in s.terms) >= shared_min
        }
        total_core = sum(mass.values())
        coverage.append(
            sum(v for k, v in mass.items() if k in s.terms) / total_core if total_core else 0.0
        )
    return typical, coverage


def _core_labels(sigs: Sequence[Signature], *, exclude: int) -> list[str]:
    """The cluster's most shared rare names, spelled as first seen."""
    mass: dict[str, float] = {}
    label: dict[str, str] = {}
    for i, s in enumerate(sigs):
        if i == exclude:
            continue
        for k, w in s.terms.items():
            mass[k] = mass.get(k, 0.0) + w
            label.setdefault(k, s.labels[k])
    ranked = sorted(mass, key=lambda k: (-mass[k], k))[:3]
    return [label[k] for k in ranked]


__all__ = ["Membership", "Signature", "event_day", "name_key", "signature", "split", "window"]
