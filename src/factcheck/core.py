"""The data every layer shares: articles, spans, the claim base, intervals and the cleaned
document extractors read. Kinds build on this module, never on `factcheck.model` (which
builds the claim union from the kind registry)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any, Literal, TypeAlias, TypeVar

from pydantic import BaseModel, ConfigDict

Verdict: TypeAlias = Literal["agree", "compatible", "variant", "conflict", "single"]
Severity: TypeAlias = Literal["none", "info", "warning", "error"]
EntityType: TypeAlias = Literal["person", "org", "place", "other"]
Granularity: TypeAlias = Literal["day", "week", "month", "season", "year", "decade", "century"]

SEVERITY_ORDER: dict[str, int] = {"none": 0, "info": 1, "warning": 2, "error": 3}
"""Severities from least to most serious; `fail_on` compares against this order."""

VERDICT_SEVERITY: dict[str, Severity] = {
    "agree": "none",
    "compatible": "info",
    "variant": "warning",
    "conflict": "error",
    "single": "info",
}
"""The one table mapping each verdict to its default severity."""


class Frozen(BaseModel):
    """Base of every data model: frozen, no extra fields, fields documented in place."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


_M = TypeVar("_M", bound=BaseModel)


def trusted(model: type[_M], data: dict[str, Any], given: frozenset[str]) -> _M:
    """An instance of `model` holding `data` as it is, without validation.

    `data` must hold every field of `model` in declaration order, each already of its
    declared type (the objects validation would have kept or built: str, int, model
    instances), and `given` the fields passed rather than defaulted. The result then equals
    the validated instance, dumps the same and has the same fields set, at less than half the
    cost: for claims and spans built by the hundred thousand from validated parts.
    """
    obj = _new(model)
    _setattr(obj, "__dict__", data)
    _setattr(obj, "__pydantic_fields_set__", set(given))
    _setattr(obj, "__pydantic_extra__", None)
    _setattr(obj, "__pydantic_private__", None)
    return obj


_new = object.__new__
_setattr = object.__setattr__


SPAN_FIELDS = frozenset({"start", "end", "text"})
"""Every field of `Span`: the fields set of a span built by `trusted`."""

HEADING_LINE = 320
"""Characters an article's opening heading has at most (a photo's caption runs that long); a
longer first line without its stop is a paragraph cut short."""
SENTENCE_STOP = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
"""A line ending on a sentence's stop (closing quotes and brackets after it allowed)."""


class Article(Frozen):
    """One text from one outlet, exactly as received."""

    id: str
    """Stable identifier inside the cluster (the file name for files)."""
    source: str = ""
    """Human-readable outlet name ("AP", "Morning Star")."""
    url: str | None = None
    """Where the text came from, if known."""
    published: dt.date | None = None
    """Publication date; relative dates are anchored on it and only on it."""
    language: str = "en"
    """ISO 639-1 language code of the text."""
    text: str
    """The original text; every span indexes this string."""
    path: str | None = None
    """File the article was read from, for messages and SARIF locations."""

    @property
    def label(self) -> str:
        """The outlet name if known, else the article id."""
        return self.source or self.id


class Span(Frozen):
    """A half-open range `[start, end)` of `str` indices into the original article text."""

    start: int
    """0-based index of the first character."""
    end: int
    """Index one past the last character."""
    text: str
    """`article.text[start:end]`, verbatim."""


class IntervalValue(Frozen):
    """A number as an interval: the base of every numeric kind's value (count, money,
    percent). `None` on either end means unbounded."""

    low: float | None
    """Lower bound, or None when unbounded."""
    high: float | None
    """Upper bound, or None when unbounded."""
    qualifier: str | None = None
    """The qualifier that shaped the interval ("at least", "about"), if any."""

    @property
    def bounds(self) -> tuple[float | None, float | None]:
        """`(low, high)`."""
        return (self.low, self.high)


