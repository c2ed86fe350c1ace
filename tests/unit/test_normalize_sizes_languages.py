"""Size bands written in the other languages of the Union."""

from __future__ import annotations

import pytest

from trainaudit.normalize.sizes import size_from_quantity


@pytest.mark.parametrize(
    ("modality", "text", "band"),
    [
        ("text", "Meno di 1 miliardo di token", "lt_1b_tokens"),
        ("text", "Da 1 miliardo a 10 trilioni di token", "1b_to_10t_tokens"),
        ("text", "Più di 10 trilioni di token", "gt_10t_tokens"),
        ("image", "Da 1 milione a 1 miliardo di immagini", "1m_to_1b_images"),
        ("audio", "Meno di 10 000 ore", "lt_10k_hours"),
        ("audio", "Plus de 1 million heures", "gt_1m_hours"),
        ("text", "Mehr als 10 Billionen Token", "gt_10t_tokens"),
    ],
)
def test_sizes_in_other_languages(modality: str, text: str, band: str) -> None:
    assert size_from_quantity(modality, text) == band


def test_an_unknown_word_between_number_and_unit_is_no_magnitude() -> None:
    # "trilioni" is known; an unknown word must not let "10 ... token" read as 10 tokens
    assert size_from_quantity("text", "Più di 10 zilioni di token") != "lt_1b_tokens"
