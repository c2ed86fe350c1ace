"""Check types for the template's own logic: required answers, pointers, periods, co-occurrence.

Where the existing check types read a field's normalised value, several of these
also read the field *as written*: its evidence quotes. A date or a period is
normalised to ISO, a list of domains keeps only domains, and a list of crawlers only
user-agent tokens; what the provider actually wrote ("Approximately 2018",
"See list of crawlers here", "news sites and blogs") survives only in the quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Final

from trainaudit.rules.checks.conditions import all_hold, holds
from trainaudit.rules.checks.text import phrase_hits
from trainaudit.rules.context import CheckContext, section_of, value_text
from trainaudit.rules.model import Rule
from trainaudit.rules.registry import Hit, check_type
from trainaudit.template.fields import FIELDS

#: The states in which a field gives no answer.
UNANSWERED: Final = frozenset({"missing", "empty", "not_applicable", "unknown"})

#: How each state without an answer reads in a message.
STATE_WORDS: Final = MappingProxyType(
    {
        "missing": "the document does not have this field",
        "empty": "the field is empty",
        "not_applicable": "the field is marked not applicable",
        "unknown": "the answer cannot be read",
    }
)

#: The rows of the 1.3 table, in template order.
MODALITIES: Final = ("text", "image", "audio", "video", "other")

_FIELD_IDS: Final = frozenset(f.id for f in FIELDS)
_FLAGS: Final = re.IGNORECASE | re.MULTILINE
_QUOTE_LIMIT: Final = 120

# --- what an answer that only points elsewhere looks like -----------------------------

#: A web address, with or without a scheme (a bare domain followed by a path).
_URL: Final = re.compile(r"https?\s*:\s*//\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.IGNORECASE)
#: Words that send the reader elsewhere instead of answering.
_POINTER: Final = re.compile(
    r"\b(?:see|refer(?:s|red)?\s+to|please\s+refer|(?:is|are)\s+available\s+(?:at|on|in|here)"
    r"|available\s+at|can\s+be\s+found|(?:find|learn|read)\s+more|more\s+(?:information|details)"
    r"|further\s+(?:information|details)|provides?\s+information\b.{0,80}?\b(?:through|at|on|in)"
    r"|(?:is|are)\s+(?:described|explained|documented|published|listed)\s+(?:at|on|in|here)"
    r"|more\s+info\b|linked\s+(?:above|below|here)|click\s+here)\b",
    re.IGNORECASE,
)
#: Signs that the pointer leads outside the document (a link, "here", a web page).
_EXTERNAL: Final = re.compile(
    r"https?\s*:\s*//|\bwww\.|\bhere\b|\blinked\b|\bavailable\s+at\b|\bthrough\b"
    r"|\b(?:developer|documentation|help|support|privacy|trust|transparency)\s+"
    r"(?:page|cent(?:er|re)|site|portal|hub|resource)s?\b",
    re.IGNORECASE,
)
#: A sentence about the provider's web pages rather than about the training data
#: ("Meta's developer page may be updated"; not "documentation sites of projects").
_PAGE_TALK: Final = re.compile(
    r"(?:\b(?:our|its|their)|['’]s)\s+(?:developer|documentation|help|support|privacy|trust"
    r"|transparency)\s+(?:page|cent(?:er|re)|site|portal|hub|resource)s?\b"
    r"|\bthe\s+(?:developer|help|support|privacy|trust|transparency)\s+"
    r"(?:page|cent(?:er|re)|portal|hub|resource)\b",
    re.IGNORECASE,
)
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+(?=[^a-z])")
#: At most this many words besides a link make a bare link ("Link: https://…"); a
#: model name with a link to its summary ("Omni-0.9 (Summary: https://…)") is content.
_BARE_LINK_WORDS: Final = 1


def _short(text: str, limit: int = _QUOTE_LIMIT) -> str:
    """Return text on one line, cut to ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def quotes(context: CheckContext, field_id: str) -> str:
    """Return a field's evidence quotes, one per line, whitespace folded ("" without any)."""
    found: list[str] = []
    for evidence in context.field(field_id).evidence:
        quote = " ".join(evidence.quote.split())
        if quote and quote not in found:
            found.append(quote)
    return "\n".join(found)


def written(context: CheckContext, field_id: str) -> str:
    """Return a field as the document writes it: its evidence quotes, else its value's text."""
    return quotes(context, field_id) or context.text(field_id)


def full_text(context: CheckContext, field_id: str) -> str:
    """Return everything known of a field: its value's text and its evidence quotes."""
    value = context.text(field_id)
    as_written = written(context, field_id)
    return value if as_written == value else f"{value}\n{as_written}"


