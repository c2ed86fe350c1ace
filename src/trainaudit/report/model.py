"""The Report of a check run: documents, their findings, the rules run, the errors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from trainaudit import __version__
from trainaudit.rules.model import Finding, Rule

#: Version of the JSON report (schemas/report.schema.json); bump on breaking changes.
REPORT_VERSION = "1.0"


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentResult:
    """One checked document and its findings."""

    path: str
    sha256: str
    findings: tuple[Finding, ...]


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

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (schemas/report.schema.json)."""
        return {
            "schema_version": REPORT_VERSION,
            "tool": {"name": "trainaudit", "version": __version__},
            "as_of": self.as_of.isoformat(),
            "catalogue": self.catalogue,
            "packs": list(self.packs),
            "rules": [r.id for r in self.rules],
            "documents": [
                {
                    "document": d.path,
                    "sha256": d.sha256,
                    "findings": [f.to_dict() for f in d.findings],
                }
                for d in self.documents
            ],
            "errors": list(self.errors),
        }
