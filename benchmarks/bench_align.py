"""Alignment cost against cluster size: 3 articles x N sentences of one kind.

Each sentence states an amount, a count, a percentage or a date among common words (the
case where posting lists of frequent words grow with N). Prints seconds and comparisons per
N; the growth per doubling should stay near 2x (linear).

    .venv/bin/python benchmarks/bench_align.py --kind money --sizes 2500 5000 10000 20000
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import time

from factcheck import Article, Config
from factcheck.align import align_kind
from factcheck.kinds import get_kind
from factcheck.pipeline import extract

WORDS = "company bank fund group market deal share price board state city region".split()
TEMPLATES = {
    "money": "The {a} {b} paid ${n} million for the {c} {d} last week.",
    "count": "The {a} {b} hired {n} workers for the {c} {d} last week.",
    "percent": "The {a} {b} rose {n}% in the {c} {d} last week.",
    "date": "The {a} {b} opened the {c} {d} on {day} May 2023.",
}


def sentences(kind: str, n: int, seed: int) -> str:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a, b, c, d = (rng.choice(WORDS) for _ in range(4))
        out.append(
            TEMPLATES[kind].format(a=a, b=b, c=c, d=d, n=rng.randint(2, 999), day=1 + i % 28)
        )
    return " ".join(out)


def run(kind: str, n: int) -> tuple[float, int, int]:
    config = Config(kinds=(kind,), clean=False)
    claims = []
    for i in range(3):
        art = Article(id=f"a{i}", source=f"S{i}", text=sentences(kind, n, i))
        claims.extend(extract(art, config))
    spec = get_kind(kind)
    calls = 0
    base = spec.similarity

    def counting(a, b):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        from factcheck.kinds._common import context_similarity

        return (base or context_similarity)(a, b)

    began = time.perf_counter()
    from factcheck.align import _default_tokens

    counted = dataclasses.replace(
        spec,
        similarity=counting,
        tokens=spec.tokens or (_default_tokens if spec.similarity is None else None),
    )
    align_kind(counted, claims, config)
    return time.perf_counter() - began, calls, len(claims)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kind", default="money", choices=sorted(TEMPLATES))
    parser.add_argument("--sizes", type=int, nargs="+", default=[2500, 5000, 10000, 20000])
    args = parser.parse_args()
    for n in args.sizes:
        secs, calls, claims = run(args.kind, n)
        print(
            f"{args.kind} 3 x {n}: {claims} claims, {secs:.2f} s, {calls} comparisons, {calls / claims:.1f} per claim"
        )


if __name__ == "__main__":
    main()
