"""Segmentation: find the template's sections and field labels in a layout, in template order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from trainaudit.extract.layout import Block, Layout, Line
from trainaudit.template.fields import FIELDS, SECTIONS
from trainaudit.template.keywords import looks_like_label, matches_keywords
from trainaudit.template.labels import LabelHit, match_prefix, normalise, strip_numbering
from trainaudit.template.vocabulary import EXTRA_LABELS, SECTION_WORDS, STOP_LABELS

#: The longest label spans this many lines of one block.
MAX_LABEL_LINES = 12
FIELD_MIN_SCORE = 82.0
HEADING_MIN_SCORE = 80.0


@dataclass(frozen=True, slots=True, order=True)
class Position:
    """A place in the line stream: line index and character offset in that line."""

    line: int
    char: int


@dataclass(frozen=True, slots=True)
class Anchor:
    """A found label or heading: what it is, where it starts and where its value starts."""

    key: str  #: field id or "section:<id>"
    start: Position
    end: Position
    score: float


@dataclass(frozen=True, slots=True)
class Stream:
    """The document's lines in reading order, with the block each line belongs to."""

    lines: tuple[Line, ...]
    block_of: tuple[int, ...]
    blocks: tuple[Block, ...]

    @classmethod
    def from_layout(cls, layout: Layout) -> Stream:
        """Flatten a layout into one stream of lines."""
        lines: list[Line] = []
        block_of: list[int] = []
        for index, block in enumerate(layout.blocks):
            for line in block.lines:
                if line.text.strip():
                    lines.append(line)
                    block_of.append(index)
        return cls(lines=tuple(lines), block_of=tuple(block_of), blocks=layout.blocks)

    def text(self, start: Position, end: Position) -> str:
        """Return the text between two positions, lines joined by newlines."""
        if start.line >= len(self.lines) or start >= end:
            return ""
        if start.line == end.line:
            return self.lines[start.line].text[start.char : end.char]
        parts = [self.lines[start.line].text[start.char :]]
        parts.extend(
            self.lines[i].text for i in range(start.line + 1, min(end.line, len(self.lines)))
        )
        if end.line < len(self.lines):
            parts.append(self.lines[end.line].text[: end.char])
        return "\n".join(parts)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place where an anchor's label may be."""

    key: str
    order: int
    start: Position
    end: Position
    score: float


#: (line index, offset of the line's part in the joined window, first character used)
Span = tuple[int, int, int]


def _window(stream: Stream, index: int, char: int = 0) -> tuple[str, list[Span]]:
    """Join up to MAX_LABEL_LINES lines of one block from (index, char); map offsets back."""
    block = stream.block_of[index]
    texts: list[str] = []
    spans: list[Span] = []
    offset = 0
    for i in range(index, min(index + MAX_LABEL_LINES, len(stream.lines))):
        if stream.block_of[i] != block and not (
            stream.blocks[block].cell is None and stream.blocks[stream.block_of[i]].cell is None
        ):
            break
        first = char if i == index else 0
        spans.append((i, offset, first))
        texts.append(stream.lines[i].text[first:])
        offset += len(texts[-1]) + 1
    return " ".join(texts), spans


def _position(spans: Sequence[Span], offset: int) -> Position:
    line, start, first = spans[0]
    for line_index, line_start, line_first in spans:
        if line_start <= offset:
            line, start, first = line_index, line_start, line_first
    return Position(line, offset - start + first)


#: Where a label may start inside a line: after " - ", " | " or "; " ("v1 - Last update: ...").
_TRAILING_SEPARATOR = re.compile(r"\s*[-–—|;]\s*$")
_INLINE_START = re.compile(r"(?:\s[-–—|]\s+|;\s+)(?=[A-Z])")


def _starts(stream: Stream, index: int) -> list[int]:
    """Return the character offsets in a line where a label may start."""
    return [0, *(m.end() for m in _INLINE_START.finditer(stream.lines[index].text))]


