"""Alignment: blocking by key, grouping by similarity, never all pairs."""

from __future__ import annotations

import dataclasses

import pytest

from factcheck import Config, check, extract
from factcheck.align import CANDIDATES, EXEMPLARS_PER_VALUE, VALUES_SCORED, align, align_kind
from factcheck.kinds import get_kind
from factcheck.model import Claim
from tests.conftest import article


def _claims(*texts: str) -> list[Claim]:
    out: list[Claim] = []
    for i, t in enumerate(texts):
        out.extend(extract(article(t, id=f"a{i}"), Config(kinds=("count",))))
    return out


def test_align_groups_same_fact_across_sources() -> None:
    claims = _claims(
        "Putin signed at least a dozen deals with his Vietnamese counterpart.",
        "Putin signed at least 12 deals with his Vietnamese counterpart on Thursday.",
    )
    groups = align(claims, Config())
    assert len(groups) == 1 and len(groups[0].claims) == 2


def test_align_separates_different_contexts_of_one_key() -> None:
    claims = _claims(
        "Putin signed at least 12 deals with his Vietnamese counterpart on Thursday.",
        "None of the 12 agreements made public explicitly relate to defense.",
        "Of the 12 publicly announced agreements, none overtly pertained to defence.",
    )
    groups = align(claims, Config())
    sizes = sorted(len(g.claims) for g in groups)
    assert sizes == [1, 2]


def test_align_blocks_by_key_units_never_meet() -> None:
    claims = _claims(
        "Officials counted 12 ships in the port.", "Officials counted 12 containers in the port."
    )
    groups = align(claims, Config())
    assert sorted(g.key for g in groups) == ["container", "vessel"]


def test_align_keeps_distinct_values_of_one_article_apart() -> None:
    # One sentence, three amounts: the aligner must not compare them with each other.
    text = "Trade with Russia will reach 12 deals, with China 171 deals and with the US 111 deals."
    claims = _claims(text)
    groups = align_kind(get_kind("count"), claims, Config())
    assert all(len({c.value.low for c in g.claims}) == 1 for g in groups)


def test_align_scales_without_all_pairs() -> None:
    # 2,000 copies of one sentence: exact signatures join at once.
    texts = ["Putin signed at least 12 deals with his Vietnamese counterpart."] * 2000
    claims = _claims(*texts)
    calls = 0
    spec = get_kind("count")
    base = spec.similarity

    def counting(a: Claim, b: Claim) -> float:
        nonlocal calls
        calls += 1
        from factcheck.kinds._common import context_similarity

        return (base or context_similarity)(a, b)

    import dataclasses

    groups = align_kind(
        dataclasses.replace(spec, similarity=counting, tokens=spec.tokens or (lambda c: ())),
        claims,
        Config(),
    )
    assert len(groups) == 1 and len(groups[0].claims) == 2000
    assert calls < 10


def test_align_scores_few_date_groups_per_claim() -> None:
    # Many dated events: each date is scored against a few candidate groups, not all of them.
    spec = get_kind("date")
    calls = 0

    def counting(a: Claim, b: Claim) -> float:
        nonlocal calls
        calls += 1
        assert spec.similarity is not None
        return spec.similarity(a, b)

    def word(i: int) -> str:  # a distinct made-up word per event
        return "".join("bcdfghjklmnpqrstvwxz"[int(d)] for d in f"{i:03d}") + "ing"

    # Two sources, each dating 300 different events and saying "on Monday" 100 times without
    # a publication date (unresolved): every date of one source is a candidate for the other.
    claims: list[Claim] = []
    for i in range(2):
        text = " ".join(
            f"Officials {word(n)} {word(n + 500 + i)} on {1 + n % 28} May 2023." for n in range(300)
        )
        text += " " + " ".join(
            f"They {word(n + 300)} {word(n + 900 + i)} on Monday." for n in range(100)
        )
        claims.extend(extract(article(text, id=f"a{i}"), Config(kinds=("date",))))
    assert len(claims) == 800
    groups = align_kind(dataclasses.replace(spec, similarity=counting), claims, Config())
    assert calls <= len(claims) * CANDIDATES * EXEMPLARS_PER_VALUE
    assert all({c.article for c in g.claims} == {"a0", "a1"} for g in groups if len(g.claims) > 1)


