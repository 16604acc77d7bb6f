"""Alignment: group claims that speak of the same fact, without comparing all pairs.

Claims are blocked by kind and key (unit, currency, entity type). Inside a block:

1. a claim whose value and surrounding words equal those of a claim already placed joins
   that claim's group at once (a republished copy costs one dictionary look-up);
2. otherwise an inverted index over cheap tokens (the words around the claim, or the
   kind's own `tokens`, and the claim's value) yields the groups sharing the most tokens, and only the best
   `CANDIDATES` of them are scored with the kind's similarity against a few exemplars per
   distinct value;
3. the claim joins the best-scoring group at or above the threshold, or starts a new one.

The cost grows with claims × CANDIDATES, never claims².

For kinds with `merge_keys` (money: one fact, two currencies), a second pass merges groups of
different keys when no article has claims in both and their contexts score at least
`CROSS_KEY_THRESHOLD`: two sources naming the same amount in different currencies.
"""

from __future__ import annotations

import dataclasses
import heapq
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence

from rapidfuzz import fuzz

from factcheck.config import Config
from factcheck.frames import compatible as frames_compatible
from factcheck.frames import edition, referring, same_toll
from factcheck.kinds import KINDS, KindSpec
from factcheck.kinds._common import context_similarity, context_words
from factcheck.model import Claim

EXEMPLARS_PER_VALUE = 3
"""Claims of one value a new claim is scored against inside a group."""
EXEMPLARS_PER_ARTICLE = 2
"""At most this many of a value's exemplars come from one article: an article naming
someone three times leaves room for another article's wording ("leader To Lam" beside "le
dirigeant To Lam")."""
CANDIDATES = 12
"""Groups scored per claim: those sharing the most blocking tokens with it."""
POSTING_CAP = 64
"""Latest groups a blocking token counts for: a word in every sentence is no evidence."""
VALUES_SCORED = 6
"""Other values of a group whose exemplars a claim is scored against."""
SAME_VALUE_BONUS = 8.0
"""Added to the score against a claim of equal value: in one story, equal values of one unit
are more likely the same fact. It only eases agreement; a conflict needs the full score."""
_RESTATED = ("agree", "compatible")
"""Verdicts of two values of one article that state one fact twice: one may join the other's
group."""


def _refines(claim: Claim, stated: Iterable[Claim]) -> bool:
    """Whether `claim` is an exact figure and the article's figures before it are all
    qualified ("more than 130 dead", then "133"): the same fact told more precisely."""
    if getattr(claim.value, "qualifier", "") is not None:
        return False
    return all(getattr(c.value, "qualifier", None) is not None for c in stated)


COPY_SCORE = 100.0
"""Score of a claim against a group holding another article's copy of its sentence with
another figure in its place: a claim whose article already gives the group another value
(from another sentence) joins it only so."""
SKELETON_GROUPS = 4
"""Groups remembered per masked sentence."""
CROSS_KEY_THRESHOLD = 80.0
"""Context score two groups of different keys need to be merged: well above the default
threshold, since the key (the currency) already differs."""


@dataclasses.dataclass(frozen=True, slots=True)
class Group:
    """Claims of one kind and key aligned as one fact."""

    kind: str
    key: str
    claims: tuple[Claim, ...]


