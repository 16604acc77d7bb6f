"""The `Kind` object: everything the pipeline knows about one claim kind.

A kind package (`factcheck/kinds/<kind>/`, or a third-party package registered in the
`factcheck.kinds` entry-point group) builds its value model on this module and
`factcheck.core`, and exports one `Kind` object named `KIND`. Callbacks receive the kind's own
claim class: the pipeline only ever hands a kind the claims it extracted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

from pydantic import BaseModel

from factcheck.core import ClaimBase, Document, Verdict
from factcheck.kinds._common import claim_id, make_span

if TYPE_CHECKING:
    from factcheck.config import Config

C = TypeVar("C", bound=ClaimBase)
"""The claim class of one kind."""

Extractor = Callable[[Document, "Config"], Sequence[C]]
"""Finds and normalises every claim of one kind in a document."""
Comparer = Callable[[C, C, "Config"], Verdict | None]
"""Verdict for two claims of one group with different identities; None when not comparable."""
Similarity = Callable[[C, C], float]
"""0-100: how surely two claims of the same key speak of the same fact."""

Form = str | tuple[str, str]
"""A corpus text: English, or (language, text); square brackets in the text mark the claim's
span when it is not the whole text (see `factcheck.kinds._common.corpus_form`)."""
CorpusEntry = tuple[BaseModel, Sequence[Form]]
"""One expected value and the surface forms that must each yield exactly it."""
ComparePair = tuple[Form, Form, Verdict | None]
"""Two texts and the verdict their claims get (None: the kind never compares them)."""

__all__ = [
    "AnyKind",
    "ComparePair",
    "Comparer",
    "CorpusEntry",
    "Extractor",
    "Form",
    "Kind",
    "Similarity",
    "claim_id",
    "make_span",
]

VERDICTS: tuple[Verdict, ...] = ("agree", "compatible", "variant", "conflict", "single")


@dataclasses.dataclass(frozen=True, slots=True)
class Kind(Generic[C]):
    """Everything the pipeline needs to know about one claim kind."""

    name: str
    value: type[BaseModel]
    """The value model (`CountValue`)."""
    claim: type[C]
    """The claim model: a `ClaimBase` with `kind: Literal[name]` and `value: <value model>`."""
    extract: Extractor[C]
    key: Callable[[C], str]
    """Blocking key: claims with different keys are never compared (unit, currency, role)."""
    identity: Callable[[C], Hashable]
    """Claims with equal identity hold the same value (they agree without comparing)."""
    compare: Comparer[C]
    describe: Callable[[C], str]
    """The normalised value in words, for messages ("at least 12", "USD 3.6 billion")."""
    subject: Callable[[C], str]
    """What the claim is about ("number of deals")."""
    similarity: Similarity[C] | None = None
    """Alignment score; None means context similarity of the claims' sentences."""
    threshold: float | None = None
    """Score needed to align; None means `Config.context_threshold`."""
    scale: Callable[[C], float | None] | None = None
    """The claim's figure in one unit for its whole key (metres for every length, seconds for
    every duration), for alignment's magnitude test (figures `MAGNITUDE_GAP` times apart
    never align); None means the value's `low`, else its `high`."""
    magnitude_gap: float | None = None
    """Factor two figures of one fact may differ by at most, for alignment's magnitude test;
    None means `factcheck.align.MAGNITUDE_GAP`. Amounts of money in one story are many and
    close (a price, a loan, a guarantee): a smaller gap keeps them apart."""
    tokens: Callable[[C], Sequence[str]] | None = None
    """Cheap blocking tokens: two claims are scored only if they share one. None means the
    content words around the claim (with the default similarity) or no blocking."""
    compare_within_article: bool = True
    """Whether two differing claims of one article make a finding."""
    report_single: bool | Callable[[C], bool] = True
    """Whether a fact stated by one source only is reported (verdict single); a callable
    decides per claim (an unresolved date is not a checkable fact)."""
    detail: Callable[[C, C], str] | None = None
    """Extra detail for a finding's message (a quote's word diff)."""
    slot: Callable[[C], str | None] | None = None
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
    corpus: Sequence[CorpusEntry] = ()
    """Positive examples: each surface form alone yields exactly one claim with this value."""
    negative_corpus: Sequence[Form] = ()
    """Texts that yield no claim of this kind."""
    compare_corpus: Sequence[ComparePair] = ()
    """Pairs of texts and the verdict their claims get."""
    templates: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Message templates per verdict (and "slot") replacing the shared ones; placeholders as
    in `factcheck.compare.TEMPLATES`."""
    settings: type[BaseModel] | None = None
    """The kind's own section of the configuration (a frozen pydantic model), read with
    `Config.settings_for(name)`; None when the kind has no knobs."""
    priority: int = 0
    """When claims of two kinds share characters, the higher priority stays (then the
    longer span): see `factcheck.overlap`."""
    contains_others: bool = False
    """Whether this kind's claims hold other kinds' claims by nature (a quotation holds
    numbers and names): such claims take no part in overlap resolution."""
    needs: tuple[str, ...] = ()
    """Kinds whose claims `extract` reads (`Document.claims_of`); the pipeline extracts
    those first, with the run's config (even when they are not among `Config.kinds`), and
    hands them over. A kind with needs is not sentence-local."""
    doc: str = ""
    """One paragraph on what the kind reads, for docs/kinds.md."""

    def __post_init__(self) -> None:
        if not self.name.isidentifier() or self.name != self.name.lower():
            raise ValueError(f"kind name {self.name!r} must be a lower-case identifier")
        tag = self.claim.model_fields.get("kind")
        if tag is None or tag.default != self.name:
            raise ValueError(f"{self.claim.__name__}.kind must default to {self.name!r}")
        if self.needs and self.sentence_local:
            raise ValueError(f"kind {self.name!r} reads other kinds' claims: not sentence-local")
        unknown = sorted(set(self.templates) - {*VERDICTS, "slot"})
        if unknown:
            raise ValueError(f"kind {self.name!r}: templates for unknown verdicts {unknown}")


AnyKind: TypeAlias = "Kind[Any]"
"""A kind of any claim class, as the pipeline holds them."""
KindSpec: TypeAlias = "Kind[Any]"
"""Former name of `AnyKind`."""