def _synthetic(kind: str, n: int, seed: int) -> str:
    import random

    words = "company bank fund group market deal share price board state city region".split()
    template = {
        "count": "The {a} {b} hired {n} workers for the {c} {d} last week.",
        "money": "The {a} {b} paid ${n} million for the {c} {d} last week.",
        "percent": "The {a} {b} rose {n}% in the {c} {d} last week.",
        "date": "The {a} {b} opened the {c} {d} on {day} May 2023.",
        "duration": "The {a} {b} waited {n} days for the {c} {d} last week.",
        "quantity": "The {a} {b} built {n} km of road for the {c} {d} last week.",
        "time": "The {a} {b} opened the {c} {d} at {hour}:{minute:02d} a.m. last week.",
        "age": "The {a} {b} chief, aged {age}, joined the {c} {d} last week.",
        "name": "Minister {p} {q} visited the {c} {d} last week.",
        "quote": '"The {a} {b} will open the {c} {d} soon," Minister {p} {q} said.',
    }[kind]
    people = "Anna Boris Carla Dmitri Elena Farid Greta Hugo Ines Jonas Karim Lena".split()
    rng = random.Random(seed)
    more = random.Random(seed + 1)  # the measure kinds' and names' fields: a stream of their own
    return " ".join(
        template.format(
            a=rng.choice(words), b=rng.choice(words), c=rng.choice(words), d=rng.choice(words),
            n=rng.randint(2, 999), day=1 + i % 28, hour=more.randint(1, 11),
            minute=more.randint(0, 59), age=more.randint(20, 90), p=more.choice(people),
            q=more.choice(people) + "son",
        )
        for i in range(n)
    )  # fmt: skip


def _comparisons_per_claim(kind: str, n: int) -> float:
    from factcheck.align import _default_tokens

    spec = get_kind(kind)
    config = Config(kinds=(kind,), clean=False)
    claims: list[Claim] = []
    for i in range(3):
        claims.extend(extract(article(_synthetic(kind, n, i), id=f"a{i}"), config))
    calls = 0
    base = spec.similarity

    def counting(a: Claim, b: Claim) -> float:
        nonlocal calls
        calls += 1
        from factcheck.kinds._common import context_similarity

        return (base or context_similarity)(a, b)

    tokens = spec.tokens or (_default_tokens if spec.similarity is None else None)
    align_kind(dataclasses.replace(spec, similarity=counting, tokens=tokens), claims, config)
    return calls / len(claims)


@pytest.mark.parametrize(
    "kind",
    ["count", "money", "percent", "date", "duration", "quantity", "time", "age", "name", "quote"],
)
def test_align_comparisons_per_claim_do_not_grow_with_cluster_size(kind: str) -> None:
    # Common words in every sentence: a claim is still scored against a bounded number of
    # candidate groups and exemplars, so comparisons grow linearly with the claims.
    small, large = _comparisons_per_claim(kind, 200), _comparisons_per_claim(kind, 1600)
    assert large <= max(small * 2, 1.0), (small, large)  # 8x the claims, not 8x per claim
    assert large <= CANDIDATES * EXEMPLARS_PER_VALUE * (1 + VALUES_SCORED)


def test_align_a_group_never_spans_more_than_the_magnitude_gap() -> None:
    # 3 and 50 billion are near enough, 50 and 100 too; 3 and 100 billion are not one fact,
    # so the third amount may not join through its nearer neighbour.
    texts = [
        "The Swiss bank will pay 3 billion francs for its rival, the central bank said.",
        "The Swiss bank will pay 50 billion francs for its rival, the central bank said.",
        "The Swiss bank will pay 100 billion francs for its rival, the central bank said.",
    ]
    claims: list[Claim] = []
    for i, t in enumerate(texts):
        claims.extend(extract(article(t, id=f"a{i}"), Config(kinds=("money",))))
    spec = dataclasses.replace(get_kind("money"), magnitude_gap=20.0)
    for group in align_kind(spec, claims, Config()):
        figures = [c.value.low for c in group.claims]
        assert max(figures) <= 20.0 * min(figures), figures


def test_align_money_amounts_twice_apart_are_other_facts() -> None:
    claims: list[Claim] = []
    for i, t in enumerate(
        (
            "Credit Suisse shares closed at 1.86 Swiss francs on Friday, before the deal.",
            "Credit Suisse shares closed at 0.76 Swiss francs on Friday, before the deal.",
            "Credit Suisse shares closed at 1.80 Swiss francs on Friday, before the deal.",
        )
    ):
        claims.extend(extract(article(t, id=f"a{i}"), Config(kinds=("money",))))
    groups = align(claims, Config(kinds=("money",)))
    assert sorted(sorted(c.value.low for c in g.claims) for g in groups) == [[0.76], [1.8, 1.86]]


