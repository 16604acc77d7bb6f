"""Baselines: files of accepted finding fingerprints."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.errors import ConfigError
from factcheck.model import Finding

if TYPE_CHECKING:
    pass

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