@dataclasses.dataclass(slots=True)
class _Building:
    index: int
    claims: list[Claim]
    exemplars: dict[Hashable, list[Claim]]
    sources: dict[tuple[str, int], dict[Hashable, Claim]]
    """Each article's (and segment's) values in the group, with the first claim of each."""
    order: list[int] = dataclasses.field(default_factory=list)
    tolls: list[float] = dataclasses.field(default_factory=list)
    """Death tolls beside the group's running totals (`Frame.toll`): one update each."""
    smallest: float | None = None
    largest: float | None = None
    """The group's smallest and largest figures: a claim joins only within `MAGNITUDE_GAP` of
    both, so a chain of near neighbours (3, then 50, then 100 billion) never makes a group."""

    gap: float | None = None
    """The narrowest gap a member allows (`REFERRING_GAP` once "the two banks" is in)."""
    posted: set[int] = dataclasses.field(default_factory=set)
    """Signatures whose blocking tokens are in the postings for this group already."""

    def fits(self, magnitude: float | None, gap: float) -> bool:
        if magnitude is None or self.smallest is None or self.largest is None:
            return True
        low, high = min(self.smallest, magnitude), max(self.largest, magnitude)
        return high <= min(gap, self.gap or gap) * low

    def widen(self, magnitude: float | None, gap: float | None = None) -> None:
        if gap is not None:
            self.gap = gap if self.gap is None else min(self.gap, gap)
        if magnitude is None:
            return
        self.smallest = magnitude if self.smallest is None else min(self.smallest, magnitude)
        self.largest = magnitude if self.largest is None else max(self.largest, magnitude)


REFERRING_GAP = 4.0
"""The gap for a definite small count ("the two banks combined" refers to the banks of the
story): it may be the same figure misreported ("the five leaders"), never a figure of
another scale ("one of the 30 banks too big to fail")."""

FRAME_SCORE = 60.0
"""Score of two claims with compatible frames (same concept, no clashing scope), above any
threshold: the same measure of the same period is one slot in any wording or language. The
context score is added at `FRAME_CONTEXT_WEIGHT` to rank the candidate slots."""
FRAME_CONTEXT_WEIGHT = 0.3


FRAME_BLOCKED = frozenset({"count", "percent"})
"""Kinds blocked by frame concept. Durations and measures name what they measure less often
("the 1.6 mile bridge"): their framed and unframed claims share a block, and frames only
score (compatible frames align, different concepts or holders never)."""


def _block_key(spec: KindSpec, claim: Claim) -> str:
    """The kind's key, or the frame's concept when the claim has one (counts of "muertos" and
    of "people killed" meet in one block)."""
    if claim.frame is None or spec.name not in FRAME_BLOCKED:
        return spec.key(claim)
    if spec.name == "count":
        return f"frame:{claim.frame.concept}"
    return f"{spec.key(claim)}|frame:{claim.frame.concept}"


MAGNITUDE_GAP = 20.0
"""Two figures further apart than this factor are not one fact misreported ("3 billion
francs" and "0.76 francs" a share, a national toll and one family's loss): they never align."""


def _magnitude(claim: Claim, scale: Callable[[Claim], float | None] | None = None) -> float | None:
    if scale is not None:
        figure = scale(claim)
        return abs(figure) if figure else None
    fields = claim.value.__dict__  # a model's fields; names, dates and quotes have no figure
    low, high = fields.get("low"), fields.get("high")
    figure = low if isinstance(low, int | float) and low > 0 else high
    return float(figure) if isinstance(figure, int | float) and figure > 0 else None


def _magnitudes_apart(
    a: Claim,
    b: Claim,
    scale: Callable[[Claim], float | None] | None = None,
    gap: float = MAGNITUDE_GAP,
) -> bool:
    ma, mb = _magnitude(a, scale), _magnitude(b, scale)
    if ma is None or mb is None:
        return False
    return max(ma, mb) > gap * min(ma, mb)


def _framed(
    similarity: Callable[[Claim, Claim], float],
    scale: Callable[[Claim], float | None] | None = None,
    gap: float = MAGNITUDE_GAP,
) -> Callable[[Claim, Claim], float]:
    """`similarity`, overridden by frames where both claims have one."""

    def score(a: Claim, b: Claim) -> float:
        if _magnitudes_apart(a, b, scale, gap):
            return 0.0
        fa, fb = a.frame, b.frame
        if fa is None or fb is None:
            return similarity(a, b)
        if not frames_compatible(fa, fb):
            return 0.0
        return FRAME_SCORE + FRAME_CONTEXT_WEIGHT * similarity(a, b)

    return score


def _default_tokens(claim: Claim) -> Sequence[str]:
    return context_words(claim.context, claim.span.text)


