"""Check types on the rights holder's reservations of rights, set against what the summary declares.

Each reservation of the catalogue (``Catalogue.reservations``: mechanism,
domains, user agents, date, local file) is compared with the protocols the
provider says it honours (3.1, and the crawler behaviour of 2.3), the
crawlers it names (2.3), the period of collection (2.3, else 1.3) and the
domains it lists (2.3). The holder's robots.txt, tdmrep.json and ai.txt are
evaluated offline with ``trainaudit.optout``, read through
``CheckContext.file_text``.

Shared parameters:

- ``mechanisms``: only reservations made by these mechanisms;
- ``scope``: ``listed`` keeps the reservations that cover a domain the
  summary lists among its top crawled domains (a global reservation covers
  every domain of the holder), ``unlisted`` the others, ``any`` all;
- ``when``: conditions on fields, as for the other check types.

A reservation that came into force after the collection certainly ended
does not bind the model the summary covers and is left out; one without a
date is kept.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from trainaudit.catalogue.model import Mechanism, Reservation
from trainaudit.catalogue.resolve import MatchKind
from trainaudit.normalize.domains import extract_domains, registrable_domain
from trainaudit.optout import (
    CrawlerInfo,
    CrawlerRegistry,
    OptoutError,
    RobotsDecision,
    parse_ai_txt,
    parse_robots,
    parse_tdmrep_json,
    product_token,
)
from trainaudit.rules.checks.conditions import all_hold
from trainaudit.rules.checks.dates import date_bounds
from trainaudit.rules.checks.text import phrase_hits
from trainaudit.rules.context import CheckContext
from trainaudit.rules.model import Rule
from trainaudit.rules.registry import Hit, check_type

#: How each mechanism is named in messages.
MECHANISM_NAMES: Mapping[Mechanism, str] = {
    Mechanism.ROBOTS_TXT: "robots.txt",
    Mechanism.TDMREP: "TDMRep",
    Mechanism.AI_TXT: "ai.txt",
    Mechanism.META_TAG: "meta tag",
    Mechanism.HTTP_HEADER: "HTTP header",
    Mechanism.WEBSITE_DECLARATION: "website declaration",
    Mechanism.REGISTRY: "registry",
}

CRAWLERS = "crawling.crawlers"
TOP_DOMAINS = "crawling.top_domains"
PERIOD = "crawling.period"
LATEST = "data.latest_collection_date"
#: Where providers say which reservations they honour.
MEASURE_FIELDS = ("tdm.measures", "crawling.behaviour")
ROOT = "/"

#: Placeholders every reservation check fills in.
RESERVATION_PLACEHOLDERS = (
    "mechanism",
    "domains",
    "effective_from",
    "since",
    "evidence_url",
    "listed",
)

Bounds = tuple[dt.date, dt.date]


# --- the collection period ---------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Collection:
    """The period of data collection a summary declares, each end as the days it may mean."""

    start: Bounds | None
    end: Bounds | None
    start_text: str = ""
    end_text: str = ""
    #: The field the end was read from (the crawling period, else the latest collection date).
    end_field: str = PERIOD


def collection(context: CheckContext) -> Collection:
    """Return the declared collection period: 2.3's period, its end else 1.3's latest date."""
    period = context.value(PERIOD)
    start = end = None
    start_text = end_text = ""
    if isinstance(period, dict):
        start, end = date_bounds(period.get("from")), date_bounds(period.get("to"))
        start_text = str(period.get("from") or "") if start else ""
        end_text = str(period.get("to") or "") if end else ""
    if end is not None:
        return Collection(start=start, end=end, start_text=start_text, end_text=end_text)
    latest = context.value(LATEST)
    end = date_bounds(latest)
    return Collection(
        start=start,
        end=end,
        start_text=start_text,
        end_text=str(latest) if end else "",
        end_field=LATEST if end else PERIOD,
    )


def effective_date(reservation: Reservation) -> dt.date | None:
    """Return the day a reservation came into force, if the register gives it."""
    try:
        return dt.date.fromisoformat(reservation.effective_from or "")
    except ValueError:
        return None


def may_bind(reservation: Reservation, period: Collection) -> bool:
    """Tell whether a reservation may have been in force before the collection ended."""
    since = effective_date(reservation)
    return since is None or period.end is None or since <= period.end[1]


# --- the holder's domains in the summary --------------------------------------------------


def named_domains(context: CheckContext, field: str | None = None) -> list[str]:
    """Return the holder's domains the summary names (in one field, or anywhere)."""
    found = context.catalogue_matches
    if found is None:
        return []
    targets = (
        m.target
        for m in found.matches
        if m.kind is MatchKind.DOMAIN and (field is None or m.where.field == field)
    )
    return list(dict.fromkeys(targets))


