"""Boilerplate removal and story splitting for plain text.

Cleaning never rewrites the text: it decides which lines to keep and where a new story
starts. Kept regions are spans of the original text, so every offset downstream maps back
to the original exactly (the offset map is the identity). Unicode variants (non-breaking
spaces, curly quotes, dashes) are handled by the extractors' patterns instead of being
normalised away.

Rules are generic cues, not site strings:
- a line that is only a URL, a separator (`___`, `***`) or an e-mail address;
- short lines with navigation, app-store, sharing, subscription or donation cues;
- attribution credits ("originally published by", "contributed to this report");
- short lines repeated verbatim elsewhere in the text (footers pasted twice);
- short lines glued to one of the above (a donation counter under "Fighting fund");
- a headline-like line right after a boilerplate run that follows story text starts a new
  story segment.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from factcheck.model import Block, Removed

_URL_LINE = re.compile(r"^\s*(?:<?https?://\S+>?|www\.\S+|\S+@\S+\.\w+)\s*$", re.I)
_SEPARATOR_LINE = re.compile(r"^\s*[-_*=~#•·.]{3,}\s*$")
_CUE = re.compile(
    r"\b(?:skip to (?:main )?content|skip navigation|main menu|toggle navigation|"
    r"sign (?:in|up)|log ?in|subscribe(?: now| today)?|newsletter|cookie|"
    r"app link|download (?:the|our) app|free to download|app store|google play|"
    r"share (?:this|on)|follow us|click here|read more|related (?:articles|stories)|"
    r"advertisement|sponsored|all rights reserved|copyright ©?|"
    r"donate|donation|become a (?:supporter|member|subscriber)|support (?:us|our)|"
    r"fighting fund|reader-owned|owned by (?:our|its) readers|"
    r"originally (?:created and )?published|contributed to this report|"
    r"you'?ve raised|days? remaining)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")

SHORT_LINE = 160
"""Lines at most this long may be boilerplate by cue, repetition or adjacency."""


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


@lru_cache(maxsize=16384)
def _line_shape(t: str) -> tuple[str | None, bool]:
    """("url" or "separator" or None, whether the line carries a boilerplate cue), of one
    stripped line on its own; republished copies repeat their lines, so this is cached."""
    if _URL_LINE.match(t):
        return "url", False
    if _SEPARATOR_LINE.match(t):
        return "separator", False
    return None, len(t) <= SHORT_LINE * 2 and bool(_CUE.search(t))


def clean(text: str, *, enabled: bool = True) -> tuple[tuple[Block, ...], tuple[Removed, ...]]:
    """Split `text` into kept blocks (paragraph lines with their story segment) and removed ones."""
    lines = [(s, e) for s, e in _lines(text)]
    if not enabled:
        return tuple(Block(s, e, 0) for s, e in lines if text[s:e].strip()), ()
    stripped = [text[s:e].strip() for s, e in lines]
    counts = Counter(t for t in stripped if t)
    reason: list[str | None] = [None] * len(lines)
    for i, t in enumerate(stripped):
        if not t:
            continue
        shape, cue = _line_shape(t)
        if shape is not None:
            reason[i] = shape
        elif len(t) <= SHORT_LINE and counts[t] > 1 and len(t) < 100:
            reason[i] = "repeated line"
        elif cue:
            reason[i] = "boilerplate cue"
    # Short, non-sentence lines next to boilerplate join it (donation counters, headings).
    changed = True
    while changed:
        changed = False
        for i, t in enumerate(stripped):
            if reason[i] is not None or not t or len(t) > 80:
                continue
            if _SENTENCE_END.search(t) and len(_WORD.findall(t)) > 6:
                continue
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
        blocks.append(Block(s + lead, e - trail, segment))
        seen_content = True
        after_boilerplate = False
    return tuple(blocks), tuple(removed)


def _is_headline_of_story(stripped: list[str], reason: list[str | None], i: int) -> bool:
    """A headline followed by a long story paragraph is content, not boilerplate."""
    if not _is_headline(stripped[i]):
        return False
    j = _next_nonblank(stripped, i)
    if j < 0 or reason[j] is not None:
        return False
    nxt = stripped[j]
    return len(nxt) > 120 or (len(_WORD.findall(nxt)) >= 12 and bool(_SENTENCE_END.search(nxt)))


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
