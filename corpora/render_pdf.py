"""Render corpus blocks into PDF with fpdf2, in one of several tick styles."""

from __future__ import annotations

import io
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fontTools.subset import Options as SubsetOptions
from fontTools.subset import Subsetter
from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.annotations import PDFAnnotation
from fpdf.enums import MethodReturnValue, XPos, YPos
from fpdf.output import OutputProducer
from fpdf.syntax import Name, PDFArray, PDFContentStream, Raw, build_obj_dict
from fpdf.syntax import create_dictionary_string as pdf_dict

from layout import (
    Block,
    Heading,
    Links,
    MetaLine,
    ModalityTable,
    Option,
    Options,
    PageBreak,
    Part,
    Prose,
    Row,
    TableRow,
    Text,
    Title,
)
from spec_types import Layout

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
DEJAVU = FONT_DIR / "DejaVuSans.ttf"
DEJAVU_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
#: fixed metadata so that every run writes the same bytes
CREATION_DATE = datetime(2026, 1, 1, tzinfo=UTC)
PRODUCER = "trainaudit corpus generator"

#: (ticked, unticked) text marks of the glyph styles; "" draws no mark at all
GLYPHS: dict[str, tuple[str, str]] = {
    "glyph_x": ("☒", "☐"),
    "ballot_check": ("☑", "☐"),
    "check": ("✓", ""),
    "heavy_check": ("✔", "☐"),
    "bracket_x": ("[X]", "[ ]"),
    "letter_x": ("X", ""),
    "bullets": ("●", "○"),
    "wingdings": ("\uf0fe", "\uf0a8"),
}
VECTOR_STYLES = ("vector_filled", "vector_check", "acroform")

FONT_SIZE = 9.0
LINE_H = 4.4
PAD = 1.6
BOX = 2.8
LABEL_FILL = (232, 236, 242)
HEADING_BLUE = (31, 56, 100)


def build_wingdings(path: Path) -> None:
    """Write a two-glyph font named Wingdings mapping U+F0FE to ☒ and U+F0A8 to ☐.

    The glyphs come from DejaVu Sans (renamed, as its licence requires for modified fonts).
    """
    font = TTFont(DEJAVU, recalcTimestamp=False)
    best = font.getBestCmap()
    checked, unchecked = best[0x2612], best[0x2610]
    options = SubsetOptions()
    options.notdef_outline = True
    options.name_IDs = []
    options.layout_features = []
    options.drop_tables += ["FFTM"]
    subsetter = Subsetter(options)
    subsetter.populate(glyphs=[checked, unchecked])
    subsetter.subset(font)
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap = {0xF0FE: checked, 0xF0A8: unchecked}
    name = font["name"]
    name.names = []
    for name_id, value in ((1, "Wingdings"), (2, "Regular"), (4, "Wingdings"), (6, "Wingdings")):
        name.setName(value, name_id, 3, 1, 0x409)
    font.save(str(path))


class CheckboxWidget(PDFAnnotation):
    """An AcroForm checkbox widget: its value, appearance state and field name."""

    def __init__(self, x: float, y: float, size: float, ticked: bool, name: str) -> None:
        state = "/Yes" if ticked else "/Off"
        super().__init__(
            "Widget", x=x, y=y, width=size, height=size, field_type="Btn", value=state, title=name
        )
        self.a_s = state


def checkbox_appearance(size: float, ticked: bool) -> PDFContentStream:
    """Return the Form XObject drawing an empty or a ticked checkbox."""
    stream = f"0.6 w 0.4 0.4 {size - 0.8:.2f} {size - 0.8:.2f} re S"
    if ticked:
        stream += (
            f" 1.2 w {size * 0.2:.2f} {size * 0.5:.2f} m {size * 0.42:.2f} {size * 0.22:.2f} l"
        )
        stream += f" {size * 0.82:.2f} {size * 0.85:.2f} l S"
    xobject = PDFContentStream(contents=stream.encode())
    xobject.type = Name("XObject")
    xobject.subtype = Name("Form")
    xobject.b_box = PDFArray([0, 0, round(size, 2), round(size, 2)])
    return xobject


