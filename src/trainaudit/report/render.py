"""Render a Report in any output format: one entry point for every command that reports."""

from __future__ import annotations

import json
from enum import StrEnum

from trainaudit.report.html import to_html
from trainaudit.report.junit import to_junit
from trainaudit.report.markdown import to_markdown
from trainaudit.report.model import Report
from trainaudit.report.sarif import to_sarif


class ReportFormat(StrEnum):
    """The output formats of a report."""

    TERMINAL = "terminal"
    JSON = "json"
    SARIF = "sarif"
    JUNIT = "junit"
    MARKDOWN = "markdown"
    HTML = "html"


def render_report(report: Report, output_format: ReportFormat) -> str:
    """Return the report as text in one of the file formats (not the terminal one)."""
    if output_format is ReportFormat.JSON:
        return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
    if output_format is ReportFormat.SARIF:
        return to_sarif(report)
    if output_format is ReportFormat.JUNIT:
        return to_junit(report)
    if output_format is ReportFormat.MARKDOWN:
        return to_markdown(report)
    if output_format is ReportFormat.HTML:
        return to_html(report)
    raise ValueError(f"{output_format} is not a file format")
