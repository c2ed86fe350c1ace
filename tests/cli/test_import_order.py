"""Every command module can be imported first (no import cycle between the commands)."""

from __future__ import annotations

import subprocess
import sys

import pytest

MODULES = ["cli", "cli_options", "cli_catalogue", "cli_rules", "cli_diff", "cli_questions"]


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_first(module: str) -> None:
    """Importing one command module in a fresh interpreter registers every command."""
    code = (
        f"import trainaudit.{module}\n"
        "from trainaudit.cli import app\n"
        "import typer.main\n"
        "names = {c.name for c in typer.main.get_command(app).commands.values()}\n"
        "assert {'check', 'diff', 'questions', 'extract', 'match', 'link'} <= names, names\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
