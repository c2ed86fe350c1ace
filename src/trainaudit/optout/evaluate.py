"""Evaluate a rights holder's opt-out file for the crawlers an AI provider declares.

For each crawler named in a summary ("GPTBot", "CCBot/2.0", ...) an
``AgentVerdict`` says whether the file let it fetch a path, whether it shut
it out of the whole site (the root "/" disallowed), and which line (or
TDMRep rule) decided, so that a finding can quote it.

TDMRep names no crawlers: its reservation applies to every crawler alike,
so each verdict is the same, ``via_wildcard`` is true, and ``allowed`` is
false only when TDM rights are reserved (an unset reservation allows).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from trainaudit.catalogue.model import Mechanism
from trainaudit.optout.aitxt import parse_ai_txt
from trainaudit.optout.errors import OptoutError
from trainaudit.optout.paths import normalise_path
from trainaudit.optout.robots import RobotsDecision, parse_robots
from trainaudit.optout.tdmrep import (
    TdmDecision,
    parse_tdmrep_json,
    tdm_from_headers,
    tdm_from_html,
)
from trainaudit.optout.tokens import product_token

__all__ = [
    "AgentVerdict",
    "evaluate",
    "evaluate_ai_txt",
    "evaluate_robots",
    "evaluate_tdm",
    "robots_at",
]

_ROOT = "/"


@dataclass(frozen=True, slots=True, kw_only=True)
class AgentVerdict:
    """What an opt-out file said to one declared crawler about one path."""

    #: The crawler's name as declared.
    crawler: str
    #: The product token matched on (lower-cased).
    token: str
    mechanism: Mechanism
    #: The path evaluated, normalised.
    path: str
    allowed: bool
    #: True when the site root "/" is disallowed (the crawler is shut out of the site).
    site_blocked: bool
    #: Line number of the deciding rule (robots.txt, ai.txt); None otherwise.
    decided_by_line: int | None = None
    #: The deciding line as written, or the TDMRep rule or value that decided.
    decided_by: str | None = None
    #: True when no rule names the crawler and the "*" group (or a TDMRep value) applied.
    via_wildcard: bool = False


def _unique(crawlers: Iterable[str]) -> tuple[str, ...]:
    """Return the names in order, without blanks and repeats."""
    return tuple(dict.fromkeys(c.strip() for c in crawlers if c.strip()))


def _verdicts(
    crawlers: Iterable[str],
    decide: Callable[[str, str], RobotsDecision],
    mechanism: Mechanism,
    path: str,
) -> tuple[AgentVerdict, ...]:
    """Build one verdict per crawler from a robots.txt-style decision function."""
    verdicts = []
    for crawler in _unique(crawlers):
        decision = decide(crawler, path)
        root = decision if decision.path == _ROOT else decide(crawler, _ROOT)
        verdicts.append(
            AgentVerdict(
                crawler=crawler,
                token=decision.token,
                mechanism=mechanism,
                path=decision.path,
                allowed=decision.allowed,
                site_blocked=not root.allowed,
                decided_by_line=decision.line,
                decided_by=decision.text,
                via_wildcard=decision.via_wildcard,
            )
        )
    return tuple(verdicts)


def evaluate_robots(
    text: str, crawlers: Iterable[str], path: str = _ROOT
) -> tuple[AgentVerdict, ...]:
    """Say for each declared crawler whether a robots.txt allowed the path and the site."""
    return _verdicts(crawlers, parse_robots(text).decision, Mechanism.ROBOTS_TXT, path)


def evaluate_ai_txt(
    text: str, crawlers: Iterable[str], path: str = _ROOT
) -> tuple[AgentVerdict, ...]:
    """Say for each declared crawler whether an ai.txt allowed the path (or file) and the site."""
    return _verdicts(crawlers, parse_ai_txt(text).decision, Mechanism.AI_TXT, path)


def _tdm_said(decision: TdmDecision | None) -> str | None:
    """Describe the TDMRep rule or value that decided, for quoting."""
    if decision is None or (decision.reserved is None and decision.rule_index is None):
        return None
    value = {True: "1", False: "0", None: "unset"}[decision.reserved]
    if decision.rule_index is not None:
        where = f'rule {decision.rule_index}: location "{decision.location}"'
        return f"{where}, tdm-reservation {value}"
    return f"{decision.source}: tdm-reservation {value}"


def evaluate_tdm(
    decide: Callable[[str], TdmDecision | None],
    crawlers: Iterable[str],
    mechanism: Mechanism,
    path: str = _ROOT,
) -> tuple[AgentVerdict, ...]:
    """Give every declared crawler the same verdict from a TDMRep decision function."""
    decision, root = decide(path), decide(_ROOT)
    return tuple(
        AgentVerdict(
            crawler=crawler,
            token=product_token(crawler),
            mechanism=mechanism,
            path=normalise_path(path),
            allowed=decision is None or decision.reserved is not True,
            site_blocked=root is not None and root.reserved is True,
            decided_by=_tdm_said(decision),
            via_wildcard=True,
        )
        for crawler in _unique(crawlers)
    )


_HEADER = re.compile(r"^\s*([A-Za-z0-9!#$%&'*+.^_`|~\-]+)\s*:\s*(.*?)\s*$")


def _headers(text: str) -> dict[str, str]:
    """Read ``Name: value`` lines of an HTTP response head (later repeats win)."""
    found = (_HEADER.match(line) for line in text.splitlines())
    return {m.group(1): m.group(2) for m in found if m}


def evaluate(
    text: str, mechanism: Mechanism | str, crawlers: Iterable[str], path: str = _ROOT
) -> tuple[AgentVerdict, ...]:
    """Evaluate an opt-out file of any machine-readable mechanism for the declared crawlers."""
    try:
        kind = Mechanism(mechanism)
    except ValueError:
        raise OptoutError(f"{mechanism}: not a known reservation mechanism") from None
    if kind is Mechanism.ROBOTS_TXT:
        return evaluate_robots(text, crawlers, path)
    if kind is Mechanism.AI_TXT:
        return evaluate_ai_txt(text, crawlers, path)
    if kind is Mechanism.TDMREP:
        return evaluate_tdm(parse_tdmrep_json(text).reserved, crawlers, kind, path)
    if kind is Mechanism.META_TAG:
        meta = tdm_from_html(text)
        return evaluate_tdm(lambda _path: meta, crawlers, kind, path)
    if kind is Mechanism.HTTP_HEADER:
        header = tdm_from_headers(_headers(text))
        return evaluate_tdm(lambda _path: header, crawlers, kind, path)
    raise OptoutError(f"{kind}: not a machine-readable file that can be evaluated")


def robots_at(snapshots: Mapping[date, str], when: date) -> str | None:
    """Return the latest snapshot taken on or before ``when``; None if all are later."""
    earlier = [taken for taken in snapshots if taken <= when]
    return snapshots[max(earlier)] if earlier else None
