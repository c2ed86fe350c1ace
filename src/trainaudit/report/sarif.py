"""The SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers (docs/formats/sarif.md).

A result's region is always ``startLine: 1``, meaning "this document": a finding points at
a page or a template field, not at a line, and GitHub code scanning places a result in a
file only through ``region.startLine``. The page is in the result's properties.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from trainaudit import __version__
from trainaudit.report.model import Report
from trainaudit.rules.model import Finding, Rule

#: The schema the output follows: the OASIS SARIF 2.1.0 schema with Errata 01.
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SARIF_VERSION = "2.1.0"
#: The partialFingerprints key; the value is Finding.fingerprint(), the baseline key.
FINGERPRINT_KEY = "trainaudit/v1"
#: The uriBaseId of relative document paths: the folder the check ran in (the repository root).
SRCROOT = "%SRCROOT%"
#: Kinds of the logical locations (SARIF 3.33.7 well-known values).
SECTION_KIND = "namespace"
FIELD_KIND = "member"


def _uri(path: str, root: Path) -> tuple[str, bool]:
    """Return a document path as a URI reference, and whether it is relative to the root."""
    given = Path(path)
    if given.is_absolute():
        try:
            given = given.relative_to(root)
        except ValueError:
            return given.as_uri(), False
    return quote(given.as_posix(), safe="/"), True


def _artifact_location(path: str, root: Path, index: int | None = None) -> dict[str, Any]:
    """Return the artifactLocation of a document (with its index in run.artifacts)."""
    uri, relative = _uri(path, root)
    location: dict[str, Any] = {"uri": uri}
    if relative:
        location["uriBaseId"] = SRCROOT
    if index is not None:
        location["index"] = index
    return location


def _unique(items: list[str]) -> list[str]:
    """Return the items without repeats, in their first order (SARIF tags are a set)."""
    return list(dict.fromkeys(items))


def _link_text(text: str) -> str:
    """Return text safe inside the brackets of a Markdown link."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _help(rule: Rule) -> dict[str, str]:
    """Return a rule's help: why it matters, its legal sources, where to read more."""
    show = f"trainaudit rules show {rule.id}"
    text = [rule.rationale.strip()] if rule.rationale.strip() else []
    markdown = list(text)
    if rule.references:
        text.append(
            "Legal references:\n"
            + "\n".join(
                f"- {r.instrument}, {r.provision}" + (f" <{r.url}>" if r.url else "")
                for r in rule.references
            )
        )
        markdown.append(
            "**Legal references**\n\n"
            + "\n".join(
                f"- [{_link_text(str(r))}]({r.url})" if r.url else f"- {r}" for r in rule.references
            )
        )
    text.append(f"The whole rule: {show}")
    markdown.append(f"The whole rule: `{show}`")
    return {"text": "\n\n".join(text), "markdown": "\n\n".join(markdown)}


def _descriptor(rule: Rule) -> dict[str, Any]:
    """Return the reportingDescriptor of a rule."""
    tags = [rule.pack]
    if rule.section:
        tags.append(f"template-section-{rule.section}")
    tags.extend(rule.tags)
    descriptor: dict[str, Any] = {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
    }
    if rule.description.strip():
        descriptor["fullDescription"] = {"text": rule.description.strip()}
    descriptor["help"] = _help(rule)
    descriptor["defaultConfiguration"] = {"level": rule.severity.value}
    descriptor["properties"] = {
        "tags": _unique(tags),
        "pack": rule.pack,
        "section": rule.section,
        "field": rule.field,
        "references": [
            {"instrument": r.instrument, "provision": r.provision, "url": r.url}
            for r in rule.references
        ],
    }
    return descriptor


def _unknown_descriptor(finding: Finding) -> dict[str, Any]:
    """Return a descriptor for a finding whose rule is not among the report's rules."""
    return {
        "id": finding.rule_id,
        "name": finding.rule_name,
        "shortDescription": {"text": finding.rule_name},
        "defaultConfiguration": {"level": finding.severity.value},
    }


def _logical_locations(finding: Finding) -> list[dict[str, str]]:
    """Return where in the template a finding is: its section, then its field."""
    locations = []
    prefix = "template"
    if finding.section:
        prefix = f"template/{finding.section}"
        locations.append(
            {"name": finding.section, "fullyQualifiedName": prefix, "kind": SECTION_KIND}
        )
    if finding.field:
        locations.append(
            {
                "name": finding.field,
                "fullyQualifiedName": f"{prefix}/{finding.field}",
                "kind": FIELD_KIND,
            }
        )
    return locations


def _result(
    report: Report, finding: Finding, rule_index: int, artifact: dict[str, Any]
) -> dict[str, Any]:
    """Return the SARIF result of one finding."""
    pages = sorted({e.page for e in finding.evidence if e.page is not None})
    location: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": artifact, "region": {"startLine": 1}}
    }
    logical = _logical_locations(finding)
    if logical:
        location["logicalLocations"] = logical
    result: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index,
        "level": finding.severity.value,
        "message": {"text": finding.message},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint()},
    }
    state = report.baseline_state(finding)
    if state is not None:
        result["baselineState"] = state
    result["properties"] = {
        "page": pages[0] if pages else None,
        "pages": pages,
        "evidence": [{"page": e.page, "quote": e.quote} for e in finding.evidence],
        "section": finding.section,
        "field": finding.field,
    }
    return result


def to_sarif(report: Report, *, root: Path | None = None) -> str:
    """Return the report as a SARIF 2.1.0 log (one run), paths relative to root or the cwd."""
    base = (root if root is not None else Path.cwd()).absolute()
    rules = [_descriptor(r) for r in report.rules]
    rule_index: dict[str, int] = {}
    for i, rule in enumerate(report.rules):
        rule_index.setdefault(rule.id, i)
    for finding in sorted(
        (f for d in report.documents for f in d.findings if f.rule_id not in rule_index),
        key=lambda f: f.rule_id,
    ):
        if finding.rule_id not in rule_index:
            rule_index[finding.rule_id] = len(rules)
            rules.append(_unknown_descriptor(finding))

    artifacts: list[dict[str, Any]] = []
    artifact_index: dict[str, int] = {}
    results: list[dict[str, Any]] = []
    for document in report.documents:
        if document.path not in artifact_index:
            artifact_index[document.path] = len(artifacts)
            artifacts.append(
                {
                    "location": _artifact_location(document.path, base),
                    "roles": ["analysisTarget"],
                    "hashes": {"sha-256": document.sha256},
                }
            )
        location = _artifact_location(document.path, base, artifact_index[document.path])
        results.extend(
            _result(report, f, rule_index[f.rule_id], location) for f in document.findings
        )

    invocation: dict[str, Any] = {"executionSuccessful": not report.errors}
    if report.errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": error}} for error in report.errors
        ]
    run = {
        "tool": {
            "driver": {
                "name": "trainaudit",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }
        },
        "invocations": [invocation],
        "artifacts": artifacts,
        "results": results,
        "properties": {
            "as_of": report.as_of.isoformat(),
            "catalogue": report.catalogue,
            "holder": report.holder,
            "packs": list(report.packs),
        },
    }
    log = {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
