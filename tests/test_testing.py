"""assert_consistent: readable diff-like failures, filters, and no dependency on pytest."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factcheck import Article, Config, check
from factcheck.baseline import dump_baseline
from factcheck.testing import InconsistencyError, assert_consistent, excerpt

LEAD = "Rescue teams worked through the night.\n"


def conflict() -> list[Article]:
    return [
        Article(
            id="a.txt",
            source="Wire",
            text=LEAD + "Officials said 12 people died in the blast.",
            path="in/a.txt",
        ),
        Article(
            id="b.txt",
            source="Daily",
            text=LEAD + "Officials said 14 people died in the blast.",
            path="in/b.txt",
        ),
    ]


def test_testing_failure_reads_like_a_diff_with_both_spans() -> None:
    with pytest.raises(InconsistencyError) as exc:
        assert_consistent(conflict())
    message = str(exc.value)
    assert message.startswith("1 finding(s) at or above 'error'")
    assert "count conflict [error]" in message
    assert "- “12 people”  Wire  in/a.txt:2:16" in message
    assert "+ “14 people”  Daily  in/b.txt:2:16" in message
    assert "Officials said [[12 people]] died in the blast." in message
    finding = exc.value.findings[0]
    assert finding.message in message and finding.fingerprint in message
    assert isinstance(exc.value, AssertionError) and exc.value.report.summary.articles == 2


def test_testing_passes_and_returns_report_when_consistent() -> None:
    arts = [Article(id=n, text="Officials said 12 people died.") for n in ("a.txt", "b.txt")]
    report = assert_consistent(arts)
    assert report.ok and report.summary.articles == 2


@pytest.mark.parametrize(
    ("kwargs", "fails"),
    [
        ({}, True),
        ({"kinds": ["date", "name"]}, False),
        ({"kinds": ["count"]}, True),
        ({"fail_on": "error"}, True),
    ],
)
def test_testing_kinds_and_fail_on_select_what_fails(
    kwargs: dict[str, object], fails: bool
) -> None:
    if fails:
        with pytest.raises(InconsistencyError):
            assert_consistent(conflict(), **kwargs)  # type: ignore[arg-type]
    else:
        assert_consistent(conflict(), **kwargs)  # type: ignore[arg-type]


def test_testing_fail_on_info_catches_compatible_values() -> None:
    arts = [Article(id="a.txt", text="Officials said at least 12 people died."),
            Article(id="b.txt", text="Officials said 14 people died.")]  # fmt: skip
    assert_consistent(arts)
    with pytest.raises(InconsistencyError, match="compatible"):
        assert_consistent(arts, fail_on="info", kinds=["count"])


def test_testing_accepts_a_report_and_respects_its_baseline(tmp_path: Path) -> None:
    report = check(conflict())
    base = tmp_path / "b.json"
    base.write_text(dump_baseline(report.findings), encoding="utf-8")
    assert_consistent(check(conflict(), Config(baseline=str(base))))
    with pytest.raises(InconsistencyError):
        assert_consistent(report)


def test_testing_rejects_unknown_kind_or_severity() -> None:
    with pytest.raises(ValueError, match="weather"):
        assert_consistent(conflict(), kinds=["weather"])
    with pytest.raises(ValueError, match="fatal"):
        assert_consistent(conflict(), fail_on="fatal")  # type: ignore[arg-type]


def test_testing_excerpt_marks_span_in_context() -> None:
    report = check(conflict())
    claim = next(c for c in report.claims if c.span.text == "14 people")
    assert excerpt(report, claim.id, width=10) == "…ials said [[14 people]] died in t…"


def test_testing_works_without_pytest(seed_dir: Path) -> None:
    script = textwrap.dedent(f"""
        import sys
        sys.modules["pytest"] = None  # importing pytest now fails
        from factcheck.testing import assert_consistent, InconsistencyError
        try:
            assert_consistent({str(seed_dir)!r}, fail_on="warning")
        except AssertionError as exc:
            assert isinstance(exc, InconsistencyError)
            print("FAILED", len(exc.findings))
    """)
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("FAILED ")
