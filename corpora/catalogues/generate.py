"""Seeded generator of rights-holder catalogues and noisy dataset manifests with ground truth.

Usage::

    python corpora/catalogues/generate.py demo [--out DIR]
    python corpora/catalogues/generate.py large --works N --manifest-rows M
        [--match-fraction F] [--seed S] --out DIR [--seeds ../shared/data/music]

``demo`` writes the register of the fictional publisher Nordlicht Musikverlag into
``corpora/catalogues/demo`` (every title and name invented from the word lists below); every
run writes the same bytes. ``large`` writes ``works.csv`` and ``catalogue.yaml`` for N works
made from, then recombined out of, the real titles and artists in ``../shared/data/music``,
and ``manifest.csv`` (track, artist) with ``truth.csv`` (manifest_row, catalogue_row, noise):
M rows of which a fraction F are catalogue works written with realistic noise and the rest
tracks that are not in the catalogue.

Library: ``generate_catalogue``, ``generate_manifest`` and ``generate_large`` return
column-wise rows (``CatalogueRows``, ``ManifestRows``); ``write_works``, ``write_manifest``
and ``write_large`` write them. The same arguments always give the same rows.

Noise kinds (column ``noise`` of the truth file, ``exact`` for none), applied in this order:
``transliteration`` (accents stripped or added, Cyrillic or Greek names romanised, a Latin
name written in Cyrillic, "&" <-> "and", "The X" <-> "X, The"), ``word_order`` ("Last,
First", two creators swapped), ``typo`` (one character inserted, deleted, replaced or
transposed in the title or the creator), ``featured`` ("Title (feat. X)", "A feat. B", "A &
B", "A x B"), ``version_tag`` ("(Remastered 2011)", "- Live", "[Explicit]"...),
``case_punct`` (case, quotes, "!", extra spaces), ``truncation`` (titles over 30 characters
cut at 30, as in ID3v1 tags), ``combined`` ("Artist - Title" in the track field, no artist),
``missing_creator``. ``transliteration``, ``version_tag`` and ``case_punct`` leave the
normalised keys of ``trainaudit.catalogue.normalise`` unchanged.
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import random
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from rapidfuzz import fuzz

try:
    from trainaudit.catalogue.normalise import normalise_creator, normalise_title
except ImportError:  # pragma: no cover - the package is installed in development
    normalise_creator = normalise_title = None  # type: ignore[assignment]

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_SEEDS = REPO.parent / "shared" / "data" / "music"
DEMO_DIR = HERE / "demo"
DEMO_SEED = 20240611
DEMO_MANIFEST = "soundsift-2025"

#: Noise kinds in the order they are applied to a row.
NOISE_KINDS = (
    "transliteration",
    "word_order",
    "typo",
    "featured",
    "version_tag",
    "case_punct",
    "truncation",
    "combined",
    "missing_creator",
)
EXACT = "exact"
#: Kinds after which the normalised title and creator keys still equal the work's.
KEY_PRESERVING = frozenset({"transliteration", "version_tag", "case_punct"})
NOISE_WEIGHTS = {
    "transliteration": 10.0,
    "word_order": 8.0,
    "typo": 14.0,
    "featured": 12.0,
    "version_tag": 16.0,
    "case_punct": 14.0,
    "truncation": 40.0,
    "combined": 3.5,
    "missing_creator": 9.5,
}
CONFLICTS = {
    "missing_creator": frozenset({"combined", "word_order"}),
    "combined": frozenset({"missing_creator"}),
    "word_order": frozenset({"missing_creator"}),
}
#: Share of rows with no noise, one kind, two kinds.
NOISE_COUNTS = (0.40, 0.40, 0.20)
TRUNCATE_AT = 30
SEED_FILES = (
    "billboard_hot100_unique_songs.csv",
    "billboard_200_unique_albums.csv",
    "clean_midi.txt",
    "uspop2002.txt",
    "most_streamed_spotify_2024_isrc.csv",
)
SKIP_ARTISTS = frozenset({"soundtrack", "various artists", "original cast", "various"})


def _words(text: str) -> tuple[str, ...]:
    """Return the space-separated words of a literal."""
    return tuple(text.split())


class SeedsMissingError(FileNotFoundError):
    """The folder of real seed titles and artists is absent."""


# --- normalised keys ------------------------------------------------------------


def _fallback_key(text: str) -> str:
    """Return a rough key (casefold, no accents, words only) when trainaudit is absent."""
    folded = unicodedata.normalize("NFKD", text.casefold().replace("&", " and "))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.findall(r"[^\W_]+", plain))


def title_key(text: str) -> str:
    """Return the normalised comparison key of a title."""
    if normalise_title is None:
        return _fallback_key(text)
    return normalise_title(text).key


@functools.lru_cache(maxsize=1 << 18)
def creator_key(text: str) -> str:
    """Return the normalised comparison key of a creator credit (cached)."""
    if normalise_creator is None:
        return _fallback_key(text)
    return normalise_creator(text).key


def creators_key(creators: Sequence[str]) -> str:
    """Return the key of a work's creators, read as one credit list."""
    return creator_key("; ".join(creators))


# --- rows -----------------------------------------------------------------------


@dataclass(slots=True)
class CatalogueRows:
    """A catalogue column by column; row ``i`` is data row ``i`` of works.csv."""

    ids: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    creators: list[tuple[str, ...]] = field(default_factory=list)
    isrcs: list[str] = field(default_factory=list)
    iswcs: list[str] = field(default_factory=list)
    years: list[int | None] = field(default_factory=list)
    title_keys: list[str] = field(default_factory=list)
    creator_keys: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        """Return the number of works."""
        return len(self.ids)


@dataclass(slots=True)
class ManifestRows:
    """A noisy manifest column by column, with the catalogue row each line stands for."""

    tracks: list[str] = field(default_factory=list)
    artists: list[str] = field(default_factory=list)
    catalogue_rows: list[int | None] = field(default_factory=list)
    noise: list[tuple[str, ...]] = field(default_factory=list)

    def __len__(self) -> int:
        """Return the number of manifest rows."""
        return len(self.tracks)


@dataclass(slots=True)
class Seeds:
    """Real titles and artists to start from and to recombine."""

    #: (title, artist, year or None, ISRC or "") in file order
    works: list[tuple[str, str, int | None, str]]
    #: (title key, creator key) of each of ``works``
    keys: list[tuple[str, str]]
    title_words: list[tuple[str, ...]]
    artists: list[str]
    first_names: list[str]
    last_names: list[str]
    band_nouns: list[str]
    adjectives: list[str]


class KeyIndex:
    """Which (title key, creator key) pairs and title keys a catalogue holds."""

    def __init__(self, catalogue: CatalogueRows) -> None:
        self.owners: dict[str, str | set[str]] = {}
        for tk, ck in zip(catalogue.title_keys, catalogue.creator_keys, strict=True):
            self.add(tk, ck)

    def add(self, tk: str, ck: str) -> bool:
        """Record a pair; return False when it was there already."""
        owner = self.owners.get(tk)
        if owner is None:
            self.owners[tk] = ck
            return True
        if isinstance(owner, set):
            if ck in owner:
                return False
            owner.add(ck)
            return True
        if owner == ck:
            return False
        self.owners[tk] = {owner, ck}
        return True

    def has_pair(self, tk: str, ck: str) -> bool:
        """Tell whether a work has this title key and creator key."""
        owner = self.owners.get(tk)
        return owner is not None and (ck in owner if isinstance(owner, set) else owner == ck)

    def has_similar(self, tk: str, ck: str) -> bool:
        """Tell whether a work has this title key and a creator that could be the same one.

        "David Bowie" and "Bowie, David", "Eminem" and "Eminem feat. Dido", "Lewis" and
        "Gary Lewis and the Playboys" could all be the same credit: a row so written is
        the catalogue's work, not a negative, so negatives must avoid them.
        """
        owner = self.owners.get(tk)
        if owner is None:
            return False
        owners = owner if isinstance(owner, set) else {owner}
        return any(similar_creators(ck, other) for other in owners)

    def has_title(self, tk: str) -> bool:
        """Tell whether any work has this title key."""
        return tk in self.owners

    def is_shared(self, tk: str) -> bool:
        """Tell whether works by more than one creator have this title key."""
        return isinstance(self.owners.get(tk), set)


