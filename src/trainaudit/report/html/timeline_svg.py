"""The opt-out timeline drawn as an inline SVG: a row per item over a shared axis of years."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from trainaudit.report.html.dates import Standing, When
from trainaudit.report.html.text import esc
from trainaudit.report.model import ReservationView

#: The drawing's width, the axis's left and right ends, and the height of a row.
_WIDTH, _X0, _X1, _ROW = 1000, 250, 980, 30


@dataclass(frozen=True, slots=True)
class _Axis:
    """The time axis: from the first of January of ``lo`` to that of ``hi``."""

    lo: dt.date
    hi: dt.date

    def x(self, day: dt.date) -> float:
        """Return the axis position of a day."""
        return _X0 + (day - self.lo).days / (self.hi - self.lo).days * (_X1 - _X0)


def _title(text: str, when: When | None = None) -> str:
    """Return an SVG tooltip, noting how a partial date was read."""
    if when is not None and when.reading:
        text += f" ({when.reading})"
    return f"<title>{esc(text)}</title>"


def _label(y: float, text: str) -> str:
    """Return a row label at the left."""
    return f'<text x="8" y="{y + 4:.0f}" fill="#344054">{esc(text)}</text>'


def _date_text(at: float, y: float, text: str, colour: str = "#5d6879") -> str:
    """Return a date written beside a marker, on the side with room."""
    halo = 'stroke="#fff" stroke-width="4" paint-order="stroke"'
    place = f'x="{at + 9:.1f}"' if at < _X1 - 90 else f'x="{at - 9:.1f}" text-anchor="end"'
    return f'<text {place} y="{y + 4:.0f}" fill="{colour}" {halo}>{esc(text)}</text>'


def _reservation_label(reservation: ReservationView) -> str:
    """Return a reservation's short label: mechanism and the first domain."""
    label = reservation.mechanism
    if reservation.domains:
        label += " · " + reservation.domains[0]
        if len(reservation.domains) > 1:
            label += f" +{len(reservation.domains) - 1}"
    return label if len(label) <= 36 else label[:35] + "…"


def _period_row(axis: _Axis, y: float, start: When | None, end: When | None) -> str:
    """Return the collection period's row: a bar, dashed when one of its ends is not stated."""
    a = axis.x(start.day) if start else _X0
    b = axis.x(end.day) if end else _X1
    dash = "" if start and end else ' stroke-dasharray="4 3"'
    written = f"{start.written if start else 'start not stated'} – "
    written += end.written if end else "end not stated"
    notes = "; ".join(
        f"{w.written}: {w.reading}" for w in (start, end) if w is not None and w.reading
    )
    return (
        "<g>"
        + _title(f"Collection period {written}" + (f" ({notes})" if notes else ""))
        + _label(y, "Collection period")
        + f'<rect x="{a:.1f}" y="{y - 7:.0f}" width="{max(b - a, 2):.1f}" height="14" rx="3" '
        f'fill="#b2ccff" stroke="#175cd3"{dash}/>' + _date_text(b, y, written, "#175cd3") + "</g>"
    )


def _latest_row(axis: _Axis, y: float, latest: When) -> str:
    """Return the latest collection date's row: a diamond."""
    at = axis.x(latest.day)
    return (
        "<g>"
        + _title(f"Latest collection date {latest.written}", latest)
        + _label(y, "Latest collection")
        + f'<rect x="{at - 5:.1f}" y="{y - 5:.0f}" width="10" height="10" fill="#175cd3" '
        f'transform="rotate(45 {at:.1f} {y:.0f})"/>' + _date_text(at, y, latest.written) + "</g>"
    )


def _placement_row(axis: _Axis, y: float, placement: When) -> str:
    """Return the placement on the market's row: a triangle."""
    at = axis.x(placement.day)
    return (
        "<g>"
        + _title(f"Placed on the Union market {placement.written}", placement)
        + _label(y, "Placement on the market")
        + f'<path d="M{at:.1f} {y - 7:.0f} l7 13 h-14 z" fill="#344054"/>'
        + _date_text(at, y, placement.written)
        + "</g>"
    )


