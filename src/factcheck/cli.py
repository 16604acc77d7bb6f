"""Command line: a thin typer layer over the library. Exit 0 clean, 1 failing findings, 2 bad input."""

from __future__ import annotations

import concurrent.futures
import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, cast

import typer

from factcheck import DISTRIBUTION
from factcheck.config import Config, resolve_config
from factcheck.errors import FactcheckError
from factcheck.io import inert
from factcheck.model import Article, Report, Severity, Skip

app = typer.Typer(
    name="factcheck",
    help="Extract typed claims from articles about one event and report where sources disagree.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _show_version(value: bool) -> None:
    if value:
        from factcheck import DISTRIBUTION, __version__

        typer.echo(f"factcheck {__version__} ({DISTRIBUTION})")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """factcheck: where do the sources disagree?"""


def _formats() -> list[str]:
    from factcheck.report import RENDERERS

    return list(RENDERERS)


FORMAT_HELP = "Output format: " + ", ".join(_formats()) + "."
"""The real format names, from the renderer registry."""
SHOW_CHOICES = ("problems", "all")
"""What text and Markdown show in full: conflicts and variants (the rest summarised), or all."""
URL_PREFIXES = ("http://", "https://", "ftp://", "www.")
STDIN_ID = "stdin"
"""Article id (and source) of an article read from standard input (`check -`)."""


def _fail(message: str) -> typer.Exit:
    typer.echo(f"factcheck: error: {inert(message)}", err=True)
    return typer.Exit(EXIT_USAGE)


def emit(text: str, out: Path | None) -> None:
    """Write to `out` atomically, or to standard output."""
    if out is None:
        sys.stdout.write(text)
        return
    from factcheck.batch import write_file

    write_file(out, text)


def render(
    report: Report,
    fmt: str,
    *,
    color: bool,
    show: str = "problems",
    min_severity: Severity | None = None,
) -> str:
    """The report in one of RENDERERS' formats (text may be coloured)."""
    from factcheck.report import RENDERERS
    from factcheck.report.markdown import render_markdown
    from factcheck.report.text import render_text

    if fmt not in RENDERERS:
        raise _fail(f"unknown format {fmt!r}; choose one of {', '.join(_formats())}")
    if fmt == "text":
        return render_text(report, color=color, show=show, min_severity=min_severity)
    if fmt == "markdown":
        return render_markdown(report, show=show, min_severity=min_severity)
    return RENDERERS[fmt](report)


def _is_url(arg: str) -> bool:
    return arg.lower().startswith(URL_PREFIXES)


def _read_stdin() -> Article:
    """One article from standard input (text, Markdown or HTML is taken as text)."""
    from factcheck.load import check_text, decode

    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    text = decode(data, path="-")
    check_text(text, path="-")
    return Article(id=STDIN_ID, source=STDIN_ID, text=text)


def _cluster_name(files: list[Path]) -> str:
    """A cluster named after every file given, not after the first one."""
    stems = [p.stem for p in files]
    if len(stems) <= 3:
        return " + ".join(stems)
    return f"{' + '.join(stems[:2])} + {len(stems) - 2} more"


def load_inputs(args: list[str], config: Config) -> tuple[list[Article], tuple[Skip, ...], str]:
    """Articles of the command line's inputs: folders, files and `-` (standard input).

    A URL is refused with a hint to download it first. Returns (articles, skips, cluster name).
    """
    from factcheck.load import load_cluster

    for arg in args:
        if _is_url(arg):
            raise _fail(
                f"{arg}: a URL, not a file; factcheck reads local files: download it first "
                f"(curl -L -o article.html '{arg}'), then check the file (HTML input needs "
                f"the html extra: pip install '{DISTRIBUTION}[html]')"
            )
    if args.count("-") > 1:
        raise _fail("- (standard input) can be given once")
    paths = [Path(a) for a in args if a != "-"]
    arts: list[Article] = []
    skipped: tuple[Skip, ...] = ()
    name = ""
    if paths:
        loaded = load_cluster(paths, config=config)
        arts, skipped = list(loaded.articles), loaded.skipped
        files = [p for p in paths if not p.is_dir()]
        name = loaded.name if any(p.is_dir() for p in paths) else _cluster_name(files)
    if "-" in args:
        arts.append(_read_stdin())
        name = name or STDIN_ID
    return arts, skipped, name


def _warnings(report: Report, args: list[str]) -> list[str]:
    """What a reader should know about the input itself, for standard error."""
    notes = []
    if report.summary.articles == 1:
        notes.append(
            "only one article: nothing was compared across sources (its facts are all "
            "'single'); give two or more articles about the same event"
        )
    if not any(a.published for a in report.articles) and not any(
        (Path(a) / "meta.json").is_file() for a in args if a != "-"
    ):
        unresolved = sum(
            1 for c in report.claims if c.kind == "date" and not getattr(c.value, "resolved", True)
        )
        if unresolved:
            notes.append(
                f"no publication dates (no meta.json): {unresolved} relative date(s) such as "
                "'today' or 'on Monday' stay unresolved and are never compared; give each "
                'article\'s "published" date in a meta.json beside the files (see docs/cli.md)'
            )
    return notes


@app.command()
def check(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH...",
            help="A cluster folder, article files, or - for one article on standard input.",
        ),
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help=FORMAT_HELP)] = "text",
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
    out: Annotated[Path | None, typer.Option(help="Write the report to this file.")] = None,
    no_clean: Annotated[bool, typer.Option("--no-clean", help="Keep boilerplate.")] = False,
    timeout: Annotated[
        float | None,
        typer.Option(help="Seconds the check may take (default: the config's cluster_timeout)."),
    ] = None,
    follow_symlinks: Annotated[
        bool | None,
        typer.Option("--follow-symlinks", help="Read links that lead outside the cluster folder."),
    ] = None,
    show: Annotated[
        str,
        typer.Option(
            help="Text and Markdown: 'problems' shows conflicts and variants in full and one "
            "line per kind for the rest; 'all' shows every finding."
        ),
    ] = "problems",
    min_severity: Annotated[
        str | None,
        typer.Option(
            help="Text and Markdown: show every finding at or above this severity in full "
            "(none, info, warning, error)."
        ),
    ] = None,
) -> None:
    """Check one cluster: exit 0 when nothing fails, 1 on failing findings, 2 on bad input."""
    from factcheck.batch import time_limit
    from factcheck.pipeline import check as run_check

    if show not in SHOW_CHOICES:
        raise _fail(f"--show is {' or '.join(SHOW_CHOICES)}, not {show!r}")
    if min_severity is not None and min_severity not in ("none", "info", "warning", "error"):
        raise _fail(f"--min-severity is none, info, warning or error, not {min_severity!r}")
    if fmt not in _formats():
        raise _fail(f"unknown format {fmt!r}; choose one of {', '.join(_formats())}")
    try:
        config = resolve_config(
            [Path(p) for p in paths if p != "-" and not _is_url(p)] or [Path.cwd() / "-"],
            config_file,
            fail_on=fail_on,
            kinds=kinds.split(",") if kinds else None,
            baseline=str(baseline) if baseline else None,
            clean=False if no_clean else None,
            cluster_timeout=timeout,
            follow_symlinks=follow_symlinks,
        )
        with time_limit(config.cluster_timeout):
            arts, skipped, name = load_inputs(paths, config)
            report = run_check(arts, config, cluster=name, skipped=skipped)
    except FactcheckError as exc:
        raise _fail(exc.describe()) from None
    for note in _warnings(report, paths):
        typer.echo(inert(f"factcheck: warning: {note}"), err=True)
    shown = cast(Severity | None, min_severity)
    try:
        emit(render(report, fmt, color=out is None and sys.stdout.isatty(), show=show,
                    min_severity=shown), out)  # fmt: skip
    except FactcheckError as exc:
        raise _fail(exc.describe()) from None
    if out is not None:
        typer.echo(inert(f"wrote {out}"), err=True)
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
    from factcheck.accept import baseline_findings, findings_from_results, write_baseline

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
    typer.echo(inert(f"accepted {n} finding(s) in {target}"), err=True)


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
        str | None,
        typer.Option(
            help="Least severity shown in full in the combined report (none shows agreements; "
            "default: conflicts and variants in full in text and Markdown, info and up in HTML)."
        ),
    ] = None,
    config_file: Annotated[Path | None, typer.Option("--config")] = None,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal)."),
    ] = None,
    follow_symlinks: Annotated[
        bool | None,
        typer.Option("--follow-symlinks", help="Read links that lead outside the input folders."),
    ] = None,
) -> None:
    """Check many clusters; stream results to OUT/results.jsonl. Exit 1 if any cluster fails."""
    from factcheck.batch import COMBINED_FILES, run_batch, write_combined

    if fmt is not None and fmt not in COMBINED_FILES:
        raise _fail(f"--format for a batch is one of {', '.join(COMBINED_FILES)}, not {fmt!r}")
    if min_severity is not None and min_severity not in ("none", "info", "warning", "error"):
        raise _fail(f"--min-severity is none, info, warning or error, not {min_severity!r}")
    if dask and workers:
        raise _fail("--dask and --workers exclude each other")
    again = _resume_command(
        source, out, fmt=fmt, workers=workers, dask=dask, fail_on=fail_on, kinds=kinds,
        baseline=baseline, timeout=timeout, min_severity=min_severity, config_file=config_file,
        follow_symlinks=follow_symlinks,
    )  # fmt: skip
    try:
        # Standard input is read from here: the configuration is searched from this folder.
        start = [Path(source)] if source != "-" else [Path.cwd() / "-"]
        config = resolve_config(
            start,
            config_file,
            fail_on=fail_on,
            kinds=kinds.split(",") if kinds else None,
            baseline=str(baseline.resolve()) if baseline else None,
            cluster_timeout=timeout,
            follow_symlinks=follow_symlinks,
        )
        with (
            _interruptible(out, again),
            _executor(workers, dask) as (executor, max_pending, respawn),
            _progress_bar(source, progress) as on_done,
        ):
            summary = run_batch(
                source, out, executor=executor, config=config, resume=resume,
                max_pending=max_pending, progress=on_done, respawn=respawn,
            )  # fmt: skip
        typer.echo(summary.explain(), nl=False)
        if fmt:
            shown = cast(Severity | None, min_severity)
            written = write_combined(out, fmt, fail_on=config.fail_on, min_severity=shown)
            typer.echo(f"wrote {inert(str(written))}")
    except FactcheckError as exc:
        raise _fail(exc.describe()) from None
    raise typer.Exit(EXIT_OK if summary.ok else EXIT_FAIL)


