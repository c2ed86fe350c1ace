from __future__ import annotations

from typing import Any

from trainaudit.extract.columns import find_value_column, group_rows, segments, split_columns


def word(text: str, x0: float, top: float, *, width: float | None = None, height: float = 10):
    """A word as pdfplumber reports it: 6 points per character by default."""
    width = 6.0 * len(text) if width is None else width
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + height}


def texts(rows: list[list[dict[str, Any]]]) -> list[list[str]]:
    return [[w["text"] for w in row] for row in rows]


# --- group_rows -----------------------------------------------------------------------------


def test_words_on_one_baseline_form_one_row_left_to_right() -> None:
    rows = group_rows([word("World", 50, 100.5), word("Hello", 10, 100)])
    assert texts(rows) == [["Hello", "World"]]


def test_words_on_different_baselines_stay_apart_top_to_bottom() -> None:
    rows = group_rows([word("Second", 10, 120), word("First", 10, 100)])
    assert texts(rows) == [["First"], ["Second"]]


def test_tick_boxes_slightly_above_their_options_join_the_option_row() -> None:
    words = [
        word("☒", 10, 96, width=8, height=8),
        word("Yes", 22, 100),
        word("☐", 50, 96, width=8, height=8),
        word("No", 62, 100),
    ]
    assert texts(group_rows(words)) == [["☒", "Yes", "☐", "No"]]


def test_tick_box_below_its_option_row_joins_it() -> None:
    words = [word("Yes", 22, 100), word("☒", 10, 105, width=8, height=8)]
    assert texts(group_rows(words)) == [["☒", "Yes"]]


def test_tick_box_standing_over_a_word_is_not_merged() -> None:
    words = [word("☒", 10, 88, width=8, height=8), word("Yes", 10, 100)]
    assert texts(group_rows(words)) == [["☒"], ["Yes"]]


def test_group_rows_of_nothing_is_empty() -> None:
    assert group_rows([]) == []


# --- segments and find_value_column ---------------------------------------------------------


def test_segments_split_at_a_wide_gap_only() -> None:
    row = [word("a", 0, 0, width=10), word("b", 12, 0, width=10), word("c", 100, 0, width=10)]
    assert texts(segments(row)) == [["a", "b"], ["c"]]


def test_value_column_needs_enough_rows() -> None:
    rows = [[word("Label:", 10, 0), word("value", 200, 0)]]
    assert find_value_column(rows, 10) is None
    assert find_value_column(rows, 10, min_count=1) == 198.0


# --- split_columns --------------------------------------------------------------------------


def label_value_rows() -> list[list[dict[str, Any]]]:
    return group_rows(
        [
            word("Model", 10, 100),
            word("name:", 50, 100),
            word("Foo-1", 200, 100),
            word("Version:", 10, 120),
            word("v2", 200, 120),
            word("(wrapped)", 200, 132),
        ]
    )


def test_split_columns_gives_label_and_value_cells() -> None:
    rows = label_value_rows()
    blocks = split_columns(rows, 198.0, [], page=3, table_id=7)
    assert blocks is not None
    assert [(b.cell, b.text) for b in blocks] == [
        ((7, 0, 0), "Model name:"),
        ((7, 0, 1), "Foo-1"),
        ((7, 1, 0), "Version:"),
        ((7, 1, 1), "v2\n(wrapped)"),
    ]
    assert {b.page for b in blocks} == {3}


def test_split_columns_refuses_a_word_across_the_gutter() -> None:
    rows = group_rows([word("A-very-long-label-crossing", 150, 100), word("value", 300, 100)])
    assert split_columns(rows, 198.0, [], page=1, table_id=0) is None


def test_split_columns_starts_a_new_label_at_a_rule() -> None:
    rows = group_rows(
        [
            word("First", 10, 100),
            word("one", 200, 100),
            word("Second", 10, 111),
            word("two", 200, 111),
        ]
    )
    blocks = split_columns(rows, 198.0, [110.5], page=1, table_id=0)
    assert blocks is not None
    assert [b.text for b in blocks] == ["First", "one", "Second", "two"]


def test_split_columns_joins_a_wrapped_label_without_a_rule() -> None:
    rows = group_rows(
        [
            word("Long", 10, 100),
            word("value", 200, 100),
            word("label", 10, 111),
        ]
    )
    blocks = split_columns(rows, 198.0, [], page=1, table_id=0)
    assert blocks is not None
    assert [b.text for b in blocks] == ["Long\nlabel", "value"]
