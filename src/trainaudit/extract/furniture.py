"""Page furniture: running headers, footers, page numbers and navigation repeated on pages."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from trainaudit.extract.columns import group_rows, segments

Word = Mapping[str, Any]
W = TypeVar("W", bound=Mapping[str, Any])

_PAGE_NUMBER = re.compile(r"^(page\s+)?\d{1,3}(\s*(/|of)\s*\d{1,3})?$", re.I)
#: A word that stands at the same place on this share of the pages is furniture.
REPEAT_SHARE = 0.6


Key = tuple[str, int, int]


def _runs(words: Sequence[Word]) -> list[list[Word]]:
    """Split a page's words into runs: the gap-separated pieces of each row."""
    return [run for row in group_rows(words) for run in segments(row)]


def _key(run: Sequence[Word]) -> Key:
    """Identify a run of words by its text (digits blurred) and its rounded position."""
    text = re.sub(r"\d+", "#", " ".join(str(w["text"]) for w in run))
    return text, round(float(run[0]["x0"]) / 4), round(float(run[0]["top"]) / 4)


def repeated_runs(pages: Sequence[Sequence[Word]]) -> frozenset[Key]:
    """Return the keys of runs repeated at the same place on most pages (3 pages or more).

    A run is a whole gap-separated piece of a row ("Agents Platform Models Compute"), so
    that a word such as "The" opening the body on every page is never taken for one.
    """
    if len(pages) < 3:
        return frozenset()
    counts: Counter[Key] = Counter()
    for words in pages:
        counts.update({_key(run) for run in _runs(words)})
    needed = max(3, REPEAT_SHARE * len(pages))
    return frozenset(key for key, count in counts.items() if count >= needed)


def drop_furniture(words: Sequence[W], repeated: frozenset[Key], height: float) -> list[W]:
    """Remove repeated runs and page numbers printed in the top or bottom margin."""
    kept_ids = {id(w) for run in _runs(words) if _key(run) not in repeated for w in run}
    kept = [w for w in words if id(w) in kept_ids]
    margin = [
        w for w in kept if float(w["top"]) > 0.9 * height or float(w["bottom"]) < 0.06 * height
    ]
    drop: set[int] = set()
    for row in group_rows(margin):
        if _PAGE_NUMBER.match(" ".join(str(w["text"]) for w in row)):
            drop.update(id(w) for w in row)
    return [w for w in kept if id(w) not in drop]
