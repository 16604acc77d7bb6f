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


# Issue 17: values that used to be accepted and then failed; configs inside the input.


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"cluster_timeout": float("inf")}, "cluster_timeout"),
        ({"cluster_timeout": 1e300}, "cluster_timeout"),
        ({"cluster_timeout": float("nan")}, "cluster_timeout"),
        ({"max_text_chars": 10**20}, "max_text_chars"),
        ({"max_text_chars": 1e20}, "max_text_chars"),
        ({"max_text_chars": True}, "max_text_chars"),
        ({"approx_tolerance": float("nan")}, "approx_tolerance"),
        ({"kinds": 5}, "kinds"),
        ({"kinds": []}, "kinds"),
        ({"kinds": {"count": True}}, "kinds"),
    ],
)
def test_config_rejects_values_that_would_fail_later(changes: dict, named: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ConfigError, match=named):
        Config().with_overrides(**changes)


def test_config_bounds_are_finite_and_documented() -> None:
    from factcheck.config import MAX_TEXT_CHARS_LIMIT, MAX_TIMEOUT

    assert Config(cluster_timeout=MAX_TIMEOUT, max_text_chars=MAX_TEXT_CHARS_LIMIT)
    limits = (Path(__file__).resolve().parent.parent / "docs" / "limits.md").read_text()
    assert f"{MAX_TEXT_CHARS_LIMIT:,}" in limits and f"{int(MAX_TIMEOUT):,}" in limits


def test_config_timeout_flag_inf_is_exit_2_not_a_lost_batch(tmp_path: Path) -> None:
    folder = cluster(tmp_path)
    for command in (
        ["check", str(folder)],
        ["batch", str(folder.parent), "--out", str(tmp_path / "o")],
    ):
        result = runner.invoke(app, [*command, "--timeout", "inf"])
        assert result.exit_code == 2 and "cluster_timeout" in result.stderr, command
        assert "[FC200]" in result.stderr
    assert not (tmp_path / "o" / "results.jsonl").exists()


def test_config_file_inside_the_cluster_folder_does_not_configure_its_check(
    tmp_path: Path,
) -> None:
    folder = cluster(tmp_path)
    # A hostile cluster tries to switch its own checking off.
    (folder / "factcheck.toml").write_text(
        'kinds = ["quote"]\nfail_on = "error"\nmax_text_chars = 1\n'
    )
    assert find_config_file(folder) is None
    result = runner.invoke(app, ["check", str(folder), "--format", "json", "--fail-on", "info"])
    assert result.exit_code == 1, result.output
    assert '"kind": "count"' in result.stdout
    out = tmp_path / "o"
    batch = runner.invoke(app, ["batch", str(folder.parent), "--out", str(out), "--workers", "1",
                                "--fail-on", "info"])  # fmt: skip
    assert batch.exit_code == 1 and '"kind": "count"' in (
        out / "results.jsonl"
    ).read_text().replace('"kind":"count"', '"kind": "count"')
    # The folder that holds the cluster configures it, as before.
    (folder.parent / "factcheck.toml").write_text('kinds = ["quote"]\n')
    assert find_config_file(folder) == folder.parent / "factcheck.toml"
