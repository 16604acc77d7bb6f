"""The ordered registry of claim kinds.

Each built-in kind is a package `factcheck.kinds.<name>` exporting one `Kind` object named
`KIND`; `BUILTIN` lists them in report order. Third-party kinds come after them, from the
`factcheck.kinds` entry-point group (each entry point names a `Kind` object), sorted by
entry-point name. `KindName`, the claim union, `ALL_KINDS`, the CLI choices, the JSON schema
and docs/kinds.md are all built from `KINDS`. Importing a kind module registers nothing: the
registry reads `BUILTIN` and the entry points once, here.
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points
from typing import Any

from factcheck.kinds.base import (
    AnyKind,
    ComparePair,
    Comparer,
    CorpusEntry,
    Extractor,
    Kind,
    KindSpec,
    Similarity,
)

BUILTIN: tuple[str, ...] = ("count", "money", "percent", "date", "name", "quote")
"""The built-in kind packages under `factcheck.kinds`, in report order. Adding a kind is one
package (with its corpus) and its name here."""

ENTRY_POINT_GROUP = "factcheck.kinds"
"""Entry-point group of third-party kinds: `name = "package.module:KIND"`."""


def _plugins() -> list[Kind[Any]]:
    found = []
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: (e.name, e.value)):
        kind = ep.load()
        if not isinstance(kind, Kind):
            raise TypeError(
                f"entry point {ep.name!r} = {ep.value!r} in group {ENTRY_POINT_GROUP!r} "
                f"is {type(kind).__name__}, not a factcheck Kind"
            )
        found.append(kind)
    return found


def _load() -> tuple[Kind[Any], ...]:
    kinds: list[Kind[Any]] = [
        importlib.import_module(f"factcheck.kinds.{name}").KIND for name in BUILTIN
    ]
    for kind in _plugins():
        if any(k.name == kind.name for k in kinds):
            raise ValueError(f"kind {kind.name!r} from entry points is already registered")
        kinds.append(kind)
    names = {k.name for k in kinds}
    for kind in kinds:
        missing = sorted(set(kind.needs) - names)
        if missing:
            raise ValueError(f"kind {kind.name!r} needs unregistered kinds {missing}")
    return tuple(kinds)


KINDS: tuple[Kind[Any], ...] = _load()
"""All claim kinds, in report order: the built-ins, then entry-point kinds."""


def get_kind(name: str) -> Kind[Any]:
    """The kind called `name` (KeyError when none is registered)."""
    for kind in KINDS:
        if kind.name == name:
            return kind
    raise KeyError(name)


__all__ = [
    "AnyKind",
    "BUILTIN",
    "ENTRY_POINT_GROUP",
    "KINDS",
    "ComparePair",
    "Comparer",
    "CorpusEntry",
    "Extractor",
    "Kind",
    "KindSpec",
    "Similarity",
    "get_kind",
]
