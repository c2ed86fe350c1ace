"""The per-document result cache, the checker's key and baselines."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT
from trainaudit.checkrun.baseline import BaselineError, baseline_text, read_baseline
from trainaudit.checkrun.checker import Checker, Unreadable
from trainaudit.checkrun.result_cache import ResultCache, document_key
from trainaudit.checkrun.runner import run_checks
from trainaudit.report.model import DocumentResult
from trainaudit.rules.load import load_rules

DOC = ROOT / "corpora" / "summaries" / "northwind_tasklist.md"
AS_OF = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def checker() -> Checker:
    """A checker with the bundled rules and no catalogue."""
    rule_set = load_rules()
    return Checker(rule_set=rule_set, rules=rule_set.rules, as_of=AS_OF)


def test_cached_result_equals_the_fresh_one(checker: Checker, tmp_path: Path) -> None:
    """A document's result read back from the cache is the result computed."""
    cache = ResultCache(tmp_path / "cache")
    first = run_checks(checker, [DOC], cache=cache)
    second = run_checks(checker, [DOC], cache=cache)
    assert (first.checked, first.cached) == (1, 0)
    assert (second.checked, second.cached) == (0, 1)
    assert second.documents == first.documents
    assert second.documents[0].cached and not first.documents[0].cached


def test_same_bytes_at_another_path_reuse_the_entry(checker: Checker, tmp_path: Path) -> None:
    """A copied document hits the cache and its findings name the new path."""
    cache = ResultCache(tmp_path / "cache")
    run_checks(checker, [DOC], cache=cache)
    copy = tmp_path / "copy.md"
    copy.write_bytes(DOC.read_bytes())
    again = run_checks(checker, [copy], cache=cache)
    assert again.cached == 1
    assert again.documents[0].path == str(copy)
    assert {f.document for f in again.documents[0].findings} == {str(copy)}


def test_key_changes_with_date_rules_and_content(checker: Checker) -> None:
    """Another date, another rule selection or other bytes give another key."""
    base = checker.key()
    later = dataclasses.replace(checker, as_of=AS_OF + dt.timedelta(days=1))
    fewer = dataclasses.replace(checker, rules=checker.rules[:10])
    assert len({base, later.key(), fewer.key()}) == 3
    assert document_key(b"a", base) != document_key(b"b", base)
    assert document_key(b"a", base) == document_key(b"a", base)


def test_corrupt_or_foreign_entries_are_rebuilt(checker: Checker, tmp_path: Path) -> None:
    """A truncated entry or one recorded under another key is ignored, then rewritten."""
    cache = ResultCache(tmp_path / "cache")
    run_checks(checker, [DOC], cache=cache)
    (entry,) = (tmp_path / "cache").rglob("*.json")
    entry.write_text(entry.read_text(encoding="utf-8")[:100], encoding="utf-8")
    rerun = run_checks(checker, [DOC], cache=cache)
    assert rerun.checked == 1
    json.loads(entry.read_text(encoding="utf-8"))
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["key"] = "0" * 64
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert run_checks(checker, [DOC], cache=cache).checked == 1


def test_unreadable_documents_are_cached_with_their_message(
    checker: Checker, tmp_path: Path
) -> None:
    """A lasting failure is cached; the cached message names the document's path."""
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    cache = ResultCache(tmp_path / "cache")
    first = run_checks(checker, [bad], cache=cache)
    second = run_checks(checker, [bad], cache=cache)
    assert first.errors == second.errors and str(bad) in first.errors[0]
    assert second.checked == 0


def test_a_passing_failure_is_not_cached(tmp_path: Path) -> None:
    """An internal error (a bug) is reported but not stored."""
    cache = ResultCache(tmp_path / "cache")
    cache.put("k" * 64, DOC, Unreadable("boom", lasting=False))
    assert not list((tmp_path / "cache").rglob("*.json"))


def test_two_jobs_give_the_results_of_one(checker: Checker) -> None:
    """Forked workers return the same results, in the order of the paths."""
    docs = sorted((ROOT / "corpora" / "summaries").glob("*_*.md"))[:4]
    one = run_checks(checker, docs, jobs=1)
    two = run_checks(checker, docs, jobs=2)
    assert [d.path for d in two.documents] == [str(d) for d in docs]
    assert two.documents == one.documents


def test_baseline_round_trip_and_errors(checker: Checker, tmp_path: Path) -> None:
    """A written baseline reads back as the findings' fingerprints; bad files are one-liners."""
    result = checker.check(DOC)
    assert isinstance(result, DocumentResult)
    path = tmp_path / "baseline.json"
    path.write_text(baseline_text([result]), encoding="utf-8")
    assert read_baseline(path) == {f.fingerprint() for f in result.findings}
    with pytest.raises(BaselineError, match="no such baseline"):
        read_baseline(tmp_path / "none.json")
    path.write_text("{", encoding="utf-8")
    with pytest.raises(BaselineError, match="invalid JSON"):
        read_baseline(path)
    path.write_text('{"baseline_version": 1, "findings": [{"rule": "x"}]}', encoding="utf-8")
    with pytest.raises(BaselineError, match="fingerprint"):
        read_baseline(path)
