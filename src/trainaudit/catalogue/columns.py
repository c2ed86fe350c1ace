"""Column mappings: which column of a table holds each attribute of a work or manifest entry.

``columns`` maps an attribute to the column holding it
(``parse_columns("title=song,creator=artist")``). Unmapped attributes are
looked for under their own name, case-insensitively (``creators`` also under
``artist``, ``artists`` and ``creator``; ``aliases`` under ``alias``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final, TypeAlias

from trainaudit.catalogue.problems import ColumnSpecError, Problem
from trainaudit.catalogue.tables import Table

__all__ = [
    "MANIFEST_ATTRIBUTES",
    "MANIFEST_DEFAULTS",
    "WORK_ATTRIBUTES",
    "WORK_DEFAULTS",
    "ColumnLookup",
    "column_mapping",
    "header_problems",
    "parse_columns",
    "resolve_columns",
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
#: The columns an unmapped work attribute is looked for under, in order.
WORK_DEFAULTS: Final[dict[str, tuple[str, ...]]] = {
    **{attribute: (attribute,) for attribute in WORK_ATTRIBUTES},
    "creators": ("creators", "artist", "artists", "creator"),
    "aliases": ("aliases", "alias"),
}
#: The columns an unmapped manifest attribute is looked for under, in order.
MANIFEST_DEFAULTS: Final[dict[str, tuple[str, ...]]] = {
    **{attribute: (attribute,) for attribute in MANIFEST_ATTRIBUTES},
    "title": ("title", "track", "song", "name"),
    "creators": ("creators", "creator", "artist", "artists"),
    "url": ("url", "link"),
}

_SYNONYMS: Final = {"creator": "creators", "alias": "aliases"}

#: How to find the attributes' columns: the mapping given, and the defaults of every attribute.
ColumnLookup: TypeAlias = tuple[Mapping[str, str], Mapping[str, tuple[str, ...]]]


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


def column_mapping(columns: Mapping[str, str] | None, allowed: Sequence[str]) -> dict[str, str]:
    """Return a column mapping with synonyms resolved; raise ColumnSpecError on bad ones."""
    mapping: dict[str, str] = {}
    for attribute, column in (columns or {}).items():
        name = _attribute(attribute, allowed)
        if not isinstance(column, str) or not column.strip():
            raise ColumnSpecError(f"attribute {attribute!r} is mapped to no column")
        mapping[name] = column.strip()
    return mapping


def resolve_columns(
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
        """Return the header column called ``name``, exactly or else case-insensitively."""
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


def header_problems(
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
