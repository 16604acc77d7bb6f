"""Times of day: "at about 1:30 a.m.", "vers 1h30", "en torno a la 1:30", "um 6.30 Uhr".

A time of day is an hour with optional minutes, written with a.m./p.m., "1h30", "13:30",
"6.30 Uhr", "0530 GMT", or after a clock preposition ("a las 18 horas", "à 6 heures",
"alle 23"), in en, es, fr, de, it or pt. A part of the day after it ("de la tarde", "du
soir", "abends") moves an hour before noon to the afternoon. The zone is kept as written
("GMT", "EDT", "local"), None when the text states none; a time with none is compared as
local time, the time where the event happened. An outlet's home time ("22h57 heure de
Paris", "18h57 (horário de Brasília)") is a zone of its own ("Paris time", "BRT"), never
the event's local time; a time in brackets right after one of no stated zone is the same
moment in another zone ("a las 18.04 hora india (14.34 horas en la España peninsular)"),
whose zone is "another zone". Two times of one event in different stated
zones are compared after conversion when both zones are known; otherwise they are never a
conflict. Two equal times at a minute few events share ("4:17", not "8:00" or "1:30") are one
moment of the story whatever the words around them, in any language; at that minute an hour
or two apart, in one zone or two of one offset ("11.17pm local time" and "22.17 Uhr
Ortszeit", "04:09 UTC" and "5 h 09 GMT"), they are one moment told wrong, a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING

from factcheck.core import Document, Sentence, Verdict
from factcheck.kinds._common import (
    hits_by_sentence,
    keywords,
    measure_similarity,
    measure_tokens,
    sentence_claim,
)
from factcheck.kinds._numerals import is_intl
from factcheck.kinds.base import Kind
from factcheck.kinds.time.corpus import COMPARE_CORPUS, CORPUS, NEGATIVE_CORPUS
from factcheck.kinds.time.value import TimeClaim, TimeValue

if TYPE_CHECKING:
    from factcheck.config import Config

ZONE_OFFSETS: dict[str, float] = {
    "GMT": 0, "UTC": 0, "Z": 0, "WET": 0, "BST": 1, "CET": 1, "MEZ": 1, "WEST": 1,
    "CEST": 2, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "IST": 5.5, "EDT": -4, "EST": -5,
    "CDT": -5, "CST": -6, "MDT": -6, "MST": -7, "PDT": -7, "PST": -8, "AEST": 10, "JST": 9, "BRT": -3,
}  # fmt: skip
"""Hours east of UTC of the zones we convert; other zones ("local", "ET") are never converted."""
_ZONE = (
    r"(?P<tz>(?-i:(?:GMT|UTC)(?:\s?[+-]\s?\d{1,2})?|Z|WET|WEST|BST|CEST|CET|MESZ|MEZ|EEST|EET|"
    r"MSK|EDT|EST|CDT|CST|MDT|MST|PDT|PST|AEST|JST|ET|PT))(?![\w])"
)
"""A time zone, written in capitals ("10h24 et ont abattu" has none)."""
_LOCAL = (
    r"(?:\(\s*)?(?:(?P<local>local\s+time|hora\s+local|heure\s+locale|ortszeit|ora\s+locale)"
    r"|(?P<home>heure\s+de\s+paris|heure\s+française|ora\s+italiana|"
    r"hor(?:a|ário)\s+de\s+bras[íi]lia|hora\s+peninsular|deutscher\s+zeit))(?:\s*\))?"
)
HOME_ZONES: dict[str, str] = {
    "heure de paris": "Paris time", "heure française": "Paris time",
    "ora italiana": "Italian time", "hora de brasília": "BRT", "hora de brasilia": "BRT",
    "horário de brasília": "BRT", "horário de brasilia": "BRT",
    "hora peninsular": "Madrid time", "deutscher zeit": "German time",
}  # fmt: skip
"""An outlet's home time ("22h57 heure de Paris", "18h57 (horário de Brasília)"): the clock
of its readers, not of the event; converted where its offset is fixed (Brasília), else
never compared with another zone (summer time is not known from the time alone)."""
_AM = r"(?P<ap>a\.\s?m\.|p\.\s?m\.|am\b|pm\b|a\.m\b|p\.m\b)"
_DAYPART = (
    r"(?P<dp>de\s+la\s+(?:tarde|noche|madrugada|mañana)|du\s+(?:soir|matin)|de\s+l['’]après-midi|"
    r"di\s+(?:sera|notte|mattina)|del\s+(?:pomeriggio|mattino)|da\s+(?:tarde|noite|manhã|madrugada)|"
    r"in\s+the\s+(?:morning|afternoon|evening)|at\s+night|abends|nachmittags|morgens|nachts|"
    r"früh|de\s+la\s+nuit|du\s+après-midi)"
)
_CUE = (
    r"(?P<cue>at\s+about|at\s+around|at\s+approximately|at|around|about|approximately|"
    r"shortly\s+(?:after|before)|just\s+(?:after|before)|after|before|until|by|from|since|"
    r"a\s+las|a\s+la|hacia\s+las?|sobre\s+las?|en\s+torno\s+a\s+las?|cerca\s+de\s+las?|"
    r"alrededor\s+de\s+las?|desde\s+las?|hasta\s+las?|poco\s+(?:después|antes)\s+de\s+las?|"
    r"pasadas\s+las|à|vers|dès|avant|après|peu\s+(?:après|avant)|jusqu['’]à|"
    r"aux\s+alentours\s+de|um|gegen|ab|bis|kurz\s+(?:nach|vor)|nach|vor|alle|verso\s+le|"
    r"intorno\s+alle|attorno\s+alle|dalle|fino\s+alle|poco\s+(?:dopo|prima)\s+(?:le|delle)|"
    r"all['’]|às|as|à|por\s+volta\s+d[ae]s?|cerca\s+das|pouco\s+(?:depois|antes)\s+das|"
    r"desde\s+as|até\s+[àa]s|perto\s+das)"
)
_H = r"(?P<h>[01]?\d|2[0-3])"
_M = r"(?P<m>[0-5]\d)"
_TAIL = rf"(?:\s*{_AM})?(?:\s*{_DAYPART})?(?:\s*\(?{_ZONE}\)?|\s+{_LOCAL})?"
_FORMS: tuple[re.Pattern[str], ...] = (
    # 1:30 a.m., 6 p.m., 13:30 GMT, 1:30 (after a cue), 6.30 Uhr, 18 Uhr, 1h30, 23h11
    re.compile(
        rf"(?:(?<![\w])(?:{_CUE})\s+(?:ore\s+)?)?(?<![\w.,:/-])"
        rf"{_H}(?:(?P<sep>[:.]|\s?h\s?){_M}|(?P<hh>\s?h(?![\w])))?"
        rf"(?:\s*(?P<uhr>Uhr|horas|heures|hrs|h(?![\w])|ore))?{_TAIL}(?![\w:])"
        r"(?!\s?['’′]\s?\d)",  # "2h00'35''" is a race's time, to the second
        re.I,
    ),
    # 0530 GMT
    re.compile(rf"(?<![\w.,:/-])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*{_ZONE}", re.I),
    # noon, midnight
    re.compile(
        rf"(?:(?<![\w])(?:{_CUE}|al|a)\s+)(?P<word>noon|midnight|midday|mediod[íi]a|medianoche|"
        r"midi|minuit|mittag|mitternacht|mezzogiorno|mezzanotte|meio-dia|meia-noite)\b",
        re.I,
    ),
)
_CLOCK = r"\d(?:\s?(?:[:h.]\d\d|a\.?m\b|p\.?m\b|uhr|h\b|horas|heures|ore|hrs)|\d{3}\s*(?:gmt|utc))"
_CLOCK_WORDS = (
    r"(?:noon|midnight|mediod[íi]a|medianoche|midi|minuit|mittag|mitternacht|mezzogiorno|"
    r"mezzanotte|meio-dia|meia-noite)\b|"
    r"(?:a las|a la|alle|às|um|à|vers|hacia|at|around|gegen)\s+(?:ore\s+)?\d"
)
_PREFILTER = re.compile(_CLOCK)
"""Clock-like figures in a lower-cased text (the pattern starts with a digit, so one scan of
the document skips ahead to digits)."""
_PREFILTER_ANY_CASE = re.compile(_CLOCK, re.I)
_WORDS = re.compile(_CLOCK_WORDS)
"""Clock words and prepositions before an hour in a lower-cased es/fr/de/it/pt text."""
_WORDS_ANY_CASE = re.compile(_CLOCK_WORDS, re.I)
_WORDS_EN = re.compile(r"(?:noon|midnight|midday)\b")
"""Clock words in a lower-cased English text ("at 6" alone is no time in English)."""
_WORDS_EN_ANY_CASE = re.compile(_WORDS_EN.pattern, re.I)
_APPROX = frozenset(
    "about around approximately hacia sobre vers gegen verso intorno attorno cerca alrededor "
    "torno alentours volta perto".split()
)
_AFTER_WORDS = frozenset(
    "after since from desde pasadas después despues après dès ab nach dalle dopo depois".split()
)
_CLOCK_CUES = frozenset(
    "a las|a la|hacia las|sobre las|en torno a las|cerca de las|desde las|hasta las|alle|dalle|"
    "verso le|intorno alle|attorno alle|fino alle|às|por volta das|cerca das|perto das|"
    "desde as|pasadas las".split("|")
)
"""Clock prepositions that make a bare hour a time ("alle 18", "a las 6 de la tarde")."""
_ENGLISH_CUES = frozenset(
    "at|at about|at around|at approximately|around|about|approximately|shortly after|"
    "shortly before|just after|just before|after|before|until|by|from|since".split("|")
)
_BEFORE_WORDS = frozenset("before until by hasta avant jusqu bis vor fino até antes prima".split())
_PM_PARTS = ("tarde", "noche", "soir", "après-midi", "sera", "pomeriggio", "noite",
             "afternoon", "evening", "night", "abends", "nachmittags", "nachts", "nuit")  # fmt: skip
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MARKER_AFTER = re.compile(r" [A-Z]")
_WORD_TIMES = {"noon": 12, "midday": 12, "mediodía": 12, "mediodia": 12, "midi": 12,
               "mittag": 12, "mezzogiorno": 12, "meio-dia": 12, "midnight": 0,
               "medianoche": 0, "minuit": 0, "mitternacht": 0, "mezzanotte": 0,
               "meia-noite": 0}  # fmt: skip


def extract(doc: Document, config: Config) -> Sequence[TimeClaim]:
    """Every time of day in the document's sentences."""
    by_sentence: dict[int, tuple[Sentence, list[re.Match[str]]]] = {}
    words = (
        (_WORDS, _WORDS_ANY_CASE)
        if is_intl(doc.article.language)
        else (_WORDS_EN, _WORDS_EN_ANY_CASE)
    )
    for pattern, any_case in ((_PREFILTER, _PREFILTER_ANY_CASE), words):
        for sent, hits in hits_by_sentence(doc, pattern, any_case):
            by_sentence.setdefault(sent.start, (sent, []))[1].extend(hits)
    out: list[TimeClaim] = []
    for start in sorted(by_sentence):
        sent, hits = by_sentence[start]
        hits.sort(key=lambda m: m.start())
        out.extend(_extract_sentence(doc, sent, hits))
    return out


