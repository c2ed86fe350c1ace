"""Atomic output: a file is either fully written or left as it was."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


def atomic_write(target: Path, text: str) -> None:
    """Write text to target through a temporary file in the same directory and a rename."""
    with atomic_open(target) as stream:
        stream.write(text)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Write bytes to target through a temporary file in the same directory and a rename."""
    with _replacing(target) as handle, os.fdopen(handle, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


@contextmanager
def _replacing(target: Path) -> Iterator[int]:
    """Yield the descriptor of a temporary file that replaces target when the block ends well.

    On any exception (Ctrl-C included) the temporary file is removed and the
    target is left as it was. mkstemp's 0600 is widened to a normal file's mode.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        os.fchmod(handle, _mode_for(target))
        yield handle
        Path(temp_name).replace(target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """Return the mode a new file gets here (0666 less the umask), or the target's own."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextmanager
def atomic_open(target: Path) -> Iterator[TextIO]:
    """Open a text stream whose content replaces ``target`` only when the block ends normally.

    On any exception (Ctrl-C included) the temporary file is removed and the
    target is left as it was.
    """
    with (
        _replacing(target) as handle,
        os.fdopen(handle, "w", encoding="utf-8", newline="") as stream,
    ):
        yield stream
        stream.flush()
        os.fsync(stream.fileno())
