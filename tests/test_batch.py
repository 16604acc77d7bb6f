"""Batch runs: folder and JSON Lines input, streamed results, resume, executors, faults."""

from __future__ import annotations

import concurrent.futures as cf
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import factcheck.report
from factcheck import Config, Report, check
from factcheck.batch import (
    RESULTS_FILE,
    SUMMARY_FILE,
    ClusterInput,
    check_cluster,
    iter_clusters,
    iter_reports,
    iter_results,
    read_done,
    run_batch,
    worker_init,
    write_combined,
)
from factcheck.cli import app

runner = CliRunner()

CONFLICT = (
    "Officials said 12 people died in the blast.",
    "Officials said 14 people died in the blast.",
)
AGREE = (
    "Officials said 12 people died in the blast.",
    "Officials said twelve people died in the blast.",
)


def make_folder(root: Path, clusters: dict[str, tuple[str, ...]]) -> Path:
    """A folder of cluster folders, one text file per article."""
    for name, texts in clusters.items():
        (root / name).mkdir(parents=True)
        for i, text in enumerate(texts):
            (root / name / f"{i}.txt").write_text(text, encoding="utf-8")
    return root


def jsonl(records: list[Any]) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def lines(out: Path) -> list[dict[str, Any]]:
    return list(iter_results(out / RESULTS_FILE))


def assert_accounting(out: Path) -> None:
    summary = json.loads((out / SUMMARY_FILE).read_text())
    for line in lines(out):
        assert line["articles_in"] == line["articles_checked"] + line["articles_skipped"], line[
            "cluster"
        ]
    assert summary["articles_in"] == summary["articles_checked"] + summary["articles_skipped"]


def test_batch_folder_streams_one_line_per_cluster_and_records_errors(tmp_path: Path) -> None:
    src = make_folder(tmp_path / "in", {"blast": CONFLICT, "calm": AGREE, "empty": ("  ",)})
    summary = run_batch(src, tmp_path / "out")
    by_name = {line["cluster"]: line for line in lines(tmp_path / "out")}
    assert sorted(by_name) == ["blast", "calm", "empty"]
    assert by_name["blast"]["status"] == "fail" and by_name["calm"]["status"] == "ok"
    assert by_name["empty"]["status"] == "error" and by_name["empty"]["error"]["code"] == "FC100"
    assert summary.clusters == 3 and summary.clusters_failing == 1 and summary.clusters_error == 1
    assert (summary.articles_in, summary.articles_checked, summary.articles_skipped) == (5, 4, 1)
    assert summary.by_verdict["conflict"] == 1 and not summary.ok
    assert_accounting(tmp_path / "out")


def test_batch_results_line_is_the_report_of_check(tmp_path: Path) -> None:
    src = make_folder(tmp_path / "in", {"blast": CONFLICT})
    run_batch(src, tmp_path / "out")
    (report,) = iter_reports(tmp_path / "out" / RESULTS_FILE)
    direct = check(src / "blast")
    assert [f.fingerprint for f in report.findings] == [f.fingerprint for f in direct.findings]
    for f in report.findings:
        for cid in f.claims:
            claim = report.claim(cid)
            assert (
                report.article(claim.article).text[claim.span.start : claim.span.end]
                == claim.span.text
            )


def test_batch_jsonl_groups_by_cluster_and_records_bad_lines(tmp_path: Path) -> None:
    records = [
        {"cluster": "a", "id": "a1", "text": CONFLICT[0]},
        "{not json",
        {"cluster": "a", "id": "a2", "text": CONFLICT[1]},
        {"cluster": "b", "id": "b1", "text": AGREE[0]},
        {"cluster": "b", "id": "b2"},
        {"id": "x", "text": "No cluster named here."},
        {"cluster": "a", "id": "a3", "text": AGREE[1]},
    ]
    src = tmp_path / "articles.jsonl"
    src.write_text(jsonl(records), encoding="utf-8")
    summary = run_batch(src, tmp_path / "out")
    by_name = {line["cluster"]: line for line in lines(tmp_path / "out")}
    assert sorted(by_name) == ["a", "a@7", "b"]
    assert by_name["a"]["articles_checked"] == 2 and by_name["a"]["articles_skipped"] == 1
    assert by_name["b"]["articles_checked"] == 1 and by_name["b"]["articles_skipped"] == 2
    assert (
        by_name["a@7"]["status"] == "error"
        and "grouped by cluster" in by_name["a@7"]["error"]["reason"]
    )
    assert summary.articles_in == len(records)
    skipped_lines = {
        s["line"]
        for line in by_name.values()
        if "summary" in line
        for s in line["summary"]["skipped"]
    }
    assert skipped_lines == {2, 5, 6}
    assert_accounting(tmp_path / "out")


