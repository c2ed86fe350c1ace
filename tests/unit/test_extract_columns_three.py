"""Borderless tables of three columns with labels at the top of their rows."""

from __future__ import annotations

from trainaudit.extract.columns import extra_columns, group_rows, split_columns


def word(text: str, x0: float, top: float) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + 8.0 * len(text), "top": top, "bottom": top + 10}


def test_three_columns_with_top_aligned_labels() -> None:
    words = [
        word("Text", 60, 100), word("small", 150, 100), word("Web", 300, 100),
        word("pages", 300, 114), word("and", 300, 128), word("books.", 300, 142),
        word("Image", 60, 160), word("large", 150, 160), word("Photos.", 300, 160),
    ]  # fmt: skip
    rows = group_rows(words)
    extra = extra_columns(rows, 148.0)
    assert extra == [298.0]
    blocks = split_columns(rows, 148.0, [], 1, 7, extra)
    assert blocks is not None
    cells = {block.cell: block.text for block in blocks}
    assert cells[(7, 0, 0)] == "Text"
    assert cells[(7, 0, 1)] == "small"
    assert cells[(7, 0, 2)] == "Web\npages\nand\nbooks."
    assert cells[(7, 1, 0)] == "Image"
    assert cells[(7, 1, 2)] == "Photos."
