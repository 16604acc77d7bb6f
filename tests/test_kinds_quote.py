"""Quotes: quotation regions, attribution, speaker linking, normalisation, diff, seed cluster."""

from __future__ import annotations

import pytest

from factcheck import Config, Report, check, extract
from factcheck.kinds.quote import KIND, diff, normalize_text
from factcheck.model import QuoteClaim
from tests.conftest import article

QUOTES = Config(kinds=("name", "quote"))


def _quotes(text: str) -> list[QuoteClaim]:
    return [c for c in extract(article(text), QUOTES) if isinstance(c, QuoteClaim)]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("He said “we will go far” today.", ["we will go far"]),
        ('He said "we will go far" today.', ["we will go far"]),
        ("He said «we will go far» today.", ["we will go far"]),
        ("He said ‘we will go far’ today.", ["we will go far"]),
        ("He said 'we will go far' today.", ["we will go far"]),
        ("Sie sagte „wir gehen weit“ heute.", ["wir gehen weit"]),
        ('He said "we will go far” today.', ["we will go far"]),
        ("“He told me ‘we will go far’ then,” she said.", ["He told me ‘we will go far’ then,"]),
        ("He said “we will\ngo far” today.", ["we will\ngo far"]),
        ("“One two three” and “four five six” end.", ["One two three", "four five six"]),
        ("Putin's and Lam's teams didn't meet.", []),
        ("He said “we will go far\n\nNew paragraph” here.", []),
    ],
)
def test_kinds_quote_regions(text: str, inside: list[str]) -> None:
    assert [c.span.text for c in _quotes(text)] == inside


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will go far,” said Putin.", "Putin"),
        ("“We will go far,” Putin said.", "Putin"),
        ("Putin said “we will go far.”", "Putin"),
        ("Putin added that “we will go far.”", "Putin"),
        ("Putin wrote: “We will go far.”", "Putin"),
        ("According to Putin, “we will go far.”", "Putin"),
        ("Putin: “We will go far.”", "Putin"),
        ("“We will go far,” Russian President Vladimir Putin said.", "Vladimir Putin"),
        ("“We will go far,” Kevin Rojek, a special agent at the FBI, said.", "Kevin Rojek"),
        ("Vladimir Putin spoke. “We will go far,” said Mr Putin.", "Vladimir Putin"),
        ("Russian President Vladimir Putin spoke. The Russian president said “we will go far.”",
         "Vladimir Putin"),
        ("Vladimir Putin spoke. “We will go far,” he said. “We will stay long.”", "Vladimir Putin"),
        ("The embassy said “no country should do this.”", "the embassy"),
        ("“We will go far.” Lam added that nothing changed.", None),
        ("Nobody knows who said “we will go far.”", None),
    ],
)  # fmt: skip
def test_kinds_quote_attribution_links_speaker(text: str, speaker: str | None) -> None:
    assert [c.value.speaker for c in _quotes(text)][-1] == speaker


def test_kinds_quote_an_aside_between_speaker_and_verb_in_spanish() -> None:
    text = "“Iremos muy lejos”, Kevin Rojek, agente especial del FBI, dijo a la prensa."
    (quote,) = [c for c in extract(article(text, language="es"), QUOTES) if c.kind == "quote"]
    assert isinstance(quote, QuoteClaim)
    assert quote.value.speaker == "Kevin Rojek"


@pytest.mark.parametrize(
    ("uk", "us"),
    [
        ("further co-operate in defence", "further cooperate in defense"),
        ("favourable conditions", "favorable conditions"),
        ("to organise and prioritise the programme", "to organize and prioritize the program"),
        ("our neighbours' behaviour", "our neighbors behavior"),
        ("“Closed, military-political BLOCS!”", "closed military political blocs"),
    ],
)
def test_kinds_quote_normalisation_folds_uk_us_case_and_punctuation(uk: str, us: str) -> None:
    assert normalize_text(uk) == normalize_text(us)


def test_kinds_quote_diff_reads_as_changed_phrases() -> None:
    a = normalize_text("developing a reliable security architecture")
    b = normalize_text("building a credible security architecture")
    assert diff(a, b) == "`developing a reliable` -> `building a credible`"


def test_kinds_quote_diff_ignores_what_a_partial_quote_leaves_out() -> None:
    a = normalize_text("further co-operate in defence and security to cope with challenges")
    b = normalize_text(
        "want to further cooperate in the fields of defense and security to address challenges"
    )
    assert diff(a, b) == "`∅` -> `the fields of`; `cope with` -> `address`"


