"""Comparison keys for titles and creator names, for fuzzy matching against a catalogue.

A summary names "Bohemian Rhapsody - Remastered 2011" or "Despacito (feat.
Daddy Yankee)"; the catalogue says "Bohemian Rhapsody" and "Despacito". Both
sides go through the same normalisation and are compared (with rapidfuzz) on
the resulting ``key``. Every result also carries the ``steps`` taken, so that
a match can say why two spellings were taken to be the same.

Shared rules (titles and creators), in this order:

- Unicode NFKC; curly quotes, primes and backticks become ``'`` or ``"``,
  Unicode hyphens and dashes become ``-``, "×" becomes "x", zero-width
  characters and soft hyphens are dropped.
- (titles only) version tags are dropped, see below; then a trailing
  inverted article goes: "Beatles, The" is read as "Beatles" and so equals
  "The Beatles".
- casefold; accents stripped (the combining marks that Latin, Greek and
  Cyrillic letters use, after NFKD: "é" -> "e"; "ß" -> "ss" by casefolding);
  Greek and Cyrillic letters transliterated to Latin by a small table (ELOT
  743 / BGN-like: "Рахманинов" -> "rakhmaninov", "Θεοδωράκης" ->
  "theodorakis"), as are the Latin letters that have no decomposition ("ø",
  "æ", "œ", "ł", "đ", "þ", "ı"). Other scripts (CJK, Arabic, Hebrew, Indic,
  Thai...) are kept as they are; their own combining marks stay in the word.
- apostrophes are dropped ("Don't" -> "dont", "Guns N' Roses" and "Guns 'n'
  Roses" -> "guns n roses"); dotted initials are joined ("R.E.M." -> "rem",
  "N.W.A" -> "nwa", "B.J. Thomas" -> "bj thomas"); a "$" next to a letter is
  an "s" ("Ke$ha" -> "kesha", "Ty Dolla $ign" -> "ty dolla sign").
- "&" becomes the word "and"; every other run of punctuation and whitespace
  becomes one space, with none at either end.
- a leading article (the, a, an, le, la, les, el, los, las, il, der, die,
  das) is dropped unless it is the only word or the next word is an article
  too ("The The", "La La Land" keep theirs). Note that this makes "Die
  Young" equal "Young" and "Las Vegas" equal "Vegas".

Titles only: a lone "n" between two words is "and" ("Rock 'n' Roll" = "Rock
& Roll" = "Rock and Roll"; "Salt-N-Pepa" -> "salt and pepa").

Version tags (titles only) are dropped from the key and returned by
``version_tags``, normalised ("remastered 2011", "live at wembley", "feat
daddy yankee"). A tag is a bracketed group, or the text after a spaced dash
at the end, or an unbracketed "feat. ..." / "ft. ..." / "featuring ..." that
follows the title, whose words are one of:

- a featured credit: "feat. X", "ft. X", "featuring X", and "with X" unless
  X starts like title words ("With Your Love", "With A Broken Heart", "With
  The Short Dress On" stay);
- a remaster in any form ("Remastered 2011", "2011 Remaster", "Remasterizado
  2011/30th Anniversary"); anything naming a soundtrack or "motion picture";
- "from" followed by a quoted name or by a film, show, musical, album or the
  vault ('From "Barbie The Album"', "From the Motion Picture ...", "From the
  Vault"), but not "(From Pasadena)";
- "live" alone, followed by at/in/from/on, a year, or a comma ("Live at
  Wembley", "live, 2004"), but not "(Live a Little Longer)";
- anything ending in remix, mix, edit, version, rework, dub, bootleg or vip
  ("Skrillex Remix", "Radio Edit", "Single Version", "Taylor's Version");
- only words from a version vocabulary with at least one telling one
  ("Acoustic", "Demo", "Mono", "Bonus Track", "[Explicit]", "Sped Up",
  "Deluxe Edition", "Live EP", "Official Video", "Ao Vivo", "- Single").

Years ("Halloween (2018)"), parts ("Part 1"), "Reprise", "Interlude", "Theme
From" and other brackets are kept, with their words, as part of the title:
"(I Can't Get No) Satisfaction" -> "i cant get no satisfaction". When a title
is nothing but tags ("(Demo)"), they are all kept.

Creators: the text is split into credits at "feat.", "ft.", "featuring",
"with", "vs", "x" (not when "x" ends a name: "Lil Nas X & ..."), "and", "&",
"+", "," and ";" ("/" is not a separator: "AC/DC"). The key is the credits
joined with " and ", in order, each without its leading article: "Luis Fonsi
feat. Daddy Yankee" -> "luis fonsi and daddy yankee", "Earth, Wind & Fire" ->
"earth and wind and fire", "Simon & Garfunkel" -> "simon and garfunkel".
``creator_variants`` gives the whole name unsplit ("earth wind and fire"),
the key, and each credit alone, for looking up bands and featured artists.
Names written "Gaye, Marvin" are not turned round.

Every key is a fixed point (normalising a key gives the same key) and no
function raises on any string.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "NormalisedText",
    "creator_variants",
    "normalise_creator",
    "normalise_title",
    "version_tags",
]


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """A comparison key with the text it came from and the steps that made it."""

    key: str
    original: str
    steps: tuple[str, ...]


# --- character tables -------------------------------------------------------


def _wordset(text: str) -> frozenset[str]:
    """Return the space-separated words of a literal as a set."""
    return frozenset(text.split())


def _letter_map(letters: str, latin: str) -> dict[str, str]:
    """Pair each letter with a space-separated Latin spelling ("-" for none)."""
    return {k: ("" if v == "-" else v) for k, v in zip(letters, latin.split(), strict=True)}


_PUNCT_TABLE: dict[int, str | None] = {
    **{ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\u2035`\u00b4\u02bc\u02bb\u02b9"},
    **{ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb"},
    **{ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"},
    ord("\u00d7"): " x ",
    **{ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"},
}

_GREEK = _letter_map(
    "αβγδεζηθικλμνξοπρσςτυφχψω", "a v g d e z i th i k l m n x o p r s s t y f ch ps o"
)
_CYRILLIC = _letter_map(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґђјљњћџѓќѕўә",
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"
    " i yi ye g dj j lj nj c dz gj kj dz u a",
)
_LATIN_EXTRA = {
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "þ": "th",
    "ı": "i",
    "ħ": "h",
    "ŧ": "t",
    "ŀ": "l",
    "ĸ": "k",
    "ŋ": "ng",
    "ȷ": "j",
}
_TRANSLIT_TABLE: dict[int, str] = {
    ord(k): v for k, v in (_GREEK | _CYRILLIC | _LATIN_EXTRA).items()
}

# Combining marks of the Latin, Greek and Cyrillic kind (stripped as accents).
_ACCENTS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def _mark_class() -> str:
    """Build a regex class body of all combining marks in the BMP and SMP."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x20000):
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


