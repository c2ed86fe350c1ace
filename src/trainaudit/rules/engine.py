"""Run rules on a document: each rule's check type over the context, hits turned into findings."""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from typing import Any

from trainaudit.rules.context import CheckContext, section_of
from trainaudit.rules.model import Finding, Rule
from trainaudit.rules.registry import Hit, registry

#: Placeholders every message may use.
COMMON_PLACEHOLDERS = frozenset({"field", "section"})


def placeholders(message: str) -> set[str]:
    """Return the names of the ``{placeholders}`` in a message template."""
    names = set()
    for _, name, _, _ in string.Formatter().parse(message):
        if name:
            names.add(name.split(".")[0].split("[")[0])
    return names


def _render(value: Any) -> str:
    """Return a placeholder value as message text."""
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(str(v) for v in value)
    return str(value)


def render_message(rule: Rule, hit: Hit) -> str:
    """Fill a rule's message template with the check's parameters and the hit's values."""
    values: dict[str, Any] = {**rule.params, **hit.values}
    values.setdefault("field", hit.field or rule.field or "")
    values.setdefault("section", hit.section or rule.section or "")
    return rule.message.format_map({k: _render(v) for k, v in values.items()})


def run_rule(rule: Rule, context: CheckContext) -> list[Finding]:
    """Return the findings of one rule on one document (none when it needs a missing catalogue)."""
    kind = registry()[rule.check_type]
    if (kind.needs_catalogue or rule.needs_catalogue) and context.catalogue is None:
        return []
    findings = []
    for hit in kind.fn(context, rule):
        field_id = hit.field or rule.field
        section = hit.section or rule.section or (section_of(field_id) if field_id else None)
        evidence = hit.evidence or (context.evidence(field_id) if field_id else ())
        findings.append(
            Finding(
                rule_id=rule.id,
                rule_name=rule.name,
                severity=rule.severity,
                message=render_message(rule, hit),
                section=section,
                field=field_id,
                evidence=evidence,
                references=rule.references,
                document=context.summary.source.path,
            )
        )
    return findings


def run_rules(rules: Iterable[Rule], context: CheckContext) -> list[Finding]:
    """Return the findings of all rules on one document, in reading order."""
    findings = [f for rule in rules for f in run_rule(rule, context)]
    return sorted(findings, key=Finding.sort_key)


def select_rules(
    rules: Iterable[Rule], select: Iterable[str] = (), ignore: Iterable[str] = ()
) -> list[Rule]:
    """Keep the rules named (by id, name, pack or id prefix) in ``select`` and not in ``ignore``."""
    chosen, dropped = tuple(select), tuple(ignore)

    def named(rule: Rule, names: tuple[str, ...]) -> bool:
        return any(
            n in (rule.id, rule.name, rule.pack) or (n.isupper() and rule.id.startswith(n))
            for n in names
        )

    return [r for r in rules if (not chosen or named(r, chosen)) and not named(r, dropped)]


def by_id(rules: Iterable[Rule]) -> Mapping[str, Rule]:
    """Return rules keyed by id."""
    return {r.id: r for r in rules}
