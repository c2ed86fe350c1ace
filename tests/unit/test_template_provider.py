from __future__ import annotations

import pytest

from trainaudit.template.provider import split_provider


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme AI, 1 Main St, Springfield", ("Acme AI", "1 Main St, Springfield")),
        ("Acme AI\n1 Main St\nai@acme.example", ("Acme AI", "1 Main St ai@acme.example")),
        ("  Acme AI  \n\n  ai@acme.example ", ("Acme AI", "ai@acme.example")),
        ("Acme AI", ("Acme AI", None)),
    ],
)
def test_name_then_contact_after_a_comma_or_newline(text: str, expected: tuple) -> None:
    assert split_provider(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme, Inc., 1 Main St", ("Acme, Inc.", "1 Main St")),
        ("Acme, Inc.", ("Acme, Inc.", None)),
        ("Acme, LLC\nphone +1 555", ("Acme, LLC", "phone +1 555")),
        ("Acme Co., Ltd., Tokyo", ("Acme Co., Ltd.", "Tokyo")),
        ("Acme S.p.A., Milano", ("Acme S.p.A.", "Milano")),
    ],
)
def test_legal_form_after_a_comma_stays_in_the_name(text: str, expected: tuple) -> None:
    assert split_provider(text) == expected


def test_legal_form_wrapped_onto_its_own_line_joins_the_name() -> None:
    assert split_provider("Acme Holdings\nLtd\nLondon") == ("Acme Holdings Ltd", "London")


def test_word_starting_like_a_legal_form_is_contact() -> None:
    assert split_provider("Acme\nAgency Street 5") == ("Acme", "Agency Street 5")


def test_descriptive_apposition_is_dropped() -> None:
    text = "Acme Group, a partnership between Foo University and Bar Institute\nai@acme.example"
    assert split_provider(text) == ("Acme Group", "ai@acme.example")


def test_apposition_without_any_contact_leaves_no_contact() -> None:
    assert split_provider("Acme, a company") == ("Acme", None)


def test_apposition_on_the_contact_line_is_dropped() -> None:
    text = "Acme Group, a partnership between Foo and Bar, contact: ai@acme.example"
    assert split_provider(text) == ("Acme Group", "contact: ai@acme.example")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Max Planck Institute (MPIL), Heidelberg", ("Max Planck Institute", "Heidelberg")),
        ("Max Planck Institute (MPIL)", ("Max Planck Institute", None)),
    ],
)
def test_bracketed_abbreviation_is_dropped_from_the_name(text: str, expected: tuple) -> None:
    assert split_provider(text) == expected


@pytest.mark.parametrize("text", ["", "   \n ", "N/A", "None", "-"])
def test_empty_answers_give_neither(text: str) -> None:
    assert split_provider(text) == (None, None)
