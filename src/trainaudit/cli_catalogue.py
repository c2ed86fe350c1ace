"""The catalogue commands: `match` a summary, `link` a manifest, `catalogue validate`."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from trainaudit.catalogue.link import link_records
from trainaudit.catalogue.link_output import link_rows, write_csv, write_jsonl
from trainaudit.catalogue.load import CatalogueError, load_catalogue, load_manifest, parse_columns
from trainaudit.catalogue.open import OpenCatalogue, open_catalogue
from trainaudit.catalogue.resolve import Match
from trainaudit.catalogue.summary_match import SummaryMatches, manifest_linker, match_summary
from trainaudit.cli import EXIT_ERROR, _error, _run_extract, app, expand_paths, stderr
from trainaudit.errors import TrainauditError
from trainaudit.output import atomic_open

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
CatalogueColumnsOption = Annotated[
    str | None,
    typer.Option(
        "--catalogue-columns",
        help="Map a bare works table's columns: title=song,creator=artist[,id=...].",
    ),
]
SkipOption = Annotated[
    bool, typer.Option("--skip-bad-rows", help="Load the good rows and list the bad ones.")
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Build the works index anew and do not store it.")
]


def _columns(spec: str | None) -> dict[str, str] | None:
    """Parse a column mapping option."""
    return parse_columns(spec) if spec else None


def _fail(error: TrainauditError) -> typer.Exit:
    """Print a user error (every problem of a catalogue on its own line) and return the exit."""
    if isinstance(error, CatalogueError):
        _error(f"{error.file}: {error.count} problem{'s' if error.count != 1 else ''}")
        for problem in error.problems:
            stderr.print(f"  {problem}", markup=False, highlight=False)
    else:
        _error(str(error))
    return typer.Exit(EXIT_ERROR)


def _open(path: Path, columns: str | None, skip_bad_rows: bool, no_cache: bool) -> OpenCatalogue:
    """Open a catalogue, reporting skipped rows; exit 2 with every problem when it cannot."""
    started = time.perf_counter()
    opened = open_catalogue(
        path,
        columns=_columns(columns),
        skip_bad_rows=skip_bad_rows,
        use_cache=not no_cache,
    )
    how = "index from cache" if opened.cached else "index built"
    stderr.print(
        f"catalogue {path}: {len(opened.index):,} works, {how} in "
        f"{time.perf_counter() - started:.1f} s",
        highlight=False,
    )
    _report_skipped(opened.skipped)
    return opened


def _report_skipped(skipped: tuple[str, ...] | tuple[Any, ...]) -> None:
    """List the rows left out by --skip-bad-rows."""
    if skipped:
        stderr.print(f"skipped {len(skipped)} bad row(s):", highlight=False)
        for problem in skipped[:50]:
            stderr.print(f"  {problem}", markup=False, highlight=False)
        if len(skipped) > 50:
            stderr.print(f"  ... and {len(skipped) - 50} more", highlight=False)


def show_progress() -> bool:
    """Tell whether to draw progress bars: on a terminal, not under CI."""
    return sys.stderr.isatty() and not os.environ.get("CI")


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


@contextmanager
def _output(target: Path | None) -> Iterator[TextIO]:
    """Yield stdout, or a stream that replaces ``target`` atomically when done."""
    if target is None:
        yield sys.stdout
        return
    with atomic_open(target) as stream:
        yield stream


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
    try:
        opened = _open(catalogue, catalogue_columns, skip_bad_rows, no_cache)
    except TrainauditError as exc:
        raise _fail(exc) from None
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
            raise _fail(exc) from None
    _write_matches(results, output_format, output, single=len(paths) == 1)
    if failed:
        raise typer.Exit(EXIT_ERROR)


def _write_matches(
    results: list[SummaryMatches], output_format: MatchFormat, output: Path | None, *, single: bool
) -> None:
    """Write match results in the chosen format."""
    if output_format is MatchFormat.TABLE:
        with _output(output) as stream:
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
    with _output(output) as stream:
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
    try:
        opened = _open(catalogue, catalogue_columns, skip_bad_rows, no_cache)
        rows = load_manifest(
            manifest, columns=_columns(manifest_columns), skip_bad_rows=skip_bad_rows
        )
    except TrainauditError as exc:
        raise _fail(exc) from None
    _report_skipped(rows.skipped)
    with _progress(len(rows), "linking") as progress:
        result = link_records(
            opened.index, rows.titles, rows.creators, rows.identifiers, progress=progress
        )
    writer = write_csv if output_format is LinkFormat.CSV else write_jsonl
    with _output(output) as stream:
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
        loaded = load_catalogue(catalogue, columns=_columns(catalogue_columns))
    except TrainauditError as exc:
        raise _fail(exc) from None
    cat = loaded.catalogue
    manifests = sum(1 for d in cat.datasets if d.manifest is not None)
    typer.echo(
        f"{catalogue}: ok: {len(cat.works):,} works, {len(cat.domains)} domains, "
        f"{len(cat.datasets)} datasets ({manifests} with a manifest), "
        f"{len(cat.reservations)} reservations"
    )
