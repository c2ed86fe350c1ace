from __future__ import annotations

import pytest

from trainaudit.extract.layout import Layout
from trainaudit.extract.text import mark_boxes, read_text


def shown(layout: Layout) -> list[tuple[bool, tuple[int, int, int] | None, str]]:
    return [(b.heading, b.cell, b.text) for b in layout.blocks]


# --- mark_boxes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("[X] Yes [ ] No", "☒ Yes ☐ No"),
        ("[x] Yes", "☒ Yes"),
        ("[ ] No", "☐ No"),
        ("[] No", "☐ No"),
        ("[✓] Text", "☒ Text"),
        ("(x) Yes ( ) No", "☒ Yes ☐ No"),
        ("X Yes No", "☒ Yes No"),
        ("x no", "☒ no"),
    ],
)
def test_mark_boxes_written_boxes_become_markers(raw: str, expected: str) -> None:
    assert mark_boxes(raw) == expected


@pytest.mark.parametrize("raw", ["TAX Yes", "Xyes", "Model X", "The X factor", "plain text"])
def test_mark_boxes_leaves_other_text_alone(raw: str) -> None:
    assert mark_boxes(raw) == raw


# --- read_text: Markdown --------------------------------------------------------------------


def test_markdown_task_list_items_become_markers() -> None:
    layout = read_text("Question?\n- [x] Yes\n- [ ] No\n", markdown=True)
    assert shown(layout) == [(False, None, "Question?\n☒ Yes\n☐ No")]


def test_markdown_headings_become_heading_blocks() -> None:
    layout = read_text("# Title #\n\n## 2.1 Publicly available datasets\nBody", markdown=True)
    assert shown(layout) == [
        (True, None, "Title"),
        (True, None, "2.1 Publicly available datasets"),
        (False, None, "Body"),
    ]


def test_markdown_pipe_table_becomes_cells() -> None:
    content = "| Label | Value |\n|---|:---:|\n| **Model name** | Foo-1<br>Foo-2 |\n\nAfter."
    assert shown(read_text(content, markdown=True)) == [
        (False, (1, 0, 0), "Label"),
        (False, (1, 0, 1), "Value"),
        (False, (1, 1, 0), "Model name"),
        (False, (1, 1, 1), "Foo-1\nFoo-2"),
        (False, None, "After."),
    ]


def test_markdown_two_tables_get_two_table_numbers() -> None:
    content = "| a |\n|---|\n\ntext\n\n| b |\n|---|\n"
    cells = [b.cell for b in read_text(content, markdown=True).blocks if b.cell]
    assert cells == [(1, 0, 0), (2, 0, 0)]


def test_markdown_ticks_inside_table_cells_become_markers() -> None:
    content = "| [x] Text | [ ] Less than 1 billion tokens<br>[x] More than 10 trillion |\n"
    blocks = read_text(content, markdown=True).blocks
    assert [b.text for b in blocks] == [
        "☒ Text",
        "☐ Less than 1 billion tokens\n☒ More than 10 trillion",
    ]


def test_markdown_links_are_kept_as_links_and_in_the_text() -> None:
    layout = read_text("See [the site](https://example.com/a) here.", markdown=True)
    assert layout.blocks[0].text == "See the site (https://example.com/a) here."
    assert [(link.url, link.text) for link in layout.links] == [
        ("https://example.com/a", "the site")
    ]


def test_markdown_emphasis_and_code_are_unwrapped() -> None:
    layout = read_text("**Bold** and __strong__ and `code`", markdown=True)
    assert layout.blocks[0].text == "Bold and strong and code"


# --- read_text: plain text ------------------------------------------------------------------


def test_plain_text_blank_lines_split_paragraphs() -> None:
    layout = read_text("Line one\nline two\n\n\nThird  ", markdown=False)
    assert shown(layout) == [(False, None, "Line one\nline two"), (False, None, "Third")]


def test_plain_text_has_no_headings_or_tables() -> None:
    layout = read_text("# not a heading\n| a | b |", markdown=False)
    assert shown(layout) == [(False, None, "# not a heading\n| a | b |")]


def test_plain_text_ticks_become_markers() -> None:
    layout = read_text("[X] Yes  [ ] No", markdown=False)
    assert layout.blocks[0].text == "☒ Yes  ☐ No"


def test_empty_text_has_no_blocks() -> None:
    assert read_text("\n\n  \n", markdown=True).blocks == ()
