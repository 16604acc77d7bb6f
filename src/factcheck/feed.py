"""Group a feed of articles about many events into event clusters (`factcheck cluster`).

A feed is a folder of article files (with an optional meta.json) or JSON Lines of articles
(text, source, published, language, url). Each article gets the event signature of
`factcheck.text.members`: its rarest names (capitalised words weighted by how rare they are in
its language, folded so "Derna" and "Darna" meet, and shared across languages: "Titanic",
"Marrakech") and the days it states or was published on.

1. **Candidates.** Each article's `TOP_NAMES` rarest names go into a MinHash LSH index
   (`datasketch`), so an article is compared only with those sharing enough names with it:
   the cost grows with the feed, not with its square.
2. **Links.** Two candidates are one event when their shared names weigh at least
   `LINK_SHARE` of the lighter article's names, and their days do not place them more than
   `WINDOW_DAYS` apart (a 2004 earthquake and a 2023 one share every place name). An undated
   article's day is the latest it states; an older one than the other article's may be its
   background (a donation in 2021 recalled in a report of the July 2024 shooting) and never
   keeps them apart, a later one does.
3. **Clusters.** Linked articles form one cluster; each cluster then goes through the same
   membership check as `factcheck check` (`factcheck.text.members.split`), and the articles it
   sets apart, like every article linked to no other, go to the outliers.

`write_clusters` writes each cluster as a folder of `OUT/clusters/` in the cluster format
(article files and a meta.json with "articles"), so `factcheck batch OUT/clusters` checks them
all; the outliers go to `OUT/outliers/` (same format, with their reasons in
`OUT/clusters.json`), unreadable inputs to `OUT/skipped.json`. Every input lands in exactly one
of them. datasketch is an optional extra (`pip install 'factcheck-news[cluster]'`), imported
only here.
"""

from __future__ import annotations

import collections
import concurrent.futures
import dataclasses
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from factcheck.config import Config
from factcheck.errors import ConfigError
from factcheck.io import atomic_write
from factcheck.model import Article, Claim, Document, Skip

TOP_NAMES = 32
"""Names per article in the LSH index and in the link test: its rarest ones."""
LSH_THRESHOLD = 0.08
"""Jaccard similarity of two articles' top names above which LSH makes them candidates."""
NUM_PERM = 128
"""MinHash permutations."""
MAX_CANDIDATES = 64
"""Candidates scored per article, the latest first: a linked group needs one link."""
NEAR_DUPLICATE = 0.6
"""An article linked this strongly to one already indexed (a republished copy) is not indexed
itself, so the index holds one entry per distinct story and a feed of copies stays linear."""
LINK_SHARE = 0.25
"""Weight of the shared names, as a share of the lighter article's top names, that links two
articles."""
WINDOW_DAYS = 21
"""Days two articles' event days may lie apart and still be one event."""
CLUSTERS = "clusters"
"""Folder of the cluster folders."""
OUTLIERS = "outliers"
"""Folder of the articles that belong to no cluster."""
INSTALL_HINT = "clustering a feed needs datasketch: pip install 'factcheck-news[cluster]'"


@dataclasses.dataclass(frozen=True)
class FeedArticle:
    """One article of the feed and its event signature."""

    article: Article
    names: dict[str, float]
    """Name key -> weight, its `TOP_NAMES` rarest names."""
    labels: dict[str, str]
    """Name key -> a spelling, for cluster names."""
    day: dt.date | None
    """The day the article is about: its publication date, else the latest day it states (an
    undated story names older events more often than later ones)."""
    doc: Document
    """The cleaned, segmented article, for the membership check."""
    dates: tuple[Claim, ...]
    """Its date claims, for the membership check."""


@dataclasses.dataclass(frozen=True)
class FeedClusters:
    """The result of `cluster_feed`."""

    clusters: tuple[tuple[str, tuple[Article, ...]], ...]
    """(name, articles) per cluster, largest first."""
    outliers: tuple[tuple[Article, str], ...]
    """Articles that belong to no cluster, with the reason."""
    skipped: tuple[Skip, ...]
    """Inputs that could not be read, with the reason."""


def signature(article: Article, config: Config) -> FeedArticle:
    """The event signature of one article (its top names and its day)."""
    from factcheck.pipeline import extract, prepare
    from factcheck.text.members import signature as member_signature

    doc = prepare(article, config)
    dates = extract(article, config.model_copy(update={"kinds": ("date",)}))
    sig = member_signature(doc, dates)
    top = sorted(sig.terms.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_NAMES]
    day = article.published
    if day is None and sig.days:
        day = max(sig.days)
    labels = {k: sig.labels.get(k, k) for k, _ in top}
    return FeedArticle(article, dict(top), labels, day, doc, tuple(dates))


CHUNK = 64
"""Articles per task when signatures are computed on an executor."""