def test_batch_cli_reads_jsonl_from_stdin(tmp_path: Path) -> None:
    records = [{"cluster": "a", "id": f"a{i}", "text": t} for i, t in enumerate(CONFLICT)]
    result = runner.invoke(app, ["batch", "-", "--out", str(tmp_path / "out"), "--workers", "1"],
                           input=jsonl(records))  # fmt: skip
    assert result.exit_code == 1, result.output
    assert [line["cluster"] for line in lines(tmp_path / "out")] == ["a"]
    assert "1 clusters" in result.stdout and "2 articles: 2 checked, 0 skipped" in result.stdout


def test_batch_cli_exit_codes(tmp_path: Path) -> None:
    calm = make_folder(tmp_path / "calm", {"calm": AGREE})
    assert (
        runner.invoke(
            app, ["batch", str(calm), "--out", str(tmp_path / "o1"), "--workers", "1"]
        ).exit_code
        == 0
    )
    blast = make_folder(tmp_path / "blast", {"blast": CONFLICT})
    assert (
        runner.invoke(
            app, ["batch", str(blast), "--out", str(tmp_path / "o2"), "--workers", "1"]
        ).exit_code
        == 1
    )
    missing = runner.invoke(app, ["batch", str(tmp_path / "nope"), "--out", str(tmp_path / "o3")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    bad_format = runner.invoke(
        app, ["batch", str(calm), "--out", str(tmp_path / "o4"), "--format", "json"]
    )
    assert bad_format.exit_code == 2


def test_batch_resume_skips_done_clusters_and_drops_torn_line(tmp_path: Path) -> None:
    src = make_folder(tmp_path / "in", {f"c{i}": CONFLICT for i in range(4)})
    out = tmp_path / "out"
    run_batch([c for c in iter_clusters(src) if c.name in ("c0", "c1")], out)
    with (out / RESULTS_FILE).open("ab") as fh:
        fh.write(b'{"cluster": "c2", "status": "ok", "summ')  # a crash mid-line
    assert read_done(out / RESULTS_FILE) == {"c0", "c1"}
    summary = run_batch(src, out, resume=True)
    names = [line["cluster"] for line in lines(out)]
    assert sorted(names) == ["c0", "c1", "c2", "c3"]
    assert summary.resumed == 2 and summary.clusters == 4


def test_batch_without_resume_starts_over(tmp_path: Path) -> None:
    src = make_folder(tmp_path / "in", {"blast": CONFLICT})
    run_batch(src, tmp_path / "out")
    run_batch(src, tmp_path / "out")
    assert [line["cluster"] for line in lines(tmp_path / "out")] == ["blast"]


def test_batch_process_pool_matches_sequential_run(tmp_path: Path) -> None:
    src = make_folder(tmp_path / "in", {f"c{i}": (CONFLICT if i % 2 else AGREE) for i in range(6)})
    run_batch(src, tmp_path / "seq")
    ctx = multiprocessing.get_context("forkserver")
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        summary = run_batch(src, tmp_path / "par", executor=pool, max_pending=3)

    def fingerprints(out: Path) -> dict[str, list[str]]:
        return {
            line["cluster"]: [f["fingerprint"] for f in line["findings"]] for line in lines(out)
        }

    assert fingerprints(tmp_path / "par") == fingerprints(tmp_path / "seq")
    assert summary.clusters == 6 and summary.clusters_failing == 3


def test_batch_runs_on_dask_local_cluster(tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    src = make_folder(tmp_path / "in", {"blast": CONFLICT, "calm": AGREE})
    with (
        LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        summary = run_batch(src, tmp_path / "lib", executor=client.get_executor())
        assert summary.clusters == 2 and summary.clusters_failing == 1
        result = runner.invoke(app, ["batch", str(src), "--out", str(tmp_path / "cli"),
                                     "--dask", cluster.scheduler_address])  # fmt: skip
    assert result.exit_code == 1, result.output
    assert sorted(line["cluster"] for line in lines(tmp_path / "cli")) == ["blast", "calm"]


def test_batch_cluster_over_time_limit_is_recorded_and_batch_goes_on(
    tmp_path: Path, seed_dir: Path
) -> None:
    src = tmp_path / "in"
    shutil.copytree(seed_dir, src / "seed")
    make_folder(src, {"blast": CONFLICT})
    summary = run_batch(src, tmp_path / "out", config=Config(cluster_timeout=0.001))
    errors = {e.cluster: e for e in summary.errors}
    assert errors["seed"].code == "FC300" and "cluster_timeout" in errors["seed"].reason
    assert summary.clusters == 2
    assert_accounting(tmp_path / "out")


def _explode(item: ClusterInput, config: Config) -> dict[str, Any]:
    if item.name == "bomb":
        raise RuntimeError("boom")
    return check_cluster(item, config)


def test_batch_internal_error_in_one_cluster_is_recorded(tmp_path: Path) -> None:
    src = make_folder(tmp_path / "in", {"bomb": CONFLICT, "calm": AGREE})
    with cf.ThreadPoolExecutor(max_workers=2) as pool:
        summary = run_batch(src, tmp_path / "out", executor=pool, check_fn=_explode)
    assert [e.cluster for e in summary.errors] == ["bomb"] and "boom" in summary.errors[0].reason
    assert summary.clusters == 2 and summary.articles_in == 4
    assert_accounting(tmp_path / "out")


def test_batch_combined_report_without_render_many_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(factcheck.report, "render_many", raising=False)
    src = make_folder(tmp_path / "in", {"blast": CONFLICT})
    result = runner.invoke(app, ["batch", str(src), "--out", str(tmp_path / "out"), "--workers", "1",
                                 "--format", "html"])  # fmt: skip
    assert result.exit_code == 2 and "render_many" in result.stderr
    assert len(lines(tmp_path / "out")) == 1


def test_batch_combined_report_renders_every_cluster_from_results(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, list[Report]]] = []

    def render_many(fmt: str, reports: Any, **options: Any) -> str:
        got = list(reports)
        seen.append((fmt, got))
        return "\n".join(
            f"{r.cluster}: {len(r.findings)} findings, {len(r.summary.skipped)} skipped"
            for r in got
        )

    monkeypatch.setattr(factcheck.report, "render_many", render_many, raising=False)
    src = make_folder(tmp_path / "in", {"blast": CONFLICT, "empty": ("",)})
    run_batch(src, tmp_path / "out")
    target = write_combined(tmp_path / "out", "markdown")
    assert target.name == "report.md"
    n = len(check(src / "blast").findings)
    assert target.read_text() == f"blast: {n} findings, 0 skipped\nempty: 0 findings, 1 skipped"
    fmt, reports = seen[0]
    assert fmt == "markdown" and reports[1].summary.skipped[0].code == "FC100"
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]


def test_batch_killed_midway_resumes_without_loss_or_duplicates(
    tmp_path: Path, seed_dir: Path
) -> None:
    src = tmp_path / "in"
    names = [f"c{i:02d}" for i in range(30)]
    for name in names:
        shutil.copytree(seed_dir, src / name)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "factcheck", "batch", str(src), "--out", str(out), "--workers", "1",
           "--no-progress"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = out / RESULTS_FILE
    try:
        for _ in range(600):
            if results.exists() and results.read_bytes().count(b"\n") >= 2:
                break
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    before = results.read_bytes().count(b"\n")
    assert 2 <= before < len(names)
    resumed = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, check=False)
    assert resumed.returncode == 1, resumed.stderr
    got = [line["cluster"] for line in lines(out)]
    assert sorted(got) == names
    summary = json.loads((out / SUMMARY_FILE).read_text())
    assert summary["clusters"] == 30 and summary["resumed"] >= before
    assert_accounting(out)


def test_batch_combined_html_report_covers_every_cluster_and_escapes_text(tmp_path: Path) -> None:
    hostile = ("Officials said 12 people died. <script>alert(1)</script>", CONFLICT[1])
    src = make_folder(tmp_path / "in", {"blast": CONFLICT, "hostile": hostile, "empty": ("",)})
    run_batch(src, tmp_path / "out")
    html = write_combined(tmp_path / "out", "html").read_text(encoding="utf-8")
    assert "blast" in html and "hostile" in html and "empty" in html
    assert "<script>alert(1)</script>" not in html
    junit = write_combined(tmp_path / "out", "junit").read_text(encoding="utf-8")
    assert junit.count("<testcase") == 3


def test_batch_resume_refuses_a_damaged_line_before_the_end(tmp_path: Path) -> None:
    src = make_folder(tmp_path / "in", {"c0": CONFLICT, "c1": AGREE})
    out = tmp_path / "out"
    run_batch(src, out)
    results = out / RESULTS_FILE
    first, second = results.read_bytes().splitlines(keepends=True)
    results.write_bytes(first[:20] + b"\n" + second)
    result = runner.invoke(
        app, ["batch", str(src), "--out", str(out), "--resume", "--workers", "1"]
    )
    assert result.exit_code == 2 and "line 1" in result.stderr
    assert results.read_bytes() == first[:20] + b"\n" + second


# Issue 17: lost workers, concurrent runs, interrupts, unwritable output, orphans.


def _dies_once(item: ClusterInput, config: Config) -> dict[str, Any]:
    """check_cluster, except that the worker checking cluster `c1` dies the first time
    (its marker file does not exist yet), as under `kill -9` or the out-of-memory killer."""
    assert item.folder is not None
    marker = Path(item.folder).parent / f".died-{item.name}"
    if item.name == "c1" and not marker.exists():
        marker.write_text("x")
        os._exit(9)
    return check_cluster(item, config)


def _always_dies(item: ClusterInput, config: Config) -> dict[str, Any]:
    if item.name == "poison":
        os._exit(9)
    return check_cluster(item, config)


def _pool() -> cf.ProcessPoolExecutor:
    return cf.ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork"))


def test_batch_lost_worker_clusters_are_rechecked_on_a_fresh_pool(tmp_path: Path) -> None:
    names = [f"c{i}" for i in range(8)]
    src = make_folder(tmp_path / "in", {n: CONFLICT for n in names})
    with _pool() as pool:
        summary = run_batch(
            src, tmp_path / "out", executor=pool, check_fn=_dies_once, max_pending=4
        )
    got = [line["cluster"] for line in lines(tmp_path / "out")]
    assert sorted(got) == names  # every cluster once: none lost, none duplicated
    assert summary.clusters == 8 and summary.clusters_error == 0
    assert (src / ".died-c1").exists()
    assert_accounting(tmp_path / "out")


def test_batch_cluster_that_kills_its_worker_is_fc301_and_resume_retries_it(
    tmp_path: Path,
) -> None:
    src = make_folder(tmp_path / "in", {"a": CONFLICT, "b": AGREE, "poison": AGREE, "z": AGREE})
    out = tmp_path / "out"
    with _pool() as pool:
        summary = run_batch(src, out, executor=pool, check_fn=_always_dies, max_pending=4)
    by_name = {line["cluster"]: line for line in lines(out)}
    assert sorted(by_name) == ["a", "b", "poison", "z"]
    assert by_name["poison"]["error"]["code"] == "FC301"
    assert [by_name[n]["status"] for n in "abz"] == ["fail", "ok", "ok"]
    assert summary.clusters_error == 1
    # --resume checks the lost cluster again (here it succeeds) and keeps one line per cluster.
    again = run_batch(src, out, resume=True)
    by_name = {line["cluster"]: line for line in lines(out)}
    assert len(lines(out)) == 4 and by_name["poison"]["status"] == "ok"
    assert again.resumed == 3 and again.clusters == 4 and again.clusters_error == 0


def test_batch_second_run_on_the_same_out_is_refused_while_the_first_runs(tmp_path: Path) -> None:
    from factcheck.batch import output_lock
    from factcheck.errors import OutputError

    src = make_folder(tmp_path / "in", {"blast": CONFLICT})
    out = tmp_path / "out"
    with output_lock(out):
        with pytest.raises(OutputError, match="another batch is writing to this folder"):
            run_batch(src, out)
        result = runner.invoke(app, ["batch", str(src), "--out", str(out), "--workers", "1"])
        assert result.exit_code == 2 and "[FC400]" in result.stderr
    run_batch(src, out)  # the lock ends with its holder
    assert len(lines(out)) == 1


def test_batch_two_concurrent_processes_never_duplicate_lines(
    tmp_path: Path, seed_dir: Path
) -> None:
    src = tmp_path / "in"
    for i in range(6):
        shutil.copytree(seed_dir, src / f"c{i}")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "factcheck", "batch", str(src), "--out", str(out), "--workers", "1",
           "--no-progress"]  # fmt: skip
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]  # fmt: skip
    codes = [p.wait(timeout=300) for p in procs]
    errors = [p.stderr.read() for p in procs if p.stderr]  # type: ignore[union-attr]
    assert sorted(codes) in ([1, 1], [1, 2]), (codes, errors)
    if 2 in codes:
        assert any("another batch is writing to this folder" in e for e in errors)
    got = [line["cluster"] for line in lines(out)]
    assert sorted(got) == [f"c{i}" for i in range(6)]
    assert json.loads((out / SUMMARY_FILE).read_text())["clusters"] == 6


