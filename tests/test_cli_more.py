"""The batch and baseline commands, and check's output options, through typer's runner."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import factcheck.report
from factcheck.batch import RESULTS_FILE, SUMMARY_FILE
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


def folder(root: Path, n: int) -> Path:
    for i in range(n):
        texts = CONFLICT if i % 2 else AGREE
        (root / f"c{i}").mkdir(parents=True)
        for j, text in enumerate(texts):
            (root / f"c{i}" / f"{j}.txt").write_text(text, encoding="utf-8")
    return root


def test_cli_more_batch_prints_summary_and_writes_summary_json(tmp_path: Path) -> None:
    src = folder(tmp_path / "in", 4)
    result = runner.invoke(
        app, ["batch", str(src), "--out", str(tmp_path / "out"), "--workers", "1"]
    )
    assert result.exit_code == 1
    assert "4 clusters (0 already done), 2 failing, 0 errors" in result.stdout
    assert "8 articles: 8 checked, 0 skipped" in result.stdout
    summary = json.loads((tmp_path / "out" / SUMMARY_FILE).read_text())
    assert summary["clusters"] == 4 and summary["by_verdict"]["conflict"] == 2


def test_cli_more_batch_with_local_processes(tmp_path: Path) -> None:
    src = folder(tmp_path / "in", 4)
    result = runner.invoke(
        app, ["batch", str(src), "--out", str(tmp_path / "out"), "--workers", "2"]
    )
    assert result.exit_code == 1, result.output
    names = sorted(json.loads(line)["cluster"] for line in (tmp_path / "out" / RESULTS_FILE).open())
    assert names == ["c0", "c1", "c2", "c3"]


def test_cli_more_batch_progress_bar_when_asked(tmp_path: Path) -> None:
    src = folder(tmp_path / "in", 2)
    result = runner.invoke(app, ["batch", str(src), "--out", str(tmp_path / "out"), "--workers", "1",
                                 "--progress"])  # fmt: skip
    assert result.exit_code == 1
    assert "100%" in result.stderr


def test_cli_more_batch_rejects_dask_with_workers(tmp_path: Path) -> None:
    src = folder(tmp_path / "in", 1)
    result = runner.invoke(app, ["batch", str(src), "--out", str(tmp_path / "o"), "--workers", "2",
                                 "--dask", "tcp://127.0.0.1:1"])  # fmt: skip
    assert result.exit_code == 2 and "exclude" in result.stderr


def test_cli_more_batch_format_writes_combined_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def render_many(fmt: str, reports: Any, **options: Any) -> str:
        return f"<{fmt}>" + ",".join(r.cluster for r in reports)

    monkeypatch.setattr(factcheck.report, "render_many", render_many, raising=False)
    src = folder(tmp_path / "in", 2)
    result = runner.invoke(app, ["batch", str(src), "--out", str(tmp_path / "out"), "--workers", "1",
                                 "--format", "junit"])  # fmt: skip
    assert result.exit_code == 1
    target = tmp_path / "out" / "junit.xml"
    assert f"wrote {target}" in result.stdout
    assert sorted(target.read_text().removeprefix("<junit>").split(",")) == ["c0", "c1"]


def test_cli_more_check_out_writes_report_file(tmp_path: Path, seed_dir: Path) -> None:
    out = tmp_path / "reports" / "seed.json"
    result = runner.invoke(app, ["check", str(seed_dir), "--format", "json", "--out", str(out)])
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads(out.read_text())["summary"]["articles"] == 3
    assert [p.name for p in out.parent.iterdir()] == ["seed.json"]
    assert out.stat().st_mode & 0o777 == 0o644


def test_cli_more_baseline_of_missing_input_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["baseline", str(tmp_path / "nope"), "--out", str(tmp_path / "b.json")]
    )
    assert result.exit_code == 2 and "no such file" in result.stderr
    result = runner.invoke(
        app, ["baseline", "--results", str(tmp_path), "--out", str(tmp_path / "b.json")]
    )
    assert result.exit_code == 2 and "results.jsonl" in result.stderr
    assert not (tmp_path / "b.json").exists()
