"""The documentation's integrations and format pages stay in step with the command line."""

from __future__ import annotations

import re
import shlex

import yaml
from typer.testing import CliRunner

from tests.conftest import ROOT
from trainaudit.cli import app
from trainaudit.report.render import ReportFormat

WORKFLOW = ROOT / "docs" / "integrations" / "github-actions.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"


def options_of(*command: str) -> set[str]:
    """Return the long options a command's --help lists."""
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    return set(re.findall(r"--[a-z][a-z-]+", result.stdout))


def test_every_format_has_a_page() -> None:
    """docs/formats has a page per report format, and for diff and questions."""
    pages = {p.stem for p in (ROOT / "docs" / "formats").glob("*.md")}
    assert {f.value for f in ReportFormat} | {"diff", "questions"} <= pages


def test_workflow_uses_only_real_options() -> None:
    """Every trainaudit call of the GitHub Actions workflow uses options `check` has."""
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = workflow["jobs"]["check"]["steps"]
    scripts = " ".join(step.get("run", "") for step in steps).replace("\\\n", " ")
    calls = [c for c in re.split(r"[\n;|&]", scripts) if "trainaudit check" in c]
    assert len(calls) >= 2
    known = options_of("check")
    for call in calls:
        used = {w for w in shlex.split(call.split(">>")[0]) if w.startswith("--")}
        assert used <= known, used - known
    uses = {step.get("uses", "").split("@")[0] for step in steps}
    assert "github/codeql-action/upload-sarif" in uses


def test_pre_commit_hooks_are_real_commands() -> None:
    """Each hook's entry is a trainaudit command and its args are options of it."""
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert {h["id"] for h in hooks} == {"trainaudit-check", "trainaudit-rules"}
    for hook in hooks:
        command = hook["entry"].split()[1:]
        assert hook["language"] == "python"
        used = {a for a in hook.get("args", []) if a.startswith("--")}
        assert used <= options_of(*command)
