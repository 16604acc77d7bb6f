"""Name recognisers: find where people, organisations and places are named in a document.

A recogniser is any callable `(doc) -> Sequence[Mention]` (the `Recognizer` protocol). The
default, `RuleRecognizer`, reads capitalised sequences; `SpacyRecognizer` adapts any spaCy
pipeline with an entity recogniser (spaCy is an optional extra, imported lazily). Roles,
linking and comparison live in `kinds/name.py` and work the same for every recogniser.

The rule-based recogniser:

- takes runs of capitalised words (any script with case, diacritics kept), hyphenated words
  (`Gould-Davies`, `Kim Jong-un`), name particles inside a run (`de`, `van`, `von`, `bin`,
  `al-`), `of`/`for` inside organisation names, acronyms (`IISS`, `U.S.`);
- ends a run at punctuation, at a possessive (`Putin's Recent Visit` gives `Putin`) and at
  capitalised function words (`The`, `And`);
- drops titles, honorifics and nationality adjectives at the front (`Russian President
  Vladimir Putin` gives `Vladimir Putin`); a title inside a run splits it;
- drops runs made only of common words (`Recent Visit`, headline case), months, weekdays,
  and a sentence's first word when it is a common word or occurs in lower case elsewhere
  in the document (`Speaking`, `Earlier`, `Bilateral`).

Republished copies of a story share most sentences, so each sentence's mentions are
remembered across documents, together with the few document facts the rules read for it;
a remembered result is reused only where the document gives the same answers.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Container, Iterable, Sequence
from functools import lru_cache
from typing import Any, Literal, Protocol

from anyascii import anyascii

from factcheck.core import Document, EntityType, Sentence
from factcheck.kinds._common import STOPWORDS, BoundedMemo
from factcheck.lang import names as _lexdata

HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame lord lady mme m".split())
"""Honorifics dropped from the front of a name (with or without a full stop)."""

TITLE_WORDS = frozenset(
    """president presidents prime minister ministers premier chancellor secretary general
    secretary-general chairman chairwoman chair chief leader leaders king queen prince princess
    emperor pope ambassador envoy spokesperson spokesman spokeswoman analyst fellow senior
    senator governor mayor director editor professor general colonel captain commander
    lieutenant sergeant admiral marshal deputy vice first lady head founder judge justice
    sheikh emir sultan crown ceo cfo chief-executive secretary
    presidente presidenta président présidente präsident präsidentin ministro ministra ministre
    ministerin alcalde alcaldesa maire bürgermeister bürgermeisterin sindaco sindaca prefeito
    prefeita gobernador gobernadora gouverneur governatore governador governadora portavoz
    porte-parole sprecher sprecherin portavoce porta-voz rey roi könig königin reina reine rainha
    kanzler kanzlerin bundeskanzler bundeskanzlerin chancelier chancelière embajador embajadora
    ambassadeur ambassadrice botschafter botschafterin ambasciatore embaixador embaixadora
    senador senadora sénateur sénatrice senatore superintendent superintendente commissioner
    coronel colonnello oberst colonel-général capitán capitaine capitano kapitän almirante
    amiral ammiraglio contrammiraglio admiral-in-chief rear-admiral vice-admiral adm capt col
    gen lt sgt gov sen rep supt cmdr rear brigadier commodore maj cdr vicealmirante
    contralmirante contra-almirante vice-almirante konteradmiral vizeadmiral contre-amiral
    vice-amiral viceammiraglio teniente tenente sargento sergente comandante billionaire
    businessman businesswoman tycoon entrepreneur explorer adventurer milliardaire
    multimillonario milliardär miliardario bilionário empresario empresaria empresário
    empresária geschäftsmann unternehmer imprenditore explorador exploradora explorateur
    exploratrice esploratore abenteurer juez jueza juge giudice juiz juíza prosecutor
    procureur procuratore staatsanwalt staatsanwältin prefect préfet préfète prefecto prefetto
    präfekt sheriff commissaire comisario commissario lawmaker congressman congresswoman
    diputado diputada député députée deputato deputata deputado deputada abgeordneter
    abgeordnete""".split()
)
"""Words that make up titles; a title in front of a name is a role, not part of the name."""

PERSON_TITLES = TITLE_WORDS - frozenset({"general", "first", "senior", "head", "chief", "crown"})
"""Title words that, in front of a name, make it a person."""

NATIONALITIES: dict[str, str] = {
    "russian": "Russia", "vietnamese": "Vietnam", "north korean": "North Korea",
    "south korean": "South Korea", "korean": "Korea", "chinese": "China",
    "american": "United States", "u.s.": "United States", "us": "United States",
    "british": "United Kingdom", "uk": "United Kingdom", "australian": "Australia",
    "ukrainian": "Ukraine", "french": "France", "german": "Germany", "japanese": "Japan",
    "indian": "India", "israeli": "Israel", "iranian": "Iran", "turkish": "Turkey",
    "belarusian": "Belarus", "polish": "Poland", "italian": "Italy", "spanish": "Spain",
    "canadian": "Canada", "brazilian": "Brazil", "libyan": "Libya", "syrian": "Syria",
    "egyptian": "Egypt", "saudi": "Saudi Arabia", "thai": "Thailand", "indonesian": "Indonesia",
    "philippine": "Philippines", "filipino": "Philippines", "malaysian": "Malaysia",
    "singaporean": "Singapore", "mexican": "Mexico", "dutch": "Netherlands",
    "swedish": "Sweden", "norwegian": "Norway", "finnish": "Finland", "pakistani": "Pakistan",
    "afghan": "Afghanistan", "iraqi": "Iraq", "palestinian": "Palestine", "cuban": "Cuba",
    "venezuelan": "Venezuela", "georgian": "Georgia", "hungarian": "Hungary",
    "serbian": "Serbia", "greek": "Greece", "european": "Europe", "soviet": "Soviet Union",
    "kremlin": "Russia", "asian": "Asia", "southeast asian": "Southeast Asia",
    "african": "Africa", "arab": "Arab world", "western": "West", "latin american": "Latin America",
}  # fmt: skip
"""Nationality adjectives (lower case) → country."""

COUNTRIES = frozenset(
    [c.lower() for c in NATIONALITIES.values()]
    + "vietnam russia korea china ukraine belarus libya syria united states united kingdom "
    "america britain japan india iran israel turkey".split()
)
"""Country names (lower case), for `Country's president` and `of Country`."""

PLACES = frozenset(
    """russia vietnam ukraine china korea north south east west moscow hanoi pyongyang seoul kyiv
    beijing washington london belarus singapore bangkok hague asia europe pacific asia-pacific
    america africa sea united states kingdom japan india eurasia taiwan paris berlin tokyo
    crimea donbas kremlin gaza israel iran iraq syria libya turkey germany france britain
    australia canada mexico brazil egypt the""".split()
)
"""Words that, when a name is made only of them, make it a place."""

ORG_HEADS = frozenset(
    """company corporation corp inc ltd llc plc group bank ministry institute institution agency
    center centre party union court embassy council committee commission office university
    association organization organisation fund army navy forces press newspaper times post news
    programme program society federation parliament assembly government television radio
    foundation school college academy authority department bureau service services airlines
    airways railways holdings industries enterprises partners capital energy petroleum oil gas
    jsc pjsc gmbh ag sa nv bv""".split()
)
"""Words that make a name an organisation."""

PARTICLES = frozenset(
    "de del della di da dos das du van von der den ter bin ibn bint la le".split()
)
"""Lower-case particles allowed inside a name (`Ursula von der Leyen`)."""

KNOWN_NAMES: dict[str, EntityType] = {
    "united states": "place", "united kingdom": "place", "united nations": "org",
    "european union": "org", "european commission": "org", "south china sea": "place",
    "global south": "place", "cold war": "other", "white house": "org", "security council": "org",
    "middle east": "place", "new york": "place", "new delhi": "place", "north korea": "place",
    "south korea": "place", "soviet union": "place", "new zealand": "place",
}  # fmt: skip
"""Multi-word names made of common words, kept whole, with their type."""

FUNCTION_BREAKS = frozenset(
    """the a and but or if as at by in on with from for this that these those it its he she we
    they his her our their is was are were has have had will would not no after before over
    under into about than then so also""".split()
)
"""Capitalised function words that end a run mid-sentence ("China And now"); `To`, `Le`,
`Do`, `An`, `My` are not among them: they are Vietnamese name parts."""

SHORT_NAME_PARTS = frozenset("to do le an my ha ho".split())
"""Short words that are also Vietnamese name parts (`To Lam`): kept inside a name."""

COMPOUND_SUFFIXES = frozenset(
    "style led based owned run backed born made linked allied controlled funded friendly era "
    "like type sponsored speaking language".split()
)
"""`Soviet-style`, `US-led`: a capitalised word with one of these after a hyphen is no name."""

MAX_NAME_WORDS = 12
"""A capitalised run longer than this (with its title) is title case, not a name."""

_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az)[-‐](?=\w)", re.I)

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

COMMON_WORDS = (
    STOPWORDS
    | MONTHS
    | WEEKDAYS
    | frozenset(
        """after before despite given speaking evidence allowing since while during many most some
    both either neither none also but yet still even though although because however meanwhile
    earlier later last next new old recent current former late latest early big major key top
    great little small large long short high low full half whole other another several such
    bilateral multilateral military political economic strategic diplomatic national
    international global regional local foreign domestic public private official officials
    state states federal central western eastern northern southern visit visits trip talks
    meeting meetings summit deal deals agreement agreements treaty pact statement statements
    report reports news story stories breaking update live video photo photos watch read
    analysis opinion comment editorial exclusive war wars crisis conflict peace security
    defence defense trade energy economy sanctions sanction weapons arms aid talks relations
    ties signs sign signed says said meets met warns warned threatens threatened vows calls
    seeks urges backs hits slams rejects agrees agreed plans plan says people country
    countries nation nations world leaders leader president prime minister government
    officials experts analysts critics residents police authorities troops forces soldiers
    asked according today yesterday tomorrow tonight now then here there why how what when
    where who which mr mrs ms dr ever never always again indeed instead meanwhile moreover
    furthermore therefore thus hence first second third one two three four five six seven
    eight nine ten dozen hundreds thousands millions billions percent per cent year years
    month months week weeks day days morning afternoon evening night cold global south free
    more less few much just only already very well good bad best worst better worse maybe
    perhaps arrest warrant growing rising amid among within without toward towards across
    along behind beyond inside outside
    agree agrees meet meets hold holds launch launches vow vows pledge pledges urge warn call
    calls deny denies reject slam face faces win wins lose loses end ends open opens counterpart
    counterparts partner partners ally allies rise rises fall falls""".split()
    )
)
"""Words that are not names on their own (a run made only of them is dropped)."""

_TRIMMED_WORDS = COMMON_WORDS - SHORT_NAME_PARTS
_NOT_NAMES = COMMON_WORDS | TITLE_WORDS | frozenset(NATIONALITIES)
"""Words none of which makes a name alone: common words, titles, nationalities."""
"""Common words trimmed from the edges of a name."""

_CONNECTORS = PARTICLES | {"of", "for"}
"""Words that may sit inside a name but never at its edges."""

ENTITY_LABELS: dict[str, EntityType] = {
    "PERSON": "person", "PER": "person", "ORG": "org", "GPE": "place", "LOC": "place",
    "FAC": "place", "NORP": "other",
}  # fmt: skip
"""spaCy entity labels → our entity types (other labels are ignored)."""


@dataclasses.dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a document: a span of the original text and an entity type."""

    start: int
    end: int
    entity_type: EntityType