@pytest.mark.parametrize(
    ("a", "b", "aligned"),
    [
        ("“We will build a reliable security architecture,” said Putin.",
         "Putin said “a reliable security architecture” matters.", True),
        ("“We will build a reliable security architecture,” said Putin.",
         "“We will build a reliable security architecture,” said Joe Biden.", False),
        ("“We will build a reliable security architecture,” said Putin.",
         "“Prices of rice rose in the spring markets,” said Putin.", False),
        # an excerpt shares its words with the longer quotation, not only its letters
        ("“Esas personas son héroes”, dijo Gilreath.",
         "“En este momento no creemos que encontremos a estas personas con vida”, dijo Gilreath.",
         False),
        ("“No creemos que encontremos a estas personas con vida”, dijo Gilreath.",
         "“En este momento no creemos que encontremos a estas personas con vida”, dijo Gilreath.",
         True),
    ],
)  # fmt: skip
def test_kinds_quote_alignment_needs_same_speaker_and_similar_words(
    a: str, b: str, aligned: bool
) -> None:
    (ca,) = _quotes(a)
    (cb,) = _quotes(b)
    assert KIND.similarity is not None
    assert (KIND.similarity(ca, cb) >= (KIND.threshold or 0)) == aligned


def test_kinds_quote_putin_vietnam_2024_06_findings(seed_report: Report) -> None:
    quotes = [f for f in seed_report.findings if f.kind == "quote"]
    conflicts = {f.subject: f.message for f in quotes if f.verdict == "conflict"}
    architecture = conflicts["quote by Vladimir Putin"]
    assert "`developing a reliable` -> `building a credible`" in architecture
    # Equally attested versions: the fuller one is the reference, the diff runs from it.
    assert any(
        "`cope with` -> `address`" in m or "`address` -> `cope with`" in m
        for m in conflicts.values()
    )
    agreed = [f for f in quotes if f.verdict == "agree"]
    assert any("closed military-political blocs" in f.message for f in agreed)


def test_kinds_quote_claims_round_trip_through_json() -> None:
    arts = [
        article("“We will build a reliable security architecture,” said Putin.", id="a.txt"),
        article("“We will build a credible security architecture,” said Putin.", id="b.txt"),
    ]
    report = check(arts, QUOTES)
    assert [f.verdict for f in report.findings if f.kind == "quote"] == ["conflict"]
    assert Report.from_json(report.to_json()) == report


SAME_WORDS = [
    # numbers in words and in digits, dozens, scales
    ("we signed twelve deals", "we signed 12 deals"),
    ("at least a dozen deals", "at least 12 deals"),
    ("half a dozen ministers and twenty-three aides", "6 ministers and 23 aides"),
    ("a twelve-year-old boy", "a 12-year-old boy"),
    ("3.6bn barrels a year", "3.6 billion barrels a year"),
    ("one and a half million people", "1.5 million people"),
    ("12,000 troops", "12 thousand troops"),
    # money: sign first, code first or currency word after; scale abbreviations
    ("deals worth $3.6 billion", "deals worth US$3,600m"),
    ("deals worth $3.6 billion", "deals worth 3.6 billion dollars"),
    ("deals worth $3.6bn", "deals worth USD 3.6 billion"),
    ("a fund of €5m", "a fund of 5 million euros"),
    ("it cost £300", "it cost 300 pounds"),
    # percentages
    ("growth of 38%", "growth of 38 per cent"),
    ("growth of 38 percent", "growth of 38 per cent"),
    ("a 49%-owned venture", "a 49 percent-owned venture"),
    # dates
    ("we met on June 19", "we met on 19 June"),
    ("we met on 19th June", "we met on June 19"),
    ("we met on June 19, 2024", "we met on 19 June 2024"),
    ("we met on 2024-06-19", "we met on 19 June 2024"),
    # diacritics
    ("Nguyễn Phú Trọng said so", "Nguyen Phu Trong said so"),
    ("the port of Đà Nẵng grew", "the port of Da Nang grew"),
    ("Sylvía Blackbürn and her family", "Sylvia Blackburn and her family"),
    # UK and US spelling
    ("the organisation criticised the labour ministry", "the organization criticized the labor ministry"),
    ("she travelled to the centre", "she traveled to the center"),
    # contractions
    ("we do not believe that we're going to find them", "we do not believe that we are going to find them"),
    ("we can't and won't stop", "we cannot and will not stop"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), SAME_WORDS)
