"""Mentions of datasets, domains, crawlers, organisations, works, identifiers and dates.

A ``Mention`` is a span of text (``text == source[start:end]``) with a label, the id of
the pattern that found it (see rules/patterns/*.yaml) and a normalised value:

- DATASET: the canonical dataset name ("Common Crawl"), or "owner/name" for a
  Hugging Face dataset URL;
- URL, DOMAIN: the registrable domain (``trainaudit.normalize.domains``); a URL
  whose host has none (an intranet name) keeps its lower-case host;
- CRAWLER: the user-agent token without version ("CCBot"; attrs ``version``);
- OPTOUT_PROTOCOL, ORG: the canonical name given by the pattern (for a name
  ending in a company suffix, the name as written);
- WORK: the title (attrs ``title`` and ``creator``, the creator may be None);
- IDENTIFIER: the compact identifier (attrs ``kind``: isrc, iswc, isbn, doi);
- DATE: ISO 8601 cut to its precision (attrs ``precision``, ``ambiguous``);
- PERIOD: an ISO 8601 interval, ".." for an open end ("2023-01/2024-03",
  "../2025-06"; attrs ``from`` and ``to``);
- CC_SNAPSHOT: the snapshot id in upper case ("CC-MAIN-2023-50").

``detect_mentions`` runs the pipeline of ``trainaudit.detect.pipeline`` on one
text; ``mentions_in_summary`` runs it over the evidence quotes (and the value
text not quoted, such as link targets) of every field of a Summary, keeping the
field id and the page of each mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

from trainaudit.catalogue.identifiers import find_identifiers
from trainaudit.errors import TrainauditError
from trainaudit.models import FieldValue, Summary
from trainaudit.normalize.datasets import hf_repo_name
from trainaudit.normalize.dates import (
    DateHit,
    find_dates,
    infer_day_first,
    parse_date,
    parse_period,
)
from trainaudit.normalize.domains import extract_domains, registrable_domain
from trainaudit.normalize.text import fold_whitespace
from trainaudit.template.fields import FIELDS, ValueType

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from trainaudit.detect.patterns import Pattern

__all__ = [
    "USER_DATA_KEY",
    "LocatedMention",
    "Mention",
    "NormaliseContext",
    "detect_mentions",
    "find_with",
    "mentions_in_summary",
    "mentions_of",
    "normalise_match",
]

#: Where the pipeline component leaves the mentions of a Doc (``doc.user_data``).
USER_DATA_KEY: Final = "trainaudit.mentions"

Attrs = tuple[tuple[str, str | None], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """One detected mention: label, text as written, character span, pattern and value."""

    label: str
    text: str
    start: int
    end: int
    pattern_id: str
    normalised: str
    attrs: Attrs = ()

    def attr(self, name: str) -> str | None:
        """Return one attribute value, or None when absent."""
        return dict(self.attrs).get(name)


@dataclass(frozen=True, slots=True, kw_only=True)
class LocatedMention:
    """A mention in a summary: the field it was read in, its page and the quote it is in."""

    mention: Mention
    field: str
    page: int | None
    quote: str


@dataclass(frozen=True, slots=True)
class NormaliseContext:
    """What normalisers need beyond the match: known crawler and organisation names."""

    #: specific CRAWLER patterns by lower-case user-agent token
    crawlers: Mapping[str, Pattern] = field(default_factory=dict)
    #: specific ORG patterns (and the rights holder's names) by lower-case name
    orgs: Mapping[str, Pattern] = field(default_factory=dict)


# --- normalisers ----------------------------------------------------------------------

Normaliser = Callable[["Pattern", str, int, int, NormaliseContext], "Mention | None"]


def _mention(
    pattern: Pattern, source: str, start: int, end: int, value: str, attrs: Attrs = ()
) -> Mention:
    """Build a mention of ``source[start:end]`` found by ``pattern``."""
    return Mention(
        label=pattern.label,
        text=source[start:end],
        start=start,
        end=end,
        pattern_id=pattern.id,
        normalised=value,
        attrs=attrs,
    )


def _canonical(
    pattern: Pattern, source: str, start: int, end: int, _ctx: NormaliseContext
) -> Mention | None:
    """Normalise to the pattern's canonical value (dataset, protocol, organisation name)."""
    value = pattern.canonical or fold_whitespace(source[start:end])
    return _mention(pattern, source, start, end, value)


