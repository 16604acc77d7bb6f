"""Baselines: files of accepted finding fingerprints."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import ConfigError
from factcheck.model import Finding

if TYPE_CHECKING:
    from factcheck.config import Config

BASELINE_VERSION = 1


def load_baseline(path: str | Path) -> dict[str, str]:
    """Accepted fingerprints → the message they were accepted with."""
    p = Path(path)
    if not p.exists():
        return {}
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        return {e["fingerprint"]: e.get("message", "") for e in data["accepted"]}
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"not a factcheck baseline file ({exc})", path=str(p)) from None


def dump_baseline(findings: Iterable[Finding]) -> str:
    """The baseline file accepting these findings, sorted by fingerprint."""
    entries = sorted({f.fingerprint: f for f in findings}.values(), key=lambda f: f.fingerprint)
    doc = {
        "version": BASELINE_VERSION,
        "accepted": [
            {"fingerprint": f.fingerprint, "kind": f.kind, "verdict": f.verdict,
             "subject": f.subject, "message": f.message}
            for f in entries
        ],
    }  # fmt: skip
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def accepted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """The findings a baseline records: every one with a severity (agreements need none)."""
    return [f for f in findings if f.severity != "none"]


def baseline_findings(paths: Sequence[Path], config: Config) -> list[Finding]:
    """Check one cluster (a folder or files, as `factcheck check` takes them) for its baseline."""
    from factcheck.pipeline import check

    return accepted_findings(check(list(paths), config).findings)


def findings_from_results(paths: Iterable[Path]) -> list[Finding]:
    """Findings of batch output folders (or their results.jsonl files), read line by line."""
    from factcheck.batch import RESULTS_FILE, iter_results

    found: list[Finding] = []
    for path in paths:
        results = path / RESULTS_FILE if path.is_dir() else path
        if not results.is_file():
            raise ConfigError(
                f"no {RESULTS_FILE} here; run `factcheck batch` first", path=str(path)
            )
        try:
            for line in iter_results(results):
                found.extend(
                    accepted_findings(Finding.model_validate(f) for f in line.get("findings", ()))
                )
        except (ValueError, TypeError) as exc:
            raise ConfigError(f"not a factcheck results file ({exc})", path=str(results)) from None
    return found


def write_baseline(path: Path, findings: Iterable[Finding]) -> int:
    """Write the baseline accepting `findings` atomically; return how many it holds."""
    from factcheck.batch import write_file

    text = dump_baseline(findings)
    write_file(path, text)
    return len(json.loads(text)["accepted"])