def test_kinds_quote_normalisation_equates_fact_keeping_forms(a: str, b: str) -> None:
    assert normalize_text(a) == normalize_text(b)


GRAMMAR_ONLY = [
    # grammatical words only (tense, articles, plain prepositions): one statement transcribed twice
    ("we will see whether the crisis has been contained",
     "we will see whether the crisis is contained"),
    ("at this moment we stand with the families", "in this moment we stand with families"),
]  # fmt: skip

CHANGED_WORDS = [
    # grammatical words that carry meaning are changed words
    ("we will cut rates in July", "we may cut rates in July", "`will` -> `may`"),
    ("the crisis is contained now", "the crisis is not contained now", "`∅` -> `not`"),
    ("we cut rates before the vote", "we cut rates after the vote", "`before` -> `after`"),
    ("we signed twelve deals", "we signed 13 deals", "`twelve` -> `13`"),
    ("we signed 12 deals", "we signed 15 deals", "`12` -> `15`"),
    ("at least a dozen deals", "at least 13 deals", "`a dozen` -> `13`"),
    ("deals worth $3.6 billion", "deals worth €3.6 billion", "`$3.6 billion` -> `€3.6 billion`"),
    ("deals worth $3.6 billion", "deals worth $3.6 million", "`$3.6 billion` -> `$3.6 million`"),
    ("deals worth 3.6 billion dollars", "deals worth 3.6 billion euros",
     "`3.6 billion dollars` -> `3.6 billion euros`"),
    ("growth of 38% this year", "growth of 45 per cent this year", "`38%` -> `45 per cent`"),
    ("we met on June 19", "we met on June 22", "`June 19` -> `June 22`"),
    ("we met on 19 June 2024", "we met on June 19, 2023", "`19 June 2024` -> `June 19, 2023`"),
    ("Nguyễn Phú Trọng said so", "Nguyễn Phú Trọng denied so", "`said` -> `denied`"),
    ("a reliable partner in defence", "a credible partner in defense", "`reliable` -> `credible`"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), GRAMMAR_ONLY)
def test_kinds_quote_check_agrees_when_only_grammatical_words_differ(a: str, b: str) -> None:
    findings = _quote_findings(f"“{a},” said Putin.", f"“{b},” said Putin.")
    assert [verdict for verdict, _ in findings] == ["agree"]


@pytest.mark.parametrize(("a", "b", "changed"), CHANGED_WORDS)
def test_kinds_quote_changed_words_differ_and_diff_shows_them_as_written(
    a: str, b: str, changed: str
) -> None:
    assert normalize_text(a) != normalize_text(b)
    assert diff(a, b) == changed


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("We signed twelve deals worth $3.6 billion.", "we signed 12 deals worth 3.6 billion usd"),
        ("Growth was 38 per cent on 19 June 2024.", "growth was 38 percent on june 19 2024"),
        ("Mr Nguyễn met Путин.", "mr nguyen met путин"),
        # not a date or a plain number: the words as they are
        ("On June 45, COVID-19 hit the 12th team.", "on june 45 covid 19 hit the 12th team"),
        ("Someone may often say one thing.", "someone may often say 1 thing"),
    ],
)
def test_kinds_quote_normalize_text_forms(text: str, normalized: str) -> None:
    assert normalize_text(text) == normalized


def test_kinds_quote_diff_shows_only_the_real_change_among_equivalent_forms() -> None:
    a = "We signed twelve deals worth $3.6 billion, up 38% on June 19."
    b = "We signed 12 deals worth US$5,000m, up 38 per cent on 19 June."
    assert diff(a, b) == "`$3.6 billion` -> `US$5,000m`"


def _quote_findings(a: str, b: str) -> list[tuple[str, str]]:
    report = check([article(a, id="a.txt"), article(b, id="b.txt")], QUOTES)
    return [(f.verdict, f.message) for f in report.findings if f.kind == "quote"]


@pytest.mark.parametrize(("a", "b"), SAME_WORDS)
def test_kinds_quote_check_agrees_on_fact_keeping_rewrites(a: str, b: str) -> None:
    findings = _quote_findings(f"“{a},” said Putin.", f"“{b},” said Putin.")
    assert [verdict for verdict, _ in findings] == ["agree"]


