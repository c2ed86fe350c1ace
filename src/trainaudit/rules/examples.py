"""Run every rule's pass and fail examples: the rules' own tests."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from trainaudit.catalogue.open import OpenCatalogue, open_catalogue
from trainaudit.models import Evidence, FieldState, FieldValue, SourceInfo, Summary
from trainaudit.rules.context import CheckContext, value_text
from trainaudit.rules.engine import run_rule
from trainaudit.rules.model import Example, Rule
from trainaudit.template.fields import FIELDS

#: The date examples are checked at unless they give their own.
EXAMPLE_DATE = dt.date(2026, 11, 1)


@dataclass(frozen=True, slots=True, kw_only=True)
class ExampleResult:
    """What one example of one rule gave."""

    rule: Rule
    kind: str
    index: int
    ok: bool
    detail: str


def _state(value: Any) -> FieldState:
    """Return the state an example's value implies."""
    if value is None:
        return FieldState.MISSING
    if value in ("", [], {}):
        return FieldState.EMPTY
    return FieldState.ANSWERED


def example_summary(example: Example) -> Summary:
    """Build a summary from an example: its fields, states and free text; the rest missing."""
    values = dict(example.fields)
    if example.text is not None:
        values.setdefault("other_information", example.text)
    fields = {}
    for spec in FIELDS:
        value = values.get(spec.id)
        state = FieldState(example.states[spec.id]) if spec.id in example.states else _state(value)
        text = value_text(value)
        evidence = (Evidence(page=1, quote=text),) if text else ()
        fields[spec.id] = FieldValue(id=spec.id, value=value, state=state, evidence=evidence)
    source = SourceInfo(path="example", sha256="", media_type="text/plain", pages=1)
    return Summary(source=source, fields=fields)


@contextmanager
def example_catalogue(example: Example) -> Iterator[tuple[OpenCatalogue | None, dict[str, str]]]:
    """Yield the example's inline catalogue (loaded by the real loader) and its files."""
    if example.catalogue is None:
        yield None, dict(example.files)
        return
    with tempfile.TemporaryDirectory(prefix="trainaudit-example-") as folder:
        base = Path(folder)
        register = {"catalogue": 1, **example.catalogue}
        (base / "catalogue.yaml").write_text(yaml.safe_dump(register), encoding="utf-8")
        for name, text in example.files.items():
            target = base / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        opened = open_catalogue(base / "catalogue.yaml", use_cache=False)
        yield opened, {str(base / n): t for n, t in example.files.items()}


def run_example(rule: Rule, example: Example) -> list[str]:
    """Return the messages of the findings a rule gives on an example."""
    as_of = dt.date.fromisoformat(example.as_of) if example.as_of else EXAMPLE_DATE
    with example_catalogue(example) as (catalogue, files):
        context = CheckContext(
            summary=example_summary(example), catalogue=catalogue, as_of=as_of, files=files
        )
        return [f.message for f in run_rule(rule, context)]


def run_examples(rules: Iterable[Rule]) -> list[ExampleResult]:
    """Run every example of every rule: pass examples must give no finding, fail ones some."""
    results = []
    for rule in rules:
        for kind, examples in (("pass", rule.pass_examples), ("fail", rule.fail_examples)):
            for index, example in enumerate(examples):
                messages = run_example(rule, example)
                ok = not messages if kind == "pass" else bool(messages)
                detail = "; ".join(messages) if messages else "no finding"
                results.append(
                    ExampleResult(rule=rule, kind=kind, index=index, ok=ok, detail=detail)
                )
    return results
