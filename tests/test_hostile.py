"""Hostile input: adversarial texts finish in linear time, and article markup stays inert.

The time checks are hang guards, not performance assertions: a linear scan of these inputs
takes well under a second, while a pattern with catastrophic backtracking (or a quadratic
loop) takes minutes. The budget is generous so a loaded machine never trips it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck import Article, Config, Report, check, extract
from factcheck.config import ALL_KINDS
from factcheck.report import RENDERERS

GUARD_SECONDS = 5.0
"""Budget for one extractor (or one whole check) on one adversarial input."""

HOSTILE: dict[str, str] = {
    "digits-100k": "1" * 100_000,
    "commas-100k": "," * 100_000,
    "digits-and-commas": "1," * 50_000,
    "digits-and-spaces": "1 " * 50_000,
    "digits-and-points": "1." * 50_000,
    "capitalised-words-20k": " ".join(["Minister"] * 20_000),
    "capitalised-hyphenated": "-".join(["Word"] * 20_000),
    "straight-quotes-10k": '"' * 10_000,
    "curly-quotes-10k": "“" * 5_000 + "”" * 5_000,
    "guillemets-10k": "«" * 10_000,
    "quoted-words-10k": '"a ' * 10_000,
    "nested-parentheses": "(" * 5_000 + "12 deals" + ")" * 5_000,
    "nested-brackets-mixed": "([{" * 3_000 + "$5bn" + "}])" * 3_000,
    "money-signs": "$1," * 30_000,
    "percent-signs": "1%" * 30_000,
    "initials-20k": "A. " * 20_000,
    "sentences-10k": "Word. " * 10_000,
    "numbered-sentences": "He signed 12 deals. " * 5_000,
}
"""Adversarial article texts, each of them one line."""

EXTRACT_CASES = [
    pytest.param(name, kind, id=f"{name}-{kind}") for name in HOSTILE for kind in ALL_KINDS
]
CHECK_CASES = list(HOSTILE)


def assert_spans_index(article: Article, claims: list) -> None:  # type: ignore[type-arg]
    for c in claims:
        assert 0 <= c.span.start <= c.span.end <= len(article.text), (c.kind, c.span)
        assert article.text[c.span.start : c.span.end] == c.span.text, (c.kind, c.span)


@pytest.mark.parametrize(("name", "kind"), EXTRACT_CASES)
def test_hostile_extractor_finishes_within_guard(name: str, kind: str) -> None:
    article = Article(id="a", text=HOSTILE[name])
    start = time.perf_counter()
    claims = extract(article, Config(kinds=(kind,)))
    elapsed = time.perf_counter() - start
    assert elapsed < GUARD_SECONDS, f"{kind} on {name}: {elapsed:.1f}s"
    assert_spans_index(article, claims)


@pytest.mark.parametrize("name", CHECK_CASES)
def test_hostile_whole_check_finishes_within_guard(name: str) -> None:
    # Two sources with the same hostile text: alignment and comparison run too.
    articles = [Article(id="a", text=HOSTILE[name]), Article(id="b", text=HOSTILE[name])]
    start = time.perf_counter()
    report = check(articles)
    elapsed = time.perf_counter() - start
    assert elapsed < GUARD_SECONDS, f"check on {name}: {elapsed:.1f}s"
    for art in report.articles:
        assert_spans_index(art, [c for c in report.claims if c.article == art.id])
    assert Report.from_json(report.to_json()) == report


# Article markup in reports

SCRIPT = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'
HANDLER = "<b onmouseover=alert(2)>"
ENTITY = "&amp;"
MARKUP_ARTICLES = [
    Article(
        id="a.txt",
        source="Outlet <i>A</i>",
        text=f"Officials said {SCRIPT} at least 12 people died in the blast {IMG} {ENTITY} fire.\n"
        f'The minister said "{HANDLER}we will rebuild the bridge</b>" on Monday.',
    ),
    Article(
        id="b.txt",
        source="Outlet B",
        text=f"Officials said 9 people died in the blast {HANDLER} {ENTITY} fire.\n"
        'The minister said "we will rebuild the bridge" on Monday.',
    ),
]


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_hostile_markup_in_articles_renders_inert_in_markdown() -> None:
    from markdown_it import MarkdownIt

    report = check(MARKUP_ARTICLES, Config(fail_on="info"))
    assert report.findings, "the hostile articles still produce findings"
    assert "markdown" in RENDERERS
    markdown = RENDERERS["markdown"](report)
    # The most permissive CommonMark setting: raw HTML passes through unless escaped.
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    parsed = _Elements()
    parsed.feed(html)
    tags = {tag for tag, _ in parsed.tags}
    assert not tags & {"script", "img", "i", "b"}, tags
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    shown = "".join(parsed.text)
    for markup in (SCRIPT, IMG, HANDLER, "Outlet <i>A</i>", f"{ENTITY} fire"):
        assert markup in shown, markup  # shown as written: entities are not decoded either


def test_hostile_markup_is_kept_verbatim_in_json_and_text() -> None:
    report = check(MARKUP_ARTICLES, Config(fail_on="info"))
    data = json.loads(RENDERERS["json"](report))
    assert [a["text"] for a in data["articles"]] == [a.text for a in MARKUP_ARTICLES]
    for c in data["claims"]:
        text = next(a.text for a in MARKUP_ARTICLES if a.id == c["article"])
        assert text[c["span"]["start"] : c["span"]["end"]] == c["span"]["text"]
    assert Report.from_json(RENDERERS["json"](report)) == report
    assert "Outlet <i>A</i>" in RENDERERS["text"](report)


# Unicode edge cases: nothing crashes, spans index the original text, values are right.

PUBLISHED = dt.date(2024, 6, 20)
QUOTE = "developing a reliable security architecture"
UNICODE_TEXTS: dict[str, str] = {
    "nbsp-after-currency": "The fund paid £\u00a014,276 to the council.",
    "space-after-currency": "The fund paid £ 14,276 to the council.",
    "zero-width-after-currency": "The fund paid £\u200b14,276 to the council.",
    "nbsp-thousands": "Police counted 12\u00a0000 people at the march.",
    "narrow-nbsp-thousands": "Police counted 12\u202f000 people at the march.",
    "thin-space-thousands": "Police counted 12\u2009000 people at the march.",
    "zero-width-thousands": "Police counted 12\u200b000 people at the march.",
    "word-joiner-thousands": "Police counted 12\u2060000 people at the march.",
    "soft-hyphen-thousands": "Police counted 12\u00ad000 people at the march.",
    "zero-width-in-digits": "Police said 1\u200b2 people were arrested.",
    "nbsp-before-percent": "Turnout was 45\u00a0% in the north.",
    "thin-space-percent": "The budget rose by 5\u2009% in May.",
    "nbsp-per-cent": "Turnout was 45\u00a0per cent in the north.",
    "nbsp-billion": "The deal is worth $3.6\u00a0billion, officials said.",
    "nbsp-after-us-dollar": "The deal is worth US$\u00a03.6bn, officials said.",
    "nbsp-in-date": "Officials said at least 12\u00a0people died on 20\u00a0June 2024.",
    "fullwidth-count": "Police said ４５ people were arrested.",
    "fullwidth-percent": "Turnout was ４５% in the north.",
    "fullwidth-money": "The fund paid ￡１４，２７６ to the council.",
    "fullwidth-date": "Police said 12 people were arrested on ２０２４-０６-１９.",
    "composed-diacritics": "Vietnamese President Tô Lâm met 12 ministers.",
    "decomposed-diacritics": "Vietnamese President To\u0302 La\u0302m met 12 ministers.",
    "decomposed-name": "Nguye\u0302\u0303n Phu\u0301 Tro\u0323ng met 12 ministers.",
    "stacked-combining-marks": "e\u0301" * 50 + " said 12 deals were signed.\u0301\u0301\u0301",
    "byte-order-mark": "\ufeffOfficials said 12 people died.",
    "arabic-then-english": "قال المتحدث إن 12 شخصا قتلوا. Officials said 12 people died.",
    "right-to-left-override": "\u202eOfficials said 12 people died.\u202c",
    "hebrew-around-percent": "שלום 45% עולם",
    "straight-quotes": f'Putin said the two share an interest in "{QUOTE}" in Asia.',
    "curly-quotes": f"Putin said the two share an interest in “{QUOTE}” in Asia.",
    "guillemets": f"Putin said the two share an interest in «{QUOTE}» in Asia.",
    "single-guillemets": f"Putin said the two share an interest in ‹{QUOTE}› in Asia.",
    "low-high-quotes": f"Putin said the two share an interest in „{QUOTE}“ in Asia.",
    "unbalanced-open": f"Putin said the two share an interest in “{QUOTE} in Asia.",
    "unbalanced-close": f"Putin said the two share an interest in {QUOTE}” in Asia.",
    "unbalanced-straight": f'Putin said "the two share an interest in {QUOTE} in Asia.',
    "only-quote-marks": '"""""" 12 deals """ “ ” « » „',
}
"""Texts with Unicode that news text carries: odd spaces, fullwidth forms, marks, scripts."""

