from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.pipeline import prepare
from factcheck.text.clean import clean
from factcheck.text.segment import segment, split_sentences
from tests.conftest import SEED, article


def test_clean_drops_navigation_app_links_and_donation_block(seed_dir: Path) -> None:
    for name, gone in [
        ("001_af0be74b6c0b0c53.txt", ["Skip to main content", "You've Raised", "We need", "Donate today", "reader-owned"]),
        ("000_89ebe681212aaba4.txt", ["AfriPrime App link", "https://www.amazon.com"]),
    ]:  # fmt: skip
        text = (seed_dir / name).read_text(encoding="utf-8")
        blocks, removed = clean(text)
        kept = " ".join(text[b.start : b.end] for b in blocks)
        for g in gone:
            assert g not in kept, (name, g)
        assert removed


def test_clean_splits_glued_second_story_into_its_own_segment(seed_dir: Path) -> None:
    text = (seed_dir / "000_89ebe681212aaba4.txt").read_text(encoding="utf-8")
    blocks, _ = clean(text)
    second = [b for b in blocks if b.segment == 1]
    assert text[second[0].start : second[0].end] == "Putin threatens to send weapons to North Korea"
    assert {b.segment for b in blocks} == {0, 1}


@pytest.mark.parametrize(
    "text",
    [
        "Story one is here with enough words to count as a paragraph of text.\n\nSubscribe to our newsletter\n\nAnother headline about a second event\n\nThe second story starts here and goes on for a while with more words than the headline has.",
    ],
)
def test_clean_rules_are_generic_not_seed_strings(text: str) -> None:
    blocks, removed = clean(text)
    assert [r.reason for r in removed] == ["boilerplate cue"]
    assert [b.segment for b in blocks] == [0, 1, 1]


def test_clean_can_be_switched_off() -> None:
    blocks, removed = clean("Skip to main content\nReal text.", enabled=False)
    assert len(blocks) == 2 and removed == ()


def test_segment_offsets_index_the_original_text(seed_dir: Path) -> None:
    for path in sorted(seed_dir.glob("*.txt")):
        doc = segment(article(path.read_text(encoding="utf-8"), id=path.name))
        for s in doc.sentences:
            assert doc.article.text[s.start : s.end] == s.text
        assert len(doc.sentences) > 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith arrived. He left.", ["Mr. Smith arrived.", "He left."]),
        ("The U.S. ally agreed. Talks ended.", ["The U.S. ally agreed.", "Talks ended."]),
        ("It grew 3.6 percent. Then it fell.", ["It grew 3.6 percent.", "Then it fell."]),
        ("“I hope not,” he said. “Really.”", ["“I hope not,” he said.", "“Really.”"]),
        # a page that lost its paragraph breaks: the stop glues two sentences
        ("Resta all'1,6%.La presidente parla.", ["Resta all'1,6%.", "La presidente parla."]),
        ("The bank said.The euro rose.", ["The bank said.", "The euro rose."]),
        ("See www.Reuters.com or Goud.ma now.", ["See www.Reuters.com or Goud.ma now."]),
        ("It hit the U.S.The end.", ["It hit the U.S.The end."]),
        # a rank or title in front of a name ends no sentence
        (
            "Coast Guard Rear Adm. John Mauger said so. It ended.",
            ["Coast Guard Rear Adm. John Mauger said so.", "It ended."],
        ),
        (
            "Lt. Col. Ann Lee and Cmdr. Bo Park spoke. Then Maj. Cho did.",
            ["Lt. Col. Ann Lee and Cmdr. Bo Park spoke.", "Then Maj. Cho did."],
        ),
        (
            "Lo dijo la Sra. López. El Gral. Pérez calló.",
            ["Lo dijo la Sra. López.", "El Gral. Pérez calló."],
        ),
    ],
)
def test_segment_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == expected


def test_segment_marks_story_segments() -> None:
    doc = segment(article((SEED / "000_89ebe681212aaba4.txt").read_text(encoding="utf-8")))
    assert doc.sentences[0].segment == 0 and doc.sentences[-1].segment == 1


def test_segment_day_ordinal_before_month_is_not_a_sentence_end() -> None:
    text = "Am 7. Oktober 2023 griff die Hamas an. Es war ein Samstag. Er kam auf Platz 7. Dann ging er."
    got = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    assert got == [
        "Am 7. Oktober 2023 griff die Hamas an.",
        "Es war ein Samstag.",
        "Er kam auf Platz 7.",
        "Dann ging er.",
    ]


