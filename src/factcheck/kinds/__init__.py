"""KindSpec and KINDS: the one ordered registry of claim kinds.

A kind module owns extraction, normalisation and comparison of its claims and ends with a
`SPEC`. The pipeline, aligner, comparer, CLI choices and docs iterate `KINDS`; nothing
registers itself on import.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING

from factcheck.model import Claim, Document, KindName, Verdict

if TYPE_CHECKING:
    from factcheck.config import Config

Extractor = Callable[[Document, "Config"], Sequence[Claim]]
"""Finds and normalises every claim of one kind in a document."""
Comparer = Callable[[Claim, Claim, "Config"], Verdict | None]
"""Verdict for two claims of one group with different identities; None when not comparable."""
Similarity = Callable[[Claim, Claim], float]
"""0-100: how surely two claims of the same key speak of the same fact."""


@dataclasses.dataclass(frozen=True, slots=True)
class KindSpec:
    """Everything the pipeline needs to know about one claim kind."""

    name: KindName
    extract: Extractor
    key: Callable[[Claim], str]
    """Blocking key: claims with different keys are never compared (unit, currency, role)."""
    identity: Callable[[Claim], Hashable]
    """Claims with equal identity hold the same value (they agree without comparing)."""
    compare: Comparer
    describe: Callable[[Claim], str]
    """The normalised value in words, for messages ("at least 12", "USD 3.6 billion")."""
    subject: Callable[[Claim], str]
    """What the claim is about ("number of deals")."""
    similarity: Similarity | None = None
    """Alignment score; None means context similarity of the claims' sentences."""
    threshold: float | None = None
    """Score needed to align; None means `Config.context_threshold`."""
    tokens: Callable[[Claim], Sequence[str]] | None = None
    """Cheap blocking tokens: two claims are scored only if they share one. None means the
    content words around the claim (with the default similarity) or no blocking."""
    compare_within_article: bool = True
    """Whether two differing claims of one article make a finding."""
    report_single: bool | Callable[[Claim], bool] = True
    """Whether a fact stated by one source only is reported (verdict single); a callable
    decides per claim (an unresolved date is not a checkable fact)."""
    detail: Callable[[Claim, Claim], str] | None = None
    """Extra detail for a finding's message (a quote's word diff)."""
    slot: Callable[[Claim], str | None] | None = None
    """The place a claim holds in its sentence (the sentence with the claim masked), or None.
    Two claims of different articles with the same slot but different values that `compare`
    cannot relate (None) are a conflict: the same sentence names someone else."""
    merge_keys: bool = False
    """Whether groups of different keys may still be one fact: after blocking, two groups of
    different keys whose articles are disjoint and whose contexts match closely are merged, so
    `compare` sees both (the same amount stated in euros by one source, in dollars by another).
    An article stating both keys (a conversion) keeps them apart."""
    sentence_local: bool = False
    """Whether `extract` finds each sentence's claims from that sentence alone: each claim
    lies inside one sentence and depends only on the matched text of the sentence's block
    (the sentence itself when it has none) with up to 8 characters on either side, where
    the sentence lies in it, the article's language and the config. Republished copies
    share most sentences, so `factcheck.extract` remembers the claims of such kinds per
    sentence across documents and reuses them with id, article, span and segment rebased."""


def _load() -> tuple[KindSpec, ...]:
    from factcheck.kinds import age, count, date, duration, money, name, percent, quantity, quote
    from factcheck.kinds import time as time_of_day

    return (
        count.SPEC,
        money.SPEC,
        percent.SPEC,
        date.SPEC,
        name.SPEC,
        quote.SPEC,
        age.SPEC,
        duration.SPEC,
        time_of_day.SPEC,
        quantity.SPEC,
    )


KINDS: tuple[KindSpec, ...] = _load()
"""All claim kinds, in report order."""

KIND_NAMES: tuple[KindName, ...] = tuple(k.name for k in KINDS)


def get_kind(name: str) -> KindSpec:
    """The spec of kind `name`."""
    for spec in KINDS:
        if spec.name == name:
            return spec
    raise KeyError(name)
