"""Value objects shared by every stage: evidence, fields and the extracted summary."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

#: A JSON value as it appears in the extract output.
JSONValue = Any


class FieldState(StrEnum):
    """How a template field was answered."""

    ANSWERED = "answered"
    EMPTY = "empty"
    NOT_APPLICABLE = "not_applicable"
    UNKNOWN = "unknown"
    MISSING = "missing"


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """Where a value was read: page (1-based, None for flowing formats), quote and box."""

    page: int | None
    quote: str
    bbox: tuple[float, float, float, float] | None = None

    def to_dict(self) -> dict[str, JSONValue]:
        """Return the JSON form of this evidence."""
        return {
            "page": self.page,
            "quote": self.quote,
            "bbox": [round(v, 1) for v in self.bbox] if self.bbox else None,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldValue:
    """One template field: its normalised value, its state and the evidence for it."""

    id: str
    value: JSONValue
    state: FieldState
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, JSONValue]:
        """Return the JSON leaf object for this field."""
        return {
            "value": self.value,
            "state": self.state.value,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceInfo:
    """The document a summary was read from."""

    path: str
    sha256: str
    media_type: str
    pages: int | None
    summary_pages: tuple[int, int] | None = None
    template_score: float = 0.0

    def to_dict(self) -> dict[str, JSONValue]:
        """Return the JSON form of the source description."""
        return {
            "path": self.path,
            "sha256": self.sha256,
            "media_type": self.media_type,
            "pages": self.pages,
            "summary_pages": list(self.summary_pages) if self.summary_pages else None,
            "template_score": round(self.template_score, 3),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Summary:
    """A summary read into the template's fields, keyed by dotted field id."""

    source: SourceInfo
    fields: Mapping[str, FieldValue] = field(default_factory=dict)

    def value(self, field_id: str) -> JSONValue:
        """Return the normalised value of one field."""
        return self.fields[field_id].value

    def to_flat(self) -> dict[str, JSONValue]:
        """Return a flat map from dotted field id to value (the gold-file shape)."""
        return {fid: fv.value for fid, fv in self.fields.items()}

    def to_dict(self) -> dict[str, JSONValue]:
        """Return the nested JSON object of the extract output."""
        out: dict[str, JSONValue] = {"_source": self.source.to_dict()}
        for fid, fv in self.fields.items():
            node = out
            *parents, leaf = fid.split(".")
            for part in parents:
                node = node.setdefault(part, {})
            node[leaf] = fv.to_dict()
        return out
