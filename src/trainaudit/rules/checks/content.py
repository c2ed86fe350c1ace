"""Check types on what answers contain: elements asked for, ticks, links, cross-references.

The template does not only ask for a description: it says what each one should hold.
The general description of the other public datasets (2.1) gives their modality, the
nature of their content, their languages and "approximate start and end dates of
collection if known, else 'not known'"; the content crawled (2.3) is described
"including geographical, linguistic or demographic characteristics"; the other
models of 2.5 come with "their training data if known". ``description_lacks`` tests
one such element with the words (and written dates) that show it is there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any, Final

from trainaudit.extract.layout import MARKERS
from trainaudit.normalize.dates import find_dates
from trainaudit.rules.checks.template import STATE_WORDS, conditions_hold, full_text, pointer_only
from trainaudit.rules.context import CheckContext, section_of, value_text
from trainaudit.rules.model import Rule
from trainaudit.rules.registry import Hit, check_type
from trainaudit.template.fields import FIELDS

_FLAGS: Final = re.IGNORECASE | re.MULTILINE
_QUOTE_LIMIT: Final = 120

#: A web address, with or without a scheme (a bare domain followed by a path).
_URL: Final = re.compile(
    r"https?\s*:\s*//\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)+/\S*|\bmailto:\S+", re.IGNORECASE
)
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+(?=[^a-z])")

# --- answers that only refer to another part of the summary --------------------------

#: A place inside the summary: "above", "Section 1", "section 2.1", "the previous answer".
_PLACE: Final = (
    r"(?:\babove\b|\bbelow\b|\bearlier\b|\bpreviously\b"
    r"|\b(?:the\s+)?(?:previous|preceding|following|above|same|relevant|corresponding)\s+"
    r"(?:sections?|points?|parts?|paragraphs?|answers?|fields?|questions?|rows?|tables?)\b"
    r"|\b(?:sections?|points?|parts?|paragraphs?|questions?)\s*\d+(?:\.\d+)*\b"
    r"|§\s*\d+(?:\.\d+)*|\b\d\.\d(?:\.\d)?\b)"
)
#: "See above", "See the description ... in Section 1", "Please refer to section 2.1".
_SEE: Final = re.compile(
    rf"^(?:please\s+)?(?:see(?:\s+also)?|refer\s+to|cf\.?|consult)\b.*{_PLACE}", re.IGNORECASE
)
#: "As described above.", "This is covered in Section 2.3.", "Same as 2.1."
_AS: Final = re.compile(
    r"^(?:[^,;:]{0,60}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:as\s+)?"
    r"(?:described|explained|detailed|listed|covered|stated|set\s+out|provided|included"
    r"|addressed|given|reported|answered|indicated|mentioned|specified|outlined)\s+"
    rf"(?:(?:in|under|at|for)\s+)?{_PLACE}\W*$"
    rf"|^(?:the\s+)?(?:same\s+as|as\s+(?:in|per|for))\s*{_PLACE}\W*$"
    r"|^(?:idem|ditto|as\s+above|same\s+as\s+above)\W*$",
    re.IGNORECASE,
)
#: Signs that a reference leads outside the summary (TDS005 reports those).
_OUTSIDE: Final = re.compile(
    r"\bhere\b|\blink(?:ed|s)?\b|\bweb\s*(?:site|page)s?\b|\bpage\b|\bportal\b|\bcent(?:er|re)\b"
    r"|\bmodel\s+card\b|\breport\b|\bpaper\b|\bblog\b|\bdocumentation\b",
    re.IGNORECASE,
)


def _short(text: str, limit: int = _QUOTE_LIMIT) -> str:
    """Return text on one line, cut to ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _sentences(text: str) -> list[str]:
    """Return the sentences of a text, whitespace folded."""
    return [s for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]


def _refers_inside(sentence: str) -> bool:
    """Return whether a sentence only refers to another part of the summary."""
    if _URL.search(sentence) or _OUTSIDE.search(sentence):
        return False
    return bool(_SEE.search(sentence) or _AS.search(sentence.strip()))


def cross_reference_only(text: str) -> bool:
    """Return whether every sentence of an answer only refers to another part of the summary.

    "See above", "See the description ... in Section 1" and "Same as 2.1." refer
    inside the summary; "As described above, we filter CSAM with classifiers." is a
    lead-in to an answer, and "See list of crawlers here." points outside (TDS005).
    """
    sentences = _sentences(text)
    return bool(sentences) and all(_refers_inside(s) for s in sentences)


# --- what a description holds -------------------------------------------------------


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """Return a pattern compiled case-insensitively (once)."""
    return re.compile(pattern, _FLAGS)


def _clean(text: str, ignore: Sequence[str]) -> str:
    """Return text without web addresses and without the ``ignore`` patterns."""
    text = _URL.sub(" ", text)
    for pattern in ignore:
        text = _compiled(pattern).sub(" ", text)
    return text


def _holds(text: str, patterns: Iterable[str], *, dates: bool) -> bool:
    """Return whether text has one of the patterns (or, with ``dates``, a written date)."""
    if any(_compiled(p).search(text) for p in patterns):
        return True
    return dates and bool(find_dates(text))


def _modality(field_id: str) -> str:
    """Return the 1.3 row ("text", "image"...) of a modality field, else ""."""
    parts = field_id.split(".")
    return parts[1] if len(parts) == 3 and parts[0] == "modalities" else ""


