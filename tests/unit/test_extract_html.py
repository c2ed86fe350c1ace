from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainaudit.extract.html import read_html


def texts(html: str) -> list[str]:
    return [b.text for b in read_html(html).blocks]


def all_text(html: str) -> str:
    return "\n".join(texts(html))


# --- ticks ----------------------------------------------------------------------------------


def test_checked_and_unchecked_checkbox_inputs_become_markers() -> None:
    html = "<p><input type=checkbox checked> Yes <input type='checkbox'> No</p>"
    assert texts(html) == ["☒ Yes ☐ No"]


def test_aria_checked_radio_becomes_a_marker() -> None:
    html = '<p><span role="radio" aria-checked="true"></span>Yes <span role="radio"></span>No</p>'
    assert texts(html) == ["☒ Yes ☐ No"]


def test_strong_option_among_plain_ones_is_ticked() -> None:
    assert texts("<p><strong>Yes</strong> No</p>") == ["☒ Yes ☐ No"]


def test_mark_option_among_plain_ones_is_ticked() -> None:
    assert texts("<p>Yes / <mark>No</mark> / Other</p>") == ["☐ Yes / ☒ No / ☐ Other"]


def test_bold_word_in_a_sentence_is_no_tick() -> None:
    assert texts("<p>Body <strong>important</strong> text</p>") == ["Body important text"]


def test_highlighted_line_in_a_multi_line_cell_is_ticked() -> None:
    html = (
        "<table><tr><td>Size</td><td>Less than 1 billion tokens<br>"
        "<mark>1 billion to 10 trillion tokens</mark><br>More than 10 trillion tokens</td>"
        "</tr></table>"
    )
    assert texts(html)[1].splitlines() == [
        "Less than 1 billion tokens",
        "☒ 1 billion to 10 trillion tokens",
        "More than 10 trillion tokens",
    ]


def test_written_brackets_become_markers() -> None:
    assert texts("<p>[x] Yes [ ] No</p>") == ["☒ Yes ☐ No"]


def test_yellow_hex_background_marks_the_chosen_option() -> None:
    assert texts('<p><span style="background:#ffff00">Yes</span> No</p>') == ["☒ Yes ☐ No"]


@pytest.mark.parametrize("colour", ["white", "rgb(255, 255, 255)"])
def test_white_background_is_no_highlight(colour: str) -> None:
    assert texts(f'<p><span style="background-color: {colour}">Yes</span> No</p>') == ["Yes No"]


# --- structure ------------------------------------------------------------------------------


def test_table_cells_get_table_row_and_column() -> None:
    html = (
        "<table><tr><th>A</th><th>B</th></tr><tr><td>c</td><td>d</td></tr></table>"
        "<table><tr><td>e</td></tr></table>"
    )
    assert [(b.cell, b.text) for b in read_html(html).blocks] == [
        ((0, 0, 0), "A"),
        ((0, 0, 1), "B"),
        ((0, 1, 0), "c"),
        ((0, 1, 1), "d"),
        ((1, 0, 0), "e"),
    ]


def test_headings_and_paragraphs_in_document_order() -> None:
    layout = read_html("<h2>1.1 Provider</h2><p>First</p><ul><li>Item</li></ul>")
    assert [(b.heading, b.cell, b.text) for b in layout.blocks] == [
        (True, None, "1.1 Provider"),
        (False, None, "First"),
        (False, None, "Item"),
    ]


def test_br_splits_lines_of_one_block() -> None:
    assert texts("<p>one<br>two<br/>  three  </p>") == ["one\ntwo\nthree"]


def test_http_links_are_kept_and_javascript_links_are_not() -> None:
    html = '<p><a href="https://x.example/a">X</a> <a href="javascript:alert(1)">J</a></p>'
    assert [(link.url, link.text) for link in read_html(html).links] == [
        ("https://x.example/a", "X")
    ]


@pytest.mark.parametrize(
    "html",
    ["<body>Plain body text</body>", "<main><article>Plain body text</article></main>"],
)
def test_text_outside_block_elements_is_kept(html: str) -> None:
    assert "Plain body text" in all_text(html)


# --- hostile HTML ---------------------------------------------------------------------------

