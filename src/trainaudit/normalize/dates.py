"""Dates and periods: ISO 8601 cut to the precision written.

Output (template-fields.md, value types ``date`` and ``period``): "2026-06-26"
(day), "2026-06" (month) or "2026" (year); ``None`` when no date is given or
it cannot be read ("Coming soon", "None", "N/A", "TBD").

Forms read:

- numeric day-month-year with "/", "." or "-": DD/MM/YYYY, D/M/YYYY,
  DD/MM/YY (the template's own "DD/MM/YY"), "31.12.2025", and spaces round
  the slashes ("01 / 2025");
- year first: YYYY-MM-DD, YYYY/MM/DD, YYYY-MM;
- month and year: MM/YYYY, MM.YYYY, MM-YYYY;
- month names in English, Italian, French, German, Spanish, Portuguese and
  Dutch, full or abbreviated ("Sept", "Jul.", "févr."): "July 24, 2026",
  "24 July 2026", "Sept 2nd, 2025", "1er juillet 2026", "24. Juli 2026",
  "24 de julio de 2026", "Jul 2026", "luglio 2026";
- a year alone, 1900-2099 ("2018").

Two-digit years are 20YY. A quarter, half or season ("Q3 2025", "H1 2025",
"early 2025", "end of 2025") is read as its year ("2025"): the year is what
is certain, and ISO 8601 calendar dates have no quarter.

Ambiguous numeric dates. A numeric date whose first two parts are both 12 or
less (07/08/26) can be day-first or month-first. The rule:

1. a part greater than 12 settles it for that date: a first part > 12 is a
   day (25/07/2025 is day-first), a second part > 12 is a day (2/19/2025 is
   month-first);
2. otherwise the ``day_first`` argument decides; the caller sets it from the
   other dates of the same document (``infer_day_first``), from constraints
   (a last update cannot precede placement, an archive date bounds it; see
   ``date_readings``) or from the provider's convention;
3. with no ``day_first``, day-first is assumed: the template asks for
   "DD/MM/YY", the European convention.

``DateHit.ambiguous`` marks dates read by step 2 or 3.

Periods: "From 01/2024 to 06/2025", "2018 – December 2025" and "Nov 2023 -
Dec 2024" give both ends (the first date written is ``from``, the last is
``to``); "Up to June 2026", "until", "before" and a lone date (a knowledge
cut-off such as "01/2025") give only ``to``; "from", "since" or "starting"
before a lone date give only ``from``; "during 2025" or "in 2025" give the
same date at both ends. No date at all gives ``None``, never
``{"from": None, "to": None}``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Literal

from trainaudit.normalize.text import fold_whitespace, is_empty_answer

__all__ = [
    "DateHit",
    "Precision",
    "date_readings",
    "find_dates",
    "infer_day_first",
    "parse_date",
    "parse_period",
]

Precision = Literal["day", "month", "year"]

_MONTHS: dict[str, int] = {}


def _add_months(*names: tuple[str, ...]) -> None:
    """Register month names: the i-th tuple holds the spellings of month i + 1."""
    for number, spellings in enumerate(names, start=1):
        for spelling in spellings:
            _MONTHS[spelling] = number


_add_months(  # English, Italian, French, German, Spanish, Portuguese, Dutch
    ("january", "jan", "gennaio", "genn", "janvier", "janv", "januar", "jänner", "jän", "enero",
     "ene", "janeiro", "januari"),
    ("february", "feb", "febr", "febbraio", "febb", "février", "fevrier", "fév", "févr", "fev",
     "fevr", "februar", "febrero", "fevereiro", "februari"),
    ("march", "mar", "marzo", "mars", "märz", "maerz", "mrz", "março", "marco", "maart", "mrt"),
    ("april", "apr", "aprile", "avril", "avr", "abril", "abr"),
    ("may", "maggio", "magg", "mai", "mayo", "maio", "mei"),
    ("june", "jun", "giugno", "giu", "juin", "juni", "junio", "junho"),
    ("july", "jul", "luglio", "lug", "juillet", "juil", "juli", "julio", "julho"),
    ("august", "aug", "agosto", "août", "aout", "augustus"),
    ("september", "sep", "sept", "settembre", "sett", "septembre", "septiembre",
     "setiembre", "setembro"),
    ("october", "oct", "ottobre", "ott", "octobre", "oktober", "okt", "octubre", "outubro"),
    ("november", "nov", "novembre", "noviembre", "novembro"),
    ("december", "dec", "dicembre", "dic", "décembre", "decembre", "déc", "dezember", "dez",
     "diciembre", "dezembro"),
)  # fmt: skip

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_MONTH = rf"(?P<mon>{_MONTH_ALT})\.?(?![^\W\d_])"
_ORD = r"(?:st|nd|rd|th|er|e|°|º|\.)?"
_YEAR4 = r"(?P<y>(?:19|20)\d{2})"
_LB = r"(?<![\w/.\-–])"  # not glued to a word, a path, a version or a longer number
_RB = r"(?![\w/]|[.\-–]\d)"
_SEP = r"\s*(?P<sep>[/.\-])\s*"

_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One date form: its regex and the precision it yields."""

    kind: str
    regex: re.Pattern[str]


