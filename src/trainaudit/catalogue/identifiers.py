"""Standard identifiers of works in a rights holder's catalogue: ISRC, ISWC, ISBN, UPC/EAN.

Normalised forms (compact, uppercase, no separators, so that equal identifiers
compare equal however they were written):

- ISRC (recordings), ``CC-XXX-YY-NNNNN``: 12 characters, "USRC17607839";
- ISWC (musical works), ``T-DDD.DDD.DDD-C``: "T0345246801";
- ISBN (books): always the 13-digit form, "9780306406157"; a valid ISBN-10 is
  converted (prefix 978, check digit recomputed);
- UPC (releases): always the 13-digit EAN-13/GTIN-13 form; a 12-digit UPC-A
  gets a leading 0 ("036000291452" -> "0036000291452"), which is how UPC-A
  and EAN-13 codes of the same product compare equal.

Input conventions:

- Separators are dropped: whitespace of any kind and hyphens (including the
  Unicode hyphens and dashes PDF extraction produces) for all kinds, plus "."
  for ISWC. Their positions are not checked. Letters may be in any case.
- A leading label is allowed: "ISBN", "ISBN-10", "ISBN-13", "ISWC", "UPC",
  "UPC-A", "EAN", "EAN-13", "ISRC", each optionally followed by ":". An ISRC
  can itself begin with "ISRC" (Icelandic code "IS", registrant "RC…"), so
  "ISRC" is taken as a label only when the text is not a valid ISRC as a
  whole and the label is followed by ":" or a space.
- Only ASCII digits and letters count; "٣" is an invalid character.

Checks: ISRC has no check digit, only its shape is checked (the country code
is two letters but is not checked against ISO 3166: ISRC agencies also use
codes such as "QM" and "ZZ"). ISWC, ISBN-10 (mod 11, "X" for 10), ISBN-13
(EAN mod 10, prefix 978 or 979) and UPC-A/EAN-13 (mod 10) check digits are
verified. The ISWC check digit misses some single-digit errors (a digit of
even weight changed by 5, or the fifth digit changed by an even amount), so an
ISWC with one such typo still passes.

The ``*_problem`` functions return a short message for the first thing wrong
(or ``None`` when valid); the ``normalise_*`` functions return ``None`` exactly
when the problem function reports one. No function raises on any string,
except the dispatchers on an unknown kind.

``find_identifiers`` locates valid ISRCs, ISWCs and ISBNs in free text (see its
rules below); UPCs are not looked for, since any 12 or 13 digits with a
matching check digit would qualify.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

__all__ = [
    "IDENTIFIER_KINDS",
    "find_identifiers",
    "identifier_problem",
    "isbn_problem",
    "isrc_problem",
    "iswc_problem",
    "normalise_identifier",
    "normalise_isbn",
    "normalise_isrc",
    "normalise_iswc",
    "normalise_upc",
    "upc_problem",
]

IDENTIFIER_KINDS: Final = frozenset({"isrc", "iswc", "isbn", "upc"})

_DIGITS: Final = frozenset("0123456789")
_UPPER: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ALNUM: Final = _DIGITS | _UPPER | frozenset("abcdefghijklmnopqrstuvwxyz")
_HYPHENS: Final = "-\u2010\u2011\u2012\u2013\u2014\u2212"

_ISBN_LABEL: Final = re.compile(r"^\s*ISBN(?:[-\u2010\u2011 ]?1[03](?=\s*:|\s))?\s*:?\s*", re.I)
_ISWC_LABEL: Final = re.compile(r"^\s*ISWC\s*:?\s*", re.I)
_UPC_LABEL: Final = re.compile(
    r"^\s*(?:UPC(?:[-\u2010\u2011 ]?A)?|EAN(?:[-\u2010\u2011 ]?13(?=\s*:|\s))?)\s*:?\s*", re.I
)
_ISRC_LABEL: Final = re.compile(r"^\s*ISRC(?:\s*:|\s)\s*", re.I)


def _compact(text: str, extra: str = "") -> str:
    """Return ``text`` without whitespace, hyphens and the ``extra`` separators."""
    drop = _HYPHENS + extra
    return "".join(ch for ch in text if not ch.isspace() and ch not in drop)


def _strip_label(text: str, label: re.Pattern[str]) -> str:
    """Return ``text`` without a leading ``label``."""
    match = label.match(text)
    return text[match.end() :] if match else text


def _invalid_character(name: str, chars: str, allowed: frozenset[str]) -> str | None:
    """Return the message for the first character of ``chars`` not in ``allowed``."""
    for ch in chars:
        if ch not in allowed:
            return f"{name} contains an invalid character {ch!r}"
    return None


def _iswc_check(digits: str) -> int:
    """Return the ISWC check digit of nine digits."""
    total = 1 + sum(weight * int(d) for weight, d in enumerate(digits, start=1))
    return (10 - total % 10) % 10


def _isbn10_check(digits: str) -> str:
    """Return the ISBN-10 check character ("0"-"9" or "X") of nine digits."""
    total = sum(weight * int(d) for weight, d in zip(range(10, 1, -1), digits, strict=True))
    check = (11 - total % 11) % 11
    return "X" if check == 10 else str(check)


def _gtin_check(digits: str) -> int:
    """Return the GTIN (EAN-13, UPC-A) mod-10 check digit of the data digits."""
    total = sum((3 if i % 2 == 0 else 1) * int(d) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10


# --- ISRC -------------------------------------------------------------------


def _isrc_shape_problem(compact: str) -> str | None:
    """Return what is wrong with a compact ISRC, or ``None``."""
    if not compact:
        return "ISRC is empty"
    if (bad := _invalid_character("ISRC", compact, _ALNUM)) is not None:
        return bad
    compact = compact.upper()
    if len(compact) != 12:
        return f"ISRC must have 12 characters, got {len(compact)}"
    if not set(compact[:2]) <= _UPPER:
        return "ISRC country code must be two letters"
    # the registrant code (characters 3-5) is any three letters or digits
    if not set(compact[5:7]) <= _DIGITS:
        return "ISRC year must be two digits"
    if not set(compact[7:]) <= _DIGITS:
        return "ISRC designation code must be five digits"
    return None


def _isrc_compact(text: str) -> tuple[str, str | None]:
    """Return the compact uppercase ISRC read from ``text`` and its problem."""
    whole = _compact(text)
    problem = _isrc_shape_problem(whole)
    if problem is not None and _ISRC_LABEL.match(text):
        whole = _compact(_strip_label(text, _ISRC_LABEL))
        problem = _isrc_shape_problem(whole)
    return whole.upper(), problem


def isrc_problem(text: str) -> str | None:
    """Return what is wrong with an ISRC, or ``None`` when it is valid."""
    return _isrc_compact(text)[1]


def normalise_isrc(text: str) -> str | None:
    """Return the ISRC as 12 uppercase characters, or ``None`` when invalid."""
    compact, problem = _isrc_compact(text)
    return None if problem is not None else compact


# --- ISWC -------------------------------------------------------------------


def _iswc_compact(text: str) -> tuple[str, str | None]:
    """Return the compact uppercase ISWC read from ``text`` and its problem."""
    compact = _compact(_strip_label(text, _ISWC_LABEL), ".")
    if not compact:
        return compact, "ISWC is empty"
    if compact[0] not in "Tt":
        return compact, "ISWC must start with the letter T"
    digits = compact[1:]
    if (bad := _invalid_character("ISWC", digits, _DIGITS)) is not None:
        return compact, bad
    if len(digits) != 10:
        return compact, f"ISWC must have 10 digits after the T, got {len(digits)}"
    expected = _iswc_check(digits[:9])
    if int(digits[9]) != expected:
        return compact, f"ISWC check digit should be {expected}, got {digits[9]}"
    return "T" + digits, None


def iswc_problem(text: str) -> str | None:
    """Return what is wrong with an ISWC, or ``None`` when it is valid."""
    return _iswc_compact(text)[1]


def normalise_iswc(text: str) -> str | None:
    """Return the ISWC as "T" and ten digits, or ``None`` when invalid."""
    compact, problem = _iswc_compact(text)
    return None if problem is not None else compact


# --- ISBN -------------------------------------------------------------------


def _isbn_compact(text: str) -> tuple[str, str | None]:
    """Return the compact ISBN (10 or 13 characters) read from ``text`` and its problem."""
    compact = _compact(_strip_label(text, _ISBN_LABEL))
    if not compact:
        return compact, "ISBN is empty"
    if (bad := _invalid_character("ISBN", compact, _DIGITS | {"X", "x"})) is not None:
        return compact, bad
    compact = compact.upper()
    if len(compact) not in (10, 13):
        return compact, f"ISBN must have 10 or 13 digits, got {len(compact)}"
    if "X" in compact[:-1] or (len(compact) == 13 and compact[-1] == "X"):
        return compact, "ISBN check character X may only end an ISBN-10"
    if len(compact) == 10:
        expected10 = _isbn10_check(compact[:9])
        if compact[9] != expected10:
            return compact, f"ISBN-10 check digit should be {expected10}, got {compact[9]}"
        return compact, None
    if compact[:3] not in ("978", "979"):
        return compact, "ISBN-13 must start with 978 or 979"
    expected13 = _gtin_check(compact[:12])
    if int(compact[12]) != expected13:
        return compact, f"ISBN-13 check digit should be {expected13}, got {compact[12]}"
    return compact, None


def isbn_problem(text: str) -> str | None:
    """Return what is wrong with an ISBN-10 or ISBN-13, or ``None`` when it is valid."""
    return _isbn_compact(text)[1]


def normalise_isbn(text: str) -> str | None:
    """Return the ISBN as its 13 digits (an ISBN-10 converted), or ``None`` when invalid."""
    compact, problem = _isbn_compact(text)
    if problem is not None:
        return None
    if len(compact) == 10:
        data = "978" + compact[:9]
        return data + str(_gtin_check(data))
    return compact


# --- UPC / EAN ----------------------------------------------------------------


def _upc_compact(text: str) -> tuple[str, str | None]:
    """Return the compact UPC-A or EAN-13 read from ``text`` and its problem."""
    compact = _compact(_strip_label(text, _UPC_LABEL))
    if not compact:
        return compact, "UPC is empty"
    if (bad := _invalid_character("UPC", compact, _DIGITS)) is not None:
        return compact, bad
    if len(compact) not in (12, 13):
        return compact, f"UPC must have 12 digits (UPC-A) or 13 (EAN-13), got {len(compact)}"
    expected = _gtin_check(compact[:-1])
    if int(compact[-1]) != expected:
        name = "UPC-A" if len(compact) == 12 else "EAN-13"
        return compact, f"{name} check digit should be {expected}, got {compact[-1]}"
    return compact, None


def upc_problem(text: str) -> str | None:
    """Return what is wrong with a UPC-A or EAN-13, or ``None`` when it is valid."""
    return _upc_compact(text)[1]


def normalise_upc(text: str) -> str | None:
    """Return the UPC-A or EAN-13 as 13 digits, or ``None`` when invalid."""
    compact, problem = _upc_compact(text)
    if problem is not None:
        return None
    return compact.zfill(13)


# --- dispatch -------------------------------------------------------------------

_PROBLEMS: Final[dict[str, Callable[[str], str | None]]] = {
    "isrc": isrc_problem,
    "iswc": iswc_problem,
    "isbn": isbn_problem,
    "upc": upc_problem,
}
_NORMALISERS: Final[dict[str, Callable[[str], str | None]]] = {
    "isrc": normalise_isrc,
    "iswc": normalise_iswc,
    "isbn": normalise_isbn,
    "upc": normalise_upc,
}


def _unknown_kind(kind: str) -> ValueError:
    """Return the error for an identifier kind that is not one of ``IDENTIFIER_KINDS``."""
    known = ", ".join(sorted(IDENTIFIER_KINDS))
    return ValueError(f"unknown identifier kind {kind!r}; expected one of {known}")


def identifier_problem(kind: str, text: str) -> str | None:
    """Return what is wrong with an identifier of ``kind``; raise ValueError on unknown kinds."""
    try:
        check = _PROBLEMS[kind]
    except KeyError:
        raise _unknown_kind(kind) from None
    return check(text)


def normalise_identifier(kind: str, text: str) -> str | None:
    """Return the normalised identifier of ``kind``; raise ValueError on unknown kinds."""
    try:
        normalise = _NORMALISERS[kind]
    except KeyError:
        raise _unknown_kind(kind) from None
    return normalise(text)


# --- free text -------------------------------------------------------------------

# separators inside an identifier in running text: hyphens and plain or no-break spaces
_SEP: Final = r"[-\u2010\u2011\u2012\u2013 \u00a0]"
# not glued to a letter or digit, nor to "digit-" before or "-digit" after (longer numbers)
_LEFT: Final = r"(?<![0-9A-Za-z])(?<![0-9][-\u2010\u2011\u2012\u2013.])"
_RIGHT: Final = r"(?![0-9A-Za-z])(?![-\u2010\u2011\u2012\u2013.][0-9])"

_ISRC_IN_TEXT: Final = re.compile(
    rf"{_LEFT}(?P<id>[A-Z]{{2}}(?P<s>[-\u2010\u2011 ]?)[A-Z0-9]{{3}}"
    rf"(?P=s)[0-9]{{2}}(?P=s)[0-9]{{5}}){_RIGHT}"
)
_ISWC_IN_TEXT: Final = re.compile(
    rf"{_LEFT}(?P<id>T{_SEP}?[0-9]{{3}}(?:[.]|{_SEP})?[0-9]{{3}}(?:[.]|{_SEP})?[0-9]{{3}}"
    rf"(?:[.]|{_SEP})?[0-9]){_RIGHT}"
)
_ISBN_BODY: Final = rf"[0-9](?:{_SEP}?[0-9]){{12}}|[0-9](?:{_SEP}?[0-9]){{8}}{_SEP}?[0-9Xx]"
_ISBN_LABELLED: Final = re.compile(
    rf"(?<![0-9A-Za-z])(?i:ISBN)(?:[-\u2010\u2011 ]?1[03](?=\s*:|\s))?\s*:?\s*"
    rf"(?P<id>{_ISBN_BODY}){_RIGHT}"
)
_ISBN_PREFIXED: Final = re.compile(rf"{_LEFT}(?P<id>97[89](?:{_SEP}?[0-9]){{10}}){_RIGHT}")

_FINDERS: Final[tuple[tuple[str, re.Pattern[str], Callable[[str], str | None]], ...]] = (
    ("isrc", _ISRC_IN_TEXT, normalise_isrc),
    ("iswc", _ISWC_IN_TEXT, normalise_iswc),
    ("isbn", _ISBN_LABELLED, normalise_isbn),
    ("isbn", _ISBN_PREFIXED, normalise_isbn),
)


def find_identifiers(text: str) -> list[tuple[str, str, int, int]]:
    """Return (kind, normalised value, start, end) of the valid ISRCs, ISWCs and ISBNs in text.

    Rules: an ISRC is written in uppercase, compact or with one kind of
    separator (hyphen or space) at its usual places ("USRC17607839",
    "US-RC1-76-07839"); an ISWC starts with a capital "T" and may have hyphens,
    dots or spaces between its groups ("T-034.524.680-1"); an ISBN is either
    preceded by an "ISBN" label (ISBN-10 or ISBN-13) or is 13 digits starting
    with 978 or 979, with hyphens or spaces anywhere between digits. An
    identifier glued to other letters or digits is not read, and only valid
    check digits count. The span covers the identifier without its label;
    overlapping finds keep the earliest (then longest) one; results are in
    text order.
    """
    found: list[tuple[str, str, int, int]] = []
    for kind, pattern, normalise in _FINDERS:
        for match in pattern.finditer(text):
            value = normalise(match.group("id"))
            if value is not None:
                found.append((kind, value, match.start("id"), match.end("id")))
    found.sort(key=lambda hit: (hit[2], -hit[3]))
    kept: list[tuple[str, str, int, int]] = []
    for hit in found:
        if not kept or hit[2] >= kept[-1][3]:
            kept.append(hit)
    return kept
