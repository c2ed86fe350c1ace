"""Mention patterns as data: the bundled files, the schema and the error report."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from tests.conftest import ROOT
from trainaudit.detect import LABELS, PatternError, load_patterns
from trainaudit.detect.patterns import default_patterns_dir
from trainaudit.errors import TrainauditError

SCHEMA_PATH = ROOT / "schemas" / "pattern.schema.json"
PATTERNS_DIR = ROOT / "rules" / "patterns"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _problems(folder: Path) -> tuple[str, ...]:
    with pytest.raises(PatternError) as caught:
        load_patterns(folder)
    return caught.value.problems


# --- the bundled patterns -------------------------------------------------------------


def test_default_folder_is_rules_patterns() -> None:
    assert default_patterns_dir().resolve() == PATTERNS_DIR.resolve()


def test_bundled_patterns_load() -> None:
    patterns = load_patterns()
    assert len(patterns) > 200
    assert set(patterns.by_id) == {p.id for p in patterns}
    assert {p.label for p in patterns} == set(LABELS)


def test_bundled_lists_are_large_enough() -> None:
    counts = Counter(p.label for p in load_patterns() if p.phrases)
    assert counts["DATASET"] >= 80
    assert counts["CRAWLER"] >= 40
    assert counts["ORG"] >= 50
    assert counts["OPTOUT_PROTOCOL"] >= 10


@pytest.mark.parametrize("path", sorted(PATTERNS_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_every_bundled_file_satisfies_the_schema(
    path: Path, validator: Draft202012Validator
) -> None:
    data = yaml.safe_load(path.read_text("utf-8"))
    errors = [e.message for e in validator.iter_errors(data)]
    assert errors == []


def test_ids_are_prefixed_by_their_family() -> None:
    prefixes = {
        "DATASET": "dataset",
        "CRAWLER": "crawler",
        "OPTOUT_PROTOCOL": "protocol",
        "ORG": "org",
        "WORK": "work",
        "IDENTIFIER": "identifier",
        "DATE": "date",
        "PERIOD": "period",
        "URL": "url",
        "DOMAIN": "domain",
        "CC_SNAPSHOT": "cc_snapshot",
    }
    for pattern in load_patterns():
        assert pattern.id.split(".")[0] == prefixes[pattern.label], pattern.id


def test_generic_patterns_explain_they_are_generic() -> None:
    generic = [p for p in load_patterns() if p.generic]
    assert {p.id for p in generic} >= {"crawler.generic_token", "org.company_suffix"}
    for pattern in generic:
        assert "generic" in pattern.id or "generic" in (pattern.explain or ""), pattern.id
        assert pattern.explain is not None and "generic" in pattern.explain


def test_pattern_kinds_and_canonical_values() -> None:
    patterns = load_patterns().by_id
    assert patterns["dataset.common_crawl"].kind == "phrases"
    assert patterns["dataset.common_crawl"].canonical == "Common Crawl"
    assert patterns["dataset.coco"].case_sensitive
    assert not patterns["dataset.common_crawl"].case_sensitive
    assert patterns["org.openai"].case_sensitive  # file default for organisations
    assert patterns["work.quoted_by"].kind == "tokens"
    assert patterns["cc_snapshot.id"].kind == "regex"
    assert patterns["date.written"].kind == "finder"


# --- the schema -----------------------------------------------------------------------


def _token_file(token: dict[str, object]) -> dict[str, object]:
    return {
        "family": "t",
        "patterns": [{"id": "t.x", "label": "ORG", "tokens": [[token]]}],
    }


@pytest.mark.parametrize(
    "token",
    [
        {"ORTH": "Acme"},
        {"LOWER": {"IN": ["acme", "acne"]}},
        {"TEXT": {"REGEX": "^A"}, "OP": "+"},
        {"TEXT": {"FUZZY": "acme"}},
        {"LOWER": {"FUZZY2": "acme"}},
        {"SHAPE": {"NOT_IN": ["dd"]}, "OP": "{1,3}"},
        {"LENGTH": {">=": 3}},
        {"IS_TITLE": True, "IS_STOP": False, "LIKE_URL": False, "LIKE_NUM": False},
        {"OP": "?"},
    ],
)
def test_schema_accepts_model_free_attributes(
    token: dict[str, object], validator: Draft202012Validator
) -> None:
    assert list(validator.iter_errors(_token_file(token))) == []


@pytest.mark.parametrize(
    "token",
    [
        {"POS": "PROPN"},
        {"LEMMA": "record"},
        {"TAG": "NNP"},
        {"DEP": "nsubj"},
        {"ENT_TYPE": "ORG"},
        {"MORPH": "Number=Sing"},
        {"IS_SENT_START": True},
        {"ORTH": {"REGEXP": "x"}},
        {"LENGTH": "3"},
        {"IS_TITLE": "yes"},
        {"ORTH": "a", "OP": "%"},
    ],
)
def test_schema_rejects_model_attributes_and_bad_values(
    token: dict[str, object], validator: Draft202012Validator
) -> None:
    assert list(validator.iter_errors(_token_file(token)))


def test_schema_needs_exactly_one_way_of_matching(validator: Draft202012Validator) -> None:
    none = {"family": "t", "patterns": [{"id": "t.x", "label": "ORG"}]}
    both = {
        "family": "t",
        "patterns": [{"id": "t.x", "label": "ORG", "phrases": ["a"], "regex": "a"}],
    }
    assert list(validator.iter_errors(none))
    assert list(validator.iter_errors(both))


# --- the error report -----------------------------------------------------------------


def test_broken_yaml_is_reported_with_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "broken.yaml", "family: t\npatterns:\n  - id: [t.x\n    label: ORG\n")
    problems = _problems(tmp_path)
    assert len(problems) == 1
    assert re.match(rf"{re.escape(str(path))}:\d+:\d+: YAML syntax error", problems[0])


def test_model_only_attribute_is_rejected_with_its_position(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "orgs.yaml",
        "family: t\n"
        "patterns:\n"
        "  - id: t.pos\n"
        "    label: ORG\n"
        "    tokens:\n"
        "      - - POS: PROPN\n"
        "        - ORTH: Records\n",
    )
    (problem,) = _problems(tmp_path)
    assert problem.startswith(f"{path}:6:11: ")
    assert "'POS'" in problem and "need a model" in problem


def test_every_problem_of_every_file_is_reported_at_once(tmp_path: Path) -> None:
    first = _write(
        tmp_path,
        "a.yaml",
        "family: a\n"
        "patterns:\n"
        "  - id: a.lemma\n"
        "    label: ORG\n"
        "    tokens: [[{LEMMA: record}]]\n"
        "  - id: a.regex\n"
        "    label: DATASET\n"
        "    regex: '(unclosed'\n"
        "  - id: a.label\n"
        "    label: THING\n"
        "    phrases: [x]\n"
        "  - id: a.nothing\n"
        "    label: ORG\n"
        "  - id: a.token_regex\n"
        "    label: ORG\n"
        "    tokens: [[{TEXT: {REGEX: '[a-'}}]]\n"
        "  - id: shared.id\n"
        "    label: ORG\n"
        "    phrases: [Acme]\n"
        "    phrases: [Acme Records]\n",
    )
    second = _write(
        tmp_path,
        "b.yaml",
        "family: b\n"
        "patterns:\n"
        "  - id: shared.id\n"
        "    label: ORG\n"
        "    phrases: [Other]\n"
        "  - id: b.same_phrase\n"
        "    label: ORG\n"
        "    phrases: [acme records]\n",
    )
    problems = _problems(tmp_path)
    text = "\n".join(problems)
    assert f"{first}:5:" in text and "'LEMMA'" in text
    assert f"{first}:8:12: invalid regular expression" in text
    assert f"{first}:10:12: 'THING' is not one of" in text
    assert f"{first}:12:5: a pattern needs exactly one of" in text
    assert f"{first}:16:" in text and "'[a-'" in text
    assert f"{first}:20:5: duplicate key 'phrases'" in text
    assert f"{second}:3:5: duplicate id 'shared.id'" in text
    assert f"{second}:6:5: phrase 'acme records'" in text
    assert len(problems) == 8
    assert problems == tuple(
        sorted(problems, key=lambda p: (p.split(":")[0], int(p.split(":")[1])))
    )


def test_spacy_validation_is_run_on_token_patterns(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "ops.yaml",
        "family: t\npatterns:\n  - id: t.op\n    label: ORG\n"
        "    tokens: [[{ORTH: a, OP: '{3,1}'}]]\n",
    )
    (problem,) = _problems(tmp_path)
    assert problem.startswith(f"{path}:5:")


def test_case_sensitive_phrases_of_one_label_may_differ_in_case(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "ok.yaml",
        "family: t\ncase_sensitive: true\npatterns:\n"
        "  - id: t.upper\n    label: ORG\n    phrases: [ROOTS]\n"
        "  - id: t.lower\n    label: DATASET\n    phrases: [roots]\n",
    )
    assert len(load_patterns(tmp_path)) == 2


def test_missing_or_empty_folder_is_a_pattern_error(tmp_path: Path) -> None:
    with pytest.raises(PatternError, match=r"no \*\.yaml pattern files"):
        load_patterns(tmp_path / "absent")
    _write(tmp_path, "empty.yaml", "")
    assert "empty pattern file" in _problems(tmp_path)[0]


def test_pattern_error_is_a_trainaudit_error() -> None:
    error = PatternError(["f.yaml:1:1: x", "f.yaml:2:1: y"])
    assert isinstance(error, TrainauditError)
    assert str(error).splitlines() == [
        "2 problems in mention patterns:",
        "  f.yaml:1:1: x",
        "  f.yaml:2:1: y",
    ]
