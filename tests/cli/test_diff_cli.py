"""`trainaudit diff OLD NEW` end to end, in every output format."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from tests.conftest import CORPUS
from trainaudit.cli import app
from trainaudit.schema import problems

AS_OF = ("--as-of", "2026-11-25")
SIGNATORY = (
    "**Are you a Signatory to the Code of Practice for general-purpose AI models that includes "
    "commitments to respect reservations of rights from the TDM exception or limitation?**\n\n"
)
TIMING = "Opt-outs are checked at crawl time and again before training. "


def run(*args: str) -> tuple[int, str, str]:
    """Run the CLI; return exit code, stdout and stderr."""
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """Write OLD (a corpus summary) and NEW: a dataset added, a domain removed, a date and a
    Yes/No changed, the crawlers dropped (a new finding) and opt-out timing given (a resolved one).
    """
    text = (CORPUS / "northwind_tasklist.md").read_text(encoding="utf-8")
    old = tmp_path / "old.md"
    old.write_text(text, encoding="utf-8")
    howto = "- [HowTo100M](https://www.di.ens.fr/willow/research/howto100m/)\n"
    edits = [
        (howto, howto + "- [FineWeb-2](https://huggingface.co/datasets/HuggingFaceFW/fineweb-2)\n"),
        ("example-recipes.com\n", ""),
        ("Union market:** 15/07/2026", "Union market:** 01/08/2026"),
        (SIGNATORY + "- [x] Yes\n- [ ] No", SIGNATORY + "- [ ] Yes\n- [x] No"),
        ("NorthwindBot, NorthwindBot-Image", ""),
        ("For third-party datasets", TIMING + "For third-party datasets"),
    ]
    for before, after in edits:
        assert before in text
        text = text.replace(before, after)
    new = tmp_path / "new.md"
    new.write_text(text, encoding="utf-8")
    return old, new


def test_json_lists_exact_changes_and_validates(pair: tuple[Path, Path]) -> None:
    """The JSON diff satisfies its schema and lists exactly the edits and finding changes."""
    old, new = pair
    code, out, err = run("diff", str(old), str(new), "-f", "json", *AS_OF)
    assert code == 1, err  # TDS045 (an error) is new
    data = json.loads(out)
    assert problems(data, "diff") == []
    kinds = {f["field"]: f["kind"] for f in data["fields"]}
    assert kinds == {
        "model.placement_date": "changed",
        "public_datasets.large": "added",
        "crawling.crawlers": "removed",
        "crawling.top_domains": "removed",
        "tdm.code_of_practice_signatory": "changed",
        "tdm.measures": "changed",
    }
    fields = {f["field"]: f for f in data["fields"]}
    assert fields["public_datasets.large"]["items_added"] == [
        {"name": "FineWeb-2", "url": "https://huggingface.co/datasets/HuggingFaceFW/fineweb-2"}
    ]
    assert fields["crawling.top_domains"]["items_removed"] == ["example-recipes.com"]
    assert fields["crawling.crawlers"]["items_removed"] == ["NorthwindBot", "NorthwindBot-Image"]
    assert (fields["crawling.crawlers"]["old_state"], fields["crawling.crawlers"]["new_state"]) == (
        "answered",
        "empty",
    )
    date = fields["model.placement_date"]
    assert (date["old_value"], date["new_value"]) == ("2026-07-15", "2026-08-01")
    assert (date["old_evidence"]["quote"], date["new_evidence"]["quote"]) == (
        "15/07/2026",
        "01/08/2026",
    )
    assert "{+" + TIMING.strip() + "+}" in fields["tdm.measures"]["text_diff"]
    assert [f["rule_id"] for f in data["findings"]["new"]] == ["TDS045"]
    assert [f["rule_id"] for f in data["findings"]["resolved"]] == ["TDS118"]
    assert data["totals"]["findings_unchanged"] == len(data["findings"]["unchanged"]) > 0
    assert data["as_of"] == "2026-11-25"
    assert (data["old"]["document"], data["new"]["document"]) == (str(old), str(new))


def test_fail_on_counts_only_findings_old_did_not_have(pair: tuple[Path, Path]) -> None:
    """Exit 1 only for new findings at or above --fail-on; OLD's own findings never fail."""
    old, new = pair
    assert run("diff", str(old), str(new), *AS_OF, "--fail-on", "error")[0] == 1
    assert run("diff", str(old), str(new), *AS_OF, "--ignore", "TDS045")[0] == 0
    assert run("diff", str(old), str(old), *AS_OF, "--fail-on", "note")[0] == 0
    assert run("diff", str(new), str(old), *AS_OF, "--fail-on", "warning")[0] == 1  # TDS118