@pytest.mark.parametrize(("a", "b", "changed"), CHANGED_WORDS)
def test_kinds_quote_check_flags_changed_words_with_the_words_as_written(
    a: str, b: str, changed: str
) -> None:
    ((verdict, message),) = _quote_findings(f"“{a},” said Putin.", f"“{b},” said Putin.")
    assert verdict == "conflict"
    old, new = changed.split(" -> ")
    assert f"changed words: {changed}." in message or f"changed words: {new} -> {old}." in message


def _translated_findings(a: tuple[str, str], b: tuple[str, str]) -> list[tuple[str, int]]:
    arts = [
        article(text, id=f"{n}.txt", language=lang)
        for n, (lang, text) in zip("ab", (a, b), strict=True)
    ]
    report = check(arts, QUOTES)
    return [(f.verdict, len(f.claims)) for f in report.findings if f.kind == "quote"]


def test_kinds_quote_a_translation_by_the_same_speaker_agrees() -> None:
    en = ("en", "“The debris is consistent with the catastrophic loss of the pressure chamber,” "
                "said Rear Admiral John Mauger.")  # fmt: skip
    it = ("it", "Il contrammiraglio John Mauger ha detto: “I detriti sono coerenti con la "
                "catastrofica perdita della camera di pressione”.")  # fmt: skip
    assert _translated_findings(en, it) == [("agree", 2)]


def test_kinds_quote_a_short_translation_of_two_content_words_agrees() -> None:
    en = (
        "en",
        "“Our community is heartbroken,” Police Chief John Drake said at a news conference.",
    )
    es = (
        "es",
        "“Nuestra comunidad tiene el corazón roto”, dijo el jefe de la policía, John Drake.",
    )
    assert _translated_findings(en, es) == [("agree", 2)]
    other = ("es", "“Nuestra comunidad exige respuestas”, dijo el jefe de la policía, John Drake.")
    assert _translated_findings(en, other) == [("single", 1), ("single", 1)]


def test_kinds_quote_a_translation_into_a_related_language_spelt_alike_agrees() -> None:
    es = ("es", "“Es la mayor catástrofe climática de la historia del Estado”, dijo el "
                "gobernador Eduardo Leite.")  # fmt: skip
    pt = ("pt", "“É a maior catástrofe climática da história do estado”, afirmou o "
                "governador Eduardo Leite.")  # fmt: skip
    assert _translated_findings(es, pt) == [("agree", 2)]


def test_kinds_quote_another_statement_in_another_language_is_not_a_translation() -> None:
    en = ("en", "“The debris is consistent with the catastrophic loss of the pressure chamber,” "
                "said Rear Admiral John Mauger.")  # fmt: skip
    it = ("it", "John Mauger ha detto: “Le nostre più sentite condoglianze vanno ai cari "
                "dell'equipaggio”.")  # fmt: skip
    assert _translated_findings(en, it) == [("single", 1), ("single", 1)]


def test_kinds_quote_a_number_grouped_the_way_its_language_groups_it_is_one_number() -> None:
    fr = ("fr", "« Malheureusement, le nombre de décès a atteint 1 301 », a déclaré le ministre, "
                "cité par l'agence officielle SPA.")  # fmt: skip
    it = ("it", "«Purtroppo il numero dei decessi ha raggiunto quota 1.301», ha detto il "
                "ministro citato dall'agenzia ufficiale Spa.")  # fmt: skip
    assert _translated_findings(fr, it) == [("agree", 2)]
    other = ("it", "«Purtroppo il numero dei decessi ha raggiunto quota 1.310», ha detto il "
                   "ministro citato dall'agenzia ufficiale Spa.")  # fmt: skip
    assert _translated_findings(fr, other) == [("conflict", 2)]


def test_kinds_quote_an_amount_grouped_by_stops_is_thousands() -> None:
    en = ("en", "Trump wrote: “CONGRATULATIONS BITCOINERS!!! $100,000!!! YOU'RE WELCOME!!!”")
    es = ("es", "Trump escribió: «¡¡¡Felicidades, bitcoiners!!! ¡¡¡100.000 dólares!!! ¡¡¡De "
                "nada!!!»")  # fmt: skip
    assert ("conflict", 2) not in _translated_findings(en, es)


def test_kinds_quote_a_translation_framed_by_names_is_read_in_its_sentence_s_language() -> None:
    en = ("en", "\"I declare open the Games of Paris celebrating the 33rd Olympiad of the modern "
                "era,\" said the French president, Emmanuel Macron.")  # fmt: skip
    fr = ("fr", "« Je déclare ouverts les Jeux de Paris célébrant la XXXIIIe Olympiade de l'ère "
                "moderne », a proclamé Emmanuel Macron depuis la tribune du Trocadéro.")  # fmt: skip
    assert ("conflict", 2) not in _translated_findings(en, fr)