_WORD = rf"(?:[^\W_]|[{_mark_class()}])+"
_TITLE_TOKEN = re.compile(rf"{_WORD}|&")
_CREATOR_TOKEN = re.compile(rf"{_WORD}|[&,+;]")
_PLAIN_TOKEN = re.compile(r"[^\W_]+")
_HAS_WORD = re.compile(rf"{_WORD}|&")

_INITIALS = re.compile(
    r"(?<![\w.])(?:[^\W\d_]\.){2,}(?!\w)|(?<![\w.])(?:[^\W\d_]\.)+[^\W\d_](?![\w.])"
)
_DOLLAR = re.compile(r"(?<=[^\W\d_])\$|\$(?=[^\W\d_])")

# --- words ------------------------------------------------------------------

_ARTICLES = frozenset(
    {"the", "a", "an", "le", "la", "les", "el", "los", "las", "il", "der", "die", "das"}
)

_FEAT = frozenset({"feat", "ft", "featuring"})
# "with" + one of these is title text, not a credit: "(With Your Love)".
_WITH_TITLE_WORDS = _wordset(
    "a an the my your his her its our their me you him us them it i this that these those"
    " no all every each some any another one love nothing something someone somebody"
    " nobody everyone everybody everything out or and what who"
)
_LIVE_NEXT = _wordset(
    "at in from on version recording recorded session sessions studio ep acoustic"
    " unplugged edit mix and"
)
_FROM_MEDIA = _wordset(
    "motion film movie musical series tv television netflix disney amazon hbo original"
    " official vault soundtrack album game video broadway show anime ost opera"
)
_FROM_MEDIA_LAST = _wordset("album soundtrack ost film movie musical series")
_TAG_PAIRS = frozenset({("motion", "picture"), ("original", "score")})
_TAIL = _wordset(
    "remix remixes mix edit version versions versao rework dub bootleg refix vip"
    " remaster remastered rmx"
)
_STRONG = _wordset(
    "live vivo directo acoustic acustico acustica unplugged stripped demo demos mono stereo"
    " explicit clean censored uncensored instrumental karaoke acapella cappella bonus remix"
    " remixes remixed rmx mix version versao edit edited extended deluxe expanded anniversary"
    " edition sped slowed reverb nightcore outtake outtakes alternate rehearsal single ep"
    " soundtrack ost video audio visualizer lyric lyrics cover rerecorded reissue take"
    " mixed dub vip speed exclusive versions"
)
_FILLER = _wordset(
    "the a an of and in at on from for with by original album radio full length long short"
    " special super collectors limited international us uk usa japan japanese european"
    " spanish english french german italian portuguese track tracks digital digitally inch"
    " lp rpm studio session sessions bbc peel mtv recording recorded re up speed en ao hd hq"
    " official music taylors alt alternative early rough home new mastered version edition"
    " remastered orchestral piano complete itunes"
)
_ORDINAL_OR_NUMBER = re.compile(r"\d+(?:st|nd|rd|th|s)?")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")

