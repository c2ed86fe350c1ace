"""Which crawler user-agent tokens belong to which operator, and what they crawl for.

Two sources:

- ``builtin_registry()``: the project's own list of well-known AI crawlers,
  ``rules/crawlers/registry.yaml`` (token, operator, purpose,
  respects_robots, url, note);
- ``load_registry(path)``: a registry file the caller supplies, either in
  the same YAML shape or in the ai.robots.txt project's ``robots.json``
  shape (an object from token to operator / respect / function /
  description, with Markdown links). From the latter, the operator and the
  URL come out of the links, ``respect`` "Yes"/"No" becomes true/false
  (anything else unknown), and the purpose is read from the function and
  description text (``purpose_from_text``).

``lookup`` finds a crawler by its name as written anywhere ("CCBot/2.0",
"ccbot", "Brightbot 1.0", a full user-agent string): first the whole name,
then the name without a version, then its product token, all
case-insensitively. The first registry entry for a key wins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import yaml

from trainaudit.optout.errors import OptoutParseError
from trainaudit.optout.tokens import product_token
from trainaudit.resources import data_dir

__all__ = [
    "CrawlerInfo",
    "CrawlerRegistry",
    "Purpose",
    "builtin_registry",
    "load_registry",
    "purpose_from_text",
]


class Purpose(StrEnum):
    """What a crawler fetches pages for."""

    TRAINING = "training"
    SEARCH = "search"
    USER_TRIGGERED = "user-triggered"
    OTHER = "other"


@dataclass(frozen=True, slots=True, kw_only=True)
class CrawlerInfo:
    """One crawler: its user-agent token, operator, purpose and robots.txt behaviour."""

    token: str
    operator: str
    purpose: Purpose
    #: True / False as documented; None when unknown or unclear.
    respects_robots: bool | None = None
    #: Where the operator (or the registry) documents the crawler.
    url: str | None = None
    note: str = ""


def _keys(name: str) -> tuple[str, ...]:
    """Return the lookup keys of a name: whole, without version, product token."""
    whole = " ".join(name.split()).casefold()
    unversioned = _VERSION.sub("", whole)
    return tuple(k for k in dict.fromkeys((whole, unversioned, product_token(name))) if k)


_VERSION = re.compile(r"(?:/|\s+v?)\d[\w.]*(?:\s.*)?$")


@dataclass(frozen=True, slots=True, kw_only=True)
class CrawlerRegistry:
    """Crawlers by token, with lookups by name as written and by operator."""

    crawlers: tuple[CrawlerInfo, ...] = ()
    #: Where the registry came from ("builtin" or a file path).
    source: str = ""
    _index: Mapping[str, CrawlerInfo] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        index: dict[str, CrawlerInfo] = {}
        for info in self.crawlers:
            for key in _keys(info.token):
                index.setdefault(key, info)
        object.__setattr__(self, "_index", index)

    def __len__(self) -> int:
        """Return the number of crawlers."""
        return len(self.crawlers)

    def lookup(self, name: str) -> CrawlerInfo | None:
        """Return the crawler a name stands for ("CCBot/2.0" -> CCBot), or None."""
        for key in _keys(name):
            info = self._index.get(key)
            if info is not None:
                return info
        return None

    def operators(self) -> tuple[str, ...]:
        """Return the operators named, in order, without repeats."""
        return tuple(dict.fromkeys(c.operator for c in self.crawlers if c.operator))

    def operator_tokens(self, operator: str) -> tuple[str, ...]:
        """Return the tokens of an operator (whole words, case-insensitive: "openai")."""
        if not operator.strip():
            return ()
        wanted = re.compile(rf"(?<!\w){re.escape(operator.strip())}(?!\w)", re.IGNORECASE)
        return tuple(c.token for c in self.crawlers if wanted.search(c.operator))

    def tokens(self, purpose: Purpose | None = None) -> tuple[str, ...]:
        """Return every token, or those of one purpose."""
        return tuple(c.token for c in self.crawlers if purpose is None or c.purpose == purpose)

    def merged(self, other: CrawlerRegistry) -> CrawlerRegistry:
        """Return this registry followed by the crawlers of ``other`` it does not know."""
        extra = tuple(c for c in other.crawlers if self.lookup(c.token) is None)
        source = " + ".join(s for s in (self.source, other.source) if s)
        return CrawlerRegistry(crawlers=self.crawlers + extra, source=source)


# --- the project's YAML shape ----------------------------------------------------------

_FIELDS: Final = {"token", "operator", "purpose", "respects_robots", "url", "note"}


def _yaml_crawler(index: int, item: object, problems: list[str]) -> CrawlerInfo | None:
    """Read one crawler of the YAML shape, adding problems."""
    where = f"crawlers[{index}]"
    if not isinstance(item, dict):
        problems.append(f"{where}: expected a mapping")
        return None
    before = len(problems)
    problems.extend(f"{where}: unknown field {k!r}" for k in sorted(set(item) - _FIELDS))
    problems.extend(
        f"{where}: {key!r} must be a non-empty string"
        for key in ("token", "operator")
        if not isinstance(item.get(key), str) or not item[key].strip()
    )
    purpose = item.get("purpose")
    if purpose not in set(Purpose):
        choices = ", ".join(Purpose)
        problems.append(f"{where}: purpose {purpose!r} is not one of {choices}")
    respects = item.get("respects_robots")
    if respects is not None and not isinstance(respects, bool):
        problems.append(f"{where}: respects_robots must be true, false or null")
    problems.extend(
        f"{where}: {key!r} must be a string"
        for key in ("url", "note")
        if item.get(key) is not None and not isinstance(item[key], str)
    )
    if len(problems) > before or not isinstance(purpose, str):
        return None
    return CrawlerInfo(
        token=item["token"].strip(),
        operator=item["operator"].strip(),
        purpose=Purpose(purpose),
        respects_robots=respects,
        url=item.get("url"),
        note=item.get("note") or "",
    )


def _from_yaml_shape(data: Mapping[str, Any], source: str) -> CrawlerRegistry:
    """Build a registry from the project's shape: ``crawlers:`` a list of mappings."""
    items = data.get("crawlers")
    if not isinstance(items, list):
        raise OptoutParseError(source, "'crawlers' must be a list")
    problems: list[str] = []
    crawlers = [_yaml_crawler(i, item, problems) for i, item in enumerate(items)]
    if problems:
        raise OptoutParseError(source, problems)
    return CrawlerRegistry(crawlers=tuple(c for c in crawlers if c), source=source)