def _related(first: str, second: str) -> bool:
    """Tell whether two domains are the same or one is a subdomain of the other."""
    a, b = first.lower().rstrip("."), second.lower().rstrip(".")
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def covered_domains(reservation: Reservation, domains: Iterable[str]) -> list[str]:
    """Return the domains (of the holder) a reservation covers: all of them when it is global."""
    if reservation.is_global:
        return list(domains)
    return [d for d in domains if any(_related(d, own) for own in reservation.domains)]


# --- reservations in scope ---------------------------------------------------------------


def _mechanisms(params: Mapping[str, Any], default: Sequence[Mechanism] = ()) -> set[Mechanism]:
    """Return the mechanisms a rule is about (every one when neither it nor a default says)."""
    given = params.get("mechanisms")
    if given:
        return {Mechanism(m) for m in given}
    return set(default) or set(Mechanism)


def reservations(
    context: CheckContext, rule: Rule, default: Sequence[Mechanism] = ()
) -> Iterator[tuple[Reservation, list[str]]]:
    """Yield the reservations a rule is about, each with the listed domains it covers."""
    if context.catalogue is None:
        return
    params = rule.params
    wanted = _mechanisms(params, default)
    scope = params.get("scope", "any")
    period = collection(context)
    listed = named_domains(context, TOP_DOMAINS)
    for reservation in context.catalogue.catalogue.reservations:
        if reservation.mechanism not in wanted or not may_bind(reservation, period):
            continue
        covered = covered_domains(reservation, listed)
        if (scope == "listed" and not covered) or (scope == "unlisted" and covered):
            continue
        yield reservation, covered


def reservation_values(reservation: Reservation, listed: Sequence[str]) -> dict[str, Any]:
    """Return the message values that describe a reservation."""
    since = reservation.effective_from
    return {
        "mechanism": MECHANISM_NAMES[reservation.mechanism],
        "domains": list(reservation.domains) or "all your works",
        "effective_from": since or "an unknown date",
        "since": f" (in force since {since})" if since else "",
        "evidence_url": reservation.evidence_url or "",
        "listed": list(listed),
    }


def declared_crawlers(context: CheckContext) -> list[str]:
    """Return the crawler names 2.3 declares, as written, without blanks and repeats."""
    value = context.value(CRAWLERS)
    names = value if isinstance(value, list) else []
    return list(dict.fromkeys(n.strip() for n in names if isinstance(n, str) and n.strip()))


def token_as_written(name: str) -> str:
    """Return a crawler's product token in the case the summary writes it ("NorthwindBot")."""
    token = product_token(name)
    found = re.search(re.escape(token), name, re.IGNORECASE) if token else None
    return found.group(0) if found else token


def _answered_texts(context: CheckContext, fields: Sequence[str]) -> list[tuple[str, str]]:
    """Return (field, text) of the fields that have text."""
    return [(f, context.text(f)) for f in fields if context.text(f).strip()]


def _affirmed(texts: Sequence[tuple[str, str]], phrases: Sequence[str]) -> bool:
    """Tell whether any phrase is affirmed (not negated) in any of the texts."""
    return any(phrase_hits(t, phrases, negation_aware=True)[0] for _, t in texts)


