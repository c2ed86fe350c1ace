"""The heat maps: findings by template section for the corpus, and for one document."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from trainaudit.report.html.counts import finding_counts, state_counts
from trainaudit.report.html.palette import STATES, level
from trainaudit.report.html.sections import section_label, section_title
from trainaudit.report.html.text import PLURAL, SEVERITY_LABEL, esc, severity_text, short_path
from trainaudit.report.model import DocumentResult, Report
from trainaudit.rules.model import Severity


def _column_heads(columns: Sequence[str]) -> str:
    """Return the heat map's header cells, each with the section's heading as its title."""
    return "".join(
        f'<th scope="col"><abbr title="{esc(c + " " + section_title(c))}">'
        f"{esc(section_label(c))}</abbr></th>"
        for c in columns
    )


def _corpus_cell(
    section: str, findings: Counter[tuple[str, Severity]], states: Counter[tuple[str, str]]
) -> str:
    """Return one corpus heat-map cell: worst severity and count, missing and unknown fields."""
    counts = {s: findings[(section, s)] for s in Severity}
    total = sum(counts.values())
    worst = next((s for s in Severity if counts[s]), None)
    missing, unknown = states[(section, "missing")], states[(section, "unknown")]
    parts = [severity_text(counts[s], s) for s in counts if counts[s]]
    title = f"{section} {section_title(section)}: " + (", ".join(parts) or "no findings")
    status = [t for t in (missing and f"{missing} missing", unknown and f"{unknown} unknown") if t]
    if status:
        title += "; fields " + ", ".join(status)
    body = f'<span class="n">{total}</span>'
    if worst is not None:
        body += f'<span class="w">{esc(SEVERITY_LABEL[worst])}</span>'
    body += "".join(f'<span class="st">{esc(t)}</span>' for t in status)
    cls = f"h-{worst.value} l{level(total)}" if worst is not None else "gap" if status else ""
    return f'<td class="{cls}" title="{esc(title)}">{body}</td>'


def _legend(columns: Sequence[str]) -> str:
    """Return the corpus heat map's key: colours, depths, and the sections' headings."""
    swatches = "".join(
        f'<span><span class="sw h-{s.value} l2">{esc(SEVERITY_LABEL[s])}</span>'
        f"worst finding is {esc(SEVERITY_LABEL[s])}</span>"
        for s in Severity
    )
    ramp = "".join(
        f'<span class="sw h-warning l{n}">{label}</span>'
        for n, label in ((1, "1"), (2, "2–3"), (3, "4–7"), (4, "8+"))
    )
    key = "".join(
        f"<li><b>{esc(section_label(c))}</b>{esc(section_title(c))}</li>" for c in columns
    )
    return (
        f'<div class="legend">{swatches}<span><span class="sw">0</span>no finding</span>'
        f"<span>Colour depth by count: {ramp}</span>"
        '<span><span class="sw gap">1 missing</span>template fields missing or unknown</span>'
        "</div>"
        f'<ul class="sections-key" aria-label="Template sections">{key}</ul>'
    )


def corpus_heatmap(report: Report, columns: Sequence[str]) -> str:
    """Return the corpus heat map: one row per document, one column per template section."""
    rows = []
    for i, doc in enumerate(report.documents, start=1):
        findings, states = finding_counts(doc), state_counts(doc)
        name, _ = short_path(doc.path)
        rows.append(
            f'<tr class="doc-row"><th scope="row" class="rowh" title="{esc(doc.path)}">'
            f'<a href="#doc-{i}">{i}. {esc(name)}</a></th>'
            + "".join(_corpus_cell(c, findings, states) for c in columns)
            + "</tr>"
        )
    body = "".join(rows) or (
        f'<tr><td colspan="{len(columns) + 1}">No document was checked.</td></tr>'
    )
    return (
        '<section class="card" id="heatmap"><h2>Heat map: findings by template section</h2>'
        '<table class="hm corpus"><caption>Each cell gives the number of findings in that section '
        "of the document and the worst severity among them; missing or unknown template fields "
        "are listed below the count.</caption>"
        f'<thead><tr><th scope="col" class="rowh">document</th>{_column_heads(columns)}</tr>'
        f"</thead><tbody>{body}</tbody></table>{_legend(columns)}</section>"
    )


def document_heatmap(doc: DocumentResult, columns: Sequence[str]) -> str:
    """Return a document's heat map: its sections against field states and finding severities."""
    findings, states = finding_counts(doc), state_counts(doc)
    rows: list[tuple[str, str, bool, Mapping[str, int]]] = [
        (name, label, True, {c: states[(c, name)] for c in columns}) for name, label, _ in STATES
    ]
    rows += [(s.value, PLURAL[s], False, {c: findings[(c, s)] for c in columns}) for s in Severity]
    body = []
    for name, label, is_field, counts in rows:
        cells = []
        for c in columns:
            n = counts[c]
            what = f"{n} field(s) {label}" if is_field else f"{n} {label}"
            cls = f"h-{name} l{level(n)}" if n else "zero"
            title = f"{c} {section_title(c)}: {what}"
            cells.append(f'<td class="{cls}" title="{esc(title)}">{n}</td>')
        sep = ' class="sep"' if name == Severity.ERROR.value else ""
        body.append(f'<tr{sep}><th scope="row" class="rowh">{esc(label)}</th>{"".join(cells)}</tr>')
    return (
        '<table class="hm doc"><caption>Template fields by state, then findings by severity, '
        "per section; the deeper the colour, the higher the count.</caption>"
        f'<thead><tr><th scope="col" class="rowh">section</th>{_column_heads(columns)}</tr>'
        f"</thead><tbody>{''.join(body)}</tbody></table>"
    )
