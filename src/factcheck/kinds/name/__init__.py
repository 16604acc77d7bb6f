"""Names: people, organisations and places, with their roles; garbled names are flagged.

Mentions come from a recogniser (`kinds/_recognizer.py`; rule-based by default, spaCy
pluggable). Each mention gets the roles stated around it: a title in front ("Vietnamese
President To Lam", "former ambassador Gould Davis"), an appositive after it ("Nigel
Gould-Davies, senior fellow ... and a former British ambassador to Belarus"), an honorific
("Mr Lam"), or an organisation cue ("state-run Zarubezhneft", "Novatek, a Russian LNG
producer"). Titles are read in es, fr, de, it and pt too ("el ministro de salud", "le maire",
"Bürgermeister", "il presidente"), as the same offices. Two people holding one office whose
names differ only in transliteration (same initials, the longest part with the same
consonants: "Othman Abduljalil", "Otham Abduljaleel") are a variant; so are two person names
with the same eight or more consonants over the whole name ("Abdel Moneim Al-Ghaithi",
"Abdulmenam al-Ghaithi").

Inside one story, short references ("Lam", "Mr Putin") link to the unique full mention whose
name parts contain theirs; ambiguous ones stay unlinked. An acronym defined in brackets
after the name it spells ("the European Central Bank (ECB)") links every use of it in the
story to that name. Every mention of an entity carries
the entity's identity, type and roles.

Across mentions, names are compared by aligning their parts one to one: short parts must
match exactly, longer ones may differ by one or two edits; transliteration folding makes
accepted romanisations agree (Gaddafi / Qaddafi). Roles disambiguate: the same current
single-holder office (a country's president) is one slot, while `former`, a different
office or a different country vetoes a merge. Common name parts (Nguyen, Kim) are weak
evidence. When unsure: no merge, no finding.
"""

from __future__ import annotations

import dataclasses
import itertools
import operator
import os
import re
import unicodedata
from collections.abc import Hashable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from anyascii import anyascii
from rapidfuzz.distance import OSA

from factcheck.core import SPAN_FIELDS, Document, EntityType, Sentence, Span, Verdict, trusted
from factcheck.kinds._common import BoundedMemo, claim_id, context_language, masked_sentence
from factcheck.kinds._recognizer import (
    COUNTRIES,
    DEFAULT_RECOGNIZER,
    HONORIFICS,
    NATIONALITIES,
    ORG_HEADS,
    PERSON_TITLES,
    TITLE_WORDS,
    Mention,
    Recognizer,
    RuleRecognizer,
)
from factcheck.kinds.base import Kind
from factcheck.kinds.name.corpus import COMPARE_CORPUS, CORPUS, NEGATIVE_CORPUS
from factcheck.kinds.name.value import NameClaim, NameValue
from factcheck.lang import LANGUAGES
from factcheck.lang import names as _lexdata
from factcheck.lang.glosses import gloss

if TYPE_CHECKING:
    from factcheck.config import Config

TITLE_SYNONYMS: dict[str, str] = {
    "president": "president", "vice president": "vice president", "vice-president": "vice president",
    "prime minister": "prime minister", "premier": "prime minister", "pm": "prime minister",
    "deputy prime minister": "deputy prime minister", "vice premier": "deputy prime minister",
    "general secretary": "party general secretary", "secretary-general": "party general secretary",
    "secretary general": "party general secretary", "party leader": "party general secretary",
    "party chief": "party general secretary", "party secretary": "party general secretary",
    "chancellor": "chancellor", "foreign minister": "foreign minister",
    "defence minister": "defense minister", "defense minister": "defense minister",
    "king": "king", "queen": "queen", "leader": "leader", "opposition leader": "opposition leader",
    "ambassador": "ambassador", "envoy": "ambassador", "spokesperson": "spokesperson",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "analyst": "analyst",
    "senior fellow": "senior fellow", "research fellow": "research fellow", "fellow": "fellow",
    "minister": "minister", "senator": "senator", "governor": "governor", "mayor": "mayor",
    "national assembly chairman": "national assembly chair", "chairman": "chair",
    "chairwoman": "chair", "founder": "founder", "chief executive": "chief executive",
    "ceo": "chief executive", "first lady": "first lady", "writer": "writer",
    "professor": "professor", "director": "director", "emperor": "emperor", "pope": "pope",
    "crown prince": "crown prince", "head of state": "president",
    # the same offices in es, fr, de, it and pt
    "presidente": "president", "presidenta": "president", "président": "president",
    "présidente": "president", "präsident": "president", "präsidentin": "president",
    "primer ministro": "prime minister", "primera ministra": "prime minister",
    "premier ministre": "prime minister", "première ministre": "prime minister",
    "primo ministro": "prime minister", "primeiro-ministro": "prime minister",
    "primeira-ministra": "prime minister", "ministro": "minister", "ministra": "minister",
    "ministre": "minister", "ministerin": "minister", "außenminister": "foreign minister",
    "außenministerin": "foreign minister", "ministre des affaires étrangères": "foreign minister",
    "ministro de asuntos exteriores": "foreign minister",
    "ministro de relaciones exteriores": "foreign minister",
    "ministro degli esteri": "foreign minister",
    "ministro das relações exteriores": "foreign minister",
    "alcalde": "mayor", "alcaldesa": "mayor", "maire": "mayor", "bürgermeister": "mayor",
    "bürgermeisterin": "mayor", "sindaco": "mayor", "sindaca": "mayor", "prefeito": "mayor",
    "prefeita": "mayor", "gobernador": "governor", "gobernadora": "governor",
    "gouverneur": "governor", "governatore": "governor", "governador": "governor",
    "governadora": "governor", "portavoz": "spokesperson", "porte-parole": "spokesperson",
    "sprecher": "spokesperson", "sprecherin": "spokesperson", "portavoce": "spokesperson",
    "porta-voz": "spokesperson", "rey": "king", "roi": "king", "könig": "king", "rei": "king",
    "reina": "queen", "reine": "queen", "königin": "queen", "rainha": "queen",
    "parteichef": "party general secretary", "parteichefin": "party general secretary",
    "generalsekretär": "party general secretary", "secrétaire général": "party general secretary",
    "secretario general": "party general secretary",
    "segretario generale": "party general secretary",
    "secretário-geral": "party general secretary", "staatschef": "president",
    "staatschefin": "president", "chef de l'état": "president", "jefe de estado": "president",
    "capo dello stato": "president", "chefe de estado": "president", "líder": "leader",
    "dirigeant": "leader", "dirigente": "leader", "anführer": "leader",
    "kanzler": "chancellor", "kanzlerin": "chancellor", "bundeskanzler": "chancellor",
    "bundeskanzlerin": "chancellor", "chancelier": "chancellor", "chancelière": "chancellor",
    "embajador": "ambassador", "embajadora": "ambassador", "ambassadeur": "ambassador",
    "ambassadrice": "ambassador", "botschafter": "ambassador", "botschafterin": "ambassador",
    "ambasciatore": "ambassador", "embaixador": "ambassador", "embaixadora": "ambassador",
    "senador": "senator", "senadora": "senator", "sénateur": "senator",
    "sénatrice": "senator", "senatore": "senator", "analista": "analyst",
    "analyste": "analyst",
    # military and police ranks, written out or abbreviated, in the six languages
    "admiral": "admiral", "adm.": "admiral", "rear admiral": "rear admiral",
    "rear adm.": "rear admiral", "vice admiral": "vice admiral", "vice adm.": "vice admiral",
    "captain": "captain", "capt.": "captain", "commander": "commander", "cmdr.": "commander",
    "colonel": "colonel", "col.": "colonel", "lieutenant colonel": "lieutenant colonel",
    "lt. col.": "lieutenant colonel", "lieutenant": "lieutenant", "lt.": "lieutenant",
    "sergeant": "sergeant", "sgt.": "sergeant", "brigadier general": "brigadier general",
    "brig. gen.": "brigadier general", "major general": "major general",
    "maj. gen.": "major general", "lieutenant general": "lieutenant general",
    "lt. gen.": "lieutenant general", "gen.": "general",
    "almirante": "admiral", "amiral": "admiral", "ammiraglio": "admiral",
    "vicealmirante": "vice admiral", "vice-almirante": "vice admiral",
    "vice-amiral": "vice admiral", "viceammiraglio": "vice admiral", "vizeadmiral": "vice admiral",
    "contralmirante": "rear admiral", "contra-almirante": "rear admiral",
    "contre-amiral": "rear admiral", "contrammiraglio": "rear admiral",
    "konteradmiral": "rear admiral", "capitán": "captain", "capitaine": "captain",
    "capitano": "captain", "kapitän": "captain", "capitão": "captain", "coronel": "colonel",
    "colonnello": "colonel", "oberst": "colonel", "teniente": "lieutenant", "tenente": "lieutenant",
    "sargento": "sergeant", "sergente": "sergeant", "comandante": "commander",
    # what a person is known as in the news ("British billionaire Hamish Harding")
    "billionaire": "billionaire", "businessman": "businessman", "businesswoman": "businessman",
    "tycoon": "businessman", "entrepreneur": "businessman", "explorer": "explorer",
    "adventurer": "explorer", "pilot": "pilot", "diver": "diver", "scientist": "scientist",
    "engineer": "engineer", "economist": "economist", "banker": "banker", "lawyer": "lawyer",
    "diplomat": "diplomat", "activist": "activist", "journalist": "journalist",
    "firefighter": "firefighter", "milliardaire": "billionaire", "multimillonario": "billionaire",
    "milliardär": "billionaire", "miliardario": "billionaire", "bilionário": "billionaire",
    "empresario": "businessman", "empresaria": "businessman", "empresário": "businessman",
    "empresária": "businessman", "homme d'affaires": "businessman",
    "femme d'affaires": "businessman", "geschäftsmann": "businessman",
    "unternehmer": "businessman", "imprenditore": "businessman", "explorador": "explorer",
    "exploradora": "explorer", "explorateur": "explorer", "exploratrice": "explorer",
    "esploratore": "explorer", "abenteurer": "explorer", "economista": "economist",
    "économiste": "economist", "ökonom": "economist",
    # offices of the courts, prefectures and parliaments
    "judge": "judge", "juez": "judge", "jueza": "judge", "juge": "judge", "giudice": "judge",
    "juiz": "judge", "juíza": "judge", "prosecutor": "prosecutor", "procureur": "prosecutor",
    "procuratore": "prosecutor", "staatsanwalt": "prosecutor", "staatsanwältin": "prosecutor",
    "prefect": "prefect", "préfet": "prefect", "préfète": "prefect", "prefecto": "prefect",
    "prefetto": "prefect", "präfekt": "prefect", "sheriff": "sheriff",
    "commissioner": "commissioner", "commissaire": "commissioner", "comisario": "commissioner",
    "commissario": "commissioner", "lawmaker": "lawmaker", "congressman": "lawmaker",
    "congresswoman": "lawmaker", "diputado": "lawmaker", "diputada": "lawmaker",
    "député": "lawmaker", "députée": "lawmaker", "deputato": "lawmaker", "deputata": "lawmaker",
    "deputado": "lawmaker", "deputada": "lawmaker", "abgeordneter": "lawmaker",
    "abgeordnete": "lawmaker",
}  # fmt: skip
"""Title as written (lower case) → office; synonyms share one office."""

