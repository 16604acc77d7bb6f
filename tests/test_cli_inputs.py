"""What a new user meets at the command line (issue 15): version, standard input, URLs,
one-article checks, --out for every format, format names in --help, missing meta.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import DISTRIBUTION, __version__
from factcheck.cli import app
from factcheck.report import RENDERERS

runner = CliRunner()

ONE = "Officials said 12 people died in the blast on Monday in Hanoi."
TWO = "Officials said 14 people died in the blast on Monday in Hanoi."


def test_cli_version_prints_version_and_distribution() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout and DISTRIBUTION in result.stdout


def test_cli_check_dash_reads_one_article_from_stdin(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ONE, encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path / "a.txt"), "-", "--format", "json"],
                           input=TWO)  # fmt: skip
    assert result.exit_code == 1, result.stderr
    data = json.loads(result.stdout)
    assert [a["id"] for a in data["articles"]] == ["a.txt", "stdin"]
    assert any(f["verdict"] == "conflict" for f in data["findings"])


def test_cli_check_dash_alone_as_a_subprocess(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "-", "--format", "json"],
        input=ONE, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["summary"]["articles"] == 1
    assert "nothing was compared" in proc.stderr


@pytest.mark.parametrize("url", ["https://apnews.com/article/x", "http://example.org/a.html"])
def test_cli_check_url_says_download_it_first(url: str) -> None:
    result = runner.invoke(app, ["check", url])
    assert result.exit_code == 2
    assert url in result.stderr and "download it first" in result.stderr
    assert "no such file" not in result.stderr


def test_cli_check_one_article_warns_nothing_was_compared(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ONE, encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path / "a.txt")])
    assert result.exit_code == 0
    assert "warning: only one article: nothing was compared" in result.stderr


def test_cli_check_two_articles_give_no_one_article_warning(tmp_path: Path) -> None:
    for name, text in (("a.txt", ONE), ("b.txt", TWO)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert "only one article" not in result.stderr


@pytest.mark.parametrize("fmt", list(RENDERERS))
def test_cli_check_out_writes_every_format(fmt: str, seed_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / f"report.{fmt}"
    result = runner.invoke(app, ["check", str(seed_dir), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"wrote {out}" in result.stderr
    text = out.read_text(encoding="utf-8")
    assert "Lam Thu Lam" in text


def test_cli_check_help_lists_the_real_format_names() -> None:
    result = runner.invoke(app, ["check", "--help"], env={"COLUMNS": "200"})
    assert "..." not in result.stdout.split("--format", 1)[1].split("\n", 1)[0]
    for name in RENDERERS:
        assert name in result.stdout


def test_cli_check_without_meta_json_hints_at_publication_dates(tmp_path: Path) -> None:
    for name, text in (("a.txt", ONE), ("b.txt", TWO)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert "no publication dates (no meta.json)" in result.stderr
    assert "relative date" in result.stderr
    # The cluster is named after both files, not after the first one.
    assert "factcheck: a + b " in result.stdout


def test_cli_check_with_meta_json_gives_no_date_hint(seed_dir: Path) -> None:
    result = runner.invoke(app, ["check", str(seed_dir)])
    assert "no publication dates" not in result.stderr


def test_cli_distribution_name_is_used_in_every_install_hint() -> None:
    root = Path(__file__).resolve().parent.parent
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    assert f'name = "{DISTRIBUTION}"' in pyproject and DISTRIBUTION != "factcheck"
    texts = [p.read_text(encoding="utf-8") for p in (root / "docs").glob("*.md")]
    texts += [p.read_text(encoding="utf-8") for p in (root / "src").rglob("*.py")]
    texts.append((root / "README.md").read_text(encoding="utf-8"))
    for text in texts:
        assert "pip install factcheck " not in text and "pip install factcheck\n" not in text
        assert "'factcheck[" not in text and "`factcheck[" not in text
