"""Boilerplate removal and story splitting for plain text.

Cleaning never rewrites the text: it decides which lines to keep and where a new story
starts. Kept regions are spans of the original text, so every offset downstream maps back
to the original exactly (the offset map is the identity). Unicode variants (non-breaking
spaces, curly quotes, dashes) are handled by the extractors' patterns instead of being
normalised away.

Rules are generic line shapes and cue words, not site strings:
- a line that is only a URL, a separator (`___`, `***`) or an e-mail address;
- short lines with navigation, app-store, sharing, subscription or donation cues;
- attribution credits ("originally published by", "contributed to this report");
- page furniture in six languages, from the cue lists of the language lexicons
  (`Lexicon.furniture`) and from shape alone: teasers ("Read also", "Lire aussi", "Leia
  também", truncated lines ending in "…", "5m" ticker lines), photo credits and captions
  ("Photo:", "©", a line wholly in brackets, "A / B / C" credit lines, the line beside a
  credit, a line opening with a caption cue such as "In this photo", "A Google Earth view
  of", "Vue aérienne de", or a headline with such a caption glued after it, a sentence
  closed by its photo's credit: "(AP Photo/…)", "Foto: … / dpa", "— Foto: Reprodução"),
  bylines ("By Mark Thompson, CNN", "Por redacción de …"), wire credit lines ("Le Monde
  avec AFP"), breadcrumbs ("Startseite › Politik"), lines closed by a web address, the
  title under a teaser cue standing alone ("Mehr zum Thema:"), editor's notes and
  prompts, navigation labels (a line of one or two words), publication stamps (a line of
  only a date and time), embedded posts (pic.twitter.com, "— Name (@handle) date"),
  template residue (`{{…}}`, `[ad_1]`, a line without letters);
- a wire dateline opening a paragraph ("BALTIMORE, Maryland, March 27 (Reuters) -") is cut
  from the paragraph, which stays;
- lines repeated verbatim elsewhere in the text (footers, headlines and captions pasted twice);
- short lines glued to one of the above (a donation counter under "Fighting fund");
- a headline-like line right after a boilerplate run that follows story text starts a new
  story segment.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from factcheck.core import SENTENCE_STOP
from factcheck.lang import LANGUAGES, furniture_cues, lexicon
from factcheck.model import Block, Removed

_URL_LINE = re.compile(r"^\s*(?:<?https?://\S+>?|www\.\S+|\S+@\S+\.\w+)\s*$", re.I)
_SEPARATOR_LINE = re.compile(r"^\s*[-_*=~#•·.]{3,}\s*$")
_CUE = re.compile(
    r"\b(?:skip to (?:main )?content|skip navigation|main menu|toggle navigation|"
    r"sign (?:in|up)|log ?in|subscribe(?: now| today)?|newsletter|cookie|"
    r"app link|download (?:the|our) app|free to download|"
    r"(?:download|get it|available) (?:on|from|in) (?:the )?(?:app store|google play)|"
    r"share (?:this|on)|follow us|click here|read more|related (?:articles|stories)|"
    r"advertisement|sponsored|all rights reserved|copyright ©?|"
    r"donate|donation|become a (?:supporter|member|subscriber)|support (?:us|our)|"
    r"fighting fund|reader-owned|owned by (?:our|its) readers|"
    r"originally (?:created and )?published|contributed to this report|"
    r"writers?\b[^.]{1,80}\bcontributed|"
    r"you'?ve raised|days? remaining)\b",
    re.I,
)
_PHOTO = re.compile(
    r"\b(?:photo|foto|image|imagen|imagem|immagine|bild|picture|getty|credit|crédit|crédito|"
    r"afp|reuters|ap|epa|dpa|efe|ansa|associated press|shutterstock|mediabank)\b|©",
    re.I,
)
_SENTENCE_END = SENTENCE_STOP
_WORD = re.compile(r"[^\W\d_][\w'’-]*")

SHORT_LINE = 160
"""Lines at most this long may be boilerplate by cue, repetition or adjacency."""
CAPTION_LINE = 320
"""Lines at most this long may be a caption, a teaser or a repeated headline."""

_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}|\[ad_?\d*\]|\{%.*%\}", re.I)
_LONG_WORD = re.compile(r"[^\W\d_]{2}")
_NO_WORD = re.compile(r"^[^\w]*$|^[\d\W_]+$")
_EMBED = re.compile(
    r"pic\.twitter\.com/|\bt\.co/\w|instagram\.com/p/|^\s*[—–-]+\s*[^()\n]{1,80}\(@\w+\)", re.I
)
_DOMAIN = re.compile(r"^(?:[\w-]+\.)+(?:com|org|net|ru|fr|de|es|it|pt|br|uk|co|info|news)/?$", re.I)
_ENDS_ON_URL = re.compile(r"\s(?:https?://|www\.)\S+$", re.I)
"""A line closed by a web address: a prompt to follow a link."""
_BRACKETED = re.compile(r"^[(\[][^()\[\]]{1,118}[)\]]$")
_SEPARATED = re.compile(r"\s[/|›»·>]\s|^[^/|]{1,40}\s?[|]\s?")
"""Short parts between bars, slashes or breadcrumb arrows ("A / B / C" credits, "Startseite ›
Politik › Ukraine")."""
_TICKER = re.compile(r"^\d{1,2}\s?[mhd]\s+\S")
_TRUNCATED = re.compile(r"(?:…|\.\.\.)\s*$")
_BYLINE = re.compile(
    r"^(?:by|por|par|von|di|da)\s+(?:[A-ZÀ-Ý][\w'’.-]*\s*){1,4}"
    r"(?:(?:,|and|y|et|und|e)\s*(?:[\w'’.&-]+\s*){1,4}){0,4}$",
    re.I,
)
_NAME_IN_PLACE = re.compile(
    r"^(?!(?:The|A|An|Le|La|Les|El|Los|Las|Der|Die|Das|Il|Lo|Gli|O|Os|As|Un|Una|Uno|Ein|Eine)\s)"
    r"(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+){1,3}[A-ZÀ-Ý][a-zà-ÿ'’-]+"
    r"(?:\s+(?:and|und|et|y|e)\s+(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+){1,3}[A-ZÀ-Ý][a-zà-ÿ'’-]+)?"
    r"\s+in\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}$"
)
"""A byline naming the reporters and where they write from ("Sean Ingle in Paris",
"Raphael Rashid in Seoul and Justin McCurry in Tokyo" is cut at its first place)."""
_NAME_AND_ROLE = re.compile(
    r"^(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+){1,3}[A-ZÀ-Ý][a-zà-ÿ'’-]+,\s+(?:[\w'’-]+\s+){0,3}"
    r"(?i:reporter|correspondent|editor|writer|journalist|correspondant|corresponsal|"
    r"redakteur|korrespondent|corrispondente|inviato|inviata|repórter|correspondente)"
    r"(?:,\s*(?:[\w'’&.-]+\s*){1,4})?$"
)
"""A reporter's name and role ("Tom Espiner, Business reporter, BBC News")."""
_DATELINE = re.compile(
    r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{1,40}(?:,\s*[A-ZÀ-Ý][\w'’. -]{1,30}){0,2},?\s*)?"
    r"(?:\d{1,2}\s*[^\W\d_]{3,10}\.?|[^\W\d_]{3,10}\.?\s*\d{1,2})?\s*"
    r"\((?:[A-Z][\w./&-]{1,20}(?:\s[A-Z][\w./&-]{1,20}){0,2})\)\s*[-—–:]+\s*"
)
_AGENCY = (
    r"(?:AFP|AP|Associated\s+Press|Reuters|dpa|EFE|ANSA|Lusa|APA|KNA|Europa\s+Press|agences?|"
    r"agencias?|Agenturen|"
    r"Getty\s+Images|EPA|Imago|Keystone|LaPresse|Shutterstock|PTI|ANI|IANS|Xinhua|"
    r"Anadolu|Yonhap|Kyodo|TASS)"
)
_WITH_AGENCIES = re.compile(
    rf"^(?:[\w'’.-]+\s+){{1,4}}(?:avec|with|con|mit|com|et|and|y|und|e)\s+{_AGENCY}"
    rf"(?:\s*(?:,|et|and|y|und|e)\s*{_AGENCY})*\.?$"
)
"""An outlet's line crediting the wires it drew on ("Le Monde avec AFP et Reuters", "El País
con agencias", "Spiegel mit dpa")."""
_AGENCY_CREDIT = re.compile(
    rf"^(?:[\w.'’|-]+\s+){{0,3}}(?:via|vía|über|par|por|per|/)\s*{_AGENCY}$"
    rf"|^[\w .'’-]{{2,40}}\s*\((?:via|vía)\s+{_AGENCY}\)$"
    rf"|^{_AGENCY}\s*/\s*[\w .'’-]{{2,40}}$"
    rf"|^[\w.'’-]{{2,30}}/\s*{_AGENCY}$"
    rf"|^(?-i:(?:[A-ZÀ-Ý][\w'’.-]*\s+){{1,3}}[A-ZÀ-Ý][\w'’.-]*)\s*\({_AGENCY}\)$"
    rf"|^{_AGENCY}$",
    re.I,
)
"""A photo's agency credit, without a photo word ("Yonhap via REUTERS", "YONHAP (VÍA
REUTERS)", "REUTERS/Kim Hong-Ji", "ZAIN JAAFAR (AFP)", "Afp")."""
_CREDIT_PART = (
    r"[A-ZÀ-Ý][\w'’.&-]+(?:\s+(?:[A-ZÀ-Ý][\w'’.&-]+|e|y|et|and|und|de|di|du|del|des|da|do)){0,5}"
)
_PHOTOGRAPHER_CREDIT = re.compile(rf"^{_CREDIT_PART}(?:\s*/\s*{_CREDIT_PART}){{1,3}}$")
"""A photographer and the agencies of a photo, joined by slashes ("Keegan Barber/NASA",
"KEEGAN BARBER / NASA / AFP", "HANDOUT / Corpo Nazionale Soccorso Alpino e Speleologico /
AFP")."""
_CAPITALS_CREDIT = re.compile(
    rf"\s(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+\s+){{1,3}}[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+\s*/\s*{_AGENCY}$"
    rf"|\s(?=(?i:{_AGENCY})\s*/)[A-Z]{{2,}}\s*/\s*(?:[A-ZÀ-Ý][\w'’.-]+\s+){{0,3}}"
    rf"[A-ZÀ-Ý][\w'’.-]+$"
)
"""A photographer's name in capitals and the agency closing a caption without a stop
("… em Charlotte, a 11 de Maio LOGAN CYRUS/AFP"), or the agency in capitals, then the
photographer ("… no sudeste da Maurícia REUTERS/Reuben Pillay")."""
_GLUED_PHOTO_CREDIT = re.compile(
    r"\s(?i:Bild|Foto|Fotos|Photo|Photos|Image|Imagen|Imagem|Immagine)\s*:\s*[^:.!?]{2,60}$"
)
"""A photo's credit glued to its caption without a stop ("… vor der Küste Floridas Bild:
Reuters", "… em Baltimore FOTO: Getty Images")."""
_BARE_AGENCY = re.compile(
    r"(?<!\bto)(?<!\btold)(?<!\btells)(?<!\bsays)(?<!\bsaid)(?<!\bby)(?<!\bvia)"
    r"(?<!\bet)(?<!\band)(?<!\by)(?<!\bund)(?<!\be)(?<!\bavec)(?<!\bwith)(?<!\bcon)"
    r"(?<!\bmit)(?<!\bcom)"
    rf"\s(?=[A-Z]){_AGENCY}$"
)
"""An agency's name closing a caption that has no stop ("… a 19 de Julho Reuters"); not
the one a story spoke to ("Putin tells Reuters"), nor one of a credit's agencies ("Le Monde
avec AFP et Reuters")."""
_RIGHTS = re.compile(
    r"rights\s+reserved|direitos\s+reservados|droits\s+réservés|derechos\s+reservados|"
    r"rechte\s+vorbehalten|diritti\s+riservati|riproduzione\s+riservata",
    re.I,
)
"""A notice reserving an outlet's rights, in six languages."""
_SLASHED_CREDIT = re.compile(rf"^(?:[\w.-]{{1,12}}/)*{_AGENCY}(?:/[\w.-]{{1,12}})*$")
"""Editors' initials and agencies joined by slashes closing a story ("mrc/AFP/dpa",
"sti/Reuters")."""
_VIDEO_TIME = re.compile(r"[^\W\d_]\s+\d{1,2}:\d{2}$")
_VIDEO_LABEL = re.compile(r"^(?:video|vídeo|vidéo)\s+\d{1,2}:\d{2}\b", re.I)
"""A video's label and running time opening a line ("VIDEO 2:41 — Biogen shares jump …")."""
_TRAILING_CREDIT = re.compile(
    r"\s*\((?:[^()]{0,20}\b(?:reporting|writing|editing|compiled|additional reporting|"
    r"información|reportaje|redacción|edición|reportage|rédaction|édition|avec|bericht|"
    r"redaktion|mitarbeit|reporting|redazione|hanno collaborato|reportagem|redação|edição)"
    r"\b[^()]{1,120})\)\s*$",
    re.I,
)
_TIME = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?$", re.I)
_STAMP_NOISE = frozenset(
    "am pm a.m. p.m. gmt utc cet cest edt est pdt pst bst ist et h uhr le el il am um de del "
    "of the on at , - | / by "
    # how long ago, and the word for an update ("06/01/2023 19h02 Atualizado há 3 horas")
    "ago fa há hace vor il y a hour hours horas heures stunden ore minutes minutos minuten "
    "minuti updated atualizado actualizado aktualisiert aggiornato "
    # when it was published and changed ("Publié le 4 décembre 2024 à 20h47, modifié le 5
    # décembre 2024 à 00h31", "… - Mis à jour le 09 août 2020 à 17h05")
    "à às a las alle published publié publiée publicado publicada pubblicato veröffentlicht "
    "modifié modifiée modificado modificada modificato geändert mis mise jour last".split()
)
_WORDS = re.compile(r"[^\W_][\w'’.-]*|[|/,-]")


def _capitalised(cue: str) -> str:
    """A cue as a pattern that opens with its first letter capitalised, the rest in any case."""
    return f"{re.escape(cue[0].upper())}(?i:{re.escape(cue[1:])})" if cue else "(?!)"


def _phrase_pattern(cues: tuple[str, ...], *, whole: bool) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(c.strip()) for c in cues) or "(?!)"
    if whole:
        return re.compile(rf"^(?:{alternatives})[\s:.!]*$", re.I)
    # a cue ends at a non-word character, or, written in capitals, where a capitalised word
    # is glued to it ("MÁS INFORMACIÓNÚltima hora")
    return re.compile(
        rf"^[\W_]*(?:{alternatives})(?:(?!\w)|(?<=[^\W\d_]{{2}})(?-i:(?<=[A-ZÀ-Ý]{{2}})(?=[A-ZÀ-Ý][a-zà-ÿ])))",
        re.I,
    )


@lru_cache(maxsize=1)
def _furniture() -> dict[str, re.Pattern[str]]:
    """The lexicons' furniture cues compiled once: line-start patterns and whole-line ones."""
    cues = furniture_cues()
    anywhere = "|".join(re.escape(c) for c in cues.get("notice", ())) or "(?!)"
    return {
        "teaser": _phrase_pattern(cues.get("teaser", ()), whole=False),
        "credit": _phrase_pattern(cues.get("credit", ()), whole=False),
        "notice": re.compile(rf"(?<!\w)(?:{anywhere})(?!\w)", re.I),
        "credit_anywhere": re.compile(
            rf"(?<!\w)(?:{'|'.join(re.escape(c.strip()) for c in cues.get('credit', ()))})(?!\w)",
            re.I,
        ),
        "label": _phrase_pattern(cues.get("label", ()), whole=True),
        "stamp": _phrase_pattern(cues.get("stamp", ()), whole=False),
        "caption": _phrase_pattern(cues.get("caption", ()), whole=False),
        # a caption glued after a headline ("… by Weekend In this aerial photo taken …"):
        # the cue capitalised inside the line
        "caption_glued": re.compile(
            rf"(?<=\w )(?:{'|'.join(_capitalised(c) for c in cues.get('caption', ()))})(?!\w)"
        ),
    }


def credit_sentence(sentence: str) -> bool:
    """Whether a short sentence closing or inside a paragraph is a credit: a credit cue
    opening it after an outlet's name and a bar ("TF1 | Reportage J. Cressens, F.
    Fernandez"), or a cue ending in a colon or "by" ("Photo: AFP", "Reporting by A. Smith")."""
    if len(sentence) > SHORT_CREDIT:
        return False
    body = _OUTLET_BAR.sub("", sentence, count=1)
    m = _furniture()["credit"].match(body)
    if m is None:
        return False
    cue = m.group(0).strip().lower()
    return body != sentence or cue.endswith((":", " by", " par", " por"))


SHORT_CREDIT = 80
"""Sentences at most this long may be a credit glued to a paragraph."""
_OUTLET_BAR = re.compile(r"^[\w&.-]{2,20}\s*[|/]\s*")
"""An outlet's name and a bar opening a credit ("TF1 | ")."""


def teaser_sentence(sentence: str) -> bool:
    """Whether a sentence inside a paragraph is a link to another story: a teaser cue and a
    colon opening it ("Also read: Morocco earthquake death toll rises to 2,800"), as pages
    flattened to one paragraph carry them."""
    m = _furniture()["teaser"].match(sentence)
    return m is not None and sentence[m.end() : m.end() + 3].lstrip().startswith(":")


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names of every lexicon, lower case, without a final full stop, and
    the three- and four-letter cuts of month names that stamps use ("30 dic 2024", "lug")."""
    words: set[str] = set()
    for code in LANGUAGES:
        lex = lexicon(code)
        words.update(w.lower().rstrip(".") for w in (*lex.months, *lex.weekdays))
        words.update(w.lower()[:cut] for w in lex.months if len(w) > 4 for cut in (3, 4))
    return frozenset(words)


_NUMERIC_DATE = re.compile(
    r"\d{1,2}[/.-][^\W\d_]+[/.-]\d{2,4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:[-T]\d{1,2})?"
)
"""A date written in figures, perhaps with the hour glued to it ("07.01.2023-09:41")."""


_SLASHED_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_CAPITALS_RUN = re.compile(r"\b[A-ZÀ-Ý]{2,}(?:\s+[A-ZÀ-Ý]{2,})+\b")
"""Two or more words in capitals in a row: a byline's name ("DANIEL VERDÚ")."""


def _is_stamp(t: str) -> bool:
    """A line that is only a date and time, perhaps behind a stamp word or a section name:
    "07 Jun, 2024", "3:28 PM EDT, March 25, 2024", "Publié le 16 juillet 2024"."""
    if len(t) > 90 or not any(ch.isdigit() for ch in t):
        return False
    rest = _furniture()["stamp"].sub("", t, count=1)
    calendar = _calendar_words()
    other = 0
    # a date written with slashes or a clock time with a colon: "20/11/2023 6:05"
    dated = bool(_SLASHED_DATE.search(rest) or _CLOCK.search(rest))
    named = {w for m in _CAPITALS_RUN.finditer(rest) for w in m.group(0).split()}
    for w in _WORDS.findall(rest):
        lw = w.lower().rstrip(".,")
        if lw in calendar or _TIME.match(lw):
            dated = True
            continue
        if not lw or lw in _STAMP_NOISE:
            continue
        if _NUMERIC_DATE.fullmatch(lw):
            dated = True  # "07.01.2023", "16/11/2017", "07.01.2023-09" (":41" follows)
            continue
        if any(ch.isdigit() for ch in lw) and not any(ch.isalpha() for ch in lw.rstrip("thsrdn")):
            continue
        if re.fullmatch(r"\d{1,4}(?:st|nd|rd|th|er|e|º|°)?", lw):
            continue
        if w in named:
            continue  # the author's name in capitals ("DANIEL VERDÚ París - 20 oct 2025")
        other += 1
    return dated and other <= 2


REPEAT_MIN = 20
"""Characters a line's opening must have to count as repeated at its end."""


def _wrapped_in_repeat(t: str) -> bool:
    """Whether a line opens and ends with the same words, as headlines and labels glued
    together do ("Morocco earthquake death toll: Live trackerMorocco earthquake leaves at
    least 2,000 dead …Morocco earthquake death toll: Live tracker")."""
    return any(t.endswith(t[:k]) for k in range(len(t) // 2, REPEAT_MIN - 1, -1))


def _furniture_shape(t: str) -> str | None:
    """The furniture shape of one stripped line, or None."""
    f = _furniture()
    n = len(t)
    if _TEMPLATE.search(t) and n <= SHORT_LINE:
        return "template residue"
    if _NO_WORD.match(t) or not _LONG_WORD.search(t):
        return "no words"
    if _EMBED.search(t) or _DOMAIN.match(t):
        return "embedded post"
    if n <= SHORT_LINE and _ENDS_ON_URL.search(t):
        return "link"  # "Follow AP's coverage of France at https://apnews.com/hub/france"
    if n <= SHORT_LINE and (_BRACKETED.match(t) or "©" in t):
        return "credit"
    if n <= CAPTION_LINE and (f["teaser"].match(t) or _TICKER.match(t)):
        return "teaser"
    if n <= CAPTION_LINE and f["caption"].match(t):
        return "caption"
    if n <= CAPTION_LINE and _closing_photo_credit(t):
        return "caption"
    if n <= CAPTION_LINE + SHORT_LINE and not _SENTENCE_END.search(t):
        if f["caption_glued"].search(t):  # a headline, then the caption
            return "caption"
    if n <= CAPTION_LINE and _wrapped_in_repeat(t):
        return "repeated headline"
    if n <= 200 and _TRUNCATED.search(t) and not _SENTENCE_END.search(t.rstrip(".… ")):
        return "teaser"
    if n <= 250 and f["credit"].match(t):
        return "credit"
    if n <= 400 and t.startswith(("Copyright", "©")) and _RIGHTS.search(t):
        return "credit"  # "Copyright Folha de S.Paulo. Todos os direitos reservados. …"
    if n <= 60 and f["credit_anywhere"].search(t) and not _SENTENCE_END.search(t):
        return "credit"
    if n <= CAPTION_LINE and _VIDEO_TIME.search(t) and not _SENTENCE_END.search(t[:-5]):
        return "video teaser"
    if n <= CAPTION_LINE and _VIDEO_LABEL.match(t):
        return "video teaser"
    if n <= 200 and f["notice"].search(t):
        return "notice"
    if f["label"].match(t):
        return "label"
    words = _WORD.findall(t)
    if n <= 30 and not any(ch.isdigit() for ch in t) and not _SENTENCE_END.search(t):
        if len(words) == 1 or (len(words) == 2 and all(w[0].isupper() for w in words)):
            return "label"
    if n <= 100 and _SEPARATED.search(t) and not _SENTENCE_END.search(t):
        parts = re.split(r"\s?[/|›»·>]\s?", t)
        if len(parts) >= 2 and all(len(_WORD.findall(p)) <= 5 for p in parts):
            return "credit"
    if n <= 80 and _BYLINE.match(t):
        return "byline"
    if n <= 60 and _NAME_IN_PLACE.match(t):
        return "byline"  # "Sean Ingle in Paris"
    if n <= 80 and _NAME_AND_ROLE.match(t) and not _SENTENCE_END.search(t):
        return "byline"  # "Tom Espiner, Business reporter, BBC News"
    if n <= 80 and _WITH_AGENCIES.match(t):
        return "credit"
    if n <= 60 and "/" in t and _SLASHED_CREDIT.match(t):
        return "credit"
    if n <= 60 and "/" in t and _PHOTOGRAPHER_CREDIT.match(t):
        return "credit"  # "Luis M. Alvarado/Miami Herald": a photographer and the outlet
    if _is_stamp(t) or _credited_stamp(t):
        return "stamp"
    return None


_STAMP_PARTS = re.compile(r"\s[-|–—]\s")
"""What separates a stamp from the credit beside it ("Le Monde avec AFP - Publié le …")."""


def _credited_stamp(t: str) -> bool:
    """A stamp and, beside it, the outlet's or author's credit, each between spaced dashes or
    bars: "Le Monde avec AFP - Publié le 24 novembre 2024 à 06h30"."""
    if len(t) > 120 or _SENTENCE_END.search(t):
        return False
    parts = _STAMP_PARTS.split(t)
    if len(parts) < 2 or not any(_is_stamp(p) for p in parts):
        return False
    return all(
        _is_stamp(p) or _WITH_AGENCIES.match(p) or _BYLINE.match(p) or len(_WORD.findall(p)) <= 3
        for p in parts
    )


_BRACKETED_CLOSE = re.compile(r"\(([^()]{2,80})\)$")
"""A bracketed group closing a line ("(AP Photo/Antonio Calanni)")."""
_DASHED_TAIL = re.compile(r"\s[—–|-]\s+([^—–|]{2,80})$")
"""The part of a line after its last dash or bar ("— Foto: Reprodução/TV Globo")."""
_LAST_DASHED = re.compile(r"\s-\s+((?:(?!\s-\s)[^—–|]){2,80})$")
"""The part of a line after its last spaced hyphen ("- Rafiq Maqbool - 24.nov.24/Associated
Press": "24.nov.24/Associated Press")."""
_PHOTO_WORD = re.compile(
    r"\b(?:photos?|photograph|fotos?|image|imagen|imagem|immagine|bild|picture|getty|"
    r"shutterstock)\b",
    re.I,
)
"""Words that make a credit a photo's, not a story's ("(Reporting by …)", "(Reuters)")."""


_CREDIT_WORD = re.compile(r"(?:credit|crédit|crédito|credito|créditos|fotografía)\b", re.I)
"""A credit's own word opening it without a colon ("Credit Timothy A. Clary/…")."""
_NAMED_SOURCE = re.compile(rf"{_PHOTO_WORD.pattern}|\b{_AGENCY}\b|/", re.I)
"""A photo word, an agency or a photographer's slash inside a credit."""


def _closing_photo_credit(t: str) -> bool:
    """Whether a line is one sentence closed by its photo's credit: a caption ("Rescuers work
    at the site …, March 11, 2025. (AP Photo/Antonio Calanni)", "Rettungskräfte an der
    Unfallstelle bei Verona. Foto: Antonio Calanni / AP / dpa", "… in Seoul, South Korea,
    October 30, 2022. Yonhap via REUTERS")."""
    bracket = _BRACKETED_CLOSE.search(t)
    photo = bracket is not None and bool(_PHOTO_WORD.search(bracket.group(1)))
    return any(
        len(_WORD.findall(rest)) >= CAPTION_WORDS
        and (
            not _SENTENCE_STOP.search(rest.rstrip(".)\"'”’ "))
            # "Le siège de TD Bank à Toronto. Le groupe compte … (Photo Cole Burston/AFP)":
            # two short sentences closed by a bracket naming the photo
            or (
                photo
                and len(rest) <= 2 * SHORT_CAPTION
                and len(_SENTENCE_STOP.findall(rest.rstrip(".)\"'”’ "))) == 1
            )
        )
        for rest in _before_closing_credits(t)
    )


_SHOUTED_NAME = re.compile(r"[.!?]\s+(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+\s+){1,4}$")
"""A stop, then a name in capitals right before a closing bracket ("… este martes. STRINGER
(REUTERS)")."""
SHORT_CAPTION = 120
"""Characters a one-sentence line may have before a closing agency credit in brackets and
still be a caption ("Ambulances wait outside the tunnel on Tuesday. (PTI)"); a story's
paragraph is longer or holds more than one sentence."""
CAPTION_WORDS = 4
"""Words a caption has before its credit at least: fewer are a credit's own parts
("Bloomberg | Bloomberg | Getty Images")."""


def _before_closing_credits(t: str) -> Iterator[str]:
    """What stands before each reading of a photo credit closing the line: a bracket, a
    dashed tail, or the last sentence."""
    bracket = _BRACKETED_CLOSE.search(t)
    if bracket is not None:
        inside = bracket.group(1)
        if _PHOTO_WORD.search(inside) or _PHOTOGRAPHER_CREDIT.match(inside.strip()):
            yield t[: bracket.start()].rstrip()
        elif _AGENCY_CREDIT.match(inside.strip()) and (
            not _SENTENCE_END.search(t[: bracket.start()])
            or _ENDS_ON_A_DAY.search(t[: bracket.start()].rstrip())
            or (
                bracket.start() <= SHORT_CAPTION
                and not _INNER_STOP.search(t[: bracket.start()].rstrip().rstrip("."))
            )
        ):
            # "… nella notte tra sabato e domenica (Afp)": a sentence left without its stop,
            # then the agency; a story's sentence closes before its bracket
            yield t[: bracket.start()].rstrip()
        if _AGENCY_CREDIT.match(inside.strip()):
            shouted = _SHOUTED_NAME.search(t, 0, bracket.start())
            if shouted is not None:
                # "… en el aeropuerto de Suvarnabhumi (Bangkok), este martes. STRINGER
                # (REUTERS)": the photographer in capitals, the agency in brackets
                yield t[: shouted.start() + 1]
    for dashed in (_DASHED_TAIL.search(t), _LAST_DASHED.search(t)):
        if dashed is None:
            continue
        tail = dashed.group(1)
        if (
            (_PHOTO_WORD.search(tail) and credit_sentence(tail))
            or _PHOTOGRAPHER_CREDIT.match(tail.strip())
            or _AGENCY_CREDIT.match(tail.strip())
        ):
            # "… em Porto Alegre — Foto: Reprodução/TV Globo", "… em Baku - Rafiq Maqbool -
            # 24.nov.24/Associated Press"
            yield t[: dashed.start()].rstrip()
    capitals = _CAPITALS_CREDIT.search(t)
    if capitals is not None:
        yield t[: capitals.start()].rstrip()  # "… a 11 de Maio LOGAN CYRUS/AFP"
    glued = _GLUED_PHOTO_CREDIT.search(t)
    if glued is not None:
        yield t[: glued.start()].rstrip()
    agency = _BARE_AGENCY.search(t)
    if agency is not None and not _SENTENCE_END.search(t):
        yield t[: agency.start()].rstrip()  # "… Madrid-Barajas, a 19 de Julho Reuters"
    # the last stop that closes a sentence, not an initial ("TIMOTHY A. CLARY/AFP")
    stops = [m for m in _INNER_STOP.finditer(t) if not _INITIAL.search(t, 0, m.start())]
    if stops:
        last = t[stops[-1].end() - 1 :]
        bare = last.strip(" .")
        if (
            (_PHOTO_WORD.search(last) and credit_sentence(last))
            or _AGENCY_CREDIT.match(bare)
            or _PHOTOGRAPHER_CREDIT.match(bare)
            or (_CREDIT_WORD.match(bare) and _NAMED_SOURCE.search(bare))
        ):
            yield t[: stops[-1].start() + 1]


_INITIAL = re.compile(r"(?:^|\s)[A-ZÀ-Ý]$")
"""A capital standing alone right before a stop: an initial, not a sentence's end."""


def trailing_credit(line: str) -> int:
    """Characters of a wire credit closing a paragraph ("(Reporting by A; Editing by B)"),
    0 when there is none."""
    if not line.endswith(")"):
        return 0
    m = _TRAILING_CREDIT.search(line)
    if not m or m.start() == 0:
        return 0
    return len(line) - m.start()


def leading_credit(line: str) -> int:
    """Characters of a photo credit glued to the start of a paragraph ("© RIA Novosti .
    Dmitry Korobeinikov / Go to the mediabankThe evening of …"), 0 when there is none: a
    line opening with © up to the end of the first credit cue in its first 160 characters."""
    if not line.startswith("©"):
        return 0
    m = _glued_credit().search(line, 0, SHORT_LINE)
    if m is None or m.end() >= len(line):
        return 0
    return m.end()


@lru_cache(maxsize=1)
def _glued_credit() -> re.Pattern[str]:
    """A credit cue ending at a non-word character or where a capitalised word is glued to
    it ("Go to the mediabankThe")."""
    cues = "|".join(re.escape(c.strip()) for c in furniture_cues().get("credit", ()))
    return re.compile(rf"(?<!\w)(?:{cues or '(?!)'})(?=\W|(?-i:[A-ZÀ-Ý])|$)", re.I)


def dateline_end(line: str) -> int:
    """Characters of a wire dateline or agency credit opening a paragraph ("BALTIMORE,
    Maryland, March 27 (Reuters) -", "(RFE/RL) — "), 0 when there is none."""
    m = _DATELINE.match(line)
    if not m:
        return 0
    return m.end()


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _is_headline(line: str) -> bool:
    stripped = line.strip()
    words = _WORD.findall(stripped)
    if not 3 <= len(words) <= 16 or len(stripped) > 120:
        return False
    if _SENTENCE_END.search(stripped) or stripped.endswith((":", ",")):
        return False
    return stripped[0].isupper() or stripped[0].isdigit()


PAGE_LINES = 3
"""Page furniture is looked for in texts of at least this many lines: a sentence or two on
their own are the article."""


@lru_cache(maxsize=16384)
def _line_shape(t: str, page: bool = True) -> tuple[str | None, bool]:
    """("url" or "separator" or None, whether the line carries a boilerplate cue), of one
    stripped line on its own; republished copies repeat their lines, so this is cached."""
    if _URL_LINE.match(t):
        return "url", False
    if _SEPARATOR_LINE.match(t):
        return "separator", False
    furniture = _furniture_shape(t) if page else None
    if furniture is not None:
        return furniture, False
    cued = len(t) <= SHORT_LINE * 2 and bool(_CUE.search(t))
    # a paragraph opening on a wire dateline is the story's ("BRUSSELS, March 4 (Reuters) -
    # Apple was fined … via restrictions on its App Store")
    return None, cued and not _running_text(t) and not dateline_end(t)


_OPENS_QUOTE = re.compile(r"[\"“„«»‘'‹›「]")
"""A line that opens on a quotation mark."""
_INNER_STOP = re.compile(r"[.!?…][\"'”’)\]]*\s+[\"“«]?[A-ZÀ-Þ]")
"""A sentence's stop followed by the capital that opens the next one."""
_SENTENCE_STOP = re.compile(r"(?<!\b\d)(?<!\b\d\d)" + _INNER_STOP.pattern)
"""A stop closing a sentence inside a line, not a day's ordinal ("am 19. Juli")."""


def _running_text(t: str) -> bool:
    """Two or more sentences of story length: a paragraph of the article, whatever words it
    uses ("campaign finance records show he made a $15 donation …"). Prompts and credits
    are a phrase or a single sentence."""
    return len(_WORD.findall(t)) >= 2 * STORY_WORDS and bool(_INNER_STOP.search(t))


def clean(text: str, *, enabled: bool = True) -> tuple[tuple[Block, ...], tuple[Removed, ...]]:
    """Split `text` into kept blocks (paragraph lines with their story segment) and removed ones."""
    lines = [(s, e) for s, e in _lines(text)]
    if not enabled:
        return tuple(Block(s, e, 0) for s, e in lines if text[s:e].strip()), ()
    stripped = [text[s:e].strip() for s, e in lines]
    counts = Counter(t for t in stripped if t)
    reason: list[str | None] = [None] * len(lines)
    page = sum(1 for t in stripped if t) >= PAGE_LINES
    for i, t in enumerate(stripped):
        if not t:
            continue
        shape, cue = _line_shape(t, page)
        if shape is not None:
            reason[i] = shape
        elif page and dateline_end(t) >= len(t):
            reason[i] = "dateline"
        elif counts[t] > 1 and (len(t) < 100 or _repeated_furniture(stripped, i)):
            reason[i] = "repeated line"
        elif cue:
            reason[i] = "boilerplate cue"
    # A caption sits just above its photo credit, on the line right before it; below a
    # credit, a line of one sentence ending on the day the photo was taken is one too
    # ("Source: AFP" / "Des véhicules … devant le Crocus City Hall, ce 22 mars 2024.").
    for i, t in enumerate(stripped):
        if reason[i] != "credit" or not (_PHOTO.search(t) or _PHOTOGRAPHER_CREDIT.match(t)):
            continue
        j = i - 1
        if not _PHOTO.search(t) and _prev_nonblank(stripped, j) < 0:
            j = -1  # "JUAN CARLOS SANZ / AGENCIAS / EL PAÍS" under the page's first line: a byline
        if j >= 0 and stripped[j] and reason[j] is None and len(stripped[j]) <= CAPTION_LINE:
            # a paragraph opening on a quotation is the story's, above its agency's tag
            # ("“The challenges are …,” Ramadan said." / "(Reuters)")
            if not _is_headline_of_story(stripped, reason, j) and not _OPENS_QUOTE.match(
                stripped[j]
            ):
                reason[j] = "caption"
        elif j >= 0 and not stripped[j]:
            # a blank line between: only a caption left without its stop ("Nvidia-Chef Jensen
            # Huang auf der Computex in Taipeh am 2. Juni: Sein Konzern hat … abgehängt")
            p = _prev_nonblank(stripped, i)
            if (
                p > 0
                and reason[p] is None
                and _stopless_caption(stripped[p])
                and not _is_headline_of_story(stripped, reason, p)
            ):
                reason[p] = "caption"
        k = _next_nonblank(stripped, i)
        if k >= 0 and reason[k] is None and _dated_caption(stripped[k]):
            reason[k] = "caption"
    # Below a photo credit standing alone ("Reuters", "Getty Images"), a line of one sentence
    # left without its stop is the photo's caption ("Gisèle Pelicot was applauded by
    # supporters as she left the courthouse in Avignon on Thursday").
    for i, t in enumerate(stripped):
        if reason[i] is None or not (_AGENCY_CREDIT.match(t) or _PHOTO_WORD.fullmatch(t)):
            continue
        k = _next_nonblank(stripped, i)
        if k >= 0 and reason[k] is None and _stopless_caption(stripped[k]):
            reason[k] = "caption"
    # Below a teaser cue standing alone ("Mehr zum Thema:", "Más noticias"), the next line is
    # the other story's title ("Fed lässt Leitzins unverändert – Zinssenkung erst im Herbst?").
    for i, t in enumerate(stripped):
        if reason[i] != "teaser" or not _CUE_ALONE.match(_furniture()["teaser"].sub("", t, 1)):
            continue
        k = _next_nonblank(stripped, i)
        if k >= 0 and reason[k] is None and _title_sized(stripped[k]):
            reason[k] = "teaser"
    # Below a date stamp inside the text, a heading is another item's ("3:28 PM EDT, March
    # 25, 2024" / "The war in Ukraine: the most important live updates").
    for i in range(len(stripped)):
        k = _next_nonblank(stripped, i)
        if reason[i] != "stamp" or k < 0 or reason[k] is not None:
            continue
        if _is_headline(stripped[k]) and any(stripped[j] and reason[j] is None for j in range(i)):
            reason[k] = "teaser"
    # A heading between two paragraphs of the story that states a figure is another story's
    # title ("World leaders offer solidarity after devastating quake kills more than 600
    # people"): the story's own subheadings name a topic, its figures stand in its sentences.
    for i, t in enumerate(stripped):
        if not t or reason[i] is not None or not _is_headline(t) or not _FIGURE.search(t):
            continue
        j, k = _prev_nonblank(stripped, i), _next_nonblank(stripped, i)
        if j >= 0 and k >= 0 and _story_line(stripped[j]) and _story_line(stripped[k]):
            if reason[j] is None and reason[k] is None:
                reason[i] = "teaser"
    # The last line, a few capitalised words after the story, lists its tags ("Death
    # Weather Environment").
    last = _prev_nonblank(stripped, len(stripped))
    if page and last > 0 and reason[last] is None and _tag_line(stripped[last]):
        if any(stripped[j] and reason[j] is None for j in range(last)):
            reason[last] = "tags"
    # Short, non-sentence lines next to boilerplate join it (donation counters, headings).
    changed = True
    while changed:
        changed = False
        for i, t in enumerate(stripped):
            if reason[i] is not None or not t or len(t) > 80:
                continue
            if _SENTENCE_END.search(t) and (len(_WORD.findall(t)) > 6 or _short_statement(t)):
                continue
            if _QUOTE_ROW.match(t):
                continue  # a market table's row ("EUR/JPY 169.93 169.68") is data
            neighbours = [
                j for j in (_prev_nonblank(stripped, i), _next_nonblank(stripped, i)) if j >= 0
            ]
            if any(reason[j] is not None for j in neighbours) and not _is_headline_of_story(
                stripped, reason, i
            ):
                reason[i] = "next to boilerplate"
                changed = True
    blocks: list[Block] = []
    removed: list[Removed] = []
    segment = 0
    seen_content = False
    after_boilerplate = False
    for i, (s, e) in enumerate(lines):
        t = stripped[i]
        if not t:
            continue
        if reason[i] is not None:
            removed.append(Removed(s, e, reason[i] or ""))
            after_boilerplate = True
            continue
        if seen_content and after_boilerplate and _is_headline(t):
            segment += 1
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        trail = len(text[s:e]) - len(text[s:e].rstrip())
        cut = dateline_end(t)
        if cut:
            removed.append(Removed(s + lead, s + lead + cut, "dateline"))
            lead += cut
        elif credit := leading_credit(t):
            removed.append(Removed(s + lead, s + lead + credit, "credit"))
            lead += credit
            cut = credit
        tail = trailing_credit(t)
        if tail and tail < len(t) - cut:
            removed.append(Removed(e - trail - tail, e - trail, "credit"))
            trail += tail
        blocks.append(Block(s + lead, e - trail, segment))
        seen_content = True
        after_boilerplate = False
    return tuple(blocks), tuple(removed)


def _stopless_caption(t: str) -> bool:
    """A photo's caption beside its credit: one sentence of several words (a day's ordinal,
    "am 2. Juni", ends none), no stop at its end, no longer than a caption."""
    return (
        len(t) <= CAPTION_LINE
        and len(_WORD.findall(t)) >= STATEMENT_TOKENS
        and not _SENTENCE_END.search(t)
        and not _SENTENCE_STOP.search(t)
    )


STATEMENT_TOKENS = 6
"""Words and figures a capitalised sentence stating a figure has at least to stand on its own
beside boilerplate ("The group employs about 320,000 people worldwide.")."""


def _short_statement(t: str) -> bool:
    """A short sentence of the story: capitalised, stating a figure, `STATEMENT_TOKENS` or
    more words and figures ("Der Konzern beschäftigt weltweit rund 320.000 Mitarbeiter.");
    a prompt or a counter is shorter or states none ("This website uses cookies.")."""
    return t[:1].isupper() and len(t.split()) >= STATEMENT_TOKENS and bool(_FIGURE.search(t))


_ENDS_ON_A_DAY = re.compile(
    r"(?:\b\d{1,2}(?:er|º|\.)?\s+[^\W\d_]+\.?(?:\s+de)?\s+\d{4}|"
    r"\b[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})[.)]?$"
)
"""A full date closing a line ("ce 22 mars 2024.", "on March 22, 2024.", "22 de marzo de 2024")."""


_QUOTE_ROW = re.compile(r"[A-Z]{3}/[A-Z]{3}\s+\d")
"""A currency pair's row in a market table."""


def _dated_caption(t: str) -> bool:
    """One sentence of caption length ending on a full date: a photo's caption."""
    if len(t) > CAPTION_LINE or not _ENDS_ON_A_DAY.search(t):
        return False
    inner = t.rstrip(".)")
    return not _INNER_STOP.search(inner)


_CUE_ALONE = re.compile(r"^[\s:.!|»›>-]*$")
"""What is left of a line that is only a cue."""


def _title_sized(t: str) -> bool:
    """A line as long as a story's title: under two sentences' worth of words, no stop
    inside."""
    return (
        len(t) <= CAPTION_LINE
        and len(_WORD.findall(t)) < 2 * STORY_WORDS
        and not _INNER_STOP.search(t)
    )


_FIGURE = re.compile(r"\d")
"""A figure in a line."""
STORY_WORDS = 12
"""Words a paragraph of the story has at least (a sentence, not a heading)."""


def _story_line(t: str) -> bool:
    """A paragraph of running text: a sentence or more, closed by its stop."""
    return len(_WORD.findall(t)) >= STORY_WORDS and bool(_SENTENCE_END.search(t))


TAG_WORDS = 6
"""Words a trailing tag line may have."""


def _tag_line(t: str) -> bool:
    """Two to `TAG_WORDS` capitalised words, no digits, no punctuation: a story's tags."""
    words = t.split()
    return (
        2 <= len(words) <= TAG_WORDS
        and all(_WORD.fullmatch(w) and w[0].isupper() for w in words)
        and not any(ch.isdigit() for ch in t)
    )


def _repeated_furniture(stripped: list[str], i: int) -> bool:
    """A longer repeated line is furniture when a copy sits right beside it (a caption or
    headline printed twice); otherwise only its later copies are (a paragraph pasted again)."""
    t = stripped[i]
    if len(t) > CAPTION_LINE:
        return False
    j, k = _prev_nonblank(stripped, i), _next_nonblank(stripped, i)
    if (j >= 0 and stripped[j] == t) or (k >= 0 and stripped[k] == t):
        return True
    return t in stripped[:i]


def _is_headline_of_story(stripped: list[str], reason: list[str | None], i: int) -> bool:
    """A headline followed by a long story paragraph is content, not boilerplate."""
    if not _is_headline(stripped[i]):
        return False
    j = _next_nonblank(stripped, i)
    if _prev_nonblank(stripped, i) < 0:
        # the page's first line, above its byline and stamp: the story's headline
        while j >= 0 and reason[j] is not None:
            j = _next_nonblank(stripped, j)
    if j < 0 or reason[j] is not None:
        return False
    nxt = stripped[j]
    return len(nxt) > 120 or _story_line(nxt)


def _prev_nonblank(stripped: list[str], i: int) -> int:
    for j in range(i - 1, -1, -1):
        if stripped[j]:
            return j
    return -1


def _next_nonblank(stripped: list[str], i: int) -> int:
    for j in range(i + 1, len(stripped)):
        if stripped[j]:
            return j
    return -1
