"""Comparison: each aligned group → Findings with verdict, severity, subject, message, fingerprint."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Hashable, Mapping, Sequence
from functools import lru_cache

from factcheck.align import Group
from factcheck.config import Config
from factcheck.facts import update_note
from factcheck.frames import compatible as frames_compatible
from factcheck.kinds import KINDS, KindSpec, get_kind
from factcheck.kinds._common import context_words
from factcheck.model import (
    SEVERITY_ORDER,
    VERDICT_SEVERITY,
    Article,
    Claim,
    Finding,
    Verdict,
)

TEMPLATES: dict[tuple[str, str], str] = {
    ("*", "agree"): "{n} agree on {subject}: {ref_quotes} ({ref_value}).",
    ("*", "single"): "Only {ref_source} states {subject}: {ref_quote} ({ref_value}); no other source confirms it.",
    ("*", "compatible"): "{ref_quote} [{ref_source}] and {other_quote} [{other_source}] are compatible on {subject}, one less precise: {ref_value} vs {other_value}.",
    ("*", "conflict"): "{ref_quote} [{ref_source}] is contradicted by {other_quote} [{other_source}] on {subject}: {ref_value} vs {other_value}.",
    ("*", "variant"): "{ref_quote} [{ref_source}] is misspelt {other_quote} [{other_source}]; the majority form is {ref_value}.",
}  # fmt: skip
"""Message templates per (kind, verdict): "*" holds the shared ones, then every kind's own
(`Kind.templates`) from the registry. Every template names the reference side first, as the
word diff (reference -> other) and the report's locations (reference, then other) do."""
TEMPLATES.update(
    {(kind.name, verdict): text for kind in KINDS for verdict, text in kind.templates.items()}
)


def _template(kind: str, verdict: str) -> str:
    return TEMPLATES.get((kind, verdict)) or TEMPLATES[("*", verdict)]


def _label(articles: Mapping[str, Article], claim: Claim) -> str:
    art = articles.get(claim.article)
    label = art.label if art else claim.article
    return label + (f", story {claim.segment + 1}" if claim.segment else "")


@lru_cache(maxsize=8192)
def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def _quote(claim: Claim) -> str:
    return f"“{' '.join(claim.span.text.split())}”"


FINGERPRINT_VERSION = 2
"""Bumped when the fingerprint recipe changes (old baselines then list stale entries)."""


def fingerprint(
    kind: str,
    verdict: str,
    subject: str,
    ref_value: str,
    other_value: str = "",
    *,
    frame: Sequence[str] = (),
) -> str:
    """Content hash of what a finding is about: kind, verdict, subject, both values, and the
    frame words around the claims (so "12 vs 14 people died" and "12 vs 14 people arrested",
    or "opened on Monday" and "began on Monday", never share one). Nothing positional: no
    offsets, ids or input order."""
    payload = json.dumps(
        [FINGERPRINT_VERSION, kind, verdict, _folded(subject), _folded(ref_value),
         _folded(other_value), sorted(set(frame))],
        ensure_ascii=False,
    )  # fmt: skip
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def _frame(claims: Sequence[Claim]) -> list[str]:
    """The stemmed content words around the first claim of each side."""
    return [w for c in claims for w in context_words(c.context, c.span.text)]


def _sides_payload(f: Finding, claims: Mapping[str, Claim]) -> list[list[tuple[str, str]]]:
    def side(ids: Sequence[str]) -> list[tuple[str, str]]:
        return sorted(
            {(claims[i].article, _folded(claims[i].span.text)) for i in ids if i in claims}
        )

    return [side(f.reference or f.claims), side(f.other)]


def unique_fingerprints(findings: Sequence[Finding], claims: Mapping[str, Claim]) -> list[Finding]:
    """Findings whose fingerprints are distinct: two findings that share one (the same words
    around the same values in two places) get the claims' articles and texts mixed in, and
    findings equal even in those get an occurrence number in content order."""
    by_fp: dict[str, list[Finding]] = {}
    for f in findings:
        by_fp.setdefault(f.fingerprint, []).append(f)
    if all(len(fs) == 1 for fs in by_fp.values()):
        return list(findings)
    renamed: dict[int, str] = {}
    taken = set(by_fp)
    for fp, fs in by_fp.items():
        if len(fs) == 1:
            continue
        keyed = sorted(
            ((json.dumps(_sides_payload(f, claims), ensure_ascii=False), i, f)
             for i, f in enumerate(fs)),
            key=lambda t: (t[0], [claims[c].span.start for c in t[2].claims if c in claims]),
        )  # fmt: skip
        seen: dict[str, int] = {}
        for payload, _, f in keyed:
            n = seen.get(payload, 0)
            seen[payload] = n + 1
            extra = json.dumps([fp, payload, n])
            new = hashlib.sha256(extra.encode("utf-8")).hexdigest()[:16]
            while new in taken:
                new = hashlib.sha256((new + extra).encode("utf-8")).hexdigest()[:16]
            taken.add(new)
            renamed[id(f)] = new
    return [
        f.model_copy(update={"fingerprint": renamed[id(f)]}) if id(f) in renamed else f
        for f in findings
    ]


