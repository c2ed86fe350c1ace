"""Training-data size bands of the 1.3 table, from option labels or written quantities.

Tokens (template-fields.md, value type ``size``):

- text: ``lt_1b_tokens`` | ``1b_to_10t_tokens`` | ``gt_10t_tokens``;
- image: ``lt_1m_images`` | ``1m_to_1b_images`` | ``gt_1b_images``;
- audio and video: ``lt_10k_hours`` | ``10k_to_1m_hours`` | ``gt_1m_hours``.

Conventions:

- Option labels are matched fuzzily after folding case, spacing and plurals,
  so the template's own typos ("1billion to10 trillions tokens",
  "1Million to1 billion images", "10 000 to1 million hours") and the
  variants providers write all match.
- A label or quantity in a unit the modality does not use (a token count in
  the image row, hours in the text row, bytes anywhere) gives ``None``.
- A quantity with no unit ("11.1 Trillions") is taken in the modality's unit,
  but only when it carries a magnitude word or suffix; a bare number is not a
  size.
- Band edges follow the template labels: exactly 1 billion or exactly 10
  trillion tokens fall in the middle band; "more than X" and "less than X"
  are strict, so "more than 10 trillion tokens" is ``gt_10t_tokens``. A range
  ("5–6 trillion tokens") maps to a band only when both ends fall in it.
  Minutes are converted to hours. Zero is no size (``None``).
- Number formats: "2,5" (decimal comma), "1,000,000", "40 000", "1.000.000";
  a lone "." before exactly three digits with no magnitude word is a thousands
  separator ("10.000 hours"), otherwise a decimal point ("1.5 billion").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from rapidfuzz import fuzz, process

from trainaudit.normalize.text import fold_whitespace

__all__ = [
    "SIZE_TOKENS",
    "parse_size",
    "size_from_option_label",
    "size_from_quantity",
]


@dataclass(frozen=True, slots=True)
class _Bands:
    """The three size bands of one modality: unit, band edges and labels."""

    unit: str
    low: float
    high: float
    tokens: tuple[str, str, str]
    labels: tuple[str, str, str]


_TEXT = _Bands(
    "tokens",
    1e9,
    1e13,
    ("lt_1b_tokens", "1b_to_10t_tokens", "gt_10t_tokens"),
    (
        "Less than 1 billion tokens",
        "1 billion to 10 trillion tokens",
        "More than 10 trillion tokens",
    ),
)
_IMAGE = _Bands(
    "images",
    1e6,
    1e9,
    ("lt_1m_images", "1m_to_1b_images", "gt_1b_images"),
    ("Less than 1 million images", "1 million to 1 billion images", "More than 1 billion images"),
)
_HOURS = _Bands(
    "hours",
    1e4,
    1e6,
    ("lt_10k_hours", "10k_to_1m_hours", "gt_1m_hours"),
    ("Less than 10 000 hours", "10 000 to 1 million hours", "More than 1 million hours"),
)
_BANDS: Final[dict[str, _Bands]] = {
    "text": _TEXT,
    "image": _IMAGE,
    "audio": _HOURS,
    "video": _HOURS,
}

#: The valid size tokens per modality.
SIZE_TOKENS: Final[dict[str, tuple[str, str, str]]] = {m: b.tokens for m, b in _BANDS.items()}

_UNIT_WORDS: Final[dict[str, str]] = {
    "token": "tokens",
    "tokens": "tokens",
    "tok": "tokens",
    "image": "images",
    "images": "images",
    "img": "images",
    "imgs": "images",
    "picture": "images",
    "pictures": "images",
    "photo": "images",
    "photos": "images",
    "photographs": "images",
    "pair": "images",
    "pairs": "images",
    "hour": "hours",
    "hours": "hours",
    "hrs": "hours",
    "hr": "hours",
    "h": "hours",
    "minute": "minutes",
    "minutes": "minutes",
    "mins": "minutes",
    "min": "minutes",
    "word": "words",
    "words": "words",
    "character": "characters",
    "characters": "characters",
    "chars": "characters",
    "byte": "bytes",
    "bytes": "bytes",
    "b": "bytes",
    "kb": "bytes",
    "mb": "bytes",
    "gb": "bytes",
    "tb": "bytes",
    "pb": "bytes",
    "documents": "documents",
    "docs": "documents",
    "videos": "videos",
    "clips": "videos",
    "files": "files",
    "immagini": "images",
    "immagine": "images",
    "bilder": "images",
    "imágenes": "images",
    "ore": "hours",
    "heures": "hours",
    "stunden": "hours",
    "horas": "hours",
}

_MAGNITUDES: Final[dict[str, float]] = {
    "thousand": 1e3,
    "thousands": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mio": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "miliardi": 1e9,
    "mrd": 1e9,
    "bn": 1e9,
    "bil": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "tn": 1e12,
    "t": 1e12,
    "quadrillion": 1e15,
    # Other languages of the Union. Long-scale words are read as the translators of these
    # summaries use them: "trilioni di token" stands for the template's "trillion tokens".
    "mila": 1e3,
    "mille": 1e3,
    "tausend": 1e3,
    "milione": 1e6,
    "milioni": 1e6,
    "millionen": 1e6,
    "millones": 1e6,
    "millón": 1e6,
    "miliardo": 1e9,
    "milliarden": 1e9,
    "milliarde": 1e9,
    "bilione": 1e12,
    "bilioni": 1e12,
    "billionen": 1e12,
    "billones": 1e12,
    "trilione": 1e12,
    "trilioni": 1e12,
}

_NUMBER = r"\d{1,3}(?:(?:[,.]|\s)\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_MAG_ALT = "|".join(sorted(_MAGNITUDES, key=len, reverse=True))
_UNIT_ALT = "|".join(sorted(_UNIT_WORDS, key=len, reverse=True))
#: Words that may stand between a quantity and its unit ("11 trillion training tokens"); an
#: unknown word there may be a magnitude we do not know, so it ends the quantity.
_FILLER = (
    "of|di|de|des|von|training|pre-training|pretraining|text|textual|unique|total|distinct|"
    "filtered|deduplicated|raw|clean|high-quality|audio|video|speech|image|labelled|labeled"
)
_QUANTITY = re.compile(
    rf"(?P<cmp>more\s+than|over|above|exceeding|in\s+excess\s+of|greater\s+than|>|"
    rf"less\s+than|under|below|fewer\s+than|<|"
    rf"più\s+di|oltre|plus\s+de|mehr\s+als|über|más\s+de|"
    rf"meno\s+di|moins\s+de|weniger\s+als|unter|menos\s+de)?\s*"
    rf"(?<![\w.,])(?P<n1>{_NUMBER})"
    rf"(?:\s*(?P<mag1>{_MAG_ALT})(?![a-z]))?"
    rf"(?:\s*(?:-|–|—|to|a|à|bis|hasta)\s*(?P<n2>{_NUMBER})(?:\s*(?P<mag2>{_MAG_ALT})(?![a-z]))?)?"
    rf"(?:\s*(?:(?:{_FILLER})\s+){{0,2}}(?P<unit>{_UNIT_ALT})(?![a-z]))?",
    re.IGNORECASE,
)
_GREATER = frozenset(
    {
        "more than",
        "over",
        "above",
        "exceeding",
        "in excess of",
        ">",
        "più di",
        "oltre",
        "plus de",
        "mehr als",
        "über",
        "más de",
    }
)


def _bands(modality: str) -> _Bands | None:
    """Return the size bands of a modality, or None for "other" or an unknown one."""
    return _BANDS.get(modality.strip().lower())


def _fold_label(label: str) -> str:
    """Fold a size label to a compact comparable form ("lessthan1billiontoken")."""
    text = fold_whitespace(label).lower()
    text = re.sub(r"^[^\w<>]+", "", text)  # tick glyphs and bullets
    text = re.sub(r"(?<=\d)[\s ,.](?=\d{3}\b)", "", text)  # 10 000 -> 10000
    text = re.sub(r"[^a-z0-9<>]", "", text)
    return re.sub(r"(trillion|billion|million|token|image|hour|minute|pair)s", r"\1", text)


_LABEL_UNITS = re.compile(r"token|image|picture|photo|pair|hour|minute|byte|word|character")
_LABEL_UNIT_NAMES: Final[dict[str, str]] = {
    "token": "tokens",
    "image": "images",
    "picture": "images",
    "photo": "images",
    "pair": "images",
    "hour": "hours",
    "minute": "minutes",
    "byte": "bytes",
    "word": "words",
    "character": "characters",
}


def _units_in(folded: str) -> set[str]:
    """Return the measurement units named in a folded label (spaces may be missing)."""
    return {_LABEL_UNIT_NAMES[u] for u in _LABEL_UNITS.findall(folded)}


def size_from_option_label(modality: str, label: str) -> str | None:
    """Map one of the template's size option labels (typos and spacing tolerated) to its token."""
    bands = _bands(modality)
    if bands is None:
        return None
    folded = _fold_label(label)
    units = _units_in(folded)
    if not folded or (units and units != {bands.unit}):
        return None
    choices = [_fold_label(lab) for lab in bands.labels]
    if not units:  # a label without its unit: compare without the unit too
        choices = [c.removesuffix(_fold_label(bands.unit)) for c in choices]
    best = process.extractOne(folded, choices, scorer=fuzz.ratio, score_cutoff=88)
    return None if best is None else bands.tokens[best[2]]


