from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from trainaudit.normalize.sizes import (
    SIZE_TOKENS,
    parse_size,
    size_from_option_label,
    size_from_quantity,
)


@pytest.mark.parametrize(
    ("modality", "label", "expected"),
    [
        # the template's own labels, typos included
        ("text", "Less than 1 billion tokens", "lt_1b_tokens"),
        ("text", "1billion to10 trillions tokens", "1b_to_10t_tokens"),
        ("text", "More than 10 trillions tokens", "gt_10t_tokens"),
        ("image", "Less than 1 million images", "lt_1m_images"),
        ("image", "1Million to1 billion images", "1m_to_1b_images"),
        ("image", "More than 1 billion images", "gt_1b_images"),
        ("audio", "Less than 10 000 hours", "lt_10k_hours"),
        ("audio", "10 000 to1 million hours", "10k_to_1m_hours"),
        ("audio", "More than 1 million hours", "gt_1m_hours"),
        ("video", "Less than 10 000 hours", "lt_10k_hours"),
        ("video", "10 000 to1 million hours", "10k_to_1m_hours"),
        ("video", "More than 1 million hours", "gt_1m_hours"),
        # variants seen in real summaries
        ("text", "1 billion to 10 trillion tokens", "1b_to_10t_tokens"),
        ("text", "1billion to 10 trillions tokens", "1b_to_10t_tokens"),
        ("text", "More than 10 trillion tokens", "gt_10t_tokens"),
        ("text", "☒ More than 10 trillions tokens", "gt_10t_tokens"),
        ("text", "more than 10 TRILLIONS tokens", "gt_10t_tokens"),
        ("image", "1 Million to 1 billion images", "1m_to_1b_images"),
        ("audio", "10,000 to 1 million hours", "10k_to_1m_hours"),
        ("audio", "Less than 10000 hours", "lt_10k_hours"),
        ("text", "Less than 1 billion", "lt_1b_tokens"),  # unit left out
        # a unit that does not fit the modality (Muse Spark's Perception and Audio rows)
        ("image", "More than 10 trillions tokens", None),
        ("audio", "More than 10 trillions tokens", None),
        ("video", "More than 10 trillions tokens", None),
        ("text", "More than 1 billion images", None),
        # not an option label
        ("text", "15 trillion tokens", None),
        ("text", "", None),
        ("other", "Less than 1 billion tokens", None),
    ],
)
def test_size_from_option_label(modality: str, label: str, expected: str | None) -> None:
    assert size_from_option_label(modality, label) == expected


@pytest.mark.parametrize(
    ("modality", "text", "expected"),
    [
        ("image", "479 million images", "1m_to_1b_images"),  # Bria
        ("text", "Up to 19.2 billion tokens", "1b_to_10t_tokens"),  # Bria
        ("text", "11.1 trillion tokens", "gt_10t_tokens"),
        ("text", "Number of tokens or bytes: 11.1 Trillions", "gt_10t_tokens"),  # Domyn
        ("text", "Size: [more than 10 trillion tokens]", "gt_10t_tokens"),  # SmolLM3
        ("text", "15 trillion tokens", "gt_10t_tokens"),  # Apertus
        ("text", "15T tokens", "gt_10t_tokens"),
        ("text", "2,5 billion tokens", "1b_to_10t_tokens"),
        ("text", "approximately 5–6 trillion tokens", "1b_to_10t_tokens"),  # Domyn 2.1
        ("text", "800 million tokens", "lt_1b_tokens"),
        ("text", "1 billion tokens", "1b_to_10t_tokens"),  # band edges follow the labels
        ("text", "10 trillion tokens", "1b_to_10t_tokens"),
        ("text", "more than 10 trillion tokens", "gt_10t_tokens"),
        ("text", "less than 1 billion tokens", "lt_1b_tokens"),
        ("text", "> 10T tokens", "gt_10t_tokens"),
        ("text", "1,500,000,000,000 tokens", "1b_to_10t_tokens"),
        ("text", "3 trillion high-quality tokens", "1b_to_10t_tokens"),
        ("text", "In 2024 we trained on 1.5 billion tokens", "1b_to_10t_tokens"),
        ("image", "1.2B image-text pairs", "gt_1b_images"),
        ("image", "250k images", "lt_1m_images"),
        ("audio", "approx. 40 000 hours", "10k_to_1m_hours"),
        ("audio", "10.000 hours", "10k_to_1m_hours"),
        ("audio", "2 million hours of speech", "gt_1m_hours"),
        ("video", "3,000,000 minutes", "10k_to_1m_hours"),
        ("video", "500 hrs", "lt_10k_hours"),
        # wrong unit, no unit, nothing
        ("image", "More than 10 trillions tokens", None),  # Muse Spark Perception row
        ("image", "Number of images (or pairs with other media): 0", None),  # Domyn, not used
        ("video", "Number of minutes (or pairs with other media): 0", None),
        ("text", "500 GB of text", None),
        ("text", "479 million images", None),
        ("text", "2024", None),
        ("text", "v1.2 of 3 datasets", None),
        ("text", "N/A", None),
        ("other", "479 million images", None),
    ],
)
def test_size_from_quantity(modality: str, text: str, expected: str | None) -> None:
    assert size_from_quantity(modality, text) == expected