class CheckboxForm:
    """The /AcroForm dictionary listing the checkbox fields."""

    def __init__(self, fields: PDFArray) -> None:
        self.fields = fields
        self.need_appearances = False

    def serialize(self, _security_handler: Any = None, _obj_id: Any = None) -> str:
        obj = build_obj_dict({key: getattr(self, key) for key in dir(self)})
        return pdf_dict(obj, field_join=" ")


class AcroFormProducer(OutputProducer):
    """Output producer that adds an /AcroForm with the checkbox widgets to the catalog."""

    def widgets(self) -> list[CheckboxWidget]:
        """Return every checkbox widget of the document."""
        return [
            annot
            for page in self.fpdf.pages.values()
            for annot in (page.annots or ())
            if isinstance(annot, CheckboxWidget)
        ]

    def _add_annotation_appearance_streams(self) -> None:
        super()._add_annotation_appearance_streams()
        widgets = self.widgets()
        if not widgets:
            return
        size = float(widgets[0].rect.strip("[]").split()[2]) - float(
            widgets[0].rect.strip("[]").split()[0]
        )
        on, off = checkbox_appearance(size, True), checkbox_appearance(size, False)
        self._add_pdf_obj(on, "annotations")
        self._add_pdf_obj(off, "annotations")
        for widget in widgets:
            widget.a_p = Raw(f"<< /N << /Yes {on.ref} /Off {off.ref} >> >>")

    def _finalize_catalog(self, catalog_obj: Any, **kwargs: Any) -> None:
        super()._finalize_catalog(catalog_obj, **kwargs)
        widgets = self.widgets()
        if widgets:
            catalog_obj.acro_form = CheckboxForm(PDFArray(widgets))


class SummaryPDF(FPDF):
    """FPDF with a page-number footer."""

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("dv", "", 8)
        self.cell(0, 5, str(self.page_no()), align="C")