_CREDIT_WORDS = frozenset({"and", "the", "feat", "featuring", "ft", "with", "x", "vs"})


def similar_creators(a: str, b: str) -> bool:
    """Tell whether two creator keys share a name word or are alike as word sets."""
    if a == b:
        return True
    words_a, words_b = set(a.split()) - _CREDIT_WORDS, set(b.split()) - _CREDIT_WORDS
    return bool(words_a & words_b) or fuzz.token_set_ratio(a, b) >= 50


# --- character tables for noise ---------------------------------------------------

_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    ch: "".join(
        row2[j]
        for row2 in _KEYBOARD_ROWS[max(0, r - 1) : r + 2]
        for j in range(max(0, i - 1), min(len(row2), i + 2))
        if row2[j] != ch
    )
    for r, row in enumerate(_KEYBOARD_ROWS)
    for i, ch in enumerate(row)
}
_ACCENTS = {
    "a": "áàâäå",
    "e": "éèêë",
    "i": "íìîï",
    "o": "óòôö",
    "u": "úùûü",
    "n": "ñ",
    "c": "çč",
    "s": "š",
    "z": "ž",
}
_LATIN_TO_CYRILLIC = (
    ("shch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("yu", "ю"),
    ("ya", "я"),
    *zip("abvgdezikl", "абвгдезикл", strict=True),
    *zip("mnoprstufy", "мнопрстуфы", strict=True),
)
_CYRILLIC_WORD = re.compile("|".join(latin for latin, _ in _LATIN_TO_CYRILLIC))
_GREEK_OR_CYRILLIC = re.compile("[\u0370-\u04ff]")
_ACCENTABLE = re.compile(f"[{''.join(_ACCENTS)}]", re.IGNORECASE)
_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "el", "los", "las", "il", "der"})
_ARTICLES |= frozenset({"die", "das"})
_FEATURE_NAME = re.compile(r"^[^\W\d_][\w .'&-]*[^\W_]$")
_TWO_WORD_NAME = re.compile(r"^([^\W\d_][\w'.-]*) ([^\W\d_][\w'-]*)$")

VERSION_TAGS = (
    " (Remastered {year})",
    " - {year} Remaster",
    " - Remastered {year}",
    " - Live",
    " (Live)",
    " (Live at {venue} {year})",
    " (Radio Edit)",
    " [Explicit]",
    " (Acoustic Version)",
    " - Single Version",
    " (Demo)",
    " - Mono",
    " (Extended Mix)",
    " (Deluxe Edition)",
)
VENUES = (
    "Wembley",
    "Budokan",
    "the Royal Albert Hall",
    "Montreux",
    "Red Rocks",
    "the Olympia",
    "Madison Square Garden",
    "Roskilde",
)
TITLE_FEATS = (" (feat. {x})", " feat. {x}", " (ft. {x})", " ft. {x}", " [feat. {x}]")
CREATOR_FEATS = (" feat. ", " & ", " x ", " ft. ", " featuring ")


def _latin_base(ch: str) -> str:
    """Return a Latin letter without its accent, or the character itself."""
    if "\u00c0" <= ch <= "\u024f":
        base = unicodedata.normalize("NFD", ch)[0]
        if base.isascii():
            return base
    return ch


def strip_latin_accents(text: str) -> str:
    """Strip the accents of Latin letters, leaving other scripts alone."""
    return "".join(_latin_base(c) for c in text) if not text.isascii() else text


def _has_latin_accent(text: str) -> bool:
    """Tell whether a text has an accented Latin letter."""
    return not text.isascii() and any(_latin_base(c) != c for c in text)


def _has_greek_or_cyrillic(text: str) -> bool:
    """Tell whether a text has Greek or Cyrillic letters."""
    return not text.isascii() and _GREEK_OR_CYRILLIC.search(text) is not None


def _cyrillic_word(word: str) -> str:
    """Write one lowercase Latin word in Cyrillic, greedily by digraphs."""
    table = dict(_LATIN_TO_CYRILLIC)
    return _CYRILLIC_WORD.sub(lambda m: table[m.group(0)], word)


def to_cyrillic(name: str) -> str | None:
    """Write a Latin name in Cyrillic so that it normalises back; None when it cannot."""
    words = name.split()
    if not words or not all(w.isascii() and w.isalpha() for w in words):
        return None
    out = []
    for word in words:
        cyr = _cyrillic_word(word.lower())
        if not all("\u0400" <= c <= "\u04ff" for c in cyr):
            return None
        out.append(cyr[0].upper() + cyr[1:])
    result = " ".join(out)
    return result if creator_key(result) == creator_key(name) else None


def romanise(name: str) -> str:
    """Write a Greek or Cyrillic name in Latin letters, as the normaliser reads it."""
    return " ".join(w[:1].upper() + w[1:] for w in creator_key(name).split())


# --- noise ------------------------------------------------------------------------


@dataclass(slots=True)
class Draft:
    """A manifest row being written: title, creators and how the last one is credited."""

    title: str
    creators: list[str]
    joiner: str = ", "
    track: str | None = None

    def artist(self) -> str:
        """Return the artist field."""
        if len(self.creators) < 2:
            return self.creators[0] if self.creators else ""
        return ", ".join(self.creators[:-1]) + self.joiner + self.creators[-1]


def _typo(rng: random.Random, text: str) -> str:
    """Return text with one letter inserted, deleted, replaced or transposed."""
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    if not letters:
        return text + text[-1:]
    i = rng.choice(letters)
    ch = text[i]
    near = _NEIGHBOURS.get(ch.lower(), "")
    op = rng.choice(("insert", "delete", "substitute", "transpose"))
    if op == "transpose" and i + 1 < len(text) and text[i + 1].isalpha() and text[i + 1] != ch:
        return text[:i] + text[i + 1] + ch + text[i + 2 :]
    if op == "delete" and len(letters) > 3:
        return text[:i] + text[i + 1 :]
    new = rng.choice(near) if near else ch
    if ch.isupper():
        new = new.upper()
    if op == "substitute" and new != ch:
        return text[:i] + new + text[i + 1 :]
    return text[:i] + new + text[i:]


def _add_accent(rng: random.Random, text: str) -> str:
    """Return text with an accent added to one plain Latin letter."""
    spots = [i for i, c in enumerate(text) if c.lower() in _ACCENTS]
    if not spots:
        return text
    i = rng.choice(spots)
    accented = rng.choice(_ACCENTS[text[i].lower()])
    return text[:i] + (accented.upper() if text[i].isupper() else accented) + text[i + 1 :]


def _swap_and(text: str) -> str:
    """Swap "&" for "and" or "and" for "&"."""
    if " & " in text:
        return text.replace(" & ", " and ", 1)
    return re.sub(r" and ", " & ", text, count=1, flags=re.IGNORECASE)


def _has_and(text: str) -> bool:
    """Tell whether text has a standalone "&" or "and"."""
    return " & " in text or " and " in text.lower()


def _invert_article(text: str) -> str | None:
    """Write "The X" as "X, The" or back; None when the text has no such article."""
    if text.endswith(", The") and len(text) > 5:
        return "The " + text[:-5]
    words = text.split()
    if len(words) > 1 and words[0] == "The" and words[1].lower() not in _ARTICLES:
        return text[4:] + ", The"
    return None


def _transliterations(d: Draft) -> list[tuple[float, str]]:
    """Return the transliteration noise that fits a draft, with weights."""
    options: list[tuple[float, str]] = []
    joined = d.title + " " + " ".join(d.creators)
    if _has_latin_accent(joined):
        options.append((3.0, "strip"))
    if any(_has_greek_or_cyrillic(c) for c in d.creators):
        options.append((6.0, "romanise"))
    if any(c.lower() in _ACCENTS for c in joined):
        options.append((2.0, "accent"))
    if len(d.creators) == 1 and d.creators[0].isascii():
        options.append((1.0, "cyrillic"))
    if _has_and(joined):
        options.append((3.0, "and"))
    if _invert_article(d.title) is not None or (
        len(d.creators) == 1 and _invert_article(d.creators[0]) is not None
    ):
        options.append((3.0, "article"))
    return options


