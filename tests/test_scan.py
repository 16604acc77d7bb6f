"""Candidate scans (`kinds/_scan.py`) give exactly what each pattern's own search gives, and
the kinds the same claims with and without them."""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.config import Config
from factcheck.core import ClaimBase, Document
from factcheck.kinds import KINDS, _scan
from factcheck.kinds._common import corpus_form
from factcheck.model import Article
from factcheck.pipeline import prepare
from tests.conftest import clear_caches

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _prefilters() -> list[re.Pattern[str]]:
    """Every prefilter the kinds scan documents with."""
    from factcheck.kinds import count, money, percent

    return [count._PREFILTER, count._intl()[1], money._PREFILTER, percent._PREFILTER]


PATTERNS = [
    r"\bat\s+least\b|more\s+than",
    r"(?<![\w-])(?:one|two|\d+)(?:st|nd|rd|th)?\b",
    r"[$£€]|\b(?:dollars?|euros?|(?-i:USD|EUR))\b",
    r"s+t|is?|(?:ab)+c|x{2,3}y|q*z",
    r"\Bing\b|\bun\B",
    r"(?i:K)elvin|(?-i:Ab)c",
    r"a++b|(?>cd|c)d",
    r"^the\b|end$",
    r"σ|ς|ſ|ı|µ|İ",
]


def _texts() -> list[tuple[str, str]]:
    """(language, text): every fixture article and every corpus form of every kind."""
    out = [
        ("en", p.read_text(encoding="utf-8"))
        for p in sorted(FIXTURES.glob("*/*/*.txt")) + sorted(FIXTURES.glob("*/*/*.md"))
    ]
    for kind in KINDS:
        forms = [f for _, fs in kind.corpus for f in fs]
        forms += list(kind.negative_corpus)
        forms += [f for a, b, _ in kind.compare_corpus for f in (a, b)]
        out += [corpus_form(f)[:2] for f in forms]
    return out


PIECES = (
    "One two 3 45th Dollars $ £ € USD usd EUR At least at\nleast MORE THAN more  than ſ ı İ Σ "
    "σ ς µ K kelvin KELVIN abc ABC Ab ing ING un UN sing unto the THE end . , ; \n \x00 é É ß "
    "Prozent percent per cent pc % points bps x xx xxy qz z half dozen thousands mil"
).split(" ")


def _random_docs(seed: int, n: int) -> list[Document]:
    rng = random.Random(seed)
    docs = []
    config = Config()
    for i in range(n):
        text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 60)))
        text = text.replace(" . ", ". ").replace(" ; ", ".\n")
        docs.append(prepare(Article(id=f"r{i}", text=text), config))
    return docs


def _same(doc: Document, pattern: re.Pattern[str]) -> None:
    expected = [s.index for s in doc.sentences if pattern.search(s.text)]
    got = [s.index for s in _scan.sentences_matching(doc, pattern)]
    assert got == expected, (pattern.pattern[:80], [s.text for s in doc.sentences])


def _searched() -> list[re.Pattern[str]]:
    """Every pattern the kinds search or match with through `_scan`."""
    from factcheck.kinds import count, date, money, percent

    langs = [date._lang(code) for code in ("en", "es", "fr", "de", "it", "pt")]
    dates = [p for lang in langs for p in (lang.pattern, lang.trigger)]
    codes = ("en", "es", "fr", "de", "it", "pt")
    fractions = [f[0] for code in codes if (f := percent._fractions(code)) is not None]
    return [count._CARDINAL, count._intl()[0], count._ORDINAL, count._VAGUE, money._BEFORE,
            money._AFTER, *money._patterns(True), money._VAGUE, percent._PERCENT, *fractions,
            *dates]  # fmt: skip