def test_batch_ctrl_c_keeps_what_finished_and_prints_the_resume_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.pipeline

    src = make_folder(tmp_path / "in", {f"c{i}": CONFLICT for i in range(4)})
    out = tmp_path / "out"
    real = factcheck.pipeline.check
    calls = []

    def interrupted(*args: Any, **kwargs: Any) -> Report:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(factcheck.pipeline, "check", interrupted)
    result = runner.invoke(app, ["batch", str(src), "--out", str(out), "--workers", "1",
                                 "--timeout", "60", "--no-progress"])  # fmt: skip
    assert result.exit_code == 130, result.output
    assert "interrupted: 2 cluster(s) done" in result.stderr
    command = f"factcheck batch {src} --out {out} --workers 1 --timeout 60.0 --resume"
    assert f"to check the rest, run: {command}" in result.stderr
    assert json.loads((out / SUMMARY_FILE).read_text())["clusters"] == 2
    assert [line["cluster"] for line in lines(out)] == ["c0", "c1"]
    monkeypatch.setattr(factcheck.pipeline, "check", real)
    seen: list[tuple[str, int]] = []
    summary = run_batch(src, out, resume=True, progress=lambda n, done: seen.append((n, done)))
    # The resumed run's progress counts from what the first run finished.
    assert [d for _, d in seen] == [1, 2, 3, 4] and summary.resumed == 2
    assert sorted(line["cluster"] for line in lines(out)) == ["c0", "c1", "c2", "c3"]


