"""Resolve what a summary names against the catalogue: works, domains, datasets, organisations.

Each resolved mention becomes a ``Match`` that explains itself: the score, the
scorer and its cutoff, the normalisation steps that made the two spellings
comparable, and the runner-up candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from rapidfuzz import fuzz

from trainaudit.catalogue.index import WorkIndex, candidate_pairs
from trainaudit.catalogue.keys import prepare_keys, record_keys
from trainaudit.catalogue.link import decide, score_pairs
from trainaudit.catalogue.model import Catalogue, Dataset
from trainaudit.catalogue.normalise import normalise_creator, normalise_title
from trainaudit.catalogue.score import CREATOR_SCORER, NO_CREATOR, THRESHOLDS, TITLE_SCORER
from trainaudit.normalize.domains import host_of, registrable_domain

NAME_CUTOFF = 90
NAME_SCORER = "fuzz.ratio on normalised names"
DOMAIN_SCORER = "registrable domain or subdomain"
URL_SCORER = "URL prefix"
IDENTIFIER_SCORER = "identifier"
RUNNER_UPS = 3


class MatchKind(StrEnum):
    """What kind of catalogue entry a mention resolved to."""

    WORK = "work"
    DOMAIN = "domain"
    DATASET = "dataset"
    ORGANISATION = "organisation"


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """A catalogue entry a mention was compared with, and its score."""

    target: str
    score: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Where:
    """Where in the summary a mention was found."""

    field: str | None
    page: int | None
    quote: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Match:
    """A mention resolved to a catalogue entry, with everything that explains why."""

    kind: MatchKind
    mention: str
    where: Where
    target: str
    catalogue_row: int | None
    score: float
    scorer: str
    cutoff: float
    steps: tuple[str, ...] = ()
    details: tuple[tuple[str, str], ...] = ()
    runner_ups: tuple[Candidate, ...] = ()


# --- works ------------------------------------------------------------------


def match_work(
    index: WorkIndex,
    title: str,
    creator: str | None,
    where: Where,
    *,
    mention: str | None = None,
) -> Match | None:
    """Resolve one named work (title and, if given, creator) against the catalogue's works."""
    keys = record_keys([title], [(creator,) if creator else ()])
    queries, works = candidate_pairs(index, prepare_keys(keys))
    scores = score_pairs(index, keys, queries, works)
    decision = decide(scores, 1)
    order = np.lexsort((scores.works, -scores.combined))
    runner_ups = tuple(
        Candidate(target=index.ids[int(scores.works[i])], score=round(float(scores.combined[i]), 1))
        for i in order[: RUNNER_UPS + 1]
        if int(scores.works[i]) != int(decision.best[0])
    )[:RUNNER_UPS]
    best = int(decision.best[0])
    if best < 0:
        return None
    creator_score = int(decision.best_creator[0])
    steps = normalise_title(title).steps + (normalise_creator(creator).steps if creator else ())
    details = [
        ("title_score", str(int(decision.best_title[0]))),
        ("title_scorer", TITLE_SCORER),
        ("title_key", keys.titles[0]),
        ("work_title_key", index.keys.titles[best]),
    ]
    if creator_score != NO_CREATOR:
        details += [
            ("creator_score", str(creator_score)),
            ("creator_scorer", CREATOR_SCORER),
            ("creator_key", keys.creators[0]),
            ("work_creator_key", index.keys.creators[best]),
        ]
    return Match(
        kind=MatchKind.WORK,
        mention=mention or title,
        where=where,
        target=index.ids[best],
        catalogue_row=best,
        score=round(float(decision.best_score[0]), 1),
        scorer="title x2 + creator, mean" if creator_score != NO_CREATOR else TITLE_SCORER,
        cutoff=THRESHOLDS.combined_min,
        steps=tuple(dict.fromkeys(steps)),
        details=tuple(details),
        runner_ups=runner_ups,
    )


def match_identifier(index: WorkIndex, kind: str, value: str, where: Where) -> Match | None:
    """Resolve a normalised identifier (ISRC, ISWC, ISBN, UPC) to the works that carry it."""
    rows = index.rows_with_identifier(kind, value)
    if not rows:
        return None
    return Match(
        kind=MatchKind.WORK,
        mention=value,
        where=where,
        target=index.ids[rows[0]],
        catalogue_row=rows[0],
        score=100.0,
        scorer=f"{IDENTIFIER_SCORER} ({kind})",
        cutoff=100.0,
        runner_ups=tuple(Candidate(target=index.ids[r], score=100.0) for r in rows[1:]),
    )


# --- domains ----------------------------------------------------------------


def domain_owner(host: str, domains: Sequence[str]) -> str | None:
    """Return the holder's domain that a host is, or is a subdomain of; None if none."""
    host = host.lower().strip().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    for domain in domains:
        wanted = domain.lower().rstrip(".")
        if host == wanted or host.endswith("." + wanted):
            return domain
    registrable = registrable_domain(host)
    if registrable is None:
        return None
    for domain in domains:
        if registrable == registrable_domain(domain):
            return domain
    return None


