"""Yes/No answers written as prose instead of ticks ("We have not crawled ...")."""

from __future__ import annotations

import re

#: Words that tie a sentence to the question of each yes/no field.
TOPICS: dict[str, tuple[str, ...]] = {
    "public_datasets.used": ("publicly available", "public datasets", "open dataset"),
    "licensed_data.used": ("licens", "private", "third part"),
    "private_datasets.used": ("private", "third part"),
    "crawling.used": ("crawl", "scrap"),
    "user_data.from_model_interactions": ("user data", "user interaction", "prompts"),
    "user_data.from_other_services": ("user data", "services", "products"),
    "synthetic_data.used": ("synthetic",),
    "other_sources.used": ("other source", "outside the categories", "other data source"),
    "tdm.code_of_practice_signatory": ("signator",),
}

_NEGATIVE = re.compile(
    r"^\W*(no|none)\b|\b(have|has|did|do|does|was|were|is|are|had)\s+not\b|\bnever\b|"
    r"\bnot\s+(been\s+)?(used|crawled|collected|obtained|created|a\s+signator)|\bn't\b",
    re.I,
)
_POSITIVE = re.compile(
    r"\b(we|the model|it)\s+(are|is|was|were|have|has|used|use|trained)\b|\bconsists?\s+of\b|"
    r"\bdrawn\s+from\b|\btrained\s+on\b|\bincludes?\b|\bportion\s+of\b",
    re.I,
)
#: A question is not an answer: "Are you a Signatory ...?" says nothing either way.
_QUESTION = re.compile(r"\?|^\W*(are you|have you|were|was|did|do you|is there)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def first_sentence(text: str) -> str:
    """Return the first sentence of a text, whitespace folded."""
    folded = " ".join(text.split())
    return _SENTENCE_END.split(folded, maxsplit=1)[0] if folded else ""


_SHORT_ANSWER = re.compile(r"^\s*(?P<label>[^:\n]{3,80}):\s*(?P<answer>yes|no)\b", re.I | re.M)


def read_narrative(field_id: str, text: str) -> str | None:
    """Read a yes/no field answered in other words than the template's; None if unsaid.

    Two forms are read. A short label of the field's topic with its answer on one line
    ("CRAWLERS USED: YES"). Or the first sentence of the section: it must speak of the
    field's topic; a negation gives "no", an affirmative statement "yes". Anything else
    is left unanswered rather than guessed.
    """
    topics = TOPICS.get(field_id)
    if not topics:
        return None
    for match in _SHORT_ANSWER.finditer(text):
        if any(t in match["label"].casefold() for t in topics):
            return match["answer"].lower()
    sentence = first_sentence(text)
    if _SHORT_ANSWER.search(text) or sentence.isupper() or _QUESTION.search(sentence):
        return None  # labelled answers of other fields, a heading in capitals, or a question
    if not sentence or not any(t in sentence.casefold() for t in topics):
        return None
    if _NEGATIVE.search(sentence):
        return "no"
    if _POSITIVE.search(sentence):
        return "yes"
    return None