def _noise_transliteration(rng: random.Random, d: Draft, _: frozenset[str]) -> None:
    """Strip or add accents, romanise or cyrillicise a name, swap "&"/"and" or articles."""
    options = _transliterations(d)
    kind = rng.choices([o for _, o in options], [w for w, _ in options])[0]
    if kind == "strip":
        d.title = strip_latin_accents(d.title)
        d.creators = [strip_latin_accents(c) for c in d.creators]
    elif kind == "romanise":
        d.creators = [romanise(c) if _has_greek_or_cyrillic(c) else c for c in d.creators]
    elif kind == "cyrillic" and (cyr := to_cyrillic(d.creators[0])) is not None:
        d.creators = [cyr]
    elif kind == "and" and _has_and(d.title):
        d.title = _swap_and(d.title)
    elif kind == "and":
        d.creators = [_swap_and(c) for c in d.creators]
    elif kind == "article" and (inverted := _invert_article(d.title)) is not None:
        d.title = inverted
    elif kind == "article":
        d.creators = [_invert_article(d.creators[0]) or d.creators[0]]
    elif rng.random() < 0.5 or not d.creators:
        d.title = _add_accent(rng, d.title)
    else:
        d.creators[0] = _add_accent(rng, d.creators[0])


def _invertible_name(name: str) -> bool:
    """Tell whether a creator looks like "First Last" (two words, no article)."""
    m = _TWO_WORD_NAME.match(name)
    return m is not None and m.group(1).lower() not in _ARTICLES


def _noise_word_order(_: random.Random, d: Draft, __: frozenset[str]) -> None:
    """Swap the first two creators, or write a lone "First Last" as "Last, First"."""
    if len(d.creators) >= 2:
        d.creators[0], d.creators[1] = d.creators[1], d.creators[0]
    else:
        first, last = d.creators[0].split(" ")
        d.creators[0] = f"{last}, {first}"


def _noise_typo(rng: random.Random, d: Draft, kinds: frozenset[str]) -> None:
    """Make one typo in the title or in the first creator."""
    on_creator = (
        "missing_creator" not in kinds
        and "combined" not in kinds
        and bool(d.creators)
        and len(d.creators[0]) >= 5
    )
    if len(d.title) >= 5 and (not on_creator or rng.random() < 0.7):
        d.title = _typo(rng, d.title)
    else:
        d.creators[0] = _typo(rng, d.creators[0])


def _noise_featured(
    rng: random.Random, d: Draft, kinds: frozenset[str], pool: Sequence[str]
) -> None:
    """Credit a featured artist in the title or in the artist field."""
    guest = rng.choice(pool)
    while guest in d.creators:
        guest = rng.choice(pool)
    if "missing_creator" in kinds or not d.creators or rng.random() < 0.5:
        d.title += rng.choice(TITLE_FEATS).format(x=guest)
    else:
        d.creators.append(guest)
        d.joiner = rng.choice(CREATOR_FEATS)


def _noise_version_tag(rng: random.Random, d: Draft, _: frozenset[str]) -> None:
    """Append a version tag: remaster, live, edit, explicit, acoustic..."""
    tag = rng.choice(VERSION_TAGS)
    d.title += tag.format(year=rng.randint(1986, 2024), venue=rng.choice(VENUES))


def _noise_case_punct(rng: random.Random, d: Draft, kinds: frozenset[str]) -> None:
    """Change case, add quotes or an exclamation mark, or double a space."""
    for change in rng.sample(("case", "artist_case", "quotes", "bang", "spaces"), 2):
        if change == "case":
            d.title = rng.choice((str.lower, str.upper, _capwords))(d.title)
        elif change == "artist_case" and d.creators and "missing_creator" not in kinds:
            d.creators = [rng.choice((str.lower, str.upper))(c) for c in d.creators]
        elif change == "quotes":
            d.title = f'"{d.title}"'
        elif change == "bang":
            d.title += rng.choice(("!", "!!", "?"))
        elif " " in d.title:
            spaces = [i for i, c in enumerate(d.title) if c == " "]
            i = rng.choice(spaces)
            d.title = d.title[:i] + "  " + d.title[i + 1 :]
        else:
            d.title = f" {d.title} "


def _capwords(text: str) -> str:
    """Capitalise each space-separated word."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split(" "))


def _noise_truncation(_: random.Random, d: Draft, __: frozenset[str]) -> None:
    """Cut the title at a fixed width, as ID3v1 tags do."""
    d.title = d.title[:TRUNCATE_AT].rstrip()


def _noise_combined(_: random.Random, d: Draft, __: frozenset[str]) -> None:
    """Write "Artist - Title" in the track field and leave the artist empty."""
    d.track = f"{d.artist()} - {d.title}"
    d.creators = []


def _noise_missing_creator(_: random.Random, d: Draft, __: frozenset[str]) -> None:
    """Leave the artist field empty."""
    d.creators = []


def _applicable(kind: str, d: Draft, can_miss: bool) -> bool:
    """Tell whether a noise kind can be applied to a (clean) draft."""
    if kind == "typo":
        return len(d.title) >= 5 or (bool(d.creators) and len(d.creators[0]) >= 5)
    if kind == "transliteration":
        return _ACCENTABLE.search(d.title) is not None or any(
            _ACCENTABLE.search(c) for c in d.creators
        )
    if kind == "truncation":
        return len(d.title) > TRUNCATE_AT
    if kind == "word_order":
        return len(d.creators) >= 2 or (len(d.creators) == 1 and _invertible_name(d.creators[0]))
    if kind == "missing_creator":
        return can_miss and bool(d.creators)
    if kind == "combined":
        return bool(d.creators)
    return True


def pick_noise(rng: random.Random, d: Draft, can_miss: bool = True) -> tuple[str, ...]:
    """Choose 0, 1 or 2 applicable noise kinds for a draft, in application order."""
    r = rng.random()
    n = 0 if r < NOISE_COUNTS[0] else 1 if r < NOISE_COUNTS[0] + NOISE_COUNTS[1] else 2
    if n == 0:
        return ()
    candidates = [k for k in NOISE_KINDS if _applicable(k, d, can_miss)]
    chosen: list[str] = []
    while len(chosen) < n and candidates:
        kind = rng.choices(candidates, [NOISE_WEIGHTS[k] for k in candidates])[0]
        chosen.append(kind)
        excluded = CONFLICTS.get(kind, frozenset())
        candidates = [k for k in candidates if k != kind and k not in excluded]
    return tuple(k for k in NOISE_KINDS if k in chosen)


_NOISERS: dict[str, Callable[[random.Random, Draft, frozenset[str]], None]] = {
    "transliteration": _noise_transliteration,
    "word_order": _noise_word_order,
    "typo": _noise_typo,
    "version_tag": _noise_version_tag,
    "case_punct": _noise_case_punct,
    "truncation": _noise_truncation,
    "combined": _noise_combined,
    "missing_creator": _noise_missing_creator,
}


def apply_noise(
    rng: random.Random,
    title: str,
    creators: Sequence[str],
    kinds: tuple[str, ...],
    guests: Sequence[str],
) -> tuple[str, str]:
    """Return (track, artist) of a work written with the given noise kinds."""
    d = Draft(title, list(creators))
    chosen = frozenset(kinds)
    for kind in kinds:
        if kind == "featured":
            _noise_featured(rng, d, chosen, guests)
        else:
            _NOISERS[kind](rng, d, chosen)
    return (d.track if d.track is not None else d.title), d.artist()


# --- identifiers -------------------------------------------------------------------


def iswc_check(digits: str) -> int:
    """Return the ISWC check digit of nine digits (ISO 15707)."""
    total = 1 + sum(weight * int(d) for weight, d in enumerate(digits, start=1))
    return (10 - total % 10) % 10


def format_iswc(number: int) -> str:
    """Return an ISWC written T-DDDDDDDDD-C for a nine-digit number."""
    digits = f"{number:09d}"
    return f"T-{digits}-{iswc_check(digits)}"


_BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ISRC_COUNTRIES = ("US", "GB", "DE", "FR", "SE", "NL", "IT", "ES", "CA", "AU", "JP", "BR", "QM")


def synthetic_isrc(counter: int, year: int) -> str:
    """Return the compact ISRC number ``counter`` (distinct for each counter below 2**32)."""
    mixed = (counter * 2654435761) % 2**32
    country = ISRC_COUNTRIES[mixed % len(ISRC_COUNTRIES)]
    registrant, designation = divmod(mixed // len(ISRC_COUNTRIES), 100_000)
    code = "".join(_BASE36[(registrant // 36**p) % 36] for p in (2, 1, 0))
    return f"{country}{code}{year % 100:02d}{designation:05d}"


# --- writers -------------------------------------------------------------------------


def _csv_writer(handle: TextIO) -> Any:
    """Return a CSV writer with Unix line ends."""
    return csv.writer(handle, lineterminator="\n")


def _list_cell(values: Iterable[str]) -> str:
    """Join list values for one CSV cell; ';' and '|' separate values, so drop them inside."""
    return ";".join(v.replace(";", ",").replace("|", "/") for v in values)


def write_works(path: Path, rows: CatalogueRows, iswc: bool = False) -> None:
    """Write works.csv: id,title,creators,isrc[,iswc],year."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = _csv_writer(handle)
        out.writerow(["id", "title", "creators", "isrc", *(["iswc"] if iswc else []), "year"])
        years = ["" if y is None else str(y) for y in rows.years]
        creators = map(_list_cell, rows.creators)
        if iswc:
            out.writerows(
                zip(rows.ids, rows.titles, creators, rows.isrcs, rows.iswcs, years, strict=True)
            )
        else:
            out.writerows(zip(rows.ids, rows.titles, creators, rows.isrcs, years, strict=True))