def _with_frame_token(
    tokens_of: Callable[[Claim], Sequence[str]],
) -> Callable[[Claim], Sequence[str]]:
    """Blocking tokens plus one for the frame, so claims of one frame in other languages
    (no shared words) are still candidates for each other."""

    def tokens(claim: Claim) -> Sequence[str]:
        own = tuple(tokens_of(claim))
        return (*own, f"§{claim.frame.concept}") if claim.frame is not None else own

    return tokens


class _Postings:
    """Token -> the groups holding it, in the order they got it."""

    __slots__ = ("_lists", "_sets")

    def __init__(self) -> None:
        self._lists: dict[str, list[int]] = {}
        self._sets: dict[str, set[int]] = {}

    def add(self, token: str, group: int) -> None:
        seen = self._sets.setdefault(token, set())
        if group not in seen:
            seen.add(group)
            self._lists.setdefault(token, []).append(group)

    def get(self, token: str) -> Sequence[int]:
        return self._lists.get(token, ())


FRAME_TOKEN_WEIGHT = 100
"""Shared words a shared frame counts for when candidates are ranked: groups of the claim's
frame come first, before groups that merely share words, function words of its language
among them ("el", "de", "los")."""


def _top_candidates(toks: Sequence[str], postings: _Postings) -> list[int]:
    """The `CANDIDATES` groups sharing the most tokens (a frame token counting
    `FRAME_TOKEN_WEIGHT`); ties go to the earlier group, so the choice never depends on the
    order a set of strings iterates in.

    A token held by `POSTING_CAP` groups or more is a word of every sentence, no evidence: it
    is counted only when no rarer token is shared, and then for its latest `CANDIDATES`
    groups. So a claim costs the same at any cluster size.
    """
    unique = list(dict.fromkeys(toks))
    lists = [postings.get(t) for t in unique]
    weights = [FRAME_TOKEN_WEIGHT if t.startswith("§") else 1 for t in unique]
    rare = [
        (groups, w)
        for groups, w in zip(lists, weights, strict=True)
        if 0 < len(groups) < POSTING_CAP
    ]
    if not rare:
        rare = [
            (groups[-CANDIDATES:], w) for groups, w in zip(lists, weights, strict=True) if groups
        ]
    shared: Counter[int] = Counter()
    for groups, w in rare:
        for g in groups:
            shared[g] += w
    if len(shared) <= CANDIDATES:
        return sorted(shared, key=lambda i: (-shared[i], i))
    return heapq.nsmallest(CANDIDATES, shared, key=lambda i: (-shared[i], i))


def _scored_exemplars(g: _Building, ident: Hashable) -> Iterator[tuple[Hashable, Claim]]:
    """The exemplars a claim is scored against in one group: those of its own value, then
    one each of the group's first `VALUES_SCORED` other values (a group holding hundreds of
    values costs the same as one holding a few)."""
    for ex in g.exemplars.get(ident, ()):
        yield ident, ex
    taken = 0
    for value, exs in g.exemplars.items():
        if value == ident:
            continue
        if taken == VALUES_SCORED:
            break
        taken += 1
        yield from ((value, ex) for ex in exs)


_Item = tuple[Claim, Hashable, tuple[str, ...], int]
"""(claim, identity, blocking tokens, signature) of one claim of a block. The signature
numbers the claim's value with its blocking tokens (or its sentence): claims of equal
signatures are exact copies for alignment (a republished sentence)."""


SOLE_VALUE_BONUS = 20.0
"""Added to every score in a block where each of `SOLE_ARTICLES` articles or more states one
value: "eight pieces", "ocho piezas" and "neun Schmuckstücke" are one fact told once per
article."""
SOLE_ARTICLES = 3
"""Articles that must each state one value of a block before their values read as one fact."""
SOLE_KINDS = frozenset({"count", "duration", "percent", "money"})
"""Kinds whose blocks may hold one fact stated once per article ("eight pieces", "19
minutes", "about 45%", "$75 million")."""
_PEOPLE_KEYS = frozenset({"person", "people", "man", "woman", "other", "victim", "civilian"})
"""Blocks of counted people: a story counts people of many kinds, one figure each."""


