"""Check types on the quality of the writing: counted phrases, sentences repeated in fields."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from trainaudit.rules.checks.conditions import all_hold
from trainaudit.rules.context import CheckContext
from trainaudit.rules.model import Evidence, Rule
from trainaudit.rules.registry import Hit, check_type

#: Where a sentence ends: . ! ? ; or a line break, before white space or the end.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
_WORD = re.compile(r"\w+")


@check_type("phrase_count", placeholders=("count", "found"))
def phrase_count(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag fields in which phrases (hedges, vague words...) occur at least ``min`` times."""
    params = rule.params
    if not all_hold(context, params.get("when")):
        return
    patterns = [re.compile(p, re.IGNORECASE) for p in params["phrases"]]
    for field_id in params["fields"]:
        if context.state(field_id).value != "answered":
            continue
        text = context.text(field_id)
        matches = sorted(
            (m for pattern in patterns for m in pattern.finditer(text)), key=lambda m: m.start()
        )
        if len(matches) < params.get("min", 1):
            continue
        found = list(dict.fromkeys(" ".join(m.group(0).lower().split()) for m in matches))
        yield Hit(
            field=field_id,
            values={"count": len(matches), "found": [f'"{f}"' for f in found]},
            evidence=context.evidence(field_id, matches[0].group(0)),
        )


@dataclass(frozen=True, slots=True)
class _Sentence:
    """A sentence of a field: as written, and as compared (lower case, words only)."""

    field: str
    text: str
    key: str


def sentences(text: str, min_words: int) -> list[str]:
    """Return the sentences of a text that have at least ``min_words`` words."""
    parts = (" ".join(p.split()) for p in _SENTENCE_END.split(text))
    return [p for p in parts if len(_WORD.findall(p)) >= min_words]


def _key(sentence: str) -> str:
    """Return a sentence as compared: its words in lower case, single-spaced."""
    return " ".join(_WORD.findall(sentence.lower()))


def _alike(first: str, second: str, similarity: float) -> bool:
    """Return whether two sentence keys are the same sentence, or one is inside the other."""
    if first == second:
        return True
    shorter, longer = sorted((first, second), key=len)
    whole = float(fuzz.ratio(first, second))
    return max(whole, float(fuzz.partial_ratio(shorter, longer))) >= similarity


def repeated_groups(
    texts: Sequence[tuple[str, str]], *, min_words: int, min_fields: int, similarity: float
) -> list[tuple[tuple[str, ...], list[str]]]:
    """Return (fields, sentences) for each set of fields that share sentences.

    ``texts`` is (field id, text) in template order. A sentence is shared by
    the fields holding it or a sentence alike (rapidfuzz ratio or partial
    ratio >= ``similarity`` on lower-case words, so a sentence reworded in a
    word or two, or copied with a few words around it, still counts). Each
    set of at least ``min_fields`` fields comes once, with the shared
    sentences as the first field writes them.
    """
    found = [
        _Sentence(field_id, sentence, _key(sentence))
        for field_id, text in texts
        for sentence in sentences(text, min_words)
    ]
    order = {field_id: index for index, (field_id, _) in enumerate(texts)}
    groups: dict[tuple[str, ...], list[str]] = {}
    for sentence in found:
        fields = {sentence.field}
        fields.update(
            other.field
            for other in found
            if other.field != sentence.field and _alike(sentence.key, other.key, similarity)
        )
        if len(fields) < min_fields:
            continue
        ordered = tuple(sorted(fields, key=order.__getitem__))
        if ordered[0] != sentence.field:
            continue
        shared = groups.setdefault(ordered, [])
        if sentence.text not in shared:
            shared.append(sentence.text)
    return sorted(groups.items(), key=lambda item: [order[f] for f in item[0]])


@check_type("repeated_text", placeholders=("fields_list", "count", "sentence"))
def repeated_text(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag the same sentence written in several fields (boilerplate instead of answers)."""
    params = rule.params
    if not all_hold(context, params.get("when")):
        return
    texts = [(f, context.text(f)) for f in params["fields"] if context.state(f).value == "answered"]
    groups = repeated_groups(
        texts,
        min_words=params.get("min_words", 8),
        min_fields=params.get("min_fields", 2),
        similarity=params.get("similarity", 95),
    )
    for fields, shared in groups:
        first = shared[0]
        shown = first if len(first) <= 120 else first[:119] + "…"
        evidence: tuple[Evidence, ...] = tuple(
            e for f in fields for e in context.evidence(f, first[:40])[:1]
        )
        yield Hit(
            field=fields[0],
            values={"fields_list": list(fields), "count": len(shared), "sentence": shown},
            evidence=evidence,
        )
