from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainaudit.normalize.dates import (
    date_readings,
    find_dates,
    infer_day_first,
    parse_date,
    parse_period,
)

# --- parse_date: examples -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # forms seen in the real summaries (gold files and real-summaries.md)
        ("01/09/2025", "2025-09-01"),  # Apertus last update, DD/MM/YYYY
        ("Sept 2nd, 2025", "2025-09-02"),  # Apertus placement
        ("03/2024", "2024-03"),  # Apertus cut-off
        ("25/07/2025", "2025-07-25"),  # SmolLM3
        ("2/19/2025", "2025-02-19"),  # SmolLM3 prose date, month-first (19 > 12)
        ("20 March 2026", "2026-03-20"),  # Domyn
        ("November 2025", "2025-11"),  # Gemini placement
        ("01 / 2025", "2025-01"),  # Gemini cut-off, spaced slash
        ("Up to June 2026", "2026-06"),  # Muse Spark
        ("July 24, 2026", "2026-07-24"),
        ("2 July 2026", "2026-07-02"),
        ("4/08/2026", "2026-08-04"),  # DeepSeek, D/MM/YYYY
        ("31.12.2025", "2025-12-31"),
        ("31/07/2025", "2025-07-31"),
        ("08/02/2026", "2026-02-08"),  # ambiguous: day-first by default
        ("7/8/26", "2026-08-07"),  # ambiguous, two-digit year: day-first by default
        # the other forms the module reads
        ("2026-06-26", "2026-06-26"),
        ("2026/06/26", "2026-06-26"),
        ("2026-06", "2026-06"),
        ("06/2026", "2026-06"),
        ("6.2026", "2026-06"),
        ("24 July 2026", "2026-07-24"),
        ("24th of July 2026", "2026-07-24"),
        ("Jul 2026", "2026-07"),
        ("Jul. 2026", "2026-07"),
        ("June 2026", "2026-06"),
        ("June, 2026", "2026-06"),
        ("2018", "2018"),
        ("Approximately 2018", "2018"),
        ("Q3 2025", "2025"),  # a quarter is read as its year
        ("H1 2025", "2025"),
        ("end of 2025", "2025"),
        ("luglio 2026", "2026-07"),
        ("24 luglio 2026", "2026-07-24"),
        ("1° luglio 2026", "2026-07-01"),
        ("1er juillet 2026", "2026-07-01"),
        ("févr. 2025", "2025-02"),
        ("24. Juli 2026", "2026-07-24"),
        ("März 2024", "2024-03"),
        ("24 de julio de 2026", "2026-07-24"),
        ("septiembre de 2025", "2025-09"),
        ("12 dezembro 2025", "2025-12-12"),
        ("3 maart 2025", "2025-03-03"),
        ("Last update: 01/09/2025.", "2025-09-01"),
        # a sentence with one date
        (
            "Main pretraining dataset knowledge cutoff is 03/2024, while some domain-specific "
            "parts of the dataset (math) have a later date of collection.",
            "2024-03",
        ),
        ("the latest on 2/19/2025 (FineWeb2-HQ)", "2025-02-19"),
        ("some data collected no later than February 2026.", "2026-02"),
    ],
)
def test_parse_date(raw: str, expected: str) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "None",
        "N/A",
        "Coming soon",
        "TBD",
        "not known",
        "-",
        "CC-MAIN-2024-10",  # a Common Crawl snapshot id, not a date
        "v1.2",
        "GPT-5.5",
        "Llama 3.1-405B",
        "31/02/2025",  # no such day
        "13/13/2025",
        "1000 languages",
        "From 01/2024 to 06/2025",  # two dates: a period, not a date
        "July 24",  # no year
    ],
)
def test_parse_date_none(raw: str) -> None:
    assert parse_date(raw) is None


@pytest.mark.parametrize(
    ("raw", "day_first", "expected"),
    [
        ("7/8/26", False, "2026-07-08"),  # Muse Spark last update, US order
        ("4/8/26", False, "2026-04-08"),  # Muse Spark placement
        ("7/8/26", True, "2026-08-07"),
        ("7/8/26", None, "2026-08-07"),
        ("25/07/2025", False, "2025-07-25"),  # settled by the date itself
        ("2/19/2025", True, "2025-02-19"),
        ("07/07/2025", False, "2025-07-07"),  # both readings agree
    ],
)
def test_parse_date_day_first(raw: str, day_first: bool | None, expected: str) -> None:
    assert parse_date(raw, day_first=day_first) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("7/8/26", ("2026-08-07", "2026-07-08")),
        ("25/07/2025", ("2025-07-25",)),
        ("07/07/2025", ("2025-07-07",)),
        ("July 2026", ("2026-07",)),
        ("Coming soon", ()),
        ("01/2024 - 06/2025", ()),
    ],
)
def test_date_readings(raw: str, expected: tuple[str, ...]) -> None:
    assert date_readings(raw) == expected


