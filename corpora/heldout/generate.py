# ruff: noqa: E501, D101, D401, PERF401
"""Write the held-out summaries and their gold files.

    python corpora/heldout/generate.py [OUTDIR]      (default: corpora/heldout/summaries)

Ten fictional Public Summaries of Training Content, each laid out differently
(PDF, DOCX, HTML, Markdown, plain text), plus one ``<name>.expected.json``
per document: a flat map from every field id of
``shared/spec/template-fields.md`` (in table order) to its gold value.

The output is deterministic: running twice gives byte-identical files.
The content lives in ``content.py``; this file only lays it out.
"""

from __future__ import annotations

import datetime as _dt
import html
import io
import json
import re
import sys
import textwrap
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from content import DOCS, FIELD_TYPES, FIELDS, Doc, S

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DT = _dt.datetime(2026, 8, 20, 9, 0, 0, tzinfo=_dt.UTC)

# ---------------------------------------------------------------------------
# Template vocabulary
# ---------------------------------------------------------------------------
MOD_ORDER = ["text", "image", "video", "audio"]  # template order of modality ticks (+ other)
MOD_NAME = {"text": "Text", "image": "Image", "audio": "Audio", "video": "Video", "other": "Other"}
ROW_ORDER = ["text", "image", "audio", "video", "other"]  # rows of the 1.3 table

SIZE_LABELS = {
    "text": [
        ("lt_1b_tokens", "Less than 1 billion tokens"),
        ("1b_to_10t_tokens", "1 billion to 10 trillion tokens"),
        ("gt_10t_tokens", "More than 10 trillion tokens"),
    ],
    "image": [
        ("lt_1m_images", "Less than 1 million images"),
        ("1m_to_1b_images", "1 million to 1 billion images"),
        ("gt_1b_images", "More than 1 billion images"),
    ],
    "audio": [
        ("lt_10k_hours", "Less than 10 000 hours"),
        ("10k_to_1m_hours", "10 000 to 1 million hours"),
        ("gt_1m_hours", "More than 1 million hours"),
    ],
}
SIZE_LABELS["video"] = SIZE_LABELS["audio"]
# the template's own spelling, typos included
SIZE_LABELS_TEMPLATE = {
    "text": [
        ("lt_1b_tokens", "Less than 1 billion tokens"),
        ("1b_to_10t_tokens", "1billion to10 trillions tokens"),
        ("gt_10t_tokens", "More than 10 trillions tokens"),
    ],
    "image": [
        ("lt_1m_images", "Less than 1 million images"),
        ("1m_to_1b_images", "1Million to1 billion images"),
        ("gt_1b_images", "More than 1 billion images"),
    ],
    "audio": [
        ("lt_10k_hours", "Less than 10 000 hours"),
        ("10k_to_1m_hours", "10 000 to1 million hours"),
        ("gt_1m_hours", "More than 1 million hours"),
    ],
}
SIZE_LABELS_TEMPLATE["video"] = SIZE_LABELS_TEMPLATE["audio"]

L = {  # template labels, by field id or item key
    "document.version": "Version of the Summary:",
    "document.last_update": "Last update:",
    "provider": "Provider name and contact details:",
    "provider.authorised_representative": "Authorised representative name and contact details:",
    "model.names": "Versioned model name(s):",
    "model.dependencies": "Model dependencies:",
    "model.placement_date": "Date of placement of the model on the Union market:",
    "data.latest_collection_date": "Latest date of data acquisition/collection for model training:",
    "data.languages": "Description of the linguistic characteristics of the overall training data:",
    "data.other_characteristics": "Other relevant characteristics of the overall training data:",
    "public_datasets.used": "Have you used publicly available datasets to train the model?",
    "public_datasets.modalities": "If yes, specify the modality(ies) of the content covered by the datasets concerned:",
    "public_datasets.large": "List of large publicly available datasets:",
    "public_datasets.other_description": "General description of other publicly available datasets not listed above:",
    "licensed_data.used": "Have you concluded transactional commercial licensing agreement(s) with rightsholder(s) or with their representatives?",
    "licensed_data.modalities": "If yes, specify the modality(ies) of the content covered by the datasets concerned:",
    "private_datasets.used": "Have you obtained private datasets from third parties that are not licensed as described in Section 2.2.1, such as data obtained from providers of private databases, or data intermediaries?",
    "private_datasets.modalities": "If yes, specify the modality(ies) of the content covered by the datasets concerned:",
    "private_datasets.listed": "If publicly known, list private datasets obtained from other third parties:",
    "private_datasets.description": "General description of non-publicly known private datasets obtained from third parties:",
    "crawling.used": "Were crawlers used by the provider or on behalf of?",
    "crawling.crawlers": "If yes, specify crawler name(s)/identifier(s):",
    "crawling.purposes": "Purposes of the crawler(s):",
    "crawling.behaviour": "General description of crawler behaviour:",
    "crawling.period": "Period of data collection:",
    "crawling.content_description": "Comprehensive description of the type of content and online sources crawled:",
    "crawling.modalities": "Type of modality covered:",
    "crawling.top_domains": "Summary of the most relevant domain names crawled:",
    "user_data.from_model_interactions": "Was data from user interactions with the AI model (e.g. user input and prompts) used to train the model?",
    "user_data.from_other_services": "Was data collected from user interactions with the provider's other services or products used to train the model?",
    "user_data.description": "If yes, provide a general description of the provider's services or products that were used to collect the user data:",
    "user_data.modalities": "Type of modality covered:",
    "synthetic_data.used": "Was synthetic AI-generated data created by the provider or on their behalf to train the model?",
    "synthetic_data.modalities": "If yes, modality of the synthetic data:",
    "synthetic_data.generator_models": "If yes, specify the general-purpose AI model(s) used to generate the synthetic data if available on the market:",
    "synthetic_data.other_models": "Information about other AI models, including provider's own AI model(s) not available on the market, used to generate synthetic data to train the model to which this Summary applies:",
    "other_sources.used": "Have data sources other than those described in Sections 2.1 to 2.5 been used to train the model?",
    "other_sources.description": "If yes, provide a narrative description of these data sources and the data:",
    "tdm.code_of_practice_signatory": "Are you a Signatory to the Code of Practice for general-purpose AI models that includes commitments to respect reservations of rights from the TDM exception or limitation?",
    "tdm.measures": "Describe the measures implemented before model training to respect reservations of rights from the TDM exception or limitation before and during data collection, including the opt-out protocols and solutions honoured by the provider or, as applicable, by third parties from which datasets have been obtained:",
    "illegal_content.measures": "General description of measures taken:",
    "other_information": "Other relevant information about data processing (optional):",
    "comments": "Additional comments (optional):",
}

HEADINGS = {
    "1": "General information",
    "1.1": "Provider identification",
    "1.2": "Model identification",
    "1.3": "Modalities, overall training data size and other characteristics",
    "2": "List of data sources",
    "2.1": "Publicly available datasets",
    "2.2": "Private non-publicly available datasets obtained from third parties",
    "2.2.1": "Datasets commercially licensed by rightsholders or their representatives",
    "2.2.2": "Private datasets obtained from other third parties",
    "2.3": "Data crawled and scraped from online sources",
    "2.4": "User data",
    "2.5": "Synthetic data",
    "2.6": "Other sources of data",
    "3": "Data processing aspects",
    "3.1": "Respect of reservation of rights from text and data mining exception or limitation",
    "3.2": "Removal of illegal content",
    "3.3": "Other information (optional)",
}

TITLE = (
    "Template for the Public Summary of Training Content for General-Purpose AI models "
    "required by Article 53 (1)(d) of Regulation (EU) 2024/1689 (AI Act)"
)

# The template in order: (kind, key). kind: sec | field | yn | mods | t13 | comment | provider
STRUCTURE: list[tuple[str, str]] = [
    ("field", "document.version"),
    ("field", "document.last_update"),
    ("sec", "1"),
    ("sec", "1.1"),
    ("provider", "provider"),
    ("field", "provider.authorised_representative"),
    ("sec", "1.2"),
    ("field", "model.names"),
    ("field", "model.dependencies"),
    ("field", "model.placement_date"),
    ("sec", "1.3"),
    ("t13", "t13"),
    ("field", "data.latest_collection_date"),
    ("field", "data.languages"),
    ("field", "data.other_characteristics"),
    ("comment", "1.3"),
    ("sec", "2"),
    ("sec", "2.1"),
    ("yn", "public_datasets.used"),
    ("mods", "public_datasets.modalities"),
    ("field", "public_datasets.large"),
    ("field", "public_datasets.other_description"),
    ("comment", "2.1"),
    ("sec", "2.2"),
    ("sec", "2.2.1"),
    ("yn", "licensed_data.used"),
    ("mods", "licensed_data.modalities"),
    ("comment", "2.2.1"),
    ("sec", "2.2.2"),
    ("yn", "private_datasets.used"),
    ("mods", "private_datasets.modalities"),
    ("field", "private_datasets.listed"),
    ("field", "private_datasets.description"),
    ("comment", "2.2.2"),
    ("sec", "2.3"),
    ("yn", "crawling.used"),
    ("field", "crawling.crawlers"),
    ("field", "crawling.purposes"),
    ("field", "crawling.behaviour"),
    ("field", "crawling.period"),
    ("field", "crawling.content_description"),
    ("mods", "crawling.modalities"),
    ("field", "crawling.top_domains"),
    ("comment", "2.3"),
    ("sec", "2.4"),
    ("yn", "user_data.from_model_interactions"),
    ("yn", "user_data.from_other_services"),
    ("field", "user_data.description"),
    ("mods", "user_data.modalities"),
    ("comment", "2.4"),
    ("sec", "2.5"),
    ("yn", "synthetic_data.used"),
    ("mods", "synthetic_data.modalities"),
    ("field", "synthetic_data.generator_models"),
    ("field", "synthetic_data.other_models"),
    ("comment", "2.5"),
    ("sec", "2.6"),
    ("yn", "other_sources.used"),
    ("field", "other_sources.description"),
    ("comment", "2.6"),
    ("sec", "3"),
    ("sec", "3.1"),
    ("yn", "tdm.code_of_practice_signatory"),
    ("field", "tdm.measures"),
    ("comment", "3.1"),
    ("sec", "3.2"),
    ("field", "illegal_content.measures"),
    ("sec", "3.3"),
    ("field", "other_information"),
]


