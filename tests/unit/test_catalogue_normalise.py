from __future__ import annotations

import dataclasses
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from trainaudit.catalogue.normalise import (
    NormalisedText,
    creator_variants,
    normalise_creator,
    normalise_title,
    version_tags,
)

# --- titles: examples spelled as in Billboard, Spotify and MIDI song lists ---------


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Bohemian Rhapsody - Remastered 2011", "bohemian rhapsody"),
        ("Bohemian Rhapsody (Remastered 2011)", "bohemian rhapsody"),
        ("Hey Jude - 2011 Remaster", "hey jude"),
        ("Despacito (feat. Daddy Yankee)", "despacito"),
        ("Despacito - Remix", "despacito"),
        ("Despacito feat. Daddy Yankee", "despacito"),
        ("Stay (with Justin Bieber)", "stay"),
        ("Love Story (Taylor’s Version)", "love story"),
        ("All Too Well (10 Minute Version) (Taylor's Version) (From The Vault)", "all too well"),
        ("Don't Stop Me Now - Live at Wembley", "dont stop me now"),
        ("Flowers - Single", "flowers"),
        ("Danza Kuduro - Cover", "danza kuduro"),
        ("Ojitos Lindos - Ao Vivo", "ojitos lindos"),
        ("Dance The Night (From Barbie The Album)", "dance the night"),
        ('What Was I Made For? [From The Motion Picture "Barbie"]', "what was i made for"),
        ("Lose Yourself (From “8 Mile” Soundtrack)", "lose yourself"),
        ("Song (Radio Edit) [Explicit]", "song"),
        ("Song (Single Version)", "song"),
        ("Song (Acoustic)", "song"),
        ("Song (Demo)", "song"),
        ("Love Me Do (Mono)", "love me do"),
        ("Song (Bonus Track)", "song"),
        ("Song (Sped Up)", "song"),
        ("Song (Skrillex Remix)", "song"),
        ("Song (Live)", "song"),
        ("Song (live, 2004)", "song"),
        ("Song (Remasterizado 2011/30th Anniversary)", "song"),
        ("(I Can't Get No) Satisfaction", "i cant get no satisfaction"),
        ("Dance (While the Music Still Goes on)", "dance while the music still goes on"),
        ("Little Old Lady (From Pasadena)", "little old lady from pasadena"),
        (
            "Ain't No Mountain High Enough (With Your Love)",
            "aint no mountain high enough with your love",
        ),
        ("Live a Little (Live a Little Longer)", "live a little live a little longer"),
        ("Halloween (2018) (Expanded Edition)", "halloween 2018"),
        ("Thriller - Part 1", "thriller part 1"),
        ("Fleetwood Mac (1968)", "fleetwood mac 1968"),
        ("Live and Let Die", "live and let die"),
        ("The Wall", "wall"),
        ("Wall, The", "wall"),
        ("A Day in the Life", "day in the life"),
        ("La Bamba", "bamba"),
        ("Les Champs-Élysées", "champs elysees"),
        ("The", "the"),
        ("The The", "the the"),
        ("La La Land", "la la land"),
        ("Malagueña", "malaguena"),
        ("Bei Mir Bist Du Schön", "bei mir bist du schon"),
        ("Straße", "strasse"),
        ("Rock 'n' Roll", "rock and roll"),
        ("Rock & Roll", "rock and roll"),
        ("Rock&Roll", "rock and roll"),
        ("Don’t Worry", "dont worry"),
        ("Un-break My Heart", "un break my heart"),
        ("Vocalise – Op. 34", "vocalise op 34"),
        ("Калинка", "kalinka"),
        ("Подмосковные вечера", "podmoskovnye vechera"),
        ("Τα παιδιά του Πειραιά", "ta paidia tou peiraia"),
        ("ＦＵＬＬＷＩＤＴＨ", "fullwidth"),
        ("东京 (Live)", "东京"),
        ("(Demo)", "demo"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_title_keys(raw: str, key: str) -> None:
    assert normalise_title(raw).key == key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bohemian Rhapsody - Remastered 2011", "BOHEMIAN RHAPSODY"),
        ("Guns N' Roses", "Guns 'n' Roses"),
        ("Sweet Child O' Mine", "Sweet Child O Mine"),
        ("Rock 'n' Roll", "Rock and Roll"),
        ("Señorita", "Senorita"),
        ("Café del Mar (Energy 52 Remix)", "cafe del mar"),
        ("Yesterday - Remastered 2009", "Yesterday (2009 Remaster)"),
        ("Wall, The", "The Wall"),
        ("Satisfaction", "The Satisfaction"),
    ],
)
def test_title_spellings_that_match(a: str, b: str) -> None:
    assert normalise_title(a).key == normalise_title(b).key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Halloween (2007)", "Halloween (2018)"),
        ("Thriller - Part 1", "Thriller - Part 2"),
        ("Stay (With Me)", "Stay"),
        ("Intro", "Outro"),
    ],
)
def test_title_spellings_that_differ(a: str, b: str) -> None:
    assert normalise_title(a).key != normalise_title(b).key


