"""A document's opt-out timeline: the holder's reservations against its collection period."""

from __future__ import annotations

from collections.abc import Iterable

from trainaudit.report.html.dates import Standing, When, read_when, standing
from trainaudit.report.html.text import esc
from trainaudit.report.html.timeline_svg import timeline_svg
from trainaudit.report.model import DocumentResult, Report


def _note(head: str, text: str) -> str:
    """Return the heading and a note saying why there is no timeline."""
    return f'{head}<p class="note-box">{text}</p>'


def _period(doc: DocumentResult, start: When | None, end: When | None, end_text: str | None) -> str:
    """Return the collection period as read, in words (escaped): end, its basis, start."""
    if end is None:
        return "The summary states no end of collection"
    basis = "crawling period" if doc.dates.get("collection_to") else "latest collection date"
    period = f"Collection ends {esc(end_text)} ({basis}"
    period += f"; read as {end.day})" if end.reading else ")"
    if start is not None:
        period += f" and starts {esc(start.written)}"
        period += f" (read as {start.day})" if start.reading else ""
    return period


def _timeline_table(period: str, standings: Iterable[Standing]) -> str:
    """Return the timeline's words: the collection period read, and each reservation's standing."""
    rows = "".join(
        f"<tr><td>{esc(r.mechanism)}</td><td>{esc(', '.join(r.domains) or 'all works')}</td>"
        f'<td>{esc(w.written)}</td><td class="{cls}">{esc(words)}</td></tr>'
        for r, w, cls, words in standings
    )
    return (
        f'<p class="small muted">{period}. Partial dates count from the start of their month or '
        "year for a beginning and to its end for an end.</p>"
        "<table><thead><tr><th>reservation</th><th>domains</th><th>effective from</th>"
        f"<th>against the collection period</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def timeline_part(report: Report, doc: DocumentResult, index: int) -> str:
    """Return the opt-out timeline: the holder's reservations against the collection period."""
    head = f'<h3 id="doc-{index}-timeline">Opt-out timeline</h3>'
    if report.catalogue is None:
        return _note(head, "No catalogue was given: no reservations to show.")
    dated = [(r, w) for r in report.reservations if (w := read_when(r.effective_from, end=False))]
    if not dated:
        return _note(head, "The catalogue records no dated reservation of rights: no timeline.")
    start = read_when(doc.dates.get("collection_from"), end=False)
    end_text = doc.dates.get("collection_to") or doc.dates.get("latest_collection")
    end = read_when(end_text, end=True)
    latest = read_when(doc.dates.get("latest_collection"), end=True)
    placement = read_when(doc.dates.get("placement"), end=False)
    if start is None and end is None and placement is None:
        return _note(
            head,
            "The summary gives no collection period, latest collection date or placement date: "
            "no timeline.",
        )
    standings = [standing(r, w, start, end) for r, w in dated]
    return (
        head
        + timeline_svg(index, start, end, latest, placement, standings)
        + _timeline_table(_period(doc, start, end, end_text), standings)
    )
