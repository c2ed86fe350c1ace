"""Label/value columns without ruling lines: rebuild the rows that a plain text flow interleaves."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from trainaudit.extract.layout import MARKERS, BBox, Block, Line
from trainaudit.extract.text import mark_boxes

Word = Mapping[str, Any]
Row = list[Word]


def _word_middle(word: Word) -> float:
    return (float(word["top"]) + float(word["bottom"])) / 2


def _rows_by_baseline(words: Sequence[Word]) -> list[Row]:
    ordered = sorted(words, key=lambda w: (_word_middle(w), float(w["x0"])))
    rows: list[Row] = []
    for word in ordered:
        height = float(word["bottom"]) - float(word["top"])
        if rows:
            ref = rows[-1][0]
            ref_height = float(ref["bottom"]) - float(ref["top"])
            tolerance = max(1.5, 0.4 * min(height, ref_height))
            if abs(_word_middle(ref) - _word_middle(word)) <= tolerance:
                rows[-1].append(word)
                continue
        rows.append([word])
    return rows


def _row_for_box(box: Word, rows: Sequence[Row]) -> Row | None:
    """Return the row a tick box belongs to: the one holding its label, else the nearest."""
    box_height = float(box["bottom"]) - float(box["top"])

    def close(row: Row) -> bool:
        text_height = min(float(w["bottom"]) - float(w["top"]) for w in row)
        tolerance = max(1.5, 0.6 * min(box_height, text_height))
        return abs(_middle(row) - _word_middle(box)) <= tolerance

    near = [row for row in rows if close(row)]
    if not near:
        return None

    def rank(row: Row) -> tuple[bool, float]:
        label = any(0 <= float(w["x0"]) - float(box["x1"]) <= 12 for w in row)
        return (not label, abs(_middle(row) - _word_middle(box)))

    return min(near, key=rank)


def group_rows(words: Sequence[Word]) -> list[Row]:
    """Group words into visual rows by baseline, each row sorted left to right.

    Tick boxes are placed after the text: a box drawn a little higher or lower than its
    label joins the row of the word standing just to its right.
    """
    rows = _rows_by_baseline([w for w in words if w["text"] not in MARKERS])
    lone: list[Word] = []
    for box in (w for w in words if w["text"] in MARKERS):
        row = _row_for_box(box, rows)
        if row is None:
            lone.append(box)
        else:
            row.append(box)
    rows.extend(_rows_by_baseline(lone))
    for row in rows:
        row.sort(key=lambda w: float(w["x0"]))
    rows.sort(key=lambda r: min(float(w["top"]) for w in r))
    return _merge_marker_rows(rows)


def _is_marker_row(row: Row) -> bool:
    return all(w["text"] in MARKERS for w in row)


def _overlaps_horizontally(row: Row, other: Row) -> bool:
    return any(
        float(a["x0"]) < float(b["x1"]) and float(b["x0"]) < float(a["x1"])
        for a in row
        for b in other
    )


def _labels_beside(boxes: Row, other: Row) -> bool:
    """Return whether every box of a row has a word of the other row just to its right."""
    return all(any(0 <= float(w["x0"]) - float(box["x1"]) <= 12 for w in other) for box in boxes)


def _merge_marker_rows(rows: list[Row]) -> list[Row]:
    """Merge a row of tick boxes into the adjacent row of option words they stand beside.

    Boxes drawn a little above or below the baseline of their labels form a row of their
    own; when they sit beside (not over) the words of the nearest row, they belong to it.
    """
    out: list[Row] = []
    index = 0
    while index < len(rows):
        row = rows[index]
        if _is_marker_row(row):
            height = max(float(w["bottom"]) - float(w["top"]) for w in row)
            middle = sum(float(w["top"]) + float(w["bottom"]) for w in row) / (2 * len(row))
            neighbours = [
                (not _labels_beside(row, other), abs(_middle(other) - middle), side)
                for side, other in (
                    (-1, out[-1] if out else None),
                    (1, rows[index + 1] if index + 1 < len(rows) else None),
                )
                if other is not None
                and not _is_marker_row(other)
                and not _overlaps_horizontally(row, other)
            ]
            # the row whose words stand just right of the boxes (their labels) first, then
            # the nearer one
            near = [n for n in neighbours if n[1] <= 1.0 * height]
            if near:
                side = min(near)[2]
                if side < 0:
                    out[-1] = sorted([*out[-1], *row], key=lambda w: float(w["x0"]))
                else:
                    rows[index + 1] = sorted([*rows[index + 1], *row], key=lambda w: float(w["x0"]))
                index += 1
                continue
        out.append(row)
        index += 1
    return out


def _middle(row: Row) -> float:
    return sum(float(w["top"]) + float(w["bottom"]) for w in row) / (2 * len(row))


def gap_limit(word: Word) -> float:
    """Return the horizontal gap after a word that separates two columns."""
    return max(7.0, 1.1 * (float(word["bottom"]) - float(word["top"])))


def segments(row: Row) -> list[Row]:
    """Split a row into runs of words at gaps wide enough to separate columns."""
    segments: list[Row] = [[row[0]]]
    for word in row[1:]:
        prev = segments[-1][-1]
        if float(word["x0"]) - float(prev["x1"]) > gap_limit(prev):
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def find_value_column(
    rows: Sequence[Row], left_margin: float, *, min_count: int = 3
) -> float | None:
    """Return the x where a value column starts, if enough rows show a label/value gutter."""
    starts: Counter[int] = Counter()
    lowest: dict[int, float] = {}
    for row in rows:
        for segment in segments(row):
            x0 = float(segment[0]["x0"])
            if x0 - left_margin >= 60:
                bucket = round(x0 / 8)
                starts[bucket] += 1
                lowest[bucket] = min(lowest.get(bucket, x0), x0)
    if not starts:
        return None
    bucket, count = starts.most_common(1)[0]
    if count < min_count:
        return None
    neighbours = [lowest[b] for b in (bucket - 1, bucket) if b in lowest]
    return min(neighbours) - 2.0


def _join_words(words: Sequence[Word]) -> str:
    """Join words with spaces, except before punctuation set tight against a word."""
    parts = [str(words[0]["text"])]
    for prev, word in pairwise(words):
        tight = float(word["x0"]) - float(prev["x1"]) < 1.0
        text = str(word["text"])
        parts.append(text if tight and text[:1] in ".,;:)" else f" {text}")
    return "".join(parts)


def line_from_words(words: Sequence[Word], page: int) -> Line:
    """Return one line of words, written boxes ("[X]") as markers, bold when all of it is."""
    fonts = [str(w.get("fontname", "")) for w in words if w["text"] not in MARKERS]
    return Line(
        text=mark_boxes(_join_words(words)),
        page=page,
        bbox=row_bbox(words),
        bold=bool(fonts) and all("bold" in f.lower() for f in fonts),
    )


def _ends_label(text: str) -> bool:
    return text.rstrip().endswith((":", "?", "：")) or text.rstrip().endswith("(optional)")


def extra_columns(rows: Sequence[Row], column: float, *, min_count: int = 2) -> list[float]:
    """Return where further columns start right of the value column (a three-column table).

    A further column needs rows whose words start there after a gap, and no row whose
    word runs across it.
    """
    starts: Counter[int] = Counter()
    lowest: dict[int, float] = {}
    for row in rows:
        for segment in segments(row):
            x0 = float(segment[0]["x0"])
            if x0 >= column + 40:
                bucket = round(x0 / 8)
                starts[bucket] += 1
                lowest[bucket] = min(lowest.get(bucket, x0), x0)
    found: list[float] = []
    for bucket, count in sorted(starts.items()):
        if count < min_count or any(abs(lowest[bucket] - x) < 16 for x in found):
            continue
        edge = lowest[bucket] - 2.0
        crossing = any(float(w["x0"]) < edge - 2 < float(w["x1"]) - 4 for row in rows for w in row)
        if not crossing:
            found.append(edge)
    return sorted(found)


def split_columns(
    rows: Sequence[Row],
    column: float,
    rules: Sequence[float],
    page: int,
    table_id: int,
    extra: Sequence[float] = (),
) -> list[Block] | None:
    """Split rows into a label cell and value cells; None if the rows are not in columns.

    The label column ends at `column`; `extra` are the starts of further value columns.
    """
    edges = [column, *extra]
    label_rows: list[list[Line]] = []
    value_lines: list[tuple[int, Line]] = []
    for row in rows:
        left = [w for w in row if float(w["x0"]) < column]
        if left and float(left[-1]["x1"]) > column + 2:
            return None  # a word crosses the gutter: not a two-column region
        if left:
            line = line_from_words(left, page)
            if not label_rows or _starts_new_label(label_rows[-1][-1], line, rules):
                label_rows.append([])
            label_rows[-1].append(line)
        for index in range(1, len(edges) + 1):
            low = edges[index - 1]
            high = edges[index] if index < len(edges) else float("inf")
            words = [w for w in row if low <= float(w["x0"]) < high]
            if words:
                value_lines.append((index, line_from_words(words, page)))
    if not label_rows:
        return None
    tops = [line.bbox[1] for _, line in value_lines if line.bbox is not None]
    aligned = sum(
        any(abs(top - label[0].bbox[1]) <= 2 for top in tops)
        for label in label_rows
        if label[0].bbox is not None
    )
    top_aligned = aligned >= 0.6 * len(label_rows)
    bounds = [_boundary(a, b, rules, top_aligned=top_aligned) for a, b in pairwise(label_rows)]
    values: list[list[list[Line]]] = [[[] for _ in edges] for _ in label_rows]
    for index, line in value_lines:
        assert line.bbox is not None
        middle = (line.bbox[1] + line.bbox[3]) / 2
        values[sum(1 for b in bounds if b < middle)][index - 1].append(line)
    blocks: list[Block] = []
    for row_index, (label, cells) in enumerate(zip(label_rows, values, strict=True)):
        blocks.append(Block(lines=tuple(label), cell=(table_id, row_index, 0)))
        blocks.extend(
            Block(lines=tuple(lines), cell=(table_id, row_index, column_index + 1))
            for column_index, lines in enumerate(cells)
            if lines or column_index == 0
        )
    return blocks


def _starts_new_label(previous: Line, line: Line, rules: Sequence[float]) -> bool:
    assert previous.bbox is not None and line.bbox is not None
    height = previous.bbox[3] - previous.bbox[1]
    return (
        _ends_label(previous.text)
        or line.bbox[1] - previous.bbox[3] > 1.2 * height
        or any(previous.bbox[3] <= r <= line.bbox[1] for r in rules)
    )


def _boundary(
    above: Sequence[Line], below: Sequence[Line], rules: Sequence[float], *, top_aligned: bool
) -> float:
    """Return the y that separates two label rows.

    A rule between them; else, where labels stand at the top of their rows, just above the
    next label; else (labels centred in their rows) the midpoint between the two labels.
    """
    bottom = max(line.bbox[3] for line in above if line.bbox is not None)
    top = min(line.bbox[1] for line in below if line.bbox is not None)
    between = [r for r in rules if bottom - 2 <= r <= top + 2]
    if between:
        return between[0]
    return top - 1.0 if top_aligned else (bottom + top) / 2


def row_bbox(row: Sequence[Word]) -> BBox:
    """Return the bounding box of a row of words."""
    return (
        min(float(w["x0"]) for w in row),
        min(float(w["top"]) for w in row),
        max(float(w["x1"]) for w in row),
        max(float(w["bottom"]) for w in row),
    )