def _text(
    pattern: Pattern, source: str, start: int, end: int, _ctx: NormaliseContext
) -> Mention | None:
    """Normalise to the text as written, whitespace folded."""
    return _mention(pattern, source, start, end, fold_whitespace(source[start:end]))


def _upper(
    pattern: Pattern, source: str, start: int, end: int, _ctx: NormaliseContext
) -> Mention | None:
    """Normalise to the text in upper case."""
    return _mention(pattern, source, start, end, source[start:end].upper())


def _lower(
    pattern: Pattern, source: str, start: int, end: int, _ctx: NormaliseContext
) -> Mention | None:
    """Normalise to the text in lower case."""
    return _mention(pattern, source, start, end, source[start:end].lower())


def _domain(
    pattern: Pattern, source: str, start: int, end: int, _ctx: NormaliseContext
) -> Mention | None:
    """Normalise a bare host to its registrable domain; drop file names and versions."""
    found = extract_domains(source[start:end])
    if len(found) != 1:
        return None
    return _mention(pattern, source, start, end, found[0], (("host", source[start:end]),))


_SCHEME: Final = re.compile(r"(?i)^[a-z][a-z0-9+.\-]*://")


def _url(
    pattern: Pattern, source: str, start: int, end: int, _ctx: NormaliseContext
) -> Mention | None:
    """Normalise a URL to its registrable domain (or its host when it has none)."""
    url = source[start:end]
    domain = registrable_domain(url)
    if domain is None:
        if not _SCHEME.match(url):
            return None
        try:
            host = urlsplit(url).hostname
        except ValueError:
            return None
        if not host:
            return None
        domain = host
    return _mention(pattern, source, start, end, domain, (("url", url),))


def _hf_dataset(
    pattern: Pattern, source: str, start: int, end: int, _ctx: NormaliseContext
) -> Mention | None:
    """Normalise a Hugging Face dataset URL to its "owner/name" id."""
    url = source[start:end]
    name = hf_repo_name(url if _SCHEME.match(url) else f"https://{url}")
    if name is None:
        return None
    return _mention(pattern, source, start, end, name, (("url", url),))


_VERSION: Final = re.compile(r"^(?P<name>.+?)/(?P<version>\d[\w.]*)$")


def _crawler(
    pattern: Pattern, source: str, start: int, end: int, ctx: NormaliseContext
) -> Mention | None:
    """Normalise a user-agent token: drop its version, resolve known crawler names."""
    text = source[start:end]
    if any(c.isspace() for c in text):
        return None
    match = _VERSION.match(text)
    name, version = (match["name"], match["version"]) if match else (text, None)
    attrs: Attrs = (("version", version),) if version else ()
    known = ctx.crawlers.get(name.lower())
    if known is not None:
        return Mention(
            label=known.label,
            text=text,
            start=start,
            end=end,
            pattern_id=known.id,
            normalised=known.canonical or name,
            attrs=attrs,
        )
    return _mention(pattern, source, start, end, name, attrs)


# the legal form ending a company name: the last word, or one written in several words
# a legal form written without a dot, followed by the period that ends the sentence
_SENTENCE_PERIOD: Final = re.compile(
    r"\s(?:Limited|GmbH|plc|Plc|Srl|SpA|Corporation|Oyj?|ApS|KGaA|Pty)\.$"
)
_LEGAL_FORM: Final = re.compile(r",?\s+(?:GmbH\s*&\s*Co\.\s*KG|Sp\.\s*z\s*o\.o\.|\S+)$")


