"""Crawler names from the 2.3 "crawler name(s)/identifier(s)" answer.

Conventions (template-fields.md, ``crawling.crawlers``: names as written):

- Names are kept as written, with case and any version suffix
  ("CCBot/2.0", "Brightbot 1.0"): the version is part of the user-agent
  token the provider chose to disclose. Dataset names given as crawlers
  ("Common Crawl") are kept too; telling them apart is a check's job.
- Items are separated by newlines, bullets, numbering, commas, semicolons,
  "|" and the words "and" / "&".
- From each item: URLs are removed, and so are trailing explanations in
  parentheses ("GPTBot (training)"), after a colon ("GPTBot: used to ...")
  or after a spaced dash ("GPTBot – used to ..."); surrounding quotes and
  punctuation go as well.
- An empty answer ("N/A", "-", "None"), a pointer ("See list of crawlers
  here", "information available at https://...") and a bare link give no
  names.
- Prose (an item of more than four words) is not a name, but user-agent
  tokens inside it are kept: a capitalised word ending in "bot", "crawler",
  "spider" or "agent", or a hyphenated token ending in "-Extended", "-User",
  "-Agent" or "-Bot" ("GPTBot is used to crawl ..." gives "GPTBot").
"""

from __future__ import annotations

import re

from trainaudit.normalize.text import fold_whitespace, is_empty_answer

__all__ = ["split_crawler_names"]

_URL = re.compile(r"(?i)\b(?:https?://|www\.)\S*")
_BULLET = re.compile(r"^\s*(?:[-–—*•◦▪▫●○·‣⁃■□➢➤►]+|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+", re.I)
_SPLIT = re.compile(r"\s*(?:[,;|\n]|\s(?:and|&)\s)\s*", re.IGNORECASE)
_TRAILING_NOTE = re.compile(r"\s*(?:\([^()]*\)?|\s[:–—-]\s.*|:\s.*)$")
_POINTER = re.compile(
    r"\b(?:see|refer|available|listed|described|information|details|documentation|"
    r"more\s+info|here|link|page|website)\b",
    re.IGNORECASE,
)
_AGENT_TOKEN = re.compile(
    r"(?<![\w-])(?:[A-Z][\w]*(?:[Bb]ot|Crawler|Spider|Agent)(?:/[\d.]+)?"
    r"|[A-Za-z][\w]*-(?:Extended|User|Agent|ExternalAgent|Bot|SearchBot|Crawler)(?:/[\d.]+)?)"
    r"(?![\w-])"
)
_MAX_NAME_WORDS = 4
_STRIP = " \t\"'“”‘’`.,;:!?*[]{}"


def _clean_item(item: str) -> str:
    """Strip bullets, URLs, trailing notes and quotes from one list item."""
    item = _BULLET.sub("", item)
    item = _URL.sub(" ", item)
    item = fold_whitespace(item)
    previous = None
    while previous != item:
        previous = item
        item = _TRAILING_NOTE.sub("", item).strip(_STRIP)
    return item


def _agent_tokens(prose: str) -> list[str]:
    """Pick user-agent-like tokens out of a prose sentence."""
    return [m.group(0) for m in _AGENT_TOKEN.finditer(_URL.sub(" ", prose))]


def _is_pointer(name: str) -> bool:
    """Tell a pointer ("see list of crawlers here") from a name."""
    return _POINTER.search(name) is not None


_CONNECTOR = re.compile(r"(?:,|\b(?:and|or|the|of|to|a|an|by|for|with|in|on|at|from|that))$", re.I)
_NEW_ITEM = re.compile(r"^\s*(?:[-–—*•◦▪▫●○·‣⁃■□➢➤►]|\(?\d{1,2}[.)]\s|\S+\s*:(?!//))")


def _continues(previous: str, line: str) -> bool:
    """Tell whether a line continues the previous one (wrapped prose or parenthesis)."""
    if previous.count("(") > previous.count(")"):
        return True
    if _NEW_ITEM.match(line) or _AGENT_TOKEN.match(line.strip()):
        return False
    tail = previous.rstrip()
    if _CONNECTOR.search(tail):
        return True
    last_item = _SPLIT.split(tail)[-1]
    return len(last_item.split()) > _MAX_NAME_WORDS and not tail.endswith((".", "!", "?", ":"))


def _lines(text: str) -> list[str]:
    """Split on newlines, rejoining prose and parentheses that wrap onto the next line."""
    lines: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if lines and _continues(lines[-1], line):
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    return lines


def _split_outside_parentheses(line: str) -> list[str]:
    """Split one line on separators that are not inside parentheses."""
    parts: list[str] = []
    depth, start = 0, 0
    for m in re.finditer(r"[()]|" + _SPLIT.pattern, line, flags=re.IGNORECASE):
        token = m.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(line[start : m.start()])
            start = m.end()
    parts.append(line[start:])
    return parts


def _names_in_line(line: str) -> list[str]:
    """Return the crawler names of one line: its items, or the agent tokens of its prose."""
    items = [_clean_item(part) for part in _split_outside_parentheses(line)]
    items = [i for i in items if i and not is_empty_answer(i)]
    if any(len(i.split()) > _MAX_NAME_WORDS for i in items):
        return _agent_tokens(line)
    names: list[str] = []
    for item in items:
        names.extend(_agent_tokens(item) if _is_pointer(item) else [item])
    return names


def split_crawler_names(text: str | None) -> list[str]:
    """Split a crawler-name answer into names as written; [] for N/A, a pointer or a bare link."""
    if text is None or is_empty_answer(text):
        return []
    names: dict[str, None] = {}
    for line in _lines(text):
        for name in _names_in_line(line):
            names.setdefault(name, None)
    return list(names)