def test_segment_is_linear_on_many_sentences() -> None:
    # 20,000 sentences: the abbreviation check looks back a bounded distance only.
    text = "This is a sentence. " * 20000
    assert len(split_sentences(text, 0, len(text))) == 20000


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Police counted 12\u200b000 people in the square.", "count", 12000),
        ("The fund raised £\u200b14,276 from donors.", "money", 14276),
        ("It cost ￡１４，２７６ in total.", "money", 14276),
        ("Over １２ deals were signed.", "count", 12),
    ],
)
def test_segment_match_text_reads_invisible_and_fullwidth_characters(
    text: str, kind: str, value: float
) -> None:
    from factcheck import extract

    (claim,) = [c for c in extract(article(text)) if c.kind == kind]
    assert claim.value.low == value
    assert text[claim.span.start : claim.span.end] == claim.span.text


def test_segment_match_text_keeps_offsets() -> None:
    from factcheck.text.segment import match_text

    text = "a\u200bb ＡＢ\u00ad c"
    assert len(match_text(text)) == len(text) and match_text("plain") == "plain"


def test_report_text_shows_control_characters_inert() -> None:
    from factcheck import check

    a = article("“We will \x1b[2J win this long war soon,” Putin said.", id="a")
    b = article("“We will \x1b[2J lose this long war soon,” Putin said.", id="b")
    out = check([a, b]).explain()
    assert "\x1b" not in out and "\\x1b" in out


def test_pipeline_screens_articles_given_as_objects() -> None:
    from factcheck import check

    good = article("Officials said 12 people died.", id="a")
    report = check([good, good, article("   ", id="b")])
    assert report.summary.articles == 1
    assert {s.path for s in report.summary.skipped} >= {"b"}


_BODY = (
    "The bridge collapsed early on Tuesday after a container ship struck one of its piers, "
    "and six workers are presumed dead, officials said at a news conference."
)
_BODY2 = "Divers recovered two bodies on Wednesday, and the port will stay closed for weeks."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Also read: Earthquake death toll rises to 2,800 as search continues", "teaser"),
        ("Lire aussi | Face au nombre élevé de blessés, appel urgent au don de sang", "teaser"),
        ("Leia também: Governo anuncia ajuda de 10 milhões", "teaser"),
        ("Leggi anche: il bilancio sale a 12 morti", "teaser"),
        ("Lesen Sie auch: Zahl der Toten steigt auf 40", "teaser"),
        ("MÁS INFORMACIÓNÚltima hora del terremoto", "teaser"),
        ("A new tremor measuring 3.1 was recorded on Saturday at…", "teaser"),
        ("10h Heat health warning as London set to be hottest part of UK", "teaser"),
        ("Photo supplied by the National Guard", "credit"),
        ("Foto: Ansa / Ufficio stampa", "credit"),
        ("Bloomberg | Bloomberg | Getty Images", "credit"),
        ("JUAN PÉREZ / AGENCIAS / EL DIARIO", "credit"),
        ("(Evan Vucci / Associated Press)", "credit"),
        ("[InTime News]", "credit"),
        ("© Agency . Photographer Name / Go to the mediabank", "credit"),
        ("Metro Report staff writer", "credit"),
        ("By Mark Thompson, CNN", "byline"),
        ("Editor's Note: This page is a summary of news for Wednesday, March 27.", "notice"),
        ("L'article est régulièrement mis à jour avec les derniers chiffres.", "notice"),
        ("Thank you for reading this post, don't forget to subscribe!", "notice"),
        ("Publié le 16 juillet 2024", "stamp"),
        ("3:28 PM EDT, March 25, 2024", "stamp"),
        ("07 Jun, 2024", "stamp"),
        ("Jour précédent", "label"),
        ("Compartilhe", "label"),
        ("Business", "label"),
        ("{{^adFree}} {{/adFree}}", "template residue"),
        ("[ad_1]", "template residue"),
        ("A- A+", "no words"),
        ("1.2128640-3089446946", "no words"),
        ("Ships collide pic.twitter.com/qCn2u95Btx", "embedded post"),
        ("— Outlet News (@OutletNews) June 22, 2023", "embedded post"),
        ("BALTIMORE, Maryland, 27 mars (Reuters) -", "dateline"),
        ("Coast Guard: Missing sub has estimated 41 hours of oxygen left 12:37", "video teaser"),
    ],
)
def test_clean_removes_page_furniture_in_six_languages(line: str, reason: str) -> None:
    text = f"{_BODY}\n\n{line}\n\n{_BODY2}"
    blocks, removed = clean(text)
    kept = [text[b.start : b.end] for b in blocks]
    assert kept == [_BODY, _BODY2], line
    assert reason in {r.reason for r in removed}, (line, removed)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Rescuers searched the river for a third day as the wreck blocked the shipping lane.",
        "Officials said 12 people died, and the search continues.",
        "The agency (AP) said the toll rose to 40 on Monday.",
        "Le bilan s'élève à 2 000 morts, selon le ministère de l'Intérieur.",
        "Die Zahl der Toten stieg nach Angaben der Behörden auf 40.",
    ],
)
def test_clean_keeps_story_paragraphs(paragraph: str) -> None:
    text = f"{_BODY}\n\n{paragraph}\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, paragraph, _BODY2]
    assert removed == ()


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("VIENNA, June 7 (Reuters) - The central bank cut rates by 25 basis points.", "The central bank cut rates by 25 basis points."),
        ("RABAT, Morocco (AP) — A powerful earthquake struck on Friday.", "A powerful earthquake struck on Friday."),
        ("(RFE/RL) — Russia arrested four men on Saturday.", "Russia arrested four men on Saturday."),
        ("Rates fell to 3.75% on Thursday. (Reporting by Ann Lee; Editing by Bo Chan)", "Rates fell to 3.75% on Thursday."),
    ],
)  # fmt: skip
def test_clean_cuts_datelines_and_wire_credits_from_paragraphs(line: str, kept: str) -> None:
    blocks, removed = clean(line)
    assert [line[b.start : b.end] for b in blocks] == [kept]
    assert removed and all(line[r.start : r.end].strip() for r in removed)


