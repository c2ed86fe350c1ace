"""Catalogue index: comparison keys, the stable hash, blocking, linking, the disk cache."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainaudit.catalogue.cache import cached_index, index_path
from trainaudit.catalogue.index import WorkIndex, candidate_pairs
from trainaudit.catalogue.keys import (
    blocking_keys,
    hash_strings,
    pack_strings,
    prepare_keys,
    prepare_records,
    record_keys,
    sort_words,
    unpack_strings,
)
from trainaudit.catalogue.link import link
from trainaudit.catalogue.model import Works

CATALOGUE = [
    ("W1", "Bohemian Rhapsody", ("Queen",), (("isrc", "GBUM71029604"),)),
    ("W2", "Despacito", ("Luis Fonsi", "Daddy Yankee"), ()),
    ("W3", "I Heard It Through the Grapevine", ("Marvin Gaye",), ()),
    ("W4", "Hello", ("Adele",), ()),
    ("W5", "Hello", ("Lionel Richie",), ()),
    ("W6", "Smells Like Teen Spirit", ("Nirvana",), ()),
    ("W7", "Ой, то не вечер", ("Казачий хор",), ()),
    ("W8", "Yesterday", ("The Beatles",), ()),
]


def make_works(rows: list[tuple[str, str, tuple[str, ...], tuple[tuple[str, str], ...]]]) -> Works:
    """Build a Works table from (id, title, creators, identifiers) rows."""
    n = len(rows)
    return Works(
        ids=tuple(r[0] for r in rows),
        titles=tuple(r[1] for r in rows),
        creators=tuple(r[2] for r in rows),
        identifiers=tuple(r[3] for r in rows),
        aliases=((),) * n,
        years=(None,) * n,
        sources=("test",) * n,
        source_rows=tuple(range(n)),
    )


@pytest.fixture(scope="module")
def index() -> WorkIndex:
    """Index of the small test catalogue."""
    return WorkIndex.build(make_works(CATALOGUE))


def linked(index: WorkIndex, title: str, creators: tuple[str, ...] = ()) -> str | None:
    """Return the id of the work a single query links to, or None."""
    result = link(index, record_keys([title], [creators]))
    return index.ids[int(result.works[0])] if len(result) else None


def test_hash_is_the_same_in_another_process() -> None:
    """Hashes key an index kept on disk, so another interpreter must compute the same values."""
    strings = ["tbohemian rhapsody", "wlove", "", "аbc", "x" * 300]
    here = [int(h) for h in hash_strings(strings)]
    code = (
        "from trainaudit.catalogue.keys import hash_strings;"
        f"print([int(h) for h in hash_strings({strings!r})])"
    )
    there = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert str(here) == there.strip()


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\0"), max_size=40)))
def test_hash_equal_strings_equal_hashes(strings: list[str]) -> None:
    """Equal strings hash equally wherever they sit in the input."""
    hashes = hash_strings(strings + list(reversed(strings)))
    n = len(strings)
    assert list(hashes[:n]) == list(reversed(hashes[n:]))


def test_hash_distinguishes_near_strings() -> None:
    """Strings one character apart, or of the same bytes in another order, hash apart."""
    strings = ["love", "love ", "lvoe", "evol", "love\u0301", "lov", ""]
    assert len(set(hash_strings(strings).tolist())) == len(strings)


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\0"), max_size=20)))
def test_pack_round_trip(strings: list[str]) -> None:
    """Packed strings unpack unchanged (an empty list included)."""
    if len(strings) == 1 and strings[0] == "":
        return  # a single empty string packs like no strings; counts tell them apart
    assert unpack_strings(pack_strings(strings), len(strings)) == tuple(strings)


def test_sort_words() -> None:
    """Sorted keys put words in alphabetical order."""
    assert sort_words("rhapsody bohemian") == "bohemian rhapsody"


def test_one_typo_shares_a_deletion_key() -> None:
    """Any single edit of a short title leaves a one-deletion key in common."""
    base = set(blocking_keys("hello", "hello", ""))
    for typo in ("helo", "hxllo", "hellox", "ehllo"):
        assert base & set(blocking_keys(typo, typo, ""))


@pytest.mark.parametrize(
    ("title", "creators", "expected"),
    [
        ("Bohemian Rhapsody - Remastered 2011", ("Queen",), "W1"),
        ("Bohemain Rhapsody", ("Queen",), "W1"),
        ("Despacito (feat. Daddy Yankee)", ("Luis Fonsi",), "W2"),
        ("Despacito", ("Luis Fonsi feat. Daddy Yankee",), "W2"),
        ("I Heard It Through The Grapevine", ("Gaye, Marvin",), "W3"),
        ("Hello", ("Adele",), "W4"),
        ("Hello", ("Lionel Richie",), "W5"),
        ("Smells Like Teen Spirit [Explicit]", (), "W6"),
        ("Oy, to ne vecher", ("Kazachiy khor",), "W7"),
        ("Yesterday", ("Beatles, The",), "W8"),
    ],
)
def test_link_finds_the_work(
    index: WorkIndex, title: str, creators: tuple[str, ...], expected: str
) -> None:
    """Noisy spellings of catalogue works link to them."""
    assert linked(index, title, creators) == expected


@pytest.mark.parametrize(
    ("title", "creators"),
    [
        ("Hello", ()),  # two works called Hello: ambiguous without a creator
        ("Hello", ("Evanescence",)),  # a cover by someone else is another work
        ("Bohemian Rhapsody", ("Panic! at the Disco",)),
        ("Teen Spirit", ("Nirvana",)),
        ("Completely Different", ("Queen",)),
    ],
)
def test_link_refuses_non_matches(index: WorkIndex, title: str, creators: tuple[str, ...]) -> None:
    """Other works, other artists and ambiguous bare titles link to nothing."""
    assert linked(index, title, creators) is None


def test_ambiguous_bare_title_is_reported(index: WorkIndex) -> None:
    """A bare title shared by two works is listed as ambiguous."""
    result = link(index, record_keys(["Hello"], [()]))
    assert list(result.ambiguous) == [0]


def test_identifier_links_first(index: WorkIndex) -> None:
    """A known ISRC links a row even when its title says something else."""
    keys = record_keys(["Track 01"], [()])
    result = link(index, keys, [(("isrc", "GBUM71029604"),)])
    assert [index.ids[int(w)] for w in result.works] == ["W1"]
    assert bool(result.via_identifier[0])


def test_chunks_do_not_change_results(index: WorkIndex) -> None:
    """Linking in chunks of one gives what linking all at once gives."""
    titles = ["Hello", "Despacito", "Yesterday", "Nothing Here", "Bohemian Rhapsody"]
    creators: list[tuple[str, ...]] = [("Adele",), ("Luis Fonsi",), (), ("X",), ("Queen",)]
    keys = record_keys(titles, creators)
    whole, chunked = link(index, keys), link(index, keys, chunk=1)
    assert whole.queries.tolist() == chunked.queries.tolist()
    assert whole.works.tolist() == chunked.works.tolist()


def test_candidates_respect_length_bound(index: WorkIndex) -> None:
    """A candidate's title length never rules out the title cutoff."""
    queries, works = candidate_pairs(index, prepare_keys(record_keys(["Hello"], [("Adele",)])))
    assert queries.tolist() == [0] * len(works)
    assert all(abs(len(index.keys.titles[w]) - 5) <= 2 for w in works.tolist())