SINGLE_HOLDER = frozenset(
    {"president", "vice president", "prime minister", "party general secretary", "chancellor",
     "foreign minister", "defense minister", "king", "queen", "national assembly chair",
     "first lady", "emperor", "pope", "crown prince"}
)  # fmt: skip
"""Offices one person holds per country at a time: two names in one such slot conflict."""

COMMON_PARTS = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly kim lee park choi
    jung jeong kang cho yoon jang lim han oh seo shin kwon hwang ahn song wang li zhang liu chen
    yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo mohammed muhammad mohamed mohammad
    ahmed ahmad ali hassan hussein abdul abdullah khan singh kumar smith jones johnson brown
    garcia rodriguez martinez lopez gonzalez van thi minh jong jae""".split()
)
"""Name parts many people share: on their own they are weak evidence of one entity."""

LEGAL_FORMS = frozenset(
    "inc incorporated ltd limited llc plc corp co gmbh ag sa jsc pjsc ojsc cjsc oao ooo pao zao "
    "jv bv nv spa srl ab oy as kg lp llp aktiengesellschaft".split()
)
"""Legal forms of organisations, dropped for identity."""
GENERATIONS = frozenset({"jr", "sr", "junior", "senior"})
"""Generational suffixes of a person's name ("Roland L. Butler Jr."), dropped for identity."""

WORD_FORM_ENDINGS = frozenset("s es n an ian ans ians ns ese i is ite ites ism ist ists".split())
"""Endings that make another word of a name (a demonym, a plural), not a misspelling."""
DERIVATIONS = frozenset(
    frozenset(p) for p in (("a", "e"), ("ics", "ian"), ("cs", "an"), ("y", "ian"), ("e", "ian"),
                           ("a", "ese"), ("o", "an"), ("ia", "ese"), ("y", "ish"), ("c", "an"),
                           ("cs", "c"), ("s", "n"), ("ic", "ist"), ("ic", "ism"), ("ism", "ist"),
                           ("a", "o"), ("ia", "ian"))
)  # fmt: skip
"""Pairs of endings that turn a name into a related word (Argentina / Argentine, Honduras /
Honduran, Islamic / Islamist), after a common stem of four letters or more."""

_ROMAN = re.compile(r"(?=[ivxl])l?x{0,3}(?:ix|iv|v?i{0,3})")
_DIGIT = re.compile(r"\d")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})

_TITLE_RE = "|".join(
    re.escape(t).replace(r"\ ", r"\s+").replace(r"\-", "[-‐ ]")
    for t in sorted(TITLE_SYNONYMS, key=len, reverse=True)
)
_NAT_RE = "|".join(
    re.escape(c).replace(r"\ ", r"\s+") for c in sorted(NATIONALITIES, key=len, reverse=True)
)
_CTRY_RE = "|".join(
    re.escape(c).replace(r"\ ", r"\s+") for c in sorted(COUNTRIES, key=len, reverse=True)
)
_FORMER = r"(?:(?P<former>former|ex-|outgoing)\s+)?"
_ROLE_CORE = (
    _FORMER + rf"(?:(?:the\s+)?(?P<country>(?:{_NAT_RE})(?![\w'’-])|(?:{_CTRY_RE})['’]s?)\s+)?"
    rf"(?:(?:state-run|state-owned|ruling|Communist|Workers['’]?)\s+)*(?:Party\s+)?"
    rf"(?P<title>{_TITLE_RE})"
    rf"(?:\s+(?-i:of|to)\s+(?:the\s+)?(?P<country2>(?:{_CTRY_RE})\b))?"
)
_NOT_BEFORE_A_NAME = r"\b(?![ \t]+(?-i:[A-ZÀ-ÖØ-Þ]))"
"""A title followed by a capitalised word is that next person's ("Stockton Rush, Pakistani
businessman Shahzada Dawood"), no appositive of the name before it."""
_ROLE_BEFORE = re.compile(
    r"(?:^|(?<=[\s,(“\"]))" + _ROLE_CORE + r"\s+$",
    re.I,
)
_OF_WORDS = r"of|for|at|de|del|da|do|dos|das|du|des|di|della|dello|delle|degli|dei|von|der"
_ROLE_OF_BEFORE = re.compile(
    r"(?:^|(?<=[\s,(“\"]))" + _FORMER + rf"(?:(?P<country>(?:{_NAT_RE})(?![\w'’-]))\s+)?"
    rf"(?P<title>{_TITLE_RE})\s+(?:(?:{_OF_WORDS})\s+|dell['’]|d['’]|de\s+l['’])"
    r"(?:(?:the|la|el|le|les|los|las|lo|il|o|a|os|as)\s+|l['’])?"
    rf"(?:(?P<country2>{_CTRY_RE})|[^,;:()\"“”\n]{{1,60}}?)\s*,\s*$",
    re.I,
)
"""A title and what it is of, then a comma, right before a name: "la presidenta de México,
Claudia Sheinbaum", "the mayor of Derna, Abdulmenam al-Ghaithi", "le ministre de
l'Intérieur, Gérald Darmanin"."""
ROLE_OF_REACH = 120
"""Characters before a name searched for such a title."""
_APPOSITIVE = re.compile(
    r"^\s*,\s*(?:who\s+is\s+|now\s+)?"
    r"(?:(?:an?|the|el|la|le|il|lo|o|a|der|die|un|una|une|um|uma|ein|eine)\s+|l['’])?"
    r"(?:(?!(?:said|says|met|told|added|also|has|have|had|was|were|is|are|will|would)\b)"
    r"(?:[a-z][\w'’.-]*|[A-Z][\w]*-[a-z]+)\s+){0,3}?" + _ROLE_CORE + _NOT_BEFORE_A_NAME,
    re.I,
)
_MORE_ROLES = re.compile(
    r"\s+and\s+(?:(?:an?|the)\s+)?" + _ROLE_CORE + _NOT_BEFORE_A_NAME,
    re.I,
)
_LAST_WORD = re.compile(r"([^\W\d_][\w'’.-]*)\s+$")
_ROLE_ENDINGS = frozenset(
    re.split(r"[\s-]+", t.lower())[-1] for t in (*TITLE_SYNONYMS, *COUNTRIES)
) | frozenset(w.lower().rstrip(".") for w in TITLE_SYNONYMS)
"""Last words of titles and countries: `_ROLE_BEFORE` can only end on one of them."""
_HONORIFIC_BEFORE = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s+$")
_ORG_CUE_BEFORE = re.compile(
    r"\b(?:company|firm|producer|agency|group|newspaper|broadcaster|bank|corporation|"
    r"state-run|state-owned|giant|operator|venture|outlet|daily|carrier|maker|insurer)[\s,]*$",
    re.I,
)
_ORG_CUE_AFTER = re.compile(
    r"^\s*,\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?-i:company|producer|firm|venture|group|agency|"
    r"newspaper|broadcaster|bank|corporation|giant|operator|maker|insurer|outlet|think\s+tank)\b",
    re.I,
)
_ROLE_SEP = "; "
_SYLLABIC = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SYLLABIC_SPLIT = re.compile(r"([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])")


