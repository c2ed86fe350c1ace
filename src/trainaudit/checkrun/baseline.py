"""Baselines: the findings a corpus already had, so that CI fails only on new ones."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from trainaudit.errors import TrainauditError
from trainaudit.output import atomic_write
from trainaudit.report.model import DocumentResult

#: Version of the baseline file format.
BASELINE_VERSION = 1


class BaselineError(TrainauditError):
    """A baseline file that cannot be read."""


def read_baseline(path: Path) -> frozenset[str]:
    """Return the finding fingerprints recorded in a baseline file."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        message = f"{path}: no such baseline (write one with --update-baseline)"
        raise BaselineError(message) from None
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror}") from None
    except ValueError as exc:
        raise BaselineError(f"{path}: not a baseline: invalid JSON ({exc})") from None
    if (
        not isinstance(data, dict)
        or data.get("baseline_version") != BASELINE_VERSION
        or not isinstance(data.get("findings"), list)
    ):
        raise BaselineError(
            f"{path}: not a trainaudit baseline (version {BASELINE_VERSION} with a findings list)"
        )
    fingerprints = [
        f["fingerprint"]
        for f in data["findings"]
        if isinstance(f, dict) and isinstance(f.get("fingerprint"), str)
    ]
    if len(fingerprints) != len(data["findings"]):
        raise BaselineError(f"{path}: every finding of a baseline needs a fingerprint")
    return frozenset(fingerprints)


def baseline_text(documents: Iterable[DocumentResult]) -> str:
    """Return the baseline file of these results: one entry per finding, readable and sorted."""
    entries = sorted(
        (
            {
                "fingerprint": f.fingerprint(),
                "document": d.path,
                "rule_id": f.rule_id,
                "field": f.field,
                "message": f.message,
            }
            for d in documents
            for f in d.findings
        ),
        key=lambda e: (e["document"], e["rule_id"], e["fingerprint"]),
    )
    unique = list({e["fingerprint"]: e for e in entries}.values())
    data = {"baseline_version": BASELINE_VERSION, "tool": "trainaudit", "findings": unique}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_baseline(path: Path, documents: Iterable[DocumentResult]) -> int:
    """Write the baseline atomically; return the number of findings recorded."""
    text = baseline_text(documents)
    atomic_write(path, text)
    return text.count('"fingerprint"')
