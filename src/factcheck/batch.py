"""Batch: many clusters over any concurrent.futures.Executor, streamed to `DIR/results.jsonl`.

Input is a folder of cluster folders, or JSON Lines of articles with a `cluster` field (a file,
or standard input). JSON Lines must be grouped by cluster (all records of one cluster on
consecutive lines, as `sort` by cluster gives): records are grouped as they stream past, so
memory stays flat; a cluster that reappears later is recorded as an error, never merged.

Each finished cluster is appended to `results.jsonl` as one line and flushed. A failing cluster
(unreadable, no usable article, over its time limit, an internal error) becomes an error line and
the batch goes on. `resume=True` skips clusters already in the file and drops a torn last line
left by a crash. For every line, `articles_in == articles_checked + articles_skipped`.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import dataclasses
import json
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, ConfigDict

from factcheck.config import Config
from factcheck.errors import (
    ClusterTimeoutError,
    ConfigError,
    FactcheckError,
    InputError,
    LinkOutsideError,
    OutputError,
    RecordError,
    WorkerLostError,
)
from factcheck.io import inert
from factcheck.model import Article, Report, Severity, Skip, Summary

RESULTS_FILE = "results.jsonl"
"""One JSON object per cluster, in the order clusters finished."""
SUMMARY_FILE = "summary.json"
"""The BatchSummary of the whole results file, written at the end."""
COMBINED_FILES: dict[str, str] = {
    "markdown": "report.md",
    "junit": "junit.xml",
    "html": "report.html",
    "sarif": "report.sarif",
    "text": "report.txt",
}
"""Combined report format → file name inside the output folder (JSON is results.jsonl)."""

BATCH_KEYS = ("status", "articles_in", "articles_checked", "articles_skipped", "seconds", "error")
"""Keys a results line adds to the report JSON (an error line has only these and `cluster`)."""

INTERNAL_ERROR_CODE = FactcheckError.code


@dataclasses.dataclass(frozen=True)
class ClusterInput:
    """One cluster to check: a folder to load, or articles already read from JSON Lines."""

    name: str
    """Cluster name, unique in the batch; results and `resume` key on it."""
    folder: str | None = None
    """Cluster folder to load (articles and meta.json), or None for JSON Lines input."""
    articles: tuple[Article, ...] = ()
    """Articles read from JSON Lines."""
    skipped: tuple[Skip, ...] = ()
    """Records of this cluster that could not be read."""
    error: tuple[str, str] | None = None
    """(code, reason) when the input itself makes the cluster uncheckable."""


class BatchError(BaseModel):
    """Why a cluster could not be checked."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    cluster: str
    """Cluster name."""
    code: str
    """Stable error code (see errors.py)."""
    reason: str
    """Human-readable reason, naming the file and line when known."""