@pytest.mark.parametrize(
    ("raw", "tags"),
    [
        ("Bohemian Rhapsody - Remastered 2011", ("remastered 2011",)),
        ("Bohemian Rhapsody", ()),
        ("Don't Stop Me Now - Live at Wembley", ("live at wembley",)),
        ("Despacito (feat. Daddy Yankee)", ("feat daddy yankee",)),
        ("Song (Radio Edit) [Explicit]", ("radio edit", "explicit")),
        ("Song feat. X - Remix", ("feat x", "remix")),
        ("Love Story (Taylor's Version)", ("taylors version",)),
        ("Acústico (Versão Acústica)", ("versao acustica",)),
        ("(I Can't Get No) Satisfaction", ()),
        ("(Demo)", ("demo",)),
    ],
)
def test_version_tags(raw: str, tags: tuple[str, ...]) -> None:
    assert version_tags(raw) == tags


def test_live_version_is_told_from_studio_version() -> None:
    live, studio = "Hotel California - Live", "Hotel California"
    assert normalise_title(live).key == normalise_title(studio).key
    assert version_tags(live) == ("live",)
    assert version_tags(studio) == ()


def test_steps_explain_the_key() -> None:
    result = normalise_title("The Beatles’ Bohème (Remastered 2011)")
    assert result == NormalisedText(
        key="beatles boheme",
        original="The Beatles’ Bohème (Remastered 2011)",
        steps=(
            "normalise quotes and dashes",
            "drop version tag '(Remastered 2011)'",
            "casefold",
            "strip accents",
            "drop apostrophes",
            "collapse whitespace",
            "drop leading article 'the'",
        ),
    )
    assert normalise_title("Рахманинов").steps == ("casefold", "transliterate")
    assert normalise_title("plain").steps == ()
    assert "keep version tags: the title is nothing else" in normalise_title("(Live)").steps


def test_result_is_frozen() -> None:
    result = normalise_title("Yesterday")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.key = "x"  # type: ignore[misc]


# --- creators --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Beyoncé", "beyonce"),
        ("Sigur Rós", "sigur ros"),
        ("Mötley Crüe", "motley crue"),
        ("Motörhead", "motorhead"),
        ("MØ", "mo"),
        ("Рахманинов", "rakhmaninov"),
        ("Сергей Рахманинов", "sergei rakhmaninov"),
        ("Μίκης Θεοδωράκης", "mikis theodorakis"),
        ("The Weeknd", "weeknd"),
        ("Beatles, The", "beatles"),
        ("The Beatles", "beatles"),
        ("Guns N' Roses", "guns n roses"),
        ("Guns 'n' Roses", "guns n roses"),
        ("R.E.M.", "rem"),
        ("N.W.A", "nwa"),
        ("B.J. Thomas And The Triumphs", "bj thomas and triumphs"),
        ("AC/DC", "ac dc"),
        ("Ke$ha", "kesha"),
        ("Ty Dolla $ign", "ty dolla sign"),
        ("Luis Fonsi feat. Daddy Yankee", "luis fonsi and daddy yankee"),
        ("Luis Fonsi & Daddy Yankee", "luis fonsi and daddy yankee"),
        ("Lil Nas X Featuring Doja Cat", "lil nas x and doja cat"),
        ("Lil Nas X, Jack Harlow", "lil nas x and jack harlow"),
        ("Kane Brown X blackbear", "kane brown and blackbear"),
        ("Elvis Presley With The Jordanaires", "elvis presley and jordanaires"),
        ("Shania Twain Duet With Mark McGrath", "shania twain and mark mcgrath"),
        (
            "Calvin Harris Featuring Young Thug, Pharrell Williams & Ariana Grande",
            "calvin harris and young thug and pharrell williams and ariana grande",
        ),
        ("Simon & Garfunkel", "simon and garfunkel"),
        ("Earth, Wind & Fire", "earth and wind and fire"),
        ("Florence + The Machine", "florence and machine"),
        ("Florence and the Machine", "florence and machine"),
        ("The The", "the the"),
        ("", ""),
    ],
)
def test_creator_keys(raw: str, key: str) -> None:
    assert normalise_creator(raw).key == key


@pytest.mark.parametrize(
    ("raw", "variants"),
    [
        (
            "Luis Fonsi feat. Daddy Yankee",
            (
                "luis fonsi feat daddy yankee",
                "luis fonsi and daddy yankee",
                "luis fonsi",
                "daddy yankee",
            ),
        ),
        ("Simon & Garfunkel", ("simon and garfunkel", "simon", "garfunkel")),
        (
            "Earth, Wind & Fire",
            ("earth wind and fire", "earth and wind and fire", "earth", "wind", "fire"),
        ),
        ("The Beatles", ("beatles",)),
        ("Beatles, The", ("beatles",)),
        ("", ()),
    ],
)
def test_creator_variants(raw: str, variants: tuple[str, ...]) -> None:
    assert creator_variants(raw) == variants