def match_domain(text: str, catalogue: Catalogue, where: Where) -> Match | None:
    """Resolve a domain, host or URL to a domain the holder controls."""
    host = host_of(text)
    owner = domain_owner(host, catalogue.domains) if host else None
    if owner is None:
        return None
    return Match(
        kind=MatchKind.DOMAIN,
        mention=text,
        where=where,
        target=owner,
        catalogue_row=None,
        score=100.0,
        scorer=DOMAIN_SCORER,
        cutoff=100.0,
        details=(("host", host),),
    )


_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def normalise_url(url: str) -> str:
    """Return a URL without scheme, ``www.``, query, fragment and trailing slash, lower-cased."""
    rest = _SCHEME.sub("", url.strip()).split("#", 1)[0].split("?", 1)[0]
    rest = rest.rstrip("/").lower()
    return rest[4:] if rest.startswith("www.") else rest


# --- datasets and organisations ----------------------------------------------

_BRACKETED = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_COMPANY_SUFFIX = re.compile(
    r"\b(?:inc|ltd|llc|plc|gmbh|ag|sa|spa|srl|bv|nv|sas|sarl|co|corp|corporation|company|limited)\b",
    re.IGNORECASE,
)


def name_key(name: str) -> str:
    """Return the comparison key of a dataset or organisation name."""
    return normalise_title(name).key


def name_variants(name: str) -> tuple[str, ...]:
    """Return the name, the name without brackets or trailing qualifiers, and bracketed aliases.

    "Free Music Archive (FMA), full release" gives the whole name, "Free
    Music Archive" and "FMA".
    """
    found = [name]
    plain = _BRACKETED.sub(" ", name)
    found.append(plain)
    found.append(re.split(r",|\s[-–—:]\s", plain, maxsplit=1)[0])
    found.extend(g for m in _BRACKETED.finditer(name) for g in m.groups() if g)
    keys = (name_key(v) for v in found)
    return tuple(k for k in dict.fromkeys(keys) if k)


def best_name(
    mention: str, names: Iterable[tuple[str, str]]
) -> tuple[str | None, float, list[Candidate]]:
    """Return the best target for a name among (target, name) pairs, its score and all scores."""
    variants = name_variants(mention)
    scored: dict[str, float] = {}
    for target, name in names:
        for theirs in name_variants(name):
            for mine in variants:
                score = float(fuzz.ratio(mine, theirs))
                if score > scored.get(target, -1.0):
                    scored[target] = score
    ranked = sorted(scored.items(), key=lambda item: (-item[1], item[0]))
    candidates = [Candidate(target=t, score=round(s, 1)) for t, s in ranked]
    if not ranked or ranked[0][1] < NAME_CUTOFF:
        return None, 0.0, candidates
    return ranked[0][0], ranked[0][1], candidates


def match_dataset(
    name: str, url: str | None, catalogue: Catalogue, where: Where
) -> tuple[Match, Dataset] | None:
    """Resolve a dataset named (and perhaps linked) in a summary to a dataset of the catalogue."""
    if url:
        wanted = normalise_url(url)
        for dataset in catalogue.datasets:
            for theirs in dataset.urls:
                known = normalise_url(theirs)
                if wanted == known or wanted.startswith(known + "/"):
                    match = Match(
                        kind=MatchKind.DATASET,
                        mention=name or url,
                        where=where,
                        target=dataset.name,
                        catalogue_row=None,
                        score=100.0,
                        scorer=URL_SCORER,
                        cutoff=100.0,
                        details=(("url", url), ("catalogue_url", theirs)),
                    )
                    return match, dataset
    if not name:
        return None
    names = [(d.name, n) for d in catalogue.datasets for n in d.names]
    target, score, candidates = best_name(name, names)
    if target is None:
        return None
    dataset = next(d for d in catalogue.datasets if d.name == target)
    match = Match(
        kind=MatchKind.DATASET,
        mention=name,
        where=where,
        target=target,
        catalogue_row=None,
        score=round(score, 1),
        scorer=NAME_SCORER,
        cutoff=NAME_CUTOFF,
        details=(("name_variants", " | ".join(name_variants(name))),),
        runner_ups=tuple(c for c in candidates if c.target != target)[:RUNNER_UPS],
    )
    return match, dataset


def organisation_key(name: str) -> str:
    """Return the comparison key of an organisation name, without company-form suffixes."""
    return name_key(_COMPANY_SUFFIX.sub(" ", name.replace(".", ""))) or name_key(name)


def match_organisation(name: str, catalogue: Catalogue, where: Where) -> Match | None:
    """Resolve an organisation name to the holder, one of its aliases, imprints or labels."""
    mine = organisation_key(name)
    if not mine:
        return None
    best: tuple[float, str] = (0.0, "")
    for theirs in catalogue.holder.names:
        score = float(fuzz.ratio(mine, organisation_key(theirs)))
        if score > best[0]:
            best = (score, theirs)
    if best[0] < NAME_CUTOFF:
        return None
    return Match(
        kind=MatchKind.ORGANISATION,
        mention=name,
        where=where,
        target=best[1],
        catalogue_row=None,
        score=round(best[0], 1),
        scorer="fuzz.ratio on names without company forms",
        cutoff=NAME_CUTOFF,
        details=(("holder", catalogue.holder.name), ("key", mine)),
    )