_PATTERNS: tuple[_Pattern, ...] = (
    # 24 July 2026, 2nd July, 2026, 24. Juli 2026, 1er juillet 2026, 24 de julio de 2026
    _Pattern(
        "dmy_name",
        re.compile(
            rf"{_LB}(?P<d>\d{{1,2}}){_ORD}\s*(?:of\s+|de\s+)?{_MONTH},?\s*(?:de\s+|del\s+)?"
            rf"{_YEAR4}{_RB}",
            _FLAGS,
        ),
    ),
    # July 24, 2026; Sept 2nd, 2025; Sept. 2 2025
    _Pattern(
        "mdy_name",
        re.compile(
            rf"(?<![^\W\d_]){_MONTH}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d),?\s+{_YEAR4}{_RB}",
            _FLAGS,
        ),
    ),
    # 2026-06-26, 2026/06/26, 2026.06.26
    _Pattern(
        "ymd",
        re.compile(
            rf"{_LB}{_YEAR4}(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![\w/]|[.\-]\d)",
            _FLAGS,
        ),
    ),
    # 01/09/2025, 1/9/25, 31.12.2025, 31-12-2025
    _Pattern(
        "numeric3",
        re.compile(
            rf"{_LB}(?P<a>\d{{1,2}}){_SEP}(?P<b>\d{{1,2}})\s*(?P=sep)\s*"
            rf"(?P<y>(?:19|20)\d{{2}}|\d{{2}}){_RB}",
            _FLAGS,
        ),
    ),
    # July 2026, Jul. 2026, luglio 2026, julio de 2026
    _Pattern(
        "my_name",
        re.compile(rf"(?<![^\W\d_]){_MONTH},?\s*(?:de\s+|del\s+|of\s+)?{_YEAR4}{_RB}", _FLAGS),
    ),
    # 2024-03 (not the CC-MAIN-2024-10 snapshot id: see _LB)
    _Pattern(
        "ym",
        re.compile(rf"{_LB}{_YEAR4}(?P<sep>[/\-])(?P<m>\d{{1,2}})(?![\w/]|[.\-]\d)", _FLAGS),
    ),
    # 03/2024, 3.2024, 01 / 2025
    _Pattern("my", re.compile(rf"{_LB}(?P<m>\d{{1,2}}){_SEP}{_YEAR4}{_RB}", _FLAGS)),
    # 2018–2025: a range of years
    _Pattern(
        "year_range",
        re.compile(
            rf"{_LB}(?P<y>(?:19|20)\d{{2}})\s*[\-–—]\s*(?P<y2>(?:19|20)\d{{2}})(?![\w/]|[.\-]\d)",
            _FLAGS,
        ),
    ),
    _Pattern("year", re.compile(rf"{_LB}{_YEAR4}(?![\w/]|[.\-–]\d|%)", _FLAGS)),
)