# --- roles -----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True, order=True)
class Role:
    """An office, the country it is held in (if stated) and whether it is a former one."""

    office: str
    country: str | None = None
    former: bool = False

    def __str__(self) -> str:
        out = self.office + (f" of {self.country}" if self.country else "")
        return f"former {out}" if self.former else out

    @property
    def slot(self) -> bool:
        """True for a current single-holder office."""
        return not self.former and self.office in SINGLE_HOLDER


def _country(text: str | None) -> str | None:
    if not text:
        return None
    t = " ".join(text.lower().replace("’", "'").removesuffix("'s").removesuffix("'").split())
    if t in NATIONALITIES:
        return NATIONALITIES[t]
    if t in COUNTRIES:
        return " ".join(w.capitalize() for w in t.split())
    return None


def _role_from(m: re.Match[str]) -> Role:
    title = " ".join(m.group("title").lower().replace("‐", "-").split())
    office = TITLE_SYNONYMS.get(title) or TITLE_SYNONYMS.get(title.replace("-", " "), title)
    if office in ("leader", "chief") and re.search(r"\bparty\s+\S+$", m.group(0).strip(), re.I):
        office = "party general secretary"
    country = _country(m.group("country")) or (
        _country(m.group("country2")) if office != "ambassador" else None
    )
    return Role(office, country, bool(m.group("former")))


def parse_roles(text: str | None) -> tuple[Role, ...]:
    """Roles in a role string ("former President of Syria; analyst"), for data and claims."""
    if not text:
        return ()
    out: list[Role] = []
    for piece in text.split(";"):
        m = re.search(_ROLE_CORE, piece.strip(), re.I)
        if m:
            out.append(_role_from(m))
    return tuple(out)


def _merge_roles(roles: Sequence[Role]) -> tuple[Role, ...]:
    """Distinct roles; an office without a country is dropped when one with a country exists."""
    return _merged(tuple(roles)) if roles else ()


@lru_cache(maxsize=4096)
def _merged(roles: tuple[Role, ...]) -> tuple[Role, ...]:
    distinct = set(roles)
    return tuple(
        sorted(
            r
            for r in distinct
            if r.country
            or not any(
                o.office == r.office and o.former == r.former and o.country for o in distinct
            )
        )
    )


def roles_text(roles: Sequence[Role]) -> str | None:
    """Role string of a claim value."""
    return _ROLE_SEP.join(str(r) for r in roles) or None


def _roles_veto(ra: Sequence[Role], rb: Sequence[Role]) -> bool:
    """True when the roles say two mentions are different people."""
    if not ra or not rb:
        return False
    for a in ra:
        for b in rb:
            if a.office == b.office:
                if a.former != b.former and (a.office in SINGLE_HOLDER):
                    return True
                if a.country and b.country and a.country != b.country and a.office in SINGLE_HOLDER:
                    return True
    slots_a = [r for r in ra if r.slot]
    slots_b = [r for r in rb if r.slot]
    if slots_a and slots_b:
        # Both hold current single-holder offices: they must share one.
        return not any(_same_slot(a, b) is not None for a in slots_a for b in slots_b)
    return False


def _same_slot(a: Role, b: Role) -> str | None:
    """'exact' for the same slot in the same country, 'loose' when one country is unknown."""
    if not a.slot or not b.slot or a.office != b.office:
        return None
    if a.country and b.country:
        return "exact" if a.country == b.country else None
    return "loose"


def _slot(ra: Sequence[Role], rb: Sequence[Role]) -> str | None:
    best: str | None = None
    for a in ra:
        for b in rb:
            s = _same_slot(a, b)
            if s == "exact":
                return s
            best = best or s
    return best


# --- identity --------------------------------------------------------------------------


_FOLDED_TITLES = TITLE_WORDS | frozenset(anyascii(w) for w in TITLE_WORDS)
"""Title words as written and ASCII-folded ("präsidentin", "prasidentin")."""
AREA_WORDS = frozenset(
    "gebiet region provinz bezirk landkreis kreis kanton oblast verwaltungsbezirk".split()
)
"""Words for an administrative area written before its name ("Gebiet Brjansk", "Region
Hannover", "Oblast Kursk"): the area is the name, the word is dropped for identity."""
_TITLE_ENDINGS = ("chef", "chefin", "prasident", "prasidentin", "minister", "ministerin",
                  "sprecher", "sprecherin", "kanzler", "kanzlerin", "direktor", "direktorin")  # fmt: skip
"""German titles that end compounds ("Notenbankchef", "Regierungssprecher")."""


def _title_compound(part: str) -> bool:
    """Whether an ASCII-folded name part is a German compound title ("notenbankchef")."""
    return part.endswith(_TITLE_ENDINGS) and len(part) > 9


@lru_cache(maxsize=65536)
def canonical(name: str) -> str:
    """Identity form: ASCII-folded, lower case, hyphens and apostrophes as spaces, no
    honorific or legal form ("Nguyễn Phú Trọng" → "nguyen phu trong")."""
    text = unicodedata.normalize("NFC", name)
    # Chinese, Japanese and Korean characters stay as written, one part each: romanising them
    # would turn a different syllable into a one-letter edit.
    folded = "".join(
        f" {piece} " if _SYLLABIC.fullmatch(piece) else anyascii(piece)
        for piece in _SYLLABIC_SPLIT.split(text)
        if piece
    ).lower()
    folded = re.sub(r"(?<=[a-z]{4})\d\b", "", folded)  # "Sierra Leone2": a footnote mark
    folded = re.sub(r"['’`]s\b", "", folded)
    folded = re.sub(r"['’`]", "", folded)
    first, _, rest = folded.partition(" ")
    if rest and "-" in first and first.rsplit("-", 1)[1] in _FOLDED_TITLES:
        folded = rest  # "EZB-Präsidentin Christine Lagarde": a compound title
    folded = re.sub(r"[-‐–.,()・·]", " ", folded)
    parts = folded.split()
    if len(parts) > 3 and _title_compound(parts[1]):
        parts = parts[2:]  # "Österreichs Notenbankchef Robert Holzmann"
    while len(parts) > 1 and (
        parts[0] in HONORIFICS
        or parts[0] in _FOLDED_TITLES
        or _title_compound(parts[0])
        or parts[0] in AREA_WORDS
    ):
        parts = parts[1:]
    while len(parts) > 1 and (parts[-1] in LEGAL_FORMS or parts[-1] in GENERATIONS):
        parts = parts[:-1]
    return " ".join(parts)


@lru_cache(maxsize=65536)
def fold(part: str) -> str:
    """Transliteration key of one name part: accepted romanisations share it
    (gaddafi, qaddafi, kadhafi → kadafi; zelenskyy, selenskyj → selenski)."""
    p = part.lower()
    if p.startswith("g"):
        p = "k" + p[1:]
    if p.endswith("j"):
        p = p[:-1] + "i"
    for a, b in (("dh", "d"), ("dd", "d"), ("ph", "f"), ("ou", "u"), ("oa", "ua"), ("q", "k"),
                 ("w", "v"), ("y", "i"), ("ii", "i"), ("z", "s")):  # fmt: skip
        p = p.replace(a, b)
    return p


def _allowance(x: str, y: str) -> int:
    """Edits allowed between two name parts: none for short parts, more for longer ones."""
    n = max(len(x), len(y))
    return 0 if n <= 4 else (1 if n <= 7 else 2)


def _initials(parts: Sequence[str]) -> str:
    return "".join(p[0] for p in parts if p not in ("of", "for", "and", "the", "de"))


@dataclasses.dataclass(frozen=True, slots=True)
class Alignment:
    """How the parts of the shorter name align to the longer one."""

    full: bool
    """Every part of the shorter name aligned."""
    edits: int
    """Edits over parts that match neither exactly nor by transliteration."""
    exact_parts: tuple[str, ...]
    """Parts that matched exactly (or by transliteration)."""


def _part_cost(x: str, y: str) -> tuple[int, bool] | None:
    """(edits, exact) of aligning two name parts, or None when they cannot align."""
    if x == y or (min(len(x), len(y)) >= 5 and _romanised(x) == _romanised(y)):
        return (0, True)
    if _DIGIT.search(x) or _DIGIT.search(y):
        return None  # designators (A320, BA117) compare exactly
    if len(x) == 1 and y.startswith(x) or len(y) == 1 and x.startswith(y):
        return (0, False)
    if _derived(x, y):
        return None  # Romania / Romanian, Argentina / Argentine: other words, not misspellings
    allowed = _allowance(x, y)
    d = OSA.distance(x, y, score_cutoff=allowed + 1)
    if d > allowed:
        return None
    if _translations(x, y):
        return None  # "autoridad" / "autoridade": one word in two languages, no misspelling
    return (d, False)