def test_batch_full_disk_is_one_line_and_exit_2(tmp_path: Path) -> None:
    src = make_folder(tmp_path / "in", {f"c{i}": CONFLICT for i in range(3)})
    out = tmp_path / "out"
    # A file-size limit makes writes fail like a full disk (EFBIG instead of ENOSPC).
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))\n"
        "from factcheck.cli import main\n"
        f"sys.argv = ['factcheck', 'batch', {str(src)!r}, '--out', {str(out)!r}, '--workers', '1']\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("factcheck: error: ")
    assert "[FC400]" in done.stderr and "Traceback" not in done.stderr


def _descendants(pid: int) -> list[Any]:
    import psutil

    return psutil.Process(pid).children(recursive=True)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_batch_killed_leaves_no_worker_processes(
    tmp_path: Path, seed_dir: Path, sig: signal.Signals
) -> None:
    src = tmp_path / "in"
    for i in range(20):
        shutil.copytree(seed_dir, src / f"c{i:02d}")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "factcheck", "batch", str(src), "--out", str(out), "--workers", "2",
           "--no-progress"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    results = out / RESULTS_FILE
    try:
        for _ in range(1200):
            if results.exists() and results.read_bytes().count(b"\n") >= 1:
                break
            time.sleep(0.05)
        helpers = _descendants(proc.pid)
        assert len(helpers) >= 2, helpers  # the forkserver and the workers it started
        os.kill(proc.pid, sig)
        _, err = proc.communicate(timeout=180)  # returns once every helper let go of stderr
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if sig == signal.SIGTERM:
        assert proc.returncode == 143 and "--resume" in err, (proc.returncode, err)
        assert json.loads((out / SUMMARY_FILE).read_text())["clusters"] >= 1
    for _ in range(600):  # a hang guard, not a timing assertion
        if not [p for p in helpers if p.is_running() and p.status() != "zombie"]:
            break
        time.sleep(0.05)
    assert not [p.pid for p in helpers if p.is_running() and p.status() != "zombie"]


