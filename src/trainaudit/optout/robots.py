"""robots.txt (RFC 9309): parse a file and decide whether a crawler may fetch a path.

Parsing never fails: lines that are not records are kept in ``ignored``
with the reason. What is read:

- Lines end with CR, LF or CRLF; a UTF-8 byte order mark is dropped; "#"
  starts a comment anywhere on a line.
- A record is ``key: value``. Keys are case-insensitive and surrounding
  whitespace is ignored. Like Google's parser, a missing colon is accepted
  when the line is exactly two words ("disallow /"), and the frequent
  misspellings "useragent", "user agent", "dissallow", "dissalow",
  "disalow", "diasllow", "disallaw" and "site-map" are read as the keys
  they mean.
- A group is one or more ``user-agent`` lines followed by ``allow`` /
  ``disallow`` rules; the next ``user-agent`` line after a rule starts a new
  group. Blank lines, comments, ``sitemap`` and unknown records (crawl-delay,
  content-signal, ...) do not end a group (RFC 9309 2.2.4). Rules before
  the first ``user-agent`` line belong to no group and are ignored.
- A rule's pattern may omit the leading "/" ("disallow: private/" reads as
  "/private/"); an empty ``disallow`` (or ``allow``) matches nothing.
- ``sitemap`` values are collected; other records are kept in ``other``.
- Only the first 500 KiB (``PARSE_LIMIT``, the minimum RFC 9309 2.5 lets a
  crawler read) are parsed; a line cut by the limit is dropped and
  ``truncated`` is set.
- A body that begins like an HTML page (an error page or a bot challenge
  served in place of the file) is parsed all the same but flagged ``html``.

Deciding (RFC 9309 2.2.1, 2.2.2): the crawler's product token (see
``trainaudit.optout.tokens``) selects every group naming it, merged; only
when none does, the groups of "*". Among their rules the longest matching
pattern (in octets, after normalisation, see ``trainaudit.optout.paths``)
decides and "allow" wins a tie; no matching rule, or no group at all, means
allowed. "/robots.txt" itself is always allowed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from trainaudit.optout.paths import matches, normalise_path, normalise_pattern
from trainaudit.optout.tokens import line_token, product_token

__all__ = [
    "PARSE_LIMIT",
    "IgnoredLine",
    "RobotsDecision",
    "RobotsGroup",
    "RobotsRecord",
    "RobotsRule",
    "RobotsTxt",
    "parse_robots",
]

#: Bytes of a robots.txt that are parsed (RFC 9309 2.5: at least 500 KiB).
PARSE_LIMIT: Final = 500 * 1024

_USER_AGENT, _ALLOW, _DISALLOW, _SITEMAP = "user-agent", "allow", "disallow", "sitemap"
_KEYS: Final = {
    "user-agent": _USER_AGENT,
    "useragent": _USER_AGENT,
    "user agent": _USER_AGENT,
    "allow": _ALLOW,
    "disallow": _DISALLOW,
    "dissallow": _DISALLOW,
    "dissalow": _DISALLOW,
    "disalow": _DISALLOW,
    "diasllow": _DISALLOW,
    "disallaw": _DISALLOW,
    "sitemap": _SITEMAP,
    "site-map": _SITEMAP,
}
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_RECORD_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]*")
_HTML = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_WILDCARD = "*"
_ROBOTS_PATH = "/robots.txt"


@dataclass(frozen=True, slots=True, kw_only=True)
class RobotsRule:
    """One ``allow`` or ``disallow`` line of a group."""

    allow: bool
    #: The pattern as written, without comment and surrounding whitespace.
    pattern: str
    line: int
    #: The whole line as written (without its line break).
    text: str

    @property
    def kind(self) -> str:
        """Return "allow" or "disallow"."""
        return _ALLOW if self.allow else _DISALLOW


@dataclass(frozen=True, slots=True, kw_only=True)
class RobotsGroup:
    """A group: its ``user-agent`` values as written, their lines, and its rules."""

    agents: tuple[str, ...]
    agent_lines: tuple[int, ...]
    rules: tuple[RobotsRule, ...] = ()

    @property
    def tokens(self) -> tuple[str, ...]:
        """Return the lower-cased product tokens of the group's user-agent values."""
        return tuple(line_token(agent) for agent in self.agents)