class Frame(Frozen):
    """What a number measures and for which period: the key alignment groups claims by."""

    concept: str
    """What is measured, the same in every language ("killed", "inflation", "worker")."""
    scope: tuple[str, ...] = ()
    """Sorted scope parts: "year 2025", "month 3", "quarter", "previous" (an earlier
    edition), "expected" (what forecasters foresaw), "target" (a goal set for the measure),
    "part" (a part of the victims of a toll), "remaining" (what is left of a duration),
    "planned" (what authorities plan or prepare: "prévoient d'évacuer 7 900 personnes")."""
    holder: str | None = None
    """Whose measure it is, as written: the place a distance is from ("Cape Cod"), the
    person an age is of ("Jacques Delors"), or None."""
    toll: float | None = None
    """For the injured of a disaster: the death toll stated beside the figure, which tells the
    update of the running totals it belongs to; else None."""
    country: str | None = None
    """For a count: the country the sentence states it for ("In Syria, at least 1,602 people
    were killed", "3,419 … killed in Turkey"), as an ISO 3166 code; None when it names none
    or several. Figures of two different countries are never one fact."""


class ClaimBase(Frozen):
    """Fields every claim has; a kind's claim class adds `kind: Literal[...]` and a typed
    `value`."""

    id: str
    """Stable claim id: article, kind and span start."""
    article: str
    """Id of the article the claim comes from."""
    span: Span
    """Where the claim is stated, in the original text."""
    segment: int = 0
    """Story segment inside the article (a file may hold several glued stories)."""
    context: str = ""
    """The sentence the claim stands in, used for alignment and messages."""
    frame: Frame | None = None
    """What the claim measures and for which period, when its words say so."""
    kind: str
    """Discriminator: the kind's name."""
    value: Any
    """Normalised value (each kind narrows the type)."""


# Pipeline-internal values. Plain slotted dataclasses, not pydantic models: they are built for
# every sentence of every article, and never serialised.


@dataclasses.dataclass(frozen=True, slots=True)
class Block:
    """A kept paragraph (a line run) of the original text after cleaning."""

    start: int
    end: int
    segment: int
    """Story segment: a file holding two glued stories has segments 0 and 1."""


@dataclasses.dataclass(frozen=True, slots=True)
class Removed:
    """A region cleaning dropped, with the rule that dropped it."""

    start: int
    end: int
    reason: str


@dataclasses.dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: a span of the original text inside one kept block."""

    start: int
    end: int
    text: str
    segment: int
    index: int
    """Position among the article's sentences."""
    block: int
    """Index of the block it belongs to."""


@dataclasses.dataclass(frozen=True, slots=True)
class Document:
    """An article after cleaning and segmentation: what every extractor reads."""

    article: Article
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    removed: tuple[Removed, ...] = ()
    text: str = ""
    """The text extractors match against: the original with one-for-one character
    substitutions only (fullwidth forms to ASCII, invisible joiners to thin spaces), so every
    offset is an offset into `article.text` too. Spans always quote `article.text`."""
    claims: tuple[tuple[str, tuple[ClaimBase, ...]], ...] = ()
    """Claims of other kinds this document's extractor declared it needs (`Kind.needs`), as
    the pipeline extracted them with the run's config: (kind, claims) pairs."""

    def opening_heading(self) -> int:
        """Where the article's opening heading ends: its first kept line, when that line is
        no longer than a caption, has no stop at its end and does not lead into the next one
        (a colon, a comma) while the story goes on below it (a title, a topic page's label,
        a kicker, a photo's caption); 0 when the article opens on a sentence or is that line
        alone."""
        if len(self.blocks) < 2:
            return 0
        first = self.blocks[0]
        line = (self.text or self.article.text)[first.start : first.end].rstrip()
        if len(line) > HEADING_LINE or "\n" in line or "\r" in line:
            return 0
        if SENTENCE_STOP.search(line) or line.endswith((":", ",", ";")):
            return 0
        return first.end

    def claims_of(self, kind: str) -> tuple[ClaimBase, ...]:
        """The claims of `kind` handed over by the pipeline (empty when not needed)."""
        for name, claims in self.claims:
            if name == kind:
                return claims
        return ()
