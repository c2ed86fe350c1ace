"""Mention detection: datasets, domains, crawlers, organisations, works, identifiers, dates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trainaudit.detect.mentions import (
    LocatedMention,
    Mention,
    detect_mentions,
    mentions_in_summary,
    mentions_of,
)
from trainaudit.detect.patterns import LABELS, Pattern, PatternError, PatternSet, load_patterns

if TYPE_CHECKING:
    from trainaudit.detect.pipeline import build_pipeline


def __getattr__(name: str) -> Any:
    """Import spaCy only when a pipeline is built (a cached re-check never needs it)."""
    if name == "build_pipeline":
        from trainaudit.detect.pipeline import build_pipeline

        return build_pipeline
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "LABELS",
    "LocatedMention",
    "Mention",
    "Pattern",
    "PatternError",
    "PatternSet",
    "build_pipeline",
    "detect_mentions",
    "load_patterns",
    "mentions_in_summary",
    "mentions_of",
]