def test_save_and_load_round_trip(index: WorkIndex, tmp_path: Path) -> None:
    """A saved index loads back with the same keys, table and identifiers."""
    path = tmp_path / "i.npz"
    with path.open("wb") as stream:
        index.save_to(stream)
    loaded = WorkIndex.load(path)
    assert loaded is not None
    assert loaded.keys == index.keys
    assert loaded.ids == index.ids
    assert np.array_equal(loaded.table.postings, index.table.postings)
    assert loaded.rows_with_identifier("isrc", "GBUM71029604") == (0,)


def test_cache_builds_once_then_loads(tmp_path: Path) -> None:
    """The second request for the same content hash comes from disk."""
    builds: list[int] = []

    def build() -> WorkIndex:
        builds.append(1)
        return WorkIndex.build(make_works(CATALOGUE))

    first, cached_first = cached_index("abc", build, tmp_path)
    second, cached_second = cached_index("abc", build, tmp_path)
    assert (cached_first, cached_second, len(builds)) == (False, True, 1)
    assert second.ids == first.ids
    assert not [p for p in (tmp_path / "index").iterdir() if p.name.startswith(".")]


def test_corrupt_cache_entry_is_rebuilt(tmp_path: Path) -> None:
    """A damaged cache file is ignored and replaced, never read as an index."""
    path = index_path(tmp_path, "abc")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"PK\x03\x04 not really a zip")
    index, was_cached = cached_index(
        "abc", lambda: WorkIndex.build(make_works(CATALOGUE)), tmp_path
    )
    assert not was_cached
    assert len(index) == len(CATALOGUE)
    assert WorkIndex.load(path) is not None


def test_empty_catalogue_links_nothing() -> None:
    """An index without works answers every query with no link."""
    empty = WorkIndex.build(make_works([]))
    result = link(empty, record_keys(["Hello"], [("Adele",)]))
    assert len(result) == 0


def test_parallel_preparation_equals_serial() -> None:
    """Preparing records in worker processes gives exactly what one process gives."""
    titles = [f"Song number {i} of the night" for i in range(300)]
    creators: list[tuple[str, ...]] = [(f"Artist {i % 17}",) for i in range(300)]
    serial = prepare_records(titles, creators, workers=1)
    parallel = prepare_records(titles * 200, creators * 200, workers=2)
    assert parallel.keys.titles[:300] == serial.keys.titles
    n = serial.hashes.size
    assert np.array_equal(parallel.hashes[:n], serial.hashes)
    assert np.array_equal(parallel.owners[n : 2 * n], serial.owners + 300)


def test_prepared_slice_renumbers_records() -> None:
    """A slice of prepared records keeps its own keys, numbered from 0."""
    prepared = prepare_keys(record_keys(["a b c", "d e", "f"], [(), ("x",), ()]))
    part = prepared.slice(1, 3)
    assert part.keys.titles == ("d e", "f")
    assert part.owners.min() == 0 and part.owners.max() == 1
