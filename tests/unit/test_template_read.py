from __future__ import annotations

from pathlib import Path

import pytest

from trainaudit.errors import InputError, InputProblem
from trainaudit.extract.text import read_text
from trainaudit.models import Summary
from trainaudit.summary import read_summary
from trainaudit.template.segment import segment

SUMMARY = """\
# Public Summary of Training Content

Version of the Summary: v1 - Last update: 19 March 2026

## 1.1 Provider identification

Provider name and contact details: Acme AI, Inc., 1 Main Street, Springfield; ai@acme.example

## 1.2 Model identification

Versioned model name(s): Acme-1

Model dependencies: N/A

Date of placement of the model on the Union market: 2 February 2026

## 2.1 Publicly available datasets

Have you used publicly available datasets to train the model?

- [x] Yes
- [ ] No

## 2.3 Data crawled and scraped from online sources

We have not crawled any websites ourselves.

Type of modality covered:

- [x] Text
- [ ] Image

## 2.4 User data

Was data from user interactions with the AI model (e.g. user input and prompts) used to \
train the model?

- [ ] Yes
- [x] No

Type of modality covered:

- [ ] Text
- [x] Audio

## 2.5 Synthetic data

Was synthetic AI-generated data created by the provider or on their behalf to train the model?

- [x] Yes
- [ ] No
"""


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> Summary:
    path = tmp_path_factory.mktemp("summary") / "summary.md"
    path.write_text(SUMMARY, encoding="utf-8")
    return read_summary(path)


def state(summary: Summary, field_id: str) -> tuple[object, str]:
    field = summary.fields[field_id]
    return field.value, field.state.value


# --- segmentation ---------------------------------------------------------------------------


def test_anchors_come_in_template_order() -> None:
    anchors = segment(read_text(SUMMARY, markdown=True)).anchors
    keys = [a.key for a in anchors]
    assert keys.index("crawling.modalities") < keys.index("user_data.modalities")
    assert keys.index("section:2.3") < keys.index("crawling.modalities")
    assert keys.index("section:2.4") < keys.index("user_data.modalities")
    starts = [(a.start.line, a.start.char) for a in anchors]
    assert starts == sorted(starts)


def test_repeated_label_is_read_in_each_section(summary: Summary) -> None:
    assert state(summary, "crawling.modalities") == (["text"], "answered")
    assert state(summary, "user_data.modalities") == (["audio"], "answered")


def test_every_template_field_is_present(summary: Summary) -> None:
    from trainaudit.template.fields import FIELD_IDS

    assert tuple(summary.fields) == FIELD_IDS


# --- values ---------------------------------------------------------------------------------


def test_value_on_the_same_line_after_the_label(summary: Summary) -> None:
    assert state(summary, "model.names") == (["Acme-1"], "answered")
    assert state(summary, "model.placement_date") == ("2026-02-02", "answered")


def test_label_inline_after_a_separator_is_found(summary: Summary) -> None:
    assert state(summary, "document.last_update") == ("2026-03-19", "answered")


@pytest.mark.parametrize("separator", [" - ", " | ", "; "])
def test_value_before_an_inline_label_has_no_separator(tmp_path: Path, separator: str) -> None:
    path = tmp_path / "summary.md"
    path.write_text(SUMMARY.replace(" - Last update", f"{separator}Last update"), encoding="utf-8")
    summary = read_summary(path)
    assert state(summary, "document.last_update") == ("2026-03-19", "answered")
    assert state(summary, "document.version") == ("v1", "answered")


def test_provider_name_and_contact_are_split(summary: Summary) -> None:
    assert state(summary, "provider.name") == ("Acme AI, Inc.", "answered")
    assert state(summary, "provider.contact") == (
        "1 Main Street, Springfield; ai@acme.example",
        "answered",
    )


def test_not_applicable_answer(summary: Summary) -> None:
    assert state(summary, "model.dependencies") == (None, "not_applicable")


def test_ticked_yes_and_no(summary: Summary) -> None:
    assert state(summary, "public_datasets.used") == ("yes", "answered")
    assert state(summary, "user_data.from_model_interactions") == ("no", "answered")
    assert state(summary, "synthetic_data.used") == ("yes", "answered")


def test_question_answered_in_prose(summary: Summary) -> None:
    assert state(summary, "crawling.used") == ("no", "answered")


@pytest.mark.parametrize(
    ("field_id", "expected"),
    [
        ("licensed_data.used", "unknown"),
        ("licensed_data.modalities", []),
        ("private_datasets.listed", []),
        ("provider.authorised_representative", None),
        ("other_sources.description", None),
        ("modalities.text.selected", "unknown"),
        ("modalities.text.size", None),
    ],
)
def test_missing_section_gives_missing_fields(
    summary: Summary, field_id: str, expected: object
) -> None:
    assert state(summary, field_id) == (expected, "missing")


def test_evidence_quotes_the_value(summary: Summary) -> None:
    evidence = summary.fields["model.names"].evidence
    assert [(e.page, e.quote) for e in evidence] == [(None, "Acme-1")]


def test_source_describes_the_file(summary: Summary) -> None:
    assert summary.source.media_type == "text/markdown"
    assert summary.source.pages is None
    assert len(summary.source.sha256) == 64


# --- whole documents ------------------------------------------------------------------------


def test_plain_text_summary_with_values_on_their_own_lines(tmp_path: Path) -> None:
    text = (
        "Public Summary of Training Content\n\n"
        "Provider name and contact details:\nAcme AI\nai@acme.example\n\n"
        "Versioned model name(s):\nAcme-1\nAcme-1 Mini\n\n"
        "Model dependencies:\nNone\n\n"
        "Have you used publicly available datasets to train the model?\nX Yes No\n\n"
        "Were crawlers used by the provider or on behalf of?\n[ ] Yes [X] No\n\n"
        "Period of data collection:\nFrom 01/2024 to 06/2025\n"
    )
    path = tmp_path / "summary.txt"
    path.write_text(text, encoding="utf-8")
    summary = read_summary(path)
    assert state(summary, "provider.name") == ("Acme AI", "answered")
    assert state(summary, "provider.contact") == ("ai@acme.example", "answered")
    assert state(summary, "model.names") == (["Acme-1", "Acme-1 Mini"], "answered")
    assert state(summary, "model.dependencies") == (None, "not_applicable")
    assert state(summary, "public_datasets.used") == ("yes", "answered")
    assert state(summary, "crawling.used") == ("no", "answered")
    assert state(summary, "crawling.period") == ({"from": "2024-01", "to": "2025-06"}, "answered")


def test_empty_answer_is_empty_not_missing(tmp_path: Path) -> None:
    text = SUMMARY.replace("Model dependencies: N/A", "Model dependencies:\n\n## 1.3 x")
    path = tmp_path / "summary.md"
    path.write_text(text, encoding="utf-8")
    assert state(read_summary(path), "model.dependencies") == (None, "empty")


def test_text_that_is_not_a_summary_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text(
        "# Privacy policy\n\nWe respect your privacy. We collect your e-mail address.\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        read_summary(path)
    assert caught.value.problem is InputProblem.NOT_A_SUMMARY