class Recognizer(Protocol):
    """Finds the names in a document; spans index `doc.article.text`."""

    def __call__(self, doc: Document) -> Sequence[Mention]: ...


_TOKEN = re.compile(
    r"(?P<abbr>(?:[A-Z]\.){2,})"
    r"|(?P<word>[^\W\d_](?:[\w'’‐-]*[^\W_])?\.?)"
    r"|(?P<gap>[ \t\u00a0]+)"
    r"|(?P<other>\S)"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_HYPHEN = re.compile(r"[-‐]")
_ENDS_POSSESSIVE = re.compile(r"['’]s$|s['’]$")
_IDLE_SKIP = (
    r"(?:\s+|[^\w\s]+|[\d_]+"
    r"|(?![a-z].[-‐])"
    r"(?!(?i:" + "|".join(sorted(PARTICLES)) + r")(?![\w'’‐-]*[^\W_])(?!\.))"
    r"[a-z](?:[\w'’‐-]*[^\W_])?\.?)*+"
)
_IDLE_TOKEN = re.compile(_IDLE_SKIP + r"(?:" + _TOKEN.pattern + r")")
_NEXT_TOKEN = re.compile(r"\s*+(?:" + _TOKEN.pattern + r")")
"""`_TOKEN` after the tokens that are nothing to `_runs` while no run is open: spaces,
punctuation, digits and lower-case ASCII words other than particles, each consumed exactly
as a `_TOKEN` scan would (same boundaries), without backtracking (possessive). Words with
a hyphen third (`al-Assad`) are left to `_TOKEN`. `_NEXT_TOKEN` passes over whitespace
only (gaps and line breaks are never part of a token, and `_runs` skips gaps)."""
_PREFILTER = re.compile(r"[^\W\d_]", re.U)
_LOWER_WORD = re.compile(r"[a-z](?<![\w'’-][a-z])[a-z'’-]*\b")
"""A lower-case word not inside a longer word (the look-behind after the first letter lets
the search skip ahead to letters)."""
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or bool(_ARABIC_ARTICLE.match(word) and word[3:4].isupper())


@lru_cache(maxsize=8192)
def _bare(word: str) -> str:
    """Lower case, no trailing full stop or possessive."""
    return _POSSESSIVE.sub("", word.rstrip(".")).lower()


@dataclasses.dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    possessive: bool


def _runs(text: str, start: int, end: int) -> Iterable[list[_Tok]]:
    """Runs of capitalised words (with particles and org connectors) in text[start:end]."""
    run: list[_Tok] = []
    pending: list[_Tok] = []  # particles or connectors waiting for a capitalised word
    pos = start
    while True:
        # With nothing open, tokens that cannot start a run are passed over in one match.
        # (A match, not a search: a search would retry inside the words just passed over.)
        m = (_NEXT_TOKEN if run or pending else _IDLE_TOKEN).match(text, pos, end)
        if m is None:
            break  # fails only at the end: whitespace is passed over
        kind = m.lastgroup
        pos = m.end()
        if kind == "gap":
            continue
        word = m.group(kind)  # type: ignore[arg-type]
        tstart = m.start(kind)  # type: ignore[arg-type]
        if kind in ("word", "abbr") and (kind == "abbr" or _is_capitalised(word)):
            stripped = word
            # A trailing full stop belongs to the word only for honorifics and initials.
            if (
                kind == "word"
                and word.endswith(".")
                and not (word[:-1].lower() in HONORIFICS or len(word) == 2)
            ):
                stripped = word[:-1]
            possessive = bool(_ENDS_POSSESSIVE.search(stripped))
            tok = _Tok(tstart, tstart + len(stripped), stripped, possessive)
            if possessive:
                tok.end -= 2
                tok.text = stripped[:-2]
            if run or not pending or pending[-1].text.lower() in PARTICLES:
                run.extend(pending)
            pending = []
            run.append(tok)
            if possessive or stripped != word:
                yield run
                run = []
            continue
        if (
            kind == "word"
            and run
            and (
                word.lower() in PARTICLES
                or (word in ("of", "for") and any(t.text.lower() in ORG_HEADS for t in run))
            )
        ):
            pending.append(_Tok(tstart, pos, word, False))
            continue
        if kind == "word" and not run and word.lower() in PARTICLES:
            pending = [_Tok(tstart, pos, word, False)]
            continue
        if run:
            yield run
        run, pending = [], []
    if run:
        yield run


def _split_at(run: list[_Tok], breaks: frozenset[str]) -> list[list[_Tok]]:
    out: list[list[_Tok]] = [[]]
    for t in run:
        word = t.text
        if (word.lower() in breaks and word[:1].isupper()) or (
            ("-" in word or "‐" in word) and _HYPHEN.split(word)[-1] in COMPOUND_SUFFIXES
        ):
            out.append([])
        else:
            out[-1].append(t)
    return [r for r in out if r]


def _document_facts(
    doc: Document,
) -> tuple[tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]], list[bool]]:
    """What the whole document says about its words, from one pass over its sentences:
    the words it writes in lower case somewhere (common words, not names); the capitalised
    words it also writes on their own (not inside a hyphenation); the capitalised words of
    its non-headline sentences; and those written after a sentence's first word (a name is
    capitalised there, a common word only at a sentence's start); then whether each
    sentence is a headline. One pass: a document of more sentences than the sentence cache
    holds would recompute each sentence per fact."""
    lower: set[str] = set()
    standalone: set[str] = set()
    capitals: set[str] = set()
    inner: set[str] = set()
    headlines: list[bool] = []
    for s in doc.sentences:
        facts = _sentence_facts(s.text)
        lower |= facts[0]
        standalone |= facts[1]
        capitals |= facts[2]
        inner |= facts[4]
        headlines.append(facts[3])
    words = (frozenset(lower), frozenset(standalone), frozenset(capitals), frozenset(inner))
    return words, headlines


