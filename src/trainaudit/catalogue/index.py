"""The searchable index of a catalogue's works: comparison keys, blocking table, identifiers.

Built once from ``Works`` and kept as numpy arrays, so that it can be saved to
and loaded from disk quickly (see ``cache.py``) and searched for many queries
at once (see ``link.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

import numpy as np
import numpy.typing as npt

from trainaudit.catalogue.keys import (
    PreparedRecords,
    RecordKeys,
    hash_strings,
    objects,
    pack_strings,
    prepare_records,
    unpack_strings,
)
from trainaudit.catalogue.model import Works

#: Bump when the keys, the blocking or the stored layout change: old caches are then ignored.
INDEX_VERSION = 4


@dataclass(frozen=True, slots=True)
class PackedStrings:
    """Many strings in one UTF-8 blob with offsets, decoded one at a time when asked for."""

    blob: bytes = b""
    offsets: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(1, np.int64))

    @classmethod
    def pack(cls, strings: Sequence[str]) -> PackedStrings:
        """Pack strings (any characters) into one blob."""
        encoded = [s.encode("utf-8", "surrogatepass") for s in strings]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(e) for e in encoded], out=offsets[1:])
        return cls(blob=b"".join(encoded), offsets=offsets)

    def __len__(self) -> int:
        """Return the number of strings."""
        return int(self.offsets.size) - 1

    def __getitem__(self, row: int) -> str:
        """Return string ``row``."""
        start, stop = int(self.offsets[row]), int(self.offsets[row + 1])
        return self.blob[start:stop].decode("utf-8", "surrogatepass")


@dataclass(frozen=True, slots=True)
class BlockingTable:
    """Blocking key hashes, sorted and unique, each with the works it points at."""

    hashes: npt.NDArray[np.uint64]
    starts: npt.NDArray[np.int64]
    counts: npt.NDArray[np.int32]
    postings: npt.NDArray[np.int32]

    @classmethod
    def build(cls, hashes: npt.NDArray[np.uint64], owners: npt.NDArray[np.int32]) -> BlockingTable:
        """Group (key hash, work row) pairs by hash; one work appears once per key.

        ``owners`` never decreases, so a stable sort by hash leaves each key's
        works in row order and any repeated pair next to its twin.
        """
        order = np.argsort(hashes, kind="stable")
        hashes, owners = hashes[order], owners[order]
        distinct = np.ones(hashes.size, dtype=bool)
        distinct[1:] = (hashes[1:] != hashes[:-1]) | (owners[1:] != owners[:-1])
        hashes, owners = hashes[distinct], owners[distinct]
        first = np.ones(hashes.size, dtype=bool)
        first[1:] = hashes[1:] != hashes[:-1]
        starts = np.flatnonzero(first)
        counts = np.diff(np.append(starts, hashes.size))
        return cls(
            hashes=hashes[starts],
            starts=starts.astype(np.int64),
            counts=counts.astype(np.int32),
            postings=owners.astype(np.int32),
        )


@dataclass(frozen=True, slots=True)
class WorkIndex:
    """Everything needed to find a catalogue's works by title, creator or identifier."""

    keys: RecordKeys
    titles: npt.NDArray[np.object_]
    sorted_titles: npt.NDArray[np.object_]
    creators: npt.NDArray[np.object_]
    title_lengths: npt.NDArray[np.int32]
    table: BlockingTable
    identifier_hashes: npt.NDArray[np.uint64]
    identifier_rows: npt.NDArray[np.int32]
    ids: tuple[str, ...]
    #: For each work, its file (an index into ``source_names``) and its 0-based row there.
    source_names: tuple[str, ...] = ()
    source_codes: npt.NDArray[np.int32] = field(default_factory=lambda: np.empty(0, np.int32))
    source_rows: npt.NDArray[np.int32] = field(default_factory=lambda: np.empty(0, np.int32))
    #: The rows left out when the index was built (``--skip-bad-rows``), as messages.
    skipped: tuple[str, ...] = ()
    #: Each work's title and creators as written, for output.
    written_titles: PackedStrings = field(default_factory=PackedStrings)
    written_creators: PackedStrings = field(default_factory=PackedStrings)

    def __len__(self) -> int:
        """Return the number of works."""
        return len(self.ids)

    @classmethod
    def build(cls, works: Works) -> WorkIndex:
        """Normalise every work and build its blocking table and identifier lookup."""
        prepared = prepare_records(works.titles, works.creators)
        keys = prepared.keys
        table = BlockingTable.build(prepared.hashes, prepared.owners)
        identifier_texts: list[str] = []
        identifier_owners: list[int] = []
        for row, identifiers in enumerate(works.identifiers):
            for kind, value in identifiers:
                identifier_texts.append(f"{kind}:{value}")
                identifier_owners.append(row)
        hashes = hash_strings(identifier_texts)
        order = np.argsort(hashes, kind="stable")
        names = tuple(dict.fromkeys(works.sources))
        code_of = {name: code for code, name in enumerate(names)}
        index = cls.from_keys(
            keys,
            table,
            hashes[order],
            np.asarray(identifier_owners, dtype=np.int32)[order],
            works.ids,
        )
        return replace(
            index,
            source_names=names,
            source_codes=np.fromiter((code_of[s] for s in works.sources), np.int32, len(works)),
            source_rows=np.asarray(works.source_rows, dtype=np.int32),
            written_titles=PackedStrings.pack(works.titles),
            written_creators=PackedStrings.pack(["; ".join(c) for c in works.creators]),
        )

    def with_skipped(self, skipped: tuple[str, ...]) -> WorkIndex:
        """Return the index noting the rows left out when it was built."""
        return replace(self, skipped=skipped)

    def source_of(self, row: int) -> tuple[str, int]:
        """Return the file a work came from and its 0-based data row there."""
        return self.source_names[int(self.source_codes[row])], int(self.source_rows[row])

    @classmethod
    def from_keys(
        cls,
        keys: RecordKeys,
        table: BlockingTable,
        identifier_hashes: npt.NDArray[np.uint64],
        identifier_rows: npt.NDArray[np.int32],
        ids: tuple[str, ...],
    ) -> WorkIndex:
        """Assemble an index from its stored parts."""
        return cls(
            keys=keys,
            titles=objects(keys.titles),
            sorted_titles=objects(keys.sorted_titles),
            creators=objects(keys.creators),
            title_lengths=np.fromiter((len(t) for t in keys.titles), np.int32, len(keys)),
            table=table,
            identifier_hashes=identifier_hashes,
            identifier_rows=identifier_rows,
            ids=ids,
        )

    def rows_with_identifier(self, kind: str, value: str) -> tuple[int, ...]:
        """Return the rows of the works that carry this normalised identifier."""
        wanted = hash_strings([f"{kind}:{value}"])[0]
        lo = int(np.searchsorted(self.identifier_hashes, wanted, side="left"))
        hi = int(np.searchsorted(self.identifier_hashes, wanted, side="right"))
        return tuple(sorted(int(r) for r in self.identifier_rows[lo:hi]))

    def save_to(self, stream: BinaryIO) -> None:
        """Write the index as one ``.npz`` archive to a binary stream."""
        np.savez(
            stream,
            version=np.array([INDEX_VERSION]),
            titles=_blob(self.keys.titles),
            sorted_titles=_blob(self.keys.sorted_titles),
            creators=_blob(self.keys.creators),
            ids=_blob(self.ids),
            count=np.array([len(self.ids)]),
            hashes=self.table.hashes,
            starts=self.table.starts,
            counts=self.table.counts,
            postings=self.table.postings,
            identifier_hashes=self.identifier_hashes,
            identifier_rows=self.identifier_rows,
            source_names=_blob(self.source_names),
            source_count=np.array([len(self.source_names)]),
            source_codes=self.source_codes,
            source_rows=self.source_rows,
            skipped=_blob(self.skipped),
            skipped_count=np.array([len(self.skipped)]),
            written_titles=np.frombuffer(self.written_titles.blob, np.uint8),
            written_title_offsets=self.written_titles.offsets,
            written_creators=np.frombuffer(self.written_creators.blob, np.uint8),
            written_creator_offsets=self.written_creators.offsets,
        )

    @classmethod
    def load(cls, path: Path) -> WorkIndex | None:
        """Read an index written by ``save_to``; None when it is from another index version."""
        with np.load(path, allow_pickle=False) as data:
            if int(data["version"][0]) != INDEX_VERSION:
                return None
            count = int(data["count"][0])
            keys = RecordKeys(
                titles=unpack_strings(data["titles"].tobytes(), count),
                sorted_titles=unpack_strings(data["sorted_titles"].tobytes(), count),
                creators=unpack_strings(data["creators"].tobytes(), count),
            )
            table = BlockingTable(
                hashes=data["hashes"],
                starts=data["starts"],
                counts=data["counts"],
                postings=data["postings"],
            )
            index = cls.from_keys(
                keys,
                table,
                data["identifier_hashes"],
                data["identifier_rows"],
                unpack_strings(data["ids"].tobytes(), count),
            )
            return replace(
                index,
                source_names=unpack_strings(
                    data["source_names"].tobytes(), int(data["source_count"][0])
                ),
                source_codes=data["source_codes"],
                source_rows=data["source_rows"],
                skipped=unpack_strings(data["skipped"].tobytes(), int(data["skipped_count"][0])),
                written_titles=PackedStrings(
                    data["written_titles"].tobytes(), data["written_title_offsets"]
                ),
                written_creators=PackedStrings(
                    data["written_creators"].tobytes(), data["written_creator_offsets"]
                ),
            )


