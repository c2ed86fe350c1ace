"""What the questions need to know of rule findings: packs, sections, messages, grouping."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from trainaudit.questions.items import ITEMS
from trainaudit.rules.context import section_of
from trainaudit.rules.model import Finding

#: The bundled packs by the first digit of their rule ids.
_BUNDLED_PACKS: Mapping[str, str] = {
    "TDS0": "eu-template",
    "TDS1": "code-of-practice",
    "TDS2": "rightsholder",
    "TDS3": "quality",
}


def messages(findings: Iterable[Finding], packs: Mapping[str, str]) -> str:
    """Return the distinct messages of findings about the summary, as one paragraph.

    Rightsholder findings are left out: they speak to the holder ("your
    robots.txt"), not to the provider the questions are sent to.
    """
    return " ".join(
        dict.fromkeys(
            f.message.strip() for f in findings if pack_of(f.rule_id, packs) != "rightsholder"
        )
    )


def pack_of(rule_id: str, packs: Mapping[str, str]) -> str:
    """Return a rule's pack: from the rules given, else from the bundled id ranges."""
    if rule_id in packs:
        return packs[rule_id]
    return _BUNDLED_PACKS.get(rule_id[:4], "other")


def finding_section(finding: Finding) -> str:
    """Return a finding's template section (from its field when it names none)."""
    return finding.section or (section_of(finding.field) if finding.field else None) or ""


def in_sections(finding: Finding, *prefixes: str) -> bool:
    """Tell whether a finding is in a template section starting with one of the prefixes."""
    section = finding_section(finding)
    return any(section == p or section.startswith(p + ".") for p in prefixes)


def grouped(findings: Iterable[Finding]) -> list[tuple[str | None, list[Finding]]]:
    """Group findings by field (findings without one by rule), in template order."""
    groups: dict[tuple[str | None, str], list[Finding]] = {}
    for f in findings:
        key = (f.field, "") if f.field else (None, f.rule_id)
        groups.setdefault(key, []).append(f)
    order = {fid: i for i, fid in enumerate(ITEMS)}

    def rank(item: tuple[tuple[str | None, str], list[Finding]]) -> tuple[str, int, str]:
        """Order groups by section, then template item, then field or rule id."""
        (fid, rule), group = item
        return (finding_section(group[0]), order.get(fid or "", len(order)), fid or rule)

    return [(fid, group) for (fid, _), group in sorted(groups.items(), key=rank)]
