"""Conditions on fields ("when crawling.used is yes"), shared by the check types."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from trainaudit.rules.context import CheckContext


def holds(context: CheckContext, condition: Mapping[str, Any]) -> bool:
    """Return whether one condition holds: a field's value equals, is in, or its state is in."""
    field_id = condition["field"]
    value = context.value(field_id)
    state = context.state(field_id).value
    if "equals" in condition and value != condition["equals"]:
        return False
    if "in" in condition and value not in condition["in"]:
        return False
    if "contains" in condition and (
        not isinstance(value, list) or condition["contains"] not in value
    ):
        return False
    if "states" in condition and state not in condition["states"]:
        return False
    return not ("not_states" in condition and state in condition["not_states"])


def all_hold(context: CheckContext, conditions: Sequence[Mapping[str, Any]] | None) -> bool:
    """Return whether every condition holds (true for none)."""
    return all(holds(context, c) for c in conditions or ())