_FROM_QUOTED = re.compile(r"^\s*from\s+(?:the\s+)?(?:[\w ]{0,40}?\s)?\"")
_LIVE_PUNCT = re.compile(r"^\s*live\s*[,:;/-]")

_BRACKET = re.compile(r"[(\[{]([^()\[\]{}]*)[)\]}]")
_UNBRACKETED_FEAT = re.compile(
    r"(?<=\S)\s+(?:feat\.?|ft\.?|featuring)\s+[^\s\-].*?(?=\s+-+\s|$)", re.IGNORECASE | re.DOTALL
)
_DASH_SUFFIX = re.compile(r"^(.*\S)\s+-+\s+(\S.*)$", re.DOTALL)


# --- shared steps -----------------------------------------------------------


def _prefold(text: str, steps: list[str]) -> str:
    """Apply NFKC and unify quotes, dashes and invisible characters."""
    s = text
    if not s.isascii():
        n = unicodedata.normalize("NFKC", s)
        if n != s:
            steps.append("nfkc")
            s = n
        p = s.translate(_PUNCT_TABLE)
        if p != s:
            steps.append("normalise quotes and dashes")
            s = p
    elif "`" in s:
        steps.append("normalise quotes and dashes")
        s = s.replace("`", "'")
    return s


def _fold(s: str, steps: list[str]) -> str:
    """Casefold, strip accents, transliterate, and tidy apostrophes, initials and '$'."""
    c = s.casefold()
    if c != s:
        steps.append("casefold")
    if not c.isascii():
        d, stripped = _ACCENTS.subn("", unicodedata.normalize("NFKD", c))
        if stripped:
            steps.append("strip accents")
        if "υ" in d:
            d = d.replace("ου", "ou")
        t = d.translate(_TRANSLIT_TABLE)
        if t != d:
            steps.append("transliterate")
        c = _tidy(t, steps)
        return unicodedata.normalize("NFKC", c).casefold()
    return _tidy(c, steps)


def _tidy(s: str, steps: list[str]) -> str:
    """Drop apostrophes, join dotted initials, and read '$' in a word as 's'."""
    if "'" in s:
        s = s.replace("'", "")
        steps.append("drop apostrophes")
    if "$" in s:
        s, n = _DOLLAR.subn("s", s)
        if n:
            steps.append("'$' -> 's'")
    if "." in s:
        s, n = _INITIALS.subn(_join_initials, s)
        if n:
            steps.append("join initials")
    return s


def _join_initials(m: re.Match[str]) -> str:
    """Return the dotted initials in a match without their dots."""
    return m.group(0).replace(".", "") + " "


def _drop_leading_article(tokens: list[str], steps: list[str]) -> None:
    """Drop a leading article unless it stands alone or precedes another article."""
    if len(tokens) > 1 and tokens[0] in _ARTICLES and tokens[1] not in _ARTICLES:
        steps.append(f"drop leading article {tokens[0]!r}")
        del tokens[0]


def _collapse_step(s: str, tokens: list[str], steps: list[str]) -> None:
    """Record whether tokenising dropped punctuation or only tidied whitespace."""
    plain = " ".join(s.split())
    if " ".join(tokens) != plain:
        steps.append("collapse punctuation")
    elif plain != s:
        steps.append("collapse whitespace")


