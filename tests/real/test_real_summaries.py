"""The seven real published summaries in ../shared: field accuracy against the hand-checked gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.extract_accuracy import find_documents, score
from trainaudit.summary import read_summary
from trainaudit.template.fields import FIELDS_BY_ID, ValueType

#: The issue's bound on the real dev set.
MIN_ACCURACY = 0.95


@pytest.fixture(scope="module")
def results(shared: Path) -> list[tuple[str, dict[str, object], dict[str, object]]]:
    folder = shared / "real-summaries" / "dev"
    out = []
    for doc, gold_path in find_documents(folder):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        out.append((doc.name, gold, read_summary(doc).to_flat()))
    assert len(out) == 7
    return out


def test_real_documents_reach_the_accuracy_floor(results: list) -> None:  # type: ignore[type-arg]
    scores = [
        score(field, expected, got.get(field))
        for _, gold, got in results
        for field, expected in gold.items()
        if not field.startswith("_")
    ]
    assert sum(scores) / len(scores) >= MIN_ACCURACY


def test_no_tristate_is_flipped_between_yes_and_no(results: list) -> None:  # type: ignore[type-arg]
    flips = [
        f"{name}: {field} expected {expected}, got {got.get(field)}"
        for name, gold, got in results
        for field, expected in gold.items()
        if not field.startswith("_")
        and FIELDS_BY_ID[field].type is ValueType.TRISTATE
        and {expected, got.get(field)} == {"yes", "no"}
    ]
    assert not flips, flips


def test_the_bria_summary_is_found_inside_its_16_page_bundle(shared: Path) -> None:
    summary = read_summary(shared / "real-summaries" / "dev" / "Bria_32_2026_01_12.pdf")
    assert summary.source.pages == 16
    assert summary.source.summary_pages == (5, 8)  # per the gold file's notes