_SPELLINGS = (
    (re.compile(r"tsch"), "ch"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"ch(?=[bcdfgjklmnpqrstvwxz])"), "sh"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"(?<=[aeiou])w\b"), "v"),
    (re.compile(r"(?<=[aeiou])j\b"), "y"),
    (re.compile(r"^w(?=[aeiou])"), "v"),
    (re.compile(r"^[ij]e"), "ye"),
    (re.compile(r"(?<=[aeiou])ss(?=[aeiou])"), "s"),
    (re.compile(r"aa"), "a"),
)
"""How German and French write the sounds English romanisations write otherwise: "tsch",
"sch", "ch" before a consonant, "ou", a final "w" and "j", an opening "w", "ie" and "je",
"ss" between vowels, "aa" ("Kalaschnikow" / "Kalashnikov", "Nétanyahou" / "Netanyahu", "Wadim
Krassikow" / "Vadim Krasikov", "Khangochvili" / "Khangoshvili", "Iekaterinbourg" /
"Jekaterinburg" / "Yekaterinburg")."""


@lru_cache(maxsize=65536)
def _romanised(part: str) -> str:
    """A name part folded to one romanisation (`fold`, then `_SPELLINGS`)."""
    out = fold(part)
    for pattern, to in _SPELLINGS:
        out = pattern.sub(to, out)
    return out


def _derived(x: str, y: str) -> bool:
    """True when two parts are one stem with word-forming endings (a demonym, a plural)."""
    stem = len(os.path.commonprefix((x, y)))
    if stem < 4:
        return False
    ends = frozenset((x[stem:], y[stem:]))
    if ends - {""} == {x[stem - 1]}:
        return False  # Lindeman / Lindemann: a doubled letter is a misspelling
    if "" in ends and ends - {""} <= WORD_FORM_ENDINGS:
        return True
    return any(frozenset((x[k:], y[k:])) in DERIVATIONS for k in range(max(4, stem - 2), stem + 1))


@lru_cache(maxsize=65536)
def _translations(x: str, y: str) -> bool:
    """True when each part is a common word of a language the other is not a word of."""
    lx, ly = _lexdata.languages_of(x), _lexdata.languages_of(y)
    return bool(lx) and bool(ly) and not lx & ly


