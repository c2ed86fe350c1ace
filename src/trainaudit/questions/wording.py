"""How the questions word things: quotes folded to one line, lists, counts, domains, crawlers."""

from __future__ import annotations

from collections.abc import Sequence

#: Longest quote kept from the summary.
QUOTE_LIMIT = 200


def fold(text: str, limit: int = QUOTE_LIMIT) -> str:
    """Return text on one line, cut to ``limit`` characters."""
    folded = " ".join(text.split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"


def join(items: Sequence[str], last: str = "and") -> str:
    """Return "a", "a and b" or "a, b and c"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def counted(n: int, noun: str) -> str:
    """Return "a work" or "3 works"."""
    return f"a {noun}" if n == 1 else f"{n:,} {noun}s"


def ours(domains: Sequence[str]) -> str:
    """Return "our domain a.com" or "our domains a.com and b.org"."""
    return f"our domain{'s' if len(domains) > 1 else ''} {join(domains)}"


def theirs(crawlers: Sequence[str]) -> str:
    """Return "your crawler X", "your crawlers X and Y", or "your crawlers" when unnamed."""
    if not crawlers:
        return "your crawlers"
    return f"your crawler{'s' if len(crawlers) > 1 else ''} {join(crawlers)}"


def models_phrase(models: Sequence[str]) -> str:
    """Return how the questions name the models the summary covers."""
    if not models:
        return "the model this summary covers"
    if len(models) <= 3:
        return join(models)
    return f"{models[0]} and the {len(models) - 1} other models this summary covers"


def fold_around(text: str, needle: str, limit: int = QUOTE_LIMIT) -> str:
    """Return text on one line, cut to ``limit`` characters so that it still shows ``needle``."""
    folded = " ".join(text.split())
    at = folded.lower().find(" ".join(needle.split()).lower()) if needle else -1
    if len(folded) <= limit or at < 0 or at + len(needle) < limit - 1:
        return fold(folded, limit)
    start = max(0, at - limit // 3)
    window = folded[start : start + limit - 2]
    return "…" + window + ("…" if start + limit - 2 < len(folded) else "")
