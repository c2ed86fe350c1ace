"""Fuzzy label matching: where a template label or heading starts and ends in a run of lines."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

_NUMBERING = re.compile(
    r"^\s*(?:(?:section\s+)?(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\)|[ivx]+\.)|q\s*[:.]|question\s*:|[◦•▪‣∙·*-])\s+",
    re.I,
)
_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Return text folded for comparison: NFKC, casefolded, punctuation to spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(_NON_WORD.sub(" ", text).split())


def strip_numbering(text: str) -> str:
    """Remove a leading section number such as "2.3.1." or "a)" from a heading or label."""
    return _NUMBERING.sub("", text, count=1)


@dataclass(frozen=True, slots=True)
class LabelHit:
    """A label found at the start of a text: its score and how many characters it covers."""

    score: float
    length: int


def match_prefix(label: str, text: str, *, min_score: float) -> LabelHit | None:
    """Match a normalised label against the start of a text; return score and covered length.

    Both strings are compared in normalised form; the covered length is mapped back onto
    the original text so that the value can start right after the label.
    """
    norm_label = normalise(label)
    if not norm_label:
        return None
    stripped = strip_numbering(text)
    offset = len(text) - len(stripped)
    norm_text = normalise(stripped)
    if not norm_text or (
        norm_text[:2] != norm_label[:2] and fuzz.ratio(norm_text[:6], norm_label[:6]) < 50
    ):
        return None
    best = 0.0
    best_len = 0
    size = len(norm_label)
    for cut in _cuts(size, len(norm_text)):
        if cut < len(norm_text) and norm_text[cut] != " ":
            continue  # a label ends at a word boundary
        score = fuzz.ratio(norm_label, norm_text[:cut])
        if score > best or (score == best and cut > best_len):
            best, best_len = score, cut
    if best < min_score:
        return None
    return LabelHit(score=best, length=offset + _original_length(stripped, best_len))


def _cuts(size: int, available: int) -> list[int]:
    spread = max(3, size // 8)
    cuts = {min(available, max(1, size + delta)) for delta in range(-spread, spread + 1)}
    return sorted(cuts)


def _original_length(text: str, normalised_length: int) -> int:
    """Map a length in normalised characters back to a length in the original text."""
    if normalised_length <= 0:
        return 0
    count = 0
    for index in range(1, len(text) + 1):
        count = len(normalise(text[:index]))
        if count >= normalised_length:
            # take the rest of the word the cut ends in
            end = index
            while end < len(text) and text[end].isalnum():
                end += 1
            return end
    return len(text) if count else 0
