"""The trainaudit command line: parse options, call the library, format, set the exit code."""

from __future__ import annotations

import fnmatch
import json
import logging
import signal
import sys
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from trainaudit import __version__
from trainaudit.cli_options import EXIT_ERROR, print_error, stderr
from trainaudit.errors import InputError, TrainauditError
from trainaudit.models import FieldState, Summary
from trainaudit.output import atomic_write
from trainaudit.schema import ensure_valid
from trainaudit.summary import read_summary

DOCUMENT_SUFFIXES = frozenset(
    {".pdf", ".docx", ".html", ".htm", ".xhtml", ".md", ".markdown", ".txt", ".text"}
)

app = typer.Typer(
    name="trainaudit",
    help="Audit AI providers' Public Summaries of Training Content (EU AI Act Art. 53(1)(d)).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class ExtractFormat(StrEnum):
    """Output formats of `extract`."""

    JSON = "json"
    TABLE = "table"


class _State:
    debug = False


def _version(value: bool) -> None:
    if value:
        typer.echo(f"trainaudit {__version__}")
        raise typer.Exit


@app.callback()
def main_options(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks and debug logging.")
    ] = False,
    version: Annotated[  # noqa: ARG001 - handled by its eager callback
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Audit AI providers' Public Summaries of Training Content (EU AI Act Art. 53(1)(d))."""
    _State.debug = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING)


_STATE_STYLE = {
    FieldState.ANSWERED: "green",
    FieldState.EMPTY: "dim",
    FieldState.NOT_APPLICABLE: "dim",
    FieldState.UNKNOWN: "bold yellow",
    FieldState.MISSING: "bold red",
}


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value if len(value) <= 160 else value[:157] + "…"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 160 else text[:157] + "…"


def _table(summary: Summary) -> Table:
    counts = Counter(field.state for field in summary.fields.values())
    caption = " · ".join(
        f"{counts[state]} {state.value.replace('_', ' ')}" for state in FieldState if counts[state]
    )
    pages = summary.source.summary_pages
    where = (
        f" (summary on pages {pages[0]}-{pages[1]})"
        if pages and pages != (1, summary.source.pages)
        else ""
    )
    table = Table(
        title=f"{summary.source.path}{where}",
        title_justify="left",
        caption=caption,
        caption_justify="left",
    )
    table.add_column("field", style="cyan", no_wrap=True)
    table.add_column("state")
    table.add_column("page", justify="right")
    table.add_column("value", overflow="fold")
    for field_id, field in summary.fields.items():
        style = _STATE_STYLE[field.state]
        page = field.evidence[0].page if field.evidence and field.evidence[0].page else ""
        table.add_row(field_id, f"[{style}]{field.state.value}[/]", str(page), _show(field.value))
    return table


def _run_extract(path: Path) -> Summary | None:
    try:
        summary = read_summary(path)
        ensure_valid(summary.to_dict(), "summary")
        return summary
    except InputError as exc:
        if _State.debug and exc.__cause__ is not None:
            raise
        print_error(str(exc))
    except TrainauditError as exc:
        if _State.debug:
            raise
        print_error(f"{path}: {exc}")
    except Exception as exc:
        if _State.debug:
            raise
        print_error(f"{path}: internal error ({type(exc).__name__}: {exc}); please report it")
    return None


@app.command()
def extract(
    files: Annotated[
        list[Path],
        typer.Argument(help="Summaries (PDF, DOCX, HTML, Markdown, text) or folders of them."),
    ],
    output_format: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="json or table.")
    ] = ExtractFormat.JSON,
    output_dir: Annotated[
        Path | None,
        typer.Option("--output-dir", "-o", help="Write one <name>.json per document here."),
    ] = None,
) -> None:
    """Read summaries into the template's fields, with evidence for every value."""
    files = expand_paths(files)
    results: list[tuple[Path, Summary]] = []
    failed: list[Path] = []
    for path in files:
        summary = _run_extract(path)
        if summary is None:
            failed.append(path)
        else:
            results.append((path, summary))
    if output_dir is not None:
        output_dir.mkdir(parents=True, exist_ok=True)
        for path, summary in results:
            target = output_dir / f"{path.stem}.json"
            atomic_write(target, _dumps(summary.to_dict()))
            stderr.print(f"wrote {target}")
    elif output_format is ExtractFormat.JSON:
        documents = [summary.to_dict() for _, summary in results]
        if len(files) == 1:
            if documents:
                sys.stdout.write(_dumps(documents[0]))
        else:
            sys.stdout.write(_dumps(documents))
    else:
        console = Console()
        for _, summary in results:
            console.print(_table(summary))
    if failed:
        if len(files) > 1:
            print_error(
                f"{len(failed)} of {len(files)} documents could not be read: "
                + ", ".join(str(p) for p in failed)
            )
        raise typer.Exit(EXIT_ERROR)


def _excluded(path: Path, root: Path, patterns: list[str]) -> bool:
    """Tell whether a path under root matches an exclude glob (its relative path or a part)."""
    relative = path.relative_to(root).as_posix()
    return any(
        fnmatch.fnmatch(relative, pattern)
        or fnmatch.fnmatch(path.as_posix(), pattern)
        or any(fnmatch.fnmatch(part, pattern) for part in path.relative_to(root).parts)
        for pattern in patterns
    )


def expand_paths(paths: list[Path], exclude: list[str] | None = None) -> list[Path]:
    """Replace folders by the documents in them (recursive, sorted; gold and excluded skipped)."""
    out: list[Path] = []
    for path in paths:
        if not path.is_dir():
            out.append(path)
            continue
        out.extend(
            sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in DOCUMENT_SUFFIXES
                and not p.name.upper().startswith("README")
                and not (exclude and _excluded(p, path, exclude))
            )
        )
    return out


def _dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM; not a KeyboardInterrupt, so that click does not swallow it as Abort."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _interrupt(signum: int, _frame: object) -> None:
    """Raise Interrupted (atomic writes and the runner undo their work on the way out)."""
    raise Interrupted(signum)


def main() -> None:
    """Run the command line; Ctrl-C and SIGTERM end it with one line and nothing half-written."""
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        app()
    except Interrupted as stop:
        print_error("terminated" if stop.signum == signal.SIGTERM else "interrupted")
        sys.exit(128 + stop.signum)


# The catalogue and rule commands register themselves on `app`.
from trainaudit import cli_catalogue, cli_diff, cli_questions, cli_rules  # noqa: E402, F401