@check_type("description_lacks", placeholders=("element", "value", "detail", "state", "modality"))
def description_lacks(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag descriptions that lack an element the template asks for (dates, languages...).

    Each field in ``fields`` is checked on its own: it lacks the element when none of
    ``patterns`` (plus its ``field_patterns``) is found in its text, nor, with
    ``dates``, a written date. Web addresses and the ``ignore`` patterns are removed
    first. When one of the ``also`` fields has the element (``also_patterns``), no
    field is flagged. Answers that only point to a link or to another section are
    left to the rules on those (TDS005, TDS077).
    """
    params = rule.params
    if not conditions_hold(context, params):
        return
    ignore: Sequence[str] = params.get("ignore", ())
    patterns: Sequence[str] = params.get("patterns", ())
    dates = bool(params.get("dates", False))
    also_patterns: Sequence[str] = params.get("also_patterns", patterns)
    for other in params.get("also", ()):
        if _holds(_clean(context.text(other), ignore), also_patterns, dates=dates):
            return
    states = frozenset(params.get("states", ("answered",)))
    by_field: Mapping[str, Sequence[str]] = params.get("field_patterns", {})
    for field_id in params["fields"]:
        state = context.state(field_id).value
        if state not in states:
            continue
        text = context.text(field_id)
        if state == "answered" and (cross_reference_only(text) or pointer_only(text)):
            continue
        wanted = [*patterns, *by_field.get(field_id, ())]
        if _holds(_clean(text, ignore), wanted, dates=dates):
            continue
        shown = _short(text)
        detail = f'it reads "{shown}"' if shown else STATE_WORDS.get(state, f"it is {state}")
        yield Hit(
            field=field_id,
            section=rule.section or section_of(field_id),
            values={
                "element": params["element"],
                "value": shown,
                "detail": detail,
                "state": state,
                "modality": _modality(field_id),
            },
        )


@check_type("cross_reference_only", placeholders=("value",))
def cross_reference_only_check(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag answers that only refer to another section ("See above") instead of answering."""
    params = rule.params
    if not conditions_hold(context, params):
        return
    for field_id in params["fields"]:
        text = context.text(field_id)
        if context.state(field_id).value != "answered" or pointer_only(text):
            continue
        if cross_reference_only(text):
            yield Hit(
                field=field_id,
                section=rule.section or section_of(field_id),
                values={"value": _short(text)},
            )


# --- Yes/No questions answered in words ------------------------------------------------


def _answer(value: Any) -> str:
    """Return a tristate value as its answer word ("yes"), tick markers removed."""
    text = value_text(value)
    for marker in MARKERS:
        text = text.replace(marker, " ")
    return " ".join(text.split()).lower()


@check_type("answered_without_tick", placeholders=("answer", "quote"))
def answered_without_tick(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag Yes/No questions answered in words, with no tick box in what the document wrote.

    The extractor writes every tick box it reads into the evidence quotes as a
    marker (☒ ticked, ☐ empty, ⍰ unreadable). An answered question whose quotes
    carry no marker was read from words ("Yes", "We have not crawled ...").
    """
    params = rule.params
    if not conditions_hold(context, params):
        return
    answers = frozenset(params.get("answers", ("yes", "no", "other")))
    for field_id in params["fields"]:
        field = context.field(field_id)
        if field.state.value != "answered" or _answer(field.value) not in answers:
            continue
        quoted = [" ".join(e.quote.split()) for e in field.evidence if e.quote.strip()]
        if not quoted or any(m in q for q in quoted for m in MARKERS):
            continue
        yield Hit(
            field=field_id,
            section=rule.section or section_of(field_id),
            values={"answer": _answer(field.value), "quote": _short(quoted[0])},
        )


# --- links to documentation ------------------------------------------------------------

_FIELD_IDS: Final = tuple(f.id for f in FIELDS)
#: How far after a documentation word ("Model card:") its link may stand.
_NEAR: Final = 100


def _slug(text: str) -> str:
    """Return text in lower case with everything but letters and digits removed."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _names(value: Any) -> list[str]:
    """Return the names of a list field (or its text as one name)."""
    if isinstance(value, list):
        return [n for n in (value_text(v).strip() for v in value) if n]
    text = value_text(value).strip()
    return [text] if text else []


def _linked_anywhere(context: CheckContext, names: Sequence[str], near: Sequence[str]) -> bool:
    """Return whether the summary links a page named after a model, or next to a doc word."""
    slugs = [s for s in (_slug(n) for n in names) if len(s) >= 4]
    for field_id in _FIELD_IDS:
        text = full_text(context, field_id)
        if not text:
            continue
        if any(s in _slug(url.group(0)) for url in _URL.finditer(text) for s in slugs):
            return True
        for pattern in near:
            for found in _compiled(pattern).finditer(text):
                if _URL.search(text[found.end() : found.end() + _NEAR]):
                    return True
    return False


@check_type("link_missing", placeholders=("items", "count"))
def link_missing(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag named items (model names) given with no link to their documentation.

    A link counts when it is written in the field itself, when a web address anywhere
    in the summary carries one of the names ("huggingface.co/org/SmolLM3-3B"), or
    when it follows one of the ``near`` words ("Model card: https://...").
    """
    params = rule.params
    field_id = params["field"]
    if context.state(field_id).value != "answered" or not conditions_hold(context, params):
        return
    names = _names(context.value(field_id))
    if not names or _URL.search(full_text(context, field_id)):
        return
    if _linked_anywhere(context, names, params.get("near", ())):
        return
    yield Hit(field=field_id, values={"items": names[:10], "count": len(names)})