def _finding(
    spec: KindSpec,
    group: Group,
    verdict: Verdict,
    ref: Sequence[Claim],
    other: Sequence[Claim],
    articles: Mapping[str, Article],
    *,
    template: str | None = None,
    slot: str = "",
    speaker: str | None = None,
    sides: _Sides | None = None,
    labels: dict[tuple[str, int], str] | None = None,
) -> Finding:
    """The finding of `verdict` between `ref` and `other`. `sides` is `_sides(ref)` when
    already computed; `labels` remembers each source's label (article, segment) across the
    findings of one comparison."""
    r0 = ref[0]
    o0 = other[0] if other else r0
    text = template or _template(spec.name, verdict)
    ref_ids, last = sides if sides is not None else _sides(ref)
    # Sources are articles: a file holding two glued stories is one source.
    ref_articles = {article for article, _ in last}
    n_articles = len(ref_articles)
    # One label per source, only when the message counts stories or quotes every source.
    by_label: dict[str, tuple[int, Claim]] = {}
    ref_quotes = ""
    if n_articles <= 1 or "ref_quotes" in text:
        if labels is None:
            labels = {}
        for source, (i, c) in last.items():
            label = labels.get(source)
            if label is None:
                label = labels[source] = _label(articles, c)
            if label not in by_label or by_label[label][0] < i:
                by_label[label] = (i, c)
        quoted: dict[str, str] = {}  # republished copies quote the same words
        for c in (c for _, c in by_label.values()):
            if c.span.text not in quoted:
                quoted[c.span.text] = _quote(c)
        ref_quotes = ", ".join(
            f"{quoted[c.span.text]} [{label}]"
            for label, (_, c) in sorted(by_label.items(), key=lambda kv: kv[1][1].id)
        )
    subject = f"quote by {speaker}" if speaker else spec.subject(r0)
    speaker = (
        speaker
        or getattr(r0.value, "speaker", None)
        or getattr(o0.value, "speaker", None)
        or "an unnamed speaker"
    )
    n = f"{n_articles} sources" if n_articles > 1 else f"{len(by_label)} stories of one article"
    message = text.format(
        n=n,
        subject=subject,
        ref_quotes=ref_quotes,
        ref_quote=_quote(r0),
        ref_source=_label(articles, r0),
        ref_value=spec.describe(r0),
        other_quote=_quote(o0),
        other_source=_label(articles, o0),
        other_value=spec.describe(o0),
        speaker=speaker,
        detail=spec.detail(r0, o0) if spec.detail and other else "",
        slot=slot,
    )
    other_ids = tuple(c.id for c in other)
    arts = tuple(sorted(ref_articles.union(c.article for c in other)))
    return Finding(
        id="",
        fingerprint=fingerprint(
            spec.name,
            verdict,
            subject,
            spec.describe(r0),
            spec.describe(o0) if other else "",
            frame=_frame([r0, o0] if other else [r0]),
        ),
        kind=spec.name,
        verdict=verdict,
        severity=VERDICT_SEVERITY[verdict],
        subject=subject,
        message=message,
        claims=ref_ids + other_ids,
        reference=ref_ids,
        other=other_ids,
        articles=arts,
        within_article=len(arts) == 1,
    )


_Sides = tuple[tuple[str, ...], dict[tuple[str, int], tuple[int, Claim]]]
"""The ids of the claims of one side of a finding, and the last claim of each of its sources
(article and segment) with its position."""


def _sides(claims: Sequence[Claim]) -> _Sides:
    """`_Sides` of `claims`, in one pass (a group may hold thousands of claims)."""
    ids: list[str] = []
    last: dict[tuple[str, int], tuple[int, Claim]] = {}
    for i, c in enumerate(claims):
        ids.append(c.id)
        last[(c.article, c.segment)] = (i, c)
    return tuple(ids), last


