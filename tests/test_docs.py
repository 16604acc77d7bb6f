"""The examples of docs/library.md, pytest.md, cli.md, batch.md and frames.md run, in order, per page.

Conventions of those pages (documented at the top of each):

- a `python` block runs in one namespace per page;
- a `console` block runs each `$ command` line in bash; a trailing `# exit N` comment gives the
  expected exit status (default 0); the lines after a command are sample output, not checked;
- `<!-- file: PATH -->` before a block writes the block to PATH instead of running it;
- `<!-- not run: REASON -->` before a block leaves it out;
- `<!-- docs-test: replace "OLD" "NEW" -->` before a block runs it with OLD replaced by NEW
  (used only to scale the 1,000-cluster example down);
- `<!-- output -->` before a `text` block says the block is exactly what the runnable block
  before it printed (a console block: every command's standard output and error, in order; a
  python block: its standard output), with the test folder shown as /home/you/newsroom,
  pytest's durations and object addresses left out and trailing blanks trimmed;
  `<!-- output: grep REGEX -->` keeps the lines REGEX matches at their start, and
  `head N`, `tail N` or `head N + tail M` (after a `|` when both) keep part of it, with a
  `...` line between the two parts. `python -m tests.test_docs --update` rewrites every such
  block from the code;
- other blocks in other languages (toml, json, text) are data.

Each page runs in a fresh empty folder; `FACTCHECK_SRC` points at this checkout, which holds
the seed cluster.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import re
import subprocess
import sys
import tempfile
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


_OUTPUT = re.compile(r"<!--\s*output(?::\s*(.*?))?\s*-->")
_KEEP = re.compile(r"^(?:head (\d+))?\s*\+?\s*(?:tail (\d+))?$")
SHOWN_ROOT = "/home/you/newsroom"
"""How the docs show the folder their examples run in."""
_DURATION = re.compile(r" in \d+\.\d+s\b")
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


@dataclasses.dataclass
class Block:
    lang: str
    body: str
    line: int
    file: str | None = None
    skip: str | None = None
    output: str | None = None
    """For an output block: which part of the output it shows ("" for all)."""
    start: int = 0
    end: int = 0
    """Offsets of the body in the page."""


def blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    found = []
    for m in _BLOCK.finditer(text):
        block = Block(m["lang"], m["body"], text.count("\n", 0, m.start("lang")) + 1)
        block.start, block.end = m.start("body"), m.end("body")
        out = _OUTPUT.search(m["marks"])
        if out:
            block.output = (out[1] or "").strip()
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


def shown(output: str, keep: str, workdir: Path) -> str:
    """The part of `output` an output block shows, as the docs write paths and times."""
    text = output.replace(str(workdir), SHOWN_ROOT)
    text = _ADDRESS.sub("", _DURATION.sub("", text))
    lines = [line.rstrip() for line in text.rstrip("\n").splitlines()]
    grep, _, keep = (
        keep.rpartition("|") if "|" in keep or keep.startswith("grep ") else ("", "", keep)
    )
    if keep.strip().startswith("grep "):
        grep, keep = keep, ""
    if grep.strip():
        pattern = re.compile(grep.strip().removeprefix("grep ").strip())
        lines = [line for line in lines if pattern.match(line)]
    keep = keep.strip()
    m = _KEEP.match(keep)
    assert m, f"output marker {keep!r}: use head N, tail N or head N + tail M"
    head, tail = (int(m[1]) if m[1] else None), (int(m[2]) if m[2] else None)
    if head is None and tail is None:
        kept = lines
    elif tail is None:
        kept = lines[:head]
    elif head is None:
        kept = lines[-tail:]
    elif head + tail >= len(lines):
        kept = lines
    else:
        kept = [*lines[:head], "...", *lines[-tail:]]
    return "\n".join(kept) + "\n"


def run_page(page: Path, workdir: Path) -> list[tuple[Block, str]]:
    """Run the page's examples; return each output block with the output it should show."""
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "FACTCHECK_SRC": str(ROOT),
        "COLUMNS": "100",
    }
    env.pop("PYTEST_ADDOPTS", None)
    for name in ("CI", "BUILD_NUMBER"):  # pytest widens its summary lines in CI
        env.pop(name, None)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    old_cwd = Path.cwd()
    os.chdir(workdir)
    last = ""
    outputs: list[tuple[Block, str]] = []
    try:
        for block in blocks(page):
            where = f"{page.name}:{block.line}"
            if block.skip is not None:
                assert block.skip, f"{where}: say why a block is not run"
                continue
            if block.output is not None:
                outputs.append((block, shown(last, block.output, workdir)))
            elif block.file:
                target = workdir / block.file
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(block.body, encoding="utf-8")
            elif block.lang == "python":
                code = compile(block.body, where, "exec")
                printed = io.StringIO()
                with contextlib.redirect_stdout(printed):
                    exec(code, namespace)  # noqa: S102 - the documentation's own examples
                last = printed.getvalue()
            elif block.lang == "console":
                last = ""
                for cmd, expected in commands(block.body):
                    proc = subprocess.run(["bash", "-c", cmd], cwd=workdir, env=env,
                                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                          text=True, check=False)  # fmt: skip
                    assert proc.returncode == expected, (
                        f"{where}: `{cmd}` exited {proc.returncode}, expected {expected}\n"
                        f"output:\n{proc.stdout[-3000:]}"
                    )
                    last += proc.stdout
    finally:
        os.chdir(old_cwd)
    return outputs


def update(page: Path, outputs: list[tuple[Block, str]]) -> None:
    """Rewrite the page's output blocks with what the code prints now."""
    text = page.read_text(encoding="utf-8")
    for block, actual in sorted(outputs, key=lambda t: -t[0].start):
        text = text[: block.start] + actual + text[block.end :]
    page.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("name", PAGES)
def test_docs_page_examples_run(name: str, tmp_path: Path) -> None:
    page = ROOT / "docs" / name
    runnable = [b for b in blocks(page) if b.lang in RUNNABLE and not b.skip and not b.file]
    assert runnable, f"{name} has no runnable example"
    for block, actual in run_page(page, tmp_path):
        assert block.body == actual, (
            f"docs/{name}:{block.line}: the example output is not what the code prints "
            f"(python -m tests.test_docs --update rewrites it):\n{actual}"
        )


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


def test_docs_output_blocks_show_part_of_the_output(tmp_path: Path) -> None:
    out = "a\nb\nc\nd\n" + str(tmp_path) + "/x 3 passed in 0.52s\n"
    assert shown(out, "", tmp_path) == f"a\nb\nc\nd\n{SHOWN_ROOT}/x 3 passed\n"
    assert shown(out, "head 1 + tail 1", tmp_path) == f"a\n...\n{SHOWN_ROOT}/x 3 passed\n"
    assert shown(out, "tail 2", tmp_path) == f"d\n{SHOWN_ROOT}/x 3 passed\n"
    assert shown(out, "grep [bc]", tmp_path) == "b\nc\n"
    assert shown(out, "grep [a-c] | head 1 + tail 1", tmp_path) == "a\n...\nc\n"
    page = tmp_path / "p.md"
    page.write_text("```console\n$ echo hi\n```\n\n<!-- output -->\n```text\nold\n```\n")
    (block,) = [b for b in blocks(page) if b.output is not None]
    assert block.output == "" and block.body == "old\n"


if __name__ == "__main__" and sys.argv[1:] == ["--update"]:
    for name in PAGES:
        with tempfile.TemporaryDirectory() as folder:
            page = ROOT / "docs" / name
            update(page, run_page(page, Path(folder)))
            print(f"updated docs/{name}")
