"""Loading bad input: every unusable file is a clear error or a recorded skip, never a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import Config, InputError, check
from factcheck.cli import app
from factcheck.errors import (
    BinaryInputError,
    DuplicateIdError,
    EmptyInputError,
    EncodingError,
    MissingFileError,
    RecordError,
    TooLargeError,
    UnreadableError,
    UnsupportedInputError,
)
from factcheck.load import (
    _open_regular,
    decode,
    iter_records,
    jsonl_lines,
    line_limit,
    load_cluster,
    read_article,
    screen_articles,
)
from factcheck.model import Article, Skip

runner = CliRunner()
STORY = "Officials said at least 12 people died in the blast on Tuesday."
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"


def iter_jsonl(path: Path, *, config: Config) -> list[tuple[str, Article | Skip]]:
    """(cluster, article or skip) of every line, read the way batch reads a JSON Lines file."""
    with _open_regular(path) as fh:
        lines = jsonl_lines(fh, max_bytes=line_limit(config))
        return [(c, item) for c, _, item in iter_records(lines, path=str(path), config=config)]


def make_unreadable(path: Path) -> None:
    """Make `path` a file that exists but cannot be read, also for root.

    chmod 000 blocks reading only for ordinary users; root reads through it, so there the
    file becomes a symbolic link to itself, which every open fails with ELOOP.
    """
    path.write_text(STORY)
    path.chmod(0)
    try:
        with path.open("rb"):
            readable = True
    except OSError:
        readable = False
    if readable:
        path.chmod(0o644)
        path.unlink()
        os.symlink(path.name, path)


# (file bytes, error class, words the message must contain)
BAD_FILES = [
    pytest.param(b"", EmptyInputError, "empty", id="empty"),
    pytest.param(b"  \n\t\r\n  ", EmptyInputError, "white space", id="whitespace"),
    pytest.param("\u00a0\u2003\n".encode(), EmptyInputError, "white space", id="unicode-space"),
    pytest.param(b"abc\x00\x01\x02def\x00" * 20, BinaryInputError, "NUL", id="nul-bytes"),
    pytest.param(PNG_HEADER, BinaryInputError, "PNG image", id="png"),
    pytest.param(b"\xff\xd8\xff\xe0JFIF", BinaryInputError, "JPEG image", id="jpeg"),
    pytest.param(b"%PDF-1.7\n", BinaryInputError, "PDF", id="pdf"),
    pytest.param(bytes(range(1, 32)) * 10, BinaryInputError, "control characters", id="controls"),
    pytest.param(b"caf\xe9 \x81\x8d\x8f", EncodingError, "not valid UTF-8", id="undecodable"),
    pytest.param(b"\xff\xfe" + b"\x00\xd8", EncodingError, "UTF-16", id="bad-utf16"),
]


@pytest.mark.parametrize(("data", "error", "words"), BAD_FILES)
def test_load_decode_rejects_unusable_bytes_naming_file(
    data: bytes, error: type[InputError], words: str
) -> None:
    with pytest.raises(error) as info:
        decode(data, path="in/a.txt")
    assert words in info.value.reason
    assert info.value.describe().startswith("in/a.txt: ")
    assert info.value.describe().endswith(f"[{error.code}]")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param("Nguyễn said 12 deals.".encode(), "Nguyễn said 12 deals.", id="utf-8"),
        pytest.param("\ufeffÀ la une".encode(), "À la une", id="utf-8-bom"),
        pytest.param(
            "Café, señor, 12 Äpfel".encode("latin-1"), "Café, señor, 12 Äpfel", id="latin-1"
        ),
        pytest.param("“Quoted” – €5 … ‘ok’".encode("cp1252"), "“Quoted” – €5 … ‘ok’", id="cp1252"),
        pytest.param("Nguyễn 12 €".encode("utf-16"), "Nguyễn 12 €", id="utf-16-bom"),
        pytest.param(b"\xfe\xff" + "Tô Lâm".encode("utf-16-be"), "Tô Lâm", id="utf-16-be-bom"),
        pytest.param("Tô Lâm 12".encode("utf-16-le"), "Tô Lâm 12", id="utf-16-le-no-bom"),
        pytest.param("Tô Lâm 12".encode("utf-32"), "Tô Lâm 12", id="utf-32-bom"),
        pytest.param(b"one\r\ntwo\rthree\nfour", "one\r\ntwo\rthree\nfour", id="mixed-newlines"),
        pytest.param(
            b"Red text \x1b[31m12 deals\x1b[0m.",
            "Red text \x1b[31m12 deals\x1b[0m.",
            id="stray-escapes",
        ),
        pytest.param(
            "Nguyễn said 12 deals".encode() + b" \xff.",
            "Nguyễn said 12 deals \ufffd.",
            id="utf-8-with-damaged-byte",
        ),
        pytest.param("Hà Nộ".encode()[:-1], "Hà N\ufffd", id="utf-8-truncated"),
    ],
)
def test_load_decode_reads_supported_encodings_verbatim(data: bytes, expected: str) -> None:
    assert decode(data, path="a.txt") == expected


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        ("Officials in ZÃ¼rich said 12 people died.", "Officials in Zürich said 12 people died."),
        ("â€œWe are with youâ€\x9d, he said.", "“We are with you”, he said."),
        ("Nach j√ľngsten Sch√§tzungen seien √ľber 43.000 Menschen vertrieben worden.",
         "Nach jüngsten Schätzungen seien über 43.000 Menschen vertrieben worden."),
        ("Z√ºrich (Mac Roman)", "Zürich (Mac Roman)"),
        # sound text is never touched, even with the characters mojibake is made of
        ("√2 is irrational; Ångström; Â is a letter.", "√2 is irrational; Ångström; Â is a letter."),
        ("Café in Zürich", "Café in Zürich"),
    ],
)  # fmt: skip
def test_load_decode_repairs_utf8_read_in_another_encoding(garbled: str, expected: str) -> None:
    assert decode(garbled.encode(), path="a.txt") == expected


def test_load_decode_repairs_mojibake_line_by_line() -> None:
    text = "Sound line: Zürich.\nGarbled line: ZÃ¼rich.\n"
    assert decode(text.encode(), path="a.txt") == "Sound line: Zürich.\nGarbled line: Zürich.\n"


def test_load_mixed_line_endings_keep_offsets_into_original_text(tmp_path: Path) -> None:
    text = "Blast kills 12\r\nOfficials said 12 people died.\rA second blast killed 3 people.\n"
    (tmp_path / "a.txt").write_bytes(text.encode())
    report = check(tmp_path / "a.txt")
    assert report.articles[0].text == text
    spans = [c.span for c in report.claims if c.kind == "count"]
    assert spans, "counts on lines ending in CR or CRLF are found"
    for span in spans:
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("data", "error"),
    [
        pytest.param(b"", EmptyInputError, id="empty"),
        pytest.param(b"   \n  ", EmptyInputError, id="whitespace"),
        pytest.param(PNG_HEADER, BinaryInputError, id="png"),
        pytest.param(b"\x00" * 64, BinaryInputError, id="nul"),
    ],
)
def test_load_cluster_records_bad_file_as_skip_and_checks_the_rest(
    tmp_path: Path, data: bytes, error: type[InputError]
) -> None:
    (tmp_path / "good.txt").write_text(STORY)
    (tmp_path / "bad.txt").write_bytes(data)
    loaded = load_cluster([tmp_path])
    assert [a.id for a in loaded.articles] == ["good.txt"]
    (skip,) = loaded.skipped
    assert skip.path == str(tmp_path / "bad.txt") and skip.code == error.code and skip.reason
    report = check(tmp_path)
    assert report.summary.articles == 1 and report.summary.skipped == loaded.skipped


def test_load_cluster_without_usable_article_raises_with_every_reason(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(PNG_HEADER)
    with pytest.raises(InputError) as info:
        load_cluster([tmp_path])
    assert info.value.code == "FC100"
    assert "a.txt: file is empty" in info.value.reason and "b.txt: binary file" in info.value.reason


def test_load_unreadable_file_is_skipped_with_reason(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(STORY)
    make_unreadable(tmp_path / "locked.txt")
    loaded = load_cluster([tmp_path])
    assert [a.id for a in loaded.articles] == ["good.txt"]
    (skip,) = loaded.skipped
    assert skip.path.endswith("locked.txt") and skip.code == UnreadableError.code
    assert "cannot read" in skip.reason
    with pytest.raises(UnreadableError, match="locked.txt: cannot read file"):
        read_article(tmp_path / "locked.txt", config=Config())


def test_load_folder_where_a_file_is_expected_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").mkdir()
    (tmp_path / "meta.json").write_text(json.dumps({"articles": {"a.txt": {}, "b.txt": {}}}))
    loaded = load_cluster([tmp_path])
    (skip,) = loaded.skipped
    assert skip.path == str(tmp_path / "b.txt") and skip.code == UnreadableError.code
    assert "folder" in skip.reason
    with pytest.raises(UnreadableError, match="is a folder"):
        read_article(tmp_path / "b.txt", config=Config())


def test_load_pipe_in_cluster_folder_is_skipped_without_blocking(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(STORY)
    os.mkfifo(tmp_path / "pipe.txt")
    loaded = load_cluster([tmp_path])
    (skip,) = loaded.skipped
    assert skip.code == UnreadableError.code and "not a regular file" in skip.reason


def test_load_broken_link_is_recorded_not_lost(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(STORY)
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    (skip,) = load_cluster([tmp_path]).skipped
    assert skip.path.endswith("link.txt") and skip.code == MissingFileError.code


def test_load_meta_naming_missing_files_records_each(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    meta = {"articles": {"a.txt": {"source": "AP"}, "b.txt": {}, "c.html": {}}}
    (tmp_path / "meta.json").write_text(json.dumps(meta))
    loaded = load_cluster([tmp_path])
    assert [a.source for a in loaded.articles] == ["AP"]
    assert [(Path(s.path).name, s.code) for s in loaded.skipped] == [
        ("b.txt", MissingFileError.code),
        ("c.html", MissingFileError.code),
    ]
    assert all("named in meta.json but not found" in s.reason for s in loaded.skipped)


@pytest.mark.parametrize(
    ("meta", "words"),
    [
        pytest.param("{not json", "not valid JSON", id="malformed"),
        pytest.param("[1, 2]", "'articles' object", id="not-object"),
        pytest.param('{"articles": ["a.txt"]}', "'articles' object", id="articles-list"),
        pytest.param('{"articles": {"a.txt": "AP"}}', "must be an object", id="entry-string"),
        pytest.param('{"articles": {"../a.txt": {}}}', "not a file name", id="path-escape"),
    ],
)
def test_load_bad_meta_json_raises_naming_it(tmp_path: Path, meta: str, words: str) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "meta.json").write_text(meta)
    with pytest.raises(RecordError) as info:
        load_cluster([tmp_path])
    assert info.value.path == str(tmp_path / "meta.json") and words in info.value.reason


def test_load_meta_with_bad_published_date_skips_that_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(STORY)
    meta = {"articles": {"a.txt": {"published": "2024-06-20"}, "b.txt": {"published": "soon"}}}
    (tmp_path / "meta.json").write_text(json.dumps(meta))
    loaded = load_cluster([tmp_path])
    assert [str(a.published) for a in loaded.articles] == ["2024-06-20"]
    (skip,) = loaded.skipped
    assert skip.code == RecordError.code and "'published' is not an ISO date" in skip.reason


def test_load_unsupported_file_in_folder_is_recorded(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "photo.png").write_bytes(PNG_HEADER)
    (tmp_path / ".hidden").write_text("x")
    (tmp_path / "expected.json").write_text("{}")
    (skip,) = load_cluster([tmp_path]).skipped
    assert Path(skip.path).name == "photo.png" and skip.code == UnsupportedInputError.code


def test_load_same_file_name_in_two_folders_keeps_both(tmp_path: Path) -> None:
    for folder in ("ap", "bbc"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(STORY)
    loaded = load_cluster([tmp_path / "ap" / "story.txt", tmp_path / "bbc" / "story.txt"])
    assert [a.id for a in loaded.articles] == ["ap/story.txt", "bbc/story.txt"]
    assert loaded.skipped == ()


def write_jsonl(path: Path, lines: list[str | bytes]) -> Path:
    path.write_bytes(b"\n".join(x if isinstance(x, bytes) else x.encode() for x in lines) + b"\n")
    return path


def record(**fields: object) -> str:
    return json.dumps({"id": "x", "text": STORY, **fields})


# (line, error class, words of the reason)
BAD_RECORDS = [
    pytest.param(
        '{"id": "a", "text": "unterminated', RecordError, "malformed JSON", id="truncated"
    ),
    pytest.param("not json at all", RecordError, "malformed JSON", id="garbage"),
    pytest.param("[" * 100_000 + "]" * 100_000, RecordError, "malformed JSON", id="deep-nesting"),
    pytest.param('["a", "b"]', RecordError, "not a JSON object", id="array"),
    pytest.param('"just a string"', RecordError, "not a JSON object", id="string"),
    pytest.param('{"id": "a"}', RecordError, "missing 'text'", id="missing-text"),
    pytest.param(
        '{"id": "a", "text": 12}', RecordError, "'text' must be a string", id="text-number"
    ),
    pytest.param('{"id": "a", "text": ["x"]}', RecordError, "not an array", id="text-array"),
    pytest.param(record(title="T"), RecordError, "unknown key(s) 'title'", id="unknown-key"),
    pytest.param(record(id=["a"]), RecordError, "'id' must be", id="id-array"),
    pytest.param(record(id=True), RecordError, "'id' must be", id="id-bool"),
    pytest.param(record(url=5), RecordError, "'url' must be a string", id="url-number"),
    pytest.param(record(source={"n": 1}), RecordError, "'source' must be", id="source-object"),
    pytest.param(record(published=20240620), RecordError, "'published' must be", id="date-number"),
    pytest.param(record(published="June 20"), RecordError, "not an ISO date", id="date-words"),
    pytest.param(record(text=""), EmptyInputError, "empty", id="text-empty"),
    pytest.param(record(text=" \n "), EmptyInputError, "empty", id="text-blank"),
    pytest.param(record(text="\x01\x02\x03" * 10), BinaryInputError, "control", id="text-controls"),
    pytest.param(
        '{"id": "a", "text": "\\ud800 12 deals"}', EncodingError, "surrogate", id="surrogate"
    ),
    pytest.param(b'{"id": "a", "text": "x\x00"}', BinaryInputError, "NUL", id="nul-byte"),
]


@pytest.mark.parametrize(("line", "error", "words"), BAD_RECORDS)
def test_load_jsonl_bad_record_is_skipped_naming_file_and_line(
    tmp_path: Path, line: str | bytes, error: type[InputError], words: str
) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [record(id="first"), "", line, record(id="last")])
    items = [item for _, item in iter_jsonl(path, config=Config())]
    assert [a.id for a in items if isinstance(a, Article)] == ["first", "last"]
    (skip,) = [s for s in items if isinstance(s, Skip)]
    assert (skip.path, skip.line, skip.code) == (str(path), 3, error.code)
    assert words in skip.reason


def test_load_jsonl_accepts_well_typed_records(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            record(
                id=7,
                source="AP",
                url=None,
                published="2024-06-20T08:00:00Z",
                language="en",
                cluster="c1",
                path="ap/1.txt",
            )
        ],  # fmt: skip
    )
    ((cluster, art),) = list(iter_jsonl(path, config=Config()))
    assert cluster == "c1" and isinstance(art, Article)
    assert (art.id, art.source, str(art.published), art.text) == ("7", "AP", "2024-06-20", STORY)


def test_load_jsonl_duplicate_ids_skip_the_later_record(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [record(id="a"), record(id="b"), record(id="a")])
    loaded = load_cluster([path])
    assert [a.id for a in loaded.articles] == ["a", "b"]
    (skip,) = loaded.skipped
    assert (skip.line, skip.code) == (3, DuplicateIdError.code)
    assert f"first at {path}:1" in skip.reason


def test_load_jsonl_records_without_id_get_their_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", ['{"text": "A 12 deal."}', '{"text": "B 12 deal."}'])
    assert [a.id for a in load_cluster([path]).articles] == ["line-1", "line-2"]


def test_load_jsonl_invalid_utf8_line_falls_back_without_losing_others(tmp_path: Path) -> None:
    latin = '{"id": "b", "text": "Café with 12 guests"}'.encode("latin-1")
    path = write_jsonl(tmp_path / "in.jsonl", [record(id="a"), latin])
    loaded = load_cluster([path])
    assert [a.text for a in loaded.articles][1] == "Café with 12 guests"


def test_load_oversize_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # 50 MB on one line, written in pieces
        chunk = b"The 12 ministers met. " * 50_000
        while fh.tell() < 50_000_000:
            fh.write(chunk)
    (tmp_path / "small.txt").write_text(STORY)
    loaded = load_cluster([tmp_path])
    assert [a.id for a in loaded.articles] == ["small.txt"]
    (skip,) = loaded.skipped
    assert skip.code == TooLargeError.code and "max_text_chars=5,000,000" in skip.reason
    with pytest.raises(TooLargeError, match="big.txt"):
        read_article(big, config=Config())


def test_load_oversize_jsonl_line_is_skipped_without_parsing(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    with path.open("wb") as fh:
        fh.write(record(id="a").encode() + b"\n")
        fh.write(b'{"id": "big", "text": "' + b"12 deals " * 5_600_000 + b'"}\n')
        fh.write(record(id="c").encode() + b"\n")
    loaded = load_cluster([path])
    assert [a.id for a in loaded.articles] == ["a", "c"]
    (skip,) = loaded.skipped
    assert (skip.line, skip.code) == (2, TooLargeError.code) and "bytes" in skip.reason


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_load_jsonl_in_any_unicode_encoding_with_overlong_line(
    tmp_path: Path, encoding: str
) -> None:
    lines = [record(id="a", text="Nguyễn: 12 deals"), record(id="b", text="x " * 20_000),
             record(id="c", text="Tô Lâm: 14 deals")]  # fmt: skip
    path = tmp_path / "in.jsonl"
    path.write_bytes("\n".join(lines).encode(encoding))
    loaded = load_cluster([path], config=Config(max_text_chars=1000))
    assert [(a.id, a.text) for a in loaded.articles] == [
        ("a", "Nguyễn: 12 deals"),
        ("c", "Tô Lâm: 14 deals"),
    ]
    (skip,) = loaded.skipped
    assert (skip.line, skip.code) == (2, TooLargeError.code)


def test_load_max_text_chars_counts_characters_not_bytes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("é" * 600)  # 1,200 bytes, 600 characters
    config = Config(max_text_chars=1000)
    assert len(read_article(tmp_path / "a.txt", config=config).text) == 600
    (tmp_path / "b.txt").write_text("e" * 1001)
    with pytest.raises(TooLargeError, match="1,001 characters"):
        read_article(tmp_path / "b.txt", config=config)


def test_load_max_text_chars_applies_to_jsonl_records(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [record(id="a"), record(id="b", text="x " * 600)])
    items = [item for _, item in iter_jsonl(path, config=Config(max_text_chars=1000))]
    assert isinstance(items[0], Article)
    assert isinstance(items[1], Skip) and items[1].code == TooLargeError.code


def test_load_screen_articles_applies_file_rules_to_objects() -> None:
    arts = [
        Article(id="a", text=STORY),
        Article(id="b", text="x" * 50),
        Article(id="a", text=STORY),
        Article(id="c", text="\x01\x02" * 10),
    ]
    kept, skipped = screen_articles(arts, Config(max_text_chars=40))
    assert [a.id for a in kept] == []
    kept, skipped = screen_articles(arts, Config())
    assert [a.id for a in kept] == ["a", "b"]
    assert [(s.path, s.code) for s in skipped] == [
        ("c", BinaryInputError.code),
        ("a", DuplicateIdError.code),
    ]


# Through the command line: unusable input exits 2 with one message naming file and reason.
CLI_BAD_INPUTS = [
    pytest.param("empty.txt", b"", "empty", id="empty"),
    pytest.param("blank.txt", b" \n\n ", "white space", id="whitespace"),
    pytest.param("image.txt", PNG_HEADER, "PNG image", id="png"),
    pytest.param("nul.txt", b"a\x00b\x00c" * 10, "NUL", id="nul"),
    pytest.param("bad.txt", b"\x81\x8d\x8f\x90\x9d", "not valid UTF-8", id="undecodable"),
    pytest.param("in.jsonl", b'{"text": 1}\n{oops\n', "no usable article", id="jsonl"),
]


@pytest.mark.parametrize(("name", "data", "words"), CLI_BAD_INPUTS)
def test_load_cli_check_exits_2_on_unusable_input(
    tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    (tmp_path / name).write_bytes(data)
    result = runner.invoke(app, ["check", str(tmp_path / name)])
    assert result.exit_code == 2, result.output
    assert name in result.stderr and words in result.stderr and "[FC1" in result.stderr
    assert "Traceback" not in result.output


def test_load_cli_check_exits_2_on_unreadable_and_missing(tmp_path: Path) -> None:
    (tmp_path / "cluster").mkdir()
    make_unreadable(tmp_path / "cluster" / "locked.txt")
    result = runner.invoke(app, ["check", str(tmp_path / "cluster")])
    assert result.exit_code == 2, result.output
    assert "no usable article" in result.stderr
    assert "locked.txt: cannot read file" in result.stderr
    result = runner.invoke(app, ["check", str(tmp_path / "nowhere")])
    assert result.exit_code == 2 and "nowhere: no such file" in result.stderr


def test_load_cli_jsonl_lines_are_named_in_the_report(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [record(id="a"), "{oops", record(id="a")])
    result = runner.invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    skipped = json.loads(result.stdout)["summary"]["skipped"]
    assert [(s["line"], s["code"]) for s in skipped] == [(2, "FC104"), (3, "FC108")]
    text = runner.invoke(app, ["check", str(path)]).stdout
    assert f"skipped {path}:2: malformed JSON" in text


def test_load_python_m_factcheck_exits_2_on_binary_input(tmp_path: Path) -> None:
    (tmp_path / "image.png.txt").write_bytes(PNG_HEADER)
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(tmp_path / "image.png.txt")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.startswith("factcheck: error: ") and "PNG image" in proc.stderr
    assert "Traceback" not in proc.stderr


# Writing: reports are replaced atomically (factcheck.io).


def test_io_atomic_write_writes_text_exactly(tmp_path: Path) -> None:
    from factcheck.io import atomic_write

    target = tmp_path / "out" / "report.md"
    atomic_write(target, "line one\r\nNguyễn «12»\n")
    assert target.read_bytes() == "line one\r\nNguyễn «12»\n".encode()
    assert [p.name for p in target.parent.iterdir()] == ["report.md"]


def test_io_atomic_write_failure_leaves_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck import io

    target = tmp_path / "report.json"
    target.write_text("old complete report\n")

    def interrupted(src: str, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(io.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        io.atomic_write(target, "new report " * 10_000)
    assert target.read_text() == "old complete report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_io_atomic_write_permissions_follow_umask_or_existing_file(tmp_path: Path) -> None:
    from factcheck.io import atomic_write

    old = os.umask(0o027)
    try:
        atomic_write(tmp_path / "new.txt", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o640
    (tmp_path / "kept.txt").write_text("x")
    (tmp_path / "kept.txt").chmod(0o604)
    atomic_write(tmp_path / "kept.txt", "y")
    assert (tmp_path / "kept.txt").stat().st_mode & 0o777 == 0o604


def test_load_cli_check_refuses_50_mb_text_with_exit_2(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50_000_000)  # a sparse 50 MB file: refused by its size, before any read
    result = runner.invoke(app, ["check", str(big)])
    assert result.exit_code == 2
    assert "big.txt" in result.stderr and "max_text_chars=5,000,000" in result.stderr


@pytest.mark.parametrize(
    ("meta", "needle"),
    [
        ({"event": "x", "files": {"a.txt": {"published": "2024-07-06"}}}, "'event', 'files'"),
        ({"cluster": "x", "articles": {}, "extra": 1}, "'extra'"),
    ],
)
def test_load_meta_with_unknown_top_level_keys_is_an_error(
    tmp_path: Path, meta: dict[str, object], needle: str
) -> None:
    (tmp_path / "a.txt").write_text("Officials said 12 people died on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials said 12 people died on Monday.", encoding="utf-8")
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_cluster([tmp_path])
    assert needle in str(info.value) and "meta.json" in str(info.value)
    result = CliRunner().invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "unknown top-level key" in result.output + (result.stderr or "")
    assert "[FC" in result.output + (result.stderr or "")


def test_load_meta_keeps_cluster_about_and_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Officials said 12 people died on Monday.", encoding="utf-8")
    meta = {"cluster": "x", "about": "an event", "articles": {"a.txt": {"language": "en"}}}
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert [a.id for a in load_cluster([tmp_path]).articles] == ["a.txt"]


@pytest.mark.parametrize("written", ["2024-07-06", "2024/07/06", "20240706", "2024.07.06"])
def test_load_meta_accepts_compact_and_slashed_dates(tmp_path: Path, written: str) -> None:
    import datetime as dt

    (tmp_path / "a.txt").write_text("Officials said 12 people died on Monday.", encoding="utf-8")
    meta = {"articles": {"a.txt": {"published": written}}}
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (art,) = load_cluster([tmp_path]).articles
    assert art.published == dt.date(2024, 7, 6)
