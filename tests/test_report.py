"""Renderers (text, JSON, Markdown, JUnit, SARIF, HTML), the JSON Schema and docs/reports.md."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from factcheck import (
    Article,
    CountClaim,
    CountValue,
    Finding,
    NameClaim,
    NameValue,
    QuoteClaim,
    QuoteValue,
    Report,
    Span,
    Summary,
)
from factcheck.report import MANY_RENDERERS, RENDERERS, render_many
from factcheck.report._view import ReportView
from factcheck.report.html import render_html
from factcheck.report.junit import render_junit
from factcheck.report.markdown import escape, render_markdown, render_markdown_many
from factcheck.report.sarif import render_sarif
from factcheck.schema import DOC, published_schema, report_schema
from tests.conftest import ROOT

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
PWN = "<script>window.__pwned = 1</script>"
HOSTILE_QUOTE = f"“{SCRIPT} &amp; {IMG}”"


def _span(text: str, needle: str, *, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return Span(start=start, end=start + len(needle), text=needle)


def sample_report(*, baseline_warning: bool = True) -> Report:
    """A hand-built cluster whose article text, sources, paths and messages carry markup.

    Two outlets; a count conflict, an altered quote made of markup, a baselined name variant,
    an unconfirmed count and an agreement. Line endings mix \\r\\n and \\n, and an emoji (one
    code point, two UTF-16 units) precedes a span on its line.
    """
    a_text = (
        "Navigation | Home\r\n"
        f"Officials said {SCRIPT} 12 deals &amp; more were signed. {IMG}\r\n"
        f"Minister Lam said {HOSTILE_QUOTE} on Friday.\n"
        "😀 Zarubezhneft joined; 3 ministers flew in. Mr Lam spoke.\n"
    )
    b_text = (
        f"Reports: 14 deals {PWN} were signed &amp; sealed.\n"
        "Lam said “alert(1) &amp; nothing else” later.\n"
        "Zarbezhneft joined. Mr Lam spoke.\n"
    )
    a = Article(id="a.txt", source=f"<b>Outlet A</b> & Co {SCRIPT}", text=a_text,
                path="in/a <x>&amp;.txt")  # fmt: skip
    b = Article(id="b.txt", source="Outlet B", text=b_text, path="in/b.txt")
    claims = (
        CountClaim(id="a#count", article="a.txt", span=_span(a_text, "12 deals"),
                   value=CountValue(low=12, high=12, unit="deal")),
        QuoteClaim(id="a#quote", article="a.txt", span=_span(a_text, HOSTILE_QUOTE),
                   value=QuoteValue(speaker=IMG, text=f"{SCRIPT} & {IMG}")),
        NameClaim(id="a#name", article="a.txt", span=_span(a_text, "Zarubezhneft"),
                  value=NameValue(name="Zarubezhneft", entity_type="org")),
        CountClaim(id="a#ministers", article="a.txt", span=_span(a_text, "3 ministers"),
                   value=CountValue(low=3, high=3, unit="minister")),
        NameClaim(id="a#lam", article="a.txt", span=_span(a_text, "Lam", occurrence=1),
                  value=NameValue(name="Lam", entity_type="person")),
        CountClaim(id="b#count", article="b.txt", span=_span(b_text, "14 deals"),
                   value=CountValue(low=14, high=14, unit="deal")),
        QuoteClaim(id="b#quote", article="b.txt", span=_span(b_text, "“alert(1) &amp; nothing else”"),
                   value=QuoteValue(speaker="Lam", text="alert(1) & nothing else")),
        NameClaim(id="b#name", article="b.txt", span=_span(b_text, "Zarbezhneft"),
                  value=NameValue(name="Zarbezhneft", entity_type="org")),
        NameClaim(id="b#lam", article="b.txt", span=_span(b_text, "Lam", occurrence=1),
                  value=NameValue(name="Lam", entity_type="person")),
    )  # fmt: skip
    findings = (
        Finding(id="F001", fingerprint="fp-count", kind="count", verdict="conflict",
                severity="error", subject=f"number of <i>deals</i> {SCRIPT}",
                message=f"“14 deals” [Outlet B] contradicts “12 deals” [<b>Outlet A</b> {IMG}].",
                claims=("a#count", "b#count"), reference=("a#count",), other=("b#count",),
                articles=("a.txt", "b.txt")),
        Finding(id="F002", fingerprint="fp-quote", kind="quote", verdict="conflict",
                severity="error", subject="quote by Lam",
                message=f"The quote differs: {HOSTILE_QUOTE} vs “alert(1) &amp; nothing else”.",
                claims=("a#quote", "b#quote"), reference=("a#quote",), other=("b#quote",),
                articles=("a.txt", "b.txt")),
        Finding(id="F003", fingerprint="fp-name", kind="name", verdict="variant",
                severity="warning", subject="name of Zarubezhneft",
                message="“Zarbezhneft” looks like a misspelling of “Zarubezhneft”.",
                claims=("a#name", "b#name"), reference=("a#name",), other=("b#name",),
                articles=("a.txt", "b.txt"), baselined=baseline_warning),
        Finding(id="F004", fingerprint="fp-ministers", kind="count", verdict="single",
                severity="info", subject="number of ministers",
                message="Only <b>Outlet A</b> states “3 ministers”; no other source confirms it.",
                claims=("a#ministers",), reference=("a#ministers",), articles=("a.txt",),
                within_article=True),
        Finding(id="F005", fingerprint="fp-lam", kind="name", verdict="agree", severity="none",
                subject="Lam", message="2 sources agree on the name Lam.",
                claims=("a#lam", "b#lam"), reference=("a#lam", "b#lam"),
                articles=("a.txt", "b.txt")),
    )  # fmt: skip
    by_verdict = {"agree": 1, "conflict": 2, "single": 1, "variant": 1}
    by_severity = {"error": 2, "info": 1, "none": 1, "warning": 1}
    summary = Summary(articles=2, claims=len(claims), findings=len(findings), by_verdict=by_verdict,
                      by_severity=by_severity, failing=2, fail_on="error",
                      stale_baseline=("fp-gone",))  # fmt: skip
    return Report(cluster=f"hostile {SCRIPT}", articles=(a, b), claims=claims, findings=findings,
                  summary=summary)  # fmt: skip


def clean_report() -> Report:
    """A cluster whose only finding is an agreement: nothing fails."""
    text = "Officials said 12 deals were signed.\n"
    claims = tuple(
        CountClaim(id=f"{aid}#c", article=aid, span=_span(text, "12 deals"),
                   value=CountValue(low=12, high=12, unit="deal"))
        for aid in ("x.txt", "y.txt")
    )  # fmt: skip
    finding = Finding(id="F001", fingerprint="fp-agree", kind="count", verdict="agree",
                      severity="none", subject="number of deals", message="2 sources agree.",
                      claims=("x.txt#c", "y.txt#c"), reference=("x.txt#c", "y.txt#c"),
                      articles=("x.txt", "y.txt"))  # fmt: skip
    summary = Summary(articles=2, claims=2, findings=1, by_verdict={"agree": 1},
                      by_severity={"none": 1}, failing=0, fail_on="error")  # fmt: skip
    return Report(cluster="clean", articles=tuple(Article(id=i, text=text) for i in ("x.txt", "y.txt")),
                  claims=claims, findings=(finding,), summary=summary)  # fmt: skip


class _Elements(HTMLParser):
    """Start tags, attributes and text of an HTML document, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse_html(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser


def _markdown_to_html(markdown: str) -> str:
    # CommonMark with raw HTML allowed (the most permissive renderer) plus GFM tables.
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)