_STANDALONE_WORD = re.compile(r"[A-Z](?<![\w'’‐-][A-Z])[\w]*(?![\w‐-])")


@lru_cache(maxsize=2048)
def _sentence_facts(
    sentence: str,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], bool, frozenset[str]]:
    """One sentence's share of the document facts: its lower-case words, its standalone
    capitalised words, and its capitalised words unless it is a headline; then whether it
    is a headline, and its capitalised words after the first (none for a headline)."""
    lower = frozenset(_LOWER_WORD.findall(sentence))  # lower case already
    standalone = frozenset(_STANDALONE_WORD.findall(sentence))
    capitals: frozenset[str] = frozenset()
    inner: frozenset[str] = frozenset()
    words = _HEADLINE_WORD.findall(sentence)
    headline = _headline_words(sentence, words)
    if not headline:
        capitals = frozenset(w for w in words if w[0].isupper())
        inner = frozenset(w for w in words[1:] if w[0].isupper())
    return lower, standalone, capitals, headline, inner


def _split_compound(run: list[_Tok], standalone: Container[str]) -> list[list[_Tok]]:
    """`Putin-Kim` is two names when both halves are named on their own elsewhere."""
    if len(run) != 1:
        return [run]
    t = run[0]
    halves = _HYPHEN.split(t.text)
    if len(halves) != 2 or not all(h[:1].isupper() and h in standalone for h in halves):
        return [run]
    cut = t.start + len(halves[0])
    return [[_Tok(t.start, cut, halves[0], False)], [_Tok(cut + 1, t.end, halves[1], t.possessive)]]