WINDOW = 45
"""Characters on either side of a clock-like figure that a time's cue, zone or part of the
day may take."""


def _windows(hits: Sequence[re.Match[str]], start: int, end: int) -> list[tuple[int, int]]:
    """Merged stretches of the text around the sentence's clock-like figures and words (`hits`,
    offsets into the text), inside `[start, end)`: only there can a time be (the full patterns
    are costly to try at every character)."""
    out: list[tuple[int, int]] = []
    for u in hits:
        ws, we = max(start, u.start() - WINDOW), min(end, u.end() + WINDOW)
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(we, out[-1][1]))
        else:
            out.append((ws, we))
    return out


def _extract_sentence(
    doc: Document, sent: Sentence, hits: Sequence[re.Match[str]]
) -> list[TimeClaim]:
    text = doc.text or doc.article.text
    out: list[TimeClaim] = []
    taken: list[tuple[int, int]] = []
    if len(sent.text) < 48 and _YEAR.search(sent.text):
        return []  # a dateline ("3:28 PM EDT, March 25, 2024"): when the page was stamped
    windows = _windows(hits, sent.start, sent.end)
    for pat in _FORMS:
        for m in (m for ws, we in windows for m in pat.finditer(text, ws, we)):
            value = _value(m)
            if value is None:
                continue
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in " ()":
                if text[end - 1] == ")" and text.count("(", start, end) > text.count(
                    ")", start, end - 1
                ):
                    break  # the bracket of "18h57 (horário de Brasília)" closes in the span
                end -= 1
            if any(start < e and s < end for s, e in taken):
                continue
            if (start == 0 or text[start - 1] == "\n") and _MARKER_AFTER.match(text, end):
                continue  # "10h Arctic Monkeys close…": a page's "10 hours ago" marker
            taken.append((start, end))
            out.append(_claim(doc, sent, start, end, value))
    out.sort(key=lambda c: c.span.start)
    return _asides(text, out)


