"""The terminal report: findings grouped by document and section, then a summary table."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from trainaudit.report.model import Report
from trainaudit.rules.model import Severity

SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.NOTE: "cyan"}


def print_report(report: Report, console: Console, *, known: bool = False) -> None:
    """Print the findings (only new ones under a baseline, unless ``known``) and a summary."""
    for document in report.documents:
        shown = [f for f in document.findings if known or report.is_new(f)]
        hidden = len(document.findings) - len(shown)
        note = f", {hidden} known from the baseline" if hidden else ""
        console.print(f"[bold]{escape(document.path)}[/]  {len(shown)} finding(s){note}")
        section: str | None = "-"
        for finding in shown:
            if finding.section != section:
                section = finding.section
                console.print(f"  [bold]§ {section or 'whole document'}[/]")
            style = SEVERITY_STYLE[finding.severity]
            page = min((e.page for e in finding.evidence if e.page), default=None)
            where = f"p.{page} " if page else ""
            console.print(
                f"    [{style}]{finding.severity.value:<7}[/] {finding.rule_id} {where}"
                f"{escape(finding.message)}  [dim]({finding.rule_name})[/]"
            )
            for evidence in finding.evidence[:1]:
                if evidence.quote:
                    console.print(f"        [dim]“{escape(evidence.quote[:160])}”[/]")
    for error in report.errors:
        console.print(f"[bold red]unreadable[/] {escape(error)}")
    console.print(summary_table(report))


def summary_table(report: Report) -> Table:
    """Return one row per document with its counts by severity, and a total row."""
    baseline = report.baseline is not None
    table = Table(title="Summary", title_justify="left", show_footer=True)
    total: Counter[Severity] = Counter()
    rows = []
    new_total = 0
    for document in report.documents:
        counts = Counter(f.severity for f in document.findings)
        total.update(counts)
        new = sum(1 for f in document.findings if report.is_new(f))
        new_total += new
        row = [escape(document.path)] + [str(counts[s] or "") for s in Severity]
        if baseline:
            row.append(str(new or ""))
        rows.append(row)
    table.add_column("document", footer=f"{len(report.documents)} document(s)", overflow="fold")
    for severity in Severity:
        style = SEVERITY_STYLE[severity]
        table.add_column(
            f"[{style}]{severity.value}s[/]", footer=str(total[severity]), justify="right"
        )
    if baseline:
        table.add_column("new", footer=str(new_total), justify="right")
    for row in rows:
        table.add_row(*row)
    for error in report.errors:
        table.add_row(f"[red]{escape(error.split(': ', 1)[0])}[/] (unreadable)")
    return table
