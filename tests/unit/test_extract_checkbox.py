from __future__ import annotations

from typing import Any

import pytest
from pdfminer.psparser import LIT

from trainaudit.extract.checkbox import find_vector_boxes, glyph_marker, widget_marker
from trainaudit.extract.layout import CHECKED, UNCHECKED, UNDECIDED

# --- glyph_marker ---------------------------------------------------------------------------


@pytest.mark.parametrize("char", ["☒", "☑", "✓", "✔"])
def test_glyph_marker_unicode_ticks_are_checked(char: str) -> None:
    assert glyph_marker(char) == CHECKED


@pytest.mark.parametrize("char", ["☐", "□"])
def test_glyph_marker_unicode_empty_boxes_are_unchecked(char: str) -> None:
    assert glyph_marker(char) == UNCHECKED


@pytest.mark.parametrize("char", ["a", "X", "1", " "])
def test_glyph_marker_ordinary_characters_are_no_marker(char: str) -> None:
    assert glyph_marker(char, "Helvetica") is None


@pytest.mark.parametrize("font", ["Wingdings", "ABCDEF+Wingdings-Regular"])
def test_glyph_marker_wingdings_private_use_checked(font: str) -> None:
    assert glyph_marker("\uf0fe", font) == CHECKED


def test_glyph_marker_wingdings_private_use_unchecked() -> None:
    assert glyph_marker("\uf0a8", "Wingdings") == UNCHECKED


def test_glyph_marker_wingdings_ascii_x_is_checked() -> None:
    assert glyph_marker("x", "Wingdings") == CHECKED


def test_glyph_marker_private_use_code_in_a_text_font_is_no_marker() -> None:
    assert glyph_marker("\uf0fe", "Arial") is None


def test_glyph_marker_letter_x_in_a_text_font_is_no_marker() -> None:
    assert glyph_marker("x", "Arial") is None


@pytest.mark.parametrize(("char", "expected"), [("4", CHECKED), ("n", CHECKED), ("o", UNCHECKED)])
def test_glyph_marker_zapf_dingbats(char: str, expected: str) -> None:
    assert glyph_marker(char, "ZapfDingbats") == expected


def test_glyph_marker_zapf_dingbats_other_letter_is_no_marker() -> None:
    assert glyph_marker("a", "ZapfDingbats") is None


# --- find_vector_boxes ----------------------------------------------------------------------


def shape(x0: float, top: float, width: float, height: float, **overrides: Any) -> dict[str, Any]:
    """A graphic object as pdfplumber reports it: a stroked black rectangle by default."""
    obj: dict[str, Any] = {
        "x0": x0,
        "top": top,
        "x1": x0 + width,
        "bottom": top + height,
        "width": width,
        "height": height,
        "object_type": "rect",
        "fill": False,
        "stroke": True,
        "non_stroking_color": None,
        "stroking_color": (0, 0, 0),
    }
    obj.update(overrides)
    return obj


BOX = shape(100, 100, 10, 10)


def markers(graphics: list[dict[str, Any]], chars: list[dict[str, Any]] | None = None) -> list:
    return [(box.bbox, box.marker) for box in find_vector_boxes(graphics, chars or [])]


def test_empty_box_is_unchecked() -> None:
    assert markers([BOX]) == [((100.0, 100.0, 110.0, 110.0), UNCHECKED)]


def test_box_with_check_mark_curve_is_checked() -> None:
    tick = shape(102, 102, 6, 6, object_type="curve")
    assert markers([BOX, tick]) == [((100.0, 100.0, 110.0, 110.0), CHECKED)]


def test_solid_dark_box_is_checked() -> None:
    solid = shape(100, 100, 10, 10, fill=True, non_stroking_color=(0, 0, 0))
    assert markers([solid]) == [((100.0, 100.0, 110.0, 110.0), CHECKED)]


def test_light_grey_filled_box_is_unchecked() -> None:
    shaded = shape(100, 100, 10, 10, fill=True, non_stroking_color=(0.9,))
    assert markers([shaded]) == [((100.0, 100.0, 110.0, 110.0), UNCHECKED)]


def test_box_whose_only_inner_mark_is_invisible_is_undecided() -> None:
    invisible = shape(
        102, 102, 6, 6, object_type="curve", fill=True, stroke=False, non_stroking_color=(1, 1, 1)
    )
    assert markers([BOX, invisible]) == [((100.0, 100.0, 110.0, 110.0), UNDECIDED)]


def test_inner_square_frame_is_not_a_tick() -> None:
    frame = shape(101, 101, 8, 8)
    assert markers([BOX, frame]) == [((100.0, 100.0, 110.0, 110.0), UNCHECKED)]


def test_dark_box_with_white_inner_square_is_an_empty_frame() -> None:
    solid = shape(100, 100, 10, 10, fill=True, non_stroking_color=(0, 0, 0))
    inner = shape(101, 101, 8, 8, fill=True, stroke=False, non_stroking_color=(1, 1, 1))
    assert markers([solid, inner]) == [((100.0, 100.0, 110.0, 110.0), UNCHECKED)]


def test_letter_x_drawn_inside_a_box_is_checked() -> None:
    x = {"text": "X", "x0": 102, "top": 101, "x1": 108, "bottom": 109, "fontname": "Arial"}
    assert markers([BOX], [x]) == [((100.0, 100.0, 110.0, 110.0), CHECKED)]


def test_box_around_a_tick_glyph_is_left_to_the_text_layer() -> None:
    glyph = {"text": "☒", "x0": 102, "top": 101, "x1": 108, "bottom": 109, "fontname": "DejaVu"}
    assert markers([BOX], [glyph]) == []


@pytest.mark.parametrize(("width", "height"), [(100, 10), (3, 3), (30, 30), (10, 20)], ids=str)
def test_shapes_that_are_not_box_sized_are_ignored(width: float, height: float) -> None:
    assert markers([shape(0, 0, width, height)]) == []


def test_two_boxes_are_decided_separately() -> None:
    tick = shape(202, 102, 6, 6, object_type="curve")
    found = markers([BOX, shape(200, 100, 10, 10), tick])
    assert [marker for _, marker in found] == [UNCHECKED, CHECKED]


# --- widget_marker --------------------------------------------------------------------------


def widget(**data: Any) -> dict[str, Any]:
    return {"data": {"Subtype": LIT("Widget"), **data}}


def test_checkbox_widget_off_is_unchecked() -> None:
    assert widget_marker(widget(FT=LIT("Btn"), AS=LIT("Off"))) == UNCHECKED


def test_checkbox_widget_yes_is_checked() -> None:
    assert widget_marker(widget(FT=LIT("Btn"), AS=LIT("Yes"))) == CHECKED


def test_checkbox_widget_without_appearance_state_uses_its_value() -> None:
    assert widget_marker(widget(FT=LIT("Btn"), V=LIT("Yes"))) == CHECKED


def test_kid_widget_without_field_type_is_read() -> None:
    assert widget_marker(widget(AS=LIT("On"))) == CHECKED


def test_text_field_widget_is_no_checkbox() -> None:
    assert widget_marker(widget(FT=LIT("Tx"), AS=LIT("Yes"))) is None


def test_widget_without_state_is_no_marker() -> None:
    assert widget_marker(widget(FT=LIT("Btn"))) is None


def test_link_annotation_is_no_marker() -> None:
    assert widget_marker({"data": {"Subtype": LIT("Link")}}) is None


def test_annotation_without_data_is_no_marker() -> None:
    assert widget_marker({}) is None
