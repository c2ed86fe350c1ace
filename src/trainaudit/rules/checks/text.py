"""Check types on the text of fields: phrases (negation-aware) and detected mentions."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from trainaudit.rules.checks.conditions import all_hold
from trainaudit.rules.context import CheckContext
from trainaudit.rules.model import Evidence, Rule
from trainaudit.rules.registry import Hit, check_type

_NEGATION = re.compile(r"\b(?:not|no|never|without|neither|nor|cannot|none)\b|n't\b", re.IGNORECASE)
# a full stop ends a clause only before a space or the end ("ai.txt" is one word)
_CLAUSE_BREAK = re.compile(r"\.(?=\s|$)|[;:!?\n]|,|\bbut\b|\bhowever\b|\bwhereas\b", re.IGNORECASE)
#: How many words before a phrase a negation may stand and still negate it.
NEGATION_WINDOW = 5


def is_negated(text: str, start: int) -> bool:
    """Return whether the phrase starting at ``start`` is negated within its clause.

    "We do not honour robots.txt" and "no robots.txt" negate it; "we do not
    crawl pages that robots.txt disallows" does not (the negation is more
    than five words back), nor does "robots.txt, but not ai.txt".
    """
    before = text[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    words = clause.split()[-NEGATION_WINDOW:]
    return bool(_NEGATION.search(" ".join(words)))


def phrase_hits(
    text: str, phrases: Sequence[str], *, negation_aware: bool
) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """Return the affirmed and the negated matches of any phrase (regular expressions) in text."""
    affirmed: list[re.Match[str]] = []
    negated: list[re.Match[str]] = []
    for phrase in phrases:
        for found in re.finditer(phrase, text, re.IGNORECASE):
            if negation_aware and is_negated(text, found.start()):
                negated.append(found)
            else:
                affirmed.append(found)
    return affirmed, negated


def _fields_text(context: CheckContext, fields: Sequence[str]) -> list[tuple[str, str]]:
    """Return (field id, text) of the answered fields among ``fields``."""
    return [(f, context.text(f)) for f in fields if context.text(f)]


@check_type("phrase", placeholders=("phrase", "found"))
def phrase(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag required phrases that are absent (or negated) and forbidden ones that are present."""
    params = rule.params
    if not all_hold(context, params.get("when")):
        return
    aware = params.get("negation_aware", True)
    texts = _fields_text(context, params["fields"])
    if params["mode"] == "required":
        if not any(phrase_hits(t, params["phrases"], negation_aware=aware)[0] for _, t in texts):
            first = params["fields"][0]
            yield Hit(field=first, values={"phrase": params["phrases"][0], "found": ""})
        return
    for field_id, text in texts:
        affirmed, _ = phrase_hits(text, params["phrases"], negation_aware=aware)
        if affirmed:
            found = affirmed[0].group(0)
            yield Hit(
                field=field_id,
                values={"phrase": found, "found": found},
                evidence=context.evidence(field_id, found),
            )


@check_type("mention_count", placeholders=("count", "mentions"))
def mention_count(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag fewer than ``min`` (or more than ``max``) mentions of a kind in some fields."""
    params = rule.params
    if not all_hold(context, params.get("when")):
        return
    wanted = set(params["fields"])
    found = [
        m for m in context.mentions if m.field in wanted and m.mention.label == params["label"]
    ]
    names = sorted({m.mention.normalised or m.mention.text for m in found})
    too_few = len(names) < params.get("min", 0)
    too_many = "max" in params and len(names) > params["max"]
    if too_few or too_many:
        evidence = tuple(Evidence(page=m.page, quote=m.quote[:200]) for m in found[:3])
        yield Hit(
            field=params["fields"][0],
            values={"count": len(names), "mentions": names[:10]},
            evidence=evidence,
        )
