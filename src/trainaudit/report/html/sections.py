"""The template's sections as the page shows them: order, titles, and where a finding belongs."""

from __future__ import annotations

import re

from trainaudit.report.model import Report
from trainaudit.rules.context import section_of
from trainaudit.rules.model import Finding
from trainaudit.template.fields import SECTIONS

#: The column and group of findings tied to no template section.
NO_SECTION = "other"
_PARENT_TITLES = {
    "0": "Header of the summary (version, last update)",
    "1": "General information",
    "2": "List of data sources",
    "3": "Relevant data processing aspects",
}
_SECTION_TITLES = {**_PARENT_TITLES, **{s.id: s.headings[0] for s in SECTIONS if s.id != "0"}}
_TEMPLATE_SECTIONS = tuple(s.id for s in SECTIONS)


def section_key(section: str) -> tuple[int, tuple[int, ...], str]:
    """Return the order of a section id: numbered ones by number, the rest after them."""
    if re.fullmatch(r"\d+(\.\d+)*", section):
        return (0, tuple(int(p) for p in section.split(".")), section)
    return (1 if section != NO_SECTION else 2, (), section)


def section_title(section: str) -> str:
    """Return a section's heading in the template, or a plain description."""
    if section == NO_SECTION:
        return "Findings not tied to one template section"
    return _SECTION_TITLES.get(section, f"Section {section}")


def section_label(section: str) -> str:
    """Return a section's short label: its id, or a dash for findings tied to none."""
    return "–" if section == NO_SECTION else section


def finding_section(finding: Finding) -> str:
    """Return the section of a finding (its own, else its field's, else ``NO_SECTION``)."""
    return finding.section or (section_of(finding.field) if finding.field else None) or NO_SECTION


def columns(report: Report) -> list[str]:
    """Return the heat-map columns: the template's sections plus any other a finding names."""
    extra = {finding_section(f) for d in report.documents for f in d.findings}
    return sorted(set(_TEMPLATE_SECTIONS) | extra, key=section_key)
