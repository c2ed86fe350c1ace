"""A document's catalogue matches: what the summary names that resolves to the holder's works."""

from __future__ import annotations

from trainaudit.report.html.text import esc
from trainaudit.report.model import CatalogueHit, DocumentResult, Report
from trainaudit.rules.context import section_of


def _score_bar(score: float) -> str:
    """Return a match score (0-100) as a small bar and its number."""
    value = max(0.0, min(100.0, score))
    return (
        '<span class="score"><svg width="64" height="8" viewBox="0 0 100 8" '
        'preserveAspectRatio="none" aria-hidden="true">'
        '<rect width="100" height="8" rx="2" fill="#e4e7ec"/>'
        f'<rect width="{value:.1f}" height="8" rx="2" fill="#12805c"/></svg>'
        f"{value:.0f}</span>"
    )


def _match_row(hit: CatalogueHit) -> str:
    """Return one catalogue match as a table row."""
    field = "—"
    if hit.field:
        section = section_of(hit.field)
        field = f"<code>{esc(hit.field)}</code>" + (
            f' <span class="muted small">({esc(section)})</span>' if section else ""
        )
    if hit.works is not None:
        works = f'<td class="num" title="works of the holder in the dataset’s manifest">{hit.works}'
    elif hit.kind == "dataset":
        works = '<td class="num muted" title="no manifest in the catalogue">—'
    else:
        works = '<td class="num muted">'
    return (
        f"<tr><td>{esc(hit.kind)}</td><td>{esc(hit.mention)}</td>"
        f'<td class="target"><b>{esc(hit.target)}</b></td>'
        f"<td>{_score_bar(hit.score)}</td><td>{field}</td>"
        f'<td class="num">{esc(hit.page) if hit.page is not None else "—"}</td>'
        f'<td class="quote">{esc(hit.quote)}</td>{works}</td></tr>'
    )


def matches_part(report: Report, doc: DocumentResult, index: int) -> str:
    """Return what the summary names that resolves to the holder's catalogue."""
    head = f'<h3 id="doc-{index}-matches">Catalogue matches</h3>'
    if report.catalogue is None:
        return head + '<p class="note-box">No catalogue was given.</p>'
    if not doc.matches:
        return head + (
            '<p class="note-box">Nothing this summary names (datasets, domains, crawlers, '
            "organisations) resolves to the catalogue.</p>"
        )
    rows = "".join(_match_row(hit) for hit in doc.matches)
    return head + (
        "<table><thead><tr><th>kind</th><th>mention as written</th><th>catalogue entry</th>"
        '<th>score</th><th>field</th><th class="num">page</th><th>quote</th>'
        f'<th class="num">holder’s works</th></tr></thead><tbody>{rows}</tbody></table>'
    )
