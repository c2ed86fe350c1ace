"""The spaCy pipeline that detects mentions: a blank English pipeline and one component.

``build_pipeline`` returns ``spacy.blank("en")`` (or an installed model named by
``model``; nothing is ever downloaded) with the ``trainaudit_mentions`` component
last. The component runs, over each Doc:

- a PhraseMatcher on LOWER and one on ORTH (case-sensitive phrases), holding
  the ``phrases`` of the patterns and the rights holder's ``extra_orgs``;
- a Matcher holding the ``tokens`` patterns;
- the ``regex`` patterns, searched in the text;
- the built-in ``finder`` patterns (dates, periods, ISRC, ISWC, ISBN).

Each match is normalised (a normaliser may reject it: a file name is not a
domain) and overlapping mentions are merged: the longest span wins; at equal
length the label earlier in ``LABELS`` wins, then a specific pattern over a
generic one. A quoted title without creator that quotes exactly another
mention ("Common Crawl" in quotes) gives way to it. The mentions are left in
``doc.user_data["trainaudit.mentions"]`` (read them with ``mentions_of``) and as
spans in ``doc.spans["trainaudit_mentions"]``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from trainaudit.detect.mentions import (
    USER_DATA_KEY,
    Mention,
    NormaliseContext,
    find_with,
    normalise_match,
)
from trainaudit.detect.patterns import LABELS, Pattern, load_patterns
from trainaudit.errors import TrainauditError

__all__ = ["COMPONENT", "SPANS_KEY", "MentionDetector", "build_pipeline", "merge_mentions"]

#: Name of the pipeline component.
COMPONENT: Final = "trainaudit_mentions"
#: Key of the mention spans in ``doc.spans``.
SPANS_KEY: Final = "trainaudit_mentions"
#: Pattern id of the organisation names given to ``build_pipeline(extra_orgs=...)``.
EXTRA_ORG_ID: Final = "org.extra"

_PRIORITY: Final = {label: rank for rank, label in enumerate(LABELS)}


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A normalised match before merging, with whether a generic pattern found it."""

    mention: Mention
    generic: bool


def _rank(candidate: _Candidate) -> tuple[int, int, bool, int, str]:
    """Order candidates for merging: longest, then label priority, specific, earliest."""
    m = candidate.mention
    return (
        m.start - m.end,
        _PRIORITY.get(m.label, len(_PRIORITY)),
        candidate.generic,
        m.start,
        m.pattern_id,
    )


def _shadowed(mention: Mention, spans: set[tuple[int, int]]) -> bool:
    """Tell a creatorless quoted title that only quotes another mention."""
    return (
        mention.label == "WORK"
        and mention.attr("creator") is None
        and (mention.start + 1, mention.end - 1) in spans
    )


def _merge(candidates: Sequence[_Candidate]) -> tuple[Mention, ...]:
    """Keep non-overlapping candidates, best first by ``_rank``; return them by start."""
    spans = {(c.mention.start, c.mention.end) for c in candidates if c.mention.label != "WORK"}
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Mention] = []
    for candidate in sorted(candidates, key=_rank):
        m = candidate.mention
        if _shadowed(m, spans):
            continue
        i = bisect_right(starts, m.start)
        if (i > 0 and ends[i - 1] > m.start) or (i < len(starts) and starts[i] < m.end):
            continue
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        chosen.insert(i, m)
    return tuple(chosen)


def merge_mentions(mentions: Iterable[Mention], generic: Iterable[str] = ()) -> tuple[Mention, ...]:
    """Merge overlapping mentions: longest wins, then label priority, then specific patterns."""
    generic_ids = frozenset(generic)
    return _merge([_Candidate(m, m.pattern_id in generic_ids) for m in mentions])


