"""Corpus runs of `check`: folders, jobs, cache, baselines, configuration, interruption."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from trainaudit.cli import app

SUMMARIES = ROOT / "corpora" / "summaries"


def run(*args: str, cwd: Path | None = None) -> tuple[int, str, str]:
    """Run the CLI (in ``cwd`` if given); return exit code, stdout and stderr."""
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, list(args))
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small corpus folder: four text summaries and a sub-folder to exclude."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in [*sorted(SUMMARIES.glob("*_*.md")), SUMMARIES / "pixelforge_words.txt"]:
        shutil.copy(path, folder / path.name)
    (folder / "drafts").mkdir()
    shutil.copy(SUMMARIES / "northwind_tasklist.md", folder / "drafts" / "draft.md")
    return folder


def test_folder_walk_excludes_and_second_run_is_cached(corpus: Path, tmp_path: Path) -> None:
    """--exclude leaves a sub-folder out; the second run takes every result from the cache."""
    args = ("check", str(corpus), "--exclude", "drafts", "-f", "json", "--as-of", "2026-11-25")
    env_cache = tmp_path / "cache"
    os.environ["TRAINAUDIT_CACHE_DIR"] = str(env_cache)
    try:
        _, first, err1 = run(*args)
        _, second, err2 = run(*args)
    finally:
        del os.environ["TRAINAUDIT_CACHE_DIR"]
    paths = [d["document"] for d in json.loads(first)["documents"]]
    assert len(paths) == 4 and not any("drafts" in p for p in paths)
    assert "4 checked, 0 from the cache" in err1
    assert "0 checked, 4 from the cache" in err2
    assert json.loads(first) == json.loads(second)


def test_jobs_do_not_change_the_report(corpus: Path) -> None:
    """--jobs 2 gives the same JSON as --jobs 1."""
    args = ("check", str(corpus), "-f", "json", "--as-of", "2026-11-25", "--no-cache")
    assert json.loads(run(*args, "-j", "1")[1]) == json.loads(run(*args, "-j", "2")[1])


def test_baseline_makes_only_new_findings_count(corpus: Path, tmp_path: Path) -> None:
    """Known findings do not fail the run; a new one does; the JSON marks each finding."""
    baseline = tmp_path / "baseline.json"
    common = ("--as-of", "2026-11-25", "--fail-on", "note", "--baseline", str(baseline))
    code, _, err = run("check", str(corpus), *common, "--update-baseline")
    assert code == 0 and "to the baseline" in err
    recorded = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert recorded
    assert run("check", str(corpus), *common)[0] == 0
    doc = corpus / sorted(p.name for p in corpus.glob("*.md"))[0]
    doc.write_text(doc.read_text(encoding="utf-8").replace("2.3", "2.9", 1), encoding="utf-8")
    other = corpus / "extra.md"
    other.write_text(
        (SUMMARIES / "tessera_tasklist_no_2_6.md").read_text(encoding="utf-8"), encoding="utf-8"
    )
    code, out, _ = run("check", str(corpus), *common, "-f", "json")
    data = json.loads(out)
    states = {
        f["baseline_state"]
        for d in data["documents"]
        if d["document"].endswith("extra.md")
        for f in d["findings"]
    }
    assert code == 1 and states == {"new"}
    known = {
        f["baseline_state"]
        for d in data["documents"]
        if not d["document"].endswith("extra.md")
        for f in d["findings"]
    }
    assert "unchanged" in known


def test_baseline_problems_are_one_line_errors(corpus: Path, tmp_path: Path) -> None:
    """A missing or broken baseline exits 2 naming the file."""
    code, _, err = run("check", str(corpus), "--baseline", str(tmp_path / "none.json"))
    assert code == 2 and "none.json" in err and "Traceback" not in err
    code, _, err = run("check", str(corpus), "--update-baseline")
    assert code == 2 and "--baseline" in err


def test_configuration_is_read_and_the_command_line_wins(corpus: Path, tmp_path: Path) -> None:
    """[tool.trainaudit] sets select, exclude and format; options given override them."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text(
        "[tool.trainaudit]\n"
        'select = ["TDS001", "TDS006"]\n'
        'exclude = ["drafts"]\n'
        'format = "json"\n'
        'fail-on = "note"\n',
        encoding="utf-8",
    )
    args = ("check", str(corpus), "--as-of", "2026-11-25", "--no-cache")
    _, out, _ = run(*args, cwd=project)
    data = json.loads(out)
    assert set(data["rules"]) == {"TDS001", "TDS006"}
    assert len(data["documents"]) == 4
    _, out, _ = run(*args, "--select", "TDS045", cwd=project)
    assert json.loads(out)["rules"] == ["TDS045"]
    _, out, _ = run(*args, "-f", "markdown", cwd=project)
    assert out.startswith("# trainaudit report")


