"""Loading clusters: folders with an optional meta.json, text/Markdown/HTML files, JSON Lines.

Every problem becomes an InputError naming the file (and line), or a recorded Skip when the
rest of the cluster can still be checked. Texts are kept exactly as received (line endings,
non-breaking spaces, combining marks): every span indexes them. How each bad input is treated
is listed in docs/errors.md; the size limit is in docs/limits.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from factcheck.config import Config
from factcheck.errors import (
    BinaryInputError,
    DuplicateIdError,
    EmptyInputError,
    EncodingError,
    InputError,
    LinkOutsideError,
    MissingFileError,
    RecordError,
    TooLargeError,
    UnreadableError,
    UnsupportedInputError,
)
from factcheck.model import Article, Skip

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ""})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_KEYS = frozenset(
    {"id", "source", "url", "published", "language", "text", "cluster", "path"}
)
NOT_ARTICLES = frozenset({"meta.json", "expected.json", "gold.json"})
"""Files of a cluster folder that are never articles."""

MAX_BYTES_PER_CHAR = 4
"""UTF-8 needs at most 4 bytes a character: a file this many times `max_text_chars` is too large
before it is read."""

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
)
"""Leading bytes of common binary formats, for a message that says what the file is."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Control characters that never occur in text (tab, line feed, vertical tab, form feed and
# carriage return do); DEL and the C1 range included.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
"""Zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen: a text of only
these (and white space) is empty."""
_BLANK = re.compile(f"[\\s{_INVISIBLE}]*")
MAX_CONTROL_SHARE = 0.01
"""Text with more than this share of control characters is treated as binary..."""
MIN_CONTROLS = 8
"""...when it holds more than this many of them (one stray escape in a short text is text)."""


@dataclasses.dataclass(frozen=True)
class LoadedCluster:
    """Articles of one cluster and the inputs that had to be skipped."""

    name: str
    articles: tuple[Article, ...]
    skipped: tuple[Skip, ...] = ()


def decode(data: bytes, *, path: str, line: int | None = None) -> str:
    """Text of a file's bytes: UTF-8 (BOM allowed), UTF-16/32 with BOM, else Windows-1252.

    UTF-16 without a BOM is recognised by its NUL bytes on every other position; UTF-8 with a
    few damaged bytes stays UTF-8, with U+FFFD for each damaged byte. Raises
    EmptyInputError, BinaryInputError or EncodingError naming `path` (and `line`).
    """
    if not data.strip():
        raise EmptyInputError("file is empty or holds only white space", path=path, line=line)
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise BinaryInputError(f"binary file ({what}), not text", path=path, line=line)
    text = _decode_unicode(data, path=path, line=line)
    if text is None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            text = _decode_damaged(data, exc, path=path, line=line)
    check_text(text, path=path, line=line)
    return repair_mojibake(text)


_MOJIBAKE = re.compile("[ÃÂ√Å][\u0080-\u02ff\u2000-\u203a]|â€")
"""Signs of UTF-8 read in another encoding: "Ã©" (Windows-1252 / Latin-1), "â€œ", "√§" (Mac
Roman), "√ľ" (Mac Central European)."""
_MAC_ENCODINGS = ("mac_roman", "mac_latin2")


def repair_mojibake(text: str) -> str:
    """`text` with UTF-8 that was decoded in another encoding read again as UTF-8: "ZÃ¼rich"
    and "Z√ľrich" are "Zürich". Line by line, so a text garbled in part keeps its sound lines;
    a line changes only when the re-reading is valid UTF-8 (Windows-1252 and Latin-1 through
    ftfy, the Mac encodings here). Text without the signs is returned as it is, at the cost of
    one search."""
    if _MOJIBAKE.search(text) is None:
        return text
    import ftfy  # only for texts that show the signs

    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if _MOJIBAKE.search(line) is None:
            continue
        fixed = ftfy.fix_encoding(line)
        if fixed == line and "√" in line:
            for encoding in _MAC_ENCODINGS:
                try:
                    fixed = line.encode(encoding).decode("utf-8")
                    break
                except (UnicodeEncodeError, UnicodeDecodeError):
                    continue
        lines[i] = fixed
    return "".join(lines)


