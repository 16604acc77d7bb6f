"""The fact sheet: per aligned fact, the value most sources give, the values that differ, and
for running totals (deaths, injured, missing, arrests) the order in which values appeared.

An editor reads the event's facts first and the disagreements against them. The sheet is a
view of the aligned groups: it decides nothing the comparison has not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping, Sequence

from factcheck.align import Group
from factcheck.config import Config
from factcheck.kinds import KINDS, KindSpec, get_kind
from factcheck.model import Article, Claim, Fact, FactValue, Frame

RUNNING = frozenset({"killed", "injured", "missing", "arrested", "displaced", "rescued"})
"""Concepts whose figure grows as a story develops: differing values from sources published
on different days may be successive updates."""

_KIND_ORDER = {spec.name: i for i, spec in enumerate(KINDS)}


_PEOPLE = {
    "killed": "people killed",
    "injured": "people injured",
    "missing": "people missing",
    "arrested": "people arrested",
    "displaced": "people displaced",
    "rescued": "people rescued",
    "critical": "people in critical condition",
    "population": "population",
    "shot": "shots fired",
    "cut": "number cut",
    "person": "people",
}


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun if noun.endswith("s") else noun + "s"


def frame_subject(frame: Frame, kind: str = "count") -> str:
    """A fact's name from its frame and kind: "people killed", "number of countries",
    "workers rescued", "age of the bank", "price per share", "inflation (year 2025)"."""
    concept = frame.concept
    if kind == "count" and concept not in _PEOPLE:
        words = concept.split()
        if len(words) == 2:  # an event and its noun: "rescued worker"
            what = f"{_plural(words[1])} {words[0]}"
        else:
            what = f"number of {_plural(concept)}"
    elif kind == "age":
        what = f"age of the {concept}"
    elif kind == "money" and concept == "per share":
        what = "price per share"
    else:
        what = _PEOPLE.get(concept, concept)
    return f"{what} ({', '.join(frame.scope)})" if frame.scope else what


def is_running(claims: Sequence[Claim]) -> bool:
    """Whether the claims state a running total (a framed count of a growing concept)."""
    return any(c.kind == "count" and c.frame and c.frame.concept in RUNNING for c in claims)


def _first_published(claims: Sequence[Claim], articles: Mapping[str, Article]) -> dt.date | None:
    dates = [a.published for c in claims if (a := articles.get(c.article)) and a.published]
    return min(dates) if dates else None


class _Class:
    """Claims of one identity in a group, with what the fact sheet reads of them, gathered in
    one pass over the group's claims (a group may hold thousands)."""

    __slots__ = ("articles", "claims", "ids", "longest", "running")

    def __init__(self) -> None:
        self.claims: list[Claim] = []
        self.ids: list[str] = []
        self.articles: set[str] = set()
        self.longest = 0
        self.running = False


def _classes(spec: KindSpec, claims: Sequence[Claim]) -> list[_Class]:
    """The claims split by identity, in order of first appearance."""
    identity = spec.identity
    classes: dict[Hashable, _Class] = {}
    for c in claims:
        ident = identity(c)
        cls = classes.get(ident)
        if cls is None:
            cls = classes[ident] = _Class()
        cls.claims.append(c)
        cls.ids.append(c.id)
        cls.articles.add(c.article)
        n = len(c.span.text)
        if n > cls.longest:
            cls.longest = n
        if not cls.running and c.kind == "count":
            frame = c.frame
            cls.running = bool(frame and frame.concept in RUNNING)
    return list(classes.values())


def _class_value(
    spec: KindSpec, classes: Sequence[_Class], articles: Mapping[str, Article]
) -> FactValue:
    """`_value` of the claims of `classes`, from what was gathered of them."""
    arts = set().union(*(cls.articles for cls in classes))
    dates = [a.published for art in arts if (a := articles.get(art)) and a.published]
    return FactValue(
        value=spec.describe(classes[0].claims[0]),
        articles=tuple(sorted(arts)),
        claims=tuple(i for cls in classes for i in cls.ids),
        first_published=min(dates) if dates else None,
    )


