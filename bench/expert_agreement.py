"""Our findings on the seven real summaries against the deficiencies the experts name.

bench/data/expert_deficiencies.yaml is our reading of the expert assessments in
../shared/real-summaries/dev/expert-assessments/: each deficiency with its template section
and the field(s) a checker must flag to have caught it. A deficiency counts as caught when a
finding of the bundled rules (no catalogue) names one of its fields. Printed per summary and
section: what the experts flag that we flag too, what we miss, and the findings on fields
the experts do not fault; then the share of completeness deficiencies caught (bound: 80%).

    python -m bench.expert_agreement [--details]
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from trainaudit.rules.context import CheckContext
from trainaudit.rules.engine import run_rules
from trainaudit.rules.load import load_rules
from trainaudit.rules.model import Finding
from trainaudit.summary import read_summary

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "real-summaries" / "dev"
DATA = ROOT / "bench" / "data" / "expert_deficiencies.yaml"
AS_OF = dt.date(2026, 11, 25)


def findings(document: str) -> list[Finding]:
    """Return the bundled rules' findings on one real summary."""
    summary = read_summary(DEV / f"{document}.pdf")
    return run_rules(load_rules().rules, CheckContext(summary=summary, as_of=AS_OF))


@dataclass
class Row:
    """Counts for one summary and section."""

    experts: int = 0
    caught: int = 0
    missed: int = 0
    ours_only: int = 0
    lines: list[str] = field(default_factory=list)


def compare(items: list[dict[str, Any]], found: list[Finding]) -> dict[str, Row]:
    """Return per section: the experts' completeness items caught and missed, and ours alone."""
    rows: dict[str, Row] = defaultdict(Row)
    flagged = {f.field for f in found if f.field}
    expert_fields = {f for item in items for f in item["fields"]}
    for item in items:
        if item["kind"] != "completeness":
            continue
        row = rows[item["section"]]
        hit = bool(set(item["fields"]) & flagged)
        row.experts += 1
        row.caught += hit
        row.missed += not hit
        row.lines.append(f"{'caught' if hit else 'MISSED'} {item['id']}: {item['expert'][:90]}")
    for finding in found:
        if finding.field and finding.field not in expert_fields:
            row = rows[finding.section or "-"]
            row.ours_only += 1
            row.lines.append(f"ours only {finding.rule_id} {finding.field}: {finding.message[:80]}")
    return rows


def main() -> None:
    """Compare, print the table and the totals."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="list every item")
    args = parser.parse_args()
    if not DEV.is_dir():
        raise SystemExit(f"skipped: {DEV} not found")
    data: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    caught = total = 0
    print(f"{'summary':<24}{'section':<9}{'experts':>8}{'caught':>8}{'missed':>8}{'ours only':>11}")
    for document, items in data["documents"].items():
        for section, row in sorted(compare(items, findings(document)).items()):
            print(
                f"{document:<24}{section:<9}{row.experts:>8}{row.caught:>8}{row.missed:>8}"
                f"{row.ours_only:>11}"
            )
            if args.details:
                for line in row.lines:
                    print(f"    {line}")
            caught += row.caught
            total += row.experts
    share = caught / total if total else 0.0
    print(
        f"\ncompleteness deficiencies the experts name: {total}; caught {caught} "
        f"({share:.0%}, bound 80%)"
    )


if __name__ == "__main__":
    main()
