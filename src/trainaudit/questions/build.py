"""Build the questions about one summary: ask each topic in turn, then number the questions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from trainaudit.catalogue.open import OpenCatalogue
from trainaudit.catalogue.summary_match import SummaryMatches
from trainaudit.models import Summary
from trainaudit.questions.builder import Builder, Draft
from trainaudit.questions.copies import copies_topic
from trainaudit.questions.gaps import gaps_topic
from trainaudit.questions.model import (
    CatalogueMatch,
    FindingRef,
    Question,
    QuestionSet,
    Quote,
    ReservationRef,
    Topic,
)
from trainaudit.questions.opt_out import optout_topic
from trainaudit.questions.sources import sources_topic, vague_questions
from trainaudit.questions.works import works_topic
from trainaudit.report.build import document_result
from trainaudit.rules.model import Finding, Reference, Rule

#: Evidence entries kept per question.
EVIDENCE_LIMIT = 4

#: The note of a question set built without a catalogue.
NO_CATALOGUE_NOTE = (
    "No catalogue was given: questions about individual works, datasets and domains "
    "of the rights holder need one (--catalogue)."
)


def build_questions(
    summary: Summary,
    findings: Iterable[Finding],
    *,
    as_of: dt.date,
    matches: SummaryMatches | None = None,
    catalogue: OpenCatalogue | None = None,
    rules: Iterable[Rule] = (),
    path: str | None = None,
) -> QuestionSet:
    """Return the questions a rights holder would ask about one summary, numbered by topic.

    ``findings`` are the rule findings on the summary, ``matches`` its
    catalogue matches (``CheckContext.catalogue_matches``) and ``rules`` the
    rules run, to tell their packs (the bundled id ranges are assumed
    otherwise). Without ``catalogue`` no work-level question is asked.
    """
    findings = sorted(findings, key=Finding.sort_key)
    result = document_result(path or summary.source.path, summary, findings, matches)
    packs = {r.id: r.pack for r in rules}
    if catalogue is None:
        matches = None
    b = Builder(summary, findings, matches, catalogue, packs, result.models)
    # Each finding is asked about once, by the first topic that takes it: the order matters.
    works_topic(b)
    sources_topic(b)
    copies_topic(b)
    optout_topic(b)
    gaps_topic(b)
    vague_questions(b)
    drafts = sorted(b.drafts, key=lambda d: list(Topic).index(d.topic))
    questions = tuple(_question(i, d) for i, d in enumerate(drafts, start=1))
    notes = () if catalogue is not None else (NO_CATALOGUE_NOTE,)
    return QuestionSet(
        document=result.path,
        sha256=result.sha256,
        as_of=as_of,
        models=result.models,
        provider=result.provider,
        holder=catalogue.catalogue.holder.name if catalogue is not None else None,
        catalogue=str(catalogue.catalogue.path) if catalogue is not None else None,
        dates=result.dates,
        notes=notes,
        questions=questions,
    )


def _question(number: int, draft: Draft) -> Question:
    """Return a numbered question from its draft."""
    return Question(
        number=number,
        topic=draft.topic,
        kind=draft.kind,
        text=draft.text,
        why=draft.why,
        evidence=_unique_quotes(draft.evidence),
        references=_unique_refs(draft.references),
        rule_ids=_rule_ids(draft.findings),
        findings=tuple(
            dict.fromkeys(
                FindingRef(rule_id=f.rule_id, severity=f.severity.value, message=f.message)
                for f in draft.findings
            )
        ),
        matches=tuple(CatalogueMatch.of(m) for m in draft.matches),
        works=tuple(draft.works),
        more_works=draft.more_works,
        reservation=ReservationRef.of(draft.reservation) if draft.reservation else None,
    )


def _unique_refs(refs: Iterable[Reference]) -> tuple[Reference, ...]:
    """Return references without repeats, in first-seen order."""
    seen: dict[tuple[str, str], Reference] = {}
    for ref in refs:
        seen.setdefault((ref.instrument, ref.provision), ref)
    return tuple(seen.values())


def _unique_quotes(quotes: Iterable[Quote | None]) -> tuple[Quote, ...]:
    """Return evidence without blanks and repeats, at most EVIDENCE_LIMIT entries."""
    seen: dict[tuple[int | None, str], Quote] = {}
    for q in quotes:
        if q is not None and q.quote:
            seen.setdefault((q.page, q.quote), q)
    return tuple(seen.values())[:EVIDENCE_LIMIT]


def _rule_ids(findings: Iterable[Finding]) -> tuple[str, ...]:
    """Return the rule ids of findings, sorted, without repeats."""
    return tuple(sorted({f.rule_id for f in findings}))
