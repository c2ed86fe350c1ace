"""The questions as data: topics, questions and the set of them, each with its JSON form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from trainaudit.catalogue.model import Reservation
from trainaudit.catalogue.resolve import Match
from trainaudit.questions.wording import fold
from trainaudit.rules.model import Reference


class Topic(StrEnum):
    """The topics questions are grouped in, in the order they are asked."""

    WORKS = "works"
    SOURCES = "sources"
    COPIES = "copies"
    OPT_OUT = "opt-out"
    GAPS = "gaps"


TOPIC_TITLES: Mapping[Topic, str] = {
    Topic.WORKS: "Which of our works were used",
    Topic.SOURCES: "How the training data was obtained",
    Topic.COPIES: "Copies of our works",
    Topic.OPT_OUT: "Our reservations of rights (opt-out)",
    Topic.GAPS: "Gaps in the summary",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """What the summary says, and where: the evidence of a question."""

    field: str | None
    page: int | None
    quote: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"field": self.field, "page": self.page, "quote": self.quote}


@dataclass(frozen=True, slots=True, kw_only=True)
class CatalogueMatch:
    """Something the summary names that resolved to the holder's catalogue."""

    kind: str
    mention: str
    target: str
    score: float
    field: str | None
    page: int | None
    quote: str

    @classmethod
    def of(cls, match: Match) -> CatalogueMatch:
        """Return the question's view of a catalogue match."""
        return cls(
            kind=match.kind.value,
            mention=match.mention,
            target=match.target,
            score=round(match.score, 1),
            field=match.where.field,
            page=match.where.page,
            quote=fold(match.where.quote),
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {
            "kind": self.kind,
            "mention": self.mention,
            "target": self.target,
            "score": self.score,
            "field": self.field,
            "page": self.page,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkRef:
    """One of the holder's works as its catalogue gives it."""

    id: str
    title: str
    creators: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"id": self.id, "title": self.title, "creators": list(self.creators)}


@dataclass(frozen=True, slots=True, kw_only=True)
class ReservationRef:
    """One of the holder's reservations of rights, as a question cites it."""

    mechanism: str
    domains: tuple[str, ...]
    user_agents: tuple[str, ...]
    effective_from: str | None
    evidence_url: str | None

    @classmethod
    def of(cls, reservation: Reservation) -> ReservationRef:
        """Return the question's view of a reservation."""
        return cls(
            mechanism=reservation.mechanism.value,
            domains=reservation.domains,
            user_agents=reservation.user_agents,
            effective_from=reservation.effective_from,
            evidence_url=reservation.evidence_url,
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {
            "mechanism": self.mechanism,
            "domains": list(self.domains),
            "user_agents": list(self.user_agents),
            "effective_from": self.effective_from,
            "evidence_url": self.evidence_url,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class FindingRef:
    """A rule finding a question comes from."""

    rule_id: str
    severity: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"rule_id": self.rule_id, "severity": self.severity, "message": self.message}


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    """One question to the provider, with the evidence and the rules it comes from."""

    number: int
    topic: Topic
    kind: str
    text: str
    why: str
    evidence: tuple[Quote, ...] = ()
    references: tuple[Reference, ...] = ()
    rule_ids: tuple[str, ...] = ()
    findings: tuple[FindingRef, ...] = ()
    matches: tuple[CatalogueMatch, ...] = ()
    works: tuple[WorkRef, ...] = ()
    #: Works of the holder the question concerns beyond those listed in ``works``.
    more_works: int = 0
    reservation: ReservationRef | None = None

    @property
    def id(self) -> str:
        """Return the question's label, "Q<number>"."""
        return f"Q{self.number}"

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {
            "id": self.id,
            "number": self.number,
            "topic": self.topic.value,
            "kind": self.kind,
            "text": self.text,
            "why": self.why,
            "evidence": [e.to_dict() for e in self.evidence],
            "references": [
                {"instrument": r.instrument, "provision": r.provision, "url": r.url}
                for r in self.references
            ],
            "rule_ids": list(self.rule_ids),
            "findings": [f.to_dict() for f in self.findings],
            "matches": [m.to_dict() for m in self.matches],
            "works": [w.to_dict() for w in self.works],
            "more_works": self.more_works,
            "reservation": self.reservation.to_dict() if self.reservation else None,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class QuestionSet:
    """The questions about one summary, numbered in topic order."""

    document: str
    sha256: str
    as_of: dt.date
    models: tuple[str, ...] = ()
    provider: str | None = None
    holder: str | None = None
    catalogue: str | None = None
    #: The summary's dates by role (placement, collection_from, collection_to, ...).
    dates: Mapping[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    questions: tuple[Question, ...] = ()

    def by_topic(self) -> list[tuple[Topic, list[Question]]]:
        """Return the topics that have questions, each with its questions in order."""
        return [
            (topic, found)
            for topic in Topic
            if (found := [q for q in self.questions if q.topic is topic])
        ]
