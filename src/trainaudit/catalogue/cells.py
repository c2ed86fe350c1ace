"""Read the rows of a works table or manifest into columns of cells, one per attribute.

Speed: a table is read in two passes over memory, not over the file. The
first (here) collects the cells of the attributes row by row
(``itemgetter``); the second (``values``) checks and converts each attribute
column by column, once per distinct value where values repeat.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Final

from trainaudit.catalogue.columns import ColumnLookup, header_problems, resolve_columns
from trainaudit.catalogue.problems import Problem
from trainaudit.catalogue.tables import Table, TableError, Value, open_table

__all__ = ["Cells", "bulk", "read_cells"]

# the key looked up for an attribute a JSON Lines row does not have
_ABSENT: Final = "\0absent"


@dataclass(slots=True)
class Cells:
    """The cells of a table's readable rows, column by column, for the attributes it has."""

    lines: list[int]
    rows: list[int]
    columns: dict[str, Sequence[Value]]
    names: dict[str, str]


@contextmanager
def bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of acyclic objects are made."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_cells(
    path: Path,
    *,
    shown: str,
    fmt: str | None,
    lookup: ColumnLookup,
    required: Sequence[str],
    unreadable: list[Problem],
) -> tuple[Cells, str] | list[Problem]:
    """Open a table, check its header and read its cells; return them and the unit, or problems.

    The problems returned are those of the whole file (missing, unreadable,
    a column missing); rows that cannot be read go to ``unreadable``.
    """
    try:
        with open_table(path, fmt) as table:
            keys = None
            if table.header is not None:
                keys, missing = resolve_columns(table.header, *lookup)
                problems = header_problems(table, shown, keys, missing, required)
                if problems:
                    return problems
            return _collect(table, keys, lookup, unreadable, shown), table.unit
    except TableError as exc:
        return [Problem(shown, exc.line, None, exc.detail)]


def _collect(
    table: Table,
    keys: Mapping[str, str] | None,
    lookup: ColumnLookup,
    unreadable: list[Problem],
    shown: str,
) -> Cells:
    """Read a table's rows into columns; note the rows that cannot be read in ``unreadable``.

    ``keys`` are the columns of a table with a header; JSON Lines rows name
    their own, resolved with the mapping and defaults in ``lookup``.
    """
    lines: list[int] = []
    rows: list[int] = []
    cells: list[tuple[Value, ...]] = []
    if keys is not None:
        attributes = tuple(keys)
        names = dict(keys)
        getter = itemgetter(*keys.values())
        single = len(attributes) == 1
    else:
        attributes = tuple(lookup[1])
        names = {attribute: lookup[0].get(attribute, attribute) for attribute in attributes}
        plans: dict[tuple[str, ...], tuple[str, ...]] = {}
        present: set[str] = set()
    for index, (line, row, problem) in enumerate(table.records()):
        if row is None:
            unreadable.append(Problem(shown, line, None, problem or "", unit=table.unit))
            continue
        lines.append(line)
        rows.append(index)
        if keys is None:
            plan = plans.get(tuple(row))
            if plan is None:
                plan = plans[tuple(row)] = _row_plan(row, attributes, lookup, present)
            cells.append(tuple(map(row.get, plan)))
        elif single:
            cells.append((getter(row),))
        else:
            cells.append(getter(row))
    # no rows: zip(*cells) is empty and every attribute gets an empty column below
    transposed = zip(*cells, strict=True)
    found: dict[str, Sequence[Value]] = dict(zip(attributes, transposed, strict=False))
    wanted = attributes if keys is not None else [a for a in attributes if a in present]
    return Cells(lines, rows, {attribute: found.get(attribute, ()) for attribute in wanted}, names)


def _row_plan(
    row: Mapping[str, Value],
    attributes: tuple[str, ...],
    lookup: ColumnLookup,
    present: set[str],
) -> tuple[str, ...]:
    """Return the keys of a JSON Lines row holding each attribute (``_ABSENT`` when none)."""
    keys, _ = resolve_columns(tuple(row), *lookup)
    present.update(keys)
    return tuple(keys.get(attribute, _ABSENT) for attribute in attributes)