def test_find_dates_in_a_sentence() -> None:
    text = (
        "Main pretraining dataset knowledge cutoff is 03/2024, while data from 2013 onward "
        "to March 2024 (CC-MAIN-2024-10) was used; updated 7/8/26."
    )
    hits = find_dates(text)
    assert [(h.iso, h.precision) for h in hits] == [
        ("2024-03", "month"),
        ("2013", "year"),
        ("2024-03", "month"),
        ("2026-08-07", "day"),
    ]
    assert [text[h.start : h.end] for h in hits] == [h.raw for h in hits]
    assert [h.ambiguous for h in hits] == [False, False, False, True]


@pytest.mark.parametrize(
    ("raw_dates", "expected"),
    [
        (["25/07/2025", "7/8/26"], True),
        (["7/8/26", "12/31/2025"], False),
        (["7/8/26", "4/8/26"], None),  # nothing settles it
        (["25/07/2025", "2/19/2025"], None),  # SmolLM3 uses both orders
        (["July 24, 2026", "2026-06-26"], None),  # no numeric day-month dates
        (["Last update: 31.12.2025", "Placed 1.2.2026"], True),
        ([], None),
    ],
)
def test_infer_day_first(raw_dates: list[str], expected: bool | None) -> None:
    assert infer_day_first(raw_dates) is expected


# --- parse_period -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("From 01/2024 to 06/2025", {"from": "2024-01", "to": "2025-06"}),
        ("Approximately 2018 – December 2025", {"from": "2018", "to": "2025-12"}),  # GPT-5.5
        ("Up to June 2026", {"from": None, "to": "2026-06"}),  # Muse Spark
        ("From 2025 to 2026", {"from": "2025", "to": "2026"}),
        ("March 2024 – April 2026", {"from": "2024-03", "to": "2026-04"}),  # Claude Opus 4.7
        ("Nov 2023 - Dec 2024", {"from": "2023-11", "to": "2024-12"}),  # Nova 2 Lite
        ("01/2025", {"from": None, "to": "2025-01"}),  # a cut-off only
        (
            "The knowledge cut-off date for Gemini 3 Pro is 01 / 2025. We may periodically "
            "update models after this date.",
            {"from": None, "to": "2025-01"},
        ),
        ("2018-2025", {"from": "2018", "to": "2025"}),
        ("2018 – 2025", {"from": "2018", "to": "2025"}),
        ("January – March 2025", {"from": "2025-01", "to": "2025-03"}),
        ("Between 01/03/2024 and 30/04/2026", {"from": "2024-03-01", "to": "2026-04-30"}),
        ("From 2025 onwards", {"from": "2025", "to": None}),
        ("Since March 2024", {"from": "2024-03", "to": None}),
        ("until 31.12.2025", {"from": None, "to": "2025-12-31"}),
        ("During 2025", {"from": "2025", "to": "2025"}),
        ("da gennaio 2024 a giugno 2025", {"from": "2024-01", "to": "2025-06"}),
    ],
)
def test_parse_period(raw: str, expected: dict[str, str | None]) -> None:
    assert parse_period(raw) == expected


@pytest.mark.parametrize("raw", ["", "N/A", "None", "-", "Coming soon", "Continuous crawling"])
def test_parse_period_none(raw: str) -> None:
    assert parse_period(raw) is None


def test_parse_period_passes_day_first() -> None:
    assert parse_period("From 7/8/24 to 9/10/25", day_first=False) == {
        "from": "2024-07-08",
        "to": "2025-09-10",
    }


# --- properties ---------------------------------------------------------------------------

ISO_RE = re.compile(r"^(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")

EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"]  # fmt: skip
EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
      "settembre", "ottobre", "novembre", "dicembre"]  # fmt: skip
FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre"]  # fmt: skip
DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
      "Oktober", "November", "Dezember"]  # fmt: skip
ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
      "octubre", "noviembre", "diciembre"]  # fmt: skip


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


DayStyle = Callable[[dt.date], str]

