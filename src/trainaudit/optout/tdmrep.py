"""TDMRep (W3C TDM Reservation Protocol): tdmrep.json, HTML meta tags and HTTP headers.

- ``/.well-known/tdmrep.json`` is a JSON array of rules, each with a
  ``location`` (a path pattern: prefix match, "*" and a final "$", as in
  robots.txt, case-sensitive), ``tdm-reservation`` (1 reserved, 0 not) and
  an optional ``tdm-policy`` URL. The *first* rule whose location matches
  decides (the spec: "the most specific match is the first in sequence");
  none matching means the reservation is unset. A location written as a
  full URL is read as its path.
- ``<meta name="tdm-reservation" content="1">`` and ``tdm-policy`` in HTML
  (also the EPUB 2 names ``tdm:reservation`` / ``tdm:policy``).
- The ``tdm-reservation`` and ``tdm-policy`` HTTP response headers.

Values: 1 and 0 (numbers or strings) are read; any other value is, as the
spec says, a protocol error that leaves the reservation unset (``None``),
and is reported in ``problems``. A tdmrep.json that is not a JSON array of
objects each with ``location`` and ``tdm-reservation`` raises
``OptoutParseError`` listing every problem.

Precedence (spec, "Processing priority"): a header overrides the file, and
HTML metadata overrides both; an absent value never resets an earlier one
(``combine_tdm``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from html.parser import HTMLParser
from typing import Any, Final

from trainaudit.optout.errors import OptoutParseError
from trainaudit.optout.paths import matches, normalise_path, normalise_pattern, target_path

__all__ = [
    "TdmDecision",
    "TdmRep",
    "TdmRule",
    "TdmSource",
    "combine_tdm",
    "parse_tdmrep_json",
    "tdm_from_headers",
    "tdm_from_html",
]

_RESERVATION: Final = "tdm-reservation"
_POLICY: Final = "tdm-policy"
_META_NAMES: Final = {
    "tdm-reservation": _RESERVATION,
    "tdm:reservation": _RESERVATION,
    "tdm-policy": _POLICY,
    "tdm:policy": _POLICY,
}
_SOURCE: Final = "tdmrep.json"


class TdmSource(StrEnum):
    """Where a TDMRep value was read."""

    FILE = "tdmrep.json"
    HEADER = "http-header"
    META = "html-meta"


@dataclass(frozen=True, slots=True, kw_only=True)
class TdmRule:
    """One rule of a tdmrep.json, with its 0-based index in the array."""

    index: int
    location: str
    #: True reserved (1), False not reserved (0), None an invalid value (unset).
    reservation: bool | None
    policy: str | None = None
    #: Non-fatal problems of the rule (an invalid value read as unset).
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class TdmDecision:
    """Whether TDM rights are reserved for a resource, the policy, and what said so."""

    #: True reserved, False expressly not reserved, None unset.
    reserved: bool | None
    policy: str | None = None
    source: TdmSource = TdmSource.FILE
    #: For tdmrep.json: the deciding rule's index and location.
    rule_index: int | None = None
    location: str | None = None
    problems: tuple[str, ...] = ()


def _reservation(value: object, where: str) -> tuple[bool | None, str | None]:
    """Read a tdm-reservation value: 1/0 as number or string; anything else is unset."""
    if not isinstance(value, bool) and isinstance(value, int | float | str):
        text = str(value).strip()
        if text in {"1", "1.0"}:
            return True, None
        if text in {"0", "0.0"}:
            return False, None
    problem = f"{where}: tdm-reservation {value!r} is not 0 or 1, so the reservation is unset"
    return None, problem


@dataclass(frozen=True, slots=True, kw_only=True)
class TdmRep:
    """A parsed tdmrep.json: its rules in order and the non-fatal problems found."""

    rules: tuple[TdmRule, ...] = ()

    @property
    def problems(self) -> tuple[str, ...]:
        """Return the non-fatal problems of every rule."""
        return tuple(p for rule in self.rules for p in rule.problems)

    def rule_for(self, path: str) -> TdmRule | None:
        """Return the first rule whose location matches the path (or URL), if any."""
        target = normalise_path(path)
        for rule in self.rules:
            if matches(normalise_pattern(_location_pattern(rule.location)), target):
                return rule
        return None

    def reserved(self, path: str = "/") -> TdmDecision:
        """Decide whether TDM rights are reserved for the path (or URL): first match wins."""
        rule = self.rule_for(path)
        if rule is None:
            return TdmDecision(reserved=None)
        return TdmDecision(
            reserved=rule.reservation,
            policy=rule.policy,
            rule_index=rule.index,
            location=rule.location,
            problems=rule.problems,
        )


def _location_pattern(location: str) -> str:
    """Return a location as a path pattern (a URL's path; a leading "/" added)."""
    location = location.strip()
    if "://" in location:
        return target_path(location)
    return location if location.startswith(("/", "*")) else "/" + location


def _rule(index: int, item: object, problems: list[str]) -> TdmRule | None:
    """Read one rule of the array; a fatal problem is added to ``problems``."""
    where = f"rule {index}"
    if not isinstance(item, dict):
        problems.append(f"{where}: expected an object, found {_json_type(item)}")
        return None
    location, value = item.get("location"), item.get(_RESERVATION)
    if not isinstance(location, str) or not location.strip():
        problems.append(f"{where}: 'location' is missing or not a non-empty string")
    if _RESERVATION not in item:
        problems.append(f"{where}: 'tdm-reservation' is missing")
    if not isinstance(location, str) or _RESERVATION not in item:
        return None
    reservation, note = _reservation(value, where)
    notes = [note] if note else []
    policy = item.get(_POLICY)
    if policy is not None and not isinstance(policy, str):
        notes.append(f"{where}: tdm-policy {policy!r} is not a URL string and is ignored")
        policy = None
    return TdmRule(
        index=index,
        location=location,
        reservation=reservation,
        policy=policy,
        problems=tuple(notes),
    )


def _json_type(value: object) -> str:
    """Name a JSON value's type for a message."""
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")


def parse_tdmrep_json(text: str) -> TdmRep:
    """Parse a ``/.well-known/tdmrep.json``; raise ``OptoutParseError`` when malformed."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise OptoutParseError(_SOURCE, "the file is empty, expected a JSON array of rules")
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        detail = f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise OptoutParseError(_SOURCE, detail) from exc
    if not isinstance(data, list):
        hint = " (wrap the rule in [ ])" if isinstance(data, dict) else ""
        raise OptoutParseError(
            _SOURCE, f"expected a JSON array of rules, found {_json_type(data)}{hint}"
        )
    problems: list[str] = []
    rules = [_rule(index, item, problems) for index, item in enumerate(data)]
    if problems:
        raise OptoutParseError(_SOURCE, problems)
    return TdmRep(rules=tuple(r for r in rules if r is not None))


def _decision(values: Mapping[str, list[str]], source: TdmSource) -> TdmDecision | None:
    """Build a decision from the tdm-reservation and tdm-policy values found, if any."""
    found, policies = values.get(_RESERVATION, []), values.get(_POLICY, [])
    if not found and not policies:
        return None
    reserved: bool | None = None
    problems: list[str] = []
    if found:
        distinct = {v.strip() for value in found for v in value.split(",")}
        if len(distinct) == 1:
            reserved, problem = _reservation(distinct.pop(), str(source))
            problems.extend([problem] if problem else [])
        else:
            problems.append(f"{source}: conflicting tdm-reservation values {sorted(distinct)}")
    policy = policies[0].strip() if policies else None
    return TdmDecision(
        reserved=reserved, policy=policy or None, source=source, problems=tuple(problems)
    )


class _MetaReader(HTMLParser):
    """Collects the content of the TDMRep meta tags of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record a ``<meta name="tdm-..." content="...">``."""
        if tag != "meta":
            return
        attributes = {name.lower(): value or "" for name, value in attrs}
        key = _META_NAMES.get(attributes.get("name", "").strip().lower())
        if key:
            self.values.setdefault(key, []).append(attributes.get("content", ""))


def tdm_from_html(html: str) -> TdmDecision | None:
    """Read the TDMRep meta tags of an HTML page; None when it has none."""
    reader = _MetaReader()
    try:
        reader.feed(html)
        reader.close()
    except (AssertionError, ValueError) as exc:  # pragma: no cover - html.parser is lenient
        raise OptoutParseError("html", f"cannot parse HTML: {exc}") from exc
    return _decision(reader.values, TdmSource.META)


def tdm_from_headers(headers: Mapping[str, str]) -> TdmDecision | None:
    """Read the TDMRep HTTP response headers (names case-insensitive); None when absent."""
    values: dict[str, list[str]] = {}
    for name, value in headers.items():
        key = name.strip().lower()
        if key in (_RESERVATION, _POLICY):
            values.setdefault(key, []).append(value)
    return _decision(values, TdmSource.HEADER)


def combine_tdm(decisions: Iterable[TdmDecision | None]) -> TdmDecision | None:
    """Combine decisions from lowest to highest priority (file, header, meta); None if none."""
    result: TdmDecision | None = None
    for decision in decisions:
        if decision is None:
            continue
        if result is None:
            result = decision
            continue
        policy = decision.policy or result.policy
        problems = result.problems + decision.problems
        base = decision if decision.reserved is not None else result
        result = replace(base, policy=policy, problems=problems)
    return result
