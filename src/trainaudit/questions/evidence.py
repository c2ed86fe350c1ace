"""What a question rests on: where the summary says it (evidence) and the sources findings cite."""

from __future__ import annotations

from collections.abc import Iterable

from trainaudit.catalogue.resolve import Match
from trainaudit.questions.model import Quote
from trainaudit.questions.wording import fold, fold_around
from trainaudit.rules.model import Finding, Reference


def match_quote(match: Match) -> Quote:
    """Return where a catalogue match was found, as question evidence (quoting the mention)."""
    quote = fold_around(match.where.quote, match.mention)
    return Quote(field=match.where.field, page=match.where.page, quote=quote)


def finding_quotes(findings: Iterable[Finding]) -> list[Quote]:
    """Return the evidence of findings as question evidence."""
    return [
        Quote(field=f.field, page=e.page, quote=fold(e.quote))
        for f in findings
        for e in f.evidence[:2]
    ]


def cited(findings: Iterable[Finding]) -> list[Reference]:
    """Return the legal sources findings rest on, in order (repeats are dropped when numbered)."""
    return [r for f in findings for r in f.references]


def says(said: Quote | None) -> str:
    """Return ' Your summary says: “…”.' quoting a field, or "" when there is nothing to quote."""
    return f" Your summary says: “{said.quote}”." if said else ""