class BatchSummary(BaseModel):
    """Counts over a whole results file."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    clusters: int
    """Clusters in the results file."""
    clusters_failing: int
    """Clusters with findings at or above the failing severity."""
    clusters_error: int
    """Clusters that could not be checked."""
    articles_in: int
    """Articles read: always articles_checked + articles_skipped."""
    articles_checked: int
    """Articles checked."""
    articles_skipped: int
    """Articles skipped with a recorded reason."""
    findings: int
    """Findings of every verdict."""
    by_verdict: dict[str, int]
    """Findings per verdict."""
    failing: int
    """Findings that fail (not baselined, at or above the failing severity)."""
    errors: tuple[BatchError, ...]
    """Every cluster error, in results order."""
    resumed: int = 0
    """Clusters this run found already done and skipped."""
    seconds: float = 0.0
    """Duration of this run."""

    @property
    def ok(self) -> bool:
        """True when no cluster has failing findings."""
        return self.clusters_failing == 0

    def explain(self) -> str:
        """A few plain lines for a terminal."""
        verdicts = ", ".join(f"{n} {v}" for v, n in self.by_verdict.items()) or "no findings"
        lines = [
            f"{self.clusters} clusters ({self.resumed} already done), "
            f"{self.clusters_failing} failing, {self.clusters_error} errors",
            f"{self.articles_in} articles: {self.articles_checked} checked, "
            f"{self.articles_skipped} skipped",
            f"{self.findings} findings: {verdicts}; {self.failing} failing",
        ]
        lines += [inert(f"error in {e.cluster}: {e.reason} [{e.code}]") for e in self.errors[:20]]
        if len(self.errors) > 20:
            lines.append(f"... and {len(self.errors) - 20} more errors (see {RESULTS_FILE})")
        lines.append(f"{self.seconds:.1f}s")
        return "\n".join(lines) + "\n"


# Input -----------------------------------------------------------------------------------------


def iter_clusters(
    source: str | Path, *, config: Config | None = None, stdin: IO[bytes] | None = None
) -> Iterator[ClusterInput]:
    """Clusters of a folder of cluster folders, a cluster folder, or JSON Lines (`-`: stdin)."""
    config = config or Config()
    if str(source) == "-":
        import sys

        yield from _group_records(
            _read_records(stdin or sys.stdin.buffer, "<stdin>", config), "<stdin>"
        )
        return
    path = Path(source)
    if not path.exists():
        raise InputError("no such file or directory", path=str(path))
    if path.is_dir():
        subdirs = _cluster_folders(path)
        if subdirs:
            from factcheck.load import _outside_reason

            for sub in subdirs:
                outside = _outside_reason(sub, path, config)
                if outside:
                    reason = f"{sub}: {outside.replace('cluster folder', 'batch input folder')}"
                    yield ClusterInput(name=sub.name, error=(LinkOutsideError.code, reason))
                else:
                    yield ClusterInput(name=sub.name, folder=str(sub))
        elif _article_files(path):
            yield ClusterInput(name=path.name, folder=str(path))
        else:
            raise InputError("no cluster folders or article files inside", path=str(path))
        return
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", path=str(path)) from None
    with fh:
        yield from _group_records(_read_records(fh, str(path), config), str(path))


def count_clusters(source: str | Path) -> int | None:
    """Number of clusters in a folder input (cheap), or None for streamed JSON Lines."""
    path = Path(source)
    if str(source) == "-" or not path.is_dir():
        return None
    return len(_cluster_folders(path)) or 1


def _cluster_folders(path: Path) -> list[Path]:
    return sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def _article_files(folder: Path) -> list[Path]:
    from factcheck.load import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES

    suffixes = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
    return sorted(
        p for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in suffixes
        and p.name not in ("meta.json", "expected.json", "gold.json")
    )  # fmt: skip


def _read_records(
    fh: IO[bytes], label: str, config: Config
) -> Iterator[tuple[str, Article | Skip, int]]:
    """(cluster, article or skip, line) per record, through the reader `check` uses
    (`factcheck.load.iter_records`): the same limits, encodings and skip codes."""
    from factcheck.load import iter_records, jsonl_lines, line_limit

    lines = jsonl_lines(fh, max_bytes=line_limit(config))  # type: ignore[arg-type]
    for cluster, line_no, item in iter_records(lines, path=label, config=config):
        if isinstance(item, Article) and not cluster:
            reason = "record has no 'cluster' field"
            item = Skip(path=label, line=line_no, code=RecordError.code, reason=reason)
        yield cluster, item, line_no


def _group_records(
    records: Iterable[tuple[str, Article | Skip, int]], label: str
) -> Iterator[ClusterInput]:
    """Consecutive records of one cluster → one ClusterInput.

    A record whose cluster cannot be read is recorded as a skip of the cluster being read (or
    of the next one, at the start). A cluster name seen before, after another cluster, becomes
    an error entry named `NAME@LINE` holding its records as skips.
    """
    seen: set[str] = set()
    name: str | None = None
    key = ""
    first_line = 0
    arts: list[Article] = []
    skips: list[Skip] = []
    for cluster, item, line_no in records:
        if cluster and cluster != name:
            if name is not None:
                yield _grouped(key, name, first_line, arts, skips, label)
                skips = []
            arts = []
            name, first_line = cluster, line_no
            key = name if name not in seen else f"{name}@{first_line}"
            seen.add(name)
        if isinstance(item, Article):
            arts.append(item)
        else:
            skips.append(item)
    if name is not None:
        yield _grouped(key, name, first_line, arts, skips, label)
    elif skips:
        yield ClusterInput(name=f"{label}@{skips[0].line}", skipped=tuple(skips),
                           error=(RecordError.code, "no record names a cluster"))  # fmt: skip


def _grouped(
    key: str, name: str, line: int, arts: list[Article], skips: list[Skip], label: str
) -> ClusterInput:
    if key != name:
        reason = (f"{label}: cluster {name!r} reappears (line {line}) after other clusters; "
                  "JSON Lines input must be grouped by cluster")  # fmt: skip
        moved = [Skip(path=a.path or label, code=RecordError.code, reason=reason) for a in arts]
        return ClusterInput(name=key, skipped=(*skips, *moved), error=(RecordError.code, reason))
    return ClusterInput(name=name, articles=tuple(arts), skipped=tuple(skips))


# One cluster (runs in a worker) --------------------------------------------------------------


def check_cluster(item: ClusterInput, config: Config) -> dict[str, Any]:
    """Check one cluster; return its results line as a JSON-ready dict. Never raises."""
    start = time.perf_counter()
    articles_in = len(item.articles) + len(item.skipped)
    try:
        from factcheck.load import load_cluster
        from factcheck.pipeline import BATCH_CHECKER, check

        with time_limit(config.cluster_timeout):
            if item.error:
                failed = InputError(item.error[1])
                failed.code = item.error[0]
                raise failed
            arts, skips = item.articles, item.skipped
            if item.folder is not None:
                articles_in = _count_inputs(Path(item.folder), config)
                loaded = load_cluster([Path(item.folder)], config=config)
                arts, skips = loaded.articles, loaded.skipped
                articles_in = len(arts) + len(skips)
            if not arts:
                reasons = "; ".join(f"{s.path}:{s.line}: {s.reason}" for s in skips)
                raise InputError(f"no usable article ({reasons or 'no records'})")
            report = check(arts, config, cluster=item.name, skipped=skips, checker=BATCH_CHECKER)
    except FactcheckError as exc:
        where = f"{exc.path}:{exc.line}: " if exc.line else f"{exc.path}: " if exc.path else ""
        err = {"code": exc.code, "reason": where + exc.reason}
        return _error_line(item.name, articles_in, err, start)
    except Exception as exc:  # an internal error must not stop the batch
        err = {
            "code": INTERNAL_ERROR_CODE,
            "reason": f"internal error: {type(exc).__name__}: {exc}",
        }
        return _error_line(item.name, articles_in, err, start)
    line: dict[str, Any] = {"cluster": item.name}
    line.update(json.loads(_compact(report).to_json(indent=None)))
    skipped = len(report.summary.skipped)
    line.update(
        status="ok" if report.ok else "fail",
        articles_in=report.summary.articles + skipped,
        articles_checked=report.summary.articles,
        articles_skipped=skipped,
        seconds=round(time.perf_counter() - start, 3),
        error=None,
    )
    return line


def _count_inputs(folder: Path, config: Config) -> int:
    from factcheck.load import _open_regular as _open_input
    from factcheck.load import jsonl_lines, line_limit

    n = 0
    for p in _article_files(folder):
        if p.suffix.lower() in (".jsonl", ".ndjson"):
            with contextlib.suppress(OSError, InputError), _open_input(p) as fh:
                n += sum(1 for raw in jsonl_lines(fh, max_bytes=line_limit(config)) if raw.strip())
        else:
            n += 1
    return n


def _error_line(name: str, articles_in: int, err: dict[str, str], start: float) -> dict[str, Any]:
    return {
        "cluster": name,
        "status": "error",
        "articles_in": articles_in,
        "articles_checked": 0,
        "articles_skipped": articles_in,
        "seconds": round(time.perf_counter() - start, 3),
        "error": err,
    }


def _compact(report: Report) -> Report:
    """The report with only the claims findings refer to, without their context sentences.

    Article texts stay, so every span and excerpt can still be shown.
    """
    used = {cid for f in report.findings for cid in f.claims}
    claims = tuple(c.model_copy(update={"context": ""}) for c in report.claims if c.id in used)
    return report.model_copy(update={"claims": claims})


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ClusterTimeoutError after `seconds`.

    In a process's main thread (local processes, sequential runs) a timer signal interrupts the
    work; elsewhere (threads, e.g. Dask workers) an overrun is detected when the work ends.
    """
    message = f"cluster took longer than cluster_timeout={seconds:g}s"
    in_main = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    start = time.perf_counter()
    if not in_main:
        yield
        if time.perf_counter() - start > seconds:
            raise ClusterTimeoutError(message)
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise ClusterTimeoutError(message)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# The run ---------------------------------------------------------------------------------------