ASIDE_GAP = 40
"""Characters between a time and a bracket holding the same moment in another zone."""
OTHER_ZONE = "another zone"
"""The zone of a time in brackets after a local one: unknown, never compared."""


def _asides(text: str, claims: list[TimeClaim]) -> list[TimeClaim]:
    """A time in brackets right after a time of no stated zone is the same moment in another
    zone ("a las 18.04 hora india (14.34 horas en la España peninsular)"): `OTHER_ZONE`, so
    it never contradicts the event's local time. After an outlet's home time the bracket
    holds the local one ("à 14h34 heure de Paris (18h04 en Inde)") and stays as read."""
    for i in range(1, len(claims)):
        prev, claim = claims[i - 1], claims[i]
        if claim.value.timezone is not None or prev.value.timezone not in (None, "local"):
            continue
        between = text[prev.span.end : claim.span.start]
        if len(between) <= ASIDE_GAP and "(" in between and ")" not in between:
            value = claim.value.model_copy(update={"timezone": OTHER_ZONE})
            claims[i] = claim.model_copy(update={"value": value})
    return claims


def _value(m: re.Match[str]) -> TimeValue | None:
    g = m.groupdict()
    cue = " ".join((g.get("cue") or "").lower().split())
    qualifier = _qualifier(cue)
    tz = _zone(g)
    if g.get("word"):
        return TimeValue(hour=_WORD_TIMES[g["word"].lower()], minute=0, timezone=tz,
                         qualifier=qualifier)  # fmt: skip
    hour = int(g["h"])
    minute = int(g["m"]) if g.get("m") else 0
    ap = (g.get("ap") or "").lower().replace(".", "").replace(" ", "")
    sep = (g.get("sep") or "").strip().lower()
    uhr = (g.get("uhr") or "").lower()
    marked = bool(ap or tz or g.get("dp") or uhr or sep == "h" or g.get("hh"))
    if m.re is _FORMS[0]:
        if not marked and not cue:
            if not (sep == ":" and hour >= 13):
                return None  # a bare "1:30", "12:37" or "6.30" needs a clock word
        if not marked and cue and not g.get("m") and cue not in _CLOCK_CUES:
            return None  # "at 6", "à 12": a number, not a time
        if not marked and cue and sep == "." and cue in _ENGLISH_CUES:
            return None  # "at 1.25": a rate or a price
        if sep == "." and not (uhr or ap or cue or g.get("dp")):
            return None
        if uhr in ("horas", "heures", "ore", "hrs", "h") and not cue and not g.get("m"):
            return None  # "14 heures" is a duration
        if cue in (
            "by",
            "from",
            "since",
            "until",
            "after",
            "before",
            "nach",
            "vor",
            "ab",
            "bis",
        ) and not (ap or tz or uhr == "uhr" or g.get("m")):
            return None
    if ap:
        if hour > 12 or hour == 0:
            return None
        if ap.startswith("p") and hour != 12:
            hour += 12
        elif ap.startswith("a") and hour == 12:
            hour = 0
    elif g.get("dp") and hour < 12 and any(p in g["dp"].lower() for p in _PM_PARTS):
        if not (hour < 5 and ("noche" in g["dp"].lower() or "night" in g["dp"].lower())):
            hour += 12
    return TimeValue(hour=hour, minute=minute, timezone=tz, qualifier=qualifier)