# --- the ai.robots.txt shape ------------------------------------------------------------

_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
_UNCLEAR = re.compile(r"^\s*(?:unclear|unknown|no information)", re.IGNORECASE)
_CATEGORIES: Final = {
    "ai assistants": Purpose.USER_TRIGGERED,
    "ai agents": Purpose.USER_TRIGGERED,
    "ai coding agents": Purpose.USER_TRIGGERED,
    "undocumented ai agents": Purpose.USER_TRIGGERED,
    "ai search crawlers": Purpose.SEARCH,
    "ai data scrapers": Purpose.TRAINING,
    "ai data providers": Purpose.TRAINING,
}
_TRAINING = re.compile(
    r"train|scrap|dataset|\bllms?\b|\bmodels?\b|machine learning|ai development",
    re.IGNORECASE,
)
_SEARCH = re.compile(r"\bsearch", re.IGNORECASE)
_USER_TRIGGERED = re.compile(
    r"assistant|\bagents?\b|prompt|user[- ]initiated|on behalf|users? (?:request|quer|ask)",
    re.IGNORECASE,
)


def purpose_from_text(function: str, description: str = "") -> Purpose:
    """Guess a crawler's purpose from a registry's free-text function and description.

    An ai.robots.txt category ("AI Assistants", "AI Data Scrapers", ...) is
    mapped as such; other text is searched for words of training, then of
    search, then of fetching for a user; the description is the last resort.
    """
    category = _CATEGORIES.get(function.strip().rstrip(".").lower())
    if category is not None:
        return category
    for pattern, purpose in (
        (_TRAINING, Purpose.TRAINING),
        (_SEARCH, Purpose.SEARCH),
        (_USER_TRIGGERED, Purpose.USER_TRIGGERED),
    ):
        if pattern.search(function):
            return purpose
    if re.search(r"\btrain", description, re.IGNORECASE):
        return Purpose.TRAINING
    return Purpose.SEARCH if _SEARCH.search(description) else Purpose.OTHER


