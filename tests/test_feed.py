"""`factcheck cluster`: a feed of many events grouped into one cluster folder per event."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import Article
from factcheck import feed as feed_module
from factcheck.cli import app
from factcheck.feed import cluster_feed, group, signature
from factcheck.load import load_cluster
from factcheck.pipeline import prepare

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "fixtures" / "real"
EVENTS = ("titan-submersible-2023", "morocco-earthquake-2023")


def _feed(tmp_path: Path) -> tuple[Path, dict[str, str], set[str]]:
    """A feed folder of two real events' files (members and decoys); file -> event; decoys."""
    folder = tmp_path / "feed"
    folder.mkdir()
    event_of: dict[str, str] = {}
    decoys: set[str] = set()
    meta: dict[str, object] = {}
    for event in EVENTS:
        gold = json.loads((REAL / event / "gold.json").read_text(encoding="utf-8"))
        entries = json.loads((REAL / event / "meta.json").read_text(encoding="utf-8"))["articles"]
        for src in sorted((REAL / event).glob("*.txt")):
            name = f"{event[:5]}-{src.name}"
            (folder / name).write_bytes(src.read_bytes())
            meta[name] = entries.get(src.name, {})
            event_of[name] = event
            if src.name in gold.get("decoy_files", []):
                decoys.add(name)
    (folder / "meta.json").write_text(json.dumps({"articles": meta}), encoding="utf-8")
    return folder, event_of, decoys


def test_feed_two_events_never_share_a_cluster_and_every_article_lands_once(
    tmp_path: Path,
) -> None:
    folder, event_of, decoys = _feed(tmp_path)
    articles = load_cluster([folder]).articles
    result = cluster_feed(articles)
    placed = [a.id for _, arts in result.clusters for a in arts] + [
        a.id for a, _ in result.outliers
    ]
    assert sorted(placed) == sorted(a.id for a in articles)
    for _, arts in result.clusters:
        members = {event_of[a.id] for a in arts if a.id not in decoys}
        assert len(members) <= 1, f"one cluster mixes {members}"
    # most members of each event end up together
    for event in EVENTS:
        members = [n for n, e in event_of.items() if e == event and n not in decoys]
        best = max(sum(a.id in members for a in arts) for _, arts in result.clusters)
        assert best >= 0.75 * len(members), event


def test_feed_cli_writes_cluster_folders_that_batch_reads(tmp_path: Path) -> None:
    folder, _, _ = _feed(tmp_path)
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(app, ["cluster", str(folder), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "cluster(s) under" in result.stdout
    summary = json.loads((out / "clusters.json").read_text(encoding="utf-8"))
    assert set(summary) == {"clusters", "outliers", "skipped"}
    folders = sorted(p for p in (out / "clusters").iterdir() if p.is_dir())
    assert len(folders) == len(summary["clusters"]) >= 2
    meta = json.loads((folders[0] / "meta.json").read_text(encoding="utf-8"))
    assert set(meta["articles"]) == set(summary["clusters"][folders[0].name])
    assert all("language" in entry for entry in meta["articles"].values())
    batch = runner.invoke(
        app, ["batch", str(out / "clusters"), "--out", str(tmp_path / "b"), "--workers", "1"]
    )
    assert batch.exit_code in (0, 1), batch.output
    results = (tmp_path / "b" / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(results) == len(folders)


def test_feed_bad_input_is_accounted_for(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "The Titan submersible imploded near the Titanic, OceanGate said."},
        {"id": "a", "text": "A duplicate id."},
        {"id": "b"},
        "not json",
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["cluster", str(feed), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "clusters.json").read_text(encoding="utf-8"))
    reasons = " | ".join(s["reason"] for s in summary["skipped"])
    assert len(summary["skipped"]) == 3, reasons
    assert "missing 'text'" in reasons and "malformed JSON" in reasons
    # one usable article: an outlier, never lost
    assert [o["article"] for o in summary["outliers"]] == ["a"]
    assert (out / "outliers" / "meta.json").exists()


def test_feed_empty_is_a_clear_error(tmp_path: Path) -> None:
    feed = tmp_path / "empty.jsonl"
    feed.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["cluster", str(feed), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "no usable article" in result.output and "FC100" in result.output


def test_feed_undated_articles_never_chain_two_occasions() -> None:
    day = dt.date(2023, 9, 9)
    text = "Quake near Marrakech and Taroudant in Al Haouz; Amizmiz and Ouarzazate hit."
    old = Article(id="old", source="A", published=dt.date(2004, 2, 24), text=text)
    new = Article(id="new", source="B", published=day, text=text)
    undated = Article(id="undated", source="C", text=text)
    groups = group([signature(a, feed_module.Config()) for a in (old, new, undated)])
    assert [0] in groups or [1] in groups  # the 2004 and 2023 articles stay apart


def test_feed_an_undated_article_recalling_an_older_day_joins_a_later_day_does_not() -> None:
    # "a $15 donation on January 20, 2021" is background in a report of the July shooting;
    # an undated report naming a day two months on is about another occasion.
    day = dt.date(2024, 7, 14)
    names = "Trump, Crooks and the Secret Service at the Butler rally in Pennsylvania."
    dated = [
        Article(id=f"d{i}", source=f"S{i}", published=day, text=f"Shots at the rally. {names}")
        for i in range(2)
    ]
    background = Article(
        id="background", source="B",
        text=f"{names} He gave $15 to a group on January 20, 2021.",
    )  # fmt: skip
    later = Article(
        id="later", source="L",
        text=f"{names} Another attempt was reported on September 15, 2024, at a golf club.",
    )  # fmt: skip
    arts = [*dated, background, later]
    groups = group([signature(a, feed_module.Config()) for a in arts])
    assert [0, 1, 2] in groups
    assert all(3 not in g or g == [3] for g in groups)


def test_feed_candidates_grow_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = feed_module._link

    def counting(a: feed_module.FeedArticle, b: feed_module.FeedArticle) -> float:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(feed_module, "_link", counting)

    def items(n: int) -> list[feed_module.FeedArticle]:
        # n articles about n // 5 events, each event with its own names
        out = []
        for i in range(n):
            e = i // 5
            names = {f"event{e}name{k}": 2.0 for k in range(10)}
            art = Article(id=f"a{i}", source="S", text="x")
            out.append(feed_module.FeedArticle(art, names, {}, None, prepare(art), ()))
        return out

    groups = group(items(200))
    assert len(groups) == 40 and all(len(g) == 5 for g in groups)
    small = calls
    calls = 0
    group(items(800))
    assert calls <= 5 * small  # four times the feed, about four times the comparisons


def test_feed_same_clusters_with_worker_processes(tmp_path: Path) -> None:
    folder, _, _ = _feed(tmp_path)
    runner = CliRunner()
    outs = []
    for n in ("1", "2"):
        out = tmp_path / f"out{n}"
        args = ["cluster", str(folder), "--out", str(out), "--workers", n, "--no-progress"]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        outs.append((out / "clusters.json").read_text(encoding="utf-8"))
    assert outs[0] == outs[1]
