"""Labels reworded beyond fuzzy matching, recognised by the words that carry their meaning.

"Did you use crawlers?" and "Name and contact details of the provider" share few
characters with the template's wording but all of its key words. A line that looks like
a label (short, ending in ":" or "?") and holds every keyword group of a field is a
candidate for that field; the template order then decides between candidates.
"""

from __future__ import annotations

import re

#: Per field: groups of word stems; a label must contain one stem of every group.
#: A leading "?" group means the label must be a question. The six "which modalities"
#: follow-ups share one keyword: their place in the template tells them apart.
KEYWORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "document.version": (("version",), ("summary", "document")),
    "document.last_update": (("update", "updated", "revision"),),
    "provider.name": (("provider", "developer", "company"), ("name", "contact")),
    "provider.authorised_representative": (("representative",),),
    "model.names": (("model",), ("name", "version", "identif")),
    "model.dependencies": (("dependenc", "based on", "modif", "fine-tun", "derived"),),
    "model.placement_date": (("placement", "placed", "release", "market"), ("date", "when")),
    "data.latest_collection_date": (
        ("latest", "cut-off", "cutoff", "last", "end", "recent"),
        ("collect", "acquisition", "acquired", "gathered", "cut-off", "cutoff"),
    ),
    "data.languages": (("linguistic", "language"),),
    "data.other_characteristics": (("other",), ("characteristic",)),
    "public_datasets.used": (("?",), ("public", "open"), ("dataset", "data set")),
    "public_datasets.modalities": (("modalit",),),
    "licensed_data.modalities": (("modalit",),),
    "private_datasets.modalities": (("modalit",),),
    "public_datasets.large": (("large", "main", "major"), ("dataset", "data set")),
    "public_datasets.other_description": (
        ("other", "remaining", "smaller"),
        ("dataset", "data set"),
    ),
    "licensed_data.used": (("?",), ("licens",)),
    "private_datasets.used": (("?",), ("private", "non-public", "third part")),
    "private_datasets.listed": (("publicly known", "list"), ("private", "dataset")),
    "private_datasets.description": (("description", "describe"), ("private", "non-public")),
    "crawling.used": (("?",), ("crawl", "scrap")),
    "crawling.crawlers": (("crawler", "user agent", "user-agent", "bot"), ("name", "identif")),
    "crawling.purposes": (("purpose",),),
    "crawling.behaviour": (("behaviour", "behavior", "conduct"),),
    "crawling.period": (("period", "when", "timeframe", "time frame", "dates"),),
    "crawling.content_description": (("content", "source", "websites"), ("type", "descri")),
    "crawling.top_domains": (("domain",),),
    "crawling.modalities": (("modalit",),),
    "user_data.from_model_interactions": (
        ("?",),
        ("user",),
        ("interaction", "prompt", "input", "conversation"),
    ),
    "user_data.from_other_services": (("?",), ("user",), ("service", "product")),
    "user_data.description": (("descri", "services or products"), ("service", "product")),
    "user_data.modalities": (("modalit",),),
    "synthetic_data.modalities": (("modalit",),),
    "synthetic_data.used": (("?",), ("synthetic",)),
    "synthetic_data.generator_models": (("model",), ("generat", "produce", "create")),
    "synthetic_data.other_models": (("other", "own", "internal"), ("model",)),
    "other_sources.used": (("?",), ("other",), ("source",)),
    "other_sources.description": (("descri", "narrative"), ("source",)),
    "tdm.code_of_practice_signatory": (("signator", "signed", "sign up"),),
    "tdm.measures": (
        ("measure", "how", "describe"),
        ("reservation", "opt-out", "opt out", "tdm", "text and data mining", "rights"),
    ),
    "illegal_content.measures": (("measure", "how", "describe"), ("illegal", "unlawful")),
    "other_information": (("other",), ("information", "processing")),
}

_QUESTION_START = re.compile(r"^(did|do|does|have|has|were|was|are|is|will)\b|\?$", re.I)
MAX_LABEL_WORDS = 16
_SENTENCE_BREAK = re.compile(r"[.!;]\s+\S")


def looks_like_label(text: str) -> bool:
    """Return whether a line reads like a label: short and ending in ":" or "?"."""
    stripped = text.strip()
    words = stripped.split()
    return (
        1 <= len(words) <= MAX_LABEL_WORDS
        and stripped.endswith((":", "?"))
        and stripped[:1].isupper()  # a label starts a line; a wrapped label goes on lower
        and not _SENTENCE_BREAK.search(stripped)  # one label, not a sentence and a label
    )


def matches_keywords(field_id: str, text: str) -> bool:
    """Return whether a label-like text holds every keyword group of a field."""
    groups = KEYWORDS.get(field_id)
    if not groups:
        return False
    folded = " ".join(text.casefold().split())
    for group in groups:
        if group == ("?",):
            if not _QUESTION_START.search(folded.rstrip(":").strip()):
                return False
            continue
        if not any(stem in folded for stem in group):
            return False
    return True