def _number(text: str, has_magnitude: bool) -> float | None:
    """Read a written number with European or English separators."""
    raw = re.sub(r"\s", "", text)
    english_thousands = re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw)
    european_thousands = (
        re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", raw)
        or re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", raw)
        or (not has_magnitude and re.fullmatch(r"\d{1,3}\.\d{3}", raw))
    )
    if english_thousands:
        raw = raw.replace(",", "")
    elif european_thousands:
        raw = raw.replace(".", "").replace(",", ".")
    else:
        raw = raw.replace(",", ".")
    try:
        return float(raw)
    except ValueError:
        return None


def _band_index(bands: _Bands, value: float, cmp: str | None) -> int:
    """Place a value in a band (0, 1, 2), with "more/less than" taken as strict."""
    greater = cmp in _GREATER
    lesser = cmp is not None and not greater
    if value < bands.low or (lesser and value <= bands.low):
        return 0
    if value > bands.high or (greater and value >= bands.high):
        return 2
    return 1


def _scaled(number: str, magnitude: str | None) -> float | None:
    """Multiply a written number by its magnitude word or suffix."""
    value = _number(number, magnitude is not None)
    if value is None:
        return None
    return value * (_MAGNITUDES[magnitude.lower()] if magnitude else 1.0)


def _quantity_band(bands: _Bands, m: re.Match[str]) -> str | None:
    """Band of one quantity match in the modality's unit, or None if it does not apply."""
    unit = _UNIT_WORDS[m["unit"].lower()] if m["unit"] else None
    if unit not in (None, bands.unit) and not (unit == "minutes" and bands.unit == "hours"):
        return None
    value = _scaled(m["n1"], m["mag1"] or m["mag2"])
    if value is None or value <= 0 or (unit is None and not (m["mag1"] or m["mag2"])):
        return None
    factor = 1 / 60 if unit == "minutes" else 1.0
    cmp = re.sub(r"\s+", " ", m["cmp"].lower()) if m["cmp"] else None
    index = _band_index(bands, value * factor, cmp)
    if m["n2"]:
        upper = _scaled(m["n2"], m["mag2"])
        if upper is None or _band_index(bands, upper * factor, cmp) != index:
            return None
    return bands.tokens[index]


def size_from_quantity(modality: str, text: str) -> str | None:
    """Map a size written as a quantity ("479 million images", "15T tokens") to its band token."""
    bands = _bands(modality)
    if bands is None:
        return None
    for m in _QUANTITY.finditer(fold_whitespace(text)):
        unit = _UNIT_WORDS[m["unit"].lower()] if m["unit"] else None
        if unit is None and not (m["mag1"] or m["mag2"]):
            continue  # a bare number ("3.1", "2024") is not a size
        if unit == "bytes" and m["unit"].lower() == "b" and m["mag1"] is None:
            continue  # "15 B" read as the magnitude already
        band = _quantity_band(bands, m)
        if band is not None:
            return band
    return None


def parse_size(modality: str, text: str) -> str | None:
    """Read a size cell: an option label first, then a written quantity."""
    return size_from_option_label(modality, text) or size_from_quantity(modality, text)