def _fact(group: Group, articles: Mapping[str, Article], config: Config) -> Fact | None:
    spec = get_kind(group.kind)
    classes = _classes(spec, group.claims)
    if len(set().union(*(cls.articles for cls in classes))) < 2:
        return None
    ordered = sorted(
        classes,
        key=lambda cls: (
            -len(cls.articles),
            -cls.longest,
            min(cls.articles),
            cls.claims[0].span.text,
        ),
    )
    ref = [ordered[0]]
    r0 = ordered[0].claims[0]
    others: list[_Class] = []
    for cls in ordered[1:]:
        verdict = spec.compare(r0, cls.claims[0], config)
        if verdict in ("agree", "compatible"):  # "at least 143" supports "143"
            ref.append(cls)
        elif verdict is not None:
            others.append(cls)
    if len(set().union(*(cls.articles for cls in ref))) < 2 and not others:
        return None
    if spec.name == "name" and not others and r0.frame is None:
        return None  # a place or person every source spells alike is no fact to check
    frame = r0.frame
    subject = frame_subject(frame, group.kind) if frame else spec.subject(r0)
    consensus = _class_value(spec, ref, articles)
    dissent = tuple(_class_value(spec, [cls], articles) for cls in others)
    running = any(cls.running for cls in ref)
    timeline: tuple[FactValue, ...] = ()
    if running and dissent:
        never = dt.date.max
        low = {
            v.value: _low(cls[0].claims[0])
            for v, cls in zip((consensus, *dissent), (ref, *([o] for o in others)), strict=True)
        }
        timeline = tuple(
            sorted(
                (consensus, *dissent),
                key=lambda v: (v.first_published or never, low[v.value], v.value),
            )
        )
    return Fact(
        kind=spec.name,
        subject=subject,
        consensus=consensus,
        dissent=dissent,
        running=running,
        timeline=timeline,
    )


def fact_sheet(
    groups: Sequence[Group], articles: Sequence[Article], config: Config
) -> tuple[Fact, ...]:
    """Facts stated by two or more articles, most widely stated first."""
    by_id = {a.id: a for a in articles}
    facts = [f for g in groups if (f := _fact(g, by_id, config)) is not None]
    return tuple(
        sorted(
            facts,
            key=lambda f: (
                -len({*f.consensus.articles, *(a for d in f.dissent for a in d.articles)}),
                _KIND_ORDER.get(f.kind, len(_KIND_ORDER)),
                f.subject,
                f.consensus.value,
            ),
        )
    )


def update_note(
    ref: Sequence[Claim], other: Sequence[Claim], articles: Mapping[str, Article]
) -> str | None:
    """For two values of a running total from sources published on different days, the
    sentence that says which is the later figure ("rose from 93 [heute.at, 2024-03-23] to
    143 [Band, 2024-03-24]"); None otherwise."""
    if not (is_running(ref) and is_running(other)):
        return None
    dr, do = _first_published(ref, articles), _first_published(other, articles)
    if dr is None or do is None or dr == do:
        return None
    early, late = (ref, other) if dr < do else (other, ref)
    spec = get_kind(ref[0].kind)
    low, high = spec.describe(early[0]), spec.describe(late[0])
    e_art, l_art = articles.get(early[0].article), articles.get(late[0].article)
    e_label = e_art.label if e_art else early[0].article
    l_label = l_art.label if l_art else late[0].article
    e_day, l_day = min(dr, do), max(dr, do)
    verb = "rose" if _low(late[0]) >= _low(early[0]) else "fell"
    return (
        f"The figure {verb} from {low} [{e_label}, {e_day.isoformat()}] to {high} "
        f"[{l_label}, {l_day.isoformat()}]: the later source may carry an update."
    )


def _low(claim: Claim) -> float:
    low = getattr(claim.value, "low", None)
    high = getattr(claim.value, "high", None)
    return float(low if low is not None else high if high is not None else 0.0)