def _chunk_signatures(articles: Sequence[Article], config: Config) -> list[FeedArticle]:
    return [signature(a, config) for a in articles]


def _signatures(
    articles: Sequence[Article],
    config: Config,
    executor: concurrent.futures.Executor | None,
    progress: Callable[[int], None] | None,
) -> list[FeedArticle]:
    """Every article's signature, in feed order; on `executor`, at most `IN_FLIGHT` chunks
    in flight, so memory stays bounded whatever the feed's size."""
    out: list[FeedArticle] = []
    if executor is None:
        for a in articles:
            out.append(signature(a, config))
            if progress is not None:
                progress(1)
        return out
    chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
    pending: collections.deque[concurrent.futures.Future[list[FeedArticle]]] = collections.deque()
    for chunk in chunks:
        pending.append(executor.submit(_chunk_signatures, chunk, config))
        if len(pending) >= IN_FLIGHT:
            _collect(pending.popleft(), out, progress)
    while pending:
        _collect(pending.popleft(), out, progress)
    return out


IN_FLIGHT = 8
"""Chunks submitted to an executor and not yet collected."""


def _collect(
    future: concurrent.futures.Future[list[FeedArticle]],
    out: list[FeedArticle],
    progress: Callable[[int], None] | None,
) -> None:
    done = future.result()
    out.extend(done)
    if progress is not None:
        progress(len(done))


def _link(a: FeedArticle, b: FeedArticle) -> float:
    """How strongly two articles are one event: the weight of their shared names as a share of
    the lighter article's, or 0 when it is under `LINK_SHARE` or their days lie more than
    `WINDOW_DAYS` apart."""
    if a.day is not None and b.day is not None and _apart(a, b):
        return 0.0
    shared = a.names.keys() & b.names.keys()
    if not shared:
        return 0.0
    weight = sum(min(a.names[k], b.names[k]) for k in shared)
    lighter = min(sum(a.names.values()), sum(b.names.values()))
    share = weight / lighter if lighter > 0 else 0.0
    return share if share >= LINK_SHARE else 0.0


def _apart(a: FeedArticle, b: FeedArticle) -> bool:
    """Whether two articles' days place them at different occasions: more than
    `WINDOW_DAYS` apart, unless the earlier day is only the latest an undated article
    states (its background: a donation in 2021 recalled in a report of July 2024)."""
    assert a.day is not None and b.day is not None
    if abs((a.day - b.day).days) <= WINDOW_DAYS:
        return False
    earlier = a if a.day < b.day else b
    return earlier.article.published is not None


class _Union:
    """Disjoint sets of articles that also keep each set's first and last day: two sets whose
    days together span more than `WINDOW_DAYS` are never joined, so undated articles cannot
    chain one event to another of the same actors a year later. A day an undated article
    states only extends a set's last day: an older day it names may be background, a later
    one is the occasion it reports."""

    def __init__(self, days: Sequence[dt.date | None], dated: Sequence[bool]) -> None:
        self.parent = list(range(len(days)))
        self.first: list[dt.date | None] = [
            d if d is not None and on else None for d, on in zip(days, dated, strict=True)
        ]
        self.last: list[dt.date | None] = list(days)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        firsts = [d for d in (self.first[ri], self.first[rj]) if d is not None]
        lasts = [d for d in (self.last[ri], self.last[rj]) if d is not None]
        first = min(firsts) if firsts else None
        last = max(lasts) if lasts else None
        if first is not None and last is not None and (last - first).days > WINDOW_DAYS:
            return False
        root, child = min(ri, rj), max(ri, rj)
        self.parent[child] = root
        self.first[root], self.last[root] = first, last
        return True


def _slug(text: str) -> str:
    from anyascii import anyascii

    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-")[:60] or "cluster"


