"""The page's words: escaping, severity names, counts in words and short paths."""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import PurePath

from trainaudit.rules.model import Severity

#: What each severity is called on the page, one and many.
SEVERITY_LABEL: Mapping[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.NOTE: "note",
}
PLURAL: Mapping[Severity, str] = {
    Severity.ERROR: "errors",
    Severity.WARNING: "warnings",
    Severity.NOTE: "notes",
}


def esc(value: object) -> str:
    """Return any value as escaped HTML text, safe in text and in double-quoted attributes."""
    return html.escape(str(value), quote=True)


def count_text(n: int, one: str, many: str | None = None) -> str:
    """Return "1 thing" or "n things"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def short_path(path: str) -> tuple[str, str]:
    """Return a path's file name and its folder (empty when there is none)."""
    pure = PurePath(path)
    folder = str(pure.parent)
    return pure.name or path, "" if folder in {".", ""} else folder


def severity_text(n: int, severity: Severity) -> str:
    """Return "1 error" or "n errors" (likewise for the other severities)."""
    return count_text(n, SEVERITY_LABEL[severity], PLURAL[severity])