def _decode_damaged(data: bytes, exc: UnicodeDecodeError, *, path: str, line: int | None) -> str:
    """Text of bytes that are not valid UTF-8.

    UTF-8 with a few damaged bytes (most non-ASCII characters decode) is read as UTF-8, each
    undecodable byte becoming U+FFFD; anything else is read as Windows-1252, which covers the
    printable Latin-1 range.
    """
    lenient = data.decode("utf-8-sig", errors="replace")
    damaged = lenient.count("\ufffd")
    decoded = sum(1 for ch in lenient if ord(ch) > 127) - damaged
    if decoded and decoded >= damaged:
        return lenient
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc2:
        raise EncodingError(
            f"not valid UTF-8 (byte {exc.start}) nor Windows-1252 (byte {exc2.start})",
            path=path,
            line=line,
        ) from None


def _decode_unicode(data: bytes, *, path: str, line: int | None) -> str | None:
    """Text of UTF-16/32 bytes (with a BOM, or UTF-16 without one); None for other bytes."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise EncodingError(
                    f"invalid {codec.upper()} despite its byte-order mark", path=path, line=line
                ) from None
    if b"\x00" not in data:
        return None
    head = data[:4096] if len(data) % 2 == 0 else b""
    for codec, text_bytes, nul_bytes in (("utf-16-le", head[0::2], head[1::2]),
                                         ("utf-16-be", head[1::2], head[0::2])):  # fmt: skip
        if head and nul_bytes.count(0) >= 0.9 * len(nul_bytes) and 0 not in text_bytes:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                break
    raise BinaryInputError("binary file (contains NUL bytes), not text", path=path, line=line)


def check_text(text: str, *, path: str, line: int | None = None, what: str = "file") -> None:
    """Raise when decoded text is unusable: empty, binary-looking, or holding lone surrogates."""
    if _BLANK.fullmatch(text):
        raise EmptyInputError(f"{what} is empty or holds only white space", path=path, line=line)
    controls = len(_CONTROL.findall(text, 0, 1_000_000))
    if controls > MIN_CONTROLS and controls > MAX_CONTROL_SHARE * min(len(text), 1_000_000):
        raise BinaryInputError(
            f"binary data, not text ({controls:,} control characters)", path=path, line=line
        )
    bad = _SURROGATE.search(text)
    if bad:
        raise EncodingError(
            f"{what} holds an unpaired surrogate code point at character {bad.start()}",
            path=path,
            line=line,
        )


def _check_size(length: int, config: Config, *, path: str, line: int | None = None) -> None:
    if length > config.max_text_chars:
        raise TooLargeError(
            f"text has {length:,} characters, more than max_text_chars={config.max_text_chars:,}",
            path=path,
            line=line,
        )


def _check_bytes(
    size: int, config: Config, *, path: str, line: int | None = None, cut: bool = False
) -> None:
    """TooLargeError when `size` bytes cannot fit `max_text_chars` (`cut`: read stopped there)."""
    limit = config.max_text_chars * MAX_BYTES_PER_CHAR
    if size > limit:
        what = f"more than {limit:,} bytes" if cut else f"{size:,} bytes"
        raise TooLargeError(
            f"{what}, more than max_text_chars={config.max_text_chars:,} characters can take "
            f"({MAX_BYTES_PER_CHAR} bytes each at most)",
            path=path,
            line=line,
        )


_COMPACT_DATE = re.compile(r"(\d{4})[/.]?(\d{2})[/.]?(\d{2})")


def _parse_date(value: Any, *, path: str, line: int | None = None) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise RecordError(
            f"'published' must be an ISO date string, not {_type_name(value)}", path=path, line=line
        )
    text = value.strip()
    compact = _COMPACT_DATE.fullmatch(text)
    if compact:  # "2024/07/06", "2024.07.06", "20240706"
        text = "-".join(compact.groups())
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise RecordError(
            f"'published' is not an ISO date: {value!r}", path=path, line=line
        ) from None


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "an array", bool: "a boolean", int: "a number",
            float: "a number", str: "a string"}.get(type(value), type(value).__name__)  # fmt: skip


def _read_bytes(path: Path, config: Config) -> bytes:
    """A file's bytes, refusing before reading what cannot fit `max_text_chars`.

    Only regular files are opened: a pipe or a device would block or never end.
    """
    import os
    import stat

    where = str(path)
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise UnreadableError("is a folder, not a file", path=where)
        if not stat.S_ISREG(st.st_mode):
            raise UnreadableError("not a regular file (a pipe, socket or device)", path=where)
        _check_bytes(st.st_size, config, path=where)
        with path.open("rb") as fh:
            data = fh.read(config.max_text_chars * MAX_BYTES_PER_CHAR + 1)
    except FileNotFoundError:
        raise MissingFileError("no such file (a broken link?)", path=where) from None
    except OSError as exc:
        raise UnreadableError(f"cannot read file: {exc.strerror or exc}", path=where) from None
    _check_bytes(len(data), config, path=where, cut=True)
    return data


def read_article(path: Path, *, meta: dict[str, Any] | None = None, config: Config) -> Article:
    """One article file (text, Markdown or HTML) with its optional meta.json entry."""
    meta = meta or {}
    for key in ("source", "url", "language"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise RecordError(
                f"bad meta.json entry: {key!r} must be a string, not {_type_name(meta[key])}",
                path=str(path),
            )
    data = _read_bytes(path, config)
    text = decode(data, path=str(path))
    published = _parse_date(meta.get("published"), path=str(path))
    url = meta.get("url")
    if path.suffix.lower() in HTML_SUFFIXES:
        from factcheck.html_input import html_to_text

        text, found_date, found_url = html_to_text(text, path=str(path))
        published = published or found_date
        url = url or found_url
    _check_size(len(text), config, path=str(path))
    try:
        return Article(
            id=path.name,
            source=str(meta.get("source") or ""),
            url=url,
            published=published,
            language=str(meta.get("language") or "en"),
            text=text,
            path=str(path),
        )
    except ValidationError as exc:
        raise RecordError(f"bad meta.json entry: {_first_error(exc)}", path=str(path)) from None


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    key = ".".join(str(p) for p in err["loc"]) or "(root)"
    return f"{key!r}: {err['msg']}"


_STRING_KEYS = ("source", "url", "language", "cluster", "path")


def article_from_record(record: Any, *, path: str, line: int, config: Config) -> Article:
    """An Article from one JSON Lines record; RecordError and friends name `path:line`."""
    if not isinstance(record, dict):
        raise RecordError(
            f"record is {_type_name(record)}, not a JSON object", path=path, line=line
        )
    unknown = sorted(set(record) - ARTICLE_KEYS)
    if unknown:
        raise RecordError(
            f"unknown key(s) {', '.join(map(repr, unknown))}; "
            f"accepted keys: {', '.join(sorted(ARTICLE_KEYS))}",
            path=path,
            line=line,
        )
    text = record.get("text")
    if text is None:
        raise RecordError("missing 'text'", path=path, line=line)
    if not isinstance(text, str):
        raise RecordError(f"'text' must be a string, not {_type_name(text)}", path=path, line=line)
    _check_size(len(text), config, path=path, line=line)
    check_text(text, path=path, line=line, what="'text'")
    ident = record.get("id")
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, str | int)):
        raise RecordError(
            f"'id' must be a string or an integer, not {_type_name(ident)}", path=path, line=line
        )
    for k in _STRING_KEYS:
        if record.get(k) is not None and not isinstance(record[k], str):
            raise RecordError(
                f"'{k}' must be a string, not {_type_name(record[k])}", path=path, line=line
            )
    return Article(
        id=str(ident) if ident not in (None, "") else f"line-{line}",
        source=record.get("source") or "",
        url=record.get("url") or None,
        published=_parse_date(record.get("published"), path=path, line=line),
        language=record.get("language") or "en",
        text=text,
        path=path,
    )


def line_limit(config: Config) -> int:
    """Longest JSON Lines line, in bytes, that can hold a text of `max_text_chars`."""
    return config.max_text_chars * MAX_BYTES_PER_CHAR + 4096


def jsonl_lines(fh: BinaryIO, *, max_bytes: int) -> Iterator[bytes]:
    """Lines of a JSON Lines stream as UTF-8 bytes, one per physical line, memory bounded.

    A line longer than `max_bytes` is yielded cut to `max_bytes + 1` bytes (so it reads as too
    large) and the rest of it is discarded without being held. A stream starting with a UTF-16
    or UTF-32 byte-order mark is decoded first.
    """
    head = fh.peek(4)[:4] if hasattr(fh, "peek") else b""
    codec = next((c for bom, c in _BOMS if head.startswith(bom)), None)
    if codec is None:
        yield from _bounded(fh.readline, max_bytes, b"\n")
        return
    import io

    text = io.TextIOWrapper(fh, encoding=codec, errors="replace", newline="\n")
    try:
        for line in _bounded(text.readline, max_bytes, "\n"):
            yield line.encode("utf-8")
    finally:
        text.detach()


def _bounded(readline: Any, max_bytes: int, newline: Any) -> Iterator[Any]:
    while True:
        line = readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(newline):
            while True:
                rest = readline(1 << 20)
                if not rest or rest.endswith(newline):
                    break
        yield line


def iter_records(
    lines: Iterable[bytes], *, path: str, config: Config
) -> Iterator[tuple[str, int, Article | Skip]]:
    """(cluster, line number, article or skip) for every non-blank line of JSON Lines bytes."""
    limit = line_limit(config)
    for line_no, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        cluster = ""
        try:
            if len(raw) > limit:
                _check_bytes(len(raw), config, path=path, line=line_no, cut=True)
            record = json.loads(decode(raw, path=path, line=line_no))
            if isinstance(record, dict) and isinstance(record.get("cluster"), str):
                cluster = record["cluster"]
            yield (
                cluster,
                line_no,
                article_from_record(record, path=path, line=line_no, config=config),
            )
        except json.JSONDecodeError as exc:
            reason = f"malformed JSON: {exc.msg} (column {exc.colno})"
            yield cluster, line_no, Skip(path=path, line=line_no, code=RecordError.code,
                                         reason=reason)  # fmt: skip
        except RecursionError:
            yield cluster, line_no, Skip(path=path, line=line_no, code=RecordError.code,
                                         reason="malformed JSON: nested too deeply")  # fmt: skip
        except InputError as exc:
            yield cluster, line_no, Skip(path=path, line=line_no, code=exc.code, reason=exc.reason)


def _open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading; UnreadableError or MissingFileError otherwise."""
    import os
    import stat

    where = str(path)
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise UnreadableError("is a folder, not a file", path=where)
        if not stat.S_ISREG(st.st_mode):
            raise UnreadableError("not a regular file (a pipe, socket or device)", path=where)
        return path.open("rb")
    except FileNotFoundError:
        raise MissingFileError("no such file (a broken link?)", path=where) from None
    except OSError as exc:
        raise UnreadableError(f"cannot read file: {exc.strerror or exc}", path=where) from None


