"""The template check types, on summaries whose evidence quotes differ from their values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import pytest

from trainaudit.models import Evidence, FieldState, FieldValue, SourceInfo, Summary
from trainaudit.rules.checks.template import has_answer, pointer_only, quotes, written
from trainaudit.rules.context import CheckContext
from trainaudit.rules.engine import run_rule
from trainaudit.rules.model import Rule
from trainaudit.template.fields import FIELDS

Spec = tuple[Any, str] | tuple[Any, str, str]


def context(fields: Mapping[str, Spec]) -> CheckContext:
    """Build a check context: each field is (value, state) or (value, state, quote)."""
    values = {}
    for spec in FIELDS:
        value, state, *quote = fields.get(spec.id, (None, "missing"))
        evidence = (Evidence(page=1, quote=quote[0]),) if quote else ()
        values[spec.id] = FieldValue(
            id=spec.id, value=value, state=FieldState(state), evidence=evidence
        )
    source = SourceInfo(path="test.pdf", sha256="", media_type="application/pdf", pages=1)
    return CheckContext(summary=Summary(source=source, fields=values), as_of=dt.date(2026, 11, 25))


def rule(check_type: str, params: Mapping[str, Any], message: str = "{field}") -> Rule:
    """Build a rule of a check type with its parameters and a message."""
    return Rule.adhoc(check_type, params, message)


def messages(
    check_type: str, params: Mapping[str, Any], fields: Mapping[str, Spec], message: str
) -> list[str]:
    """Return the messages of a rule's findings on a document."""
    return [f.message for f in run_rule(rule(check_type, params, message), context(fields))]


# --- helpers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "answered"),
    [
        (None, False),
        ("", False),
        ("  ", False),
        ([], False),
        ({"from": None, "to": None}, False),
        ([{"name": "", "url": None}], False),
        ("x", True),
        (["GPTBot"], True),
        ({"to": "2025"}, True),
    ],
)
def test_has_answer(value: Any, answered: bool) -> None:
    assert has_answer(value) is answered


def test_written_prefers_quotes_and_falls_back_to_the_value() -> None:
    ctx = context(
        {
            "crawling.period": (
                {"from": "2018", "to": "2025-12"},
                "answered",
                "Approximately  2018 – 12/2025",
            ),
            "crawling.purposes": ("Collect pages.", "answered"),
        }
    )
    assert written(ctx, "crawling.period") == "Approximately 2018 – 12/2025"
    assert written(ctx, "crawling.purposes") == "Collect pages."
    assert quotes(ctx, "crawling.purposes") == ""


# --- required ----------------------------------------------------------------------------


def test_required_quotes_an_answer_that_yields_no_item() -> None:
    params = {
        "fields": ["crawling.crawlers"],
        "when": [{"field": "crawling.used", "equals": "yes"}],
    }
    found = messages(
        "required",
        params,
        {
            "crawling.used": ("yes", "answered"),
            "crawling.crawlers": ([], "answered", "See list of crawlers here."),
        },
        "{state}: {detail}",
    )
    assert found == ['empty: it reads "See list of crawlers here."']


def test_required_words_a_state_without_quote() -> None:
    found = messages("required", {"fields": ["document.last_update"]}, {}, "{detail}")
    assert found == ["the document does not have this field"]


def test_required_does_not_quote_the_value_of_an_unread_tristate() -> None:
    unread = {"synthetic_data.used": ("unknown", "unknown")}
    found = messages("required", {"fields": ["synthetic_data.used"]}, unread, "{detail}")
    assert found == ["the answer cannot be read"]


def test_required_respects_conditions_and_states() -> None:
    fields: dict[str, Spec] = {"crawling.used": ("no", "answered")}
    params = {
        "fields": ["crawling.crawlers"],
        "when": [{"field": "crawling.used", "equals": "yes"}],
    }
    assert messages("required", params, fields, "x") == []
    only_missing = {"fields": ["data.languages"], "states": ["missing"]}
    na = {"data.languages": (None, "not_applicable", "N/A")}
    assert messages("required", only_missing, na, "x") == []


def test_required_when_any() -> None:
    params = {
        "fields": ["user_data.description"],
        "when_any": [
            {"field": "user_data.from_model_interactions", "equals": "yes"},
            {"field": "user_data.from_other_services", "equals": "yes"},
        ],
    }
    both_no = {
        "user_data.from_model_interactions": ("no", "answered"),
        "user_data.from_other_services": ("no", "answered"),
    }
    one_yes = {**both_no, "user_data.from_other_services": ("yes", "answered")}
    assert messages("required", params, both_no, "x") == []
    assert messages("required", params, one_yes, "x") == ["x"]


def test_required_accepts_an_answer_in_words_elsewhere() -> None:
    params = {
        "fields": ["public_datasets.modalities"],
        "unless": {"fields": ["public_datasets.used"], "pattern": r"\btext[- ]only\b"},
    }
    prose = {
        "public_datasets.used": ("yes", "answered", "The model was trained on text-only data.")
    }
    assert messages("required", params, prose, "x") == []
    assert messages("required", params, {"public_datasets.used": ("yes", "answered")}, "x") == ["x"]


def test_required_counts_mentions_in_prose_as_items() -> None:
    params = {"fields": ["public_datasets.large"], "mentions": ["DATASET"]}
    prose = {
        "public_datasets.large": (
            [],
            "answered",
            "The training data includes text from Common Crawl.",
        )
    }
    sectors = {
        "public_datasets.large": ([], "answered", "Data across educational and legal sectors.")
    }
    assert messages("required", params, prose, "x") == []
    assert messages("required", params, sectors, "x") == ["x"]


# --- modality_rows, condition, period_complete ----------------------------------------