# (text name, kind, span text, expected value fields)
UNICODE_VALUES = [
    ("nbsp-after-currency", "money", "£\u00a014,276", {"low": 14276, "currency": "GBP"}),
    ("space-after-currency", "money", "£ 14,276", {"low": 14276, "currency": "GBP"}),
    ("nbsp-thousands", "count", "12\u00a0000 people", {"low": 12000, "unit": "person"}),
    ("narrow-nbsp-thousands", "count", "12\u202f000 people", {"low": 12000, "unit": "person"}),
    ("thin-space-thousands", "count", "12\u2009000 people", {"low": 12000, "unit": "person"}),
    ("nbsp-before-percent", "percent", "45\u00a0%", {"low": 45, "high": 45}),
    ("thin-space-percent", "percent", "5\u2009%", {"low": 5, "high": 5}),
    ("nbsp-per-cent", "percent", "45\u00a0per cent", {"low": 45, "high": 45}),
    ("nbsp-billion", "money", "$3.6\u00a0billion", {"low": 3.6e9, "currency": "USD"}),
    ("nbsp-after-us-dollar", "money", "US$\u00a03.6bn", {"low": 3.6e9, "currency": "USD"}),
    ("nbsp-in-date", "count", "at least 12\u00a0people", {"low": 12, "high": None}),
    ("nbsp-in-date", "date", "20\u00a0June 2024", {"start": PUBLISHED, "granularity": "day"}),
    ("fullwidth-count", "count", "４５ people", {"low": 45, "unit": "person"}),
    ("fullwidth-percent", "percent", "４５%", {"low": 45, "high": 45}),
    (
        "composed-diacritics",
        "name",
        "Vietnamese President Tô Lâm",
        {"name": "Tô Lâm", "canonical": "to lam", "entity_type": "person"},
    ),
    ("stacked-combining-marks", "count", "12 deals", {"low": 12, "unit": "deal"}),
    ("byte-order-mark", "count", "12 people", {"low": 12, "unit": "person"}),
    ("arabic-then-english", "count", "12 people", {"low": 12, "unit": "person"}),
    ("right-to-left-override", "count", "12 people", {"low": 12, "unit": "person"}),
    ("hebrew-around-percent", "percent", "45%", {"low": 45, "high": 45}),
    ("straight-quotes", "quote", QUOTE, {"speaker": "Putin", "text": QUOTE}),
    ("curly-quotes", "quote", QUOTE, {"speaker": "Putin", "text": QUOTE}),
    ("guillemets", "quote", QUOTE, {"speaker": "Putin", "text": QUOTE}),
    ("single-guillemets", "quote", QUOTE, {"speaker": "Putin", "text": QUOTE}),
    ("low-high-quotes", "quote", QUOTE, {"speaker": "Putin", "text": QUOTE}),
    ("only-quote-marks", "count", "12 deals", {"low": 12, "unit": "deal"}),
]


