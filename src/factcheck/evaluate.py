"""Precision and recall of a report against a gold file (format: docs/gold-format.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from factcheck.errors import RecordError
from factcheck.model import Finding, KindName, Report, Verdict


class GoldFinding(BaseModel):
    """One finding the gold file expects."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    kind: KindName
    """Claim kind."""
    verdict: Verdict
    """Expected verdict."""
    texts: tuple[str, ...] = Field(min_length=1)
    """Surface texts that must each appear in one of the finding's claim spans."""
    note: str = ""
    """Why this is expected (for people)."""


class Gold(BaseModel):
    """A gold file: the findings expected for one cluster."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    cluster: str
    """Cluster name."""
    complete_for: tuple[Verdict, ...] = ("conflict", "variant")
    """Verdicts the gold lists exhaustively: any other finding of these verdicts is a false alarm."""
    findings: tuple[GoldFinding, ...]
    """Expected findings."""


class Score(BaseModel):
    """Counts and ratios for one slice (a kind, a verdict, or everything)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        d = self.true_positives + self.false_positives
        return self.true_positives / d if d else 1.0

    @property
    def recall(self) -> float:
        d = self.true_positives + self.false_negatives
        return self.true_positives / d if d else 1.0


class Evaluation(BaseModel):
    """The result of scoring one report against one gold file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    overall: Score
    by_kind: dict[str, Score]
    by_verdict: dict[str, Score]
    missed: tuple[GoldFinding, ...]
    """Gold findings no reported finding matched."""
    false_alarms: tuple[str, ...]
    """Messages of reported findings (of complete verdicts) that match no gold finding."""


def load_gold(path: str | Path) -> Gold:
    """Read and validate a gold file."""
    p = Path(path)
    try:
        return Gold.model_validate(json.loads(p.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise RecordError(f"not a valid gold file: {exc}", path=str(p)) from None


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").lower().split())


def matches(report: Report, finding: Finding, gold: GoldFinding) -> bool:
    """True when the finding has the gold kind and verdict and covers every gold text."""
    if finding.kind != gold.kind or finding.verdict != gold.verdict:
        return False
    spans = [_norm(report.claim(c).span.text) for c in finding.claims]
    return all(any(_norm(t) in s for s in spans) for t in gold.texts)


def evaluate(report: Report, gold: Gold) -> Evaluation:
    """Score a report: recall over gold findings, precision over the gold's complete verdicts."""
    counts: dict[tuple[str, str], list[int]] = {}

    def bump(kind: str, verdict: str, i: int) -> None:
        counts.setdefault((kind, verdict), [0, 0, 0])[i] += 1

    used: set[str] = set()
    missed: list[GoldFinding] = []
    for g in gold.findings:
        hit = next((f for f in report.findings if f.id not in used and matches(report, f, g)), None)
        if hit is None:
            hit = next((f for f in report.findings if matches(report, f, g)), None)
        if hit is not None:
            used.add(hit.id)
            bump(g.kind, g.verdict, 0)
        else:
            missed.append(g)
            bump(g.kind, g.verdict, 2)
    alarms: list[str] = []
    for f in report.findings:
        if f.verdict in gold.complete_for and f.id not in used:
            alarms.append(f.message)
            bump(f.kind, f.verdict, 1)
    return _collect(counts, missed, alarms)


def _collect(
    counts: dict[tuple[str, str], list[int]], missed: Sequence[GoldFinding], alarms: Sequence[str]
) -> Evaluation:
    def score(pred: object) -> Score:
        tp = fp = fn = 0
        for (k, v), (a, b, c) in counts.items():
            if pred(k, v):  # type: ignore[operator]
                tp, fp, fn = tp + a, fp + b, fn + c
        return Score(true_positives=tp, false_positives=fp, false_negatives=fn)

    kinds = sorted({k for k, _ in counts})
    verdicts = sorted({v for _, v in counts})
    return Evaluation(
        overall=score(lambda k, v: True),
        by_kind={k: score(lambda kk, v, k=k: kk == k) for k in kinds},
        by_verdict={v: score(lambda k, vv, v=v: vv == v) for v in verdicts},
        missed=tuple(missed),
        false_alarms=tuple(alarms),
    )


def format_evaluation(ev: Evaluation) -> str:
    """A plain-text table of precision and recall per kind and per verdict, then the misses."""
    rows = [("overall", ev.overall)]
    rows += [(f"kind {k}", s) for k, s in ev.by_kind.items()]
    rows += [(f"verdict {v}", s) for v, s in ev.by_verdict.items()]
    lines = [f"{'slice':<20} {'prec':>6} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for name, s in rows:
        lines.append(
            f"{name:<20} {s.precision:>6.2f} {s.recall:>6.2f} "
            f"{s.true_positives:>4} {s.false_positives:>4} {s.false_negatives:>4}"
        )
    for g in ev.missed:
        lines.append(f"missed: {g.kind} {g.verdict} {' / '.join(g.texts)}")
    for m in ev.false_alarms:
        lines.append(f"false alarm: {m}")
    return "\n".join(lines) + "\n"
