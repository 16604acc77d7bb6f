"""The one frozen Config, loaded from `[tool.factcheck]` in pyproject.toml or a factcheck.toml."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.errors import ConfigError
from factcheck.kinds import KINDS
from factcheck.model import KindName, Severity

ALL_KINDS: tuple[KindName, ...] = tuple(k.name for k in KINDS)
"""Every registered kind, in registry order."""
MAX_TEXT_CHARS_LIMIT = 1_000_000_000
"""Largest accepted `max_text_chars` (a bound keeps byte arithmetic and reads finite)."""
MAX_TIMEOUT = 7 * 24 * 3600.0
"""Largest accepted `cluster_timeout`, in seconds (a week): timers take finite values only."""


class Config(BaseModel):
    """Every knob of a check. Pass it explicitly; `None` means these defaults."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", use_attribute_docstrings=True, allow_inf_nan=False
    )

    kinds: tuple[KindName, ...] = ALL_KINDS
    """Claim kinds to extract and compare, in registry order."""
    fail_on: Severity = "error"
    """Findings at or above this severity fail the check (exit 1)."""
    approx_tolerance: float = Field(default=0.1, ge=0, le=1)
    """Relative half-width of the band around an approximate number ("about 80%" is 72-88)."""
    clean: bool = True
    """Strip boilerplate (navigation, app links, donation blocks) before extraction."""
    context_threshold: float = Field(default=55.0, ge=0, le=100)
    """Context similarity (0-100) two claims of the same key need to be aligned as one fact."""
    outliers: Literal["report", "drop", "compare"] = "report"
    """Articles about another occasion (another year, place or set of people): "report" lists
    them and their claims apart and never compares them with the members, "drop" leaves their
    articles and claims out of the report (still naming them as outliers), "compare" turns the
    membership check off."""
    include_single: bool = True
    """Report facts stated by one source only (verdict single)."""
    baseline: str | None = None
    """Path of a baseline file of accepted fingerprints (relative to the config file)."""
    max_text_chars: int = Field(default=5_000_000, gt=0, le=MAX_TEXT_CHARS_LIMIT)
    """Articles longer than this are skipped with a recorded reason."""
    cluster_timeout: float = Field(default=120.0, gt=0, le=MAX_TIMEOUT)
    """Seconds one cluster may take (a batch cluster, or `factcheck check`) before it fails."""
    follow_symlinks: bool = False
    """Read symbolic links that lead outside their cluster folder (refused by default)."""
    name_recognizer: Any = None
    """Name recogniser: None for the rule-based one, a callable `(Document) -> [Mention]`
    (see `factcheck.kinds._recognizer.Recognizer`), or in a config file "spacy" / "spacy:MODEL"
    for a spaCy pipeline (needs the `spacy` extra)."""

    kind_settings: tuple[tuple[str, Any], ...] = ()
    """Settings of the kinds that have a section of their own (`Kind.settings`): in a config
    file a table per kind (`[tool.factcheck.kind_settings.<kind>]`), held as sorted
    (kind, settings model) pairs. Read them with `settings_for`."""

    @field_validator("kind_settings", mode="before")
    @classmethod
    def _kind_settings(cls, v: Any) -> Any:
        pairs = v.items() if isinstance(v, dict) else v
        out = []
        for name, data in pairs:
            kind = next((k for k in KINDS if k.name == name), None)
            if kind is None:
                raise ValueError(f"unknown kind {name!r}; expected one of {', '.join(ALL_KINDS)}")
            if kind.settings is None:
                raise ValueError(f"kind {name!r} has no settings")
            out.append((name, kind.settings.model_validate(data)))
        return tuple(sorted(out, key=lambda p: p[0]))

    def settings_for(self, kind: str) -> Any:
        """The settings of `kind`: its section of the config, or the kind's defaults; None
        for a kind without settings."""
        for name, value in self.kind_settings:
            if name == kind:
                return value
        spec = next((k for k in KINDS if k.name == kind), None)
        if spec is None:
            raise KeyError(kind)
        return spec.settings() if spec.settings is not None else None

    @field_validator("name_recognizer", mode="before")
    @classmethod
    def _recognizer(cls, v: Any) -> Any:
        if v is None or callable(v):
            return v
        if isinstance(v, str) and (v == "spacy" or v.startswith("spacy:")):
            from factcheck.kinds._recognizer import spacy_recognizer

            return spacy_recognizer(v.partition(":")[2])
        raise ValueError('expected "spacy", "spacy:MODEL" or a recogniser callable')

    @field_validator("kinds", mode="before")
    @classmethod
    def _known_kinds(cls, v: Any) -> Any:
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list | tuple):
            raise ValueError(f"expected a list of kinds ({', '.join(ALL_KINDS)})")
        if not v:
            raise ValueError(f"name at least one kind ({', '.join(ALL_KINDS)})")
        for k in v:
            if k not in ALL_KINDS:
                raise ValueError(f"unknown kind {k!r}; expected one of {', '.join(ALL_KINDS)}")
        return tuple(k for k in ALL_KINDS if k in v)

    @field_validator("max_text_chars", "cluster_timeout", "approx_tolerance",
                     "context_threshold", mode="before")  # fmt: skip
    @classmethod
    def _number_not_bool(cls, v: Any) -> Any:
        if isinstance(v, bool):
            raise ValueError("expected a number, not a boolean")
        return v

    def with_overrides(self, **changes: Any) -> Config:
        """A copy with the given non-None fields replaced and validated."""
        data = self.model_dump()
        data.update({k: v for k, v in changes.items() if v is not None})
        return validate_config(data, source="command line")


def validate_config(data: dict[str, Any], *, source: str) -> Config:
    """Build a Config from a mapping, turning validation errors into ConfigError naming the key."""
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "(root)"
        if err["type"] == "extra_forbidden":
            reason = f"unknown key {key!r} in factcheck configuration"
        else:
            reason = f"invalid value for {key!r}: {err['msg']}"
        raise ConfigError(reason, path=source) from None


def find_config_file(start: Path) -> Path | None:
    """Walk up from the folder holding `start` (a file or a cluster folder) to the first
    factcheck.toml or pyproject.toml with [tool.factcheck]."""
    try:
        here = start.resolve()
    except (OSError, RuntimeError):  # a symlink loop: search from where the path says
        here = start.absolute()
    # The search starts beside the input, never inside it: a cluster folder is data, and a
    # factcheck.toml it holds must not configure (or switch off) its own check.
    here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "factcheck.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "factcheck" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(path: Path) -> Config:
    """Load a Config from a factcheck.toml (top level) or pyproject.toml ([tool.factcheck])."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("factcheck", {})
    data = dict(data)
    if isinstance(data.get("baseline"), str):
        data["baseline"] = str((path.parent / data["baseline"]).resolve())
    return validate_config(data, source=str(path))


def resolve_config(
    paths: Sequence[str | Path], config_file: str | Path | None = None, **overrides: Any
) -> Config:
    """The config file (given, or found walking up from the first input) plus overrides.

    Overrides that are None are left to the file; the rest replace it, so flags always win.
    """
    found = (
        Path(config_file) if config_file else (find_config_file(Path(paths[0])) if paths else None)
    )
    base = load_config(found) if found else Config()
    return base.with_overrides(**overrides)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=str(path)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", path=str(path)) from None