@pytest.mark.parametrize("name", list(UNICODE_TEXTS))
def test_hostile_unicode_text_never_crashes_and_spans_index_original(name: str) -> None:
    articles = [
        Article(id="a", text=UNICODE_TEXTS[name], published=PUBLISHED),
        Article(id="b", text=UNICODE_TEXTS[name] + " Officials said 14 people died."),
    ]
    report = check(articles)
    for art in report.articles:
        assert_spans_index(art, [c for c in report.claims if c.article == art.id])
    assert Report.from_json(report.to_json()) == report


@pytest.mark.parametrize(
    ("name", "kind", "span", "value"),
    [pytest.param(*case, id=f"{case[0]}-{case[1]}") for case in UNICODE_VALUES],
)
def test_hostile_unicode_values_are_read_right(
    name: str, kind: str, span: str, value: dict[str, object]
) -> None:
    article = Article(id="a", text=UNICODE_TEXTS[name], published=PUBLISHED)
    claims = [c for c in extract(article) if c.kind == kind]
    assert [c.span.text for c in claims] == [span], (name, kind)
    got = claims[0].value.model_dump()
    assert {k: got[k] for k in value} == value, (name, kind, got)


@pytest.mark.parametrize("name", ["unbalanced-open", "unbalanced-close", "unbalanced-straight"])
def test_hostile_unbalanced_quote_mark_makes_no_quote_claim(name: str) -> None:
    # Without its other mark the quotation's extent is unknown: guessing it would invent words.
    article = Article(id="a", text=UNICODE_TEXTS[name])
    claims = extract(article)
    assert [c for c in claims if c.kind == "quote"] == []
    assert "Putin" in [c.span.text for c in claims if c.kind == "name"]


# The bad-input matrix: every case ends in a documented outcome, never a traceback or a hang.
# docs/limits.md lists the same cases with the same outcomes (checked below).

GOOD = "Officials said 12 people died in the blast on Monday."
GOOD_B = "Officials said 14 people died in the blast on Monday."
RELATIVE = (
    "The summit opened on Wednesday; talks began two weeks ago, resume tomorrow and end next year."
)


@dataclasses.dataclass(frozen=True)
class BadInput:
    """One hostile input, what it is, and the documented outcome.

    Outcomes: `read` (checked like any article), `ignored` (not an article, no skip),
    `skip FCxxx` (left out and listed, the rest checked), `error FCxxx` (exit 2, one line on
    standard error), `cluster error FCxxx` (a batch results line with that error; the batch
    goes on), `cluster skip FCxxx` (a batch cluster lists that skip).
    """

    id: str
    input: str
    outcome: str
    build: Callable[[Path], list[str]]


def _folder(tmp: Path, files: dict[str, str | bytes], meta: object = None, toml: str = "") -> Path:
    """tmp/in/c: a cluster folder with two good articles plus `files` (and meta.json)."""
    folder = tmp / "in" / "c"
    folder.mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good2.txt").write_text(GOOD_B, encoding="utf-8")
    for name, data in files.items():
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    if meta is not None:
        raw = meta if isinstance(meta, str | bytes) else json.dumps(meta)
        (folder / "meta.json").write_bytes(raw if isinstance(raw, bytes) else raw.encode())
    if toml:
        (tmp / "in" / "factcheck.toml").write_text(toml)
    return folder


def _check(folder: Path, *flags: str) -> list[str]:
    return ["check", str(folder), "--format", "json", *flags]


def _files(
    files: dict[str, str | bytes], *flags: str, toml: str = ""
) -> Callable[[Path], list[str]]:
    return lambda tmp: _check(_folder(tmp, files, toml=toml), *flags)


def _meta(meta: object, files: dict[str, str | bytes] | None = None, *flags: str,
          toml: str = "") -> Callable[[Path], list[str]]:  # fmt: skip
    return lambda tmp: _check(_folder(tmp, files or {}, meta, toml=toml), *flags)


