"""Write (or --check) the golden findings of the corpora: corpora/findings/<folder>/<document>.json.

Every readable document of corpora/summaries and corpora/heldout/summaries is checked with the
bundled rule packs, against the demo catalogue (corpora/catalogues/demo), as of 2026-11-25.
Each golden file lists the findings (rule, severity, section, field, message) a reviewer has
read and accepted. With --check, nothing is written; the differences are printed and the exit
code is 1 when a finding is missing or unexpected.

    python tools/update_golden_findings.py [--check]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

from trainaudit.catalogue.open import OpenCatalogue, open_catalogue
from trainaudit.errors import InputError
from trainaudit.rules.context import CheckContext
from trainaudit.rules.engine import run_rules
from trainaudit.rules.load import load_rules
from trainaudit.rules.model import Rule
from trainaudit.summary import read_summary

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {
    "summaries": ROOT / "corpora" / "summaries",
    "heldout": ROOT / "corpora" / "heldout" / "summaries",
}
GOLDEN = ROOT / "corpora" / "findings"
CATALOGUE = ROOT / "corpora" / "catalogues" / "demo" / "catalogue.yaml"
AS_OF = dt.date(2026, 11, 25)
SUFFIXES = {".pdf", ".docx", ".html", ".md", ".txt"}


def documents() -> list[tuple[str, Path]]:
    """Return (golden folder name, document) for every corpus document."""
    return [
        (name, path)
        for name, folder in FOLDERS.items()
        for path in sorted(folder.iterdir())
        if path.suffix in SUFFIXES and not path.name.upper().startswith("README")
    ]


@cache
def _resources() -> tuple[tuple[Rule, ...], OpenCatalogue]:
    """Load the bundled rules and the demo catalogue once."""
    return load_rules().rules, open_catalogue(CATALOGUE, use_cache=False)


def findings_of(path: Path) -> list[dict[str, Any]]:
    """Return the findings of one document, in a stable order and form."""
    rules, catalogue = _resources()
    try:
        summary = read_summary(path)
    except InputError as exc:
        return [{"unreadable": exc.problem.value}]
    context = CheckContext(summary=summary, catalogue=catalogue, as_of=AS_OF)
    return [
        {
            "rule_id": f.rule_id,
            "severity": f.severity.value,
            "section": f.section,
            "field": f.field,
            "message": f.message,
        }
        for f in run_rules(rules, context)
    ]


def main() -> int:
    """Write or compare every golden file."""
    check = "--check" in sys.argv[1:]
    differences = 0
    for folder, path in documents():
        target = GOLDEN / folder / f"{path.stem}.json"
        got = findings_of(path)
        if check:
            want = json.loads(target.read_text(encoding="utf-8")) if target.is_file() else None
            if want != got:
                differences += 1
                print(f"{target.relative_to(ROOT)} differs", file=sys.stderr)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
