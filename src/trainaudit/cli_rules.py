"""The rule commands: `check` documents, and `rules list | show | test | validate`."""

from __future__ import annotations

import json
import sys
import time
from contextlib import nullcontext
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from trainaudit.catalogue.load import parse_columns
from trainaudit.checkrun.baseline import read_baseline, write_baseline
from trainaudit.checkrun.checker import Checker
from trainaudit.checkrun.result_cache import ResultCache
from trainaudit.checkrun.runner import ProgressCallback, default_jobs, run_checks
from trainaudit.cli import app, expand_paths
from trainaudit.cli_options import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    CatalogueColumnsOption,
    ConfigOption,
    NoBundledOption,
    NoCacheOption,
    RulesOption,
    fail,
    load_config_or_exit,
    load_rule_set,
    open_catalogue_or_exit,
    output_stream,
    parse_day,
    print_error,
    show_progress,
    split_ids,
    stderr,
)
from trainaudit.errors import TrainauditError
from trainaudit.optout.crawlers import load_registry
from trainaudit.report.render import ReportFormat, render_report
from trainaudit.report.terminal import print_report
from trainaudit.rules.engine import select_rules
from trainaudit.rules.examples import run_examples
from trainaudit.rules.model import Rule, Severity

rules_app = typer.Typer(help="List, explain, test and validate rule packs.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


class ListFormat(StrEnum):
    """Output formats of `rules list`."""

    TABLE = "table"
    JSON = "json"


# --- check ------------------------------------------------------------------------


def _progress_bar(total: int) -> tuple[Progress | None, ProgressCallback | None]:
    """Return a progress bar and its callback on a terminal (not under CI), else Nones."""
    if not show_progress() or total < 2:
        return None, None
    progress = Progress(
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[cached]} cached"),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
    )
    task = progress.add_task("check", total=total, cached=0)
    cached_count = 0

    def advance(done: int, _total: int, cached: bool) -> None:
        nonlocal cached_count
        cached_count += cached
        progress.update(task, completed=done, cached=cached_count)

    return progress, advance


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
        Severity | None,
        typer.Option("--fail-on", help="Exit 1 on (new) findings at or above this severity."),
    ] = None,
    output_format: Annotated[
        ReportFormat | None,
        typer.Option("--format", "-f", help="terminal, json, sarif, junit, markdown or html."),
    ] = None,
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
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes (default: the usable cores)."),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", help="Leave out paths matching this glob (repeatable)."),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Known findings: only findings not in it count."),
    ] = None,
    update_baseline: Annotated[
        bool, typer.Option("--update-baseline", help="Write the findings to the baseline file.")
    ] = False,
    config_file: ConfigOption = None,
) -> None:
    """Check summaries against the rule packs; exit 1 on findings at or above --fail-on."""
    config = load_config_or_exit(config_file)
    day = parse_day(as_of)
    rule_dirs = rules or config.paths("rules")
    use_cache = not no_cache and bool(config.get("cache", True))
    rule_set = load_rule_set(
        rule_dirs, no_bundled or bool(config.get("no-bundled", False)), use_cache=use_cache
    )
    chosen = select_rules(
        rule_set.rules,
        split_ids(select) or list(config.get("select", [])),
        split_ids(ignore) or list(config.get("ignore", [])),
    )
    fail_level = fail_on or Severity(config.get("fail-on", Severity.ERROR.value))
    chosen_format = output_format or ReportFormat(config.get("format", "terminal"))
    baseline_path = baseline or config.path("baseline")
    if update_baseline and baseline_path is None:
        print_error("--update-baseline needs --baseline FILE (or baseline in the configuration)")
        raise typer.Exit(EXIT_ERROR)
    registry_path = crawler_registry or config.path("crawler-registry")
    catalogue_path = catalogue or config.path("catalogue")
    columns = catalogue_columns or config.get("catalogue-columns")
    try:
        known = (
            read_baseline(baseline_path)
            if baseline_path is not None and not update_baseline
            else None
        )
        extra = load_registry(registry_path) if registry_path is not None else None
    except TrainauditError as exc:
        raise fail(exc) from None
    opened = (
        open_catalogue_or_exit(catalogue_path, columns, False, not use_cache)
        if catalogue_path is not None
        else None
    )
    checker = Checker(
        rule_set=rule_set,
        rules=tuple(chosen),
        as_of=day,
        catalogue=opened,
        catalogue_path=catalogue_path,
        catalogue_columns=parse_columns(columns) if columns else None,
        extra_crawlers=extra,
        extra_crawlers_path=registry_path,
    )
    documents = expand_paths(paths, exclude=exclude or list(config.get("exclude", [])))
    started = time.perf_counter()
    progress, advance = _progress_bar(len(documents))
    with progress or nullcontext():
        run = run_checks(
            checker,
            documents,
            jobs=jobs or config.get("jobs") or default_jobs(),
            cache=ResultCache.default() if use_cache else None,
            progress=advance,
        )
    for error in run.errors:
        print_error(error)
    stderr.print(
        f"{len(documents)} document(s): {run.checked} checked, {run.cached} from the cache, "
        f"{len(run.errors)} unreadable, in {time.perf_counter() - started:.1f} s",
        highlight=False,
    )
    if update_baseline and baseline_path is not None:
        count = write_baseline(baseline_path, run.documents)
        stderr.print(f"wrote {count} finding(s) to the baseline {baseline_path}", highlight=False)
    report = checker.report(run.documents, run.errors, known)
    with output_stream(output) as stream:
        if chosen_format is ReportFormat.TERMINAL:
            console = Console(file=stream, highlight=False) if output else Console(highlight=False)
            print_report(report, console)
        else:
            stream.write(render_report(report, chosen_format))
    if run.errors:
        raise typer.Exit(EXIT_ERROR)
    if update_baseline:
        return
    worst = max((f.severity.rank for f in report.new_findings()), default=0)
    if worst >= fail_level.rank:
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
    rule_set = load_rule_set(rules, no_bundled)
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
    rule = load_rule_set(rules, no_bundled).get(rule_id)
    if rule is None:
        print_error(f"no rule {rule_id!r}; `trainaudit rules list` shows them")
        raise typer.Exit(EXIT_ERROR)
    sys.stdout.write(rule_page(rule))


@rules_app.command("test")
def rules_test(
    directory: Annotated[
        Path | None, typer.Argument(help="A pack or folder of packs (default: bundled).")
    ] = None,
) -> None:
    """Run every rule's pass and fail examples; exit 1 if any gives the wrong result."""
    rule_set = load_rule_set(
        [directory] if directory else None, no_bundled=directory is not None, use_cache=False
    )
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
    rule_set = load_rule_set([directory], no_bundled=True, use_cache=False)
    typer.echo(f"{directory}: ok: {len(rule_set.rules)} rules in {len(rule_set.packs)} pack(s)")
