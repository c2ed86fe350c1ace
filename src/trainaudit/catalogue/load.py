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

This module is the public entry point; the work is done in ``problems``,
``columns``, ``cells``, ``values``, ``works_table``, ``register_parse``,
``register_schema``, ``register`` and ``manifest``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from trainaudit.catalogue.cells import bulk
from trainaudit.catalogue.columns import (
    MANIFEST_ATTRIBUTES,
    WORK_ATTRIBUTES,
    column_mapping,
    parse_columns,
)
from trainaudit.catalogue.manifest import Manifest, load_manifest
from trainaudit.catalogue.model import Catalogue, Holder
from trainaudit.catalogue.problems import (
    MAX_LISTED,
    CatalogueError,
    ColumnSpecError,
    Problem,
    file_error,
    raise_problems,
)
from trainaudit.catalogue.register import REGISTER_SUFFIXES, load_register
from trainaudit.catalogue.tables import TableError, table_format
from trainaudit.catalogue.works_table import WorksBuilder

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


@dataclass(frozen=True, slots=True, kw_only=True)
class LoadResult:
    """A loaded catalogue and the problems of the rows left out (with ``skip_bad_rows``)."""

    catalogue: Catalogue
    skipped: tuple[Problem, ...] = ()


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
    mapping = column_mapping(columns, WORK_ATTRIBUTES)
    if path.is_dir():
        raise file_error(str(path), "is a directory")
    with bulk():
        if path.suffix.lower() in REGISTER_SUFFIXES:
            catalogue, skipped = load_register(
                path, mapping, skip=skip_bad_rows, with_works=with_works
            )
            return LoadResult(catalogue=catalogue, skipped=tuple(skipped))
        if not with_works:
            return LoadResult(catalogue=Catalogue(path=path, holder=Holder(name=_stem(path))))
        try:
            table_format(path)
        except TableError as exc:
            detail = f"unsupported catalogue file: {exc.detail}; a register is .yaml, .yml or .json"
            raise file_error(str(path), detail) from None
        return _load_bare(path, mapping, skip=skip_bad_rows)


def _load_bare(path: Path, columns: dict[str, str], *, skip: bool) -> LoadResult:
    """Load a catalogue that is a table of works on its own (the holder named after the file)."""
    name = str(path)
    builder = WorksBuilder(skip_bad_rows=skip)
    builder.read_table(path, shown=name, source=name, id_prefix="", fmt=None, mapping=columns)
    works, row_problems = builder.finish()
    raise_problems(name, builder.fatal, row_problems, skip=skip)
    catalogue = Catalogue(
        path=path,
        holder=Holder(name=_stem(path)),
        works=works,
    )
    return LoadResult(catalogue=catalogue, skipped=tuple(row_problems))


def _stem(path: Path) -> str:
    """Return a table's name without its extensions (and without .gz)."""
    plain = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return Path(plain).stem