def test_size_from_quantity_skips_quantities_in_another_unit() -> None:
    assert size_from_quantity("text", "479 million images (about 2 trillion tokens)") == (
        "1b_to_10t_tokens"
    )


@pytest.mark.parametrize(
    ("modality", "text", "expected"),
    [
        ("text", "1billion to10 trillions tokens", "1b_to_10t_tokens"),
        ("text", "11 trillion tokens", "gt_10t_tokens"),
        ("image", "More than 10 trillions tokens", None),
        ("text", "", None),
    ],
)
def test_parse_size(modality: str, text: str, expected: str | None) -> None:
    assert parse_size(modality, text) == expected


# --- properties ---------------------------------------------------------------------------

MODALITIES = ["text", "image", "audio", "video"]
UNITS = {"text": "tokens", "image": "images", "audio": "hours", "video": "hours"}
EDGES = {"text": (1e9, 1e13), "image": (1e6, 1e9), "audio": (1e4, 1e6), "video": (1e4, 1e6)}
TEMPLATE_LABELS = {
    "text": ("Less than 1 billion tokens", "1billion to10 trillions tokens",
             "More than 10 trillions tokens"),
    "image": ("Less than 1 million images", "1Million to1 billion images",
              "More than 1 billion images"),
    "audio": ("Less than 10 000 hours", "10 000 to1 million hours", "More than 1 million hours"),
    "video": ("Less than 10 000 hours", "10 000 to1 million hours", "More than 1 million hours"),
}  # fmt: skip


def _expected_band(modality: str, value: float) -> str:
    low, high = EDGES[modality]
    return SIZE_TOKENS[modality][0 if value < low else 2 if value > high else 1]


@st.composite
def spacing_variants(draw: st.DrawFn, label: str) -> str:
    """Re-space a label: drop, add or double the spaces between words, change case."""
    out = []
    for ch in label:
        if ch == " ":
            out.append(draw(st.sampled_from(["", " ", "  ", "\n"])))
        else:
            out.append(ch.upper() if draw(st.booleans()) and ch.isalpha() else ch)
    return "".join(out)


@given(st.sampled_from(MODALITIES), st.integers(0, 2), st.data())
def test_option_labels_survive_spacing_and_case(
    modality: str, index: int, data: st.DataObject
) -> None:
    label = data.draw(spacing_variants(TEMPLATE_LABELS[modality][index]))
    assume(" " in label or "\n" in label)  # fully glued labels are out of scope
    assert size_from_option_label(modality, label) == SIZE_TOKENS[modality][index]


MAGNITUDES = [(1e3, "thousand"), (1e6, "million"), (1e9, "billion"), (1e12, "trillion"),
              (1e3, "k"), (1e6, "M"), (1e9, "B"), (1e12, "T")]  # fmt: skip


@given(
    st.sampled_from(MODALITIES),
    st.floats(min_value=1.0, max_value=999.0, allow_nan=False).map(lambda f: round(f, 1)),
    st.sampled_from(MAGNITUDES),
    st.sampled_from(["", "approx. ", "about ", "~"]),
)
def test_quantities_map_to_their_band(
    modality: str, number: float, magnitude: tuple[float, str], prefix: str
) -> None:
    value = number * magnitude[0]
    low, high = EDGES[modality]
    assume(abs(value - low) > low * 1e-6 and abs(value - high) > high * 1e-6)
    text = f"{prefix}{number:g} {magnitude[1]} {UNITS[modality]}"
    assert size_from_quantity(modality, text) == _expected_band(modality, value)


@given(st.sampled_from([*MODALITIES, "other"]), st.text())
def test_size_functions_never_raise_and_return_valid_tokens(modality: str, s: str) -> None:
    valid = set(SIZE_TOKENS.get(modality, ()))
    for fn in (size_from_option_label, size_from_quantity, parse_size):
        out = fn(modality, s)
        assert out is None or out in valid


@given(st.sampled_from(["image", "audio", "video"]), st.floats(1, 999), st.sampled_from(MAGNITUDES))
def test_tokens_never_size_a_non_text_modality(
    modality: str, number: float, magnitude: tuple[float, str]
) -> None:
    assert size_from_quantity(modality, f"{number:.1f} {magnitude[1]} tokens") is None
