"""Text outside ruled tables: rows into lines, label/value columns, headings, paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from itertools import pairwise
from typing import Any

from trainaudit.extract.columns import (
    Row,
    extra_columns,
    find_value_column,
    gap_limit,
    group_rows,
    line_from_words,
    row_bbox,
    segments,
    split_columns,
)
from trainaudit.extract.layout import MARKERS, Block, Line

Word = Mapping[str, Any]


def lines_from_rows(rows: Sequence[Row], page_number: int) -> list[Line]:
    """Turn rows of words into lines, attaching lone tick markers to their labels."""
    return _attach_lone_markers([line_from_words(row, page_number) for row in rows])


def _attach_lone_markers(lines: list[Line]) -> list[Line]:
    """Move a line holding only a tick marker to the front of the line above it."""
    out: list[Line] = []
    for line in lines:
        if line.text in MARKERS and out and out[-1].text[:1] not in MARKERS:
            above = out[-1]
            out[-1] = Line(text=f"{line.text} {above.text}", page=above.page, bbox=above.bbox)
        else:
            out.append(line)
    return out


def _paragraphs(lines: Sequence[Line]) -> Iterator[list[Line]]:
    """Split free-flowing lines into paragraphs at vertical gaps and style changes."""
    current: list[Line] = []
    for line in lines:
        if current:
            prev = current[-1]
            assert prev.bbox is not None and line.bbox is not None
            height = prev.bbox[3] - prev.bbox[1]
            gap = line.bbox[1] - prev.bbox[3]
            if gap > 0.8 * height or prev.bold != line.bold:
                yield current
                current = []
        current.append(line)
    if current:
        yield current


def _crosses(row: Row, column: float) -> bool:
    """Return whether a row runs across the gutter: a word over it, or a word space at it."""
    if any(float(w["x0"]) < column - 2 and float(w["x1"]) > column + 2 for w in row):
        return True
    for left, right in pairwise(row):
        if float(left["x1"]) <= column + 2 and float(right["x0"]) >= column - 2:
            gap = float(right["x0"]) - float(left["x1"])
            aligned = abs(float(right["x0"]) - (column + 2)) <= 3
            # A word starting exactly at the column after more than a word space is a value.
            return gap <= (4.0 if aligned else gap_limit(left))
    return False


_NUMBERED_HEADING = re.compile(r"^\d{1,2}(\.\d{1,2})*\.?$")


def _is_heading_row(row: Row, left: float) -> bool:
    """Return whether a row is a heading: all bold, or a short numbered line at the margin.

    A number in the value column opens an address ("1 Canal Side"), not a section.
    """
    fonts = [str(w.get("fontname", "")) for w in row if w["text"] not in MARKERS]
    if fonts and all("bold" in f.lower() for f in fonts):
        return True
    words = [str(w["text"]) for w in row]
    numbered = len(words) > 1 and bool(_NUMBERED_HEADING.match(words[0]))
    at_margin = float(row[0]["x0"]) <= left + 15
    return numbered and at_margin and len(words) <= 10 and len(segments(row)) == 1


def _groups(rows: Sequence[Row], left: float) -> list[list[Row]]:
    """Split rows into groups at bold heading rows and wide vertical gaps."""
    groups: list[list[Row]] = []
    for row in rows:
        if groups:
            previous = groups[-1][-1]
            above, below = row_bbox(previous), row_bbox(row)
            gap, height = below[1] - above[3], above[3] - above[1]
            heading = _is_heading_row(row, left)
            previous_heading = _is_heading_row(previous, left)
            # a bold label wrapped onto more lines stays with its row (numbered lines do not)
            numbered = bool(_NUMBERED_HEADING.match(str(row[0]["text"])))
            wrapped = gap <= 0.6 * height and abs(above[0] - below[0]) <= 2.0 and not numbered
            if (
                (not heading and not previous_heading and gap <= 2.5 * height)
                or (heading and previous_heading and gap <= 0.6 * height)
                or (wrapped and not previous_heading)
            ):
                groups[-1].append(row)  # one table, or one heading wrapped over lines
                continue
        groups.append([row])
    return groups


def free_blocks(
    words: Sequence[Word], rules: Sequence[float], number: int
) -> list[tuple[float, Block]]:
    """Blocks for words outside ruled tables: two-column runs as cells, the rest as paragraphs."""
    rows = group_rows(words)
    if not rows:
        return []
    left = min(float(w["x0"]) for w in words)
    page_column = find_value_column(rows, left)
    runs: list[tuple[bool, list[Row], float | None]] = []
    for group in _groups(rows, left):
        # Each table-like group has its own gutter; the page's is the fallback.
        column = find_value_column(group, left, min_count=2) or page_column
        group_runs: list[tuple[bool, list[Row], float | None]] = []
        for row in group:
            fits = column is not None and not _crosses(row, column)
            if group_runs and group_runs[-1][0] == fits:
                group_runs[-1][1].append(row)
            else:
                group_runs.append((fits, [row], column))
        runs.extend(group_runs)
    out: list[tuple[float, Block]] = []
    for index, (fits, run, column) in enumerate(runs):
        top = row_bbox(run[0])[1]
        split = None
        if (
            fits
            and column is not None
            and any(float(w["x0"]) >= column for row in run for w in row)
        ):
            extra = extra_columns(run, column)
            split = split_columns(run, column, rules, number, 1000 + 100 * number + index, extra)
        if split is not None:
            out.extend((top + i * 1e-3, block) for i, block in enumerate(split))
            continue
        for paragraph in _paragraphs(lines_from_rows(run, number)):
            assert paragraph[0].bbox is not None
            heading = all(line.bold for line in paragraph) and len(paragraph) <= 2
            out.append((paragraph[0].bbox[1], Block(lines=tuple(paragraph), heading=heading)))
    return out