def write_manifest(manifest_path: Path, truth_path: Path, rows: ManifestRows) -> None:
    """Write manifest.csv (track,artist) and its truth file (manifest_row,catalogue_row,noise)."""
    manifest_path.parent.mkdir(parents=True, exist_ok=True)
    with manifest_path.open("w", encoding="utf-8", newline="") as handle:
        out = _csv_writer(handle)
        out.writerow(["track", "artist"])
        out.writerows(zip(rows.tracks, rows.artists, strict=True))
    with truth_path.open("w", encoding="utf-8", newline="") as handle:
        out = _csv_writer(handle)
        out.writerow(["manifest_row", "catalogue_row", "noise"])
        out.writerows(
            (i, "" if row is None else row, ";".join(kinds) or EXACT)
            for i, (row, kinds) in enumerate(zip(rows.catalogue_rows, rows.noise, strict=True))
        )


def _yaml_str(text: str) -> str:
    """Quote a string for YAML (a JSON string is a YAML double-quoted scalar)."""
    return json.dumps(text, ensure_ascii=False)


def large_catalogue_yaml(n_works: int, seed: int, manifest: bool) -> str:
    """Return the catalogue.yaml of a large synthetic catalogue."""
    lines = [
        "# Generated by corpora/catalogues/generate.py large: a synthetic catalogue recombined",
        "# from real titles and artists (../shared/data/music). Not a real rights holder.",
        "catalogue: 1",
        "holder:",
        f"  name: {_yaml_str(f'Synthetic Seeded Catalogue (seed {seed})')}",
        "  aliases: [Synthetic Catalogue]",
        "works:",
        "  - file: works.csv",
        "    columns: {id: id, title: title, creators: creators, isrc: isrc, year: year}",
    ]
    if manifest:
        lines += [
            "datasets:",
            "  - name: synthetic-manifest",
            f"    note: {_yaml_str(f'noisy manifest against {n_works} works; truth.csv')}",
            "    manifest:",
            "      file: manifest.csv",
            "      columns: {title: track, creators: artist}",
        ]
    return "\n".join(lines) + "\n"


# --- large mode: seeds ----------------------------------------------------------------


def _year(text: str) -> int | None:
    """Return the four-digit year found in a date, or None."""
    m = re.search(r"(?:19|20)\d\d", text)
    return int(m.group(0)) if m else None


def _read_csv(path: Path) -> Iterator[dict[str, str]]:
    """Yield the rows of a CSV file with a header."""
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _read_tsv(path: Path) -> Iterator[list[str]]:
    """Yield the fields of each line of a tab-separated file without a header."""
    with path.open(encoding="utf-8", newline="") as handle:
        for line in handle:
            yield line.rstrip("\r\n").split("\t")


_MOJIBAKE = re.compile("\ufffd|\u00ef\u00bf\u00bd")


def _seed_works(seeds_dir: Path) -> list[tuple[str, str, int | None, str]]:
    """Read (title, artist, year, isrc) from every seed file, skipping empty and compilations."""
    hot100, albums, midi, uspop, spotify = (seeds_dir / name for name in SEED_FILES)
    works: list[tuple[str, str, int | None, str]] = [
        (r["song"], r["artist"], _year(r["first_chart_date"]), "") for r in _read_csv(hot100)
    ]
    works += (
        (r["album"], r["artist"], _year(r["first_chart_date"]), "") for r in _read_csv(albums)
    )
    works += ((f[2], f[1], None, "") for f in _read_tsv(midi) if len(f) >= 3)
    works += ((f[3], f[1], None, "") for f in _read_tsv(uspop) if len(f) >= 4)
    works += (
        (r["track"], r["artist"], _year(r["release_date"]), r["isrc"]) for r in _read_csv(spotify)
    )
    return [
        (t.strip(), a.strip(), y, i)
        for t, a, y, i in works
        if t.strip()
        and a.strip()
        and a.strip().casefold() not in SKIP_ARTISTS
        and not _MOJIBAKE.search(t + a)
    ]


_TAG_TEXT = re.compile(r"\s*[(\[][^)\]]*[)\]]|\s+-\s.*$|\s+(?:feat|ft|featuring)\.?\s.*$", re.I)


def _title_words(titles: Iterable[str]) -> list[tuple[str, ...]]:
    """Return the words of each distinct title without tags, for recombination."""
    found: dict[tuple[str, ...], None] = {}
    for title in titles:
        words = tuple(w for w in _TAG_TEXT.sub("", title).split() if any(c.isalpha() for c in w))
        if 1 <= len(words) <= 8:
            found[words] = None
    return list(found)


#: Words that the normaliser reads as credit separators or articles: not name parts.
_NAME_STOPWORDS = _ARTICLES | frozenset({"feat", "ft", "featuring", "with", "vs", "and", "x"})


def _name_parts(artists: Iterable[str]) -> tuple[list[str], list[str], list[str]]:
    """Return first names, last names and band nouns ("The X") of real artists."""
    firsts: dict[str, None] = {}
    lasts: dict[str, None] = {}
    bands: dict[str, None] = {}
    for artist in artists:
        words = artist.split()
        if len(words) != 2 or not all(w.isalpha() and w[0].isupper() for w in words):
            continue
        if words[1].lower() in _NAME_STOPWORDS:
            continue
        if words[0] == "The":
            bands[words[1]] = None
        elif words[0].lower() not in _NAME_STOPWORDS:
            firsts[words[0]] = None
            lasts[words[1]] = None
    return list(firsts), list(lasts), list(bands)


@functools.lru_cache(maxsize=4)
def load_seeds(seeds_dir: Path) -> Seeds:
    """Read the real seed titles and artists; raise SeedsMissingError when absent."""
    missing = [name for name in SEED_FILES if not (seeds_dir / name).is_file()]
    if missing:
        raise SeedsMissingError(
            f"seed data not found: {seeds_dir} lacks {', '.join(missing)} "
            "(needs ../shared/data/music; pass --seeds DIR)"
        )
    works = _seed_works(seeds_dir)
    keys = [(title_key(t), creator_key(a)) for t, a, _, _ in works]
    title_words = _title_words(t for t, _, _, _ in works)
    artists = list(dict.fromkeys(a for _, a, _, _ in works))
    firsts, lasts, bands = _name_parts(artists)
    adjectives = list(
        dict.fromkeys(
            w
            for words in title_words
            for w in words
            if len(w) >= 4
            and w.isalpha()
            and w[0].isupper()
            and w[1:].islower()
            and w.lower() not in _NAME_STOPWORDS
        )
    )
    return Seeds(works, keys, title_words, artists, firsts, lasts, bands, adjectives)


# --- large mode: catalogue --------------------------------------------------------------

#: Creator words too common to tell two artists apart when merging real duplicates.
_COMMON_NAME_WORDS = frozenset(
    _words(
        "and the his her orchestra band group brothers sisters boys girls lil dj mc big young"
        " little trio quartet singers choir friends family de la los"
    )
)


def _name_words(ck: str) -> set[str]:
    """Return the telling words of a creator key."""
    return {w for w in ck.split() if w not in _COMMON_NAME_WORDS and len(w) > 1}


