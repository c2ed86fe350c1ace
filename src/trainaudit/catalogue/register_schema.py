"""Check a register against ``catalogue.schema.json``, each problem in words and at its line."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from jsonschema.exceptions import ValidationError

from trainaudit.catalogue.problems import Problem
from trainaudit.catalogue.register_parse import PathKey, Register, dotted
from trainaudit.schema import validator

__all__ = ["schema_problems"]

#: JSON Schema types in words.
_TYPE_WORDS: Final = {
    "string": "text",
    "array": "a list",
    "object": "a mapping",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
}
#: What the patterns of ``catalogue.schema.json``'s $defs ask for, in words.
_PATTERN_WORDS: Final = {
    "text": "text that is not blank",
    "date": "a date written YYYY-MM-DD",
    "url": "an http:// or https:// URL",
    "domain": "a domain name such as example.com",
}


def schema_problems(data: Any, register: Register) -> list[Problem]:
    """Return every way the register does not satisfy the catalogue schema, with its line."""
    problems: list[Problem] = []
    leaves = [leaf for error in validator("catalogue").iter_errors(data) for leaf in _leaves(error)]
    # an empty text breaks both its minLength and its "not blank" pattern: say it once
    empty = {tuple(leaf.absolute_path) for leaf, _ in leaves if leaf.validator == "minLength"}
    for leaf, message in leaves:
        path = tuple(leaf.absolute_path)
        if leaf.validator == "pattern" and path in empty:
            continue
        if leaf.validator == "additionalProperties" and isinstance(leaf.instance, dict):
            problems.extend(_unknown_keys(leaf, path, register))
            continue
        line, position = register.locate(path)
        text = f"{dotted(path)}: {message}"
        problems.append(Problem(register.name, line, None, text, position=position))
    problems.sort(key=lambda p: (p.line or 0, p.position or 0))
    return problems


def _unknown_keys(error: ValidationError, path: PathKey, register: Register) -> list[Problem]:
    """Return one problem per key the schema does not allow, each at the key's own line."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    known = list(schema.get("properties", {}))
    expected = ", ".join(known)
    instance = error.instance if isinstance(error.instance, dict) else {}
    problems = []
    for key in instance:
        if key in known:
            continue
        line, position = register.locate_key(path, str(key))
        text = f"{dotted((*path, str(key)))}: unknown key {key!r}; expected one of {expected}"
        problems.append(Problem(register.name, line, None, text, position=position))
    return problems


def _leaves(error: ValidationError) -> list[tuple[ValidationError, str]]:
    """Return the errors to report for a schema error: a oneOf's closest branch, else itself."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        branches: dict[object, list[ValidationError]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        fewest = min(map(_distance, branches.values()))
        closest = [errors for errors in branches.values() if _distance(errors) == fewest]
        if len(closest) == 1:
            return [leaf for sub in closest[0] for leaf in _leaves(sub)]
        if all(sub.validator == "type" for errors in closest for sub in errors):
            wanted = [str(errors[0].validator_value) for errors in closest]
            return [(error, _wrong_type(error.instance, wanted))]
        alternatives = " / ".join(sorted({_message(errors[0]) for errors in closest}))
        return [(error, f"{error.instance!r} has none of the allowed forms: {alternatives}")]
    return [(error, _message(error))]


def _distance(errors: Sequence[ValidationError]) -> tuple[int, int]:
    """Return how far an instance is from a oneOf branch: errors about the instance itself first.

    A work with a bad year is closer to the work branch (its error is deeper)
    than to the works-file branch (missing "file", unknown keys).
    """
    shallow = sum(1 for error in errors if not error.relative_path)
    return shallow, len(errors)


def _wrong_type(instance: object, wanted: Sequence[str]) -> str:
    """Return the message for a value of the wrong type, saying which types would do."""
    expected = " or ".join(_TYPE_WORDS.get(kind, kind) for kind in wanted)
    hint = " (put it in quotes)" if "string" in wanted and isinstance(instance, int | float) else ""
    return f"{instance!r} is {_json_type(instance)}; expected {expected}{hint}"


def _json_type(value: object) -> str:
    """Return what kind of YAML/JSON value ``value`` is, in words."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "empty" if value is None else type(value).__name__


def _message(error: ValidationError) -> str:
    """Return a schema error's message, in words where jsonschema's would show a regex."""
    instance = error.instance
    if error.validator == "pattern":
        schema = validator("catalogue").schema
        defs = schema.get("$defs", {}) if isinstance(schema, Mapping) else {}
        for name, words in _PATTERN_WORDS.items():
            if defs.get(name, {}).get("pattern") == error.validator_value:
                return f"{instance!r} is not {words}"
    if error.validator == "minLength" and instance == "":
        return "is empty; expected text"
    if error.validator == "const":
        return f"must be {error.validator_value!r}, not {instance!r}"
    if error.validator == "type":
        return _wrong_type(instance, [str(error.validator_value)])
    return error.message
