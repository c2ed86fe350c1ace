"""The timeline's dates: partial ISO dates read as days, and reservations judged against them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from trainaudit.report.model import ReservationView

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True, slots=True)
class When:
    """A date as written and the day it stands for on the axis."""

    written: str
    day: dt.date
    #: How a partial date was read ("" for a full date).
    reading: str


class Standing(NamedTuple):
    """A dated reservation and how it stands against the collection period."""

    reservation: ReservationView
    when: When
    #: "in-force" or "after": the class of its verdict on the page.
    cls: str
    #: The verdict in words.
    words: str


def read_when(text: str | None, *, end: bool) -> When | None:
    """Return a date read from ISO text, partial dates at the start (or ``end``) of their period."""
    match = _PARTIAL.match(text.strip()) if text else None
    if text is None or match is None:
        return None
    year, month, day = match.groups()
    where = "end" if end else "start"
    try:
        if day is not None and month is not None:
            return When(text, dt.date(int(year), int(month), int(day)), "")
        if month is not None:
            m = int(month)
            last = calendar.monthrange(int(year), m)[1] if end else 1
            found = dt.date(int(year), m, last)
            return When(text, found, f"only the month is given: read as {found}, its {where}")
        found = dt.date(int(year), 12, 31) if end else dt.date(int(year), 1, 1)
        return When(text, found, f"only the year is given: read as {found}, its {where}")
    except ValueError:
        return None


def standing(
    reservation: ReservationView, effective: When, start: When | None, end: When | None
) -> Standing:
    """Return a reservation's standing against the collection period from ``start`` to ``end``."""
    if end is None:
        return Standing(reservation, effective, "after", "collection end not stated")
    if effective.day > end.day:
        return Standing(reservation, effective, "after", "took effect after collection ended")
    latest_effect = read_when(effective.written, end=True)
    earliest_end = read_when(end.written, end=False)
    if latest_effect and earliest_end and latest_effect.day > earliest_end.day:
        words = "in force during collection (if the partial dates allow it)"
    elif start is not None and effective.day <= start.day:
        words = "in force during collection (the whole period)"
    else:
        words = "in force during collection"
    return Standing(reservation, effective, "in-force", words)
