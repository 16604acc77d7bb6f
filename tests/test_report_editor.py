"""What an editor sees (issue 15): short default views, one fact shown once, sources counted
as articles, and batch reports that count and show clusters that could not be checked."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from factcheck import Claim, Report, check
from factcheck.batch import RESULTS_FILE, run_batch, write_combined
from factcheck.report import render_many
from factcheck.report._view import cluster_status, select
from factcheck.report.markdown import render_markdown
from factcheck.report.text import render_text

# Default text and Markdown ---------------------------------------------------------------------


def test_report_text_leads_with_conflicts_and_variants_then_one_line_per_kind(
    seed_report: Report,
) -> None:
    text = render_text(seed_report)
    assert text.index("Errors (conflicts)") < text.index("Warnings (variants)")
    assert text.index("Warnings (variants)") < text.index("Also found")
    for f in seed_report.findings:
        shown = f"{f.id} {f.kind} [{f.verdict}]"
        assert (shown in text) == (f.verdict in ("conflict", "variant")), f.id
    also = text.split("Also found", 1)[1]
    kinds = [line.split(":")[0].strip() for line in also.splitlines()[1:] if line.startswith("  ")]
    assert kinds == sorted(set(kinds), key=kinds.index) and "name" in kinds  # one line per kind
    assert len(text) < 6_000
    assert len(render_text(seed_report, show="all")) > 3 * len(text)


def test_report_markdown_default_is_short_and_show_all_lists_everything(
    seed_report: Report,
) -> None:
    short = render_markdown(seed_report)
    assert len(short) < 16_000
    assert "# Also found" in short and "| quote | " in short
    full = render_markdown(seed_report, show="all")
    assert "Verified (sources agree)" in full and "Verified (sources agree)" not in short
    info = render_markdown(seed_report, min_severity="info")
    assert "Info (compatible or unconfirmed)" in info and "Verified" not in info


def test_report_cli_show_and_min_severity_choose(seed_dir: Path) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    runner = CliRunner()
    default = runner.invoke(app, ["check", str(seed_dir)]).stdout
    every = runner.invoke(app, ["check", str(seed_dir), "--show", "all"]).stdout
    info = runner.invoke(app, ["check", str(seed_dir), "--min-severity", "info"]).stdout
    assert "Verified (sources agree)" in every and "Verified" not in default
    assert "Info (compatible or unconfirmed)" in info and "Verified" not in info
    bad = runner.invoke(app, ["check", str(seed_dir), "--show", "some"])
    assert bad.exit_code == 2 and "--show" in bad.stderr


def test_report_one_fact_is_not_both_conflict_and_agreement(seed_report: Report) -> None:
    picked = select(seed_report, show="all")
    problems = [f for f in picked.full if f.verdict in ("conflict", "variant")]
    agreements = [f for f in picked.full if f.verdict == "agree"]
    assert picked.folded >= 1
    for p in problems:
        for a in agreements:
            assert not set(a.claims) & set(p.reference), (p.subject, a.subject)
    president = [f for f in picked.full if f.subject == "President of Vietnam"]
    assert [f.verdict for f in president] == ["conflict"]


def test_report_finding_is_illustrated_by_its_fullest_mention(seed_report: Report) -> None:
    def written(c: Claim) -> int:  # a name's own words; its span may add the title in front
        return len(getattr(c.value, "name", None) or c.span.text)

    for f in seed_report.findings:
        ref = [seed_report.claim(c) for c in f.reference]
        if ref:
            assert written(ref[0]) == max(written(c) for c in ref), f.message


def test_report_sources_count_articles_not_glued_stories(seed_report: Report) -> None:
    counted = 0
    for f in seed_report.findings:
        m = re.match(r"(\d+) sources ", f.message)
        if f.verdict == "agree" and m:
            articles = {seed_report.claim(c).article for c in f.claims}
            assert int(m.group(1)) == len(articles), f.message
            assert int(m.group(1)) <= seed_report.summary.articles
            counted += 1
    assert counted


# Batch reports: errors, timeouts and skipped clusters first ----------------------------------

CONFLICT = (
    "Officials said 12 people died in the blast.",
    "Officials said 14 people died in the blast.",
)
AGREE = (
    "Officials said 12 people died in the blast.",
    "Officials said twelve people died in the blast.",
)


@pytest.fixture
def batch_out(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    for name, texts in (("agreeing", AGREE), ("conflicting", CONFLICT), ("empty", ("",))):
        (src / name).mkdir(parents=True)
        for i, text in enumerate(texts):
            (src / name / f"{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run_batch(src, out)
    with (out / RESULTS_FILE).open("a", encoding="utf-8") as fh:
        for name, code, reason in (
            ("slow", "FC300", "cluster took longer than cluster_timeout=60s"),
            ("broken", "FC000", "internal error: ValueError: boom"),
        ):
            fh.write(json.dumps({"cluster": name, "status": "error", "articles_in": 2,
                                 "articles_checked": 0, "articles_skipped": 2, "seconds": 1.0,
                                 "error": {"code": code, "reason": reason}}) + "\n")  # fmt: skip
    return out


ORDER = ["broken", "slow", "empty", "conflicting", "agreeing"]


def _order(text: str, names: list[str]) -> list[str]:
    return sorted(names, key=text.index)


def test_report_batch_text_counts_and_lists_unchecked_clusters_first(batch_out: Path) -> None:
    text = write_combined(batch_out, "text").read_text(encoding="utf-8")
    assert text.startswith(
        "factcheck batch: 5 clusters (1 error, 1 timeout, 1 skipped, 1 failing, 1 ok)"
    )
    assert "ERROR broken: not checked" in text and "TIMEOUT slow: not checked" in text
    assert "SKIPPED empty: not checked" in text
    assert _order(text, [f"{n}" for n in ORDER]) == ORDER
    assert "no findings. OK" not in text


def test_report_batch_markdown_counts_and_lists_unchecked_clusters_first(batch_out: Path) -> None:
    md = write_combined(batch_out, "markdown").read_text(encoding="utf-8")
    assert "5 clusters (1 error, 1 timeout, 1 skipped, 1 failing, 1 ok)" in md
    rows = [line for line in md.splitlines() if line.startswith("| ") and " | " in line[2:]][1:]
    assert [r.split(" | ")[0][2:] for r in rows[:5]] == ORDER
    assert [r.split(" | ")[1] for r in rows[:5]] == ["ERROR", "TIMEOUT", "SKIPPED", "FAIL", "OK"]
    assert "cluster\\_timeout=60s" in md


def test_report_batch_html_shows_status_first(batch_out: Path) -> None:
    html = write_combined(batch_out, "html").read_text(encoding="utf-8")
    assert "1 error, 1 timeout, 1 skipped, 1 failing, 1 ok" in html
    statuses = re.findall(
        r'<section class="cluster [^"]*" id="[^"]*" data-cluster="([^"]*)" data-status="([^"]*)"',
        html,
    )
    assert statuses == list(zip(ORDER, ["error", "timeout", "skipped", "fail", "ok"], strict=True))
    assert 'name="status" value="error" checked' in html
    assert re.search(r'<span class="status fail">NOT CHECKED|<span class="status fail">FAIL', html)
    assert "ERROR: not checked" in html and "OK 0" not in html


def test_report_batch_junit_and_sarif_record_unchecked_clusters(batch_out: Path) -> None:
    suite = ET.fromstring(write_combined(batch_out, "junit").read_text()).find("testsuite")
    assert suite is not None
    assert (suite.get("errors"), suite.get("skipped"), suite.get("failures")) == ("2", "1", "1")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ORDER
    assert cases[0].find("error") is not None and cases[2].find("skipped") is not None
    log = json.loads(write_combined(batch_out, "sarif").read_text())
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    texts = [n["message"]["text"] for n in invocation["toolExecutionNotifications"]]
    assert [t.split()[1] for t in texts] == ["broken:", "slow:", "empty:"]


def test_report_cluster_status_reads_batch_error_reports(batch_out: Path) -> None:
    from factcheck.batch import iter_reports

    got = {r.cluster: cluster_status(r) for r in iter_reports(batch_out / RESULTS_FILE)}
    assert got == dict(zip(ORDER, ["error", "timeout", "skipped", "fail", "ok"], strict=True))
    assert render_many("text", []).startswith("factcheck batch: 0 clusters")


# The fact sheet leads every view ---------------------------------------------------------------


def test_report_fact_sheet_leads_text_markdown_and_html(seed_report: Report) -> None:
    from factcheck.report import RENDERERS

    assert seed_report.facts
    first = seed_report.facts[0]
    text = render_text(seed_report)
    assert text.index("Fact sheet:") < text.index("Errors (conflicts)")
    assert f"  {first.subject}: " in text
    md = render_markdown(seed_report)
    assert md.index("## Fact sheet:") < md.index("## Errors (conflicts)")
    html = RENDERERS["html"](seed_report)
    assert html.index('<table class="facts">') < html.index('<tr class="finding')
    assert html.count('<tr class="fact') == len(seed_report.facts)
    bare = seed_report.model_copy(update={"facts": ()})
    assert "Fact sheet" not in render_text(bare) and "Fact sheet" not in render_markdown(bare)
    assert 'class="facts"' not in RENDERERS["html"](bare)


def test_report_fact_sheet_shows_dissent_and_running_totals() -> None:
    report = check(
        Path(__file__).resolve().parent.parent / "fixtures" / "real" / "derna-floods-2023"
    )
    running = [f for f in report.facts if f.running and f.timeline]
    assert running
    text = render_text(report, show="all")
    line = next(ln for ln in text.splitlines() if ln.startswith(f"  {running[0].subject}: "))
    assert "over time: " in line and " → " in line
    disputed = next(f for f in report.facts if f.dissent)
    assert any("differs: " in ln for ln in text.splitlines() if disputed.subject in ln)