def test_trainaudit_toml_and_bad_configuration(corpus: Path, tmp_path: Path) -> None:
    """trainaudit.toml is found too; an unknown key or bad value is one line naming the file."""
    project = tmp_path / "p"
    project.mkdir()
    (project / "trainaudit.toml").write_text('fail-on = "fatal"\n', encoding="utf-8")
    code, _, err = run("check", str(corpus), cwd=project)
    assert code == 2 and "trainaudit.toml" in err and "fail-on" in err
    (project / "trainaudit.toml").write_text("fail-on = [\n", encoding="utf-8")
    code, _, err = run("check", str(corpus), cwd=project)
    assert code == 2 and "not valid TOML" in err and "Traceback" not in err


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_run_leaves_nothing_half_written(sig: signal.Signals, tmp_path: Path) -> None:
    """Ctrl-C or SIGTERM mid-run: no output file, no temporary files, only whole cache entries."""
    cache = tmp_path / "cache"
    out = tmp_path / "out" / "report.json"
    env = {**os.environ, "TRAINAUDIT_CACHE_DIR": str(cache), "CI": "1"}
    command = [sys.executable, "-m", "trainaudit", "check", str(SUMMARIES), "-j", "2"]
    command += ["-f", "json", "-o", str(out), "--as-of", "2026-11-25"]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(cache.rglob("*.json"))) < 3:
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(sig)
    _, err = process.communicate(timeout=60)
    assert process.returncode == (130 if sig == signal.SIGINT else 143)
    assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("error:")
    assert not out.exists()
    assert not list(out.parent.glob("*")) if out.parent.exists() else True
    files = [p for p in cache.rglob("*") if p.is_file()]
    assert not [p for p in files if p.name.startswith(".")], "a temporary file was left"
    results = list((cache / "results").rglob("*.json"))
    assert results
    for entry in results:
        assert "key" in json.loads(entry.read_text(encoding="utf-8"))


def test_questions_and_diff_read_the_configuration(tmp_path: Path) -> None:
    """The catalogue of [tool.trainaudit] reaches `questions`; its fail-on reaches `diff`."""
    project = tmp_path / "project"
    project.mkdir()
    catalogue = ROOT / "corpora" / "catalogues" / "demo" / "catalogue.yaml"
    (project / "pyproject.toml").write_text(
        f'[tool.trainaudit]\ncatalogue = "{catalogue}"\nfail-on = "note"\n', encoding="utf-8"
    )
    doc = SUMMARIES / "northwind_tasklist.md"
    code, out, _ = run("questions", str(doc), "--as-of", "2026-11-25", cwd=project)
    assert code == 0 and "Nordlicht Musikverlag" in out
    edited = tmp_path / "new.md"
    edited.write_text(
        doc.read_text(encoding="utf-8").replace("NorthwindBot, NorthwindBot-Image", ""),
        encoding="utf-8",
    )
    args = ("diff", str(doc), str(edited), "--as-of", "2026-11-25", "-f", "json")
    assert run(*args, cwd=project)[0] == 1
    assert run(*args, "--fail-on", "error", "--select", "TDS001", cwd=project)[0] == 0