@lru_cache(maxsize=65536)
def align_parts(a: str, b: str) -> Alignment:
    """Align the parts of canonical names `a` and `b` one to one, in order."""
    pa, pb = a.split(), b.split()
    short, long_ = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    # best[i][j]: (aligned, -edits, exact parts) using short[:i] and long_[:j]
    n, m = len(short), len(long_)
    Cell = tuple[int, int, tuple[str, ...]]
    best: list[list[Cell]] = [[(0, 0, ())] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cands = [best[i - 1][j], best[i][j - 1]]
            cost = _part_cost(short[i - 1], long_[j - 1])
            if cost is not None:
                al, neg, ex = best[i - 1][j - 1]
                cands.append((al + 1, neg - cost[0], ex + ((short[i - 1],) if cost[1] else ())))
            best[i][j] = max(cands, key=lambda c: (c[0], c[1], len(c[2])))
    aligned, neg, exact = best[n][m]
    return Alignment(aligned == n, -neg, exact)


@lru_cache(maxsize=65536)
def match(
    a: str,
    b: str,
    role_a: str | None = None,
    role_b: str | None = None,
    type_a: EntityType = "person",
    type_b: EntityType = "person",
    same_article: bool = False,
) -> tuple[float, Verdict | None]:
    """Alignment score (0-100) and verdict of two names, from their strings and roles.

    `a` and `b` are names as written or canonical; the verdict is agree (same name up to
    accepted variation), variant (misspelt), conflict (same slot, not a spelling of the
    same name) or None (different entities, or unsure).
    """
    ca, cb = canonical(a), canonical(b)
    if not ca or not cb:
        return (0.0, None)
    if ca.replace(" ", "") == cb.replace(" ", ""):
        return (100.0, "agree")
    if "person" not in (type_a, type_b):
        known = _known_names(ca, cb, type_a, type_b)
        if known is not None:
            return known
    return _match_strings(a, b, role_a, role_b, type_a, type_b, same_article)


def _match_strings(
    a: str,
    b: str,
    role_a: str | None,
    role_b: str | None,
    type_a: EntityType,
    type_b: EntityType,
    same_article: bool,
) -> tuple[float, Verdict | None]:
    """`match` of two names, from their parts and roles alone."""
    ca, cb = canonical(a), canonical(b)
    ra, rb = parse_roles(role_a), parse_roles(role_b)
    if _roles_veto(ra, rb):
        return (0.0, None)
    pa, pb = ca.split(), cb.split()
    da, db = _designators(pa), _designators(pb)
    if da or db:
        # Regnal numbers, model and flight numbers compare exactly: the rest of the names
        # must be the same name, and a changed designator is another entity.
        if da == db:
            pa, pb = [p for p in pa if p not in da], [p for p in pb if p not in db]
            if not pa or not pb:
                return (100.0, "agree")
            ca, cb = " ".join(pa), " ".join(pb)
        else:
            rest_a = " ".join(p for p in pa if p not in da)
            rest_b = " ".join(p for p in pb if p not in db)
            same_rest = rest_a == rest_b or (
                bool(rest_a) and bool(rest_b) and align_parts(rest_a, rest_b).full
            )
            slot = _slot(ra, rb)
            if same_rest and slot is not None:
                return (95.0, "conflict")  # King Mohammed IV / King Mohammed VI
            return (0.0, None)
    # Acronyms: "IISS" and "International Institute for Strategic Studies".
    for x, y in ((pa, pb), (pb, pa)):
        if (
            len(x) == 1
            and len(x[0]) >= 2
            and len(y) >= 2
            and _initials(y) == x[0]
            and (a.replace(".", "").isupper() or b.replace(".", "").isupper())
        ):
            return (90.0, "agree")
    al = align_parts(ca, cb)
    slot = None if (same_article and not set(pa) & set(pb)) else _slot(ra, rb)
    orgs = "org" in (type_a, type_b) or "place" in (type_a, type_b)
    if al.full:
        shorter = pa if len(pa) <= len(pb) else pb
        strong = (len(shorter) >= 2 and any(len(p) > 1 for p in al.exact_parts)) or (
            len(shorter) == 1
            and shorter[0] not in COMMON_PARTS
            and len(shorter[0]) > 1
            and (al.edits == 0 or len(shorter[0]) >= 5)
        )
        middle = (
            len(shorter) >= 2 and pa[0] == pb[0] and OSA.distance(pa[-1], pb[-1]) <= 1 and not orgs
        )  # "Maynor Suazo Sandoval" / "Maynor Yassir Suazo Sandova": a middle name added
        if len(pa) != len(pb) and (orgs or "person" not in (type_a, type_b)) and not middle:
            strong = False  # "PetroVietnam" / "PetroVietnam Gas": parent and subsidiary
        if len(shorter) == 1 and len(pa) != len(pb) and (len(shorter[0]) < 4 or al.edits):
            strong = False  # "Lam" could be several people; "Hardy" is not "Harry Potter"
        if strong or slot is not None:
            return (90.0 - 2 * al.edits, "agree" if al.edits == 0 else "variant")
    if slot == "exact" and not same_article:
        return (95.0, "conflict")
    if not same_article and ra and rb and {r.office for r in ra} & {r.office for r in rb}:
        if _transliterated(pa, pb):
            return (85.0, "variant")  # Othman Abduljalil / Otham Abduljaleel, both ministers
    if not same_article and "person" in (type_a, type_b) and _same_skeleton(pa, pb):
        return (80.0, "variant")  # Abdel Moneim Al-Ghaithi / Abdulmenam al-Ghaithi
    employee = _employee(role_a)
    if (
        employee
        and not same_article
        and employee == _employee(role_b)
        and any(
            len(os.path.commonprefix((x, y))) >= 4
            for x in pa
            for y in pb
            if x not in LEGAL_FORMS and x not in ORG_HEADS
        )
    ):
        return (85.0, "conflict")  # the same person's employer, a near-identical name
    shared = (set(pa) & set(pb)) - COMMON_PARTS
    if slot is not None and shared:
        return (92.0, "conflict")
    return (0.0, None)


_VOWELS = str.maketrans("", "", "aeiouy-'’")


def _skeleton(part: str) -> str:
    """A name part's consonants, doubled letters once: how a name transliterated from another
    script keeps its shape when its vowels change ("abduljalil", "abduljaleel": "bdljl")."""
    bare = part.translate(_VOWELS)
    return "".join(ch for i, ch in enumerate(bare) if not i or bare[i - 1] != ch)


def _transliterated(pa: Sequence[str], pb: Sequence[str]) -> bool:
    """Whether two names of as many parts are one name transliterated twice: the same
    initials, and the longest part (five letters or more, not a common one) with the same
    consonants."""
    if (
        len(pa) != len(pb)
        or len(pa) < 2
        or any(x[:1] != y[:1] for x, y in zip(pa, pb, strict=True))
    ):
        return False
    x, y = max(zip(pa, pb, strict=True), key=lambda p: len(p[0]))
    if len(x) < 5 or x in COMMON_PARTS or y in COMMON_PARTS:
        return False
    return _skeleton(x) == _skeleton(y)


SKELETON_MIN = 8
"""Consonants a whole name needs before the same consonants in another spelling make it one
name ("Mohammed Ali" / "Muhammad Aly" is too short to tell)."""


def _same_skeleton(pa: Sequence[str], pb: Sequence[str]) -> bool:
    """Whether two names written differently are one name transliterated twice: the same
    consonants in the same order over the whole name (parts joined or split: "Abdel Moneim"
    / "Abdulmenam"), at least `SKELETON_MIN` of them, and one part of five letters or more
    that is not a common one."""
    ka, kb = _skeleton("".join(pa)), _skeleton("".join(pb))
    if ka != kb or len(ka) < SKELETON_MIN:
        return False
    return any(len(p) >= 5 and p not in COMMON_PARTS for p in (*pa, *pb))


def _designators(parts: Sequence[str]) -> tuple[str, ...]:
    """Parts that designate exactly: with a digit (A320, BA117), or a regnal number at the end
    of a longer name (Mohammed VI)."""
    out = [p for p in parts if _DIGIT.search(p)]
    if len(parts) >= 2 and parts[-1] not in out and _ROMAN.fullmatch(parts[-1]):
        if len(parts[-1]) >= 2 or parts[-1] in ("v", "x"):
            out.append(parts[-1])
    return tuple(out)


def _related_entities(c: str) -> frozenset[str]:
    """Entities `c` names or is a demonym of, directly or with a word-forming ending
    (`Russians`, `Morocco's`)."""
    out = {e for e, _ in _lexdata.forms(c)}
    for end in WORD_FORM_ENDINGS:
        if c.endswith(end) and len(c) - len(end) >= 4:
            out.update(e for e, _ in _lexdata.forms(c[: -len(end)]))
    return frozenset(out)


@lru_cache(maxsize=65536)
def _known_names(
    ca: str, cb: str, type_a: EntityType, type_b: EntityType
) -> tuple[float, Verdict | None] | None:
    """The verdict of two names of places or organisations the name tables know, or None
    when they do not decide: the same entity's names in any language agree (`Russland`,
    `Russia`; `Pensilvânia`, `Pennsylvania`); a place and its demonym (`Honduras`,
    `Honduran`, `Russians`) are different words, and so are two known entities (`Brasil`,
    `Brasília`): no finding."""
    fa, fb = _lexdata.forms(ca), _lexdata.forms(cb)
    if not fa and not fb:
        return None
    if fa and fb:
        if set(fa) & set(fb):
            return (100.0, "agree")
        return (0.0, None)
    known, other = (fa, cb) if fa else (fb, ca)
    entities = sorted({e for e, _ in known})
    if set(entities) & _related_entities(other):
        return (0.0, None)
    forms = [f for e in entities for f in _lexdata.names_of(e)]
    if any(_word_form(f, other) for f in forms):
        return (0.0, None)  # "Argentinian" is a word made from "Argentina"
    # A misspelling of the entity's name in any language ("Schweit" against "Switzerland"
    # is a misspelling of "Schweiz").
    best: tuple[float, Verdict | None] | None = None
    for e in entities:
        for form in _lexdata.names_of(e):
            if form == (ca if fa else cb):
                continue
            score, verdict = _match_strings(form, other, None, None, type_a, type_b, False)
            if verdict == "agree" and _romanised_equal(form, other):
                return (score, "agree")  # "Iekaterinbourg": "Jekaterinburg" romanised in French
            if verdict in ("agree", "variant") and (best is None or score > best[0]):
                best = (score, "variant")
    return best


def _romanised_equal(a: str, b: str) -> bool:
    """Whether two canonical names are one spelling once each part is romanised alike."""
    pa, pb = a.split(), b.split()
    return len(pa) == len(pb) and all(
        _romanised(x) == _romanised(y) for x, y in zip(pa, pb, strict=True)
    )


def _word_form(a: str, b: str) -> bool:
    """True when two canonical names differ in one part only, by a word-forming ending."""
    pa, pb = a.split(), b.split()
    if len(pa) != len(pb):
        return False
    diff = [(x, y) for x, y in zip(pa, pb, strict=True) if x != y]
    return len(diff) == 1 and _derived(*diff[0])


def _umlauts(name: str) -> str:
    return name.translate(_UMLAUTS)


# --- extraction ------------------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class _Raw:
    start: int
    end: int
    name: str
    canon: str
    etype: EntityType
    roles: list[Role]
    person_cue: bool
    segment: int
    context: str
    employee: str | None = None
    """The person this organisation employs, from "X, senior analyst at Y"."""
    title_start: int | None = None
    """Where a title written right in front of the name begins ("Rear Admiral John
    Mauger"): the claim's span covers it, so the text shows the role it was read with."""


def _roles_around(
    text: str, s: int, e: int, sent_start: int, sent_end: int
) -> tuple[list[Role], bool, bool, int | None]:
    """Roles stated around a mention, person / organisation cues, and where a title right in
    front of it begins (None when there is none)."""
    lo = max(sent_start, s - 80)
    roles, person, org, title = _cues(text[lo:s], text[e : min(sent_end, e + 200)])
    return list(roles), person, org, None if title is None else lo + title


@lru_cache(maxsize=8192)
def _cues(before: str, after: str) -> tuple[tuple[Role, ...], bool, bool, int | None]:
    """Roles, person cue and organisation cue of a mention, from the text around it, and
    where in `before` a title ending it begins ("Vietnamese President", "Rear Adm."; a
    country's own name, "Russia's President", is a name of its own and stays out)."""
    roles: list[Role] = []
    title: int | None = None
    last = _last_word(before)
    if last and last.group(1).lower() in _ROLE_ENDINGS:  # cheap gate before the big pattern
        m = _ROLE_BEFORE.search(before)
        if m:
            roles.append(_role_from(m))
            own = re.search(r"['’]s?$", m.group("country") or "")
            groups = ("former", "title") if own else ("former", "country", "title")
            title = min(m.start(g) for g in groups if m.group(g) is not None)
    elif before.rstrip().endswith(","):
        m = _ROLE_OF_BEFORE.search(before, max(0, len(before) - ROLE_OF_REACH))
        if m:
            roles.append(_role_from(m))
    m = _APPOSITIVE.match(after)
    if m:
        roles.append(_role_from(m))
        pos = m.end()
        while (more := _MORE_ROLES.match(after, pos)) or (
            more := _MORE_ROLES.search(after, pos, min(len(after), pos + 160))
        ):
            roles.append(_role_from(more))
            pos = more.end()
    person = bool(_honorific_before(before) or roles)
    org = bool(_org_cue_before(before) or _ORG_CUE_AFTER.match(after))
    return tuple(roles), person and not org, org, title


# The patterns below end in `\s+$` or `[\s,]*$`, so a match sits against the text's end:
# searching from near the end finds the same (look-behinds and `\b` still see the text
# before the start position; `^` matters only when that position is 0).


def _last_word(before: str) -> re.Match[str] | None:
    """`_LAST_WORD.search(before)`, searched from the last whitespace on."""
    t = before.rstrip()
    if not t or len(t) == len(before):
        return None  # no word, or no whitespace after it
    return _LAST_WORD.search(before, len(t) - len(t.rsplit(None, 1)[-1]))


def _honorific_before(before: str) -> bool:
    """`_HONORIFIC_BEFORE.search(before)`: at most a space and `Prof.` before the end."""
    return bool(_HONORIFIC_BEFORE.search(before, max(0, len(before.rstrip()) - 8)))


def _org_cue_before(before: str) -> bool:
    """`_ORG_CUE_BEFORE.search(before)`: the cue word is at most 11 letters."""
    t = before.rstrip()
    while t.endswith(","):
        t = t.rstrip(",").rstrip()
    return bool(_ORG_CUE_BEFORE.search(before, max(0, len(t) - 16)))


def _sentence_index(doc: Document) -> list[tuple[int, int, int, str]]:
    return [(s.start, s.end, s.segment, s.text) for s in doc.sentences]


_START_END = operator.attrgetter("start", "end")
_START = operator.attrgetter("start")


def extract_with(
    doc: Document, config: Config | None, *, recognizer: Recognizer = DEFAULT_RECOGNIZER
) -> Sequence[NameClaim]:
    """Every name mention found by `recognizer`, with roles and within-story linking."""
    text = doc.text or doc.article.text
    sentences = _sentence_index(doc)
    found = None
    if type(recognizer) is RuleRecognizer:
        found = _sentence_raws(text, recognizer.by_sentence(doc))
    if found is None:
        raws: list[_Raw] = []
        si = 0
        for mention in sorted(recognizer(doc), key=_START_END):
            while si < len(sentences) and sentences[si][1] <= mention.start:
                si += 1
            if si >= len(sentences):
                break
            s_start, s_end, segment, context = sentences[si]
            if mention.start < s_start:
                continue  # outside the kept text
            raws.append(_raw(text, mention, s_start, s_end, segment, context))
    else:
        raws = found
    # the heading above the story names in shorthand what the story names in full, and on
    # a real page it is as often a topic label, a kicker or a photo's caption
    if heading := doc.opening_heading():
        raws = [r for r in raws if r.start >= heading]
    _link(raws)
    for r in raws:
        if r.etype == "other" and not r.roles and _known_type(r.canon) == "place":
            r.etype = "place"
    _employers(text, raws)
    raws.extend(_descriptions(text, sentences, raws))
    raws.sort(key=_START_END)
    out: list[NameClaim] = []
    article, original = doc.article.id, doc.article.text
    # Built from parts of their declared types without validation (`trusted`): a
    # name-heavy story has hundreds of mentions, and a cluster of copies hundreds of
    # thousands.
    for r in raws:
        if not r.canon:
            continue
        start, end = (r.start if r.title_start is None else r.title_start), r.end
        span = trusted(Span, {"start": start, "end": end, "text": original[start:end]},
                       SPAN_FIELDS)  # fmt: skip
        value = _value(r.name, r.etype, _merge_roles(r.roles), r.canon, r.employee)
        out.append(
            trusted(NameClaim, {
                "id": claim_id(article, "name", start, end), "article": article, "span": span,
                "segment": r.segment, "context": r.context, "frame": None, "kind": "name",
                "value": value,
            }, _CLAIM_FIELDS)
        )  # fmt: skip
    return out


_CLAIM_FIELDS = frozenset({"id", "article", "span", "segment", "context", "value"})
"""The fields a name claim is built with (`frame` and `kind` take their defaults)."""


@lru_cache(maxsize=8192)
def _value(
    name: str, etype: EntityType, roles: tuple[Role, ...], canon: str, employee: str | None = None
) -> NameValue:
    """The value of a name claim (immutable, so one object serves every equal mention)."""
    role = roles_text(roles)
    if employee:
        role = _ROLE_SEP.join(r for r in (role, f"{EMPLOYER} {employee}") if r)
    return NameValue(name=name, entity_type=etype, role=role, canonical=canon)


EMPLOYER = "employer of"
"""Role of an organisation named as a person's employer ("employer of Ipek Ozkardeskaya")."""

_EMPLOYER_BETWEEN = re.compile(
    r"\s*,\s*(?:(?:an?|the|its|their)\s+)?(?:[a-z][\w'’-]*\s+){0,3}?"
    r"(?P<title>[a-z][\w'’-]*)\s+(?:at|with|of|for)\s+(?:the\s+)?$"
)
_EMPLOYEE_ENDINGS = ("ist", "er", "or", "ant", "ent", "man", "woman", "person", "chief", "head")


def _employers(text: str, raws: Sequence[_Raw]) -> None:
    """Mark an organisation named right after a person's title as that person's employer
    ("Ipek Ozkardeskaya, senior analyst at Swissquote Bank")."""
    ordered = sorted(raws, key=_START_END)
    for i, r in enumerate(ordered):
        if r.etype != "org" or i == 0:
            continue
        p = ordered[i - 1]
        if p.etype != "person" or p.segment != r.segment or p.end > r.start:
            continue
        m = _EMPLOYER_BETWEEN.fullmatch(text, p.end, r.start)
        if m is None or text[p.end : r.start].count(",") != 1:
            continue
        title = m.group("title").lower()
        if title in _ROLE_ENDINGS or title.endswith(_EMPLOYEE_ENDINGS):
            r.employee = p.name


def _employee(role: str | None) -> str | None:
    """The canonical name of the person an organisation's role says it employs."""
    for piece in (role or "").split(_ROLE_SEP):
        if piece.startswith(EMPLOYER + " "):
            return canonical(piece[len(EMPLOYER) + 1 :])
    return None


HEAD_OFFICES = frozenset(
    {"president", "prime minister", "party general secretary", "chancellor", "king", "queen",
     "leader"}
)  # fmt: skip
"""Offices "the Russian leader" may refer to."""

_DESCRIPTION = re.compile(
    rf"(?<![\w-])(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:(?P<former>former)\s+)?"
    rf"(?:(?P<country>{_NAT_RE})\s+)?(?P<title>{_TITLE_RE})\b(?!\s+(?-i:[A-Z]))(?!['’-])",
    re.I,
)


_DESCRIPTION_PREFILTER = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er)\s")


