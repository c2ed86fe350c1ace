"""Spawning's ai.txt: robots.txt syntax whose rules name files and file types.

Spawning's generator writes groups like robots.txt (``User-Agent: *`` then
``Disallow: *.mp3``, ``Disallow: /`` or ``Allow: *.txt``). The file is read
with the robots.txt parser (see ``trainaudit.optout.robots``: same keys,
comments, leniency and size limit); rules before any ``user-agent`` line
count for every crawler ("*"), since ai.txt addresses all of them.

Matching a URL, path or bare file name ("song.mp3"):

- a pattern starting with "/" is a robots.txt path pattern: "/" covers
  everything, "/music/" a folder, with "*" and a final "$" as in RFC 9309;
- any other pattern ("*.mp3", "*", "cover.jpg") is matched against the file
  name (the last path segment, query left out), as a whole and
  case-insensitively (".MP3" is an mp3); "*" matches every name, including
  the empty name of a folder or of the site root.

As in robots.txt the longest matching pattern decides and "allow" wins a tie,
so ``Disallow: /`` with ``Allow: *.txt`` leaves text files allowed.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainaudit.optout.paths import matches, normalise_path, normalise_pattern
from trainaudit.optout.robots import (
    PARSE_LIMIT,
    IgnoredLine,
    RobotsDecision,
    RobotsGroup,
    RobotsRecord,
    RobotsRule,
    decide,
    parse_lines,
)

__all__ = ["AiTxt", "AiTxtDecision", "parse_ai_txt"]

#: The decision object is the robots.txt one: allowed, groups obeyed, deciding line.
AiTxtDecision = RobotsDecision


def _file_name(path: str) -> str:
    """Return the last segment of a normalised path, without query."""
    return path.split("?", 1)[0].rsplit("/", 1)[-1]


def _ai_priority(rule: RobotsRule, path: str) -> int | None:
    """Return the rule's priority (pattern octets) if it matches the path or file name."""
    raw = rule.pattern.strip()
    if raw.startswith("/"):
        pattern = normalise_pattern(raw)
        return len(pattern) if matches(pattern, path) else None
    pattern = normalise_pattern(raw.lower())
    if not pattern:
        return None
    anchored = pattern if pattern.endswith("$") else pattern + "$"
    return len(pattern) if matches(anchored, _file_name(path).lower()) else None


@dataclass(frozen=True, slots=True, kw_only=True)
class AiTxt:
    """A parsed ai.txt: its groups of file rules, other records and ignored lines."""

    groups: tuple[RobotsGroup, ...] = ()
    other: tuple[RobotsRecord, ...] = ()
    ignored: tuple[IgnoredLine, ...] = ()
    truncated: bool = False

    def decision(self, user_agent: str, path_or_filename: str = "/") -> AiTxtDecision:
        """Decide whether the crawler may use the file (URL, path or file name)."""
        return decide(self.groups, user_agent, normalise_path(path_or_filename), _ai_priority)

    def allows(self, user_agent: str, path_or_filename: str = "/") -> bool:
        """Tell whether the crawler may use the file (URL, path or file name)."""
        return self.decision(user_agent, path_or_filename).allowed

    def blocks_entire_site(self, user_agent: str) -> bool:
        """Tell whether the crawler is disallowed the site root "/" (``Disallow: /`` or ``*``)."""
        return not self.allows(user_agent, "/")


def parse_ai_txt(text: str, *, limit: int = PARSE_LIMIT) -> AiTxt:
    """Parse an ai.txt; never fails (lines that are not records are listed as ignored)."""
    parsed = parse_lines(text, limit=limit, implicit_group=True)
    return AiTxt(
        groups=parsed.groups,
        other=parsed.other,
        ignored=parsed.ignored,
        truncated=parsed.truncated,
    )