@dataclass(frozen=True, slots=True, kw_only=True)
class RobotsRecord:
    """A record other than a rule or user-agent: sitemap, crawl-delay, content-signal, ..."""

    #: The key lower-cased, as written otherwise ("crawl-delay").
    key: str
    value: str
    line: int
    #: Index in ``RobotsTxt.groups`` of the group the record sits in, if any.
    group: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class IgnoredLine:
    """A non-blank line that is not a usable record, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RobotsDecision:
    """Whether a crawler may fetch a path, and the line that decided it."""

    user_agent: str
    #: The product token the groups were chosen by.
    token: str
    #: The path as matched (normalised).
    path: str
    allowed: bool
    #: The user-agent values of the group(s) obeyed; () when no group applies.
    agents: tuple[str, ...] = ()
    agent_lines: tuple[int, ...] = ()
    #: True when the "*" group was obeyed because no group names the crawler.
    via_wildcard: bool = False
    #: The deciding rule; None when no rule matched (allowed by default).
    rule: RobotsRule | None = None

    @property
    def line(self) -> int | None:
        """Return the number of the deciding line, if a rule decided."""
        return self.rule.line if self.rule else None

    @property
    def text(self) -> str | None:
        """Return the deciding line as written, if a rule decided."""
        return self.rule.text if self.rule else None


#: Returns the priority of a rule that matches a path, None when it does not match.
Matcher = Callable[[RobotsRule, str], int | None]


def _robots_priority(rule: RobotsRule, path: str) -> int | None:
    """Return the rule's priority (pattern octets) if it matches the path, else None."""
    pattern = normalise_pattern(_rooted(rule.pattern))
    return len(pattern) if matches(pattern, path) else None


def _rooted(pattern: str) -> str:
    """Return a pattern with the leading "/" it should have ("private/" -> "/private/")."""
    pattern = pattern.strip()
    if pattern and not pattern.startswith(("/", "*")):
        return "/" + pattern
    return pattern


def select_groups(
    groups: tuple[RobotsGroup, ...], token: str
) -> tuple[tuple[RobotsGroup, ...], bool]:
    """Return the groups a product token obeys and whether they are the "*" groups."""
    specific = tuple(g for g in groups if token and token in g.tokens)
    if specific and token != _WILDCARD:
        return specific, False
    return tuple(g for g in groups if _WILDCARD in g.tokens), True


