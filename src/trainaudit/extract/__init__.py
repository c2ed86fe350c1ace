"""Readers for every supported format, chosen by content and file name."""

from __future__ import annotations

import zipfile
from pathlib import Path

from trainaudit.errors import InputError, InputProblem
from trainaudit.extract.layout import Layout

#: Files larger than this are refused before they are parsed.
MAX_BYTES = 100 * 1024 * 1024

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html",
    "markdown": "text/markdown",
    "text": "text/plain",
}
_SUFFIXES = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
}


def sniff(path: Path, head: bytes) -> str:
    """Return the format of a file from its first bytes, falling back to its suffix."""
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                if "word/document.xml" in archive.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            pass
        if path.suffix.lower() == ".docx":
            return "docx"
        raise InputError(str(path), InputProblem.UNSUPPORTED_TYPE, "a ZIP archive, not a DOCX file")
    kind = _SUFFIXES.get(path.suffix.lower())
    lowered = head[:2048].lower()
    if kind is None and (b"<html" in lowered or b"<!doctype html" in lowered):
        return "html"
    if kind == "pdf":
        raise InputError(str(path), InputProblem.CORRUPT, "named .pdf but has no PDF header")
    if kind is None:
        if b"\x00" in head[:4096]:
            raise InputError(
                str(path),
                InputProblem.UNSUPPORTED_TYPE,
                f"unsupported file type {path.suffix or '(no suffix)'}: expected PDF, DOCX, "
                "HTML, Markdown or text",
            )
        return "text"
    return kind


def _decode(path: Path, data: bytes) -> str:
    for encoding in (
        ("utf-8-sig", "utf-16") if data[:2] in {b"\xff\xfe", b"\xfe\xff"} else ("utf-8-sig",)
    ):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(
            str(path), InputProblem.CORRUPT, "the text is not UTF-8 or cp1252"
        ) from exc


def read_layout(path: Path) -> tuple[str, Layout]:
    """Read any supported document into a layout; return its format name and the layout."""
    if not path.exists():
        raise InputError(str(path), InputProblem.NOT_FOUND, "no such file")
    if path.is_dir():
        raise InputError(str(path), InputProblem.UNSUPPORTED_TYPE, "is a directory, not a document")
    size = path.stat().st_size
    if size == 0:
        raise InputError(str(path), InputProblem.EMPTY, "the file is empty")
    if size > MAX_BYTES:
        raise InputError(
            str(path),
            InputProblem.TOO_LARGE,
            f"the file is {size / 2**20:.0f} MiB, more than the limit of {MAX_BYTES // 2**20} MiB",
        )
    with path.open("rb") as handle:
        head = handle.read(4096)
    kind = sniff(path, head)
    if kind == "pdf":
        from trainaudit.extract.pdf import read_pdf

        return kind, read_pdf(path)
    if kind == "docx":
        from trainaudit.extract.docx import read_docx

        return kind, read_docx(path)
    text = _decode(path, path.read_bytes())
    if not text.strip():
        raise InputError(str(path), InputProblem.EMPTY, "the file holds no text")
    if kind == "html":
        from trainaudit.extract.html import read_html

        return kind, read_html(text)
    from trainaudit.extract.text import read_text

    return kind, read_text(text, markdown=kind == "markdown")
