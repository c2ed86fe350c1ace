"""The quality check types: phrase_count (hedges and the like) and repeated_text (boilerplate)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from tests.conftest import ROOT
from trainaudit.rules.checks.quality import repeated_groups, sentences
from trainaudit.rules.examples import run_example
from trainaudit.rules.load import load_rules
from trainaudit.rules.model import Example, Rule
from trainaudit.rules.registry import params_validator, registry

MUSE_SENTENCE = (
    "This dataset comprises multimodal content sourced from publicly available data, data "
    "provided by third parties and information from Meta's products and services."
)


def make_rule(check_type: str, params: Mapping[str, Any], message: str) -> Rule:
    """Return a rule of a check type with these params and message."""
    return Rule.adhoc(check_type, params, message)


HEDGES = make_rule(
    "phrase_count",
    {
        "fields": ["tdm.measures", "crawling.behaviour"],
        "phrases": [r"(?<!\d )\bmay\b(?! \d)", r"\bsuch as\b", r"\bsome\b"],
        "min": 2,
    },
    "{field}: {count} ({found})",
)


def on(rule: Rule, fields: Mapping[str, Any], states: Mapping[str, str] | None = None) -> list[str]:
    """Return the messages of a rule on a document with these fields."""
    return run_example(rule, Example(fields=fields, states=states or {}))


def test_phrase_count_reports_fields_at_the_threshold_with_distinct_phrases() -> None:
    """Every occurrence counts; the phrases found are listed once each, in order."""
    text = "Filtering may remove some content such as spam; it may also remove some ads."
    (found,) = on(HEDGES, {"tdm.measures": text, "crawling.behaviour": "It may retry."})
    assert found == 'tdm.measures: 5 ("may", "some", "such as")'


def test_phrase_count_below_the_threshold_or_unanswered_is_silent() -> None:
    """One hedge is not enough, the month of May is not a hedge, N/A fields are skipped."""
    assert on(HEDGES, {"tdm.measures": "Data up to May 2025 may be included."}) == []
    assert on(HEDGES, {"tdm.measures": None}, {"tdm.measures": "not_applicable"}) == []


def test_phrase_count_honours_conditions() -> None:
    """The when conditions gate the check like the other check types."""
    rule = make_rule(
        "phrase_count",
        {**HEDGES.params, "when": [{"field": "crawling.used", "equals": "yes"}]},
        "{count}",
    )
    text = "It may use some data."
    assert on(rule, {"crawling.used": "no", "tdm.measures": text}) == []
    assert on(rule, {"crawling.used": "yes", "tdm.measures": text}) == ["2"]


def test_sentences_split_on_stops_and_lines_and_drop_short_ones() -> None:
    """robots.txt does not end a sentence; short fragments are left out."""
    text = "We honour robots.txt for every crawl we run.\nSee above. Short one!"
    assert sentences(text, 4) == ["We honour robots.txt for every crawl we run."]
    assert sentences(text, 1)[-1] == "Short one!"


def test_repeated_groups_find_the_same_sentence_in_several_fields() -> None:
    """A sentence with words around it still counts; each set of fields comes once."""
    texts = [
        ("modalities.text.content", MUSE_SENTENCE),
        ("modalities.image.content", "More than 10 trillions tokens " + MUSE_SENTENCE),
        ("crawling.purposes", "GPTBot collects public pages to train the models we build."),
        ("private_datasets.description", MUSE_SENTENCE.upper()),
    ]
    groups = repeated_groups(texts, min_words=8, min_fields=2, similarity=95)
    assert groups == [
        (
            ("modalities.text.content", "modalities.image.content", "private_datasets.description"),
            [MUSE_SENTENCE],
        )
    ]


def test_repeated_groups_catch_a_lightly_reworded_sentence() -> None:
    """A restatement that changes a word or two is the same sentence (Gemini 3 Pro's 2.3)."""
    purposes = (
        "Google uses crawlers to discover and scan websites, find information for building "
        "Google's search indexes, perform other product specific crawls, and for analysis."
    )
    behaviour = purposes.replace("Google uses crawlers to", "Google's crawlers are used to to")
    groups = repeated_groups(
        [("crawling.purposes", purposes), ("crawling.behaviour", behaviour)],
        min_words=8,
        min_fields=2,
        similarity=95,
    )
    assert [fields for fields, _ in groups] == [("crawling.purposes", "crawling.behaviour")]


def test_repeated_groups_ignore_distinct_and_short_sentences() -> None:
    """Different sentences, short ones and repeats inside one field are not boilerplate."""
    texts = [
        ("crawling.purposes", "See above. NorthwindBot collects public pages to train models."),
        ("crawling.behaviour", "See above. NorthwindBot follows robots.txt and never logs in."),
        ("tdm.measures", "We honour robots.txt and TDMRep. We honour robots.txt and TDMRep."),
    ]
    assert repeated_groups(texts, min_words=4, min_fields=2, similarity=95) == []


def test_repeated_text_check_gives_one_finding_per_set_of_fields() -> None:
    """The finding names the fields, counts the sentences and quotes the first one."""
    rule = make_rule(
        "repeated_text",
        {"fields": ["crawling.behaviour", "tdm.measures", "illegal_content.measures"]},
        "{fields_list}|{count}|{sentence}",
    )
    first = "OpenAI's crawler is designed to respect robots.txt instructions for GPTBot."
    second = "OpenAI's crawler is not designed to circumvent captchas or paywalls at all."
    (found,) = on(
        rule,
        {
            "crawling.behaviour": f"{first} {second}",
            "tdm.measures": f"OpenAI respects opt-outs. {first} {second}",
            "illegal_content.measures": "Hash matching and classifiers remove illegal content.",
        },
    )
    assert found == f"crawling.behaviour, tdm.measures|2|{first}"


def test_repeated_text_shortens_long_sentences() -> None:
    """The quoted sentence is cut to 120 characters."""
    rule = make_rule(
        "repeated_text", {"fields": ["tdm.measures", "other_information"]}, "{sentence}"
    )
    long_sentence = "We filtered " + "every single crawled page " * 10 + "before training."
    (found,) = on(rule, {"tdm.measures": long_sentence, "other_information": long_sentence})
    assert len(found) == 120 and found.endswith("…")


@pytest.mark.parametrize(
    ("name", "params", "valid"),
    [
        ("phrase_count", {"fields": ["tdm.measures"], "phrases": ["may"], "min": 2}, True),
        ("phrase_count", {"fields": ["tdm.measures"], "phrases": []}, False),
        ("phrase_count", {"fields": ["no.such.field"], "phrases": ["may"]}, False),
        ("phrase_count", {"fields": ["tdm.measures"], "phrases": ["may"], "min": 0}, False),
        ("repeated_text", {"fields": ["tdm.measures", "other_information"]}, True),
        ("repeated_text", {"fields": ["tdm.measures"]}, False),
        (
            "repeated_text",
            {"fields": ["tdm.measures", "other_information"], "min_fields": 1},
            False,
        ),
        (
            "repeated_text",
            {"fields": ["tdm.measures", "other_information"], "similarity": 40},
            False,
        ),
    ],
)
def test_params_schemas(name: str, params: Mapping[str, Any], valid: bool) -> None:
    """The schemas take field ids, patterns and sane thresholds only."""
    assert name in registry()
    assert params_validator(name).is_valid(params) is valid


def test_quality_pack_uses_the_new_check_types() -> None:
    """The quality pack loads, with a hedging and a boilerplate rule on the new types."""
    rules = load_rules([ROOT / "rules" / "quality"]).rules
    assert len(rules) >= 8
    assert {r.check_type for r in rules} >= {"phrase_count", "repeated_text", "field_state"}
    assert all(r.id.startswith("TDS3") for r in rules)
