"""JSON Schema validation at every boundary, with every problem reported at once."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from trainaudit.errors import SchemaError
from trainaudit.resources import data_dir


@cache
def validator(name: str) -> Draft202012Validator:
    """Return a validator for schemas/<name>.schema.json, loaded once."""
    path = data_dir("schemas") / f"{name}.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def problems(instance: Any, name: str) -> list[str]:
    """Return every schema problem of an instance as "json.path: message", best first."""
    errors = list(validator(name).iter_errors(instance))
    if not errors:
        return []
    first = best_match(errors)
    ordered = [first, *(e for e in errors if e is not first)]
    return [f"{e.json_path}: {e.message}" for e in ordered]


def ensure_valid(instance: Any, name: str) -> None:
    """Raise SchemaError when an instance does not satisfy its schema."""
    found = problems(instance, name)
    if found:
        raise SchemaError(f"output does not match {name}.schema.json: " + "; ".join(found[:5]))
