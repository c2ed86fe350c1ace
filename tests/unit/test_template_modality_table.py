from __future__ import annotations

from collections.abc import Sequence

from trainaudit.template.modality_table import ModalityRow, read_modality_table


def items(lines: Sequence[str], blocks: Sequence[int]):
    """Items as the reader passes them: (line index, text, block id, x0, column)."""
    pairs = zip(lines, blocks, strict=True)
    return [(i, text, block, None, None) for i, (text, block) in enumerate(pairs)]


def summary(table: dict[str, ModalityRow] | None) -> dict[str, tuple]:
    assert table is not None
    return {key: (row.selected, row.size, row.content) for key, row in table.items()}


def test_ticked_rows_with_size_boxes_and_content() -> None:
    table = read_modality_table(
        items(
            [
                "☒ Text",
                "☐ Less than 1 billion tokens",
                "☒ 1 billion to 10 trillion tokens",
                "☐ More than 10 trillion tokens",
                "Web pages and books",
                "☐ Image",
                "☐ Less than 1 million images",
                "Photos",
                "☐ Audio",
                "☐ Video",
                "☐ Other",
            ],
            [0, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8],
        )
    )
    assert summary(table) == {
        "text": ("yes", "1b_to_10t_tokens", "Web pages and books"),
        "image": ("no", None, None),
        "audio": ("no", None, None),
        "video": ("no", None, None),
        "other": ("no", None, None),
    }


def test_rows_keep_their_line_indices() -> None:
    table = read_modality_table(items(["☒ Text", "Books", "☐ Image"], [0, 1, 2]))
    assert table is not None
    assert (table["text"].lines, table["image"].lines, table["video"].lines) == ((0, 1), (2,), ())


def test_unticked_row_is_no_when_other_rows_carry_ticks() -> None:
    table = read_modality_table(
        items(
            ["☒ Text", "More than 10 trillion tokens", "Web pages", "Image", "Photos"],
            [0, 0, 0, 1, 1],
        )
    )
    assert summary(table)["text"] == ("yes", "gt_10t_tokens", "Web pages")
    assert summary(table)["image"] == ("no", None, None)


def test_undecidable_row_tick_is_unknown() -> None:
    table = read_modality_table(items(["⍰ Text", "Books", "☐ Image"], [0, 1, 2]))
    assert summary(table)["text"] == ("unknown", None, None)


def test_rows_without_any_ticks_are_selected_by_their_content() -> None:
    table = read_modality_table(
        items(["Text", "Books and code", "Image", "Not used"], [0, 0, 1, 1])
    )
    assert summary(table)["text"] == ("yes", None, "Books and code")
    assert summary(table)["image"] == ("no", None, None)


def test_flattened_rows_with_column_names() -> None:
    table = read_modality_table(
        items(
            [
                "Modality: Text",
                "Training data size: 1 billion to 10 trillion tokens",
                "Types of content: Web pages and code",
                "Modality: Image",
                "Training data size: Less than 1 million images",
                "Types of content: Photographs",
            ],
            [0, 0, 0, 1, 1, 1],
        )
    )
    assert summary(table) == {
        "text": ("yes", "1b_to_10t_tokens", "Web pages and code"),
        "image": ("yes", "lt_1m_images", "Photographs"),
        "audio": ("no", None, None),
        "video": ("no", None, None),
        "other": ("no", None, None),
    }


def test_perception_row_selects_image_and_video() -> None:
    table = read_modality_table(
        items(
            [
                "Text",
                "About 5 trillion tokens",
                "Web pages",
                "Perception (Image & Video)",
                "About 200 million images and 3,000 hours of video",
                "Photos and clips",
            ],
            [0, 0, 0, 1, 1, 1],
        )
    )
    result = summary(table)
    assert result["image"] == ("yes", "1m_to_1b_images", "Photos and clips")
    assert result["video"] == ("yes", "lt_10k_hours", "Photos and clips")
    assert result["text"] == ("yes", "1b_to_10t_tokens", "Web pages")


def test_sizes_written_as_quantities() -> None:
    table = read_modality_table(
        items(
            [
                "Text",
                "Approximately 15 trillion tokens",
                "Books",
                "Image",
                "500 million images",
                "Photos",
                "Audio",
                "20,000 hours",
                "Podcasts",
            ],
            [0, 0, 0, 1, 1, 1, 2, 2, 2],
        )
    )
    result = summary(table)
    assert (result["text"][1], result["image"][1], result["audio"][1]) == (
        "gt_10t_tokens",
        "1m_to_1b_images",
        "10k_to_1m_hours",
    )
    assert (result["text"][2], result["image"][2], result["audio"][2]) == (
        "Books",
        "Photos",
        "Podcasts",
    )


def test_row_label_in_a_later_column_does_not_start_a_row() -> None:
    lines = [
        (0, "☒ Text", 0, None, 0),
        (1, "Text and code from the web", 1, None, 2),
        (2, "☐ Image", 2, None, 0),
    ]
    table = read_modality_table(lines)
    assert summary(table)["text"] == ("yes", None, "Text and code from the web")


def test_no_modality_row_gives_none() -> None:
    assert read_modality_table(items(["Nothing to see", "Here"], [0, 1])) is None


def test_rows_asked_as_questions() -> None:
    lines = [
        "Does the training data include text data?",
        "Yes. Training data size: 1 billion to 10 trillion tokens.",
        "Types of text content:",
        "Transcripts and subtitles.",
        "Does the training data include image data?",
        "No.",
    ]
    table = read_modality_table([(i, t, i, None, None) for i, t in enumerate(lines)])
    assert table is not None
    assert table["text"].selected == "yes"
    assert table["text"].size == "1b_to_10t_tokens"
    assert table["text"].content == "Transcripts and subtitles."
    assert table["image"].selected == "no"


def test_rows_written_as_key_value_lines() -> None:
    lines = [
        "MODALITY TEXT: YES",
        "TEXT TRAINING DATA SIZE: approx. 850 billion tokens",
        "TEXT TYPES OF CONTENT: Web text and books.",
        "MODALITY AUDIO: NO",
    ]
    table = read_modality_table([(i, t, 0, None, None) for i, t in enumerate(lines)])
    assert table is not None
    assert table["text"].selected == "yes"
    assert table["text"].size == "1b_to_10t_tokens"
    assert table["text"].content == "Web text and books."
    assert table["audio"].selected == "no"
