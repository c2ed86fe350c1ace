"""Render corpus blocks into DOCX with python-docx, ticks as glyphs, symbols or content controls."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import OxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

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
    Text,
    Title,
)
from spec_types import Layout

FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
LABEL_FILL = "E8ECF2"
TEXT_WIDTH_CM = 16.0
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


class DocxRenderer:
    """Build a Word document: headings, two-column bordered tables and the 1.3 table."""

    def __init__(self, tick_style: str, layout: Layout, title: str, author: str) -> None:
        self.style = tick_style
        self.layout = layout
        self.doc: DocxDocument = Document()
        self.table: Table | None = None
        self.sdt_id = 1000
        normal = self.doc.styles["Normal"].font
        normal.name = "Calibri"
        normal.size = Pt(10)
        props = self.doc.core_properties
        props.title = title
        props.author = author
        props.last_modified_by = author
        props.created = FIXED_TIME
        props.modified = FIXED_TIME
        props.revision = 1
        props.comments = ""
        props.subject = ""
        props.keywords = ""
        props.category = ""

    # ------------------------------------------------------------ ticks

    def add_glyph_run(self, paragraph: Paragraph, glyph: str) -> None:
        """Add a checkbox glyph in the font Word uses for checkboxes."""
        run = paragraph.add_run(glyph)
        run.font.name = "MS Gothic"
        rfonts = run._r.get_or_add_rPr().find(qn("w:rFonts"))
        if rfonts is not None:
            rfonts.set(qn("w:eastAsia"), "MS Gothic")

    def add_mark(self, paragraph: Paragraph, ticked: bool) -> None:
        """Add one tick mark in the renderer's style."""
        if self.style == "docx_wingdings":
            char = "F0FE" if ticked else "F0A8"
            run = paragraph.add_run()
            run._r.append(parse_xml(f'<w:sym {nsdecls("w")} w:font="Wingdings" w:char="{char}"/>'))
        elif self.style == "docx_sdt":
            self.sdt_id += 1
            glyph = "☒" if ticked else "☐"
            sdt = parse_xml(
                f'<w:sdt {nsdecls("w")} xmlns:w14="{W14}">'
                f'<w:sdtPr><w:id w:val="{self.sdt_id}"/>'
                f'<w14:checkbox><w14:checked w14:val="{int(ticked)}"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
                "</w14:checkbox></w:sdtPr>"
                '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
                'w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
                f"<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
            )
            paragraph._p.append(sdt)
        else:
            self.add_glyph_run(paragraph, "☒" if ticked else "☐")

    def add_option(self, paragraph: Paragraph, option: Option, gap: bool) -> None:
        """Add a tick mark and its label to a paragraph."""
        if gap:
            paragraph.add_run("   ")
        self.add_mark(paragraph, option.ticked)
        paragraph.add_run(" " + option.label)

    # ------------------------------------------------------------ cells

    def cell_paragraph(self, cell: _Cell) -> Paragraph:
        """Return the cell's empty first paragraph, or a new one."""
        first = cell.paragraphs[0]
        if len(cell.paragraphs) == 1 and not first.runs and not first._p.findall(qn("w:sdt")):
            return first
        return cell.add_paragraph()

    def add_hyperlink(self, paragraph: Paragraph, text: str, url: str) -> None:
        """Add an external hyperlink whose visible text is only the name."""
        r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), r_id)
        run = paragraph.add_run(text)
        run.font.underline = True
        run.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        link.append(run._r)
        paragraph._p.append(link)

    def fill_cell(self, cell: _Cell, parts: tuple[Part, ...]) -> None:
        """Write value parts into a table cell."""
        for part in parts:
            if isinstance(part, Text):
                for line in part.text.split("\n"):
                    self.cell_paragraph(cell).add_run(line)
            elif isinstance(part, Options):
                if part.vertical:
                    for option in part.items:
                        self.add_option(self.cell_paragraph(cell), option, gap=False)
                else:
                    paragraph = self.cell_paragraph(cell)
                    for n, option in enumerate(part.items):
                        self.add_option(paragraph, option, gap=n > 0)
            elif isinstance(part, Links):
                self.fill_links(cell, part)

    def fill_links(self, cell: _Cell, links: Links) -> None:
        """Write one dataset per paragraph, as text with URL or as a hyperlink."""
        for dataset in links.items:
            paragraph = self.cell_paragraph(cell)
            if self.layout.links == "annotation" and dataset.url:
                self.add_hyperlink(paragraph, dataset.name, dataset.url)
            elif dataset.url:
                paragraph.add_run(f"{dataset.name} – {dataset.url}")
            else:
                paragraph.add_run(dataset.name)

    def shade(self, cell: _Cell) -> None:
        """Give a cell the light label background."""
        shd = parse_xml(
            f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{LABEL_FILL}"/>'
        )
        cell._tc.get_or_add_tcPr().append(shd)

    def new_table(self, widths: list[float]) -> Table:
        """Add a bordered table with fixed column widths."""
        table = self.doc.add_table(rows=0, cols=len(widths))
        table.style = "Table Grid"
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)
        return table

    def add_row(self, table: Table, widths: list[float]) -> list[_Cell]:
        """Add a row and set its cell widths."""
        cells = table.add_row().cells
        for cell, width in zip(cells, widths, strict=True):
            cell.width = Cm(width)
        return list(cells)

    # ------------------------------------------------------------ blocks

    def row(self, block: Row) -> None:
        widths = [TEXT_WIDTH_CM * 0.35, TEXT_WIDTH_CM * 0.65]
        if self.table is None:
            self.table = self.new_table(widths)
        label, value = self.add_row(self.table, widths)
        self.shade(label)
        label.paragraphs[0].add_run(block.label)
        self.fill_cell(value, block.parts)

    def modality_table(self, block: ModalityTable) -> None:
        widths = [TEXT_WIDTH_CM * 0.2, TEXT_WIDTH_CM * 0.38, TEXT_WIDTH_CM * 0.42]
        table = self.new_table(widths)
        for cell, header in zip(self.add_row(table, widths), block.headers, strict=True):
            self.shade(cell)
            cell.paragraphs[0].add_run(header).bold = True
        for row in block.rows:
            cells = self.add_row(table, widths)
            self.fill_cell(cells[0], (Options((row.modality,)),))
            self.fill_cell(cells[1], (row.size,))
            self.fill_cell(cells[2], (Text(row.content),))

    def render(self, blocks: list[Block]) -> bytes:
        """Add every block and return the DOCX bytes."""
        doc = self.doc
        for block in blocks:
            if not isinstance(block, Row):
                self.table = None
            if isinstance(block, Title):
                doc.add_paragraph(block.text, style="Title")
            elif isinstance(block, MetaLine):
                paragraph = doc.add_paragraph()
                paragraph.add_run(block.label + " ").bold = True
                paragraph.add_run(block.value)
            elif isinstance(block, Heading):
                doc.add_heading(block.display, level=block.level)
            elif isinstance(block, Row):
                self.row(block)
            elif isinstance(block, ModalityTable):
                self.modality_table(block)
            elif isinstance(block, Prose):
                if block.kind == "h":
                    doc.add_heading(block.text, level=2)
                else:
                    doc.add_paragraph(block.text)
            elif isinstance(block, PageBreak):
                doc.add_page_break()
        buffer = io.BytesIO()
        doc.save(buffer)
        return normalise_zip(buffer.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so that every run writes the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def render_docx(
    blocks: list[Block], tick_style: str, layout: Layout, title: str, author: str
) -> bytes:
    """Return a DOCX of the blocks."""
    return DocxRenderer(tick_style, layout, title, author).render(blocks)