def _sole_values(
    spec: KindSpec, claims: Sequence[Claim], values: dict[str, Hashable], mixed: set[str]
) -> bool:
    """Whether `claims` (one block of a `SOLE_KINDS` kind, not of people in general) come
    from `SOLE_ARTICLES` articles or more, each article stating one value (`values`: each
    article's first value; `mixed`: the articles that state another one too)."""
    if spec.name not in SOLE_KINDS or not claims or spec.key(claims[0]) in _PEOPLE_KEYS:
        return False
    return not mixed and len(values) >= SOLE_ARTICLES


class _Block:
    """Greedy alignment of the claims of one block: each joins the best-scoring group or
    starts one; then each claim left alone gets one more look at the groups as they ended."""

    def __init__(
        self,
        spec: KindSpec,
        claims: Sequence[Claim],
        similarity: Callable[[Claim, Claim], float],
        tokens_of: Callable[[Claim], Sequence[str]] | None,
        threshold: float,
        gap: float,
        config: Config,
    ) -> None:
        self.spec, self.similarity, self.config = spec, similarity, config
        self.tokens_of, self.threshold, self.gap = tokens_of, threshold, gap
        self.building: list[_Building] = []
        self.exact: dict[int, _Building] = {}
        self.postings = _Postings()
        self.repeated: dict[tuple[tuple[str, int], Hashable, str, tuple[str, ...]], _Building] = {}
        self.skeletons: dict[int, dict[int, str]] = {}
        """Masked sentence (`skeleton`) -> the groups holding it, each with the first article
        that put it there."""
        # per claim, computed once in one pass over the claims (in a large cluster each pass
        # costs memory reads): checked against every candidate group
        self.items: list[_Item] = []
        self.sentences: list[tuple[str, str]] = []
        """Each claim's article and sentence, for the reading order."""
        self.own_gaps: list[float | None] = []
        self.magnitudes: list[float | None] = []
        self.tolls: list[float | None] = []
        self.sources: list[tuple[str, int]] = []
        values: dict[str, Hashable] = {}  # each article's first value
        mixed: set[str] = set()  # the articles that state another value too
        signatures: dict[tuple[Hashable, tuple[str, ...]], int] = {}
        value_tokens: dict[str, str] = {}  # claims of one text value share its token
        scale, identity = spec.scale, spec.identity
        for claim in claims:
            ident = identity(claim)
            if values.setdefault(claim.article, ident) != ident:
                mixed.add(claim.article)
            if tokens_of is not None:
                # the value is a token too: equal values in other words or languages are
                # candidates for each other (scored as usual, with the same-value bonus)
                if type(ident) is str:  # equal strings write alike (1 == 1.0 do not)
                    own = value_tokens.get(ident)
                    if own is None:
                        own = value_tokens[ident] = f"={ident!r}"
                else:
                    own = f"={ident!r}"
                toks = (*tokens_of(claim), own)
                signature = (ident, toks)
            else:
                toks = ()
                signature = (ident, (claim.context,))
            number = signatures.setdefault(signature, len(signatures))
            self.items.append((claim, ident, toks, number))
            self.sentences.append((claim.article, claim.context))
            # only a count refers ("the two banks"): `referring` is asked of counts alone
            refers = claim.kind == "count" and referring(claim)
            self.own_gaps.append(REFERRING_GAP if refers else None)
            # no figure at all (a name, a date, a quote): `_magnitude` would say None
            fields = claim.value.__dict__ if scale is None else None
            bare = fields is not None and fields.get("low") is None and fields.get("high") is None
            self.magnitudes.append(None if bare else _magnitude(claim, scale))
            self.tolls.append(claim.frame.toll if claim.frame is not None else None)
            self.sources.append((claim.article, claim.segment))
        self.sole_bonus = SOLE_VALUE_BONUS if _sole_values(spec, claims, values, mixed) else 0.0

    def allowed(self, g: _Building, n: int) -> bool | None:
        """True when claim `n` may join `g`; None when only its own article stands in the
        way (it holds another value of `g` already): then only another article's copy of
        the claim's sentence, with another figure in its place, lets it in."""
        toll = self.tolls[n]
        if toll is not None and not all(same_toll(toll, t) for t in g.tolls):
            return False  # another update of a running total
        own, magnitude = self.own_gaps[n], self.magnitudes[n]
        if magnitude is not None and not g.fits(magnitude, min(self.gap, own or self.gap)):
            return False
        seen = g.sources.get(self.sources[n])
        claim, ident = self.items[n][0], self.items[n][1]
        if seen is None or ident in seen or self.spec.compare_within_article:
            return True
        if _refines(claim, seen.values()) and all(
            self.spec.compare(c, claim, self.config) in _RESTATED for c in seen.values()
        ):
            return True  # the article states it again, exactly ("more than 130 dead", "133")
        return None

    def skeleton(self, n: int) -> int:
        """Claim `n`'s sentence with its figure masked, hashed: equal for copies of one
        sentence that differ in that figure alone."""
        claim = self.items[n][0]
        ctx, span = claim.context, claim.span.text
        at = ctx.find(span)
        return hash((ctx[:at], ctx[at + len(span) :])) if at >= 0 else hash((ctx, span))

    def copied_in(self, n: int) -> list[int]:
        """The groups holding, from another article, a copy of claim `n`'s sentence with
        another figure in its place."""
        own = self.items[n][0].article
        held = self.skeletons.get(self.skeleton(n), {})
        return [i for i, article in held.items() if article != own]

    def best_scoring(self, n: int, skip: _Building | None = None) -> _Building | None:
        claim, ident, toks, _ = self.items[n]
        if self.tokens_of is not None and not (
            self.sole_bonus and len(self.building) <= CANDIDATES
        ):
            # a block of one value per article is scored whole while it holds few groups
            candidates = [self.building[i] for i in _top_candidates(toks, self.postings)]
        else:
            candidates = self.building
        best: _Building | None = None
        best_score = self.threshold
        copies: list[int] | None = None
        for g in candidates:
            if g is skip:
                continue
            allowed = self.allowed(g, n)
            if allowed is None:
                # Its article has another value here, from another sentence (two events of
                # one day): it joins only as a copy of another article's sentence with
                # another figure in its place ("Putin arrived in Hanoi on Saturday" against
                # "… on Thursday"), which it contradicts.
                if copies is None:
                    copies = self.copied_in(n)
                if g.index not in copies:
                    continue
                score = COPY_SCORE
            elif not allowed:
                continue
            else:
                score = max(
                    (
                        self.similarity(claim, ex)
                        + (SAME_VALUE_BONUS if value == ident else 0.0)
                        + self.sole_bonus
                        for value, ex in _scored_exemplars(g, ident)
                    ),
                    default=0.0,
                )
            if score >= best_score and (best is None or score > best_score):
                best, best_score = g, score
        return best

    def join(self, g: _Building, n: int) -> None:
        claim, ident, toks, signature = self.items[n]
        if g.claims and self.allowed(g, n) is None:
            # let in as a copy of another article's sentence (`best_scoring`): a member for
            # the comparison only, no exemplar, blocking token or value of its article here,
            # so the group stays what it was for the claims after it
            g.claims.append(claim)
            g.order.append(n)
            return
        g.claims.append(claim)
        g.order.append(n)
        exs = g.exemplars.setdefault(ident, [])
        if len(exs) < EXEMPLARS_PER_VALUE and (
            sum(e.article == claim.article for e in exs) < EXEMPLARS_PER_ARTICLE
        ):
            exs.append(claim)
        g.sources.setdefault(self.sources[n], {}).setdefault(ident, claim)
        toll = self.tolls[n]
        if toll is not None and toll not in g.tolls:
            g.tolls.append(toll)
        magnitude, own = self.magnitudes[n], self.own_gaps[n]
        if magnitude is not None or own is not None:
            g.widen(magnitude, own)
        self.exact.setdefault(signature, g)
        held = self.skeletons.setdefault(self.skeleton(n), {})
        if len(held) < SKELETON_GROUPS:
            held.setdefault(g.index, claim.article)
        if claim.frame is not None:
            self.repeated.setdefault(
                (self.sources[n], ident, claim.frame.concept, edition(claim.frame)), g
            )
        if signature not in g.posted:  # an exact copy's tokens are in the postings already
            g.posted.add(signature)
            for t in toks:
                self.postings.add(t, g.index)

    def place(self, n: int) -> None:
        claim, ident, _, signature = self.items[n]
        best = self.exact.get(signature)
        if best is not None and not self.allowed(best, n):
            best = None
        if best is None and claim.frame is not None:
            # an article repeating its own figure of one frame speaks of the same fact
            # not when one mention is an earlier or a foreseen figure ("its target of 2
            # percent", "forecasts of 2.0 percent")
            key = (self.sources[n], ident, claim.frame.concept, edition(claim.frame))
            best = self.repeated.get(key)
        if best is None:
            best = self.best_scoring(n)
        if best is None:
            best = _Building(len(self.building), [], {}, {})
            self.building.append(best)
        self.join(best, n)

    def second_look(self) -> None:
        """A claim left alone (or one article's mentions of one value, alone) may have come
        before the claims it matches, when only a group's later members are like it ("el
        primer recorte desde 2016" read before "the first cut since September 2019" joined
        "the last cut, in September 2019"; "Parteichef Lam Thu Lam" read before "le
        dirigeant To Lam"): it joins the best group of two articles or more it now scores
        with, groups taken in order of creation."""
        for g in list(self.building):
            if not g.claims or len(g.sources) != 1 or len(g.exemplars) != 1:
                continue  # only a claim alone, or one article's mentions of one value
            order = list(g.order)
            target = self.best_scoring(order[0], skip=g)
            if target is None or len(target.sources) < 2:
                continue
            g.claims.clear()
            g.order.clear()
            g.exemplars.clear()
            g.sources.clear()
            for n in order:
                self.join(target, n)

    def groups(self) -> list[list[Claim]]:
        """The groups' claims, back in article and span order."""
        return [
            [c for _, c in sorted(zip(g.order, g.claims, strict=True), key=lambda x: x[0])]
            for g in self.building
            if g.claims
        ]