def group(
    items: Sequence[FeedArticle], *, progress: Callable[[int], None] | None = None
) -> list[list[int]]:
    """Indices of the linked articles, one list per connected group (singletons included)."""
    try:
        from datasketch import MinHash, MinHashLSH  # type: ignore[import-untyped]
    except ImportError as exc:
        raise ConfigError(f"{INSTALL_HINT} ({exc})") from None

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    links: list[tuple[float, int, int]] = []
    for i, item in enumerate(items):
        if item.names:
            mh = MinHash(num_perm=NUM_PERM, seed=1)
            mh.update_batch([k.encode("utf-8") for k in sorted(item.names)])
            best = 0.0
            for j in sorted((int(x) for x in lsh.query(mh)), reverse=True)[:MAX_CANDIDATES]:
                strength = _link(items[j], item)
                if strength:
                    links.append((strength, j, i))
                    best = max(best, strength)
            if best < NEAR_DUPLICATE:
                lsh.insert(str(i), mh)
        if progress is not None:
            progress(1)
    # strongest links first: an undated article joins the event it shares most names with
    # before a weaker link could tie it to another occasion of the same actors
    union = _Union([it.day for it in items], [it.article.published is not None for it in items])
    for _, j, i in sorted(links, key=lambda x: (-x[0], x[1], x[2])):
        union.union(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(union.find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def cluster_feed(
    articles: Sequence[Article],
    config: Config | None = None,
    *,
    skipped: Sequence[Skip] = (),
    progress: Callable[[int], None] | None = None,
    executor: concurrent.futures.Executor | None = None,
) -> FeedClusters:
    """Event clusters of a feed's articles (see the module's docstring). With `executor`
    (local processes or a Dask client's executor), the signatures, most of the work, are
    computed there in chunks of `CHUNK` articles; the result is the same."""
    from factcheck.text.members import split

    config = config or Config()
    items = _signatures(articles, config, executor, progress)
    clusters: list[tuple[str, tuple[Article, ...]]] = []
    outliers: list[tuple[Article, str]] = []
    used: set[str] = set()
    for members in group(items, progress=progress):
        arts = [items[i].article for i in members]
        if len(arts) == 1:
            outliers.append((arts[0], "shares the names and days of no other article"))
            continue
        verdict = split([items[i].doc for i in members],
                        {items[i].article.id: items[i].dates for i in members})  # fmt: skip
        apart = {o.article: o.reason for o in verdict.outliers}
        kept = tuple(a for a in arts if a.id not in apart)
        outliers.extend((a, apart[a.id]) for a in arts if a.id in apart)
        if len(kept) == 1:
            outliers.append(
                (kept[0], "alone once the articles about other occasions are set apart")
            )
            continue
        if not kept:
            continue
        name = _cluster_name([items[i] for i in members if items[i].article.id not in apart], used)
        clusters.append((name, kept))
    return FeedClusters(tuple(clusters), tuple(outliers), tuple(skipped))


def _cluster_name(items: Sequence[FeedArticle], used: set[str]) -> str:
    """The cluster's day and its two most shared names ("2023-09-08-marrakech-al-haouz")."""
    counts: Counter[str] = Counter()
    for it in items:
        counts.update(it.names.keys())
    top = sorted(counts, key=lambda k: (-counts[k], k))[:2]
    labels = {k: it.labels[k] for it in items for k in top if k in it.labels}
    days = Counter(it.day for it in items if it.day is not None)
    day = days.most_common(1)[0][0].isoformat() if days else ""
    base = _slug(" ".join([day, *(labels.get(k, k) for k in top)]))
    name, n = base, 2
    while name in used:
        name, n = f"{base}-{n}", n + 1
    used.add(name)
    return name


def write_clusters(result: FeedClusters, out: Path) -> dict[str, Any]:
    """Each cluster as a folder of `out/clusters/` in the cluster format (article files and a
    meta.json with "articles"), the outliers in `out/outliers/`, the skipped inputs in
    `out/skipped.json`; returns the summary also written to `out/clusters.json`."""
    (out / CLUSTERS).mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {"clusters": {}, "outliers": [], "skipped": []}
    for name, arts in result.clusters:
        files = _write_folder(out / CLUSTERS / name, name, arts)
        summary["clusters"][name] = files
    if result.outliers:
        files = _write_folder(out / OUTLIERS, OUTLIERS, [a for a, _ in result.outliers])
        for (art, reason), file in zip(result.outliers, files, strict=True):
            summary["outliers"].append({"article": art.id, "file": file, "reason": reason})
    for s in result.skipped:
        summary["skipped"].append(s.model_dump(mode="json"))
    atomic_write(out / "skipped.json", json.dumps(summary["skipped"], indent=1) + "\n")
    atomic_write(out / "clusters.json", json.dumps(summary, indent=1, ensure_ascii=False) + "\n")
    return summary


def _write_folder(folder: Path, name: str, arts: Sequence[Article]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    meta: dict[str, Any] = {}
    files: list[str] = []
    taken: set[str] = set()
    for a in arts:
        stem = _slug(Path(a.id).stem) or "article"
        file, n = f"{stem}.txt", 2
        while file in taken:
            file, n = f"{stem}-{n}.txt", n + 1
        taken.add(file)
        atomic_write(folder / file, a.text)
        entry: dict[str, Any] = {"source": a.source, "language": a.language}
        if a.published is not None:
            entry["published"] = a.published.isoformat()
        if a.url:
            entry["url"] = a.url
        meta[file] = entry
        files.append(file)
    atomic_write(folder / "meta.json", json.dumps({"cluster": name, "articles": meta},
                                                  indent=1, ensure_ascii=False) + "\n")  # fmt: skip
    return files


__all__ = ["FeedClusters", "cluster_feed", "group", "signature", "write_clusters"]