def test_modality_rows_checks_ticked_rows_only() -> None:
    fields: dict[str, Spec] = {
        "modalities.text.selected": ("yes", "answered"),
        "modalities.text.size": ("gt_10t_tokens", "answered"),
        "modalities.image.selected": ("yes", "answered"),
        "modalities.image.size": (None, "empty", "More than 10 trillions tokens"),
        "modalities.video.selected": ("no", "answered"),
        "modalities.other.selected": ("yes", "answered"),
    }
    found = messages("modality_rows", {"column": "size"}, fields, "{modality}: {detail}")
    assert found == ['image: it reads "More than 10 trillions tokens"']


def test_condition_fires_when_all_hold() -> None:
    when = [{"field": "licensed_data.used", "equals": "other"}]
    params = {"field": "licensed_data.used", "when": when}
    assert messages(
        "condition", params, {"licensed_data.used": ("other", "answered")}, "{value}"
    ) == ["other"]
    assert (
        messages("condition", params, {"licensed_data.used": ("yes", "answered")}, "{value}") == []
    )


@pytest.mark.parametrize(
    ("period", "problem"),
    [
        ({"from": "2024-01", "to": "2025-06"}, None),
        ({"from": None, "to": "2026-06"}, "no start"),
        ({"from": "2018", "to": "2025-12"}, "the start is a year only (2018)"),
        (
            {"from": "2025", "to": "2026"},
            "the start is a year only (2025) and the end is a year only",
        ),
        ({"from": "2024-02", "to": None}, "no end"),
    ],
)
def test_period_complete(period: dict[str, str | None], problem: str | None) -> None:
    found = messages(
        "period_complete",
        {"field": "crawling.period"},
        {"crawling.period": (period, "answered")},
        "{problem}",
    )
    assert [m[: len(problem or "")] for m in found] == ([problem] if problem else [])


# --- pointer_only -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pointer"),
    [
        ("See list of crawlers here.", True),
        ("https://example.com/docs/crawlers", True),
        ("Learn more in our Privacy Center.", True),
        ("See the developer center resource linked above for more about our crawlers.", True),
        (
            "It is our policy to provide information on our crawlers through our developer center"
            " (https: //developers.example.com/crawlers/). Meta's developer page may change.",
            True,
        ),
        ("See above", False),
        ("See the description of linguistic characteristics in Section 1.", False),
        ("GPTBot collects pages for training. More information: https://example.com/bots.", False),
        ("Northwind Omni-0.9 (Summary: https://northwind.example/s/omni-0-9)", False),
        ("Official documentation sites of open-source projects, in English.", False),
        ("", False),
    ],
)
def test_pointer_only(text: str, pointer: bool) -> None:
    assert pointer_only(text) is pointer


# --- written_phrase, present_absent, dataset_links ------------------------------------


def test_written_phrase_reads_quotes_and_stops_once() -> None:
    params = {
        "fields": ["model.names", "model.dependencies"],
        "phrases": [r"\bfamily\b"],
        "once": True,
    }
    fields: dict[str, Spec] = {
        "model.names": (
            ["Gemini 3 Pro", "Gemini 3 Flash"],
            "answered",
            "The Gemini 3 Pro family of models",
        ),
        "model.dependencies": (
            "Each model in the Gemini 3 Pro family is based on Gemini 3 Pro.",
            "answered",
        ),
    }
    found = messages("written_phrase", params, fields, "{field}: {quote}")
    assert found == ["model.names: The Gemini 3 Pro family of models"]
    every = messages("written_phrase", {**params, "once": False}, fields, "{field}")
    assert every == ["model.names", "model.dependencies"]


def test_present_absent_needs_every_absent_pattern_missing() -> None:
    params = {
        "present": {"fields": ["document.version"], "pattern": r"^\D*[2-9]"},
        "absent": [
            {"fields": ["document.version"], "pattern": r"https?://"},
            {"fields": ["other_information"], "pattern": r"previous versions?"},
        ],
    }
    bare = {"document.version": ("V2", "answered")}
    unrelated = {**bare, "other_information": ("Ask us at https://example.org/ask.", "answered")}
    linked = {
        **bare,
        "other_information": ("Previous versions: https://example.org/v1", "answered"),
    }
    assert messages("present_absent", params, bare, "{found}") == ["V2"]
    assert messages("present_absent", params, unrelated, "{found}") == ["V2"]
    assert messages("present_absent", params, linked, "{found}") == []


def test_present_absent_searches_every_field_when_none_given() -> None:
    params = {
        "present": {"fields": ["public_datasets.large"], "pattern": r"common ?crawl"},
        "absent": [{"pattern": r"CC-MAIN-\d{4}-\d{2}"}],
    }
    large = {"public_datasets.large": ([{"name": "Common Crawl", "url": None}], "answered")}
    snapshot = {
        **large,
        "tdm.measures": ("Snapshots up to CC-MAIN-2024-10 were filtered.", "answered"),
    }
    assert messages("present_absent", params, large, "{found}") == ["Common Crawl"]
    assert messages("present_absent", params, snapshot, "{found}") == []


def test_dataset_links_flags_entries_and_prose() -> None:
    params = {"field": "public_datasets.large"}
    entries = [
        {"name": "Common Crawl", "url": None},
        {"name": "FineWeb", "url": "https://huggingface.co/datasets/HuggingFaceFW/fineweb"},
        {"name": "Internal archive, dates not known", "url": None},
    ]
    listed = {"public_datasets.large": (entries, "answered")}
    prose = {
        "public_datasets.large": (
            [],
            "answered",
            "The training data includes text from Common Crawl.",
        )
    }
    assert messages("dataset_links", params, listed, "{count}: {items}") == ["1: Common Crawl"]
    assert messages("dataset_links", params, prose, "{count}: {items}") == ["1: Common Crawl"]