class MentionDetector:
    """The spaCy component: phrase, token, regex and finder patterns, normalised and merged."""

    def __init__(self, nlp: Language) -> None:
        tokenizer: Any = nlp.tokenizer
        self._make_docs: Callable[[Iterable[str]], Iterable[Doc]] = tokenizer.pipe
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._matcher = Matcher(nlp.vocab, validate=True)
        self._strings = nlp.vocab.strings
        self._keys: dict[int, Pattern] = {}
        self._regexes: list[Pattern] = []
        self._finders: list[Pattern] = []
        self._context = NormaliseContext()

    def add_patterns(self, patterns: Iterable[Pattern]) -> None:
        """Add patterns to the matchers they belong to."""
        for pattern in patterns:
            if pattern.phrases:
                self._add_phrases(pattern.id, pattern, pattern.phrases)
            elif pattern.tokens:
                alternatives = [[dict(spec) for spec in alt] for alt in pattern.tokens]
                self._matcher.add(self._key(pattern.id, pattern), alternatives)
            elif pattern.regex is not None:
                self._regexes.append(pattern)
            elif pattern.finder is not None:
                self._finders.append(pattern)

    def add_orgs(self, names: Iterable[str]) -> None:
        """Add a rights holder's own organisation names (matched ignoring case)."""
        for index, name in enumerate(names):
            pattern = Pattern(
                id=EXTRA_ORG_ID,
                label="ORG",
                family="extra",
                source="build_pipeline(extra_orgs=...)",
                normaliser="canonical",
                normalised=name,
                explain="An organisation name of the rights holder, given at run time.",
                phrases=(name,),
            )
            self._add_phrases(f"{EXTRA_ORG_ID}#{index}", pattern, (name,))

    def _key(self, key: str, pattern: Pattern) -> str:
        """Register a matcher key for a pattern and return it."""
        self._keys[self._strings.add(key)] = pattern
        return key

    def _add_phrases(self, key: str, pattern: Pattern, phrases: Sequence[str]) -> None:
        """Add phrases to the case-sensitive or the lower-case PhraseMatcher."""
        matcher = self._orth if pattern.case_sensitive else self._lower
        matcher.add(self._key(key, pattern), list(self._make_docs(phrases)))
        self._remember(pattern, phrases)

    def _remember(self, pattern: Pattern, phrases: Sequence[str]) -> None:
        """Index the names of specific crawlers and organisations for the normalisers."""
        if pattern.generic or pattern.label not in ("CRAWLER", "ORG"):
            return
        names = {" ".join(p.split()).lower(): pattern for p in phrases}
        ctx = self._context
        if pattern.label == "CRAWLER":
            self._context = NormaliseContext(crawlers={**ctx.crawlers, **names}, orgs=ctx.orgs)
        else:
            self._context = NormaliseContext(crawlers=ctx.crawlers, orgs={**ctx.orgs, **names})

    def _matches(self, doc: Doc, text: str) -> list[_Candidate]:
        """Normalise the PhraseMatcher and Matcher matches of a Doc whose text is ``text``."""
        found: list[_Candidate] = []
        for matcher in (self._lower, self._orth, self._matcher):
            if len(matcher) == 0:  # an empty matcher warns on every call
                continue
            for key, start, end in matcher(doc):
                pattern = self._keys[key]
                span = doc[start:end]
                mention = normalise_match(
                    pattern, text, span.start_char, span.end_char, self._context
                )
                if mention is not None:
                    found.append(
                        _Candidate(mention, pattern.generic and mention.pattern_id == pattern.id)
                    )
        return found

    def _regex_matches(self, text: str) -> list[_Candidate]:
        """Normalise the matches of the regex patterns."""
        found: list[_Candidate] = []
        for pattern in self._regexes:
            if pattern.regex is None:
                continue
            for match in pattern.regex.finditer(text):
                if match.end() > match.start():
                    mention = normalise_match(
                        pattern, text, match.start(), match.end(), self._context
                    )
                    if mention is not None:
                        found.append(_Candidate(mention, pattern.generic))
        return found

    def __call__(self, doc: Doc) -> Doc:
        """Detect, normalise and merge the mentions of a Doc."""
        text = doc.text  # built from the tokens on every access: read it once
        candidates = self._matches(doc, text) + self._regex_matches(text)
        candidates.extend(_Candidate(m, False) for m in find_with(self._finders, text))
        mentions = _merge(candidates)
        doc.user_data[USER_DATA_KEY] = mentions
        spans = (
            doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand") for m in mentions
        )
        doc.spans[SPANS_KEY] = [s for s in spans if s is not None]
        return doc


@Language.factory(COMPONENT)
def _make_detector(nlp: Language, name: str) -> MentionDetector:  # noqa: ARG001 - spaCy's signature
    """Create an empty mention detector; build_pipeline adds the patterns."""
    return MentionDetector(nlp)


def _base_pipeline(model: str | None) -> Language:
    """Return a blank English pipeline, or load an installed model (never downloading one)."""
    if model is None:
        return spacy.blank("en")
    try:
        return spacy.load(model)
    except OSError as exc:
        raise TrainauditError(
            f"spaCy model {model!r} is not installed: install it with pip (trainaudit never "
            "downloads models) or leave model unset to use a blank English pipeline"
        ) from exc


@lru_cache(maxsize=8)
def _build(model: str | None, extra_orgs: tuple[str, ...], patterns_dir: str | None) -> Language:
    """Build the pipeline for one set of arguments (cached)."""
    patterns = load_patterns(Path(patterns_dir) if patterns_dir is not None else None)
    nlp = _base_pipeline(model)
    detector: Any = nlp.add_pipe(COMPONENT, last=True)
    detector.add_patterns(patterns)
    detector.add_orgs(extra_orgs)
    return nlp


def build_pipeline(
    *, model: str | None = None, extra_orgs: Sequence[str] = (), patterns_dir: Path | None = None
) -> Language:
    """Return the mention-detection pipeline for these arguments, built once and cached."""
    names = tuple(dict.fromkeys(" ".join(n.split()) for n in extra_orgs if n.strip()))
    folder = str(patterns_dir.resolve()) if patterns_dir is not None else None
    return _build(model, names, folder)
