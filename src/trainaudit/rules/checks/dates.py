"""Check types on dates: their order, their age at the date of the check, fixed limits."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from trainaudit.rules.checks.conditions import all_hold
from trainaudit.rules.context import CheckContext
from trainaudit.rules.model import Rule
from trainaudit.rules.registry import Hit, check_type

_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def date_bounds(value: object) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day an ISO date of any precision (or a period) covers."""
    if isinstance(value, dict):
        start = date_bounds(value.get("from"))
        end = date_bounds(value.get("to"))
        if start is None and end is None:
            return None
        return (start or end)[0], (end or start)[1]  # type: ignore[index]
    if not isinstance(value, str) or (found := _ISO.match(value.strip())) is None:
        return None
    year, month, day = found.groups()
    if day:
        day_date = dt.date(int(year), int(month), int(day))
        return day_date, day_date
    if month:
        first = dt.date(int(year), int(month), 1)
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    return dt.date(int(year), 1, 1), dt.date(int(year), 12, 31)


def months_before(day: dt.date, months: int) -> dt.date:
    """Return the date ``months`` months before ``day`` (clamped to the month's end)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    for candidate in range(day.day, 0, -1):
        try:
            return dt.date(year, month + 1, candidate)
        except ValueError:
            continue
    return dt.date(year, month + 1, 1)


@check_type("date_order", placeholders=("earlier_value", "later_value"))
def date_order(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag a date that should come first but comes after another."""
    params = rule.params
    if not all_hold(context, params.get("when")):
        return
    earlier = date_bounds(context.value(params["earlier"]))
    later = date_bounds(context.value(params["later"]))
    if earlier is None or later is None:
        return
    # only a certain breach: the earliest day the first may mean is after the last of the second
    if earlier[0] > later[1]:
        yield Hit(
            field=params["earlier"],
            values={
                "earlier_value": context.text(params["earlier"]),
                "later_value": context.text(params["later"]),
            },
        )


@check_type("date_age", placeholders=("value", "as_of"))
def date_age(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag a date more than ``months`` months before the date of the check."""
    params = rule.params
    bounds = date_bounds(context.value(params["field"]))
    if bounds is None or not all_hold(context, params.get("when")):
        return
    if bounds[1] < months_before(context.as_of, params["months"]):
        values = {"value": context.text(params["field"]), "as_of": context.as_of.isoformat()}
        yield Hit(field=params["field"], values=values)


@check_type("date_limit", placeholders=("value",))
def date_limit(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag a date before ``before`` or after ``after`` (fixed dates such as the template's)."""
    params = rule.params
    bounds = date_bounds(context.value(params["field"]))
    if bounds is None or not all_hold(context, params.get("when")):
        return
    before = params.get("before")
    after = params.get("after")
    if (before and bounds[1] < dt.date.fromisoformat(before)) or (
        after and bounds[0] > dt.date.fromisoformat(after)
    ):
        yield Hit(field=params["field"], values={"value": context.text(params["field"])})