def _descriptions(
    text: str, sentences: Sequence[tuple[int, int, int, str]], raws: Sequence[_Raw]
) -> list[_Raw]:
    """`the Russian president`, `the prime minister`: a mention of the one entity named
    earlier in the story with that role; nothing when no entity or several fit."""
    out: list[_Raw] = []
    ordered = sorted(raws, key=_START)
    ends: set[tuple[int, int]] | None = None  # built when first needed, as is `fullest`
    fullest: dict[tuple[int, str], str] | None = None
    # Holders of each (segment, office, former) seen so far: country → up to two entities.
    seen: dict[tuple[int, str, bool], dict[str | None, dict[str, _Raw]]] = {}
    k = 0
    for s_start, s_end, segment, context in sentences:
        if not _DESCRIPTION_PREFILTER.search(context):
            continue
        before_sentence = text[s_start - 1] if s_start > 0 else ""
        for d_start, d_end, office, country, former, comma in _described(
            before_sentence, text[s_start:s_end]
        ):
            d_start, d_end = s_start + d_start, s_start + d_end
            while k < len(ordered) and ordered[k].start < d_start:
                r = ordered[k]
                k += 1
                if r.etype != "person":
                    continue
                for x in r.roles:
                    slot = seen.setdefault((r.segment, x.office, x.former), {})
                    holders = slot.setdefault(x.country, {})
                    if len(holders) < 2:
                        holders.setdefault(r.canon, r)
            if comma is not None:
                if ends is None:
                    ends = {(r.segment, r.end) for r in raws}
                if (segment, s_start + comma) in ends:
                    continue  # an appositive of a name ("Sergei Lavrov, the foreign minister")
            found: dict[str, _Raw] = {}
            for o in HEAD_OFFICES if office == "leader" else (office,):
                for c, holders in seen.get((segment, o, former), {}).items():
                    if country is None or c == country:
                        found.update(holders)
            if len(found) != 1:
                continue
            (owner,) = found.values()
            if fullest is None:
                fullest = _fullest(raws)
            out.append(
                _Raw(d_start, d_end, fullest[(segment, owner.canon)], owner.canon, "person",
                     list(owner.roles), True, segment, context)
            )  # fmt: skip
    return out


@lru_cache(maxsize=8192)
def _described(
    before: str, sentence: str
) -> tuple[tuple[int, int, str, str | None, bool, int | None], ...]:
    """The descriptions (`the Russian president`) a sentence writes, after the character
    `before` it (the only one `_DESCRIPTION` looks back at): start, end, office, country,
    former, and where the comma right before it is (None without one), relative to the
    sentence. Republished copies share most sentences, so this is computed once for each."""
    out = []
    for m in _DESCRIPTION.finditer(before + sentence, len(before)):
        start = m.start() - len(before)
        lead = max(0, start - 4)
        comma = re.search(r",\s*$", sentence[lead:start])
        title = " ".join(m.group("title").lower().split())
        out.append((
            start, m.end() - len(before), TITLE_SYNONYMS.get(title, title),
            _country(m.group("country")), bool(m.group("former")),
            None if comma is None else lead + comma.start(),
        ))  # fmt: skip
    return tuple(out)


def _fullest(raws: Sequence[_Raw]) -> dict[tuple[int, str], str]:
    """The fullest written name of each (segment, entity)."""
    fullest: dict[tuple[int, str], str] = {}
    for r in raws:
        best = fullest.get((r.segment, r.canon))
        if best is None or (len(r.name.split()), len(r.name)) > (len(best.split()), len(best)):
            fullest[(r.segment, r.canon)] = r.name
    return fullest


_Reading = tuple[int, int, str, str, EntityType, tuple[Role, ...], bool, int | None]


class _SentenceReadings(
    BoundedMemo[tuple[str, tuple[tuple[int, int, EntityType], ...]], tuple[_Reading, ...] | None]
):
    """The mentions of one sentence read with their roles and cues (`_reading`), keyed by
    the sentence's text and its mentions as found (relative offsets, as are the readings);
    None when a mention does not lie inside the sentence. Republished copies share most
    sentences, so most documents read no mention afresh."""


_READINGS = _SentenceReadings(4096)