def test_clean_removes_the_caption_above_a_photo_credit() -> None:
    caption = "A fire boat sprays water near the container ship after it struck the bridge."
    text = f"{_BODY}\n\n{caption}\nBloomberg | Bloomberg | Getty Images\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert "caption" in {r.reason for r in removed}


def test_clean_keeps_a_quoted_paragraph_above_the_agency_tag() -> None:
    # "(Reuters)" closing a story is a credit, but the quotation above it is the story's last
    # paragraph, not a photo's caption.
    quote = "“The challenges are ranging between shelter and food,” Ramadan said."
    text = f"{_BODY}\n{quote}\n(Reuters)\n"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, quote]
    assert [r.reason for r in removed] == ["credit"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "State voter records reveal that he was a registered Republican. Campaign finance records"
        " show he made a $15 donation to a progressive group on January 20, 2021.",
        "Long lines formed in Moscow on Saturday for people to donate blood. Health officials"
        " said more than 120 people were wounded in the attack on the concert hall.",
    ],
)
def test_clean_keeps_story_paragraphs_that_use_a_prompt_word(paragraph: str) -> None:
    # "donation" and "donate" mark a fundraising prompt only in a phrase or a single sentence;
    # a paragraph of several story sentences is the article's.
    text = f"{_BODY}\n\n{paragraph}\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, paragraph, _BODY2]
    prompt = "Support our journalism: make a donation today to keep us reader-owned."
    text = f"{_BODY}\n\n{prompt}\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert [r.reason for r in removed] == ["boilerplate cue"]


def test_clean_removes_a_dated_caption_below_a_credit_and_keeps_a_lead_below_one() -> None:
    caption = (
        "Des véhicules des services d'urgence devant la salle, après la fusillade, ce 22 mars 2024."
    )
    text = f"Source: AFP\n{caption}\n{_BODY}\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert [r.reason for r in removed] == ["credit", "caption"]
    lead = "Gunmen opened fire at a concert hall near Moscow on Friday, killing dozens."
    text = f"Source: AFP\n{lead}\n{_BODY}"
    blocks, _ = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [lead, _BODY]


def test_clean_removes_the_heading_below_a_stamp_inside_the_text() -> None:
    # a live page's next item: its time stamp, then its heading; the story goes on below
    text = (
        f"{_BODY}\n3:28 PM EDT, March 25, 2024\n"
        f"The war in Ukraine: the most important live updates\n{_BODY2}"
    )
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert [r.reason for r in removed] == ["stamp", "teaser"]


def test_clean_removes_another_storys_title_stating_a_figure_between_paragraphs() -> None:
    teaser = "World leaders offer solidarity after devastating quake kills more than 600 people"
    text = f"{_BODY}\n\n{teaser}\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert [r.reason for r in removed] == ["teaser"]
    # the story's own subheading names a topic and stays; so does a title above the story
    for kept, lines in (
        (f"{_BODY}\n\nNo quick cuts expected\n\n{_BODY2}", 3),
        (f"{teaser}\n\n{_BODY}", 2),
    ):
        blocks, removed = clean(kept)
        assert (len(blocks), removed) == (lines, ())


