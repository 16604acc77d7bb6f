"""Overlap resolution: one pipeline step decides when two kinds claim the same characters.

Kinds extract independently, so "2 milliards d'euros" can be read as money and as a count of
"euros", and "the 19th century" as a date and as an ordinal count. After extraction the
claims of competing kinds that read the same characters (they share at least half of the
longer span, or one lies inside a short other) are settled here, per article: the claim of the kind with the higher
`Kind.priority` stays, then the longer span, then the kind earlier in the registry, then the
earlier span. A short claim inside a much longer one of another kind is a different reading
and stays (a name inside an event-relative date). Claims of one kind never remove each other (a kind
settles its own overlaps), and kinds whose claims contain others by nature (a quotation
holds numbers and names: `Kind.contains_others`) take no part.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.kinds import AnyKind
from factcheck.model import Claim


def resolve_overlaps(claims: Sequence[Claim], kinds: Sequence[AnyKind]) -> list[Claim]:
    """`claims` (one article's, sorted by span) without those that lose an overlap with a
    claim of another kind; order is kept."""
    rank = {k.name: (-k.priority, i) for i, k in enumerate(kinds) if not k.contains_others}
    losers: set[int] = set()
    group: list[Claim] = []
    end = -1
    for c in claims:  # sorted by span start
        if c.kind not in rank:
            continue
        if group and c.span.start >= end:
            losers |= _settle(group, rank)
            group = []
        group.append(c)
        end = max(end, c.span.end) if len(group) > 1 else c.span.end
    if group:
        losers |= _settle(group, rank)
    if not losers:
        return list(claims)
    return [c for c in claims if id(c) not in losers]


SHORT_READING = 4
"""Words up to which a claim is one reading of its characters: a claim of another kind lying
wholly inside it ("RUB" in "RUB 100bn") reads the same characters."""


def _same_characters(a: Claim, b: Claim) -> bool:
    """Whether two claims read the same characters: they share at least half of the longer
    span ("the 19th century" and "19th century"), or one lies wholly inside the other and the
    outer one is short ("RUB" in "RUB 100bn"). A short claim inside a long one ("North Korea"
    in "one day after meeting North Korea's Kim Jong Un") is a different reading."""
    shared = min(a.span.end, b.span.end) - max(a.span.start, b.span.start)
    if shared <= 0:
        return False
    outer, inner = (a, b) if a.span.end - a.span.start >= b.span.end - b.span.start else (b, a)
    if 2 * shared >= outer.span.end - outer.span.start:
        return True
    inside = outer.span.start <= inner.span.start and inner.span.end <= outer.span.end
    return inside and len(outer.span.text.split()) <= SHORT_READING


def _settle(group: list[Claim], rank: dict[str, tuple[int, int]]) -> set[int]:
    """Ids of the claims of a run of overlapping claims that lose to another kind's claim."""
    if len(group) == 1 or len({c.kind for c in group}) == 1:
        return set()
    order = sorted(
        group,
        key=lambda c: (rank[c.kind][0], -(c.span.end - c.span.start), rank[c.kind][1],
                       c.span.start),
    )  # fmt: skip
    kept: list[Claim] = []
    lost: set[int] = set()
    for c in order:
        if any(k.kind != c.kind and _same_characters(k, c) for k in kept):
            lost.add(id(c))
        else:
            kept.append(c)
    return lost
