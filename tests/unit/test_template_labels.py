from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainaudit.template.fields import FIELDS
from trainaudit.template.labels import match_prefix, normalise, strip_numbering

LABEL = "Provider name and contact details"

# --- normalise ------------------------------------------------------------------------------


def test_normalise_folds_case_punctuation_and_spaces() -> None:
    assert normalise("  Provider’s  Name, and CONTACT—details!  ") == (
        "provider s name and contact details"
    )


def test_normalise_applies_nfkc() -> None:
    assert normalise("ﬁle Ｆｕｌｌ") == "file full"


def test_normalise_of_punctuation_only_is_empty() -> None:
    assert normalise(" :-?! ") == ""


# --- strip_numbering ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2.3.1 Label", "Label"),
        ("2.3.1. Label", "Label"),
        ("10.2 Label", "Label"),
        ("Q: What", "What"),
        ("Q. What", "What"),
        ("Question: What", "What"),
        ("◦ item", "item"),
        ("• item", "item"),
        ("- item", "item"),
        ("a) thing", "thing"),
        ("iv. four", "four"),
        ("Section 2.1 Public", "Public"),
    ],
)
def test_strip_numbering_removes_a_leading_number_or_bullet(raw: str, expected: str) -> None:
    assert strip_numbering(raw) == expected


@pytest.mark.parametrize("raw", ["2026 was a year", "123 abc", "Label", "2.3.1Label"])
def test_strip_numbering_keeps_years_and_plain_text(raw: str) -> None:
    assert strip_numbering(raw) == raw


def test_strip_numbering_removes_only_the_first_number() -> None:
    assert strip_numbering("1. 2. Label") == "2. Label"


# --- match_prefix ---------------------------------------------------------------------------


def test_exact_label_scores_100_and_covers_the_label() -> None:
    text = f"{LABEL}: Acme"
    hit = match_prefix(LABEL, text, min_score=82)
    assert hit is not None
    assert (hit.score, text[: hit.length]) == (100.0, LABEL)


def test_numbered_label_covers_the_number_too() -> None:
    text = f"1.1 {LABEL}: Acme"
    hit = match_prefix(LABEL, text, min_score=82)
    assert hit is not None
    assert text[hit.length :] == ": Acme"


def test_case_and_punctuation_do_not_matter() -> None:
    hit = match_prefix(LABEL, "provider NAME and contact-details Acme", min_score=82)
    assert hit is not None
    assert hit.score == 100.0


def test_label_split_over_lines_matches() -> None:
    hit = match_prefix("Model name", "Model\nname: x", min_score=82)
    assert hit is not None
    assert (hit.score, hit.length) == (100.0, 10)


def test_label_ending_mid_word_does_not_match() -> None:
    assert match_prefix("Model name", "Model namespace registry", min_score=82) is None


def test_hit_always_ends_at_a_word_end() -> None:
    text = "Last updates: 2026"
    hit = match_prefix("Last update", text, min_score=82)
    assert hit is not None
    assert text[: hit.length] == "Last updates"


def test_text_shorter_than_the_label_does_not_match() -> None:
    assert match_prefix(LABEL, "Provider nam", min_score=82) is None


def test_slightly_reworded_label_matches_below_100() -> None:
    hit = match_prefix(LABEL, "Provider naming and contact details: x", min_score=82)
    assert hit is not None
    assert 82 <= hit.score < 100


@pytest.mark.parametrize(
    "text",
    [
        "Provider details and name contact: x",
        "Name of the provider and how to contact: x",
        "Vendor: x",
        "",
    ],
)
def test_label_reworded_beyond_the_threshold_does_not_match(text: str) -> None:
    assert match_prefix(LABEL, text, min_score=82) is None


def test_empty_label_matches_nothing() -> None:
    assert match_prefix("?", "anything", min_score=0) is None


LABELS = sorted({label for spec in FIELDS for label in spec.labels})


@settings(max_examples=200, deadline=None)
@given(
    label=st.sampled_from(LABELS),
    rest=st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=60),
)
def test_any_template_label_followed_by_a_colon_is_found_whole(label: str, rest: str) -> None:
    text = f"{label}: {rest}"
    hit = match_prefix(label, text, min_score=82)
    assert hit is not None
    assert hit.score == 100.0
    assert normalise(text[: hit.length]) == normalise(label)
    # The hit ends after the label's last word; a closing "?" or ")" is left for the caller
    # (segment._skip_punctuation) to skip.
    assert len(label.rstrip("?)")) <= hit.length <= len(label)
