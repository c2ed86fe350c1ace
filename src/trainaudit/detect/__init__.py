"""Mention detection: datasets, domains, crawlers, organisations, works, identifiers, dates."""

from __future__ import annotations

from trainaudit.detect.mentions import (
    LocatedMention,
    Mention,
    detect_mentions,
    mentions_in_summary,
    mentions_of,
)
from trainaudit.detect.patterns import LABELS, Pattern, PatternError, PatternSet, load_patterns
from trainaudit.detect.pipeline import build_pipeline

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
