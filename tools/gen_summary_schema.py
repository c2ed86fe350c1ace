"""Write schemas/summary.schema.json from the template field table (run after changing fields)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from trainaudit.template.fields import FIELDS, ValueType

DATE = {"type": ["string", "null"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
SIZES = {
    "text": ["lt_1b_tokens", "1b_to_10t_tokens", "gt_10t_tokens"],
    "image": ["lt_1m_images", "1m_to_1b_images", "gt_1b_images"],
    "audio": ["lt_10k_hours", "10k_to_1m_hours", "gt_1m_hours"],
    "video": ["lt_10k_hours", "10k_to_1m_hours", "gt_1m_hours"],
}


def value_schema(field_id: str, kind: ValueType) -> dict[str, Any]:
    """Return the JSON Schema of one field's value."""
    if kind is ValueType.TRISTATE:
        answers = ["yes", "no", "unknown"]
        if field_id == "licensed_data.used":
            answers.append("other")
        return {"enum": answers}
    if kind is ValueType.MODALITIES:
        return {
            "type": "array",
            "uniqueItems": True,
            "items": {"enum": ["audio", "image", "other", "text", "video"]},
        }
    if kind is ValueType.SIZE:
        return {"enum": [*SIZES[field_id.split(".")[1]], None]}
    if kind is ValueType.DATE:
        return DATE
    if kind is ValueType.PERIOD:
        return {
            "oneOf": [
                {"type": "null"},
                {
                    "type": "object",
                    "required": ["from", "to"],
                    "additionalProperties": False,
                    "properties": {"from": DATE, "to": DATE},
                },
            ]
        }
    if kind is ValueType.TEXT:
        return {"type": ["string", "null"], "minLength": 1}
    if kind is ValueType.LIST:
        return {"type": "array", "items": {"type": "string", "minLength": 1}}
    if kind is ValueType.DATASETS:
        return {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "url"],
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "url": {"type": ["string", "null"]},
                },
            },
        }
    return {
        "type": "array",
        "uniqueItems": True,
        "items": {"type": "string", "pattern": r"^[a-z0-9.-]+\.[a-z0-9-]+$"},
    }


def build() -> dict[str, Any]:
    """Return the whole summary schema."""
    root: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://trainaudit.dev/schemas/summary.schema.json",
        "title": "trainaudit extract output: one Public Summary of Training Content",
        "description": "Every template field of template-fields.md as a nested path; each leaf "
        "has value, state and evidence.",
        "type": "object",
        "$defs": {
            "state": {"enum": ["answered", "empty", "not_applicable", "unknown", "missing"]},
            "evidence": {
                "type": "object",
                "required": ["page", "quote", "bbox"],
                "additionalProperties": False,
                "properties": {
                    "page": {"type": ["integer", "null"], "minimum": 1},
                    "quote": {"type": "string"},
                    "bbox": {
                        "oneOf": [
                            {"type": "null"},
                            {
                                "type": "array",
                                "items": {"type": "number"},
                                "minItems": 4,
                                "maxItems": 4,
                            },
                        ]
                    },
                },
            },
            "source": {
                "type": "object",
                "required": ["path", "sha256", "media_type", "pages"],
                "properties": {
                    "path": {"type": "string"},
                    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                    "media_type": {"type": "string"},
                    "pages": {"type": ["integer", "null"]},
                    "summary_pages": {"type": ["array", "null"], "items": {"type": "integer"}},
                    "template_score": {"type": "number", "minimum": 0, "maximum": 1},
                },
            },
        },
        "properties": {"_source": {"$ref": "#/$defs/source"}},
        "required": ["_source"],
        "additionalProperties": False,
    }
    for spec in FIELDS:
        node = root
        *parents, leaf = spec.id.split(".")
        for part in parents:
            props = node.setdefault("properties", {})
            if part not in props:
                props[part] = {
                    "type": "object",
                    "properties": {},
                    "required": [],
                    "additionalProperties": False,
                }
                node.setdefault("required", []).append(part)
            node = props[part]
        node.setdefault("properties", {})[leaf] = {
            "type": "object",
            "required": ["value", "state", "evidence"],
            "additionalProperties": False,
            "properties": {
                "value": value_schema(spec.id, spec.type),
                "state": {"$ref": "#/$defs/state"},
                "evidence": {"type": "array", "items": {"$ref": "#/$defs/evidence"}},
            },
        }
        node.setdefault("required", []).append(leaf)
    return root


def main() -> int:
    """Write the schema, or with --check report whether it is current."""
    target = Path(__file__).resolve().parents[1] / "schemas" / "summary.schema.json"
    text = json.dumps(build(), indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        return 0 if target.read_text(encoding="utf-8") == text else 1
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
