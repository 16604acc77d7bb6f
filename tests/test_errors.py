"""The error family: stable codes, messages naming file, line and reason, documented codes."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factcheck
from factcheck import Config
from factcheck.cli import app
from factcheck.errors import (
    ERRORS,
    ConfigError,
    FactcheckError,
    InputError,
    MissingFileError,
    RecordError,
)

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def test_errors_codes_are_unique_and_well_formed() -> None:
    codes = [e.code for e in ERRORS]
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"FC\d{3}", c) for c in codes)
    assert codes == sorted(codes)


def test_errors_registry_lists_every_error_class() -> None:
    import factcheck.errors as module

    defined = {
        obj for obj in vars(module).values()
        if isinstance(obj, type) and issubclass(obj, FactcheckError)
    }  # fmt: skip
    assert defined == set(ERRORS)


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: e.__name__)
def test_errors_input_codes_belong_to_input_error(error: type[FactcheckError]) -> None:
    assert issubclass(error, InputError) == error.code.startswith("FC1")


@pytest.mark.parametrize(
    ("path", "line", "expected"),
    [
        ("feed.jsonl", 3, "feed.jsonl:3: missing 'text' [FC104]"),
        ("feed.jsonl", None, "feed.jsonl: missing 'text' [FC104]"),
        (None, None, "missing 'text' [FC104]"),
    ],
)
def test_errors_describe_names_file_line_reason_and_code(
    path: str | None, line: int | None, expected: str
) -> None:
    err = RecordError("missing 'text'", path=path, line=line)
    assert err.describe() == expected and str(err) == expected
    assert (err.reason, err.path, err.line, err.code) == ("missing 'text'", path, line, "FC104")


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: e.__name__)
def test_errors_survive_pickling_for_process_pools(error: type[FactcheckError]) -> None:
    err = error("some reason", path="a/b.txt", line=7)
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is error
    assert (again.reason, again.path, again.line, again.code) == (
        "some reason",
        "a/b.txt",
        7,
        error.code,
    )
    assert again.describe() == err.describe()


def test_errors_library_raises_documented_types(tmp_path: Path) -> None:
    with pytest.raises(MissingFileError) as info:
        factcheck.check(tmp_path / "nowhere")
    assert isinstance(info.value, factcheck.InputError)
    assert isinstance(info.value, factcheck.FactcheckError)
    (tmp_path / "a.txt").write_text("x" * 100)
    with pytest.raises(factcheck.InputError) as info2:
        factcheck.check(tmp_path / "a.txt", Config(max_text_chars=10))
    assert info2.value.code == "FC100"
    assert "100 bytes, more than max_text_chars=10 characters can take" in info2.value.reason
    with pytest.raises(ConfigError):
        Config().with_overrides(max_text_chars=0)


def test_errors_cli_reports_config_error_with_exit_2(tmp_path: Path) -> None:
    (tmp_path / "cluster").mkdir()
    (tmp_path / "cluster" / "a.txt").write_text("Officials said 12 people died.")
    (tmp_path / "factcheck.toml").write_text("max_text_chars = -1\n")
    result = runner.invoke(app, ["check", str(tmp_path / "cluster")])
    assert result.exit_code == 2
    assert "max_text_chars" in result.stderr and "[FC200]" in result.stderr


# docs/errors.md and docs/limits.md stay true to the code.

ERRORS_DOC = ROOT / "docs" / "errors.md"
LIMITS_DOC = ROOT / "docs" / "limits.md"


def test_errors_doc_lists_every_code_with_its_class() -> None:
    rows = re.findall(r"^\| (FC\d{3}) \| `(\w+)` \|", ERRORS_DOC.read_text(), re.M)
    assert rows == [(e.code, e.__name__) for e in ERRORS]


def test_errors_doc_codes_in_treatment_table_exist() -> None:
    known = {e.code for e in ERRORS}
    mentioned = set(re.findall(r"\bFC\d{3}\b", ERRORS_DOC.read_text()))
    assert mentioned <= known, mentioned - known


@pytest.mark.parametrize("setting", ["max_text_chars", "cluster_timeout"])
def test_errors_limits_doc_states_config_defaults(setting: str) -> None:
    row = re.search(rf"^\| `{setting}` \| ([\d,.]+) ", LIMITS_DOC.read_text(), re.M)
    assert row, f"docs/limits.md has no row for {setting}"
    documented = float(row.group(1).replace(",", ""))
    assert documented == Config.model_fields[setting].default


def test_errors_limits_doc_pre_read_size_matches_loader() -> None:
    from factcheck.load import MAX_BYTES_PER_CHAR, MAX_CONTROL_SHARE

    text = LIMITS_DOC.read_text()
    default = Config.model_fields["max_text_chars"].default
    assert f"{default * MAX_BYTES_PER_CHAR:,} bytes" in text
    assert f"at most {MAX_CONTROL_SHARE:.0%} of a text" in text


def test_errors_limits_doc_example_config_loads(tmp_path: Path) -> None:
    from factcheck.config import load_config

    block = re.search(r"```toml\n(.*?)```", LIMITS_DOC.read_text(), re.S)
    assert block
    (tmp_path / "pyproject.toml").write_text(block.group(1))
    config = load_config(tmp_path / "pyproject.toml")
    assert (config.max_text_chars, config.cluster_timeout) == (2_000_000, 60)
