"""Baselines: accepted fingerprints, stable across runs and edits; new findings still fail."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from benchmarks import perturb
from factcheck import Article, Config, Finding, Report, check
from factcheck.baseline import dump_baseline, load_baseline
from factcheck.cli import app
from tests.conftest import SEED

runner = CliRunner()

NEW_CONFLICT = "\nOfficials said 40 people were injured in Hanoi.\n"
NEW_CONFLICT_OTHER = "\nOfficials said 90 people were injured in Hanoi.\n"


def fingerprints(path: Path) -> set[str]:
    return {f.fingerprint for f in check(path).findings if f.severity != "none"}


def test_baseline_fingerprints_stable_across_runs_and_processes(seed_dir: Path) -> None:
    first = [f.fingerprint for f in check(seed_dir).findings]
    assert first == [f.fingerprint for f in check(seed_dir).findings]
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(seed_dir), "--format", "json"],
        capture_output=True, text=True, check=False, env=env,
    )  # fmt: skip
    assert [f["fingerprint"] for f in json.loads(proc.stdout)["findings"]] == first


def test_baseline_fingerprints_survive_edits_elsewhere_in_the_text(
    seed_dir: Path, tmp_path: Path
) -> None:
    edited = tmp_path / "seed"
    shutil.copytree(seed_dir, edited)
    for path in sorted(edited.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        path.write_text("Editor's note: this story has been updated.\n\n" + text
                        + "\nRead more of our coverage on the website.\n", encoding="utf-8")  # fmt: skip
    assert fingerprints(edited) == fingerprints(seed_dir)


def test_baseline_cli_accepts_current_findings_then_fails_only_on_new(
    seed_dir: Path, tmp_path: Path
) -> None:
    cluster = tmp_path / "seed"
    shutil.copytree(seed_dir, cluster)
    base = tmp_path / "accepted.json"
    made = runner.invoke(app, ["baseline", str(cluster), "--out", str(base)])
    assert made.exit_code == 0 and "accepted" in made.stderr
    assert set(load_baseline(base)) == fingerprints(cluster)

    result = runner.invoke(app, ["check", str(cluster), "--baseline", str(base)])
    assert result.exit_code == 0, result.stdout
    assert "(baselined)" in result.stdout

    with (cluster / "001_af0be74b6c0b0c53.txt").open("a", encoding="utf-8") as fh:
        fh.write(NEW_CONFLICT)
    with (cluster / "002_e8009dfd19ef05a3.txt").open("a", encoding="utf-8") as fh:
        fh.write(NEW_CONFLICT_OTHER)
    report = check(cluster, Config(baseline=str(base)))
    failing = report.failing
    assert failing and all(not f.baselined for f in failing)
    texts = {report.claim(c).span.text for f in failing for c in f.claims}
    assert texts == {"40 people", "90 people"}
    assert runner.invoke(app, ["check", str(cluster), "--baseline", str(base)]).exit_code == 1


def test_baseline_lists_stale_entries(seed_dir: Path, tmp_path: Path) -> None:
    report = check(seed_dir)
    base = tmp_path / "b.json"
    doc = json.loads(dump_baseline(report.findings))
    doc["accepted"].append({"fingerprint": "0000deadbeef0000", "kind": "count", "verdict": "conflict",
                            "subject": "gone", "message": "no longer in the text"})  # fmt: skip
    base.write_text(json.dumps(doc), encoding="utf-8")
    again = check(seed_dir, Config(baseline=str(base)))
    assert again.summary.stale_baseline == ("0000deadbeef0000",)
    result = runner.invoke(app, ["check", str(seed_dir), "--baseline", str(base)])
    assert "stale baseline entry 0000deadbeef0000" in result.stdout


def test_baseline_path_from_config_is_relative_to_config_file(
    seed_dir: Path, tmp_path: Path
) -> None:
    shutil.copytree(seed_dir, tmp_path / "clusters" / "seed")
    (tmp_path / "factcheck.toml").write_text('baseline = "accepted.json"\n', encoding="utf-8")
    made = runner.invoke(app, ["baseline", str(tmp_path / "clusters" / "seed")])
    assert made.exit_code == 0, made.output
    assert (tmp_path / "accepted.json").is_file()
    assert runner.invoke(app, ["check", str(tmp_path / "clusters" / "seed")]).exit_code == 0


def test_baseline_from_batch_results_accepts_every_cluster(seed_dir: Path, tmp_path: Path) -> None:
    for name in ("one", "two"):
        shutil.copytree(seed_dir, tmp_path / "in" / name)
    out = tmp_path / "out"
    assert (
        runner.invoke(
            app, ["batch", str(tmp_path / "in"), "--out", str(out), "--workers", "1"]
        ).exit_code
        == 1
    )
    base = tmp_path / "accepted.json"
    assert (
        runner.invoke(app, ["baseline", "--results", str(out), "--out", str(base)]).exit_code == 0
    )
    again = runner.invoke(app, ["batch", str(tmp_path / "in"), "--out", str(out), "--workers", "1",
                                "--baseline", str(base)])  # fmt: skip
    assert again.exit_code == 0, again.stdout


@pytest.mark.parametrize("content", ["not json", '{"accepted": 3}', '{"entries": []}'])
def test_baseline_unreadable_file_exits_2(seed_dir: Path, tmp_path: Path, content: str) -> None:
    base = tmp_path / "b.json"
    base.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["check", str(seed_dir), "--baseline", str(base)])
    assert result.exit_code == 2 and "baseline" in result.stderr


# Fingerprints name what a finding is about (issue 15) ----------------------------------------

REAL = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "real").iterdir())


def _distinct(report_findings: list[Finding]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for f in report_findings:
        seen.setdefault(f.fingerprint, []).append(f"{f.kind} {f.verdict} {f.subject}: {f.message}")
    return {fp: ms for fp, ms in seen.items() if len(ms) > 1}


@pytest.mark.parametrize("cluster", [SEED, *REAL], ids=lambda p: p.name)
def test_baseline_no_two_findings_of_a_fixture_share_a_fingerprint(cluster: Path) -> None:
    report = check(cluster)
    assert not _distinct(list(report.findings))
    # Reordering the articles changes no fingerprint of a finding over the same claims.
    again = check(list(reversed(report.articles)), cluster=report.cluster)

    def by_claims(r: Report) -> dict[tuple[str, frozenset[str]], str]:
        return {(f.verdict, frozenset(f.claims)): f.fingerprint for f in r.findings}

    first, second = by_claims(report), by_claims(again)
    shared = first.keys() & second.keys()
    assert shared
    assert {k: first[k] for k in shared} == {k: second[k] for k in shared}


def test_baseline_no_two_findings_of_a_perturbation_pair_share_a_fingerprint() -> None:
    texts = perturb.seed_texts(SEED)
    pairs = perturb.generate(texts, n=60, seed=3, rounds=1)
    assert pairs
    for p in pairs:
        arts = [
            Article(id="original", source="original", published=p.published, text=p.original),
            Article(id="rewrite", source="rewrite", published=p.published, text=p.text),
        ]
        report = check(arts)
        assert not _distinct(list(report.findings)), (p.rule, p.edit)


@pytest.mark.parametrize(
    ("accepted", "new"),
    [
        (("The summit opened on Monday, officials said.", "The summit opened on Tuesday, officials said."),
         ("The dock strike began on Monday, the union said.", "The dock strike began on Tuesday, the union said.")),
        (("Police said 12 people died in the fire.", "Police said 14 people died in the fire."),
         ("Police said 12 people were arrested at the port.", "Police said 14 people were arrested at the port.")),
    ],
    ids=["dates", "counts"],
)  # fmt: skip
def test_baseline_accepting_one_conflict_never_silences_another_fact(
    tmp_path: Path, accepted: tuple[str, str], new: tuple[str, str]
) -> None:
    day = dt.date(2024, 6, 20)

    def arts(a: str, b: str) -> list[Article]:
        return [
            Article(id="ap", source="AP", published=day, text=a),
            Article(id="bbc", source="BBC", published=day, text=b),
        ]

    first = check(arts(*accepted))
    assert first.conflicts
    base = tmp_path / "accepted.json"
    base.write_text(dump_baseline(first.conflicts), encoding="utf-8")
    assert check(arts(*accepted), Config(baseline=str(base))).ok
    later = check(arts(*new), Config(baseline=str(base)))
    assert later.conflicts and not any(f.baselined for f in later.conflicts)
    assert not later.ok


def test_baseline_cli_counts_every_finding_it_accepts(seed_dir: Path, tmp_path: Path) -> None:
    base = tmp_path / "accepted.json"
    made = runner.invoke(app, ["baseline", str(seed_dir), "--out", str(base)])
    n = len([f for f in check(seed_dir).findings if f.severity != "none"])
    assert f"accepted {n} finding(s)" in made.stderr
    assert len(load_baseline(base)) == n
