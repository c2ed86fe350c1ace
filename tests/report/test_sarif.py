"""The SARIF 2.1.0 report: valid against the official OASIS schema, and faithful to the report."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema.validators import validator_for
from typer.testing import CliRunner

from tests.conftest import ROOT
from tests.report.reports import CATALOGUE, SUMMARIES, checked_report
from tests.report.test_formats import hostile_report
from trainaudit import __version__
from trainaudit.cli import app
from trainaudit.report.model import DocumentResult, Report
from trainaudit.report.render import ReportFormat, render_report
from trainaudit.report.sarif import FINGERPRINT_KEY, SRCROOT, to_sarif
from trainaudit.rules.model import Evidence, Finding, Rule, Severity

DOCUMENTS = (SUMMARIES / "northwind_tasklist.md", SUMMARIES / "cadenza2_glyph.pdf")
SCHEMA_PATH = ROOT / "schemas" / "vendor" / "sarif-schema-2.1.0.json"
#: sha256 of the vendored schema as fetched from oasis-tcs/sarif-spec (schemas/vendor/README.md).
SCHEMA_SHA256 = "ddddcccbf95c7c50c037b5b07eff4140556278ca574ff374db46786b5fce7949"
SCHEMA_ID = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
#: An RFC 3986 URI reference: allowed characters only, every % followed by two hex digits.
URI_REFERENCE = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*")


def schema() -> dict[str, Any]:
    """The vendored official SARIF 2.1.0 schema."""
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


def schema_errors(log: dict[str, Any]) -> list[str]:
    """Validate a SARIF log against the official schema with the draft it declares."""
    official = schema()
    validator_class = validator_for(official)
    validator_class.check_schema(official)
    validator = validator_class(official)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    for run in log["runs"]:
        locations = [a["location"] for a in run.get("artifacts", [])] + [
            loc["physicalLocation"]["artifactLocation"]
            for result in run["results"]
            for loc in result["locations"]
        ]
        errors += [
            f"not a URI: {a['uri']}" for a in locations if not URI_REFERENCE.fullmatch(a["uri"])
        ]
    return errors


def sarif(report: Report) -> dict[str, Any]:
    """The report's SARIF log as parsed JSON, paths relative to the repository root."""
    data: dict[str, Any] = json.loads(to_sarif(report, root=ROOT))
    return data


def only_run(log: dict[str, Any]) -> dict[str, Any]:
    """The one run of a log."""
    (run,) = log["runs"]
    assert isinstance(run, dict)
    return run


@pytest.fixture(scope="module")
def corpus_report() -> Report:
    """A real report: two corpus summaries checked against the demo catalogue."""
    return checked_report(DOCUMENTS)


