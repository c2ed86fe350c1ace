"""The JUnit XML report: a test case per rule per document, failed when the rule found something."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from trainaudit.report.model import Report


def to_junit(report: Report) -> str:
    """Return the report as JUnit XML (one testsuite per document)."""
    suites = ET.Element("testsuites", name="trainaudit")
    for document in report.documents:
        by_rule: dict[str, list[str]] = {}
        for finding in document.findings:
            if report.is_new(finding):  # known findings (from --baseline) do not fail
                by_rule.setdefault(finding.rule_id, []).append(finding.message)
        failed = sum(1 for r in report.rules if r.id in by_rule)
        skipped = sum(1 for r in report.rules if r.needs_catalogue and report.catalogue is None)
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=document.path,
            tests=str(len(report.rules)),
            failures=str(failed),
            errors="0",
            skipped=str(skipped),
        )
        for rule in report.rules:
            case = ET.SubElement(
                suite, "testcase", classname=f"{rule.pack}.{rule.id}", name=rule.name
            )
            if rule.needs_catalogue and report.catalogue is None:
                ET.SubElement(case, "skipped", message="needs --catalogue")
            elif rule.id in by_rule:
                messages = by_rule[rule.id]
                failure = ET.SubElement(
                    case, "failure", message=messages[0], type=rule.severity.value
                )
                failure.text = "\n".join(messages)
    for error in report.errors:
        suite = ET.SubElement(suites, "testsuite", name=error, tests="1", failures="0", errors="1")
        case = ET.SubElement(suite, "testcase", classname="trainaudit", name="read")
        ET.SubElement(case, "error", message=f"{error} could not be read")
    ET.indent(suites)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
    )
