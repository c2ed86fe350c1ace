"""Rules, their legal references and examples, and the findings they produce."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class Severity(StrEnum):
    """How serious a finding is; the SARIF levels, in decreasing order."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def rank(self) -> int:
        """Return 3 for error, 2 for warning, 1 for note."""
        return {"error": 3, "warning": 2, "note": 1}[self.value]


@dataclass(frozen=True, slots=True, kw_only=True)
class Reference:
    """A legal or technical source a rule rests on."""

    instrument: str
    provision: str
    url: str | None = None

    def __str__(self) -> str:
        """Return "instrument, provision"."""
        return f"{self.instrument}, {self.provision}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Example:
    """A document (fields, states, catalogue) on which a rule must pass or fail."""

    fields: Mapping[str, Any] = field(default_factory=dict)
    states: Mapping[str, str] = field(default_factory=dict)
    catalogue: Mapping[str, Any] | None = None
    files: Mapping[str, str] = field(default_factory=dict)
    text: str | None = None
    as_of: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """One rule file: what it checks, why, how, and how to say it."""

    id: str
    name: str
    pack: str
    severity: Severity
    summary: str
    description: str
    rationale: str
    references: tuple[Reference, ...]
    section: str | None
    field: str | None
    check_type: str
    params: Mapping[str, Any]
    message: str
    pass_examples: tuple[Example, ...]
    fail_examples: tuple[Example, ...]
    needs_catalogue: bool = False
    path: Path | None = None
    tags: tuple[str, ...] = ()

    @classmethod
    def adhoc(
        cls,
        check_type: str,
        params: Mapping[str, Any],
        message: str = "{field}",
        severity: Severity = Severity.WARNING,
    ) -> Rule:
        """Return a rule made in code, not read from a file (for scripts and tests)."""
        return cls(
            id="TDS000",
            name="adhoc",
            pack="adhoc",
            severity=severity,
            summary=f"An ad hoc {check_type} rule.",
            description="",
            rationale="",
            references=(),
            section=None,
            field=None,
            check_type=check_type,
            params=params,
            message=message,
            pass_examples=(),
            fail_examples=(),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """Where a finding comes from in the document."""

    page: int | None
    quote: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """A rule that a document breaks, where, and why it matters."""

    rule_id: str
    rule_name: str
    severity: Severity
    message: str
    section: str | None
    field: str | None
    evidence: tuple[Evidence, ...] = ()
    references: tuple[Reference, ...] = ()
    document: str = ""

    def sort_key(self) -> tuple[str, int, str, str, str]:
        """Return the order findings are shown in: document, page, section, rule, message."""
        page = min((e.page for e in self.evidence if e.page is not None), default=0)
        return (self.document, page, self.section or "~", self.rule_id, self.message)

    def fingerprint(self) -> str:
        """Return a stable id of this finding (rule, document, field, message) for baselines."""
        text = "\0".join((self.rule_id, self.document, self.field or "", self.message))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of the finding."""
        return {
            "rule_id": self.rule_id,
            "rule_name": self.rule_name,
            "severity": self.severity.value,
            "message": self.message,
            "section": self.section,
            "field": self.field,
            "evidence": [{"page": e.page, "quote": e.quote} for e in self.evidence],
            "references": [
                {"instrument": r.instrument, "provision": r.provision, "url": r.url}
                for r in self.references
            ],
            "fingerprint": self.fingerprint(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, document: str) -> Finding:
        """Read the JSON form back, for the given document."""
        return cls(
            rule_id=data["rule_id"],
            rule_name=data["rule_name"],
            severity=Severity(data["severity"]),
            message=data["message"],
            section=data.get("section"),
            field=data.get("field"),
            evidence=tuple(
                Evidence(page=e.get("page"), quote=e.get("quote", ""))
                for e in data.get("evidence", ())
            ),
            references=tuple(
                Reference(instrument=r["instrument"], provision=r["provision"], url=r.get("url"))
                for r in data.get("references", ())
            ),
            document=document,
        )