def test_clean_removes_the_tag_line_closing_a_story() -> None:
    text = f"{_BODY}\n\n{_BODY2}\n\nDeath Weather Environment\n"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert [r.reason for r in removed] == ["tags"]


@pytest.mark.parametrize(
    "caption",
    [
        "A Google Earth view of one of the dams at Derna, Libya in June 2023 before the flood.",
        "In this photo provided by the Navy, a rescue ship searches the area on Monday.",
        "Vue aérienne de la ville de Derna après les inondations, le 13 septembre 2023.",
        "Auf diesem Bild sind die Trümmer der Brücke im Fluss zu sehen.",
        # a headline with its photo's caption glued after it
        "Navy: Missing Submarine Could Run Out of Oxygen by Weekend In this aerial photo taken "
        "from a military aircraft, a submarine sails during the search, April 22, 2021",
    ],
)
def test_clean_removes_photo_captions_in_six_languages(caption: str) -> None:
    text = f"{_BODY}\n\n{caption}\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert [r.reason for r in removed] == ["caption"]


@pytest.mark.parametrize(
    "caption",
    [
        "Rescuers work at the site of the derailment near Verona, Italy, Tuesday, March 11, "
        "2025. (AP Photo/Antonio Calanni)",
        "Rettungskräfte an der Unfallstelle bei Verona. Foto: Antonio Calanni / AP / dpa",
        "Des secouristes sur les lieux du déraillement. Photo : AFP",
        "Moradores são resgatados de barco no bairro Sarandi, em Porto Alegre — Foto: "
        "Reprodução/TV Globo",
    ],
)
def test_clean_removes_a_sentence_closed_by_its_photos_credit(caption: str) -> None:
    text = f"{_BODY}\n\n{caption}\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert [r.reason for r in removed] == ["caption"]


def test_clean_keeps_a_paragraph_closed_by_an_agency_tag_or_a_reporting_credit() -> None:
    # no photo word in the bracket: the story's paragraph, its credit cut off alone
    line = (
        "Officials said the line would stay closed for a week while engineers inspect "
        "the bridge. (Reporting by Anna Rossi; Editing by Mark Heinrich)"
    )
    text = f"{_BODY}\n\n{line}\n\n{_BODY2}"
    blocks, _ = clean(text)
    kept = [text[b.start : b.end] for b in blocks]
    assert kept[1].startswith("Officials said") and kept[0] == _BODY and kept[2] == _BODY2


def test_clean_removes_a_writers_contribution_line() -> None:
    line = "Associated Press writer Frances D'Emilio contributed from Rome."
    text = f"{_BODY}\n\n{_BODY2}\n\n{line}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert len(removed) == 1


def test_clean_keeps_a_short_sentence_stating_a_figure_beside_furniture() -> None:
    line = "The group employs about 320,000 people worldwide."
    text = f"{_BODY}\n\n{line}\n\nReuters Graphics\n\nOur Standards: The Thomson Reuters Trust Principles."
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, line]
    assert len(removed) == 2


def test_clean_removes_a_line_closed_by_a_web_address() -> None:
    line = "Follow AP's coverage of France at https://apnews.com/hub/france"
    text = f"{_BODY}\n\n{_BODY2}\n\n{line}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert [r.reason for r in removed] == ["link"]


@pytest.mark.parametrize(
    "line",
    ["Le Monde avec AFP et Reuters", "El País con agencias", "Spiegel mit dpa",
     "Startseite › Politik › Ukraine", "mrc/AFP/dpa", "sti/Reuters"],
)  # fmt: skip
def test_clean_removes_wire_credits_and_breadcrumbs(line: str) -> None:
    text = f"{_BODY}\n\n{_BODY2}\n\n{line}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert [r.reason for r in removed] == ["credit"]


def test_clean_removes_the_title_below_a_teaser_cue_standing_alone() -> None:
    text = (
        f"{_BODY}\n\nMehr zum Thema:\nFed lässt Leitzins unverändert – Zinssenkung erst im "
        f"Herbst?\n\n{_BODY2}"
    )
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert [r.reason for r in removed] == ["teaser", "teaser"]


def test_clean_keeps_a_wire_lead_that_names_an_app_store() -> None:
    line = (
        "BRUSSELS, March 4 (Reuters) - Apple was fined 1.84 billion euros ($2 billion) by EU "
        "antitrust regulators on Monday for thwarting competition via its App Store."
    )
    text = f"{_BODY}\n\n{line}\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks][1].startswith("Apple was fined")
    assert [r.reason for r in removed] == ["dateline"]


