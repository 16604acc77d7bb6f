"""docs/extending.md runs: its kind package is written out, installed into a temporary folder
(a distribution's files and metadata, as an installer leaves them) and every command runs
against it, in a fresh interpreter with the entry point visible."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.test_docs import ROOT, blocks, commands

PAGE = ROOT / "docs" / "extending.md"


def _install(project: Path, site: Path) -> None:
    """Install a pure-Python src-layout project into `site`: its packages and a dist-info
    folder with METADATA and entry_points.txt."""
    meta = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for package in (project / "src").iterdir():
        shutil.copytree(package, site / package.name)
    info = site / f"{meta['name'].replace('-', '_')}-{meta['version']}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {meta['name']}\nVersion: {meta['version']}\n",
        encoding="utf-8",
    )
    lines = []
    for group, entries in meta.get("entry-points", {}).items():
        lines.append(f"[{group}]")
        lines += [f"{name} = {target}" for name, target in entries.items()]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_extending_page_kind_installs_and_runs(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": os.pathsep.join([str(site), str(ROOT / "src")]),
    }
    env.pop("PYTHONHASHSEED", None)
    ran = 0
    text = PAGE.read_text(encoding="utf-8")
    for block in blocks(PAGE):
        where = f"extending.md:{block.line}"
        marks = text[: text.find(block.body)].rsplit("```", 1)[0].rsplit("\n\n", 1)[-1]
        if block.file:
            target = tmp_path / block.file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(block.body, encoding="utf-8")
        elif "docs-test: install" in marks:
            _install(
                tmp_path / marks.split("docs-test: install", 1)[1].split("-->")[0].strip(), site
            )
            ran += 1
        elif block.skip is None and block.lang == "console":
            lines = block.body.splitlines()
            for cmd, expected in commands(block.body):
                proc = subprocess.run(["bash", "-c", cmd], cwd=tmp_path, env=env,
                                      capture_output=True, text=True, check=False)  # fmt: skip
                assert proc.returncode == expected, f"{where}: {cmd}\n{proc.stderr[-3000:]}"
                sample = lines[lines.index(f"$ {cmd}") + 1 :]
                shown = [s for s in sample if s and not s.startswith("$ ")]
                assert proc.stdout.splitlines()[: len(shown)] == shown, (
                    f"{where}: {cmd} printed\n{proc.stdout}"
                )
                ran += 1
    assert ran >= 2, "the page installs the kind and runs it"


def test_extending_entry_point_kind_is_validated(tmp_path: Path) -> None:
    """An entry point that names something other than a Kind is refused with a clear message."""
    project = tmp_path / "bad"
    (project / "src" / "bad_kind").mkdir(parents=True)
    (project / "src" / "bad_kind" / "__init__.py").write_text("KIND = 42\n", encoding="utf-8")
    (project / "pyproject.toml").write_text(
        '[project]\nname = "bad-kind"\nversion = "1"\n'
        '[project.entry-points."factcheck.kinds"]\nbad = "bad_kind:KIND"\n',
        encoding="utf-8",
    )
    site = tmp_path / "site"
    site.mkdir()
    _install(project, site)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT / "src")])}
    proc = subprocess.run([sys.executable, "-c", "import factcheck.kinds"], env=env,
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert proc.returncode == 1
    assert (
        "entry point 'bad' = 'bad_kind:KIND' in group 'factcheck.kinds' is int, not a factcheck Kind"
        in proc.stderr
    )
