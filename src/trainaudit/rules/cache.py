"""Load rule packs once per content: a validated rule set is kept in the user's cache.

Validating 125 rule files against their schemas costs more than everything else a
re-check of an unchanged corpus does, so the validated set is stored, keyed by the
bytes of every file in the pack folders and trainaudit's own code. Any change to a rule
file, a pack file or trainaudit gives another key, and the packs are validated anew.
Entries are written atomically; an unreadable entry is ignored and replaced.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Sequence
from pathlib import Path

from trainaudit.catalogue.cache import default_cache_dir
from trainaudit.codehash import code_digest, digest_files, tree_files
from trainaudit.output import atomic_write_bytes
from trainaudit.rules.load import RuleSet, default_rules_dir, load_rules

log = logging.getLogger(__name__)


def rule_set_key(directories: Sequence[Path]) -> str:
    """Return a hash of every file under the pack folders, in order, and of trainaudit's code."""
    digest = hashlib.sha256(f"trainaudit-rules-1\0{code_digest()}\0".encode())
    for directory in directories:
        digest.update(f"{directory.resolve()}\0".encode())
        if directory.is_dir():
            digest_files(digest, tree_files(directory, (".yaml", ".yml")), directory)
    return digest.hexdigest()


def load_rules_cached(
    directories: Sequence[Path] | None = None, cache_dir: Path | None = None
) -> RuleSet:
    """Return the rule set of the folders from the cache, or load, validate and store it."""
    folders = list(directories or [default_rules_dir()])
    base = cache_dir if cache_dir is not None else default_cache_dir()
    if base is None:
        return load_rules(folders)
    entry = base / "rules" / f"{rule_set_key(folders)}.pickle"
    try:
        # The user's own cache folder, written only by trainaudit (like the index cache).
        loaded = pickle.loads(entry.read_bytes())
    except FileNotFoundError:
        pass
    except Exception as problem:  # a damaged entry of any kind is rebuilt
        log.warning("ignoring unreadable cached rule set %s: %s", entry, problem)
    else:
        if isinstance(loaded, RuleSet):
            return loaded
    rule_set = load_rules(folders)
    try:
        atomic_write_bytes(entry, pickle.dumps(rule_set, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as problem:
        log.warning("could not cache the rule set in %s: %s", entry, problem)
    return rule_set
