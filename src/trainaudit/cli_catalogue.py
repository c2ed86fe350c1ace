"""The catalogue commands: `match` a summary, `link` a manifest, `catalogue validate`."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from trainaudit.catalogue.link import link_records
from trainaudit.catalogue.link_output import link_rows, write_csv, write_jsonl
from trainaudit.catalogue.load import load_catalogue, load_manifest
from trainaudit.catalogue.resolve import Match
from trainaudit.catalogue.summary_match import SummaryMatches, manifest_linker, match_summary
from trainaudit.cli import _run_extract, app, expand_paths
from trainaudit.cli_options import (
    EXIT_ERROR,
    CatalogueColumnsOption,
    NoCacheOption,
    SkipOption,
    fail,
    open_catalogue_or_exit,
    output_stream,
    parse_column_option,
    report_skipped,
    show_progress,
    stderr,
)
from trainaudit.errors import TrainauditError

catalogue_app = typer.Typer(help="Check a rights holder's catalogue.", no_args_is_help=True)
app.add_typer(catalogue_app, name="catalogue")


class MatchFormat(StrEnum):
    """Output formats of `match`."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"


class LinkFormat(StrEnum):
    """Output formats of `link`."""

    CSV = "csv"
    JSONL = "jsonl"


CatalogueOption = Annotated[
    Path,
    typer.Option(
        "--catalogue",
        "-c",
        help="The rights holder's register (.yaml/.json) or a CSV/TSV of works.",
    ),
]


@contextmanager
def _progress(total: int, what: str) -> Iterator[Callable[[int], None] | None]:
    """Yield a progress callback drawing a bar on the terminal, or None when not shown."""
    if not show_progress():
        yield None
        return
    columns = (TextColumn(what), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=stderr, transient=True) as bar:
        task = bar.add_task(what, total=total)
        yield lambda done: bar.advance(task, done)


# --- match --------------------------------------------------------------------


def match_dict(match: Match) -> dict[str, Any]:
    """Return the JSON form of a match."""
    return {
        "kind": match.kind.value,
        "mention": match.mention,
        "field": match.where.field,
        "page": match.where.page,
        "quote": match.where.quote,
        "target": match.target,
        "catalogue_row": match.catalogue_row,
        "score": match.score,
        "scorer": match.scorer,
        "cutoff": match.cutoff,
        "normalisation": list(match.steps),
        "details": dict(match.details),
        "runner_ups": [{"target": c.target, "score": c.score} for c in match.runner_ups],
    }


def summary_matches_dict(result: SummaryMatches) -> dict[str, Any]:
    """Return the JSON form of a summary's matches."""
    return {
        "document": result.document,
        "matches": [match_dict(m) for m in result.matches],
        "datasets": [
            {
                "dataset": d.dataset,
                "manifest": d.manifest,
                "manifest_rows": d.manifest_rows,
                "works_contained": len(d.work_ids),
                "work_ids": list(d.work_ids),
            }
            for d in result.datasets
        ],
    }


_MATCH_CSV = (
    "document",
    "kind",
    "mention",
    "field",
    "page",
    "target",
    "catalogue_row",
    "score",
    "scorer",
    "quote",
)


def _match_csv(results: list[SummaryMatches]) -> str:
    """Return all matches as CSV, one row per match."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_MATCH_CSV)
    for result in results:
        for m in result.matches:
            writer.writerow(
                (result.document, m.kind.value, m.mention, m.where.field, m.where.page,
                 m.target, m.catalogue_row, m.score, m.scorer, m.where.quote)
            )  # fmt: skip
    return buffer.getvalue()


def _match_table(result: SummaryMatches) -> Table:
    """Return a terminal table of one summary's matches."""
    table = Table(title=result.document, title_justify="left")
    for name in ("kind", "mention", "field", "page", "catalogue entry", "score", "scorer"):
        table.add_column(name, overflow="fold")
    for m in result.matches:
        table.add_row(
            m.kind.value, m.mention, m.where.field or "", str(m.where.page or ""),
            m.target, f"{m.score:.0f}", m.scorer,
        )  # fmt: skip
    if not result.matches:
        table.caption = "nothing in this summary resolves to the catalogue"
    for d in result.datasets:
        table.caption = (table.caption or "") + (
            f"\n{d.dataset}: its manifest ({d.manifest_rows:,} rows) contains "
            f"{len(d.work_ids):,} catalogue works"
        )
    return table