def _is_headline(sentence: str) -> bool:
    return _sentence_facts(sentence)[3]


def _headline_words(sentence: str, words: list[str]) -> bool:
    """`_is_headline`, given the sentence's `_HEADLINE_WORD` words."""
    content = [w for w in words if w.lower() not in STOPWORDS]
    if len(content) < 3:
        return False
    caps = sum(1 for w in content if w[:1].isupper())
    return caps >= 0.8 * len(content) and not sentence.rstrip().endswith((".", "”", '"'))


def _entity_type(words: Sequence[str], person_cue: bool) -> EntityType:
    lowered = [_bare(w) for w in words]
    if not ORG_HEADS.isdisjoint(lowered):
        return "org"
    if person_cue:
        return "person"
    if PLACES.issuperset(lowered):
        return "place"
    return "other"


class _Probe:
    """A set that remembers which words were asked about, and the answers."""

    __slots__ = ("answers", "which", "words")

    def __init__(self, words: frozenset[str], which: int, answers: dict[tuple[int, str], bool]):
        self.words = words
        self.which = which
        self.answers = answers

    def __contains__(self, word: object) -> bool:
        found = word in self.words
        self.answers[(self.which, str(word))] = found
        return found


_Found = tuple[
    tuple[tuple[tuple[int, str, bool], ...], tuple[tuple[int, int, EntityType], ...]], ...
]