def decide(
    groups: tuple[RobotsGroup, ...], user_agent: str, path: str, priority: Matcher
) -> RobotsDecision:
    """Decide for a normalised path among the groups the crawler obeys (longest match wins)."""
    token = product_token(user_agent)
    chosen, via_wildcard = select_groups(groups, token)
    best: RobotsRule | None = None
    best_key = (-1, False)
    for group in chosen:
        for rule in group.rules:
            length = priority(rule, path)
            if length is not None and (length, rule.allow) > best_key:
                best, best_key = rule, (length, rule.allow)
    return RobotsDecision(
        user_agent=user_agent,
        token=token,
        path=path,
        allowed=best is None or best.allow,
        agents=tuple(agent for group in chosen for agent in group.agents),
        agent_lines=tuple(line for group in chosen for line in group.agent_lines),
        via_wildcard=via_wildcard and bool(chosen),
        rule=best,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class RobotsTxt:
    """A parsed robots.txt: its groups, sitemaps, other records and ignored lines."""

    groups: tuple[RobotsGroup, ...] = ()
    sitemaps: tuple[str, ...] = ()
    other: tuple[RobotsRecord, ...] = ()
    ignored: tuple[IgnoredLine, ...] = ()
    #: True when the file was longer than the parse limit and its end was ignored.
    truncated: bool = False
    #: True when the body is an HTML page (an error page or a bot challenge served in
    #: place of the file): its "rules" are noise, and the site's real file is unknown.
    html: bool = False

    def agents(self) -> tuple[str, ...]:
        """Return the product tokens the file has groups for, in order, without repeats."""
        return tuple(dict.fromkeys(t for g in self.groups for t in g.tokens if t))

    def names(self, user_agent: str) -> bool:
        """Tell whether a group names the crawler itself (not only through "*")."""
        token = product_token(user_agent)
        return bool(token) and token != _WILDCARD and token in self.agents()

    def decision(self, user_agent: str, path: str = "/") -> RobotsDecision:
        """Decide whether the crawler may fetch the path (or URL), with the deciding line."""
        target = normalise_path(path)
        if target == _ROBOTS_PATH:
            token = product_token(user_agent)
            return RobotsDecision(user_agent=user_agent, token=token, path=target, allowed=True)
        return decide(self.groups, user_agent, target, _robots_priority)

    def allows(self, user_agent: str, path: str = "/") -> bool:
        """Tell whether the crawler may fetch the path (or URL)."""
        return self.decision(user_agent, path).allowed

    def blocks_entire_site(self, user_agent: str) -> bool:
        """Tell whether the crawler is disallowed the site root "/"."""
        return not self.allows(user_agent, "/")


@dataclass(slots=True)
class _Builder:
    """Collects groups and records line by line."""

    implicit_group: bool = False
    groups: list[RobotsGroup] = field(default_factory=list)
    agents: list[tuple[str, int]] = field(default_factory=list)
    rules: list[RobotsRule] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    other: list[RobotsRecord] = field(default_factory=list)
    ignored: list[IgnoredLine] = field(default_factory=list)

    def close_group(self) -> None:
        """Store the group being read, if any."""
        if self.agents:
            self.groups.append(
                RobotsGroup(
                    agents=tuple(a for a, _ in self.agents),
                    agent_lines=tuple(n for _, n in self.agents),
                    rules=tuple(self.rules),
                )
            )
        self.agents, self.rules = [], []

    def user_agent(self, value: str, number: int, text: str) -> None:
        """Add a user-agent line: to the group being started, or starting a new one."""
        if not value:
            self.ignored.append(IgnoredLine(line=number, text=text, reason="empty user-agent"))
            return
        if self.rules:
            self.close_group()
        self.agents.append((value, number))

    def rule(self, allow: bool, value: str, number: int, text: str) -> None:
        """Add an allow or disallow line to the current group."""
        if not self.agents and self.implicit_group:
            self.agents.append((_WILDCARD, 0))
        if not self.agents:
            reason = "rule before any user-agent line"
            self.ignored.append(IgnoredLine(line=number, text=text, reason=reason))
            return
        self.rules.append(RobotsRule(allow=allow, pattern=value, line=number, text=text))

    def record(self, key: str, value: str, number: int, text: str) -> None:
        """Add a record that is not part of a group's rules."""
        if not _RECORD_KEY.fullmatch(key):
            self.ignored.append(IgnoredLine(line=number, text=text, reason="not a record"))
            return
        current = len(self.groups) if self.agents else None
        self.other.append(RobotsRecord(key=key.lower(), value=value, line=number, group=current))

    def feed(self, number: int, text: str) -> None:
        """Read one line."""
        content = text.split("#", 1)[0].strip()
        if not content:
            return
        pair = _key_value(content)
        if pair is None:
            self.ignored.append(IgnoredLine(line=number, text=text, reason="not a record"))
            return
        key, value = pair
        kind = _KEYS.get(" ".join(key.lower().split()))
        if kind == _USER_AGENT:
            self.user_agent(value, number, text)
        elif kind in (_ALLOW, _DISALLOW):
            self.rule(kind == _ALLOW, value, number, text)
        elif kind == _SITEMAP:
            if value:
                self.sitemaps.append(value)
        else:
            self.record(key, value, number, text)

    def build(self, truncated: bool, html: bool) -> RobotsTxt:
        """Return the parsed file."""
        self.close_group()
        return RobotsTxt(
            groups=tuple(self.groups),
            sitemaps=tuple(self.sitemaps),
            other=tuple(self.other),
            ignored=tuple(self.ignored),
            truncated=truncated,
            html=html,
        )


def _key_value(content: str) -> tuple[str, str] | None:
    """Split a line's content into key and value; None when it is not a record."""
    if ":" in content:
        key, _, value = content.partition(":")
    else:
        words = content.split()
        if len(words) != 2:
            return None
        key, value = words
    key = key.strip()
    return (key, value.strip()) if key else None


def _truncate(text: str, limit: int) -> tuple[str, bool]:
    """Return the text cut to ``limit`` UTF-8 bytes at a line break, and whether it was cut."""
    if len(text) * 4 <= limit:
        return text, False
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return text, False
    cut = data[:limit]
    end = max(cut.rfind(b"\n"), cut.rfind(b"\r"))
    if end >= 0:
        cut = cut[: end + 1]
    return cut.decode("utf-8", "ignore"), True


def parse_lines(text: str, *, limit: int = PARSE_LIMIT, implicit_group: bool = False) -> RobotsTxt:
    """Parse robots.txt-style text; ``implicit_group`` puts rules before any user-agent in "*"."""
    text, truncated = _truncate(text.removeprefix("\ufeff"), limit)
    builder = _Builder(implicit_group=implicit_group)
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        builder.feed(number, line)
    return builder.build(truncated, _HTML.match(text) is not None)


def parse_robots(text: str, *, limit: int = PARSE_LIMIT) -> RobotsTxt:
    """Parse a robots.txt; never fails (lines that are not records are listed as ignored)."""
    return parse_lines(text, limit=limit)
