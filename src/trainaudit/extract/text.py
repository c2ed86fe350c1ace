"""Plain-text and Markdown reader: paragraphs, headings, pipe tables and [x] ticks."""

from __future__ import annotations

import re

from trainaudit.extract.layout import CHECKED, UNCHECKED, UNDECIDED, Block, Layout, Line, Link

_BOX = re.compile(
    r"\[\s*([xX✓✔✗☒])\s*\]|\[\s?\]|\(\s*([xX•●☒])\s*\)|\(\s?\)|\[\s*(☐)\s*\]|\[\s*(⍰)\s*\]"
)
#: A lone "X" written before an option word is a tick ("X Yes No").
_LETTER_TICK = re.compile(
    r"(?<!\S)[xX](?=\s+(?:yes|no|other|text|image|audio|video|less|more|1|10)\b)", re.I
)
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?=[☒☐])")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def mark_boxes(text: str) -> str:
    """Replace written boxes such as "[x]", "[ ]" and "(x)" with canonical markers."""

    def replace(match: re.Match[str]) -> str:
        if match[4]:
            return UNDECIDED
        return CHECKED if (match[1] or match[2]) else UNCHECKED

    return _LETTER_TICK.sub(CHECKED, _BOX.sub(replace, text))


def _clean_markdown(text: str) -> str:
    text = _EMPHASIS.sub(r"\2", text)
    text = re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", r"\1 (\2)", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    return _LIST_MARK.sub("", text)


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def read_text(content: str, *, markdown: bool) -> Layout:
    """Read plain text or Markdown into blocks: blank lines split paragraphs."""
    blocks: list[Block] = []
    paragraph: list[Line] = []
    table_id = 0
    table_row = 0
    in_table = False

    def flush() -> None:
        if paragraph:
            blocks.append(Block(lines=tuple(paragraph)))
            paragraph.clear()

    for raw in content.splitlines():
        line = mark_boxes(raw.rstrip())
        if markdown and "|" in line and line.strip().startswith("|"):
            flush()
            if _TABLE_RULE.match(line):
                continue
            if not in_table:
                in_table, table_id, table_row = True, table_id + 1, 0
            for column, cell in enumerate(_cells(line)):
                parts = [p for p in re.split(r"<br\s*/?>", cell) if p.strip()]
                blocks.append(
                    Block(
                        lines=tuple(Line(text=_clean_markdown(p.strip())) for p in parts),
                        cell=(table_id, table_row, column),
                    )
                )
            table_row += 1
            continue
        in_table = False
        if not line.strip():
            flush()
            continue
        heading = _HEADING.match(line) if markdown else None
        if heading:
            flush()
            blocks.append(Block(lines=(Line(text=heading[2], bold=True),), heading=True))
            continue
        paragraph.append(Line(text=_clean_markdown(line) if markdown else line.strip()))
    flush()
    links = tuple(
        Link(url=m[2], text=m[1])
        for m in re.finditer(r"\[([^\]]*)\]\((https?://[^)\s]+)\)", content)
    )
    return Layout(blocks=tuple(b for b in blocks if b.lines), links=links)