def _blob(strings: tuple[str, ...]) -> npt.NDArray[np.uint8]:
    """Return strings packed as a byte array for ``np.savez``."""
    return np.frombuffer(pack_strings(strings), dtype=np.uint8)


def candidate_pairs(
    index: WorkIndex, queries: PreparedRecords
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Return (query, work) pairs that share a blocking key not too common to be useful.

    Pairs may repeat; pairs whose title lengths alone rule out a title score
    of ``TITLE_CUTOFF`` are dropped (the Indel distance is at least the length
    difference).
    """
    from trainaudit.catalogue.score import TITLE_CUTOFF

    query_keys = queries.keys
    hashes, caps, owners = queries.hashes, queries.caps, queries.owners
    if hashes.size == 0 or index.table.hashes.size == 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    table = index.table
    # sorted needles let each binary search start where the last one ended: ~8x faster
    order = np.argsort(hashes)
    hashes, caps, owners = hashes[order], caps[order], owners[order]
    position = np.searchsorted(table.hashes, hashes)
    position[position == table.hashes.size] = 0
    found = table.hashes[position] == hashes
    counts = np.where(found, table.counts[position], 0)
    keep = (counts > 0) & (counts <= caps)
    starts = table.starts[position[keep]]
    counts = counts[keep].astype(np.int64)
    pair_queries = np.repeat(owners[keep].astype(np.int64), counts)
    offsets = np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(
        np.cumsum(counts) - counts, counts
    )
    works = table.postings[np.repeat(starts, counts) + offsets].astype(np.int64)
    query_lengths = np.fromiter((len(t) for t in query_keys.titles), np.int32, len(query_keys))
    ql = query_lengths[pair_queries]
    wl = index.title_lengths[works]
    # ratio >= c needs |ql - wl| <= (1 - c/100) * (ql + wl)
    slack = (100 - TITLE_CUTOFF) * (ql + wl)
    possible = 100 * np.abs(ql - wl) <= slack
    pairs = np.sort(pair_queries[possible] * len(index) + works[possible])
    distinct = np.ones(pairs.size, dtype=bool)
    distinct[1:] = pairs[1:] != pairs[:-1]
    pairs = pairs[distinct]
    return pairs // len(index), pairs % len(index)
