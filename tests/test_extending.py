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


LANGUAGES_LINE = 'LANGUAGES: tuple[str, ...] = ("en", "es", "it", "fr", "de", "pt")'
CORPUS_START = "LANGUAGE_CORPUS: tuple[tuple[str, dt.date | None, str, DateValue], ...] = (\n"
_CHECK_CORPUS = """
import sys
from factcheck.kinds.date import LANGUAGE_CORPUS
from factcheck.lang import LANGUAGES
from tests.test_kinds_date import _check_entry

assert LANGUAGES[-1] == "nl"
lines = [entry for entry in LANGUAGE_CORPUS if entry[0] == "nl"]
for entry in lines:
    _check_entry(*entry)
print(len(lines))
"""


def test_extending_page_language_reads_dates(tmp_path: Path) -> None:
    """The page's Dutch lexicon, saved in a copy of the package and named in `LANGUAGES`, is all
    the date kind needs: the page's corpus lines pass."""
    text = PAGE.read_text(encoding="utf-8")
    page = blocks(PAGE)
    (lexicon,) = [b for b in page if b.file == "src/factcheck/lang/nl.py"]
    (corpus,) = [
        b for b in page if "docs-test: corpus" in text[: b.start].rsplit("```", 1)[0][-40:]
    ]
    package = tmp_path / "src" / "factcheck"
    shutil.copytree(ROOT / "src" / "factcheck", package,
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    (package / "lang" / "nl.py").write_text(lexicon.body, encoding="utf-8")
    init = package / "lang" / "__init__.py"
    source = init.read_text(encoding="utf-8")
    assert LANGUAGES_LINE in source
    init.write_text(source.replace(LANGUAGES_LINE, LANGUAGES_LINE[:-1] + ', "nl")'), "utf-8")
    corpus_py = package / "kinds" / "date" / "corpus.py"
    source = corpus_py.read_text(encoding="utf-8")
    assert CORPUS_START in source
    corpus_py.write_text(source.replace(CORPUS_START, CORPUS_START + corpus.body), "utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "src")}
    proc = subprocess.run([sys.executable, "-c", _CHECK_CORPUS], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split() == [str(corpus.body.count('("nl",'))]