def _reading_order(items: Sequence[_Item], sentences: Sequence[tuple[str, str]]) -> list[int]:
    """Sentence by sentence (`sentences`: each claim's article and sentence); inside one,
    claims whose value and words equal a claim of an earlier sentence go first, so a changed
    amount cannot take the group of its neighbour's exact copy ("from $1m (£675,000) to
    $50,000" with one currency changed)."""
    exact_seen: set[int] = set()
    order: list[int] = []
    signatures = [item[3] for item in items]
    i = 0
    while i < len(items):
        j = i + 1
        first = sentences[i]
        while j < len(items) and sentences[j] == first:
            j += 1
        if j == i + 1:  # a sentence with one claim of this block: nothing to reorder
            order.append(i)
            exact_seen.add(signatures[i])
        else:
            run = range(i, j)
            order.extend(n for n in run if signatures[n] in exact_seen)
            order.extend(n for n in run if signatures[n] not in exact_seen)
            exact_seen.update(signatures[n] for n in run)
        i = j
    return order


def align_kind(spec: KindSpec, claims: Sequence[Claim], config: Config) -> list[Group]:
    """Groups of one kind's claims (already in article and span order)."""
    gap = spec.magnitude_gap or MAGNITUDE_GAP
    similarity = _framed(spec.similarity or context_similarity, spec.scale, gap)
    threshold = spec.threshold if spec.threshold is not None else config.context_threshold
    base_tokens = spec.tokens or (_default_tokens if spec.similarity is None else None)
    tokens_of = _with_frame_token(base_tokens) if base_tokens is not None else None
    blocks: dict[str, list[Claim]] = {}
    for c in claims:
        blocks.setdefault(_block_key(spec, c), []).append(c)
    out: list[Group] = []
    for key in sorted(blocks):
        block = _Block(spec, blocks[key], similarity, tokens_of, threshold, gap, config)
        for n in _reading_order(block.items, block.sentences):
            block.place(n)
        block.second_look()
        out.extend(Group(spec.name, key, tuple(g)) for g in block.groups())
    if spec.merge_keys and len(blocks) > 1:
        out = _merge_keys(
            spec, out, similarity, tokens_of, max(threshold, CROSS_KEY_THRESHOLD), threshold
        )
    return out