def _uninvert(s: str, steps: list[str]) -> str:
    """Drop a trailing inverted article: "Beatles, The" -> "Beatles"."""
    comma = s.rfind(",")
    if comma < 0:
        return s
    tail = _PLAIN_TOKEN.findall(_light_fold(s[comma + 1 :]))
    if len(tail) == 1 and tail[0] in _ARTICLES and _HAS_WORD.search(s, 0, comma):
        steps.append(f"drop trailing article {tail[0]!r}")
        return s[:comma]
    return s


# --- version tags -----------------------------------------------------------


def _light_fold(text: str) -> str:
    """Casefold, strip accents and drop apostrophes, for recognising words."""
    c = text.casefold()
    if not c.isascii():
        c = _ACCENTS.sub("", unicodedata.normalize("NFKD", c))
        if "υ" in c:
            c = c.replace("ου", "ou")
        c = c.translate(_TRANSLIT_TABLE)
    return c.replace("'", "") if "'" in c else c


def _is_version_word(word: str) -> bool:
    """Tell whether a word may appear in a version tag."""
    return word in _STRONG or word in _FILLER or _ORDINAL_OR_NUMBER.fullmatch(word) is not None


def _is_tag(folded: str, words: list[str]) -> bool:
    """Tell whether bracketed or dash-suffixed text (folded, and its words) is a version tag."""
    if not words:
        return False
    first = words[0]
    n = len(words)
    if first in _FEAT:
        return n > 1
    if first == "with":
        return n > 1 and words[1] not in _WITH_TITLE_WORDS
    if first == "live" and (
        n == 1
        or words[1] in _LIVE_NEXT
        or _YEAR.fullmatch(words[1]) is not None
        or _LIVE_PUNCT.match(folded) is not None
    ):
        return True
    if first == "from" and n > 1:
        if _FROM_QUOTED.match(folded) is not None:
            return True
        nxt = words[2] if words[1] == "the" and n > 2 else words[1]
        if nxt in _FROM_MEDIA or words[-1] in _FROM_MEDIA_LAST:
            return True
    if words[-1] in _TAIL:
        return True
    for i, w in enumerate(words):
        if w.startswith("remaster") or w == "soundtrack":
            return True
        if i + 1 < n and (w, words[i + 1]) in _TAG_PAIRS:
            return True
    return any(w in _STRONG for w in words) and all(_is_version_word(w) for w in words)


def _drop_tags(s: str, tags: list[str], steps: list[str]) -> str:
    """Drop version tags in brackets, after 'feat.' and after a final spaced dash."""
    if any(c in s for c in "([{"):
        s = _drop_bracket_tags(s, tags, steps)
    if "f" in s or "F" in s:
        s = _drop_unbracketed_feat(s, tags, steps)
    if "-" in s:
        while True:
            m = _DASH_SUFFIX.match(s)
            if m is None:
                break
            suffix = m.group(2)
            folded = _light_fold(suffix)
            words = _PLAIN_TOKEN.findall(folded)
            if not _is_tag(folded, words):
                break
            tags.append(" ".join(words))
            steps.append(f"drop version tag {'- ' + suffix.strip()!r}")
            s = m.group(1)
    return s


def _drop_bracket_tags(s: str, tags: list[str], steps: list[str]) -> str:
    """Drop bracketed tags, innermost first; other brackets give up only their brackets."""
    while True:
        pieces: list[str] = []
        pos = 0
        for m in _BRACKET.finditer(s):
            pieces.append(s[pos : m.start()])
            inner = m.group(1)
            folded = _light_fold(inner)
            words = _PLAIN_TOKEN.findall(folded)
            if _is_tag(folded, words):
                tags.append(" ".join(words))
                steps.append(f"drop version tag {m.group(0)!r}")
                pieces.append(" ")
            else:
                pieces.extend((" ", inner, " "))
            pos = m.end()
        if not pieces:
            return s
        pieces.append(s[pos:])
        s = "".join(pieces)


def _drop_unbracketed_feat(s: str, tags: list[str], steps: list[str]) -> str:
    """Drop a 'feat. X' credit that follows the title without brackets."""
    m = _UNBRACKETED_FEAT.search(s)
    if m is None:
        return s
    found = m.group(0).strip()
    tags.append(" ".join(_PLAIN_TOKEN.findall(_light_fold(found))))
    steps.append(f"drop version tag {found!r}")
    return s[: m.start()] + s[m.end() :]


