"""Read works batch by batch, from tables and from the register, into ``Works`` with their problems.

A table without an id column numbers its works from its 0-based data rows,
after ``id_prefix``. Every problem of a row is found; ids repeating an
earlier one are problems too. With ``skip_bad_rows`` the rows with problems
are left out (and their problems returned); problems of whole files always
raise.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainaudit.catalogue.cells import Cells, read_cells
from trainaudit.catalogue.columns import WORK_DEFAULTS
from trainaudit.catalogue.model import IDENTIFIER_KINDS, Works
from trainaudit.catalogue.problems import Problem
from trainaudit.catalogue.register_parse import Register
from trainaudit.catalogue.tables import Value
from trainaudit.catalogue.values import (
    Identifiers,
    RowError,
    id_column,
    identifier_columns,
    list_column,
    split_cell,
    title_column,
    year_column,
)

__all__ = ["WorksBuilder"]


@dataclass(slots=True)
class _Batch:
    """Works read from one table, or from consecutive works written in the register."""

    source: str
    rows: list[int]
    ids: list[str]
    titles: list[str]
    creators: list[tuple[str, ...]]
    identifiers: list[Identifiers]
    aliases: list[tuple[str, ...]]
    years: list[int | None]
    errors: list[RowError]
    #: where problems point: the table (file shown, unit, lines, column names) or the register
    shown: str
    unit: str = "line"
    lines: list[int] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    register: Register | None = None

    def problem(self, position: int, attribute: str, message: str) -> Problem:
        """Return the problem of the work at ``position`` with ``attribute``."""
        if self.register is not None:  # the path written before the message names the key
            return self.register.problem(("works", self.rows[position], attribute), message)
        column = self.names.get(attribute, attribute)
        return Problem(self.shown, self.lines[position], column, message, unit=self.unit)

    def keep(self, drop: set[int]) -> None:
        """Leave out the works at the positions in ``drop``."""
        kept = [position for position in range(len(self.ids)) if position not in drop]
        for name in ("rows", "ids", "titles", "creators", "identifiers", "aliases", "years"):
            column = getattr(self, name)
            setattr(self, name, [column[position] for position in kept])
        if self.lines:
            self.lines = [self.lines[position] for position in kept]


def _table_batch(cells: Cells, source: str, shown: str, unit: str, id_prefix: str) -> _Batch:
    """Check and convert the cells of a works table, column by column."""
    columns, size = cells.columns, len(cells.rows)
    errors: list[RowError] = []
    titles = title_column(columns.get("title", [None] * size), errors)
    if "id" in columns:
        ids = id_column(columns["id"], errors)
    else:
        ids = [f"{id_prefix}{row}" for row in cells.rows]
    empty: list[tuple[str, ...]] = [()] * size
    return _Batch(
        source=source,
        rows=cells.rows,
        ids=ids,
        titles=titles,
        creators=list_column(columns["creators"]) if "creators" in columns else empty,
        identifiers=identifier_columns(columns, size, errors),
        aliases=list_column(columns["aliases"]) if "aliases" in columns else list(empty),
        years=year_column(columns["year"], errors) if "year" in columns else [None] * size,
        errors=errors,
        shown=shown,
        unit=unit,
        lines=cells.lines,
        names=cells.names,
    )


def _inline_batch(items: Sequence[tuple[int, Mapping[str, Any]]], register: Register) -> _Batch:
    """Check and convert works written in the register (already checked against the schema)."""
    size = len(items)
    columns: dict[str, Sequence[Value]] = {
        kind: [_inline_value(item.get(kind)) for _, item in items] for kind in IDENTIFIER_KINDS
    }
    errors: list[RowError] = []
    return _Batch(
        source=register.name,
        rows=[index for index, _ in items],
        ids=[str(item["id"]).strip() for _, item in items],
        titles=[str(item["title"]).strip() for _, item in items],
        creators=[split_cell(list(item.get("creators", ()))) for _, item in items],
        identifiers=identifier_columns(columns, size, errors),
        aliases=[split_cell(list(item.get("aliases", ()))) for _, item in items],
        years=[item.get("year") for _, item in items],
        errors=errors,
        shown=register.name,
        register=register,
    )


def _inline_value(value: object) -> Value:
    """Return an identifier written in the register (text or a list of texts) as a cell."""
    if isinstance(value, list):
        return [str(item) for item in value]
    return None if value is None else str(value)


class WorksBuilder:
    """Collects the works of a catalogue batch by batch, with the problems of their rows."""

    def __init__(self, *, skip_bad_rows: bool) -> None:
        self.skip = skip_bad_rows
        self.batches: list[_Batch] = []
        #: rows that could not be read at all
        self.unreadable: list[Problem] = []
        #: problems of whole files, which always raise
        self.fatal: list[Problem] = []

    def read_table(
        self,
        path: Path,
        *,
        shown: str,
        source: str,
        id_prefix: str,
        fmt: str | None,
        mapping: Mapping[str, str],
    ) -> None:
        """Read the works of one table, noting its problems."""
        found = read_cells(
            path,
            shown=shown,
            fmt=fmt,
            lookup=(mapping, WORK_DEFAULTS),
            required=("title",),
            unreadable=self.unreadable,
        )
        if isinstance(found, list):
            self.fatal.extend(found)
            return
        cells, unit = found
        self.batches.append(_table_batch(cells, source, shown, unit, id_prefix))

    def add_inline(
        self, items: Sequence[tuple[int, Mapping[str, Any]]], register: Register
    ) -> None:
        """Add works written in the register: (index in ``works``, work) pairs."""
        if items:
            self.batches.append(_inline_batch(items, register))

    def finish(self) -> tuple[Works, list[Problem]]:
        """Return the works (without bad rows when skipping them) and the problems of rows."""
        drops = [{position for position, _, _ in batch.errors} for batch in self.batches]
        self._duplicates(drops)
        problems = list(self.unreadable)
        for batch in self.batches:
            problems.extend(batch.problem(*error) for error in batch.errors)
        order: dict[str, int] = {}
        for batch in self.batches:
            order.setdefault(batch.shown, len(order))
        problems.sort(key=lambda problem: (order.get(problem.file, -1), problem.line or 0))
        if self.skip:
            for batch, drop in zip(self.batches, drops, strict=True):
                if drop:
                    batch.keep(drop)
        return self._works(), problems

    def _duplicates(self, drops: list[set[int]]) -> None:
        """Note every id that repeats an earlier one (rows left out as bad do not count)."""
        ids = list(itertools.chain.from_iterable(batch.ids for batch in self.batches))
        if len(set(ids)) == len(ids):
            return
        first: dict[str, tuple[int, int]] = {}
        for number, (batch, drop) in enumerate(zip(self.batches, drops, strict=True)):
            for position, work_id in enumerate(batch.ids):
                if not work_id or (self.skip and position in drop):
                    continue
                seen = first.setdefault(work_id, (number, position))
                if seen != (number, position):
                    message = f"duplicate id {work_id!r} (first on {self._place(*seen, batch)})"
                    batch.errors.append((position, "id", message))
                    drop.add(position)

    def _place(self, number: int, position: int, here: _Batch) -> str:
        """Return where the work at ``position`` of batch ``number`` is, as seen from ``here``."""
        problem = self.batches[number].problem(position, "id", "")
        if problem.file == here.shown and problem.line is not None:
            return f"{problem.unit} {problem.line}"
        return problem.where

    def _works(self) -> Works:
        """Return the works of every batch, in order."""

        def chained(name: str) -> tuple[Any, ...]:
            """Return attribute ``name`` of every batch, one after the other."""
            return tuple(itertools.chain.from_iterable(getattr(b, name) for b in self.batches))

        return Works(
            ids=chained("ids"),
            titles=chained("titles"),
            creators=chained("creators"),
            identifiers=chained("identifiers"),
            aliases=chained("aliases"),
            years=chained("years"),
            sources=tuple(
                itertools.chain.from_iterable([b.source] * len(b.ids) for b in self.batches)
            ),
            source_rows=chained("rows"),
        )
