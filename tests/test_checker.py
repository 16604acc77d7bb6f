"""Checker: owns the sentence memo; module-level check() uses a default one; GC pause opt-in."""

from __future__ import annotations

import gc

import pytest

from factcheck import Checker, check, extract
from factcheck.pipeline import BATCH_CHECKER, DEFAULT_CHECKER
from tests.conftest import SEED, article


def test_checker_separate_memos_give_equal_reports() -> None:
    a, b = Checker(), Checker(memo_size=4)
    assert a.check(SEED) == b.check(SEED) == check(SEED)
    assert a._memo.data and a._memo.data is not DEFAULT_CHECKER._memo.data
    assert len(b._memo.data) <= 4
    a.cache_clear()
    assert not a._memo.data


@pytest.mark.parametrize("pause", [False, True])
def test_checker_pauses_the_collector_only_when_asked(
    pause: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    from factcheck import pipeline

    real = pipeline.align

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "align", spy)
    assert gc.isenabled()
    Checker(pause_gc=pause).check([article("12 people died.")])
    assert seen == [not pause]
    assert gc.isenabled(), "the collector's state is restored"


def test_checker_pause_leaves_no_object_frozen_and_keeps_the_programs_own() -> None:
    # after a paused check, what it built sits in the oldest generation, nothing stays frozen
    assert gc.get_freeze_count() == 0
    Checker(pause_gc=True).check([article("12 people died."), article("14 people died.")])
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    # a program that froze objects of its own keeps them frozen
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        Checker(pause_gc=True).check([article("12 people died."), article("14 people died.")])
        assert gc.get_freeze_count() == frozen and gc.isenabled()
    finally:
        gc.unfreeze()


def test_checker_defaults() -> None:
    assert not DEFAULT_CHECKER.pause_gc and BATCH_CHECKER.pause_gc
    text = "At least 12 people died."
    assert Checker().extract(article(text)) == extract(article(text))


def test_checker_sentence_local_kinds_see_only_their_window() -> None:
    """A kind that reads past its block gets blanks there, so remembered claims hold."""
    from factcheck.core import Document
    from factcheck.kinds import KINDS
    from factcheck.pipeline import SENTENCE_MARGIN, _ConfigKey, _SentenceClaims

    seen: list[str] = []

    class Spy:
        name = "count"
        sentence_local = True

        @staticmethod
        def extract(doc: Document, config: object) -> list[object]:
            seen.append(doc.text or doc.article.text)
            return []

    from factcheck import Config
    from factcheck.pipeline import prepare

    text = "First paragraph here.\n\nSecond one, much further on, with 12 deals.\n\nThird."
    doc = prepare(article(text), Config())
    memo = _SentenceClaims()
    memo.claims(doc, [Spy()], _ConfigKey(Config()))  # type: ignore[list-item]
    (whole,) = seen
    assert len(whole) == len(text)
    for block in doc.blocks:
        lo, hi = max(0, block.start - SENTENCE_MARGIN), block.end + SENTENCE_MARGIN
        assert whole[lo:hi] == text[lo:hi]
    seen.clear()
    second = text + "\n\nA new closing paragraph."
    doc2 = prepare(article(second), Config())
    memo.claims(doc2, [Spy()], _ConfigKey(Config()))
    (part,) = seen
    assert "A new closing" in part and "First paragraph" not in part  # remembered: blanked
    assert len(part) == len(second)
    assert KINDS  # the registry is untouched
