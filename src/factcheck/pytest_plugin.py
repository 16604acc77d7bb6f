"""pytest plugin (entry point `pytest11`): options, a cluster fixture, assertion explanations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factcheck.model import Report


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck")
    group.addoption(
        "--factcheck-fail-on",
        default=None,
        choices=("error", "warning", "info"),
        help="Failing severity for the factcheck_cluster fixture's reports.",
    )


@pytest.fixture
def factcheck_cluster(request: pytest.FixtureRequest) -> Callable[..., Report]:
    """Check a cluster folder or files: `factcheck_cluster("path/to/cluster")` → Report."""
    from factcheck.config import Config
    from factcheck.pipeline import check

    fail_on = request.config.getoption("--factcheck-fail-on")

    def run(*paths: str | Path, config: Config | None = None) -> Report:
        cfg = config or Config()
        if fail_on:
            cfg = cfg.with_overrides(fail_on=fail_on)
        return check([Path(p) for p in paths], cfg)

    return run


def pytest_assertrepr_compare(config: pytest.Config, op: str, left: Any, right: Any) -> list[str] | None:
    if op != "==" or not (isinstance(left, Report) and isinstance(right, Report)):
        return None
    lf = {f.fingerprint: f for f in left.findings}
    rf = {f.fingerprint: f for f in right.findings}
    lines = ["factcheck reports differ:"]
    for fp in sorted(set(lf) - set(rf)):
        lines.append(f"  only left:  {lf[fp].kind} {lf[fp].verdict}: {lf[fp].message}")
    for fp in sorted(set(rf) - set(lf)):
        lines.append(f"  only right: {rf[fp].kind} {rf[fp].verdict}: {rf[fp].message}")
    return lines