def _source_rank(articles: Mapping[str, Article]) -> Callable[[str], tuple[int, str, str]]:
    """Orders articles earliest first: dated before undated, then by date, then by id."""

    ranks: dict[str, tuple[int, str, str]] = {}

    def rank(article_id: str) -> tuple[int, str, str]:
        known = ranks.get(article_id)
        if known is not None:
            return known
        art = articles.get(article_id)
        when = art.published.isoformat() if art is not None and art.published else ""
        ranks[article_id] = known = (0 if when else 1, when, article_id)
        return known

    return rank


def ordered_classes(
    spec: KindSpec,
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    *,
    rank: Callable[[str], tuple[int, str, str]] | None = None,
) -> list[list[Claim]]:
    """The claims split into classes of equal identity, the reference class first.

    The reference is the majority (most sources, then most claims); among equals the fuller
    form ("Gould-Davies" over "Gould Davis"; not for quotes, where a longer quotation is no
    more faithful), then the class of the earliest source (dated before undated, then
    article id), so the findings of a cluster take the same side as reference and nothing
    depends on input order. `rank` orders articles (None: `_source_rank(articles)`).
    """
    identity = spec.identity
    rank = rank or _source_rank(articles)
    # each claim's place in its class, computed once: (-length, source rank, segment, start,
    # position), so equal keys keep the input order as a stable sort would; a name's length
    # is its own, its span may also cover a title in front ("President To Lam")
    classes: dict[Hashable, list[tuple[int, tuple[int, str, str], int, int, int, Claim]]] = {}
    ranks: dict[str, tuple[int, str, str]] = {}
    for i, c in enumerate(claims):
        span = c.span
        written = getattr(c.value, "name", None) or span.text
        article = c.article
        place = ranks.get(article)
        if place is None:
            place = ranks[article] = rank(article)
        classes.setdefault(identity(c), []).append(
            (-len(written), place, c.segment, span.start, i, c)
        )
    fuller = spec.name != "quote"
    keyed: list[tuple[tuple[object, ...], list[Claim]]] = []
    for decorated in classes.values():
        decorated.sort()
        cs = [d[5] for d in decorated]
        keyed.append(
            (
                (
                    # sources: ranks name one article each
                    -len({(d[1], d[2]) for d in decorated}),
                    -len(cs),
                    decorated[0][0] if fuller else 0,  # the longest text comes first
                    min(d[1] for d in decorated),
                    cs[0].span.text,
                ),
                cs,
            )
        )
    return [cs for _, cs in sorted(keyed, key=lambda kc: kc[0])]


def canonical_speakers(
    groups: Sequence[Group],
    articles: Mapping[str, Article],
    config: Config,
    *,
    classes: Sequence[list[list[Claim]]] | None = None,
) -> dict[str, str]:
    """Folded name as written → the cluster's canonical form of that person: the reference
    name of the name group holding it ("Lam Thu Lam" → "To Lam" when both fill one role),
    else the one fullest reference name holding all its words ("Trump" → "Donald Trump").

    `classes` holds each group's `ordered_classes` when already computed."""
    spec = get_kind("name")
    found: dict[str, dict[str, int]] = {}
    for n, g in enumerate(groups):
        if g.kind != "name":
            continue
        ordered = classes[n] if classes is not None else ordered_classes(spec, g.claims, articles)
        # one pass over the group's claims: per class, each name as written (republished
        # copies write the same ones) with the articles writing it
        by_class: list[dict[str, set[str]]] = []
        for cls in ordered:
            names: dict[str, set[str]] = {}
            for c in cls:
                names.setdefault(getattr(c.value, "name", ""), set()).add(c.article)
            by_class.append(names)
        ref_name = _common_name({name: arts for name, arts in by_class[0].items() if name})
        if not ref_name:
            continue
        support = len(set().union(*(arts for names in by_class for arts in names.values())))
        for i, cls in enumerate(ordered):
            if i and spec.compare(ordered[0][0], cls[0], config) is None:
                continue
            for name in by_class[i]:
                if name:
                    seen = found.setdefault(_folded(name), {})
                    seen[ref_name] = max(seen.get(ref_name, 0), support)
    canonicals = sorted({n for names in found.values() for n in names})
    words = {n: frozenset(_folded(n).split()) for n in canonicals}
    out: dict[str, str] = {}
    for written in sorted({*found, *map(_folded, canonicals)}):
        if written in found:
            # The canonical of the best supported group holding this form.
            best = max(found[written].values())
            top = sorted(n for n, k in found[written].items() if k == best)
            if len(top) == 1:
                out[written] = top[0]
            continue
        mine = frozenset(written.split())
        candidates = {n for n in canonicals if mine <= words[n]}
        fullest = [n for n in candidates if not any(words[n] < words[m] for m in candidates)]
        if len(fullest) == 1:
            out[written] = fullest[0]
    return out


