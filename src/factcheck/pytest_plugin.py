"""pytest plugin (entry point `pytest11`): options, a cluster fixture, assertion explanations.

Kept thin: the checking lives in factcheck.pipeline and the messages in factcheck.testing.
factcheck itself is imported only when a test uses the fixture or compares factcheck values.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from factcheck.config import Config
    from factcheck.model import Finding, Report


def pytest_addoption(parser: pytest.Parser) -> None:
    """Options of the `factcheck` group; they override the project's factcheck configuration."""
    group = parser.getgroup("factcheck", "factcheck: consistency of news articles")
    group.addoption(
        "--factcheck-fail-on",
        default=None,
        choices=("error", "warning", "info"),
        help="Failing severity for reports made by the factcheck_cluster fixture.",
    )
    group.addoption(
        "--factcheck-config",
        default=None,
        metavar="PATH",
        help="factcheck.toml or pyproject.toml to use instead of the one found next to the cluster.",
    )
    group.addoption(
        "--factcheck-baseline",
        default=None,
        metavar="PATH",
        help="Baseline file of accepted fingerprints for the factcheck_cluster fixture.",
    )


@pytest.fixture
def factcheck_cluster(request: pytest.FixtureRequest) -> Callable[..., Report]:
    """Check a cluster folder or files: `factcheck_cluster("path/to/cluster")` → Report.

    The configuration is found like the CLI finds it (walking up from the cluster), then the
    `--factcheck-*` options apply, then keyword overrides (`fail_on="warning"`). Relative
    paths are taken from the pytest root directory.
    """
    from factcheck.config import resolve_config
    from factcheck.pipeline import check

    opts = request.config.option
    root = Path(request.config.rootpath)

    def run(*paths: str | Path, config: Config | None = None, **overrides: Any) -> Report:
        full = [_shorter(p if p.is_absolute() else root / p) for p in map(Path, paths)]
        baseline = opts.factcheck_baseline
        if config is None:
            config = resolve_config(
                full,
                opts.factcheck_config,
                fail_on=opts.factcheck_fail_on,
                baseline=str(root / baseline) if baseline else None,
            )
        return check(full, config.with_overrides(**overrides))

    return run


def _shorter(path: Path) -> Path:
    """`path` relative to the current folder when inside it, for shorter messages."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def pytest_assertrepr_compare(
    config: pytest.Config, op: str, left: Any, right: Any
) -> list[str] | None:
    """Explain `==` between two reports, findings or claims: one line per difference."""
    if op != "==" or not _ours(left) or not _ours(right):
        return None
    from factcheck.model import Finding, Report

    if isinstance(left, Report) and isinstance(right, Report):
        return _compare_reports(left, right)
    if isinstance(left, Finding) and isinstance(right, Finding):
        return [f"factcheck findings differ ({left.fingerprint} vs {right.fingerprint}):",
                *_field_diff(left, right)]  # fmt: skip
    if type(left) is type(right) and hasattr(left, "span") and hasattr(left, "value"):
        return [f"factcheck {left.kind} claims differ:",
                f"  left:  “{left.span.text}” {left.article}@{left.span.start}-{left.span.end}",
                f"  right: “{right.span.text}” {right.article}@{right.span.start}-{right.span.end}",
                *_field_diff(left, right)]  # fmt: skip
    return None


def _ours(value: Any) -> bool:
    # A report or finding, or a claim of any registered kind (built-in or third-party).
    if type(value).__module__ == "factcheck.model":
        return True
    core = sys.modules.get("factcheck.core")
    return core is not None and isinstance(value, core.ClaimBase)


def _field_diff(left: Any, right: Any) -> list[str]:
    a, b = left.model_dump(mode="json"), right.model_dump(mode="json")
    return [
        f"  {k}: {a.get(k)!r} != {b.get(k)!r}"
        for k in sorted(set(a) | set(b))
        if a.get(k) != b.get(k)
    ]


def _compare_reports(left: Report, right: Report) -> list[str]:
    lf = {f.fingerprint: f for f in left.findings}
    rf = {f.fingerprint: f for f in right.findings}
    lines = [f"factcheck reports differ ({left.cluster or 'left'} vs {right.cluster or 'right'}):"]
    for fp in sorted(set(lf) & set(rf)):
        if lf[fp] != rf[fp]:
            fields = ", ".join(
                k for k in ("verdict", "severity", "subject", "message", "baselined", "claims")
                if getattr(lf[fp], k) != getattr(rf[fp], k)
            )  # fmt: skip
            lines.append(f"  changed:    {_one_line(left, lf[fp])} (differs in {fields or 'id'})")
    lines += [f"  only left:  {_one_line(left, lf[fp])}" for fp in sorted(set(lf) - set(rf))]
    lines += [f"  only right: {_one_line(right, rf[fp])}" for fp in sorted(set(rf) - set(lf))]
    ls, rs = left.summary, right.summary
    for key in ("articles", "claims", "findings", "failing"):
        if getattr(ls, key) != getattr(rs, key):
            lines.append(f"  summary.{key}: {getattr(ls, key)} != {getattr(rs, key)}")
    return lines


def _one_line(report: Report, f: Finding) -> str:
    """kind verdict subject: “span” (file:line:col …excerpt…) vs “span” (…)."""
    from factcheck.testing import excerpt, location

    ids = (*f.reference[:1], *f.other[:1]) if f.other else f.claims[:2]
    sides = []
    for cid in ids:
        try:
            claim = report.claim(cid)
        except KeyError:
            sides.append(cid)
            continue
        sides.append(
            f"“{claim.span.text}” ({location(report, cid)} {excerpt(report, cid, width=20)})"
        )
    return f"{f.kind} {f.verdict} {f.subject}: " + " vs ".join(sides)
