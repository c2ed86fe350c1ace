"""Load a rights holder's catalogue and dataset manifests, reporting every problem at once.

A catalogue is either a register (YAML or JSON, see
``schemas/catalogue.schema.json``) naming the holder, its works (inline or in
bulk files), domains, datasets and reservations, or a bare table of works
(CSV, TSV, JSON Lines, Parquet; the holder is named after the file). Paths in
a register are relative to the register's folder.

Columns: ``columns`` maps a work attribute to the column holding it
(``parse_columns("title=song,creator=artist")``). Unmapped attributes are
looked for under their own name, case-insensitively (``creators`` also
under ``artist``, ``artists`` and ``creator``; ``aliases`` under ``alias``).
A table without an id column numbers its works: the id is the 0-based data
row (``"17"``) in a bare table, and ``"<file>:17"`` for a file listed in a
register (so that the ids of two files do not collide).

Cells: list attributes (creators, aliases and the identifiers) separate their
values with ";" or "|" in text cells; JSON Lines and Parquet may also hold
lists. Identifiers are checked (``identifier_problem``) and stored
normalised; a year is four digits.

Problems: every problem found is reported together in one CatalogueError.
With ``skip_bad_rows`` the rows with problems are left out and returned in
``skipped`` instead, but problems of a whole file (missing, unreadable, a
missing column, broken YAML, a register that does not satisfy the schema)
still raise. Manifests are third-party data and read leniently: a bad
identifier is dropped with a warning, and only an unreadable row or one with
neither title nor URL is a problem.

Speed: a table is read in two passes over memory, not over the file. The
first collects the cells of the attributes row by row (``itemgetter``); the
second checks and converts each attribute column by column, once per
distinct value where values repeat (creators, years).
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, Final

import yaml
from jsonschema.exceptions import ValidationError

from trainaudit.catalogue.identifiers import identifier_problem, normalise_identifier
from trainaudit.catalogue.model import (
    IDENTIFIER_KINDS,
    Catalogue,
    Dataset,
    Holder,
    ManifestRef,
    Mechanism,
    Reservation,
    Works,
)
from trainaudit.catalogue.tables import Sink, Table, TableError, Value, open_table, table_format
from trainaudit.errors import TrainauditError
from trainaudit.schema import validator

__all__ = [
    "MANIFEST_ATTRIBUTES",
    "MAX_LISTED",
    "WORK_ATTRIBUTES",
    "CatalogueError",
    "ColumnSpecError",
    "LoadResult",
    "Manifest",
    "Problem",
    "load_catalogue",
    "load_manifest",
    "parse_columns",
]

#: Attributes a works table may map to columns.
WORK_ATTRIBUTES: Final = (
    "id",
    "title",
    "creators",
    "isrc",
    "iswc",
    "isbn",
    "upc",
    "aliases",
    "year",
)
#: Attributes a manifest may map to columns.
MANIFEST_ATTRIBUTES: Final = ("id", "title", "creators", "isrc", "iswc", "isbn", "upc", "url")
#: How many problems a CatalogueError (or a manifest's warnings) lists before "... and N more".
MAX_LISTED: Final = 200

_SYNONYMS: Final = {"creator": "creators", "alias": "aliases"}
_REGISTER_SUFFIXES: Final = (".yaml", ".yml", ".json")
_WORK_DEFAULTS: Final[dict[str, tuple[str, ...]]] = {
    **{attribute: (attribute,) for attribute in WORK_ATTRIBUTES},
    "creators": ("creators", "artist", "artists", "creator"),
    "aliases": ("aliases", "alias"),
}
_MANIFEST_DEFAULTS: Final[dict[str, tuple[str, ...]]] = {
    **{attribute: (attribute,) for attribute in MANIFEST_ATTRIBUTES},
    "title": ("title", "track", "song", "name"),
    "creators": ("creators", "creator", "artist", "artists"),
    "url": ("url", "link"),
}
_KIND_NAMES: Final = {"isrc": "ISRC", "iswc": "ISWC", "isbn": "ISBN", "upc": "UPC"}
_KIND_SHAPES: Final = {
    "isrc": "12 characters CC-XXX-YY-NNNNN",
    "iswc": "T-DDD.DDD.DDD-C with its check digit",
    "isbn": "an ISBN-10 or ISBN-13 with its check digit",
    "upc": "a 12-digit UPC-A or 13-digit EAN-13 with its check digit",
}
# an ISRC already in its normalised form, accepted without the full check (speed)
_PLAIN_ISRC: Final = re.compile(r"[A-Z]{2}[A-Z0-9]{3}[0-9]{7}")
# the key looked up for an attribute a JSON Lines row does not have
_ABSENT: Final = "\0absent"
_HASH_VERSION: Final = b"trainaudit catalogue 1\0"

#: (position in its table, attribute, message): a problem of one row, before it is located.
_Error = tuple[int, str, str]
#: The identifiers of one work, normalised: ((kind, value), ...).
_Identifiers = tuple[tuple[str, str], ...]


# --- problems -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a catalogue or manifest file, where it is and what was expected."""

    file: str
    line: int | None
    column: str | None
    message: str
    #: 1-based character position on the line (YAML and JSON registers).
    position: int | None = field(default=None, kw_only=True)
    #: What ``line`` counts: "line" (text files) or "row" (Parquet data rows, 1-based).
    unit: str = field(default="line", kw_only=True)

    @property
    def where(self) -> str:
        """The place: ``file``, ``file:line``, ``file:line:position`` or ``file: row N``."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}" if self.unit == "line" else f": {self.unit} {self.line}"
            if self.position is not None:
                where += f":{self.position}"
        return where

    def __str__(self) -> str:
        column = f" column {self.column!r}:" if self.column else ""
        return f"{self.where}:{column} {self.message}"


class CatalogueError(TrainauditError):
    """A catalogue or manifest that cannot be loaded, with every problem found in it.

    ``problems`` lists at most ``MAX_LISTED`` problems, then one saying how
    many more there are; ``count`` is the number of problems found.
    """

    def __init__(self, file: str, problems: Sequence[Problem]) -> None:
        self.file = file
        self.count = len(problems)
        self.problems = _capped(file, problems, self.count, "problems")
        noun = "problem" if self.count == 1 else "problems"
        lines = [f"{file}: {self.count} {noun}", *(str(problem) for problem in self.problems)]
        super().__init__("\n".join(lines))


def _capped(file: str, problems: Sequence[Problem], count: int, what: str) -> tuple[Problem, ...]:
    """Return the first ``MAX_LISTED`` problems and, if there were more, one saying so."""
    listed = tuple(problems[:MAX_LISTED])
    if count > len(listed):
        listed += (Problem(file, None, None, f"... and {count - len(listed)} more {what}"),)
    return listed


class ColumnSpecError(TrainauditError, ValueError):
    """A column mapping that cannot be understood (``parse_columns`` and ``columns=``)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class LoadResult:
    """A loaded catalogue and the problems of the rows left out (with ``skip_bad_rows``)."""

    catalogue: Catalogue
    skipped: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Manifest:
    """A dataset manifest, column-wise: what the dataset holds, to link against the works.

    ``rows`` are the 0-based data rows of the file that were kept, ``skipped``
    the problems of the rows left out (with ``skip_bad_rows``), ``warnings``
    the identifiers dropped as invalid (at most ``MAX_LISTED``, then a count).
    """

    path: Path
    titles: tuple[str, ...] = ()
    creators: tuple[tuple[str, ...], ...] = ()
    identifiers: tuple[tuple[tuple[str, str], ...], ...] = ()
    urls: tuple[str | None, ...] = ()
    ids: tuple[str | None, ...] = ()
    rows: tuple[int, ...] = ()
    skipped: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()

    def __len__(self) -> int:
        """Return the number of entries kept."""
        return len(self.rows)


