"""Rows of the ``link`` output: one per manifest row linked to a catalogue work, as CSV or JSONL."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import TextIO

from trainaudit.catalogue.index import WorkIndex
from trainaudit.catalogue.link import LinkResult
from trainaudit.catalogue.load import Manifest
from trainaudit.catalogue.score import NO_CREATOR

#: Output columns, in order. Row numbers are 0-based data rows of each input file.
COLUMNS = (
    "manifest_row",
    "manifest_id",
    "manifest_title",
    "manifest_creators",
    "catalogue_row",
    "catalogue_file",
    "work_id",
    "work_title",
    "work_creators",
    "score",
    "title_score",
    "creator_score",
    "via",
    "runner_up_id",
    "runner_up_score",
)

Cell = str | int | float | None


def link_rows(
    result: LinkResult, manifest: Manifest, index: WorkIndex
) -> Iterator[dict[str, Cell]]:
    """Yield the output rows of a link result, in manifest order."""
    for i in range(len(result)):
        query = int(result.queries[i])
        work = int(result.works[i])
        file, row = index.source_of(work)
        creator = int(result.creator[i])
        runner_up = int(result.runner_up[i])
        via_identifier = bool(result.via_identifier[i])
        yield {
            "manifest_row": manifest.rows[query],
            "manifest_id": manifest.ids[query] if manifest.ids else None,
            "manifest_title": manifest.titles[query],
            "manifest_creators": "; ".join(manifest.creators[query]),
            "catalogue_row": row,
            "catalogue_file": file,
            "work_id": index.ids[work],
            "work_title": index.written_titles[work],
            "work_creators": index.written_creators[work],
            "score": round(float(result.score[i]), 1),
            "title_score": None if via_identifier else int(result.title[i]),
            "creator_score": None if via_identifier or creator == NO_CREATOR else creator,
            "via": "identifier" if via_identifier else "title+creator",
            "runner_up_id": index.ids[runner_up] if runner_up >= 0 else None,
            "runner_up_score": round(float(result.runner_up_score[i]), 1)
            if runner_up >= 0
            else None,
        }


def write_csv(rows: Iterator[dict[str, Cell]], stream: TextIO) -> int:
    """Write rows as CSV with a header; return how many were written."""
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_jsonl(rows: Iterator[dict[str, Cell]], stream: TextIO) -> int:
    """Write rows as JSON lines; return how many were written."""
    count = 0
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
