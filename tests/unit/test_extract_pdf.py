from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from trainaudit.errors import InputError, InputProblem
from trainaudit.extract.pdf import read_pdf

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
needs_font = pytest.mark.skipif(not FONT.is_file(), reason="DejaVu Sans is not installed")


def make_pdf(tmp_path: Path, draw: Callable[[FPDF], None], name: str = "doc.pdf") -> Path:
    """Draw a PDF with fpdf2 (millimetres, DejaVu 11 pt, no automatic page breaks)."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", size=11)
    draw(pdf)
    path = tmp_path / name
    pdf.output(str(path))
    return path


def grey_png(width: int = 8, height: int = 8) -> bytes:
    """A tiny grey RGB PNG, built by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    raw = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@needs_font
def test_bordered_label_value_table_gives_label_and_value_cells(tmp_path: Path) -> None:
    def draw(pdf: FPDF) -> None:
        pdf.add_page()
        for label, value in [("Provider name:", "Acme Corp"), ("Version:", "v2")]:
            pdf.cell(60, 10, label, border=1)
            pdf.cell(90, 10, value, border=1, new_x="LMARGIN", new_y="NEXT")

    layout = read_pdf(make_pdf(tmp_path, draw))
    assert [(b.cell, b.text) for b in layout.blocks] == [
        ((0, 0, 0), "Provider name:"),
        ((0, 0, 1), "Acme Corp"),
        ((0, 1, 0), "Version:"),
        ((0, 1, 1), "v2"),
    ]
    assert layout.pages == 1
    assert {b.page for b in layout.blocks} == {1}


@needs_font
def test_vector_boxes_beside_options_become_markers(tmp_path: Path) -> None:
    def draw(pdf: FPDF) -> None:
        pdf.add_page()
        pdf.text(20, 30, "Have you used publicly available datasets?")
        pdf.rect(20, 40, 4, 4)  # ticked: a check mark drawn inside
        pdf.line(20.5, 42, 21.8, 43.5)
        pdf.line(21.8, 43.5, 23.5, 40.5)
        pdf.text(26, 43.5, "Yes")
        pdf.rect(50, 40, 4, 4)  # empty
        pdf.text(56, 43.5, "No")

    texts = [b.text for b in read_pdf(make_pdf(tmp_path, draw)).blocks]
    assert texts == ["Have you used publicly available datasets?", "☒ Yes ☐ No"]


@needs_font
def test_filled_vector_box_is_ticked(tmp_path: Path) -> None:
    def draw(pdf: FPDF) -> None:
        pdf.add_page()
        pdf.rect(20, 40, 4, 4)
        pdf.text(26, 43.5, "Yes")
        pdf.rect(50, 40, 4, 4, style="F")
        pdf.text(56, 43.5, "No")

    assert [b.text for b in read_pdf(make_pdf(tmp_path, draw)).blocks] == ["☐ Yes ☒ No"]


@needs_font
def test_tick_glyphs_in_the_text_layer_are_markers(tmp_path: Path) -> None:
    def draw(pdf: FPDF) -> None:
        pdf.add_page()
        pdf.text(20, 30, "☐ Yes ☑ No")

    assert [b.text for b in read_pdf(make_pdf(tmp_path, draw)).blocks] == ["☐ Yes ☒ No"]


@needs_font
def test_footer_page_numbers_are_dropped(tmp_path: Path) -> None:
    bodies = ["Alpha paragraph.", "Second page here.", "Closing words now."]

    def draw(pdf: FPDF) -> None:
        for number, body in enumerate(bodies, start=1):
            pdf.add_page()
            pdf.text(20, 30, body)
            pdf.text(100, 290, f"{number} of {len(bodies)}")

    layout = read_pdf(make_pdf(tmp_path, draw))
    assert [(b.page, b.text) for b in layout.blocks] == [
        (1, bodies[0]),
        (2, bodies[1]),
        (3, bodies[2]),
    ]
    assert layout.pages == 3


@needs_font
def test_running_header_is_dropped(tmp_path: Path) -> None:
    bodies = ["Alpha paragraph.", "Second page here.", "Closing words now."]

    def draw(pdf: FPDF) -> None:
        for body in bodies:
            pdf.add_page()
            pdf.text(20, 12, "ACME Public Summary")
            pdf.text(20, 30, body)

    assert [b.text for b in read_pdf(make_pdf(tmp_path, draw)).blocks] == bodies


@needs_font
def test_first_body_word_repeated_at_the_same_place_is_kept(tmp_path: Path) -> None:
    bodies = [
        "The provider crawled public web pages.",
        "The model was trained on licensed text.",
        "The data was filtered for illegal content.",
    ]

    def draw(pdf: FPDF) -> None:
        for body in bodies:
            pdf.add_page()
            pdf.text(20, 30, body)

    assert [b.text for b in read_pdf(make_pdf(tmp_path, draw)).blocks] == bodies


def test_image_only_pdf_needs_ocr(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(grey_png()), x=10, y=10, w=100)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError) as caught:
        read_pdf(path)
    assert caught.value.problem is InputProblem.OCR_REQUIRED


@needs_font
@pytest.mark.parametrize("keep", [0.5, 0.05])
def test_truncated_pdf_is_corrupt(tmp_path: Path, keep: float) -> None:
    def draw(pdf: FPDF) -> None:
        pdf.add_page()
        pdf.text(20, 30, "Some text")

    data = make_pdf(tmp_path, draw).read_bytes()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(InputError) as caught:
        read_pdf(truncated)
    assert caught.value.problem is InputProblem.CORRUPT


def test_header_only_pdf_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "stub.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(InputError) as caught:
        read_pdf(path)
    assert caught.value.problem is InputProblem.CORRUPT
