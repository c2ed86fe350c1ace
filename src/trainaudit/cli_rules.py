"""The rule commands: `check` documents, and `rules list | show | test | validate`."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from trainaudit.catalogue.open import OpenCatalogue
from trainaudit.cli import EXIT_ERROR, _error, _run_extract, app, expand_paths, stderr
from trainaudit.cli_catalogue import CatalogueColumnsOption, NoCacheOption, _fail, _open, _output
from trainaudit.errors import TrainauditError
from trainaudit.optout.crawlers import load_registry
from trainaudit.report.junit import to_junit
from trainaudit.report.markdown import to_markdown
from trainaudit.report.model import DocumentResult, Report
from trainaudit.rules.context import CheckContext
from trainaudit.rules.engine import run_rules, select_rules
from trainaudit.rules.examples import run_examples
from trainaudit.rules.load import RuleError, RuleSet, default_rules_dir, load_rules
from trainaudit.rules.model import Rule, Severity

EXIT_FINDINGS = 1

rules_app = typer.Typer(help="List, explain, test and validate rule packs.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")

RulesOption = Annotated[
    list[Path] | None,
    typer.Option("--rules", "-r", help="A rule pack folder, or a folder of packs (repeatable)."),
]
NoBundledOption = Annotated[
    bool, typer.Option("--no-bundled", help="Use only the --rules packs, not the bundled ones.")
]


class CheckFormat(StrEnum):
    """Output formats of `check`."""

    TERMINAL = "terminal"
    JSON = "json"
    MARKDOWN = "markdown"
    JUNIT = "junit"


class ListFormat(StrEnum):
    """Output formats of `rules list`."""

    TABLE = "table"
    JSON = "json"


def _load(rules: list[Path] | None, no_bundled: bool) -> RuleSet:
    """Load the bundled packs and the given ones; exit 2 listing every problem."""
    directories = list(rules or [])
    if not no_bundled:
        directories.insert(0, default_rules_dir())
    try:
        return load_rules(directories)
    except RuleError as exc:
        _error(str(exc))
        for problem in exc.problems:
            stderr.print(f"  {problem}", markup=False, highlight=False)
        raise typer.Exit(EXIT_ERROR) from None


def _ids(option: str | None) -> list[str]:
    """Split a comma-separated option."""
    return [p.strip() for p in (option or "").split(",") if p.strip()]


# --- check ------------------------------------------------------------------------


_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.NOTE: "cyan"}


def _terminal(report: Report, console: Console) -> None:
    """Print findings grouped by document and section, then a count per severity."""
    total: Counter[Severity] = Counter()
    documents = report.documents
    for document in documents:
        path, findings = document.path, document.findings
        console.print(f"[bold]{escape(path)}[/]  {len(findings)} finding(s)")
        section = None
        for finding in findings:
            if finding.section != section:
                section = finding.section
                console.print(f"  [bold]§ {section or '-'}[/]")
            total[finding.severity] += 1
            style = _SEVERITY_STYLE[finding.severity]
            page = min((e.page for e in finding.evidence if e.page), default=None)
            where = f"p.{page} " if page else ""
            console.print(
                f"    [{style}]{finding.severity.value:<7}[/] {finding.rule_id} {where}"
                f"{escape(finding.message)}  [dim]({finding.rule_name})[/]"
            )
            for evidence in finding.evidence[:1]:
                if evidence.quote:
                    console.print(f"        [dim]“{escape(evidence.quote[:160])}”[/]")
    counts = ", ".join(f"{total[s]} {s.value}" for s in Severity)
    console.print(f"\n{sum(total.values())} finding(s) in {len(documents)} document(s): {counts}")


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Summaries or folders of them.")],
    rules: RulesOption = None,
    no_bundled: NoBundledOption = False,
    catalogue: Annotated[
        Path | None, typer.Option("--catalogue", "-c", help="A rights holder's catalogue.")
    ] = None,
    catalogue_columns: CatalogueColumnsOption = None,
    select: Annotated[
        str | None, typer.Option("--select", help="Only these rules: ids, names, packs, prefixes.")
    ] = None,
    ignore: Annotated[str | None, typer.Option("--ignore", help="Leave out these rules.")] = None,
    fail_on: Annotated[
        Severity, typer.Option("--fail-on", help="Exit 1 on findings at or above this severity.")
    ] = Severity.ERROR,
    output_format: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="terminal, json, markdown or junit.")
    ] = CheckFormat.TERMINAL,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="The date of the check (YYYY-MM-DD); today.")
    ] = None,
    no_cache: NoCacheOption = False,
    crawler_registry: Annotated[
        Path | None,
        typer.Option(
            "--crawler-registry",
            help="A crawler registry to add to the bundled one (ai.robots.txt's robots.json, "
            "or trainaudit's YAML shape).",
        ),
    ] = None,
) -> None:
    """Check summaries against the rule packs; exit 1 on findings at or above --fail-on."""
    try:
        day = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    except ValueError:
        _error(f"--as-of: {as_of!r} is not a date (YYYY-MM-DD)")
        raise typer.Exit(EXIT_ERROR) from None
    rule_set = _load(rules, no_bundled)
    chosen = select_rules(rule_set.rules, _ids(select), _ids(ignore))
    extra = None
    if crawler_registry is not None:
        try:
            extra = load_registry(crawler_registry)
        except TrainauditError as exc:
            raise _fail(exc) from None
    opened: OpenCatalogue | None = None
    if catalogue is not None:
        try:
            opened = _open(catalogue, catalogue_columns, False, no_cache)
        except TrainauditError as exc:
            raise _fail(exc) from None
    documents: list[DocumentResult] = []
    errors: list[str] = []
    for path in expand_paths(paths):
        summary = _run_extract(path)
        if summary is None:
            errors.append(str(path))
            continue
        context = CheckContext(summary=summary, catalogue=opened, as_of=day, extra_crawlers=extra)
        findings = tuple(run_rules(chosen, context))
        documents.append(
            DocumentResult(path=str(path), sha256=summary.source.sha256, findings=findings)
        )
    report = Report(
        as_of=day,
        packs=tuple(name for name, _ in rule_set.packs),
        rules=tuple(chosen),
        documents=tuple(documents),
        errors=tuple(errors),
        catalogue=str(catalogue) if catalogue else None,
    )
    with _output(output) as stream:
        if output_format is CheckFormat.JSON:
            stream.write(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
        elif output_format is CheckFormat.MARKDOWN:
            stream.write(to_markdown(report))
        elif output_format is CheckFormat.JUNIT:
            stream.write(to_junit(report))
        else:
            console = Console(file=stream, highlight=False) if output else Console(highlight=False)
            _terminal(report, console)
    if errors:
        raise typer.Exit(EXIT_ERROR)
    worst = max((f.severity.rank for d in documents for f in d.findings), default=0)
    if worst >= fail_on.rank:
        raise typer.Exit(EXIT_FINDINGS)


# --- rules ------------------------------------------------------------------------


@rules_app.command("list")
def rules_list(
    rules: RulesOption = None,
    no_bundled: NoBundledOption = False,
    pack: Annotated[str | None, typer.Option("--pack", help="Only this pack.")] = None,
    output_format: Annotated[
        ListFormat, typer.Option("--format", "-f", help="table or json.")
    ] = ListFormat.TABLE,
) -> None:
    """List the rules: id, name, pack, severity, section and summary."""
    rule_set = _load(rules, no_bundled)
    chosen = [r for r in rule_set.rules if pack is None or r.pack == pack]
    if output_format is ListFormat.JSON:
        data = [
            {"id": r.id, "name": r.name, "pack": r.pack, "severity": r.severity.value,
             "section": r.section, "field": r.field, "summary": r.summary,
             "check": r.check_type}
            for r in chosen
        ]  # fmt: skip
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(chosen)} rules", title_justify="left")
    for column in ("id", "name", "pack", "severity", "§", "summary"):
        table.add_column(column, overflow="fold")
    for r in chosen:
        table.add_row(r.id, r.name, r.pack, r.severity.value, r.section or "", r.summary)
    Console().print(table)


def rule_page(rule: Rule) -> str:
    """Return the Markdown page of one rule: what, why, legal source, check, examples."""
    lines = [
        f"# {rule.id} {rule.name}",
        "",
        f"**{rule.summary}**",
        "",
        f"- pack: `{rule.pack}`",
        f"- severity: `{rule.severity.value}`",
        f"- template section: {rule.section or '-'}; field: `{rule.field or '-'}`",
        f"- check: `{rule.check_type}` with `{json.dumps(dict(rule.params), ensure_ascii=False)}`",
        "",
        "## What it checks",
        "",
        rule.description or rule.summary,
        "",
        "## Why",
        "",
        rule.rationale,
        "",
        "## Legal sources",
        "",
    ]
    lines += [f"- {ref}" + (f" <{ref.url}>" if ref.url else "") for ref in rule.references]
    lines += ["", "## Message", "", f"    {rule.message}", "", "## Examples", ""]
    for kind, examples in (("passes", rule.pass_examples), ("fails", rule.fail_examples)):
        for example in examples:
            shown = {"fields": dict(example.fields)} if example.fields else {}
            if example.states:
                shown["states"] = dict(example.states)
            if example.catalogue:
                shown["catalogue"] = dict(example.catalogue)
            lines.append(f"- {kind}: `{json.dumps(shown, ensure_ascii=False, default=str)}`")
    return "\n".join(lines) + "\n"


@rules_app.command("show")
def rules_show(
    rule_id: Annotated[str, typer.Argument(help="A rule id or name.")],
    rules: RulesOption = None,
    no_bundled: NoBundledOption = False,
) -> None:
    """Explain one rule: what it checks, why, its legal source and examples (Markdown)."""
    rule = _load(rules, no_bundled).get(rule_id)
    if rule is None:
        _error(f"no rule {rule_id!r}; `trainaudit rules list` shows them")
        raise typer.Exit(EXIT_ERROR)
    sys.stdout.write(rule_page(rule))


@rules_app.command("test")
def rules_test(
    directory: Annotated[
        Path | None, typer.Argument(help="A pack or folder of packs (default: bundled).")
    ] = None,
) -> None:
    """Run every rule's pass and fail examples; exit 1 if any gives the wrong result."""
    rule_set = _load([directory] if directory else None, no_bundled=directory is not None)
    results = run_examples(rule_set.rules)
    failed = [r for r in results if not r.ok]
    for result in failed:
        want = "no finding" if result.kind == "pass" else "a finding"
        stderr.print(
            f"FAIL {result.rule.id} {result.kind} example {result.index + 1}: "
            f"wanted {want}, got: {result.detail}",
            markup=False,
        )
    typer.echo(f"{len(results) - len(failed)} of {len(results)} examples of "
               f"{len(rule_set.rules)} rules gave the expected result")  # fmt: skip
    if failed:
        raise typer.Exit(EXIT_FINDINGS)


@rules_app.command("validate")
def rules_validate(
    directory: Annotated[Path, typer.Argument(help="A pack or folder of packs.")],
) -> None:
    """Check rule files against the schema and the check types; list every problem."""
    rule_set = _load([directory], no_bundled=True)
    typer.echo(f"{directory}: ok: {len(rule_set.rules)} rules in {len(rule_set.packs)} pack(s)")