def test_clean_keeps_a_sentence_that_only_mentions_a_photo() -> None:
    line = "He said in this photo you can see the damage the 6.8 magnitude quake did to the town."
    text = f"{_BODY}\n\n{line}\n\n{_BODY2}"
    blocks, _ = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, line, _BODY2]


def test_clean_furniture_cues_come_from_the_lexicons() -> None:
    from factcheck.lang import FURNITURE_LANGUAGES, furniture_cues

    assert set(FURNITURE_LANGUAGES) >= {"en", "es", "fr", "de", "it", "pt"}
    cues = furniture_cues()
    assert {"teaser", "credit", "notice", "label", "stamp", "caption"} <= set(cues)
    assert "leia também" in cues["teaser"] and "lesen sie auch" in cues["teaser"]


def test_clean_real_pages_yield_no_claims_inside_gold_furniture() -> None:
    import json

    from factcheck import check

    root = Path(__file__).resolve().parent.parent / "fixtures" / "real"
    inside = total = 0
    for event in sorted(p for p in root.iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((event / "gold.json").read_text(encoding="utf-8"))
        report = check(event)
        for name, spans in gold.get("boilerplate_spans", {}).items():
            for sp in spans:
                total += 1
                inside += sum(
                    1
                    for c in report.claims
                    if c.article == name and c.span.start < sp["end"] and c.span.end > sp["start"]
                )
    assert total > 50
    assert inside <= 40, f"{inside} claims inside page furniture"


@pytest.mark.parametrize(
    "teaser",
    [
        "Also read: Morocco earthquake death toll rises to 2,800 as search continues 5.",
        "Lire aussi : Le séisme au Maroc a fait 2 800 morts.",
        "Leia também: Terremoto no Marrocos deixa 2.800 mortos.",
    ],
)
def test_text_teaser_sentence_inside_a_paragraph_is_dropped(teaser: str) -> None:
    text = (
        "The city of Derna was cut off after two dams burst on Monday. "
        f"{teaser} Rescuers reached the city centre on Wednesday."
    )
    doc = segment(article(text))
    assert [s.text for s in doc.sentences] == [
        "The city of Derna was cut off after two dams burst on Monday.",
        "Rescuers reached the city centre on Wednesday.",
    ]
    assert [(text[r.start : r.end], r.reason) for r in doc.removed] == [(teaser, "teaser")]


def test_text_sentence_opening_with_a_cue_word_but_no_colon_is_kept() -> None:
    text = "Officials met on Monday. Related talks will follow next week in Geneva."
    assert len(segment(article(text)).sentences) == 2


def test_text_photo_credit_glued_to_a_paragraph_is_cut_off() -> None:
    text = (
        "© RIA Novosti . Dmitry Korobeinikov / Go to the mediabankThe evening of October 23 "
        "started out like any other for the theater center.\n\nThe siege lasted three days."
    )
    doc = segment(article(text))
    assert doc.sentences[0].text.startswith("The evening of October 23")
    assert [(text[r.start : r.end], r.reason) for r in doc.removed] == [
        ("© RIA Novosti . Dmitry Korobeinikov / Go to the mediabank", "credit")
    ]


@pytest.mark.parametrize(
    "credit", ["TF1 | Reportage J. Cressens, F. Fernandez", "Reporting by John Smith"]
)
def test_text_credit_sentence_closing_a_paragraph_is_dropped(credit: str) -> None:
    text = f"All five had signed a waiver before the dive. {credit}"
    doc = segment(article(text))
    assert [s.text for s in doc.sentences] == ["All five had signed a waiver before the dive."]
    assert [(text[r.start : r.end], r.reason) for r in doc.removed] == [(credit, "credit")]


def test_text_line_wrapped_in_its_own_opening_is_a_repeated_headline() -> None:
    glued = (
        "Morocco earthquake death toll: Live trackerMorocco earthquake leaves at least 2,000 "
        "dead, damages historic landmarks and topples buildingsMorocco earthquake death toll: "
        "Live tracker"
    )
    body = [
        "More than 2,000 people have died in Morocco's deadliest earthquake in 60 years.",
        "Rescuers searched the rubble in the Atlas mountains on Sunday.",
        "Aid began to reach the villages of Al Haouz province on Monday.",
    ]
    doc = segment(article("\n".join([glued, *body])))
    assert [s.text for s in doc.sentences] == body
    assert [r.reason for r in doc.removed] == ["repeated headline"]


def test_clean_keeps_a_market_table_beside_a_rule() -> None:
    text = f"{_BODY}\n————————————\nEUR/USD 1.0887 1.0869\nEUR/JPY 169.93 169.68\n"
    blocks, _ = clean(text)
    kept = [text[b.start : b.end] for b in blocks]
    assert "EUR/JPY 169.93 169.68" in kept and "EUR/USD 1.0887 1.0869" in kept


@pytest.mark.parametrize(
    "caption",
    [
        "Rescue workers work at the scene in Seoul, South Korea, October 30, 2022. Yonhap via "
        "REUTERS",
        "Equipos de emergencia atienden a víctimas en Seúl, en la madrugada de este domingo. "
        "YONHAP (VÍA REUTERS)",
        "I soccorsi nel quartiere di Itaewon, a Seul, nella notte tra sabato e domenica (Afp)",
        "The capsule is lifted onto the recovery vessel off Tallahassee, Florida, on March 18, "
        "2025. Keegan Barber/NASA",
        "La capsule est hissée à bord du navire de récupération, le 18 mars 2025. (KEEGAN "
        "BARBER / NASA / AFP)",
        "Die Dragon-Kapsel nach der Wasserung vor der Küste Floridas Bild: Reuters",
        "Cápsula Dragon é içada para o navio de resgate na costa da Flórida - Keegan "
        "Barber/Nasa/AFP",
        "Kelvin Kiptum taglia il traguardo di Chicago con il nuovo record del mondo. Getty Images",
        "Carlos III, con la corona de San Eduardo, en la abadía de Westminster - AFP",
        "Vue aérienne du glacier de la Marmolada, le 3 juillet 2022. HANDOUT / Corpo Nazionale "
        "Soccorso Alpino e Speleologico / AFP",
    ],
)
def test_clean_removes_a_caption_closed_by_an_agency_credit(caption: str) -> None:
    text = f"{_BODY}\n\n{caption}\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert [r.reason for r in removed] == ["caption"]


def test_clean_keeps_a_story_sentence_closing_on_its_agency() -> None:
    line = "Rescuers searched the river through the night, officials said (AFP)."
    text = f"{_BODY}\n\n{line}\n\n{_BODY2}"
    blocks, _ = clean(text)
    assert line in [text[b.start : b.end] for b in blocks]


def test_clean_removes_a_long_rights_notice() -> None:
    line = (
        "Copyright Folha de S.Paulo. Todos os direitos reservados. É proibida a reprodução do "
        "conteúdo desta página em qualquer meio de comunicação, eletrônico ou impresso, sem "
        "autorização escrita da Folhapress (pedidos@grupofolha.com.br)."
    )
    text = f"{_BODY}\n\n{_BODY2}\n\n{line}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert [r.reason for r in removed] == ["credit"]


def test_clean_removes_a_stopless_caption_under_its_photo_credit() -> None:
    text = (
        "Gisèle Pelicot: Ex-husband jailed for 20 years as all 50 men convicted in mass rape "
        "trial\n\nReuters\n\nGisèle Pelicot was applauded by "
        f"supporters as she left the courthouse in Avignon on Thursday\n\n{_BODY}\n\n{_BODY2}"
    )
    blocks, removed = clean(text)
    kept = [text[b.start : b.end] for b in blocks]
    assert kept == [
        "Gisèle Pelicot: Ex-husband jailed for 20 years as all 50 men convicted in mass rape trial",
        _BODY,
        _BODY2,
    ]
    assert "caption" in [r.reason for r in removed]


def test_clean_keeps_a_caption_above_a_credit_of_agencies_only() -> None:
    caption = (
        "Un barco de bomberos flota frente al buque Dali en Baltimore, Maryland, el martes 26 "
        "de marzo de 2024."
    )
    text = f"{caption}\nBloomberg | Bloomberg | Getty Images\n{_BODY}\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert [r.reason for r in removed] == ["caption", "credit"]


@pytest.mark.parametrize(
    "line", ["dal nostro corrispondente Luigi Ippolito", "De notre correspondant à Londres"]
)
def test_clean_removes_a_correspondent_s_byline(line: str) -> None:
    text = f"{_BODY}\n\n{line}\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]
    assert [r.reason for r in removed] == ["credit"]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # a title, a topic page's label, a kicker, a photo's caption: the story follows
        ("Inondations meurtrières en Libye\n\nLa tempête a frappé Derna.", "Inondations meurtrières en Libye"),
        ("Credit Suisse, twist. Bypassed the nationalization option\n\nUBS buys its rival.",
         "Credit Suisse, twist. Bypassed the nationalization option"),
        # a sentence, a line leading into a quotation, or the article alone is no heading
        ("The storm hit Derna.\n\nThousands are missing.", None),
        ("O comunicado afirmou:\n“Nossos corações estão com eles”.", None),
        ("Inondations meurtrières en Libye", None),
        ("Rescuers " + "searched the flooded streets of the city " * 10 + "\n\nMore followed.", None),
    ],
)  # fmt: skip
def test_text_opening_heading_is_a_first_line_without_its_stop(
    text: str, heading: str | None
) -> None:
    doc = prepare(article(text))
    end = doc.opening_heading()
    assert (text[:end] if end else None) == heading


