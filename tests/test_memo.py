"""Memoised extraction: with caches warm, every article gets exactly the claims it gets cold."""

from __future__ import annotations

import datetime as dt
import gc
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from benchmarks import perturb
from factcheck import Article, Config, check, extract
from factcheck.load import load_cluster
from factcheck.model import Claim
from tests.conftest import SEED, article, clear_caches

NAMES = Config(kinds=("name",))


def _cold(articles: list[Article], config: Config | None = None) -> list[list[Claim]]:
    out = []
    for a in articles:
        clear_caches()
        out.append(extract(a, config))
    return out


def _republished_articles() -> list[Article]:
    """Republished copies of the three seed stories (rewritten numbers, names and dates,
    dropped and reordered paragraphs), each copy also with the last paragraph of another
    story appended (same sentences, other document facts), with and without a publication
    date."""
    texts = [t for _, t, _ in perturb.seed_texts(SEED)]
    out: list[Article] = []
    for s, text in enumerate(texts):
        for i, copy in enumerate(perturb.republish(text, 40, seed=s, conflicts=2)):
            published = dt.date(2024, 6, 20) if i % 2 else None
            out.append(Article(id=f"s{s}-{i}", text=copy.text, published=published))
            tail = texts[(s + 1) % len(texts)].strip().split("\n")[-1]
            out.append(Article(id=f"s{s}-{i}-mix", text=f"{copy.text}\n\n{tail}"))
    return out


def test_memo_seed_cluster_warm_equals_cold() -> None:
    articles = list(load_cluster([SEED]).articles)
    cold = _cold(articles)
    clear_caches()
    cold_report = check(articles)
    warm_report = check(articles)  # every sentence seen before
    assert warm_report == cold_report
    assert [extract(a) for a in reversed(articles)] == cold[::-1]


def test_memo_republished_texts_warm_equals_cold() -> None:
    articles = _republished_articles()
    assert len(articles) == 240
    cold = _cold(articles)
    clear_caches()
    warm = [extract(a) for a in articles]
    again = [extract(a) for a in reversed(articles)]
    for a, c, w, r in zip(articles, cold, warm, again[::-1], strict=True):
        assert w == c, f"{a.id}: warm claims differ from cold ones"
        assert r == c, f"{a.id}: claims differ when extracted after later articles"


SHARED = "Hope Hicks met Putin-Kim delegates in Hanoi."

CONTEXT_CASES = [
    # A word written in lower case elsewhere in the article is no name at a sentence start.
    ("", SHARED, ("Hope Hicks", "Putin-Kim", "Hanoi")),
    ("We hope for calm. ", SHARED, ("Hicks", "Putin-Kim", "Hanoi")),
    # Both halves of a hyphenation named on their own elsewhere: two names.
    ("Putin spoke. Kim spoke. ", SHARED, ("Putin", "Kim", "Hope Hicks", "Putin", "Kim", "Hanoi")),
    # A headline word counts as a name only when the body writes it capitalised too (below
    # a line of the story: the article's opening heading names nothing).
    ("It was cold.\n", "Putin Arrives In Hanoi For Talks With Lam Today\nHe met officials.", ("Putin Arrives", "Hanoi")),
    (
        "It was cold.\n",
        "Putin Arrives In Hanoi For Talks With Lam Today\nLam met officials.",
        ("Putin Arrives", "Hanoi", "Lam", "Lam"),
    ),
]  # fmt: skip


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_memo_shared_sentence_reads_its_own_article(order: str) -> None:
    articles = [
        article(before + text, id=f"a{i}.txt") for i, (before, text, _) in enumerate(CONTEXT_CASES)
    ]
    expected = [names for _, _, names in CONTEXT_CASES]
    clear_caches()
    indices = range(len(articles)) if order == "forward" else range(len(articles) - 1, -1, -1)
    for i in [*indices, *indices]:
        got = tuple(c.value.name for c in extract(articles[i], NAMES))  # type: ignore[union-attr]
        assert got == expected[i], f"name: {articles[i].text!r} gave {got} with warm caches"