def test_vendored_schema_is_the_unedited_oasis_schema() -> None:
    """The vendored file is byte for byte the OASIS 2.1.0 Errata 01 schema, local refs only."""
    assert hashlib.sha256(SCHEMA_PATH.read_bytes()).hexdigest() == SCHEMA_SHA256
    official = schema()
    assert official["id"] == SCHEMA_ID
    assert official["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    refs = re.findall(r'"\$ref":\s*"([^"]*)"', SCHEMA_PATH.read_text(encoding="utf-8"))
    assert refs and all(ref.startswith("#/definitions/") for ref in refs)


def test_corpus_sarif_follows_the_official_schema(corpus_report: Report) -> None:
    """The SARIF of a real check run validates against the vendored OASIS schema."""
    log = sarif(corpus_report)
    assert schema_errors(log) == []
    assert log["version"] == "2.1.0" and log["$schema"] == SCHEMA_ID
    run = only_run(log)
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"], driver["semanticVersion"]) == (
        "trainaudit",
        __version__,
        __version__,
    )
    assert "informationUri" not in driver
    assert len(run["results"]) > 0
    assert run["properties"] == {
        "as_of": "2026-11-25",
        "catalogue": str(CATALOGUE),
        "holder": corpus_report.holder,
        "packs": list(corpus_report.packs),
    }


def test_rules_are_described_for_code_scanning(corpus_report: Report) -> None:
    """Every rule is a descriptor with help, a default level, tags and its legal references."""
    descriptors = only_run(sarif(corpus_report))["tool"]["driver"]["rules"]
    assert [d["id"] for d in descriptors] == [r.id for r in corpus_report.rules]
    for rule, descriptor in zip(corpus_report.rules, descriptors, strict=True):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["defaultConfiguration"]["level"] == rule.severity.value
        for text in (descriptor["help"]["text"], descriptor["help"]["markdown"]):
            assert f"trainaudit rules show {rule.id}" in text
            assert all(r.provision in text for r in rule.references)
        assert all(r.url in descriptor["help"]["markdown"] for r in rule.references if r.url)
        properties = descriptor["properties"]
        assert properties["tags"][0] == rule.pack
        if rule.section:
            assert f"template-section-{rule.section}" in properties["tags"]
        assert (properties["pack"], properties["section"], properties["field"]) == (
            rule.pack,
            rule.section,
            rule.field,
        )
        assert [r["instrument"] for r in properties["references"]] == [
            r.instrument for r in rule.references
        ]


def test_every_finding_is_a_result(corpus_report: Report) -> None:
    """Results follow the findings: rule index, level, message, fingerprint, section, page."""
    run = only_run(sarif(corpus_report))
    descriptors = run["tool"]["driver"]["rules"]
    findings = [f for d in corpus_report.documents for f in d.findings]
    assert len(run["results"]) == len(findings)
    pages_seen = []
    for finding, result in zip(findings, run["results"], strict=True):
        assert descriptors[result["ruleIndex"]]["id"] == result["ruleId"] == finding.rule_id
        assert result["level"] == finding.severity.value
        assert result["message"]["text"] == finding.message
        assert result["partialFingerprints"] == {FINGERPRINT_KEY: finding.fingerprint()}
        assert "baselineState" not in result
        (location,) = result["locations"]
        assert location["physicalLocation"]["region"] == {"startLine": 1}
        logical = location.get("logicalLocations", [])
        if finding.section:
            assert logical[0]["name"] == finding.section
            assert logical[0]["fullyQualifiedName"] == f"template/{finding.section}"
        if finding.field:
            assert logical[-1]["fullyQualifiedName"].endswith(f"/{finding.field}")
        pages = sorted({e.page for e in finding.evidence if e.page is not None})
        properties = result["properties"]
        assert properties["page"] == (pages[0] if pages else None)
        assert properties["pages"] == pages
        assert [e["quote"] for e in properties["evidence"]] == [e.quote for e in finding.evidence]
        assert (properties["section"], properties["field"]) == (finding.section, finding.field)
        pages_seen += pages
    assert pages_seen, "the PDF's findings should carry pages"


def test_artifacts_are_the_documents_with_their_hashes(corpus_report: Report) -> None:
    """Each document is an artifact with its sha-256; results point at it by relative URI."""
    run = only_run(sarif(corpus_report))
    expected = [
        {
            "location": {"uri": p.relative_to(ROOT).as_posix(), "uriBaseId": SRCROOT},
            "roles": ["analysisTarget"],
            "hashes": {"sha-256": d.sha256},
        }
        for p, d in zip(DOCUMENTS, corpus_report.documents, strict=True)
    ]
    assert run["artifacts"] == expected
    for result in run["results"]:
        where = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert where["uriBaseId"] == SRCROOT
        assert run["artifacts"][where["index"]]["location"]["uri"] == where["uri"]


def test_uris_outside_the_root_and_odd_names(tmp_path: Path) -> None:
    """Outside the root a path is an absolute file URI; odd characters are percent-encoded."""
    report = hostile_report()
    (document,) = report.documents
    inside = dataclasses.replace(document, path=str(tmp_path / "a dir" / "résumé #1.pdf"))
    outside = dataclasses.replace(document, path="/elsewhere/x.pdf", findings=())
    relative = dataclasses.replace(document, path="docs/a b.pdf", findings=())
    report = dataclasses.replace(report, documents=(inside, outside, relative))
    log: dict[str, Any] = json.loads(to_sarif(report, root=tmp_path))
    assert schema_errors(log) == []
    locations = [a["location"] for a in only_run(log)["artifacts"]]
    assert locations == [
        {"uri": "a%20dir/r%C3%A9sum%C3%A9%20%231.pdf", "uriBaseId": SRCROOT},
        {"uri": "file:///elsewhere/x.pdf"},
        {"uri": "docs/a%20b.pdf", "uriBaseId": SRCROOT},
    ]


def test_hostile_text_round_trips_exactly() -> None:
    """Markup and table syntax from a document survive unchanged inside valid JSON."""
    report = hostile_report()
    log = sarif(report)
    assert schema_errors(log) == []
    (finding,) = report.documents[0].findings
    (result,) = only_run(log)["results"]
    assert result["message"]["text"] == 'The version reads "<script>alert(1)</script> | x".'
    assert result["message"]["text"] == finding.message
    assert result["properties"]["evidence"] == [
        {"page": 2, "quote": '"><img src=x onerror=alert(1)> | y'}
    ]
    assert result["properties"]["page"] == 2


def test_baseline_state_only_with_a_baseline() -> None:
    """With a baseline each result is new or unchanged; without one there is no state."""
    report = hostile_report()
    (finding,) = report.documents[0].findings
    known = dataclasses.replace(report, baseline=frozenset({finding.fingerprint()}))
    unknown = dataclasses.replace(report, baseline=frozenset({"0" * 24}))
    assert only_run(sarif(known))["results"][0]["baselineState"] == "unchanged"
    assert only_run(sarif(unknown))["results"][0]["baselineState"] == "new"
    assert "baselineState" not in only_run(sarif(report))["results"][0]
    assert schema_errors(sarif(known)) == []


def test_unreadable_documents_become_notifications() -> None:
    """Errors are error notifications of an unsuccessful invocation."""
    errors = ("broken.pdf: not a PDF file", 'odd "<name>".docx: cannot be read')
    report = dataclasses.replace(hostile_report(), errors=errors)
    log = sarif(report)
    assert schema_errors(log) == []
    (invocation,) = only_run(log)["invocations"]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"] == [
        {"level": "error", "message": {"text": e}} for e in errors
    ]
    (clean,) = only_run(sarif(hostile_report()))["invocations"]
    assert clean == {"executionSuccessful": True}


def test_a_finding_of_an_unlisted_rule_gets_a_descriptor() -> None:
    """A finding whose rule is not in report.rules still has a valid ruleIndex."""
    rule = Rule.adhoc("required", {"fields": ["x"]}, severity=Severity.NOTE)
    finding = Finding(
        rule_id=rule.id,
        rule_name=rule.name,
        severity=Severity.NOTE,
        message="x is missing",
        section=None,
        field=None,
        evidence=(Evidence(page=None, quote=""),),
        document="a.md",
    )
    report = dataclasses.replace(
        hostile_report(),
        documents=(DocumentResult(path="a.md", sha256="1" * 64, findings=(finding,)),),
    )
    log = sarif(report)
    assert schema_errors(log) == []
    run = only_run(log)
    (result,) = run["results"]
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "TDS000"
    assert "logicalLocations" not in result["locations"][0]


def test_output_is_deterministic(corpus_report: Report) -> None:
    """The same report gives the same bytes, indented JSON with a final newline."""
    first = to_sarif(corpus_report, root=ROOT)
    assert first == to_sarif(corpus_report, root=ROOT)
    assert first.endswith("}\n") and first.startswith('{\n  "$schema"')
    assert render_report(corpus_report, ReportFormat.SARIF) == to_sarif(corpus_report)


def test_cli_writes_sarif(tmp_path: Path) -> None:
    """check -f sarif writes a valid SARIF log."""
    out = tmp_path / "report.sarif"
    document = str(SUMMARIES / "northwind_tasklist.md")
    result = CliRunner().invoke(
        app, ["check", document, "-f", "sarif", "-o", str(out), "--as-of", "2026-11-25"]
    )
    assert result.exit_code in {0, 1}, result.output
    log = json.loads(out.read_text(encoding="utf-8"))
    assert schema_errors(log) == []
    assert only_run(log)["results"]