ProgressCallback = Callable[[str, int], None]
"""Called with (cluster name, clusters done so far) after each cluster; with `resume`, clusters
found already done count too, so a progress bar starts where the earlier run stopped."""

LOCK_FILE = ".factcheck.lock"
"""Lock file inside the output folder: one batch writes to a folder at a time."""
RETRIED_CODES = frozenset({INTERNAL_ERROR_CODE, WorkerLostError.code})
"""Error codes `resume` checks again (a failure outside the input: a lost worker, a bug)."""
MAX_LOSSES = 2
"""Times a cluster may be lost with its pool before it is run alone; lost alone, it is FC301."""


def run_batch(
    clusters: Iterable[ClusterInput] | str | Path,
    out_dir: str | Path,
    *,
    executor: cf.Executor | None = None,
    config: Config | None = None,
    resume: bool = False,
    max_pending: int = 16,
    progress: ProgressCallback | None = None,
    check_fn: Callable[[ClusterInput, Config], dict[str, Any]] = check_cluster,
    respawn: Callable[[], cf.Executor] | None = None,
) -> BatchSummary:
    """Check every cluster, appending one line per cluster to `out_dir/results.jsonl`.

    `clusters` is an iterable of ClusterInput or an input path for `iter_clusters`. With
    `executor` (any concurrent.futures.Executor: local processes, threads, Dask's
    `client.get_executor()`) at most `max_pending` clusters are in flight; without one,
    clusters run here, one after another. When a worker process dies, the clusters it took
    down are checked again on a fresh executor from `respawn` (by default one like a broken
    ProcessPoolExecutor); a cluster lost again is run alone, and lost alone is recorded as
    FC301. Without `resume` an existing results file is replaced. The output folder is
    locked for the run (a second batch on it fails with OutputError). Returns the summary of
    the whole results file, also written to summary.json, which is written too when the run
    is interrupted (KeyboardInterrupt, SystemExit), before the interruption goes on.
    """
    config = config or Config()
    out = Path(out_dir)
    with output_lock(out):
        results = out / RESULTS_FILE
        if (results.exists() or results.is_symlink()) and not results.is_file():
            raise OutputError("not a regular file (a device, pipe or folder?)", path=str(results))
        done = read_done(results, retry=RETRIED_CODES) if resume else set()
        if not resume:
            with _writing(results):
                results.write_bytes(b"")
        items = (
            iter_clusters(clusters, config=config) if isinstance(clusters, str | Path) else clusters
        )
        started = time.perf_counter()
        runner = _Runner(executor, respawn, check_fn, config, max_pending)
        try:
            with _writing(results), results.open("ab") as sink:
                runner.sink, runner.progress = sink, progress
                for item in items:
                    if item.name in done:
                        runner.resumed += 1
                        if progress is not None:
                            progress(item.name, runner.resumed + runner.finished)
                        continue
                    done.add(item.name)
                    runner.submit(item)
                runner.drain(cf.ALL_COMPLETED)
        except BaseException:
            runner.abandon()
            with contextlib.suppress(Exception):
                _write_summary(out, runner.resumed, time.perf_counter() - started)
            raise
        finally:
            runner.close()
        return _write_summary(out, runner.resumed, time.perf_counter() - started)