def _org(
    pattern: Pattern, source: str, start: int, end: int, ctx: NormaliseContext
) -> Mention | None:
    """Normalise a name ending in a legal form; a known name before it takes its pattern."""
    if source[end - 1] == "." and _SENTENCE_PERIOD.search(source, start, end):
        end -= 1  # "Acme GmbH." at the end of a sentence
    text = fold_whitespace(source[start:end])
    form = _LEGAL_FORM.search(text)
    if form is None:
        return _mention(pattern, source, start, end, text)
    name = text[: form.start()]
    attrs: Attrs = (("legal_form", form.group(0).strip(" ,")),)
    known = ctx.orgs.get(name.lower())
    if known is None:
        return _mention(pattern, source, start, end, text, attrs)
    return Mention(
        label=known.label,
        text=source[start:end],
        start=start,
        end=end,
        pattern_id=known.id,
        normalised=known.canonical or name,
        attrs=attrs,
    )


_QUOTE_PAIRS: Final = {'"': '"', "“": "”", "'": "'", "‘": "’", "«": "»", "„": "“"}
_STRAIGHT: Final = frozenset("\"'")
_WORK: Final = re.compile(
    r"(?s)(?P<title>.+)(?P<close>[\"”'’»“])(?:\s*,)?\s+(?i:by)\s+(?P<creator>.+)$"
)
_CREATOR_STOP: Final = re.compile(r"(?<!\bfeat)(?<!\bft)(?<!\b[A-Z])\.\s")


def _straight_quotes_fit(source: str, start: int, close: int) -> bool:
    """Tell whether straight quotes at start and close open and close a title."""
    before = source[start - 1] if start > 0 else " "
    after = source[close + 1] if close + 1 < len(source) else " "
    return not (
        before.isalnum()
        or source[start + 1].isspace()
        or source[close - 1].isspace()
        or after.isalnum()
    )


def _work(
    pattern: Pattern, source: str, start: int, end: int, _ctx: NormaliseContext
) -> Mention | None:
    """Read a quoted title and its creator; reject quotes that do not enclose a title."""
    text = source[start:end]
    opening = text[0]
    match = _WORK.match(text, 1)
    if match is not None and match["close"] == _QUOTE_PAIRS.get(opening):
        title, creator = match["title"], match["creator"]
        close = start + match.start("close")
        stop = _CREATOR_STOP.search(creator)
        if stop is not None:
            creator = creator[: stop.start()]
            end = start + match.start("creator") + len(creator)
    elif text[-1] == _QUOTE_PAIRS.get(opening):
        title, creator, close = text[1:-1], None, end - 1
    else:
        return None
    if opening in _STRAIGHT and not _straight_quotes_fit(source, start, close):
        return None
    title = fold_whitespace(title)
    if not title:
        return None
    creator = fold_whitespace(creator) if creator else None
    attrs: Attrs = (("title", title), ("creator", creator))
    return _mention(pattern, source, start, end, title, attrs)


def _date(
    pattern: Pattern, source: str, start: int, end: int, _ctx: NormaliseContext
) -> Mention | None:
    """Normalise a date (or quarter) with parse_date to ISO cut to its precision."""
    iso = parse_date(source[start:end])
    if iso is None:
        return None
    return _mention(pattern, source, start, end, iso, (("precision", _precision(iso)),))


def _doi(
    pattern: Pattern, source: str, start: int, end: int, _ctx: NormaliseContext
) -> Mention | None:
    """Normalise a DOI to lower case."""
    return _mention(pattern, source, start, end, source[start:end].lower(), (("kind", "doi"),))


_NORMALISERS: Final[Mapping[str, Normaliser]] = {
    "canonical": _canonical,
    "text": _text,
    "upper": _upper,
    "lower": _lower,
    "domain": _domain,
    "url": _url,
    "hf_dataset": _hf_dataset,
    "crawler": _crawler,
    "org": _org,
    "work": _work,
    "date": _date,
    "doi": _doi,
}


def normalise_match(
    pattern: Pattern, source: str, start: int, end: int, ctx: NormaliseContext
) -> Mention | None:
    """Turn a match of ``pattern`` at ``source[start:end]`` into a Mention, or None to drop it."""
    return _NORMALISERS[pattern.normaliser](pattern, source, start, end, ctx)


# --- finders --------------------------------------------------------------------------


