"""Loading clusters: folders with an optional meta.json, text/Markdown/HTML files, JSON Lines.

Every problem becomes an InputError naming the file (and line), or a recorded Skip when the
rest of the cluster can still be checked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from factcheck.config import Config
from factcheck.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    RecordError,
    TooLargeError,
)
from factcheck.model import Article, Skip

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ""})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_KEYS = frozenset({"id", "source", "url", "published", "language", "text", "cluster", "path"})


@dataclasses.dataclass(frozen=True)
class LoadedCluster:
    """Articles of one cluster and the inputs that had to be skipped."""

    name: str
    articles: tuple[Article, ...]
    skipped: tuple[Skip, ...] = ()


def decode(data: bytes, *, path: str) -> str:
    """Text of a file's bytes: UTF-8 (BOM allowed), UTF-16 with BOM, else Windows-1252."""
    if not data.strip():
        raise EmptyInputError("file is empty or holds only white space", path=path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise EncodingError("invalid UTF-16 despite its byte-order mark", path=path) from None
    if b"\x00" in data:
        raise BinaryInputError("binary file (contains NUL bytes), not text", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise EncodingError(
                f"not valid UTF-8 (byte {exc.start}) nor Windows-1252", path=path
            ) from None
    if not text.strip():
        raise EmptyInputError("file is empty or holds only white space", path=path)
    return text


def _parse_date(value: Any, *, path: str, line: int | None = None) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise RecordError(f"'published' is not an ISO date: {value!r}", path=path, line=line) from None


def read_article(path: Path, *, meta: dict[str, Any] | None = None, config: Config) -> Article:
    """One article file (text, Markdown or HTML) with optional meta.json entry."""
    meta = meta or {}
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", path=str(path)) from None
    text = decode(data, path=str(path))
    published = _parse_date(meta.get("published"), path=str(path))
    url = meta.get("url")
    if path.suffix.lower() in HTML_SUFFIXES:
        from factcheck.html_input import html_to_text

        text, found_date, found_url = html_to_text(text, path=str(path))
        published = published or found_date
        url = url or found_url
    if len(text) > config.max_text_chars:
        raise TooLargeError(
            f"text has {len(text):,} characters, more than max_text_chars={config.max_text_chars:,}",
            path=str(path),
        )
    return Article(
        id=path.name,
        source=str(meta.get("source") or ""),
        url=url,
        published=published,
        language=str(meta.get("language") or "en"),
        text=text,
        path=str(path),
    )


def article_from_record(record: Any, *, path: str, line: int, config: Config) -> Article:
    """An Article from one JSON Lines record."""
    if not isinstance(record, dict):
        raise RecordError("record is not a JSON object", path=path, line=line)
    unknown = sorted(set(record) - ARTICLE_KEYS)
    if unknown:
        raise RecordError(f"unknown key(s) {', '.join(map(repr, unknown))}", path=path, line=line)
    text = record.get("text")
    if not isinstance(text, str):
        raise RecordError("missing or non-string 'text'", path=path, line=line)
    if not text.strip():
        raise EmptyInputError("'text' is empty", path=path, line=line)
    if len(text) > config.max_text_chars:
        raise TooLargeError("text longer than max_text_chars", path=path, line=line)
    for k in ("id", "source", "url", "language"):
        if k in record and record[k] is not None and not isinstance(record[k], str | int):
            raise RecordError(f"'{k}' must be a string", path=path, line=line)
    return Article(
        id=str(record.get("id") or f"line-{line}"),
        source=str(record.get("source") or ""),
        url=record.get("url"),
        published=_parse_date(record.get("published"), path=path, line=line),
        language=str(record.get("language") or "en"),
        text=text,
        path=path,
    )


def iter_jsonl(path: Path, *, config: Config) -> Iterator[tuple[str, Article | Skip]]:
    """(cluster, article or skip) for every line of a JSON Lines file, streaming."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", path=str(path)) from None
    with fh:
        for line_no, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            cluster = ""
            try:
                record = json.loads(decode(raw, path=str(path)))
                if isinstance(record, dict):
                    cluster = str(record.get("cluster") or "")
                yield cluster, article_from_record(record, path=str(path), line=line_no, config=config)
            except json.JSONDecodeError as exc:
                yield cluster, Skip(path=str(path), line=line_no, code=RecordError.code,
                                    reason=f"malformed JSON: {exc.msg}")  # fmt: skip
            except InputError as exc:
                yield cluster, Skip(path=str(path), line=line_no, code=exc.code, reason=exc.reason)


def _read_meta(folder: Path) -> dict[str, Any]:
    meta_path = folder / "meta.json"
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise RecordError(f"not valid JSON: {exc}", path=str(meta_path)) from None
    if not isinstance(meta, dict) or not isinstance(meta.get("articles", {}), dict):
        raise RecordError("expected an object with an 'articles' object", path=str(meta_path))
    return meta


def _article_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir()
        if p.is_file() and p.name != "meta.json" and not p.name.startswith(".")
        and p.name not in ("expected.json", "gold.json")
        and (p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES)
    )  # fmt: skip


def load_cluster(paths: Sequence[Path], *, config: Config | None = None) -> LoadedCluster:
    """Articles from a cluster folder, or from files (text, Markdown, HTML, JSON Lines).

    Unusable files are recorded as skips; an input with no usable article raises InputError.
    """
    config = config or Config()
    articles: list[Article] = []
    skipped: list[Skip] = []
    name = ""
    for path in paths:
        if not path.exists():
            raise InputError("no such file or directory", path=str(path))
        if path.is_dir():
            meta = _read_meta(path)
            name = name or str(meta.get("cluster") or path.name)
            entries: dict[str, Any] = meta.get("articles", {})
            files = _article_files(path)
            for missing in sorted(set(entries) - {p.name for p in files}):
                skipped.append(Skip(path=str(path / missing), code=InputError.code,
                                    reason="named in meta.json but not found"))  # fmt: skip
            for f in files:
                _load_file(f, entries.get(f.name), config, articles, skipped)
        else:
            name = name or path.stem
            _load_file(path, None, config, articles, skipped)
    seen: set[str] = set()
    unique: list[Article] = []
    for a in articles:
        if a.id in seen:
            skipped.append(Skip(path=a.path or a.id, code=RecordError.code,
                                reason=f"duplicate article id {a.id!r}"))  # fmt: skip
            continue
        seen.add(a.id)
        unique.append(a)
    if not unique:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped) or "no article files found"
        raise InputError(f"no usable article ({reasons})", path=", ".join(map(str, paths)))
    return LoadedCluster(name=name, articles=tuple(unique), skipped=tuple(skipped))


def _load_file(
    path: Path, meta: Any, config: Config, articles: list[Article], skipped: list[Skip]
) -> None:
    if path.suffix.lower() in JSONL_SUFFIXES:
        for _, item in iter_jsonl(path, config=config):
            (articles if isinstance(item, Article) else skipped).append(item)  # type: ignore[arg-type]
        return
    try:
        articles.append(read_article(path, meta=meta if isinstance(meta, dict) else None, config=config))
    except InputError as exc:
        skipped.append(Skip(path=str(path), line=exc.line, code=exc.code, reason=exc.reason))