def _plain(text: str) -> str:
    """Return Markdown text with its links reduced to their labels."""
    return _LINK.sub(r"\1", text).strip()


def _respects(text: str) -> bool | None:
    """Read a registry's "respect" answer: Yes, No, or unknown."""
    answer = _plain(text).lower()
    if answer.startswith("yes"):
        return True
    if answer.startswith("no") and not answer.startswith("no information"):
        return False
    return None


def _text(value: object) -> str:
    """Return a value if it is a string, else ""."""
    return value if isinstance(value, str) else ""


def _ai_robots_crawler(token: str, item: Mapping[str, Any]) -> CrawlerInfo:
    """Read one entry of ai.robots.txt's robots.json."""
    texts = {k: _text(item.get(k)) for k in _AI_ROBOTS_FIELDS}
    operator = _plain(texts["operator"])
    links = [m.group(2) for k in ("operator", "respect") for m in _LINK.finditer(texts[k])]
    return CrawlerInfo(
        token=token.strip(),
        operator="" if _UNCLEAR.match(operator) else operator,
        purpose=purpose_from_text(texts["function"], texts["description"]),
        respects_robots=_respects(texts["respect"]),
        url=links[0] if links else None,
        note=_plain(texts["description"]),
    )


_AI_ROBOTS_FIELDS: Final = ("operator", "respect", "function", "description")


def _from_ai_robots_shape(data: Mapping[str, Any], source: str) -> CrawlerRegistry:
    """Build a registry from ai.robots.txt's robots.json: token -> fields."""
    bad = [k for k, v in data.items() if not isinstance(v, dict)]
    if bad:
        raise OptoutParseError(source, [f"{k!r}: expected an object of fields" for k in bad])
    crawlers = tuple(_ai_robots_crawler(k, v) for k, v in data.items())
    return CrawlerRegistry(crawlers=crawlers, source=source)


# --- loading ------------------------------------------------------------------------------


def _read(path: Path) -> Any:
    """Read a JSON or YAML file, raising OptoutParseError when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OptoutParseError(str(path), f"cannot read the crawler registry: {exc}") from exc
    try:
        if path.suffix.lower() == ".json":
            return json.loads(text)
        return yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise OptoutParseError(str(path), f"not valid JSON or YAML: {exc}") from exc


def load_registry(path: Path | str) -> CrawlerRegistry:
    """Load a crawler registry: the project's YAML shape or ai.robots.txt's robots.json."""
    path = Path(path)
    data = _read(path)
    if not isinstance(data, dict):
        raise OptoutParseError(str(path), "expected a mapping at the top level")
    if "crawlers" in data:
        return _from_yaml_shape(data, str(path))
    return _from_ai_robots_shape(data, str(path))


@lru_cache(maxsize=1)
def builtin_registry() -> CrawlerRegistry:
    """Return the bundled registry of well-known AI crawlers (rules/crawlers/registry.yaml)."""
    registry = load_registry(data_dir("rules") / "crawlers" / "registry.yaml")
    return CrawlerRegistry(crawlers=registry.crawlers, source="builtin")