# Registry


def test_report_renderers_registry_lists_every_format_in_order() -> None:
    assert list(RENDERERS) == ["text", "json", "markdown", "junit", "sarif", "html"]
    assert list(MANY_RENDERERS) == ["text", "markdown", "junit", "sarif", "html"]


@pytest.mark.parametrize("fmt", list(RENDERERS))
def test_report_renderers_are_deterministic_views(fmt: str) -> None:
    report = sample_report()
    first = RENDERERS[fmt](report)
    assert first == RENDERERS[fmt](Report.from_json(report.to_json()))
    assert first.endswith("\n")


@pytest.mark.parametrize("fmt", ["markdown", "junit", "sarif", "html", "text"])
def test_report_render_many_consumes_an_iterator_once(fmt: str) -> None:
    consumed: list[str] = []

    def reports() -> Iterator[Report]:
        for r in (sample_report(), clean_report()):
            consumed.append(r.cluster)
            yield r

    out = render_many(fmt, reports())
    assert consumed == [f"hostile {SCRIPT}", "clean"]
    assert "fp-count" in out or "14 deals" in out


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_report_render_many_rejects_formats_without_a_combined_form(fmt: str) -> None:
    with pytest.raises(ValueError, match="choose one of"):
        render_many(fmt, [clean_report()])


