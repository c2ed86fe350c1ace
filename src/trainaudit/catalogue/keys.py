"""Comparison keys of works and queries, their blocking keys, and a stable vectorised string hash.

Every record (a catalogue work or a manifest row) becomes three comparison
strings: the normalised title, the same title with its words sorted (for
reordered titles) and the normalised creator credits. Blocking keys say which
catalogue works a query is compared with at all; see ``blocking_keys``.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing import get_context

import numpy as np
import numpy.typing as npt

from trainaudit.catalogue.normalise import normalise_creator, normalise_title

#: Blocking key kinds (the first character of every key) and the most works a
#: key may point at before it is too common to narrow anything down.
KEY_CAPS: dict[str, int] = {
    "t": 100,  # the exact normalised title
    "s": 100,  # the title's words sorted
    "w": 100,  # one title word of 3+ characters
    "b": 100,  # two adjacent title words
    "d": 100,  # the title without spaces, or it with one character deleted (short titles)
    "a": 200,  # one creator word of 3+ characters with the title's first letter
    "x": 200,  # the exact title with one creator word
    "z": 200,  # one creator word of 3+ characters with the title's last letter
}
#: Words of creator keys that name no one.
_CREDIT_WORDS = frozenset({"and", "the"})
#: Titles up to this many characters (spaces removed) get one-deletion keys.
SHORT_TITLE = 10


@dataclass(frozen=True, slots=True)
class RecordKeys:
    """Comparison strings of many records, column by column."""

    titles: tuple[str, ...]
    sorted_titles: tuple[str, ...]
    creators: tuple[str, ...]

    def __len__(self) -> int:
        """Return the number of records."""
        return len(self.titles)


@lru_cache(maxsize=200_000)
def creator_key(creators: str) -> str:
    """Return the comparison key of a creator credit (cached: creators repeat a lot)."""
    return normalise_creator(creators).key if creators else ""


def title_key(title: str) -> str:
    """Return the comparison key of a title."""
    return normalise_title(title).key


def sort_words(key: str) -> str:
    """Return a key with its words in alphabetical order."""
    words = key.split()
    return " ".join(sorted(words)) if len(words) > 1 else key


def record_keys(titles: Sequence[str], creators: Sequence[Sequence[str]]) -> RecordKeys:
    """Normalise titles and creator lists into comparison strings."""
    t = tuple(title_key(title) for title in titles)
    c = tuple(creator_key(" & ".join(names)) for names in creators)
    return RecordKeys(titles=t, sorted_titles=tuple(sort_words(k) for k in t), creators=c)


def objects(strings: Sequence[str]) -> npt.NDArray[np.object_]:
    """Return strings as a numpy object array (what rapidfuzz's cpdist takes fastest)."""
    array = np.empty(len(strings), dtype=object)
    array[:] = list(strings)
    return array


def _deletions(compact: str) -> list[str]:
    """Return a short string and every string made by deleting one of its characters."""
    return [compact, *(compact[:i] + compact[i + 1 :] for i in range(len(compact)))]


def blocking_keys(title: str, sorted_title: str, creator: str) -> list[str]:
    """Return the blocking keys of one record, each prefixed by its kind letter.

    Two records that differ by a typo, a reordering, a featured credit or a
    dropped creator still share one of these keys: the whole title, its sorted
    words, any rarer title word, two adjacent title words of three letters or
    more, the short title's one-deletion variants (any single edit leaves one
    in common), a creator word with the title's first or last letter (a typo
    rarely hits both), or the exact title with a creator word.
    """
    keys = [f"t{title}"]
    if sorted_title != title:
        keys.append(f"s{sorted_title}")
    words = title.split()
    keys.extend(f"w{w}" for w in words if len(w) >= 3)
    keys.extend(f"b{a} {b}" for a, b in itertools.pairwise(words) if len(a) > 2 < len(b))
    compact = title.replace(" ", "")
    if 3 <= len(compact) <= SHORT_TITLE:
        keys.extend(f"d{v}" for v in _deletions(compact))
    if creator:
        initial = title[:1]
        names = [w for w in dict.fromkeys(creator.split()) if w not in _CREDIT_WORDS]
        final = title[-1:]
        keys.extend(f"a{initial}{w}" for w in names if len(w) >= 3)
        keys.extend(f"z{final}{w}" for w in names if len(w) >= 3)
        keys.extend(f"x{title}|{w}" for w in names)
    return keys


def all_blocking_keys(keys: RecordKeys) -> tuple[list[str], npt.NDArray[np.int32]]:
    """Return every record's blocking keys, flattened, with the record number of each."""
    flat: list[str] = []
    counts: list[int] = []
    for title, sorted_title, creator in zip(
        keys.titles, keys.sorted_titles, keys.creators, strict=True
    ):
        mine = blocking_keys(title, sorted_title, creator)
        flat.extend(mine)
        counts.append(len(mine))
    owners = np.repeat(np.arange(len(counts), dtype=np.int32), np.asarray(counts, dtype=np.int64))
    return flat, owners


_CAP_OF_KIND = np.zeros(256, dtype=np.int32)
for _kind, _cap in KEY_CAPS.items():
    _CAP_OF_KIND[ord(_kind)] = _cap


@dataclass(frozen=True, slots=True)
class PreparedRecords:
    """Records ready to search or index: comparison strings and hashed blocking keys.

    ``owners`` gives the record of each blocking key and never decreases.
    """

    keys: RecordKeys
    hashes: npt.NDArray[np.uint64]
    caps: npt.NDArray[np.int32]
    owners: npt.NDArray[np.int32]

    def __len__(self) -> int:
        """Return the number of records."""
        return len(self.keys)

    def slice(self, start: int, stop: int) -> PreparedRecords:
        """Return records ``start`` to ``stop``, numbered from 0."""
        lo, hi = np.searchsorted(self.owners, [start, stop])
        return PreparedRecords(
            keys=RecordKeys(
                titles=self.keys.titles[start:stop],
                sorted_titles=self.keys.sorted_titles[start:stop],
                creators=self.keys.creators[start:stop],
            ),
            hashes=self.hashes[lo:hi],
            caps=self.caps[lo:hi],
            owners=self.owners[lo:hi] - np.int32(start),
        )


def prepare_keys(keys: RecordKeys) -> PreparedRecords:
    """Hash the blocking keys of records already normalised."""
    flat, owners = all_blocking_keys(keys)
    kinds = np.frombuffer("".join(k[0] for k in flat).encode("latin-1"), dtype=np.uint8)
    return PreparedRecords(
        keys=keys, hashes=hash_strings(flat), caps=_CAP_OF_KIND[kinds], owners=owners
    )


def _prepare_part(titles: Sequence[str], creators: Sequence[Sequence[str]]) -> PreparedRecords:
    """Normalise and hash one part of the records (run in a worker process)."""
    return prepare_keys(record_keys(titles, creators))


#: Below this many records, preparing them in worker processes costs more than it saves.
PARALLEL_MIN = 50_000


def prepare_records(
    titles: Sequence[str], creators: Sequence[Sequence[str]], *, workers: int | None = None
) -> PreparedRecords:
    """Normalise records and hash their blocking keys, in parallel processes for large inputs."""
    count = workers or os.cpu_count() or 1
    if count < 2 or len(titles) < PARALLEL_MIN:
        return _prepare_part(titles, creators)
    # several parts per worker: each holds a part's keys at a time, not half of all of them
    bounds = np.linspace(0, len(titles), 4 * count + 1).astype(int)
    parts = [(titles[a:b], creators[a:b]) for a, b in itertools.pairwise(bounds)]
    # spawned, not forked: a worker holds its own part only, not a copy of the parent
    with ProcessPoolExecutor(max_workers=count, mp_context=get_context("spawn")) as pool:
        prepared = list(pool.map(_prepare_part, *zip(*parts, strict=True)))
    return _concatenate(prepared)


def _concatenate(parts: Sequence[PreparedRecords]) -> PreparedRecords:
    """Join prepared parts, renumbering their records."""
    offsets = np.cumsum([0, *(len(p) for p in parts)])
    return PreparedRecords(
        keys=RecordKeys(
            titles=tuple(itertools.chain.from_iterable(p.keys.titles for p in parts)),
            sorted_titles=tuple(itertools.chain.from_iterable(p.keys.sorted_titles for p in parts)),
            creators=tuple(itertools.chain.from_iterable(p.keys.creators for p in parts)),
        ),
        hashes=np.concatenate([p.hashes for p in parts]),
        caps=np.concatenate([p.caps for p in parts]),
        owners=np.concatenate(
            [p.owners + np.int32(o) for p, o in zip(parts, offsets, strict=False)]
        ),
    )


# --- a stable 64-bit string hash, vectorised --------------------------------

_MULTIPLIER = np.uint64(0x100000001B3)
_CHUNK = 1_000_000


def _splitmix64(x: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """Mix 64-bit integers so that nearby inputs give unrelated outputs."""
    x = x + np.uint64(0x9E3779B97F4A7C15)
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _powers(n: int) -> npt.NDArray[np.uint64]:
    """Return the multiplier's powers 0..n-1, modulo 2**64."""
    powers = np.full(max(n, 1), _MULTIPLIER, dtype=np.uint64)
    powers[0] = 1
    return np.cumprod(powers, dtype=np.uint64)


def _hash_chunk(strings: Sequence[str]) -> npt.NDArray[np.uint64]:
    """Hash one chunk of strings (see ``hash_strings``)."""
    blob = np.frombuffer(("\0".join(strings) + "\0").encode("utf-8", "surrogatepass"), np.uint8)
    ends = np.flatnonzero(blob == 0)
    starts = np.empty_like(ends)
    starts[0] = 0
    starts[1:] = ends[:-1] + 1
    lengths = ends - starts + 1
    offsets = np.arange(blob.size) - np.repeat(starts, lengths)
    contributions = (blob.astype(np.uint64) + np.uint64(1)) * _powers(int(lengths.max()))[offsets]
    return _splitmix64(np.add.reduceat(contributions, starts))


def hash_strings(strings: Sequence[str]) -> npt.NDArray[np.uint64]:
    """Return a 64-bit hash of every string, the same in every process and on every run.

    Python's own ``hash`` is salted per process, so it cannot key an index kept
    on disk. This is a polynomial hash over the UTF-8 bytes, computed for all
    strings at once with numpy and mixed by SplitMix64. The strings must not
    contain NUL characters (comparison keys never do).
    """
    if not strings:
        return np.empty(0, dtype=np.uint64)
    parts = [_hash_chunk(strings[i : i + _CHUNK]) for i in range(0, len(strings), _CHUNK)]
    return np.concatenate(parts)


def pack_strings(strings: Iterable[str]) -> bytes:
    """Join strings into one UTF-8 blob for storage (see ``unpack_strings``)."""
    return "\0".join(strings).encode("utf-8", "surrogatepass")


def unpack_strings(blob: bytes, count: int) -> tuple[str, ...]:
    """Split a blob made by ``pack_strings`` back into its ``count`` strings."""
    if count == 0:
        return ()
    return tuple(blob.decode("utf-8", "surrogatepass").split("\0"))