_MemoKey = tuple[str, str, str | None, str]


class _SentenceMemo(BoundedMemo[_MemoKey, _Found]):
    """Mentions of one sentence, remembered across documents (bounded, oldest out first).

    The key holds everything of the sentence itself the rules read: its text, the character
    before it (an opening quotation mark), its text as segmented and the article's language. The rules also ask the
    document about a few words (lower case elsewhere, written on their own, capitalised in
    the body); each remembered result keeps those questions with their answers and is reused
    only when the current document answers all of them alike. Offsets are kept relative to
    the sentence start.
    """

    def __init__(self, maxsize: int = 2048, variants: int = 8) -> None:
        super().__init__(maxsize)
        self.variants = variants

    def mentions(
        self, key: _MemoKey, facts: tuple[frozenset[str], ...]
    ) -> tuple[tuple[int, int, EntityType], ...] | None:
        """The remembered mentions of the sentence whose document facts answer alike."""
        for answers, found in self.get(key) or ():
            if all((word in facts[which]) is ans for which, word, ans in answers):
                return found
        return None

    def remember(
        self,
        key: _MemoKey,
        answers: dict[tuple[int, str], bool],
        found: tuple[tuple[int, int, EntityType], ...],
    ) -> None:
        """Keep `found` with the questions it asked, before the sentence's older variants."""
        entry = (tuple((w, word, a) for (w, word), a in answers.items()), found)
        self.put(key, (entry, *(self.get(key) or ())[: self.variants - 1]))


_MEMO = _SentenceMemo()
"""Per-sentence mentions of `RuleRecognizer`: republished copies share most sentences."""


