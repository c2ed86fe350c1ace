"""The synthetic corpus: expected files follow the field contract and regenerate byte for byte."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from trainaudit.template.fields import FIELD_IDS, FIELDS_BY_ID, ValueType

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpora" / "summaries"
GENERATOR = REPO / "corpora" / "generate.py"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

DOC_EXTENSIONS = {".pdf", ".docx", ".html", ".md", ".txt"}
ERRORS = {"ocr_required", "not_a_summary"}
TRISTATES = {"yes", "no", "unknown"}
MODALITIES = {"text", "image", "audio", "video", "other"}
SIZES = {
    "text": {"lt_1b_tokens", "1b_to_10t_tokens", "gt_10t_tokens"},
    "image": {"lt_1m_images", "1m_to_1b_images", "gt_1b_images"},
    "audio": {"lt_10k_hours", "10k_to_1m_hours", "gt_1m_hours"},
    "video": {"lt_10k_hours", "10k_to_1m_hours", "gt_1m_hours"},
}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DOMAIN_RE = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
NA_TEXTS = {"", "n/a", "na", "-", "none"}

#: follow-up fields that must be empty when their parent question is answered "no"
FOLLOW_UPS = {
    "public_datasets.used": (
        "public_datasets.modalities",
        "public_datasets.large",
        "public_datasets.other_description",
    ),
    "licensed_data.used": ("licensed_data.modalities",),
    "private_datasets.used": (
        "private_datasets.modalities",
        "private_datasets.listed",
        "private_datasets.description",
    ),
    "crawling.used": (
        "crawling.crawlers",
        "crawling.purposes",
        "crawling.behaviour",
        "crawling.period",
        "crawling.content_description",
        "crawling.modalities",
        "crawling.top_domains",
    ),
    "synthetic_data.used": (
        "synthetic_data.modalities",
        "synthetic_data.generator_models",
        "synthetic_data.other_models",
    ),
    "other_sources.used": ("other_sources.description",),
}


def expected_files() -> list[Path]:
    return sorted(CORPUS.glob("*.expected.json"))


def load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def check_date(value: Any) -> None:
    if value is None:
        return
    assert isinstance(value, str)
    assert DATE_RE.match(value), value
    parts = [int(p) for p in value.split("-")] + [1, 1]
    dt.date(parts[0], parts[1], parts[2])


def check_text(value: Any) -> None:
    if value is None:
        return
    assert isinstance(value, str)
    assert value == " ".join(value.split()), f"not whitespace-folded: {value!r}"
    assert value.lower().rstrip(".") not in NA_TEXTS, f"N/A-like text must be null: {value!r}"


def check_value(field_id: str, value: Any) -> None:
    """Assert that a gold value has the type template-fields.md gives its field."""
    kind = FIELDS_BY_ID[field_id].type
    if kind is ValueType.TRISTATE:
        allowed = TRISTATES | ({"other"} if field_id == "licensed_data.used" else set())
        assert value in allowed, value
    elif kind is ValueType.MODALITIES:
        assert isinstance(value, list)
        assert set(value) <= MODALITIES
        assert value == sorted(set(value))
    elif kind is ValueType.SIZE:
        modality = field_id.split(".")[1]
        assert value is None or value in SIZES[modality], value
    elif kind is ValueType.DATE:
        check_date(value)
    elif kind is ValueType.PERIOD:
        if value is not None:
            assert isinstance(value, dict)
            assert set(value) == {"from", "to"}
            check_date(value["from"])
            check_date(value["to"])
    elif kind is ValueType.TEXT:
        check_text(value)
    elif kind is ValueType.LIST:
        assert isinstance(value, list)
        assert all(isinstance(v, str) and v == v.strip() and v for v in value)
    elif kind is ValueType.DATASETS:
        assert isinstance(value, list)
        for item in value:
            assert set(item) == {"name", "url"}
            assert isinstance(item["name"], str) and item["name"]
            assert item["url"] is None or item["url"].startswith(("http://", "https://"))
    elif kind is ValueType.DOMAINS:
        assert isinstance(value, list)
        assert len(value) == len(set(value))
        for domain in value:
            assert DOMAIN_RE.match(domain), domain
            assert not domain.startswith("www."), domain
    else:  # pragma: no cover - a new value type needs a check here
        pytest.fail(f"no check for {kind}")


def test_corpus_is_large_and_complete() -> None:
    docs = [p for p in CORPUS.iterdir() if p.suffix in DOC_EXTENSIONS and p.name != "README.md"]
    assert len(docs) >= 26
    stems = {p.name.removesuffix(p.suffix) for p in docs}
    assert len(stems) == len(docs), "two documents share a name"
    assert {p.name.removesuffix(".expected.json") for p in expected_files()} == stems
    formats = {p.suffix for p in docs}
    assert formats == DOC_EXTENSIONS
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for doc in docs:
        assert f"`{doc.name}`" in readme


@pytest.mark.parametrize("path", expected_files(), ids=lambda p: p.name)
def test_expected_file_follows_the_field_contract(path: Path) -> None:
    data = load(path)
    if "_error" in data:
        assert set(data) == {"_error"}
        assert data["_error"] in ERRORS
        return
    notes = data.pop("_notes", {})
    assert isinstance(notes, dict)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in notes.items())
    assert tuple(data) == FIELD_IDS
    for field_id, value in data.items():
        check_value(field_id, value)


@pytest.mark.parametrize("path", expected_files(), ids=lambda p: p.name)
def test_follow_ups_of_a_no_answer_are_empty(path: Path) -> None:
    data = load(path)
    if "_error" in data:
        return
    for question, follow_ups in FOLLOW_UPS.items():
        if data[question] == "no":
            for field_id in follow_ups:
                assert data[field_id] in ([], None), field_id
    for modality in ("text", "image", "audio", "video"):
        if data[f"modalities.{modality}.selected"] != "yes":
            assert data[f"modalities.{modality}.size"] is None


def test_error_documents_are_present() -> None:
    errors = {load(p).get("_error") for p in expected_files()}
    assert errors >= ERRORS


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu fonts (fonts-dejavu-core) not installed")
def test_regenerating_gives_identical_bytes(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(GENERATOR), str(tmp_path)], check=True, cwd=tmp_path)
    committed = {p.name: p.read_bytes() for p in CORPUS.iterdir() if p.is_file()}
    regenerated = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert sorted(regenerated) == sorted(committed)
    changed = [
        name
        for name in committed
        if _content(name, committed[name]) != _content(name, regenerated[name])
    ]
    assert not changed, f"regenerated files differ: {changed}"


def _content(name: str, data: bytes) -> object:
    """Text files compare byte for byte; PDF and DOCX by their text, which library upgrades
    (fpdf2, python-docx, Pillow) keep while object streams and compression may change."""
    if name.endswith(".pdf"):
        import io

        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [(page.extract_text(), len(page.rects), len(page.images)) for page in pdf.pages]
    if name.endswith(".docx"):
        import io
        import zipfile

        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.read("word/document.xml")
    return data