def _same_search(doc: Document, pattern: re.Pattern[str]) -> None:
    text = doc.text or doc.article.text
    for at in range(0, len(text), 3):
        want = pattern.match(text, at, len(text))
        got = _scan.match_at(pattern, text, at, len(text))
        assert (want and want.span()) == (got and got.span()), (pattern.pattern[:80], text)
    for s in doc.sentences:
        for pos in (s.start, (s.start + s.end) // 2):
            want = pattern.search(text, pos, s.end)
            got = _scan.search(pattern, text, pos, s.end)
            assert (want and want.span()) == (got and got.span()), (pattern.pattern[:80], s.text)
        want_all = [m.span() for m in pattern.finditer(text, s.start, s.end)]
        got_all = [m.span() for m in _scan.finditer(pattern, text, s.start, s.end)]
        assert got_all == want_all, (pattern.pattern[:80], s.text)


@pytest.fixture(autouse=True)
def _gates_on() -> Iterator[None]:
    """The gates are off by default (`_scan.ENABLED`); these tests compare them with the
    plain path, so they run with the gates on."""
    before = _scan.ENABLED
    _scan.ENABLED = True
    yield
    _scan.ENABLED = before
    clear_caches()


def test_scan_searched_patterns_have_position_gates() -> None:
    for pattern in _searched():
        assert _scan.position_gate(pattern) is not None, pattern.pattern[:80]


def test_scan_search_equals_pattern_search_on_fixtures_and_corpora() -> None:
    config = Config()
    patterns = _searched() + [re.compile(p, re.I) for p in PATTERNS]
    for language, text in _texts():
        doc = prepare(Article(id="a", text=text, language=language), config)
        for pattern in patterns:
            _same_search(doc, pattern)


@pytest.mark.parametrize("seed", range(3))
def test_scan_search_equals_pattern_search_on_mixed_text(seed: int) -> None:
    patterns = _searched() + [re.compile(p, flags) for p in PATTERNS for flags in (0, re.I)]
    for doc in _random_docs(seed, 200):
        for pattern in patterns:
            _same_search(doc, pattern)


def test_scan_prefilters_have_gates() -> None:
    for pattern in _prefilters():
        assert _scan.gate(pattern) is not None, pattern.pattern[:80]


def test_scan_sentences_matching_equal_sentence_search_on_fixtures_and_corpora() -> None:
    config = Config()
    texts = _texts()
    assert len(texts) > 500
    patterns = _prefilters() + [re.compile(p, re.I) for p in PATTERNS]
    for language, text in texts:
        doc = prepare(Article(id="a", text=text, language=language), config)
        for pattern in patterns:
            _same(doc, pattern)


@pytest.mark.parametrize("seed", range(3))
def test_scan_sentences_matching_equal_sentence_search_on_mixed_text(seed: int) -> None:
    patterns = _prefilters()
    patterns += [re.compile(p, flags) for p in PATTERNS for flags in (0, re.I)]
    for doc in _random_docs(seed, 300):
        for pattern in patterns:
            _same(doc, pattern)


def test_scan_pattern_that_may_match_nothing_has_no_gate() -> None:
    assert _scan.gate(re.compile(r"x*")) is None
    assert _scan.gate(re.compile(r"\b")) is None
    assert _scan.gate(re.compile(r".")) is None
    assert _scan.gate(re.compile(r"[^a]b")) is None


def _claims(docs: list[Document]) -> list[list[dict[str, object]]]:
    """Every kind's claims in each document, each kind given the claims it needs."""
    config = Config()
    out = []
    for doc in docs:
        by_kind: dict[str, tuple[ClaimBase, ...]] = {}
        for kind in sorted(KINDS, key=lambda k: bool(k.needs)):
            given = doc
            if kind.needs:
                handed = tuple((n, by_kind[n]) for n in kind.needs)
                given = dataclasses.replace(doc, claims=handed)
            by_kind[kind.name] = tuple(kind.extract(given, config))
        out.append([c.model_dump() for k in KINDS for c in by_kind[k.name]])
    return out


def test_scan_kinds_give_the_same_claims_on_the_plain_path() -> None:
    config = Config()
    docs = [
        prepare(Article(id=f"t{i}", text=text, language=language), config)
        for i, (language, text) in enumerate(_texts())
    ]
    docs += _random_docs(7, 200)
    clear_caches()
    fast = _claims(docs)
    try:
        _scan.ENABLED = False
        clear_caches()
        plain = _claims(docs)
    finally:
        _scan.ENABLED = True
        clear_caches()
    assert sum(map(len, fast)) > 1000
    for doc, a, b in zip(docs, fast, plain, strict=True):
        assert a == b, doc.article.text[:200]


def test_scan_a_pattern_beyond_the_work_budget_gets_no_gate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Reading heads costs work per head and item; a pattern that would take more than
    # MAX_WORK is searched as it is instead (same matches, no gate).
    words = "|".join(f"w{i}x" for i in range(26))
    pattern = re.compile("".join(f"(?:(?:{words})\\s)?" for _ in range(3)) + r"\d+")
    assert _scan.gate_sources(pattern) is not None
    monkeypatch.setattr(_scan, "MAX_WORK", 10)
    assert _scan.gate_sources(pattern) is None
    assert _scan.search(pattern, "w1x w2x 42", 0, 10) is not None
