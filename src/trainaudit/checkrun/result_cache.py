"""The per-document result cache: a document's result keyed by its bytes and the checker's key.

Entries are JSON files written atomically (a temporary file and a rename), so an
interrupted run leaves whole entries or none; an entry that does not parse or
whose recorded key differs is treated as absent and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainaudit.catalogue.cache import default_cache_dir
from trainaudit.checkrun.checker import Unreadable
from trainaudit.output import atomic_write
from trainaudit.report.model import DocumentResult

log = logging.getLogger(__name__)

#: Version of the entry format; part of every key.
ENTRY_VERSION = 1


def document_key(content: bytes, checker_key: str) -> str:
    """Return the cache key of a document's bytes checked with a checker."""
    digest = hashlib.sha256(f"{ENTRY_VERSION}\0{checker_key}\0".encode())
    digest.update(content)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class ResultCache:
    """A directory of cached document results."""

    directory: Path

    @classmethod
    def default(cls) -> ResultCache | None:
        """Return the cache in the user's cache folder ($TRAINAUDIT_CACHE_DIR), or None if off."""
        base = default_cache_dir()
        return cls(base / "results") if base is not None else None

    def _path(self, key: str) -> Path:
        """Return the file of an entry."""
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str, path: Path) -> DocumentResult | Unreadable | None:
        """Return the cached result of a document now at ``path``, or None."""
        file = self._path(key)
        try:
            data: Any = json.loads(file.read_text(encoding="utf-8"))
            if data.get("key") != key:
                return None
            if "error" in data:
                return Unreadable(data["error"].replace(data["path"], str(path), 1))
            result = DocumentResult.from_dict(data["result"], cached=True)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as problem:
            log.warning("ignoring unreadable cache entry %s: %s", file, problem)
            return None
        return result if result.path == str(path) else result.moved(str(path))

    def put(self, key: str, path: Path, result: DocumentResult | Unreadable) -> None:
        """Store a document's result (a passing failure, e.g. a bug, is not stored)."""
        entry: dict[str, Any] = {"key": key, "path": str(path)}
        if isinstance(result, Unreadable):
            if not result.lasting:
                return
            entry["error"] = result.message
        else:
            entry["result"] = result.to_dict()
        try:
            atomic_write(self._path(key), json.dumps(entry, ensure_ascii=False) + "\n")
        except OSError as problem:
            log.warning("could not write cache entry for %s: %s", path, problem)
