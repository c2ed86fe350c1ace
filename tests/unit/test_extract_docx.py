from __future__ import annotations

import random
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from trainaudit.errors import InputError, InputProblem
from trainaudit.extract.docx import read_docx

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def content_control_checkbox(checked: bool):
    """A w14:checkbox content control as Word writes it, glyph included."""
    value, glyph = ("1", "☒") if checked else ("0", "☐")
    return parse_xml(
        f"<w:sdt {nsdecls('w')} {W14}><w:sdtPr><w14:checkbox>"
        f'<w14:checked w14:val="{value}"/></w14:checkbox></w:sdtPr>'
        f"<w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
    )


def symbol_run(char: str, font: str = "Wingdings"):
    return parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="{font}" w:char="{char}"/></w:r>')


def legacy_checkbox(default: str):
    return parse_xml(
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox>'
        f'<w:sizeAuto/><w:default w:val="{default}"/></w:checkBox></w:ffData></w:fldChar></w:r>'
    )


def save(document, tmp_path: Path, name: str = "doc.docx") -> Path:
    path = tmp_path / name
    document.save(str(path))
    return path


def test_paragraphs_and_table_in_body_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("1.1 Provider identification", level=2)
    document.add_paragraph("Before the table")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Provider name"
    table.cell(0, 1).text = "Acme"
    table.cell(1, 0).text = "Version"
    table.cell(1, 1).text = "v1"
    document.add_paragraph("After the table")
    layout = read_docx(save(document, tmp_path))
    assert [(b.heading, b.cell, b.text) for b in layout.blocks] == [
        (True, None, "1.1 Provider identification"),
        (False, None, "Before the table"),
        (False, (0, 0, 0), "Provider name"),
        (False, (0, 0, 1), "Acme"),
        (False, (0, 1, 0), "Version"),
        (False, (0, 1, 1), "v1"),
        (False, None, "After the table"),
    ]


def test_second_table_gets_the_next_table_number(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_table(rows=1, cols=1).cell(0, 0).text = "first"
    document.add_paragraph("between")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "second"
    cells = [b.cell for b in read_docx(save(document, tmp_path)).blocks]
    assert cells == [(0, 0, 0), None, (1, 0, 0)]


def test_line_break_in_a_paragraph_splits_lines(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("one").add_run().add_break()
    document.paragraphs[-1].add_run("two")
    assert read_docx(save(document, tmp_path)).blocks[0].text == "one\ntwo"


def test_empty_paragraphs_give_no_block(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("")
    document.add_paragraph("   ")
    document.add_paragraph("text")
    assert [b.text for b in read_docx(save(document, tmp_path)).blocks] == ["text"]


def test_content_control_checkboxes_become_one_marker_each(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph._p.append(content_control_checkbox(True))
    paragraph.add_run(" Yes ")
    paragraph._p.append(content_control_checkbox(False))
    paragraph.add_run(" No")
    assert read_docx(save(document, tmp_path)).blocks[0].text == "☒ Yes ☐ No"


def test_wingdings_symbol_runs_become_markers(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph._p.append(symbol_run("F0FE"))
    paragraph.add_run(" Text ")
    paragraph._p.append(symbol_run("F0A8"))
    paragraph.add_run(" Image")
    assert read_docx(save(document, tmp_path)).blocks[0].text == "☒ Text ☐ Image"


def test_symbol_run_in_a_text_font_is_dropped(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph._p.append(symbol_run("F0FE", font="Arial"))
    paragraph.add_run("Text")
    assert read_docx(save(document, tmp_path)).blocks[0].text == "Text"


@pytest.mark.parametrize(("default", "marker"), [("1", "☒"), ("0", "☐")])
def test_legacy_form_checkbox_becomes_a_marker(tmp_path: Path, default: str, marker: str) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph._p.append(legacy_checkbox(default))
    paragraph.add_run("Yes")
    assert read_docx(save(document, tmp_path)).blocks[0].text == f"{marker} Yes"


def test_ticks_in_table_cells_become_markers(tmp_path: Path) -> None:
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    paragraph = cell.paragraphs[0]
    paragraph._p.append(symbol_run("F0A8"))
    paragraph.add_run("Yes ")
    paragraph._p.append(symbol_run("F0FE"))
    paragraph.add_run("No")
    assert read_docx(save(document, tmp_path)).blocks[0].text == "☐ Yes ☒ No"


def test_random_bytes_named_docx_are_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "random.docx"
    path.write_bytes(random.Random(7).randbytes(600))
    with pytest.raises(InputError) as caught:
        read_docx(path)
    assert caught.value.problem is InputProblem.CORRUPT


def test_zip_without_a_document_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "notword.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    with pytest.raises(InputError) as caught:
        read_docx(path)
    assert caught.value.problem is InputProblem.CORRUPT


def test_truncated_document_xml_is_corrupt(tmp_path: Path) -> None:
    good = save(docx.Document(), tmp_path, "good.docx")
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    with pytest.raises(InputError) as caught:
        read_docx(broken)
    assert caught.value.problem is InputProblem.CORRUPT