def _linked(target: str | None, name: str = "x.txt", *flags: str) -> Callable[[Path], list[str]]:
    """A link `name` in the cluster folder to `target` (None: an outside file)."""

    def build(tmp: Path) -> list[str]:
        folder = _folder(tmp, {})
        outside = tmp / "secret.txt"
        outside.write_text("Secret: 99 people were told on Monday.")
        (folder / name).symlink_to(target or outside)
        return _check(folder, *flags)

    return build


def _special(kind: str, name: str = "x.txt", *flags: str) -> Callable[[Path], list[str]]:
    def build(tmp: Path) -> list[str]:
        folder = _folder(tmp, {})
        if kind == "fifo":
            os.mkfifo(folder / name)
        elif kind == "dir":
            (folder / name).mkdir()
        elif kind == "loop":
            (folder / name).symlink_to(folder / name)
        elif kind == "broken":
            (folder / name).symlink_to(folder / "nowhere.txt")
        return _check(folder, *flags)

    return build


def _jsonl(lines: list[str | bytes], *flags: str, toml: str = "",
           head: bytes = b"") -> Callable[[Path], list[str]]:  # fmt: skip
    def build(tmp: Path) -> list[str]:
        (tmp / "in").mkdir()
        good = [json.dumps({"id": "g1", "text": GOOD}), json.dumps({"id": "g2", "text": GOOD_B})]
        body = b"".join(
            (x if isinstance(x, bytes) else x.encode()) + b"\n" for x in [*good, *lines]
        )
        path = tmp / "in" / "feed.jsonl"
        path.write_bytes(head + body if not head else body.decode().encode("utf-16"))
        if toml:
            (tmp / "in" / "factcheck.toml").write_text(toml)
        return _check(path, *flags)

    return build


def _args(*args: str, toml: str = "") -> Callable[[Path], list[str]]:
    def build(tmp: Path) -> list[str]:
        folder = _folder(tmp, {}, toml=toml)
        return [a.replace("{folder}", str(folder)).replace("{tmp}", str(tmp)) for a in args]

    return build


