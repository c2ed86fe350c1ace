"""A hash of trainaudit's own code and bundled data: caches made by another build are not used."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from trainaudit import __version__
from trainaudit.resources import data_dir

_PACKAGE = Path(__file__).resolve().parent


def digest_files(digest: hashlib._Hash, files: Iterable[Path], root: Path | None = None) -> None:
    """Feed names and bytes of files to a digest, in a stable order."""
    for file in sorted(files):
        name = file.relative_to(root) if root is not None else file
        digest.update(f"{name}\0".encode())
        try:
            digest.update(file.read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
        digest.update(b"\0")


def tree_files(directory: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Return the files under a directory with these suffixes."""
    return [p for p in directory.rglob("*") if p.is_file() and p.suffix in suffixes]


@cache
def code_digest() -> str:
    """Return a hash of trainaudit's code, rule packs, patterns and schemas (once per process)."""
    digest = hashlib.sha256(f"trainaudit {__version__}\0".encode())
    digest_files(digest, tree_files(_PACKAGE, (".py", ".css")), _PACKAGE)
    for name in ("rules", "schemas"):
        root = data_dir(name)
        digest_files(digest, tree_files(root, (".yaml", ".yml", ".json")), root)
    return digest.hexdigest()
