"""What the commands share: the error stream, exit codes, common options and their loaders.

This module imports no command module and not ``trainaudit.cli``, so every command
module can import it first, in any order.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console

from trainaudit.catalogue.load import CatalogueError, parse_columns
from trainaudit.catalogue.open import OpenCatalogue, open_catalogue
from trainaudit.config import Config, load_config
from trainaudit.errors import TrainauditError
from trainaudit.output import atomic_open
from trainaudit.rules.cache import load_rules_cached
from trainaudit.rules.load import RuleError, RuleSet, default_rules_dir, load_rules

EXIT_FINDINGS = 1
EXIT_ERROR = 2

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def print_error(message: str) -> None:
    """Print one error line on stderr."""
    stderr.print(f"[bold red]error:[/] {message}", markup=True)


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


RulesOption = Annotated[
    list[Path] | None,
    typer.Option("--rules", "-r", help="A rule pack folder, or a folder of packs (repeatable)."),
]
NoBundledOption = Annotated[
    bool, typer.Option("--no-bundled", help="Use only the --rules packs, not the bundled ones.")
]


def parse_column_option(spec: str | None) -> dict[str, str] | None:
    """Parse a column mapping option."""
    return parse_columns(spec) if spec else None


def fail(error: TrainauditError) -> typer.Exit:
    """Print a user error (every problem of a catalogue on its own line) and return the exit."""
    if isinstance(error, CatalogueError):
        print_error(f"{error.file}: {error.count} problem{'s' if error.count != 1 else ''}")
        for problem in error.problems:
            stderr.print(f"  {problem}", markup=False, highlight=False)
    else:
        print_error(str(error))
    return typer.Exit(EXIT_ERROR)


def open_catalogue_or_exit(
    path: Path, columns: str | None, skip_bad_rows: bool, no_cache: bool
) -> OpenCatalogue:
    """Open a catalogue, reporting skipped rows; exit 2 with every problem when it cannot."""
    started = time.perf_counter()
    try:
        opened = open_catalogue(
            path,
            columns=parse_column_option(columns),
            skip_bad_rows=skip_bad_rows,
            use_cache=not no_cache,
        )
    except TrainauditError as exc:
        raise fail(exc) from None
    how = "index from cache" if opened.cached else "index built"
    stderr.print(
        f"catalogue {path}: {len(opened.index):,} works, {how} in "
        f"{time.perf_counter() - started:.1f} s",
        highlight=False,
    )
    report_skipped(opened.skipped)
    return opened


def report_skipped(skipped: tuple[str, ...] | tuple[Any, ...]) -> None:
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
def output_stream(target: Path | None) -> Iterator[TextIO]:
    """Yield stdout, or a stream that replaces ``target`` atomically when done."""
    if target is None:
        yield sys.stdout
        return
    with atomic_open(target) as stream:
        yield stream


def load_rule_set(rules: list[Path] | None, no_bundled: bool, *, use_cache: bool = True) -> RuleSet:
    """Load the bundled packs and the given ones (validated once per content); exit 2 on errors."""
    directories = list(rules or [])
    if not no_bundled:
        directories.insert(0, default_rules_dir())
    try:
        return load_rules_cached(directories) if use_cache else load_rules(directories)
    except RuleError as exc:
        print_error(str(exc))
        for problem in exc.problems:
            stderr.print(f"  {problem}", markup=False, highlight=False)
        raise typer.Exit(EXIT_ERROR) from None


ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="A trainaudit.toml or pyproject.toml (default: the nearest)."),
]


def load_config_or_exit(path: Path | None) -> Config:
    """Return the configuration (the given file, or the nearest); exit 2 when it is broken."""
    try:
        return load_config(path)
    except TrainauditError as exc:
        raise fail(exc) from None


def parse_day(as_of: str | None) -> dt.date:
    """Return the --as-of date (today without one); exit 2 when it is not a date."""
    try:
        return dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    except ValueError:
        print_error(f"--as-of: {as_of!r} is not a date (YYYY-MM-DD)")
        raise typer.Exit(EXIT_ERROR) from None


def split_ids(option: str | None) -> list[str]:
    """Split a comma-separated option."""
    return [p.strip() for p in (option or "").split(",") if p.strip()]
