"""A rights holder's catalogue as loaded: holder, works, domains, datasets, reservations."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

#: Identifier kinds a work may carry, in the order they are tried when matching.
IDENTIFIER_KINDS = ("isrc", "iswc", "isbn", "upc")


class Mechanism(StrEnum):
    """How a reservation of rights (DSM Directive Art. 4(3)) was expressed."""

    ROBOTS_TXT = "robots.txt"
    TDMREP = "tdmrep"
    AI_TXT = "ai.txt"
    META_TAG = "meta-tag"
    HTTP_HEADER = "http-header"
    WEBSITE_DECLARATION = "website-declaration"
    REGISTRY = "registry"


@dataclass(frozen=True, slots=True, kw_only=True)
class Holder:
    """The rights holder: its name and the other names it publishes under."""

    name: str
    aliases: tuple[str, ...] = ()
    imprints: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name that stands for the holder: name, aliases, imprints and labels."""
        return (self.name, *self.aliases, *self.imprints)


@dataclass(frozen=True, slots=True, kw_only=True)
class Work:
    """One work of the catalogue, as a value (``Works`` stores them column-wise)."""

    row: int
    id: str
    title: str
    creators: tuple[str, ...] = ()
    identifiers: tuple[tuple[str, str], ...] = ()
    aliases: tuple[str, ...] = ()
    year: int | None = None
    source: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Works:
    """All works of a catalogue column by column; row ``i`` is data row ``i`` of the works.

    Column-wise because a catalogue holds millions of works: one tuple per
    column costs a fraction of one object per work.
    """

    ids: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    creators: tuple[tuple[str, ...], ...] = ()
    identifiers: tuple[tuple[tuple[str, str], ...], ...] = ()
    aliases: tuple[tuple[str, ...], ...] = ()
    years: tuple[int | None, ...] = ()
    #: The file each row came from and the row's 0-based data-row number in it.
    sources: tuple[str, ...] = ()
    source_rows: tuple[int, ...] = ()

    def __len__(self) -> int:
        """Return the number of works."""
        return len(self.ids)

    def work(self, row: int) -> Work:
        """Return the work in ``row`` as a value object."""
        return Work(
            row=row,
            id=self.ids[row],
            title=self.titles[row],
            creators=self.creators[row],
            identifiers=self.identifiers[row],
            aliases=self.aliases[row],
            year=self.years[row],
            source=self.sources[row],
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ManifestRef:
    """A local manifest file listing what a dataset contains."""

    path: Path
    columns: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Dataset:
    """A dataset known to contain the holder's works."""

    name: str
    aliases: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    manifest: ManifestRef | None = None
    note: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The dataset's name and aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True, kw_only=True)
class Reservation:
    """A reservation of rights against text and data mining, global or for some domains."""

    mechanism: Mechanism
    domains: tuple[str, ...] = ()
    user_agents: tuple[str, ...] = ()
    effective_from: str | None = None
    evidence_url: str | None = None
    #: A local copy of the file that expresses it (robots.txt, tdmrep.json, ai.txt).
    file: Path | None = None
    note: str = ""

    @property
    def is_global(self) -> bool:
        """True when the reservation covers all of the holder's works, not only some domains."""
        return not self.domains


@dataclass(frozen=True, slots=True, kw_only=True)
class Catalogue:
    """A rights holder's register with its works loaded."""

    path: Path
    holder: Holder
    works: Works = field(default_factory=Works)
    domains: tuple[str, ...] = ()
    datasets: tuple[Dataset, ...] = ()
    reservations: tuple[Reservation, ...] = ()