def section_of(key: str) -> str:
    """The section number an item belongs to (for omitting sections)."""
    cur = ""
    for kind, k in STRUCTURE:
        if kind == "sec":
            cur = k
        if k == key:
            return cur
    raise KeyError(key)


def items(doc: Doc, omit: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """STRUCTURE minus omitted sections and comment boxes the document has no text for."""
    out = []
    comments = doc.x.get("comments", {})
    for kind, key in STRUCTURE:
        if kind == "sec":
            if key in omit:
                continue
        elif section_of(key) in omit:
            continue
        if kind == "comment" and key not in comments:
            continue
        out.append((kind, key))
    return out


# ---------------------------------------------------------------------------
# Value formatting shared by the renderers
# ---------------------------------------------------------------------------
def fold(s: str) -> str:
    return " ".join(s.split())


def show_text(
    doc: Doc,
    fid: str,
    *,
    na: str = "N/A",
    list_sep: str = "\n",
    ds: Callable[[dict], str] | None = None,
) -> str:
    """The printed answer of a non-tick field."""
    v = doc.f[fid]
    if isinstance(v, S):
        shown = v.show
        if isinstance(shown, str):
            return shown
        v = shown
    if v is None:
        return na
    if isinstance(v, list):
        if not v:
            return na
        if isinstance(v[0], dict):
            fmt = ds or (lambda d: f"{d['name']} – {d['url']}" if d["url"] else d["name"])
            return list_sep.join(fmt(d) for d in v)
        return list_sep.join(v)
    return str(v)


def sizes_for(doc: Doc, mod: str) -> list[tuple[str, str]]:
    return (SIZE_LABELS_TEMPLATE if doc.x.get("template_size_labels") else SIZE_LABELS)[mod]


def size_written(doc: Doc, mod: str) -> str | None:
    """A size given in words/numbers instead of a tick, if any."""
    v = doc.f.get(f"modalities.{mod}.size")
    return v.show if isinstance(v, S) else None


def mods_words(mods: list[str]) -> str:
    return ", ".join(MOD_NAME[m] for m in [*MOD_ORDER, "other"] if m in mods)


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------
SIZE_TOKENS = {m: {t for t, _ in SIZE_LABELS[m]} for m in SIZE_LABELS}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DOMAIN_RE = re.compile(r"^[a-z0-9.-]+\.[a-z0-9-]+$")


def validate(doc: Doc) -> None:
    missing = [fid for fid, _ in FIELDS if fid not in doc.f]
    extra = [k for k in doc.f if k not in FIELD_TYPES]
    assert not missing and not extra, (doc.name, missing, extra)
    for fid, typ in FIELDS:
        g = doc.gold(fid)
        bad = f"{doc.name}: {fid} = {g!r}"
        if typ == "tristate":
            allowed = {"yes", "no", "unknown"} | (
                {"other"} if fid == "licensed_data.used" else set()
            )
            assert g in allowed, bad
        elif typ == "text":
            assert g is None or (isinstance(g, str) and g == fold(g) and g), bad
            assert g not in ("N/A", "NA", "-", "None"), bad
        elif typ == "date":
            assert g is None or DATE_RE.match(g), bad
        elif typ == "size":
            mod = fid.split(".")[1]
            assert g is None or g in SIZE_TOKENS[mod], bad
        elif typ == "modalities":
            assert isinstance(g, list) and g == sorted(set(g)), bad
            assert set(g) <= {"text", "image", "audio", "video", "other"}, bad
        elif typ == "list":
            assert isinstance(g, list) and all(isinstance(s, str) and s for s in g), bad
        elif typ == "datasets":
            assert isinstance(g, list) and all(set(d) == {"name", "url"} for d in g), bad
        elif typ == "domains":
            assert isinstance(g, list) and len(g) == len(set(g)), bad
            assert all(DOMAIN_RE.match(d) for d in g), bad
        elif typ == "period":
            assert g is None or (
                set(g) == {"from", "to"} and all(v is None or DATE_RE.match(v) for v in g.values())
            ), bad
    # follow-ups of a "no" are empty
    for prefix, parent in [
        ("public_datasets.", "public_datasets.used"),
        ("licensed_data.", "licensed_data.used"),
        ("private_datasets.", "private_datasets.used"),
        ("crawling.", "crawling.used"),
        ("synthetic_data.", "synthetic_data.used"),
        ("other_sources.", "other_sources.used"),
    ]:
        if doc.gold(parent) == "no":
            for fid, _ in FIELDS:
                if fid.startswith(prefix) and fid != parent:
                    assert doc.gold(fid) in (None, []), f"{doc.name}: {fid} should be empty"
    for mod in ["text", "image", "audio", "video", "other"]:
        if doc.gold(f"modalities.{mod}.selected") == "no":
            assert doc.gold(f"modalities.{mod}.content") is None
            if mod != "other":
                assert doc.gold(f"modalities.{mod}.size") is None


def gold_json(doc: Doc) -> str:
    out: dict[str, Any] = {fid: doc.gold(fid) for fid, _ in FIELDS}
    if doc.notes:
        out["_notes"] = dict(doc.notes)
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------
# PDF helpers (fpdf2)
# ---------------------------------------------------------------------------
from fpdf import FPDF  # noqa: E402


class BasePDF(FPDF):
    def __init__(
        self,
        header_text: str = "",
        footer_text: str = "",
        total_pages: bool = True,
        fonts: tuple[str, ...] = ("dv", "dvB"),
    ):
        super().__init__(orientation="P", unit="mm", format="A4")
        for fam, files in {
            "dv": {
                "": "DejaVuSans.ttf",
                "B": "DejaVuSans-Bold.ttf",
                "I": "DejaVuSans-Oblique.ttf",
                "BI": "DejaVuSans-BoldOblique.ttf",
            },
            "dvc": {
                "": "DejaVuSansCondensed.ttf",
                "B": "DejaVuSansCondensed-Bold.ttf",
                "I": "DejaVuSansCondensed-Oblique.ttf",
            },
            "dvs": {
                "": "DejaVuSerif.ttf",
                "B": "DejaVuSerif-Bold.ttf",
                "I": "DejaVuSerif-Italic.ttf",
            },
        }.items():
            for style, fn in files.items():
                if fam + style in fonts:  # embed only what the document uses
                    self.add_font(fam, style, str(FONT_DIR / fn))
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(False)
        self.header_text = header_text
        self.footer_text = footer_text
        self.total_pages = total_pages
        self.hf_font = "dvc" if "dvc" in fonts and "dv" not in fonts else "dv"
        self.set_draw_color(0, 0, 0)

    def header(self) -> None:
        if self.header_text:
            self.set_font(self.hf_font, "", 7.5)
            self.set_text_color(110, 110, 110)
            self.set_xy(self.l_margin, 8)
            self.cell(0, 4, self.header_text, align="L")
            self.set_text_color(0, 0, 0)
            self.set_y(self.t_margin)

    def footer(self) -> None:
        if self.footer_text is not None:
            self.set_font(self.hf_font, "", 7.5)
            self.set_text_color(110, 110, 110)
            self.set_xy(self.l_margin, self.h - 11)
            page = f"Page {self.page_no()} of {{nb}}" if self.total_pages else f"{self.page_no()}"
            self.cell(0, 4, self.footer_text, align="L")
            self.set_xy(self.l_margin, self.h - 11)
            self.cell(0, 4, page, align="R")
            self.set_text_color(0, 0, 0)

    # text measurement
    def nlines(self, w: float, text: str) -> int:
        if not text:
            return 1
        return len(self.multi_cell(w, 4, text, dry_run=True, output="LINES"))

    def room(self, h: float) -> None:
        if self.get_y() + h > self.h - 18:
            self.add_page()


def pdf_bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# 1. PDF: three-column yes/no rows with drawn boxes, thin ruling
# ---------------------------------------------------------------------------
def render_d1(doc: Doc) -> bytes:
    pdf = BasePDF(
        footer_text="Veltria Systems GmbH · Public Summary of Training Content · Veltria Core 2.1"
    )
    pdf.set_margins(15, 16, 15)
    pdf.add_page()
    W = pdf.w - 30
    LH = 4.2
    PAD = 1.6
    pdf.set_line_width(0.15)
    pdf.set_draw_color(95, 95, 95)

    pdf.set_font("dv", "B", 14)
    pdf.multi_cell(
        W,
        7,
        "Public Summary of Training Content – Veltria Core 2.1",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("dv", "", 8)
    pdf.set_text_color(70, 70, 70)
    pdf.multi_cell(W, 4, TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)

    c1 = 64.0
    c2 = W - c1

    def box(x: float, y: float, filled: bool) -> None:
        pdf.set_fill_color(0, 0, 0)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.3)
        pdf.rect(x, y, 3.4, 3.4, style="DF" if filled else "D")
        pdf.set_line_width(0.15)
        pdf.set_draw_color(95, 95, 95)

    def text_row(label: str, value: str, bold_label: bool = False) -> None:
        pdf.set_font("dv", "B" if bold_label else "", 8.5)
        n1 = pdf.nlines(c1 - 2, label)
        pdf.set_font("dv", "", 8.5)
        n2 = pdf.nlines(c2 - 2, value)
        h = max(n1, n2) * LH + 2 * PAD
        pdf.room(h)
        x, y = pdf.l_margin, pdf.get_y()
        pdf.rect(x, y, c1, h)
        pdf.rect(x + c1, y, c2, h)
        pdf.set_xy(x, y + PAD)
        pdf.set_font("dv", "B" if bold_label else "", 8.5)
        pdf.multi_cell(c1, LH, label, align="L")
        pdf.set_xy(x + c1, y + PAD)
        pdf.set_font("dv", "", 8.5)
        pdf.multi_cell(c2, LH, value, align="L")
        pdf.set_xy(x, y + h)

    def heading_row(text: str, level: int) -> None:
        h = 7.0 if level == 1 else 6.0
        pdf.room(h + 12)
        x, y = pdf.l_margin, pdf.get_y()
        pdf.set_fill_color(*((205, 214, 226) if level == 1 else (232, 236, 242)))
        pdf.rect(x, y, W, h, style="DF")
        pdf.set_xy(x, y + (h - LH) / 2)
        pdf.set_font("dv", "B", 9.5 if level == 1 else 8.5)
        pdf.cell(W, LH, text)
        pdf.set_xy(x, y + h)

    def yn_row(question: str, value: str) -> None:
        cq, cb = W - 50, 25.0
        pdf.set_font("dv", "", 8.5)
        h = pdf.nlines(cq - 2, question) * LH + 2 * PAD
        pdf.room(h)
        x, y = pdf.l_margin, pdf.get_y()
        pdf.rect(x, y, cq, h)
        pdf.rect(x + cq, y, cb, h)
        pdf.rect(x + cq + cb, y, cb, h)
        pdf.set_xy(x, y + PAD)
        pdf.multi_cell(cq, LH, question, align="L")
        for i, (word, key) in enumerate([("Yes", "yes"), ("No", "no")]):
            bx = x + cq + i * cb + 5
            by = y + (h - 3.4) / 2
            box(bx, by, value == key)
            pdf.set_xy(bx + 5, y + (h - LH) / 2)
            pdf.cell(12, LH, word)
        pdf.set_xy(x, y + h)

    def mods_row(label: str, mods: list[str]) -> None:
        pdf.set_font("dv", "", 8.5)
        h = max(pdf.nlines(c1 - 2, label) * LH, LH) + 2 * PAD
        pdf.room(h)
        x, y = pdf.l_margin, pdf.get_y()
        pdf.rect(x, y, c1, h)
        pdf.rect(x + c1, y, c2, h)
        pdf.set_xy(x, y + PAD)
        pdf.multi_cell(c1, LH, label, align="L")
        cx = x + c1 + 3
        for m in [*MOD_ORDER, "other"]:
            box(cx, y + (h - 3.4) / 2, m in mods)
            pdf.set_xy(cx + 4.6, y + (h - LH) / 2)
            word = MOD_NAME[m]
            pdf.cell(16, LH, word)
            cx += 22
        pdf.set_xy(x, y + h)

    def table13() -> None:
        w1, w2 = 32.0, 66.0
        w3 = W - w1 - w2
        pdf.set_font("dv", "B", 8.5)
        heads = ["Modality", "Training data size", "Types of content"]
        h = LH + 2 * PAD
        pdf.room(h + 40)
        x, y = pdf.l_margin, pdf.get_y()
        pdf.set_fill_color(245, 245, 245)
        for wx, off, t in zip([w1, w2, w3], [0, w1, w1 + w2], heads, strict=True):
            pdf.rect(x + off, y, wx, h, style="DF")
            pdf.set_xy(x + off, y + PAD)
            pdf.cell(wx, LH, t)
        pdf.set_y(y + h)
        for mod in ROW_ORDER:
            sel = doc.gold(f"modalities.{mod}.selected")
            content = show_text(doc, f"modalities.{mod}.content", na="")
            pdf.set_font("dv", "", 8.5)
            if mod == "other":
                sizes_lines = [
                    "Specify the modality and for each one indicate approximate size and unit of measurement:"
                ]
                n2 = pdf.nlines(w2 - 2, sizes_lines[0])
            else:
                sizes_lines = [lab for _, lab in sizes_for(doc, mod)]
                n2 = len(sizes_lines)
            n3 = pdf.nlines(w3 - 2, content)
            h = max(n2 * (LH + 0.8), n3 * LH, LH) + 2 * PAD
            pdf.room(h)
            x, y = pdf.l_margin, pdf.get_y()
            pdf.rect(x, y, w1, h)
            pdf.rect(x + w1, y, w2, h)
            pdf.rect(x + w1 + w2, y, w3, h)
            box(x + 2, y + PAD + 0.3, sel == "yes")
            pdf.set_xy(x + 6.5, y + PAD)
            pdf.cell(w1 - 7, LH, MOD_NAME[mod])
            if mod == "other":
                pdf.set_xy(x + w1, y + PAD)
                pdf.multi_cell(w2, LH, sizes_lines[0], align="L")
            else:
                chosen = doc.gold(f"modalities.{mod}.size")
                for i, (tok, lab) in enumerate(sizes_for(doc, mod)):
                    yy = y + PAD + i * (LH + 0.8)
                    box(x + w1 + 2, yy + 0.3, tok == chosen)
                    pdf.set_xy(x + w1 + 6.5, yy)
                    pdf.cell(w2 - 7, LH, lab)
            pdf.set_xy(x + w1 + w2, y + PAD)
            pdf.multi_cell(w3, LH, content, align="L")
            pdf.set_xy(x, y + h)

    def provider_value() -> str:
        return f"{doc.gold('provider.name')}\n{doc.gold('provider.contact')}"

    for kind, key in items(doc):
        if kind == "sec":
            level = 1 if "." not in key else 2
            heading_row(f"{key}. {HEADINGS[key]}", level)
        elif kind == "provider":
            text_row(L["provider"], provider_value())
        elif kind == "field":
            val = show_text(doc, key)
            if key == "model.names":
                val += f"\nModel card: {doc.x['model_card']}"
            text_row(L[key], val)
        elif kind == "yn":
            yn_row(L[key], doc.gold(key))
        elif kind == "mods":
            mods_row(L[key], doc.gold(key))
        elif kind == "t13":
            table13()
        elif kind == "comment":
            text_row(L["comments"], doc.x["comments"][key])
    return pdf_bytes(pdf)


# ---------------------------------------------------------------------------
# 2. PDF: no borders, bold labels left, answers from a fixed x, ☑/☐
# ---------------------------------------------------------------------------
def render_d2(doc: Doc) -> bytes:
    pdf = BasePDF(
        header_text="Brightwater Labs · EU AI Act documentation",
        footer_text="Public Summary of Training Content – Tern-8B – v1.1",
    )
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    W = pdf.w - 36
    XL, WL = 18.0, 58.0
    XV = 80.0
    WV = pdf.w - 18 - XV
    LH = 4.3
    FS = 8.8

    pdf.set_font("dv", "B", 15)
    pdf.set_text_color(16, 58, 94)
    pdf.multi_cell(
        W, 7.5, "Public Summary of Training Content", align="L", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("dv", "", 10)
    pdf.multi_cell(
        W, 5.5, "Tern-8B family · Brightwater Labs Ltd", align="L", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)

    def tick(chosen: bool) -> str:
        return "☑" if chosen else "☐"

    def pair(label: str, value: str) -> None:
        pdf.set_font("dv", "B", FS)
        n1 = pdf.nlines(WL, label)
        pdf.set_font("dv", "", FS)
        n2 = pdf.nlines(WV, value)
        h = max(n1, n2) * LH
        pdf.room(h + 2.5)
        y = pdf.get_y()
        pdf.set_xy(XL, y)
        pdf.set_font("dv", "B", FS)
        pdf.multi_cell(WL, LH, label, align="L")
        pdf.set_xy(XV, y)
        pdf.set_font("dv", "", FS)
        pdf.multi_cell(WV, LH, value, align="L")
        pdf.set_xy(XL, y + h + 2.5)

    def heading(key: str) -> None:
        level = key.count(".")
        pdf.room(20)
        pdf.ln(1.5 if level else 3)
        pdf.set_font("dv", "B", 11.5 if level == 0 else 9.8)
        pdf.set_text_color(16, 58, 94)
        pdf.set_x(XL)
        pdf.multi_cell(W, 5.5, f"{key}. {HEADINGS[key]}", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)

    def yn_value(fid: str) -> str:
        v = doc.gold(fid)
        if fid == "licensed_data.used":
            return f"{tick(v == 'yes')} Yes    {tick(v == 'no')} No    {tick(v == 'other')} Other (see comments)"
        return f"{tick(v == 'yes')} Yes    {tick(v == 'no')} No"

    def mods_value(mods: list[str]) -> str:
        return "   ".join(f"{tick(m in mods)} {MOD_NAME[m]}" for m in [*MOD_ORDER, "other"])

    def table13() -> None:
        xs = [XL, XL + 30, XL + 30 + 60]
        ws = [28, 58, W - 90]
        pdf.room(30)
        y = pdf.get_y()
        pdf.set_font("dv", "B", FS)
        for x_, w_, t in zip(
            xs, ws, ["Modality", "Training data size", "Types of content"], strict=True
        ):
            pdf.set_xy(x_, y)
            pdf.multi_cell(w_, LH, t, align="L")
        pdf.set_xy(XL, y + LH + 2)
        for mod in ROW_ORDER:
            sel = doc.gold(f"modalities.{mod}.selected") == "yes"
            content = show_text(doc, f"modalities.{mod}.content", na="")
            pdf.set_font("dv", "", FS)
            if mod == "other":
                size_txt = "Specify the modality and for each one indicate approximate size and unit of measurement:"
            else:
                chosen = doc.gold(f"modalities.{mod}.size")
                size_txt = "\n".join(f"{tick(t == chosen)} {lab}" for t, lab in sizes_for(doc, mod))
            h = max(pdf.nlines(ws[1], size_txt), pdf.nlines(ws[2], content), 1) * LH
            pdf.room(h + 3)
            y = pdf.get_y()
            pdf.set_xy(xs[0], y)
            pdf.multi_cell(ws[0], LH, f"{tick(sel)} {MOD_NAME[mod]}", align="L")
            pdf.set_xy(xs[1], y)
            pdf.multi_cell(ws[1], LH, size_txt, align="L")
            pdf.set_xy(xs[2], y)
            pdf.multi_cell(ws[2], LH, content, align="L")
            pdf.set_xy(XL, y + h + 3)

    for kind, key in items(doc):
        if kind == "sec":
            heading(key)
        elif kind == "provider":
            pair(L["provider"], f"{doc.gold('provider.name')}, {doc.gold('provider.contact')}")
        elif kind == "field":
            pair(L[key], show_text(doc, key, na="", list_sep="\n"))
        elif kind == "yn":
            pair(L[key], yn_value(key))
        elif kind == "mods":
            pair(L[key], mods_value(doc.gold(key)))
        elif kind == "t13":
            table13()
        elif kind == "comment":
            pair(L["comments"], doc.x["comments"][key])
    return pdf_bytes(pdf)


# ---------------------------------------------------------------------------
# 3. PDF: answer on the line below its label, [✓] ticks, numbered headings
# ---------------------------------------------------------------------------
def render_d3(doc: Doc) -> bytes:
    pdf = BasePDF(
        footer_text="Nimbic AI, Inc. — EU AI Act Public Summary of Training Content — Sable-2",
        fonts=("dv", "dvB", "dvI"),
    )
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    W = pdf.w - 40
    LH = 4.6
    FS = 9.3

    pdf.set_font("dv", "B", 16)
    pdf.multi_cell(
        W,
        8,
        "Sable-2: Public Summary of Training Content",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("dv", "I", 8.5)
    pdf.set_text_color(80, 80, 80)
    pdf.multi_cell(
        W,
        4.2,
        "Prepared in accordance with the template published by the European Commission "
        "(Article 53(1)(d) of Regulation (EU) 2024/1689).",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)

    def tick(ch: bool) -> str:
        return "[✓]" if ch else "[ ]"

    def block(label: str, value: str) -> None:
        pdf.set_font("dv", "B", FS)
        n1 = pdf.nlines(W, label)
        pdf.set_font("dv", "", FS)
        n2 = pdf.nlines(W, value)
        pdf.room(min((n1 + n2) * LH + 3, 60))
        pdf.set_font("dv", "B", FS)
        pdf.multi_cell(W, LH, label, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", FS)
        for line in value.split("\n"):
            pdf.room(LH)
            pdf.multi_cell(W, LH, line, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.6)

    def heading(key: str) -> None:
        level = key.count(".")
        num = f"{key}." if level == 0 else key
        pdf.room(24)
        pdf.ln(2 if level else 4)
        pdf.set_font("dv", "B", {0: 12.5, 1: 10.5, 2: 9.8}[level])
        pdf.multi_cell(W, 6, f"{num} {HEADINGS[key]}", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def yn(fid: str) -> str:
        v = doc.gold(fid)
        return f"{tick(v == 'yes')} Yes  {tick(v == 'no')} No"

    def mods(ms: list[str]) -> str:
        return "  ".join(f"{tick(m in ms)} {MOD_NAME[m]}" for m in [*MOD_ORDER, "other"])

    def table13() -> None:
        pdf.set_font("dv", "I", 8.5)
        pdf.multi_cell(
            W,
            4.2,
            "Select the modalities present in the training data; for each selected modality, "
            "select the range of the estimated total training data size and describe the types of content.",
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(2)
        for mod in ROW_ORDER:
            sel = doc.gold(f"modalities.{mod}.selected") == "yes"
            pdf.room(30)
            pdf.set_font("dv", "B", FS)
            pdf.multi_cell(
                W,
                LH,
                f"Modality: {tick(sel)} {MOD_NAME[mod]}",
                align="L",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            if mod != "other":
                chosen = doc.gold(f"modalities.{mod}.size")
                block(
                    "Training data size",
                    "   ".join(f"{tick(t == chosen)} {lab}" for t, lab in sizes_for(doc, mod)),
                )
                block("Types of content", show_text(doc, f"modalities.{mod}.content", na="-"))
            else:
                block(
                    "Specify the modality, approximate size and unit of measurement",
                    show_text(doc, "modalities.other.content", na="-"),
                )

    def provider() -> str:
        return f"{doc.gold('provider.name')}, {doc.gold('provider.contact')}"

    for kind, key in items(doc):
        if kind == "sec":
            heading(key)
        elif kind == "provider":
            block(L["provider"], provider())
        elif kind == "field":
            block(L[key], show_text(doc, key))
        elif kind == "yn":
            block(L[key], yn(key))
        elif kind == "mods":
            block(L[key], mods(doc.gold(key)))
        elif kind == "t13":
            table13()
        elif kind == "comment":
            block(L["comments"], doc.x["comments"][key])
    return pdf_bytes(pdf)


# ---------------------------------------------------------------------------
# 4. PDF: a report; the summary fills pages 2-3 with reworded labels
# ---------------------------------------------------------------------------
L4 = {
    "document.version": "Summary version:",
    "document.last_update": "Date of last update:",
    "provider": "Name and contact details of the provider:",
    "provider.authorised_representative": "Authorised representative in the EU:",
    "model.names": "Model name(s) and version(s):",
    "model.dependencies": "Dependencies on other models:",
    "model.placement_date": "Date placed on the EU market:",
    "data.latest_collection_date": "Most recent data collection date:",
    "data.languages": "Languages of the training data:",
    "data.other_characteristics": "Other characteristics of the training data:",
    "public_datasets.used": "Did you use publicly available datasets?",
    "public_datasets.modalities": "Modalities covered:",
    "public_datasets.large": "Large publicly available datasets (over 3 %):",
    "public_datasets.other_description": "Other publicly available datasets:",
    "licensed_data.used": "Did you license data from rightsholders?",
    "licensed_data.modalities": "Modalities covered:",
    "private_datasets.used": "Did you obtain private datasets from other third parties?",
    "private_datasets.modalities": "Modalities covered:",
    "private_datasets.listed": "Publicly known private datasets:",
    "private_datasets.description": "Description of other private datasets:",
    "crawling.used": "Did you use crawlers?",
    "crawling.crawlers": "Crawler names:",
    "crawling.purposes": "What the crawlers are used for:",
    "crawling.behaviour": "How the crawlers behave:",
    "crawling.period": "Collection period:",
    "crawling.content_description": "Content and sources crawled:",
    "crawling.modalities": "Modalities crawled:",
    "crawling.top_domains": "Most relevant domains crawled:",
    "user_data.from_model_interactions": "Did you use data from user interactions with the model?",
    "user_data.from_other_services": "Did you use user data from your other services or products?",
    "user_data.description": "Services or products concerned:",
    "user_data.modalities": "Modalities covered:",
    "synthetic_data.used": "Did you create synthetic data to train the model?",
    "synthetic_data.modalities": "Modalities of the synthetic data:",
    "synthetic_data.generator_models": "General-purpose AI models used to generate it:",
    "synthetic_data.other_models": "Other models used to generate it:",
    "other_sources.used": "Did you use any other data sources?",
    "other_sources.description": "Description of the other sources:",
    "tdm.code_of_practice_signatory": "Are you a signatory of the GPAI Code of Practice?",
    "tdm.measures": "Measures to respect text and data mining opt-outs:",
    "illegal_content.measures": "Measures to remove illegal content:",
    "other_information": "Other information on data processing:",
    "comments": "Comments:",
}
H4 = {
    "1": "General information",
    "1.1": "Provider",
    "1.2": "Model",
    "1.3": "Modalities and training data size",
    "2": "Data sources",
    "2.1": "Public datasets",
    "2.2": "Private datasets from third parties",
    "2.2.1": "Licensed data",
    "2.2.2": "Other private datasets",
    "2.3": "Crawling and scraping",
    "2.4": "User data",
    "2.5": "Synthetic data",
    "2.6": "Other sources",
    "3": "Data processing",
    "3.1": "Text and data mining opt-outs",
    "3.2": "Illegal content",
    "3.3": "Other information",
}


def render_d4(doc: Doc) -> bytes:
    pdf = BasePDF(
        header_text="Calderon Intelligence S.L. · Lince-3 Transparency Report 2026",
        footer_text="Calderon Intelligence S.L. – public",
        fonts=("dvc", "dvs", "dvsB", "dvsI"),
    )
    pdf.set_margins(18, 16, 18)
    W = pdf.w - 36

    # --- page 1: introduction
    pdf.add_page()
    pdf.set_font("dvs", "B", 20)
    pdf.ln(10)
    pdf.multi_cell(
        W, 10, "Lince-3 Transparency Report 2026", align="L", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("dvs", "", 11)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(
        W, 6, "Calderon Intelligence S.L. · June 2026", align="L", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    pdf.set_font("dvs", "B", 12)
    pdf.multi_cell(W, 6, "Part A – About this report", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("dvs", "", 10)
    for para in doc.x["intro"]:
        pdf.multi_cell(W, 5.2, para, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(2)
    pdf.set_font("dvs", "B", 10.5)
    pdf.multi_cell(W, 5.5, "Contents", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dvs", "", 10)
    for a, b in [
        ("Part A – About this report", "1"),
        ("Part B – Public Summary of Training Content", "2"),
        ("Annex – Training compute and energy use", "4"),
    ]:
        pdf.cell(W - 10, 5.5, a)
        pdf.cell(10, 5.5, b, align="R", new_x="LMARGIN", new_y="NEXT")

    # --- pages 2-3: the summary
    pdf.add_page()
    pdf.set_font("dvs", "B", 12)
    pdf.multi_cell(
        W,
        6,
        "Part B – Public Summary of Training Content (Article 53(1)(d) AI Act)",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    FS, LH, PAD = 7.6, 3.45, 1.0
    c1 = 58.0
    c2 = W - c1
    pdf.set_line_width(0.1)
    pdf.set_draw_color(150, 150, 150)

    def tk(ch: bool) -> str:
        return "☒" if ch else "☐"

    def row(label: str, value: str) -> None:
        pdf.set_font("dvs", "B", FS)
        n1 = pdf.nlines(c1 - 2, label)
        pdf.set_font("dvc", "", FS)
        n2 = pdf.nlines(c2 - 2, value)
        h = max(n1, n2) * LH + 2 * PAD
        pdf.room(h)
        x, y = pdf.l_margin, pdf.get_y()
        pdf.rect(x, y, c1, h)
        pdf.rect(x + c1, y, c2, h)
        pdf.set_xy(x, y + PAD)
        pdf.set_font("dvs", "B", FS)
        pdf.multi_cell(c1, LH, label, align="L")
        pdf.set_xy(x + c1, y + PAD)
        pdf.set_font("dvc", "", FS)
        pdf.multi_cell(c2, LH, value, align="L")
        pdf.set_xy(x, y + h)

    def head(key: str) -> None:
        h = 4.8
        pdf.room(h + 8)
        x, y = pdf.l_margin, pdf.get_y()
        pdf.set_fill_color(225, 225, 225) if "." not in key else pdf.set_fill_color(242, 242, 242)
        pdf.rect(x, y, W, h, style="DF")
        pdf.set_xy(x, y + 0.6)
        pdf.set_font("dvs", "B", 8.2)
        pdf.cell(W, LH, f"{key} {H4[key]}")
        pdf.set_xy(x, y + h)

    def yn(fid: str) -> str:
        v = doc.gold(fid)
        return f"{tk(v == 'yes')} Yes   {tk(v == 'no')} No"

    def mods(ms: list[str]) -> str:
        return "   ".join(f"{tk(m in ms)} {MOD_NAME[m]}" for m in [*MOD_ORDER, "other"])

    def table13() -> None:
        w1, w2 = 22.0, 56.0
        w3 = W - w1 - w2
        pdf.set_font("dvs", "B", FS)
        x, y = pdf.l_margin, pdf.get_y()
        h = LH + 2 * PAD
        for off, wx, t in [(0, w1, "Modality"), (w1, w2, "Size"), (w1 + w2, w3, "Content types")]:
            pdf.rect(x + off, y, wx, h)
            pdf.set_xy(x + off, y + PAD)
            pdf.cell(wx, LH, t)
        pdf.set_y(y + h)
        for mod in ROW_ORDER:
            sel = doc.gold(f"modalities.{mod}.selected") == "yes"
            pdf.set_font("dvc", "", FS)
            content = show_text(doc, f"modalities.{mod}.content", na="")
            if mod == "other":
                size_txt = "Modality, size and unit:"
            else:
                chosen = doc.gold(f"modalities.{mod}.size")
                size_txt = "\n".join(f"{tk(t == chosen)} {lab}" for t, lab in sizes_for(doc, mod))
            h = max(pdf.nlines(w2 - 2, size_txt), pdf.nlines(w3 - 2, content), 1) * LH + 2 * PAD
            x, y = pdf.l_margin, pdf.get_y()
            for off, wx in [(0, w1), (w1, w2), (w1 + w2, w3)]:
                pdf.rect(x + off, y, wx, h)
            pdf.set_xy(x, y + PAD)
            pdf.multi_cell(w1, LH, f"{tk(sel)} {MOD_NAME[mod]}", align="L")
            pdf.set_xy(x + w1, y + PAD)
            pdf.multi_cell(w2, LH, size_txt, align="L")
            pdf.set_xy(x + w1 + w2, y + PAD)
            pdf.multi_cell(w3, LH, content, align="L")
            pdf.set_xy(x, y + h)

    for kind, key in items(doc):
        if kind == "sec":
            head(key)
        elif kind == "provider":
            row(L4["provider"], f"{doc.gold('provider.name')}\n{doc.gold('provider.contact')}")
        elif kind == "field":
            row(
                L4[key], show_text(doc, key, list_sep="\n", ds=lambda d: f"{d['name']}: {d['url']}")
            )
        elif kind == "yn":
            row(L4[key], yn(key))
        elif kind == "mods":
            row(L4[key], mods(doc.gold(key)))
        elif kind == "t13":
            table13()
        elif kind == "comment":
            row(L4["comments"], doc.x["comments"][key])
    assert pdf.page_no() == 3, (
        f"summary of {doc.name} should end on page 3, ends on {pdf.page_no()}"
    )

    # --- page 4: unrelated annex table
    pdf.add_page()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("dvs", "B", 12)
    pdf.multi_cell(
        W, 6, "Annex – Training compute and energy use", align="L", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(2)
    pdf.set_font("dvs", "", 9.5)
    pdf.multi_cell(W, 5, doc.x["annex_intro"], align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    cols = [
        ("Training stage", 40),
        ("Cluster", 30),
        ("Accelerators", 24),
        ("GPU hours", 24),
        ("Energy (MWh)", 29),
        ("Renewable", 27),
    ]
    pdf.set_line_width(0.2)
    pdf.set_font("dvs", "B", 8.5)
    pdf.set_fill_color(230, 230, 230)
    for t, w in cols:
        pdf.cell(w, 6, t, border=1, fill=True)
    pdf.ln()
    pdf.set_font("dvs", "", 8.5)
    for r in doc.x["annex_rows"]:
        for (t, w), v in zip(cols, r, strict=True):
            pdf.cell(w, 5.5, v, border=1, align="L" if t in ("Training stage", "Cluster") else "R")
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("dvs", "I", 8.5)
    pdf.multi_cell(W, 4.5, doc.x["annex_note"], align="L", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(pdf)


# ---------------------------------------------------------------------------
# DOCX helpers (python-docx)
# ---------------------------------------------------------------------------
import docx  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402


def docx_core(d: docx.document.Document, title: str, author: str) -> None:
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3


def docx_bytes(d: docx.document.Document) -> bytes:
    """Save, then re-zip with fixed timestamps so that the output is deterministic."""
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 8, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def shade(cell: Any, hex_fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


_CHECK_COUNTER = [0]


def add_formcheckbox(paragraph: Any, checked: bool) -> None:
    """A legacy Word check box form field: FORMCHECKBOX with w:ffData/w:checkBox."""
    _CHECK_COUNTER[0] += 1
    r1 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    ff = OxmlElement("w:ffData")
    name = OxmlElement("w:name")
    name.set(qn("w:val"), f"Check{_CHECK_COUNTER[0]}")
    ff.append(name)
    ff.append(OxmlElement("w:enabled"))
    coe = OxmlElement("w:calcOnExit")
    coe.set(qn("w:val"), "0")
    ff.append(coe)
    cb = OxmlElement("w:checkBox")
    cb.append(OxmlElement("w:sizeAuto"))
    dflt = OxmlElement("w:default")
    dflt.set(qn("w:val"), "0")
    cb.append(dflt)
    if checked:
        cb.append(OxmlElement("w:checked"))
    ff.append(cb)
    fc.append(ff)
    r1._r.append(fc)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " FORMCHECKBOX "
    r2._r.append(it)
    for typ in ("separate", "end"):
        r = paragraph.add_run()
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), typ)
        r._r.append(f)


def set_col_widths(table: Any, widths_cm: list[float]) -> None:
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(w)


def cell_text(cell: Any, text: str, bold: bool = False, size: float = 9.5) -> None:
    """Fill a cell; newlines become separate paragraphs."""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 5. DOCX: the template as a two-column table, FORMCHECKBOX ticks
# ---------------------------------------------------------------------------
def render_d5(doc: Doc) -> bytes:
    _CHECK_COUNTER[0] = 0
    d = docx.Document()
    docx_core(d, "Public Summary of Training Content – Kestrel Nord-13B", "Kestrel Lingua AB")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec.footer.paragraphs[
        0
    ].text = "Kestrel Lingua AB – Public Summary of Training Content – Kestrel Nord-13B"

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(12)

    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    widths = [6.5, 10.5]

    def heading_row(key: str) -> None:
        row = table.add_row()
        c = row.cells[0].merge(row.cells[1])
        cell_text(c, f"{key}. {HEADINGS[key]}", bold=True, size=10.5 if "." not in key else 10)
        shade(c, "BFBFBF" if "." not in key else "E7E6E6")

    def text_row(label: str, value: str) -> None:
        row = table.add_row()
        cell_text(row.cells[0], label, bold=True)
        cell_text(row.cells[1], value)

    def yn_row(label: str, fid: str) -> None:
        row = table.add_row()
        cell_text(row.cells[0], label, bold=True)
        p = row.cells[1].paragraphs[0]
        v = doc.gold(fid)
        for word, key in (("Yes", "yes"), ("No", "no")):
            add_formcheckbox(p, v == key)
            run = p.add_run(f" {word}     ")
            run.font.size = Pt(9.5)

    def mods_row(label: str, fid: str) -> None:
        row = table.add_row()
        cell_text(row.cells[0], label, bold=True)
        p = row.cells[1].paragraphs[0]
        ms = doc.gold(fid)
        for m in [*MOD_ORDER, "other"]:
            add_formcheckbox(p, m in ms)
            run = p.add_run(f" {MOD_NAME[m]}   ")
            run.font.size = Pt(9.5)

    def table13() -> None:
        row = table.add_row()
        c = row.cells[0].merge(row.cells[1])
        p = c.paragraphs[0]
        run = p.add_run("Modality, training data size and types of content:")
        run.bold = True
        run.font.size = Pt(9.5)
        inner = c.add_table(rows=1, cols=3)
        inner.style = "Table Grid"
        for cell, txt in zip(
            inner.rows[0].cells, ["Modality", "Training data size", "Types of content"], strict=True
        ):
            cell_text(cell, txt, bold=True, size=9)
            shade(cell, "F2F2F2")
        for mod in ROW_ORDER:
            r_ = inner.add_row()
            sel = doc.gold(f"modalities.{mod}.selected") == "yes"
            p0 = r_.cells[0].paragraphs[0]
            add_formcheckbox(p0, sel)
            p0.add_run(f" {MOD_NAME[mod]}").font.size = Pt(9)
            if mod == "other":
                cell_text(
                    r_.cells[1],
                    "Specify the modality and for each one indicate approximate size "
                    "and unit of measurement:",
                    size=9,
                )
            else:
                chosen = doc.gold(f"modalities.{mod}.size")
                for i, (tok, lab) in enumerate(sizes_for(doc, mod)):
                    p1 = r_.cells[1].paragraphs[0] if i == 0 else r_.cells[1].add_paragraph()
                    add_formcheckbox(p1, tok == chosen)
                    p1.add_run(f" {lab}").font.size = Pt(9)
            cell_text(r_.cells[2], show_text(doc, f"modalities.{mod}.content", na=""), size=9)
        set_col_widths(inner, [3.0, 5.6, 7.6])
        c.add_paragraph()

    for kind, key in items(doc):
        if kind == "sec":
            heading_row(key)
        elif kind == "provider":
            text_row(L["provider"], f"{doc.gold('provider.name')}\n{doc.gold('provider.contact')}")
        elif kind == "field":
            text_row(L[key], show_text(doc, key, list_sep="\n"))
        elif kind == "yn":
            yn_row(L[key], key)
        elif kind == "mods":
            mods_row(L[key], key)
        elif kind == "t13":
            table13()
        elif kind == "comment":
            text_row(L["comments"], doc.x["comments"][key])
    set_col_widths(table, widths)
    return docx_bytes(d)


# ---------------------------------------------------------------------------
# 6. DOCX: prose headings and paragraphs, no tables; 2.3 left out
# ---------------------------------------------------------------------------
def render_d6(doc: Doc) -> bytes:
    d = docx.Document()
    docx_core(d, "Maris-Vox 4 – Public Summary of Training Content", "Maris Cognitive SRL")
    st = d.styles["Normal"]
    st.font.name = "Cambria"
    st.font.size = Pt(11)
    d.sections[0].footer.paragraphs[
        0
    ].text = "Maris Cognitive SRL · Public Summary of Training Content · Maris-Vox 4"

    d.add_heading("Maris-Vox 4 – Public Summary of Training Content", level=0)
    intro = d.add_paragraph()
    intro.add_run(
        "This summary is published under Article 53(1)(d) of the AI Act and follows the structure "
        "of the Commission's template. It covers the Maris-Vox 4 speech and language models."
    ).italic = True

    # renumbering after the left-out section 2.3
    renum = {"2.4": "2.3", "2.5": "2.4", "2.6": "2.5"}
    labels = dict(L)
    labels["other_sources.used"] = (
        "Have data sources other than those described in Sections 2.1 to 2.4 "
        "been used to train the model?"
    )
    omit = ("2.3",)

    def q(label: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        p.add_run(label).bold = True

    def a(text: str) -> None:
        p = d.add_paragraph(text)
        p.paragraph_format.space_after = Pt(8)

    def yn_text(fid: str) -> str:
        v = doc.gold(fid)
        follow = doc.x.get("yn_follow", {}).get(fid, "")
        word = {"yes": "Yes.", "no": "No."}[v]
        return f"{word} {follow}".strip()

    for kind, key in items(doc, omit=omit):
        if kind == "sec":
            num = renum.get(key, key)
            level = min(num.count(".") + 1, 3)
            d.add_heading(f"{num}. {HEADINGS[key]}", level=level)
        elif kind == "provider":
            q(labels["provider"])
            a(f"{doc.gold('provider.name')}, {doc.gold('provider.contact')}")
        elif kind == "field":
            q(labels[key])
            a(show_text(doc, key, list_sep="; ", ds=lambda x: f"{x['name']} ({x['url']})"))
        elif kind == "yn":
            q(labels[key])
            a(yn_text(key))
        elif kind == "mods":
            q(labels[key])
            ms = doc.gold(key)
            a(mods_words(ms) + "." if ms else "N/A")
        elif kind == "t13":
            for mod in ROW_ORDER:
                sel = doc.gold(f"modalities.{mod}.selected")
                name = MOD_NAME[mod].lower()
                q(
                    f"Does the training data include {name} data?"
                    if mod != "other"
                    else "Does the training data include other modalities?"
                )
                if sel == "no":
                    a("No.")
                    continue
                if mod == "other":
                    a("Yes. " + doc.gold("modalities.other.content"))
                    continue
                chosen = doc.gold(f"modalities.{mod}.size")
                lab = dict(sizes_for(doc, mod))[chosen]
                a(f"Yes. Training data size: {lab[0].lower() + lab[1:]}.")
                q(f"Types of {name} content:")
                a(show_text(doc, f"modalities.{mod}.content"))
        elif kind == "comment":
            q(labels["comments"])
            a(doc.x["comments"][key])
    return docx_bytes(d)


# ---------------------------------------------------------------------------
# 7. HTML trust centre: <dl> pairs, checkbox inputs
# ---------------------------------------------------------------------------
def esc(s: str) -> str:
    return html.escape(s, quote=True)


def render_d7(doc: Doc) -> str:
    cid = [0]

    def cb(checked: bool, label: str) -> str:
        cid[0] += 1
        i = f"cb{cid[0]}"
        chk = " checked" if checked else ""
        return (
            f'<span class="opt"><input type="checkbox" id="{i}"{chk} disabled>'
            f'<label for="{i}">{esc(label)}</label></span>'
        )

    def dd_text(text: str) -> str:
        return "<br>".join(esc(line) for line in text.split("\n"))

    parts: list[str] = []
    open_dl = False

    def dl_open() -> None:
        nonlocal open_dl
        if not open_dl:
            parts.append('<dl class="summary-fields">')
            open_dl = True

    def dl_close() -> None:
        nonlocal open_dl
        if open_dl:
            parts.append("</dl>")
            open_dl = False

    def pair(label: str, dd_html: str) -> None:
        dl_open()
        parts.append(f"  <dt>{esc(label)}</dt>\n  <dd>{dd_html}</dd>")

    for kind, key in items(doc):
        if kind == "sec":
            dl_close()
            tag = "h2" if "." not in key else ("h3" if key.count(".") == 1 else "h4")
            parts.append(
                f'<{tag} id="s{key.replace(".", "-")}">{esc(key)}. {esc(HEADINGS[key])}</{tag}>'
            )
        elif kind == "provider":
            pair(
                L["provider"],
                f"{esc(doc.gold('provider.name'))}<br>{esc(doc.gold('provider.contact'))}",
            )
        elif kind == "field":
            if key == "public_datasets.large":
                lis = "".join(
                    f'<li>{esc(x["name"])}: <a href="{esc(x["url"])}">{esc(x["url"])}</a></li>'
                    for x in doc.gold(key)
                )
                pair(L[key], f"<ul>{lis}</ul>")
            elif key == "model.names":
                pair(L[key], "<br>".join(esc(n) for n in doc.gold(key)))
            else:
                pair(L[key], dd_text(show_text(doc, key)))
        elif kind == "yn":
            v = doc.gold(key)
            pair(L[key], cb(v == "yes", "Yes") + " " + cb(v == "no", "No"))
        elif kind == "mods":
            ms = doc.gold(key)
            pair(L[key], " ".join(cb(m in ms, MOD_NAME[m]) for m in [*MOD_ORDER, "other"]))
        elif kind == "t13":
            dl_close()
            parts.append('<div class="modalities">')
            for mod in ROW_ORDER:
                sel = doc.gold(f"modalities.{mod}.selected") == "yes"
                parts.append(
                    f'<fieldset class="modality"><legend>{cb(sel, MOD_NAME[mod])}</legend>'
                )
                if mod != "other":
                    chosen = doc.gold(f"modalities.{mod}.size")
                    opts = "<br>".join(cb(t == chosen, lab) for t, lab in sizes_for(doc, mod))
                    parts.append(
                        f"<dl><dt>Training data size</dt><dd>{opts}</dd>"
                        f"<dt>Types of content</dt><dd>"
                        f"{esc(show_text(doc, f'modalities.{mod}.content', na=''))}</dd></dl>"
                    )
                else:
                    parts.append(
                        "<dl><dt>Specify the modality and for each one indicate approximate size "
                        "and unit of measurement</dt><dd>"
                        f"{esc(show_text(doc, 'modalities.other.content', na=''))}</dd></dl>"
                    )
                parts.append("</fieldset>")
            parts.append("</div>")
        elif kind == "comment":
            pair(L["comments"], dd_text(doc.x["comments"][key]))
    dl_close()
    body = "\n".join(parts)
    return TEMPLATE_D7.replace("@@SUMMARY@@", body)


TEMPLATE_D7 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aurelia Canvas 3 – Public Summary of Training Content | Aurelia Trust Center</title>
<style>
  body { font-family: "Inter", Arial, sans-serif; margin: 0; color: #1b1f24; }
  header.site { background: #10162f; color: #fff; padding: 12px 32px; display: flex; gap: 28px; }
  header.site a { color: #cdd6ff; text-decoration: none; }
  main { max-width: 880px; margin: 0 auto; padding: 24px 32px 64px; }
  dl.summary-fields { display: grid; grid-template-columns: 38% 62%; gap: 8px 18px; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  fieldset.modality { border: 1px solid #d0d4e4; margin: 10px 0; }
  .opt { margin-right: 14px; white-space: nowrap; }
  #cookie-banner { position: fixed; bottom: 0; left: 0; right: 0; background: #f4f5fb; padding: 14px 32px;
                   border-top: 1px solid #c9cde0; }
  footer { background: #f4f5fb; padding: 24px 32px; font-size: 13px; color: #555; }
</style>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){ dataLayer.push(arguments); }
  gtag('consent', 'default', { analytics_storage: 'denied', ad_storage: 'denied' });
  document.addEventListener('DOMContentLoaded', function () {
    var banner = document.getElementById('cookie-banner');
    var stored = localStorage.getItem('aurelia-consent');
    if (stored === 'yes' || stored === 'no') { banner.hidden = true; }
    document.getElementById('accept-all').onclick = function () {
      localStorage.setItem('aurelia-consent', 'yes'); banner.hidden = true; };
    document.getElementById('reject-all').onclick = function () {
      localStorage.setItem('aurelia-consent', 'no'); banner.hidden = true; };
  });
</script>
</head>
<body>
<header class="site">
  <a href="https://aurelia-dynamics.fr/"><strong>Aurelia Dynamics</strong></a>
  <nav aria-label="Trust Center">
    <a href="/trust/">Overview</a> ·
    <a href="/trust/security">Security</a> ·
    <a href="/trust/privacy">Privacy</a> ·
    <a href="/trust/ai-act" aria-current="page">EU AI Act</a> ·
    <a href="/trust/subprocessors">Sub-processors</a> ·
    <a href="/trust/status">Status</a>
  </nav>
</header>
<div id="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to measure the audience of this Trust Center and to remember your preferences.
  You can accept or refuse non-essential cookies at any time. <a href="/legal/cookies">Cookie policy</a></p>
  <button id="accept-all">Accept all</button> <button id="reject-all">Reject non-essential</button>
</div>
<main>
  <nav class="breadcrumb"><a href="/trust/">Trust Center</a> › <a href="/trust/ai-act">EU AI Act</a> › Aurelia Canvas 3</nav>
  <h1>Public Summary of Training Content – Aurelia Canvas 3</h1>
  <p class="lede">Under Article 53(1)(d) of the EU AI Act, providers of general-purpose AI models publish a summary
  of the content used to train them. This page reproduces our summary for the Aurelia Canvas 3 models using
  the European Commission's template. Download: <a href="/trust/ai-act/canvas-3-summary.pdf">PDF version</a>.</p>
  <aside class="related"><p>Related documents: <a href="/trust/ai-act/copyright-policy">Copyright policy</a>,
  <a href="/trust/ai-act/canvas-2">Summary for Aurelia Canvas 2</a>.</p></aside>
  <article class="training-summary">
@@SUMMARY@@
  </article>
  <p class="contact">Questions about this summary, including whether content from a specific domain was used,
  can be sent to our rights-request form.</p>
</main>
<footer>
  <p>© 2026 Aurelia Dynamics SAS · SAS au capital de 120 000 € · RCS Paris · 48 rue de la Victoire, 75009 Paris</p>
  <p><a href="/legal/notice">Legal notice</a> · <a href="/legal/privacy">Privacy policy</a> ·
  <a href="/legal/cookies">Cookies</a> · <a href="/careers">Careers</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 8. HTML: tables; ✔ cell beside the size range; yes/no as words
# ---------------------------------------------------------------------------
def render_d8(doc: Doc) -> str:
    parts: list[str] = []
    open_t = False

    def t_open() -> None:
        nonlocal open_t
        if not open_t:
            parts.append('<table class="form">')
            open_t = True

    def t_close() -> None:
        nonlocal open_t
        if open_t:
            parts.append("</table>")
            open_t = False

    def row(label: str, value_html: str) -> None:
        t_open()
        parts.append(f'<tr><th scope="row">{esc(label)}</th><td>{value_html}</td></tr>')

    def word(v: str) -> str:
        return {"yes": "Yes", "no": "No"}[v]

    for kind, key in items(doc):
        if key.startswith("document."):
            continue  # printed in the page's own header table
        if kind == "sec":
            t_close()
            tag = "h2" if "." not in key else "h3"
            parts.append(f"<{tag}>{esc(key)} {esc(HEADINGS[key])}</{tag}>")
        elif kind == "provider":
            row(
                L["provider"],
                f"{esc(doc.gold('provider.name'))}<br>{esc(doc.gold('provider.contact'))}",
            )
        elif kind == "field":
            if key == "public_datasets.large":
                lis = "".join(
                    f'<li><a href="{esc(x["url"])}">{esc(x["name"])}</a> ({esc(x["url"])})</li>'
                    for x in doc.gold(key)
                )
                row(L[key], f"<ol>{lis}</ol>")
            else:
                row(L[key], esc(show_text(doc, key, list_sep=", ")))
        elif kind == "yn":
            row(L[key], word(doc.gold(key)))
        elif kind == "mods":
            ms = doc.gold(key)
            label = mods_words(ms)
            if key == "user_data.modalities":
                label = label.replace("Other", "Other (sensor logs)")
            row(L[key], esc(label) if ms else "N/A")
        elif kind == "t13":
            t_close()
            parts.append('<table class="modalities">')
            parts.append(
                "<thead><tr><th>Modality</th><th>Selected</th><th>Training data size</th><th></th>"
                "<th>Types of content</th></tr></thead><tbody>"
            )
            for mod in ROW_ORDER:
                sel = doc.gold(f"modalities.{mod}.selected")
                content = esc(show_text(doc, f"modalities.{mod}.content", na=""))
                if mod == "other":
                    parts.append(
                        f"<tr><td>{MOD_NAME[mod]}</td><td>{word(sel)}</td>"
                        "<td>Specify the modality, approximate size and unit</td><td></td>"
                        f"<td>{content}</td></tr>"
                    )
                    continue
                chosen = doc.gold(f"modalities.{mod}.size")
                for i, (tok, lab) in enumerate(sizes_for(doc, mod)):
                    mark = "✔" if tok == chosen else ""
                    if i == 0:
                        parts.append(
                            f'<tr><td rowspan="3">{MOD_NAME[mod]}</td><td rowspan="3">{word(sel)}</td>'
                            f'<td>{esc(lab)}</td><td class="mark">{mark}</td>'
                            f'<td rowspan="3">{content}</td></tr>'
                        )
                    else:
                        parts.append(f'<tr><td>{esc(lab)}</td><td class="mark">{mark}</td></tr>')
            parts.append("</tbody></table>")
        elif kind == "comment":
            row(L["comments"], esc(doc.x["comments"][key]))
    t_close()
    return TEMPLATE_D8.replace("@@SUMMARY@@", "\n".join(parts))


TEMPLATE_D8 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Atlas-VL 2 · EU AI Act Public Summary of Training Content · Tidewell Robotics</title>
<style>
  body { font-family: Georgia, serif; max-width: 960px; margin: 32px auto; line-height: 1.45; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 18px; }
  th, td { border: 1px solid #9aa3ad; padding: 6px 9px; vertical-align: top; text-align: left; }
  table.form th { width: 40%; background: #f3f6f8; font-weight: normal; }
  td.mark { text-align: center; width: 32px; font-size: 1.1em; }
</style>
</head>
<body>
<p class="docinfo">Tidewell Robotics · Regulatory documentation · Atlas-VL 2</p>
<h1>Public Summary of Training Content</h1>
<p>Model: Atlas-VL 2 &nbsp;|&nbsp; Summary version 2, last updated 3 August 2026</p>
<table class="form">
<tr><th scope="row">Version of the Summary:</th><td>2</td></tr>
<tr><th scope="row">Last update:</th><td>3 August 2026</td></tr>
</table>
@@SUMMARY@@
<hr>
<p><small>Tidewell Robotics B.V. · Chamber of Commerce 81234567 · This page is provided for
information under Article 53(1)(d) of Regulation (EU) 2024/1689.</small></p>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 9. Markdown data card
# ---------------------------------------------------------------------------
def render_d9(doc: Doc) -> str:
    out: list[str] = [
        "---",
        "license: apache-2.0",
        "language:",
        "- en",
        "- de",
        "- fr",
        "- es",
        "tags:",
        "- eu-ai-act",
        "- training-data-summary",
        "pretty_name: Heliodor-1.5 Public Summary of Training Content",
        "---",
        "",
        "# Heliodor-1.5 — Public Summary of Training Content",
        "",
        "> This data card is the public summary of the training content of the Heliodor-1.5 models, "
        "required by Article 53(1)(d) of the EU AI Act. It follows the European Commission's template.",
        "",
    ]

    def bold_line(label: str, value: str) -> None:
        out.append(f"**{label}** {value}")
        out.append("")

    def tasks(options: list[tuple[str, bool]]) -> None:
        for lab, ch in options:
            out.append(f"- [{'x' if ch else ' '}] {lab}")
        out.append("")

    for kind, key in items(doc):
        if kind == "sec":
            hashes = "##" if "." not in key else ("###" if key.count(".") == 1 else "####")
            out.append(f"{hashes} {key} {HEADINGS[key]}")
            out.append("")
        elif kind == "provider":
            bold_line(L["provider"], f"{doc.gold('provider.name')}, {doc.gold('provider.contact')}")
        elif kind == "field":
            if key == "public_datasets.large":
                out.append(f"**{L[key]}**")
                out.append("")
                for x in doc.gold(key):
                    out.append(f"- [{x['name']}]({x['url']})")
                out.append("")
            elif key == "model.names":
                out.append(f"**{L[key]}**")
                out.append("")
                for n in doc.gold(key):
                    out.append(f"- `{n}` ([model card](https://huggingface.co/heliodor-org/{n}))")
                out.append("")
            else:
                bold_line(L[key], show_text(doc, key))
        elif kind == "yn":
            v = doc.gold(key)
            out.append(f"**{L[key]}**")
            out.append("")
            tasks([("Yes", v == "yes"), ("No", v == "no")])
        elif kind == "mods":
            ms = doc.gold(key)
            out.append(f"**{L[key]}**")
            out.append("")
            tasks([(MOD_NAME[m], m in ms) for m in [*MOD_ORDER, "other"]])
        elif kind == "t13":
            out.append("| Modality | Training data size | Types of content |")
            out.append("|---|---|---|")
            for mod in ROW_ORDER:
                if doc.gold(f"modalities.{mod}.selected") != "yes":
                    continue  # rows deleted from the table
                out.append(
                    f"| {MOD_NAME[mod]} | {size_written(doc, mod)} | "
                    f"{show_text(doc, f'modalities.{mod}.content')} |"
                )
            out.append("")
            out.append(
                "_Heliodor-1.5 is a text-only model; the image, audio, video and other rows of the "
                "template do not apply and were removed._"
            )
            out.append("")
        elif kind == "comment":
            bold_line(L["comments"], doc.x["comments"][key])
    out.append("## Citation")
    out.append("")
    out.append("```bibtex")
    out.append("@misc{heliodor2026summary,")
    out.append("  title  = {Heliodor-1.5: Public Summary of Training Content},")
    out.append("  author = {{Heliodor Open Models e.V.}},")
    out.append("  year   = {2026}")
    out.append("}")
    out.append("```")
    out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# 10. Plain-text e-mail export with CAPITAL labels
# ---------------------------------------------------------------------------
T10 = {
    "document.version": "VERSION OF THE SUMMARY",
    "document.last_update": "LAST UPDATE",
    "provider": "PROVIDER NAME AND CONTACT DETAILS",
    "provider.authorised_representative": "AUTHORISED REPRESENTATIVE",
    "model.names": "VERSIONED MODEL NAMES",
    "model.dependencies": "MODEL DEPENDENCIES",
    "model.placement_date": "DATE OF PLACEMENT ON THE UNION MARKET",
    "data.latest_collection_date": "LATEST DATE OF DATA COLLECTION",
    "data.languages": "LINGUISTIC CHARACTERISTICS",
    "data.other_characteristics": "OTHER CHARACTERISTICS OF THE TRAINING DATA",
    "public_datasets.used": "PUBLIC DATASETS USED",
    "public_datasets.modalities": "PUBLIC DATASETS MODALITIES",
    "public_datasets.large": "LARGE PUBLIC DATASETS",
    "public_datasets.other_description": "OTHER PUBLIC DATASETS",
    "licensed_data.used": "COMMERCIALLY LICENSED DATA USED",
    "licensed_data.modalities": "LICENSED DATA MODALITIES",
    "private_datasets.used": "PRIVATE THIRD-PARTY DATASETS USED",
    "private_datasets.modalities": "PRIVATE DATASETS MODALITIES",
    "private_datasets.listed": "PUBLICLY KNOWN PRIVATE DATASETS",
    "private_datasets.description": "DESCRIPTION OF PRIVATE DATASETS",
    "crawling.used": "CRAWLERS USED",
    "crawling.crawlers": "CRAWLER NAMES",
    "crawling.purposes": "CRAWLER PURPOSES",
    "crawling.behaviour": "CRAWLER BEHAVIOUR",
    "crawling.period": "PERIOD OF DATA COLLECTION",
    "crawling.content_description": "CONTENT AND SOURCES CRAWLED",
    "crawling.modalities": "CRAWLED MODALITIES",
    "crawling.top_domains": "TOP DOMAINS CRAWLED",
    "user_data.from_model_interactions": "USER INTERACTIONS WITH THE MODEL USED",
    "user_data.from_other_services": "USER DATA FROM OTHER SERVICES USED",
    "user_data.description": "SERVICES OR PRODUCTS",
    "user_data.modalities": "USER DATA MODALITIES",
    "synthetic_data.used": "SYNTHETIC DATA USED",
    "synthetic_data.modalities": "SYNTHETIC DATA MODALITIES",
    "synthetic_data.generator_models": "GENERATOR MODELS ON THE MARKET",
    "synthetic_data.other_models": "OTHER GENERATOR MODELS",
    "other_sources.used": "OTHER DATA SOURCES USED",
    "other_sources.description": "OTHER DATA SOURCES",
    "tdm.code_of_practice_signatory": "CODE OF PRACTICE SIGNATORY",
    "tdm.measures": "TDM OPT-OUT MEASURES",
    "illegal_content.measures": "ILLEGAL CONTENT MEASURES",
    "other_information": "OTHER INFORMATION",
    "comments": "ADDITIONAL COMMENTS",
}


def render_d10(doc: Doc) -> str:
    out: list[str] = [
        "From: Acme Compliance Office <ai-act@acmecognitive.fi>",
        "To: eu-summaries@acmecognitive.fi",
        "Date: Mon, 4 May 2026 09:12:44 +0300",
        "Subject: [export] Public Summary of Training Content - Acme Sisu 2 (v1.2)",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "This is an automatic plain-text export of the summary published at",
        "https://acmecognitive.fi/ai-act/sisu-2 . Please do not reply to this message.",
        "",
        "=" * 72,
        "PUBLIC SUMMARY OF TRAINING CONTENT (ARTICLE 53(1)(D) AI ACT)",
        "=" * 72,
        "",
    ]

    def put(label: str, value: str) -> None:
        first = f"{label}: "
        lines = value.split("\n")
        wrapped = textwrap.wrap(
            first + lines[0],
            width=72,
            subsequent_indent="    ",
            break_long_words=False,
            break_on_hyphens=False,
        )
        out.extend(wrapped or [first.rstrip()])
        for extra in lines[1:]:
            out.extend(
                textwrap.wrap(
                    extra,
                    width=72,
                    initial_indent="  ",
                    subsequent_indent="    ",
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )

    def yn(v: str) -> str:
        return {"yes": "YES", "no": "NO"}[v]

    for kind, key in items(doc):
        if kind == "sec":
            out.append("")
            out.append(f"{key} {HEADINGS[key].upper()}")
            out.append("-" * len(f"{key} {HEADINGS[key]}"))
        elif kind == "provider":
            put(T10["provider"], f"{doc.gold('provider.name')}, {doc.gold('provider.contact')}")
        elif kind == "field":
            if key == "public_datasets.large":
                out.append(f"{T10[key]}:")
                out.extend(f"  - {x['name']} <{x['url']}>" for x in doc.gold(key))
            else:
                put(T10[key], show_text(doc, key, list_sep="; "))
        elif kind == "yn":
            put(T10[key], yn(doc.gold(key)))
        elif kind == "mods":
            ms = doc.gold(key)
            put(T10[key], mods_words(ms).upper() if ms else "N/A")
        elif kind == "t13":
            for mod in ROW_ORDER:
                name = MOD_NAME[mod].upper()
                sel = doc.gold(f"modalities.{mod}.selected")
                put(f"MODALITY {name}", yn(sel))
                if sel == "yes" and mod != "other":
                    put(
                        f"{name} TRAINING DATA SIZE",
                        size_written(doc, mod)
                        or dict(sizes_for(doc, mod))[doc.gold(f"modalities.{mod}.size")],
                    )
                    put(f"{name} TYPES OF CONTENT", show_text(doc, f"modalities.{mod}.content"))
                elif sel == "yes":
                    put(f"{name} DESCRIPTION", show_text(doc, "modalities.other.content"))
        elif kind == "comment":
            put(T10["comments"], doc.x["comments"][key])
    out += [
        "",
        "=" * 72,
        "END OF SUMMARY",
        "",
        "-- ",
        "Acme Cognitive Systems Oy | Compliance Office",
        "Mannerheimintie 12 B, 00100 Helsinki | Business ID 3141592-6",
        "This message was generated automatically on 2026-05-04.",
        "",
    ]
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Per-document extras (comments, report pages)
# ---------------------------------------------------------------------------
def _extras() -> None:
    by = {d.name: d for d in DOCS}
    by["h01_veltria_core21"].x.update(
        template_size_labels=True,
        comments={
            "1.3": "Token counts were computed with the Veltria Core 2 tokenizer (SentencePiece, "
            "128k vocabulary); images were counted after deduplication.",
            "2.3": "Site owners can ask whether their domain was crawled by writing to the address "
            "given in Section 1.1.",
        },
    )
    by["h02_brightwater_tern8b"].x.update(
        comments={
            "2.2.1": "We access a regional news archive under a data-access agreement with an aggregator; "
            "it is not a transactional licence with the rightsholders themselves, hence 'Other'.",
            "2.1": "Common Voice 17.0 was used for the English and Irish subsets only.",
        },
    )
    by["h03_nimbic_sable2"].x.update(
        comments={
            "2.1": "The Common Crawl data comes from snapshots CC-MAIN-2023-50 to CC-MAIN-2025-26."
        },
    )
    by["h04_calderon_lince3_report"].x.update(
        intro=[
            "Calderon Intelligence develops the Lince family of open-weight language models for Spanish and the "
            "co-official languages of Spain. This report brings together the transparency information we publish "
            "for Lince-3: the Public Summary of Training Content required by the EU AI Act and an annex on the "
            "compute and energy used for training.",
            "Lince-3 was released in January 2026 in a 12-billion-parameter base version and an instruction-tuned "
            "version. Both share the same training data, so a single summary covers them. The summary in Part B "
            "follows the European Commission's template; we shortened some of the template's questions for "
            "readability without changing their meaning.",
            "Version 1.1 of the summary corrects the list of crawled domains published in version 1.0 and adds "
            "the synthetic data used for the instruction-tuned model. Earlier versions remain available on our "
            "transparency page.",
        ],
        annex_intro=(
            "The table below reports the accelerator time and electricity used to train Lince-3, by "
            "training stage. Energy figures are measured at the power distribution units and include "
            "cooling overhead; they do not include data preparation or evaluation runs."
        ),
        annex_rows=[
            ("Pre-training (stage 1)", "MareNostrum 5", "1,024 H100", "1,210,000", "842", "100 %"),
            ("Pre-training (stage 2)", "MareNostrum 5", "512 H100", "286,000", "199", "100 %"),
            ("Long-context extension", "Calderon C2", "128 H100", "41,500", "33", "64 %"),
            ("Instruction tuning", "Calderon C2", "64 H100", "9,800", "8", "64 %"),
            ("Preference optimisation", "Calderon C2", "64 H100", "6,200", "5", "64 %"),
            ("Total", "", "", "1,553,500", "1,087", "98 %"),
        ],
        annex_note=(
            "Renewable share: proportion of electricity covered by guarantees of origin for the "
            "respective data centre in 2025."
        ),
    )
    by["h06_maris_vox4"].x.update(
        yn_follow={
            "public_datasets.used": "We used openly available speech and text corpora.",
            "licensed_data.used": "We hold licences with two audiobook publishers and a broadcaster.",
            "user_data.from_model_interactions": "Only for users who opted in (see below).",
            "tdm.code_of_practice_signatory": "Maris Cognitive signed the Code of Practice in 2025.",
        },
    )
    by["h07_aurelia_canvas3"].x.update(
        comments={
            "2.3": "AureliaImageFetcher only downloads image files discovered by AureliaBot."
        },
    )
    by["h09_heliodor_DATACARD"].x.update(
        comments={"2.1": "Dataset sizes after our filtering are listed in the technical report."},
    )


RENDER: dict[str, tuple[str, Callable[[Doc], Any]]] = {
    "h01_veltria_core21": (".pdf", render_d1),
    "h02_brightwater_tern8b": (".pdf", render_d2),
    "h03_nimbic_sable2": (".pdf", render_d3),
    "h04_calderon_lince3_report": (".pdf", render_d4),
    "h05_kestrel_nord13b": (".docx", render_d5),
    "h06_maris_vox4": (".docx", render_d6),
    "h07_aurelia_canvas3": (".html", render_d7),
    "h08_tidewell_atlasvl2": (".html", render_d8),
    "h09_heliodor_DATACARD": (".md", render_d9),
    "h10_acme_sisu2_export": (".txt", render_d10),
}


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else HERE / "summaries"
    outdir.mkdir(parents=True, exist_ok=True)
    _extras()
    for doc in DOCS:
        validate(doc)
        ext, fn = RENDER[doc.name]
        data = fn(doc)
        path = outdir / f"{doc.name}{ext}"
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        (outdir / f"{doc.name}.expected.json").write_text(gold_json(doc), encoding="utf-8")
        print(f"{path.name:40s} {path.stat().st_size:>8d} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