def _reservation_row(axis: _Axis, y: float, item: Standing) -> str:
    """Return a reservation's row: a dot where it takes effect and a line on from there."""
    reservation, when, cls, words = item
    at = axis.x(when.day)
    colour = "#b42318" if cls == "in-force" else "#667085"
    who = ", ".join(reservation.domains) or "all of the holder’s works"
    tip = f"{reservation.mechanism} ({who}) effective from {when.written}: {words}"
    return (
        "<g>"
        + _title(tip, when)
        + _label(y + 4, _reservation_label(reservation))
        + f'<line x1="{at:.1f}" y1="{y + 4:.0f}" x2="{_X1}" y2="{y + 4:.0f}" '
        f'stroke="{colour}" stroke-width="3" stroke-opacity=".3"/>'
        + f'<circle cx="{at:.1f}" cy="{y + 4:.0f}" r="5.5" fill="{colour}"/>'
        + _date_text(at - 14, y - 7, f"{when.written} · {words.split(' (')[0]}", colour)
        + "</g>"
    )


def _grid(axis: _Axis, axis_y: float, top: float, end: When | None) -> str:
    """Return the year lines and labels, quarter ticks, the axis, and the end of collection."""
    grid = []
    for year in range(axis.lo.year, axis.hi.year + 1):
        gx = axis.x(dt.date(year, 1, 1))
        grid.append(
            f'<line x1="{gx:.1f}" y1="8" x2="{gx:.1f}" y2="{axis_y + 4:.0f}" stroke="#e4e7ec"/>'
        )
        grid.append(
            f'<text x="{gx:.1f}" y="{axis_y + 17:.0f}" text-anchor="middle" '
            f'fill="#5d6879">{year}</text>'
        )
    for year in range(axis.lo.year, axis.hi.year):
        for month in (4, 7, 10):
            qx = axis.x(dt.date(year, month, 1))
            grid.append(
                f'<line x1="{qx:.1f}" y1="{axis_y:.0f}" x2="{qx:.1f}" y2="{axis_y + 4:.0f}" '
                'stroke="#98a2b3"/>'
            )
    grid.append(
        f'<line x1="{_X0}" y1="{axis_y:.0f}" x2="{_X1}" y2="{axis_y:.0f}" stroke="#98a2b3"/>'
    )
    if end is not None:
        ex = axis.x(end.day)
        grid.append(
            f'<line x1="{ex:.1f}" y1="{top:.0f}" x2="{ex:.1f}" '
            f'y2="{axis_y:.0f}" stroke="#175cd3" stroke-dasharray="3 3">'
            f"{_title('End of collection ' + end.day.isoformat())}</line>"
        )
    return "".join(grid)


def timeline_svg(
    index: int,
    start: When | None,
    end: When | None,
    latest: When | None,
    placement: When | None,
    standings: Sequence[Standing],
) -> str:
    """Return the timeline as an inline SVG (a row per item, a shared time axis)."""
    days = [w.day for w in (start, end, latest, placement) if w is not None]
    days += [s.when.day for s in standings]
    axis = _Axis(dt.date(min(days).year, 1, 1), dt.date(max(days).year + 1, 1, 1))
    rows: list[str] = []
    y = 24.0
    if start is not None or end is not None:
        rows.append(_period_row(axis, y, start, end))
        y += _ROW
    if latest is not None and (end is None or latest.written != end.written):
        rows.append(_latest_row(axis, y, latest))
        y += _ROW
    if placement is not None:
        rows.append(_placement_row(axis, y, placement))
        y += _ROW
    top_of_reservations = y - _ROW / 2
    for item in standings:
        rows.append(_reservation_row(axis, y, item))
        y += _ROW
    axis_y = y - _ROW / 2 + 8
    height = axis_y + 26
    return (
        f'<svg class="timeline" id="doc-{index}-timeline-svg" role="img" '
        f'viewBox="0 0 {_WIDTH} {height:.0f}" width="{_WIDTH}" height="{height:.0f}" '
        f'aria-label="Reservations of rights against the collection period">'
        + _grid(axis, axis_y, top_of_reservations, end)
        + "".join(rows)
        + "</svg>"
    )