def _precision(iso: str) -> str:
    """Tell the precision of an ISO date by its length."""
    return {4: "year", 7: "month"}.get(len(iso), "day")


class _Finds:
    """The finds of the built-in finders in one text, computed once."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _first_reading(self) -> tuple[DateHit, ...]:
        """Return the dates of the text, ambiguous numeric ones read day first."""
        return tuple(find_dates(self.text))

    @cached_property
    def day_first(self) -> bool | None:
        """Return the numeric date order the text's unambiguous dates settle, if any."""
        return infer_day_first([hit.raw for hit in self._first_reading])

    @cached_property
    def dates(self) -> tuple[DateHit, ...]:
        """Return the dates of the text, ambiguous ones read in the text's own order."""
        hits = self._first_reading
        if self.day_first is False and any(hit.ambiguous for hit in hits):
            return tuple(find_dates(self.text, day_first=False))
        return hits

    @cached_property
    def identifiers(self) -> tuple[tuple[str, str, int, int], ...]:
        """Return the valid ISRCs, ISWCs and ISBNs of the text."""
        return tuple(find_identifiers(self.text))


def _date_mentions(pattern: Pattern, finds: _Finds) -> Iterator[Mention]:
    """Yield a DATE mention for every date find_dates reads."""
    for hit in finds.dates:
        attrs: Attrs = (
            ("precision", hit.precision),
            ("ambiguous", "yes" if hit.ambiguous else None),
        )
        yield _mention(pattern, finds.text, hit.start, hit.end, hit.iso, attrs)


_RANGE_GAP: Final = re.compile(r"\s*(?:to|until|till|through|thru|and|[-–—])\s*", re.IGNORECASE)
_RANGE_CUE: Final = re.compile(
    r"\b(?:from|between|since|starting(?:\s+(?:in|from|on))?)\s+$", re.IGNORECASE
)
_TO_CUE: Final = re.compile(
    r"\b(?:until|till|up\s+(?:to|until)|through|before|no\s+later\s+than)\s+$", re.IGNORECASE
)
_FROM_CUE: Final = re.compile(
    r"\b(?:from|since|starting(?:\s+(?:in|from|on))?|beginning(?:\s+(?:in|on))?|after)\s+$",
    re.IGNORECASE,
)
_CUE_WINDOW: Final = 30


def _period_mention(pattern: Pattern, finds: _Finds, start: int, end: int) -> Mention | None:
    """Build a PERIOD mention of ``text[start:end]`` read with parse_period."""
    period = parse_period(finds.text[start:end], day_first=finds.day_first)
    if period is None:
        return None
    low, high = period.get("from"), period.get("to")
    value = f"{low or '..'}/{high or '..'}"
    return _mention(pattern, finds.text, start, end, value, (("from", low), ("to", high)))


def _cue_start(text: str, at: int, cue: re.Pattern[str]) -> int | None:
    """Return where a cue word ending right before ``at`` starts, or None."""
    window_start = max(0, at - _CUE_WINDOW)
    match = cue.search(text[window_start:at])
    return None if match is None else window_start + match.start()


def _period_mentions(pattern: Pattern, finds: _Finds) -> Iterator[Mention]:
    """Yield PERIOD mentions: two dates joined by to/until/-, or one date after a cue."""
    text, hits = finds.text, finds.dates
    index = 0
    while index < len(hits):
        hit = hits[index]
        after = hits[index + 1] if index + 1 < len(hits) else None
        gap = text[hit.end : after.start] if after is not None else ""
        cue = _cue_start(text, hit.start, _RANGE_CUE)
        is_range = after is not None and _RANGE_GAP.fullmatch(gap) is not None
        if is_range and after is not None and ("and" not in gap.lower() or cue is not None):
            found = _period_mention(pattern, finds, hit.start if cue is None else cue, after.end)
            index += 2
        else:
            open_cue = _cue_start(text, hit.start, _TO_CUE)
            if open_cue is None:
                open_cue = _cue_start(text, hit.start, _FROM_CUE)
            found = None if open_cue is None else _period_mention(pattern, finds, open_cue, hit.end)
            index += 1
        if found is not None:
            yield found