META_KEYS = frozenset({"cluster", "about", "articles"})
"""Top-level keys of a cluster's meta.json: its name, a free description, and the articles'
entries by file name. Any other key is an error (a layout the loader does not read would
silently drop every publication date and language)."""


def _read_meta(folder: Path, config: Config) -> dict[str, Any]:
    """The cluster's meta.json, read with the same checks as an article file (a regular file,
    within the size limit, inside the folder unless links may be followed); {} when absent."""
    meta_path = folder / "meta.json"
    if not meta_path.exists() and not meta_path.is_symlink():
        return {}
    where = str(meta_path)
    outside = _outside_reason(meta_path, folder, config)
    if outside:
        raise LinkOutsideError(outside, path=where)
    raw = _read_bytes(meta_path, config)
    try:
        meta = json.loads(decode(raw, path=where))
    except (ValueError, RecursionError) as exc:
        raise RecordError(f"not valid JSON: {exc}", path=where) from None
    if not isinstance(meta, dict) or not isinstance(meta.get("articles", {}), dict):
        raise RecordError("expected an object with an 'articles' object", path=where)
    unknown = sorted(k for k in meta if k not in META_KEYS)
    if unknown:
        hint = "; the articles' entries belong under 'articles'" if "articles" not in meta else ""
        raise RecordError(
            f"unknown top-level key{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(repr(k) for k in unknown)}; expected {', '.join(sorted(META_KEYS))}"
            + hint,
            path=where,
        )
    cluster = meta.get("cluster")
    if cluster is not None and not isinstance(cluster, str):
        raise RecordError(f"'cluster' must be a string, not {_type_name(cluster)}", path=where)
    for name, entry in meta.get("articles", {}).items():
        if not isinstance(entry, dict):
            raise RecordError(
                f"entry {name!r} of 'articles' must be an object, not {_type_name(entry)}",
                path=where,
            )
        if "/" in name or "\\" in name or name in ("", ".", ".."):
            raise RecordError(f"entry {name!r} of 'articles' is not a file name", path=where)
    return meta


