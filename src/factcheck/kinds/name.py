"""Names: people, organisations and places, with their roles; garbled names are flagged.

Mentions are found by a rule-based recogniser: capitalised sequences (sentence-initial
function words dropped), role titles before the name ("Vietnamese President To Lam") or in
an appositive after it ("Nigel Gould-Davies, senior fellow ..."), honorifics and
organisation cues. Short references ("Mr Lam", "Putin") link to the unique full mention in
the same article that contains them; ambiguous ones stay unlinked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from factcheck.kinds import KindSpec
from factcheck.kinds._common import STOPWORDS, claim_id, make_span
from factcheck.model import Claim, Document, EntityType, NameClaim, NameValue, Verdict

if TYPE_CHECKING:
    from factcheck.config import Config

COUNTRY_ADJECTIVES: dict[str, str] = {
    "russian": "Russia", "vietnamese": "Vietnam", "north korean": "North Korea",
    "south korean": "South Korea", "chinese": "China", "american": "United States",
    "u.s.": "United States", "us": "United States", "british": "United Kingdom",
    "australian": "Australia", "ukrainian": "Ukraine", "french": "France",
    "german": "Germany", "japanese": "Japan", "indian": "India", "israeli": "Israel",
    "iranian": "Iran", "turkish": "Turkey", "belarusian": "Belarus", "polish": "Poland",
    "italian": "Italy", "spanish": "Spain", "canadian": "Canada", "brazilian": "Brazil",
}  # fmt: skip
TITLE_SYNONYMS: dict[str, str] = {
    "president": "president", "prime minister": "prime minister", "premier": "prime minister",
    "general secretary": "party general secretary", "secretary-general": "party general secretary",
    "secretary general": "party general secretary", "party leader": "party general secretary",
    "party chief": "party general secretary", "party secretary": "party general secretary",
    "chancellor": "chancellor", "foreign minister": "foreign minister", "king": "king",
    "queen": "queen", "leader": "leader", "ambassador": "ambassador", "analyst": "analyst",
    "spokesperson": "spokesperson", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "senior fellow": "senior fellow", "research fellow": "research fellow", "minister": "minister",
    "defence minister": "defense minister", "defense minister": "defense minister",
    "senator": "senator", "governor": "governor", "mayor": "mayor", "writer": "writer",
    "founder": "founder", "chief executive": "chief executive", "ceo": "chief executive",
}  # fmt: skip
"""Title words → canonical office; synonyms share one office."""
SINGLE_HOLDER = frozenset(
    {"president", "prime minister", "party general secretary", "chancellor", "foreign minister",
     "king", "queen", "defense minister"}
)  # fmt: skip
"""Offices one person holds per country at a time: two names in one such slot conflict."""
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "mr.", "mrs.", "ms.", "dr."})
ORG_WORDS = frozenset(
    "company corporation corp inc ltd group bank ministry institute institution agency center "
    "centre party union court embassy council committee commission office university "
    "association organization organisation fund army navy force forces press newspaper times "
    "post news program programme society federation parliament assembly government".split()
)
LEGAL_FORMS = frozenset("inc ltd llc plc corp co gmbh ag sa jsc pjsc oao ooo".split())
PLACE_WORDS = frozenset(
    "russia vietnam ukraine china korea north south moscow hanoi pyongyang seoul kyiv beijing "
    "washington london belarus singapore bangkok hague asia europe pacific asia-pacific america "
    "africa sea united states kingdom japan india west".split()
)
_SENTENCE_STARTERS = STOPWORDS | frozenset(
    "after before despite given speaking evidence allowing since while during many most some "
    "both either neither none also but yet still even though although because".split()
)
_TITLE_RE = "|".join(
    t.replace(" ", r"\s+") for t in sorted(TITLE_SYNONYMS, key=len, reverse=True)
)
_COUNTRY_RE = "|".join(
    re.escape(c).replace(r"\ ", r"\s+") for c in sorted(COUNTRY_ADJECTIVES, key=len, reverse=True)
)
_CAP = r"(?:\b[A-Z\u00C0-\u024F][\w\u00C0-\u1EFF'’.-]*|\b(?:de|van|von|bin|al|der|da|du|la|le)(?=\s+[A-Z]))"
_NAME_SEQ = re.compile(rf"{_CAP}(?:\s+{_CAP})*")
_TITLE_BEFORE = re.compile(
    rf"(?:(?P<former>former)\s+)?(?:(?P<country>{_COUNTRY_RE})\s+)?"
    rf"(?:(?:Communist\s+)?Party\s+)?(?P<title>{_TITLE_RE})\s+$",
    re.I,
)
_APPOSITIVE_AFTER = re.compile(
    rf"^,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:(?P<former>former)\s+)?"
    rf"(?:(?P<country>{_COUNTRY_RE})\s+)?(?P<title>{_TITLE_RE})\b",
    re.I,
)
_PREFILTER = re.compile(r"[A-Z\u00C0-\u024F]")


@lru_cache(maxsize=65536)
def canonical(name: str) -> str:
    """Identity form: ASCII-folded, lower-case, hyphens and apostrophes as spaces, no legal form."""
    folded = anyascii(unicodedata.normalize("NFC", name)).lower()
    folded = re.sub(r"['’`]s\b", "", folded)
    folded = re.sub(r"[-‐–'’`.,]", " ", folded)
    parts = [p for p in folded.split() if p not in HONORIFICS and p not in LEGAL_FORMS]
    return " ".join(parts)


def _entity_type(name: str, titled: bool) -> EntityType:
    parts = canonical(name).split()
    if titled:
        return "person"
    if any(p in ORG_WORDS for p in parts):
        return "org"
    if parts and all(p in PLACE_WORDS for p in parts):
        return "place"
    return "other"


def _role(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    title = TITLE_SYNONYMS[" ".join(m.group("title").lower().split())]
    country = m.group("country")
    role = title
    if country:
        role = f"{title} of {COUNTRY_ADJECTIVES[' '.join(country.lower().split())]}"
    if m.group("former"):
        role = f"former {role}"
    return role


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading function words and trailing possessives from a capitalised run."""
    words = list(re.finditer(r"\S+", text[start:end]))
    # Leading titles and nationality adjectives are the role, not the name.
    lead = re.match(
        rf"(?:(?:former|then)\s+)?(?:(?:{_COUNTRY_RE})\s+)?(?:(?:Communist\s+)?Party\s+)?(?:{_TITLE_RE})\s+",
        text[start:end],
        re.I,
    )
    if lead and lead.end() < end - start:
        words = [w for w in words if w.start() >= lead.end()]
    while not lead and words and (
        words[0].group(0).lower().rstrip(".") in _SENTENCE_STARTERS
        or words[0].group(0).lower().rstrip(".") in HONORIFICS
        or words[0].group(0).lower() in TITLE_SYNONYMS
    ):
        words.pop(0)
    while words and words[-1].group(0).lower() in ("de", "van", "von", "bin", "al", "der", "la"):
        words.pop()
    if not words:
        return None
    s = start + words[0].start()
    e = start + words[-1].end()
    seg = text[s:e]
    seg_trimmed = re.sub(r"(?:['’]s|[.,'’])$", "", seg)
    e = s + len(seg_trimmed)
    return (s, e) if e > s else None