def _skip_punctuation(stream: Stream, pos: Position) -> Position:
    """Move past a label's trailing colon, question mark or brackets and spaces."""
    line = stream.lines[pos.line].text if pos.line < len(stream.lines) else ""
    char = pos.char
    while char < len(line) and line[char] in " :?：)*.-–—\t":
        char += 1
    optional = re.match(r"\s*\((optional|facoltativ[oae]|facultatif)\)\s*:?\s*", line[char:], re.I)
    if optional:
        char += optional.end()
    if char >= len(line) and pos.line + 1 <= len(stream.lines):
        return Position(pos.line + 1, 0)
    return Position(pos.line, char)


def _heading_end(stream: Stream, index: int) -> Position | None:
    """Return the line after a heading block: a wrapped heading is one heading."""
    block_index = stream.block_of[index]
    if not stream.blocks[block_index].heading:
        return None
    line = index
    while line < len(stream.lines) and stream.block_of[line] == block_index:
        line += 1
    return Position(line, 0)


def _label_cell_end(stream: Stream, index: int) -> Position | None:
    """Return where the value starts when a label fills a cell with its value beside it.

    A label cell holds only the label, however much of its wording matched; the value is
    the next cell of the same table row.
    """
    block_index = stream.block_of[index]
    cell = stream.blocks[block_index].cell
    if cell is None:
        return None
    for line in range(index + 1, len(stream.lines)):
        other = stream.blocks[stream.block_of[line]].cell
        if stream.block_of[line] == block_index:
            continue
        if other is not None and other[:2] == cell[:2] and other[2] > cell[2]:
            return Position(line, 0)
        return None
    return None


def anchor_labels() -> list[tuple[str, int, tuple[str, ...], float]]:
    """Return every anchor in template order: key, order, labels, minimum score."""
    out: list[tuple[str, int, tuple[str, ...], float]] = []
    order = 0
    fields_by_section: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for spec in FIELDS:
        labels = spec.labels + EXTRA_LABELS.get(spec.id, ())
        if labels:
            fields_by_section.setdefault(spec.section, []).append((spec.id, labels))
    for section in SECTIONS:
        headings = section.headings + SECTION_WORDS.get(section.id, ())
        out.append((f"section:{section.id}", order, headings, HEADING_MIN_SCORE))
        order += 1
        for field_id, labels in fields_by_section.get(section.id, []):
            out.append((field_id, order, labels, FIELD_MIN_SCORE))
            order += 1
    return out


_NUMBER_WEIGHT = 12.0
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s")


#: The score of a label recognised by its keywords: enough to count, less than wording.
KEYWORD_SCORE = 83.0
_LABEL_END = re.compile(r"[:?]")
_SHORT_ANSWER_WORDS = 6


#: Short labels match more prose by chance ("Were crawlers used" ~ "We have not crawled").
SHORT_LABEL = 25
SHORT_LABEL_MIN_SCORE = 90.0


def _min_score(label: str, min_score: float) -> float:
    """Return the score a label must reach: higher for short labels."""
    return (
        max(min_score, SHORT_LABEL_MIN_SCORE) if len(normalise(label)) < SHORT_LABEL else min_score
    )


def _label_prefix(stream: Stream, text: str, spans: Sequence[Span]) -> str | None:
    """Return the start of a window up to its first ":" or "?", if it reads like a label.

    A label ends its line, or leaves at most a short answer after it ("CRAWLERS USED: YES");
    a sentence that runs on after a colon is prose.
    """
    match = _LABEL_END.search(text)
    if match is None:
        return None
    prefix = text[: match.end()]
    end = _position(spans, match.end())
    rest_of_line = stream.lines[end.line].text[end.char :]
    # "KEY IN CAPITALS: a long answer" is an export's label; prose runs on after a colon.
    if len(rest_of_line.split()) > _SHORT_ANSWER_WORDS and not prefix.isupper():
        return None
    return prefix if looks_like_label(strip_numbering(prefix)) else None


def _section_number(text: str) -> str | None:
    """Return the section number a heading opens with ("2.2.1"), if any."""
    match = _LEADING_NUMBER.match(text)
    return match[1] if match else None


