"""`trainaudit check` and `trainaudit rules ...` end to end."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.conftest import ROOT
from tests.unit.test_rules_engine import GOOD, write_pack
from trainaudit.cli import app

SUMMARIES = ROOT / "corpora" / "summaries"
DOC = SUMMARIES / "northwind_tasklist.md"


def run(*args: str) -> tuple[int, str, str]:
    """Run the CLI; return exit code, stdout and stderr."""
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_check_json_findings_carry_the_required_keys(tmp_path: Path) -> None:
    """Each finding has rule id, severity, message, section, field, evidence and references."""
    text = DOC.read_text(encoding="utf-8").replace("NorthwindBot, NorthwindBot-Image", "")
    doc = tmp_path / "doc.md"
    doc.write_text(text, encoding="utf-8")
    code, out, _ = run(
        "check", str(doc), "-f", "json", "--as-of", "2026-11-25", "--fail-on", "note"
    )
    data = json.loads(out)
    findings = data["documents"][0]["findings"]
    assert code == 1
    assert data["schema_version"] == "1.1"
    assert "TDS045" in {f["rule_id"] for f in findings}
    for finding in findings:
        assert {"rule_id", "severity", "message", "section", "field", "evidence", "references"} <= (
            finding.keys()
        )
        assert finding["references"]


def test_exit_codes_follow_fail_on(tmp_path: Path) -> None:
    """0 when nothing reaches --fail-on, 1 when something does, 2 for unreadable input."""
    stale = SUMMARIES / "lumen7b_vector_boxes_no_2_3.pdf"
    args = ("check", str(stale), "--select", "TDS006", "--as-of", "2026-11-25")
    assert run(*args, "--fail-on", "error")[0] == 0
    assert run(*args, "--fail-on", "warning")[0] == 1
    missing = tmp_path / "nope.pdf"
    code, _, err = run("check", str(missing))
    assert code == 2 and "nope.pdf" in err


def test_bad_as_of_is_a_usage_error() -> None:
    """A malformed --as-of date exits 2 with one line."""
    code, _, err = run("check", str(DOC), "--as-of", "25/11/2026")
    assert code == 2 and "--as-of" in err


def test_users_own_pack_and_broken_pack(tmp_path: Path) -> None:
    """--rules adds a user's pack; a broken one stops the run with every problem listed."""
    pack = write_pack(tmp_path / "mine", {"TDS901.yaml": GOOD})
    code, out, _ = run("rules", "list", "--rules", str(pack), "--no-bundled", "-f", "json")
    assert code == 0
    assert [r["id"] for r in json.loads(out)] == ["TDS901"]
    (pack / "TDS902.yaml").write_text("id: TDS902\n")
    code, _, err = run("check", str(DOC), "--rules", str(pack))
    assert code == 2
    assert "TDS902.yaml:1:1" in err and "Traceback" not in err


def test_rules_show_validate_and_test() -> None:
    """show prints the rule's page; validate and test pass on the bundled packs."""
    code, out, _ = run("rules", "show", "TDS045")
    assert code == 0
    assert out.startswith("# TDS045 crawlers-not-named") and "## Legal sources" in out
    assert run("rules", "show", "TDS999")[0] == 2
    rules_dir = ROOT / "rules" / "eu-template"
    code, out, _ = run("rules", "validate", str(rules_dir))
    assert code == 0 and "ok" in out
    code, out, _ = run("rules", "test")
    assert code == 0 and "gave the expected result" in out


def test_rules_test_reports_a_wrong_example(tmp_path: Path) -> None:
    """An example that gives the wrong result fails `rules test` and says which."""
    wrong = GOOD.replace('- fields: {document.version: "1.0"}', "- fields: {}")
    pack = write_pack(tmp_path / "mine", {"TDS901.yaml": wrong})
    code, _, err = run("rules", "test", str(pack))
    assert code == 1
    assert "FAIL TDS901 pass example 1" in err


def test_extra_crawler_registry(tmp_path: Path) -> None:
    """--crawler-registry teaches the crawler rules a crawler the bundled registry lacks."""
    catalogue = ROOT / "corpora" / "catalogues" / "demo" / "catalogue.yaml"
    args = ("check", str(DOC), "-c", str(catalogue), "--select", "TDS216", "-f", "json")
    _, out, _ = run(*args)
    before = json.loads(out)["documents"][0]["findings"]
    assert "NorthwindBot" in before[0]["message"]
    registry = tmp_path / "registry.yaml"
    registry.write_text(
        "crawlers:\n"
        "  - {token: NorthwindBot, operator: Northwind AI, purpose: training,"
        " respects_robots: true, url: 'https://northwind.example/bot'}\n"
        "  - {token: NorthwindBot-Image, operator: Northwind AI, purpose: training,"
        " respects_robots: true, url: 'https://northwind.example/bot'}\n"
    )
    _, out, err = run(*args, "--crawler-registry", str(registry))
    assert json.loads(out)["documents"][0]["findings"] == [], err
    code, _, err = run(*args, "--crawler-registry", str(tmp_path / "missing.json"))
    assert code == 2 and "missing.json" in err