def _sentence_raws(
    text: str, by_sentence: Sequence[tuple[Sentence, tuple[tuple[int, int, EntityType], ...]]]
) -> list[_Raw] | None:
    """The raw mentions `extract_with` reads from the sentence-by-sentence mentions of a
    recogniser, in the same order; None when its sentences overlap or a mention leaves its
    sentence (then only the document-wide reading assigns mentions to sentences alike)."""
    raws: list[_Raw] = []
    end = 0
    for sent, found in by_sentence:
        if sent.start < end:
            return None
        end = max(end, sent.end)
        if not found:
            continue
        key = (text[sent.start : sent.end], found)
        readings = _READINGS.get(key)
        if readings is None:
            if key in _READINGS.data:
                return None
            readings = _sentence_readings(*key)
            _READINGS.put(key, readings)
            if readings is None:
                return None
        at, segment, context = sent.start, sent.segment, sent.text
        for start, m_end, name, canon, etype, roles, person, title in readings:
            raw = _Raw(at + start, at + m_end, name, canon, etype, list(roles), person, segment,
                       context)  # fmt: skip
            if title is not None:
                raw.title_start = at + title
            raws.append(raw)
    return raws


def _sentence_readings(
    local: str, found: tuple[tuple[int, int, EntityType], ...]
) -> tuple[_Reading, ...] | None:
    """`_raw` of each mention `found` in the sentence `local`, in (start, end) order,
    offsets relative to the sentence; None when a mention does not lie inside it."""
    out = []
    for start, end, etype in sorted(found, key=_FOUND_START_END):
        if not 0 <= start < len(local) or end > len(local):
            return None
        r = _raw(local, Mention(start, end, etype), 0, len(local), 0, "")
        out.append((r.start, r.end, r.name, r.canon, r.etype, tuple(r.roles), r.person_cue,
                    r.title_start))  # fmt: skip
    return tuple(out)


_FOUND_START_END = operator.itemgetter(0, 1)


def _raw(text: str, m: Mention, s_start: int, s_end: int, segment: int, context: str) -> _Raw:
    """A mention read with its roles and cues, from the text around it in its sentence."""
    start, name, canon, etype, roles, person, title_start = _reading(
        text[max(s_start, m.start - 80) : m.start],
        text[m.start : m.end],
        text[m.end : min(s_end, m.end + 200)],
        m.entity_type,
    )
    raw = _Raw(m.start + start, m.end, name, canon, etype, list(roles), person, segment, context)
    if title_start is not None:
        raw.title_start = m.start + title_start
    return raw


@lru_cache(maxsize=8192)
def _reading(
    before: str, written: str, after: str, etype: EntityType
) -> tuple[int, str, str, EntityType, tuple[Role, ...], bool, int | None]:
    """`_read` of a mention written between `before` and `after` (all the sentence text
    the rules read around it: 80 characters before, 200 after), offsets relative to the
    mention; republished copies repeat most mentions with their surroundings."""
    raw = _read(before + written + after, Mention(len(before), len(before) + len(written), etype))
    title_start = None if raw.title_start is None else raw.title_start - len(before)
    return (raw.start - len(before), raw.name, raw.canon, raw.etype, tuple(raw.roles),
            raw.person_cue, title_start)  # fmt: skip


_GERMAN_TITLES = frozenset(
    anyascii(t) for t in TITLE_SYNONYMS if " " not in t and any(ch in t for ch in "äöüß")
) | frozenset({"parteichef", "parteichefin", "staatschef", "staatschefin", "generalsekretar"})
"""Folded German titles written capitalised inside a run of capitalised words."""


def _leading_title(run: str) -> int:
    """Characters of a German title (and a genitive before it) opening a run of capitalised
    words, 0 when none does: "Vietnams Parteichef Lam Thu Lam" is Lam Thu Lam, party
    chief. A name of two words or more must follow."""
    words = run.split(" ")
    for i, w in enumerate(words[:2]):
        folded = anyascii(w).lower()
        if (folded in _GERMAN_TITLES or _title_compound(folded)) and len(words) - i - 1 >= 2:
            return len(" ".join(words[: i + 1])) + 1
    return 0


def _read(text: str, m: Mention) -> _Raw:
    """The mention `m` of a sentence `text`, with its roles and cues."""
    start = m.start
    first, _, rest = text[start : m.end].partition(" ")
    titled = bool(rest) and "-" in first and first.rsplit("-", 1)[1].lower() in TITLE_WORDS
    if titled:  # "EZB-Präsidentin Christine Lagarde": a compound title, not part of the name
        start += len(first) + len(rest) - len(rest.lstrip()) + 1
    else:
        start += _leading_title(text[start : m.end])
    name = text[start : m.end]
    roles, person, org, title = _roles_around(text, start, m.end, 0, len(text))
    person = person or (titled and first.rsplit("-", 1)[1].lower() in PERSON_TITLES)
    etype: EntityType = m.entity_type
    if org:
        etype, roles = "org", []
    elif person and etype in ("other", "person"):
        etype = "person"
    elif etype == "place":
        roles, person = [], False
    raw = _Raw(start, m.end, name, canonical(name), etype, roles, person, 0, "")
    if roles and etype == "person":
        raw.title_start = title
    return raw


def _link(raws: list[_Raw]) -> None:
    """Link short references to the unique full mention of their story; share roles."""
    by_segment: dict[int, list[_Raw]] = {}
    for r in raws:
        by_segment.setdefault(r.segment, []).append(r)
    for group in by_segment.values():
        names = {r.canon for r in group if r.etype in ("person", "other")}
        fulls = sorted(c for c in names if len(c.split()) > 1)
        by_part: dict[str, list[str]] = {}
        for f in fulls:
            for p in set(f.split()):
                by_part.setdefault(p, []).append(f)
        owner_of: dict[str, str | None] = {}  # each name's unique owner, found once
        for r in group:
            if r.etype not in ("person", "other"):
                continue
            canon = r.canon
            if canon in owner_of:
                owner = owner_of[canon]
            else:
                owner = owner_of[canon] = _owner(canon, by_part)
            if owner is not None:
                r.canon = owner
        _link_acronyms(group)
        entities: dict[str, list[_Raw]] = {}
        for r in group:
            entities.setdefault(r.canon, []).append(r)
        for members in entities.values():
            roles = _merge_roles([x for m in members for x in m.roles])
            types = {m.etype for m in members}
            etype: EntityType = (
                "person" if any(m.person_cue for m in members) and "org" not in types
                else "org" if "org" in types
                else "place" if types == {"place"}
                else members[0].etype
            )  # fmt: skip
            for m in members:
                m.roles = list(roles)
                m.etype = etype


def _owner(canon: str, by_part: dict[str, list[str]]) -> str | None:
    """The unique full name of the story whose parts contain those of `canon`, if any."""
    parts = canon.split()
    if not parts or canon in COUNTRIES:
        return None  # a country is itself, not short for "U.S. Coast Guard"
    owners = [
        f for f in by_part.get(parts[0], ())
        if f != canon and _contains(f.split(), parts) and not _heads(parts, f.split())
    ]  # fmt: skip
    return owners[0] if len(owners) == 1 else None


ACRONYM_GAP = 3
"""Characters between a name and the bracketed acronym defining it ("Bank (ECB)": " (")."""


def _link_acronyms(group: list[_Raw]) -> None:
    """Link an acronym to the name it is defined after in its story ("the European Central
    Bank (ECB)"): every "ECB" of the story is then that bank, shown by its full name."""
    defined: dict[str, str] = {}
    for prev, r in itertools.pairwise(group):
        acronym = r.name.strip("()")
        if (
            2 <= len(acronym) <= 6
            and acronym.isalpha()
            and acronym.isupper()
            and 0 < r.start - prev.end <= ACRONYM_GAP
            and len(prev.canon.split()) > 1
            and _initials(prev.canon.split()) == acronym.lower()
        ):
            defined.setdefault(r.canon, prev.canon)
    for r in group:
        if r.canon in defined:
            r.canon = defined[r.canon]


@lru_cache(maxsize=65536)
def _known_type(canon: str) -> EntityType:
    """The type the name tables give a name: "place" (`Russland`, `Atlántico`), "org" or
    "other"."""
    types = {_lexdata.entity_type(e) for e, kind in _lexdata.forms(canon) if kind == "name"}
    if types == {"place"}:
        return "place"
    if types == {"org"}:
        return "org"
    return "other"


def _heads(parts: Sequence[str], full: Sequence[str]) -> bool:
    """True when two or more `parts` open a `full` name that goes on for two more parts: an
    organisation in front of a person's name ("Coast Guard" in "Coast Guard John Mauger"),
    no short form of it."""
    return (
        len(parts) >= 2 and len(full) >= len(parts) + 2 and list(full[: len(parts)]) == list(parts)
    )


def _contains(full: Sequence[str], parts: Sequence[str]) -> bool:
    """True when `parts` occur in `full` in order (a surname, "Gould Davies")."""
    it = iter(full)
    return all(p in it for p in parts) and len(parts) < len(full)


@lru_cache(maxsize=8)
def _extract_default(doc: Document) -> tuple[NameClaim, ...]:
    return tuple(extract_with(doc, None))


def extract(doc: Document, config: Config | None) -> Sequence[NameClaim]:
    """Every name mention, by `config.name_recognizer` (default: the rule-based recogniser).

    The quote kind reads the same mentions to link speakers, so the last few documents'
    mentions are kept.
    """
    recognizer = getattr(config, "name_recognizer", None)
    if recognizer is not None:
        return tuple(extract_with(doc, config, recognizer=recognizer))
    return _extract_default(doc)


