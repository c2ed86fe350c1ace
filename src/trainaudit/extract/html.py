"""HTML reader: headings, paragraphs, table cells, checkbox inputs and emphasised options."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, PageElement, Tag
from bs4.element import CData, ProcessingInstruction

from trainaudit.extract.layout import CHECKED, UNCHECKED, Block, Layout, Line, Link
from trainaudit.extract.text import mark_boxes

_DROP = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
     "head", "button", "select", "textarea", "canvas", "video", "audio", "picture"}
)  # fmt: skip
#: Elements that flow inside a line of text; every other element starts a block of its own.
_INLINE = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font",
     "i", "img", "input", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span",
     "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr"}
)  # fmt: skip
_NOT_TEXT = (Comment, Declaration, Doctype, CData, ProcessingInstruction)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_EMPHASIS = frozenset({"strong", "b", "mark"})
_OPTION_WORDS = re.compile(
    r"^(yes|no|other(\s*\(.*\))?|text|image|audio|video|s[iì]|oui|non|ja|nein)$", re.I
)
_CONJUNCTION = re.compile(r"\b(and|or|with|including|such as)\b", re.I)
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.I)
_NO_COLOUR = re.compile(
    r"^(transparent|none|inherit|initial|unset|white|#fff|#ffffff|#fffffff?f?|"
    r"rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(,\s*[\d.]+\s*)?\)|rgba\([^)]*,\s*0\s*\))$",
    re.I,
)


def _highlighted(style: str) -> bool:
    """Return whether a style gives the element a visible background colour."""
    match = _BACKGROUND.search(style)
    if match is None:
        return False
    value = match[1].strip().lower().replace("!important", "").strip()
    return not _NO_COLOUR.match(value)


def _is_emphasised(tag: Tag) -> bool:
    if tag.name in _EMPHASIS:
        return True
    style = str(tag.get("style") or "")
    return _highlighted(style) or "font-weight:bold" in style.replace(" ", "").lower()


def _tick(tag: Tag) -> str | None:
    """Return the marker for a checkbox or radio input (or ARIA role), else None."""
    kind = str(tag.get("type") or "").lower() if tag.name == "input" else ""
    role = str(tag.get("role") or "")
    if kind not in {"checkbox", "radio"} and role not in {"checkbox", "radio"}:
        return None
    checked = tag.has_attr("checked") or tag.get("aria-checked") == "true"
    return CHECKED if checked else UNCHECKED


def _inline_text(nodes: Sequence[PageElement], block: Tag) -> str:
    """Return the text of inline nodes, inputs as markers and emphasised options ticked."""
    parts: list[str] = []
    emphasised_option = False
    for node in nodes:
        pieces = [node, *node.descendants] if isinstance(node, Tag) else [node]
        for piece in pieces:
            if isinstance(piece, Tag):
                if piece.name == "br":
                    parts.append("\n")
                elif (marker := _tick(piece)) is not None:
                    parts.append(f" {marker} ")
                continue
            if not isinstance(piece, NavigableString) or isinstance(piece, _NOT_TEXT):
                continue
            text, parent = str(piece), piece.parent
            if (
                isinstance(parent, Tag)
                and _is_emphasised(parent)
                and (
                    (_OPTION_WORDS.match(text.strip()) and _has_other_options(block, parent))
                    or _is_whole_option_line(parent, block)
                )
            ):
                emphasised_option = True
                parts.append(f" {CHECKED} {text.strip()} ")
            else:
                parts.append(text)
    text = "".join(parts)
    if emphasised_option:
        text = _mark_plain_options(text)
    return mark_boxes(text)


def _alone_on_line(sibling: object, forward: bool) -> bool:
    """Return whether only whitespace lies between an element and a line break or cell edge."""
    while sibling is not None:
        if isinstance(sibling, Tag):
            return sibling.name == "br"
        if str(sibling).strip():
            return False
        sibling = sibling.next_sibling if forward else sibling.previous_sibling  # type: ignore[attr-defined]
    return True


def _is_whole_option_line(emphasised: Tag, block: Tag) -> bool:
    """Return whether an emphasised element is a short option standing alone on its line.

    A highlighted line among plain ones ("<mark>1 billion to 10 trillion tokens</mark><br>")
    or a highlighted cell in a table of plain cells is the chosen option.
    """
    if emphasised is block or len(emphasised.get_text(" ", strip=True).split()) > 8:
        return False
    if emphasised.parent is not block:
        return False
    return _alone_on_line(emphasised.previous_sibling, False) and _alone_on_line(
        emphasised.next_sibling, True
    )


def _has_other_options(block: Tag, emphasised: Tag) -> bool:
    """Return whether the block is an option list: option words beside the emphasised one.

    Prose that merely emphasises an option word ("<b>Text</b>, image and audio") is not.
    """
    rest = block.get_text(" ", strip=True).replace(emphasised.get_text(" ", strip=True), " ", 1)
    if _CONJUNCTION.search(rest):
        return False
    words = [w for w in re.split(r"[\s/|,;]+", rest) if w]
    return 0 < len(words) <= 8 and any(_OPTION_WORDS.match(w) for w in words)


_OPTION_TOKEN = re.compile(
    r"(?<![\w])(yes|no|other|text|image|audio|video|s[iì]|oui|non|ja|nein)(?![\w])", re.I
)


def _mark_plain_options(text: str) -> str:
    """Give the option words that carry no tick an empty box."""

    def mark(match: re.Match[str]) -> str:
        before = text[: match.start()].rstrip()
        return match[0] if before.endswith((CHECKED, UNCHECKED)) else f"{UNCHECKED} {match[0]}"

    return _OPTION_TOKEN.sub(mark, text)


def _lines(text: str) -> tuple[Line, ...]:
    return tuple(Line(text=" ".join(part.split())) for part in text.split("\n") if part.strip())


class _Frame:
    """An element being walked: its remaining children and the inline run gathered so far."""

    __slots__ = ("children", "element", "run")

    def __init__(self, element: Tag, children: Iterator[PageElement]) -> None:
        self.element = element
        self.children = children
        self.run: list[PageElement] = []


class _Reader:
    """Walks the tree once, in document order, emitting blocks (no recursion: deep pages)."""

    __slots__ = ("blocks", "cells", "tables")

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.tables = 0
        self.cells: dict[int, tuple[int, int, int]] = {}

    def index_table(self, table: Tag) -> None:
        """Index a table's own rows and cells once (not those of tables nested in it)."""
        rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
        for r_index, row in enumerate(rows):
            cells = row.find_all(["td", "th"], recursive=False)
            for c_index, cell in enumerate(cells):
                self.cells[id(cell)] = (self.tables, r_index, c_index)
        self.tables += 1

    def flush(self, frame: _Frame) -> None:
        if frame.run:
            heading = frame.element.name in _HEADINGS
            lines = _lines(_inline_text(frame.run, frame.element))
            if lines:
                self.blocks.append(Block(lines=lines, heading=heading))
            frame.run = []

    def cell(self, node: Tag) -> list[PageElement]:
        """Emit a table cell; return its nested blocks (tables in cells) to walk next."""
        place = self.cells.get(id(node), (self.tables, 0, 0))  # a cell outside any <tr>
        inline = [c for c in node.children if not (isinstance(c, Tag) and c.name == "table")]
        lines = _lines(_inline_text(inline, node))
        self.blocks.append(Block(lines=lines, cell=place))
        return [c for c in node.children if isinstance(c, Tag) and c.name == "table"]

    def walk(self, root: Tag) -> None:
        stack = [_Frame(root, iter(list(root.children)))]
        while stack:
            frame = stack[-1]
            child = next(frame.children, None)
            if child is None:
                self.flush(frame)
                stack.pop()
                continue
            if isinstance(child, NavigableString):
                if not isinstance(child, _NOT_TEXT):
                    frame.run.append(child)
                continue
            if not isinstance(child, Tag) or child.name in _DROP:
                continue
            if child.name in _INLINE and child.find(_block_tag) is None:
                frame.run.append(child)
                continue
            self.flush(frame)
            if child.name == "table":
                self.index_table(child)
            if child.name in {"td", "th"}:
                nested = self.cell(child)
                stack.append(_Frame(child, iter(nested)))
            else:
                stack.append(_Frame(child, iter(list(child.children))))


def _block_tag(tag: Tag) -> bool:
    return tag.name not in _INLINE and tag.name not in _DROP


def read_html(content: str) -> Layout:
    """Read an HTML page into blocks; scripts, styles and hidden parts are dropped."""
    soup = BeautifulSoup(content, "lxml")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(style=re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)):
        tag.decompose()
    for tag in soup.find_all(attrs={"hidden": True}):
        tag.decompose()
    for tag in soup.find_all(attrs={"aria-hidden": "true"}):
        tag.decompose()
    body = soup.body or soup
    reader = _Reader()
    reader.walk(body)
    links = tuple(
        Link(url=str(a.get("href")), text=a.get_text(" ", strip=True))
        for a in body.find_all("a")
        if str(a.get("href") or "").startswith(("http://", "https://"))
    )
    return Layout(blocks=tuple(b for b in reader.blocks if b.lines), links=links)