class _CatalogueBuilder:
    """Collects works, keeping (title key, creator key) pairs unique and counting shared titles."""

    def __init__(self) -> None:
        self.rows = CatalogueRows()
        self.index = KeyIndex(self.rows)
        self.shared = 0
        self.isrcs: set[str] = set()
        self.isrc_counter = 0
        self.year_ints = {y: y for y in range(1000, 3000)}

    def share_ok(self, limit: float) -> bool:
        """Tell whether one more work may share its title with another creator's."""
        return self.shared < limit * (len(self.rows) + 1)

    def add(
        self,
        title: str,
        creators: tuple[str, ...],
        keys: tuple[str, str],
        year: int | None,
        isrc: str,
    ) -> None:
        """Append a work whose pair is known to be new."""
        tk, ck = keys
        owner = self.index.owners.get(tk)
        if owner is not None:
            self.shared += 2 if isinstance(owner, str) else 1
        self.index.add(tk, ck)
        rows = self.rows
        rows.ids.append(f"W{len(rows.ids) + 1:07d}")
        rows.titles.append(title)
        rows.creators.append(creators)
        rows.isrcs.append(isrc)
        rows.iswcs.append("")
        rows.years.append(None if year is None else self.year_ints.get(year, year))
        rows.title_keys.append(tk)
        rows.creator_keys.append(ck)
        if isrc:
            self.isrcs.add(isrc)

    def new_isrc(self, year: int) -> str:
        """Return a synthetic ISRC not used yet."""
        while True:
            self.isrc_counter += 1
            isrc = synthetic_isrc(self.isrc_counter, year)
            if isrc not in self.isrcs:
                return isrc


def _add_real_seeds(
    builder: _CatalogueBuilder, seeds: Seeds, rng: random.Random, n_works: int
) -> None:
    """Add real (title, artist) pairs in a seeded order, merging credit variants of a work."""
    order = list(range(len(seeds.works)))
    rng.shuffle(order)
    taken: set[tuple[str, str]] = set()
    for i in order:
        if len(builder.rows) >= n_works:
            return
        title, artist, year, isrc = seeds.works[i]
        tk, ck = seeds.keys[i]
        words = _name_words(ck) or {ck}
        if not tk or not ck or any((tk, w) in taken for w in words):
            continue
        if builder.index.has_pair(tk, ck):
            continue
        taken.update((tk, w) for w in words)
        if isrc and isrc in builder.isrcs:
            isrc = ""
        if year is None:
            year = rng.randint(1960, 2024)
        if not isrc and rng.random() < 0.3:
            isrc = builder.new_isrc(year)
        builder.add(title, (artist.replace(";", ","),), (tk, ck), year, isrc)


def recombined_title(rng: random.Random, title_words: Sequence[tuple[str, ...]]) -> str:
    """Return a title made of the start of one real title and the end of another."""
    a = rng.choice(title_words)
    b = rng.choice(title_words)
    head = a[: rng.randint(1, min(3, len(a)))]
    tail = b[len(b) - rng.randint(1, min(3, len(b))) :]
    return " ".join(head + tail)


def synthetic_artist(rng: random.Random, seeds: Seeds) -> str:
    """Return a person ("First Last") or band ("The Adjective Nouns") made of real name parts."""
    if rng.random() < 0.75:
        return f"{rng.choice(seeds.first_names)} {rng.choice(seeds.last_names)}"
    return f"The {rng.choice(seeds.adjectives)} {rng.choice(seeds.band_nouns)}"


def _pick_creators(rng: random.Random, seeds: Seeds, pool: list[str]) -> tuple[str, ...]:
    """Return the creators of a synthetic work: a known artist, a new one, or two."""
    r = rng.random()
    if r < 0.5:
        return (rng.choice(pool),)
    new = synthetic_artist(rng, seeds)
    pool.append(new)
    if r < 0.9:
        return (new,)
    return (rng.choice(pool), new) if rng.random() < 0.5 else (new, rng.choice(pool))


def _add_synthetic(
    builder: _CatalogueBuilder, seeds: Seeds, rng: random.Random, n_works: int
) -> None:
    """Add recombined works until there are n_works; covers keep <= ~4% of titles shared."""
    pool = list(seeds.artists)
    real_titles = [t for t, _, _, _ in seeds.works]
    while len(builder.rows) < n_works:
        creators = _pick_creators(rng, seeds, pool)
        cover = rng.random() < 0.02 and builder.share_ok(0.04)
        title = rng.choice(real_titles) if cover else recombined_title(rng, seeds.title_words)
        tk = title_key(title)
        if not tk or (not cover and builder.index.has_title(tk)):
            continue
        ck = creators_key(creators)
        if not ck or builder.index.has_pair(tk, ck):
            continue
        year = rng.randint(1955, 2025)
        isrc = builder.new_isrc(year) if rng.random() < 0.3 else ""
        builder.add(title, creators, (tk, ck), year, isrc)


def generate_catalogue(n_works: int, seed: int, seeds_dir: Path = DEFAULT_SEEDS) -> CatalogueRows:
    """Return n_works works: real seed pairs first (seeded order), then recombined ones."""
    seeds = load_seeds(Path(seeds_dir))
    rng = random.Random(f"catalogue:{seed}")
    builder = _CatalogueBuilder()
    _add_real_seeds(builder, seeds, rng, n_works)
    _add_synthetic(builder, seeds, rng, n_works)
    return builder.rows


# --- large mode: manifest ----------------------------------------------------------------


def _guest_pool(artists: Iterable[str], limit: int = 5000) -> list[str]:
    """Return plain artist names usable as a featured credit."""
    out: list[str] = []
    for name in artists:
        key = creator_key(name)
        if _FEATURE_NAME.match(name) and " - " not in name and key and " and " not in key:
            out.append(name)
            if len(out) >= limit:
                break
    return out


class _Negatives:
    """Draws tracks that are not in the catalogue: unused real seeds, covers, recombinations."""

    def __init__(
        self, rng: random.Random, seeds: Seeds, catalogue: CatalogueRows, index: KeyIndex
    ) -> None:
        self.rng = rng
        self.seeds = seeds
        self.catalogue = catalogue
        self.index = index
        self.order = list(range(len(seeds.works)))
        rng.shuffle(self.order)
        self.pos = 0
        self.pool = list(seeds.artists)

    def _unused_seed(self) -> tuple[str, tuple[str, ...], str, str] | None:
        """Return the next real seed whose pair is not in the catalogue, or None."""
        while self.pos < len(self.order):
            i = self.order[self.pos]
            self.pos += 1
            tk, ck = self.seeds.keys[i]
            if tk and ck and not self.index.has_similar(tk, ck):
                return self.seeds.works[i][0], (self.seeds.works[i][1],), tk, ck
        return None

    def draw(self) -> tuple[str, tuple[str, ...], str, str]:
        """Return (title, creators, title key, creator key) of a track not in the catalogue."""
        rng = self.rng
        while True:
            r = rng.random()
            if r < 0.1 and len(self.catalogue):
                title = self.catalogue.titles[rng.randrange(len(self.catalogue))]
                creators: tuple[str, ...] = (rng.choice(self.pool),)
            elif r < 0.6 and (found := self._unused_seed()) is not None:
                return found
            else:
                title = recombined_title(rng, self.seeds.title_words)
                creators = _pick_creators(rng, self.seeds, self.pool)
            tk, ck = title_key(title), creators_key(creators)
            if tk and ck and not self.index.has_similar(tk, ck):
                return title, creators, tk, ck


def _collides(index: KeyIndex, track: str, artist: str, own: tuple[str, str] | None) -> bool:
    """Tell whether a written row reads as a catalogue work other than ``own``."""
    tk = title_key(track)
    if not artist:
        return index.has_title(tk) and (own is None or tk != own[0] or index.is_shared(tk))
    ck = creator_key(artist)
    return index.has_pair(tk, ck) and (tk, ck) != own