# Locations and context windows


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("abc 12 deals", "12 deals", (1, 5, 1, 13)),
        ("x\ny\n  12 deals", "12 deals", (3, 3, 3, 11)),
        ("x\r\ny\r\n12 deals", "12 deals", (3, 1, 3, 9)),
        ("x\ry\r12 deals", "12 deals", (3, 1, 3, 9)),
        ("😀 12 deals", "12 deals", (1, 3, 1, 11)),
        ("say “a\nb” now", "“a\nb”", (1, 5, 2, 3)),
    ],
    ids=["first-line", "lf", "crlf", "cr", "emoji-code-point", "multi-line"],
)
def test_report_view_locates_spans_in_lines_and_code_point_columns(
    text: str, needle: str, expected: tuple[int, int, int, int]
) -> None:
    art = Article(id="t.txt", text=text)
    claim = CountClaim(id="c", article="t.txt", span=_span(text, needle),
                       value=CountValue(low=1, high=1, unit="x"))  # fmt: skip
    summary = Summary(articles=1, claims=1, findings=0, by_verdict={}, by_severity={}, failing=0,
                      fail_on="error")  # fmt: skip
    view = ReportView(Report(articles=(art,), claims=(claim,), findings=(), summary=summary))
    loc = view.locate(claim)
    assert (loc.line, loc.column, loc.end_line, loc.end_column) == expected
    assert str(loc) == f"t.txt:{expected[0]}:{expected[1]}"


def test_report_view_context_window_stays_in_the_paragraph_and_marks_cuts() -> None:
    report = sample_report()
    view = ReportView(report, window=20)
    ev = view.evidence("a#count")
    assert ev is not None
    assert ev.text == "12 deals"
    assert ev.before.startswith("…") and ev.after.endswith("…")
    assert "Navigation" not in ev.before  # the previous line is another paragraph
    whole = ReportView(report, window=500).evidence("a#count")
    assert whole is not None and whole.before.startswith("Officials") and whole.after.endswith(IMG)


# JSON and its schema


def test_report_json_schema_published_in_docs_is_the_generated_one() -> None:
    assert published_schema(DOC.read_text(encoding="utf-8")) == report_schema(), (
        "docs/json-schema.md is stale: run python -m factcheck.schema --update"
    )


@pytest.mark.parametrize("which", ["seed", "sample", "clean"])
def test_report_json_validates_against_the_schema_and_round_trips(
    which: str, seed_report: Report
) -> None:
    report = {"seed": seed_report, "sample": sample_report(), "clean": clean_report()}[which]
    document = json.loads(RENDERERS["json"](report))
    jsonschema.validate(document, report_schema())
    assert Report.from_json(json.dumps(document)) == report


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d.update(schema_version="2"),
        lambda d: d.pop("summary"),
        lambda d: d["claims"][0].pop("span"),
        lambda d: d["claims"][0].update(kind="weight"),
        lambda d: d["findings"][0].update(verdict="maybe"),
        lambda d: d["findings"][0].update(surprise=True),
    ],
    ids=["other-version", "no-summary", "claim-without-span", "unknown-kind", "unknown-verdict",
         "unknown-key"],
)  # fmt: skip
def test_report_json_schema_rejects_documents_outside_the_contract(breakage: object) -> None:
    document = json.loads(sample_report().to_json())
    breakage(document)  # type: ignore[operator]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, report_schema())


# Markdown


def test_report_markdown_article_markup_renders_as_inert_text() -> None:
    markdown = render_markdown(sample_report())
    html = _markdown_to_html(markdown)
    parsed = _parse_html(html)
    tags = {tag for tag, _ in parsed.tags}
    assert not tags & {"script", "img", "a", "i"}
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    text = "".join(parsed.text)
    assert SCRIPT in text and IMG in text and PWN in text
    assert "&amp; more were signed" in text  # the entity as written, not decoded to "&"
    assert "<b>Outlet A</b> & Co" in text


