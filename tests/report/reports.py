"""Real reports for the format tests: corpus summaries checked against the demo catalogue."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from pathlib import Path

from tests.conftest import ROOT
from trainaudit.catalogue.open import open_catalogue
from trainaudit.checkrun.checker import Checker
from trainaudit.report.model import DocumentResult, Report
from trainaudit.rules.load import load_rules

SUMMARIES = ROOT / "corpora" / "summaries"
CATALOGUE = ROOT / "corpora" / "catalogues" / "demo" / "catalogue.yaml"
AS_OF = dt.date(2026, 11, 25)


@functools.cache
def demo_checker() -> Checker:
    """A checker with the bundled rules and the demo catalogue, as of AS_OF (built once)."""
    rule_set = load_rules()
    return Checker(
        rule_set=rule_set,
        rules=rule_set.rules,
        as_of=AS_OF,
        catalogue=open_catalogue(CATALOGUE, use_cache=False),
        catalogue_path=CATALOGUE,
    )


def checked_report(paths: Iterable[Path], errors: tuple[str, ...] = ()) -> Report:
    """Return the report of checking these summaries against the demo catalogue."""
    checker = demo_checker()
    documents = []
    for path in paths:
        result = checker.check(path)
        assert isinstance(result, DocumentResult), result
        documents.append(result)
    return checker.report(documents, errors)