class PdfRenderer:
    """Draw blocks on A4 pages: headings, two-column rows, the 1.3 table and prose."""

    def __init__(self, tick_style: str, layout: Layout, title: str, author: str) -> None:
        self.style = tick_style
        self.layout = layout
        self.widgets = 0
        self.tmp = tempfile.TemporaryDirectory()
        pdf = SummaryPDF(format="A4", unit="mm")
        pdf.set_margins(18, 18, 18)
        pdf.set_auto_page_break(True, margin=18)
        pdf.set_creation_date(CREATION_DATE)
        pdf.set_producer(PRODUCER)
        pdf.set_creator(PRODUCER)
        pdf.set_title(title)
        pdf.set_author(author)
        pdf.add_font("dv", "", str(DEJAVU))
        pdf.add_font("dv", "B", str(DEJAVU_BOLD))
        if tick_style == "wingdings":
            path = Path(self.tmp.name) / "wingdings.ttf"
            build_wingdings(path)
            pdf.add_font("wd", "", str(path))
        pdf.add_page()
        pdf.set_font("dv", "", FONT_SIZE)
        self.pdf = pdf

    # ------------------------------------------------------------ ticks and options

    def mark_width(self) -> float:
        """Return the width reserved for a tick mark."""
        if self.style in VECTOR_STYLES:
            return BOX
        ticked, unticked = GLYPHS[self.style]
        self.set_mark_font()
        width = max(self.pdf.get_string_width(ticked), self.pdf.get_string_width(unticked))
        self.pdf.set_font("dv", "", FONT_SIZE)
        return width

    def set_mark_font(self) -> None:
        """Select the font the tick marks are drawn with."""
        if self.style == "wingdings":
            self.pdf.set_font("wd", "", FONT_SIZE + 1)
        else:
            self.pdf.set_font("dv", "", FONT_SIZE)

    def draw_mark(self, x: float, y: float, ticked: bool) -> None:
        """Draw one tick mark with its top-left corner at (x, y) on a text line."""
        pdf = self.pdf
        top = y + (LINE_H - BOX) / 2
        if self.style == "vector_filled":
            pdf.set_line_width(0.25)
            pdf.set_fill_color(0, 0, 0)
            pdf.rect(x, top, BOX, BOX, style="DF" if ticked else "D")
        elif self.style == "vector_check":
            pdf.set_line_width(0.25)
            pdf.rect(x, top, BOX, BOX)
            if ticked:
                pdf.set_line_width(0.4)
                pdf.line(x + 0.5, top + 1.5, x + 1.15, top + 2.3)
                pdf.line(x + 1.15, top + 2.3, x + 2.4, top + 0.5)
        elif self.style == "acroform":
            self.widgets += 1
            k = pdf.k
            widget = CheckboxWidget(
                x * k, pdf.h_pt - top * k, BOX * k, ticked, f"checkbox{self.widgets:03d}"
            )
            pdf.pages[pdf.page].add_annotation(widget)
        else:
            mark = GLYPHS[self.style][0 if ticked else 1]
            if mark:
                width = self.mark_width()
                self.set_mark_font()
                pdf.set_xy(x, y)
                pdf.cell(width, LINE_H, mark)
                pdf.set_font("dv", "", FONT_SIZE)

    def option_width(self, option: Option) -> float:
        """Return the width of a tick mark and its label."""
        return self.mark_width() + 1.2 + self.pdf.get_string_width(option.label)

    def options_lines(self, options: Options, width: float) -> list[list[Option]]:
        """Split options into lines that fit a width."""
        if options.vertical:
            return [[item] for item in options.items]
        lines: list[list[Option]] = [[]]
        used = 0.0
        for item in options.items:
            w = self.option_width(item) + (5 if lines[-1] else 0)
            if lines[-1] and used + w > width:
                lines.append([])
                used, w = 0.0, self.option_width(item)
            lines[-1].append(item)
            used += w
        return lines

    def draw_options(self, options: Options, x: float, y: float, width: float) -> float:
        """Draw options from (x, y) and return the height used."""
        lines = self.options_lines(options, width)
        for n, line in enumerate(lines):
            cx = x
            ly = y + n * LINE_H
            for item in line:
                self.draw_mark(cx, ly, item.ticked)
                lx = cx + self.mark_width() + 1.2
                self.pdf.set_xy(lx, ly)
                label_w = self.pdf.get_string_width(item.label)
                self.pdf.cell(label_w + 0.5, LINE_H, item.label)
                cx = lx + label_w + 5
        return len(lines) * LINE_H

    # ------------------------------------------------------------ cells

    def text_height(self, text: str, width: float) -> float:
        """Return the height of wrapped text."""
        self.check_words(text, width)
        lines = self.pdf.multi_cell(
            width, LINE_H, text, dry_run=True, output=MethodReturnValue.LINES, align="L"
        )
        return len(lines) * LINE_H

    def check_words(self, text: str, width: float) -> None:
        """Fail when a word is too wide for its cell (it would be split mid-word)."""
        for word in text.split():
            if self.pdf.get_string_width(word) > width:
                raise ValueError(f"word too wide for a {width:.0f} mm cell: {word}")

    def draw_text(self, text: str, x: float, y: float, width: float, link: str = "") -> float:
        """Draw wrapped text and return its height."""
        height = self.text_height(text, width)
        self.pdf.set_xy(x, y)
        if link:
            self.pdf.set_text_color(0, 0, 200)
            self.pdf.set_font("dv", "U", FONT_SIZE)
        self.pdf.multi_cell(width, LINE_H, text, link=link or None, align="L")
        if link:
            self.pdf.set_text_color(0, 0, 0)
            self.pdf.set_font("dv", "", FONT_SIZE)
        return height

    def link_texts(self, links: Links) -> list[tuple[str, str]]:
        """Return (visible text, link target) per dataset line."""
        if self.layout.links == "annotation":
            return [(d.name, d.url or "") for d in links.items]
        return [(f"{d.name} – {d.url}" if d.url else d.name, "") for d in links.items]

    def parts_height(self, parts: tuple[Part, ...], width: float) -> float:
        """Return the height of a value cell's parts."""
        height = 0.0
        for part in parts:
            if isinstance(part, Text):
                height += self.text_height(part.text, width) if part.text else LINE_H
            elif isinstance(part, Options):
                height += len(self.options_lines(part, width)) * LINE_H
            else:
                height += sum(self.text_height(t, width) for t, _ in self.link_texts(part))
        return height

    def draw_parts(self, parts: tuple[Part, ...], x: float, y: float, width: float) -> None:
        """Draw a value cell's parts from (x, y)."""
        for part in parts:
            if isinstance(part, Text):
                y += self.draw_text(part.text, x, y, width) if part.text else LINE_H
            elif isinstance(part, Options):
                y += self.draw_options(part, x, y, width)
            else:
                for text, link in self.link_texts(part):
                    y += self.draw_text(text, x, y, width, link)

    def ensure_space(self, height: float) -> None:
        """Start a new page when a block of this height does not fit."""
        pdf = self.pdf
        usable = pdf.h - pdf.t_margin - pdf.b_margin
        if height > usable:
            raise ValueError(f"row of {height:.0f} mm does not fit on a page")
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()

    # ------------------------------------------------------------ blocks

    def title(self, block: Title) -> None:
        pdf = self.pdf
        pdf.set_font("dv", "B", 15)
        pdf.ln(6)
        pdf.multi_cell(0, 8, block.text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(4)
        pdf.set_font("dv", "", FONT_SIZE)

    def meta(self, block: MetaLine) -> None:
        pdf = self.pdf
        x, y = pdf.l_margin, pdf.get_y()
        value_x = x + 48
        width = pdf.w - pdf.r_margin - value_x
        height = self.text_height(block.value, width)
        pdf.set_xy(x, y)
        pdf.cell(48, LINE_H, block.label)
        self.draw_text(block.value, value_x, y, width)
        pdf.set_line_width(0.2)
        pdf.line(value_x, y + height, pdf.w - pdf.r_margin, y + height)
        pdf.set_xy(x, y + height + 1)

    def heading(self, block: Heading) -> None:
        pdf = self.pdf
        full = pdf.w - pdf.l_margin - pdf.r_margin
        self.ensure_space(24)
        pdf.ln(3)
        if block.level == 1:
            pdf.set_font("dv", "B", 12)
            pdf.set_fill_color(*LABEL_FILL)
            pdf.set_line_width(0.3)
            pdf.cell(full, 8, block.display, border=1, fill=True, align="C")
            pdf.ln(10)
        else:
            pdf.set_font("dv", "B", 11 if block.level == 2 else 10)
            pdf.set_text_color(*HEADING_BLUE)
            pdf.multi_cell(full, 6, block.display, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        pdf.set_font("dv", "", FONT_SIZE)

    def row(self, block: Row) -> None:
        if self.layout.row_style == "underlined":
            self.underlined_row(block)
            return
        pdf = self.pdf
        full = pdf.w - pdf.l_margin - pdf.r_margin
        label_w = round(full * 0.35, 2)
        value_w = full - label_w
        inner_l, inner_v = label_w - 2 * PAD, value_w - 2 * PAD
        height = max(
            self.text_height(block.label, inner_l), self.parts_height(block.parts, inner_v)
        )
        height += 2 * PAD
        self.ensure_space(height)
        x, y = pdf.l_margin, pdf.get_y()
        pdf.set_line_width(0.2)
        pdf.set_fill_color(*LABEL_FILL)
        pdf.rect(x, y, label_w, height, style="DF")
        pdf.rect(x + label_w, y, value_w, height)
        self.draw_text(block.label, x + PAD, y + PAD, inner_l)
        self.draw_parts(block.parts, x + label_w + PAD, y + PAD, inner_v)
        pdf.set_xy(x, y + height)

    def underlined_row(self, block: Row) -> None:
        """Draw a row like the Commission template: label, value above a rule."""
        pdf = self.pdf
        full = pdf.w - pdf.l_margin - pdf.r_margin
        label_w = full * (0.68 if block.question else 0.36)
        value_w = full - label_w - 3
        height = max(
            self.text_height(block.label, label_w), self.parts_height(block.parts, value_w)
        )
        self.ensure_space(height + 3)
        x, y = pdf.l_margin, pdf.get_y() + 1
        self.draw_text(block.label, x, y, label_w)
        self.draw_parts(block.parts, x + label_w + 3, y, value_w)
        pdf.set_line_width(0.2)
        pdf.line(x + label_w + 3, y + height + 0.5, x + full, y + height + 0.5)
        pdf.set_xy(x, y + height + 2)

    def table_cells(self, row: TableRow) -> list[tuple[Part, ...]]:
        """Return the parts of the three 1.3 cells."""
        return [(Options((row.modality,)),), (row.size,), (Text(row.content),)]

    def modality_table(self, block: ModalityTable) -> None:
        pdf = self.pdf
        full = pdf.w - pdf.l_margin - pdf.r_margin
        widths = [full * 0.2, full * 0.38, full * 0.42]
        pdf.set_font("dv", "B", FONT_SIZE)
        header_cells = [(Text(h),) for h in block.headers]
        self.table_row(header_cells, widths, fill=True)
        pdf.set_font("dv", "", FONT_SIZE)
        for row in block.rows:
            self.table_row(self.table_cells(row), widths, fill=False)
        pdf.ln(3)

    def table_row(self, cells: list[tuple[Part, ...]], widths: list[float], fill: bool) -> None:
        """Draw one bordered row of the 1.3 table."""
        pdf = self.pdf
        heights = [self.parts_height(c, w - 2 * PAD) for c, w in zip(cells, widths, strict=True)]
        height = max(heights) + 2 * PAD
        self.ensure_space(height)
        x, y = pdf.l_margin, pdf.get_y()
        for cell, w in zip(cells, widths, strict=True):
            pdf.set_line_width(0.2)
            pdf.set_fill_color(*LABEL_FILL)
            pdf.rect(x, y, w, height, style="DF" if fill else "D")
            self.draw_parts(cell, x + PAD, y + PAD, w - 2 * PAD)
            x += w
        pdf.set_xy(pdf.l_margin, y + height)

    def prose(self, block: Prose) -> None:
        pdf = self.pdf
        full = pdf.w - pdf.l_margin - pdf.r_margin
        if block.kind == "h":
            self.ensure_space(20)
            pdf.ln(2)
            pdf.set_font("dv", "B", 11)
            pdf.multi_cell(full, 6, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.set_font("dv", "", 10)
            pdf.multi_cell(full, 5.2, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.5)
        pdf.set_font("dv", "", FONT_SIZE)

    def render(self, blocks: list[Block]) -> bytes:
        """Draw every block and return the PDF bytes."""
        for block in blocks:
            if isinstance(block, Title):
                self.title(block)
            elif isinstance(block, MetaLine):
                self.meta(block)
            elif isinstance(block, Heading):
                self.heading(block)
            elif isinstance(block, Row):
                self.row(block)
            elif isinstance(block, ModalityTable):
                self.modality_table(block)
            elif isinstance(block, Prose):
                self.prose(block)
            elif isinstance(block, PageBreak):
                self.pdf.add_page()
        producer = AcroFormProducer if self.style == "acroform" else OutputProducer
        data = bytes(self.pdf.output(output_producer_class=producer))
        self.tmp.cleanup()
        return data


def render_pdf(
    blocks: list[Block], tick_style: str, layout: Layout, title: str, author: str
) -> bytes:
    """Return a PDF of the blocks."""
    return PdfRenderer(tick_style, layout, title, author).render(blocks)


def render_scanned(pdf_bytes: bytes, pages: int = 2, dpi: int = 100) -> bytes:
    """Return a PDF whose pages are only images of the first pages of another PDF."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(format="A4", unit="mm")
    out.set_creation_date(CREATION_DATE)
    out.set_producer("Scanner ScanSnap iX1600")
    out.set_margins(0, 0, 0)
    out.set_auto_page_break(False)
    for index in range(min(pages, len(source))):
        bitmap = source[index].render(scale=dpi / 72, grayscale=True)
        image = bitmap.to_pil().convert("L").rotate(0.6, fillcolor=255, expand=False)
        image = image.point(lambda v: 0 if v < 150 else 255).convert("1")
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
        out.add_page()
        out.image(buffer, x=0, y=0, w=out.w, h=out.h)
    source.close()
    return bytes(out.output())
