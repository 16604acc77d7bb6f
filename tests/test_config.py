"""Configuration: found by walking up from the input, flags override, unknown keys are errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import Config
from factcheck.cli import app
from factcheck.config import find_config_file, load_config
from factcheck.errors import ConfigError

runner = CliRunner()

COMPATIBLE = (
    "Officials said at least 12 people died in the blast.",
    "Officials said 14 people died in the blast.",
)


def cluster(root: Path) -> Path:
    folder = root / "stories" / "blast"
    folder.mkdir(parents=True)
    for i, text in enumerate(COMPATIBLE):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    return folder


def test_config_factcheck_toml_found_walking_up_from_input(tmp_path: Path) -> None:
    folder = cluster(tmp_path)
    (tmp_path / "factcheck.toml").write_text('fail_on = "info"\nkinds = ["count", "date"]\n')
    assert find_config_file(folder) == tmp_path / "factcheck.toml"
    config = load_config(tmp_path / "factcheck.toml")
    assert config.fail_on == "info" and config.kinds == ("count", "date")
    assert runner.invoke(app, ["check", str(folder)]).exit_code == 1


def test_config_pyproject_table_found_and_pyproject_without_it_skipped(tmp_path: Path) -> None:
    folder = cluster(tmp_path)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factcheck]\nfail_on = "info"\napprox_tolerance = 0.2\n'
    )
    (tmp_path / "stories" / "pyproject.toml").write_text('[project]\nname = "newsroom"\n')
    found = find_config_file(folder)
    assert found == tmp_path / "pyproject.toml"
    assert load_config(found) == Config(fail_on="info", approx_tolerance=0.2)


def test_config_command_line_flags_override_the_file(tmp_path: Path) -> None:
    folder = cluster(tmp_path)
    (tmp_path / "factcheck.toml").write_text('fail_on = "info"\n')
    assert runner.invoke(app, ["check", str(folder)]).exit_code == 1
    assert runner.invoke(app, ["check", str(folder), "--fail-on", "error"]).exit_code == 0
    assert runner.invoke(app, ["check", str(folder), "--kinds", "name"]).exit_code == 0


def test_config_explicit_file_wins_over_discovery(tmp_path: Path) -> None:
    folder = cluster(tmp_path)
    (tmp_path / "factcheck.toml").write_text('fail_on = "info"\n')
    other = tmp_path / "strict.toml"
    other.write_text('fail_on = "error"\n')
    assert runner.invoke(app, ["check", str(folder), "--config", str(other)]).exit_code == 0


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ('fail_on = "info"\ncolour = "red"\n', "colour"),
        ('fail_on = "fatal"\n', "fail_on"),
        ('kinds = ["count", "weather"]\n', "weather"),
        ("approx_tolerance = 3\n", "approx_tolerance"),
        ("fail_on = \n", "TOML"),
    ],
)
def test_config_bad_key_or_value_exits_2_naming_it(
    tmp_path: Path, content: str, named: str
) -> None:
    folder = cluster(tmp_path)
    (tmp_path / "factcheck.toml").write_text(content)
    with pytest.raises(ConfigError) as exc:
        load_config(tmp_path / "factcheck.toml")
    assert named in str(exc.value) and "factcheck.toml" in str(exc.value)
    for command in (
        ["check", str(folder)],
        ["batch", str(tmp_path / "stories"), "--out", str(tmp_path / "o")],
    ):
        result = runner.invoke(app, command)
        assert result.exit_code == 2 and named in result.stderr, command


def test_config_unknown_key_in_pyproject_names_the_key(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.factcheck]\nfailon = 'info'\n")
    with pytest.raises(ConfigError, match="failon"):
        load_config(tmp_path / "pyproject.toml")


def test_config_batch_applies_file_to_every_cluster(tmp_path: Path) -> None:
    cluster(tmp_path)
    (tmp_path / "factcheck.toml").write_text('fail_on = "info"\n')
    out = tmp_path / "out"
    assert (
        runner.invoke(
            app, ["batch", str(tmp_path / "stories"), "--out", str(out), "--workers", "1"]
        ).exit_code
        == 1
    )
    assert runner.invoke(app, ["batch", str(tmp_path / "stories"), "--out", str(out), "--workers", "1",
                               "--fail-on", "error"]).exit_code == 0  # fmt: skip
