"""Load a register: its holder, domains, datasets, reservations and the works it lists.

Paths in a register are relative to the register's folder. A works file
without an id column numbers its works ``"<file>:17"`` (the 0-based data row),
so that the ids of two files do not collide.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Final

from trainaudit.catalogue.columns import (
    MANIFEST_ATTRIBUTES,
    WORK_ATTRIBUTES,
    column_mapping,
)
from trainaudit.catalogue.model import (
    Catalogue,
    Dataset,
    Holder,
    ManifestRef,
    Mechanism,
    Reservation,
)
from trainaudit.catalogue.problems import CatalogueError, Problem, raise_problems
from trainaudit.catalogue.register_parse import (
    PathKey,
    Register,
    duplicate_keys,
    parse_register,
    read_register,
)
from trainaudit.catalogue.register_schema import schema_problems
from trainaudit.catalogue.works_table import WorksBuilder

__all__ = ["REGISTER_SUFFIXES", "load_register"]

#: The file name endings of a register (anything else is a bare table of works).
REGISTER_SUFFIXES: Final = (".yaml", ".yml", ".json")


def load_register(
    path: Path, columns: dict[str, str], *, skip: bool, with_works: bool
) -> tuple[Catalogue, list[Problem]]:
    """Load a YAML or JSON register and (unless ``with_works`` is false) the works it lists.

    Returns the catalogue and the problems of the rows left out (with ``skip``).
    """
    name = str(path)
    raw = read_register(path, name)
    data, root = parse_register(name, raw, path.suffix.lower())
    register = Register(name, root)
    problems = duplicate_keys(register) + schema_problems(data, register)
    if problems:
        raise CatalogueError(name, problems)
    base = path.parent
    builder = WorksBuilder(skip_bad_rows=skip)
    inline: list[tuple[int, Mapping[str, Any]]] = []
    for index, item in enumerate(data.get("works", ()) if with_works else ()):
        if "file" not in item:
            inline.append((index, item))
            continue
        builder.add_inline(inline, register)
        inline = []
        given = item["file"]
        mapping = {**columns, **column_mapping(item.get("columns"), WORK_ATTRIBUTES)}
        builder.read_table(
            base / given,
            shown=str(base / given),
            source=given,
            id_prefix=f"{given}:",
            fmt=item.get("format"),
            mapping=mapping,
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
    raise_problems(name, builder.fatal, row_problems, skip=skip)
    holder = data["holder"]
    catalogue = Catalogue(
        path=path,
        holder=Holder(
            name=holder["name"].strip(),
            aliases=tuple(alias.strip() for alias in holder.get("aliases", ())),
            imprints=tuple(imprint.strip() for imprint in holder.get("imprints", ())),
        ),
        works=works,
        domains=_domains(data.get("domains", ())),
        datasets=datasets,
        reservations=reservations,
    )
    return catalogue, row_problems


def _domains(domains: Iterable[str]) -> tuple[str, ...]:
    """Return domain names in lower case, each once, in order."""
    return tuple(dict.fromkeys(domain.lower() for domain in domains))


def _local_file(
    given: str, where: PathKey, base: Path, register: Register, problems: list[Problem]
) -> Path:
    """Return a file named in the register, resolved; note a problem when it is not a file."""
    path = base / given
    if not path.is_file():
        what = "is a directory, not a file" if path.is_dir() else "file not found"
        problems.append(register.problem(where, f"{what}: {path}"))
    return path


def _dataset(
    entry: Mapping[str, Any], index: int, base: Path, register: Register, problems: list[Problem]
) -> Dataset:
    """Return a dataset of the register, checking that its manifest file exists."""
    manifest = None
    if (ref := entry.get("manifest")) is not None:
        where: PathKey = ("datasets", index, "manifest", "file")
        path = _local_file(ref["file"], where, base, register, problems)
        mapping = column_mapping(ref.get("columns"), MANIFEST_ATTRIBUTES)
        manifest = ManifestRef(path=path, columns=tuple(mapping.items()))
    return Dataset(
        name=entry["name"].strip(),
        aliases=tuple(a.strip() for a in entry.get("aliases", ())),
        urls=tuple(entry.get("urls", ())),
        manifest=manifest,
        note=entry.get("note", ""),
    )


def _reservation(
    entry: Mapping[str, Any], index: int, base: Path, register: Register, problems: list[Problem]
) -> Reservation:
    """Return a reservation of the register, checking that its local file exists."""
    file = None
    if (given := entry.get("file")) is not None:
        file = _local_file(given, ("reservations", index, "file"), base, register, problems)
    return Reservation(
        mechanism=Mechanism(entry["mechanism"]),
        domains=_domains(entry.get("domains", ())),
        user_agents=tuple(entry.get("user_agents", ())),
        effective_from=entry.get("effective_from"),
        evidence_url=entry.get("evidence_url"),
        file=file,
        note=entry.get("note", ""),
    )
