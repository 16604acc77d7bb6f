"""JUnit XML: one testsuite per run, one testcase per cluster, one failure per failing finding.

CI systems (GitLab, Jenkins, GitHub test reporters) then list each failing finding under its
cluster. A failure's message is the finding's message; its body names the kind, verdict,
fingerprint and every claim's location (`path:line:column`) with the quoted span.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable

from factcheck.model import Finding, Report
from factcheck.report._view import (
    PROBLEM_STATUSES,
    STATUS_LABELS,
    XML_INVALID,
    ReportView,
    cluster_status,
    outlier_lines,
    status_key,
)

SUITE_NAME = "factcheck"
"""Name of the testsuite (and the testcases' classname)."""


def _xml_text(s: str) -> str:
    return XML_INVALID.sub("\ufffd", s)


def _failure_body(view: ReportView, f: Finding) -> str:
    lines = [f"{f.id} {f.kind} {f.verdict} ({f.severity}): {f.subject}", f.message]
    ref, other = view.sides(f)
    for side, evs in (("reference", ref), ("other", other)):
        for ev in evs:
            lines.append(f"  {side}: {ev.location} “{ev.text}” [{ev.source}]")
    lines.append(f"fingerprint {f.fingerprint}")
    return "\n".join(lines)


def _testcase(report: Report) -> tuple[ET.Element, int]:
    view = ReportView(report)
    case = ET.Element("testcase", classname=SUITE_NAME, name=_xml_text(report.cluster or "cluster"))
    status = cluster_status(report)
    if status in PROBLEM_STATUSES:
        # A cluster the batch could not check: an error (or a skip when its input is unusable).
        reasons = "; ".join(f"{k.reason} [{k.code}]" for k in report.summary.skipped)
        tag = "skipped" if status == "skipped" else "error"
        el = ET.SubElement(case, tag, message=_xml_text(f"{STATUS_LABELS[status]}: {reasons}"))
        if tag == "error":
            el.set("type", status)
        el.text = _xml_text(reasons)
        return case, 0
    failing = report.failing
    for f in failing:
        failure = ET.SubElement(
            case, "failure", message=_xml_text(f.message), type=f"{f.kind}/{f.verdict}"
        )
        failure.text = _xml_text(_failure_body(view, f))
    s = report.summary
    out = [
        f"{s.articles} articles, {s.claims} claims, {s.findings} findings: "
        + ", ".join(f"{n} {v}" for v, n in s.by_verdict.items())
    ]
    out += [
        f"baselined {f.id} {f.fingerprint}: {f.message}" for f in report.findings if f.baselined
    ]
    out += [f"stale baseline entry {fp}" for fp in s.stale_baseline]
    out += outlier_lines(report)
    ET.SubElement(case, "system-out").text = _xml_text("\n".join(out))
    if s.skipped:
        err = [
            f"skipped {k.path}{f':{k.line}' if k.line else ''}: {k.reason} [{k.code}]"
            for k in s.skipped
        ]
        ET.SubElement(case, "system-err").text = _xml_text("\n".join(err))
    return case, len(failing)


def render_junit_many(reports: Iterable[Report]) -> str:
    """Many clusters as one JUnit XML document: one testcase per cluster."""
    suite = ET.Element("testsuite", name=SUITE_NAME)
    cases: list[tuple[tuple[int, str], ET.Element]] = []
    failed = 0
    statuses: Counter[str] = Counter()
    for report in reports:
        case, n = _testcase(report)
        cases.append((status_key(report), case))
        statuses[cluster_status(report)] += 1
        failed += n > 0
    # Clusters that could not be checked first, worst status first.
    for _, case in sorted(cases, key=lambda t: t[0]):
        suite.append(case)
    tests = len(cases)
    errors = statuses["error"] + statuses["timeout"]
    # JUnit counts failed testcases, not failure elements.
    suite.set("tests", str(tests))
    suite.set("failures", str(failed))
    suite.set("errors", str(errors))
    suite.set("skipped", str(statuses["skipped"]))
    root = ET.Element(
        "testsuites", name=SUITE_NAME, tests=str(tests), failures=str(failed), errors=str(errors)
    )
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def render_junit(report: Report) -> str:
    """One cluster as JUnit XML: a testcase failing once per failing finding."""
    return render_junit_many([report])
