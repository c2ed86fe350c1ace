"""DOCX reader: paragraphs and table cells in body order, with symbol and form-field ticks."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from trainaudit.errors import InputError, InputProblem
from trainaudit.extract.checkbox import glyph_marker
from trainaudit.extract.layout import CHECKED, UNCHECKED, Block, Layout, Line, Link
from trainaudit.extract.text import mark_boxes

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _on(element: Any, attribute: str = f"{_W}val") -> bool:
    value = element.get(attribute)
    return value is None or value.lower() in {"1", "true", "on"}


def _run_text(element: Any) -> str:
    """Return the text of a paragraph-level element, ticks as canonical markers."""
    parts: list[str] = []
    for node in element.iter():
        tag = node.tag
        if tag == f"{_W}t":
            parts.append(node.text or "")
        elif tag == f"{_W}tab":
            parts.append(" ")
        elif tag in {f"{_W}br", f"{_W}cr"}:
            parts.append("\n")
        elif tag == f"{_W}sym":
            char = chr(int(node.get(f"{_W}char", "0"), 16))
            marker = glyph_marker(char, node.get(f"{_W}font", ""))
            parts.append(f"{marker} " if marker else "")
        elif tag == f"{_W14}checkbox":
            checked = node.find(f"{_W14}checked")
            ticked = checked is not None and _on(checked, f"{_W14}val")
            parts.append(f"{CHECKED if ticked else UNCHECKED} ")
        elif tag == f"{_W}checkBox":  # legacy FORMCHECKBOX field
            state = node.find(f"{_W}checked")
            if state is None:
                state = node.find(f"{_W}default")
            ticked = state is not None and _on(state)
            parts.append(f"{CHECKED if ticked else UNCHECKED} ")
    text = "".join(parts)
    # A content-control checkbox also draws its glyph as text: keep one marker.
    text = text.replace(f"{CHECKED} ☒", CHECKED).replace(f"{UNCHECKED} ☐", UNCHECKED)
    return mark_boxes(text)


def _lines(text: str, bold: bool = False) -> tuple[Line, ...]:
    return tuple(Line(text=" ".join(p.split()), bold=bold) for p in text.split("\n") if p.strip())


def _is_heading(paragraph: Any) -> bool:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    name = (style.get(f"{_W}val") if style is not None else "") or ""
    return name.lower().startswith(("heading", "title", "berschrift", "titolo"))


def _table_blocks(table: Any, table_id: int) -> list[Block]:
    blocks: list[Block] = []
    for r_index, row in enumerate(table.iterfind(f"{_W}tr")):
        for c_index, cell in enumerate(row.iterfind(f"{_W}tc")):
            lines: list[Line] = []
            for paragraph in cell.iter(f"{_W}p"):
                lines.extend(_lines(_run_text(paragraph)))
            blocks.append(Block(lines=tuple(lines), cell=(table_id, r_index, c_index)))
    return blocks


def read_docx(path: Path) -> Layout:
    """Read a DOCX file into blocks in body order; raise InputError if it is not readable."""
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.LxmlError) as exc:
        raise InputError(
            str(path), InputProblem.CORRUPT, "the DOCX file is corrupt or not a Word document"
        ) from exc
    body = document.element.body
    blocks: list[Block] = []
    table_id = 0
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            lines = _lines(_run_text(child))
            if lines:
                blocks.append(Block(lines=lines, heading=_is_heading(child)))
        elif child.tag == f"{_W}tbl":
            blocks.extend(_table_blocks(child, table_id))
            table_id += 1
    targets = {
        rel.rId: rel.target_ref
        for rel in document.part.rels.values()
        if rel.reltype.endswith("/hyperlink") and rel.is_external
    }
    links = [
        Link(url=targets[rid], text="".join(t.text or "" for t in node.iter(f"{_W}t")).strip())
        for node in body.iter(f"{_W}hyperlink")
        if (rid := node.get(f"{_R}id")) in targets
    ]
    return Layout(blocks=tuple(b for b in blocks if b.lines), links=tuple(links))