def _write_summary(out: Path, resumed: int, seconds: float) -> BatchSummary:
    summary = summarize(out / RESULTS_FILE, resumed=resumed, seconds=seconds)
    write_file(out / SUMMARY_FILE, summary.model_dump_json(indent=2) + "\n")
    return summary


class _Runner:
    """Clusters in flight on an executor; lost workers are replaced and their clusters rerun."""

    def __init__(
        self,
        executor: cf.Executor | None,
        respawn: Callable[[], cf.Executor] | None,
        check_fn: Callable[[ClusterInput, Config], dict[str, Any]],
        config: Config,
        max_pending: int,
    ) -> None:
        self.executor = executor
        self.respawn = respawn or (_like(executor) if executor is not None else None)
        self.check_fn = check_fn
        self.config = config
        self.max_pending = max(1, max_pending)
        self.pending: dict[cf.Future[dict[str, Any]], ClusterInput] = {}
        self.losses: Counter[str] = Counter()
        self.owned: list[cf.Executor] = []
        self.sink: IO[bytes] | None = None
        self.progress: ProgressCallback | None = None
        self.finished = 0
        self.resumed = 0

    def record(self, line: dict[str, Any]) -> None:
        assert self.sink is not None
        self.sink.write((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))
        self.sink.flush()
        self.finished += 1
        if self.progress is not None:
            self.progress(line["cluster"], self.finished + self.resumed)

    def submit(self, item: ClusterInput) -> None:
        if self.executor is None:
            self.record(self.check_fn(item, self.config))
            return
        if self.losses[item.name] >= MAX_LOSSES:
            self._alone(item)
            return
        try:
            fut = self.executor.submit(self.check_fn, item, self.config)
        except cf.BrokenExecutor:
            self._recover([item])
            return
        self.pending[fut] = item
        if len(self.pending) >= self.max_pending:
            self.drain(cf.FIRST_COMPLETED)

    def drain(self, when: str) -> None:
        """Record finished clusters: one at least (FIRST_COMPLETED) or all (ALL_COMPLETED)."""
        while self.pending:
            finished, _ = cf.wait(list(self.pending), return_when=when)
            lost = self._collect(finished)
            if lost:
                self._recover(lost)
            if when == cf.FIRST_COMPLETED:
                return

    def _collect(self, finished: Iterable[cf.Future[dict[str, Any]]]) -> list[ClusterInput]:
        lost = []
        for fut in finished:
            item = self.pending.pop(fut)
            exc = fut.exception()
            if isinstance(exc, cf.BrokenExecutor):
                lost.append(item)
            elif exc is not None:  # the executor failed the task (pickling, a remote worker)
                reason = f"worker failed: {type(exc).__name__}: {exc}"
                self.record(_lost_line(item, INTERNAL_ERROR_CODE, reason))
            else:
                self.record(fut.result())
        return lost

    def _recover(self, lost: list[ClusterInput]) -> None:
        """The executor broke: collect what else it dropped, start a fresh one, resubmit."""
        if self.pending:
            finished, _ = cf.wait(list(self.pending))
            lost += self._collect(finished)
        self._replace()
        for item in sorted(lost, key=lambda i: i.name):
            self.losses[item.name] += 1
        for item in sorted(lost, key=lambda i: i.name):
            self.submit(item)

    def _alone(self, item: ClusterInput) -> None:
        """Run a cluster lost twice with nothing else in flight: if its worker dies now, the
        cluster itself is the cause."""
        self.drain(cf.ALL_COMPLETED)
        assert self.executor is not None
        try:
            fut = self.executor.submit(self.check_fn, item, self.config)
            cf.wait([fut])
            exc = fut.exception()
        except cf.BrokenExecutor as broken:
            exc = broken
        if isinstance(exc, cf.BrokenExecutor):
            self._replace()
            reason = (f"the worker process died while checking this cluster alone "
                      f"(killed, or out of memory?): {type(exc).__name__}")  # fmt: skip
            self.record(_lost_line(item, WorkerLostError.code, reason))
        elif exc is not None:
            reason = f"worker failed: {type(exc).__name__}: {exc}"
            self.record(_lost_line(item, INTERNAL_ERROR_CODE, reason))
        else:
            self.record(fut.result())

    def _replace(self) -> None:
        if self.executor is not None:
            end_executor(self.executor)
        if self.respawn is None:
            raise WorkerLostError("the executor broke and cannot be replaced (no respawn)")
        self.executor = self.respawn()
        self.owned.append(self.executor)

    def abandon(self) -> None:
        """Interrupted: drop the clusters in flight and stop the workers now."""
        for fut in self.pending:
            fut.cancel()
        self.pending.clear()
        if self.executor is not None:
            end_executor(self.executor)

    def close(self) -> None:
        for ex in self.owned:
            ex.shutdown(wait=True, cancel_futures=True)


