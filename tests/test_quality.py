"""The project's own checks, run as tests so that one command proves everything."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff not installed")
def test_ruff_check_is_clean() -> None:
    result = _run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff not installed")
def test_ruff_format_is_clean() -> None:
    result = _run("ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_summary_schema_is_generated_from_the_field_table() -> None:
    result = _run(sys.executable, "tools/gen_summary_schema.py", "--check")
    assert result.returncode == 0, (
        "schemas/summary.schema.json is stale: run tools/gen_summary_schema.py"
    )


def test_rule_docs_are_generated_from_the_rule_files() -> None:
    result = _run(sys.executable, "tools/gen_rule_docs.py", "--check")
    assert result.returncode == 0, result.stderr
