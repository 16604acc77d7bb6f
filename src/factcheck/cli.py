"""Command line: a thin typer layer over the library. Exit 0 clean, 1 failing findings, 2 bad input."""

from __future__ import annotations

import concurrent.futures
import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, cast

import typer

from factcheck.config import resolve_config
from factcheck.errors import FactcheckError
from factcheck.model import Report, Severity

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


def emit(text: str, out: Path | None) -> None:
    """Write to `out` atomically, or to standard output."""
    if out is None:
        sys.stdout.write(text)
        return
    from factcheck.batch import write_file

    write_file(out, text)


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
        str | None, typer.Option(help="Failing severity: error, warning or info.")
    ] = None,
    kinds: Annotated[
        str | None, typer.Option(help="Comma-separated kinds to check (default: all).")
    ] = None,
    baseline: Annotated[
        Path | None, typer.Option(help="Baseline file of accepted fingerprints.")
    ] = None,
    config_file: Annotated[
        Path | None, typer.Option("--config", help="factcheck.toml or pyproject.toml.")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Write the report here.")] = None,
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
        Path | None, typer.Argument(help="Gold file (default: CLUSTER/expected.json).")
    ] = None,
    config_file: Annotated[Path | None, typer.Option("--config")] = None,
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


@app.command()
def baseline(
    paths: Annotated[list[Path], typer.Argument(help="A cluster folder, or article files.")],
    out: Annotated[
        Path | None,
        typer.Option(
            help="Baseline file to write (default: the config's, else factcheck-baseline.json)."
        ),
    ] = None,
    results: Annotated[
        bool,
        typer.Option("--results", help="PATHs are batch output folders: accept their findings."),
    ] = False,
    kinds: Annotated[str | None, typer.Option(help="Comma-separated kinds to check.")] = None,
    config_file: Annotated[Path | None, typer.Option("--config")] = None,
) -> None:
    """Record the current findings' fingerprints as accepted, so later checks fail only on new ones."""
    from factcheck.baseline import baseline_findings, findings_from_results, write_baseline

    try:
        config = resolve_config(paths, config_file, kinds=kinds.split(",") if kinds else None)
        target = out or (Path(config.baseline) if config.baseline else Path(DEFAULT_BASELINE))
        # Accept every finding that could fail, whatever baseline the config already names.
        config = config.model_copy(update={"baseline": None})
        if results:
            findings = findings_from_results(paths)
        else:
            findings = baseline_findings(paths, config)
        n = write_baseline(target, findings)
    except FactcheckError as exc:
        raise _fail(exc.describe()) from None
    typer.echo(f"accepted {n} finding(s) in {target}", err=True)


@app.command()
def batch(
    source: Annotated[
        str,
        typer.Argument(
            metavar="INPUT", help="Folder of cluster folders, JSON Lines, or - for stdin."
        ),
    ],
    out: Annotated[
        Path, typer.Option(help="Output folder (results.jsonl, summary.json, reports).")
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="Also write a combined report: markdown, junit, html, sarif or text.",
        ),
    ] = None,
    resume: Annotated[bool, typer.Option(help="Skip clusters already in results.jsonl.")] = False,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Local processes (default: usable CPUs; 1 runs here).")
    ] = None,
    dask: Annotated[
        str | None, typer.Option(help="Run on this Dask scheduler (tcp://host:8786).")
    ] = None,
    fail_on: Annotated[
        str | None, typer.Option(help="Failing severity: error, warning or info.")
    ] = None,
    kinds: Annotated[str | None, typer.Option(help="Comma-separated kinds to check.")] = None,
    baseline: Annotated[
        Path | None, typer.Option(help="Baseline file of accepted fingerprints.")
    ] = None,
    timeout: Annotated[
        float | None, typer.Option(help="Seconds per cluster before it is recorded as an error.")
    ] = None,
    min_severity: Annotated[
        str,
        typer.Option(help="Least severity shown in the combined report (none shows agreements)."),
    ] = "info",
    config_file: Annotated[Path | None, typer.Option("--config")] = None,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal)."),
    ] = None,
) -> None:
    """Check many clusters; stream results to OUT/results.jsonl. Exit 1 if any cluster fails."""
    from factcheck.batch import COMBINED_FILES, run_batch, write_combined

    if fmt is not None and fmt not in COMBINED_FILES:
        raise _fail(f"--format for a batch is one of {', '.join(COMBINED_FILES)}, not {fmt!r}")
    if min_severity not in ("none", "info", "warning", "error"):
        raise _fail(f"--min-severity is none, info, warning or error, not {min_severity!r}")
    if dask and workers:
        raise _fail("--dask and --workers exclude each other")
    try:
        start = [Path(source)] if source != "-" else [Path.cwd()]
        config = resolve_config(
            start,
            config_file,
            fail_on=fail_on,
            kinds=kinds.split(",") if kinds else None,
            baseline=str(baseline.resolve()) if baseline else None,
            cluster_timeout=timeout,
        )
        with (
            _executor(workers, dask) as (executor, max_pending),
            _progress_bar(source, progress) as on_done,
        ):
            summary = run_batch(
                source, out, executor=executor, config=config, resume=resume,
                max_pending=max_pending, progress=on_done,
            )  # fmt: skip
        typer.echo(summary.explain(), nl=False)
        if fmt:
            shown = cast(Severity, min_severity)
            typer.echo(
                f"wrote {write_combined(out, fmt, fail_on=config.fail_on, min_severity=shown)}"
            )
    except FactcheckError as exc:
        raise _fail(exc.describe()) from None
    raise typer.Exit(EXIT_OK if summary.ok else EXIT_FAIL)


DEFAULT_BASELINE = "factcheck-baseline.json"


@contextlib.contextmanager
def _executor(
    workers: int | None, dask: str | None
) -> Iterator[tuple[concurrent.futures.Executor | None, int]]:
    """(executor, clusters in flight): Dask, local processes, or None to run here."""
    if dask:
        try:
            from distributed import Client
        except ImportError:
            raise _fail("--dask needs distributed: pip install 'factcheck[dask]'") from None
        try:
            client = Client(dask, timeout="10s")  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as exc:
            raise _fail(f"cannot reach the Dask scheduler at {dask}: {exc}") from None
        with client:
            n = max(1, sum(client.nthreads().values()))  # type: ignore[no-untyped-call]
            yield client.get_executor(), 2 * n  # type: ignore[no-untyped-call]
        return
    from factcheck.batch import default_workers

    n = workers or default_workers()
    if n == 1:
        yield None, 1
        return
    import multiprocessing

    ctx = multiprocessing.get_context("forkserver")
    with concurrent.futures.ProcessPoolExecutor(max_workers=n, mp_context=ctx) as pool:
        yield pool, 2 * n


@contextlib.contextmanager
def _progress_bar(source: str, enabled: bool | None) -> Iterator[Callable[[str, int], None] | None]:
    """A rich progress bar on standard error when it is a terminal (or when asked)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    from factcheck.batch import count_clusters

    with Progress(console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task("clusters", total=count_clusters(source))

        def on_done(name: str, finished: int) -> None:
            bar.update(task, completed=finished, description=name[:30])

        yield on_done


def main() -> None:  # noqa: D103
    """Console-script entry point."""
    try:
        app()
    except FactcheckError as exc:  # pragma: no cover - commands catch their own
        typer.echo(f"factcheck: error: {exc.describe()}", err=True)
        sys.exit(EXIT_USAGE)
