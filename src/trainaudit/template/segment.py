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


def align(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Choose candidates in template order and document order, maximising total score.

    A weighted longest increasing subsequence: each anchor used at most once, positions and
    template order both increasing, so duplicated labels resolve by place. A label ends
    before the next starts (no anchor inside another's label), except two labels merged
    into one cell, which share the value cell beside it. Candidates are taken by position;
    those whose label has ended are "released" into a table of the best chain per template
    order, so each step looks at the template's orders, not at every earlier candidate.
    Between chains of equal weight, the one ending nearer wins.
    """
    ordered = sorted(candidates, key=lambda c: (c.start, c.order))
    if not ordered:
        return []
    orders = 1 + max(c.order for c in ordered)
    by_end = sorted(range(len(ordered)), key=lambda j: ordered[j].end)
    released: list[tuple[float, int]] = [(float("-inf"), -1)] * orders
    sharing_end: dict[Position, list[int]] = {}
    best: list[float] = []
    back: list[int] = []
    next_release = 0
    for i, cand in enumerate(ordered):
        while next_release < len(by_end) and ordered[by_end[next_release]].end <= cand.start:
            j = by_end[next_release]
            if best[j] > released[ordered[j].order][0]:
                released[ordered[j].order] = (best[j], j)
            next_release += 1
        weight = 1.0 + (cand.score - 80.0) / 20.0
        chain, parent = max(released[: cand.order], default=(float("-inf"), -1))
        for j in sharing_end.get(cand.end, []):  # a label merged into the same cell
            if ordered[j].order < cand.order and ordered[j].start < cand.start and best[j] > chain:
                chain, parent = best[j], j
        if parent < 0:
            chain = 0.0
        best.append(chain + weight)
        back.append(parent)
        sharing_end.setdefault(cand.end, []).append(i)
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
