"""HTML reader: headings, paragraphs, table cells, checkbox inputs and emphasised options."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from trainaudit.extract.layout import CHECKED, UNCHECKED, Block, Layout, Line, Link
from trainaudit.extract.text import mark_boxes

_DROP = ("script", "style", "noscript", "template", "iframe", "object", "svg", "head", "button")
_BLOCKS = frozenset(
    {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "dt",
        "dd",
        "caption",
        "pre",
        "blockquote",
        "figcaption",
        "legend",
        "summary",
    }
)
_CONTAINERS = [*sorted(_BLOCKS), "div", "section", "table", "ul", "ol", "label"]
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_EMPHASIS = frozenset({"strong", "b", "mark"})
_OPTION_WORDS = re.compile(
    r"^(yes|no|other(\s*\(.*\))?|text|image|audio|video|s[iì]|oui|non|ja|nein)$", re.I
)
_HIGHLIGHT = re.compile(r"background(-color)?\s*:\s*(?!\s*(transparent|none|#?fff))", re.I)


def _is_emphasised(tag: Tag) -> bool:
    if tag.name in _EMPHASIS:
        return True
    style = str(tag.get("style") or "")
    return bool(_HIGHLIGHT.search(style)) or "font-weight:bold" in style.replace(" ", "").lower()


def _inline_text(node: Tag) -> str:
    """Return a block's text with inputs as markers and emphasised options ticked."""
    parts: list[str] = []
    emphasised_option = False
    for child in node.descendants:
        if isinstance(child, Tag) and child.name == "input":
            kind = str(child.get("type") or "").lower()
            if kind in {"checkbox", "radio"}:
                checked = child.has_attr("checked") or child.get("aria-checked") == "true"
                parts.append(f" {CHECKED if checked else UNCHECKED} ")
        elif isinstance(child, Tag) and child.get("role") in {"checkbox", "radio"}:
            checked = child.get("aria-checked") == "true"
            parts.append(f" {CHECKED if checked else UNCHECKED} ")
        elif isinstance(child, NavigableString) and not isinstance(child.parent, type(None)):
            if child.find_parent(_DROP) is not None:
                continue
            text = str(child)
            parent = child.parent
            if (
                isinstance(parent, Tag)
                and _is_emphasised(parent)
                and (
                    (_OPTION_WORDS.match(text.strip()) and _has_other_options(node, parent))
                    or _is_whole_option_line(parent, node)
                )
            ):
                emphasised_option = True
                parts.append(f" {CHECKED} {text.strip()} ")
            else:
                parts.append(text)
        elif isinstance(child, Tag) and child.name == "br":
            parts.append("\n")
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
    """Return whether the block offers other option words beside the emphasised one."""
    rest = block.get_text(" ", strip=True).replace(emphasised.get_text(" ", strip=True), " ", 1)
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


def read_html(content: str) -> Layout:
    """Read an HTML page into blocks; scripts, styles and hidden parts are dropped."""
    soup = BeautifulSoup(content, "lxml")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(style=re.compile(r"display\s*:\s*none", re.I)):
        tag.decompose()
    for tag in soup.find_all(attrs={"hidden": True}):
        tag.decompose()
    blocks: list[Block] = []
    body = soup.body or soup
    table_ids: dict[int, int] = {}
    for node in body.find_all(True):
        if node.name in {"td", "th"}:
            table = node.find_parent("table")
            row = node.find_parent("tr")
            if table is None or row is None:
                continue
            t_index = table_ids.setdefault(id(table), len(table_ids))
            rows = table.find_all("tr")
            r_index = next((i for i, r in enumerate(rows) if r is row), 0)
            c_index = len(node.find_previous_siblings(["td", "th"]))
            blocks.append(Block(lines=_lines(_inline_text(node)), cell=(t_index, r_index, c_index)))
        elif node.name in _BLOCKS and node.find_parent(["td", "th"]) is None:
            if node.find(list(_BLOCKS)) is not None and node.name in {"li", "blockquote"}:
                direct = "".join(str(c) for c in node.children if isinstance(c, NavigableString))
                if direct.strip():
                    blocks.append(Block(lines=_lines(mark_boxes(direct))))
                continue
            blocks.append(Block(lines=_lines(_inline_text(node)), heading=node.name in _HEADINGS))
        elif (
            node.name in {"div", "section", "label"}
            and node.find_parent(["td", "th", *_BLOCKS]) is None
        ):
            if node.find(_CONTAINERS) is None:
                blocks.append(Block(lines=_lines(_inline_text(node))))
            else:
                direct = " ".join(
                    str(c)
                    for c in node.children
                    if isinstance(c, NavigableString) and str(c).strip()
                )
                if direct.strip():
                    blocks.append(Block(lines=_lines(mark_boxes(direct))))
    links = tuple(
        Link(url=str(a.get("href")), text=a.get_text(" ", strip=True))
        for a in body.find_all("a")
        if str(a.get("href") or "").startswith(("http://", "https://"))
    )
    return Layout(blocks=tuple(b for b in blocks if b.lines), links=links)