def has_answer(value: Any) -> bool:
    """Return whether a value holds anything: a non-blank text, a non-empty list or mapping."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, Mapping):
        return any(has_answer(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(has_answer(v) for v in value)
    return True


def conditions_hold(context: CheckContext, params: Mapping[str, Any]) -> bool:
    """Return whether every ``when`` condition holds and, if given, one ``when_any`` does."""
    if not all_hold(context, params.get("when")):
        return False
    either: Sequence[Mapping[str, Any]] = params.get("when_any") or ()
    return not either or any(holds(context, c) for c in either)


def _mentioned(context: CheckContext, field_id: str, labels: frozenset[str]) -> bool:
    """Return whether the field's text has a detected mention of one of ``labels``."""
    if not labels:
        return False
    return any(m.field == field_id and m.mention.label in labels for m in context.mentions)


def _answered_in_words(context: CheckContext, unless: Mapping[str, Any] | None) -> bool:
    """Return whether the ``unless`` pattern is found in its fields as written."""
    if not unless:
        return False
    pattern = re.compile(unless["pattern"], _FLAGS)
    return any(pattern.search(full_text(context, f)) for f in unless["fields"])


def no_answer(
    context: CheckContext,
    field_id: str,
    states: frozenset[str] = UNANSWERED,
    labels: frozenset[str] = frozenset(),
) -> dict[str, str] | None:
    """Return the message values when a field gives no answer in one of ``states``, else None.

    An answered field whose value holds nothing (a list of domains read from
    "news sites and blogs", a crawler list read from "see here") counts as
    empty, unless its text has a mention of one of ``labels``.
    """
    field = context.field(field_id)
    state = field.state.value
    if state == "answered":
        if has_answer(field.value) or _mentioned(context, field_id, labels):
            return None
        state = "empty"
    if state not in states:
        return None
    quote = _short(quotes(context, field_id))
    detail = f'it reads "{quote}"' if quote else STATE_WORDS.get(state, f"the field is {state}")
    return {"state": state, "detail": detail, "written": quote}