def normalize(claim: NameClaim) -> NameValue:
    """The claim's value (extraction already normalised it)."""
    return claim.value


# --- comparison ------------------------------------------------------------------------


def _match_claims(a: NameClaim, b: NameClaim) -> tuple[float, Verdict | None]:
    va, vb = normalize(a), normalize(b)
    if va.name != vb.name and (
        canonical(_umlauts(va.name)) == vb.canonical or canonical(_umlauts(vb.name)) == va.canonical
    ):
        return (100.0, "agree")  # Körner / Koerner: the German spelling without umlauts
    found = match(
        va.canonical, vb.canonical, va.role, vb.role, va.entity_type, vb.entity_type,
        a.article == b.article and a.segment == b.segment,
    )  # fmt: skip
    if found[1] == "variant" and _translated(va.canonical, vb.canonical):
        return (found[0], "agree")  # "Guardia Nacional" / "Guarda Nacional": one name translated
    if found[1] == "variant" and _exonyms(a, b):
        return (found[0], "agree")  # "Dolomites" / "Dolomiti": one place in two languages
    if found[1] == "variant" and _inflected(a, b):
        return (found[0], "agree")  # "dem Schweden" / "einer Schwedin": one word, two cases
    if found[1] == "variant" and _two_words(a, b):
        return (found[0], None)  # "Europa" / "Europeo", "Francisco" / "Francesco": unsure
    return found


WORD_ZIPF = 4.0
"""Zipf frequency from which a one-word name is also a word of its article's language."""


def _two_words(a: NameClaim, b: NameClaim) -> bool:
    """Whether two one-word names from articles in two languages are each a frequent word of
    its own language: two words of two languages ("Europa" in Spanish, "Europeo" in Italian;
    "Francisco" and "Francesco"), not one name misspelt."""
    found = _one_word_each_in_two_languages(a, b)
    if found is None:
        return False
    (x, la), (y, lb) = found
    return _lexdata.zipf(x, la) >= WORD_ZIPF and _lexdata.zipf(y, lb) >= WORD_ZIPF


def _one_word_each_in_two_languages(
    a: NameClaim, b: NameClaim
) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """((name, language), (name, language)) of two one-word names from sentences in two
    languages, or None when either has more words or the languages are one or unknown."""
    la, lb = context_language(a.context), context_language(b.context)
    if la is None or lb is None or la == lb:
        return None
    x, y = normalize(a).canonical, normalize(b).canonical
    if " " in x or " " in y:
        return None
    return (x, la), (y, lb)


GERMAN_ENDINGS = frozenset({"", "e", "en", "n", "in", "s", "es", "er", "em"})
"""Case, number and gender endings of German nouns and adjectives."""


def _inflected(a: NameClaim, b: NameClaim) -> bool:
    """Whether two one-word names of German sentences are one word in two inflected forms:
    the same stem of `EXONYM_STEM` letters or more, each ending a German noun ending ("dem
    Schweden" / "einer Schwedin"; German capitalises every noun, so such words are taken for
    names)."""
    if context_language(a.context) != "de" or context_language(b.context) != "de":
        return False
    x, y = normalize(a).canonical, normalize(b).canonical
    if " " in x or " " in y:
        return False
    stem = len(os.path.commonprefix((x, y)))
    return stem >= EXONYM_STEM and x[stem:] in GERMAN_ENDINGS and y[stem:] in GERMAN_ENDINGS


EXONYM_STEM = 6
"""Letters two one-word names in two languages share before their endings differ."""
EXONYM_ENDING = 2
"""Letters of each ending that may differ ("Dolomit-es", "Dolomit-i")."""


def _exonyms(a: NameClaim, b: NameClaim) -> bool:
    """Whether two one-word names from articles in two languages are one name in each
    language's form: the same stem of `EXONYM_STEM` letters or more, endings of at most
    `EXONYM_ENDING` letters ("Dolomites" / "Dolomiti")."""
    found = _one_word_each_in_two_languages(a, b)
    if found is None:
        return False
    (x, _), (y, _) = found
    stem = len(os.path.commonprefix((x, y)))
    return stem >= EXONYM_STEM and max(len(x), len(y)) - stem <= EXONYM_ENDING


@lru_cache(maxsize=8192)
def _translated(ca: str, cb: str) -> bool:
    """Whether two names of as many parts are one name in two languages: every part that
    differs is a common word of one language with the same English sense as the other's in
    another ("guardia" in Spanish, "guarda" in Portuguese: guard). A misspelt surname has no
    sense, so it stays a variant. (A short sentence does not tell its language reliably, so
    every pair of the six languages is tried.)"""
    pa, pb = ca.split(), cb.split()
    if len(pa) != len(pb):
        return False
    differing = [(x, y) for x, y in zip(pa, pb, strict=True) if x != y]
    if not differing:
        return False
    pairs: set[tuple[str, str]] | None = None
    for x, y in differing:
        senses_y = {lb: gloss(y, lb) for lb in LANGUAGES}
        here = {
            (la, lb)
            for la in LANGUAGES
            if (gx := gloss(x, la))
            for lb in LANGUAGES
            if lb != la and senses_y[lb] == gx
        }
        pairs = here if pairs is None else pairs & here
        if not pairs:
            return False
    return bool(pairs)


def similarity(a: NameClaim, b: NameClaim) -> float:
    """100 for the same entity, 90ish for a spelling variant or the same slot, 0 otherwise."""
    return _match_claims(a, b)[0]


def compare(a: NameClaim, b: NameClaim, config: Config) -> Verdict | None:
    """agree, variant (misspelt), conflict (same slot, another name) or None (unsure)."""
    return _match_claims(a, b)[1]


def key(claim: NameClaim) -> str:
    """Blocking key: organisations apart from people, places and other names (a place's
    misspelling is often not known as a place)."""
    return "org" if normalize(claim).entity_type == "org" else "person"


def _entity_tokens(canonical_name: str) -> list[str]:
    """Tokens of the entities a known name names, so its names in other languages meet."""
    return [f"entity:{e}" for e, kind in _lexdata.forms(canonical_name) if kind == "name"]


def identity(claim: NameClaim) -> Hashable:
    """The canonical name without spaces ("Gould-Davies" = "Gould Davies")."""
    return claim.value.canonical.replace(" ", "")  # `normalize(claim)` is the value


def tokens(claim: NameClaim) -> Sequence[str]:
    """Blocking tokens: name parts, their prefixes and transliteration keys, role slots."""
    v = normalize(claim)
    return _tokens(v.canonical, v.role)


@lru_cache(maxsize=8192)
def _tokens(canonical_name: str, role: str | None) -> tuple[str, ...]:
    out: list[str] = []
    for p in canonical_name.split():
        out.extend((p, fold(p)))
        if len(p) >= 5:
            out.append(p[:3] + "…")
    if len(canonical_name.split()) > 1:
        out.append(_initials(canonical_name.split()))
    else:
        out.append(canonical_name)
    out.extend(_entity_tokens(canonical_name))
    for r in parse_roles(role):
        if r.slot:
            out.append(f"slot:{r.office}:{r.country or ''}")
    return tuple(out)


def describe(claim: NameClaim) -> str:
    """The name as written, with its roles."""
    v = normalize(claim)
    return v.name + (f" ({v.role})" if v.role else "")


def subject(claim: NameClaim) -> str:
    """The slot ("President of Vietnam") for office holders, the employee for employers
    ("Employer of Ipek Ozkardeskaya"), else the name."""
    v = normalize(claim)
    slots = [r for r in parse_roles(v.role) if r.slot and r.country]
    if slots:
        s = str(slots[0])
        return s[0].upper() + s[1:]
    for piece in (v.role or "").split(_ROLE_SEP):
        if piece.startswith(EMPLOYER + " "):
            return "Employer o" + piece[len("Employer o") :]  # "Employer of Ipek Ozkardeskaya"
    return f"name of {v.name}"


KIND = Kind(
    name="name",
    value=NameValue,
    claim=NameClaim,
    priority=10,
    extract=extract,
    key=key,
    identity=identity,
    compare=compare,
    describe=describe,
    subject=subject,
    similarity=similarity,
    threshold=80.0,
    tokens=tokens,
    compare_within_article=True,
    report_single=False,
    slot=masked_sentence,
    corpus=CORPUS,
    negative_corpus=NEGATIVE_CORPUS,
    compare_corpus=COMPARE_CORPUS,
    templates={
        "conflict": "{subject}: {ref_source} names {ref_quote} but {other_source} names {other_quote}, which is not a spelling of the same name.",
        "agree": "{n} agree on the name {ref_value}: {ref_quotes}.",
        "slot": "{ref_source} and {other_source} print the same sentence with different names: {ref_quote} [{ref_source}] vs {other_quote} [{other_source}] in “{slot}”.",
    },
    doc=__doc__ or "",
)

__all__ = [
    "COMMON_PARTS", "COMPARE_CORPUS", "CORPUS", "NEGATIVE_CORPUS", "KIND", "Role", "canonical", "extract",
    "extract_with", "fold", "match", "parse_roles",
]  # fmt: skip
