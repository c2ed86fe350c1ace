"""The rule engine: loading with every problem located, selection, messages, helpers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from trainaudit.rules.checks.dates import date_bounds, months_before
from trainaudit.rules.checks.text import is_negated, phrase_hits
from trainaudit.rules.engine import placeholders, select_rules
from trainaudit.rules.examples import run_example
from trainaudit.rules.load import RuleError, load_rules
from trainaudit.rules.model import Example

GOOD = """\
id: TDS901
name: test-version-missing
severity: error
summary: The summary does not state its version.
rationale:
  text: Readers need to know which version they read.
  references:
    - instrument: Template for the public summary of training content
      provision: Header
section: "0"
field: document.version
check:
  type: field_state
  params: {fields: [document.version], states: [missing, empty]}
message: "The version is {state}."
examples:
  pass:
    - fields: {document.version: "1.0"}
  fail:
    - fields: {}
"""


def write_pack(folder: Path, files: dict[str, str]) -> Path:
    """Write a pack folder with a pack.yaml and the given rule files."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text("name: test-pack\ndescription: test\n")
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def problems_of(folder: Path) -> list[str]:
    """Return the problems loading a folder raises."""
    with pytest.raises(RuleError) as raised:
        load_rules([folder])
    return list(raised.value.problems)


def test_good_pack_loads(tmp_path: Path) -> None:
    """A valid rule loads with its pack name, references and examples."""
    rules = load_rules([write_pack(tmp_path / "p", {"TDS901.yaml": GOOD})]).rules
    (rule,) = rules
    assert (rule.pack, rule.check_type, rule.section) == ("test-pack", "field_state", "0")
    assert str(rule.references[0]) == "Template for the public summary of training content, Header"


def test_every_problem_is_reported_with_position(tmp_path: Path) -> None:
    """Broken YAML, schema errors, unknown types, bad params and placeholders: all at once."""
    broken_yaml = "id: TDS902\nname: [unclosed\n"
    bad_severity = GOOD.replace("TDS901", "TDS903").replace("severity: error", "severity: fatal")
    bad_severity = bad_severity.replace("test-version-missing", "n903")
    unknown_type = GOOD.replace("TDS901", "TDS904").replace("type: field_state", "type: nope")
    unknown_type = unknown_type.replace("test-version-missing", "n904")
    bad_params = GOOD.replace("TDS901", "TDS905").replace("states: [missing, empty]", "states: 3")
    bad_params = bad_params.replace("test-version-missing", "n905")
    bad_message = GOOD.replace("TDS901", "TDS906").replace("{state}", "{colour}")
    bad_message = bad_message.replace("test-version-missing", "n906")
    folder = write_pack(
        tmp_path / "p",
        {
            "TDS902.yaml": broken_yaml,
            "TDS903.yaml": bad_severity,
            "TDS904.yaml": unknown_type,
            "TDS905.yaml": bad_params,
            "TDS906.yaml": bad_message,
            "TDS999.yaml": GOOD.replace("test-version-missing", "n999"),
        },
    )
    problems = problems_of(folder)
    text = "\n".join(problems)
    assert "TDS902.yaml:3:1: invalid YAML" in text
    assert "TDS903.yaml:3:11" in text and "fatal" in text
    assert "TDS904.yaml:13:9" in text and "unknown check type 'nope'" in text
    assert "TDS905.yaml:14:" in text and "check.params" in text
    assert "TDS906.yaml:15:10: message uses {colour}" in text
    assert "TDS999.yaml:1:" in text and "file must be named TDS901.yaml" in text


def test_duplicate_ids_and_names(tmp_path: Path) -> None:
    """Two rules with one id or one name are an error naming both files."""
    first = write_pack(tmp_path / "a", {"TDS901.yaml": GOOD})
    second = write_pack(tmp_path / "b", {"TDS901.yaml": GOOD})
    problems = problems_of(tmp_path)
    assert any("id 'TDS901' is already used" in p for p in problems)
    assert any("name 'test-version-missing' is already used" in p for p in problems)
    assert first != second


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    """A folder without rules is not silently accepted."""
    (tmp_path / "empty").mkdir()
    assert "no rule pack here" in problems_of(tmp_path / "empty")[0]


def test_bundled_rules_load() -> None:
    """The bundled packs load without problems and have unique ids."""
    rules = load_rules().rules
    assert len({r.id for r in rules}) == len(rules) > 0


def test_select_and_ignore() -> None:
    """Rules are selected by id, name, pack or id prefix, and ignored the same way."""
    rules = load_rules().rules
    assert [r.id for r in select_rules(rules, ["TDS001"])] == ["TDS001"]
    assert [r.id for r in select_rules(rules, ["version-missing"])] == ["TDS001"]
    assert all(r.pack == "eu-template" for r in select_rules(rules, ["eu-template"]))
    assert "TDS001" not in [r.id for r in select_rules(rules, ignore=["TDS00"])]


def test_placeholders() -> None:
    """Message placeholders are found, attributes and indexes stripped."""
    assert placeholders("{a} and {b.c} and {d[0]} {{literal}}") == {"a", "b", "d"}


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("We do not honour robots.txt.", True),
        ("No robots.txt was checked.", True),
        ("We honour robots.txt.", False),
        ("We do not crawl pages whose owners disallow crawling in robots.txt.", False),
        ("We honour robots.txt, but not ai.txt.", False),
        ("Our crawler doesn't respect robots.txt.", True),
        ("We honour ai.txt but not robots.txt.", True),
    ],
)
def test_negation(text: str, negated: bool) -> None:
    """A phrase is negated only by a negation close before it in its clause."""
    start = text.index("robots.txt")
    assert is_negated(text, start) is negated


def test_phrase_hits_split_affirmed_and_negated() -> None:
    """Affirmed and negated mentions are told apart."""
    affirmed, negated = phrase_hits(
        "We honour robots.txt. We do not honour ai.txt.", [r"robots\.txt", r"ai\.txt"],
        negation_aware=True,
    )  # fmt: skip
    assert [m.group(0) for m in affirmed] == ["robots.txt"]
    assert [m.group(0) for m in negated] == ["ai.txt"]


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2025", (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
        ("2024-02", (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
        ("2025-07-24", (dt.date(2025, 7, 24), dt.date(2025, 7, 24))),
        ({"from": "2024-01", "to": "2025-06"}, (dt.date(2024, 1, 1), dt.date(2025, 6, 30))),
        ("soon", None),
        (None, None),
    ],
)
def test_date_bounds(value: object, bounds: tuple[dt.date, dt.date] | None) -> None:
    """Dates of any precision and periods cover their first to last day."""
    assert date_bounds(value) == bounds


def test_months_before_clamps() -> None:
    """Six months before 31 August is the end of February."""
    assert months_before(dt.date(2026, 8, 31), 6) == dt.date(2026, 2, 28)


def test_examples_run_against_rules() -> None:
    """An example's fields give a finding or none, as the rule says."""
    rule = load_rules().get("TDS045")
    assert rule is not None
    assert run_example(rule, Example(fields={"crawling.used": "yes", "crawling.crawlers": []}))
    assert not run_example(rule, Example(fields={"crawling.used": "no"}))
