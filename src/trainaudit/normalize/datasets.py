"""Dataset entries ({name, url}) and generic list items from free-text list answers.

Conventions (template-fields.md, value type ``list``):

- One entry per bullet, numbered item or line. URLs that a PDF wrapped
  across lines are rejoined first (``rejoin_wrapped_urls``); a bulleted line
  that does not start with a bullet continues the item above it, and wrapped
  prose lines are joined into their paragraph.
- Entry forms: "Name (https://...)", "Name: https://...", "Name –
  https://...", "Name https://..." and a bare URL. The URL is the first one
  written, without trailing punctuation. A bare Hugging Face URL is named by
  its path, "owner/repo" (``huggingface.co/datasets/HuggingFaceFW/fineweb-edu``
  and ``hf.co/datasets/...`` give "HuggingFaceFW/fineweb-edu"); any other
  bare URL is named by the URL as written.
- Trailing version and date notes are dropped from names: "(v1.0.0)",
  "(version 2)", "(September 2024)", "(2024)". Other notes stay
  ("Common Crawl (CC-MAIN-2024-10)" names a snapshot).
- ``links`` are (anchor text, URL) pairs from PDF link annotations or HTML
  ``<a>`` elements. They supply the URL of an entry written as a name only:
  the anchor must equal the name, ignoring case, spacing and notes, or match
  it fuzzily (rapidfuzz ratio >= 90).
- Not entries: empty answers ("N/A"), category headers (a line without a URL
  ending in ":" such as "English datasets:", or a plural "... datasets" /
  "... corpora" line), and prose (more than 12 words, or at least 5 words
  ending with a full stop, e.g. an intro paragraph). A dataset named only
  inside a prose sentence ("includes text from Common Crawl.") is left to
  mention detection.
- ``split_list_items`` splits a generic list (model names) on lines,
  bullets, semicolons and commas outside parentheses, drops the URLs that
  follow a name ("Apertus-8B, https://..." gives "Apertus-8B") and keeps
  the names as written. "and" splits only when asked (``split_and=True``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from trainaudit.normalize.text import (
    URL_PATTERN,
    fold_whitespace,
    is_empty_answer,
    rejoin_wrapped_urls,
)

__all__ = ["DatasetEntry", "hf_repo_name", "parse_dataset_entries", "split_list_items"]


@dataclass(frozen=True, slots=True)
class DatasetEntry:
    """One listed dataset: its name as written and its access link, if any."""

    name: str
    url: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """Return the JSON form {"name": ..., "url": ...}."""
        return {"name": self.name, "url": self.url}


_BULLET = re.compile(r"^\s*(?:[-–—*•◦▪▫●○·‣⁃■□➢➤►✓✔]+|\(?\d{1,3}[.)]|\(?[a-z][)]|\[\d+\])\s+", re.I)
_URL_TRAIL = ".,;:!?'\")]}>"
_NOTE = re.compile(
    r"\s*[(\[]\s*(?:v(?:ersion)?\s*\.?\s*\d[\w.\-]*|(?:[a-zéû]+\.?\s+)?(?:19|20)\d{2}"
    r"(?:\s*[-–/]\s*(?:[a-zéû]+\.?\s+)?(?:19|20)?\d{2,4})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
    r"\s*[)\]]\s*$",
    re.IGNORECASE,
)
_HEADER = re.compile(r"^(?:[\w&/,+\-]+\s){0,4}(?:datasets|data\s+sets|corpora)$", re.IGNORECASE)
_NAME_SEP = " \t:–—-|,(["
_CONNECTOR = re.compile(r"(?:,|\b(?:and|or|the|of|to|a|an|by|for|with|in|on|at|from))$", re.I)
_MAX_NAME_WORDS = 12
_SENTENCE_WORDS = 5
_HF_HOSTS = frozenset({"huggingface.co", "www.huggingface.co", "hf.co"})
_HF_KINDS = frozenset({"datasets", "spaces"})


def hf_repo_name(url: str) -> str | None:
    """Return "owner/repo" for a Hugging Face dataset, space or model URL, else None."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.hostname not in _HF_HOSTS:
        return None
    path = [p for p in parts.path.split("/") if p]
    if path and path[0] in _HF_KINDS:
        path = path[1:]
    if len(path) < 2 or path[0] in {"collections", "docs", "blog", "papers", "models"}:
        return None
    return f"{path[0]}/{path[1]}"


def _clean_url(url: str) -> str:
    """Strip the punctuation that follows a URL in prose."""
    url = url.rstrip(_URL_TRAIL)
    return url[:-1] if url.endswith("(") else url


def _clean_name(name: str) -> str:
    """Drop separators, version and date notes and quotes round a dataset name."""
    name = fold_whitespace(name).strip(_NAME_SEP + " \"'“”‘’`*")
    previous = None
    while previous != name:
        previous = name
        name = _NOTE.sub("", name).strip(_NAME_SEP + " \"'“”‘’`*")
    return name


def _is_prose(text: str) -> bool:
    """Tell an intro or description sentence from a name."""
    words = len(text.split())
    return words > _MAX_NAME_WORDS or (words >= _SENTENCE_WORDS and text.endswith("."))


def _is_header(text: str) -> bool:
    """Tell a category header ("English datasets:") from a name."""
    return text.endswith(":") or _HEADER.match(text.rstrip(" :")) is not None


