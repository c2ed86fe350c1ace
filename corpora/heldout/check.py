# ruff: noqa: E501, PERF401
"""Consistency check of the held-out set: gold values against the documents' own text.

    python corpora/heldout/check.py [DIR]      (default: corpora/heldout/summaries)

This does not use trainaudit. It reads each document's text layer with generic
tools (pdfplumber, python-docx, html.parser) and checks that every non-null
text value of the gold file appears in the document (whitespace folded), that
names, URLs and shown dates are there, and that each gold domain occurs in the
document as a host name. It also reports PDF page counts and sizes.
"""

from __future__ import annotations

import json
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from content import DOCS, FIELD_TYPES, S


def fold(s: str) -> str:
    return " ".join(s.split())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, _attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


# left edges (mm) of the answer columns of the multi-column PDFs: text is also
# read from page crops starting there, so that a value is not interleaved with
# the label column printed beside it
COLUMNS_MM = {
    "h01_veltria_core21": [79.0, 113.0],
    "h02_brightwater_tern8b": [80.0, 108.0],
    "h04_calderon_lince3_report": [76.0, 96.0],
}


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber

        parts = []
        with pdfplumber.open(path) as pdf:
            parts.append("\n".join(p.extract_text() or "" for p in pdf.pages))
            for x_mm in COLUMNS_MM.get(path.stem, []):
                x = x_mm * 72 / 25.4 - 1
                parts.append(
                    "\n".join(
                        p.crop((x, 0, p.width, p.height)).extract_text() or "" for p in pdf.pages
                    )
                )
        return "\n\f\n".join(parts)
    if path.suffix == ".docx":
        import re

        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        xml = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", xml)
        return (
            re.sub(r"<[^>]+>", "", xml)
            .replace("&amp;", "&")
            .replace("&apos;", "'")
            .replace("&quot;", '"')
        )
    if path.suffix == ".html":
        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        return "".join(p.out)
    return path.read_text(encoding="utf-8")


def main(argv: list[str]) -> int:
    d = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "summaries"
    problems = 0
    for doc in DOCS:
        files = [p for p in d.glob(doc.name + ".*") if not p.name.endswith(".expected.json")]
        assert len(files) == 1, files
        path = files[0]
        gold = json.loads((d / f"{doc.name}.expected.json").read_text(encoding="utf-8"))
        text = text_of(path)
        flat = fold(text)
        low = flat.lower()
        miss: list[str] = []
        for fid, typ in FIELD_TYPES.items():
            g = gold[fid]
            if typ == "text" and g is not None:
                if fold(g) not in flat:
                    miss.append(f"{fid}: {g[:70]!r}")
            elif typ == "list":
                for s in g:
                    if s not in flat:
                        miss.append(f"{fid}: {s!r}")
            elif typ == "datasets":
                for x in g:
                    for s in (x["name"], x["url"]):
                        if s and s not in flat:
                            miss.append(f"{fid}: {s!r}")
            elif typ == "domains":
                for dom in g:
                    if dom not in low:
                        miss.append(f"{fid}: {dom!r}")
            v = doc.f[fid]
            if isinstance(v, S) and isinstance(v.show, str) and v.show and fold(v.show) not in flat:
                miss.append(f"{fid} (shown): {v.show[:70]!r}")
        info = ""
        if path.suffix == ".pdf":
            import pdfplumber

            with pdfplumber.open(path) as pdf:
                info = f"{len(pdf.pages)} pages, {len(text)} chars of text"
        print(
            f"{path.name:36s} {path.stat().st_size:>7d} B  {info}  {'OK' if not miss else 'MISSING:'}"
        )
        for m in miss:
            print("    ", m)
        problems += len(miss)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
