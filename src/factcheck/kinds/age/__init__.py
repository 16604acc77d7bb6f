"""Ages: "Dawood, 48", "a 20-year-old", "Miguel Luna, 49 ans", "Fuentes, de 35 años", "in her forties".

An age is a number stated as how old someone or something is: after a name and a comma
("Dawood, 48," "Luna, 49 ans"), in brackets after a name ("Dawood (48)"), with "years old",
"-year-old", "aged", "at the age of", "de N años" after a person noun, "N-Jährige", "48enne",
or a decade of life ("in her forties" is 40-49). The unit is year unless the text says month,
week or day ("a six-month-old baby"). Ages of one person that differ are a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING

from factcheck.core import Document, Sentence, Verdict
from factcheck.kinds._common import (
    context_similarity,
    hits_by_sentence,
    keywords,
    sentence_claim,
)
from factcheck.kinds._numerals import format_interval, is_intl, relation
from factcheck.kinds._units import (
    AGE_GATE,
    AGE_GATE_ANY_CASE,
    AGE_GATE_INTL,
    AGE_GATE_INTL_ANY_CASE,
    SECONDS,
    age_matches,
)
from factcheck.kinds.age.corpus import COMPARE_CORPUS, CORPUS, NEGATIVE_CORPUS
from factcheck.kinds.age.value import AgeClaim, AgeValue
from factcheck.kinds.base import Kind

if TYPE_CHECKING:
    from factcheck.config import Config

_HOLDER_AFTER = re.compile(
    r"(?:\s+(?!(?:from|of|in|at|de|du|des|aus|von|da|di|do|del)\b)[a-zà-ÿ][\w'’-]*|\s*,)?"
    r"(?:\s+(?!(?:from|of|in|at|de|du|des|aus|von|da|di|do|del)\b)[a-zà-ÿ][\w'’-]*|\s*,)?\s+"
    r"((?:[A-ZÀ-Ý][\w'’.-]+\s+){0,2}[A-ZÀ-Ý][\w'’.-]+)"
)
_HOLDER = re.compile(
    r"((?:[A-ZÀ-Ý][\w'’.-]+\s+){0,3}[A-ZÀ-Ý][\w'’.-]+)\s*[,(]?\s*(?:(?:de|di|da|von)\s+)?$"
)
"""Capitalised words right before an age, with a comma and a linking "de" ("Amrani, de 33
años", "Rossi, di 40 anni") or none."""


def extract(doc: Document, config: Config) -> Sequence[AgeClaim]:
    """Every age in the document's sentences."""
    text = doc.text or doc.article.text
    out: list[AgeClaim] = []
    gate, any_case = (
        (AGE_GATE_INTL, AGE_GATE_INTL_ANY_CASE)
        if is_intl(doc.article.language)
        else (AGE_GATE, AGE_GATE_ANY_CASE)
    )
    for sent, gates in hits_by_sentence(doc, gate, any_case):
        for start, end, low, high, unit, qualifier in age_matches(
            text, sent.start, sent.end, doc.article.language, gates=gates
        ):
            out.append(
                _claim(
                    doc,
                    sent,
                    start,
                    end,
                    AgeValue(low=low, high=high, unit=unit, qualifier=qualifier),
                )
            )
    return out


def _claim(doc: Document, sent: Sentence, start: int, end: int, value: AgeValue) -> AgeClaim:
    return sentence_claim(AgeClaim, doc, sent, start, end, value)


def normalize(claim: AgeClaim) -> AgeValue:
    """The claim's value (extraction already normalised it)."""
    return claim.value


def _years(v: AgeValue) -> tuple[float | None, float | None]:
    f = SECONDS[v.unit] / SECONDS["year"]
    return (None if v.low is None else v.low * f, None if v.high is None else v.high * f)


def key(claim: AgeClaim) -> str:
    """Alignment block: every age."""
    return "age"


def identity(claim: AgeClaim) -> Hashable:
    v = normalize(claim)
    return _years(v)


def compare(a: AgeClaim, b: AgeClaim, config: Config) -> Verdict | None:
    """Equal ages agree, overlapping ones ("in her forties", 45) are compatible, others conflict."""
    rel = relation(_years(normalize(a)), _years(normalize(b)))
    return "agree" if rel == "equal" else "compatible" if rel == "overlap" else "conflict"


_ARTICLES = frozenset(
    "the a an this that el la los las un una le les une der die das ein eine il lo gli "
    "o os as um uma".split()
)
"""Capitalised articles and determiners at a sentence start: never a holder."""


def holder(claim: AgeClaim) -> str:
    """Whose age it is: the capitalised words right before the age ("Shahzada Dawood, 48"),
    else those within a few words after it ("his 19-year-old son Suleman")."""
    at = claim.context.find(claim.span.text)
    if at < 0:
        return ""
    before = claim.context[max(0, at - 60) : at]
    m = _HOLDER.search(before) if at else None
    if m and m.group(1).lower() in _ARTICLES:
        # "Mirzoyev: The 32-year-old": the article opens a sentence; whose age it is may
        # stand before it
        m = _HOLDER.search(before[: m.start()].rstrip(" :"))
    if m and m.group(1).split()[0].lower() not in _ARTICLES:
        return m.group(1)
    after = _HOLDER_AFTER.match(claim.context, at + len(claim.span.text))
    if after:
        return after.group(1).rstrip(".")
    # the person the sentence names, or a pronoun stands for (`frames.attach_frames`)
    return claim.frame.holder or "" if claim.frame is not None else ""


def similarity(a: AgeClaim, b: AgeClaim) -> float:
    """Ages of the same named holder align, and so do two identical pairs of ages; ages of
    two differently named holders otherwise never."""
    ha, hb = holder(a).lower().split(), holder(b).lower().split()
    if ha and hb and set(ha) & set(hb):
        return 100.0
    va, vb = normalize(a), normalize(b)
    if va.low != va.high and (va.low, va.high, va.unit) == (vb.low, vb.high, vb.unit):
        # the same two ages ("aged 26 and 35", "de 26 y 35 años"): the same two people,
        # however each outlet names them
        return 100.0
    if ha and hb:
        return 0.0
    return context_similarity(a, b)


def describe(claim: AgeClaim) -> str:
    v = normalize(claim)
    unit = v.unit if v.low == v.high == 1 else v.unit + "s"
    return f"{format_interval(v.low, v.high)} {unit} old"


def subject(claim: AgeClaim) -> str:
    who = holder(claim)
    return f"age of {who}" if who else f"age ({keywords(claim)})"


KIND = Kind(
    name="age",
    value=AgeValue,
    claim=AgeClaim,
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    similarity=similarity,
    threshold=55.0,
    priority=36,
    compare_within_article=False,
    sentence_local=True,
    corpus=CORPUS,
    negative_corpus=NEGATIVE_CORPUS,
    compare_corpus=COMPARE_CORPUS,
    doc=__doc__ or "",
)

__all__ = ["COMPARE_CORPUS", "CORPUS", "NEGATIVE_CORPUS", "KIND"]
