"""The registry of check types: a function per type, with its parameter schema and placeholders."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from jsonschema import Draft202012Validator

from trainaudit.resources import data_dir

if TYPE_CHECKING:
    from trainaudit.rules.context import CheckContext
    from trainaudit.rules.model import Evidence, Rule


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    """One breach a check found: values for the message, and where it is."""

    values: Mapping[str, Any] = field(default_factory=dict)
    field: str | None = None
    section: str | None = None
    evidence: tuple[Evidence, ...] = ()


CheckFn = Callable[["CheckContext", "Rule"], Iterator[Hit]]


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckType:
    """A registered check type."""

    name: str
    fn: CheckFn
    #: Message placeholders the check fills in (besides its parameters).
    placeholders: frozenset[str]
    needs_catalogue: bool
    summary: str

    @property
    def schema(self) -> dict[str, Any]:
        """Return the JSON Schema of this type's parameters (schemas/checks/<name>.schema.json)."""
        return params_schema(self.name)


_REGISTRY: dict[str, CheckType] = {}


def check_type(
    name: str, *, placeholders: tuple[str, ...] = (), needs_catalogue: bool = False
) -> Callable[[CheckFn], CheckFn]:
    """Register a function as the implementation of rules whose ``check.type`` is ``name``."""

    def register(fn: CheckFn) -> CheckFn:
        if name in _REGISTRY:
            raise RuntimeError(f"check type {name!r} registered twice")
        doc = (fn.__doc__ or "").strip().splitlines()
        _REGISTRY[name] = CheckType(
            name=name,
            fn=fn,
            placeholders=frozenset(placeholders),
            needs_catalogue=needs_catalogue,
            summary=doc[0] if doc else "",
        )
        return fn

    return register


def registry() -> Mapping[str, CheckType]:
    """Return every registered check type by name (importing the implementations)."""
    from trainaudit.rules import checks  # noqa: F401 - registers the check types

    return _REGISTRY


@cache
def params_schema(name: str) -> dict[str, Any]:
    """Return the parameter schema of a check type."""
    path = data_dir("schemas") / "checks" / f"{name}.schema.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


@cache
def params_validator(name: str) -> Draft202012Validator:
    """Return a validator for a check type's parameters."""
    return Draft202012Validator(params_schema(name))