def test_report_markdown_shows_both_sides_in_context_with_locations() -> None:
    markdown = render_markdown(sample_report())
    parsed = _parse_html(_markdown_to_html(markdown))
    assert ("h3", {}) in parsed.tags and "table" in {t for t, _ in parsed.tags}
    assert "in/a &lt;x&gt;&amp;amp;.txt:2:42" in markdown  # hostile path escaped, line:column
    assert "in/b.txt:1:10" in markdown
    assert "**12 deals**" in markdown and "**14 deals**" in markdown
    assert markdown.index("Errors (conflicts)") < markdown.index("Warnings (variants)")
    assert "(baselined)" in markdown and "stale baseline entry `fp-gone`" in markdown


def test_report_markdown_many_has_a_cluster_table_and_a_section_each() -> None:
    markdown = render_markdown_many([sample_report(), clean_report()])
    assert markdown.startswith("# factcheck batch report\n")
    assert "2 clusters (1 failing, 1 ok) · 4 articles" in markdown
    assert "| clean | OK | 2 | 2 | 1 | 0 |" in markdown
    assert "## factcheck: clean" in markdown and "#### F001" in markdown


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("\\`*_[]|~<>&#-+=.!()1 \t\n"), min_size=1))  # fmt: skip
def test_report_markdown_escape_renders_back_to_the_same_text(text: str) -> None:
    expected = " ".join(text.split())
    rendered = _markdown_to_html(escape(text))
    parsed = _parse_html(rendered)
    assert not [tag for tag, _ in parsed.tags if tag != "p"]
    assert "".join(parsed.text).strip() == expected


# JUnit


def test_report_junit_has_a_testcase_per_cluster_and_a_failure_per_failing_finding() -> None:
    report = sample_report()
    root = ET.fromstring(render_many("junit", [report, clean_report()]))
    suites = root.findall("testsuite")
    assert len(suites) == 1
    suite = suites[0]
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    hostile, clean = suite.findall("testcase")
    assert hostile.get("name") == f"hostile {SCRIPT}" and clean.get("name") == "clean"
    failures = hostile.findall("failure")
    assert [f.get("message") for f in failures] == [f.message for f in report.failing]
    assert [f.get("type") for f in failures] == ["count/conflict", "quote/conflict"]
    body = failures[0].text or ""
    assert "in/a <x>&amp;.txt:2:42 “12 deals”" in body  # reference side
    assert "in/b.txt:1:10 “14 deals”" in body  # other side
    assert "fp-count" in body
    assert clean.findall("failure") == []
    assert "baselined F003 fp-name" in (hostile.findtext("system-out") or "")


def test_report_junit_replaces_characters_xml_cannot_carry() -> None:
    report = sample_report()
    art = report.articles[1]
    bad = art.model_copy(update={"text": art.text.replace("Reports", "Rep\x0borts\x1b")})
    xml = render_junit(report.model_copy(update={"articles": (report.articles[0], bad)}))
    ET.fromstring(xml)  # well-formed
    assert "\x0b" not in xml and "\x1b" not in xml


# SARIF


def test_report_sarif_results_regions_and_related_locations() -> None:
    report = sample_report()
    log = json.loads(render_sarif(report))
    assert log["version"] == "2.1.0" and "$schema" in log
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    assert [r["ruleId"] for r in results] == [
        "count/conflict", "quote/conflict", "name/variant", "count/single",
    ]  # fmt: skip
    assert [r["level"] for r in results] == ["error", "error", "warning", "note"]
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert all(rule_ids[r["ruleIndex"]] == r["ruleId"] for r in results)
    texts = {a.path: a.text for a in report.articles}
    uris = {"in/a%20%3Cx%3E%26amp%3B.txt": "in/a <x>&amp;.txt", "in/b.txt": "in/b.txt"}
    for r, finding in zip(results, report.findings, strict=False):
        assert r["message"]["text"] == finding.message
        assert r["partialFingerprints"]["factcheck/v1"] == finding.fingerprint
        locations = [r["locations"][0]] + r.get("relatedLocations", [])
        assert len(locations) == len(finding.claims)
        for loc in locations:
            phys = loc["physicalLocation"]
            text = texts[uris[phys["artifactLocation"]["uri"]]]
            region = phys["region"]
            lines = re.split(r"\r\n|\r|\n", text)
            line = lines[region["startLine"] - 1]
            assert region["startLine"] == region["endLine"]
            assert (
                line[region["startColumn"] - 1 : region["endColumn"] - 1]
                == region["snippet"]["text"]
            )
            start = region["charOffset"]
            assert text[start : start + region["charLength"]] == region["snippet"]["text"]
    # The deviating claim is the primary location; the reference one is related.
    assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "in/b.txt"
    assert results[0]["relatedLocations"][0]["message"]["text"].startswith("reference: “12 deals”")
    assert "suppressions" in results[2] and "suppressions" not in results[0]