def _noisy_row(
    rng: random.Random,
    work: tuple[str, tuple[str, ...], str, str],
    index: KeyIndex,
    guests: Sequence[str],
    matched: bool,
) -> tuple[str, str, tuple[str, ...]]:
    """Write a work with noise; redraw noise that would make it read as another work."""
    title, creators, tk, ck = work
    own = (tk, ck) if matched else None
    for _ in range(8):
        # without its creator a row is only its title: a negative that shares its title with a
        # work (a cover) would then read as that work, so negatives keep their creator then
        can_miss = not index.is_shared(tk) if matched else not index.has_title(tk)
        kinds = pick_noise(rng, Draft(title, list(creators)), can_miss=can_miss)
        track, artist = apply_noise(rng, title, creators, kinds, guests)
        # a matched row can only turn into another work by a typo or a cut; any change to
        # a non-matching row's keys may make it read as a work of the catalogue
        risky = ("typo" in kinds or "truncation" in kinds) if matched else bool(kinds)
        if not risky or KEY_PRESERVING.issuperset(kinds):
            return track, artist, kinds
        if not _collides(index, track, artist, own):
            return track, artist, kinds
    return title, ", ".join(creators), ()


def generate_manifest(
    catalogue: CatalogueRows,
    n_rows: int,
    match_fraction: float = 0.5,
    seed: int = 0,
    seeds_dir: Path = DEFAULT_SEEDS,
) -> ManifestRows:
    """Return n_rows noisy rows: round(n_rows * match_fraction) catalogue works, the rest not."""
    seeds = load_seeds(Path(seeds_dir))
    rng = random.Random(f"manifest:{seed}")
    index = KeyIndex(catalogue)
    n_match = round(n_rows * match_fraction) if len(catalogue) else 0
    flags = [True] * n_match + [False] * (n_rows - n_match)
    rng.shuffle(flags)
    if n_match <= len(catalogue):
        sources = rng.sample(range(len(catalogue)), n_match)
    else:
        sources = [rng.randrange(len(catalogue)) for _ in range(n_match)]
    picks = rng.sample(range(len(seeds.artists)), min(20000, len(seeds.artists)))
    guests = _guest_pool(seeds.artists[i] for i in picks)
    negatives = _Negatives(random.Random(f"negatives:{seed}"), seeds, catalogue, index)
    out = ManifestRows()
    interned: dict[tuple[str, ...], tuple[str, ...]] = {}
    next_source = iter(sources)
    for matched in flags:
        if matched:
            row: int | None = next(next_source)
            work = (
                catalogue.titles[row],
                catalogue.creators[row],
                catalogue.title_keys[row],
                catalogue.creator_keys[row],
            )
        else:
            row = None
            work = negatives.draw()
        track, artist, kinds = _noisy_row(rng, work, index, guests, matched)
        out.tracks.append(track)
        out.artists.append(artist)
        out.catalogue_rows.append(row)
        out.noise.append(interned.setdefault(kinds, kinds))
    return out


def generate_large(
    n_works: int,
    n_rows: int,
    match_fraction: float = 0.5,
    seed: int = 0,
    seeds_dir: Path = DEFAULT_SEEDS,
) -> tuple[CatalogueRows, ManifestRows]:
    """Return a catalogue of n_works and a manifest of n_rows against it."""
    catalogue = generate_catalogue(n_works, seed, seeds_dir)
    return catalogue, generate_manifest(catalogue, n_rows, match_fraction, seed, seeds_dir)


def write_large(
    out_dir: Path, catalogue: CatalogueRows, manifest: ManifestRows | None, seed: int = 0
) -> None:
    """Write works.csv, catalogue.yaml and, given a manifest, manifest.csv and truth.csv."""
    out_dir.mkdir(parents=True, exist_ok=True)
    write_works(out_dir / "works.csv", catalogue)
    _write_text(
        out_dir / "catalogue.yaml", large_catalogue_yaml(len(catalogue), seed, manifest is not None)
    )
    if manifest is not None:
        write_manifest(out_dir / "manifest.csv", out_dir / "truth.csv", manifest)


# --- demo: word lists (all invented; no real song titles) ----------------------------------

EN_ADJECTIVES = _words(
    "amber borrowed copper distant electric faded gilded hollow idle jagged kindred lonesome"
    " northern paper quiet restless salted tidal velvet wandering woollen yellowed crooked"
    " frozen slow tangled brittle sunken marbled rusted feathered glass hidden lantern-lit"
    " midwinter weathered folded drifting"
)
EN_NOUNS = _words(
    "harbour lantern meridian orchard compass ferry lighthouse kettle tramline glacier signal"
    " postcard attic birch tide ember foghorn skerry threshold atlas meadow quarry pylon"
    " hinterland weathervane ledger sparrow cellar jetty tannery boathouse salt-marsh dune"
    " heron lighthouse-keeper telegraph windmill cistern carousel railyard"
)
PLACES = _words(
    "Tromsø Rügen Flensburg Göteborg Kiruna Lübeck Åland Ålesund Sylt Husum Bergen Visby"
    " Gdańsk Klaipėda Tallinn Turku Aarhus Bremerhaven"
)
DE_PREFIXES = _words(
    "Nebel Hafen Birken Sternen Winter Möwen Leucht Kiesel Dünen Moor Eisen Fjord Schnee"
    " Wolken Salz Bernstein Kupfer Kranich Lerchen Tannen"
)
DE_SUFFIXES = _words("licht feuer lied tanz horn glanz fahrt walzer ruf spur zeit gang stille")
DE_PLACES = _words("Hafen Deich Strand Kai Morgen Abend Fluss Ufer Leuchtturm")
FR_NOUNS = _words("lumière marée rivière valse brume étoile falaise boussole lanterne")
FR_ADJECTIVES = _words("tardive pâle oubliée légère lointaine éphémère dorée fragile")
FR_PLURALS = _words("mouettes étoiles lanternes marins phares saules")
ES_NOUNS = _words("Brasas Orilla Niebla Marea Arena Cuerdas Sal Faroles Veleros")
ES_OF = _words("invierno plata medianoche cobre agosto ceniza azahar")
IT_NOUNS = _words("Lanterne Vele Conchiglie Campane Rondini Ombre")
IT_OF = _words("carta sale vetro ottobre rame")
KEYS = _words("C-Dur a-Moll Fis-Dur es-Moll G-Dur h-Moll B-Dur d-Moll")

LATIN_FIRST = _words(
    "Jonas Lena Henrik Marlene Tobias Frieda Matthias Annika Konstantin Wiebke Jörg Björn"
    " Käthe Sigrid Eirik Astrid Nils Solveig Ingrid Aksel Liv Halvard Ylva Sølvi Øystein"
    " Amélie Théo Céline Gaëlle Loïc Maëlle Hervé Élodie Rémi Inés Joaquín Lucía Tomás"
    " Ramón Begoña João Matteo Chiara Lorenzo Ilaria Zofia Wojciech Łukasz Agnieszka Jiří"
    " Tereza Elif Çağan Mads Freja Oskar Juni Malte Greta Fenja Ole Ronja Jannik Thea"
)
LATIN_LAST = _words(
    "Brandmeier Kellermann Vosskamp Lindqvist Haugland Østergaard Brønnum Dufresne Marchetti"
    " Albarrán Quintanilla Sørlie Wąsowicz Fähnrich Grünewald Möllenkamp Lefèvre Castellanos"
    " Ferreira Nyström Åkerlund Hoffstätter Terhaar Quast Ellerbrock Rasmussen Kjærgaard"
    " Sandvik Bergström Delacroix Moreau Ibarra Salgado Bianchini Tedeschi Nowicki Kowalczyk"
    " Novák Horváth Yıldız Aydın Petersen Schwarzkopf Oldenburg Wittkamp Brüggemann"
    " Jürgensen Holmqvist Vinterberg Leclerc Arrieta Gallardo Fiorentino Zieliński Dvorský"
)
CYRILLIC_NAMES = (
    ("Алина", "Воронцова"),
    ("Борис", "Лисицын"),
    ("Вера", "Журавлёва"),
    ("Глеб", "Морозов"),
    ("Дарья", "Белова"),
    ("Егор", "Ковальчук"),
    ("Злата", "Шевчук"),
    ("Кирилл", "Зимин"),
    ("Мирослава", "Орлова"),
    ("Тарас", "Бондаренко"),
    ("Олеся", "Гречко"),
    ("Святослав", "Рябинин"),
    ("Драган", "Петровић"),
    ("Јована", "Илић"),
    ("Пламен", "Димитров"),
)
GREEK_NAMES = (
    ("Ελένη", "Καραγιάννη"),
    ("Γιώργος", "Μαυρίδης"),
    ("Δήμητρα", "Σταυροπούλου"),
    ("Στέλιος", "Αλεξίου"),
    ("Κατερίνα", "Λαμπράκη"),
    ("Άρης", "Βλαχόπουλος"),
    ("Νεφέλη", "Ζαχαρίου"),
    ("Θοδωρής", "Κουτσούκος"),
)
BAND_NOUNS = _words(
    "Lanterns Harbourmasters Ferrymen Herons Tidewalkers Cartographers Stowaways Pylons"
    " Weathervanes Skerries Lamplighters Rope-Makers"
)
DE_BANDS = _words("Nebelkrähen Hafenlichter Dünenläufer Kiesel Leuchtfeuer Moorgeister")
ES_BANDS = _words("Faroleros Marineros Veleros Salineros")