@pytest.mark.parametrize(
    "text",
    ["Die Diebe erbeuteten neun Schmuckstücke aus dem 19. Jahrhundert, darunter ein Collier.",
     "Er gewann zum 3. Mal den Titel.", "Das Feuer brach am 7. Oktober aus."],
)  # fmt: skip
def test_text_a_german_ordinal_ends_no_sentence(text: str) -> None:
    assert split_sentences(text, 0, len(text)) == [(0, len(text))]


@pytest.mark.parametrize(
    "line",
    [
        "By THOMAS ADAMSON and JOHN LEICESTER",
        "The Leqembi infusion drug is pictured in an undated handout photo. Eisai | Handout via Reuters",
        "Le «Salvator Mundi», présenté chez Christie's à New York avant la vente. TIMOTHY A. CLARY/AFP",
        "VIDEO 2:41 — Biogen shares jump after Alzheimer's drug data",
        "Aktualisiert am 07.01.2023-09:41",
        "06/01/2023 19h02 Atualizado há 3 horas",
        "DANIEL VERDÚ París - 20 oct 2025 - 05:40 CEST",
        '"Salvator Mundi" on view at Christie’s before the sale. Credit Timothy A. Clary/Agence '
        "France-Presse — Getty Images",
        "A version of this article appears in print on Nov. 16, 2017, on Page A1 of the New York "
        "edition with the headline: Leonardo Sells for $450 Million, Shattering Record.",
        "ISRO scientists celebrate in Bengaluru after the lander touched down on the moon on "
        "Wednesday, August 23, 2023. (PTI)",
        "Únete a nuestro canal ¡EL UNIVERSAL ya está en Whatsapp!, desde tu dispositivo móvil "
        "entérate de las noticias más relevantes del día.",
        "Fila para abastecer num posto de combustível em Charlotte, a 11 de Maio LOGAN CYRUS/AFP",
        "Ler mais: Gasolina nos EUA ultrapassa os três dólares por galão pela primeira vez",
        "Publié le 4 décembre 2024 à 20h47, modifié le 5 décembre 2024 à 00h31",
        "Publié le 09 août 2020 à 11h20 - Mis à jour le 09 août 2020 à 17h05",
        "Familiares y vecinos reciben a una presa palestina excarcelada en Beitunia "
        "(Cisjordania), este viernes. ZAIN JAAFAR (AFP)",
        "Voluntários recolhem combustível derramado na costa de Mahébourg, no sudeste da "
        "Maurícia REUTERS/Reuben Pillay",
        "Delegates applaud at the closing plenary of the Cop29 summit in Baku, Azerbaijan. "
        "Photograph: Rafiq Maqbool/AP",
        "Delegados aplaudem a aprovação do texto na plenária final da COP29, em Baku - Rafiq "
        "Maqbool - 24.nov.24/Associated Press",
        "Le Monde avec AFP - Publié le 24 novembre 2024 à 06h30",
        "Operações de busca junto aos destroços da ponte Francis Scott Key, em Baltimore FOTO: "
        "Getty Images",
        "Ambulances wait outside the Silkyara tunnel in Uttarkashi on Tuesday. (PTI)",
        "El Boeing 777-300ER de Singapore Airlines, tras su aterrizaje de emergencia en el "
        "aeropuerto de Suvarnabhumi (Bangkok), este martes. STRINGER (REUTERS)",
        "Lesen Sie mehr zum Thema: Lufthansa-Flug aus Texas: Sieben Menschen nach Turbulenzen "
        "im Krankenhaus",
        "Guardian staff and agencies in Baku",
        "Pekín - 30 dic 2024 - 05:40 CET",
        "PÚBLICO e Reuters",
        "Painel de partidas no aeroporto de Madrid-Barajas, a 19 de Julho Reuters",
        "Anzeigetafel am Hauptstadtflughafen BER am 19. Juli: Zahlreiche Flüge fielen aus. "
        "Foto: dpa",
        "Actualizado al 20/11/2023 6:05",
        "Mirá también: Plazos fijos: qué pasa con la tasa del 133% anual y qué conviene hacer "
        "esta semana",
        "READ NEXT: Forecasters expect 13 to 20 named storms this hurricane season. Here's how "
        "to prepare",
        "Sean Ingle in Paris",
        "Tom Espiner, Business reporter, BBC News",
        "Mit Material von dpa, AFP und Reuters",
        "Le siège de TD Bank à Toronto. Le groupe compte plus de 1.100 agences sur la côte Est "
        "des Etats-Unis. (Photo Cole Burston/AFP)",
    ],
)
def test_text_bylines_captions_and_video_labels_are_furniture(line: str) -> None:
    text = f"{_BODY}\n\n{line}\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[r.start : r.end] for r in removed] == [line]
    assert [text[b.start : b.end] for b in blocks] == [_BODY, _BODY2]