_NO_DATE = re.compile(
    r"^(?:coming soon|tbd|tba|to be (?:determined|announced|confirmed)|not (?:known|available|"
    r"yet (?:known|available|determined))|unknown|pending|n\.?\s*k\.?)\.?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in text: its ISO value, precision, span and the text as written."""

    iso: str
    precision: Precision
    start: int
    end: int
    raw: str
    #: True when a numeric day/month order was not settled by the date itself
    ambiguous: bool = False


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """Format a validated ISO date cut to the parts given, or None if it does not exist."""
    if not 1900 <= year <= 2099:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _year(text: str) -> int:
    """Expand a two-digit year to 20YY."""
    value = int(text)
    return 2000 + value if len(text) == 2 else value


def _month(name: str) -> int:
    """Look up a month name or abbreviation."""
    return _MONTHS[name.lower().rstrip(".")]


def _numeric3(
    a: int, b: int, year: int, day_first: bool | None
) -> tuple[str | None, bool, tuple[str, ...]]:
    """Read a numeric a/b/year date: (iso, ambiguous, all valid readings)."""
    dmy, mdy = _iso(year, b, a), _iso(year, a, b)
    readings = tuple(dict.fromkeys(r for r in (dmy, mdy) if r is not None))
    if dmy is None or mdy is None or dmy == mdy:
        return (dmy or mdy), False, readings
    return (mdy if day_first is False else dmy), True, readings


def _from_match(kind: str, m: re.Match[str], day_first: bool | None) -> list[DateHit]:
    """Turn one regex match into date hits (two for a range of years)."""
    g = m.groupdict()
    ambiguous = False
    iso: str | None
    if kind in ("dmy_name", "mdy_name"):
        iso = _iso(int(g["y"]), _month(g["mon"]), int(g["d"]))
    elif kind == "ymd":
        iso = _iso(int(g["y"]), int(g["m"]), int(g["d"]))
    elif kind == "numeric3":
        iso, ambiguous, _ = _numeric3(int(g["a"]), int(g["b"]), _year(g["y"]), day_first)
    elif kind == "my_name":
        iso = _iso(int(g["y"]), _month(g["mon"]))
    elif kind in ("ym", "my"):
        iso = _iso(int(g["y"]), int(g["m"]))
    elif kind == "year_range":
        first, second = m.span("y"), m.span("y2")
        return [
            DateHit(g["y"], "year", first[0], first[1], g["y"]),
            DateHit(g["y2"], "year", second[0], second[1], g["y2"]),
        ]
    else:
        iso = _iso(int(g["y"]))
    if iso is None:
        return []
    return [DateHit(iso, _precision(iso), m.start(), m.end(), m.group(0), ambiguous)]


def _precision(iso: str) -> Precision:
    """Tell the precision of an ISO date string by its length."""
    if len(iso) == 4:
        return "year"
    return "month" if len(iso) == 7 else "day"


def find_dates(text: str, *, day_first: bool | None = None) -> list[DateHit]:
    """Find every date in a text, in order of appearance, with its span and ISO value."""
    taken: list[tuple[int, int]] = []
    hits: list[DateHit] = []
    for pattern in _PATTERNS:
        for m in pattern.regex.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append(m.span())
            hits.extend(_from_match(pattern.kind, m, day_first))
    return sorted(hits, key=lambda h: h.start)


_HEDGE = re.compile(
    r"^(?:(?:approximately|approx\.?|about|around|circa|ca\.|c\.|roughly|as of|on|dated|"
    r"updated|last updated|date)\s*:?\s*)+",
    re.IGNORECASE,
)


def _clean(text: str) -> str:
    """Fold whitespace and drop hedges and trailing punctuation round a lone date."""
    folded = fold_whitespace(text).strip(" .;,:()[]")
    return _HEDGE.sub("", folded).strip(" .;,:()[]")


def parse_date(text: str, *, day_first: bool | None = None) -> str | None:
    """Parse one date to ISO cut to its precision; None for no date or several different ones."""
    cleaned = _clean(text)
    if is_empty_answer(cleaned) or _NO_DATE.match(cleaned):
        return None
    hits = find_dates(cleaned, day_first=day_first)
    distinct = {h.iso for h in hits}
    if len(distinct) == 1:
        return hits[0].iso
    return None


def date_readings(text: str) -> tuple[str, ...]:
    """Return every ISO reading of one date: two for an ambiguous numeric one, else one or none."""
    hits = find_dates(_clean(text))
    if len({h.iso for h in hits}) != 1:
        return ()
    hit = hits[0]
    if not hit.ambiguous:
        return (hit.iso,)
    m = _PATTERNS[3].regex.search(hit.raw)
    if m is None:  # pragma: no cover - an ambiguous hit is always numeric3
        return (hit.iso,)
    return _numeric3(int(m["a"]), int(m["b"]), _year(m["y"]), True)[2]


_NUMERIC3_ANY = re.compile(r"(?<![\w.])(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{2}|\d{4})(?!\d)")


def infer_day_first(raw_dates: list[str]) -> bool | None:
    """Infer a document's numeric date order from its unambiguous dates; None if unsettled."""
    votes: set[bool] = set()
    for raw in raw_dates:
        for m in _NUMERIC3_ANY.finditer(raw):
            a, b = int(m.group(1)), int(m.group(3))
            if a > 12 >= b >= 1:
                votes.add(True)
            elif b > 12 >= a >= 1:
                votes.add(False)
    return votes.pop() if len(votes) == 1 else None


_TO_CUE = re.compile(
    r"\b(?:up\s+(?:to|until)|until|till|through|thru|to|before|by|no\s+later\s+than|"
    r"cut-?\s?off|as\s+of|ending|ended|end)\b[^\d]{0,40}$",
    re.IGNORECASE,
)
_FROM_CUE = re.compile(
    r"\b(?:from|since|starting|started|start|beginning|after|onwards?)\b[^\d]{0,40}$",
    re.IGNORECASE,
)
_FROM_CUE_AFTER = re.compile(r"^\W{0,3}\s*(?:onwards?|and\s+later|and\s+after)\b", re.IGNORECASE)
_BOTH_CUE = re.compile(r"\b(?:during|in|throughout|within)\b\s*(?:the\s+)?(?:year\s+)?$", re.I)
_RANGE_MONTHS = re.compile(
    rf"(?<![^\W\d_])(?P<m1>{_MONTH_ALT})\.?\s*(?:[\-–—]|to|until|till)\s*"
    rf"(?P<m2>{_MONTH_ALT})\.?,?\s*(?P<y>(?:19|20)\d{{2}}){_RB}",
    re.IGNORECASE,
)


def _period(start: str | None, end: str | None) -> dict[str, str | None]:
    """Build the JSON period object."""
    return {"from": start, "to": end}


def parse_period(text: str, *, day_first: bool | None = None) -> dict[str, str | None] | None:
    """Parse a period of data collection to {"from": date|None, "to": date|None}, or None."""
    folded = fold_whitespace(text)
    if is_empty_answer(folded) or _NO_DATE.match(folded.strip(" .")):
        return None
    shared = _RANGE_MONTHS.search(folded)
    if shared is not None:  # "January – March 2025": the year belongs to both months
        year = int(shared["y"])
        return _period(_iso(year, _month(shared["m1"])), _iso(year, _month(shared["m2"])))
    hits = find_dates(folded, day_first=day_first)
    if not hits:
        return None
    if len(hits) >= 2:
        return _period(hits[0].iso, hits[-1].iso)
    hit = hits[0]
    before, after = folded[: hit.start], folded[hit.end :]
    if _TO_CUE.search(before):
        return _period(None, hit.iso)
    if _FROM_CUE.search(before) or _FROM_CUE_AFTER.match(after):
        return _period(hit.iso, None)
    if _BOTH_CUE.search(before):
        return _period(hit.iso, hit.iso)
    return _period(None, hit.iso)