def test_terminal_shows_fields_by_section_then_findings(pair: tuple[Path, Path]) -> None:
    """The terminal diff shows + and - items, old → new values and the finding counts."""
    old, new = pair
    code, out, _ = run("diff", str(old), str(new), *AS_OF, "--fail-on", "note")
    assert code == 1
    for expected in (
        "§ 2.1 Publicly available datasets",
        "+ FineWeb-2 <https://huggingface.co/datasets/HuggingFaceFW/fineweb-2>",
        "- example-recipes.com",
        "2026-07-15 → 2026-08-01",
        "yes → no",
        "answered → empty",
        "TDS045",
        "TDS118",
    ):
        assert expected in out, expected
    assert "6 field(s) changed; findings: 1 new, 1 resolved," in out


def test_markdown_has_the_sections(pair: tuple[Path, Path], tmp_path: Path) -> None:
    """-f markdown -o FILE writes the Markdown diff to the file and nothing to stdout."""
    old, new = pair
    target = tmp_path / "out" / "diff.md"
    code, out, _ = run("diff", str(old), str(new), *AS_OF, "-f", "markdown", "-o", str(target))
    assert code == 1 and out == ""
    text = target.read_text(encoding="utf-8")
    for heading in ("# trainaudit diff", "## Fields (6 changed)", "## Findings", "### New (1)"):
        assert f"\n{heading}\n" in f"\n{text}", heading
    assert "### Resolved (1)" in text and "### Unchanged (" in text
    assert "### § 1.2 Model identification" in text
    assert "**-** example-recipes.com" in text


def test_junit_is_the_new_documents_report(pair: tuple[Path, Path]) -> None:
    """-f junit renders NEW's check report; it parses and fails the new rule."""
    old, new = pair
    code, out, _ = run("diff", str(old), str(new), *AS_OF, "-f", "junit")
    assert code == 1
    root = ET.fromstring(out.encode("utf-8"))
    [suite] = root.findall("testsuite")
    assert suite.get("name") == str(new)
    failed = {c.get("classname", "").rsplit(".", 1)[-1] for c in suite.iter("testcase")
              if c.find("failure") is not None}  # fmt: skip
    assert "TDS045" in failed and "TDS118" not in failed


def test_sarif_marks_findings_new_or_unchanged(pair: tuple[Path, Path]) -> None:
    """-f sarif gives each result a baselineState against OLD's findings."""
    pytest.importorskip("trainaudit.report.sarif")
    old, new = pair
    code, out, _ = run("diff", str(old), str(new), *AS_OF, "-f", "sarif")
    assert code == 1
    results = json.loads(out)["runs"][0]["results"]
    states = {r["ruleId"]: r.get("baselineState") for r in results}
    assert states["TDS045"] == "new"
    assert "TDS118" not in states
    assert {s for rule, s in states.items() if rule != "TDS045"} == {"unchanged"}


def test_html_renders(pair: tuple[Path, Path]) -> None:
    """-f html renders NEW's report as a page naming the new finding."""
    pytest.importorskip("trainaudit.report.html")
    old, new = pair
    code, out, _ = run("diff", str(old), str(new), *AS_OF, "-f", "html")
    assert code == 1
    assert "<html" in out.lower() and "TDS045" in out


@pytest.mark.parametrize("content", [None, b"%PDF-1.7 not really a pdf"])
def test_unreadable_input_exits_2_with_one_line(
    pair: tuple[Path, Path], tmp_path: Path, content: bytes | None
) -> None:
    """A missing or broken document exits 2 with a one-line error and no traceback."""
    old, _ = pair
    bad = tmp_path / "broken.pdf"
    if content is not None:
        bad.write_bytes(content)
    code, out, err = run("diff", str(old), str(bad), *AS_OF, "-f", "json")
    assert code == 2 and out == ""
    assert "broken.pdf" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_bad_as_of_is_a_usage_error(pair: tuple[Path, Path]) -> None:
    """A malformed --as-of exits 2 naming the option."""
    old, new = pair
    code, _, err = run("diff", str(old), str(new), "--as-of", "25/11/2026")
    assert code == 2 and "--as-of" in err