def test_text_a_name_with_an_initial_ends_no_caption() -> None:
    line = "President John F. Kennedy spoke to the crowd in Dallas. He was shot minutes later."
    text = f"{_BODY}\n\n{line}\n\n{_BODY2}"
    assert clean(text)[1] == ()


def test_text_a_story_paragraph_ending_on_an_agency_stays() -> None:
    line = (
        "Die Regierung in Rom hat am Dienstag ein Hilfspaket beschlossen. Das Geld soll bis "
        "Ende Mai fließen, sagte ein Sprecher (dpa)."
    )
    text = f"{_BODY}\n\n{line}\n\n{_BODY2}"
    assert clean(text)[1] == ()


@pytest.mark.parametrize(
    "line",
    [
        "Putin gives an interview to Reuters",
        "Zelensky tells Reuters",
        "The Storm in Texas",
        "John Smith, a reporter who covered the war, said it was over",
    ],
)
def test_text_a_heading_naming_the_agency_a_story_spoke_to_is_kept(line: str) -> None:
    text = f"{_BODY}\n\n{line}\n\n{_BODY2}"
    assert clean(text)[1] == ()


def test_text_a_byline_above_a_place_and_time_stamp_is_furniture() -> None:
    text = (
        "Mueren 179 personas al estrellarse un avión en el aeropuerto surcoreano de Muan\n\n"
        "Macarena Vidal Liy\n\nPekín - 30 dic 2024 - 05:40 CET\n\n" + _BODY
    )
    blocks, removed = clean(text)
    assert [text[r.start : r.end] for r in removed] == [
        "Macarena Vidal Liy",
        "Pekín - 30 dic 2024 - 05:40 CET",
    ]