class RuleRecognizer:
    """The default recogniser: capitalised sequences with the rules of this module."""

    def __call__(self, doc: Document) -> Sequence[Mention]:
        return [
            Mention(sent.start + s, sent.start + e, t)
            for sent, found in self.by_sentence(doc)
            for s, e, t in found
        ]

    def by_sentence(
        self, doc: Document
    ) -> list[tuple[Sentence, tuple[tuple[int, int, EntityType], ...]]]:
        """Each sentence of `doc` with its mentions as (start, end, type), offsets relative to
        the sentence start: what `__call__` finds, sentence by sentence."""
        text = doc.text or doc.article.text
        facts, headlines = _document_facts(doc)
        lang = doc.article.language.split("-")[0].split("_")[0].lower()
        out: list[tuple[Sentence, tuple[tuple[int, int, EntityType], ...]]] = []
        for sent, headline in zip(doc.sentences, headlines, strict=True):
            local = text[sent.start : sent.end]
            key = (
                local,
                text[sent.start - 1] if sent.start > 0 else "",
                None if sent.text == local else sent.text,
                lang,
            )
            found = _MEMO.mentions(key, facts)
            if found is None:
                answers: dict[tuple[int, str], bool] = {}
                lower, standalone, evidenced, inner = (
                    _Probe(f, i, answers) for i, f in enumerate(facts)
                )
                found = tuple(
                    (m.start - sent.start, m.end - sent.start, m.entity_type)
                    for m in self._sentence(
                        text, sent, lower, standalone, evidenced, inner, lang, headline
                    )
                )
                _MEMO.remember(key, answers, found)
            out.append((sent, found))
        return out

    def _sentence(
        self,
        text: str,
        sent: Sentence,
        lower: Container[str],
        standalone: Container[str],
        evidenced: Container[str],
        inner: Container[str] = frozenset(),
        lang: str = "en",
        headline: bool | None = None,
    ) -> list[Mention]:
        out: list[Mention] = []
        if not _PREFILTER.search(sent.text):
            return out
        if headline is None:
            headline = _is_headline(sent.text)
        first_word = _HEADLINE_WORD.search(sent.text)
        first_at = sent.start + first_word.start() if first_word else -1
        for run in _runs(text, sent.start, sent.end):
            for part in _split_at(run, FUNCTION_BREAKS):
                for piece in _split_compound(part, standalone):
                    mention = self._mention(
                        text, piece, first_at, lower, headline, evidenced, inner, lang
                    )
                    if mention is not None:
                        out.append(mention)
        return out

    def _mention(
        self,
        text: str,
        run: list[_Tok],
        first_at: int,
        lower: Container[str],
        headline: bool,
        evidenced: Container[str] = frozenset(),
        inner: Container[str] = frozenset(),
        lang: str = "en",
    ) -> Mention | None:
        if len(run) > MAX_NAME_WORDS:
            return None  # capitals all along: title case or shouting, not a name
        person_cue = False
        # A sentence's first word is capitalised anyway: keep it only if it looks like a name.
        opener = text[max(0, run[0].start - 1) : run[0].start] if run else ""
        if run and (run[0].start == first_at or opener in '“"‘«:('):
            w = _bare(run[0].text)
            whole = " ".join(_bare(t.text) for t in run)
            named = len(run) > 1 and (
                whole in KNOWN_NAMES
                or any(_bare(t.text) in ORG_HEADS for t in run[1:])
                or _known_type(whole) is not None
            )
            if (named and w not in STOPWORDS) or (w in SHORT_NAME_PARTS and len(run) > 1):
                pass  # "International Institute for Strategic Studies", "United States"
            elif (
                w in COMMON_WORDS
                or (w in lower and w not in PLACES)
                or (len(run) == 1 and w.endswith(("ly", "ing", "ed")))  # one line: no \n
                or (
                    run[0].text not in inner
                    and not run[0].text.isupper()  # an acronym ("AFP") is a name
                    and _common_word(w, lang, len(run) == 1)
                )
            ):
                if w not in HONORIFICS and w not in TITLE_WORDS and w not in NATIONALITIES:
                    run = run[1:]
        # A title at the end belongs to the name after it, across the title's full stop
        # ("Coast Guard Rear Adm. John Mauger" gives "Coast Guard" and "John Mauger").
        while len(run) > 1 and _bare(run[-1].text) in TITLE_WORDS:
            run = run[:-1]
        # Titles, honorifics and nationalities in front are the role; a title inside splits
        # the run unless what follows is an organisation ("General Assembly").
        cut = 0
        bares = [_bare(t.text) for t in run]
        last_org = (
            -1
            if ORG_HEADS.isdisjoint(bares)
            else max(i for i, w in enumerate(bares) if w in ORG_HEADS)
        )
        for i in range(len(run) - 1):
            w = bares[i]
            pair = f"{w} {bares[i + 1]}"
            if i < last_org:
                continue
            if w in TITLE_WORDS or w in HONORIFICS or w in NATIONALITIES:
                if w in PERSON_TITLES or w in HONORIFICS:
                    person_cue = True
                cut = i + 1
            elif pair in NATIONALITIES and i + 2 < len(run):
                cut = i + 2
        run = run[cut:]
        while run and run[0].text.lower() in _CONNECTORS:
            run = run[1:]
        while run and run[-1].text.lower() in _CONNECTORS:
            run = run[:-1]
        if not run:
            return None
        words = [t.text for t in run]
        bare = [_bare(w) for w in words]
        # "ambassador to Vietnam Andrew Gorezinovsky": a country before a name is not the name.
        if len(run) >= 3 and bare[0] in COUNTRIES and ORG_HEADS.isdisjoint(bare):
            run, words, bare = run[1:], words[1:], bare[1:]
        if " ".join(bare) in KNOWN_NAMES:
            return Mention(run[0].start, run[-1].end, KNOWN_NAMES[" ".join(bare)])
        if len(run) == 1 and words[0].isupper() and _known_type(bare[0]) == "time":
            return None  # "GMT", "EDT": a time zone, no name
        if len(run) > 1:
            known = _known_type(" ".join(bare))
            if known is not None:  # "Islamic State", "Estado Islámico": kept whole
                words = [t.text for t in run]
                etype = "place" if known == "place" else _entity_type(words, person_cue)
                return Mention(run[0].start, run[-1].end, etype)
        if " ".join(bare) in NATIONALITIES:
            return None
        if _NOT_NAMES.issuperset(bare):
            return None
        if ORG_HEADS.isdisjoint(bare):
            # Trim common words at the edges ("Putin Signs" gives "Putin").
            while run and _bare(run[-1].text) in _TRIMMED_WORDS:
                run = run[:-1]
            while run and _bare(run[0].text) in _TRIMMED_WORDS:
                run = run[1:]
            if not run:
                return None
            words = [t.text for t in run]
            bare = [_bare(w) for w in words]
        if (
            headline
            and not person_cue
            and (
                all(w in lower for w in bare)
                or (len(run) == 1 and words[0] not in evidenced and bare[0] not in PLACES)
            )
        ):
            return None  # headline case: capitals say nothing
        if len(words) == 1 and len(bare[0]) < 2:
            return None
        if len(words) == 1 and (
            bare[0] in NATIONALITIES or (bare[0] in lower and bare[0] not in PLACES)
        ):
            return None
        if (
            len(words) == 1
            and lang in NOUN_CAPITALS
            and not words[0].isupper()
            and _common_noun(bare[0], lang)
        ):
            return None  # "Prozent", "Menschen", "Banken": German capitalises every noun
        start, end = run[0].start, run[-1].end
        return Mention(start, end, _entity_type(words, person_cue))


