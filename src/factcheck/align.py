"""Alignment: group claims that speak of the same fact, without comparing all pairs.

Claims are blocked by kind and key (unit, currency, entity type). Inside a block each claim
joins the existing group it resembles most (kind similarity, by default the words around
the claims), scored against a few exemplars per distinct value, or starts a new group. The
cost grows with claims × distinct facts, not claims².
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Sequence

from factcheck.config import Config
from factcheck.kinds import KINDS, KindSpec
from factcheck.kinds._common import context_similarity
from factcheck.model import Claim

EXEMPLARS_PER_VALUE = 3
"""Claims of one value a new claim is scored against inside a group."""


@dataclasses.dataclass(frozen=True, slots=True)
class Group:
    """Claims of one kind and key aligned as one fact."""

    kind: str
    key: str
    claims: tuple[Claim, ...]


@dataclasses.dataclass(slots=True)
class _Building:
    claims: list[Claim]
    exemplars: dict[Hashable, list[Claim]]
    sources: dict[tuple[str, int], set[Hashable]]


def _source(claim: Claim) -> tuple[str, int]:
    return (claim.article, claim.segment)


def align_kind(spec: KindSpec, claims: Sequence[Claim], config: Config) -> list[Group]:
    """Groups of one kind's claims (already in article and span order)."""
    similarity = spec.similarity or context_similarity
    threshold = spec.threshold if spec.threshold is not None else config.context_threshold
    blocks: dict[str, list[Claim]] = {}
    for c in claims:
        blocks.setdefault(spec.key(c), []).append(c)
    out: list[Group] = []
    for key in sorted(blocks):
        building: list[_Building] = []
        for claim in blocks[key]:
            ident = spec.identity(claim)
            src = _source(claim)
            best: _Building | None = None
            best_score = threshold
            for g in building:
                seen = g.sources.get(src)
                if seen is not None and ident not in seen and not spec.compare_within_article:
                    continue
                score = max(
                    (similarity(claim, ex) for exs in g.exemplars.values() for ex in exs),
                    default=0.0,
                )
                if score >= best_score and (best is None or score > best_score):
                    best, best_score = g, score
            if best is None:
                best = _Building([], {}, {})
                building.append(best)
            best.claims.append(claim)
            exs = best.exemplars.setdefault(ident, [])
            if len(exs) < EXEMPLARS_PER_VALUE:
                exs.append(claim)
            best.sources.setdefault(src, set()).add(ident)
        out.extend(Group(spec.name, key, tuple(g.claims)) for g in building)
    return out


def align(claims: Sequence[Claim], config: Config) -> list[Group]:
    """Groups of every enabled kind, in registry order."""
    out: list[Group] = []
    for spec in KINDS:
        if spec.name in config.kinds:
            out.extend(align_kind(spec, [c for c in claims if c.kind == spec.name], config))
    return out