def extract(doc: Document, config: Config) -> Sequence[Claim]:
    """Every name mention; short references link to the article's unique full mention."""
    text = doc.article.text
    raw: list[tuple[int, int, str, str | None, bool, int, str]] = []
    for sent in doc.sentences:
        if not _PREFILTER.search(sent.text):
            continue
        for m in _NAME_SEQ.finditer(text, sent.start, sent.end):
            trimmed = _trim(text, m.start(), m.end())
            if trimmed is None:
                continue
            s, e = trimmed
            name = text[s:e]
            if len(name) < 2 or name.isupper() and len(name) <= 3 and False:
                continue
            if name.lower() in STOPWORDS or name.lower() in COUNTRY_ADJECTIVES:
                continue
            before = _TITLE_BEFORE.search(text, max(sent.start, s - 60), s)
            after = _APPOSITIVE_AFTER.match(text[e : min(sent.end, e + 80)])
            honorific = re.search(r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$", text[max(sent.start, s - 6) : s])
            role = _role(before) or _role(after)
            titled = role is not None or honorific is not None
            raw.append((s, e, name, role, titled, sent.segment, sent.text))
    # Link short references to the unique longer mention that contains them.
    full = {canonical(r[2]) for r in raw if len(canonical(r[2]).split()) > 1}
    out: list[Claim] = []
    for s, e, name, role, titled, segment, context in raw:
        canon = canonical(name)
        if not canon:
            continue
        parts = canon.split()
        if len(parts) == 1:
            owners = [f for f in full if parts[0] in f.split()]
            if len(owners) == 1:
                canon = owners[0]
        etype = _entity_type(name, titled)
        out.append(
            NameClaim(
                id=claim_id(doc.article.id, "name", s, e),
                article=doc.article.id,
                span=make_span(doc, s, e),
                segment=segment,
                context=context,
                value=NameValue(name=name, entity_type=etype, role=role, canonical=canon),
            )
        )
    return out


def normalize(claim: Claim) -> NameValue:
    """The claim's value (extraction already normalised it)."""
    assert isinstance(claim, NameClaim)
    return claim.value


def _office(role: str | None) -> tuple[bool, str, str | None]:
    """(former, office, country) of a role string."""
    if role is None:
        return (False, "", None)
    former = role.startswith("former ")
    role = role.removeprefix("former ")
    office, _, country = role.partition(" of ")
    return former, office, country or None


def same_slot(a: str | None, b: str | None) -> bool | None:
    """True when two roles are the same single-holder office, False when they veto, else None."""
    fa, oa, ca = _office(a)
    fb, ob, cb = _office(b)
    if not oa or not ob:
        return None
    if fa != fb or oa != ob or (ca and cb and ca != cb):
        return False
    if oa in SINGLE_HOLDER:
        return True
    return None


def parts_align(a: str, b: str) -> tuple[int, int]:
    """(aligned parts, total edits) aligning name parts one to one; short parts must be exact."""
    pa, pb = a.split(), b.split()
    used: set[int] = set()
    aligned = edits = 0
    for x in pa:
        best: tuple[int, int] | None = None
        for j, y in enumerate(pb):
            if j in used:
                continue
            d = Levenshtein.distance(x, y)
            allowance = 0 if min(len(x), len(y)) <= 3 else (1 if min(len(x), len(y)) <= 6 else 2)
            if d <= allowance and (best is None or d < best[1]):
                best = (j, d)
        if best is not None:
            used.add(best[0])
            aligned += 1
            edits += best[1]
    return aligned, edits


def similarity(a: Claim, b: Claim) -> float:
    """100 for the same entity or slot, 0 for a veto, else a name-part alignment score."""
    va, vb = normalize(a), normalize(b)
    if va.canonical == vb.canonical:
        return 100.0
    slot = same_slot(va.role, vb.role)
    if slot is False:
        return 0.0
    ca, cb = va.canonical.split(), vb.canonical.split()
    shared = set(ca) & set(cb)
    if slot is True and shared:
        return 95.0
    aligned, edits = parts_align(va.canonical, vb.canonical)
    if aligned and aligned == min(len(ca), len(cb)) and aligned >= 1:
        if min(len(ca), len(cb)) == 1 and len(max(ca + cb, key=len)) <= 5 and edits:
            return 0.0
        return 90.0 - edits
    return float(fuzz.ratio(va.canonical, vb.canonical)) * 0.5


def key(claim: Claim) -> str:
    return normalize(claim).entity_type


def identity(claim: Claim) -> Hashable:
    return normalize(claim).canonical


def compare(a: Claim, b: Claim, config: Config) -> Verdict | None:
    """Same identity agree; a misspelling variant; a different name in the same slot conflict."""
    va, vb = normalize(a), normalize(b)
    if va.canonical == vb.canonical:
        return "agree"
    ca, cb = va.canonical.split(), vb.canonical.split()
    aligned, edits = parts_align(va.canonical, vb.canonical)
    if aligned == min(len(ca), len(cb)):
        if edits == 0:
            return "agree"
        return "variant"
    if same_slot(va.role, vb.role):
        return "conflict"
    return None


def describe(claim: Claim) -> str:
    v = normalize(claim)
    return v.name + (f" ({v.role})" if v.role else "")


def subject(claim: Claim) -> str:
    v = normalize(claim)
    if v.role and same_slot(v.role, v.role):
        return v.role[0].upper() + v.role[1:]
    return f"name of {v.entity_type} {v.name}"


CORPUS: tuple[tuple[NameValue, tuple[str, ...]], ...] = (
    (
        NameValue(name="Zarubezhneft", entity_type="other", role=None, canonical="zarubezhneft"),
        ("Zarubezhneft",),
    ),
)
"""Expected value → surface forms."""

NEGATIVE_CORPUS: tuple[str, ...] = ("the deal was signed", "after the meeting")
"""Texts that yield no name claim."""

COMPARE_CORPUS: tuple[tuple[str, str, Verdict], ...] = (
    ("Zarubezhneft", "Zarbezhneft", "variant"),
    ("Vietnamese President To Lam", "Vietnamese President Lam Thu Lam", "conflict"),
    ("Nguyễn Phú Trọng", "Nguyen Phu Trong", "agree"),
)
"""Pairs of surface forms and the expected verdict."""

SPEC = KindSpec(
    name="name",
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    similarity=similarity,
    threshold=80.0,
    compare_within_article=True,
    report_single=False,
)
