"""Perturbation pairs: precision and recall of conflicts over a few thousand generated pairs.

Usage: .venv/bin/python benchmarks/bench_perturb.py [--pairs 4000] [--seed 1] [--rounds 3]
                                                    [--examples 3] [--no-write]

Texts: the seed cluster's articles (with their publication dates) and every distinct document
of the three eval files (no date). `perturb.generate` (benchmarks/perturb.py) draws about --pairs pairs,
half from fact-keeping rules, half from fact-changing ones, each rule at most a fifth of the
total (rules with few candidates give fewer); each rule runs --rounds times per text, so a
spot can get several different rewrites (a number changed by different amounts). Each pair is a passage of real text (the
sentence with the edit and one on each side) and its rewrite, checked as a two-article
cluster; conflicts the unchanged passage already raises against a copy of itself are
discounted (`perturb.score_pair`).

- hit: a fact-changing pair raised a new conflict of the rule's kind, or of a quotation,
  holding the rewritten span (a number changed inside a quotation also alters the quote);
- false alarm: any other new conflict, on either kind of pair;
- precision = hits / (hits + false alarms); recall = hits / fact-changing pairs;
- clean = share of fact-keeping pairs without a new conflict;
- a miss is "not extracted" when no claim of the rule's kind covers the edit in the passage or
  in its rewrite, else "not flagged" (extracted, but alignment or comparison gave no conflict).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

import perturb
from _shared import EVAL, EVAL_FILES, SEED, stamp, table, write_section


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=3, help="rewrites drawn per candidate spot")
    ap.add_argument(
        "--examples", type=int, default=3, help="misses/false alarms per rule in the doc"
    )
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    texts = list(perturb.seed_texts(SEED))
    for name in EVAL_FILES:
        texts += perturb.eval_texts(EVAL / name)
    texts = perturb.source_texts(texts)
    pairs = perturb.generate(texts, n=args.pairs, seed=args.seed, rounds=args.rounds)
    cache: dict[object, frozenset[str]] = {}
    t0 = time.perf_counter()
    results = [perturb.score_pair(p, baseline_cache=cache) for p in pairs]  # type: ignore[arg-type]
    seconds = time.perf_counter() - t0
    total = perturb.summarize(results)
    rows = []
    for rule, s in perturb.by_rule(results).items():
        keeps = next(r.keeps_facts for r in perturb.RULES if r.name == rule)
        kind = next(r.kind for r in perturb.RULES if r.name == rule)
        misses = [
            r for r in results
            if r.perturbation.rule == rule and not r.perturbation.keeps_facts and not r.hit
        ]  # fmt: skip
        unextracted = sum(not r.extracted for r in misses)
        rows.append([
            rule, kind, "keeps" if keeps else "changes", s.pairs,
            "" if keeps else f"{s.recall:.2f}",
            "" if keeps else f"{unextracted} / {len(misses) - unextracted}",
            s.false_alarms, f"{s.keep_clean:.2f}" if keeps else "",
        ])  # fmt: skip
    for r in results:
        p = r.perturbation
        if (not p.keeps_facts and not r.hit) or r.false_alarms:
            print(
                f"{'MISS' if not p.keeps_facts and not r.hit else 'ALARM'} {p.rule} {p.source}: "
                f"{p.edit.old!r} -> {p.edit.new!r} {r.false_alarms[:1]}"
            )
    by_source = Counter("seed" if p.published else "eval" for p in pairs)
    body = stamp(
        f"python benchmarks/bench_perturb.py --pairs {args.pairs} --seed {args.seed}"
        f" --rounds {args.rounds}"
    )
    body += (
        f"\n{total.pairs:,} pairs ({total.keep_pairs:,} fact-keeping, {total.change_pairs:,} "
        f"fact-changing; {by_source['seed']} from the seed articles, {by_source['eval']} from "
        f"{len(texts) - 3} eval documents), checked in {seconds:.1f} s.\n\n"
    )
    body += table(
        ["pairs", "precision", "recall", "fact-keeping pairs clean", "hits", "false alarms"],
        [[total.pairs, f"{total.precision:.3f}", f"{total.recall:.3f}", f"{total.keep_clean:.3f}",
          total.hits, total.false_alarms]],
    )  # fmt: skip
    body += "\nPer rule:\n\n"
    body += table(
        ["rule", "kind", "facts", "pairs", "recall", "misses: not extracted / not flagged",
         "false alarms", "clean"],
        rows,
    )  # fmt: skip
    examples = []
    for rule in (r.name for r in perturb.RULES):
        bad = [
            r for r in results
            if r.perturbation.rule == rule
            and ((not r.perturbation.keeps_facts and not r.hit) or r.false_alarms)
        ][: args.examples]  # fmt: skip
        for r in bad:
            p = r.perturbation
            what = "missed" if not p.keeps_facts and not r.hit else "false alarm"
            msg = f" — {r.false_alarms[0][:160]}" if r.false_alarms else ""
            examples.append(f"- {rule} ({what}): `{p.edit.old}` → `{p.edit.new}`{msg}")
    if examples:
        body += "\nExamples (first of each rule):\n\n" + "\n".join(examples) + "\n"
    print(body)
    print(f"{total}", file=sys.stderr)
    if not args.no_write:
        write_section("perturbation", body)


if __name__ == "__main__":
    main()