_FOLD_SEPARATORS = re.compile(r"[-‐–.'’]+")
_ELISION = re.compile(r"^[a-z]{1,4}['’](?=\w{3})")

NOUN_CAPITALS: dict[str, tuple[str, ...]] = {"de": ("aner", "ianer", "isten", "krat", "kraten")}
"""Languages that capitalise every noun (a capitalised word there is no evidence of a name),
with the endings of nouns for members of a named group, which stay names as in English
(`Republikaner`, `Amerikaner`, `Islamisten`, `Demokraten`)."""

NOUN_SUFFIXES: dict[str, tuple[str, ...]] = {
    "de": ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
           "tionen", "itat", "itaten", "nisse", "ismus"),
}  # fmt: skip
"""Endings (folded) of common nouns in a noun-capitalising language: a word of at least
`NOUN_SUFFIX_LENGTH` letters ending so is a noun, however rare the compound
("Zinssenkungen"); shorter ones may be surnames ("Jung", "Hartung")."""
NOUN_SUFFIX_LENGTH = 8

COMMON_START_ZIPF = 4.0
"""Zipf frequency from which a sentence's first word, capitalised nowhere else in the
article, is a common word of the article's language ("Según", "Around", "Divers") when it
is also this much (Zipf units) more frequent there than in the other languages, alone or
before other capitalised words, or a common word of at most three of the six languages
("Segundo", "L'incidente"): names are frequent words too, but in every language ("Putin",
"Kim", "Jesús Campos")."""
COMMON_START_SPREAD_ALONE = 1.0
COMMON_START_SPREAD = 2.0
COMMON_START_ALONE_ZIPF = 5.8
"""Zipf frequency from which such a first word standing alone is a common word whatever the
other languages say: the words several languages share ("Entre", "Mais", "Will") are no
names because they travel."""
NOUN_ZIPF = 3.0
NOUN_SPREAD = 2.0
"""A capitalised word of a noun-capitalising language is a common noun when it is this
frequent in the language and this much (Zipf units) more frequent there than in any other:
names travel across languages, nouns do not ("Prozent", "Banken"; not "Putin", "Berlin")."""