def test_kinds_quote_a_translation_with_another_number_conflicts() -> None:
    en = ("en", "“We found the bodies of twelve workers in the river,” said Jesús Campos.")
    es = ("es", "“Encontramos los cuerpos de trece trabajadores en el río”, dijo Jesús Campos.")
    ((verdict, n),) = _translated_findings(en, es)
    assert (verdict, n) == ("conflict", 2)
    report = check([article(en[1], id="a.txt"), article(es[1], id="b.txt", language="es")], QUOTES)
    (finding,) = [f for f in report.findings if f.kind == "quote"]
    assert "numbers `12` -> `13`" in finding.message or "numbers `13` -> `12`" in finding.message


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en", "Organisers of the expedition, OceanGate Expeditions, said: “These men were true "
               "explorers who shared a spirit of adventure,” the company said.",
         "OceanGate Expeditions"),
        ("pt", "A OceanGate Inc emitiu um comunicado. O comunicado afirmou:\n“Nossos corações "
               "estão com essas cinco almas e suas famílias”.", "OceanGate Inc"),
        ("es", "El Banco Nacional Suizo publicó una nota. “La operación garantiza la estabilidad "
               "financiera”, dijo el comunicado.", "Banco Nacional Suizo"),
        ("de", "Siemens Energy baut die neue Brücke. „Wir bauen die Brücke schnell wieder "
               "auf“, erklärte die Firma.", "Siemens Energy"),
    ],
)  # fmt: skip
def test_kinds_quote_a_company_or_its_statement_speaks_for_the_organisation_named_last(
    language: str, text: str, speaker: str
) -> None:
    claims = [
        c for c in extract(article(text, language=language), QUOTES) if isinstance(c, QuoteClaim)
    ]
    assert [c.value.speaker for c in claims] == [speaker]


def test_kinds_quote_a_described_speaker_with_no_organisation_before_stays_described() -> None:
    (claim,) = _quotes("“We will rebuild the whole bridge quickly,” the company said.")
    assert claim.value.speaker == "the company"


def test_kinds_quote_paragraph_reading_equals_document_reading() -> None:
    """Quotations read per paragraph text (`_quoted`) are those the document-wide scan finds,
    and claims built without a second validation equal validated ones."""
    from pathlib import Path

    from factcheck.kinds import quote
    from factcheck.load import load_cluster
    from factcheck.pipeline import prepare

    root = Path(__file__).resolve().parent.parent / "fixtures"
    folders = sorted(p for p in (*(root / "clusters").iterdir(), *(root / "real").iterdir())
                     if p.is_dir())  # fmt: skip
    seen = 0
    for folder in folders:
        for art in load_cluster([folder]).articles:
            doc = prepare(art)
            text = doc.text or doc.article.text
            for p_start, p_end, _ in quote._paragraphs(doc):
                expected = []
                if quote._PREFILTER.search(text, p_start, p_end):
                    for s, e in quote._regions(text, p_start, p_end):
                        inner = text[s:e]
                        s += len(inner) - len(inner.lstrip())
                        e -= len(inner) - len(inner.rstrip())
                        if len(quote._WORD.findall(text[s:e])) >= quote.MIN_WORDS:
                            expected.append((s - p_start, e - p_start))
                before = text[p_start - 1] if p_start > 0 else ""
                assert quote._quoted(text[p_start:p_end], before) == tuple(expected)
                seen += len(expected)
            for c in extract(art):
                if isinstance(c, QuoteClaim):
                    data = {k: v for k, v in c.model_dump().items() if k in c.model_fields_set}
                    validated = QuoteClaim.model_validate({**data, "value": c.value})
                    assert c == validated and hash(c) == hash(validated)
                    assert list(c.__dict__) == list(validated.__dict__)
                    assert c.model_fields_set == validated.model_fields_set
                    assert c.span.model_fields_set == validated.span.model_fields_set
                    assert c.model_dump_json() == validated.model_dump_json()
    assert seen > 100


