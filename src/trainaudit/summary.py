"""The extract stage as a library call: a document path in, a Summary out."""

from __future__ import annotations

import hashlib
from pathlib import Path

from trainaudit.errors import InputError, InputProblem
from trainaudit.extract import MEDIA_TYPES, read_layout
from trainaudit.extract.layout import Layout
from trainaudit.models import SourceInfo, Summary
from trainaudit.template.fields import FIELDS
from trainaudit.template.read import read_fields
from trainaudit.template.segment import Segmentation, segment

#: A document needs this many template labels and headings to count as a summary.
MIN_ANCHORS = 6


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _template_score(segmentation: Segmentation) -> float:
    labelled = sum(1 for spec in FIELDS if spec.labels)
    found = sum(1 for a in segmentation.anchors if not a.key.startswith("section:"))
    return found / labelled


def _summary_pages(segmentation: Segmentation) -> tuple[int, int] | None:
    """Return the first and last page holding a template label: the summary inside a bundle."""
    pages = [
        segmentation.stream.lines[a.start.line].page
        for a in segmentation.anchors
        if a.start.line < len(segmentation.stream.lines) and not a.key.startswith("section:")
    ]
    known = [p for p in pages if p is not None]
    return (min(known), max(known)) if known else None


def summarise(path: Path, kind: str, layout: Layout) -> Summary:
    """Segment a layout and read its fields; raise InputError when it is not a summary."""
    segmentation = segment(layout)
    if len(segmentation.anchors) < MIN_ANCHORS:
        raise InputError(
            str(path),
            InputProblem.NOT_A_SUMMARY,
            f"no template structure found ({len(segmentation.anchors)} template labels or "
            f"headings; at least {MIN_ANCHORS} expected): not a training-content summary?",
        )
    source = SourceInfo(
        path=str(path),
        sha256=_sha256(path),
        media_type=MEDIA_TYPES[kind],
        pages=layout.pages,
        summary_pages=_summary_pages(segmentation),
        template_score=_template_score(segmentation),
    )
    return Summary(source=source, fields=read_fields(segmentation, layout))


def read_summary(path: str | Path) -> Summary:
    """Read one document into the template's fields; raise InputError when it cannot be."""
    path = Path(path)
    kind, layout = read_layout(path)
    return summarise(path, kind, layout)