def _qualifier(cue: str) -> str | None:
    words = set(re.split(r"[\s'’]+", cue))
    if words & _APPROX:
        return "about"
    if words & _AFTER_WORDS:
        return "after"
    if words & _BEFORE_WORDS:
        return "before"
    return None


def _zone(g: dict[str, str | None]) -> str | None:
    if g.get("tz"):
        return re.sub(r"\s+", "", g["tz"] or "").upper()
    if g.get("local"):
        return "local"
    if g.get("home"):
        return HOME_ZONES.get(re.sub(r"\s+", " ", (g["home"] or "").lower()))
    return None


def offset(zone: str | None) -> float | None:
    """Hours east of UTC of a zone as stored ("GMT+2" is 2), or None when unknown."""
    if zone is None:
        return None
    m = re.fullmatch(r"(GMT|UTC)([+-]\d{1,2})", zone)
    if m:
        return float(m.group(2))
    return ZONE_OFFSETS.get(zone)


def _claim(doc: Document, sent: Sentence, start: int, end: int, value: TimeValue) -> TimeClaim:
    return sentence_claim(TimeClaim, doc, sent, start, end, value)


def normalize(claim: TimeClaim) -> TimeValue:
    """The claim's value (extraction already normalised it)."""
    return claim.value


def key(claim: TimeClaim) -> str:
    """Alignment block: every time of day."""
    return "time"


def identity(claim: TimeClaim) -> Hashable:
    v = normalize(claim)
    return (v.hour, v.minute, _zone_of(v))


def _zone_of(v: TimeValue) -> str:
    """The zone a time is in for comparison: a time with no zone stated is local time, as
    news tells the time of an event where it happened."""
    return v.timezone or "local"


