"""Build a report's parts from a checked summary and the catalogue it was checked against."""

from __future__ import annotations

from collections.abc import Iterable

from trainaudit.catalogue.model import Catalogue
from trainaudit.catalogue.summary_match import SummaryMatches
from trainaudit.models import Summary
from trainaudit.report.model import DATE_FIELDS, CatalogueHit, DocumentResult, ReservationView
from trainaudit.rules.model import Finding


def _date(summary: Summary, field_id: str) -> str | None:
    """Return a date field's value, or one end of the crawling period ("crawling.period.to")."""
    head, _, end = field_id.rpartition(".")
    if end in {"from", "to"} and head in summary.fields:
        period = summary.fields[head].value
        value = period.get(end) if isinstance(period, dict) else None
    else:
        found = summary.fields.get(field_id)
        value = found.value if found is not None else None
    return value if isinstance(value, str) and value else None


def catalogue_hits(matches: SummaryMatches | None) -> tuple[CatalogueHit, ...]:
    """Return a summary's catalogue matches as report entries (datasets with their work counts)."""
    if matches is None:
        return ()
    works = {d.dataset: len(d.work_ids) for d in matches.datasets}
    return tuple(
        CatalogueHit(
            kind=m.kind.value,
            mention=m.mention,
            target=m.target,
            score=m.score,
            field=m.where.field,
            page=m.where.page,
            quote=m.where.quote,
            works=works.get(m.target) if m.kind.value == "dataset" else None,
        )
        for m in matches.matches
    )


def document_result(
    path: str, summary: Summary, findings: Iterable[Finding], matches: SummaryMatches | None
) -> DocumentResult:
    """Return the report entry of one checked summary."""
    names = summary.fields.get("model.names")
    models = names.value if names is not None and isinstance(names.value, list) else []
    provider = summary.fields.get("provider.name")
    dates = {role: d for role, fid in DATE_FIELDS.items() if (d := _date(summary, fid))}
    return DocumentResult(
        path=path,
        sha256=summary.source.sha256,
        findings=tuple(findings),
        models=tuple(str(m) for m in models),
        provider=provider.value if provider and isinstance(provider.value, str) else None,
        states={fid: fv.state.value for fid, fv in summary.fields.items()},
        dates=dates,
        matches=catalogue_hits(matches),
    )


def reservations_of(catalogue: Catalogue) -> tuple[ReservationView, ...]:
    """Return the holder's reservations of rights as report entries, oldest first."""
    views = [
        ReservationView(
            mechanism=r.mechanism.value,
            effective_from=r.effective_from,
            domains=r.domains,
            user_agents=r.user_agents,
        )
        for r in catalogue.reservations
    ]
    return tuple(sorted(views, key=lambda v: (v.effective_from or "", v.mechanism)))
