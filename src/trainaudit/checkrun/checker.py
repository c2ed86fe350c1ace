"""Everything needed to check one document, loaded once, and a key of all of it for the cache."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from trainaudit.catalogue.open import OpenCatalogue, fingerprint
from trainaudit.codehash import code_digest, digest_files
from trainaudit.errors import InputError, TrainauditError
from trainaudit.optout.crawlers import CrawlerRegistry
from trainaudit.report.build import document_result, reservations_of
from trainaudit.report.model import DocumentResult, Report
from trainaudit.rules.context import CheckContext
from trainaudit.rules.engine import run_rules
from trainaudit.rules.load import RuleSet
from trainaudit.rules.model import Rule
from trainaudit.schema import ensure_valid
from trainaudit.summary import read_summary

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A document that could not be read, and why (one line naming the file)."""

    message: str
    #: True when the same bytes will always fail the same way (worth caching).
    lasting: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class Checker:
    """The rules, catalogue and date a corpus is checked with; checks one document."""

    rule_set: RuleSet
    rules: tuple[Rule, ...]
    as_of: dt.date
    catalogue: OpenCatalogue | None = None
    catalogue_path: Path | None = None
    catalogue_columns: Mapping[str, str] | None = None
    extra_crawlers: CrawlerRegistry | None = None
    extra_crawlers_path: Path | None = None

    def key(self) -> str:
        """Return a hash of everything a document's result depends on besides its bytes."""
        digest = hashlib.sha256(b"trainaudit-check-1\0")
        digest.update(code_digest().encode() + b"\0")
        digest.update(self.as_of.isoformat().encode() + b"\0")
        rule_files = [r.path for r in self.rules if r.path is not None]
        digest_files(digest, rule_files)
        digest.update(",".join(r.id for r in self.rules).encode() + b"\0")
        if self.catalogue is not None:
            # The fingerprint the index cache already took; computed here only when it was off.
            found = self.catalogue.fingerprint or fingerprint(
                self.catalogue.catalogue.path, self.catalogue_columns, skip_bad_rows=False
            )
            digest.update((found or "unhashable").encode())
            local = [r.file for r in self.catalogue.catalogue.reservations if r.file is not None]
            digest_files(digest, local)
        if self.extra_crawlers_path is not None:
            digest_files(digest, [self.extra_crawlers_path])
        return digest.hexdigest()

    def report(
        self,
        documents: Iterable[DocumentResult],
        errors: Iterable[str] = (),
        baseline: frozenset[str] | None = None,
    ) -> Report:
        """Return the report of these results: rules, packs, catalogue and its reservations."""
        opened = self.catalogue
        return Report(
            as_of=self.as_of,
            packs=tuple(name for name, _ in self.rule_set.packs),
            rules=self.rules,
            documents=tuple(documents),
            errors=tuple(errors),
            catalogue=str(self.catalogue_path) if self.catalogue_path else None,
            holder=opened.catalogue.holder.name if opened else None,
            reservations=reservations_of(opened.catalogue) if opened else (),
            baseline=baseline,
        )

    def check(self, path: Path) -> DocumentResult | Unreadable:
        """Read one document and run the rules on it; never raises for a bad document."""
        try:
            summary = read_summary(path)
            ensure_valid(summary.to_dict(), "summary")
            context = CheckContext(
                summary=summary,
                catalogue=self.catalogue,
                as_of=self.as_of,
                extra_crawlers=self.extra_crawlers,
            )
            findings = run_rules(self.rules, context)
            matches = context.catalogue_matches if self.catalogue is not None else None
            return document_result(str(path), summary, findings, matches)
        except InputError as exc:
            return Unreadable(str(exc))
        except TrainauditError as exc:
            return Unreadable(f"{path}: {exc}")
        except Exception as exc:  # a bug: say so, do not cache it
            log.debug("checking %s failed", path, exc_info=True)
            message = f"{path}: internal error ({type(exc).__name__}: {exc}); please report it"
            return Unreadable(message, lasting=False)
