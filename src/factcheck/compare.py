"""Comparison: each aligned group → Findings with verdict, severity, subject, message, fingerprint."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Hashable, Mapping, Sequence
from functools import lru_cache

from factcheck.align import Group
from factcheck.config import Config
from factcheck.kinds import KINDS, KindSpec, get_kind
from factcheck.model import (
    SEVERITY_ORDER,
    VERDICT_SEVERITY,
    Article,
    Claim,
    Finding,
    Verdict,
)

TEMPLATES: dict[tuple[str, str], str] = {
    ("*", "agree"): "{n} sources agree on {subject}: {ref_quotes} ({ref_value}).",
    ("*", "single"): "Only {ref_source} states {subject}: {ref_quote} ({ref_value}); no other source confirms it.",
    ("*", "compatible"): "{other_quote} [{other_source}] is compatible with {ref_quote} [{ref_source}] but less or more precise: {other_value} vs {ref_value}.",
    ("*", "conflict"): "{other_quote} [{other_source}] contradicts {ref_quote} [{ref_source}] on {subject}: {other_value} vs {ref_value}.",
    ("*", "variant"): "{other_quote} [{other_source}] looks like a misspelling of {ref_quote} [{ref_source}]; the majority form is {ref_value}.",
}  # fmt: skip
"""Message templates per (kind, verdict): "*" holds the shared ones, then every kind's own
(`Kind.templates`) from the registry."""
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


def fingerprint(
    kind: str, verdict: str, key: str, ref: Sequence[Claim], other: Sequence[Claim]
) -> str:
    """Content hash of a finding: kind, verdict, key and the claims' articles and texts."""

    def side(cs: Sequence[Claim]) -> list[tuple[str, str]]:
        return sorted({(c.article, _folded(c.span.text)) for c in cs})

    payload = json.dumps([kind, verdict, key, side(ref), side(other)], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


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
) -> Finding:
    r0 = ref[0]
    o0 = other[0] if other else r0
    # One label per source: the last claim of each (a group may hold thousands of claims).
    last: dict[tuple[str, int], tuple[int, Claim]] = {}
    for i, c in enumerate(ref):
        last[(c.article, c.segment)] = (i, c)
    by_label: dict[str, tuple[int, Claim]] = {}
    for i, c in last.values():
        label = _label(articles, c)
        if label not in by_label or by_label[label][0] < i:
            by_label[label] = (i, c)
    sources = sorted(by_label)
    ref_quotes = ", ".join(
        f"{_quote(c)} [{label}]"
        for label, (_, c) in sorted(by_label.items(), key=lambda kv: kv[1][1].id)
    )
    subject = spec.subject(r0)
    speaker = (
        getattr(r0.value, "speaker", None)
        or getattr(o0.value, "speaker", None)
        or "an unnamed speaker"
    )
    message = (template or _template(spec.name, verdict)).format(
        n=len(sources),
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
    involved = tuple(c.id for c in ref) + tuple(c.id for c in other)
    arts = tuple(sorted({c.article for c in (*ref, *other)}))
    return Finding(
        id="",
        fingerprint=fingerprint(spec.name, verdict, group.key, ref, other),
        kind=spec.name,
        verdict=verdict,
        severity=VERDICT_SEVERITY[verdict],
        subject=subject,
        message=message,
        claims=involved,
        reference=tuple(c.id for c in ref),
        other=tuple(c.id for c in other),
        articles=arts,
        within_article=len(arts) == 1,
    )


def compare_group(group: Group, articles: Mapping[str, Article], config: Config) -> list[Finding]:
    """Findings of one group: agreement on the majority value, then one per deviating value."""
    spec = get_kind(group.kind)
    classes: dict[Hashable, list[Claim]] = {}
    for c in group.claims:
        classes.setdefault(spec.identity(c), []).append(c)

    def weight(cs: list[Claim]) -> tuple[int, int]:
        return (len({(c.article, c.segment) for c in cs}), len(cs))

    # Majority first; ties go to the fuller form ("Gould-Davies" over "Gould Davis"), then to
    # the class whose first article id sorts first, so the reference never depends on input
    # order.
    ordered = sorted(
        classes.values(),
        key=lambda cs: (
            -weight(cs)[0],
            -weight(cs)[1],
            -max(len(c.span.text) for c in cs),
            min(c.article for c in cs),
            cs[0].span.text,
        ),
    )
    ref = list(ordered[0])
    r0 = ref[0]
    agreeing = list(ref)
    others: list[tuple[Verdict, list[Claim]]] = []
    for cls in ordered[1:]:
        verdict = spec.compare(r0, cls[0], config)
        if verdict is None:
            continue
        if verdict == "agree":
            agreeing.extend(cls)
            continue
        within = {c.article for c in (*ref, *cls)}
        if len(within) == 1 and not spec.compare_within_article:
            continue
        others.append((verdict, cls))
    findings: list[Finding] = []
    n_sources = len({(c.article, c.segment) for c in agreeing})
    if n_sources >= 2:
        findings.append(_finding(spec, group, "agree", agreeing, [], articles))
    elif not others and config.include_single and _reports_single(spec, r0):
        findings.append(_finding(spec, group, "single", agreeing, [], articles))
    for verdict, cls in others:
        findings.append(_finding(spec, group, verdict, ref, cls, articles))
    return findings


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
    by_slot: dict[str, list[Claim]] = {}
    for c in claims:
        s = spec.slot(c)
        if s is not None and len(s.split()) >= SLOT_MIN_WORDS:
            by_slot.setdefault(s, []).append(c)
    out: list[Finding] = []
    for cs in by_slot.values():
        if len({c.article for c in cs}) < 2:
            continue
        classes: dict[Hashable, list[Claim]] = {}
        for c in cs:
            classes.setdefault(spec.identity(c), []).append(c)
        if len(classes) < 2:
            continue
        ordered = sorted(
            classes.values(),
            key=lambda g: (-len({c.article for c in g}), min(c.article for c in g), g[0].span.text),
        )
        ref = ordered[0]
        for cls in ordered[1:]:
            if {c.article for c in cls} <= {c.article for c in ref}:
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
    out: list[Finding] = []
    for g in groups:
        out.extend(compare_group(g, by_id, config))
    for spec in KINDS:
        if spec.slot is not None:
            kind_claims = [c for g in groups if g.kind == spec.name for c in g.claims]
            out.extend(slot_findings(spec, kind_claims, by_id, config))
    return sort_findings(out)
