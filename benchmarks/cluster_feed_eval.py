"""Cluster a feed made of the labelled events' files (members and decoys mixed) and score it.

    .venv/bin/python benchmarks/cluster_feed_eval.py [EVENTS_FOLDER]

EVENTS_FOLDER defaults to fixtures/real (the eight vendored events). Pairwise precision and
recall are over member co-membership: two members of one event in one cluster are a true
pair, two articles of different events (or a decoy and its event's members) in one cluster a
false one. Prints one summary line.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from pathlib import Path

from factcheck.feed import cluster_feed
from factcheck.load import load_cluster

ROOT = Path(__file__).resolve().parents[1]


def feed_articles(events: Path) -> tuple[list, dict[str, str], set[str]]:
    """Articles of every event, ids prefixed with the event; id -> event; decoy ids."""
    arts, event_of, decoys = [], {}, set()
    for folder in sorted(p for p in events.iterdir() if p.is_dir()):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        decoy_files = set(gold.get("decoy_files", []))
        for a in load_cluster([folder]).articles:
            ident = f"{folder.name}/{a.id}"
            arts.append(a.model_copy(update={"id": ident}))
            event_of[ident] = folder.name
            if a.id in decoy_files:
                decoys.add(ident)
    return arts, event_of, decoys


def main() -> int:
    events = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "fixtures" / "real"
    arts, event_of, decoys = feed_articles(events)
    start = time.perf_counter()
    result = cluster_feed(arts)
    seconds = time.perf_counter() - start
    members = [a for a in event_of if a not in decoys]
    true_pairs = {
        frozenset(p) for p in itertools.combinations(members, 2) if event_of[p[0]] == event_of[p[1]]
    }
    found, wrong, decoy_with_members = set(), 0, 0
    for _, cluster in result.clusters:
        ids = [a.id for a in cluster]
        for p in itertools.combinations(ids, 2):
            pair = frozenset(p)
            if pair in true_pairs:
                found.add(pair)
            else:
                wrong += 1
        for d in (i for i in ids if i in decoys):
            decoy_with_members += any(event_of[i] == event_of[d] and i not in decoys for i in ids)
    precision = len(found) / max(1, len(found) + wrong)
    recall = len(found) / max(1, len(true_pairs))
    print(
        f"feed: {len(arts)} articles, {len(result.clusters)} clusters, "
        f"{len(result.outliers)} outliers; pairwise precision {precision:.3f}, "
        f"recall {recall:.3f}; decoys with their event's members {decoy_with_members}; "
        f"{seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
