"""The seven real published summaries in ../shared: field accuracy against the hand-checked gold."""

from __future__ import annotations

from pathlib import Path

from bench.extract_accuracy import evaluate
from trainaudit.summary import read_summary

#: The issue's bound on the real dev set.
MIN_ACCURACY = 0.95


def test_real_documents_reach_the_bound_with_no_flipped_tristate(shared: Path) -> None:
    result = evaluate(shared / "real-summaries" / "dev")
    assert len(result.by_document) == 7
    assert result.overall >= MIN_ACCURACY
    assert not result.flips, result.flips


def test_the_bria_summary_is_found_inside_its_16_page_bundle(shared: Path) -> None:
    summary = read_summary(shared / "real-summaries" / "dev" / "Bria_32_2026_01_12.pdf")
    assert summary.source.pages == 16
    assert summary.source.summary_pages == (5, 8)  # per the gold file's notes
