"""Report formats: the JSON against its schema, JUnit XML, Markdown (escaping included)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from xml.etree import ElementTree as ET

from typer.testing import CliRunner

from tests.conftest import ROOT
from trainaudit.cli import app
from trainaudit.report.junit import to_junit
from trainaudit.report.markdown import to_markdown
from trainaudit.report.model import DocumentResult, Report
from trainaudit.rules.load import load_rules
from trainaudit.rules.model import Evidence, Finding, Reference, Severity
from trainaudit.schema import problems

SUMMARIES = ROOT / "corpora" / "summaries"
CATALOGUE = ROOT / "corpora" / "catalogues" / "demo" / "catalogue.yaml"


def run(*args: str) -> tuple[int, str]:
    """Run the CLI; return exit code and stdout."""
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout


def hostile_report() -> Report:
    """A report whose finding quotes document text with markup and table syntax."""
    rules = tuple(r for r in load_rules().rules if r.id in {"TDS001", "TDS200"})
    finding = Finding(
        rule_id="TDS001",
        rule_name="version-missing",
        severity=Severity.ERROR,
        message='The version reads "<script>alert(1)</script> | x".',
        section="0",
        field="document.version",
        evidence=(Evidence(page=2, quote='"><img src=x onerror=alert(1)> | y'),),
        references=(Reference(instrument="AI Act", provision="Art. 53(1)(d)"),),
        document="doc.pdf",
    )
    document = DocumentResult(path="doc.pdf", sha256="0" * 64, findings=(finding,))
    return Report(
        as_of=dt.date(2026, 11, 25), packs=("eu-template",), rules=rules, documents=(document,)
    )


def test_json_report_follows_its_schema(tmp_path: Path) -> None:
    """The JSON of a corpus run with a catalogue validates against report.schema.json."""
    out = tmp_path / "report.json"
    code, _ = run(
        "check", str(SUMMARIES / "northwind_tasklist.md"), str(SUMMARIES / "cadenza2_glyph.pdf"),
        "-c", str(CATALOGUE), "-f", "json", "-o", str(out), "--as-of", "2026-11-25",
    )  # fmt: skip
    data = json.loads(out.read_text(encoding="utf-8"))
    assert code == 0
    assert problems(data, "report") == []
    assert data["catalogue"] == str(CATALOGUE)
    assert sum(len(d["findings"]) for d in data["documents"]) > 0


def test_junit_one_case_per_rule_per_document() -> None:
    """Each rule is a test case of each document; findings fail it; catalogue rules skip."""
    root = ET.fromstring(to_junit(hostile_report()))
    (suite,) = root.findall("testsuite")
    cases = {c.get("classname"): c for c in suite.findall("testcase")}
    assert set(cases) == {"eu-template.TDS001", "rightsholder.TDS200"}
    failure = cases["eu-template.TDS001"].find("failure")
    assert failure is not None and "<script>" in (failure.get("message") or "")
    assert cases["rightsholder.TDS200"].find("skipped") is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("2", "1", "1")


def test_markdown_escapes_document_text() -> None:
    """Document text cannot break the table or inject HTML into a pull-request comment."""
    text = to_markdown(hostile_report())
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;" in text
    row = next(line for line in text.splitlines() if line.startswith("| 0 | TDS001"))
    assert row.count("|") - row.count("\\|") == 7


def test_cli_markdown_and_junit() -> None:
    """check writes Markdown and JUnit on request."""
    doc = str(SUMMARIES / "cadenza2_undecidable_tick.pdf")
    code, out = run("check", doc, "-f", "markdown", "--as-of", "2026-11-25")
    assert code == 1 and out.startswith("# trainaudit report")
    assert "TDS018" in out
    code, out = run("check", doc, "-f", "junit", "--as-of", "2026-11-25")
    assert code == 1 and ET.fromstring(out.split("\n", 1)[1]).tag == "testsuites"
