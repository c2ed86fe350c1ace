"""Drafting questions: the drafts, the builder that hands out each finding once, and the Asks."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from trainaudit.catalogue.index import WorkIndex
from trainaudit.catalogue.model import Reservation
from trainaudit.catalogue.open import OpenCatalogue
from trainaudit.catalogue.resolve import Match, MatchKind
from trainaudit.catalogue.summary_match import DatasetWorks, SummaryMatches
from trainaudit.models import Summary
from trainaudit.questions.document import SummaryFields
from trainaudit.questions.evidence import cited, finding_quotes
from trainaudit.questions.model import Quote, Topic, WorkRef
from trainaudit.questions.wording import models_phrase
from trainaudit.rules.checks.optout import Collection, collection
from trainaudit.rules.context import CheckContext
from trainaudit.rules.model import Finding, Reference


@dataclass(kw_only=True)
class Draft:
    """A question before it is numbered."""

    topic: Topic
    kind: str
    text: str
    why: str
    evidence: Sequence[Quote | None] = ()
    references: Sequence[Reference] = ()
    findings: Sequence[Finding] = ()
    matches: Sequence[Match] = ()
    works: Sequence[WorkRef] = ()
    more_works: int = 0
    reservation: Reservation | None = None


class Builder:
    """Turns one summary's findings and matches into drafts, each finding used once."""

    def __init__(
        self,
        summary: Summary,
        findings: Sequence[Finding],
        matches: SummaryMatches | None,
        catalogue: OpenCatalogue | None,
        packs: Mapping[str, str],
        models: Sequence[str],
    ) -> None:
        self.doc = SummaryFields(summary)
        self.findings = list(findings)
        self.matches = matches
        self.catalogue = catalogue
        self.packs = packs
        self.models = models_phrase(models)
        self.used: set[int] = set()
        self.drafts: list[Draft] = []
        self.period: Collection = collection(CheckContext(summary=summary))
        self._rows: dict[str, int] | None = None

    # --- findings ------------------------------------------------------------------

    def take(self, wanted: Callable[[Finding], bool]) -> list[Finding]:
        """Return the findings not yet asked about that satisfy ``wanted``, marking them used."""
        chosen = [i for i, f in enumerate(self.findings) if i not in self.used and wanted(f)]
        self.used.update(chosen)
        return [self.findings[i] for i in chosen]

    def take_rules(self, *rule_ids: str) -> list[Finding]:
        """Take the findings of some rules."""
        return self.take(lambda f: f.rule_id in rule_ids)

    def add(self, draft: Draft) -> None:
        """Keep a draft."""
        self.drafts.append(draft)

    # --- catalogue -----------------------------------------------------------------

    def of_kind(self, kind: MatchKind, field_id: str | None = None) -> list[Match]:
        """Return the catalogue matches of one kind (in one field, when given)."""
        if self.matches is None:
            return []
        return [
            m
            for m in self.matches.matches
            if m.kind is kind and (field_id is None or m.where.field == field_id)
        ]

    def first_of_kind(self, kind: MatchKind, field_id: str | None = None) -> list[Match]:
        """Return the first catalogue match of each target of one kind (in one field, if given)."""
        seen: dict[str, Match] = {}
        for m in self.of_kind(kind, field_id):
            seen.setdefault(m.target, m)
        return list(seen.values())

    @property
    def index(self) -> WorkIndex:
        """Return the catalogue's index of works (asked for only when there is a catalogue)."""
        assert self.catalogue is not None
        return self.catalogue.index

    def work(self, row: int) -> WorkRef:
        """Return a work of the catalogue by its index row."""
        index = self.index
        creators = tuple(c for c in index.written_creators[row].split("; ") if c)
        return WorkRef(id=index.ids[row], title=index.written_titles[row], creators=creators)

    def works_by_id(self, ids: Sequence[str]) -> list[WorkRef]:
        """Return works of the catalogue by id (ids it does not know keep only their id)."""
        if self._rows is None:
            self._rows = {wid: row for row, wid in enumerate(self.index.ids)}
        rows = self._rows
        return [self.work(rows[i]) if i in rows else WorkRef(id=i, title="") for i in ids]

    def contained(self, dataset: str) -> DatasetWorks | None:
        """Return the holder's works a matched dataset's manifest contains, if known."""
        if self.matches is None:
            return None
        return next((d for d in self.matches.datasets if d.dataset == dataset), None)

    def dataset_note(self, dataset: str) -> str:
        """Return the register's note on a dataset."""
        if self.catalogue is None:
            return ""
        found = next((d for d in self.catalogue.catalogue.datasets if d.name == dataset), None)
        return found.note if found is not None else ""

    @property
    def holder_domains(self) -> tuple[str, ...]:
        """Return the holder's domains (none without a catalogue)."""
        return self.catalogue.catalogue.domains if self.catalogue is not None else ()

    def crawlers(self) -> list[str]:
        """Return the crawlers the summary declares."""
        return self.doc.names("crawling.crawlers")

    def period_text(self) -> str:
        """Return the declared collection period in words ("" when none is given)."""
        start, end = self.period.start_text, self.period.end_text
        if start and end:
            return f"from {start} to {end}"
        if end:
            return f"until {end}"
        if start:
            return f"from {start}"
        return ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Ask:
    """A question asked when findings of some rules fire: one per kind, findings merged."""

    kind: str
    rules: tuple[str, ...]
    text: str
    why: str
    references: tuple[Reference, ...]


def asked(b: Builder, topic: Topic, ask: Ask) -> None:
    """Add the question of an Ask when findings of its rules remain to be asked about."""
    findings = b.take_rules(*ask.rules)
    if not findings:
        return
    fields = list(dict.fromkeys(f.field for f in findings if f.field))
    b.add(
        Draft(
            topic=topic,
            kind=ask.kind,
            text=ask.text.format(models=b.models),
            why=ask.why,
            evidence=[*(b.doc.quote(fid) for fid in fields[:1]), *finding_quotes(findings)],
            references=(*ask.references, *cited(findings)),
            findings=findings,
        )
    )
