"""Output: atomic file writes (a report is complete or absent, never half-written), and
`inert`, the one escaping of outside text (names, paths, reasons, article text) for terminals
and Markdown."""

from __future__ import annotations

import os
import re
import stat
import tempfile
import threading
from pathlib import Path

_umask_lock = threading.Lock()

_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Characters a terminal acts on or that reorder what it shows: C0 controls but tab (escape,
bell, backspace, carriage return, line feed), DEL, C1 controls (CSI, OSC), bidi overrides."""


def inert(text: str) -> str:
    """`text` with every terminal control shown as an escape (`\\x1b`, `\\u202e`), so a
    cluster name, file name, reason or article excerpt prints as written and acts on nothing:
    no colours, title changes, cleared screens, rewritten or forged lines."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_escaped, text)


def _escaped(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _default_mode() -> int:
    """Permissions a plain `open(path, "w")` would give a new file under the current umask."""
    with _umask_lock:  # os.umask can only be read by setting it
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


def atomic_write(path: Path, text: str) -> None:
    """Write `text` (UTF-8, line endings as given) to `path` through a temporary file and a rename.

    Readers see the old file or the new one, never a part: the text is written and flushed to
    disk in a temporary file of the same folder, which then replaces `path` in one step. On any
    failure (including an interrupt) the temporary file is removed and `path` is untouched. A
    new file gets the permissions the umask allows; a replaced file keeps its permissions.
    Raises OutputError (naming `path` and the reason) when it cannot be written.
    """
    try:
        _atomic_write(path, text)
    except OSError as exc:
        from factcheck.errors import OutputError

        reason = exc.strerror or str(exc)
        if path.is_dir():
            reason = "is a folder, not a file"
        raise OutputError(f"cannot write: {reason}", path=str(path)) from None


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = _default_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Flush the rename itself to disk, where the system allows opening a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
