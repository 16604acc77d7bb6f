"""The README's two command lines: CI runs the second one verbatim."""

from __future__ import annotations

from tests.conftest import ROOT


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def test_readme_opens_with_two_commands_and_ci_runs_the_test_one() -> None:
    assert (ROOT / "README.md").read_text(encoding="utf-8").startswith("```sh\n")
    check_line, test_line = _commands()
    assert "factcheck check fixtures/clusters/" in check_line
    assert test_line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
