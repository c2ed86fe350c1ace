"""Topic 4, opt-out (the holder's part): how each of its reservations of rights was honoured."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from trainaudit.catalogue.model import Mechanism, Reservation
from trainaudit.catalogue.resolve import MatchKind
from trainaudit.questions.builder import Builder, Draft
from trainaudit.questions.evidence import cited, match_quote
from trainaudit.questions.model import Topic
from trainaudit.questions.references import ART_53_1_C, DSM_4_3, OLG_HAMBURG, RFC_9309, cop
from trainaudit.questions.wording import join, theirs
from trainaudit.rules.checks.optout import (
    MECHANISM_NAMES,
    covered_domains,
    effective_date,
    may_bind,
)
from trainaudit.rules.model import Finding, Reference

#: Rightsholder rules whose findings are about one of the holder's reservations.
_RESERVATION_RULES = frozenset(
    {"TDS207", "TDS208", "TDS209", "TDS210", "TDS211", "TDS212", "TDS213", "TDS214", "TDS215",
     "TDS218"}
)  # fmt: skip

#: How a finding's message names a mechanism ("your robots.txt"), read by _YOUR_MECHANISM.
_MECHANISM_WORDS: Mapping[str, Mechanism] = {
    "robots.txt": Mechanism.ROBOTS_TXT,
    "tdmrep.json": Mechanism.TDMREP,
    "tdmrep": Mechanism.TDMREP,
    "ai.txt": Mechanism.AI_TXT,
    "meta tag": Mechanism.META_TAG,
    "http header": Mechanism.HTTP_HEADER,
    "website declaration": Mechanism.WEBSITE_DECLARATION,
    "registry": Mechanism.REGISTRY,
}
_YOUR_MECHANISM = re.compile(
    r"\byour (robots\.txt|tdmrep\.json|tdmrep|ai\.txt|meta tag|http header|"
    r"website declaration|registry)\b",
    re.IGNORECASE,
)


def _about(finding: Finding, reservations: Sequence[Reservation]) -> list[Reservation]:
    """Return the reservations a rightsholder finding is about, read from its message."""
    found = _YOUR_MECHANISM.search(finding.message)
    if found is None:
        return []
    mechanism = _MECHANISM_WORDS[found.group(1).lower()]
    same = [r for r in reservations if r.mechanism is mechanism]
    message = finding.message.lower()
    named = [
        r
        for r in same
        if (r.is_global and "all your works" in message)
        or any(d.lower() in message for d in r.domains)
    ]
    return named or (same if len(same) == 1 else [])


#: Reservations expressed on the holder's websites, read by crawlers.
_ON_SITE = frozenset(
    {
        Mechanism.ROBOTS_TXT,
        Mechanism.AI_TXT,
        Mechanism.TDMREP,
        Mechanism.META_TAG,
        Mechanism.HTTP_HEADER,
    }
)

#: What a reservation question asks the provider, by mechanism.
_MECHANISM_ASK: Mapping[Mechanism, str] = {
    Mechanism.ROBOTS_TXT: "On which dates did {who} read robots.txt on {where}, and under which "
    "user-agent token did they match its rules?",
    Mechanism.AI_TXT: "On which dates did {who} read ai.txt on {where}, and did they follow it?",
    Mechanism.TDMREP: "Did {who} check the TDMRep reservation (/.well-known/tdmrep.json, the "
    "tdm-reservation header) on {where}, and on which dates?",
    Mechanism.META_TAG: "Did {who} read the robots meta tags of the pages on {where}?",
    Mechanism.HTTP_HEADER: "Did {who} read the HTTP headers reserving our rights on {where}?",
    Mechanism.WEBSITE_DECLARATION: "Did you read the terms of use of {where} before collecting, "
    "and do you treat a reservation declared there as binding?",
    Mechanism.REGISTRY: "Did you check the registry in which we reserved our rights before "
    "collecting or training?",
}


def _reservation_scope(reservation: Reservation) -> str:
    """Return what a reservation covers, in words."""
    if reservation.is_global:
        return "for all our works"
    return f"for {join(list(reservation.domains))}"


#: Why a reservation question is asked, by the rightsholder rule that found it, in our voice.
_RESERVATION_WHY: Mapping[str, str] = {
    "TDS207": "Your summary does not say that you honour reservations made by {mechanism}.",
    "TDS208": "Your summary does not say that you honour reservations made by {mechanism}.",
    "TDS209": "Our {mechanism} names other user agents than {who}.",
    "TDS210": "You list {listed} among the domains crawled while the reservation was in force.",
    "TDS211": "It came into force after your collection began, and your summary does not say "
    "that reservations were applied to data already collected.",
    "TDS212": "Our robots.txt shuts {who} out of the whole site.",
    "TDS213": "Our robots.txt shuts {who} out of the whole site, yet you list {listed} among "
    "the domains crawled.",
    "TDS214": "Our tdmrep.json reserves text and data mining rights for the whole site.",
    "TDS215": "Our ai.txt disallows {who}.",
    "TDS218": "Your summary names none of our domains, but our works may have been collected "
    "from other sites while the reservation was in force.",
}


def reservation_questions(b: Builder) -> None:
    """Ask how each of the holder's reservations that may bind the collection was honoured."""
    if b.catalogue is None:
        return
    reservations = sorted(
        b.catalogue.catalogue.reservations,
        key=lambda r: (r.effective_from or "", r.mechanism.value),
    )
    attached: dict[int, list[Finding]] = {i: [] for i in range(len(reservations))}
    for finding in b.take(lambda f: f.rule_id in _RESERVATION_RULES):
        for r in _about(finding, reservations):
            attached[reservations.index(r)].append(finding)
    for i, reservation in enumerate(reservations):
        if attached[i] or may_bind(reservation, b.period):
            _reservation_question(b, reservation, attached[i])


