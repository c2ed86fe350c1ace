"""How alike a query and a catalogue work are, and when that is a match: scorers and thresholds.

Scores are rapidfuzz's, 0 to 100, on the comparison keys of ``keys.py``:

- title: ``fuzz.ratio`` (normalised Indel similarity) of the two titles, or of
  the two titles with their words sorted, whichever is higher;
- creator: ``fuzz.token_set_ratio`` of the two creator keys, so a credit that
  adds or drops a featured artist, or writes "Gaye, Marvin", still scores 100.

A work is a candidate when its title scores at least ``TITLE_CUTOFF``; this is
the cutoff the brute-force comparison in ``bench/link_scale.py`` uses too. A
candidate is a match when, with creators on both sides, the creator scores at
least ``creator_min`` and the mean of title (counted twice) and creator reaches
``combined_min``; with a creator missing on either side, the title alone must
reach ``title_alone_min`` and no other work may come within ``ambiguity_margin``.
The thresholds were calibrated by ``bench/calibrate_matching.py`` on a
generated set (seed 7) separate from the one ``bench/match_accuracy.py``
measures (seed 11), except ``creator_min``: the grid's best (50) accepts
different people who share a surname ("Henrik Dufresne" for "Juni
Dufresne" scores 70), which generated negatives cannot show because a shared
name word makes it unclear whether they are the same artist; 75 costs 0.1
points of recall there.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

TITLE_CUTOFF = 85


@dataclass(frozen=True, slots=True, kw_only=True)
class Thresholds:
    """When a candidate pair is a match (see the module docstring)."""

    creator_min: int = 75
    combined_min: int = 85
    title_alone_min: int = 94
    ambiguity_margin: int = 0


#: The calibrated thresholds (bench/calibrate_matching.py).
THRESHOLDS = Thresholds()

TITLE_SCORER = "max(fuzz.ratio, fuzz.ratio on sorted words)"
CREATOR_SCORER = "fuzz.token_set_ratio"
NO_CREATOR = -1


@dataclass(frozen=True, slots=True)
class PairScores:
    """Scores of many (query, work) pairs, column by column."""

    queries: npt.NDArray[np.int64]
    works: npt.NDArray[np.int64]
    title: npt.NDArray[np.int16]
    creator: npt.NDArray[np.int16]
    combined: npt.NDArray[np.float32]


def title_scores(
    query_titles: npt.NDArray[np.object_],
    query_sorted: npt.NDArray[np.object_],
    work_titles: npt.NDArray[np.object_],
    work_sorted: npt.NDArray[np.object_],
) -> npt.NDArray[np.int16]:
    """Return the title score of each pair (query i with work i)."""
    plain = process.cpdist(query_titles, work_titles, scorer=fuzz.ratio, workers=-1, dtype=np.uint8)
    ordered = process.cpdist(
        query_sorted, work_sorted, scorer=fuzz.ratio, workers=-1, dtype=np.uint8
    )
    best: npt.NDArray[np.int16] = np.maximum(plain, ordered).astype(np.int16)
    return best


def creator_scores(
    query_creators: npt.NDArray[np.object_], work_creators: npt.NDArray[np.object_]
) -> npt.NDArray[np.int16]:
    """Return the creator score of each pair, or NO_CREATOR where either side has none."""
    scores = process.cpdist(
        query_creators, work_creators, scorer=fuzz.token_set_ratio, workers=-1, dtype=np.uint8
    ).astype(np.int16)
    missing = (query_creators == "") | (work_creators == "")
    scores[missing] = NO_CREATOR
    return scores


def combined_scores(
    title: npt.NDArray[np.int16], creator: npt.NDArray[np.int16]
) -> npt.NDArray[np.float32]:
    """Return the pair score: title and creator (title counted twice), or the title alone."""
    with_creator = (2.0 * title + creator) / 3.0
    return np.where(creator == NO_CREATOR, title, with_creator).astype(np.float32)


def acceptable(scores: PairScores, thresholds: Thresholds = THRESHOLDS) -> npt.NDArray[np.bool_]:
    """Return which pairs are good enough to be a match, before ambiguity is considered."""
    has_creator = scores.creator != NO_CREATOR
    with_creator = (scores.creator >= thresholds.creator_min) & (
        scores.combined >= thresholds.combined_min
    )
    alone = scores.title >= thresholds.title_alone_min
    return np.where(has_creator, with_creator, alone)
