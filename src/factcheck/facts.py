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
from factcheck.kinds import KINDS, get_kind
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


def _value(claims: Sequence[Claim], articles: Mapping[str, Article]) -> FactValue:
    spec = get_kind(claims[0].kind)
    return FactValue(
        value=spec.describe(claims[0]),
        articles=tuple(sorted({c.article for c in claims})),
        claims=tuple(c.id for c in claims),
        first_published=_first_published(claims, articles),
    )


def _fact(group: Group, articles: Mapping[str, Article], config: Config) -> Fact | None:
    spec = get_kind(group.kind)
    if len({c.article for c in group.claims}) < 2:
        return None
    classes: dict[Hashable, list[Claim]] = {}
    for c in group.claims:
        classes.setdefault(spec.identity(c), []).append(c)
    ordered = sorted(
        classes.values(),
        key=lambda cs: (
            -len({c.article for c in cs}),
            -max(len(c.span.text) for c in cs),
            min(c.article for c in cs),
            cs[0].span.text,
        ),
    )
    ref = list(ordered[0])
    others: list[list[Claim]] = []
    for cls in ordered[1:]:
        verdict = spec.compare(ref[0], cls[0], config)
        if verdict in ("agree", "compatible"):  # "at least 143" supports "143"
            ref.extend(cls)
        elif verdict is not None:
            others.append(cls)
    if len({c.article for c in ref}) < 2 and not others:
        return None
    if spec.name == "name" and not others and ref[0].frame is None:
        return None  # a place or person every source spells alike is no fact to check
    frame = ref[0].frame
    subject = frame_subject(frame, group.kind) if frame else spec.subject(ref[0])
    consensus = _value(ref, articles)
    dissent = tuple(_value(cls, articles) for cls in others)
    running = is_running(ref)
    timeline: tuple[FactValue, ...] = ()
    if running and dissent:
        never = dt.date.max
        low = {
            v.value: _low(cls[0])
            for v, cls in zip((consensus, *dissent), (ref, *others), strict=True)
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
