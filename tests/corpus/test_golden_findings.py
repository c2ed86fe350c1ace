"""On the corpora, every expected finding is produced and no unexpected one (golden files)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT


def _tool() -> ModuleType:
    """Import tools/update_golden_findings.py by path."""
    path = ROOT / "tools" / "update_golden_findings.py"
    spec = importlib.util.spec_from_file_location("update_golden_findings", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()
DOCUMENTS = TOOL.documents()


def _key(finding: dict[str, object]) -> str:
    """Return a finding as one comparable line."""
    return json.dumps(finding, sort_keys=True, ensure_ascii=False)


@pytest.mark.parametrize(("folder", "path"), DOCUMENTS, ids=[p.name for _, p in DOCUMENTS])
def test_findings_match_golden(folder: str, path: Path) -> None:
    """The findings equal the reviewed golden file: none missing, none unexpected."""
    golden = TOOL.GOLDEN / folder / f"{path.stem}.json"
    assert golden.is_file(), f"no golden file {golden}: run tools/update_golden_findings.py"
    want = {_key(f) for f in json.loads(golden.read_text(encoding="utf-8"))}
    got = {_key(f) for f in TOOL.findings_of(path)}
    assert not want - got, f"expected findings not produced: {sorted(want - got)}"
    assert not got - want, f"unexpected findings: {sorted(got - want)}"
