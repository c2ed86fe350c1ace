"""The ten summaries written independently of the extractor (corpora/heldout)."""

from __future__ import annotations

import json

from bench.extract_accuracy import find_documents, score
from tests.conftest import ROOT
from trainaudit.summary import read_summary
from trainaudit.template.fields import FIELDS_BY_ID, ValueType

HELDOUT = ROOT / "corpora" / "heldout" / "summaries"
#: Measured once before any change for them: 0.782 and 13 flipped tristates; the floor
#: now guards the generic fixes they led to.
MIN_OVERALL = 0.93


def test_heldout_accuracy_and_no_flips() -> None:
    scores: list[float] = []
    flips: list[str] = []
    for doc, gold_path in find_documents(HELDOUT):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        got = read_summary(doc).to_flat()
        for field, expected in gold.items():
            if field.startswith("_"):
                continue
            scores.append(score(field, expected, got[field]))
            if FIELDS_BY_ID[field].type is ValueType.TRISTATE and {expected, got[field]} == {
                "yes",
                "no",
            }:
                flips.append(f"{doc.name} {field}")
    assert len(scores) == 10 * 58
    assert sum(scores) / len(scores) >= MIN_OVERALL
    assert not flips, flips
