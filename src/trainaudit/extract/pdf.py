"""PDF reader: words, table cells, tick boxes and links from pdfplumber, in reading order."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.text import extract_words

from trainaudit.errors import InputError, InputProblem
from trainaudit.extract.checkbox import (
    find_vector_boxes,
    glyph_marker,
    is_box_shape,
    widget_marker,
)
from trainaudit.extract.columns import (
    group_rows,
)
from trainaudit.extract.flow import free_blocks, lines_from_rows
from trainaudit.extract.furniture import Key, drop_furniture, repeated_runs
from trainaudit.extract.layout import MARKERS, BBox, Block, Layout, Link, bbox_of

Word = dict[str, Any]

MAX_PAGES = 500


def read_pdf(path: Path) -> Layout:
    """Read a PDF into blocks of lines with ticks as markers; raise InputError if unreadable."""
    try:
        with pdfplumber.open(path) as pdf:
            pages = pdf.pages
            if not pages:
                raise InputError(str(path), InputProblem.EMPTY, "the PDF has no pages")
            if len(pages) > MAX_PAGES:
                raise InputError(
                    str(path),
                    InputProblem.TOO_LARGE,
                    f"the PDF has {len(pages)} pages, more than the limit of {MAX_PAGES}",
                )
            scanned: list[_Page] = []
            for number, page in enumerate(pages, start=1):
                scanned.append(_scan_page(page, number))
                page.close()
            chars_seen = sum(len(scan.words) for scan in scanned)
            repeated = repeated_runs([scan.words for scan in scanned])
            blocks: list[Block] = []
            links: list[Link] = []
            for scan in scanned:
                page_blocks, page_links = _layout_page(scan, repeated)
                blocks.extend(page_blocks)
                links.extend(page_links)
            produced = _pdf_date(pdf.metadata.get("CreationDate") or pdf.metadata.get("ModDate"))
            if chars_seen == 0:
                raise InputError(
                    str(path),
                    InputProblem.OCR_REQUIRED,
                    "the PDF has no text layer (scanned?); OCR is needed before it can be read",
                )
            return Layout(
                blocks=tuple(blocks), links=tuple(links), pages=len(pages), produced=produced
            )
    except InputError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise InputError(
            str(path), InputProblem.ENCRYPTED, "the PDF is encrypted or password-protected"
        ) from exc
    except pdfplumber.utils.exceptions.PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise InputError(
                str(path), InputProblem.ENCRYPTED, "the PDF is encrypted or password-protected"
            ) from exc
        raise InputError(
            str(path), InputProblem.CORRUPT, f"the PDF is corrupt or truncated ({_reason(cause)})"
        ) from exc
    except (PDFSyntaxError, PSException) as exc:
        raise InputError(
            str(path), InputProblem.CORRUPT, f"the PDF is corrupt or truncated ({_reason(exc)})"
        ) from exc
    except Exception as exc:
        # A damaged file makes pdfminer fail in many ways (struct.error, IndexError, ...):
        # it is a problem of the input, reported as such; --debug shows the cause.
        raise InputError(
            str(path),
            InputProblem.CORRUPT,
            f"the PDF could not be parsed ({type(exc).__name__}: {_reason(exc)})",
        ) from exc


def _reason(exc: object) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:120]


def _pdf_date(raw: Any) -> str | None:
    text = raw.decode("latin-1") if isinstance(raw, bytes) else str(raw or "")
    match = re.search(r"(\d{4})(\d{2})(\d{2})", text)
    return f"{match[1]}-{match[2]}-{match[3]}" if match else None


def _center(obj: Mapping[str, Any]) -> tuple[float, float]:
    return (float(obj["x0"]) + float(obj["x1"])) / 2, (float(obj["top"]) + float(obj["bottom"])) / 2


def _within(point: tuple[float, float], bbox: BBox) -> bool:
    return bbox[0] <= point[0] <= bbox[2] and bbox[1] <= point[1] <= bbox[3]


def _marker_word(bbox: BBox, marker: str) -> Word:
    return {
        "text": marker,
        "x0": bbox[0],
        "top": bbox[1],
        "x1": bbox[2],
        "bottom": bbox[3],
        "fontname": "",
        "size": bbox[3] - bbox[1],
    }


def _canonical_char(char: Word) -> Word:
    """Return a character with a tick glyph (dingbat fonts included) as its canonical marker."""
    marker = glyph_marker(char["text"], char.get("fontname", ""))
    return char if marker is None else {**char, "text": marker}


def _word_from_chars(chars: Sequence[Word], template: Word) -> Word:
    text = unicodedata.normalize("NFKC", "".join(str(c["text"]) for c in chars))
    return {
        **template,
        "text": text,
        "x0": min(float(c["x0"]) for c in chars),
        "x1": max(float(c["x1"]) for c in chars),
        "top": min(float(c["top"]) for c in chars),
        "bottom": max(float(c["bottom"]) for c in chars),
    }


def _words(page: Any) -> list[Word]:
    """Return the page's words, tick glyphs as words of their own, each with its main font.

    Words are not split where the font subset changes (a ligature drawn from another
    subset of the same face would cut "Identification" in three); the font name kept is
    the one most of the word's characters use.
    """
    chars = [_canonical_char(c) for c in page.chars]
    words = extract_words(chars, return_chars=True, x_tolerance=1.5, extra_attrs=["size"])
    out: list[Word] = []
    for word in words:
        word_chars = word.pop("chars")
        fonts = Counter(str(c.get("fontname", "")) for c in word_chars)
        word["fontname"] = fonts.most_common(1)[0][0] if fonts else ""
        if not any(c["text"] in MARKERS for c in word_chars):
            out.append(word)
            continue
        run: list[Word] = []
        for char in word_chars:
            if char["text"] in MARKERS:
                if run:
                    out.append(_word_from_chars(run, word))
                    run = []
                out.append(_word_from_chars([char], word))
            else:
                run.append(char)
        if run:
            out.append(_word_from_chars(run, word))
    return out


def _tick_words(page: Any) -> list[Word]:
    """Return synthetic marker words for vector tick boxes and form widgets."""
    graphics = [*page.rects, *page.curves, *page.lines]
    words = [_marker_word(box.bbox, box.marker) for box in find_vector_boxes(graphics, page.chars)]
    for annot in page.annots:
        marker = widget_marker(annot)
        if marker is not None:
            words.append(_marker_word(bbox_of(annot), marker))
    return words


def _table_cells(page: Any) -> list[tuple[int, int, int, BBox]]:
    """Return (table, row, column, bbox) for every table cell found from ruling lines."""
    ruled = page.filter(
        lambda obj: not (obj.get("object_type") in {"rect", "curve"} and is_box_shape(obj))
    )
    cells: list[tuple[int, int, int, BBox]] = []
    for t_index, table in enumerate(ruled.find_tables()):
        x0, top, x1, bottom = table.bbox
        if x1 - x0 < 40 or bottom - top < 10:
            continue
        for r_index, row in enumerate(table.rows):
            for c_index, cell in enumerate(row.cells):
                if cell is not None:
                    x0, top, x1, bottom = (float(v) for v in cell)
                    cells.append((t_index, r_index, c_index, (x0, top, x1, bottom)))
    return cells


def _is_underline(rule: Mapping[str, Any], words: Sequence[Word]) -> bool:
    """Return whether a rule hugs a word from end to end (a link), rather than a row."""
    y = (float(rule["top"]) + float(rule["bottom"])) / 2
    x0, x1 = float(rule["x0"]), float(rule["x1"])
    return any(
        -1.0 <= y - float(w["bottom"]) <= 3.0
        and abs(float(w["x0"]) - x0) <= 3.0
        and abs(float(w["x1"]) - x1) <= 3.0
        for w in words
    )


def _horizontal_rules(page: Any, words: Sequence[Word]) -> list[float]:
    """Return the y of every thin horizontal line wide enough to separate table rows."""
    rules = [
        (float(obj["top"]) + float(obj["bottom"])) / 2
        for obj in (*page.rects, *page.lines)
        if float(obj["height"]) < 1.5
        and float(obj["width"]) > 0.35 * float(page.width)
        and not _is_underline(obj, words)
    ]
    return sorted(rules)


@dataclass(frozen=True, slots=True)
class _Page:
    """What the layout pass needs from one page, read in a single pass over the PDF."""

    number: int
    height: float
    words: list[Word]
    ticks: list[Word]
    cells: list[tuple[int, int, int, BBox]]
    rules: list[float]
    hyperlinks: list[dict[str, Any]]


def _scan_page(page: Any, number: int) -> _Page:
    words = _words(page)
    return _Page(
        number=number,
        height=float(page.height),
        words=words,
        ticks=_tick_words(page),
        cells=_table_cells(page),
        rules=_horizontal_rules(page, words),
        hyperlinks=[dict(link) for link in page.hyperlinks if link.get("uri")],
    )


def _layout_page(page: _Page, repeated: frozenset[Key]) -> tuple[list[Block], list[Link]]:
    number, cells = page.number, page.cells
    words = drop_furniture(page.words, repeated, page.height) + page.ticks
    by_cell: dict[int, list[Word]] = {}
    free: list[Word] = []
    for word in words:
        point = _center(word)
        for index, (_, _, _, bbox) in enumerate(cells):
            if _within(point, bbox):
                by_cell.setdefault(index, []).append(word)
                break
        else:
            free.append(word)
    # Reading order: table rows and free blocks by their top; the cells of a row left to right.
    items: list[tuple[tuple[float, int, int, float], Block]] = []
    for index, (table, row, column, bbox) in enumerate(cells):
        lines = lines_from_rows(group_rows(by_cell.get(index, [])), number)
        block = Block(lines=tuple(lines), cell=(table, row, column))
        row_top = min(c[3][1] for c in cells if c[0] == table and c[1] == row)
        items.append(((row_top, table, row, bbox[0]), block))
    for top, block in free_blocks(free, page.rules, number):
        items.append(((top, -1, -1, 0.0), block))
    items.sort(key=lambda item: item[0])
    links = [
        Link(
            url=str(link.get("uri") or ""),
            text=_text_in(words, bbox_of(link)),
            page=number,
            bbox=bbox_of(link),
        )
        for link in page.hyperlinks
    ]
    return [block for _, block in items if block.lines], links


def _text_in(words: Sequence[Word], bbox: BBox) -> str:
    inside = [w for w in words if _within(_center(w), bbox)]
    inside.sort(key=lambda w: (round(float(w["top"])), float(w["x0"])))
    return " ".join(w["text"] for w in inside)
