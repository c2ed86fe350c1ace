"""Where the box stands relative to its label: before, after, alone on the line above."""

from __future__ import annotations

import pytest

from trainaudit.template.options import read_modalities, read_tristate


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("☒ Yes ☐ No", "yes"),
        ("☐ Yes ☒ No", "no"),
        ("Yes ☐ No ☒", "no"),  # boxes after their labels
        ("Yes ☒ No ☐", "yes"),
        ("Yes ☒ No", "no"),  # a tick before "No"; "Yes" drawn without a box
        ("☒ Yes No", "yes"),
        ("☒\nYes\n☐\nNo", "yes"),  # each box on the line above its label
    ],
)
def test_box_positions(text: str, answer: str) -> None:
    result = read_tristate(text)
    assert result is not None
    assert result[0] == answer


def test_modalities_with_boxes_after_labels() -> None:
    assert read_modalities("Text ☒ Image ☐ Video ☒ Audio ☐ Other ☐") == (
        ["text", "video"],
        "tick",
    )
