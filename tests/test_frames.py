"""Frames: what a number measures and for which period, across wording and languages."""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import Article, check
from factcheck.config import Config
from factcheck.frames import attach_frames, compatible, language_of
from factcheck.model import Frame
from factcheck.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]


def _frames(text: str, language: str = "en", kind: str = "count") -> dict[str, Frame | None]:
    art = Article(id="a", source="A", text=text, language=language,
                  published=dt.date(2023, 9, 9))  # fmt: skip
    claims = attach_frames(extract(art, Config()), [art])
    return {c.span.text: c.frame for c in claims if c.kind == kind}


@pytest.mark.parametrize(
    ("text", "language", "span", "concept"),
    [
        (
            "At least 2,012 people were killed and 2,059 others injured.",
            "en",
            "At least 2,012 people",
            "killed",
        ),
        (
            "At least 2,012 people were killed and 2,059 others injured.",
            "en",
            "2,059 others",
            "injured",
        ),
        ("La cifra asciende a 1.305 muertos y 1.832 heridos.", "es", "1.305 muertos", "killed"),
        ("La cifra asciende a 1.305 muertos y 1.832 heridos.", "es", "1.832 heridos", "injured"),
        ("Le séisme a entraîné la mort de 632 personnes.", "fr", "632 personnes", "killed"),
        ("In addition to the fatalities, 153 people were injured.", "en", "153 people", "injured"),
        ("Un précédent bilan faisait état de 296 morts.", "fr", "296 morts", "killed"),
        ("Six workers are missing; 8 workers were rescued.", "en", "8 workers", "rescued worker"),
        ("Police detained 11 people, including four suspects.", "en", "11 people", "arrested"),
        ("Police detained 11 people, including four suspects.", "en", "four suspects", "suspect"),
    ],
)
def test_frames_count_concept_across_languages(
    text: str, language: str, span: str, concept: str
) -> None:
    frame = _frames(text, language)[span]
    assert frame is not None and frame.concept == concept


def test_frames_unknown_counted_thing_has_no_frame() -> None:
    assert _frames("The two leaders signed 12 deals in Hanoi.")["12 deals"] is None


def test_frames_percent_scope_years_and_pairs() -> None:
    got = _frames(
        "Staff see inflation at 2.5% in 2024, 2.2% in 2025 and 1.9% in 2026. "
        "The deposit rate falls from 4% to 3.75%.",
        kind="percent",
    )
    assert got["2.5%"] == Frame(concept="inflation", scope=("year 2024",))
    assert got["2.2%"] == Frame(concept="inflation", scope=("year 2025",))
    assert got["1.9%"] == Frame(concept="inflation", scope=("year 2026",))
    assert got["4%"] is not None and got["4%"].concept == "deposit rate"
    assert got["3.75%"] is not None and got["3.75%"].concept == "deposit rate"


def test_frames_event_year_is_no_scope_for_counts_but_other_years_are() -> None:
    got = _frames("The quake killed 820 people in 2023. A tremor in 2004 killed over 600 people.")
    assert got["820 people"] == Frame(concept="killed", scope=())
    assert got["over 600 people"] == Frame(concept="killed", scope=("year 2004",))


def test_frames_compatible_rules() -> None:
    base = Frame(concept="inflation", scope=("year 2025",))
    assert compatible(base, Frame(concept="inflation", scope=("year 2025",)))
    assert not compatible(base, Frame(concept="inflation"))
    assert not compatible(base, Frame(concept="inflation", scope=("year 2026",)))
    assert not compatible(base, Frame(concept="growth", scope=("year 2025",)))
    assert not compatible(base, Frame(concept="inflation", scope=("previous", "year 2025")))


@pytest.mark.parametrize(
    ("tag", "lang"), [("fr", "fr"), ("fr-FR", "fr"), ("fr_FR", "fr"), ("PT-br", "pt")]
)
def test_frames_language_of_tag(tag: str, lang: str) -> None:
    assert language_of(tag) == lang


def test_frames_check_groups_one_toll_across_languages() -> None:
    day = dt.date(2023, 9, 9)
    arts = [
        Article(id="en", source="Wire", language="en", published=day,
                text="The earthquake killed at least 2,012 people, officials said."),
        Article(id="es", source="Diario", language="es", published=day,
                text="El terremoto dejó 2.012 muertos, según el ministerio del Interior."),
        Article(id="fr", source="Journal", language="fr", published=day,
                text="Le séisme a fait 820 morts, selon le ministère."),
    ]  # fmt: skip
    report = check(arts)
    counts = [f for f in report.findings if f.kind == "count"]
    assert any(f.verdict == "compatible" or f.verdict == "agree" for f in counts)
    conflict = [f for f in counts if f.verdict == "conflict"]
    assert len(conflict) == 1 and "820" in conflict[0].message


def test_frames_check_keeps_other_concepts_apart() -> None:
    day = dt.date(2024, 3, 23)
    arts = [
        Article(id="a", source="A", published=day, text="At least 137 people were killed in the attack."),
        Article(id="b", source="B", published=day, text="Police said 11 people were detained after the attack."),
    ]  # fmt: skip
    assert not [f for f in check(arts).findings if f.verdict == "conflict"]


@pytest.mark.skipif(importlib.util.find_spec("simplemma") is None, reason="needs the test extra")
def test_frames_generated_forms_are_current() -> None:
    script = ROOT / "scripts" / "build_concepts.py"
    done = subprocess.run([sys.executable, str(script), "--check"], check=False)
    assert done.returncode == 0, "run scripts/build_concepts.py after editing concept_lemmas.json"


def test_frames_from_figure_is_the_earlier_edition() -> None:
    got = _frames("The deposit rate falls from 4% to 3.75%.", kind="percent")
    assert got["4%"] == Frame(concept="deposit rate", scope=("previous",))
    assert got["3.75%"] == Frame(concept="deposit rate", scope=())
    got = _frames("Per il 2025 la inflazione sale al 2,2% dal 2% indicato.", "it", "percent")
    assert got["2,2%"] == Frame(concept="inflation", scope=("year 2025",))
    assert got["2%"] == Frame(concept="inflation", scope=("previous", "year 2025"))


def test_frames_percentage_resumed_by_a_pronoun_keeps_the_measure() -> None:
    got = _frames(
        "Inflation is projected to reach 2.5% in 2024. It is expected to fall to 2.2% in 2025.",
        kind="percent",
    )
    assert got["2.2%"] == Frame(concept="inflation", scope=("year 2025",))