def _outside_reason(path: Path, folder: Path, config: Config) -> str:
    """Why `path` may not be read: a symbolic link leading outside `folder`; "" when it may."""
    if config.follow_symlinks or not path.is_symlink():
        return ""
    import os

    root = os.path.realpath(folder)
    target = os.path.realpath(path)
    if target == root or target.startswith(root.rstrip(os.sep) + os.sep):
        return ""
    return "symbolic link leads outside the cluster folder; not read (--follow-symlinks reads it)"


def _is_article_file(p: Path) -> bool:
    return p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def _folder_entries(folder: Path) -> list[Path]:
    """Candidate inputs of a cluster folder: every entry but folders, hidden files and the
    files that are never articles. Broken links stay in, so they are reported, not lost."""
    try:
        entries = list(folder.iterdir())
    except OSError as exc:
        raise UnreadableError(
            f"cannot list folder: {exc.strerror or exc}", path=str(folder)
        ) from None
    out = []
    for p in entries:
        if p.name.startswith(".") or p.name in NOT_ARTICLES:
            continue
        try:
            if p.is_dir():
                continue
        except OSError:
            pass
        out.append(p)
    return sorted(out)


def _exists(p: Path) -> bool:
    return p.is_symlink() or p.exists()


def load_cluster(paths: Sequence[Path], *, config: Config | None = None) -> LoadedCluster:
    """Articles from a cluster folder, or from files (text, Markdown, HTML, JSON Lines).

    Unusable files are recorded as skips; an input with no usable article raises InputError
    (code FC100) listing every reason. A path that does not exist raises MissingFileError.
    """
    config = config or Config()
    loaded: list[tuple[Article, int | None]] = []
    skipped: list[Skip] = []
    name = ""
    for path in paths:
        if not _exists(path):
            raise MissingFileError("no such file or directory", path=str(path))
        if path.is_dir():
            meta = _read_meta(path, config)
            name = name or meta.get("cluster") or path.name
            entries: dict[str, Any] = meta.get("articles", {})
            files = _folder_entries(path)
            present = {p.name for p in files}
            for missing in sorted(set(entries) - present):
                target = path / missing
                if target.is_dir():
                    skipped.append(Skip(path=str(target), code=UnreadableError.code,
                                        reason="named in meta.json but is a folder, not a file"))  # fmt: skip
                else:
                    skipped.append(Skip(path=str(target), code=MissingFileError.code,
                                        reason="named in meta.json but not found"))  # fmt: skip
            for f in files:
                if f.name not in entries and not _is_article_file(f):
                    skipped.append(Skip(path=str(f), code=UnsupportedInputError.code,
                                        reason=f"not an article file (unsupported type "
                                               f"'{f.suffix}'); rename it or name it in "
                                               f"meta.json"))  # fmt: skip
                    continue
                outside = _outside_reason(f, path, config)
                if outside:
                    skipped.append(Skip(path=str(f), code=LinkOutsideError.code, reason=outside))
                    continue
                _load_file(f, entries.get(f.name), config, loaded, skipped)
        else:
            name = name or path.stem
            _load_file(path, None, config, loaded, skipped)
    unique = _drop_duplicates(loaded, skipped)
    if not unique:
        reasons = "; ".join(_where(s) + s.reason for s in skipped) or "no article files found"
        raise InputError(f"no usable article ({reasons})", path=", ".join(map(str, paths)))
    return LoadedCluster(name=name, articles=tuple(unique), skipped=tuple(skipped))


