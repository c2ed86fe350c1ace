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
#: A run of words at the same place on this share of the pages is furniture.
REPEAT_SHARE = 0.6
#: A single word is furniture only when it stands at the same place on nearly every page
#: of a longer document (a navigation bar drawn over the text); "The" opening the body of
#: three pages is not.
WORD_REPEAT_SHARE = 0.9
WORD_REPEAT_PAGES = 5

Key = tuple[str, int, int]


def _runs(words: Sequence[Word]) -> list[list[Word]]:
    """Split a page's words into runs: the gap-separated pieces of each row."""
    return [run for row in group_rows(words) for run in segments(row)]


def _key(run: Sequence[Word]) -> Key:
    """Identify a run of words by its text (digits blurred) and its rounded position."""
    text = re.sub(r"\d+", "#", " ".join(str(w["text"]) for w in run))
    return text, round(float(run[0]["x0"]) / 4), round(float(run[0]["top"]) / 4)


def repeated_runs(pages: Sequence[Sequence[Word]]) -> frozenset[Key]:
    """Return the keys of what repeats at the same place across pages (3 pages or more).

    Whole runs (gap-separated pieces of a row, "Agents Platform Models Compute") that stand
    on most pages, and single words that stand on nearly every page of a longer document.
    """
    if len(pages) < 3:
        return frozenset()
    runs: Counter[Key] = Counter()
    words: Counter[Key] = Counter()
    for page in pages:
        runs.update({_key(run) for run in _runs(page)})
        words.update({_key([word]) for word in page})
    keys = {key for key, count in runs.items() if count >= max(3, REPEAT_SHARE * len(pages))}
    if len(pages) >= WORD_REPEAT_PAGES:
        needed = WORD_REPEAT_SHARE * len(pages)
        keys |= {key for key, count in words.items() if count >= needed}
    return frozenset(keys)


def drop_furniture(words: Sequence[W], repeated: frozenset[Key], height: float) -> list[W]:
    """Remove repeated runs and words, and page numbers printed in the top or bottom margin."""
    kept_ids = {
        id(w)
        for run in _runs(words)
        if _key(run) not in repeated
        for w in run
        if _key([w]) not in repeated
    }
    kept = [w for w in words if id(w) in kept_ids]
    margin = [
        w for w in kept if float(w["top"]) > 0.9 * height or float(w["bottom"]) < 0.06 * height
    ]
    drop: set[int] = set()
    for row in group_rows(margin):
        if _PAGE_NUMBER.match(" ".join(str(w["text"]) for w in row)):
            drop.update(id(w) for w in row)
    return [w for w in kept if id(w) not in drop]
