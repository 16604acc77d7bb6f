"""SARIF 2.1.0, so code-review tools annotate the article files at the span.

One result per finding at or above info: `ruleId` is `kind/verdict`, `level` follows the
severity (error → error, warning → warning, info → note). The primary location is the deviating
claim (the reference claim when nothing deviates); every other claim of the finding is a related
location. Regions use 1-based lines and columns counted in Unicode code points
(`columnKind: unicodeCodePoints`), end column exclusive, plus `charOffset`/`charLength`, which
are the span's `start` and length. Baselined findings carry an accepted external suppression.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import PureWindowsPath
from typing import Any
from urllib.parse import quote

from factcheck.model import SEVERITY_ORDER, VERDICT_SEVERITY, Finding, Report, Severity
from factcheck.report._view import (
    PROBLEM_STATUSES,
    STATUS_LABELS,
    Evidence,
    ReportView,
    cluster_status,
    outlier_lines,
    status_key,
)

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS: dict[str, str] = {"error": "error", "warning": "warning", "info": "note"}
"""SARIF level per severity; findings of severity none (agree) are not results."""
VERDICT_HELP: dict[str, str] = {
    "agree": "Sources state the same fact with equivalent values.",
    "compatible": "Values overlap but one source is vaguer.",
    "variant": "The same entity with a misspelt name: fix the spelling.",
    "conflict": "Incompatible values, a wrong name for the same role, or an altered quote.",
    "single": "Only one source states it: unverified.",
}
"""One-line rule description per verdict (DESIGN.md's verdict table)."""
FINGERPRINT_KEY = "factcheck/v1"
"""Key of the finding fingerprint in `partialFingerprints`."""


def artifact_uri(path: str) -> str:
    """A relative URI reference for an article path (absolute paths become file: URIs)."""
    windows = PureWindowsPath(path)
    if windows.drive:
        return "file:///" + quote(windows.as_posix())
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return "file://" + quote(posix)
    return quote(posix)


def _physical(ev: Evidence) -> dict[str, Any]:
    loc = ev.location
    span = ev.claim.span
    return {
        "artifactLocation": {"uri": artifact_uri(loc.path)},
        "region": {
            "startLine": loc.line,
            "startColumn": loc.column,
            "endLine": loc.end_line,
            "endColumn": loc.end_column,
            "charOffset": span.start,
            "charLength": span.end - span.start,
            "snippet": {"text": span.text},
        },
    }


def _result(view: ReportView, f: Finding, rule_index: int) -> dict[str, Any]:
    primary = view.primary(f)
    result: dict[str, Any] = {
        "ruleId": f"{f.kind}/{f.verdict}",
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        "properties": {
            "cluster": view.report.cluster,
            "findingId": f.id,
            "kind": f.kind,
            "verdict": f.verdict,
            "severity": f.severity,
            "subject": f.subject,
        },
    }
    if primary is not None:
        result["locations"] = [
            {
                "physicalLocation": _physical(primary),
                "message": {"text": f"“{primary.text}” [{primary.source}]"},
            }
        ]
    related: list[dict[str, Any]] = []
    for cid in f.claims:
        ev = view.evidence(cid)
        if ev is None or (primary is not None and ev.claim.id == primary.claim.id):
            continue
        side = "reference" if cid in f.reference else "other"
        related.append(
            {
                "id": len(related) + 1,
                "physicalLocation": _physical(ev),
                "message": {"text": f"{side}: “{ev.text}” [{ev.source}]"},
            }
        )
    if related:
        result["relatedLocations"] = related
    if f.baselined:
        result["suppressions"] = [
            {
                "kind": "external",
                "status": "accepted",
                "justification": "fingerprint is in the factcheck baseline",
            }
        ]
    return result


def _rule(rule_id: str) -> dict[str, Any]:
    kind, verdict = rule_id.split("/")
    return {
        "id": rule_id,
        "name": f"{kind}-{verdict}",
        "shortDescription": {"text": f"{kind} claims: {verdict}"},
        "fullDescription": {"text": VERDICT_HELP[verdict]},
        "defaultConfiguration": {"level": LEVELS.get(VERDICT_SEVERITY[verdict], "none")},
    }


def sarif_log(reports: Iterable[Report], *, min_severity: Severity = "info") -> dict[str, Any]:
    """The SARIF log (as a dict) of one run over any number of clusters.

    Findings below `min_severity` (and always those of severity none) are not results.
    """
    from factcheck import __version__

    least = max(SEVERITY_ORDER["info"], SEVERITY_ORDER[min_severity])

    rules: dict[str, int] = {}
    results: list[dict[str, Any]] = []
    notifications: list[tuple[tuple[int, str], dict[str, Any]]] = []
    notes: list[dict[str, Any]] = []
    for report in reports:
        status = cluster_status(report)
        if status in PROBLEM_STATUSES:
            for k in report.summary.skipped:
                notifications.append(
                    (
                        status_key(report),
                        {
                            "level": "warning" if status == "skipped" else "error",
                            "message": {
                                "text": f"{STATUS_LABELS[status]} {report.cluster}: not checked: "
                                f"{k.reason} [{k.code}]"
                            },
                            "descriptor": {"id": k.code},
                        },
                    )
                )
            continue
        view = ReportView(report)
        paths = {a.id: a.path or a.id for a in report.articles}
        for o, line in zip(report.outliers, outlier_lines(report), strict=True):
            notes.append(
                {
                    "level": "note",
                    "descriptor": {"id": "outlier"},
                    "message": {"text": line},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {
                                    "uri": artifact_uri(paths.get(o.article, o.article))
                                }
                            }
                        }
                    ],
                    "properties": {"cluster": report.cluster, "cause": o.cause},
                }
            )
        for f in report.findings:
            if SEVERITY_ORDER[f.severity] < least:
                continue
            rule_id = f"{f.kind}/{f.verdict}"
            index = rules.setdefault(rule_id, len(rules))
            results.append(_result(view, f, index))
    rule_list = [_rule(rule_id) for rule_id in rules]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {"name": "factcheck", "version": __version__, "rules": rule_list}
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {
                        # False when a cluster could not be checked (error or timeout).
                        "executionSuccessful": not any(
                            n["level"] == "error" for _, n in notifications
                        ),
                        # outliers are not findings: notes after the clusters' problems
                        "toolExecutionNotifications": [
                            *(n for _, n in sorted(notifications, key=lambda t: t[0])),
                            *notes,
                        ],
                    }
                ],
                "results": results,
            }
        ],
    }


def render_sarif_many(reports: Iterable[Report], *, min_severity: Severity = "info") -> str:
    """Many clusters as one SARIF log with a single run."""
    log = sarif_log(reports, min_severity=min_severity)
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def render_sarif(report: Report, *, min_severity: Severity = "info") -> str:
    """One cluster as a SARIF 2.1.0 log."""
    return render_sarif_many([report], min_severity=min_severity)
