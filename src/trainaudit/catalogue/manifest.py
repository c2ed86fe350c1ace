"""Load a dataset manifest, column-wise: what a dataset holds, to link against the works.

Manifests are third-party data and read leniently: a bad identifier is
dropped with a warning, and only an unreadable row or one with neither title
nor URL is a problem.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainaudit.catalogue.cells import Cells, bulk, read_cells
from trainaudit.catalogue.columns import MANIFEST_ATTRIBUTES, MANIFEST_DEFAULTS, column_mapping
from trainaudit.catalogue.problems import CatalogueError, Problem, capped, raise_problems
from trainaudit.catalogue.tables import Value
from trainaudit.catalogue.values import RowError, cell_text, identifier_columns, list_column

__all__ = ["Manifest", "load_manifest"]


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


def load_manifest(
    path: Path, *, columns: Mapping[str, str] | None = None, skip_bad_rows: bool = False
) -> Manifest:
    """Load a dataset manifest (CSV, TSV, JSON Lines, Parquet); raise CatalogueError.

    Bad identifiers are dropped with a warning; unreadable rows and rows with
    neither title nor URL are problems (left out with ``skip_bad_rows``).
    """
    path = Path(path)
    mapping = column_mapping(columns, MANIFEST_ATTRIBUTES)
    problems: list[Problem] = []
    with bulk():
        found = read_cells(
            path,
            shown=str(path),
            fmt=None,
            lookup=(mapping, MANIFEST_DEFAULTS),
            required=("title", "url"),
            unreadable=problems,
        )
        if isinstance(found, list):
            raise CatalogueError(str(path), found)
        cells, unit = found
        return _manifest(path, cells, unit, problems, skip=skip_bad_rows)


def _manifest(
    path: Path, cells: Cells, unit: str, problems: list[Problem], *, skip: bool
) -> Manifest:
    """Convert a manifest's cells; rows with neither title nor URL and bad identifiers noted."""
    name = str(path)
    columns, size = cells.columns, len(cells.rows)
    nothing: Sequence[Value] = [None] * size
    titles = list(map(cell_text, columns.get("title", nothing)))
    urls = [text or None for text in map(cell_text, columns.get("url", nothing))]
    errors: list[RowError] = []
    identifiers = identifier_columns(columns, size, errors)
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
    raise_problems(name, [], problems, skip=skip)
    drop = set(bad)
    kept = [position for position in range(size) if position not in drop]

    def pick(values: Sequence[Any]) -> tuple[Any, ...]:
        """Return the values of the rows kept."""
        return tuple(values[position] for position in kept) if drop else tuple(values)

    ids = [text or None for text in map(cell_text, columns["id"])] if "id" in columns else nothing
    return Manifest(
        path=path,
        titles=pick(titles),
        creators=pick(list_column(columns["creators"]) if "creators" in columns else [()] * size),
        identifiers=pick(identifiers),
        urls=pick(urls),
        ids=pick(ids),
        rows=pick(cells.rows),
        skipped=tuple(problems),
        warnings=capped(name, warnings, "identifiers dropped"),
    )
