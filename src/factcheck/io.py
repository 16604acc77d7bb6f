"""Atomic file writes: a report is either complete or absent, never half-written."""

from __future__ import annotations

import os
import stat
import tempfile
import threading
from pathlib import Path

_umask_lock = threading.Lock()


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
    """
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