@pytest.mark.parametrize("enabled", [True, False])
def test_memo_check_leaves_the_collector_as_it_found_it(enabled: bool) -> None:
    articles = list(load_cluster([SEED]).articles)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        alone = check(articles)
        assert gc.isenabled() is enabled
        with ThreadPoolExecutor(max_workers=3) as pool:
            reports = list(pool.map(lambda _: check(articles), range(6)))
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
    assert alone == check(articles)
    assert all(r == alone for r in reports)


def test_memo_checks_in_threads_match_checks_alone() -> None:
    """Every kind, quotes included, with the memos filling and evicting in several threads."""
    seed = list(load_cluster([SEED]).articles)
    clusters = [seed] + [
        [
            a.model_copy(update={"id": f"{a.id}-{i}", "text": a.text + f"\n\nUpdate {i}."})
            for a in seed
        ]
        for i in range(1, 12)
    ]
    clear_caches()
    alone = [check(c) for c in clusters]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            reports = list(pool.map(check, clusters * 4))
    finally:
        sys.setswitchinterval(interval)
    assert reports == alone * 4


FIGURES = "The fund paid 3,600 million euros, up 1,5 percent, to 12 firms on Thursday."
SIGNED = "Signed on Thursday: 12 firms paid $3bn, up 5%."
RIDER = "The ministry wrote on its website that the money was ready. "
JUNE_20, JUNE_27 = dt.date(2024, 6, 20), dt.date(2024, 6, 27)

KEY_CASES = {
    # Digits read by the article's language: "3,600 million" and "1,5 percent".
    "language": [article(FIGURES, id="en.txt"), article(FIGURES, id="de.txt", language="de")],
    # Dates resolve on each article's publication date; the sentence moves with an intro.
    "published": [
        article(SIGNED, id="a.txt", published=JUNE_20),
        article(f"Intro line here.\n\n{SIGNED}", id="b.txt", published=JUNE_27),
        article(SIGNED, id="c.txt"),
    ],
    # A label and a figure ending its line are page furniture, unless the line says more
    # (the same sentence at the same offset of a line of the same length).
    "block": [
        article("Total budget: $3bn\n", id="alone.txt"),
        article("We said so. Total budget: $3bn\n", id="label.txt"),
        article("Note: fine. Total budget: $3bn\n", id="colon.txt"),
        article(f"{RIDER}Total budget: $3bn\n", id="rider.txt"),
    ],
    # Spans quote the text as written: fullwidth digits match as ASCII ones.
    "original text": [
        article("Officials said 12 firms paid $3bn, up 5%.", id="ascii.txt"),
        article("Officials said １２ firms paid $３bn, up ５%.", id="fullwidth.txt"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("case", KEY_CASES)
def test_memo_shared_sentence_figures_read_their_own_article(case: str) -> None:
    articles = KEY_CASES[case]
    cold = _cold(articles)
    seen = [[(c.kind, c.span.text, c.value) for c in claims] for claims in cold]
    assert any(s != seen[0] for s in seen), f"{case}: the articles should differ"
    for a, claims in zip(articles, cold, strict=True):
        assert claims, f"{case}: {a.id} has no claims"
        for c in claims:
            assert c.id.startswith(f"{a.id}#") and c.article == a.id
            assert a.text[c.span.start : c.span.end] == c.span.text
    clear_caches()
    cold_report = check(articles)
    for order in (articles, articles[::-1], articles):
        for a in order:
            got = extract(a)
            assert got == cold[articles.index(a)], f"{case}: {a.id} differs with warm caches"
    assert check(articles) == cold_report
    # in the other order, each article's claims as the first check read them (an undated
    # article's dates are estimated from the cluster in both)
    own: dict[str, list[object]] = {}
    for c in cold_report.claims:
        own.setdefault(c.article, []).append(c)
    assert check(articles[::-1]).claims == tuple(
        c for a in articles[::-1] for c in own.get(a.id, [])
    )
