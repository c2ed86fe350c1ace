"""What a check sees: the summary, the catalogue, the date of the check, helpers to read fields."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from trainaudit.catalogue.open import OpenCatalogue
from trainaudit.catalogue.summary_match import SummaryMatches, match_summary
from trainaudit.detect.mentions import LocatedMention, mentions_in_summary
from trainaudit.models import FieldState, FieldValue, Summary
from trainaudit.optout.crawlers import CrawlerRegistry, builtin_registry
from trainaudit.rules.model import Evidence
from trainaudit.template.fields import FIELDS

_SECTION_OF = {f.id: f.section for f in FIELDS}


def section_of(field_id: str) -> str | None:
    """Return the template section of a field id (the top of a group for modality fields)."""
    return _SECTION_OF.get(field_id)


def value_text(value: Any) -> str:
    """Return a field value as plain text (lists joined by newlines, dicts by their values)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return " ".join(value_text(v) for v in value.values() if v is not None)
    return str(value)


@dataclass(frozen=True, kw_only=True)
class CheckContext:
    """The inputs of every check on one document."""

    summary: Summary
    catalogue: OpenCatalogue | None = None
    as_of: dt.date = field(default_factory=dt.date.today)
    #: Contents of the catalogue's local opt-out files by path (examples supply them inline).
    files: Mapping[str, str] = field(default_factory=dict)
    #: A crawler registry to use besides the bundled one (e.g. ai.robots.txt's robots.json).
    extra_crawlers: CrawlerRegistry | None = None

    @cached_property
    def crawlers(self) -> CrawlerRegistry:
        """Return the bundled crawler registry, merged with the extra one if given."""
        bundled = builtin_registry()
        return bundled.merged(self.extra_crawlers) if self.extra_crawlers else bundled

    def field(self, field_id: str) -> FieldValue:
        """Return a field, or a missing placeholder when the summary lacks it."""
        found = self.summary.fields.get(field_id)
        if found is None:
            return FieldValue(id=field_id, value=None, state=FieldState.MISSING)
        return found

    def state(self, field_id: str) -> FieldState:
        """Return a field's state."""
        return self.field(field_id).state

    def value(self, field_id: str) -> Any:
        """Return a field's value."""
        return self.field(field_id).value

    def text(self, field_id: str) -> str:
        """Return a field's value as plain text."""
        return value_text(self.value(field_id))

    def evidence(self, field_id: str, quote: str | None = None) -> tuple[Evidence, ...]:
        """Return a field's evidence (or the part quoting ``quote``), as finding evidence."""
        found = self.field(field_id).evidence
        if quote:
            matching = [e for e in found if quote.lower() in e.quote.lower()]
            found = tuple(matching) or found
        return tuple(Evidence(page=e.page, quote=_short(e.quote)) for e in found[:3])

    @cached_property
    def mentions(self) -> tuple[LocatedMention, ...]:
        """Return the spaCy mentions of every field (computed once)."""
        return mentions_in_summary(self.summary)

    @cached_property
    def catalogue_matches(self) -> SummaryMatches | None:
        """Return what the summary names that resolves to the catalogue (computed once)."""
        if self.catalogue is None:
            return None
        return match_summary(self.summary, self.catalogue)

    def file_text(self, path: Path | str) -> str | None:
        """Return the text of a catalogue's local file (inline files of examples first)."""
        key = str(path)
        if key in self.files:
            return self.files[key]
        for name, text in self.files.items():
            if key.endswith("/" + name) or key == name:
                return text
        try:
            return Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None


def _short(quote: str, limit: int = 200) -> str:
    """Return a quote folded onto one line and cut to ``limit`` characters."""
    text = re.sub(r"\s+", " ", quote).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
