"""The `questions` command: the questions a rights holder would send the provider of a summary."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from trainaudit.cli import _run_extract, app
from trainaudit.cli_options import (
    EXIT_ERROR,
    CatalogueColumnsOption,
    ConfigOption,
    NoCacheOption,
    fail,
    load_config_or_exit,
    load_rule_set,
    open_catalogue_or_exit,
    output_stream,
    parse_day,
    stderr,
)
from trainaudit.errors import TrainauditError
from trainaudit.questions import build_questions, questions_json, questions_markdown
from trainaudit.rules.context import CheckContext
from trainaudit.rules.engine import run_rules, select_rules
from trainaudit.schema import ensure_valid


class QuestionsFormat(StrEnum):
    """Output formats of `questions`."""

    MARKDOWN = "markdown"
    JSON = "json"


@app.command("questions")
def questions_command(
    document: Annotated[
        Path, typer.Argument(help="A summary (PDF, DOCX, HTML, Markdown or text).")
    ],
    catalogue: Annotated[
        Path | None,
        typer.Option(
            "--catalogue", "-c", help="The rights holder's catalogue (for work-level questions)."
        ),
    ] = None,
    catalogue_columns: CatalogueColumnsOption = None,
    output_format: Annotated[
        QuestionsFormat, typer.Option("--format", "-f", help="markdown or json.")
    ] = QuestionsFormat.MARKDOWN,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (atomically).")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="The date of the letter (YYYY-MM-DD); today.")
    ] = None,
    no_cache: NoCacheOption = False,
    config_file: ConfigOption = None,
) -> None:
    """Turn a summary's gaps and catalogue matches into the questions to send its provider."""
    day = parse_day(as_of)
    config = load_config_or_exit(config_file)
    rule_set = load_rule_set(None, no_bundled=False)
    chosen = select_rules(rule_set.rules, [], list(config.get("ignore", [])))
    catalogue = catalogue or config.path("catalogue")
    columns = catalogue_columns or config.get("catalogue-columns")
    opened = (
        open_catalogue_or_exit(catalogue, columns, False, no_cache)
        if catalogue is not None
        else None
    )
    summary = _run_extract(document)
    if summary is None:
        raise typer.Exit(EXIT_ERROR)
    context = CheckContext(summary=summary, catalogue=opened, as_of=day)
    try:
        findings = run_rules(chosen, context)
        matches = context.catalogue_matches
    except TrainauditError as exc:
        raise fail(exc) from None
    result = build_questions(
        summary,
        findings,
        as_of=day,
        matches=matches,
        catalogue=opened,
        rules=tuple(chosen),
        path=str(document),
    )
    if output_format is QuestionsFormat.JSON:
        data = questions_json(result)
        ensure_valid(data, "questions")
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    else:
        text = questions_markdown(result)
    with output_stream(output) as stream:
        stream.write(text)
    if output is not None:
        stderr.print(
            f"wrote {len(result.questions)} question(s) to {output}", markup=False, highlight=False
        )