ROUND_MINUTES = frozenset({0, 15, 30, 45})
"""Minutes of the round times many events share ("at 8 p.m.", "vers 1h30 du matin")."""
SAME_MINUTE_SCORE = 100.0
"""Score of two times naming the same uncommon minute of one zone ("at 4:17 a.m. local
time", "a las 4.17 hora local"): one moment of the event in any words or language."""


SLIPPED_HOUR_SCORE = 70.0
"""Score of two times of one zone at the same uncommon minute an hour or two apart ("at
11.17pm local time", "um 22.17 Uhr Ortszeit"): one moment told in the wrong zone, the commonest
slip of a time."""
SLIPPED_HOURS = 2
"""Hours apart within which a shared uncommon minute still marks one moment."""


def similarity(a: TimeClaim, b: TimeClaim) -> float:
    """`measure_similarity`; `SAME_MINUTE_SCORE` for equal times at an uncommon minute, and
    `SLIPPED_HOUR_SCORE` at that minute up to `SLIPPED_HOURS` apart, in one zone or two of
    the same offset ("04:09 UTC", "5 h 09 GMT")."""
    va, vb = normalize(a), normalize(b)
    za, zb = _zone_of(va), _zone_of(vb)
    same_zone = za == zb or (offset(za) is not None and offset(za) == offset(zb))
    if va.minute not in ROUND_MINUTES and va.minute == vb.minute and same_zone:
        apart = abs((va.hour - vb.hour + 12) % 24 - 12)
        if apart == 0:
            return SAME_MINUTE_SCORE
        if apart <= SLIPPED_HOURS:
            return max(SLIPPED_HOUR_SCORE, measure_similarity(a, b))
    return measure_similarity(a, b)


def tokens(claim: TimeClaim) -> tuple[str, ...]:
    """`measure_tokens`, and the minute of a time at an uncommon minute: such times meet
    whatever their words (see `similarity`)."""
    minute = normalize(claim).minute
    extra = () if minute in ROUND_MINUTES else (f"minute {minute}",)
    return (*measure_tokens(claim), *extra)


APPROX_MINUTES = 15
"""How far an approximate time ("about 1:30") may be from another and still be compatible."""


def compare(a: TimeClaim, b: TimeClaim, config: Config) -> Verdict | None:
    """Same zone (a time with none stated is local time): equal agree, within the looseness
    of "about", "after" or "before" compatible, else conflict. Different zones: compared in
    UTC when both are known, never otherwise."""
    va, vb = normalize(a), normalize(b)
    ma, mb = va.hour * 60 + va.minute, vb.hour * 60 + vb.minute
    if _zone_of(va) != _zone_of(vb):
        oa, ob = offset(_zone_of(va)), offset(_zone_of(vb))
        if oa is None or ob is None:
            return None
        ma, mb = (ma - int(oa * 60)) % 1440, (mb - int(ob * 60)) % 1440
    diff = (mb - ma + 720) % 1440 - 720  # b minus a, in (-720, 720]
    if diff == 0:
        return "agree" if va.qualifier == vb.qualifier else "compatible"
    if "about" in (va.qualifier, vb.qualifier) and abs(diff) <= APPROX_MINUTES:
        return "compatible"
    if va.qualifier == "after" and 0 < diff <= 60 or vb.qualifier == "after" and 0 < -diff <= 60:
        return "compatible"
    if va.qualifier == "before" and 0 < -diff <= 60 or vb.qualifier == "before" and 0 < diff <= 60:
        return "compatible"
    return "conflict"


def describe(claim: TimeClaim) -> str:
    v = normalize(claim)
    q = f"{v.qualifier} " if v.qualifier else ""
    tz = (
        f" {v.timezone}"
        if v.timezone and v.timezone != "local"
        else " local time"
        if v.timezone
        else ""
    )
    return f"{q}{v.hour:02d}:{v.minute:02d}{tz}"


def subject(claim: TimeClaim) -> str:
    return f"time of day ({keywords(claim)})"


KIND = Kind(
    name="time",
    value=TimeValue,
    claim=TimeClaim,
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    similarity=similarity,
    tokens=tokens,
    threshold=55.0,
    priority=38,
    compare_within_article=False,
    sentence_local=True,
    corpus=CORPUS,
    negative_corpus=NEGATIVE_CORPUS,
    compare_corpus=COMPARE_CORPUS,
    doc=__doc__ or "",
)

__all__ = ["COMPARE_CORPUS", "CORPUS", "NEGATIVE_CORPUS", "KIND"]
