"""The content check types: elements a description lacks, cross-references, ticks, links."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from trainaudit.models import Evidence, FieldState, FieldValue, SourceInfo, Summary
from trainaudit.rules.checks.content import cross_reference_only
from trainaudit.rules.context import CheckContext
from trainaudit.rules.engine import run_rule
from trainaudit.rules.examples import run_example
from trainaudit.rules.load import load_rules
from trainaudit.rules.model import Example, Rule
from trainaudit.rules.registry import params_validator, registry

CONTENT_TYPES = (
    "description_lacks",
    "cross_reference_only",
    "answered_without_tick",
    "link_missing",
)


def make_rule(check_type: str, params: Mapping[str, Any], message: str) -> Rule:
    """Return a rule of a check type with these params and message."""
    return Rule.adhoc(check_type, params, message)


def on(rule: Rule, fields: Mapping[str, Any], states: Mapping[str, str] | None = None) -> list[str]:
    """Return the messages of a rule on a document with these fields (quotes = values)."""
    return run_example(rule, Example(fields=fields, states=states or {}))


def on_quoted(rule: Rule, fields: Mapping[str, tuple[Any, tuple[str, ...]]]) -> list[str]:
    """Return the messages of a rule on a document whose fields have their own quotes."""
    values = {
        field_id: FieldValue(
            id=field_id,
            value=value,
            state=FieldState.ANSWERED,
            evidence=tuple(Evidence(page=1, quote=q) for q in quotes),
        )
        for field_id, (value, quotes) in fields.items()
    }
    source = SourceInfo(path="test", sha256="", media_type="text/plain", pages=1)
    context = CheckContext(summary=Summary(source=source, fields=values))
    return [f.message for f in run_rule(rule, context)]


# --- cross-references ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "See above",
        "See above.",
        "See the description of linguistic characteristics and other relevant "
        "characteristics of overall training data in Section 1.",
        "Please refer to section 2.1.",
        "Same as 2.1.",
        "As described in Section 2.3.",
        "This is covered in the previous section.",
    ],
)
def test_cross_reference_only_recognises_references_inside_the_summary(text: str) -> None:
    assert cross_reference_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "As described above, data filtering included deduplication and safety classifiers.",
        "See list of crawlers here.",
        "See the developer center resource linked above for more information.",
        "See https://example.com/crawlers (section 2).",
        "Smaller instruction datasets (text, 2023 to 2025). See section 2.5 for the others.",
        "",
        "N/A",
    ],
)
def test_cross_reference_only_leaves_answers_and_outside_pointers(text: str) -> None:
    assert not cross_reference_only(text)


CROSS = make_rule(
    "cross_reference_only",
    {"fields": ["synthetic_data.other_models", "crawling.content_description"]},
    "{section}: {value}",
)


def test_cross_reference_check_reports_each_field_with_its_section() -> None:
    found = on(
        CROSS,
        {
            "synthetic_data.other_models": "See above",
            "crawling.content_description": "See the developer center resource linked above.",
        },
    )
    assert found == ["2.5: See above"]


# --- what a description lacks ----------------------------------------------------------

DATES = make_rule(
    "description_lacks",
    {
        "fields": ["public_datasets.other_description"],
        "element": "collection dates",
        "dates": True,
        "patterns": [r"\bnot\s+known\b"],
        "when": [{"field": "public_datasets.used", "equals": "yes"}],
    },
    "{element}: {value}",
)


@pytest.mark.parametrize(
    "text",
    [
        "Wikimedia Commons images under free licences (collected 2024).",
        "Open subtitle corpora, collected between 2005 and 2025.",
        "Smaller datasets from public repositories; the collection dates are not known.",
        "Wikipedia dumps in German and English (June 2025 snapshot).",
    ],
)
def test_dates_or_not_known_satisfy_the_dates_element(text: str) -> None:
    assert (
        on(DATES, {"public_datasets.used": "yes", "public_datasets.other_description": text}) == []
    )


def test_a_year_inside_a_web_address_is_not_a_date() -> None:
    text = "Reasoning traces from https://huggingface.co/datasets/org/tulu-2024-mix and Wikipedia."
    (found,) = on(DATES, {"public_datasets.used": "yes", "public_datasets.other_description": text})
    assert found.startswith("collection dates: Reasoning traces")


def test_conditions_states_and_pointers_gate_description_lacks() -> None:
    no_dates = "Broad multi-domain text datasets from public repositories."
    assert (
        on(DATES, {"public_datasets.used": "no", "public_datasets.other_description": no_dates})
        == []
    )
    assert on(DATES, {"public_datasets.used": "yes"}) == []  # missing: TDS037's business
    for pointer in ("See above", "See list of datasets here."):
        fields = {"public_datasets.used": "yes", "public_datasets.other_description": pointer}
        assert on(DATES, fields) == []


SPECIFICITIES = make_rule(
    "description_lacks",
    {
        "fields": ["data.other_characteristics"],
        "states": ["answered", "missing", "empty"],
        "element": "specificities",
        "also": ["data.languages"],
        "ignore": [r"\bEU\s+official\s+languages\b"],
        "patterns": [r"\bEurope(?:an)?\b|\bchildren\b"],
        "field_patterns": {"data.other_characteristics": [r"\bFinnish\b"]},
    },
    "{detail}",
)


def test_also_fields_clear_the_check_and_ignore_removes_look_alikes() -> None:
    assert on(SPECIFICITIES, {"data.languages": "English; skews to Western European sites."}) == []
    (found,) = on(
        SPECIFICITIES, {"data.languages": "Many languages, including EU official languages."}
    )
    assert found == "the document does not have this field"


def test_field_patterns_count_only_for_their_field() -> None:
    assert (
        on(SPECIFICITIES, {"data.other_characteristics": "Older Finnish texts (1800-1950)."}) == []
    )
    fields = {
        "data.other_characteristics": "About 9 % code.",
        "data.languages": "Finnish, English.",
    }
    (found,) = on(SPECIFICITIES, fields)
    assert found == 'it reads "About 9 % code."'


def test_not_applicable_is_left_to_other_rules_unless_listed() -> None:
    assert on(SPECIFICITIES, {}, {"data.other_characteristics": "not_applicable"}) == []


def test_modality_placeholder_names_the_row() -> None:
    rule = make_rule(
        "description_lacks",
        {
            "fields": ["modalities.image.content"],
            "element": "a type",
            "field_patterns": {"modalities.image.content": [r"\bphoto\w*"]},
        },
        "{modality}",
    )
    assert on(rule, {"modalities.image.content": "Images from partners."}) == ["image"]
    assert on(rule, {"modalities.image.content": "Stock photography."}) == []


# --- Yes/No answered in words ----------------------------------------------------------

TICKS = make_rule(
    "answered_without_tick",
    {"fields": ["crawling.used", "tdm.code_of_practice_signatory", "synthetic_data.used"]},
    "{field}={answer}: {quote}",
)


def test_answers_read_from_words_are_reported_and_ticked_ones_are_not() -> None:
    found = on_quoted(
        TICKS,
        {
            "crawling.used": ("no", ("We have not crawled, scraped, or otherwise compiled data.",)),
            "tdm.code_of_practice_signatory": ("yes", ("☒ Yes ☐ No",)),
            "synthetic_data.used": ("yes", ("☐ Yes", "A portion of the data is synthetic.")),
        },
    )
    assert found == ["crawling.used=no: We have not crawled, scraped, or otherwise compiled data."]


def test_unreadable_ticks_and_answers_without_evidence_are_not_reported() -> None:
    assert on_quoted(TICKS, {"crawling.used": ("yes", ("⍰ Yes ⍰ No",))}) == []
    assert on_quoted(TICKS, {"crawling.used": ("yes", ())}) == []
    assert on(TICKS, {"crawling.used": "unknown"}, {"crawling.used": "unknown"}) == []


# --- links to documentation ------------------------------------------------------------

LINKS = make_rule(
    "link_missing",
    {"field": "model.names", "near": [r"\bmodel\s+cards?\b"]},
    "{count}: {items}",
)


def test_a_model_name_without_any_link_is_reported() -> None:
    assert on(LINKS, {"model.names": ["GPT-5.5"]}) == ["1: GPT-5.5"]


def test_links_in_the_field_carrying_a_name_or_after_a_doc_word_count() -> None:
    linked = {"model.names": ["Apertus-8B, https://huggingface.co/swiss-ai/Apertus-8B"]}
    assert on(LINKS, linked) == []
    named = {
        "model.names": ["SmolLM3-3B"],
        "other_information": "Report for SmolLM3-3B: https://huggingface.co/HuggingFaceTB/SmolLM3-3B",
    }
    assert on(LINKS, named) == []
    card = {"model.names": ["Core 2.1"], "other_information": "Model card: https://v.example/c21"}
    assert on(LINKS, card) == []


def test_an_unrelated_link_or_a_card_without_address_does_not_count() -> None:
    fields = {
        "model.names": ["Muse Spark"],
        "provider.authorised_representative": "Support Contact: https://ai.example.com/help",
        "model.dependencies": "see each model card for details",
    }
    assert on(LINKS, fields) == ["1: Muse Spark"]


# --- schemas and the bundled rules ------------------------------------------------------


@pytest.mark.parametrize("name", CONTENT_TYPES)
def test_each_content_type_is_registered_with_a_schema(name: str) -> None:
    assert name in registry()
    assert params_validator(name).schema["title"] == f"params of check type {name}"


def test_schemas_reject_unknown_parameters_and_fields() -> None:
    validator = params_validator("description_lacks")
    assert list(validator.iter_errors({"fields": ["data.languages"], "element": "languages"})) == []
    assert list(validator.iter_errors({"fields": ["no.such.field"], "element": "languages"}))
    assert list(validator.iter_errors({"fields": ["data.languages"], "element": "x", "extra": 1}))


RULES = {r.id: r for r in load_rules().rules}


def bundled(
    rule_id: str, fields: Mapping[str, Any], states: Mapping[str, str] | None = None
) -> list[str]:
    """Return the messages of a bundled rule on a document with these fields."""
    return run_example(RULES[rule_id], Example(fields=fields, states=states or {}))


def test_regional_specificities_read_the_languages_too() -> None:
    domyn = (
        "Primary language: English. Regional characteristics: data is predominantly sourced "
        "from the open web, which skews toward English-speaking and Western European content."
    )
    assert (
        bundled(
            "TDS072",
            {"data.other_characteristics": "Domain coverage: web, code.", "data.languages": domyn},
        )
        == []
    )
    gpt = {
        "data.other_characteristics": "The corpus aims at broad topical, geographic coverage.",
        "data.languages": "Substantial representation across EU official languages.",
    }
    assert len(bundled("TDS072", gpt)) == 1


def test_eu_languages_named_only_as_a_group() -> None:
    assert (
        len(
            bundled(
                "TDS073", {"data.languages": "Multiple languages, including EU official languages."}
            )
        )
        == 1
    )
    assert (
        bundled("TDS073", {"data.languages": "All 24 official EU languages; English is 35%."}) == []
    )
    assert (
        bundled(
            "TDS073", {"data.languages": "English, plus EU official languages such as Maltese."}
        )
        == []
    )


def test_content_types_ignore_the_template_footnote() -> None:
    text = (
        "(Excluding audio that is part of video, as this should be reported under the video "
        "modality instead. Furthermore, the Commission understands the modality of 'audio' to "
        "include 'speech'.) This dataset comprises content sourced from publicly available data."
    )
    assert (
        len(
            bundled(
                "TDS071", {"modalities.audio.selected": "yes", "modalities.audio.content": text}
            )
        )
        == 1
    )
