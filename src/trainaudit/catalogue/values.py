"""Check and convert columns of cells: text, lists, titles, ids, years and identifiers.

List attributes (creators, aliases and the identifiers) separate their values
with ";" or "|" in text cells; JSON Lines and Parquet may also hold lists.
Identifiers are checked (``identifier_problem``) and kept normalised; a year
is four digits. Columns whose values repeat are converted once per distinct
value. Problems are noted as ``RowError``: (position in the column,
attribute, message).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Final, TypeAlias

from trainaudit.catalogue.identifiers import identifier_problem, normalise_identifier
from trainaudit.catalogue.model import IDENTIFIER_KINDS
from trainaudit.catalogue.tables import Value

__all__ = [
    "Identifiers",
    "RowError",
    "cell_text",
    "id_column",
    "identifier_columns",
    "list_column",
    "split_cell",
    "title_column",
    "year_column",
]

#: (position in its table, attribute, message): a problem of one row, before it is located.
RowError: TypeAlias = tuple[int, str, str]
#: The identifiers of one work, normalised: ((kind, value), ...).
Identifiers: TypeAlias = tuple[tuple[str, str], ...]

_KIND_SHAPES: Final = {
    "isrc": "12 characters CC-XXX-YY-NNNNN",
    "iswc": "T-DDD.DDD.DDD-C with its check digit",
    "isbn": "an ISBN-10 or ISBN-13 with its check digit",
    "upc": "a 12-digit UPC-A or 13-digit EAN-13 with its check digit",
}
# an ISRC already in its normalised form, accepted without the full check (speed)
_PLAIN_ISRC: Final = re.compile(r"[A-Z]{2}[A-Z0-9]{3}[0-9]{7}")


def cell_text(value: Value) -> str:
    """Return a cell as stripped text (a list's items joined by "; ")."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return "; ".join(item.strip() for item in value if item.strip())


def split_cell(value: Value) -> tuple[str, ...]:
    """Return the values of a list cell: a list, or text separated by ";" or "|"."""
    if not value:
        return ()
    if isinstance(value, str):
        if ";" not in value and "|" not in value:
            single = value.strip()
            return (single,) if single else ()
        parts: Iterable[str] = value.replace("|", ";").split(";")
    else:
        parts = value
    return tuple(filter(None, map(str.strip, parts)))


def list_column(column: Sequence[Value]) -> list[tuple[str, ...]]:
    """Return the values of every cell of a list column, split once per distinct cell."""
    try:
        parts = {value: split_cell(value) for value in set(column)}
    except TypeError:  # lists in the cells (JSON Lines, Parquet)
        return list(map(split_cell, column))
    return list(map(parts.__getitem__, column))


def title_column(column: Sequence[Value], errors: list[RowError]) -> list[str]:
    """Return the titles of a column; note the empty ones (every work needs a title)."""
    found = [value.strip() if isinstance(value, str) else "" for value in column]
    if not all(found):
        errors.extend(
            (position, "title", _title_problem(column[position]))
            for position, title in enumerate(found)
            if not title
        )
    return found


def _title_problem(value: Value) -> str:
    """Return the message for a missing, empty or list title."""
    if isinstance(value, list):
        return "title is a list; expected one text"
    return "title is empty (every work needs one)"


def id_column(column: Sequence[Value], errors: list[RowError]) -> list[str]:
    """Return the ids of a column; note the empty ones."""
    found = [value.strip() if isinstance(value, str) else cell_text(value) for value in column]
    if not all(found):
        message = "id is empty (every work of a table with ids needs one)"
        errors.extend((position, "id", message) for position, cell in enumerate(found) if not cell)
    return found


def _year(value: Value) -> tuple[int | None, str | None]:
    """Return a year cell as an int and, when it is not four digits, the problem."""
    cell = cell_text(value)
    if not cell:
        return None, None
    if len(cell) == 4 and cell.isascii() and cell.isdigit():
        return int(cell), None
    return None, f"{cell!r} is not a year (expected 4 digits, e.g. 1999)"


def year_column(column: Sequence[Value], errors: list[RowError]) -> list[int | None]:
    """Return the years of a column, read once per distinct cell; note the bad ones."""
    try:
        parsed = {value: _year(value) for value in set(column)}
        results = list(map(parsed.__getitem__, column))
        bad = any(problem for _, problem in parsed.values())
    except TypeError:  # lists in the cells
        results = list(map(_year, column))
        bad = True
    if bad:
        errors.extend(
            (position, "year", problem)
            for position, (_, problem) in enumerate(results)
            if problem is not None
        )
    return [year for year, _ in results]


def _identifier(kind: str, cell: str) -> tuple[str | None, str | None]:
    """Return the normalised identifier and, when invalid, the message saying what was expected."""
    value = normalise_identifier(kind, cell)
    if value is not None:
        return value, None
    name = kind.upper()
    detail = (identifier_problem(kind, cell) or "invalid").removeprefix(f"{name} ")
    return None, f"{cell!r} is not a valid {name}: {detail} (expected {_KIND_SHAPES[kind]})"


def _identifier_cell(kind: str, position: int, value: Value, errors: list[RowError]) -> Identifiers:
    """Return the valid identifiers of one cell, normalised; note the bad ones."""
    found: list[tuple[str, str]] = []
    for cell in split_cell(value):
        normal, problem = _identifier(kind, cell)
        if normal is not None:
            found.append((kind, normal))
        elif problem is not None:
            errors.append((position, kind, problem))
    return tuple(found)


def _identifier_column(
    kind: str, column: Sequence[Value], errors: list[RowError]
) -> list[Identifiers]:
    """Return the identifiers of every cell of one identifier column; note the bad ones."""
    if kind == "isrc":
        plain = _PLAIN_ISRC.fullmatch
        return [
            ()
            if not value
            else ((kind, value),)
            if isinstance(value, str) and plain(value)
            else _identifier_cell(kind, position, value, errors)
            for position, value in enumerate(column)
        ]
    return [
        _identifier_cell(kind, position, value, errors) if value else ()
        for position, value in enumerate(column)
    ]


def identifier_columns(
    columns: Mapping[str, Sequence[Value]], size: int, errors: list[RowError]
) -> list[Identifiers]:
    """Return the identifiers of every row, all kinds together in ``IDENTIFIER_KINDS`` order."""
    combined: list[Identifiers] | None = None
    for kind in IDENTIFIER_KINDS:
        if kind not in columns:
            continue
        found = _identifier_column(kind, columns[kind], errors)
        combined = (
            found if combined is None else [a + b for a, b in zip(combined, found, strict=True)]
        )
    return combined if combined is not None else [()] * size
