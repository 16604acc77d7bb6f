"""Measure the name matcher on labelled name pairs (precision and recall).

Usage: python benchmarks/names_eval.py [EVAL_DIR] [--errors]

EVAL_DIR holds `pairs_news.jsonl` and `pairs_rigour.jsonl` (default: ../shared/eval/names
next to the repository). Two decisions are scored per file:

- same entity: the matcher merges the pair (score at or above the name threshold);
  positives are pairs labelled variant/garbled (news) or same (rigour);
- grading, on pairs that are the same entity and were merged: the matcher flags the pair
  (variant or conflict); positives are pairs labelled garbled.

News pairs are scored twice: from the strings alone, and with the roles the articles attach.
Rigour rows marked `screening_only_label` are left out (their `same` label is a screening
decision, not "same person").
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.kinds.name import KIND, match

THRESHOLD = KIND.threshold or 80.0


@dataclass
class Score:
    """Confusion counts of one binary decision."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, gold: bool, pred: bool, label: str) -> None:
        if gold and pred:
            self.tp += 1
        elif pred:
            self.fp += 1
            self.errors.append(f"FP {label}")
        elif gold:
            self.fn += 1
            self.errors.append(f"FN {label}")
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def row(self, name: str) -> str:
        return (
            f"| {name} | {self.precision:.2f} | {self.recall:.2f} | "
            f"{self.tp} | {self.fp} | {self.fn} | {self.tn} |"
        )


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def decide(row: dict[str, Any], *, roles: bool) -> tuple[bool, str | None]:
    """(merged, verdict) of one pair."""
    kind = "org" if row.get("kind") == "org" else "person"
    score, verdict = match(
        row["a"],
        row["b"],
        row.get("role_a") if roles else None,
        row.get("role_b") if roles else None,
        kind,
        kind,
    )
    return score >= THRESHOLD, verdict


def evaluate(rows: Iterable[dict[str, Any]], *, roles: bool, news: bool) -> tuple[Score, Score]:
    """(same-entity score, grading score) over labelled pairs."""
    same, grade = Score(), Score()
    for row in rows:
        if row.get("screening_only_label"):
            continue
        gold_same = row["label"] in ("variant", "garbled", "same")
        merged, verdict = decide(row, roles=roles)
        label = f"{row['id']}: {row['a']!r} / {row['b']!r} -> {verdict} ({row['label']})"
        same.add(gold_same, merged, label)
        subtype = row["label"] if news else row.get("subtype")
        if gold_same and merged and subtype in ("variant", "garbled"):
            grade.add(subtype == "garbled", verdict in ("variant", "conflict"), label)
    return same, grade


def main(argv: list[str] | None = None) -> int:
    default = Path(__file__).resolve().parents[2] / "shared" / "eval" / "names"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", nargs="?", type=Path, default=default)
    parser.add_argument("--errors", action="store_true", help="list every wrong decision")
    args = parser.parse_args(argv)
    news = _rows(args.eval_dir / "pairs_news.jsonl")
    rigour = _rows(args.eval_dir / "pairs_rigour.jsonl")
    print("| set | precision | recall | tp | fp | fn | tn |")
    print("|---|---|---|---|---|---|---|")
    results = [
        ("news, strings only", evaluate(news, roles=False, news=True)),
        ("news, with roles", evaluate(news, roles=True, news=True)),
        ("rigour persons", evaluate([r for r in rigour if r["kind"] == "person"], roles=False, news=False)),
        ("rigour organisations", evaluate([r for r in rigour if r["kind"] == "org"], roles=False, news=False)),
    ]  # fmt: skip
    for name, (same, grade) in results:
        print(same.row(f"{name}: same entity"))
        print(grade.row(f"{name}: grading (garbled flagged)"))
    hard = [r for r in news if r["label"] == "different" and decide(r, roles=True)[0]]
    print(f"\nnews hard negatives merged: {len(hard)}")
    if args.errors:
        for name, (same, grade) in results:
            print(f"\n## {name}")
            for line in same.errors + grade.errors:
                print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
