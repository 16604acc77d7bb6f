"""The command line end to end, as a subprocess and through typer's runner."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()


def test_cli_check_seed_exits_1_and_shows_conflict_first(seed_dir: Path) -> None:
    result = runner.invoke(app, ["check", str(seed_dir)])
    assert result.exit_code == 1
    assert result.stdout.index("Errors (conflicts)") < result.stdout.index("Also found")
    assert "Lam Thu Lam" in result.stdout


def test_cli_check_json_follows_contract(seed_dir: Path) -> None:
    result = runner.invoke(app, ["check", str(seed_dir), "--format", "json"])
    data = json.loads(result.stdout)
    assert set(data) >= {"articles", "claims", "findings", "summary"}
    for f in data["findings"]:
        assert set(f) >= {
            "id",
            "fingerprint",
            "kind",
            "verdict",
            "severity",
            "subject",
            "message",
            "claims",
        }
    values = {
        "count": {"low", "high", "unit", "ordinal"},
        "money": {"low", "high", "currency"},
        "percent": {"low", "high", "points"},
        "date": {"start", "end", "granularity", "resolved"},
        "name": {"name", "entity_type", "role"},
        "quote": {"speaker", "text"},
    }
    for c in data["claims"]:
        assert set(c) >= {"id", "kind", "article", "span", "value"}
        assert set(c["span"]) == {"start", "end", "text"}
        assert set(c["value"]) >= values[c["kind"]]
    at_least = next(c for c in data["claims"] if c["span"]["text"] == "at least 12 deals")
    assert at_least["value"]["low"] == 12 and at_least["value"]["high"] is None
    assert at_least["value"]["unit"] == "deal"


def test_cli_fail_on_threshold_changes_exit_code(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Officials said at least 12 people died in the blast.")
    (tmp_path / "b.txt").write_text("Officials said 14 people died in the blast.")
    assert runner.invoke(app, ["check", str(tmp_path)]).exit_code == 0
    assert runner.invoke(app, ["check", str(tmp_path), "--fail-on", "info"]).exit_code == 1


def test_cli_unreadable_input_exits_2_with_message(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert "missing" in result.stderr and "no such file" in result.stderr
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["check", str(tmp_path / "empty.txt")])
    assert result.exit_code == 2 and "empty" in result.stderr


def test_cli_bad_option_value_exits_2(seed_dir: Path) -> None:
    result = runner.invoke(app, ["check", str(seed_dir), "--fail-on", "fatal"])
    assert result.exit_code == 2 and "fail_on" in result.stderr


def test_cli_console_script_runs_as_module(seed_dir: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(seed_dir), "--format", "json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["summary"]["articles"] == 3


def test_cli_eval_prints_precision_and_recall(seed_dir: Path) -> None:
    result = runner.invoke(app, ["eval", str(seed_dir)])
    assert result.exit_code == 0
    assert "overall" in result.stdout and "kind name" in result.stdout
