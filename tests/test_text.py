from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.text.clean import clean
from factcheck.text.segment import segment, split_sentences
from tests.conftest import SEED, article


def test_clean_drops_navigation_app_links_and_donation_block(seed_dir: Path) -> None:
    for name, gone in [
        ("001_af0be74b6c0b0c53.txt", ["Skip to main content", "You've Raised", "We need", "Donate today", "reader-owned"]),
        ("000_89ebe681212aaba4.txt", ["AfriPrime App link", "https://www.amazon.com"]),
    ]:  # fmt: skip
        text = (seed_dir / name).read_text(encoding="utf-8")
        blocks, removed = clean(text)
        kept = " ".join(text[b.start : b.end] for b in blocks)
        for g in gone:
            assert g not in kept, (name, g)
        assert removed


def test_clean_splits_glued_second_story_into_its_own_segment(seed_dir: Path) -> None:
    text = (seed_dir / "000_89ebe681212aaba4.txt").read_text(encoding="utf-8")
    blocks, _ = clean(text)
    second = [b for b in blocks if b.segment == 1]
    assert text[second[0].start : second[0].end] == "Putin threatens to send weapons to North Korea"
    assert {b.segment for b in blocks} == {0, 1}


@pytest.mark.parametrize(
    "text",
    [
        "Story one is here with enough words to count as a paragraph of text.\n\nSubscribe to our newsletter\n\nAnother headline about a second event\n\nThe second story starts here and goes on for a while with more words than the headline has.",
    ],
)
def test_clean_rules_are_generic_not_seed_strings(text: str) -> None:
    blocks, removed = clean(text)
    assert [r.reason for r in removed] == ["boilerplate cue"]
    assert [b.segment for b in blocks] == [0, 1, 1]


def test_clean_can_be_switched_off() -> None:
    blocks, removed = clean("Skip to main content\nReal text.", enabled=False)
    assert len(blocks) == 2 and removed == ()


def test_segment_offsets_index_the_original_text(seed_dir: Path) -> None:
    for path in sorted(seed_dir.glob("*.txt")):
        doc = segment(article(path.read_text(encoding="utf-8"), id=path.name))
        for s in doc.sentences:
            assert doc.article.text[s.start : s.end] == s.text
        assert len(doc.sentences) > 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith arrived. He left.", ["Mr. Smith arrived.", "He left."]),
        ("The U.S. ally agreed. Talks ended.", ["The U.S. ally agreed.", "Talks ended."]),
        ("It grew 3.6 percent. Then it fell.", ["It grew 3.6 percent.", "Then it fell."]),
        ("“I hope not,” he said. “Really.”", ["“I hope not,” he said.", "“Really.”"]),
    ],
)
def test_segment_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == expected


def test_segment_marks_story_segments() -> None:
    doc = segment(article((SEED / "000_89ebe681212aaba4.txt").read_text(encoding="utf-8")))
    assert doc.sentences[0].segment == 0 and doc.sentences[-1].segment == 1


def test_segment_day_ordinal_before_month_is_not_a_sentence_end() -> None:
    text = "Am 7. Oktober 2023 griff die Hamas an. Es war ein Samstag. Er kam auf Platz 7. Dann ging er."
    got = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    assert got == [
        "Am 7. Oktober 2023 griff die Hamas an.",
        "Es war ein Samstag.",
        "Er kam auf Platz 7.",
        "Dann ging er.",
    ]


def test_segment_is_linear_on_many_sentences() -> None:
    # 20,000 sentences: the abbreviation check looks back a bounded distance only.
    text = "This is a sentence. " * 20000
    assert len(split_sentences(text, 0, len(text))) == 20000


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Police counted 12\u200b000 people in the square.", "count", 12000),
        ("The fund raised £\u200b14,276 from donors.", "money", 14276),
        ("It cost ￡１４，２７６ in total.", "money", 14276),
        ("Over １２ deals were signed.", "count", 12),
    ],
)
def test_segment_match_text_reads_invisible_and_fullwidth_characters(
    text: str, kind: str, value: float
) -> None:
    from factcheck import extract

    (claim,) = [c for c in extract(article(text)) if c.kind == kind]
    assert claim.value.low == value
    assert text[claim.span.start : claim.span.end] == claim.span.text


def test_segment_match_text_keeps_offsets() -> None:
    from factcheck.text.segment import match_text

    text = "a\u200bb ＡＢ\u00ad c"
    assert len(match_text(text)) == len(text) and match_text("plain") == "plain"


def test_report_text_shows_control_characters_inert() -> None:
    from factcheck import check

    a = article("“We will \x1b[2J win this long war soon,” Putin said.", id="a")
    b = article("“We will \x1b[2J lose this long war soon,” Putin said.", id="b")
    out = check([a, b]).explain()
    assert "\x1b" not in out and "\\x1b" in out


def test_pipeline_screens_articles_given_as_objects() -> None:
    from factcheck import check

    good = article("Officials said 12 people died.", id="a")
    report = check([good, good, article("   ", id="b")])
    assert report.summary.articles == 1
    assert {s.path for s in report.summary.skipped} >= {"b"}