def test_align_a_lone_claim_gets_a_second_look_at_the_groups_as_they_ended() -> None:
    # "first" is like "third" only; "second" comes between them in reading order and starts
    # the group "third" joins. Read alone at first, "first" joins that group at the end.
    spec = get_kind("count")
    claims = _claims(
        "The first report says 12 deals.",
        "The second report says 12 deals.",
        "The third report says 12 deals.",
        "An unrelated note lists 12 deals.",
    )
    claims = [c for c in claims if c.span.text == "12 deals"]
    liked = {frozenset({"first", "third"}), frozenset({"second", "third"})}

    def similarity(a: Claim, b: Claim) -> float:
        wa, wb = a.context.split()[1], b.context.split()[1]
        return 90.0 if frozenset({wa, wb}) in liked else 0.0

    groups = align_kind(
        dataclasses.replace(
            spec, similarity=similarity, tokens=lambda c: ("report", c.context.split()[1])
        ),
        claims,
        Config(),
    )
    assert sorted(sorted(c.article for c in g.claims) for g in groups) == [
        ["a0", "a1", "a2"],
        ["a3"],
    ]


def test_align_a_shared_frame_outranks_shared_function_words() -> None:
    # Spanish function words shared with many groups must not crowd out the one group of
    # the same frame (losses) from the bounded candidate list.
    others = " ".join(
        f"El acuerdo de los {n} millones de francos suizos que el gobierno de la ciudad tiene."
        for n in range(100, 100 + (CANDIDATES + 4) * 50, 50)
    )
    arts = [
        article(others, id="o.txt", language="es"),
        article("Zusätzlich steht sie für Verluste von bis zu fünf Milliarden Franken gerade.",
                id="de.txt", language="de"),
        article("El acuerdo contempla que UBS absorba los primeros 5,000 millones de francos "
                "suizos en pérdidas, el gobierno de la ciudad los siguientes.",
                id="es.txt", language="es"),
    ]  # fmt: skip
    report = check(arts, Config(kinds=("money",)))
    together = [f for f in report.findings if {"de.txt", "es.txt"} <= set(f.articles)]
    assert together, [f.message for f in report.findings if "es.txt" in f.articles]


def test_align_a_changed_day_contradicts_its_sentence_though_the_article_names_that_day_elsewhere() -> (
    None
):
    # Each article gives Thursday twice (the deals, the arrival), so "Thursday" is one group;
    # the copy that moved the arrival to Saturday still holds Thursday for the deals, yet its
    # Saturday is a near copy of the others' arrival sentence and contradicts it.
    import datetime as dt

    def text(day: str) -> str:
        return (
            "Putin signed a dozen deals with Vietnam on Thursday in Hanoi, the Kremlin said. "
            "The talks covered energy, trade and education and lasted several hours.\n\n"
            f"Putin arrived in Hanoi on {day} morning after a visit to North Korea, where he "
            "met Kim Jong Un."
        )

    arts = [
        article(text(day), id=f"a{i}", published=dt.date(2024, 6, 20))
        for i, day in enumerate(["Thursday", "Thursday", "Saturday"])
    ]
    report = check(arts, config=Config(kinds=("date",)))
    conflicts = [f for f in report.findings if f.verdict == "conflict"]
    assert len(conflicts) == 1
    texts = {report.claim(c).span.text for c in conflicts[0].claims}
    assert texts == {"on Thursday", "on Saturday"}
    sides = {report.claim(c).article for c in conflicts[0].claims}
    assert "a2" in sides and len(sides) == 3  # no finding inside the changed copy


def test_align_a_sentence_with_two_figures_is_no_near_copy_for_either() -> None:
    # "by 2040 … by 2060" in both articles: each article holds both values, and neither
    # year is another article's changed figure.
    import datetime as dt

    body = "The population will reach 10 million by 2040 and could double by 2060, it said."
    arts = [article(body, id=f"a{i}", published=dt.date(2024, 6, 20)) for i in range(2)]
    report = check(arts, config=Config(kinds=("date",)))
    assert not [f for f in report.findings if f.verdict in ("conflict", "variant")]


