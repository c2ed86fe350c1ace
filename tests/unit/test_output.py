"""Atomic output: whole files or none, with the permissions a normal file gets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from trainaudit.output import atomic_open, atomic_write


def test_written_file_has_the_umask_mode(tmp_path: Path) -> None:
    """A new file is 0666 less the umask (not mkstemp's 0600); an old one keeps its mode."""
    mask = os.umask(0o022)
    try:
        target = tmp_path / "report.json"
        atomic_write(target, "{}\n")
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o600)
        atomic_write(target, "[]\n")
        assert target.stat().st_mode & 0o777 == 0o600
        assert target.read_text(encoding="utf-8") == "[]\n"
    finally:
        os.umask(mask)


def test_an_exception_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    """A failure while writing keeps the previous content and removes the temporary file."""
    target = tmp_path / "report.md"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_open(target) as stream:
        stream.write("half")
        raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