def _continues(previous: str, line: str) -> bool:
    """Tell whether an unbulleted line continues the prose of the line above."""
    tail = previous.rstrip()
    if URL_PATTERN.match(line.strip()) and not URL_PATTERN.search(previous):
        # "Name –" on one line and its URL on the next: one entry.
        return tail.endswith(("–", "—", " -", "|"))
    if URL_PATTERN.search(previous) or URL_PATTERN.match(line.strip()):
        return False
    if tail.endswith((".", ":", "!", "?")):
        return False
    words = len(tail.split())
    starts_lower = line.strip()[:1].islower()
    return _CONNECTOR.search(tail) is not None or words >= 6 or (starts_lower and words >= 3)


def _items(text: str) -> list[str]:
    """Group lines into items: by bullets where there are bullets, else by line and paragraph."""
    lines = [ln for ln in rejoin_wrapped_urls(text).splitlines() if ln.strip()]
    bulleted = any(_BULLET.match(ln) for ln in lines)
    items: list[str] = []
    in_bullets = False
    for line in lines:
        if _BULLET.match(line):
            items.append(_BULLET.sub("", line))
            in_bullets = True
        elif items and ((in_bullets and bulleted) or _continues(items[-1], line)):
            items[-1] += " " + line.strip()
        else:
            items.append(line)
    return [fold_whitespace(part) for item in items for part in _split_linked(item)]


def _split_linked(item: str) -> list[str]:
    """Split "A (url); B (url)": several linked entries written on one line."""
    if len(URL_PATTERN.findall(item)) < 2:
        return [item]
    parts = [p for p in re.split(r";\s+|\s+\|\s+", item) if p.strip()]
    return parts if all(URL_PATTERN.search(p) for p in parts) else [item]


def _link_for(name: str, links: Sequence[tuple[str, str]]) -> str | None:
    """Find the link whose anchor text is this name: exact, then case-blind, then fuzzy."""
    clean = _clean_name(name)
    anchors = [
        (anchor, url) for anchor, url in ((_clean_name(a), u) for a, u in links) if anchor and url
    ]
    for anchor, url in anchors:
        if anchor == clean:
            return url
    for anchor, url in anchors:
        if anchor.casefold() == clean.casefold():
            return url
    scored = [(fuzz.ratio(a.casefold(), clean.casefold()), url) for a, url in anchors]
    best = max(scored, key=lambda s: s[0], default=None)
    return best[1] if best is not None and best[0] >= 90 else None


def _entry(item: str, links: Sequence[tuple[str, str]]) -> DatasetEntry | None:
    """Read one item as a dataset entry, or None for headers, prose and empty items."""
    if is_empty_answer(item):
        return None
    m = URL_PATTERN.search(item)
    if m is None:
        if _is_header(item) or _is_prose(item):
            return None
        name = _clean_name(item)
        return DatasetEntry(name, _link_for(item, links)) if name else None
    url = _clean_url(m.group(0))
    before = item[: m.start()]
    if _is_prose(before.strip()):
        return None
    name = _clean_name(before)
    if not name:
        name = hf_repo_name(url) or url
    return DatasetEntry(name, url)


def parse_dataset_entries(
    text: str | None, links: Sequence[tuple[str, str]] = ()
) -> list[DatasetEntry]:
    """Parse a list of datasets into {name, url} entries, one per line, bullet or number."""
    if text is None or is_empty_answer(text):
        return []
    entries: list[DatasetEntry] = []
    for item in _items(text):
        entry = _entry(item, links)
        if entry is not None and entry not in entries:
            entries.append(entry)
    return entries


def _split_outside_parentheses(line: str, separators: re.Pattern[str]) -> list[str]:
    """Split a line on separators that are not inside parentheses or brackets."""
    parts: list[str] = []
    depth, start = 0, 0
    for m in re.finditer(r"[()\[\]]|" + separators.pattern, line, flags=separators.flags):
        token = m.group(0)
        if token in "([":
            depth += 1
        elif token in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(line[start : m.start()])
            start = m.end()
    parts.append(line[start:])
    return parts


_LIST_SEP = re.compile(r"\s*[,;]\s+|\s*;\s*")
_LIST_SEP_AND = re.compile(r"\s*[,;]\s+|\s*;\s*|\s+(?:and|&)\s+", re.IGNORECASE)
_ITEM_STRIP = " \t\"'“”‘’`*:–—-|,."


def split_list_items(text: str | None, *, split_and: bool = False) -> list[str]:
    """Split a generic list answer into items as written, dropping URLs that follow names."""
    if text is None or is_empty_answer(text):
        return []
    separators = _LIST_SEP_AND if split_and else _LIST_SEP
    items: list[str] = []
    for line in rejoin_wrapped_urls(text).splitlines():
        for part in _split_outside_parentheses(_BULLET.sub("", line), separators):
            item = fold_whitespace(URL_PATTERN.sub(" ", part))
            item = re.sub(r"\(\s*\)", "", item).strip(_ITEM_STRIP)
            if split_and:
                item = re.sub(r"^(?:and|or|&)\s+", "", item, flags=re.IGNORECASE)  # ", and X"
            if item and not is_empty_answer(item) and item not in items:
                items.append(item)
    return items