def _common_name(sources: Mapping[str, set[str]]) -> str:
    """The name the sources write (`sources`: each name as written → the articles writing
    it): the most written form, or the most written longer form holding all its words
    ("Vladimir Putin" over "Putin")."""
    if not sources:
        return ""
    common = min(sources, key=lambda n: (-len(sources[n]), n))
    words = frozenset(_folded(common).split())
    longer = [
        n for n in sources if len(n.split()) > len(common.split())
        and words <= frozenset(_folded(n).split())
    ]  # fmt: skip
    if not longer:
        return common
    return min(longer, key=lambda n: (-len(sources[n]), len(n.split()), n))


def _canonical_speaker(named: str, speakers: Mapping[str, str]) -> str:
    """`named` as the cluster's canonical name (see `canonical_speakers`)."""
    folded = _folded(named)
    if folded in speakers:
        return speakers[folded]
    mine = frozenset(folded.split())
    fullest = {n for k, n in speakers.items() if mine <= frozenset(k.split())}
    if len(fullest) == 1:
        return next(iter(fullest))
    return named


def compare_group(
    group: Group,
    articles: Mapping[str, Article],
    config: Config,
    *,
    speakers: Mapping[str, str] | None = None,
    classes: list[list[Claim]] | None = None,
    labels: dict[tuple[str, int], str] | None = None,
) -> list[Finding]:
    """Findings of one group: agreement on the majority value, then one per deviating value.

    `speakers` maps names as written to the cluster's canonical form (`canonical_speakers`),
    so a quote is credited to "To Lam" even where a garbled copy names "Lam Thu Lam";
    `classes` is the group's `ordered_classes` when already computed; `labels` remembers
    source labels across the groups of one comparison.
    """
    if labels is None:
        labels = {}
    spec = get_kind(group.kind)
    ordered = classes if classes is not None else ordered_classes(spec, group.claims, articles)
    ref = list(ordered[0])
    r0 = ref[0]
    agreeing = list(ref)
    others: list[tuple[Verdict, list[Claim]]] = []
    apart: set[str] = set()
    for cls in ordered[1:]:
        verdict = spec.compare(r0, cls[0], config)
        if verdict is None:
            verdict = _comparable(spec, ref, cls, config)
        if verdict is None:
            apart.update(c.id for c in cls)
            continue
        if verdict == "agree":
            agreeing.extend(cls)
            continue
        if not spec.compare_within_article and len({c.article for c in (*ref, *cls)}) == 1:
            continue
        others.append((verdict, cls))
    findings: list[Finding] = []
    agreeing_sides = _sides(agreeing)
    # the reference's own sides are those of `agreeing` when no other class agreed
    ref_sides = agreeing_sides if len(agreeing) == len(ref) else None
    n_sources = len(agreeing_sides[1])
    speaker = _speaker(r0, others[0][1][0] if others else None, speakers or {})
    if n_sources >= 2:
        findings.append(_finding(spec, group, "agree", agreeing, [], articles, speaker=speaker,
                                 sides=agreeing_sides, labels=labels))  # fmt: skip
    elif not others and config.include_single and _reports_single(spec, r0):
        findings.append(_finding(spec, group, "single", agreeing, [], articles, speaker=speaker,
                                 sides=agreeing_sides, labels=labels))  # fmt: skip
    for verdict, cls in others:
        if ref_sides is None:
            ref_sides = _sides(ref)
        finding = _finding(spec, group, verdict, ref, cls, articles,
                           speaker=_speaker(r0, cls[0], speakers or {}), sides=ref_sides,
                           labels=labels)  # fmt: skip
        note = update_note(ref, cls, articles) if verdict == "conflict" else None
        if note:  # a running total from sources of different days: say which is later
            finding = finding.model_copy(update={"message": f"{finding.message} {note}"})
        findings.append(finding)
    findings.extend(_conflicts_among_compatible(spec, group, others, articles, config, speakers))
    if apart:
        # values the reference cannot be compared with ("nine months" beside "five years")
        # are compared among themselves, never dropped
        rest = tuple(c for c in group.claims if c.id in apart)
        findings.extend(compare_group(dataclasses.replace(group, claims=rest), articles, config,
                                      speakers=speakers, labels=labels))  # fmt: skip
    return findings


