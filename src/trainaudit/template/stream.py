"""The document as one stream of lines in reading order, and positions in it."""

from __future__ import annotations

from dataclasses import dataclass

from trainaudit.extract.layout import Block, Layout, Line


@dataclass(frozen=True, slots=True, order=True)
class Position:
    """A place in the line stream: line index and character offset in that line."""

    line: int
    char: int


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