def _reservation_question(b: Builder, reservation: Reservation, findings: list[Finding]) -> None:
    """Ask how one reservation of the holder was honoured, or why not."""
    mechanism = MECHANISM_NAMES[reservation.mechanism]
    since = reservation.effective_from
    agents = list(reservation.user_agents)
    named_agents = f" (user agents {join(agents)})" if agents else ""
    lead = (
        f"We reserved our rights by {mechanism} {_reservation_scope(reservation)}{named_agents}"
        + (f", in force since {since}" if since else "")
        + (f" ({reservation.evidence_url})" if reservation.evidence_url else "")
        + "."
    )
    timing = ""
    day = effective_date(reservation)
    end, start = b.period.end, b.period.start
    if day is not None and start is not None and day > start[1]:
        timing = (
            f" It came into force after your collection began ({b.period.start_text}): did you "
            "remove content of ours collected before that date from the training data?"
        )
    elif day is not None and end is not None and day <= end[1]:
        timing = f" This was before your collection ended ({b.period.end_text})."
    elif end is None:
        timing = " Your summary gives no end of the collection period."
    crawlers = b.crawlers()
    who = theirs(crawlers)
    where = join(list(reservation.domains)) if reservation.domains else "our websites"
    ask = _MECHANISM_ASK[reservation.mechanism].format(who=who, where=where)
    if b.doc.value("crawling.used") == "no" and reservation.mechanism in _ON_SITE:
        datasets = b.doc.names("public_datasets.large") + b.doc.names("private_datasets.listed")
        used = f" ({join(datasets[:6])})" if datasets else ""
        ask = (
            "Your summary says you did not crawl the web yourself: did the third parties whose "
            f"datasets you used{used} respect it when they collected them, and how did you check?"
        )
    rules = {f.rule_id for f in findings}
    listed = [
        m.target
        for m in b.first_of_kind(MatchKind.DOMAIN, "crawling.top_domains")
        if reservation.is_global or covered_domains(reservation, [m.target])
    ]
    follow = []
    if "TDS209" in rules:
        follow.append(
            f"It names {join(agents)}, not {who}: did you treat it as reserving our rights "
            "against your crawlers too?"
        )
    if rules & {"TDS212", "TDS213"} and listed:
        follow.append(
            f"It shuts {who} out of the whole site, yet you list {join(listed)} among the "
            "domains crawled: which crawler collected its content, and when?"
        )
    text = (
        f"{lead}{timing} Was this reservation honoured when you collected the training data "
        f"of {b.models}? If so, how (what was excluded, and from when)? If not, why not? {ask}"
        + "".join(f" {q}" for q in follow)
    )
    why = [_RESERVATION_WHY[r].format(mechanism=mechanism, who=who, listed=join(listed))
           for r in sorted(rules) if r in _RESERVATION_WHY]  # fmt: skip
    if not why:
        why.append(
            f"Our reservation was in force before your collection ended ({b.period.end_text})."
            if day is not None and end is not None and day <= end[1]
            else "Our reservation may have been in force while you collected training data."
        )
    refs: list[Reference] = [DSM_4_3, ART_53_1_C, cop("Measure 1.3(1)")]
    if reservation.mechanism is Mechanism.ROBOTS_TXT:
        refs.append(RFC_9309)
    if reservation.mechanism is Mechanism.WEBSITE_DECLARATION:
        refs.append(OLG_HAMBURG)
    b.add(
        Draft(
            topic=Topic.OPT_OUT,
            kind="reservation",
            text=text,
            why=" ".join(dict.fromkeys(why)),
            evidence=[
                *(
                    match_quote(m)
                    for m in b.of_kind(MatchKind.DOMAIN, "crawling.top_domains")
                    if m.target in listed
                ),
                b.doc.quote("tdm.measures"),
                b.doc.quote("crawling.crawlers"),
                b.doc.quote(b.period.end_field),
            ],
            references=(*refs, *cited(findings)),
            findings=findings,
            reservation=reservation,
        )
    )
