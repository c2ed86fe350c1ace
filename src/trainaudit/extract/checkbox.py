"""Tick detection: glyphs, dingbat fonts, vector boxes and form widgets, as canonical markers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from trainaudit.extract.layout import CHECKED, UNCHECKED, UNDECIDED, BBox, bbox_of

#: Unicode glyphs that mean a ticked box.
CHECKED_GLYPHS = frozenset("☒☑✓✔✅✗✘☓■▣⊠⊗⬛●◉")
#: Unicode glyphs that mean an empty box.
UNCHECKED_GLYPHS = frozenset("☐□▢○◯⬜❏❑")

#: Dingbat fonts draw boxes at ASCII or private-use code points.
_DINGBAT_FONTS = ("wingdings", "zapfdingbats", "dingbats", "symbol", "webdings")
# Wingdings: 'o' (0x6F) and 'q' (0x71) and 0xA8 are empty boxes; 'x' (0x78), 0xFD, 0xFE, 0xFC,
# 0xFB are crossed, ticked or checked boxes. Private-use forms add 0xF000.
_WINGDINGS_CHECKED = frozenset({0x78, 0xFB, 0xFC, 0xFD, 0xFE, 0x52, 0x54})
_WINGDINGS_UNCHECKED = frozenset({0x6F, 0x71, 0xA8, 0x72})
# ZapfDingbats: '4' (0x34) is a check mark, 'n' (0x6E) a filled square, 'o'/'q' empty boxes.
_ZAPF_CHECKED = frozenset({0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x6E, 0x6C})
_ZAPF_UNCHECKED = frozenset({0x6F, 0x70, 0x71, 0x72})


def glyph_marker(char: str, fontname: str = "") -> str | None:
    """Return the canonical marker a single drawn character stands for, or None."""
    if char in CHECKED_GLYPHS:
        return CHECKED
    if char in UNCHECKED_GLYPHS:
        return UNCHECKED
    font = fontname.lower()
    if len(char) != 1 or not any(name in font for name in _DINGBAT_FONTS):
        return None
    code = ord(char)
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    if "zapf" in font or ("dingbats" in font and "wingdings" not in font):
        checked, unchecked = _ZAPF_CHECKED, _ZAPF_UNCHECKED
    else:
        checked, unchecked = _WINGDINGS_CHECKED, _WINGDINGS_UNCHECKED
    if code in checked:
        return CHECKED
    if code in unchecked:
        return UNCHECKED
    return None


@dataclass(frozen=True, slots=True)
class Box:
    """A small square drawn on a page, and what the tick detection decided about it."""

    bbox: BBox
    marker: str


def is_box_shape(obj: Mapping[str, Any]) -> bool:
    """Return whether a drawn object has the size and shape of a tick box."""
    width, height = float(obj["width"]), float(obj["height"])
    return 5.0 <= width <= 22.0 and 5.0 <= height <= 22.0 and abs(width - height) <= 0.3 * width


def _inside(inner: BBox, outer: BBox, slack: float = 1.5) -> bool:
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def _overlap(a: BBox, b: BBox) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    if width <= 0 or height <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return width * height / smaller if smaller > 0 else 0.0


def _is_white(color: Any) -> bool:
    if color is None:
        return False
    values = color if isinstance(color, list | tuple) else (color,)
    try:
        numbers = [float(v) for v in values]
    except (TypeError, ValueError):
        return False
    if len(numbers) == 4:  # CMYK: white is no ink
        return all(v <= 0.05 for v in numbers)
    return bool(numbers) and all(v >= 0.95 for v in numbers)


def _luminance(color: Any) -> float | None:
    values = color if isinstance(color, list | tuple) else (color,)
    try:
        numbers = [float(v) for v in values]
    except (TypeError, ValueError):
        return None
    if len(numbers) == 1:
        return numbers[0]
    if len(numbers) == 3:
        return 0.299 * numbers[0] + 0.587 * numbers[1] + 0.114 * numbers[2]
    if len(numbers) == 4:  # CMYK
        return (1 - numbers[3]) * (1 - max(numbers[:3]))
    return None


def _solid_fill(
    shapes: Sequence[Mapping[str, Any]], graphics: Sequence[Mapping[str, Any]], box: BBox
) -> bool:
    """Return whether a box is filled dark (a ticked box drawn solid) and not covered again."""
    dark = any(
        s.get("fill")
        and (lum := _luminance(s.get("non_stroking_color"))) is not None
        and lum < 0.35
        for s in shapes
    )
    if not dark:
        return False
    covered = any(
        g.get("fill") and _is_white(g.get("non_stroking_color")) and _inside(bbox_of(g), box)
        for g in graphics
    )
    return not covered


def _visible(obj: Mapping[str, Any]) -> bool:
    stroked = bool(obj.get("stroke")) and not _is_white(obj.get("stroking_color"))
    filled = bool(obj.get("fill")) and not _is_white(obj.get("non_stroking_color"))
    return stroked or filled


def _group_boxes(shapes: Iterable[Mapping[str, Any]]) -> list[BBox]:
    boxes: list[BBox] = []
    for shape in shapes:
        bbox = bbox_of(shape)
        for i, seen in enumerate(boxes):
            if _overlap(bbox, seen) > 0.6:
                boxes[i] = (
                    min(bbox[0], seen[0]),
                    min(bbox[1], seen[1]),
                    max(bbox[2], seen[2]),
                    max(bbox[3], seen[3]),
                )
                break
        else:
            boxes.append(bbox)
    return boxes


def _is_frame(obj: Mapping[str, Any], size: float) -> bool:
    """Return whether a shape inside a box is part of its frame (an inner square), not a tick."""
    width, height = float(obj["width"]), float(obj["height"])
    square = abs(width - height) <= 0.1 * max(width, height)
    return square and min(width, height) >= 0.6 * size and obj.get("object_type") == "rect"


def find_vector_boxes(
    graphics: Sequence[Mapping[str, Any]], chars: Sequence[Mapping[str, Any]]
) -> list[Box]:
    """Find tick boxes drawn as vector graphics and decide whether each is ticked."""
    candidates = [g for g in graphics if is_box_shape(g)]
    if not candidates:
        return []
    found: list[Box] = []
    for box in _group_boxes(candidates):
        size = max(box[2] - box[0], box[3] - box[1])
        inside_chars = [c for c in chars if _inside(bbox_of(c), box)]
        if any(glyph_marker(c["text"], c.get("fontname", "")) for c in inside_chars):
            continue  # a glyph box: the text layer already carries the tick
        if any(c["text"] in "xX✓✔✗✘" for c in inside_chars):
            found.append(Box(box, CHECKED))
            continue
        marks = [
            g
            for g in graphics
            if _inside(bbox_of(g), box)
            and 0.15 * size <= max(float(g["width"]), float(g["height"])) <= 0.9 * size
            and not _is_frame(g, size)
        ]
        shapes = [g for g in candidates if _overlap(bbox_of(g), box) > 0.6]
        if not marks and _solid_fill(shapes, graphics, box):
            found.append(Box(box, CHECKED))
        elif not marks:
            found.append(Box(box, UNCHECKED))
        elif any(_visible(m) for m in marks):
            found.append(Box(box, CHECKED))
        else:
            found.append(Box(box, UNDECIDED))
    return found


def _pdf_name(value: Any) -> str:
    """Return the text of a PDF name object (/Widget, /Off), or "" when absent."""
    name = getattr(value, "name", value)
    if isinstance(name, bytes):
        return name.decode("latin-1")
    return "" if name is None else str(name)


def widget_marker(annot: Mapping[str, Any]) -> str | None:
    """Return the marker for an AcroForm checkbox or radio widget annotation, else None."""
    data = annot.get("data") or {}
    if _pdf_name(data.get("Subtype")) != "Widget":
        return None
    field_type = _pdf_name(data.get("FT"))  # absent on a kid widget: inherited
    state = _pdf_name(data.get("AS", data.get("V")))
    if field_type not in {"Btn", ""} or not state:
        return None
    return UNCHECKED if state in {"Off", "", "None"} else CHECKED