IMPRINTS = (
    ("Nordlicht Musikverlag", "N81"),
    ("Polarkreis Records", "P7K"),
    ("Kompass Edition", "K2E"),
    ("Eisvogel Tonträger", "E3V"),
)


def _cap(text: str) -> str:
    """Capitalise the first letter of a text."""
    return text[:1].upper() + text[1:]


def _plural(noun: str) -> str:
    """Return the English plural of a noun from the word lists."""
    if noun.endswith("s"):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _title_en(rng: random.Random) -> str:
    """Return an English title."""
    adj, noun, noun2 = rng.choice(EN_ADJECTIVES), *rng.sample(EN_NOUNS, 2)
    form = rng.randrange(8)
    if form == 0:
        return f"{_cap(noun)} of the {_cap(adj)} {_cap(noun2)}"
    if form == 1:
        return f"{_cap(_plural(noun))} in {rng.choice(PLACES)}"
    if form == 2:
        return f"The {_cap(adj)} {_cap(noun)}"
    if form == 3:
        return f"{_cap(noun)} & {_cap(noun2)}"
    if form == 4:
        return (
            f"{_cap(adj)} {_cap(_plural(noun))} and the {_cap(rng.choice(EN_ADJECTIVES))}"
            f" {_cap(noun2)} of {rng.choice(PLACES)}"
        )
    if form == 5:
        return f"Letters from the {_cap(noun)}"
    if form == 6:
        return f"{_cap(noun)}, Part {rng.randint(2, 4)}"
    return f"{_cap(adj)} {_cap(noun)}"


def _title_de(rng: random.Random) -> str:
    """Return a German title built from a compound noun."""
    compound = rng.choice(DE_PREFIXES) + rng.choice(DE_SUFFIXES)
    form = rng.randrange(5)
    if form == 0:
        return f"{compound} am {rng.choice(DE_PLACES)}"
    if form == 1:
        return f"Ohne {compound}"
    if form == 2:
        return f"{compound} über {rng.choice(PLACES)}"
    if form == 3:
        return f"Nocturne in {rng.choice(KEYS)}"
    return compound


def _title_romance(rng: random.Random) -> str:
    """Return a French, Spanish or Italian title."""
    form = rng.randrange(4)
    if form == 0:
        return f"{_cap(rng.choice(FR_NOUNS))} {rng.choice(FR_ADJECTIVES)}"
    if form == 1:
        return f"Café des {rng.choice(FR_PLURALS)}"
    if form == 2:
        return f"{rng.choice(ES_NOUNS)} de {rng.choice(ES_OF)}"
    return f"{rng.choice(IT_NOUNS)} di {rng.choice(IT_OF)}"


def demo_title(rng: random.Random) -> str:
    """Return an invented title in English, German or a Romance language."""
    r = rng.random()
    if r < 0.55:
        return _title_en(rng)
    if r < 0.8:
        return _title_de(rng)
    return _title_romance(rng)


def demo_artists(rng: random.Random, latin: int, bands: int) -> list[str]:
    """Return invented artists: Latin-script people, Cyrillic and Greek names, bands, duos."""
    names: dict[str, None] = {}
    while len(names) < latin:
        names[f"{rng.choice(LATIN_FIRST)} {rng.choice(LATIN_LAST)}"] = None
    for first, last in (*CYRILLIC_NAMES, *GREEK_NAMES):
        names[f"{first} {last}"] = None
    made = 0
    while made < bands:
        form = rng.randrange(5)
        if form == 0:
            band = f"The {_cap(rng.choice(EN_ADJECTIVES))} {rng.choice(BAND_NOUNS)}"
        elif form == 1:
            band = f"Die {rng.choice(DE_BANDS)}"
        elif form == 2:
            band = f"Los {rng.choice(ES_BANDS)} de {_cap(rng.choice(ES_OF))}"
        elif form == 3:
            band = f"{rng.choice(LATIN_FIRST)} & {rng.choice(LATIN_FIRST)}"
        else:
            band = f"{rng.choice(DE_PREFIXES)}{rng.choice(DE_SUFFIXES)} Kollektiv"
        if band not in names:
            names[band] = None
            made += 1
    return list(names)


def _demo_work_creators(
    rng: random.Random, artists: Sequence[str], weights: Sequence[float]
) -> tuple[str, tuple[str, ...], str]:
    """Return (main artist, creators, title suffix) for one demo work."""
    main = rng.choices(artists, weights)[0]
    r = rng.random()
    if r < 0.04:
        return main, (main, rng.choice(artists)), ""
    if r < 0.055:
        return main, (main,), f" (feat. {rng.choice(artists)})"
    return main, (main,), ""


def demo_catalogue(rng: random.Random, n_works: int = 2000) -> CatalogueRows:
    """Return the demo works with ISRCs per imprint and valid ISWCs."""
    artists = demo_artists(rng, latin=190, bands=45)
    weights = [1.0 / (rank + 1) ** 0.5 for rank in range(len(artists))]
    rng.shuffle(weights)
    imprint = {a: rng.choice(IMPRINTS)[1] for a in artists}
    debut = {a: rng.randint(1970, 2016) for a in artists}
    builder = _CatalogueBuilder()
    sequence: dict[tuple[str, int], int] = {}
    iswc_number = rng.randrange(100_000_000, 400_000_000)
    rows = builder.rows
    while len(rows) < n_works:
        main, creators, suffix = _demo_work_creators(rng, artists, weights)
        title = demo_title(rng) + suffix
        tk, ck = title_key(title), creators_key(creators)
        if builder.index.has_pair(tk, ck):
            continue
        if builder.index.has_title(tk) and rng.random() > 0.03:
            continue
        year = min(2025, debut[main] + rng.randint(0, 14))
        isrc = ""
        if rng.random() < 0.9:
            reg = imprint[main]
            n = sequence[reg, year] = sequence.get((reg, year), 0) + 1
            isrc = f"DE{reg}{year % 100:02d}{n:05d}"
        builder.add(title, creators, (tk, ck), year, isrc)
        iswc_number += rng.randint(1, 40)
        rows.iswcs[-1] = format_iswc(iswc_number) if rng.random() < 0.8 else ""
    rows.ids[:] = [f"NLM-{i + 1:05d}" for i in range(len(rows))]
    return rows


def _demo_others(
    rng: random.Random, catalogue: CatalogueRows, index: KeyIndex, n: int
) -> list[tuple[str, tuple[str, ...], str, str]]:
    """Return n invented tracks by other labels' artists, none of them a catalogue work."""
    ours = set(catalogue.creator_keys)
    others = [a for a in demo_artists(rng, latin=120, bands=20) if creator_key(a) not in ours]
    out: list[tuple[str, tuple[str, ...], str, str]] = []
    while len(out) < n:
        if rng.random() < 0.15:
            title = catalogue.titles[rng.randrange(len(catalogue))]
        else:
            title = demo_title(rng)
        creators = (rng.choice(others),)
        tk, ck = title_key(title), creators_key(creators)
        if not index.has_pair(tk, ck):
            out.append((title, creators, tk, ck))
    return out


def demo_manifest(
    rng: random.Random, catalogue: CatalogueRows, n_rows: int = 500, matched: float = 0.6
) -> ManifestRows:
    """Return the demo dataset manifest: 60% of rows the publisher's works, with noise."""
    index = KeyIndex(catalogue)
    n_match = round(n_rows * matched)
    sources = rng.sample(range(len(catalogue)), n_match)
    others = _demo_others(rng, catalogue, index, n_rows - n_match)
    guests = _guest_pool(demo_artists(rng, latin=40, bands=10))
    flags = [True] * n_match + [False] * (n_rows - n_match)
    rng.shuffle(flags)
    out = ManifestRows()
    src, oth = iter(sources), iter(others)
    for is_match in flags:
        row = next(src) if is_match else None
        work = (
            (
                catalogue.titles[row],
                catalogue.creators[row],
                catalogue.title_keys[row],
                catalogue.creator_keys[row],
            )
            if row is not None
            else next(oth)
        )
        track, artist, kinds = _noisy_row(rng, work, index, guests, is_match)
        out.tracks.append(track)
        out.artists.append(artist)
        out.catalogue_rows.append(row)
        out.noise.append(kinds)
    return out


