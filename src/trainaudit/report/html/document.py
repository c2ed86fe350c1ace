"""One checked document's part of the page: its facts, heat map, findings, matches, timeline."""

from __future__ import annotations

from collections.abc import Sequence

from trainaudit.report.html.counts import severity_counts
from trainaudit.report.html.findings import findings_part
from trainaudit.report.html.heatmap import document_heatmap
from trainaudit.report.html.matches import matches_part
from trainaudit.report.html.text import count_text, esc, severity_text, short_path
from trainaudit.report.html.timeline import timeline_part
from trainaudit.report.model import DocumentResult, Report
from trainaudit.rules.model import Severity


def _facts(report: Report, doc: DocumentResult, index: int) -> str:
    """Return the document's key facts: path, provider, models, dates, fingerprint, counts."""
    dates = doc.dates
    period = ""
    if dates.get("collection_from") or dates.get("collection_to"):
        period = f"{dates.get('collection_from', 'not stated')} – "
        period += dates.get("collection_to", "not stated")
    rows = [
        ("file", f'<code class="path">{esc(doc.path)}</code>'),
        ("provider", esc(doc.provider or "not given")),
        ("models", esc(", ".join(doc.models) or "not given")),
        ("placement on the market", esc(dates.get("placement", "not given"))),
        ("collection period (crawling)", esc(period or "not given")),
        ("latest collection", esc(dates.get("latest_collection", "not given"))),
        ("SHA-256", f'<code title="{esc(doc.sha256)}">{esc(doc.sha256[:16])}…</code>'),
    ]
    counts = severity_counts(doc.findings)
    parts = [
        f'<a href="#doc-{index}-findings">{count_text(len(doc.findings), "finding")}</a> ('
        + ", ".join(severity_text(counts[s], s) for s in Severity)
        + ")"
    ]
    if report.catalogue is not None:
        parts.append(
            f'<a href="#doc-{index}-matches">'
            f"{count_text(len(doc.matches), 'catalogue match', 'catalogue matches')}</a>"
        )
    rows.append(("at a glance", " · ".join(parts)))
    return '<dl class="facts">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


def document_part(report: Report, doc: DocumentResult, index: int, columns: Sequence[str]) -> str:
    """Return one document's part of the page."""
    name, _ = short_path(doc.path)
    return (
        f'<section class="document" id="doc-{index}" aria-labelledby="doc-{index}-title">'
        f'<div class="doc-head"><span class="idx">{index}</span>'
        f'<h2 id="doc-{index}-title" class="path">{esc(name)}</h2>'
        f'<span class="muted">{esc(doc.provider or "")}</span></div>'
        f"{_facts(report, doc, index)}"
        "<h3>Sections at a glance</h3>"
        f"{document_heatmap(doc, columns)}"
        f"{findings_part(report, doc, index)}"
        f"{matches_part(report, doc, index)}"
        f"{timeline_part(report, doc, index)}"
        "</section>"
    )
