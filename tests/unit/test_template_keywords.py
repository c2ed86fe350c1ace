"""Labels reworded past fuzzy matching, recognised by their keywords."""

from __future__ import annotations

import pytest

from trainaudit.template.keywords import looks_like_label, matches_keywords


@pytest.mark.parametrize(
    ("field_id", "label"),
    [
        ("crawling.used", "Did you use crawlers?"),
        ("provider.name", "Name and contact details of the provider:"),
        ("model.dependencies", "Dependencies on other models:"),
        ("model.placement_date", "Date placed on the EU market:"),
        ("licensed_data.used", "Did you license data from rightsholders?"),
        ("private_datasets.used", "Did you obtain private datasets from other third parties?"),
        ("tdm.code_of_practice_signatory", "Have you signed the GPAI Code of Practice?"),
    ],
)
def test_reworded_labels_are_recognised(field_id: str, label: str) -> None:
    assert looks_like_label(label)
    assert matches_keywords(field_id, label)


def test_a_question_field_needs_a_question() -> None:
    assert not matches_keywords("crawling.used", "Crawler behaviour:")


@pytest.mark.parametrize(
    "text",
    [
        "We have not crawled any websites ourselves.",
        "We have not crawled any websites ourselves. Type of modality covered:",
        "provider or on their behalf to train the model?",  # a wrapped label's second line
        "One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen:",
    ],
)
def test_prose_is_not_a_label(text: str) -> None:
    assert not looks_like_label(text)