def _batch(kind: str) -> Callable[[Path], list[str]]:
    def build(tmp: Path) -> list[str]:
        root = tmp / "in"
        _folder(tmp, {})
        out = tmp / "out"
        if kind == "out-is-file":
            out.write_text("not a folder")
        elif kind == "disk-full":
            out.mkdir()
            (out / "results.jsonl").symlink_to("/dev/full")
        elif kind == "linked-cluster":
            elsewhere = tmp / "elsewhere"
            elsewhere.mkdir()
            (elsewhere / "passwd.txt").write_text("root:x:0:0:root:/root:/bin/bash 12 users")
            (root / "etc").symlink_to(elsewhere, target_is_directory=True)
        elif kind.startswith("jsonl-"):
            shutil.rmtree(root / "c")
            good = [json.dumps({"cluster": "c", "id": f"g{i}", "text": t})
                    for i, t in enumerate((GOOD, GOOD_B))]  # fmt: skip
            bad = {
                "jsonl-nested": "[" * 100_000 + "]" * 100_000,
                "jsonl-no-cluster": json.dumps({"id": "x", "text": GOOD}),
                "jsonl-huge-line": json.dumps({"cluster": "c", "text": "x " * 3000}),
            }.get(kind, "")
            text = "\n".join([*good, bad]) + "\n"
            data = text.encode("utf-16") if kind == "jsonl-utf16" else text.encode()
            (tmp / "feed.jsonl").write_bytes(data)
            (root / "factcheck.toml").write_text(SMALL if kind == "jsonl-huge-line" else "")
            return ["batch", str(tmp / "feed.jsonl"), "--out", str(out), "--workers", "1",
                    "--no-progress", "--config", str(root / "factcheck.toml")]  # fmt: skip
        return ["batch", str(root), "--out", str(out), "--workers", "1", "--no-progress"]

    return build


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
SMALL = "max_text_chars = 200\n"
BAD_INPUTS: list[BadInput] = [
    # Article files in a cluster folder
    BadInput("empty-file", "empty article file", "skip FC101", _files({"x.txt": ""})),
    BadInput("blank-file", "article of only spaces and line breaks", "skip FC101",
             _files({"x.txt": "  \n\t\n"})),
    BadInput("zero-width-file", "article of only zero-width spaces", "skip FC101",
             _files({"x.txt": "\u200b" * 40})),
    BadInput("nbsp-file", "article of only non-breaking spaces", "skip FC101",
             _files({"x.txt": "\u00a0" * 40})),
    BadInput("nul-bytes", "NUL bytes (not UTF-16)", "skip FC102",
             _files({"x.txt": b"ab\x00\x00\x00cd" * 20})),
    BadInput("png", "PNG image named .txt", "skip FC102", _files({"x.txt": PNG})),
    BadInput("pdf", "PDF document named .txt", "skip FC102", _files({"x.txt": b"%PDF-1.7\n1 0 obj"})),
    BadInput("zip", "ZIP or Office document named .txt", "skip FC102",
             _files({"x.txt": b"PK\x03\x04" + b"\x01" * 40})),
    BadInput("elf", "executable named .txt", "skip FC102", _files({"x.txt": b"\x7fELF" + b"\x02" * 40})),
    BadInput("gzip", "gzip archive named .txt", "skip FC102", _files({"x.txt": b"\x1f\x8b" + b"\x08" * 40})),
    BadInput("control-chars", "text with more than 1% control characters", "skip FC102",
             _files({"x.txt": "\x01\x02\x03" * 50})),
    BadInput("damaged-utf8", "UTF-8 with a few damaged bytes", "read",
             _files({"x.txt": "Officials in Zürich said 12 people died. ".encode() + b"\xff"})),
    BadInput("cp1252", "Windows-1252 text", "read",
             _files({"x.txt": "Officials in Zürich said 12 people died.".encode("cp1252")})),
    BadInput("mojibake-cp1252", "UTF-8 once read as Windows-1252 (\"ZÃ¼rich\")", "read",
             _files({"x.txt": "Officials in Zürich said 12 people died.".encode().decode("cp1252")
                     .encode()})),
    BadInput("mojibake-mac", "UTF-8 once read as Mac Central European (\"Z√ľrich\")", "read",
             _files({"x.txt": "Officials in Zürich said 12 people died.".encode()
                     .decode("mac_latin2").encode()})),
    BadInput("undefined-bytes", "bytes undefined in UTF-8 and Windows-1252", "skip FC103",
             _files({"x.txt": b"Officials said \x81\x8d\x8f\x90\x9d 12 people died."})),
    BadInput("utf8-bom", "UTF-8 with a byte-order mark", "read",
             _files({"x.txt": b"\xef\xbb\xbf" + GOOD.encode()})),
    BadInput("utf16-bom", "UTF-16 with a byte-order mark", "read", _files({"x.txt": GOOD.encode("utf-16")})),
    BadInput("utf16-no-bom", "UTF-16 without a byte-order mark", "read",
             _files({"x.txt": GOOD.encode("utf-16-le")})),
    BadInput("utf32-bom", "UTF-32 with a byte-order mark", "read", _files({"x.txt": GOOD.encode("utf-32")})),
    BadInput("bad-utf16", "a UTF-16 byte-order mark before invalid data", "skip FC103",
             _files({"x.txt": b"\xff\xfe" + b"\x00\xd8" + b"a\x00" * 10})),
    BadInput("mixed-line-endings", "mixed line endings", "read",
             _files({"x.txt": "Officials said\r\n12 people\rdied.\nOn Monday."})),
    BadInput("too-large", "article longer than max_text_chars", "skip FC105",
             _files({"x.txt": "12 people died. " * 100}, toml=SMALL)),
    BadInput("folder-as-article", "a folder named in meta.json as an article", "skip FC106",
             lambda tmp: _check(_dir_meta(tmp))),
    BadInput("pipe-article", "a named pipe as an article (never blocks)", "skip FC106", _special("fifo")),
    BadInput("link-loop", "a symbolic link to itself", "skip FC106", _special("loop")),
    BadInput("broken-link", "a broken symbolic link", "skip FC107", _special("broken")),
    BadInput("link-outside", "a symbolic link to a file outside the cluster folder", "skip FC110",
             _linked(None)),
    BadInput("link-to-etc-passwd", "a symbolic link to /etc/passwd", "skip FC110",
             _linked("/etc/passwd")),
    BadInput("link-outside-followed", "a link outside the folder with --follow-symlinks", "read",
             _linked(None, "x.txt", "--follow-symlinks")),
    BadInput("link-to-device-followed", "a link to /dev/zero with --follow-symlinks", "skip FC106",
             _linked("/dev/zero", "x.txt", "--follow-symlinks")),
    BadInput("link-inside", "a symbolic link to another file of the folder", "read",
             _linked("good.txt")),
    BadInput("unsupported-type", "a file of another type (photo.png)", "skip FC109",
             _files({"photo.png": PNG})),
    BadInput("hidden-file", "a hidden file (.notes.txt)", "ignored", _files({".notes.txt": "x"})),
    BadInput("gold-file", "gold.json and expected.json beside the articles", "ignored",
             _files({"gold.json": "{}", "expected.json": "[]"})),
    BadInput("html-markup", "article text with <script> and entities", "read",
             _files({"x.txt": "<script>alert(1)</script> &amp; 12 people died."})),
    BadInput("terminal-escapes", "article and file name with terminal escapes", "read",
             _files({"\x1b]0;pwned\x07x.txt": "\x1b[2J12 people died.\x1b]0;t\x07"})),
    # meta.json
    BadInput("meta-not-json", "meta.json that is not JSON", "error FC104", _meta("{not json")),
    BadInput("meta-not-object", "meta.json that is a list", "error FC104", _meta([1, 2])),
    BadInput("meta-entry-not-object", "a meta.json entry that is not an object", "error FC104",
             _meta({"articles": {"good.txt": "x"}})),
    BadInput("meta-entry-path", "a meta.json entry naming a path (../x.txt)", "error FC104",
             _meta({"articles": {"../x.txt": {}}})),
    BadInput("meta-deeply-nested", "meta.json nested 100,000 deep", "error FC104",
             _meta("[" * 100_000 + "]" * 100_000)),
    BadInput("meta-cluster-object", "meta.json with an object as cluster name", "error FC104",
             _meta({"cluster": {"a": 1}, "articles": {}})),
    BadInput("meta-source-list", "a meta.json entry with a list as source", "skip FC104",
             _meta({"articles": {"x.txt": {"source": ["a", "b"]}}}, {"x.txt": GOOD})),
    BadInput("meta-bad-published", "a meta.json entry with a published that is not a date",
             "skip FC104", _meta({"articles": {"x.txt": {"published": "yesterday"}}}, {"x.txt": GOOD})),
    BadInput("meta-missing-file", "a meta.json entry naming an absent file", "skip FC107",
             _meta({"articles": {"gone.txt": {}}})),
    BadInput("meta-named-other-type", "meta.json naming a file of another type", "read",
             _meta({"articles": {"x.doc": {}}}, {"x.doc": GOOD})),
    BadInput("meta-pipe", "meta.json is a named pipe (never blocks)", "error FC106",
             lambda tmp: _check(_fifo_meta(tmp))),
    BadInput("meta-dev-zero", "meta.json linked to /dev/zero", "error FC110",
             lambda tmp: _check(_linked_meta(tmp, "/dev/zero"))),
    BadInput("meta-dev-zero-followed", "meta.json linked to /dev/zero with --follow-symlinks",
             "error FC106", lambda tmp: _check(_linked_meta(tmp, "/dev/zero"), "--follow-symlinks")),
    BadInput("meta-too-large", "meta.json larger than the size limit", "error FC105",
             _meta({"articles": {}, "note": "x" * 2000}, toml=SMALL)),
    BadInput("published-min-date", "published 0001-01-01 with relative dates", "read",
             _meta({"articles": {"x.txt": {"published": "0001-01-01"}}}, {"x.txt": RELATIVE})),
    BadInput("published-max-date", "published 9999-12-31 with relative dates", "read",
             _meta({"articles": {"x.txt": {"published": "9999-12-31"}}}, {"x.txt": RELATIVE})),
    # JSON Lines
    BadInput("jsonl-malformed", "JSON Lines: malformed JSON", "skip FC104", _jsonl(["{oops"])),
    BadInput("jsonl-nested", "JSON Lines: a line nested 100,000 deep", "skip FC104",
             _jsonl(["[" * 100_000 + "]" * 100_000])),
    BadInput("jsonl-not-object", "JSON Lines: a record that is not an object", "skip FC104", _jsonl(["[1]"])),
    BadInput("jsonl-no-text", "JSON Lines: no text", "skip FC104", _jsonl(['{"id": "x"}'])),
    BadInput("jsonl-text-number", "JSON Lines: text not a string", "skip FC104",
             _jsonl(['{"id": "x", "text": 5}'])),
    BadInput("jsonl-empty-text", "JSON Lines: blank text", "skip FC101", _jsonl(['{"id": "x", "text": "  "}'])),
    BadInput("jsonl-zero-width-text", "JSON Lines: text of zero-width spaces", "skip FC101",
             _jsonl(['{"id": "x", "text": "\\u200b\\u200b"}'])),
    BadInput("jsonl-unknown-key", "JSON Lines: unknown key", "skip FC104",
             _jsonl(['{"id": "x", "text": "a", "title": "b"}'])),
    BadInput("jsonl-bool-id", "JSON Lines: id that is a boolean", "skip FC104",
             _jsonl(['{"id": true, "text": "12 people died."}'])),
    BadInput("jsonl-bad-published", "JSON Lines: published not an ISO date", "skip FC104",
             _jsonl(['{"id": "x", "text": "a", "published": "June"}'])),
    BadInput("jsonl-duplicate-id", "JSON Lines: an id seen before", "skip FC108",
             _jsonl(['{"id": "g1", "text": "12 people died."}'])),
    BadInput("jsonl-surrogate", "JSON Lines: an unpaired surrogate escape", "skip FC103",
             _jsonl(['{"id": "x", "text": "12 people \\ud800 died."}'])),
    BadInput("jsonl-huge-line", "JSON Lines: a line over the size limit", "skip FC105",
             _jsonl([json.dumps({"id": "x", "text": "y " * 3000})], toml=SMALL)),
    BadInput("jsonl-utf16", "JSON Lines in UTF-16 with a byte-order mark", "read",
             _jsonl([json.dumps({"id": "x", "text": GOOD})], head=b"\xff\xfe")),
    # Command line and configuration
    BadInput("missing-path", "a path that does not exist", "error FC107", _args("check", "{tmp}/nope")),
    BadInput("timeout-inf", "cluster_timeout = inf", "error FC200", _args("check", "{folder}", toml="cluster_timeout = inf\n")),
    BadInput("timeout-huge", "cluster_timeout = 1e300", "error FC200",
             _args("check", "{folder}", toml="cluster_timeout = 1e300\n")),
    BadInput("timeout-flag-inf", "--timeout inf", "error FC200", _args("check", "{folder}", "--timeout", "inf")),
    BadInput("max-chars-huge", "max_text_chars = 1e20", "error FC200", _args("check", "{folder}", toml="max_text_chars = 1e20\n")),
    BadInput("max-chars-bool", "max_text_chars = true", "error FC200", _args("check", "{folder}", toml="max_text_chars = true\n")),
    BadInput("kinds-number", "kinds = 5", "error FC200", _args("check", "{folder}", toml="kinds = 5\n")),
    BadInput("kinds-empty", "kinds = []", "error FC200", _args("check", "{folder}", toml="kinds = []\n")),
    BadInput("tolerance-nan", "approx_tolerance = nan", "error FC200", _args("check", "{folder}", toml="approx_tolerance = nan\n")),
    BadInput("toml-inside-cluster", "a factcheck.toml inside the cluster folder: not read", "skip FC109",
             _files({"factcheck.toml": 'kinds = ["quote"]\nfail_on = "error"\n'})),
    BadInput("out-is-folder", "check --out naming a folder", "error FC400", _args("check", "{folder}", "--out", "{tmp}")),
    # Batch
    BadInput("batch-out-is-file", "batch --out naming a file", "error FC400", _batch("out-is-file")),
    BadInput("batch-results-device", "batch results.jsonl linked to a device (/dev/full)",
             "error FC400", _batch("disk-full")),
    BadInput("batch-linked-cluster", "a linked cluster folder leading outside the input", "cluster error FC110",
             _batch("linked-cluster")),
    BadInput("batch-jsonl-nested", "batch JSON Lines: a line nested 100,000 deep", "cluster skip FC104",
             _batch("jsonl-nested")),
    BadInput("batch-jsonl-no-cluster", "batch JSON Lines: a record without cluster", "cluster skip FC104",
             _batch("jsonl-no-cluster")),
    BadInput("batch-jsonl-huge-line", "batch JSON Lines: a line over the size limit", "cluster skip FC105",
             _batch("jsonl-huge-line")),
    BadInput("batch-jsonl-utf16", "batch JSON Lines in UTF-16 with a byte-order mark", "read",
             _batch("jsonl-utf16")),
]  # fmt: skip