def _number_agreement(number: str | None, section: str) -> float:
    """Return +1 when a heading's number is the section's, -1 when it is another, else 0."""
    if number is None or section == "0":
        return 0.0
    return 1.0 if number == section else -1.0


def _looks_like_heading(stream: Stream, index: int) -> bool:
    """Return whether a line can be a section heading: numbered, styled, or short and titled."""
    line = stream.lines[index]
    text = line.text.strip()
    if stream.blocks[stream.block_of[index]].heading or line.bold:
        return True
    if strip_numbering(text) != text:
        return True
    bare = text.lstrip("☒☐⍰ ")
    return len(bare.split()) <= 12 and bare[:1].isupper() and not bare.endswith((".", ",", ";"))


def find_candidates(stream: Stream) -> list[Candidate]:
    """Find every place where a template label or heading may start."""
    anchors = anchor_labels()
    first_words = {normalise(label)[:3] for _, _, labels, _ in anchors for label in labels}
    candidates: list[Candidate] = []
    for index, char in ((i, c) for i in range(len(stream.lines)) for c in _starts(stream, i)):
        text, spans = _window(stream, index, char)
        label_like = _label_prefix(stream, text, spans) if char == 0 else None
        head = normalise(strip_numbering(text))[:12]
        if label_like is None and not any(head.startswith(w) or w in head[:8] for w in first_words):
            continue  # no template wording starts here, and no label-like line either
        heading_like = char == 0 and _looks_like_heading(stream, index)
        number = _section_number(text) if heading_like else None
        for key, order, labels, min_score in anchors:
            is_section = key.startswith("section:")
            if is_section and not heading_like:
                continue
            # A heading's own number is evidence, not proof: sections get renumbered.
            shift = _NUMBER_WEIGHT * _number_agreement(number, key[8:]) if is_section else 0.0
            best = None
            for label in labels:
                hit = match_prefix(label, text, min_score=_min_score(label, min_score) - shift)
                if hit and (best is None or hit.score > best.score):
                    best = LabelHit(score=min(100.0, hit.score + shift), length=hit.length)
            if best is None and label_like is not None and matches_keywords(key, label_like):
                best = LabelHit(score=KEYWORD_SCORE, length=len(label_like))
            if best is not None and best.score >= min_score:
                end = (
                    _heading_end(stream, index)
                    if key.startswith("section:")
                    else _label_cell_end(stream, index)
                ) or _skip_punctuation(stream, _position(spans, best.length))
                candidates.append(Candidate(key, order, Position(index, char), end, best.score))
    return candidates


_SUBSECTION_NUMBER = re.compile(r"^\s*\d\.\d{1,2}(\.\d{1,2})*\.?\s+\S")


def _is_heading_line(stream: Stream, index: int) -> bool:
    """Return whether a line is a numbered heading: it ends any value above it."""
    text = stream.lines[index].text
    if len(text.split()) > 14:
        return False
    block = stream.blocks[stream.block_of[index]]
    if index > 0 and stream.block_of[index - 1] == stream.block_of[index]:
        return False  # the second line of a wrapped heading
    if _SUBSECTION_NUMBER.match(text):
        return block.cell is None or block.cell[2] == 0 or block.heading
    return block.heading and block.cell is None


_RULE_LINE = re.compile(r"^\s*([-=_*~#])\1{7,}\s*$")


def find_stops(stream: Stream) -> list[Position]:
    """Find what ends the previous value but is no field: other labels, headings, rules."""
    stops: list[Position] = []
    for index, line in enumerate(stream.lines):
        underline = bool(stops) and stops[-1].line == index - 1  # a heading's underline
        rule = _RULE_LINE.match(line.text) is not None and not underline
        if (
            rule
            or _is_heading_line(stream, index)
            or any(match_prefix(label, line.text, min_score=88.0) for label in STOP_LABELS)
        ):
            stops.append(Position(index, 0))
    return stops


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
