"""The name recogniser's fast paths give exactly what a plain token-by-token scan gives."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from factcheck.core import Document
from factcheck.kinds import _recognizer as rec
from factcheck.kinds import name
from factcheck.load import load_cluster
from factcheck.pipeline import prepare

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "clusters"
REAL = FIXTURES.parent / "real"

PIECES = (
    "de De dE van von der la le del della bin ibn bint of for Bank Institute al- Al- el‐ as- "
    "ash- aL- Assad Putin U.S. U.S.A. A. Mr. Dr dr. abc xY e.g. Kim Jong-un ’s 's s' s’ - ‐ _ "
    "__ . , 3 42 x3 é É ß Ж ж 中 ſ K İ ı ( “ \" ' ’ Speaking the The And co-operation "
    "Soviet-style de- de' de_ de. dex de-x den2 deA"
).split() + [" ", "  ", "\t", "\n", "\u00a0", "\u2009", "\r"]


def _reference_runs(text: str, start: int, end: int) -> list[list[tuple[int, int, str, bool]]]:
    """`_runs` written as one `_TOKEN` scan over every token, for comparison."""
    out: list[list[tuple[int, int, str, bool]]] = []
    run: list[tuple[int, int, str, bool]] = []
    pending: list[tuple[int, int, str, bool]] = []
    for m in rec._TOKEN.finditer(text, start, end):
        kind, word = m.lastgroup, m.group(0)
        if kind == "gap":
            continue
        if kind == "abbr" or (kind == "word" and rec._is_capitalised(word)):
            stripped = word
            if (
                kind == "word"
                and word.endswith(".")
                and not (word[:-1].lower() in rec.HONORIFICS or len(word) == 2)
            ):
                stripped = word[:-1]
            possessive = bool(re.search(r"['’]s$|s['’]$", stripped))
            cut = 2 if possessive else 0
            tok = (m.start(), m.start() + len(stripped) - cut, stripped[: len(stripped) - cut],
                   possessive)  # fmt: skip
            if run or not pending or pending[-1][2].lower() in rec.PARTICLES:
                run.extend(pending)
            pending = []
            run.append(tok)
            if possessive or stripped != word:
                out.append(run)
                run = []
            continue
        if (
            kind == "word"
            and run
            and (
                word.lower() in rec.PARTICLES
                or (word in ("of", "for") and any(t[2].lower() in rec.ORG_HEADS for t in run))
            )
        ):
            pending.append((m.start(), m.end(), word, False))
            continue
        if kind == "word" and not run and word.lower() in rec.PARTICLES:
            pending = [(m.start(), m.end(), word, False)]
            continue
        if run:
            out.append(run)
        run, pending = [], []
    if run:
        out.append(run)
    return out


def _runs(text: str, start: int, end: int) -> list[list[tuple[int, int, str, bool]]]:
    return [
        [(t.start, t.end, t.text, t.possessive) for t in r] for r in rec._runs(text, start, end)
    ]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PIECES) + rng.choice(("", " ", "-")) for _ in range(rng.randint(1, 14)))
        for _ in range(n)
    ]


def _fixture_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/*.txt"))]


@pytest.mark.parametrize("seed", range(4))
def test_recognizer_runs_equal_plain_scan_on_mixed_text(seed: int) -> None:
    rng = random.Random(seed)
    for text in _texts(seed, 3000):
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _runs(text, 0, len(text)) == _reference_runs(text, 0, len(text)), repr(text)
        assert _runs(text, start, end) == _reference_runs(text, start, end), repr(text)


def test_recognizer_runs_equal_plain_scan_on_fixture_articles() -> None:
    texts = _fixture_texts()
    assert texts
    for text in texts:
        assert _runs(text, 0, len(text)) == _reference_runs(text, 0, len(text))


@pytest.mark.parametrize("seed", range(2))
def test_name_cue_searches_equal_full_searches(seed: int) -> None:
    rng = random.Random(seed)
    words = [*PIECES, "company", "Company", "state-run", "broadcaster", "xbank", ", ", ",\n",
             "Mrs", "Ms", "Prof", "Sir", "Dame", "President", "Russian", "o'neil"]  # fmt: skip
    befores = ["".join(rng.choice(words) for _ in range(rng.randint(0, 10))) for _ in range(5000)]
    for text in _fixture_texts():
        befores += [text[max(0, e - 80) : e] for e in range(0, len(text), 7)]
    for before in befores:
        full = name._LAST_WORD.search(before)
        fast = name._last_word(before)
        assert (full and (full.span(), full.group(1))) == (fast and (fast.span(), fast.group(1)))
        assert bool(name._HONORIFIC_BEFORE.search(before)) == name._honorific_before(before)
        assert bool(name._ORG_CUE_BEFORE.search(before)) == name._org_cue_before(before)


def _fixture_documents() -> list[Document]:
    folders = sorted(p for p in (*FIXTURES.iterdir(), *REAL.iterdir()) if p.is_dir())
    return [prepare(a) for folder in folders for a in load_cluster([folder]).articles]


def test_name_descriptions_per_sentence_equal_full_text_search() -> None:
    docs = _fixture_documents()
    assert docs
    for doc in docs:
        text = doc.text or doc.article.text
        for s in doc.sentences:
            expected = []
            for m in name._DESCRIPTION.finditer(text, s.start, s.end):
                comma = re.search(r",\s*$", text[max(s.start, m.start() - 4) : m.start()])
                title = " ".join(m.group("title").lower().split())
                expected.append((
                    m.start() - s.start, m.end() - s.start, name.TITLE_SYNONYMS.get(title, title),
                    name._country(m.group("country")), bool(m.group("former")),
                    None if comma is None else max(s.start, m.start() - 4) + comma.start() - s.start,
                ))  # fmt: skip
            before = text[s.start - 1] if s.start > 0 else ""
            assert name._described(before, text[s.start : s.end]) == tuple(expected), s.text


def _reference_raw(
    text: str, m: rec.Mention, s_start: int, s_end: int, segment: int, context: str
) -> name._Raw:
    """`name._raw` read straight from the whole text, for comparison."""
    start = m.start
    first, _, rest = text[start : m.end].partition(" ")
    titled = bool(rest) and "-" in first and first.rsplit("-", 1)[1].lower() in name.TITLE_WORDS
    if titled:
        start += len(first) + len(rest) - len(rest.lstrip()) + 1
    else:
        start += name._leading_title(text[start : m.end])
    written = text[start : m.end]
    roles, person, org, title = name._roles_around(text, start, m.end, s_start, s_end)
    person = person or (titled and first.rsplit("-", 1)[1].lower() in name.PERSON_TITLES)
    etype = m.entity_type
    if org:
        etype, roles = "org", []
    elif person and etype in ("other", "person"):
        etype = "person"
    elif etype == "place":
        roles, person = [], False
    raw = name._Raw(start, m.end, written, name.canonical(written), etype, roles, person, segment,
                    context)  # fmt: skip
    if roles and etype == "person":
        raw.title_start = title
    return raw


def test_name_mentions_read_per_surroundings_equal_whole_text_reading() -> None:
    seen = 0
    for doc in _fixture_documents():
        text = doc.text or doc.article.text
        mentions = rec.DEFAULT_RECOGNIZER(doc)
        for s in doc.sentences:
            for m in mentions:
                if not s.start <= m.start < s.end:
                    continue
                # Mentions as found, and cut or shifted ones (a title compound, a line break).
                for cut in (m, rec.Mention(m.start, min(m.end + 9, len(text)), "other")):
                    args = (text, cut, s.start, s.end, s.segment, s.text)
                    assert name._raw(*args) == _reference_raw(*args), text[cut.start : cut.end]
                    seen += 1
    assert seen > 1000


def test_name_mentions_read_per_sentence_equal_document_reading() -> None:
    def plain(doc: Document) -> list[rec.Mention]:
        """The default recogniser behind a plain callable: mentions read document-wide."""
        return list(rec.DEFAULT_RECOGNIZER(doc))

    docs = _fixture_documents()
    assert docs
    name._READINGS.cache_clear()
    for doc in (*docs, *docs):  # read afresh, then remembered
        fast = name.extract_with(doc, None)
        assert fast == name.extract_with(doc, None, recognizer=plain), doc.article.id
        assert [c.model_dump_json() for c in fast] == [
            c.model_dump_json() for c in name.extract_with(doc, None, recognizer=plain)
        ]