HOSTILE = """<html><head><title>SECRET-TITLE</title>
<style>p { color: red } SECRET-STYLE</style>
<script>var x = "SECRET-SCRIPT";</script></head><body>
<p onclick="alert('SECRET-HANDLER')" onmouseover="SECRET-HANDLER2">Visible one</p>
<div style="display:none">SECRET-DISPLAY-NONE</div>
<div style="COLOR: red; DISPLAY : NONE !important">SECRET-DISPLAY-NONE-2</div>
<p hidden>SECRET-HIDDEN</p>
<p hidden="">SECRET-HIDDEN-EMPTY</p>
<iframe src="https://evil.example"><p>SECRET-IFRAME</p></iframe>
<noscript>SECRET-NOSCRIPT</noscript>
<template><p>SECRET-TEMPLATE</p></template>
<svg><text>SECRET-SVG</text></svg>
<object data="x">SECRET-OBJECT</object>
<img src="x" onerror="alert('SECRET-IMG')">
<p>Visible two<script>SECRET-INLINE-SCRIPT</script><style>SECRET-INLINE-STYLE</style></p>
<table><tr><td>cell<script>SECRET-CELL-SCRIPT</script></td>
<td style="display:none">SECRET-HIDDEN-CELL</td></tr>
<tr hidden><td>SECRET-HIDDEN-ROW</td></tr></table>
</body></html>"""


def test_hostile_html_keeps_only_visible_text() -> None:
    assert texts(HOSTILE) == ["Visible one", "Visible two", "cell"]


def test_hostile_html_leaks_nothing_hidden() -> None:
    assert "SECRET" not in all_text(HOSTILE)


def test_hostile_html_yields_no_links() -> None:
    assert read_html(HOSTILE).links == ()


@pytest.mark.parametrize(
    ("tag", "depth"), [("div", 300), ("span", 2000), ("b", 2000), ("li", 2000), ("table", 500)]
)
def test_deep_nesting_does_not_raise(tag: str, depth: int) -> None:
    html = f"<p>top</p>{f'<{tag}>' * depth}deep{f'</{tag}>' * depth}"
    assert texts(html)[0] == "top"


@pytest.mark.parametrize(
    "html",
    [
        "<p>unclosed <b>bold <td>stray</p></i></table>",
        "<<<>>>",
        "<p <p <p>",
        "</p></div>",
        "<table><td><tr><td>x",
        "<p>a</p><!-- unterminated comment",
        "<?xml version='1.0'?><p>x",
        "\x00<p>nul\x00</p>",
        '<input type=checkbox checked="checked"',
        "<p>&bogus; &#99999999; &#x110000;</p>",
    ],
)
@pytest.mark.filterwarnings("ignore::bs4.XMLParsedAsHTMLWarning")
def test_malformed_html_does_not_raise(html: str) -> None:
    read_html(html)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<td>",
                "<table>",
                "<tr>",
                "<div>",
                "</div>",
                "<b>",
                "<mark>",
                "<input type=checkbox checked>",
                "<br>",
                "<script>",
                "</script>",
                "Yes",
                "No",
                "text",
                " ",
                "<",
                ">",
                "&",
                "<li>",
                "<h2>",
            ]
        ),
        max_size=40,
    )
)
def test_tag_soup_never_raises(parts: list[str]) -> None:
    layout = read_html("".join(parts))
    assert all(block.lines for block in layout.blocks)


def test_nested_tables_do_not_repeat_their_text() -> None:
    layout = read_html(
        "<table><tr><td>Outer<table><tr><td>Inner</td></tr></table></td></tr></table>"
    )
    assert [block.text for block in layout.blocks] == ["Outer", "Inner"]


def test_blocks_keep_document_order_around_a_nested_div() -> None:
    layout = read_html("<div>intro<div>inner</div>tail</div>")
    assert [block.text for block in layout.blocks] == ["intro", "inner", "tail"]


def test_a_bold_word_in_prose_is_no_tick() -> None:
    layout = read_html("<p><strong>Text</strong>, image and audio</p>")
    assert "☒" not in layout.blocks[0].text


def test_very_deep_nesting_is_read_without_recursion() -> None:
    depth = 3000
    layout = read_html("<div>" * depth + "deep text" + "</div>" * depth)
    assert any("deep text" in block.text for block in layout.blocks)
