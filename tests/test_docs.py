"""The examples of docs/library.md, pytest.md, cli.md, batch.md and frames.md run, in order, per page.

Conventions of those pages (documented at the top of each):

- a `python` block runs in one namespace per page;
- a `console` block runs each `$ command` line in bash; a trailing `# exit N` comment gives the
  expected exit status (default 0); the lines after a command are sample output, not checked;
- `<!-- file: PATH -->` before a block writes the block to PATH instead of running it;
- `<!-- not run: REASON -->` before a block leaves it out;
- `<!-- docs-test: replace "OLD" "NEW" -->` before a block runs it with OLD replaced by NEW
  (used only to scale the 1,000-cluster example down);
- blocks in other languages (toml, json, text) are data or sample output.

Each page runs in a fresh empty folder; `FACTCHECK_SRC` points at this checkout, which holds
the seed cluster.
"""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("library.md", "pytest.md", "cli.md", "batch.md", "frames.md")
RUNNABLE = ("python", "console")

_BLOCK = re.compile(
    r"(?P<marks>(?:<!--[^\n]*-->\n)*)```(?P<lang>[\w-]*)\n(?P<body>.*?)^```", re.S | re.M
)
_MARK = re.compile(r"<!--\s*(file|not run|docs-test):\s*(.*?)\s*-->")
_REPLACE = re.compile(r'replace "([^"]*)" "([^"]*)"')
_EXIT = re.compile(r"\s+# exit (\d+)\s*$")


@dataclasses.dataclass
class Block:
    lang: str
    body: str
    line: int
    file: str | None = None
    skip: str | None = None


def blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    found = []
    for m in _BLOCK.finditer(text):
        block = Block(m["lang"], m["body"], text.count("\n", 0, m.start("lang")) + 1)
        for kind, arg in _MARK.findall(m["marks"]):
            if kind == "file":
                block.file = arg
            elif kind == "not run":
                block.skip = arg
            else:
                for old, new in _REPLACE.findall(arg):
                    block.body = block.body.replace(old, new)
        found.append(block)
    return found


def commands(body: str) -> list[tuple[str, int]]:
    """`$ command` lines (with `\\` continuations) and their expected exit status."""
    out: list[tuple[str, int]] = []
    lines = body.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.startswith("$ "):
            continue
        cmd = line[2:]
        while cmd.endswith("\\") and i < len(lines):
            cmd = cmd[:-1] + " " + lines[i].strip()
            i += 1
        m = _EXIT.search(cmd)
        out.append((cmd[: m.start()] if m else cmd, int(m[1]) if m else 0))
    return out


def run_page(page: Path, workdir: Path) -> None:
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "FACTCHECK_SRC": str(ROOT),
        "COLUMNS": "100",
    }
    env.pop("PYTEST_ADDOPTS", None)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    old_cwd = Path.cwd()
    os.chdir(workdir)
    try:
        for block in blocks(page):
            where = f"{page.name}:{block.line}"
            if block.skip is not None:
                assert block.skip, f"{where}: say why a block is not run"
                continue
            if block.file:
                target = workdir / block.file
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(block.body, encoding="utf-8")
            elif block.lang == "python":
                code = compile(block.body, where, "exec")
                exec(code, namespace)  # noqa: S102 - the documentation's own examples
            elif block.lang == "console":
                for cmd, expected in commands(block.body):
                    proc = subprocess.run(["bash", "-c", cmd], cwd=workdir, env=env,
                                          capture_output=True, text=True, check=False)  # fmt: skip
                    assert proc.returncode == expected, (
                        f"{where}: `{cmd}` exited {proc.returncode}, expected {expected}\n"
                        f"stdout:\n{proc.stdout[-2000:]}\nstderr:\n{proc.stderr[-2000:]}"
                    )
    finally:
        os.chdir(old_cwd)


@pytest.mark.parametrize("name", PAGES)
def test_docs_page_examples_run(name: str, tmp_path: Path) -> None:
    page = ROOT / "docs" / name
    runnable = [b for b in blocks(page) if b.lang in RUNNABLE and not b.skip and not b.file]
    assert runnable, f"{name} has no runnable example"
    run_page(page, tmp_path)


def test_docs_harness_reads_markers_and_exit_codes(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text(
        "<!-- not run: needs a network -->\n```console\n$ pip install factcheck\n```\n"
        "<!-- file: a.txt -->\n```text\nhello\n```\n"
        '<!-- docs-test: replace "1000" "3" -->\n```console\n$ echo 1000 \\\n  more  # exit 1\nout\n```\n',
        encoding="utf-8",
    )
    got = blocks(page)
    assert [b.skip for b in got] == ["needs a network", None, None]
    assert got[1].file == "a.txt" and got[1].body == "hello\n"
    assert commands(got[2].body) == [("echo 3  more", 1)]
