"""The on-disk cache of catalogue indexes, keyed by the catalogue's fingerprint (open.py).

An index is built once per catalogue content (register, works files, column
mapping) and index version, and written atomically: a half-written or foreign
file is never read as an index, and a stale one is simply not found.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from trainaudit.catalogue.index import INDEX_VERSION, WorkIndex

log = logging.getLogger(__name__)

#: Environment variable that moves the cache; ``off`` disables it.
CACHE_ENV = "TRAINAUDIT_CACHE_DIR"


def default_cache_dir() -> Path | None:
    """Return where indexes are cached: $TRAINAUDIT_CACHE_DIR, else the user's cache folder."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return None if configured.lower() in {"", "off", "none", "0"} else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trainaudit"


def index_path(cache_dir: Path, fingerprint: str) -> Path:
    """Return the cache file of the index of a catalogue with this fingerprint."""
    key = hashlib.sha256(f"{fingerprint}:{INDEX_VERSION}".encode()).hexdigest()[:32]
    return cache_dir / "index" / f"{key}.npz"


def cached_index(
    fingerprint: str, build: Callable[[], WorkIndex], cache_dir: Path | None
) -> tuple[WorkIndex, bool]:
    """Return the index from the cache, or build, store and return it; and whether it was cached."""
    if cache_dir is None or not fingerprint:
        return build(), False
    path = index_path(cache_dir, fingerprint)
    if path.is_file():
        try:
            loaded = WorkIndex.load(path)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as problem:
            log.warning("ignoring unreadable cached index %s: %s", path, problem)
        else:
            if loaded is not None:
                return loaded, True
    index = build()
    _store(index, path)
    return index, False


def _store(index: WorkIndex, path: Path) -> None:
    """Write the index through a temporary file and a rename; a failure only costs the cache."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as problem:
        log.warning("cannot cache the catalogue index in %s: %s", path.parent, problem)
        return
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            index.save_to(stream)
            stream.flush()
            os.fsync(stream.fileno())
        temp.replace(path)
    except OSError as problem:
        log.warning("cannot cache the catalogue index in %s: %s", path, problem)
        temp.unlink(missing_ok=True)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
