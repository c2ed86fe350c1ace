"""The Markdown report, for pull-request comments: a summary table, then findings by section."""

from __future__ import annotations

from collections import Counter

from trainaudit.report.model import Report
from trainaudit.rules.model import Severity

_ICON = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "note"}


def _cell(text: str) -> str:
    """Return text safe inside a Markdown table cell (pipes escaped, on one line)."""
    return " ".join(text.split()).replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def to_markdown(report: Report) -> str:
    """Return the report as GitHub-flavoured Markdown."""
    total: Counter[Severity] = Counter(f.severity for d in report.documents for f in d.findings)
    lines = [
        "# trainaudit report",
        "",
        f"{len(report.documents)} document(s) checked as of {report.as_of.isoformat()} with "
        f"{len(report.rules)} rules: "
        + ", ".join(f"{total[s]} {s.value}(s)" for s in Severity)
        + (
            f"; {len(report.new_findings())} new against the baseline"
            if report.baseline is not None
            else ""
        ),
        "",
        "| document | errors | warnings | notes |",
        "|---|---:|---:|---:|",
    ]
    for document in report.documents:
        counts = Counter(f.severity for f in document.findings)
        lines.append(
            f"| `{_cell(document.path)}` | {counts[Severity.ERROR]} | "
            f"{counts[Severity.WARNING]} | {counts[Severity.NOTE]} |"
        )
    lines.extend(f"| `{_cell(error)}` | could not be read | | |" for error in report.errors)
    for document in report.documents:
        shown = [f for f in document.findings if report.is_new(f)]
        if not shown:
            continue
        lines += ["", f"## `{_cell(document.path)}`", ""]
        known = len(document.findings) - len(shown)
        if known:
            lines += [f"{len(shown)} new finding(s); {known} known from the baseline.", ""]
        lines += ["| section | rule | severity | page | finding | evidence |"]
        lines += ["|---|---|---|---:|---|---|"]
        for f in shown:
            page = min((e.page for e in f.evidence if e.page), default=None)
            quote = next((e.quote for e in f.evidence if e.quote), "")
            lines.append(
                f"| {f.section or ''} | {f.rule_id} | {_ICON[f.severity]} | {page or ''} | "
                f"{_cell(f.message)} | {_cell(quote[:120])} |"
            )
    return "\n".join(lines) + "\n"