@app.command()
def match(
    documents: Annotated[list[Path], typer.Argument(help="Summaries or folders of them.")],
    catalogue: CatalogueOption,
    catalogue_columns: CatalogueColumnsOption = None,
    skip_bad_rows: SkipOption = False,
    output_format: Annotated[
        MatchFormat, typer.Option("--format", "-f", help="table, json or csv.")
    ] = MatchFormat.TABLE,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    spacy_model: Annotated[
        str | None,
        typer.Option(
            "--spacy-model", help="Add an installed spaCy pipeline (e.g. en_core_web_sm)."
        ),
    ] = None,
    no_cache: NoCacheOption = False,
) -> None:
    """List what summaries name that is in the catalogue: works, domains, datasets, owners."""
    opened = open_catalogue_or_exit(catalogue, catalogue_columns, skip_bad_rows, no_cache)
    paths = expand_paths(documents)
    results: list[SummaryMatches] = []
    failed = 0
    manifests = manifest_linker(opened)
    for path in paths:
        summary = _run_extract(path)
        if summary is None:
            failed += 1
            continue
        try:
            results.append(match_summary(summary, opened, model=spacy_model, manifests=manifests))
        except TrainauditError as exc:
            raise fail(exc) from None
    _write_matches(results, output_format, output, single=len(paths) == 1)
    if failed:
        raise typer.Exit(EXIT_ERROR)


def _write_matches(
    results: list[SummaryMatches], output_format: MatchFormat, output: Path | None, *, single: bool
) -> None:
    """Write match results in the chosen format."""
    if output_format is MatchFormat.TABLE:
        with output_stream(output) as stream:
            console = Console(file=stream) if output else Console()
            for result in results:
                console.print(_match_table(result))
        return
    if output_format is MatchFormat.CSV:
        text = _match_csv(results)
    else:
        data: Any = [summary_matches_dict(r) for r in results]
        if single and len(data) == 1:
            data = data[0]
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with output_stream(output) as stream:
        stream.write(text)


# --- link ---------------------------------------------------------------------


@app.command()
def link(
    manifest: Annotated[
        Path, typer.Argument(help="A dataset manifest: CSV, TSV, JSONL or Parquet.")
    ],
    catalogue: CatalogueOption,
    manifest_columns: Annotated[
        str | None,
        typer.Option(
            "--manifest-columns",
            help="Map the manifest's columns: title=track,creator=artist[,id=...,isrc=...].",
        ),
    ] = None,
    catalogue_columns: CatalogueColumnsOption = None,
    skip_bad_rows: SkipOption = False,
    output_format: Annotated[
        LinkFormat, typer.Option("--format", "-f", help="csv or jsonl.")
    ] = LinkFormat.CSV,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (atomically).")
    ] = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Link a dataset manifest to the catalogue: which of the holder's works it contains."""
    started = time.perf_counter()
    opened = open_catalogue_or_exit(catalogue, catalogue_columns, skip_bad_rows, no_cache)
    try:
        rows = load_manifest(
            manifest, columns=parse_column_option(manifest_columns), skip_bad_rows=skip_bad_rows
        )
    except TrainauditError as exc:
        raise fail(exc) from None
    report_skipped(rows.skipped)
    with _progress(len(rows), "linking") as progress:
        result = link_records(
            opened.index, rows.titles, rows.creators, rows.identifiers, progress=progress
        )
    writer = write_csv if output_format is LinkFormat.CSV else write_jsonl
    with output_stream(output) as stream:
        written = writer(link_rows(result, rows, opened.index), stream)
    works = len(set(result.works.tolist()))
    stderr.print(
        f"linked {written:,} of {len(rows):,} manifest rows to {works:,} catalogue works "
        f"({result.ambiguous.size:,} ambiguous, left unlinked) in "
        f"{time.perf_counter() - started:.1f} s" + (f"; wrote {output}" if output else ""),
        highlight=False,
    )


# --- catalogue validate ----------------------------------------------------------


@catalogue_app.command("validate")
def validate(
    catalogue: Annotated[Path, typer.Argument(help="A register (.yaml/.json) or works table.")],
    catalogue_columns: CatalogueColumnsOption = None,
) -> None:
    """Check a catalogue and list every problem (file, line, column, what was expected)."""
    try:
        loaded = load_catalogue(catalogue, columns=parse_column_option(catalogue_columns))
    except TrainauditError as exc:
        raise fail(exc) from None
    cat = loaded.catalogue
    manifests = sum(1 for d in cat.datasets if d.manifest is not None)
    typer.echo(
        f"{catalogue}: ok: {len(cat.works):,} works, {len(cat.domains)} domains, "
        f"{len(cat.datasets)} datasets ({manifests} with a manifest), "
        f"{len(cat.reservations)} reservations"
    )