DAY_STYLES: dict[str, DayStyle] = {
    "DD/MM/YYYY": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "D/MM/YYYY": lambda d: f"{d.day}/{d.month:02d}/{d.year}",
    "D/M/YYYY": lambda d: f"{d.day}/{d.month}/{d.year}",
    "DD.MM.YYYY": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "DD-MM-YYYY": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "YYYY-MM-DD": lambda d: d.isoformat(),
    "YYYY/MM/DD": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "Month D, YYYY": lambda d: f"{EN[d.month - 1]} {d.day}, {d.year}",
    "Mon Dth, YYYY": lambda d: f"{EN_ABBR[d.month - 1]} {_ordinal(d.day)}, {d.year}",
    "D Month YYYY": lambda d: f"{d.day} {EN[d.month - 1]} {d.year}",
    "Dth of Month YYYY": lambda d: f"{_ordinal(d.day)} of {EN[d.month - 1]} {d.year}",
    "it": lambda d: f"{d.day} {IT[d.month - 1]} {d.year}",
    "fr": lambda d: f"{d.day} {FR[d.month - 1]} {d.year}",
    "de": lambda d: f"{d.day}. {DE[d.month - 1]} {d.year}",
    "es": lambda d: f"{d.day} de {ES[d.month - 1]} de {d.year}",
}
MONTH_STYLES: dict[str, DayStyle] = {
    "MM/YYYY": lambda d: f"{d.month:02d}/{d.year}",
    "M/YYYY": lambda d: f"{d.month}/{d.year}",
    "MM / YYYY": lambda d: f"{d.month:02d} / {d.year}",
    "YYYY-MM": lambda d: f"{d.year}-{d.month:02d}",
    "Month YYYY": lambda d: f"{EN[d.month - 1]} {d.year}",
    "Mon YYYY": lambda d: f"{EN_ABBR[d.month - 1]} {d.year}",
    "Mon. YYYY": lambda d: f"{EN_ABBR[d.month - 1]}. {d.year}",
    "it": lambda d: f"{IT[d.month - 1]} {d.year}",
    "fr": lambda d: f"{FR[d.month - 1]} {d.year}",
    "de": lambda d: f"{DE[d.month - 1]} {d.year}",
    "es": lambda d: f"{ES[d.month - 1]} de {d.year}",
}

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31))


@given(dates, st.sampled_from(sorted(DAY_STYLES)))
def test_day_styles_round_trip(d: dt.date, style: str) -> None:
    assert parse_date(DAY_STYLES[style](d)) == d.isoformat()


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_two_digit_years_round_trip(d: dt.date) -> None:
    assert parse_date(f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}") == d.isoformat()


@given(dates)
def test_month_first_round_trips_with_day_first_false(d: dt.date) -> None:
    assert parse_date(f"{d.month}/{d.day}/{d.year}", day_first=False) == d.isoformat()


@given(dates, st.sampled_from(sorted(MONTH_STYLES)))
def test_month_styles_round_trip(d: dt.date, style: str) -> None:
    assert parse_date(MONTH_STYLES[style](d)) == d.isoformat()[:7]


@given(st.integers(min_value=1900, max_value=2099))
def test_years_round_trip(year: int) -> None:
    assert parse_date(str(year)) == str(year)


@given(dates, st.sampled_from(sorted(DAY_STYLES)), st.text(alphabet="abc ,;", max_size=20))
def test_find_dates_in_surrounding_words(d: dt.date, style: str, filler: str) -> None:
    text = f"Last update {DAY_STYLES[style](d)} {filler}"
    assert [h.iso for h in find_dates(text)] == [d.isoformat()]


@given(st.text())
def test_parse_date_never_raises_and_returns_iso(s: str) -> None:
    out = parse_date(s)
    assert out is None or ISO_RE.match(out)
    if out is not None and len(out) == 10:
        dt.date.fromisoformat(out)


@given(st.text(alphabet="0123456789/.- JanuryJulyMarch,", max_size=40))
def test_parse_date_never_raises_on_date_like_noise(s: str) -> None:
    for day_first in (None, True, False):
        out = parse_date(s, day_first=day_first)
        assert out is None or ISO_RE.match(out)


@given(st.text())
def test_find_dates_spans_are_exact_and_ordered(s: str) -> None:
    hits = find_dates(s)
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    for hit in hits:
        assert s[hit.start : hit.end] == hit.raw
        assert ISO_RE.match(hit.iso)
        assert hit.precision == {4: "year", 7: "month", 10: "day"}[len(hit.iso)]


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_date_readings_contain_both_conventions(d: dt.date) -> None:
    raw = f"{d.day}/{d.month}/{d.year % 100:02d}"
    readings = date_readings(raw)
    assert parse_date(raw, day_first=True) in readings
    assert d.isoformat() in readings
    assert len(readings) == (2 if d.day <= 12 and d.day != d.month else 1)


@given(dates, dates)
def test_infer_day_first_reads_unambiguous_dates(a: dt.date, b: dt.date) -> None:
    raws = [f"{a.day}/{a.month}/{a.year}", f"{b.day}/{b.month}/{b.year}"]
    if a.day > 12 or b.day > 12:
        assert infer_day_first(raws) is True
    else:
        assert infer_day_first(raws) is None


@given(dates, dates, st.sampled_from(sorted(MONTH_STYLES)))
def test_from_to_periods_round_trip(a: dt.date, b: dt.date, style: str) -> None:
    fmt = MONTH_STYLES[style]
    assert parse_period(f"From {fmt(a)} to {fmt(b)}") == {
        "from": a.isoformat()[:7],
        "to": b.isoformat()[:7],
    }


@given(st.text())
def test_parse_period_never_raises(s: str) -> None:
    out = parse_period(s)
    assert out is None or (set(out) == {"from", "to"} and (out["from"] or out["to"]))
