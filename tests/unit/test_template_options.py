from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainaudit.template.options import (
    Option,
    options,
    read_modalities,
    read_tristate,
    strip_markers,
)

# --- options --------------------------------------------------------------------------------


def test_options_pairs_each_marker_with_its_label() -> None:
    assert options("☒ Yes ☐ No ⍰ Other (see below)") == [
        Option("☒", "Yes"),
        Option("☐", "No"),
        Option("⍰", "Other (see below)"),
    ]


@pytest.mark.parametrize(("marker", "ticked"), [("☒", True), ("☐", False), ("⍰", None)])
def test_option_ticked(marker: str, ticked: bool | None) -> None:
    assert Option(marker, "Yes").ticked is ticked


def test_strip_markers() -> None:
    assert strip_markers("☒ Yes ☐ No ⍰") == "Yes  No"


# --- read_tristate --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("☒ Yes ☐ No", ("yes", "tick")),
        ("☐ Yes ☒ No", ("no", "tick")),
        ("☒Yes☐No", ("yes", "tick")),
        ("☐ No ☒ Yes", ("yes", "tick")),
        ("☐ Yes ☐ No", ("unknown", "tick not readable")),
        ("☒ Yes ☒ No", ("unknown", "tick not readable")),
        ("⍰ Yes ☐ No", ("unknown", "tick not readable")),
        ("☐ No", ("no", "only option shown")),
        ("☐ Yes", ("yes", "only option shown")),
        ("☒ Sì ☐ No", ("yes", "tick")),
    ],
)
def test_read_tristate_ticks(text: str, expected: tuple[str, str]) -> None:
    assert read_tristate(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes", ("yes", "word")),
        ("Yes.", ("yes", "word")),
        ("No, we did not.", ("no", "word")),
        ("A: No", ("no", "word")),
        ("Answer: yes", ("yes", "word")),
        ("Yes / No", ("unknown", "both answers written, none marked")),
        ("No - Yes", ("unknown", "both answers written, none marked")),
    ],
)
def test_read_tristate_words(text: str, expected: tuple[str, str]) -> None:
    assert read_tristate(text) == expected


@pytest.mark.parametrize("text", ["", "Nope", "Not applicable", "Yesterday we trained", "Maybe"])
def test_read_tristate_without_an_answer_is_none(text: str) -> None:
    assert read_tristate(text) is None


def test_other_option_counts_only_when_allowed() -> None:
    text = "☐ Yes ☐ No ☒ Other (see below)"
    assert read_tristate(text) == ("unknown", "tick not readable")
    assert read_tristate(text, allow_other=True) == ("other", "tick")


def test_ticks_beyond_the_first_200_characters_need_anywhere() -> None:
    text = "x" * 250 + " ☒ Yes ☐ No"
    assert read_tristate(text) is None
    assert read_tristate(text, anywhere=True) == ("yes", "tick")


def test_anywhere_ignores_plain_words() -> None:
    assert read_tristate("Yes, we did.", anywhere=True) is None


def test_ticks_win_over_words() -> None:
    assert read_tristate("Yes, as follows: ☐ Yes ☒ No") == ("no", "tick")


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300), allow_other=st.booleans(), anywhere=st.booleans())
def test_read_tristate_never_raises_and_stays_in_its_values(
    text: str, allow_other: bool, anywhere: bool
) -> None:
    answer = read_tristate(text, allow_other=allow_other, anywhere=anywhere)
    assert answer is None or answer[0] in {"yes", "no", "unknown", "other"}


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(
        st.sampled_from(["☒", "☐", "⍰", "Yes", "No", "Other", " ", "/", "A:", "x", "\n"]),
        max_size=30,
    )
)
def test_read_tristate_on_option_soup_stays_in_its_values(parts: list[str]) -> None:
    answer = read_tristate("".join(parts), allow_other=True)
    assert answer is None or answer[0] in {"yes", "no", "unknown", "other"}


@given(yes=st.booleans(), no=st.booleans(), yes_first=st.booleans())
def test_yes_or_no_only_when_exactly_one_box_is_ticked(
    yes: bool, no: bool, yes_first: bool
) -> None:
    parts = [f"{'☒' if yes else '☐'} Yes", f"{'☒' if no else '☐'} No"]
    text = " ".join(parts if yes_first else parts[::-1])
    value, _ = read_tristate(text) or (None, None)
    if yes != no:
        assert value == ("yes" if yes else "no")
    else:
        assert value == "unknown"


# --- read_modalities ------------------------------------------------------------------------


def test_read_modalities_ticks() -> None:
    assert read_modalities("☒ Text ☐ Image ☒ Video ☐ Audio ☐ Other") == (["text", "video"], "tick")


def test_read_modalities_ticked_other() -> None:
    assert read_modalities("☐ Text ☒ Other") == (["other"], "tick")


def test_read_modalities_all_boxes_empty() -> None:
    assert read_modalities("☐ Text ☐ Image") == ([], "tick")


def test_read_modalities_named_in_words() -> None:
    assert read_modalities("Text, image, video, and audio") == (
        ["audio", "image", "text", "video"],
        "words",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Text only", ["text"]),
        ("Speech recordings", ["audio"]),
        ("Images and videos", ["image", "video"]),
    ],
)
def test_read_modalities_word_forms(text: str, expected: list[str]) -> None:
    assert read_modalities(text) == (expected, "words")


@pytest.mark.parametrize(
    "text", ["Text Image Video Audio Other", "Text  Image  Video  Audio  Other (please specify)"]
)
def test_bare_unmarked_option_list_is_no_modality(text: str) -> None:
    assert read_modalities(text) == ([], "no option marked")


def test_read_modalities_without_any_modality_is_none() -> None:
    assert read_modalities("Nothing relevant here") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in Sections 2.1 to 2.4 been used to train the model? No.", ("no", "word")),
        ("been used to train the model? Yes, licensed news.", ("yes", "word")),
        ("been used to train the model? It depends.", None),
        ("We have not crawled? no", None),
    ],
)
def test_answer_after_the_rest_of_a_question(text: str, expected: tuple[str, str] | None) -> None:
    """A yes/no word after the lower-case rest of the question the label left is the answer."""
    assert read_tristate(text) == expected