def test_batch_and_check_read_json_lines_alike(tmp_path: Path) -> None:
    from factcheck.load import load_cluster

    records = [
        {"cluster": "a", "id": "a1", "text": CONFLICT[0]},
        "[" * 100_000 + "]" * 100_000,
        {"cluster": "a", "id": "a2", "text": "x " * 3000},
        {"cluster": "a", "id": "a3", "text": "\u200b\u200b"},
        {"cluster": "a", "id": "a1", "text": CONFLICT[1]},
        {"cluster": "a", "id": "a4", "text": CONFLICT[1]},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(jsonl(records).encode("utf-16"))
    config = Config(max_text_chars=1000)
    (item,) = list(iter_clusters(feed, config=config))
    loaded = load_cluster([feed], config=config)
    assert [a.id for a in loaded.articles] == ["a1", "a4"]
    assert [a.id for a in item.articles] == ["a1", "a1", "a4"]  # ids are screened in check()
    batch_skips = [(s.line, s.code) for s in item.skipped]
    check_skips = [(s.line, s.code) for s in loaded.skipped if s.code != "FC108"]
    assert batch_skips == check_skips == [(2, "FC105"), (3, "FC105"), (4, "FC101")]


def _gated() -> bool:
    from factcheck.kinds import _scan

    return _scan.ENABLED


def test_batch_workers_scan_through_gates_with_the_claims_of_a_plain_run(tmp_path: Path) -> None:
    # Local workers check many clusters, so worker_init turns the gated scans on; the
    # claims and findings must be those of a plain run, on real multi-language events.
    real = Path(__file__).resolve().parents[1] / "fixtures" / "real"
    src = tmp_path / "in"
    for event in ("ubs-credit-suisse-2023", "morocco-earthquake-2023"):
        shutil.copytree(real / event, src / event, ignore=shutil.ignore_patterns("gold.json"))
    run_batch(src, tmp_path / "seq")
    ctx = multiprocessing.get_context("forkserver")
    with cf.ProcessPoolExecutor(
        max_workers=2, mp_context=ctx, initializer=worker_init, initargs=(os.getpid(),)
    ) as pool:
        assert pool.submit(_gated).result() is True
        run_batch(src, tmp_path / "par", executor=pool, max_pending=2)

    def content(out: Path) -> dict[str, object]:
        return {
            line["cluster"]: (line["claims"], [f["fingerprint"] for f in line["findings"]])
            for line in lines(out)
        }

    assert content(tmp_path / "par") == content(tmp_path / "seq")
