"""check() and extract(): clean → segment → extract → align → compare → report."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from factcheck.align import align
from factcheck.baseline import load_baseline
from factcheck.compare import compare
from factcheck.config import Config
from factcheck.kinds import KINDS
from factcheck.model import (
    SEVERITY_ORDER,
    Article,
    Claim,
    Document,
    Report,
    Skip,
    Summary,
)
from factcheck.text.segment import segment


class _CollectorPause:
    """Pauses the cyclic garbage collector while a check builds its claims.

    A large cluster builds hundreds of thousands of long-lived claim objects and no
    reference cycles, which the collector would rescan over and over; reference counting
    still frees everything as usual. Checks may run in several threads at once: the
    collector's state is restored when the last running check ends, whatever happened.
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
                    gc.enable()


_collector_paused = _CollectorPause()


def prepare(article: Article, config: Config | None = None) -> Document:
    """Clean and segment one article."""
    config = config or Config()
    return segment(article, clean_text=config.clean)


def extract(article: Article | Document, config: Config | None = None) -> list[Claim]:
    """Every claim of the enabled kinds in one article, sorted by span."""
    config = config or Config()
    doc = article if isinstance(article, Document) else prepare(article, config)
    claims: list[Claim] = []
    for spec in KINDS:
        if spec.name in config.kinds:
            claims.extend(spec.extract(doc, config))
    claims.sort(key=lambda c: (c.span.start, c.span.end, c.kind))
    return claims


def check(
    articles: Iterable[Article] | str | Path | Sequence[str | Path],
    config: Config | None = None,
    *,
    cluster: str = "",
    skipped: Sequence[Skip] = (),
) -> Report:
    """Extract, align and compare the claims of one cluster of articles.

    `articles` may be Article objects, or a path (a cluster folder or files) to load.
    """
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
    with _collector_paused():
        for art in arts:
            claims.extend(extract(art, config))
        groups = align(claims, config)
        findings = compare(groups, arts, config)
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
    )
    return Report(
        cluster=cluster,
        articles=tuple(arts),
        claims=tuple(claims),
        findings=findings,
        summary=summary,
    )