def _lost_line(item: ClusterInput, code: str, reason: str) -> dict[str, Any]:
    n = len(item.articles) + len(item.skipped)
    if item.folder:
        n = _count_inputs(Path(item.folder), Config())
    line = _error_line(item.name, n, {"code": code, "reason": reason}, 0.0)
    line["seconds"] = 0.0
    return line


def _like(executor: cf.Executor) -> Callable[[], cf.Executor] | None:
    """A maker of fresh process pools like `executor`; None for other executors."""
    if not isinstance(executor, cf.ProcessPoolExecutor):
        return None
    workers = getattr(executor, "_max_workers", None)
    context = getattr(executor, "_mp_context", None)
    init = getattr(executor, "_initializer", None)
    initargs = getattr(executor, "_initargs", ())

    def fresh() -> cf.Executor:
        return cf.ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=init, initargs=initargs
        )

    return fresh


END_PASSES = 5
"""Times `end_executor` looks for worker processes a pool started while it was being ended."""


def end_executor(executor: cf.Executor) -> None:
    """Stop an executor without waiting: queued clusters cancelled, worker processes ended.

    A process pool's workers are terminated (they would otherwise finish their cluster, up to
    `cluster_timeout`, after the batch is gone); other executors are shut down.
    """
    if isinstance(executor, cf.ProcessPoolExecutor):
        terminate = getattr(executor, "terminate_workers", None)
        if callable(terminate):  # Python 3.14+
            with contextlib.suppress(Exception):
                terminate()
        else:
            processes = dict(getattr(executor, "_processes", None) or {})
            executor.shutdown(wait=False, cancel_futures=True)
            # the clusters already queued for workers that will never read them must not
            # hold the batch at exit (the queue's feeder thread would wait on a full pipe)
            queue = getattr(executor, "_call_queue", None)
            if queue is not None:
                with contextlib.suppress(Exception):
                    queue.cancel_join_thread()
            # a worker the pool was starting when the batch stopped joins its table late:
            # look again until no new one appears, so none is left holding the batch open
            for _ in range(END_PASSES):
                for proc in processes.values():
                    with contextlib.suppress(Exception):
                        proc.terminate()
                for proc in processes.values():
                    with contextlib.suppress(Exception):
                        proc.join(5)
                later = dict(getattr(executor, "_processes", None) or {})
                fresh = {pid: p for pid, p in later.items() if pid not in processes}
                if not fresh:
                    return
                processes = fresh
            return
    executor.shutdown(wait=False, cancel_futures=True)


