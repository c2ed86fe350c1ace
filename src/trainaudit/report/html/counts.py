"""Counts the page shows: findings by severity, new against the baseline, by section."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from trainaudit.report.html.sections import NO_SECTION, finding_section
from trainaudit.report.model import DocumentResult, Report
from trainaudit.rules.context import section_of
from trainaudit.rules.model import Finding, Severity


def severity_counts(findings: Iterable[Finding]) -> Counter[Severity]:
    """Return how many of the findings have each severity."""
    return Counter(f.severity for f in findings)


def new_count(report: Report, findings: Iterable[Finding]) -> int:
    """Return how many of the findings are new against the report's baseline."""
    return sum(1 for f in findings if report.baseline_state(f) == "new")


def finding_counts(document: DocumentResult) -> Counter[tuple[str, Severity]]:
    """Return how many findings of each (section, severity) the document has."""
    return Counter((finding_section(f), f.severity) for f in document.findings)


def state_counts(document: DocumentResult) -> Counter[tuple[str, str]]:
    """Return how many fields of each (section, state) the document has."""
    return Counter(
        (section_of(field_id) or NO_SECTION, state) for field_id, state in document.states.items()
    )