@app.command()
def cluster(
    feed: Annotated[
        Path,
        typer.Argument(help="A folder of articles (with an optional meta.json) or JSON Lines."),
    ],
    out: Annotated[
        Path,
        typer.Option(help="Output folder: clusters/, outliers/, clusters.json, skipped.json."),
    ],
    workers: Annotated[
        int | None, typer.Option(min=1, help="Local processes (default: usable CPUs; 1 runs here).")
    ] = None,
    dask: Annotated[
        str | None, typer.Option(help="Run on this Dask scheduler (tcp://host:8786).")
    ] = None,
    config_file: Annotated[Path | None, typer.Option("--config")] = None,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal)."),
    ] = None,
) -> None:
    """Group a feed of articles about many events into one cluster folder per event."""
    from factcheck.feed import CLUSTERS, cluster_feed, write_clusters
    from factcheck.load import load_cluster

    try:
        config = resolve_config([feed], config_file)
        loaded = load_cluster([feed], config=config)
        n = len(loaded.articles)
        if dask and workers:
            raise _fail("--dask and --workers exclude each other")
        with _executor(workers, dask) as (executor, _, _), _feed_progress(2 * n, progress) as step:
            result = cluster_feed(
                loaded.articles, config, skipped=loaded.skipped, progress=step, executor=executor
            )
        write_clusters(result, out)
    except FactcheckError as exc:
        raise _fail(exc.describe()) from None
    placed = sum(len(arts) for _, arts in result.clusters)
    typer.echo(
        inert(
            f"{n} article(s): {placed} in {len(result.clusters)} cluster(s) under "
            f"{out / CLUSTERS}, {len(result.outliers)} outlier(s), {len(result.skipped)} "
            f"input(s) skipped (see {out / 'clusters.json'})"
        )
    )


