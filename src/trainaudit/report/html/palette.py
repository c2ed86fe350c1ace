"""The page's colours: severity badges, heat-map hues and their intensity levels."""

from __future__ import annotations

from collections.abc import Mapping

from trainaudit.rules.model import Severity

#: Colour of each severity's badge (the browser test looks for it in the screenshot).
BADGE_COLOURS: Mapping[Severity, str] = {
    Severity.ERROR: "#b42318",
    Severity.WARNING: "#b54708",
    Severity.NOTE: "#175cd3",
}

#: Field states in the order the per-document heat map lists them, with their labels and hues.
STATES: tuple[tuple[str, str, str], ...] = (
    ("answered", "answered", "#12805c"),
    ("empty", "empty", "#667085"),
    ("not_applicable", "not applicable", "#7a8aa0"),
    ("unknown", "unknown", "#c4320a"),
    ("missing", "missing", "#c01048"),
)

#: Hues of the heat maps' finding cells (lighter than the badges, which carry white text).
HEAT: Mapping[Severity, str] = {
    Severity.ERROR: "#d92d20",
    Severity.WARNING: "#f79009",
    Severity.NOTE: "#2e90fa",
}

#: Shares of the hue mixed into white for intensity levels 1 to 4 (level 0 is no colour).
LEVELS = (0.14, 0.28, 0.45, 0.62)


def mix(hue: str, share: float) -> str:
    """Return the colour ``share`` of ``hue`` mixed into white, as #rrggbb."""
    rgb = [int(hue[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in rgb)


def level(count: int) -> int:
    """Return the intensity level of a count: 0, 1, 2 (2-3), 3 (4-7), 4 (8 or more)."""
    if count <= 0:
        return 0
    if count == 1:
        return 1
    return 2 if count <= 3 else 3 if count <= 7 else 4
