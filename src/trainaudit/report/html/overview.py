"""The corpus overview: a row per document, the unreadable inputs, the holder's reservations."""

from __future__ import annotations

from trainaudit.report.html.counts import new_count, severity_counts
from trainaudit.report.html.text import PLURAL, esc, short_path
from trainaudit.report.model import Report
from trainaudit.rules.model import Severity


def _num_cell(n: int) -> str:
    """Return a right-aligned count cell, greyed when zero."""
    return f'<td class="num{" zero" if n == 0 else ""}">{n}</td>'


def _holder_part(report: Report) -> str:
    """Return the rights holder's reservations of rights as a short table, if any."""
    if report.catalogue is None:
        return (
            '<p class="note-box">No catalogue was given: the rights-holder rules were skipped and '
            "there are no catalogue matches or opt-out timelines.</p>"
        )
    if not report.reservations:
        return '<p class="note-box">The catalogue records no reservations of rights.</p>'
    rows = "".join(
        f"<tr><td>{esc(r.mechanism)}</td><td>{esc(r.effective_from or 'not stated')}</td>"
        f"<td>{esc(', '.join(r.domains) or 'all of the holder’s works')}</td>"
        f"<td>{esc(', '.join(r.user_agents) or '—')}</td></tr>"
        for r in report.reservations
    )
    holder = esc(report.holder or "the rights holder")
    return (
        f"<h3>Reservations of rights by {holder}</h3>"
        "<table><thead><tr><th>mechanism</th><th>effective from</th><th>domains</th>"
        f"<th>user agents</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _errors(report: Report) -> str:
    """Return the list of inputs that could not be read, empty when all were."""
    if not report.errors:
        return ""
    items = "".join(f"<li><code>{esc(error)}</code></li>" for error in report.errors)
    return (
        f"<h3>Could not be read ({len(report.errors)})</h3>"
        '<p class="muted small">These inputs were not checked; no finding is reported for '
        f'them.</p><ul class="errors">{items}</ul>'
    )


def overview(report: Report) -> str:
    """Return the corpus overview: one row per document, then the unreadable ones."""
    baseline = report.baseline is not None
    catalogue = report.catalogue is not None
    head = (
        '<tr><th class="num">#</th><th>document</th><th>provider</th><th>models</th>'
        + "".join(f'<th class="num">{PLURAL[s]}</th>' for s in Severity)
        + ('<th class="num">new</th><th class="num">known</th>' if baseline else "")
        + ('<th class="num">catalogue matches</th>' if catalogue else "")
        + "</tr>"
    )
    rows = []
    for i, doc in enumerate(report.documents, start=1):
        counts = severity_counts(doc.findings)
        name, folder = short_path(doc.path)
        cells = [
            f'<td class="num">{i}</td>',
            f'<td class="doc"><a href="#doc-{i}" class="path">{esc(name)}</a>'
            + (f'<span class="dir">{esc(folder)}</span>' if folder else "")
            + "</td>",
            f"<td>{esc(doc.provider or '—')}</td>",
            f"<td>{esc(', '.join(doc.models) or '—')}</td>",
            *(_num_cell(counts[s]) for s in Severity),
        ]
        if baseline:
            new = new_count(report, doc.findings)
            cells += [_num_cell(new), _num_cell(len(doc.findings) - new)]
        if catalogue:
            cells.append(_num_cell(len(doc.matches)))
        rows.append(f"<tr>{''.join(cells)}</tr>")
    if not rows:
        rows.append('<tr><td colspan="4" class="muted">No document was checked.</td></tr>')
    return (
        '<section class="card" id="overview"><h2>Corpus overview</h2>'
        f"<table><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"
        f"{_errors(report)}{_holder_part(report)}</section>"
    )
