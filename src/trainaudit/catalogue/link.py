"""Record linkage: find, for many queries at once, the catalogue work each one is.

Queries are processed in chunks: their blocking keys pick candidate works
(``index.candidate_pairs``), rapidfuzz scores every candidate pair in native
code (``score.py``), and numpy picks the best acceptable work per query. A
query that carries an identifier the catalogue knows (ISRC, ISWC, ISBN, UPC)
is linked by it first, with score 100.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from trainaudit.catalogue.index import WorkIndex, candidate_pairs
from trainaudit.catalogue.keys import (
    PreparedRecords,
    RecordKeys,
    hash_strings,
    objects,
    prepare_keys,
    prepare_records,
)
from trainaudit.catalogue.score import (
    NO_CREATOR,
    THRESHOLDS,
    TITLE_CUTOFF,
    PairScores,
    Thresholds,
    acceptable,
    combined_scores,
    creator_scores,
    title_scores,
)

#: Queries per chunk: bounds memory (candidate pairs of one chunk) and paces progress.
CHUNK = 20_000
VIA_IDENTIFIER = "identifier"
VIA_FUZZY = "title+creator"

Progress = Callable[[int], None]
#: Links comparison keys (with identifiers, reporting progress) to a catalogue.
Linker = Callable[
    [PreparedRecords, "Sequence[Sequence[tuple[str, str]]] | None", "Progress | None"],
    "LinkResult",
]


@dataclass(frozen=True, slots=True)
class LinkResult:
    """The best work of every linked query, and the queries left ambiguous, column by column."""

    queries: npt.NDArray[np.int64]
    works: npt.NDArray[np.int64]
    title: npt.NDArray[np.int16]
    creator: npt.NDArray[np.int16]
    score: npt.NDArray[np.float32]
    via_identifier: npt.NDArray[np.bool_]
    runner_up: npt.NDArray[np.int64]
    runner_up_score: npt.NDArray[np.float32]
    ambiguous: npt.NDArray[np.int64]

    def __len__(self) -> int:
        """Return the number of linked queries."""
        return int(self.queries.size)


def score_pairs(
    index: WorkIndex,
    keys: RecordKeys,
    queries: npt.NDArray[np.int64],
    works: npt.NDArray[np.int64],
) -> PairScores:
    """Score (query, work) pairs; only pairs whose title reaches the cutoff are kept."""
    qt, qs, qc = objects(keys.titles), objects(keys.sorted_titles), objects(keys.creators)
    title = title_scores(qt[queries], qs[queries], index.titles[works], index.sorted_titles[works])
    kept = title >= TITLE_CUTOFF
    queries, works, title = queries[kept], works[kept], title[kept]
    creator = creator_scores(qc[queries], index.creators[works])
    return PairScores(
        queries=queries,
        works=works,
        title=title,
        creator=creator,
        combined=combined_scores(title, creator),
    )


@dataclass(frozen=True, slots=True)
class Decision:
    """Best and runner-up acceptable work per query (``-1`` where there is none)."""

    best: npt.NDArray[np.int64]
    best_title: npt.NDArray[np.int16]
    best_creator: npt.NDArray[np.int16]
    best_score: npt.NDArray[np.float32]
    runner_up: npt.NDArray[np.int64]
    runner_up_score: npt.NDArray[np.float32]
    ambiguous: npt.NDArray[np.bool_]


def decide(scores: PairScores, query_count: int, thresholds: Thresholds = THRESHOLDS) -> Decision:
    """Pick each query's best acceptable work: highest score, then lowest row.

    When the best pair was judged on the title alone (a creator missing on
    either side) and another work scores within the ambiguity margin, the
    query is ambiguous and gets no link.
    """
    ok = acceptable(scores, thresholds)
    q, w = scores.queries[ok], scores.works[ok]
    title, creator, combined = scores.title[ok], scores.creator[ok], scores.combined[ok]
    order = np.lexsort((w, -combined, q))
    q, w, title, creator, combined = (
        q[order],
        w[order],
        title[order],
        creator[order],
        combined[order],
    )
    distinct = np.ones(q.size, dtype=bool)
    distinct[1:] = (q[1:] != q[:-1]) | (w[1:] != w[:-1])
    q, w, title, creator, combined = (
        q[distinct],
        w[distinct],
        title[distinct],
        creator[distinct],
        combined[distinct],
    )
    first = np.ones(q.size, dtype=bool)
    first[1:] = q[1:] != q[:-1]
    second = np.zeros(q.size, dtype=bool)
    second[1:] = first[:-1] & ~first[1:]
    best = np.full(query_count, -1, np.int64)
    best_title = np.zeros(query_count, np.int16)
    best_creator = np.full(query_count, NO_CREATOR, np.int16)
    best_score = np.zeros(query_count, np.float32)
    runner_up = np.full(query_count, -1, np.int64)
    runner_up_score = np.zeros(query_count, np.float32)
    best[q[first]] = w[first]
    best_title[q[first]] = title[first]
    best_creator[q[first]] = creator[first]
    best_score[q[first]] = combined[first]
    runner_up[q[second]] = w[second]
    runner_up_score[q[second]] = combined[second]
    ambiguous = (
        (best >= 0)
        & (best_creator == NO_CREATOR)
        & (runner_up >= 0)
        & (runner_up_score >= best_score - thresholds.ambiguity_margin)
    )
    return Decision(
        best=np.where(ambiguous, -1, best),
        best_title=best_title,
        best_creator=best_creator,
        best_score=best_score,
        runner_up=runner_up,
        runner_up_score=runner_up_score,
        ambiguous=ambiguous,
    )


def identifier_links(
    index: WorkIndex, identifiers: Sequence[Sequence[tuple[str, str]]]
) -> npt.NDArray[np.int64]:
    """Return, per query, the lowest row of a work sharing one of its identifiers, or -1."""
    texts: list[str] = []
    owners: list[int] = []
    for row, pairs in enumerate(identifiers):
        for kind, value in pairs:
            texts.append(f"{kind}:{value}")
            owners.append(row)
    found = np.full(len(identifiers), -1, np.int64)
    if not texts or index.identifier_hashes.size == 0:
        return found
    hashes = hash_strings(texts)
    position = np.searchsorted(index.identifier_hashes, hashes)
    position[position == index.identifier_hashes.size] = 0
    hit = index.identifier_hashes[position] == hashes
    rows = index.identifier_rows[position[hit]].astype(np.int64)
    who = np.asarray(owners, np.int64)[hit]
    # several identifiers per query: keep the lowest work row
    order = np.lexsort((rows, who))
    who, rows = who[order], rows[order]
    first = np.ones(who.size, dtype=bool)
    first[1:] = who[1:] != who[:-1]
    found[who[first]] = rows[first]
    return found


def link(
    index: WorkIndex,
    keys: RecordKeys | PreparedRecords,
    identifiers: Sequence[Sequence[tuple[str, str]]] | None = None,
    *,
    progress: Progress | None = None,
    chunk: int = CHUNK,
    thresholds: Thresholds = THRESHOLDS,
) -> LinkResult:
    """Link every query (its comparison keys, optionally its identifiers) to the catalogue."""
    prepared = keys if isinstance(keys, PreparedRecords) else prepare_keys(keys)
    parts: list[tuple[npt.NDArray[np.int64], Decision]] = []
    for start in range(0, len(prepared), chunk):
        stop = min(start + chunk, len(prepared))
        part = prepared.slice(start, stop)
        queries, works = candidate_pairs(index, part)
        scores = score_pairs(index, part.keys, queries, works)
        decision = decide(scores, stop - start, thresholds)
        parts.append((np.arange(start, stop, dtype=np.int64), decision))
        if progress is not None:
            progress(stop - start)
    return _assemble(parts, identifier_links(index, identifiers) if identifiers else None)


_COMBINED = re.compile(r"^(?P<creator>[^-–—]+?)\s+[-–—]\s+(?P<title>.+)$")


def split_combined(title: str) -> tuple[str, str] | None:
    """Return (creator, title) of an "Artist - Title" field, or None when it has no such form."""
    found = _COMBINED.match(title.strip())
    if found is None:
        return None
    return found.group("creator").strip(), found.group("title").strip()


def link_records(
    index: WorkIndex,
    titles: Sequence[str],
    creators: Sequence[Sequence[str]],
    identifiers: Sequence[Sequence[tuple[str, str]]] | None = None,
    *,
    progress: Progress | None = None,
    linker: Linker | None = None,
) -> LinkResult:
    """Normalise raw titles and creators and link them; "Artist - Title" rows are tried both ways.

    A row without a creator whose title reads "Artist - Title" (a common file
    and playlist naming) is linked as written and as that split; the better
    link wins. ``linker`` replaces the blocked search (the benches pass a
    brute-force one).
    """
    keys = prepare_records(titles, creators)
    search = linker or (lambda k, ids, p: link(index, k, ids, progress=p))
    result = search(keys, identifiers, progress)
    split_rows: list[int] = []
    split_titles: list[str] = []
    split_creators: list[tuple[str, ...]] = []
    for row, (title, names) in enumerate(zip(titles, creators, strict=True)):
        parts = None if names else split_combined(title)
        if parts is not None:
            split_rows.append(row)
            split_creators.append((parts[0],))
            split_titles.append(parts[1])
    if not split_rows:
        return result
    alternative = search(prepare_records(split_titles, split_creators), None, None)
    return _prefer_better(result, alternative, np.asarray(split_rows, dtype=np.int64))


_COLUMNS = (
    "queries",
    "works",
    "title",
    "creator",
    "score",
    "via_identifier",
    "runner_up",
    "runner_up_score",
)


def _prefer_better(
    result: LinkResult, alternative: LinkResult, rows: npt.NDArray[np.int64]
) -> LinkResult:
    """Merge links of split rows into the result where they score higher (or are the only link)."""
    score = dict(zip(result.queries.tolist(), result.score.tolist(), strict=True))
    columns = {name: list(getattr(result, name)) for name in _COLUMNS}
    position = {q: i for i, q in enumerate(columns["queries"])}
    for i, alt_query in enumerate(alternative.queries.tolist()):
        row = int(rows[alt_query])
        if row in score and score[row] >= float(alternative.score[i]):
            continue
        values = {name: getattr(alternative, name)[i] for name in columns}
        values["queries"] = row
        if row in position:
            for name, value in values.items():
                columns[name][position[row]] = value
        else:
            position[row] = len(columns["queries"])
            for name, value in values.items():
                columns[name].append(value)
    order = np.argsort(np.asarray(columns["queries"], dtype=np.int64), kind="stable")
    linked = set(columns["queries"])
    return LinkResult(
        queries=np.asarray(columns["queries"], dtype=np.int64)[order],
        works=np.asarray(columns["works"], dtype=np.int64)[order],
        title=np.asarray(columns["title"], dtype=np.int16)[order],
        creator=np.asarray(columns["creator"], dtype=np.int16)[order],
        score=np.asarray(columns["score"], dtype=np.float32)[order],
        via_identifier=np.asarray(columns["via_identifier"], dtype=bool)[order],
        runner_up=np.asarray(columns["runner_up"], dtype=np.int64)[order],
        runner_up_score=np.asarray(columns["runner_up_score"], dtype=np.float32)[order],
        ambiguous=np.asarray([q for q in result.ambiguous.tolist() if q not in linked], np.int64),
    )


def _assemble(
    parts: list[tuple[npt.NDArray[np.int64], Decision]],
    by_identifier: npt.NDArray[np.int64] | None,
) -> LinkResult:
    """Join the chunks' decisions into one result; identifier links win."""

    def column(name: str) -> npt.NDArray[np.generic]:
        arrays = [getattr(d, name) for _, d in parts]
        return np.concatenate(arrays) if arrays else np.empty(0)

    best = column("best").astype(np.int64)
    title = column("best_title").astype(np.int16)
    creator = column("best_creator").astype(np.int16)
    score = column("best_score").astype(np.float32)
    ambiguous = column("ambiguous").astype(bool)
    via_identifier = np.zeros(best.size, dtype=bool)
    if by_identifier is not None:
        via_identifier = by_identifier >= 0
        best = np.where(via_identifier, by_identifier, best)
        score = np.where(via_identifier, np.float32(100), score)
        ambiguous &= ~via_identifier
    linked = np.flatnonzero(best >= 0)
    return LinkResult(
        queries=linked.astype(np.int64),
        works=best[linked],
        title=title[linked],
        creator=creator[linked],
        score=score[linked],
        via_identifier=via_identifier[linked],
        runner_up=column("runner_up").astype(np.int64)[linked],
        runner_up_score=column("runner_up_score").astype(np.float32)[linked],
        ambiguous=np.flatnonzero(ambiguous).astype(np.int64),
    )