MEMBERS_TRIED = 4
"""Articles of each side tried when the two first claims cannot be compared."""


def _comparable(
    spec: KindSpec, ref: Sequence[Claim], cls: Sequence[Claim], config: Config
) -> Verdict | None:
    """The verdict of the first pair of the two values' claims, one per article of each side,
    that can be compared: the reference's first mention may lack what a comparison needs
    ("To Lam", leader, against "Parteichef Lam Thu Lam"; "le dirigeant To Lam, secrétaire
    général du parti" can be compared)."""
    theirs = _first_per_article(cls)
    for a in _first_per_article(ref):
        for b in theirs:
            if a is ref[0] and b is cls[0]:
                continue
            verdict = spec.compare(a, b, config)
            if verdict is not None:
                return verdict
    return None


def _first_per_article(claims: Sequence[Claim]) -> list[Claim]:
    """The first claim of each article, for the first `MEMBERS_TRIED` articles."""
    seen: set[str] = set()
    out: list[Claim] = []
    for c in claims:
        if c.article not in seen:
            seen.add(c.article)
            out.append(c)
            if len(out) == MEMBERS_TRIED:
                break
    return out


COMPATIBLE_COMPARED = 16
"""Values compatible with a vague reference compared with the first of them (at most so many)."""


def _conflicts_among_compatible(
    spec: KindSpec,
    group: Group,
    others: Sequence[tuple[Verdict, list[Claim]]],
    articles: Mapping[str, Article],
    config: Config,
    speakers: Mapping[str, str] | None,
) -> list[Finding]:
    """Conflicts between values that each fit a vague reference but not each other: "63 km"
    and "72 km" both fit "about 70 km", yet the two sources disagree. The most widely stated
    of those values is their reference (one finding per value that contradicts it)."""
    fitting = [cls for verdict, cls in others if verdict == "compatible"]
    if len(fitting) < 2:
        return []
    a = fitting[0]
    out: list[Finding] = []
    for b in fitting[1:COMPATIBLE_COMPARED]:
        if {c.article for c in a} == {c.article for c in b}:
            continue
        fa, fb = a[0].frame, b[0].frame
        if fa is not None and fb is not None and not frames_compatible(fa, fb):
            continue  # two measures of different things, each near the vague figure
        if spec.compare(a[0], b[0], config) != "conflict":
            continue
        finding = _finding(spec, group, "conflict", list(a), list(b), articles,
                           speaker=_speaker(a[0], b[0], speakers or {}))  # fmt: skip
        note = update_note(a, b, articles)
        if note:
            finding = finding.model_copy(update={"message": f"{finding.message} {note}"})
        out.append(finding)
    return out


def quote_speaker(ref: Claim, other: Claim | None, speakers: Mapping[str, str]) -> str | None:
    """The cluster's name for whoever a quote group quotes (see `canonical_speakers`), or
    None when the claims are no quotes or name nobody."""
    return _speaker(ref, other, speakers)


def _speaker(r0: Claim, o0: Claim | None, speakers: Mapping[str, str]) -> str | None:
    """The canonical name of whoever a quote group quotes, or None for other kinds."""
    if r0.kind != "quote":
        return None
    named = getattr(r0.value, "speaker", None) or (
        getattr(o0.value, "speaker", None) if o0 is not None else None
    )
    if not named:
        return None
    return _canonical_speaker(named, speakers)


def _reports_single(spec: KindSpec, claim: Claim) -> bool:
    rule = spec.report_single
    return bool(rule(claim)) if callable(rule) else rule


_KIND_ORDER = {spec.name: i for i, spec in enumerate(KINDS)}


