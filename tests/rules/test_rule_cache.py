"""The rule-set cache: a hit returns the same rules; any change to a file is validated anew."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_rules_engine import GOOD, write_pack
from trainaudit.rules.cache import load_rules_cached, rule_set_key
from trainaudit.rules.load import RuleError, load_rules


def test_cached_rule_set_equals_the_loaded_one(tmp_path: Path) -> None:
    """The second load comes from the cache and equals a fresh load."""
    pack = write_pack(tmp_path / "pack", {"TDS901.yaml": GOOD})
    cache = tmp_path / "cache"
    first = load_rules_cached([pack], cache)
    assert list((cache / "rules").glob("*.pickle"))
    assert load_rules_cached([pack], cache) == first == load_rules([pack])


def test_an_edited_rule_file_is_validated_again(tmp_path: Path) -> None:
    """Breaking a cached rule file changes the key, and the load reports the problem."""
    pack = write_pack(tmp_path / "pack", {"TDS901.yaml": GOOD})
    cache = tmp_path / "cache"
    before = rule_set_key([pack])
    load_rules_cached([pack], cache)
    (pack / "TDS901.yaml").write_text(GOOD.replace("severity: error", "severity: fatal"))
    assert rule_set_key([pack]) != before
    with pytest.raises(RuleError):
        load_rules_cached([pack], cache)


def test_a_damaged_entry_is_rebuilt(tmp_path: Path) -> None:
    """An entry that does not unpickle is ignored and replaced."""
    pack = write_pack(tmp_path / "pack", {"TDS901.yaml": GOOD})
    cache = tmp_path / "cache"
    first = load_rules_cached([pack], cache)
    (entry,) = (cache / "rules").glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    assert load_rules_cached([pack], cache) == first
    assert entry.read_bytes() != b"not a pickle"