# --- titles -----------------------------------------------------------------


def _title(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """Return a title's key, steps and version tags."""
    steps: list[str] = []
    tags: list[str] = []
    s = _prefold(text, steps)
    before = s
    tag_steps: list[str] = []
    s = _drop_tags(s, tags, tag_steps)
    if tags and not _HAS_WORD.search(s):
        s = before
        steps.append("keep version tags: the title is nothing else")
    else:
        steps.extend(tag_steps)
    s = _uninvert(s, steps)
    s = _fold(s, steps)
    raw = _TITLE_TOKEN.findall(s)
    _collapse_step(s, raw, steps)
    tokens = raw
    if "&" in tokens:
        tokens = ["and" if t == "&" else t for t in tokens]
        steps.append("'&' -> 'and'")
    if "n" in tokens[1:-1]:
        tokens[1:-1] = ["and" if t == "n" else t for t in tokens[1:-1]]
        steps.append("'n' -> 'and'")
    for i in range(1, len(tokens) - 1):
        if tokens[i] in _FEAT:
            dropped = " ".join(tokens[i:])
            tags.append(dropped)
            steps.append(f"drop version tag {dropped!r}")
            del tokens[i:]
            break
    _drop_leading_article(tokens, steps)
    return " ".join(tokens), tuple(steps), tuple(tags)


def normalise_title(text: str) -> NormalisedText:
    """Return the comparison key of a song, album or book title."""
    key, steps, _ = _title(text)
    return NormalisedText(key=key, original=text, steps=steps)


def version_tags(text: str) -> tuple[str, ...]:
    """Return the version tags found in a title, normalised, in the order found."""
    return _title(text)[2]


# --- creators ---------------------------------------------------------------

_CREATOR_SEPARATORS = frozenset({"and", "feat", "ft", "featuring", "with", "vs", "x"})
_SEPARATOR_SYMBOLS = frozenset({",", "+", ";"})


def _creator(text: str) -> tuple[str, str, list[list[str]], tuple[str, ...]]:
    """Return a creator's key, whole name, credits and steps."""
    steps: list[str] = []
    s = _prefold(text, steps)
    s = _uninvert(s, steps)
    s = _fold(s, steps)
    raw = _CREATOR_TOKEN.findall(s)
    _collapse_step(s, raw, steps)
    if "&" in raw:
        steps.append("'&' -> 'and'")
    tokens = ["and" if t == "&" else t for t in raw]
    whole = [t for t in tokens if t not in _SEPARATOR_SYMBOLS]
    _drop_leading_article(whole, [])
    parts: list[list[str]] = []
    current: list[str] = []
    last = len(tokens) - 1
    for i, tok in enumerate(tokens):
        if tok in _SEPARATOR_SYMBOLS:
            if current:
                parts.append(current)
                current = []
        elif (
            tok in _CREATOR_SEPARATORS
            and current
            and i < last
            and (
                tok != "x"
                or (
                    tokens[i + 1] not in _CREATOR_SEPARATORS
                    and tokens[i + 1] not in _SEPARATOR_SYMBOLS
                )
            )
        ):
            if tok == "with" and current[-1] == "duet" and len(current) > 1:
                current.pop()
            parts.append(current)
            current = []
        else:
            current.append(tok)
    if current:
        parts.append(current)
    for part in parts:
        _drop_leading_article(part, steps)
    if len(parts) > 1:
        steps.append("split credits " + " | ".join(repr(" ".join(p)) for p in parts))
    key = " and ".join(" ".join(p) for p in parts)
    return key, " ".join(whole), parts, tuple(dict.fromkeys(steps))


def normalise_creator(text: str) -> NormalisedText:
    """Return the comparison key of an artist, author or other creator credit."""
    key, _, _, steps = _creator(text)
    return NormalisedText(key=key, original=text, steps=steps)


def creator_variants(text: str) -> tuple[str, ...]:
    """Return the whole normalised name, the key, then each credit alone, without repeats."""
    key, whole, parts, _ = _creator(text)
    found = [whole, key, *(" ".join(p) for p in parts)]
    return tuple(v for v in dict.fromkeys(found) if v)