# --- column mappings --------------------------------------------------------------------


def parse_columns(spec: str) -> dict[str, str]:
    """Parse ``"title=song,creator=artist"`` into attribute -> column; raise ColumnSpecError.

    Attributes are those of works and manifests (``url`` only means something
    in a manifest); ``creator`` and ``alias`` stand for ``creators`` and
    ``aliases``. Spaces around names are ignored; an empty spec maps nothing.
    """
    mapping: dict[str, str] = {}
    for part in spec.split(","):
        if not part.strip():
            continue
        attribute, equals, column = part.partition("=")
        if not equals:
            raise ColumnSpecError(
                f"column mapping {part.strip()!r} has no '='; write attribute=column, "
                "e.g. title=song,creator=artist"
            )
        name = _attribute(attribute.strip(), (*WORK_ATTRIBUTES, "url"))
        column = column.strip()
        if not column:
            raise ColumnSpecError(f"column mapping {part.strip()!r} names no column after '='")
        if name in mapping:
            raise ColumnSpecError(f"attribute {name!r} is mapped twice in {spec!r}")
        mapping[name] = column
    return mapping


def _attribute(name: str, allowed: Sequence[str]) -> str:
    """Return the attribute ``name`` stands for; raise ColumnSpecError if it is not allowed."""
    key = _SYNONYMS.get(name.lower(), name.lower())
    if key not in allowed:
        raise ColumnSpecError(
            f"unknown attribute {name!r} in the column mapping; expected one of "
            + ", ".join(allowed)
        )
    return key


def _mapping(columns: Mapping[str, str] | None, allowed: Sequence[str]) -> dict[str, str]:
    """Return a column mapping with synonyms resolved; raise ColumnSpecError on bad ones."""
    mapping: dict[str, str] = {}
    for attribute, column in (columns or {}).items():
        name = _attribute(attribute, allowed)
        if not isinstance(column, str) or not column.strip():
            raise ColumnSpecError(f"attribute {attribute!r} is mapped to no column")
        mapping[name] = column.strip()
    return mapping