def _dir_meta(tmp: Path) -> Path:
    folder = _folder(tmp, {}, {"articles": {"x.txt": {}}})
    (folder / "x.txt").mkdir()
    return folder


def _fifo_meta(tmp: Path) -> Path:
    folder = _folder(tmp, {})
    os.mkfifo(folder / "meta.json")
    return folder


def _linked_meta(tmp: Path, target: str) -> Path:
    folder = _folder(tmp, {})
    (folder / "meta.json").symlink_to(target)
    return folder


def test_hostile_bad_input_matrix_has_at_least_60_distinct_cases() -> None:
    ids = [case.id for case in BAD_INPUTS]
    assert len(ids) == len(set(ids)) and len(ids) >= 60


@pytest.mark.parametrize("case", BAD_INPUTS, ids=lambda c: c.id)
def test_hostile_bad_input_has_its_documented_outcome(case: BadInput, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    args = case.build(tmp_path)
    result = CliRunner().invoke(app, args)
    shown = result.stdout + result.stderr
    assert "Traceback" not in shown and "\x1b" not in shown, (case.id, shown[-2000:])
    assert result.exception is None or isinstance(result.exception, SystemExit), (case.id, shown)
    what, _, code = case.outcome.rpartition(" ")
    if case.outcome.startswith("error"):
        assert result.exit_code == 2, (case.id, result.exit_code, shown[-500:])
        lines = [x for x in result.stderr.splitlines() if not x.startswith("factcheck: warning: ")]
        assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), (case.id, lines)
        assert lines[0].endswith(f"[{code}]"), (case.id, lines)
        return
    assert result.exit_code in (0, 1), (case.id, result.exit_code, shown[-800:])
    if args[0] == "batch":
        results = [
            json.loads(x) for x in (tmp_path / "out" / "results.jsonl").read_text().splitlines()
        ]
        errors = [r["error"]["code"] for r in results if r["status"] == "error"]
        skips = [s["code"] for r in results if r["status"] != "error"
                 for s in r["summary"]["skipped"]]  # fmt: skip
        checked = sum(r["articles_checked"] for r in results)
        if what == "cluster error":
            assert errors == [code] and checked == 2, (case.id, errors, checked)
        elif what == "cluster skip":
            assert errors == [] and skips == [code] and checked == 2, (case.id, results)
        else:
            assert errors == [] and skips == [] and checked >= 2, (case.id, results)
        return
    data = json.loads(result.stdout)
    skipped = [s["code"] for s in data["summary"]["skipped"]]
    articles = len(data["articles"])
    if case.outcome == "read":
        assert skipped == [] and articles == 3, (case.id, data["summary"])
    elif case.outcome == "ignored":
        assert skipped == [] and articles == 2, (case.id, data["summary"])
    else:
        assert what == "skip" and skipped == [code] and articles == 2, (case.id, data["summary"])