def _where(skip: Skip) -> str:
    return skip.path + (f":{skip.line}" if skip.line is not None else "") + ": "


def _drop_duplicates(
    loaded: list[tuple[Article, int | None]], skipped: list[Skip], *, files: bool = True
) -> list[Article]:
    """Articles with unique ids, in input order.

    Files of the same name from different folders are told apart by their folder
    ("a/x.txt"); any other repeated id (JSON Lines records) is skipped with a reason naming
    where the id was first seen.
    """
    file_names: dict[str, set[str | None]] = {}
    for art, line in loaded:
        if line is None:
            file_names.setdefault(art.id, set()).add(art.path)
    first: dict[str, str] = {}
    unique: list[Article] = []
    for art, line in loaded:
        ident = art.id
        if files and line is None and len(file_names.get(ident, ())) > 1 and art.path:
            ident = f"{Path(art.path).parent.name}/{art.id}"
            art = art.model_copy(update={"id": ident})
        where = (art.path or art.id) + (f":{line}" if line is not None else "")
        if ident in first:
            skipped.append(Skip(path=art.path or art.id, line=line, code=DuplicateIdError.code,
                                reason=f"duplicate article id {ident!r} (first at "
                                       f"{first[ident]}); skipped"))  # fmt: skip
            continue
        first[ident] = where
        unique.append(art)
    return unique