@contextlib.contextmanager
def _feed_progress(total: int, enabled: bool | None) -> Iterator[Callable[[int], None] | None]:
    """A rich progress bar over the feed's steps on standard error (a terminal, or asked)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task("articles", total=total)
        yield lambda k: bar.advance(task, k)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread so the batch ends like on Ctrl-C."""


@contextlib.contextmanager
def _interruptible(out: Path, again: str) -> Iterator[None]:
    """Ctrl-C or SIGTERM: the batch stops its workers, keeps what finished, and says where it
    stopped and how to go on; exit 130 (Ctrl-C) or 143 (SIGTERM)."""
    import signal

    def on_term(signum: int, frame: object) -> None:
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    except KeyboardInterrupt as exc:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        from factcheck.batch import RESULTS_FILE, summarize

        results = out / RESULTS_FILE
        n = 0
        with contextlib.suppress(Exception):
            n = summarize(results).clusters if results.exists() else 0
        what = "terminated" if isinstance(exc, _Terminated) else "interrupted"
        typer.echo(
            inert(f"factcheck: {what}: {n} cluster(s) done are in {results} "
                  f"(summary.json counts them)"),
            err=True,
        )  # fmt: skip
        typer.echo(f"factcheck: to check the rest, run: {again}", err=True)
        raise typer.Exit(143 if isinstance(exc, _Terminated) else 130) from None
    finally:
        with contextlib.suppress(ValueError):
            signal.signal(signal.SIGTERM, previous)