def test_align_an_article_telling_a_figure_vaguely_then_exactly_joins_the_exact_one() -> None:
    # "more than 130" in the lede and "133" further on are one fact; the exact figure joins
    # the other sources' 133 instead of starting a group of its own.
    import datetime as dt

    day = dt.date(2024, 3, 23)
    first = article(
        "The attack on the concert hall left more than 130 people dead, officials said.\n\n"
        "Investigators later said that 133 people were killed in the attack on the hall.",
        id="a0", published=day,
    )  # fmt: skip
    second = article(
        "Investigators said on Saturday that 133 people were killed in the attack on the hall.",
        id="a1", published=day,
    )  # fmt: skip
    report = check([first, second], config=Config(kinds=("count",)))
    agree = [f for f in report.findings if f.verdict == "agree"]
    assert [sorted(report.claim(c).span.text for c in f.claims) for f in agree] == [
        ["133 people", "133 people"]
    ]
    assert not [f for f in report.findings if f.verdict in ("conflict", "single")]


def test_align_context_across_languages_is_scored_by_what_the_words_mean() -> None:
    from factcheck.kinds._common import context_similarity

    en = extract(
        article("Rescuers said the ferry sank near the island with 40 passengers on board."),
        Config(kinds=("count",)),
    )[0]
    es = extract(
        article(
            "Los rescatistas dijeron que el ferry se hundió cerca de la isla con 40 pasajeros.",
            id="b",
            language="es",
        ),
        Config(kinds=("count",)),
    )[0]
    other = extract(
        article("Il governo ha approvato 40 nuove leggi sul lavoro.", id="c", language="it"),
        Config(kinds=("count",)),
    )[0]
    assert context_similarity(en, es) >= 50 > context_similarity(en, other)


@pytest.mark.parametrize(
    ("kind", "texts"),
    [
        # three outlets count the stolen pieces once each, in sentences sharing few words
        ("count", [("Thieves broke in on Sunday and snatched eight pieces of the crown jewels.", "en"),
                   ("Se llevaron ocho piezas de un valor histórico incalculable.", "es"),
                   ("Die Diebe erbeuteten neun Schmuckstücke aus dem 19. Jahrhundert.", "de")]),
        ("duration", [("The bidding lasted about 19 minutes before the hammer fell.", "en"),
                      ("Ci sono voluti 19 minuti di rilanci da Christie's.", "it"),
                      ("Au terme de 29 minutes d'une bataille d'enchères, le marteau est tombé.",
                       "fr")]),
        ("percent", [("The pipeline carries about 45% of the fuel consumed on the East Coast.", "en"),
                     ("Die Pipeline deckt rund 45 Prozent des Treibstoffbedarfs an der Ostküste.",
                      "de"),
                     ("L'oleodotto trasporta circa il 54% del carburante della costa orientale.",
                      "it")]),
        ("money", [("The mission cost roughly $75 million, a fraction of others.", "en"),
                   ("La misión costó unos 57 millones de dólares, según la agencia.", "es"),
                   ("La missione è costata circa 75 milioni di dollari.", "it")]),
    ],
)  # fmt: skip
def test_align_what_each_article_states_once_is_one_fact(
    kind: str, texts: list[tuple[str, str]]
) -> None:
    # one value per article, three articles: one fact, and the changed figure contradicts it
    articles = [article(t, id=f"a{i}", language=lang) for i, (t, lang) in enumerate(texts)]
    report = check(articles, Config(kinds=(kind,)))
    (conflict,) = [f for f in report.findings if f.verdict == "conflict"]
    sides = {report.claim(c).article for c in conflict.claims}
    assert "a2" in sides and len(sides) >= 2  # the changed figure against the others


def test_align_people_counted_once_per_article_stay_apart_without_evidence() -> None:
    # people are counted in many roles: one figure each is no sign of one fact
    articles = [
        article("Eight people were inside the building at the time.", id="a"),
        article("Police questioned 23 individuals about the theft.", id="b"),
        article("Les enquêteurs ont entendu cinq personnes.", id="c", language="fr"),
    ]
    report = check(articles, Config(kinds=("count",)))
    assert [f for f in report.findings if f.verdict == "conflict"] == []


def test_align_an_elided_article_does_not_hide_the_word_it_opens() -> None:
    from factcheck.kinds._common import context_words

    words = context_words(
        "Selon l'Agence danoise de l'énergie, la fuite représente 32 % des émissions.", "32 %"
    )
    assert "agence" in words and "énergie" in words
    assert "l'agence" not in words
    # a name with an apostrophe keeps it
    assert "o'brien" in context_words("Mr O'Brien said 40 people were hurt.", "40 people")