def _folded(word: str) -> str:
    return _ELISION.sub("", anyascii(word).lower())


@lru_cache(maxsize=8192)
def _common_word(bare: str, lang: str, alone: bool) -> bool:
    """True for a frequent word of `lang` that the name tables do not know as a name (see
    `COMMON_START_ZIPF`)."""
    w = _folded(bare)
    z = _lexdata.zipf(w, lang)
    if z < COMMON_START_ZIPF or _known_type(bare) is not None:
        return False
    if alone and z >= COMMON_START_ALONE_ZIPF:
        return True
    spread = COMMON_START_SPREAD_ALONE if alone else COMMON_START_SPREAD
    return _lexdata.spread(w, lang) >= spread or len(_lexdata.languages_of(w)) <= 3


@lru_cache(maxsize=8192)
def _common_noun(bare: str, lang: str) -> bool:
    """True for a common noun of a noun-capitalising language (see `NOUN_SPREAD`)."""
    w = _folded(bare)
    if w.endswith(NOUN_CAPITALS.get(lang, ())):
        return False
    if len(w) >= NOUN_SUFFIX_LENGTH and w.endswith(NOUN_SUFFIXES.get(lang, ())):
        return True  # "Zinssenkungen", "Sicherheit": a compound too rare to be counted
    return (
        _lexdata.zipf(w, lang) >= NOUN_ZIPF
        and _lexdata.spread(w, lang) >= NOUN_SPREAD
        and _known_type(bare) is None
    )


@lru_cache(maxsize=8192)
def _known_type(bare: str) -> EntityType | Literal["time"] | None:
    """The type the name tables give `bare` (lower-case words): "place", "org" or None."""
    key = " ".join(_FOLD_SEPARATORS.sub(" ", anyascii(bare)).split())
    types = {_lexdata.entity_type(e) for e, kind in _lexdata.forms(key) if kind == "name"}
    if "time" in types:
        return "time"
    if types == {"org"}:
        return "org"
    if types == {"place"}:
        return "place"
    return None


class SpacyRecognizer:
    """Adapts a spaCy pipeline (`spacy.load(...)`, or a blank one with an EntityRuler).

    Entities with labels in `labels` become mentions; spaCy is only imported by the caller
    who builds the pipeline, so this module never imports it.
    """

    def __init__(self, nlp: Any, *, labels: dict[str, EntityType] | None = None) -> None:
        self.nlp = nlp
        self.labels = dict(ENTITY_LABELS if labels is None else labels)

    def __call__(self, doc: Document) -> Sequence[Mention]:
        out: list[Mention] = []
        for sent in doc.sentences:
            parsed = self.nlp(sent.text)
            for ent in parsed.ents:
                etype = self.labels.get(ent.label_)
                if etype is None:
                    continue
                out.append(Mention(sent.start + ent.start_char, sent.start + ent.end_char, etype))
        return out


def spacy_recognizer(
    model: str = "", *, patterns: Sequence[dict[str, Any]] = ()
) -> SpacyRecognizer:
    """A `SpacyRecognizer` for a named spaCy model, or a blank English pipeline.

    `patterns` are EntityRuler patterns added to the pipeline (needs the `spacy` extra).
    """
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("spaCy is not installed: pip install 'factcheck-news[spacy]'") from exc
    nlp = spacy.load(model) if model else spacy.blank("en")
    if patterns:
        ruler: Any = nlp.add_pipe("entity_ruler", before="ner" if "ner" in nlp.pipe_names else None)
        ruler.add_patterns(list(patterns))
    return SpacyRecognizer(nlp)


DEFAULT_RECOGNIZER: Recognizer = RuleRecognizer()
"""The recogniser `kinds/name.py` uses unless given another."""