@check_type("required", placeholders=("state", "detail", "written"))
def required(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag fields that give no answer (missing, empty, N/A, unreadable, no item) when due."""
    params = rule.params
    if not conditions_hold(context, params) or _answered_in_words(context, params.get("unless")):
        return
    states = frozenset(params.get("states", UNANSWERED))
    labels = frozenset(params.get("mentions", ()))
    for field_id in params["fields"]:
        values = no_answer(context, field_id, states, labels)
        if values is not None:
            yield Hit(field=field_id, values=values)


@check_type("modality_rows", placeholders=("modality", "state", "detail", "written"))
def modality_rows(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag each modality ticked in section 1.3 whose size or content column gives no answer."""
    params = rule.params
    if not conditions_hold(context, params):
        return
    states = frozenset(params.get("states", UNANSWERED))
    for modality in params.get("modalities", MODALITIES):
        field_id = f"modalities.{modality}.{params['column']}"
        if field_id not in _FIELD_IDS or context.value(f"modalities.{modality}.selected") != "yes":
            continue
        values = no_answer(context, field_id, states)
        if values is not None:
            yield Hit(field=field_id, values={"modality": modality, **values})


@check_type("condition", placeholders=("value",))
def condition(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag a document on which every ``when`` condition (and one ``when_any``) holds."""
    params = rule.params
    if conditions_hold(context, params):
        yield Hit(field=params["field"], values={"value": _short(context.text(params["field"]))})


@check_type("period_complete", placeholders=("problem", "written"))
def period_complete(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag an answered period that lacks a start or an end, or gives one as a year only."""
    params = rule.params
    field_id = params["field"]
    period = context.value(field_id)
    answered = context.state(field_id).value == "answered"
    if not answered or not isinstance(period, Mapping) or not conditions_hold(context, params):
        return
    problems = []
    for key, word in (("from", "start"), ("to", "end")):
        part = period.get(key)
        if not part:
            problems.append(f"no {word}")
        elif re.fullmatch(r"\d{4}", str(part)):
            problems.append(f"the {word} is a year only ({part})")
    if problems:
        problem = " and ".join(problems)
        yield Hit(
            field=field_id,
            values={"problem": problem, "written": _short(written(context, field_id))},
        )


def _is_pointer(sentence: str) -> bool:
    """Return whether a sentence only points elsewhere (or is a bare link) rather than informs."""
    if _POINTER.search(sentence) or _PAGE_TALK.search(sentence):
        return True
    rest = _URL.sub(" ", sentence)
    return rest != sentence and len(re.findall(r"[^\W\d_]{2,}", rest)) <= _BARE_LINK_WORDS


def pointer_only(text: str) -> bool:
    """Return whether every sentence of an answer points elsewhere, at least one outside it.

    "See list of crawlers here." and "Learn more in our Privacy Center." point
    outside the document; "See Section 1." points inside it and is not flagged.
    An answer with one sentence of its own ("GPTBot collects training data.
    See https://...") is an answer, not a pointer.
    """
    sentences = [s for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]
    if not sentences or not all(_is_pointer(s) for s in sentences):
        return False
    return any(_EXTERNAL.search(s) or _URL.search(s) for s in sentences)


@check_type("pointer_only", placeholders=("value",))
def pointer_only_check(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag answers that only send the reader to a link or another page instead of answering."""
    params = rule.params
    if not conditions_hold(context, params):
        return
    for field_id in params["fields"]:
        text = context.text(field_id)
        if context.state(field_id).value == "answered" and pointer_only(text):
            section = rule.section or section_of(field_id)
            yield Hit(field=field_id, section=section, values={"value": _short(text)})


@check_type("written_phrase", placeholders=("phrase", "quote"))
def written_phrase(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag fields whose text as written (evidence quotes and value) has one of the phrases."""
    params = rule.params
    if not conditions_hold(context, params):
        return
    aware = params.get("negation_aware", True)
    for field_id in params["fields"]:
        for text in dict.fromkeys((quotes(context, field_id), context.text(field_id))):
            affirmed, _ = phrase_hits(text, params["phrases"], negation_aware=aware)
            if affirmed:
                break
        else:
            continue
        found = min(affirmed, key=lambda m: m.start()).group(0)
        yield Hit(
            field=field_id,
            section=rule.section or section_of(field_id),
            values={"phrase": found, "quote": _short(_around(text, found))},
            evidence=context.evidence(field_id, found),
        )
        if params.get("once", False):
            return


def _around(text: str, found: str, width: int = 60) -> str:
    """Return the part of ``text`` around the first occurrence of ``found``."""
    start = text.lower().find(found.lower())
    if start < 0:
        return text
    left = max(0, start - width)
    right = min(len(text), start + len(found) + width)
    return ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")


def _first_match(
    context: CheckContext, spec: Mapping[str, Any]
) -> tuple[str, re.Match[str]] | None:
    """Return the first field (and match) whose text as written matches ``spec['pattern']``."""
    pattern = re.compile(spec["pattern"], _FLAGS)
    fields = spec.get("fields") or sorted(_FIELD_IDS)
    for field_id in fields:
        found = pattern.search(full_text(context, field_id))
        if found:
            return field_id, found
    return None


@check_type("present_absent", placeholders=("found",))
def present_absent(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag a pattern found in some fields while none of the ``absent`` patterns is found."""
    params = rule.params
    if not conditions_hold(context, params):
        return
    present = _first_match(context, params["present"])
    if present is None or any(_first_match(context, spec) for spec in params["absent"]):
        return
    field_id, found = present
    yield Hit(
        field=field_id,
        values={"found": found.group(0)},
        evidence=context.evidence(field_id, found.group(0)),
    )


_NOT_KNOWN: Final = re.compile(r"\bnot\s+known\b|\bunknown\b", re.IGNORECASE)


def _linked(item: Any) -> bool:
    """Return whether a dataset entry gives an access link (or says the dates are not known)."""
    if isinstance(item, Mapping) and item.get("url"):
        return True
    text = value_text(item)
    return bool(_URL.search(text) or _NOT_KNOWN.search(text))


def _name(item: Any) -> str:
    """Return a dataset entry's name."""
    if isinstance(item, Mapping):
        return _short(value_text(item.get("name")) or value_text(item), 60)
    return _short(value_text(item), 60)


@check_type("dataset_links", placeholders=("items", "count"))
def dataset_links(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag listed datasets given with neither an access link nor a "not known" description.

    When the list was written as prose that the extractor could not split into
    entries ("The training data includes text from Common Crawl."), the datasets
    detected in that prose count as the entries.
    """
    params = rule.params
    field_id = params["field"]
    if context.state(field_id).value != "answered" or not conditions_hold(context, params):
        return
    value = context.value(field_id)
    entries = [v for v in value if has_answer(v)] if isinstance(value, list) else []
    if entries:
        bad = [_name(v) for v in entries if not _linked(v)]
    elif _URL.search(full_text(context, field_id)):
        bad = []
    else:
        named = {
            m.mention.normalised or m.mention.text
            for m in context.mentions
            if m.field == field_id and m.mention.label == "DATASET"
        }
        bad = sorted(named)
    if bad:
        yield Hit(field=field_id, values={"items": bad[:10], "count": len(bad)})