def test_hostile_limits_doc_lists_the_matrix_with_each_outcome() -> None:
    import re

    doc = (Path(__file__).resolve().parent.parent / "docs" / "limits.md").read_text()
    table = doc.split("## The bad-input matrix", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([\w-]+)` \| (.+) \| (.+?) \|$", table, re.M)
    assert rows == [(c.id, c.input, c.outcome) for c in BAD_INPUTS]


# Issue 17, one test per failure the campaign found (beyond the matrix above).


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(1, 1, 3), dt.date(9999, 12, 31)])
def test_hostile_edge_publication_dates_leave_relative_dates_unresolved(published: dt.date) -> None:
    text = (
        "The summit opened on Wednesday. It ended yesterday. Two weeks ago talks began. "
        "Talks resume tomorrow. Elections are next year. Last month prices rose. Next week. "
        "The past year. Last weekend. In March. Late last year. The next day, they met."
    )
    report = check([Article(id=i, text=text, published=published) for i in "ab"])
    dates = [c for c in report.claims if c.kind == "date"]
    assert len(dates) >= 10
    off = [c for c in dates if not c.value.resolved]
    assert [c for c in off if c.value.reason == "falls outside the calendar (years 1 to 9999)"]
    for c in dates:
        if c.value.resolved:
            assert c.value.start is not None and c.value.end is not None


def test_hostile_edge_date_in_a_batch_is_checked_not_lost(tmp_path: Path) -> None:
    from factcheck.batch import iter_results, run_batch

    folder = tmp_path / "in" / "c"
    folder.mkdir(parents=True)
    (folder / "meta.json").write_text(
        json.dumps({"articles": {"a.txt": {"published": "0001-01-01"}}})
    )
    (folder / "a.txt").write_text("Talks began two weeks ago and 12 people died yesterday.")
    (folder / "b.txt").write_text("Officials said 12 people died on Wednesday.")
    summary = run_batch(tmp_path / "in", tmp_path / "out")
    assert summary.clusters_error == 0
    assert [r["status"] for r in iter_results(tmp_path / "out" / "results.jsonl")] == ["ok"]


ESC_NAME = "\x1b]0;owned\x07\x1b[2J"


def test_hostile_terminal_escapes_in_names_reach_no_terminal(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    folder = tmp_path / "in" / "c"
    folder.mkdir(parents=True)
    (folder / "meta.json").write_text(json.dumps({"cluster": f"evil{ESC_NAME}", "articles": {}}))
    (folder / f"a{ESC_NAME}.txt").write_text(CONFLICT_A)
    (folder / "b.txt").write_text(CONFLICT_B)
    (folder / f"empty{ESC_NAME}.txt").write_text("")
    broken = tmp_path / "in" / f"bad{ESC_NAME}"
    broken.mkdir()
    (broken / "x.txt").write_text("")
    runner = CliRunner()
    for args in (
        ["check", str(folder)],
        ["check", str(folder), "--format", "markdown"],
        ["check", str(broken)],
        ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--workers", "1",
         "--format", "markdown"],
        ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--workers", "1",
         "--format", "text", "--progress"],
    ):  # fmt: skip
        result = runner.invoke(app, args)
        shown = result.stdout + result.stderr
        assert result.exit_code in (1, 2), (args, shown)
        assert "\x1b" not in shown and "\x07" not in shown, (args, shown)
        assert "\\x1b" in shown, (args, shown)  # shown, as an escape
    for name in ("report.md", "report.txt"):
        written = (tmp_path / "out" / name).read_text()
        assert "\x1b" not in written and "\x07" not in written, name


CONFLICT_A = "Officials said 12 people died in the blast."
CONFLICT_B = "Officials said 14 people died in the blast."


def test_hostile_inert_escapes_controls_and_keeps_text() -> None:
    from factcheck.io import inert

    assert inert("Zürich 12 “deals” \t ok") == "Zürich 12 “deals” \t ok"
    assert inert("a\x1b[31mb\x9bc\r\nd\u202ee") == "a\\x1b[31mb\\x9bc\\x0d\\x0ad\\u202ee"


def test_hostile_symlinked_cluster_folder_puts_no_outside_text_in_results(tmp_path: Path) -> None:
    from factcheck.batch import run_batch

    secret = "root:x:0:0:secret-marker:/root:/bin/bash with 12 users"
    elsewhere = tmp_path / "etc"
    elsewhere.mkdir()
    (elsewhere / "passwd").write_text(secret)
    (elsewhere / "gshadow").write_text(secret)
    root = tmp_path / "in"
    (root / "c").mkdir(parents=True)
    (root / "c" / "a.txt").write_text(CONFLICT_A)
    (root / "c" / "b.txt").symlink_to(elsewhere / "passwd")
    (root / "linked").symlink_to(elsewhere, target_is_directory=True)
    summary = run_batch(root, tmp_path / "out")
    results = (tmp_path / "out" / "results.jsonl").read_text()
    assert "secret-marker" not in results
    assert summary.clusters_error == 1 and summary.errors[0].code == "FC110"
    assert '"code": "FC110"' in results.replace('"code":"FC110"', '"code": "FC110"')
    followed = run_batch(root, tmp_path / "out2", config=Config(follow_symlinks=True))
    assert followed.clusters_error == 0
    assert "secret-marker" in (tmp_path / "out2" / "results.jsonl").read_text()


def test_hostile_check_has_the_batch_time_limit_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    import factcheck.pipeline
    from factcheck.cli import app
    from factcheck.errors import ClusterTimeoutError

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(CONFLICT_A)
    real = factcheck.pipeline.check

    def slow(*args: object, **kwargs: object) -> Report:
        time.sleep(30)  # interrupted by the time limit long before
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(factcheck.pipeline, "check", slow)
    result = CliRunner().invoke(app, ["check", str(folder), "--timeout", "0.2"])
    assert result.exit_code == 2 and result.stderr.endswith("[FC300]\n"), result.output
    assert result.stderr.count("\n") == 1
    # The library has no time limit unless asked for one.
    from factcheck.batch import time_limit

    monkeypatch.setattr(factcheck.pipeline, "check", real)
    assert check(folder, Config(cluster_timeout=0.001)).summary.articles == 1
    with pytest.raises(ClusterTimeoutError), time_limit(0.05):
        time.sleep(5)


@pytest.mark.parametrize("joiner", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_hostile_invisible_character_inside_a_number_reads_no_wrong_value(joiner: str) -> None:
    article = Article(id="a", text=f"The deal is worth $1{joiner}2 billion, and 4{joiner}5 people.")
    claims = extract(article)
    assert [c.value.low for c in claims if c.kind in ("money", "count")] == []
    # As a thousands separator (a group of three digits) it still reads.
    grouped = extract(Article(id="b", text=f"Police counted 12{joiner}000 people."))
    assert [c.value.low for c in grouped if c.kind == "count"] == [12000]