def _resume_command(source: str, out: Path, **flags: object) -> str:
    """The command line that resumes this batch (flags as given, plus --resume)."""
    import shlex

    names = {"fmt": "--format", "config_file": "--config"}
    words = ["factcheck", "batch", source, "--out", str(out)]
    for key, value in flags.items():
        if value is None or value is False or (key == "min_severity" and value == "info"):
            continue
        option = names.get(key, "--" + key.replace("_", "-"))
        words += [option] if value is True else [option, str(value)]
    return inert(shlex.join([*words, "--resume"]))


DEFAULT_BASELINE = "factcheck-baseline.json"


ExecutorMaker = Callable[[], concurrent.futures.Executor]


@contextlib.contextmanager
def _executor(
    workers: int | None, dask: str | None
) -> Iterator[tuple[concurrent.futures.Executor | None, int, ExecutorMaker | None]]:
    """(executor, clusters in flight, maker of a fresh executor): Dask, local processes, or
    None to run here. Local workers end with the batch, however it ends."""
    if dask:
        try:
            from distributed import Client
        except ImportError:
            raise _fail(f"--dask needs distributed: pip install '{DISTRIBUTION}[dask]'") from None
        try:
            client = Client(dask, timeout="10s")  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as exc:
            raise _fail(f"cannot reach the Dask scheduler at {dask}: {exc}") from None
        with client:
            n = max(1, sum(client.nthreads().values()))  # type: ignore[no-untyped-call]
            yield client.get_executor(), 2 * n, None  # type: ignore[no-untyped-call]
        return
    from factcheck.batch import default_workers, end_executor, worker_init

    n = workers or default_workers()
    if n == 1:
        yield None, 1, None
        return
    import multiprocessing
    import os

    ctx = multiprocessing.get_context("forkserver")

    def fresh() -> concurrent.futures.Executor:
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=n, mp_context=ctx, initializer=worker_init, initargs=(os.getpid(),)
        )

    pool = fresh()
    try:
        yield pool, 2 * n, fresh
    except BaseException:
        end_executor(pool)
        raise
    pool.shutdown(wait=True)


@contextlib.contextmanager
def _progress_bar(source: str, enabled: bool | None) -> Iterator[Callable[[str, int], None] | None]:
    """A rich progress bar on standard error when it is a terminal (or when asked)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import Progress

    from factcheck.batch import count_clusters

    with Progress(console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task("clusters", total=count_clusters(source))

        def on_done(name: str, done: int) -> None:
            bar.update(task, completed=done, description=escape(inert(name[:30])))

        yield on_done


def main() -> None:  # noqa: D103
    """Console-script entry point."""
    try:
        app()
    except FactcheckError as exc:  # pragma: no cover - commands catch their own
        typer.echo(f"factcheck: error: {inert(exc.describe())}", err=True)
        sys.exit(EXIT_USAGE)