def _reference_speaker(doc, s, e, para):  # type: ignore[no-untyped-def]
    """`quote._speaker` as written before its plans were remembered, for comparison."""
    from factcheck.kinds.quote import (
        ATTRIBUTION_WINDOW,
        _attribution,
        _first_person,
        _last_person,
        _resolve,
        _sentence_at,
    )

    text = doc.text or doc.article.text
    last = _last_person(doc, s, para[2])
    p_start, p_end, segment = para
    words = _attribution(doc.article.language)
    after = words.after.match(text, e + 1, min(p_end, e + 120))
    ended = text[s:e].rstrip().endswith((".", "!", "?", "…"))
    if after and not (ended and after.group("n2")):
        if after.group("d"):
            return last
        group = "n1" if after.group("n1") else "n2"
        who = _resolve(doc, words, after.group(group), after.start(group), segment)
        if who is not None or words.pronoun.fullmatch(after.group(group)):
            return who if who is not None else last
    sent = _sentence_at(doc, s)
    s_start = max(sent.start if sent else p_start, p_start, s - ATTRIBUTION_WINDOW)
    head = text[s_start : max(s_start, s - 1)].rstrip().rstrip("«“\"„‘'‹").rstrip()
    if not head and s_start > p_start:
        lead_start = max(p_start, s - ATTRIBUTION_WINDOW)
        lead = text[lead_start:s_start].rstrip()
        if lead.endswith(":"):
            prev = _sentence_at(doc, lead_start + len(lead) - 1)
            s_start = max(prev.start if prev else lead_start, lead_start)
            head = text[s_start : lead_start + len(lead)]
    before = words.before.search(head)
    if before:
        group = next(g for g in ("n", "a", "c") if before.group(g))
        who = _resolve(doc, words, before.group(group), s_start + before.start(group), segment)
        if who is not None or words.pronoun.fullmatch(before.group(group)):
            return who if who is not None else last
    if head.endswith(":") or words.verb.search(head):
        return _first_person(doc, s_start, s_start + len(head), segment)
    return None


def test_kinds_quote_remembered_speaker_plans_equal_direct_reading() -> None:
    """Speakers found by remembered plans are those the direct reading finds, for every
    quotation of the fixtures, read afresh and remembered."""
    import dataclasses
    from pathlib import Path

    from factcheck.kinds import quote
    from factcheck.load import load_cluster
    from factcheck.pipeline import prepare

    root = Path(__file__).resolve().parent.parent / "fixtures"
    folders = sorted(p for p in (*(root / "clusters").iterdir(), *(root / "real").iterdir())
                     if p.is_dir())  # fmt: skip
    docs = []
    for folder in folders:
        for art in load_cluster([folder]).articles:
            doc = prepare(art)
            names = tuple(c for c in extract(art) if c.kind == "name")
            docs.append(dataclasses.replace(doc, claims=(("name", names),)))
    quote._PLANS.cache_clear()
    seen = named = 0
    for doc in (*docs, *docs):
        text = doc.text or doc.article.text
        for para in quote._paragraphs(doc):
            p_start, p_end, _ = para
            for s, e in quote._quoted(text[p_start:p_end], text[p_start - 1] if p_start else ""):
                s, e = p_start + s, p_start + e
                got = quote._speaker(doc, s, e, para)
                assert got == _reference_speaker(doc, s, e, para), text[s:e]
                seen += 1
                named += got is not None
    assert seen > 200 and named > 100


def test_kinds_quote_a_translation_full_of_cognates_is_no_altered_quote() -> None:
    # "Tomé una serie de malas decisiones" and "I made a series of bad decisions" look alike
    # letter by letter (serie/series, decisiones/decisions); the sentences around them are
    # Spanish and English, so the quote is translated, not altered.
    from factcheck import check

    es = article("“Tomé una serie de malas decisiones”, dijo Bankman-Fried ante el tribunal.",
                 id="es.txt", language="es")  # fmt: skip
    en = article("“I made a series of bad decisions,” Bankman-Fried told the court on Thursday.",
                 id="en.txt")  # fmt: skip
    quotes = [f for f in check([es, en]).findings if f.kind == "quote"]
    assert [(f.verdict, len(f.claims)) for f in quotes] == [("agree", 2)]


def test_kinds_quote_a_quotation_standing_alone_is_read_in_its_own_language() -> None:
    report = check(
        [
            article('Diab spoke on television. "Those responsible will pay the price."', id="a"),
            article(
                '"Los responsables pagarán el precio", prometió Diab en un mensaje televisado.',
                id="b",
                language="es",
            ),  # fmt: skip
        ],
        Config(kinds=("quote",)),
    )
    assert not [f for f in report.findings if f.verdict in ("conflict", "variant")]