def test_text_a_caption_above_a_photographer_s_credit_is_furniture_a_byline_under_the_headline_is_not_a_caption() -> (
    None
):
    caption = (
        "Rescue crews dig through the rubble of the tower in Surfside on Sunday, June 27, 2021."
    )
    text = f"{_BODY}\n\n{caption}\nLuis M. Alvarado/Miami Herald\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[r.start : r.end] for r in removed] == [caption, "Luis M. Alvarado/Miami Herald"]
    headline = (
        "El seísmo, de magnitud 6,8, ha provocado el derrumbe de edificios en varias ciudades "
        "de todo el país, cuenta un vecino de Marraquech"
    )
    text = f"{headline}\nJUAN CARLOS SANZ / AGENCIAS / EL PAÍS\n{_BODY}"
    blocks, removed = clean(text)
    assert headline in [text[b.start : b.end] for b in blocks]


def test_text_a_stopless_caption_a_blank_line_above_its_photo_credit_is_furniture() -> None:
    caption = (
        "Nvidia-Chef Jensen Huang auf der Computex in Taipeh am 2. Juni: Sein Konzern hat "
        "Microsoft und Apple abgehängt"
    )
    text = f"{_BODY}\n\n{caption}\n\nFoto: I-Hwa Cheng / AFP\n\n{_BODY2}"
    blocks, removed = clean(text)
    assert [text[r.start : r.end] for r in removed] == [caption, "Foto: I-Hwa Cheng / AFP"]
    # a story's sentence with its stop stays
    story = (
        "The chipmaker overtook Microsoft on Tuesday, when its shares rose 3.5% to close at "
        "a record on Wall Street."
    )
    text = f"{_BODY}\n\n{story}\n\nFoto: AFP\n\n{_BODY2}"
    assert story in [text[b.start : b.end] for b in clean(text)[0]]