def _merge_keys(
    spec: KindSpec,
    groups: list[Group],
    similarity: Callable[[Claim, Claim], float],
    tokens_of: Callable[[Claim], Sequence[str]] | None,
    threshold: float,
    same_figure_threshold: float,
) -> list[Group]:
    """Merge groups of different keys that speak of the same fact in disjoint articles.

    Each group is scored against the merged groups sharing the most tokens with it (a few
    exemplars each); it joins the best one at or above `threshold` whose keys and articles it
    does not share, else stays on its own. The same figure of the same framed concept in
    another currency ("20 millones de dólares", "20 milioni di euro" for what the rescue
    cost) needs only `same_figure_threshold`: a currency swapped is what this pass is for.
    """
    merged: list[tuple[set[str], set[str], list[Claim]]] = []  # keys, articles, claims
    postings = _Postings()
    for g in groups:
        arts = {c.article for c in g.claims}
        exemplars = g.claims[:EXEMPLARS_PER_VALUE]
        toks = tuple(
            dict.fromkeys(t for c in exemplars for t in (tokens_of(c) if tokens_of else ()))
        )
        if tokens_of is not None:
            candidates = _top_candidates(toks, postings)
        else:
            candidates = list(range(len(merged)))
        best, best_rank = -1, (0.0, 0.0)
        for i in candidates:
            keys, m_arts, claims = merged[i]
            if g.key in keys or arts & m_arts:
                continue
            # Ranked by context, then by how alike the figures read ("$50,000" is nearer
            # "£50,000" than "£675,000" in the same sentence); the context alone must pass.
            pairs = [(a, b) for a in exemplars for b in claims[: 2 * EXEMPLARS_PER_VALUE]]
            rank = max((similarity(a, b), fuzz.ratio(a.span.text, b.span.text)) for a, b in pairs)
            needed = (
                same_figure_threshold
                if any(_same_framed_figure(a, b) for a, b in pairs)
                else threshold
            )
            if rank[0] >= needed and rank > best_rank:
                best, best_rank = i, rank
        if best < 0:
            best = len(merged)
            merged.append((set(), set(), []))
        keys, m_arts, claims = merged[best]
        keys.add(g.key)
        m_arts |= arts
        claims.extend(g.claims)
        for t in toks:
            postings.add(t, best)
    return [Group(spec.name, "|".join(sorted(keys)), tuple(claims)) for keys, _, claims in merged]


def _same_framed_figure(a: Claim, b: Claim) -> bool:
    """Whether two claims state the same figure of the same concept."""
    if a.frame is None or b.frame is None or a.frame.concept != b.frame.concept:
        return False
    va, vb = a.value.__dict__, b.value.__dict__
    return va.get("low") is not None and (va.get("low"), va.get("high")) == (
        vb.get("low"),
        vb.get("high"),
    )


def align(claims: Sequence[Claim], config: Config) -> list[Group]:
    """Groups of every enabled kind, in registry order."""
    by_kind: dict[str, list[Claim]] = {}
    for c in claims:
        by_kind.setdefault(c.kind, []).append(c)
    out: list[Group] = []
    for spec in KINDS:
        if spec.name in config.kinds:
            out.extend(align_kind(spec, by_kind.get(spec.name, []), config))
    return out
