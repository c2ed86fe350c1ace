"""The bundled synthetic corpus: every document against its gold file, field by field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.extract_accuracy import evaluate, find_documents
from tests.conftest import CORPUS
from trainaudit.errors import InputError
from trainaudit.summary import read_summary

#: The issue's bounds: field accuracy >= 0.98 and no tristate flipped between yes and no.
MIN_OVERALL = 0.98
MAX_FLIPS = 0

DOCUMENTS = find_documents(CORPUS)


def _gold(gold_path: Path) -> dict[str, object]:
    return json.loads(gold_path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_corpus_has_every_format() -> None:
    suffixes = {doc.suffix for doc, _ in DOCUMENTS}
    assert {".pdf", ".docx", ".html", ".md", ".txt"} <= suffixes
    assert len(DOCUMENTS) >= 24


@pytest.mark.parametrize(
    ("doc", "gold_path"),
    [pair for pair in DOCUMENTS if "_error" in _gold(pair[1])],
    ids=lambda value: value.name if isinstance(value, Path) else "",
)
def test_unreadable_documents_give_their_error(doc: Path, gold_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_summary(doc)
    assert caught.value.problem.value == _gold(gold_path)["_error"]


def test_corpus_accuracy_and_flips() -> None:
    result = evaluate(CORPUS)
    assert result.overall >= MIN_OVERALL
    assert len(result.flips) <= MAX_FLIPS, result.flips
    assert not result.errors_wrong, result.errors_wrong


def test_a_bundled_summary_is_found_between_the_other_documents() -> None:
    summary = read_summary(CORPUS / "tessera_bundle_letter_x.pdf")
    assert summary.source.pages == 9
    # two pages of cover letter before, a copyright policy after
    assert summary.source.summary_pages == (3, 7)
