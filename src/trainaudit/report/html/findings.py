"""A document's findings: grouped by template section, each with its evidence and references."""

from __future__ import annotations

from collections.abc import Mapping

from trainaudit.report.html.counts import severity_counts
from trainaudit.report.html.sections import (
    finding_section,
    section_key,
    section_label,
    section_title,
)
from trainaudit.report.html.text import SEVERITY_LABEL, esc, severity_text
from trainaudit.report.model import DocumentResult, Report
from trainaudit.rules.model import Finding, Reference, Rule, Severity


def _baseline_word(report: Report, finding: Finding) -> str | None:
    """Return "new" or "known" against the baseline, None without one."""
    state = report.baseline_state(finding)
    return None if state is None else "new" if state == "new" else "known"


def _reference(ref: Reference) -> str:
    """Return one legal reference as a list item, with its address when it has one."""
    url = ""
    if ref.url:
        url = f' <span class="url mono" title="{esc(ref.url)}">{esc(ref.url)}</span>'
    return f'<li><span class="ref">{esc(ref)}</span>{url}</li>'


def _finding(report: Report, rules: Mapping[str, Rule], finding: Finding, fid: str) -> str:
    """Return one finding: badge, rule, message, quoted evidence, legal references."""
    rule = rules.get(finding.rule_id)
    word = _baseline_word(report, finding)
    sev = finding.severity.value
    classes = f"finding {sev}" + (f" {word}" if word else "")
    line = [
        f'<span class="badge {sev}">{esc(SEVERITY_LABEL[finding.severity])}</span>',
        f'<span class="rule mono" title="{esc(rule.summary if rule else finding.rule_id)}">'
        f"{esc(finding.rule_id)}</span>",
        f'<span class="name">{esc(finding.rule_name)}</span>',
    ]
    if word:
        line.append(f'<span class="pill {word}">{word}</span>')
    if finding.field:
        line.append(f'<span class="where mono">{esc(finding.field)}</span>')
    quotes = "".join(
        "<blockquote>"
        + (f'<span class="pg">p. {esc(ev.page)}</span>' if ev.page is not None else "")
        + f"{esc(ev.quote)}</blockquote>"
        for ev in finding.evidence
        if ev.quote or ev.page is not None
    )
    refs = "".join(_reference(ref) for ref in finding.references)
    return (
        f'<article class="{classes}" id="{fid}" data-finding="{esc(finding.rule_id)}" '
        f'data-severity="{sev}"'
        + (f' data-baseline="{word}"' if word else "")
        + f'><div class="line">{"".join(line)}</div><p class="msg">{esc(finding.message)}</p>'
        + quotes
        + (f'<ul class="refs" aria-label="Legal references">{refs}</ul>' if refs else "")
        + "</article>"
    )


def findings_part(report: Report, doc: DocumentResult, index: int) -> str:
    """Return a document's findings grouped by template section, worst first in each group."""
    head = f'<h3 id="doc-{index}-findings">Findings</h3>'
    if not doc.findings:
        return head + '<p class="note-box">No rule found anything in this document.</p>'
    rules = {r.id: r for r in report.rules}
    groups: dict[str, list[Finding]] = {}
    for finding in doc.findings:
        groups.setdefault(finding_section(finding), []).append(finding)
    out = [head]
    n = 0
    for section in sorted(groups, key=section_key):
        items = sorted(groups[section], key=lambda f: (-f.severity.rank, f.sort_key()))
        counts = severity_counts(items)
        summary = ", ".join(severity_text(counts[s], s) for s in Severity if counts[s])
        parts = []
        for finding in items:
            n += 1
            parts.append(_finding(report, rules, finding, f"doc-{index}-f-{n}"))
        out.append(
            f'<div class="group"><h4><span class="sec">{esc(section_label(section))}</span>'
            f'<span>{esc(section_title(section))}</span><span class="cnt">{esc(summary)}</span>'
            f"</h4>{''.join(parts)}</div>"
        )
    return "".join(out)
