"""The format-neutral layout every reader produces: blocks of lines with ticks marked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: The canonical tick markers that readers write into the text.
CHECKED = "☒"
UNCHECKED = "☐"
UNDECIDED = "⍰"
MARKERS = frozenset({CHECKED, UNCHECKED, UNDECIDED})

BBox = tuple[float, float, float, float]


def bbox_of(obj: Mapping[str, Any]) -> BBox:
    """Return the box of a pdfplumber object (char, word, rect, annotation, link)."""
    return (float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))


@dataclass(frozen=True, slots=True, kw_only=True)
class Line:
    """One line of text on a page, with its box in PDF points (top-left origin)."""

    text: str
    page: int | None = None
    bbox: BBox | None = None
    bold: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    """A table cell, heading or paragraph: lines that belong together."""

    lines: tuple[Line, ...]
    #: (table number, row number, column number) for table cells, else None
    cell: tuple[int, int, int] | None = None
    heading: bool = False

    @property
    def text(self) -> str:
        """Return the block's lines joined by newlines."""
        return "\n".join(line.text for line in self.lines)

    @property
    def page(self) -> int | None:
        """Return the page of the block's first line."""
        return self.lines[0].page if self.lines else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    """A hyperlink: its target and, where known, the visible text and place."""

    url: str
    text: str = ""
    page: int | None = None
    bbox: BBox | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Layout:
    """A document read into blocks in reading order, plus its links and metadata."""

    blocks: tuple[Block, ...]
    links: tuple[Link, ...] = ()
    pages: int | None = None
    #: the date the file says it was produced (PDF CreationDate), ISO, if any
    produced: str | None = None
