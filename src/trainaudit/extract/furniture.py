"""Page furniture: running headers, footers, page numbers and navigation repeated on pages."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from trainaudit.extract.columns import group_rows

Word = Mapping[str, Any]
W = TypeVar("W", bound=Mapping[str, Any])

_PAGE_NUMBER = re.compile(r"^(page\s+)?\d{1,3}(\s*(/|of)\s*\d{1,3})?$", re.I)
#: A word that stands at the same place on this share of the pages is furniture.
REPEAT_SHARE = 0.6


def _key(word: Word) -> tuple[str, int, int]:
    """Identify a word by its text (digits blurred) and its rounded position."""
    text = re.sub(r"\d+", "#", str(word["text"]))
    return text, round(float(word["x0"]) / 4), round(float(word["top"]) / 4)


def repeated_words(pages: Sequence[Sequence[Word]]) -> frozenset[tuple[str, int, int]]:
    """Return the keys of words repeated at the same place on most pages (3 pages or more)."""
    if len(pages) < 3:
        return frozenset()
    counts: Counter[tuple[str, int, int]] = Counter()
    for words in pages:
        counts.update({_key(w) for w in words})
    needed = max(3, REPEAT_SHARE * len(pages))
    return frozenset(key for key, count in counts.items() if count >= needed)


def drop_furniture(
    words: Sequence[W], repeated: frozenset[tuple[str, int, int]], height: float
) -> list[W]:
    """Remove repeated words and page numbers printed in the top or bottom margin."""
    kept = [w for w in words if _key(w) not in repeated]
    margin = [
        w for w in kept if float(w["top"]) > 0.9 * height or float(w["bottom"]) < 0.06 * height
    ]
    drop: set[int] = set()
    for row in group_rows(margin):
        if _PAGE_NUMBER.match(" ".join(str(w["text"]) for w in row)):
            drop.update(id(w) for w in row)
    return [w for w in kept if id(w) not in drop]
