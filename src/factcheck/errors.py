"""Error family of factcheck: each error has a stable code and names file, line and reason.

Codes are stable across releases (docs/errors.md lists every one). A library caller catches
`FactcheckError` (or `InputError` for unusable input); the command line turns any of them into
exit code 2 and one `factcheck: error: path:line: reason [code]` line on standard error. In a
cluster, an input that fails with an `InputError` becomes a recorded `Skip` carrying the code.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""

    code = "FC000"

    def __init__(self, reason: str, *, path: str | None = None, line: int | None = None) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        super().__init__(self.describe())

    def describe(self) -> str:
        """`path:line: reason [code]`, leaving out what is unknown."""
        where = ""
        if self.path is not None:
            where = self.path + (f":{self.line}" if self.line is not None else "") + ": "
        return f"{where}{self.reason} [{self.code}]"

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments do not survive the default pickling, which a process pool
        # (batch) relies on to send an error back.
        return (_rebuild, (type(self), self.reason, self.path, self.line))


def _rebuild(
    cls: type[FactcheckError], reason: str, path: str | None, line: int | None
) -> FactcheckError:
    return cls(reason, path=path, line=line)


class InputError(FactcheckError):
    """An input cannot be used: no such file, or no usable article in the cluster."""

    code = "FC100"


class EmptyInputError(InputError):
    """The input holds no text (empty, or only white space)."""

    code = "FC101"


class BinaryInputError(InputError):
    """The input is not text (NUL bytes, an image or archive signature, control characters)."""

    code = "FC102"


class EncodingError(InputError):
    """The input's bytes do not decode in any supported encoding."""

    code = "FC103"


class RecordError(InputError):
    """A JSON Lines record or meta.json entry is malformed (bad JSON, missing or mistyped key)."""

    code = "FC104"


class TooLargeError(InputError):
    """The input exceeds the configured maximum text size (`Config.max_text_chars`)."""

    code = "FC105"


class UnreadableError(InputError):
    """The file exists but cannot be read (permissions, a folder, a symbolic-link loop)."""

    code = "FC106"


class MissingFileError(InputError):
    """A file named in meta.json (or linked from the cluster folder) does not exist."""

    code = "FC107"


class DuplicateIdError(InputError):
    """Two inputs of one cluster carry the same article id; the later one is skipped."""

    code = "FC108"


class UnsupportedInputError(InputError):
    """A file in a cluster folder is not of a supported type (text, Markdown, HTML, JSON Lines)."""

    code = "FC109"


class LinkOutsideError(InputError):
    """A symbolic link in a cluster folder (or a linked cluster folder) leads outside it."""

    code = "FC110"


class ConfigError(FactcheckError):
    """The configuration file or a flag is invalid (unknown key, bad value)."""

    code = "FC200"


class ClusterTimeoutError(FactcheckError):
    """A cluster took longer than the configured time limit (`Config.cluster_timeout`)."""

    code = "FC300"


class WorkerLostError(FactcheckError):
    """The worker process checking a cluster died (killed, out of memory), even retried alone."""

    code = "FC301"


class OutputError(FactcheckError):
    """Output cannot be written: no permission, read-only or full disk, a file where a folder
    is expected, or another batch writing to the same folder."""

    code = "FC400"


ERRORS: tuple[type[FactcheckError], ...] = (
    FactcheckError,
    InputError,
    EmptyInputError,
    BinaryInputError,
    EncodingError,
    RecordError,
    TooLargeError,
    UnreadableError,
    MissingFileError,
    DuplicateIdError,
    UnsupportedInputError,
    LinkOutsideError,
    ConfigError,
    ClusterTimeoutError,
    WorkerLostError,
    OutputError,
)
"""Every error class, in code order; docs/errors.md lists the same codes."""
