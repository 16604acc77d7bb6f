"""check() and extract(): clean → segment → extract → members → align → compare → report."""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import gc
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from factcheck.align import align
from factcheck.baseline import load_baseline
from factcheck.compare import compare
from factcheck.config import Config
from factcheck.core import SPAN_FIELDS, Span, trusted
from factcheck.facts import fact_sheet
from factcheck.frames import attach_frames
from factcheck.kinds import KINDS, KindSpec
from factcheck.kinds._common import BoundedMemo, claim_id
from factcheck.model import (
    SEVERITY_ORDER,
    Article,
    Claim,
    Document,
    Outlier,
    Report,
    Sentence,
    Skip,
    Summary,
)
from factcheck.overlap import resolve_overlaps
from factcheck.text.members import split
from factcheck.text.segment import segment


class _CollectorPause:
    """Pauses the cyclic garbage collector while a check builds its claims.

    A large cluster builds hundreds of thousands of long-lived claim objects and no
    reference cycles, which the collector would rescan over and over; reference counting
    still frees everything as usual. Checks may run in several threads at once: the
    collector's state is restored when the last running check ends, whatever happened.

    When the collector comes back, what was built meanwhile is moved to its oldest
    generation as it stands (`gc.freeze` then `gc.unfreeze`, no scan): otherwise its first
    young collection would walk every object of the check at once (a second at 1,000
    copies). A cycle that became garbage during the pause is then freed by the next full
    collection. Nothing is moved while the program keeps frozen objects of its own.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._was_enabled = False

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._running == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._running += 1
        try:
            yield
        finally:
            with self._lock:
                self._running -= 1
                if self._running == 0 and self._was_enabled:
                    if gc.get_freeze_count() == 0:
                        gc.freeze()
                        gc.unfreeze()
                    gc.enable()


_collector_paused = _CollectorPause()


def prepare(article: Article, config: Config | None = None) -> Document:
    """Clean and segment one article."""
    config = config or Config()
    return segment(article, clean_text=config.clean)


SENTENCE_MARGIN = 8
"""Characters on either side of a block that a sentence-local kind may read
(`KindSpec.sentence_local`)."""


class _ConfigKey:
    """A config as part of a memo key: equal when the configs are equal, hashed once."""

    __slots__ = ("config", "hash")

    def __init__(self, config: Config) -> None:
        self.config = config
        self.hash = hash(config)

    def __hash__(self) -> int:
        return self.hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _ConfigKey) and (
            other.config is self.config or other.config == self.config
        )


_SentenceKey = tuple[str, int, int, int, int, str | None, str, _ConfigKey]


class _SentenceClaims(BoundedMemo[_SentenceKey, tuple[int, tuple[Claim, ...]]]):
    """Claims of the sentence-local kinds per sentence, remembered across documents
    (bounded, oldest out first).

    The key holds everything such a kind reads for one sentence (`KindSpec.sentence_local`):
    the matched text of its block with `SENTENCE_MARGIN` characters on either side, where the
    block and the sentence lie in that window, the sentence's text when it is not the
    window's slice, the article's language and the config (which also says which kinds run).
    A remembered sentence keeps its claims with the window's start; on reuse each claim
    moves by the difference and takes the current article's id, original text and segment.
    """

    def __init__(self, maxsize: int = 2048) -> None:
        super().__init__(maxsize)

    def claims(self, doc: Document, specs: Sequence[KindSpec], ckey: _ConfigKey) -> list[Claim]:
        """The claims of `specs` (sentence-local kinds) in `doc`, sentence by sentence."""
        text = doc.text or doc.article.text
        language, config = doc.article.language, ckey.config
        found: list[tuple[Claim, ...] | None] = []
        keys: list[tuple[_SentenceKey, int]] = []
        missed: list[Sentence] = []
        windows: dict[tuple[int, int], tuple[str, int]] = {}
        for sent in doc.sentences:
            if sent.block < len(doc.blocks):
                block = doc.blocks[sent.block]
                line_start, line_end = block.start, block.end
            else:
                line_start, line_end = sent.start, sent.end
            window = windows.get((line_start, line_end))
            if window is None:
                at = max(0, line_start - SENTENCE_MARGIN)
                window = windows[(line_start, line_end)] = (
                    text[at : line_end + SENTENCE_MARGIN],
                    at,
                )
            body, at = window
            local = body[sent.start - at : sent.end - at]
            key: _SentenceKey = (
                body,
                line_start - at,
                line_end - at,
                sent.start - at,
                sent.end - at,
                None if sent.text == local else sent.text,
                language,
                ckey,
            )
            keys.append((key, at))
            hit = self.get(key)
            if hit is None:
                found.append(None)
                missed.append(sent)
            else:
                found.append(_rebase(hit[1], at - hit[0], doc, sent))
        if missed:
            part = _windows_only(doc, missed, windows)
            starts = [s.start for s in missed]
            fresh: list[list[Claim]] = [[] for _ in missed]
            for spec in specs:
                for c in spec.extract(part, config):
                    i = bisect.bisect_right(starts, c.span.start) - 1
                    if i < 0 or c.span.end > missed[i].end:
                        raise ValueError(f"{c.id} lies outside its sentence: {spec.name} is "
                                         "not sentence-local")  # fmt: skip
                    fresh[i].append(c)
            it = iter(fresh)
            for i, got in enumerate(found):
                if got is None:
                    found[i] = claims = tuple(next(it))
                    key, at = keys[i]
                    self.put(key, (at, claims))
        return [c for claims in found if claims for c in claims]


def _windows_only(
    doc: Document, missed: Sequence[Sentence], windows: dict[tuple[int, int], tuple[str, int]]
) -> Document:
    """`doc` with only the `missed` sentences, and every character outside their windows
    (block plus `SENTENCE_MARGIN`) blanked to a line break, offsets unchanged: a
    sentence-local kind cannot read past its window, so remembered claims cannot go stale."""
    text = doc.text or doc.article.text
    spans = sorted(
        {
            (at, at + len(body))
            for key, (body, at) in windows.items()
            if any(key[0] <= s.start and s.end <= key[1] or key == (s.start, s.end) for s in missed)
        }
    )
    if spans == [(0, len(text))]:
        masked, original = text, doc.article.text
    else:
        pieces: list[str] = []
        originals: list[str] = []
        pos = 0
        for start, end in spans:
            start = max(start, pos)
            if end <= start:
                continue
            pieces += ["\n" * (start - pos), text[start:end]]
            originals += ["\n" * (start - pos), doc.article.text[start:end]]
            pos = end
        pieces.append("\n" * (len(text) - pos))
        originals.append("\n" * (len(text) - pos))
        masked, original = "".join(pieces), "".join(originals)
    article = doc.article.model_copy(update={"text": original})
    return dataclasses.replace(
        doc, article=article, text=masked if doc.text else "", sentences=tuple(missed)
    )


def _rebase(
    claims: tuple[Claim, ...], delta: int, doc: Document, sent: Sentence
) -> tuple[Claim, ...]:
    """Remembered claims moved by `delta` characters into `doc`'s sentence `sent`.

    Each moved claim is `c.model_copy(update=...)` of the four fields, built directly
    (`trusted`: the same fields, in the same order, with the same fields set).
    """
    art, original, segment = doc.article.id, doc.article.text, sent.segment
    out = []
    for c in claims:
        start, end = c.span.start + delta, c.span.end + delta
        span = trusted(Span, {"start": start, "end": end, "text": original[start:end]},
                       SPAN_FIELDS)  # fmt: skip
        if delta == 0 and c.article == art and c.segment == segment and c.span == span:
            out.append(c)
            continue
        data = c.__dict__.copy()
        data["id"] = claim_id(art, c.kind, start, end)
        data["article"] = art
        data["span"] = span
        data["segment"] = segment
        out.append(trusted(type(c), data, _REBASED | c.__pydantic_fields_set__))
    return tuple(out)


_REBASED = frozenset({"id", "article", "span", "segment"})
"""The fields `_rebase` sets on a remembered claim."""


def _extract(
    memo: _SentenceClaims, article: Article | Document, config: Config | None
) -> list[Claim]:
    """Every claim of the enabled kinds in one article, sorted by span."""
    config = config or Config()
    doc = article if isinstance(article, Document) else prepare(article, config)
    wanted = set(config.kinds)
    needed = {n for spec in KINDS if spec.name in wanted for n in spec.needs}
    run = [spec for spec in KINDS if spec.name in wanted or spec.name in needed]
    by_kind: dict[str, list[Claim]] = {spec.name: [] for spec in run}
    local = [spec for spec in run if spec.sentence_local]
    if local:
        try:
            ckey = _ConfigKey(config)
        except TypeError:  # an unhashable setting (a recogniser object): nothing to key on
            for spec in local:
                by_kind[spec.name].extend(spec.extract(doc, config))
        else:
            for c in memo.claims(doc, local, ckey):
                by_kind[c.kind].append(c)
    for spec in _needs_first([spec for spec in run if not spec.sentence_local]):
        given = doc
        if spec.needs:
            handed = tuple((n, tuple(by_kind.get(n, ()))) for n in spec.needs)
            given = dataclasses.replace(doc, claims=handed)
        by_kind[spec.name].extend(spec.extract(given, config))
    claims = [c for spec in run if spec.name in wanted for c in by_kind[spec.name]]
    claims.sort(key=lambda c: (c.span.start, c.span.end, c.kind))
    return resolve_overlaps(claims, [spec for spec in run if spec.name in wanted])


def _needs_first(specs: Sequence[KindSpec]) -> list[KindSpec]:
    """`specs` in registry order, except that a kind comes after the kinds it needs."""
    names = tuple(s.name for s in specs)
    order = _ORDERS.get(names)
    if order is None:
        order = _ORDERS[names] = tuple(s.name for s in _order_by_needs(specs))
    by_name = {s.name: s for s in specs}
    return [by_name[n] for n in order]


_ORDERS: dict[tuple[str, ...], tuple[str, ...]] = {}
"""Extraction order per set of running kinds (at most one entry per `Config.kinds`)."""


def _order_by_needs(specs: Sequence[KindSpec]) -> list[KindSpec]:
    out: list[KindSpec] = []
    pending = list(specs)
    while pending:
        done = {s.name for s in out}
        ready = [s for s in pending if all(n in done or n not in {p.name for p in pending}
                                           for n in s.needs)]  # fmt: skip
        if not ready:
            raise ValueError(f"kinds needing each other: {[s.name for s in pending]}")
        out.extend(ready)
        pending = [s for s in pending if all(s is not r for r in ready)]
    return out


def _check(
    checker: Checker,
    articles: Iterable[Article] | str | Path | Sequence[str | Path],
    config: Config | None,
    cluster: str,
    skipped: Sequence[Skip],
) -> Report:
    config = config or Config()
    if isinstance(articles, str | Path) or (
        isinstance(articles, Sequence) and articles and isinstance(articles[0], str | Path)
    ):
        from factcheck.load import load_cluster

        paths = [articles] if isinstance(articles, str | Path) else list(articles)
        loaded = load_cluster([Path(str(p)) for p in paths], config=config)
        cluster = cluster or loaded.name
        skipped = (*skipped, *loaded.skipped)
        arts: list[Article] = list(loaded.articles)
    else:
        from factcheck.load import screen_articles

        given = list(articles)
        foreign = [type(a).__name__ for a in given if not isinstance(a, Article)]
        if foreign:
            raise TypeError(f"check() takes Article objects or paths, got {foreign[0]}")
        arts, extra = screen_articles(given, config)  # type: ignore[arg-type]
        skipped = (*skipped, *extra)
    claims: list[Claim] = []
    outliers: tuple[Outlier, ...] = ()
    with _collector_paused() if checker.pause_gc else contextlib.nullcontext():
        docs = [prepare(art, config) for art in arts]
        per_article = [checker.extract(doc, config) for doc in docs]
        compared = arts
        if config.outliers != "compare":
            membership = split(
                docs, {d.article.id: c for d, c in zip(docs, per_article, strict=True)}
            )
            outliers = membership.outliers
        apart = {o.article for o in outliers}
        per_article = _anchor_undated(checker, arts, per_article, apart, config)
        for art, found in zip(arts, per_article, strict=True):
            if art.id not in apart or config.outliers == "report":
                claims.extend(found)
        if apart:
            compared = [a for a in arts if a.id not in apart]
            if config.outliers == "drop":
                arts = compared
        claims = attach_frames(claims, compared)
        member_claims = [c for c in claims if c.article not in apart] if apart else claims
        groups = align(member_claims, config)
        findings = compare(groups, compared, config)
        facts = fact_sheet(groups, compared, config)
    stale: tuple[str, ...] = ()
    if config.baseline:
        accepted = load_baseline(config.baseline)
        findings = tuple(
            f.model_copy(update={"baselined": True}) if f.fingerprint in accepted else f
            for f in findings
        )
        present = {f.fingerprint for f in findings}
        stale = tuple(sorted(fp for fp in accepted if fp not in present))
    limit = SEVERITY_ORDER[config.fail_on]
    summary = Summary(
        articles=len(arts),
        claims=len(claims),
        findings=len(findings),
        by_verdict=dict(sorted(Counter(f.verdict for f in findings).items())),
        by_severity=dict(sorted(Counter(f.severity for f in findings).items())),
        failing=sum(1 for f in findings if not f.baselined and SEVERITY_ORDER[f.severity] >= limit),
        fail_on=config.fail_on,
        skipped=tuple(skipped),
        stale_baseline=stale,
        outliers=len(outliers),
    )
    return Report(
        cluster=cluster,
        articles=tuple(arts),
        claims=tuple(claims),
        findings=findings,
        summary=summary,
        facts=facts,
        outliers=outliers,
    )


UNANCHORED = "no publication date"
"""Words of the reason of a date left unresolved for want of a publication date."""


def _anchor_undated(
    checker: Checker,
    arts: Sequence[Article],
    per_article: list[list[Claim]],
    apart: set[str],
    config: Config,
) -> list[list[Claim]]:
    """Dates of undated member articles resolved against the cluster's publication dates.

    A relative date ("on Monday"), or a day or month without a year, in an article with no
    publication date is resolved as if the article had been published on the median
    publication date of the dated members; the value is marked `estimated` (it supports an
    agreement, never makes a conflict on its own unless it writes out a day of the month that
    differs). Without dated members nothing changes.
    """
    dated = sorted(a.published for a in arts if a.published is not None and a.id not in apart)
    if not dated or "date" not in config.kinds:
        return per_article
    anchor = dated[(len(dated) - 1) // 2]
    date_only = config.model_copy(update={"kinds": ("date",)})
    out: list[list[Claim]] = []
    for art, found in zip(arts, per_article, strict=True):
        loose = {
            (c.span.start, c.span.end): i
            for i, c in enumerate(found)
            if c.kind == "date" and UNANCHORED in (getattr(c.value, "reason", None) or "")
        }
        if art.published is not None or art.id in apart or not loose:
            out.append(found)
            continue
        anchored = checker.extract(art.model_copy(update={"published": anchor}), date_only)
        found = list(found)
        for c in anchored:
            i = loose.get((c.span.start, c.span.end))
            if i is not None and getattr(c.value, "resolved", False):
                value = c.value.model_copy(update={
                    "estimated": True,
                    "reason": f"estimated: the article has no publication date; read as of "
                              f"{anchor.isoformat()}, the cluster's median publication date",
                })  # fmt: skip
                found[i] = found[i].model_copy(update={"value": value})
        out.append(found)
    return out


class Checker:
    """Runs checks and owns what they remember: the per-sentence claims of the
    sentence-local kinds (republished copies share most sentences).

    The module-level `check()` and `extract()` use one default Checker. Build your own to
    bound or drop that memory separately (one per worker, one per tenant), or to pause the
    garbage collector while checks build claims (`pause_gc=True`: claims build no
    reference cycles, so the collector's rescans of a large cluster are wasted work; batch
    workers turn it on). Kinds keep small content-keyed caches of their own (compiled
    scanners, date scans, name mentions of the last few documents); those never change a
    result.
    """

    def __init__(self, *, memo_size: int = 2048, pause_gc: bool = False) -> None:
        self._memo = _SentenceClaims(memo_size)
        self.pause_gc = pause_gc
        """Whether checks pause the cyclic garbage collector while they build claims."""

    def extract(self, article: Article | Document, config: Config | None = None) -> list[Claim]:
        """Every claim of the enabled kinds in one article, sorted by span."""
        return _extract(self._memo, article, config)

    def check(
        self,
        articles: Iterable[Article] | str | Path | Sequence[str | Path],
        config: Config | None = None,
        *,
        cluster: str = "",
        skipped: Sequence[Skip] = (),
    ) -> Report:
        """Extract, align and compare the claims of one cluster of articles.

        `articles` may be Article objects, or a path (a cluster folder or files) to load.
        """
        return _check(self, articles, config, cluster, skipped)

    def cache_clear(self) -> None:
        """Forget every remembered sentence (the `functools` spelling, so cache sweeps find
        it)."""
        self._memo.cache_clear()


DEFAULT_CHECKER = Checker()
"""The Checker behind the module-level `check()` and `extract()`."""
BATCH_CHECKER = Checker(pause_gc=True)
"""The Checker of batch workers (`factcheck.batch`): it pauses the garbage collector while
a cluster is checked."""


def extract(article: Article | Document, config: Config | None = None) -> list[Claim]:
    """Every claim of the enabled kinds in one article, sorted by span (default Checker)."""
    return DEFAULT_CHECKER.extract(article, config)


def check(
    articles: Iterable[Article] | str | Path | Sequence[str | Path],
    config: Config | None = None,
    *,
    cluster: str = "",
    skipped: Sequence[Skip] = (),
    checker: Checker | None = None,
) -> Report:
    """Extract, align and compare the claims of one cluster of articles.

    `articles` may be Article objects, or a path (a cluster folder or files) to load;
    `checker` runs the check (None: the default Checker).
    """
    run = checker or DEFAULT_CHECKER
    return run.check(articles, config, cluster=cluster, skipped=skipped)
