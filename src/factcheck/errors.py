"""Error family of factcheck: each error has a stable code and names file, line and reason."""

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


class InputError(FactcheckError):
    """An input file or record cannot be used (missing, empty, binary, badly encoded, malformed)."""

    code = "FC100"


class EmptyInputError(InputError):
    """The input holds no text."""

    code = "FC101"


class BinaryInputError(InputError):
    """The input is not text (NUL bytes or an undecodable byte sequence)."""

    code = "FC102"


class EncodingError(InputError):
    """The input's bytes do not decode in any supported encoding."""

    code = "FC103"


class RecordError(InputError):
    """A JSON Lines record or meta.json entry is malformed."""

    code = "FC104"


class TooLargeError(InputError):
    """The input exceeds the configured maximum text size."""

    code = "FC105"


class ConfigError(FactcheckError):
    """The configuration file or a flag is invalid (unknown key, bad value)."""

    code = "FC200"


class ClusterTimeoutError(FactcheckError):
    """A cluster took longer than the configured time limit."""

    code = "FC300"
