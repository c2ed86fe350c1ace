"""Open a catalogue for matching: its register, and its works index from the cache or built anew.

The cache key is a fingerprint of the files as they are on disk (the register
and every works file it lists, byte for byte), the column mapping and the
``skip_bad_rows`` choice. A cached index means the works files are only hashed,
never parsed, so that a repeated run over a million works starts in about a
second.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from trainaudit.catalogue.cache import cached_index, default_cache_dir
from trainaudit.catalogue.index import WorkIndex
from trainaudit.catalogue.load import load_catalogue
from trainaudit.catalogue.model import Catalogue
from trainaudit.catalogue.register import REGISTER_SUFFIXES

log = logging.getLogger(__name__)

_BLOCK = 1 << 20


@dataclass(frozen=True, slots=True, kw_only=True)
class OpenCatalogue:
    """A catalogue ready for matching: the register, the works index, how it was obtained."""

    catalogue: Catalogue
    index: WorkIndex
    cached: bool
    skipped: tuple[str, ...] = ()
    #: The fingerprint the index cache keyed it by (None when the cache was off).
    fingerprint: str | None = None


def _hash_file(path: Path, digest: Any) -> None:
    """Feed a file's bytes to a digest."""
    with path.open("rb") as stream:
        while block := stream.read(_BLOCK):
            digest.update(block)


def _works_files(register: Path) -> list[Path] | None:
    """Return the works files a register lists, or None when the register cannot be read."""
    try:
        data = yaml.safe_load(register.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("works", []), list):
        return None
    return [
        register.parent / item["file"]
        for item in data.get("works") or []
        if isinstance(item, dict) and isinstance(item.get("file"), str)
    ]


def fingerprint(
    path: Path, columns: Mapping[str, str] | None, *, skip_bad_rows: bool
) -> str | None:
    """Return a hash of everything a catalogue's works index depends on, or None if unreadable."""
    digest = hashlib.sha256(b"trainaudit-catalogue-fingerprint-1\0")
    digest.update(repr(sorted((columns or {}).items())).encode() + b"\0")
    digest.update(b"skip\0" if skip_bad_rows else b"strict\0")
    files = [path]
    if path.suffix.lower() in REGISTER_SUFFIXES:
        listed = _works_files(path)
        if listed is None:
            return None
        files += listed
    try:
        for file in files:
            digest.update(str(file.name).encode() + b"\0")
            _hash_file(file, digest)
    except OSError:
        return None
    return digest.hexdigest()


def open_catalogue(
    path: Path,
    *,
    columns: Mapping[str, str] | None = None,
    skip_bad_rows: bool = False,
    use_cache: bool = True,
    cache_dir: Path | None = None,
) -> OpenCatalogue:
    """Load a catalogue's register and its works index (from the cache when it is there).

    Raises ``CatalogueError`` with every problem of the catalogue when it
    cannot be loaded. The cache lives in ``cache_dir`` (default: see
    ``cache.default_cache_dir``); ``use_cache=False`` neither reads nor writes it.
    """
    directory = (cache_dir or default_cache_dir()) if use_cache else None
    key = fingerprint(path, columns, skip_bad_rows=skip_bad_rows) if directory else None
    loaded: list[tuple[Catalogue, tuple[str, ...]]] = []

    def build() -> WorkIndex:
        result = load_catalogue(path, columns=columns, skip_bad_rows=skip_bad_rows)
        skipped = tuple(str(p) for p in result.skipped)
        loaded.append((result.catalogue, skipped))
        return WorkIndex.build(result.catalogue.works).with_skipped(skipped)

    index, cached = cached_index(key or "", build, directory if key else None)
    if loaded:
        catalogue, skipped = loaded[0]
    else:
        catalogue = load_catalogue(path, columns=columns, with_works=False).catalogue
        skipped = index.skipped
    log.debug("catalogue %s: %d works, index %s", path, len(index), "cached" if cached else "built")
    return OpenCatalogue(
        catalogue=catalogue, index=index, cached=cached, skipped=skipped, fingerprint=key
    )
