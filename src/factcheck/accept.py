"""Recording a baseline: the findings of a fresh check, or of batch results, written as the
accepted fingerprints. Above the pipeline and batch (which read baselines through
`factcheck.baseline`), so no module imports back."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from factcheck.baseline import accepted_findings, dump_baseline
from factcheck.batch import RESULTS_FILE, iter_results, write_file
from factcheck.config import Config
from factcheck.errors import ConfigError
from factcheck.model import Finding
from factcheck.pipeline import check


def baseline_findings(paths: Sequence[Path], config: Config) -> list[Finding]:
    """Check one cluster (a folder or files, as `factcheck check` takes them) for its baseline."""
    return accepted_findings(check(list(paths), config).findings)


def findings_from_results(paths: Iterable[Path]) -> list[Finding]:
    """Findings of batch output folders (or their results.jsonl files), read line by line."""
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
    text = dump_baseline(findings)
    write_file(path, text)
    return len(json.loads(text)["accepted"])
