"""Every bundled rule's pass and fail examples give the expected result."""

from __future__ import annotations

import pytest

from trainaudit.rules.examples import run_example
from trainaudit.rules.load import load_rules
from trainaudit.rules.model import Rule
from trainaudit.rules.registry import registry

RULES = load_rules().rules


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_examples(rule: Rule) -> None:
    """Pass examples give no finding; fail examples give at least one."""
    for number, example in enumerate(rule.pass_examples, 1):
        assert run_example(rule, example) == [], f"pass example {number}"
    for number, example in enumerate(rule.fail_examples, 1):
        assert run_example(rule, example), f"fail example {number} gave no finding"


def test_every_rule_has_a_legal_source() -> None:
    """Each rule cites at least one reference."""
    assert all(rule.references for rule in RULES)


def test_every_check_type_has_a_schema_and_a_use() -> None:
    """Registered check types, their parameter schemas and the rules that use them agree."""
    from trainaudit.resources import data_dir

    schemas = {
        p.name.removesuffix(".schema.json") for p in (data_dir("schemas") / "checks").glob("*.json")
    }
    assert set(registry()) == schemas