def test_report_sarif_emoji_column_counts_code_points() -> None:
    log = json.loads(render_sarif(sample_report()))
    variant = log["runs"][0]["results"][2]
    related = variant["relatedLocations"][0]["physicalLocation"]["region"]
    assert (related["startLine"], related["startColumn"], related["endColumn"]) == (4, 3, 15)


# HTML


def test_report_html_article_markup_is_escaped() -> None:
    html = render_html(sample_report())
    parsed = _parse_html(html)
    scripts = [attrs for tag, attrs in parsed.tags if tag == "script"]
    assert len(scripts) == 1  # the report's own filter script
    assert not [tag for tag, _ in parsed.tags if tag in {"img", "i", "b", "iframe", "object"}]
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    text = "".join(parsed.text)
    assert SCRIPT in text and IMG in text and PWN in text
    assert "&amp; more were signed" in text  # shown literally: `&amp;` in the source is `&amp;amp;`
    assert "&amp;amp; more were signed" in html


def test_report_html_is_self_contained_and_highlights_both_sides() -> None:
    html = render_html(sample_report())
    parsed = _parse_html(html)
    assert not [a for t, a in parsed.tags if t in {"link", "iframe", "img", "object", "embed"}]
    refs = [v for _, attrs in parsed.tags for k, v in attrs.items() if k in {"src", "href"}]
    assert all(v is not None and v.startswith("#") for v in refs)
    csp = next(a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv"))
    assert csp is not None
    policy = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["script-src"].startswith("'sha256-")  # only the report's own script runs
    count_row = re.search(r'<tr class="finding[^>]*data-fingerprint="fp-count".*?</tr>', html, re.S)
    assert count_row is not None
    assert "<mark>12 deals</mark>" in count_row.group(0)
    assert "<mark>14 deals</mark>" in count_row.group(0)
    rows = re.findall(r'<tr class="finding[^"]*" id="[^"]*" data-kind="(\w+)" data-verdict="(\w+)"'
                      r' data-severity="(\w+)"', html)  # fmt: skip
    assert rows == [(f.kind, f.verdict, f.severity) for f in sample_report().findings]


def test_report_html_many_links_each_cluster_section() -> None:
    html = render_many("html", [sample_report(), clean_report()])
    assert html.count('<section class="cluster ') == 2
    assert 'href="#cluster-1"' in html and 'href="#cluster-2"' in html
    assert 'data-count="clusters">2<' in html and 'data-count="findings">6<' in html


@pytest.mark.parametrize("fmt", ["html", "markdown", "sarif", "text"])
def test_report_render_many_min_severity_leaves_out_lesser_findings(fmt: str) -> None:
    everything = render_many(fmt, [sample_report()], min_severity="none")
    serious = render_many(fmt, [sample_report()], min_severity="warning")
    assert "14 deals" in serious and "Zarbezhneft" in serious  # error and warning kept
    assert "number of ministers" in everything  # the info finding
    assert "number of ministers" not in serious


def test_report_html_min_severity_says_what_it_left_out() -> None:
    html = render_many("html", [sample_report()], min_severity="warning")
    assert html.count('<tr class="finding') == 3
    assert "(2 below warning left out of this file)" in html
    assert (
        'name="severity" value="info"' not in html
        and 'name="severity" value="warning" checked' in html
    )


# docs/reports.md and docs/json-schema.md run as written


def _python_blocks(page: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.S)


@pytest.mark.parametrize("page", ["reports.md", "json-schema.md"])
def test_report_docs_examples_run(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _python_blocks(ROOT / "docs" / page)
    assert blocks, f"docs/{page} has no Python example"
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs_{page.replace('.', '_').replace('-', '_')}"}
    for i, block in enumerate(blocks):
        exec(compile(block, f"docs/{page} example {i + 1}", "exec"), namespace)
    assert os.getcwd() == str(ROOT)
