"""Per-field extraction accuracy over a folder of documents with `*.expected.json` gold files.

Scoring: tristates, sizes, dates and periods exact; lists (model names, crawlers, modalities,
datasets, domains) by F1; free text by token-set similarity. Printed per value type, per
document and overall, with the number of tristates flipped between yes and no.

    python bench/extract_accuracy.py corpora/summaries
    python bench/extract_accuracy.py ../shared/real-summaries/dev --diff
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from trainaudit.errors import InputError
from trainaudit.summary import read_summary
from trainaudit.template.fields import FIELDS_BY_ID, ValueType

EXACT = {ValueType.TRISTATE, ValueType.SIZE, ValueType.DATE, ValueType.PERIOD}
LISTS = {ValueType.LIST, ValueType.MODALITIES, ValueType.DATASETS, ValueType.DOMAINS}
SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".md", ".txt")


def _item_key(item: Any) -> str:
    if isinstance(item, dict):
        name = " ".join(str(item.get("name") or "").casefold().split())
        return f"{name}|{(item.get('url') or '').rstrip('/')}"
    return " ".join(str(item).casefold().split())


def f1(expected: list[Any], got: list[Any]) -> float:
    """F1 of two lists compared as sets of normalised items; two empty lists score 1."""
    want = {_item_key(i) for i in expected}
    have = {_item_key(i) for i in got}
    if not want and not have:
        return 1.0
    if not want or not have:
        return 0.0
    hits = len(want & have)
    precision, recall = hits / len(have), hits / len(want)
    return 0.0 if hits == 0 else 2 * precision * recall / (precision + recall)


def text_similarity(expected: str | None, got: str | None) -> float:
    """Token-set similarity in [0, 1]; None matches only None."""
    if expected is None or got is None:
        return 1.0 if expected == got else 0.0
    return fuzz.token_set_ratio(expected, got) / 100.0


def score(field_id: str, expected: Any, got: Any) -> float:
    """Score one field value against its gold value."""
    kind = FIELDS_BY_ID[field_id].type
    if kind in EXACT:
        return 1.0 if expected == got else 0.0
    if kind in LISTS:
        return f1(expected or [], got or [])
    return text_similarity(expected, got)


def find_documents(folder: Path) -> list[tuple[Path, Path]]:
    """Return (document, gold file) pairs in a folder."""
    pairs = []
    for gold in sorted(folder.glob("*.expected.json")):
        stem = gold.name.removesuffix(".expected.json")
        for suffix in SUFFIXES:
            doc = folder / f"{stem}{suffix}"
            if doc.exists():
                pairs.append((doc, gold))
                break
    return pairs


@dataclass
class Evaluation:
    """The scores of a labelled folder: per field, per type, per document, and the flips."""

    by_type: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    by_field: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    by_document: dict[str, float] = field(default_factory=dict)
    flips: list[str] = field(default_factory=list)
    diffs: list[str] = field(default_factory=list)
    errors_ok: int = 0
    errors_wrong: list[str] = field(default_factory=list)

    @property
    def scores(self) -> list[float]:
        return [s for values in self.by_type.values() for s in values]

    @property
    def overall(self) -> float:
        scores = self.scores
        return sum(scores) / len(scores) if scores else 0.0


def _check_error_document(doc: Path, expected: str, result: Evaluation) -> None:
    try:
        read_summary(doc)
        result.errors_wrong.append(f"{doc.name}: expected {expected}, got a summary")
    except InputError as exc:
        if exc.problem.value == expected:
            result.errors_ok += 1
        else:
            result.errors_wrong.append(f"{doc.name}: expected {expected}, got {exc.problem}")


def evaluate(folder: Path) -> Evaluation:
    """Extract every document of a folder and score it against its gold file."""
    result = Evaluation()
    for doc, gold_path in find_documents(folder):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "_error" in gold:
            _check_error_document(doc, gold["_error"], result)
            continue
        try:
            got = read_summary(doc).to_flat()
        except InputError as exc:
            result.errors_wrong.append(f"{doc.name}: {exc}")
            continue
        scores = []
        for field_id, expected in gold.items():
            if field_id.startswith("_"):
                continue
            value = got.get(field_id)
            s = score(field_id, expected, value)
            scores.append(s)
            result.by_type[FIELDS_BY_ID[field_id].type.value].append(s)
            result.by_field[field_id].append(s)
            tristate = FIELDS_BY_ID[field_id].type is ValueType.TRISTATE
            if tristate and {expected, value} == {"yes", "no"}:
                result.flips.append(f"{doc.name}: {field_id} expected {expected}, got {value}")
            if s < 0.999:
                result.diffs.append(
                    f"{doc.name} {field_id} [{s:.2f}]\n  want {expected!r}\n  got  {value!r}"
                )
        result.by_document[doc.name] = sum(scores) / len(scores)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--diff", action="store_true", help="print every imperfect field")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    result = evaluate(args.folder)
    if args.diff:
        print("\n".join(result.diffs))
    by_type, flips = result.by_type, result.flips
    overall, all_scores = result.overall, result.scores
    if args.json:
        print(
            json.dumps(
                {
                    "overall": overall,
                    "by_type": {k: sum(v) / len(v) for k, v in by_type.items()},
                    "by_document": result.by_document,
                    "tristate_flips": flips,
                    "error_documents_ok": result.errors_ok,
                    "error_documents_wrong": result.errors_wrong,
                },
                indent=2,
            )
        )
        return 0
    print(f"{'value type':<12} {'fields':>6} {'accuracy':>9}")
    for kind, values in sorted(by_type.items()):
        print(f"{kind:<12} {len(values):>6} {sum(values) / len(values):>9.3f}")
    print(f"\n{'document':<44} {'accuracy':>9}")
    for name, value in result.by_document.items():
        print(f"{name:<44} {value:>9.3f}")
    worst = sorted(result.by_field.items(), key=lambda kv: sum(kv[1]) / len(kv[1]))[:8]
    print("\nweakest fields: " + ", ".join(f"{k} {sum(v) / len(v):.2f}" for k, v in worst))
    print(f"\nerror documents recognised: {result.errors_ok}, wrong: {len(result.errors_wrong)}")
    for line in result.errors_wrong:
        print(f"  {line}")
    print(f"tristates flipped yes<->no: {len(flips)}")
    for line in flips:
        print(f"  {line}")
    print(f"\noverall field accuracy: {overall:.3f} over {len(all_scores)} fields")
    return 0


if __name__ == "__main__":
    sys.exit(main())
