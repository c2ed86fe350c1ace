"""Check types on field states and values: state, pattern, list length, list items, consistency."""

from __future__ import annotations

import re
from collections.abc import Iterator

from trainaudit.rules.checks.conditions import all_hold
from trainaudit.rules.context import CheckContext, value_text
from trainaudit.rules.model import Rule
from trainaudit.rules.registry import Hit, check_type


@check_type("field_state", placeholders=("state", "value"))
def field_state(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag fields in one of the given states (missing, empty, unknown...) when conditions hold."""
    params = rule.params
    if not all_hold(context, params.get("when")):
        return
    for field_id in params["fields"]:
        state = context.state(field_id).value
        if state in params["states"]:
            yield Hit(field=field_id, values={"state": state, "value": context.text(field_id)})


@check_type("field_pattern", placeholders=("value", "match"))
def field_pattern(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag answered fields whose text matches (or fails to match) a regular expression."""
    params = rule.params
    if not all_hold(context, params.get("when")):
        return
    pattern = re.compile(params["pattern"], re.IGNORECASE | re.MULTILINE)
    for field_id in params["fields"]:
        if context.state(field_id).value != "answered":
            continue
        text = context.text(field_id)
        found = pattern.search(text)
        if params.get("must", "match") == "match" and found is None:
            yield Hit(field=field_id, values={"value": _short(text), "match": ""})
        elif params.get("must") == "not_match" and found is not None:
            yield Hit(
                field=field_id,
                values={"value": _short(text), "match": found.group(0)},
                evidence=context.evidence(field_id, found.group(0)),
            )


@check_type("list_min", placeholders=("count",))
def list_min(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag an answered list with fewer than ``min`` items, when conditions hold."""
    params = rule.params
    if not all_hold(context, params.get("when")):
        return
    field_id = params["field"]
    value = context.value(field_id)
    count = len(value) if isinstance(value, list) else 0
    if context.state(field_id).value == "answered" and count < params["min"]:
        yield Hit(field=field_id, values={"count": count})


@check_type("list_items", placeholders=("items", "count"))
def list_items(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag list items that match a pattern they should not (or miss one they should)."""
    params = rule.params
    if not all_hold(context, params.get("when")):
        return
    field_id = params["field"]
    value = context.value(field_id)
    if not isinstance(value, list):
        return
    pattern = re.compile(params["pattern"], re.IGNORECASE)
    texts = [value_text(v) for v in value]
    wanted = params.get("must", "not_match") == "match"
    bad = [t for t in texts if (pattern.search(t) is None) == wanted]
    threshold = params.get("at_least", 1)
    if len(bad) >= threshold:
        yield Hit(field=field_id, values={"items": bad[:10], "count": len(bad)})


@check_type("modalities_consistent", placeholders=("modality", "source"))
def modalities_consistent(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag a modality named for a data source (section 2) but not ticked in section 1.3."""
    params = rule.params
    for source in params["sources"]:
        listed = context.value(source)
        if context.state(source).value != "answered" or not isinstance(listed, list):
            continue
        for modality in listed:
            selected = f"modalities.{modality}.selected"
            if context.value(selected) == "no":
                yield Hit(field=source, values={"modality": modality, "source": source})


def _short(text: str, limit: int = 80) -> str:
    """Return text on one line, cut to ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
