"""Check types driven by the rights holder's catalogue: its domains, datasets and works named."""

from __future__ import annotations

from collections.abc import Iterator

from trainaudit.catalogue.resolve import Match, MatchKind
from trainaudit.rules.context import CheckContext
from trainaudit.rules.model import Evidence, Rule
from trainaudit.rules.registry import Hit, check_type


def _matches(context: CheckContext, kind: MatchKind) -> list[Match]:
    """Return the catalogue matches of one kind, one per target (the first found)."""
    found = context.catalogue_matches
    if found is None:
        return []
    seen: dict[str, Match] = {}
    for match in found.matches:
        if match.kind is kind:
            seen.setdefault(match.target, match)
    return list(seen.values())


def _evidence(match: Match) -> tuple[Evidence, ...]:
    """Return a match's place in the summary as finding evidence."""
    return (Evidence(page=match.where.page, quote=match.where.quote[:200]),)


@check_type("catalogue_domains", placeholders=("domain", "mention"), needs_catalogue=True)
def catalogue_domains(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag each domain the rights holder controls that the summary names."""
    fields = set(rule.params.get("fields", ()))
    for match in _matches(context, MatchKind.DOMAIN):
        if not fields or match.where.field in fields:
            yield Hit(
                field=match.where.field,
                values={"domain": match.target, "mention": match.mention},
                evidence=_evidence(match),
            )


@check_type(
    "catalogue_datasets", placeholders=("dataset", "mention", "works"), needs_catalogue=True
)
def catalogue_datasets(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag each declared dataset known to contain the holder's works."""
    fields = set(rule.params.get("fields", ()))
    found = context.catalogue_matches
    contained = {d.dataset: len(d.work_ids) for d in found.datasets} if found else {}
    for match in _matches(context, MatchKind.DATASET):
        if fields and match.where.field not in fields:
            continue
        works = contained.get(match.target)
        yield Hit(
            field=match.where.field,
            values={
                "dataset": match.target,
                "mention": match.mention,
                "works": "an unknown number of" if works is None else f"{works:,}",
            },
            evidence=_evidence(match),
        )


@check_type("catalogue_works", placeholders=("work", "mention", "score"), needs_catalogue=True)
def catalogue_works(context: CheckContext, _rule: Rule) -> Iterator[Hit]:
    """Flag each catalogue work the summary names (by title or identifier)."""
    for match in _matches(context, MatchKind.WORK):
        yield Hit(
            field=match.where.field,
            values={"work": match.target, "mention": match.mention, "score": match.score},
            evidence=_evidence(match),
        )


@check_type("catalogue_organisations", placeholders=("name", "mention"), needs_catalogue=True)
def catalogue_organisations(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag each name of the rights holder (or an imprint or label) in the summary."""
    fields = set(rule.params.get("fields", ()))
    for match in _matches(context, MatchKind.ORGANISATION):
        if not fields or match.where.field in fields:
            yield Hit(
                field=match.where.field,
                values={"name": match.target, "mention": match.mention},
                evidence=_evidence(match),
            )
