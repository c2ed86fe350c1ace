"""The `diff` command: what changed between two versions of a summary, fields and findings."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from trainaudit.checkrun.checker import Checker
from trainaudit.cli import _run_extract, app
from trainaudit.cli_options import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    CatalogueColumnsOption,
    ConfigOption,
    NoBundledOption,
    NoCacheOption,
    RulesOption,
    load_config_or_exit,
    load_rule_set,
    open_catalogue_or_exit,
    output_stream,
    parse_day,
    split_ids,
)
from trainaudit.diff import SummaryDiff, diff_documents, diff_json, diff_markdown, diff_terminal
from trainaudit.models import Summary
from trainaudit.report.build import document_result
from trainaudit.report.model import Report
from trainaudit.report.render import ReportFormat, render_report
from trainaudit.rules.context import CheckContext
from trainaudit.rules.engine import run_rules, select_rules
from trainaudit.rules.load import RuleSet
from trainaudit.rules.model import Finding, Rule, Severity


class DiffFormat(StrEnum):
    """Output formats of `diff`."""

    TERMINAL = "terminal"
    JSON = "json"
    MARKDOWN = "markdown"
    SARIF = "sarif"
    JUNIT = "junit"
    HTML = "html"


#: The formats rendered as NEW's check report, with OLD's findings as the baseline.
_REPORT_FORMATS = {
    DiffFormat.SARIF: ReportFormat.SARIF,
    DiffFormat.JUNIT: ReportFormat.JUNIT,
    DiffFormat.HTML: ReportFormat.HTML,
}


def baseline_of(old_findings: list[Finding], new_path: str) -> frozenset[str]:
    """Return the fingerprints OLD's findings would have if they were found at NEW's path."""
    return frozenset(
        Finding.from_dict(f.to_dict(), document=new_path).fingerprint() for f in old_findings
    )


def _report(
    new: Summary,
    context: CheckContext,
    findings: list[Finding],
    old_findings: list[Finding],
    rule_set: RuleSet,
    chosen: list[Rule],
    catalogue: Path | None,
) -> Report:
    """Return NEW's check report with OLD's findings as its baseline."""
    matches = context.catalogue_matches if context.catalogue is not None else None
    path = new.source.path
    checker = Checker(
        rule_set=rule_set,
        rules=tuple(chosen),
        as_of=context.as_of,
        catalogue=context.catalogue,
        catalogue_path=catalogue,
    )
    return checker.report(
        [document_result(path, new, findings, matches)],
        baseline=baseline_of(old_findings, path),
    )


def _write(
    d: SummaryDiff, output_format: DiffFormat, output: Path | None, report: Report | None
) -> None:
    """Write the diff (or NEW's report with its baseline) in the chosen format."""
    with output_stream(output) as stream:
        if report is not None:
            stream.write(render_report(report, _REPORT_FORMATS[output_format]))
        elif output_format is DiffFormat.JSON:
            stream.write(json.dumps(diff_json(d), indent=2, ensure_ascii=False) + "\n")
        elif output_format is DiffFormat.MARKDOWN:
            stream.write(diff_markdown(d))
        else:
            console = Console(file=stream, highlight=False) if output else Console(highlight=False)
            diff_terminal(d, console)


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier version of the summary.")],
    new: Annotated[Path, typer.Argument(help="The later version of the summary.")],
    rules: RulesOption = None,
    no_bundled: NoBundledOption = False,
    catalogue: Annotated[
        Path | None, typer.Option("--catalogue", "-c", help="A rights holder's catalogue.")
    ] = None,
    catalogue_columns: CatalogueColumnsOption = None,
    no_cache: NoCacheOption = False,
    select: Annotated[
        str | None, typer.Option("--select", help="Only these rules: ids, names, packs, prefixes.")
    ] = None,
    ignore: Annotated[str | None, typer.Option("--ignore", help="Leave out these rules.")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="The date of the check (YYYY-MM-DD); today.")
    ] = None,
    output_format: Annotated[
        DiffFormat,
        typer.Option(
            "--format",
            "-f",
            help="terminal, json or markdown (the diff); sarif, junit or html (NEW's report, "
            "findings marked new or unchanged against OLD).",
        ),
    ] = DiffFormat.TERMINAL,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (atomically).")
    ] = None,
    fail_on: Annotated[
        Severity | None,
        typer.Option(
            "--fail-on", help="Exit 1 when NEW has findings at or above this that OLD did not."
        ),
    ] = None,
    config_file: ConfigOption = None,
) -> None:
    """Show what changed between two versions of a summary: fields, then findings."""
    day = parse_day(as_of)
    config = load_config_or_exit(config_file)
    rule_set = load_rule_set(
        rules or config.paths("rules"), no_bundled or bool(config.get("no-bundled", False))
    )
    chosen = select_rules(
        rule_set.rules,
        split_ids(select) or list(config.get("select", [])),
        split_ids(ignore) or list(config.get("ignore", [])),
    )
    fail_on = fail_on or Severity(config.get("fail-on", Severity.ERROR.value))
    catalogue = catalogue or config.path("catalogue")
    columns = catalogue_columns or config.get("catalogue-columns")
    opened = (
        open_catalogue_or_exit(catalogue, columns, False, no_cache)
        if catalogue is not None
        else None
    )
    old_summary, new_summary = _run_extract(old), _run_extract(new)
    if old_summary is None or new_summary is None:
        raise typer.Exit(EXIT_ERROR)
    old_context = CheckContext(summary=old_summary, catalogue=opened, as_of=day)
    new_context = CheckContext(summary=new_summary, catalogue=opened, as_of=day)
    old_findings = run_rules(chosen, old_context)
    new_findings = run_rules(chosen, new_context)
    d = diff_documents(
        old_summary,
        new_summary,
        old_findings,
        new_findings,
        as_of=day,
        packs=[name for name, _ in rule_set.packs],
        rules=[r.id for r in chosen],
    )
    report = None
    if output_format in _REPORT_FORMATS:
        report = _report(
            new_summary, new_context, new_findings, old_findings, rule_set, chosen, catalogue
        )
    _write(d, output_format, output, report)
    if any(f.severity.rank >= fail_on.rank for f in d.findings.new):
        raise typer.Exit(EXIT_FINDINGS)