def test_band_names_meet_through_their_whole_name() -> None:
    # Commas split credits, so the keys differ; the unsplit names agree.
    a, b = "Earth, Wind & Fire", "Earth Wind and Fire"
    assert normalise_creator(a).key != normalise_creator(b).key
    assert creator_variants(a)[0] == creator_variants(b)[0] == "earth wind and fire"


def test_creator_steps_name_the_credits() -> None:
    steps = normalise_creator("Metro Boomin & 21 Savage Featuring Mustafa").steps
    assert "split credits 'metro boomin' | '21 savage' | 'mustafa'" in steps
    assert normalise_creator("Beatles, The").steps == ("drop trailing article 'the'", "casefold")


# --- properties ------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_PIECES = [
    *_words("The the A La Die n N' 'n' x X feat. ft Featuring with and & + , ; / vs. duet"),
    *_words("Live Remastered 2011 Remaster Radio Edit Taylor's Version Mix Demo Single EP"),
    *_words("( ) [ ] { } - – — \" ' ’ ` . ! ? : $ × ß İ ı ﬁ ǅ ŉ ½ ς Σ й ё"),
    *_words("Beyoncé Rós Рахманинов Θεοδωράκης R.E.M. N.W.A Ke$ha 東京 हिन्दी Love Beatles"),
    " - ",
    "  ",
    "\t",
    "\u200b",
    "\u00ad",
    "\u0301",
    "\u0345",
]
_SEPARATORS = st.sampled_from(["", " ", "  ", "-", " - ", ",", ", "])
titles_like = st.lists(st.tuples(st.sampled_from(_PIECES), _SEPARATORS), max_size=8).map(
    lambda pairs: "".join(piece + sep for piece, sep in pairs)
)
any_text = st.one_of(titles_like, st.text(max_size=40))

_KNOWN_TAGS = [
    "(Remastered 2011)",
    "- 2011 Remaster",
    "- Remastered 2011",
    "(Live)",
    "- Live at Wembley",
    "(Radio Edit)",
    "(Single Version)",
    "(feat. X)",
    "[Explicit]",
    "(Acoustic)",
    "(Demo)",
    "(Mono)",
    "(Bonus Track)",
    "(From the Motion Picture “Barbie”)",
    "(Taylor's Version)",
]


def _assert_tidy(key: str) -> None:
    assert key == key.strip()
    assert "  " not in key
    assert key == key.casefold()


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_title_key_is_a_tidy_fixed_point(text: str) -> None:
    key = normalise_title(text).key
    _assert_tidy(key)
    assert normalise_title(key).key == key
    version_tags(text)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_creator_key_is_a_tidy_fixed_point(text: str) -> None:
    result = normalise_creator(text)
    _assert_tidy(result.key)
    assert normalise_creator(result.key).key == result.key
    assert result.original == text
    for variant in creator_variants(text):
        _assert_tidy(variant)
        assert variant


@settings(max_examples=300, deadline=None)
@given(titles_like, st.sampled_from(_KNOWN_TAGS))
def test_adding_a_version_tag_keeps_the_title_key(text: str, tag: str) -> None:
    base = normalise_title(text)
    assume(base.key)
    assume(not any(step.startswith("keep version tags") for step in base.steps))
    tagged = normalise_title(f"{text} {tag}")
    assert tagged.key == base.key
    assert len(version_tags(f"{text} {tag}")) == len(version_tags(text)) + 1


@settings(max_examples=300, deadline=None)
@given(titles_like)
def test_case_does_not_change_the_key(text: str) -> None:
    for variant in (text.upper(), text.lower(), text.swapcase(), text.title()):
        assert normalise_title(variant).key == normalise_title(text).key
        assert normalise_creator(variant).key == normalise_creator(text).key


_ASCII_WORDS = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ", max_size=30
)


@settings(max_examples=300, deadline=None)
@given(_ASCII_WORDS, st.data())
def test_accents_do_not_change_the_key(text: str, data: st.DataObject) -> None:
    marks = data.draw(
        st.lists(st.sampled_from("\u0300\u0301\u0302\u0303\u0308\u030a\u030c\u0327\u0328")),
    )
    accented = "".join(
        ch + (marks[i % len(marks)] if marks and ch.isalpha() else "") for i, ch in enumerate(text)
    )
    for form in ("NFC", "NFD"):
        variant = unicodedata.normalize(form, accented)
        assert normalise_title(variant).key == normalise_title(text).key
        assert normalise_creator(variant).key == normalise_creator(text).key