def worker_init(parent: int) -> None:
    """Initializer of local worker processes: leave Ctrl-C to the batch process, exit as
    soon as the batch process `parent` is gone (killed with SIGKILL, it cannot end them), and
    scan through gates: a worker checks many clusters, and the gates (under a second to
    build) make every later extraction about a fifth faster, with the same claims (see
    `factcheck.kinds._scan` and docs/benchmarks.md)."""
    from factcheck.kinds import _scan

    _scan.ENABLED = True
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    try:
        fd = os.pidfd_open(parent)
    except (AttributeError, OSError):
        fd = None
    if fd is not None:
        import select

        select.select([fd], [], [])  # readable when the process has ended
        os._exit(1)
    while True:  # pragma: no cover - systems without pidfd
        time.sleep(1.0)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except OSError:
            pass


@contextlib.contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Create the output folder and hold its lock file for the block; OutputError when the
    folder cannot be made or another batch holds the lock. The lock dies with its process."""
    with _writing(out):
        if out.exists() and not out.is_dir():
            raise OutputError("--out names a file, not a folder", path=str(out))
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(out / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not on POSIX: no lock
            fcntl = None  # type: ignore[assignment]
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
                raise OutputError(
                    "another batch is writing to this folder"
                    + (f" (process {holder})" if holder.isdigit() else "")
                    + "; wait for it or choose another --out",
                    path=str(out),
                ) from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[None]:
    """Turn a failure to write under `path` into OutputError (one line, exit 2 on the CLI)."""
    try:
        yield
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=str(path)) from None


def read_done(results: Path, *, retry: frozenset[str] = frozenset()) -> set[str]:
    """Cluster names already in a results file; a torn last line (a crash) is cut off.

    Only the last line can be torn by a crash; a bad line before it is an InputError, so
    resuming never throws away results. Error lines with a code in `retry` are removed, so
    those clusters are checked again.
    """
    if not results.exists():
        return set()
    done: set[str] = set()
    good_end = 0
    torn: int | None = None
    dropped = False
    with results.open("rb") as fh:
        for line_no, raw in enumerate(fh, 1):
            if torn is not None:
                raise InputError(
                    f"line {torn} is not a complete results line; fix or remove it",
                    path=str(results),
                )
            try:
                line = json.loads(raw)
                name = line["cluster"]
            except (ValueError, KeyError, TypeError):
                name = None
            if not isinstance(name, str) or not raw.endswith(b"\n"):
                torn = line_no
                continue
            if (
                retry
                and line.get("status") == "error"
                and (line.get("error") or {}).get("code") in retry
            ):
                dropped = True
                continue
            done.add(name)
            good_end += len(raw)
    if dropped:
        _drop_lines(results, done)
    elif good_end != results.stat().st_size:
        with _writing(results), results.open("r+b") as fh:
            fh.truncate(good_end)
    return done


def _drop_lines(results: Path, keep: set[str]) -> None:
    """Rewrite `results` keeping only the complete lines of the clusters in `keep`."""
    tmp = results.with_name(f".{results.name}.resume.tmp")
    with _writing(results):
        with results.open("rb") as src, tmp.open("wb") as dst:
            for raw in src:
                try:
                    line = json.loads(raw)
                except ValueError:
                    continue
                if raw.endswith(b"\n") and isinstance(line, dict) and line.get("cluster") in keep:
                    dst.write(raw)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, results)


def iter_results(results: str | Path) -> Iterator[dict[str, Any]]:
    """Every line of a results file, streaming."""
    with Path(results).open("rb") as fh:
        for raw in fh:
            if raw.strip():
                yield json.loads(raw)


def summarize(results: Path, *, resumed: int = 0, seconds: float = 0.0) -> BatchSummary:
    """Counts over a results file, read line by line."""
    verdicts: Counter[str] = Counter()
    n = failing_clusters = findings = failing = arts_in = checked = skipped = 0
    errors: list[BatchError] = []
    for line in iter_results(results):
        n += 1
        arts_in += line["articles_in"]
        checked += line["articles_checked"]
        skipped += line["articles_skipped"]
        if line["status"] == "error":
            errors.append(BatchError(cluster=line["cluster"], **line["error"]))
            continue
        s = line["summary"]
        findings += s["findings"]
        failing += s["failing"]
        verdicts.update(s["by_verdict"])
        failing_clusters += line["status"] == "fail"
    return BatchSummary(
        clusters=n,
        clusters_failing=failing_clusters,
        clusters_error=len(errors),
        articles_in=arts_in,
        articles_checked=checked,
        articles_skipped=skipped,
        findings=findings,
        by_verdict=dict(sorted(verdicts.items())),
        failing=failing,
        errors=tuple(errors),
        resumed=resumed,
        seconds=round(seconds, 3),
    )


# Combined reports ------------------------------------------------------------------------------


def iter_reports(results: str | Path, *, fail_on: Severity = "error") -> Iterator[Report]:
    """A Report per results line; an error line becomes an empty report with the error as skip."""
    for line in iter_results(results):
        if line["status"] == "error":
            err = line["error"]
            yield Report(
                cluster=line["cluster"],
                articles=(),
                claims=(),
                findings=(),
                summary=Summary(
                    articles=0, claims=0, findings=0, by_verdict={}, by_severity={}, failing=0,
                    fail_on=fail_on,
                    skipped=(Skip(path=line["cluster"], code=err["code"], reason=err["reason"]),),
                ),
            )  # fmt: skip
            continue
        data = {k: v for k, v in line.items() if k not in BATCH_KEYS}
        yield Report.model_validate(data)


def write_combined(
    out_dir: str | Path,
    fmt: str,
    *,
    fail_on: Severity = "error",
    min_severity: Severity | None = None,
) -> Path:
    """Render every cluster of `out_dir/results.jsonl` into one report file; return its path.

    Reports stream from the results file into `factcheck.report.render_many`; findings below
    `min_severity` are left out of the document (the counts keep them). The file is written
    atomically. Raises ConfigError for a format without a combined report.
    """
    if fmt not in COMBINED_FILES:
        raise ConfigError(f"combined reports are {', '.join(COMBINED_FILES)}, not {fmt!r}")
    try:
        from factcheck.report import render_many
    except ImportError:
        raise ConfigError(
            f"combined {fmt} reports need factcheck.report.render_many, which this "
            "installation lacks; the results are in results.jsonl"
        ) from None
    out = Path(out_dir)
    reports = iter_reports(out / RESULTS_FILE, fail_on=fail_on)
    text = render_many(fmt, reports, min_severity=min_severity)
    target = out / COMBINED_FILES[fmt]
    write_file(target, text)
    return target


def write_file(path: Path, text: str) -> None:
    """Write an output file atomically, readable like any file the user creates (mode 644)."""
    from factcheck.io import atomic_write

    atomic_write(path, text)
    with _writing(path):
        os.chmod(path, 0o644)


def default_workers() -> int:
    """Local processes used when none are asked for: the usable CPUs."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)
