"""Candidate anchors: every place where a template label or heading may start, and stops."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from trainaudit.template.fields import FIELDS, SECTIONS
from trainaudit.template.keywords import looks_like_label, matches_keywords
from trainaudit.template.labels import LabelHit, match_prefix, normalise, strip_numbering
from trainaudit.template.stream import Position, Stream
from trainaudit.template.vocabulary import EXTRA_LABELS, SECTION_WORDS, STOP_LABELS

#: The longest label spans this many lines of one block.
MAX_LABEL_LINES = 12
FIELD_MIN_SCORE = 82.0
HEADING_MIN_SCORE = 80.0


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


@cache
def anchor_labels() -> tuple[tuple[str, int, tuple[str, ...], float], ...]:
    """Return every anchor in template order: key, order, labels, minimum score (built once)."""
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
    return tuple(out)


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
