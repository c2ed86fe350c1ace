"""Segmentation: choose the template's sections and labels in a layout, in template order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from trainaudit.extract.layout import Layout
from trainaudit.template.candidates import Candidate, anchor_labels, find_candidates, find_stops
from trainaudit.template.stream import Position, Stream

_TRAILING_SEPARATOR = re.compile(r"\s*[-–—|;]\s*$")


@dataclass(frozen=True, slots=True)
class Anchor:
    """A found label or heading: what it is, where it starts and where its value starts."""

    key: str  #: field id or "section:<id>"
    start: Position
    end: Position
    score: float


def _may_precede(prev: Candidate, cand: Candidate) -> bool:
    """Return whether `prev` can come before `cand` in both template and document order."""
    if prev.order >= cand.order:
        return False
    # A label ends before the next starts: no anchor inside another's label, except two
    # labels merged into one cell, which share the value cell beside it.
    return prev.start < cand.start and (prev.end <= cand.start or prev.end == cand.end)


def align(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Choose candidates in template order and document order, maximising total score.

    A weighted longest increasing subsequence: each anchor used at most once, positions and
    template order both increasing, so duplicated labels resolve by place.
    """
    ordered = sorted(candidates, key=lambda c: (c.start, c.order))
    best: list[float] = []
    back: list[int] = []
    for i, cand in enumerate(ordered):
        weight = 1.0 + (cand.score - 80.0) / 20.0
        best_i, back_i = weight, -1
        for j in range(i):
            if _may_precede(ordered[j], cand) and best[j] + weight > best_i:
                best_i, back_i = best[j] + weight, j
        best.append(best_i)
        back.append(back_i)
    if not ordered:
        return []
    i = max(range(len(ordered)), key=best.__getitem__)
    chosen: list[Candidate] = []
    while i >= 0:
        chosen.append(ordered[i])
        i = back[i]
    return chosen[::-1]


@dataclass(frozen=True, slots=True)
class Segmentation:
    """The anchors found in a document and the stream they point into."""

    stream: Stream
    anchors: tuple[Anchor, ...]
    stops: tuple[Position, ...]

    def between(self, key: str) -> tuple[Position, Position] | None:
        """Return where an unlabelled part sits: after the anchors before it in template order.

        Used for the 1.3 table when its heading was reworded beyond recognition: the region
        runs from the last anchor before it to the first anchor after it.
        """
        order = {k: i for i, (k, _, _, _) in enumerate(anchor_labels())}
        target = order[key]
        before = [a for a in self.anchors if order[a.key] < target]
        after = [a for a in self.anchors if order[a.key] > target]
        if not before or not after:
            return None
        last = before[-1]
        start = last.end if last.key.startswith("section:") else self.region_end(last.end)
        return start, after[0].start

    def anchor(self, key: str) -> Anchor | None:
        """Return the anchor for a field id or "section:<id>", if found."""
        for anchor in self.anchors:
            if anchor.key == key:
                return anchor
        return None

    def region_end(self, start: Position) -> Position:
        """Return where a value starting at `start` ends: the next anchor or stop at or after it.

        A heading or label standing right where the value would start leaves it empty.
        """
        ends = [a.start for a in self.anchors if a.start >= start]
        ends += [s for s in self.stops if s >= start]
        if not ends:
            return Position(len(self.stream.lines), 0)
        return min(ends)

    def section_text(self, section_id: str) -> tuple[str, Position, Position] | None:
        """Return the text of a section up to the next anchor, falling back to its parent.

        "2.2.1" is looked up as "2.2" when the document does not split section 2.2.
        """
        candidates = [section_id]
        while "." in candidates[-1]:
            candidates.append(candidates[-1].rsplit(".", 1)[0])
        for key in candidates:
            anchor = self.anchor(f"section:{key}")
            if anchor is not None:
                end = self.region_end(anchor.end)
                return self.stream.text(anchor.end, end), anchor.end, end
        return None

    def next_anchor(self, position: Position) -> Anchor | None:
        """Return the first anchor that starts at or after a position."""
        later = [a for a in self.anchors if a.start >= Position(position.line, 0)]
        return min(later, key=lambda a: a.start, default=None)

    def text_start_before(self, start: Position, *, max_lines: int) -> Position:
        """Return where the up to max_lines lines before `start` begin, after the last anchor."""
        previous = [a.end for a in self.anchors if a.end <= Position(start.line, 0)]
        first = max((p.line for p in previous), default=0)
        return Position(max(first, start.line - max_lines), 0)

    def value_text(self, key: str) -> tuple[str, Position, Position] | None:
        """Return the raw text after a field's label up to the next anchor."""
        anchor = self.anchor(key)
        if anchor is None:
            return None
        end = self.region_end(anchor.end)
        text = self.stream.text(anchor.end, end)
        if end.char > 0:
            # the next label follows on the same line: drop the separator before it
            text = _TRAILING_SEPARATOR.sub("", text)
        return text, anchor.end, end


def segment(layout: Layout) -> Segmentation:
    """Find the sections and field labels of the template in a layout."""
    stream = Stream.from_layout(layout)
    chosen = align(find_candidates(stream))
    anchors = tuple(Anchor(c.key, c.start, c.end, c.score) for c in chosen)
    return Segmentation(stream=stream, anchors=anchors, stops=tuple(find_stops(stream)))
