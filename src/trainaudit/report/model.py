"""The Report of a check run: documents, their findings, the rules run, the errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from trainaudit import __version__
from trainaudit.rules.model import Finding, Rule

#: Version of the JSON report (schemas/report.schema.json); bump on breaking changes.
REPORT_VERSION = "1.1"

#: The dates of a summary a reviewer compares with the holder's reservations.
DATE_FIELDS = {
    "placement": "model.placement_date",
    "collection_from": "crawling.period.from",
    "collection_to": "crawling.period.to",
    "latest_collection": "data.latest_collection_date",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class CatalogueHit:
    """Something a summary names that resolved to the catalogue, with its score and evidence."""

    kind: str
    mention: str
    target: str
    score: float
    field: str | None
    page: int | None
    quote: str
    #: For a dataset with a manifest: how many of the holder's works it contains.
    works: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {
            "kind": self.kind,
            "mention": self.mention,
            "target": self.target,
            "score": round(self.score, 1),
            "field": self.field,
            "page": self.page,
            "quote": self.quote,
            "works": self.works,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CatalogueHit:
        """Read the JSON form back."""
        return cls(
            kind=data["kind"],
            mention=data["mention"],
            target=data["target"],
            score=float(data["score"]),
            field=data.get("field"),
            page=data.get("page"),
            quote=data.get("quote", ""),
            works=data.get("works"),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentResult:
    """One checked document: its findings and what a reviewer needs to read them."""

    path: str
    sha256: str
    findings: tuple[Finding, ...]
    #: The model names and provider as the summary gives them.
    models: tuple[str, ...] = ()
    provider: str | None = None
    #: State of every template field, by field id (answered, empty, missing, ...).
    states: Mapping[str, str] = field(default_factory=dict)
    #: The summary's dates by role (see DATE_FIELDS), ISO 8601 as precise as written.
    dates: Mapping[str, str] = field(default_factory=dict)
    matches: tuple[CatalogueHit, ...] = ()
    #: Whether the result came from the per-document cache (not serialised).
    cached: bool = field(default=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (a document of schemas/report.schema.json)."""
        return {
            "document": self.path,
            "sha256": self.sha256,
            "models": list(self.models),
            "provider": self.provider,
            "states": dict(self.states),
            "dates": dict(self.dates),
            "matches": [m.to_dict() for m in self.matches],
            "findings": [f.to_dict() for f in self.findings],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, cached: bool = False) -> DocumentResult:
        """Read the JSON form back (the per-document cache stores it)."""
        path = data["document"]
        return cls(
            path=path,
            sha256=data["sha256"],
            findings=tuple(Finding.from_dict(f, document=path) for f in data["findings"]),
            models=tuple(data.get("models", ())),
            provider=data.get("provider"),
            states=dict(data.get("states", {})),
            dates=dict(data.get("dates", {})),
            matches=tuple(CatalogueHit.from_dict(m) for m in data.get("matches", ())),
            cached=cached,
        )

    def moved(self, path: str) -> DocumentResult:
        """Return this result for the same content found at another path."""
        findings = tuple(Finding.from_dict(f.to_dict(), document=path) for f in self.findings)
        return DocumentResult(
            path=path,
            sha256=self.sha256,
            findings=findings,
            models=self.models,
            provider=self.provider,
            states=self.states,
            dates=self.dates,
            matches=self.matches,
            cached=self.cached,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ReservationView:
    """One of the holder's reservations of rights, as the report shows it."""

    mechanism: str
    effective_from: str | None
    domains: tuple[str, ...] = ()
    user_agents: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {
            "mechanism": self.mechanism,
            "effective_from": self.effective_from,
            "domains": list(self.domains),
            "user_agents": list(self.user_agents),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Everything a check run found, in a fixed order."""

    as_of: dt.date
    packs: tuple[str, ...]
    rules: tuple[Rule, ...]
    documents: tuple[DocumentResult, ...]
    errors: tuple[str, ...] = ()
    #: The catalogue checked against, if any (rules that need one are skipped without).
    catalogue: str | None = None
    #: The rights holder of that catalogue and their reservations of rights.
    holder: str | None = None
    reservations: tuple[ReservationView, ...] = ()
    #: Fingerprints of known findings (from --baseline); None when no baseline was given.
    baseline: frozenset[str] | None = None

    def baseline_state(self, finding: Finding) -> str | None:
        """Return "new" or "unchanged" against the baseline, None without one."""
        if self.baseline is None:
            return None
        return "unchanged" if finding.fingerprint() in self.baseline else "new"

    def is_new(self, finding: Finding) -> bool:
        """Tell whether the finding is not in the baseline (always true without one)."""
        return self.baseline is None or finding.fingerprint() not in self.baseline

    def new_findings(self) -> list[Finding]:
        """Return the findings that count: all of them, or those not in the baseline."""
        return [f for d in self.documents for f in d.findings if self.is_new(f)]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (schemas/report.schema.json)."""
        documents = []
        for d in self.documents:
            entry = d.to_dict()
            if self.baseline is not None:
                for data, finding in zip(entry["findings"], d.findings, strict=True):
                    data["baseline_state"] = self.baseline_state(finding)
            documents.append(entry)
        return {
            "schema_version": REPORT_VERSION,
            "tool": {"name": "trainaudit", "version": __version__},
            "as_of": self.as_of.isoformat(),
            "catalogue": self.catalogue,
            "holder": self.holder,
            "reservations": [r.to_dict() for r in self.reservations],
            "packs": list(self.packs),
            "rules": [r.id for r in self.rules],
            "documents": documents,
            "errors": list(self.errors),
        }