def _load_file(
    path: Path,
    meta: Any,
    config: Config,
    loaded: list[tuple[Article, int | None]],
    skipped: list[Skip],
) -> None:
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            for _, item in _numbered_jsonl(path, config):
                if isinstance(item, Skip):
                    skipped.append(item)
                else:
                    loaded.append(item)
        except InputError as exc:
            skipped.append(Skip(path=str(path), line=exc.line, code=exc.code, reason=exc.reason))
        return
    try:
        art = read_article(path, meta=meta if isinstance(meta, dict) else None, config=config)
        loaded.append((art, None))
    except InputError as exc:
        skipped.append(Skip(path=str(path), line=exc.line, code=exc.code, reason=exc.reason))


def _numbered_jsonl(
    path: Path, config: Config
) -> Iterator[tuple[str, Skip | tuple[Article, int | None]]]:
    fh = _open_regular(path)
    with fh:
        try:
            lines = jsonl_lines(fh, max_bytes=line_limit(config))
            for cluster, line_no, item in iter_records(lines, path=str(path), config=config):
                yield cluster, item if isinstance(item, Skip) else (item, line_no)
        except OSError as exc:
            raise UnreadableError(
                f"cannot read file: {exc.strerror or exc}", path=str(path)
            ) from None


def screen_articles(
    articles: Iterable[Article], config: Config | None = None
) -> tuple[list[Article], list[Skip]]:
    """Articles given as objects, checked like loaded ones: size, text, unique ids.

    Returns the usable articles and a Skip for each of the others, so a caller of
    `check(articles)` gets the same guarantees as one reading files.
    """
    config = config or Config()
    loaded: list[tuple[Article, int | None]] = []
    skipped: list[Skip] = []
    for art in articles:
        where = art.path or art.id
        try:
            _check_size(len(art.text), config, path=where)
            check_text(art.text, path=where, what="text")
        except InputError as exc:
            skipped.append(Skip(path=where, code=exc.code, reason=exc.reason))
            continue
        loaded.append((art, None))
    return _drop_duplicates(loaded, skipped, files=False), skipped
