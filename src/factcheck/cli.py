"""Command line: a thin typer layer over the library. Exit 0 clean, 1 failing findings, 2 bad input."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.config import Config, find_config_file, load_config
from factcheck.errors import FactcheckError
from factcheck.model import Report

app = typer.Typer(
    name="factcheck",
    help="Extract typed claims from articles about one event and report where sources disagree.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


@app.callback()
def _root() -> None:
    """factcheck: where do the sources disagree?"""


def _formats() -> list[str]:
    from factcheck.report import RENDERERS

    return list(RENDERERS)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"factcheck: error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


def resolve_config(
    paths: list[Path], config_file: Path | None, **overrides: object
) -> Config:
    """The config file (given, or found by walking up from the first input) plus flag overrides."""
    found = config_file or (find_config_file(paths[0]) if paths else None)
    base = load_config(found) if found else Config()
    return base.with_overrides(**overrides)


def emit(text: str, out: Path | None) -> None:
    """Write to `out` atomically, or to standard output."""
    if out is None:
        sys.stdout.write(text)
        return
    from factcheck.io import atomic_write

    atomic_write(out, text)


def render(report: Report, fmt: str, *, color: bool) -> str:
    """The report in one of RENDERERS' formats (text may be coloured)."""
    from factcheck.report import RENDERERS
    from factcheck.report.text import render_text

    if fmt == "text":
        return render_text(report, color=color)
    if fmt not in RENDERERS:
        raise _fail(f"unknown format {fmt!r}; choose one of {', '.join(_formats())}")
    return RENDERERS[fmt](report)


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="A cluster folder, or article files.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, json, ...")] = "text",
    fail_on: Annotated[
        Optional[str], typer.Option(help="Failing severity: error, warning or info.")
    ] = None,
    kinds: Annotated[
        Optional[str], typer.Option(help="Comma-separated kinds to check (default: all).")
    ] = None,
    baseline: Annotated[
        Optional[Path], typer.Option(help="Baseline file of accepted fingerprints.")
    ] = None,
    config_file: Annotated[
        Optional[Path], typer.Option("--config", help="factcheck.toml or pyproject.toml.")
    ] = None,
    out: Annotated[Optional[Path], typer.Option(help="Write the report here.")] = None,
    no_clean: Annotated[bool, typer.Option("--no-clean", help="Keep boilerplate.")] = False,
) -> None:
    """Check one cluster: exit 0 when nothing fails, 1 on failing findings, 2 on bad input."""
    from factcheck.pipeline import check as run_check

    try:
        config = resolve_config(
            paths,
            config_file,
            fail_on=fail_on,
            kinds=kinds.split(",") if kinds else None,
            baseline=str(baseline) if baseline else None,
            clean=False if no_clean else None,
        )
        report = run_check(list(paths), config)
    except FactcheckError as exc:
        raise _fail(exc.describe()) from None
    emit(render(report, fmt, color=out is None and sys.stdout.isatty()), out)
    raise typer.Exit(EXIT_OK if report.ok else EXIT_FAIL)


@app.command("eval")
def eval_cmd(
    cluster: Annotated[Path, typer.Argument(help="Cluster folder.")],
    gold: Annotated[
        Optional[Path], typer.Argument(help="Gold file (default: CLUSTER/expected.json).")
    ] = None,
    config_file: Annotated[Optional[Path], typer.Option("--config")] = None,
) -> None:
    """Print precision and recall per kind and verdict of CLUSTER against its gold file."""
    from factcheck.evaluate import evaluate, format_evaluation, load_gold
    from factcheck.pipeline import check as run_check

    try:
        config = resolve_config([cluster], config_file)
        gold_file = load_gold(gold or cluster / "expected.json")
        report = run_check([cluster], config)
    except FactcheckError as exc:
        raise _fail(exc.describe()) from None
    sys.stdout.write(format_evaluation(evaluate(report, gold_file)))


def main() -> None:  # noqa: D103
    """Console-script entry point."""
    try:
        app()
    except FactcheckError as exc:  # pragma: no cover - commands catch their own
        typer.echo(f"factcheck: error: {exc.describe()}", err=True)
        sys.exit(EXIT_USAGE)
