"""The extract command: formats, exit codes and one-line errors for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import CORPUS
from trainaudit.cli import app

runner = CliRunner()

SUMMARY_MD = """# Public Summary of Training Content for Testmodel-1

Version of the Summary: 1.0

Last update: 02/03/2026

## 1.1. Provider identification

Provider name and contact details: Example Labs GmbH, legal@example-labs.eu

Authorised representative name and contact details: N/A

## 1.2. Model identification

Versioned model name(s): Testmodel-1

Model dependencies: N/A

Date of placement of the model on the Union market: 03/03/2026

## 2.1. Publicly available datasets

Have you used publicly available datasets to train the model?

- [x] Yes
- [ ] No

## 2.3. Data crawled and scraped from online sources

Were crawlers used by the provider or on behalf of? [ ] Yes [x] No

## 3.2. Removal of illegal content

General description of measures taken: Keyword and classifier filtering.
"""


@pytest.fixture
def summary_md(tmp_path: Path) -> Path:
    path = tmp_path / "summary.md"
    path.write_text(SUMMARY_MD, encoding="utf-8")
    return path


def test_extract_one_file_prints_one_object(summary_md: Path) -> None:
    result = runner.invoke(app, ["extract", str(summary_md)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["provider"]["name"]["value"] == "Example Labs GmbH"
    assert data["public_datasets"]["used"]["value"] == "yes"
    assert data["crawling"]["used"]["value"] == "no"
    assert data["document"]["last_update"]["value"] == "2026-03-02"
    assert data["model"]["names"]["value"] == ["Testmodel-1"]
    assert data["crawling"]["crawlers"]["state"] == "missing"


def test_extract_several_files_prints_an_array(summary_md: Path) -> None:
    result = runner.invoke(app, ["extract", str(summary_md), str(summary_md)])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 2


def test_extract_table_marks_unknown_and_missing(summary_md: Path) -> None:
    result = runner.invoke(app, ["extract", "--format", "table", str(summary_md)])
    assert result.exit_code == 0
    assert "missing" in result.stdout
    assert "provider.name" in result.stdout


def test_extract_output_dir_writes_one_json_per_document(summary_md: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(summary_md), "-o", str(out)])
    assert result.exit_code == 0
    written = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert written["_source"]["media_type"] == "text/markdown"
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.pdf", b"", "the file is empty"),
        ("truncated.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", "corrupt"),
        ("random.bin", bytes(range(256)) * 4, "unsupported file type"),
        ("letter.txt", b"Dear Sir,\nplease find attached our invoice.\n", "no template structure"),
    ],
)
def test_bad_input_gives_one_line_error_and_exit_2(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert str(path) in lines[0]
    assert reason in lines[0]
    assert "Traceback" not in result.output


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.pdf")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_good_files_are_still_extracted_when_one_fails(summary_md: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    result = runner.invoke(app, ["extract", str(summary_md), str(bad)])
    assert result.exit_code == 2
    assert len(json.loads(result.stdout)) == 1
    assert "1 of 2 documents could not be read" in result.stderr


def test_real_malformed_pdfs_never_traceback(shared: Path) -> None:
    for pdf in sorted((shared / "data" / "bad-inputs").glob("*.pdf")):
        result = runner.invoke(app, ["extract", str(pdf)])
        assert result.exit_code == 2, pdf
        assert "Traceback" not in result.output
        assert str(pdf) in result.stderr


def test_encrypted_pdf_is_named_as_such(shared: Path) -> None:
    pdf = shared / "data" / "bad-inputs" / "password-example.pdf"
    result = runner.invoke(app, ["extract", str(pdf)])
    assert "encrypted or password-protected" in result.stderr


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("trainaudit ")


def test_a_pdf_over_the_page_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import trainaudit.extract.pdf as pdf_reader

    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2)
    path = CORPUS / "tessera_bundle_letter_x.pdf"
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    assert "9 pages, more than the limit of 2" in result.stderr


def test_a_scanned_pdf_asks_for_ocr() -> None:
    result = runner.invoke(app, ["extract", str(CORPUS / "lumen7b_scanned.pdf")])
    assert result.exit_code == 2
    assert "OCR is needed" in result.stderr


def test_debug_shows_the_cause_of_a_damaged_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ntrailer garbage")
    quiet = runner.invoke(app, ["extract", str(bad)])
    assert quiet.exit_code == 2
    assert quiet.exception is None or isinstance(quiet.exception, SystemExit)
    loud = runner.invoke(app, ["--debug", "extract", str(bad)])
    assert loud.exception is not None and not isinstance(loud.exception, SystemExit)


def test_a_directory_is_searched_for_documents() -> None:
    result = runner.invoke(app, ["extract", str(CORPUS), "-f", "json"])
    documents = json.loads(result.stdout)
    suffixes = {".pdf", ".docx", ".html", ".md", ".txt"}
    readable = [p for p in CORPUS.iterdir() if p.suffix in suffixes and p.stem != "README"]
    assert result.exit_code == 2  # the corpus holds a scanned page and a non-summary
    assert len(documents) == len(readable) - 2
    assert "2 of" in result.stderr