# --- optout_mechanism --------------------------------------------------------------------


@check_type(
    "optout_mechanism",
    placeholders=(*RESERVATION_PLACEHOLDERS, "honoured"),
    needs_catalogue=True,
)
def optout_mechanism(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag a reservation made by a mechanism the provider does not say it honours."""
    params = rule.params
    if not all_hold(context, params.get("when")):
        return
    phrases: Mapping[str, Sequence[str]] = params["honoured"]
    fields = params.get("fields", MEASURE_FIELDS)
    texts = _answered_texts(context, fields)
    honoured = [m for m, said in phrases.items() if _affirmed(texts, said)]
    names = [MECHANISM_NAMES[Mechanism(m)] for m in honoured]
    field = texts[0][0] if texts else fields[0]
    for reservation, listed in reservations(context, rule):
        kind = reservation.mechanism.value
        if kind not in phrases or kind in honoured:
            continue
        values = reservation_values(reservation, listed)
        values["honoured"] = names or "none"
        yield Hit(field=field, values=values)


# --- optout_agents -----------------------------------------------------------------------


def _operator(registry: CrawlerRegistry, name: str) -> str | None:
    """Return the operator the registry gives for a crawler name, if it knows it."""
    info = registry.lookup(name)
    return info.operator if info is not None and info.operator else None


def _named_by(
    crawler: str, agents: Sequence[str], control: set[str], registry: CrawlerRegistry
) -> bool:
    """Tell whether a reservation's user agents reach a crawler.

    By its product token, or by a control token of the crawler's operator
    (Google-Extended rules the use of what Googlebot fetches).
    """
    token = product_token(crawler)
    if token in {product_token(a) for a in agents}:
        return True
    operator = _operator(registry, crawler)
    return operator is not None and any(
        product_token(a) in control and _operator(registry, a) == operator for a in agents
    )


def _site_blocker(context: CheckContext, reservation: Reservation) -> Callable[[str], bool]:
    """Return whether the reservation's own file shuts a crawler out of the site root."""
    text = context.file_text(reservation.file) if reservation.file is not None else None
    if text is None:
        return lambda _crawler: False
    if reservation.mechanism is Mechanism.AI_TXT:
        return parse_ai_txt(text).blocks_entire_site
    robots = parse_robots(text)
    if robots.html:
        return lambda _crawler: False
    return robots.blocks_entire_site


def missing_crawlers(
    context: CheckContext,
    reservation: Reservation,
    crawlers: Sequence[str],
    control_tokens: Iterable[str] = (),
) -> list[str]:
    """Return the declared crawlers a reservation addressed to user agents does not reach.

    None is missing when the reservation names no agents or names "*", or when
    no crawler is declared: only a named gap counts.
    """
    agents = reservation.user_agents
    if not crawlers or not agents or "*" in {product_token(a) for a in agents}:
        return []
    registry = context.crawlers
    control = {product_token(t) for t in control_tokens}
    blocks = _site_blocker(context, reservation)
    return [c for c in crawlers if not _named_by(c, agents, control, registry) and not blocks(c)]


def reaches_crawlers(
    context: CheckContext, reservation: Reservation, control_tokens: Iterable[str] = ()
) -> bool:
    """Tell whether a reservation may reach the declared crawlers (false: it reaches none)."""
    crawlers = declared_crawlers(context)
    missing = missing_crawlers(context, reservation, crawlers, control_tokens)
    return not crawlers or len(missing) < len(crawlers)


@check_type(
    "optout_agents",
    placeholders=(*RESERVATION_PLACEHOLDERS, "crawlers", "user_agents"),
    needs_catalogue=True,
)
def optout_agents(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag declared crawlers that the holder's reservation does not name, with no "*" for all."""
    params = rule.params
    if not all_hold(context, params.get("when")):
        return
    crawlers = declared_crawlers(context)
    if not crawlers:
        return
    control = params.get("control_tokens", ())
    default = (Mechanism.ROBOTS_TXT, Mechanism.AI_TXT)
    for reservation, listed in reservations(context, rule, default):
        missing = missing_crawlers(context, reservation, crawlers, control)
        if missing:
            values = reservation_values(reservation, listed)
            values.update(crawlers=missing, user_agents=list(reservation.user_agents))
            yield Hit(
                field=CRAWLERS, values=values, evidence=context.evidence(CRAWLERS, missing[0])
            )


# --- optout_timing -----------------------------------------------------------------------


@check_type(
    "optout_timing",
    placeholders=(*RESERVATION_PLACEHOLDERS, "collection_start", "collection_end"),
    needs_catalogue=True,
)
def optout_timing(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag a reservation in force before the declared collection period ended.

    ``mode: in_force`` flags every reservation certainly in force before the
    collection ended; ``mode: after_start`` only those that came into force
    after it had certainly begun (what was collected before may remain),
    unless the provider says it applied reservations retroactively (any of
    the ``retroactive`` phrases, affirmed, in ``fields``). A reservation
    addressed to user agents that reach none of the declared crawlers is left
    out: it did not bind them (``optout_agents`` reports it).
    """
    params = rule.params
    if not all_hold(context, params.get("when")):
        return
    period = collection(context)
    if period.end is None:
        return
    after_start = params.get("mode", "in_force") == "after_start"
    if after_start and period.start is None:
        return
    texts = _answered_texts(context, params.get("fields", MEASURE_FIELDS))
    if _affirmed(texts, params.get("retroactive", ())):
        return
    control = params.get("control_tokens", ())
    for reservation, listed in reservations(context, rule):
        since = effective_date(reservation)
        if since is None or since > period.end[0]:
            continue
        if not reaches_crawlers(context, reservation, control):
            continue
        if after_start and period.start is not None and since <= period.start[1]:
            continue
        values = reservation_values(reservation, listed)
        values.update(collection_start=period.start_text or "?", collection_end=period.end_text)
        yield Hit(field=PERIOD if after_start else period.end_field, values=values)


# --- optout_global -----------------------------------------------------------------------


@check_type(
    "optout_global",
    placeholders=(*RESERVATION_PLACEHOLDERS, "collection_end", "holder", "holder_domains"),
    needs_catalogue=True,
)
def optout_global(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag a global reservation in force during collection while no holder's domain is named.

    As in ``optout_timing``, a reservation that reaches none of the declared
    crawlers (by user agent) is left out.
    """
    params = rule.params
    if context.catalogue is None or not all_hold(context, params.get("when")):
        return
    if named_domains(context):
        return
    period = collection(context)
    if period.end is None:
        return
    catalogue = context.catalogue.catalogue
    wanted = _mechanisms(params)
    for reservation in catalogue.reservations:
        since = effective_date(reservation)
        if not reservation.is_global or reservation.mechanism not in wanted:
            continue
        if since is None or since > period.end[0]:
            continue
        if not reaches_crawlers(context, reservation, params.get("control_tokens", ())):
            continue
        values = reservation_values(reservation, [])
        values.update(
            collection_end=period.end_text,
            holder=catalogue.holder.name,
            holder_domains=list(catalogue.domains) or "none registered",
        )
        yield Hit(field=TOP_DOMAINS, values=values)


# --- evaluation of the holder's files ----------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Decision:
    """What a holder's file said to one crawler about one path."""

    allowed: bool
    #: The deciding line or rule, described for a message.
    said: str
    #: The deciding line as written ("" when no line decided).
    line: str = ""
    #: The group of user agents obeyed.
    group: str = ""


Decide = Callable[[str, str], Decision]


def _robots_decider(text: str, ai_txt: bool) -> Decide | None:
    """Return a decision function over a robots.txt or ai.txt (None for an HTML page)."""
    decision: Callable[[str, str], RobotsDecision]
    if ai_txt:
        decision = parse_ai_txt(text).decision
    else:
        robots = parse_robots(text)
        if robots.html:
            return None
        decision = robots.decision

    def decide(crawler: str, path: str) -> Decision:
        found = decision(crawler, path)
        group = ", ".join(found.agents) if found.agents else "none"
        if found.rule is None:
            said = f'no rule matches "{path}", so it is allowed'
            return Decision(allowed=found.allowed, said=said, group=group)
        line = found.rule.text.strip()
        number = f"line {found.rule.line}: " if found.rule.line else ""
        return Decision(allowed=found.allowed, said=f'{number}"{line}"', line=line, group=group)

    return decide


def _tdmrep_decider(text: str) -> Decide | None:
    """Return a decision function over a tdmrep.json (None when it is malformed)."""
    try:
        parsed = parse_tdmrep_json(text)
    except OptoutError:
        return None

    def decide(_crawler: str, path: str) -> Decision:
        found = parsed.reserved(path)
        value = {True: "1", False: "0", None: "unset"}[found.reserved]
        if found.rule_index is None:
            said = f'no rule matches "{path}", so no reservation is expressed'
            return Decision(allowed=True, said=said, group="every crawler")
        said = f'rule {found.rule_index}: location "{found.location}", tdm-reservation {value}'
        return Decision(
            allowed=found.reserved is not True, said=said, line=said, group="every crawler"
        )

    return decide


def _decider(mechanism: Mechanism, text: str) -> Decide | None:
    """Return the decision function of a mechanism's file."""
    if mechanism is Mechanism.TDMREP:
        return _tdmrep_decider(text)
    return _robots_decider(text, ai_txt=mechanism is Mechanism.AI_TXT)


Outcome = tuple[tuple[str, Decision], ...]


def _outcome(decide: Decide, crawler: str, paths: Sequence[str], verdict: str) -> Outcome:
    """Return the (path, decision) pairs that give the verdict sought; () when it is not given.

    "disallowed": the paths the crawler may not fetch (any of them);
    "allowed": every path, when the crawler may fetch all of them.
    """
    decisions = tuple((path, decide(crawler, path)) for path in paths)
    if verdict == "allowed":
        return decisions if all(d.allowed for _, d in decisions) else ()
    return tuple((p, d) for p, d in decisions if not d.allowed)


def _evaluate(context: CheckContext, rule: Rule, mechanism: Mechanism) -> Iterator[Hit]:
    """Evaluate the holder's files of one mechanism for the crawlers the summary declares."""
    params = rule.params
    if not all_hold(context, params.get("when")):
        return
    crawlers = declared_crawlers(context)
    if not crawlers:
        return
    paths = params.get("paths", [ROOT])
    verdict = params.get("verdict", "disallowed")
    for reservation, listed in reservations(context, rule, (mechanism,)):
        if reservation.mechanism is not mechanism or reservation.file is None:
            continue
        text = context.file_text(reservation.file)
        decide = _decider(mechanism, text) if text is not None else None
        if decide is None:
            continue
        groups: dict[Outcome, list[str]] = {}
        for crawler in crawlers:
            if outcome := _outcome(decide, crawler, paths, verdict):
                groups.setdefault(outcome, []).append(crawler)
        for outcome, names in groups.items():
            first = outcome[0][1]
            if len(paths) == 1:
                decided = first.said
            else:
                decided = "; ".join(f"{path} ({d.said})" for path, d in outcome)
            values = reservation_values(reservation, listed)
            values.update(
                crawlers=names,
                verdict=verdict,
                paths=[path for path, _ in outcome],
                decided=decided,
                line=first.line,
                group=first.group,
                file=reservation.file.name,
            )
            yield Hit(field=CRAWLERS, values=values, evidence=context.evidence(CRAWLERS, names[0]))


EVALUATION_PLACEHOLDERS = (
    *RESERVATION_PLACEHOLDERS,
    "crawlers",
    "verdict",
    "paths",
    "decided",
    "line",
    "group",
    "file",
)


@check_type("robots_evaluation", placeholders=EVALUATION_PLACEHOLDERS, needs_catalogue=True)
def robots_evaluation(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag declared crawlers the holder's robots.txt disallows (or allows) at the site root."""
    yield from _evaluate(context, rule, Mechanism.ROBOTS_TXT)


@check_type("tdmrep_evaluation", placeholders=EVALUATION_PLACEHOLDERS, needs_catalogue=True)
def tdmrep_evaluation(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag declared crawlers bound by the holder's tdmrep.json (tdm-reservation 1 on "/")."""
    yield from _evaluate(context, rule, Mechanism.TDMREP)


@check_type("aitxt_evaluation", placeholders=EVALUATION_PLACEHOLDERS, needs_catalogue=True)
def aitxt_evaluation(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag declared crawlers the holder's ai.txt disallows from the site or from kinds of file."""
    yield from _evaluate(context, rule, Mechanism.AI_TXT)


# --- crawler_registry --------------------------------------------------------------------

_COMPANY_WORDS = frozenset(
    {
        "ab",
        "ag",
        "bv",
        "co",
        "company",
        "corp",
        "corporation",
        "gmbh",
        "group",
        "holdings",
        "inc",
        "incorporated",
        "limited",
        "llc",
        "ltd",
        "nv",
        "oy",
        "plc",
        "sa",
        "sarl",
        "sas",
        "spa",
        "srl",
        "the",
    }
)


def name_words(name: str) -> set[str]:
    """Return the distinctive words of an organisation's name (no legal form, no parentheses)."""
    plain = re.sub(r"\([^)]*\)", " ", name.casefold())
    words = re.findall(r"[a-z0-9]+", plain)
    return {w for w in words if len(w) > 1 and w not in _COMPANY_WORDS}


def same_operator(info: CrawlerInfo, provider: str, contact: str) -> bool:
    """Tell whether the provider is the crawler's operator: by name, or by the operator's domain."""
    operator, own = name_words(info.operator), name_words(provider)
    if operator and own and (operator <= own or own <= operator):
        return True
    domain = registrable_domain(info.url) if info.url else None
    return domain is not None and domain in extract_domains(contact, include_emails=True)


@check_type(
    "crawler_registry",
    placeholders=("crawler", "crawlers", "tokens", "operator", "provider", "purpose", "url"),
    needs_catalogue=True,
)
def crawler_registry(context: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Flag declared crawlers unknown to the crawler registry, or run by another operator."""
    params = rule.params
    if not all_hold(context, params.get("when")):
        return
    crawlers = declared_crawlers(context)
    registry = context.crawlers
    if params["report"] == "unknown":
        unknown = [c for c in crawlers if registry.lookup(c) is None]
        if unknown:
            values = {
                "crawler": unknown[0],
                "crawlers": unknown,
                "tokens": list(dict.fromkeys(token_as_written(c) for c in unknown)),
            }
            yield Hit(field=CRAWLERS, values=values, evidence=context.evidence(CRAWLERS))
        return
    provider = context.text("provider.name").strip()
    if not provider:
        return
    contact = context.text("provider.contact")
    tools = {product_token(t) for t in params.get("tools", ())}
    for crawler in crawlers:
        info = registry.lookup(crawler)
        if info is None or not info.operator or product_token(info.token) in tools:
            continue
        if same_operator(info, provider, contact):
            continue
        values = {
            "crawler": crawler,
            "crawlers": [crawler],
            "tokens": [info.token],
            "operator": info.operator,
            "provider": provider,
            "purpose": info.purpose.value,
            "url": info.url or "",
        }
        yield Hit(field=CRAWLERS, values=values, evidence=context.evidence(CRAWLERS, crawler))