def _resolve(
    header: Sequence[str], mapping: Mapping[str, str], defaults: Mapping[str, tuple[str, ...]]
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Match attributes to header columns; return attribute -> column and the mapped ones absent.

    A mapped column is found by its exact name, else case-insensitively; an
    unmapped attribute by the first of its default names that is there.
    """
    exact = set(header)
    folded: dict[str, str] = {}
    for name in header:
        folded.setdefault(name.casefold(), name)

    def find(name: str) -> str | None:
        return name if name in exact else folded.get(name.casefold())

    keys: dict[str, str] = {}
    missing: list[tuple[str, str]] = []
    for attribute, names in defaults.items():
        mapped = mapping.get(attribute)
        candidates = (mapped,) if mapped is not None else names
        key = next((k for k in map(find, candidates) if k is not None), None)
        if key is not None:
            keys[attribute] = key
        elif mapped is not None:
            missing.append((attribute, mapped))
    return keys, missing


def _header_problems(
    table: Table,
    file: str,
    keys: Mapping[str, str],
    missing: Sequence[tuple[str, str]],
    required: Sequence[str],
) -> list[Problem]:
    """Return the problems of a header: mapped columns absent, none of ``required``, duplicates."""
    header, line = table.header or (), table.header_line
    has = "the file has " + (", ".join(repr(name) for name in header) or "no columns")
    problems = [
        Problem(file, line, None, f"no column {column!r} (mapped to {attribute}); {has}")
        for attribute, column in missing
    ]
    if not problems and not any(attribute in keys for attribute in required):
        wanted = " or ".join(required)
        problems.append(
            Problem(file, line, None, f"no {wanted} column; {has}; map one with title=<column>")
        )
    problems.extend(
        Problem(file, line, name, "appears more than once in the header; which one is meant?")
        for name in sorted(set(keys.values()))
        if header.count(name) > 1
    )
    return problems


# --- cells ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cells:
    """The cells of a table's readable rows, column by column, for the attributes it has."""

    lines: list[int]
    rows: list[int]
    columns: dict[str, Sequence[Value]]
    names: dict[str, str]


def _collect(
    table: Table,
    keys: Mapping[str, str] | None,
    lenient: tuple[Mapping[str, str], Mapping[str, tuple[str, ...]]],
    unreadable: list[Problem],
    shown: str,
) -> _Cells:
    """Read a table's rows into columns; note the rows that cannot be read in ``unreadable``.

    ``keys`` are the columns of a table with a header; JSON Lines rows name
    their own, resolved with the mapping and defaults in ``lenient``.
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
        attributes = tuple(lenient[1])
        names = {attribute: lenient[0].get(attribute, attribute) for attribute in attributes}
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
                plan = plans[tuple(row)] = _row_plan(row, attributes, lenient, present)
            cells.append(tuple(map(row.get, plan)))
        elif single:
            cells.append((getter(row),))
        else:
            cells.append(getter(row))
    # no rows: zip(*cells) is empty and every attribute gets an empty column below
    transposed = zip(*cells, strict=True)
    found: dict[str, Sequence[Value]] = dict(zip(attributes, transposed, strict=False))
    wanted = attributes if keys is not None else [a for a in attributes if a in present]
    return _Cells(lines, rows, {attribute: found.get(attribute, ()) for attribute in wanted}, names)


def _read_cells(
    path: Path,
    *,
    shown: str,
    fmt: str | None,
    lenient: tuple[Mapping[str, str], Mapping[str, tuple[str, ...]]],
    required: Sequence[str],
    sink: Sink | None,
    unreadable: list[Problem],
) -> tuple[_Cells, str] | list[Problem]:
    """Open a table, check its header and read its cells; return them and the unit, or problems.

    The problems returned are those of the whole file (missing, unreadable,
    a column missing); rows that cannot be read go to ``unreadable``.
    """
    try:
        with open_table(path, fmt, sink=sink) as table:
            keys = None
            if table.header is not None:
                keys, missing = _resolve(table.header, *lenient)
                problems = _header_problems(table, shown, keys, missing, required)
                if problems:
                    return problems
            return _collect(table, keys, lenient, unreadable, shown), table.unit
    except TableError as exc:
        return [Problem(shown, exc.line, None, exc.detail)]


def _row_plan(
    row: Mapping[str, Value],
    attributes: tuple[str, ...],
    lenient: tuple[Mapping[str, str], Mapping[str, tuple[str, ...]]],
    present: set[str],
) -> tuple[str, ...]:
    """Return the keys of a JSON Lines row holding each attribute (``_ABSENT`` when none)."""
    keys, _ = _resolve(tuple(row), *lenient)
    present.update(keys)
    return tuple(keys.get(attribute, _ABSENT) for attribute in attributes)


def _text(value: Value) -> str:
    """Return a cell as stripped text (a list's items joined by "; ")."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return "; ".join(item.strip() for item in value if item.strip())


def _split(value: Value) -> tuple[str, ...]:
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


def _lists(column: Sequence[Value]) -> list[tuple[str, ...]]:
    """Return the values of every cell of a list column, split once per distinct cell."""
    try:
        split = {value: _split(value) for value in set(column)}
    except TypeError:  # lists in the cells (JSON Lines, Parquet)
        return list(map(_split, column))
    return list(map(split.__getitem__, column))


def _titles(column: Sequence[Value], attribute: str, errors: list[_Error]) -> list[str]:
    """Return the titles of a column; note the empty ones (every work needs a title)."""
    titles = [value.strip() if isinstance(value, str) else "" for value in column]
    if not all(titles):
        errors.extend(
            (position, attribute, _title_problem(column[position]))
            for position, title in enumerate(titles)
            if not title
        )
    return titles


def _title_problem(value: Value) -> str:
    """Return the message for a missing, empty or list title."""
    if isinstance(value, list):
        return "title is a list; expected one text"
    return "title is empty (every work needs one)"


def _ids(column: Sequence[Value], errors: list[_Error]) -> list[str]:
    """Return the ids of a column; note the empty ones."""
    ids = [value.strip() if isinstance(value, str) else _text(value) for value in column]
    if not all(ids):
        message = "id is empty (every work of a table with ids needs one)"
        errors.extend((position, "id", message) for position, text in enumerate(ids) if not text)
    return ids


def _year(value: Value) -> tuple[int | None, str | None]:
    """Return a year cell as an int and, when it is not four digits, the problem."""
    text = _text(value)
    if not text:
        return None, None
    if len(text) == 4 and text.isascii() and text.isdigit():
        return int(text), None
    return None, f"{text!r} is not a year (expected 4 digits, e.g. 1999)"


def _years(column: Sequence[Value], errors: list[_Error]) -> list[int | None]:
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


def _identifier(kind: str, text: str) -> tuple[str | None, str | None]:
    """Return the normalised identifier and, when invalid, the message saying what was expected."""
    value = normalise_identifier(kind, text)
    if value is not None:
        return value, None
    name = _KIND_NAMES[kind]
    detail = (identifier_problem(kind, text) or "invalid").removeprefix(f"{name} ")
    return None, f"{text!r} is not a valid {name}: {detail} (expected {_KIND_SHAPES[kind]})"


def _identifier_cell(kind: str, position: int, value: Value, errors: list[_Error]) -> _Identifiers:
    """Return the valid identifiers of one cell, normalised; note the bad ones."""
    found: list[tuple[str, str]] = []
    for text in _split(value):
        normal, problem = _identifier(kind, text)
        if normal is not None:
            found.append((kind, normal))
        elif problem is not None:
            errors.append((position, kind, problem))
    return tuple(found)


def _identifier_column(
    kind: str, column: Sequence[Value], errors: list[_Error]
) -> list[_Identifiers]:
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


def _identifier_columns(
    columns: Mapping[str, Sequence[Value]], size: int, errors: list[_Error]
) -> list[_Identifiers]:
    """Return the identifiers of every row, all kinds together in ``IDENTIFIER_KINDS`` order."""
    combined: list[_Identifiers] | None = None
    for kind in IDENTIFIER_KINDS:
        if kind not in columns:
            continue
        found = _identifier_column(kind, columns[kind], errors)
        combined = (
            found if combined is None else [a + b for a, b in zip(combined, found, strict=True)]
        )
    return combined if combined is not None else [()] * size


# --- works ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Batch:
    """Works read from one table, or from consecutive works written in the register."""

    source: str
    rows: list[int]
    ids: list[str]
    titles: list[str]
    creators: list[tuple[str, ...]]
    identifiers: list[_Identifiers]
    aliases: list[tuple[str, ...]]
    years: list[int | None]
    errors: list[_Error]
    #: where problems point: the table (file shown, unit, lines, column names) or the register
    shown: str
    unit: str = "line"
    lines: list[int] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    register: _Register | None = None

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


def _table_batch(cells: _Cells, source: str, shown: str, unit: str, id_prefix: str) -> _Batch:
    """Check and convert the cells of a works table, column by column."""
    columns, size = cells.columns, len(cells.rows)
    errors: list[_Error] = []
    titles = _titles(columns.get("title", [None] * size), "title", errors)
    if "id" in columns:
        ids = _ids(columns["id"], errors)
    else:
        ids = [f"{id_prefix}{row}" for row in cells.rows]
    empty: list[tuple[str, ...]] = [()] * size
    return _Batch(
        source=source,
        rows=cells.rows,
        ids=ids,
        titles=titles,
        creators=_lists(columns["creators"]) if "creators" in columns else empty,
        identifiers=_identifier_columns(columns, size, errors),
        aliases=_lists(columns["aliases"]) if "aliases" in columns else list(empty),
        years=_years(columns["year"], errors) if "year" in columns else [None] * size,
        errors=errors,
        shown=shown,
        unit=unit,
        lines=cells.lines,
        names=cells.names,
    )


def _inline_batch(items: Sequence[tuple[int, Mapping[str, Any]]], register: _Register) -> _Batch:
    """Check and convert works written in the register (already checked against the schema)."""
    size = len(items)
    columns: dict[str, Sequence[Value]] = {
        kind: [_inline_value(item.get(kind)) for _, item in items] for kind in IDENTIFIER_KINDS
    }
    errors: list[_Error] = []
    return _Batch(
        source=register.name,
        rows=[index for index, _ in items],
        ids=[str(item["id"]).strip() for _, item in items],
        titles=[str(item["title"]).strip() for _, item in items],
        creators=[_split(list(item.get("creators", ()))) for _, item in items],
        identifiers=_identifier_columns(columns, size, errors),
        aliases=[_split(list(item.get("aliases", ()))) for _, item in items],
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


class _WorksBuilder:
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
        sink: Sink,
    ) -> None:
        """Read the works of one table, noting its problems."""
        found = _read_cells(
            path,
            shown=shown,
            fmt=fmt,
            lenient=(mapping, _WORK_DEFAULTS),
            required=("title",),
            sink=sink,
            unreadable=self.unreadable,
        )
        if isinstance(found, list):
            self.fatal.extend(found)
            return
        cells, unit = found
        self.batches.append(_table_batch(cells, source, shown, unit, id_prefix))

    def add_inline(
        self, items: Sequence[tuple[int, Mapping[str, Any]]], register: _Register
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


def _finish(file: str, fatal: list[Problem], rows: list[Problem], *, skip: bool) -> None:
    """Raise CatalogueError when there are file problems, or row problems not to be skipped."""
    if fatal or (rows and not skip):
        raise CatalogueError(file, [*fatal, *rows])


@contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of acyclic objects are made."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# --- registers --------------------------------------------------------------------------


class _RegisterLoader(yaml.SafeLoader):
    """A YAML loader that keeps dates as text and reads only true/false as booleans."""


_BOOL_TAG: Final = "tag:yaml.org,2002:bool"
_RegisterLoader.yaml_implicit_resolvers = {
    first: [
        (tag, pattern)
        for tag, pattern in resolvers
        if tag not in (_BOOL_TAG, "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_RegisterLoader.add_implicit_resolver(
    _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)

_PathKey = tuple[str | int, ...]


@dataclass(slots=True)
class _Register:
    """A register being loaded: its name and its YAML nodes (for line numbers)."""

    name: str
    root: yaml.Node | None

    def locate(self, path: Iterable[str | int]) -> tuple[int | None, int | None]:
        """Return the 1-based line and character of the node at a JSON path (or its nearest)."""
        node = self.root
        if node is None:
            return None, None
        for key in path:
            child = _child(node, key)
            if child is None:
                break
            node = child
        return node.start_mark.line + 1, node.start_mark.column + 1

    def locate_key(self, path: Iterable[str | int], key: str) -> tuple[int | None, int | None]:
        """Return the line and character of the key ``key`` in the mapping at ``path``."""
        node = self.root
        for step in path:
            node = _child(node, step) if node is not None else None
        if isinstance(node, yaml.MappingNode):
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                    return key_node.start_mark.line + 1, key_node.start_mark.column + 1
        return self.locate(path)

    def problem(self, path: _PathKey, message: str) -> Problem:
        """Return a problem at the node of a JSON path, the path written before the message."""
        line, position = self.locate(path)
        text = f"{_dotted(path)}: {message}" if path else message
        return Problem(self.name, line, None, text, position=position)


def _child(node: yaml.Node, key: str | int) -> yaml.Node | None:
    """Return the child of a YAML node under a mapping key or sequence index."""
    if isinstance(node, yaml.MappingNode) and isinstance(key, str):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                found: yaml.Node = value_node
                return found
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        item: yaml.Node = node.value[key]
        return item
    return None


def _dotted(path: Iterable[str | int]) -> str:
    """Return a JSON path as ``works[2].isrc``."""
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
    return text or "(top level)"


def _parse_register(name: str, raw: bytes, suffix: str) -> tuple[Any, yaml.Node | None]:
    """Parse a register's bytes (YAML or JSON); raise CatalogueError when they are broken."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = raw.count(b"\n", 0, exc.start) + 1
        detail = f"undecodable bytes at byte offset {exc.start}: not UTF-8 (save it as UTF-8)"
        raise CatalogueError(name, [Problem(name, bad_line, None, detail)]) from None
    if not text.strip():
        raise CatalogueError(name, [Problem(name, None, None, "file is empty")])
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            problem = Problem(
                name, exc.lineno, None, f"not valid JSON: {exc.msg}", position=exc.colno
            )
            raise CatalogueError(name, [problem]) from None
        return data, _compose(text)
    loader = _RegisterLoader(text)
    try:
        node = loader.get_single_node()
        return loader.construct_document(node), node
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        detail = exc.problem or exc.context or "broken"
        if exc.context and exc.problem:
            detail = f"{exc.problem} ({exc.context})"
        line = mark.line + 1 if mark is not None else None
        position = mark.column + 1 if mark is not None else None
        problem = Problem(name, line, None, f"not valid YAML: {detail}", position=position)
        raise CatalogueError(name, [problem]) from None
    except yaml.YAMLError as exc:
        raise CatalogueError(name, [Problem(name, None, None, f"not valid YAML: {exc}")]) from None
    finally:
        loader.dispose()


def _compose(text: str) -> yaml.Node | None:
    """Return the YAML nodes of a JSON text (for line numbers), or None if YAML cannot read it."""
    try:
        return yaml.compose(text, Loader=_RegisterLoader)
    except yaml.YAMLError:
        return None


def _duplicate_keys(register: _Register) -> list[Problem]:
    """Return a problem for every key written twice in one YAML mapping (the last would win)."""
    problems: list[Problem] = []
    stack: list[yaml.Node] = [register.root] if register.root is not None else []
    visited: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in visited:
            continue
        visited.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[str, int] = {}
            for key_node, value_node in node.value:
                stack.append(value_node)
                if not isinstance(key_node, yaml.ScalarNode):
                    continue
                key, mark = key_node.value, key_node.start_mark
                if key in first:
                    message = f"key {key!r} appears twice (first on line {first[key]})"
                    position = mark.column + 1
                    problems.append(
                        Problem(register.name, mark.line + 1, None, message, position=position)
                    )
                first.setdefault(key, mark.line + 1)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return problems


def _schema_problems(data: Any, register: _Register) -> list[Problem]:
    """Return every way the register does not satisfy the catalogue schema, with its line."""
    problems: list[Problem] = []
    leaves = [leaf for error in validator("catalogue").iter_errors(data) for leaf in _leaves(error)]
    # an empty text breaks both its minLength and its "not blank" pattern: say it once
    empty = {tuple(leaf.absolute_path) for leaf, _ in leaves if leaf.validator == "minLength"}
    for leaf, message in leaves:
        path = tuple(leaf.absolute_path)
        if leaf.validator == "pattern" and path in empty:
            continue
        if leaf.validator == "additionalProperties" and isinstance(leaf.instance, dict):
            problems.extend(_unknown_keys(leaf, path, register))
            continue
        line, position = register.locate(path)
        text = f"{_dotted(path)}: {message}"
        problems.append(Problem(register.name, line, None, text, position=position))
    problems.sort(key=lambda p: (p.line or 0, p.position or 0))
    return problems


def _unknown_keys(error: ValidationError, path: _PathKey, register: _Register) -> list[Problem]:
    """Return one problem per key the schema does not allow, each at the key's own line."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    known = list(schema.get("properties", {}))
    expected = ", ".join(known)
    instance = error.instance if isinstance(error.instance, dict) else {}
    problems = []
    for key in instance:
        if key in known:
            continue
        line, position = register.locate_key(path, str(key))
        text = f"{_dotted((*path, str(key)))}: unknown key {key!r}; expected one of {expected}"
        problems.append(Problem(register.name, line, None, text, position=position))
    return problems


def _leaves(error: ValidationError) -> list[tuple[ValidationError, str]]:
    """Return the errors to report for a schema error: a oneOf's closest branch, else itself."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        branches: dict[object, list[ValidationError]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        fewest = min(map(_distance, branches.values()))
        closest = [errors for errors in branches.values() if _distance(errors) == fewest]
        if len(closest) == 1:
            return [leaf for sub in closest[0] for leaf in _leaves(sub)]
        if all(sub.validator == "type" for errors in closest for sub in errors):
            wanted = [str(errors[0].validator_value) for errors in closest]
            return [(error, _wrong_type(error.instance, wanted))]
        alternatives = " / ".join(sorted({_message(errors[0]) for errors in closest}))
        return [(error, f"{error.instance!r} has none of the allowed forms: {alternatives}")]
    return [(error, _message(error))]


def _distance(errors: Sequence[ValidationError]) -> tuple[int, int]:
    """Return how far an instance is from a oneOf branch: errors about the instance itself first.

    A work with a bad year is closer to the work branch (its error is deeper)
    than to the works-file branch (missing "file", unknown keys).
    """
    shallow = sum(1 for error in errors if not error.relative_path)
    return shallow, len(errors)


#: JSON Schema types in words.
_TYPE_WORDS: Final = {
    "string": "text",
    "array": "a list",
    "object": "a mapping",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
}


def _wrong_type(instance: object, wanted: Sequence[str]) -> str:
    """Return the message for a value of the wrong type, saying which types would do."""
    expected = " or ".join(_TYPE_WORDS.get(kind, kind) for kind in wanted)
    hint = " (put it in quotes)" if "string" in wanted and isinstance(instance, int | float) else ""
    return f"{instance!r} is {_json_type(instance)}; expected {expected}{hint}"


def _json_type(value: object) -> str:
    """Return what kind of YAML/JSON value ``value`` is, in words."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "empty" if value is None else type(value).__name__


#: What the patterns of ``catalogue.schema.json``'s $defs ask for, in words.
_PATTERN_WORDS: Final = {
    "text": "text that is not blank",
    "date": "a date written YYYY-MM-DD",
    "url": "an http:// or https:// URL",
    "domain": "a domain name such as example.com",
}


def _message(error: ValidationError) -> str:
    """Return a schema error's message, in words where jsonschema's would show a regex."""
    instance = error.instance
    if error.validator == "pattern":
        schema = validator("catalogue").schema
        defs = schema.get("$defs", {}) if isinstance(schema, Mapping) else {}
        for name, words in _PATTERN_WORDS.items():
            if defs.get(name, {}).get("pattern") == error.validator_value:
                return f"{instance!r} is not {words}"
    if error.validator == "minLength" and instance == "":
        return "is empty; expected text"
    if error.validator == "const":
        return f"must be {error.validator_value!r}, not {instance!r}"
    if error.validator == "type":
        return _wrong_type(instance, [str(error.validator_value)])
    return error.message


def _read_file(path: Path, name: str) -> bytes:
    """Return the bytes of a file; raise CatalogueError when it is missing or unreadable."""
    if path.is_dir():
        raise CatalogueError(name, [Problem(name, None, None, "is a directory, not a file")])
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CatalogueError(name, [Problem(name, None, None, "file not found")]) from None
    except OSError as exc:
        detail = f"cannot be read: {exc.strerror or exc}"
        raise CatalogueError(name, [Problem(name, None, None, detail)]) from None


def _mapping_bytes(mapping: Mapping[str, str]) -> bytes:
    """Return a column mapping as canonical bytes for the content hash."""
    return json.dumps(dict(sorted(mapping.items())), ensure_ascii=False).encode("utf-8") + b"\0"


def _load_register(
    path: Path, columns: dict[str, str], *, skip: bool, with_works: bool = True
) -> LoadResult:
    """Load a YAML or JSON register and (unless ``with_works`` is false) the works it lists."""
    name = str(path)
    raw = _read_file(path, name)
    digest = hashlib.sha256(_HASH_VERSION)
    digest.update(raw)
    digest.update(_mapping_bytes(columns))
    data, root = _parse_register(name, raw, path.suffix.lower())
    register = _Register(name, root)
    problems = _duplicate_keys(register) + _schema_problems(data, register)
    if problems:
        raise CatalogueError(name, problems)
    base = path.parent
    builder = _WorksBuilder(skip_bad_rows=skip)
    inline: list[tuple[int, Mapping[str, Any]]] = []
    for index, item in enumerate(data.get("works", ()) if with_works else ()):
        if "file" not in item:
            inline.append((index, item))
            continue
        builder.add_inline(inline, register)
        inline = []
        given = item["file"]
        mapping = {**columns, **_mapping(item.get("columns"), WORK_ATTRIBUTES)}
        digest.update(b"\0file\0" + given.encode("utf-8") + b"\0" + _mapping_bytes(mapping))
        builder.read_table(
            base / given,
            shown=str(base / given),
            source=given,
            id_prefix=f"{given}:",
            fmt=item.get("format"),
            mapping=mapping,
            sink=digest,
        )
    builder.add_inline(inline, register)
    datasets = tuple(
        _dataset(entry, index, base, register, builder.fatal)
        for index, entry in enumerate(data.get("datasets", ()))
    )
    reservations = tuple(
        _reservation(entry, index, base, register, builder.fatal)
        for index, entry in enumerate(data.get("reservations", ()))
    )
    works, row_problems = builder.finish()
    _finish(name, builder.fatal, row_problems, skip=skip)
    holder = data["holder"]
    catalogue = Catalogue(
        path=path,
        holder=Holder(
            name=holder["name"].strip(),
            aliases=tuple(alias.strip() for alias in holder.get("aliases", ())),
            imprints=tuple(imprint.strip() for imprint in holder.get("imprints", ())),
        ),
        works=works,
        domains=tuple(dict.fromkeys(domain.lower() for domain in data.get("domains", ()))),
        datasets=datasets,
        reservations=reservations,
        content_hash=digest.hexdigest(),
    )
    return LoadResult(catalogue=catalogue, skipped=tuple(row_problems))


def _local_file(
    given: str, where: _PathKey, base: Path, register: _Register, problems: list[Problem]
) -> Path:
    """Return a file named in the register, resolved; note a problem when it is not a file."""
    path = base / given
    if not path.is_file():
        what = "is a directory, not a file" if path.is_dir() else "file not found"
        problems.append(register.problem(where, f"{what}: {path}"))
    return path


def _dataset(
    entry: Mapping[str, Any], index: int, base: Path, register: _Register, problems: list[Problem]
) -> Dataset:
    """Return a dataset of the register, checking that its manifest file exists."""
    manifest = None
    if (ref := entry.get("manifest")) is not None:
        where: _PathKey = ("datasets", index, "manifest", "file")
        path = _local_file(ref["file"], where, base, register, problems)
        mapping = _mapping(ref.get("columns"), MANIFEST_ATTRIBUTES)
        manifest = ManifestRef(path=path, columns=tuple(mapping.items()))
    return Dataset(
        name=entry["name"].strip(),
        aliases=tuple(a.strip() for a in entry.get("aliases", ())),
        urls=tuple(entry.get("urls", ())),
        manifest=manifest,
        note=entry.get("note", ""),
    )


def _reservation(
    entry: Mapping[str, Any], index: int, base: Path, register: _Register, problems: list[Problem]
) -> Reservation:
    """Return a reservation of the register, checking that its local file exists."""
    file = None
    if (given := entry.get("file")) is not None:
        file = _local_file(given, ("reservations", index, "file"), base, register, problems)
    return Reservation(
        mechanism=Mechanism(entry["mechanism"]),
        domains=tuple(dict.fromkeys(d.lower() for d in entry.get("domains", ()))),
        user_agents=tuple(entry.get("user_agents", ())),
        effective_from=entry.get("effective_from"),
        evidence_url=entry.get("evidence_url"),
        file=file,
        note=entry.get("note", ""),
    )


# --- bare tables ----------------------------------------------------------------------


def _load_bare(path: Path, columns: dict[str, str], *, skip: bool) -> LoadResult:
    """Load a catalogue that is a table of works on its own (the holder named after the file)."""
    name = str(path)
    digest = hashlib.sha256(_HASH_VERSION)
    digest.update(_mapping_bytes(columns))
    builder = _WorksBuilder(skip_bad_rows=skip)
    builder.read_table(
        path, shown=name, source=name, id_prefix="", fmt=None, mapping=columns, sink=digest
    )
    works, row_problems = builder.finish()
    _finish(name, builder.fatal, row_problems, skip=skip)
    catalogue = Catalogue(
        path=path,
        holder=Holder(name=_stem(path)),
        works=works,
        content_hash=digest.hexdigest(),
    )
    return LoadResult(catalogue=catalogue, skipped=tuple(row_problems))


def _stem(path: Path) -> str:
    """Return a table's name without its extensions (and without .gz)."""
    plain = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return Path(plain).stem


def load_catalogue(
    path: Path,
    *,
    columns: Mapping[str, str] | None = None,
    skip_bad_rows: bool = False,
    with_works: bool = True,
) -> LoadResult:
    """Load a register (.yaml, .yml, .json) or a bare table of works; raise CatalogueError.

    ``columns`` maps work attributes to column names (ColumnSpecError if it
    names an unknown attribute); in a register it applies to the works files
    that do not map that attribute themselves. Without ``with_works`` only the
    register is read (its works come from a cached index); a bare table then
    gives the holder alone.
    """
    path = Path(path)
    mapping = _mapping(columns, WORK_ATTRIBUTES)
    if path.is_dir():
        raise CatalogueError(str(path), [Problem(str(path), None, None, "is a directory")])
    with _bulk():
        if path.suffix.lower() in _REGISTER_SUFFIXES:
            return _load_register(path, mapping, skip=skip_bad_rows, with_works=with_works)
        if not with_works:
            return LoadResult(catalogue=Catalogue(path=path, holder=Holder(name=_stem(path))))
        try:
            table_format(path)
        except TableError as exc:
            detail = f"unsupported catalogue file: {exc.detail}; a register is .yaml, .yml or .json"
            raise CatalogueError(str(path), [Problem(str(path), None, None, detail)]) from None
        return _load_bare(path, mapping, skip=skip_bad_rows)


# --- manifests ------------------------------------------------------------------------


def _manifest(
    path: Path, cells: _Cells, unit: str, problems: list[Problem], *, skip: bool
) -> Manifest:
    """Convert a manifest's cells; rows with neither title nor URL and bad identifiers noted."""
    name = str(path)
    columns, size = cells.columns, len(cells.rows)
    nothing: Sequence[Value] = [None] * size
    titles = list(map(_text, columns.get("title", nothing)))
    urls = [text or None for text in map(_text, columns.get("url", nothing))]
    errors: list[_Error] = []
    identifiers = _identifier_columns(columns, size, errors)
    errors.sort(key=lambda error: error[0])
    warnings = [
        Problem(name, cells.lines[at], cells.names.get(kind, kind), f"{text}; dropped", unit=unit)
        for at, kind, text in errors
    ]
    bad = [position for position in range(size) if not titles[position] and not urls[position]]
    column = cells.names.get("title") or cells.names.get("url")
    problems.extend(
        Problem(name, cells.lines[position], column, "has neither a title nor a URL", unit=unit)
        for position in bad
    )
    problems.sort(key=lambda problem: problem.line or 0)
    _finish(name, [], problems, skip=skip)
    drop = set(bad)
    kept = [position for position in range(size) if position not in drop]

    def pick(values: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(values[position] for position in kept) if drop else tuple(values)

    ids = [text or None for text in map(_text, columns["id"])] if "id" in columns else nothing
    return Manifest(
        path=path,
        titles=pick(titles),
        creators=pick(_lists(columns["creators"]) if "creators" in columns else [()] * size),
        identifiers=pick(identifiers),
        urls=pick(urls),
        ids=pick(ids),
        rows=pick(cells.rows),
        skipped=tuple(problems),
        warnings=_capped(name, warnings, len(warnings), "identifiers dropped"),
    )


def load_manifest(
    path: Path, *, columns: Mapping[str, str] | None = None, skip_bad_rows: bool = False
) -> Manifest:
    """Load a dataset manifest (CSV, TSV, JSON Lines, Parquet); raise CatalogueError.

    Bad identifiers are dropped with a warning; unreadable rows and rows with
    neither title nor URL are problems (left out with ``skip_bad_rows``).
    """
    path = Path(path)
    mapping = _mapping(columns, MANIFEST_ATTRIBUTES)
    problems: list[Problem] = []
    with _bulk():
        found = _read_cells(
            path,
            shown=str(path),
            fmt=None,
            lenient=(mapping, _MANIFEST_DEFAULTS),
            required=("title", "url"),
            sink=None,
            unreadable=problems,
        )
        if isinstance(found, list):
            raise CatalogueError(str(path), found)
        cells, unit = found
        return _manifest(path, cells, unit, problems, skip=skip_bad_rows)