def sort_findings(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Most severe first, then kind order, subject and fingerprint; ids F001… in that order."""
    ordered = sorted(
        findings,
        key=lambda f: (-SEVERITY_ORDER[f.severity], _KIND_ORDER[f.kind], f.subject, f.fingerprint),
    )
    return tuple(f.model_copy(update={"id": f"F{i:03d}"}) for i, f in enumerate(ordered, 1))


SLOT_MIN_WORDS = 6
"""Words a masked sentence needs before its slot counts ("_ said." says nothing)."""
SLOT_SHOWN = 160
"""Characters of the sentence a slot conflict's message shows."""


def slot_findings(
    spec: KindSpec, claims: Sequence[Claim], articles: Mapping[str, Article], config: Config
) -> list[Finding]:
    """Conflicts of claims that fill the same slot of the same sentence in different articles
    with values `spec.compare` cannot relate: a republished sentence naming someone else."""
    if spec.slot is None:
        return []
    slot, identity = spec.slot, spec.identity
    # each slot's claims with their articles, read in one pass over the claims
    by_slot: dict[str, list[tuple[Claim, str]]] = {}
    long_enough: dict[str, bool] = {}  # republished copies fill the same slots
    for c in claims:
        s = slot(c)
        if s is None:
            continue
        ok = long_enough.get(s)
        if ok is None:
            ok = long_enough[s] = len(s.split()) >= SLOT_MIN_WORDS
        if ok:
            by_slot.setdefault(s, []).append((c, c.article))
    out: list[Finding] = []
    for filled in by_slot.values():
        first = filled[0][1]
        if all(article == first for _, article in filled):
            continue
        classes: dict[Hashable, tuple[list[Claim], set[str]]] = {}  # claims, articles
        for c, article in filled:
            ident = identity(c)
            if ident not in classes:
                classes[ident] = ([], set())
            members, arts = classes[ident]
            members.append(c)
            arts.add(article)
        if len(classes) < 2:
            continue
        keyed: list[tuple[tuple[int, str, str], set[str], list[Claim]]] = []
        for g, arts in classes.values():
            keyed.append(((-len(arts), min(arts), g[0].span.text), arts, g))
        keyed.sort(key=lambda k: k[0])
        ref_arts, ref = keyed[0][1], keyed[0][2]
        for _, cls_arts, cls in keyed[1:]:
            if cls_arts <= ref_arts:
                continue  # both names in the same articles: not a substitution
            if spec.compare(ref[0], cls[0], config) is not None:
                continue  # related values: the groups' own comparison reports them
            if _written_alike(ref, cls):
                continue  # the same words, read otherwise elsewhere in the story ("Karo")
            group = Group(spec.name, "slot", tuple(ref) + tuple(cls))
            r0 = ref[0]
            shown = " ".join(r0.context.replace(r0.span.text, "…", 1).split())
            if len(shown) > SLOT_SHOWN:
                shown = shown[: SLOT_SHOWN - 1].rstrip() + "…"
            out.append(
                _finding(spec, group, "conflict", ref, cls, articles,
                         template=_template(spec.name, "slot"), slot=shown)
            )  # fmt: skip
    return out


def _written_alike(a: Sequence[Claim], b: Sequence[Claim]) -> bool:
    """True when a claim of one side is written with the words of one of the other (the same
    name, or a short form of it)."""

    def words(c: Claim) -> frozenset[str]:
        return frozenset(c.span.text.lower().split())

    wa, wb = {words(c) for c in a}, {words(c) for c in b}
    return any(x <= y or y <= x for x in wa for y in wb)


def compare(
    groups: Sequence[Group], articles: Sequence[Article], config: Config
) -> tuple[Finding, ...]:
    """Findings of every group, then slot conflicts, sorted."""
    by_id = {a.id: a for a in articles}
    rank = _source_rank(by_id)
    classes = [ordered_classes(get_kind(g.kind), g.claims, by_id, rank=rank) for g in groups]
    speakers = canonical_speakers(groups, by_id, config, classes=classes)
    labels: dict[tuple[str, int], str] = {}
    out: list[Finding] = []
    for g, ordered in zip(groups, classes, strict=True):
        out.extend(
            compare_group(g, by_id, config, speakers=speakers, classes=ordered, labels=labels)
        )
    for spec in KINDS:
        if spec.slot is not None:
            kind_claims = [c for g in groups if g.kind == spec.name for c in g.claims]
            out.extend(slot_findings(spec, kind_claims, by_id, config))
    if len({f.fingerprint for f in out}) < len(out):  # shared fingerprints: mix in the claims
        claims = {c.id: c for g in groups for c in g.claims}
        out = unique_fingerprints(out, claims)
    return sort_findings(out)