# --- demo: register and opt-out files ---------------------------------------------------------

DEMO_CATALOGUE_YAML = """\
# Register of Nordlicht Musikverlag GmbH, a fictional music publisher (trainaudit demo).
# Generated by corpora/catalogues/generate.py demo; every title and name is invented.
catalogue: 1
holder:
  name: Nordlicht Musikverlag GmbH
  aliases: [Nordlicht Musik, NLMV, Nordlicht Music Publishing Ltd]
  imprints: [Polarkreis Records, Kompass Edition, Eisvogel Tonträger]

works:
  - file: works.csv
    columns: {id: id, title: title, creators: creators, isrc: isrc, iswc: iswc, year: year}

domains:
  - example-nordlicht.de
  - example-polarkreis-records.com
  # Nordlicht also owns the UK music-news site example-news.co.uk (bought in 2022); the
  # Northwind Omni-1 summaries in corpora/summaries list it among their top crawled domains.
  - example-news.co.uk

datasets:
  # Named in the Cadenza-2 summaries (corpora/summaries/cadenza2_*): Polarkreis Records put
  # a Creative Commons sampler on Jamendo in 2016.
  - name: MTG-Jamendo
    aliases: [MTG-Jamendo Dataset, mtg-jamendo-dataset]
    urls: [https://mtg.github.io/mtg-jamendo-dataset/]
    note: Polarkreis Records sampler (CC BY-NC-SA 3.0, 2016), about 40 tracks.
  - name: Baltic Song Stems
    aliases: [BSS-1M, Baltic Stems v1, balticstems]
    urls: [https://example-stems.org/baltic-song-stems, https://example-stems.org/bss-1m.tar]
    note: Isolated vocal and instrument stems; Kompass Edition works found by audio fingerprint.
  - name: SoundSift-2025
    aliases: [soundsift-2025, SoundSift audio-caption set]
    urls: [https://example-soundsift.net/2025/]
    note: The published track list, copied into manifests/ (truth in the .truth.csv beside it).
    manifest:
      file: manifests/soundsift-2025.csv
      columns: {title: track, creators: artist}

reservations:
  - mechanism: website-declaration
    effective_from: "2023-03-01"
    evidence_url: https://example-nordlicht.de/rechtliches/nutzungsvorbehalt
    note: >-
      Reservation of text and data mining rights for all works (Art. 4(3) Directive (EU)
      2019/790, section 44b(3) UrhG) in the terms of use of every Nordlicht site.
  - mechanism: robots.txt
    domains: [example-news.co.uk]
    user_agents: [GPTBot, CCBot, Google-Extended]
    effective_from: "2023-10-02"
    evidence_url: https://example-news.co.uk/robots.txt
    file: optout/robots.txt
  - mechanism: tdmrep
    domains: [example-nordlicht.de, example-polarkreis-records.com]
    effective_from: "2024-01-15"
    evidence_url: https://example-nordlicht.de/.well-known/tdmrep.json
    file: optout/tdmrep.json
  - mechanism: ai.txt
    domains: [example-polarkreis-records.com]
    user_agents: ["*"]
    effective_from: "2024-05-01"
    evidence_url: https://example-polarkreis-records.com/ai.txt
    file: optout/ai.txt
"""

DEMO_ROBOTS_TXT = """\
# robots.txt for https://example-news.co.uk/
# Nordlicht Musikverlag GmbH reserves the rights in the content of this site against
# text and data mining (Art. 4(3) Directive (EU) 2019/790). Last changed 2023-10-02.

User-agent: GPTBot
User-agent: CCBot
User-agent: Google-Extended
Disallow: /

User-agent: *
Disallow: /admin/
Disallow: /search
Disallow: /*?preview=
Allow: /

Sitemap: https://example-news.co.uk/sitemap.xml
"""

DEMO_TDMREP = [
    {
        "location": "/*",
        "tdm-reservation": 1,
        "tdm-policy": "https://example-nordlicht.de/.well-known/tdm-policy.json",
    },
    {
        "location": "/presse/*",
        "tdm-reservation": 1,
        "tdm-policy": "https://example-nordlicht.de/.well-known/tdm-policy-press.json",
    },
]

DEMO_AI_TXT = """\
# Spawning AI
# Prevent datasets from using the following file types

User-Agent: *
Disallow: *.mp3
Disallow: *.wav
Disallow: *.flac
Disallow: *.ogg
Disallow: *.m4a
Disallow: *.aiff
Disallow: *.mid
Disallow: *.pdf
Disallow: *.txt
Disallow: *.jpg
Disallow: *.jpeg
Disallow: *.png
Disallow: *.webp
"""


def _write_text(path: Path, text: str) -> None:
    """Write UTF-8 text with Unix line ends."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def demo_files() -> list[str]:
    """Return the files, relative to the demo folder, that ``write_demo`` writes."""
    return [
        "catalogue.yaml",
        "works.csv",
        f"manifests/{DEMO_MANIFEST}.csv",
        f"manifests/{DEMO_MANIFEST}.truth.csv",
        "optout/robots.txt",
        "optout/tdmrep.json",
        "optout/ai.txt",
    ]


def write_demo(out_dir: Path = DEMO_DIR) -> list[Path]:
    """Write the demo register, works, manifest with truth and opt-out files; return them."""
    rng = random.Random(DEMO_SEED)
    catalogue = demo_catalogue(rng)
    manifest = demo_manifest(rng, catalogue)
    _write_text(out_dir / "catalogue.yaml", DEMO_CATALOGUE_YAML)
    write_works(out_dir / "works.csv", catalogue, iswc=True)
    write_manifest(
        out_dir / "manifests" / f"{DEMO_MANIFEST}.csv",
        out_dir / "manifests" / f"{DEMO_MANIFEST}.truth.csv",
        manifest,
    )
    _write_text(out_dir / "optout" / "robots.txt", DEMO_ROBOTS_TXT)
    _write_text(out_dir / "optout" / "tdmrep.json", json.dumps(DEMO_TDMREP, indent=2) + "\n")
    _write_text(out_dir / "optout" / "ai.txt", DEMO_AI_TXT)
    return [out_dir / name for name in demo_files()]


# --- command line --------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    """Return the command-line parser."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    demo = sub.add_parser("demo", help="regenerate the demo register")
    demo.add_argument("--out", type=Path, default=DEMO_DIR)
    large = sub.add_parser("large", help="write a large catalogue and a noisy manifest")
    large.add_argument("--works", type=int, required=True)
    large.add_argument("--manifest-rows", type=int, default=0)
    large.add_argument("--match-fraction", type=float, default=0.5)
    large.add_argument("--seed", type=int, default=0)
    large.add_argument("--out", type=Path, required=True)
    large.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    return parser


def _run_large(args: argparse.Namespace) -> int:
    """Generate and write a large catalogue and manifest; report the timings."""
    start = time.perf_counter()
    catalogue = generate_catalogue(args.works, args.seed, args.seeds)
    built = time.perf_counter()
    manifest = None
    if args.manifest_rows:
        manifest = generate_manifest(
            catalogue, args.manifest_rows, args.match_fraction, args.seed, args.seeds
        )
    noisy = time.perf_counter()
    write_large(args.out, catalogue, manifest, args.seed)
    done = time.perf_counter()
    print(
        f"{len(catalogue)} works in {built - start:.1f}s, "
        f"{args.manifest_rows} manifest rows in {noisy - built:.1f}s, "
        f"written in {done - noisy:.1f}s to {args.out}",
        file=sys.stderr,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line."""
    args = _parser().parse_args(argv)
    if args.mode == "demo":
        written = write_demo(args.out)
        print(f"wrote {len(written)} files to {args.out}", file=sys.stderr)
        return 0
    try:
        return _run_large(args)
    except SeedsMissingError as exc:
        print(f"generate.py: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