def _identifier_mentions(pattern: Pattern, finds: _Finds) -> Iterator[Mention]:
    """Yield IDENTIFIER mentions of the finder's kind (isrc, iswc or isbn)."""
    for kind, value, start, end in finds.identifiers:
        if kind == pattern.finder:
            yield _mention(pattern, finds.text, start, end, value, (("kind", kind),))


_FINDERS: Final[Mapping[str, Callable[[Pattern, _Finds], Iterator[Mention]]]] = {
    "dates": _date_mentions,
    "periods": _period_mentions,
    "isrc": _identifier_mentions,
    "iswc": _identifier_mentions,
    "isbn": _identifier_mentions,
}


def find_with(patterns: Iterable[Pattern], text: str) -> list[Mention]:
    """Run the built-in finders of ``patterns`` over a text."""
    finds = _Finds(text)
    found: list[Mention] = []
    for pattern in patterns:
        if pattern.finder is not None:
            found.extend(_FINDERS[pattern.finder](pattern, finds))
    return found


# --- running the pipeline -------------------------------------------------------------


def _default_nlp() -> Language:
    """Return the cached default pipeline (imported here: pipeline imports this module)."""
    from trainaudit.detect.pipeline import build_pipeline

    return build_pipeline()


def mentions_of(doc: Doc) -> tuple[Mention, ...]:
    """Return the mentions the pipeline component left on a Doc."""
    found: Any = doc.user_data.get(USER_DATA_KEY)
    if found is None:
        raise TrainauditError(
            "this spaCy pipeline does not detect mentions: build it with "
            "trainaudit.detect.build_pipeline()"
        )
    return tuple(found)


def detect_mentions(text: str, nlp: Language | None = None) -> tuple[Mention, ...]:
    """Detect the mentions of one text, sorted by start."""
    pipeline = nlp if nlp is not None else _default_nlp()
    return mentions_of(pipeline(text))


_VALUE_TYPES: Final = frozenset(
    {ValueType.TEXT, ValueType.LIST, ValueType.DATASETS, ValueType.DOMAINS}
)
_FIELD_TYPES: Final = {spec.id: spec.type for spec in FIELDS}


def _leaves(value: Any) -> Iterator[str]:
    """Yield the non-empty strings inside a JSON value."""
    if isinstance(value, str):
        if value.strip():
            yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, Sequence):
        for item in value:
            yield from _leaves(item)


def _field_texts(fv: FieldValue) -> list[tuple[int | None, str]]:
    """Return the (page, text) pairs of a field: its quotes, then value text not quoted."""
    quotes = list(dict.fromkeys((e.page, e.quote) for e in fv.evidence if e.quote.strip()))
    if _FIELD_TYPES.get(fv.id) not in _VALUE_TYPES:
        return quotes
    folded = [fold_whitespace(q).lower() for _, q in quotes]
    pages = {page for page, _ in quotes}
    page = next(iter(pages)) if len(pages) == 1 else None
    extra = [
        (page, leaf)
        for leaf in dict.fromkeys(_leaves(fv.value))
        if not any(fold_whitespace(leaf).lower() in q for q in folded)
    ]
    return quotes + extra


def mentions_in_summary(
    summary: Summary, nlp: Language | None = None
) -> tuple[LocatedMention, ...]:
    """Detect mentions in every field of a summary, keeping the field id and page of each."""
    pipeline = nlp if nlp is not None else _default_nlp()
    sources = [
        (fid, page, text) for fid, fv in summary.fields.items() for page, text in _field_texts(fv)
    ]
    texts = list(dict.fromkeys(text for _, _, text in sources))
    found = {text: mentions_of(doc) for text, doc in zip(texts, pipeline.pipe(texts), strict=True)}
    located: dict[tuple[str, int | None, str, str, str], LocatedMention] = {}
    for fid, page, text in sources:
        for mention in found[text]:
            key = (fid, page, mention.label, mention.normalised, mention.text)
            located.setdefault(
                key, LocatedMention(mention=mention, field=fid, page=page, quote=text)
            )
    return tuple(located.values())
