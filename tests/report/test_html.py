"""The HTML report: structure, escaping and self-containment, read with the stdlib parser."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import functools
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.report.reports import SUMMARIES, checked_report
from tests.report.test_formats import hostile_report
from trainaudit.report.html import CSP, to_html
from trainaudit.report.model import CatalogueHit, DocumentResult, Report, ReservationView
from trainaudit.rules.model import Severity

#: A dataset named in a public list, a domain among the top crawled ones, and no match at all.
DOCUMENTS = ("cadenza2_glyph.pdf", "northwind_heavy_check_domains.pdf", "lumen7b_tasklist.md")
AS_OF = dt.date(2026, 11, 25)
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


@functools.cache
def real_report() -> Report:
    """Check three corpus summaries against the demo catalogue, in-process (built once)."""
    unreadable = "corpora/summaries/lumen7b_scanned.pdf: the PDF has no text layer"
    return checked_report([SUMMARIES / name for name in DOCUMENTS], (unreadable,))


def very_hostile_report() -> Report:
    """The hostile report with markup in every text the page shows, not only the finding."""
    report = hostile_report()
    (document,) = report.documents
    hit = CatalogueHit(
        kind="dataset", mention=SCRIPT, target=IMG, score=87.5,
        field="public_datasets.large", page=1, quote=f"{SCRIPT} {IMG}", works=3,
    )  # fmt: skip
    document = dataclasses.replace(
        document,
        path=f"docs/{IMG}.pdf",
        models=(SCRIPT, IMG),
        provider=IMG,
        states={"document.version": "answered", "crawling.period": "missing"},
        dates={"collection_from": "2024", "collection_to": "2025-06", "placement": "2025-08-02"},
        matches=(hit,),
    )
    reservation = ReservationView(
        mechanism=SCRIPT, effective_from="2024-03-01", domains=(IMG,), user_agents=(SCRIPT,)
    )
    return dataclasses.replace(
        report,
        documents=(document,),
        errors=(f"{IMG}: could not be read",),
        catalogue=f"/tmp/{IMG}/catalogue.yaml",
        holder=SCRIPT,
        reservations=(reservation,),
        packs=(IMG,),
    )


class Page(HTMLParser):
    """The parts of a page the tests look at: start tags with their attributes, text, styles."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self.scripts: list[str] = []
        self._open: str | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record a start tag; remember when a style or script element opens."""
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag in {"style", "script"}:
            self._open = tag
            (self.styles if tag == "style" else self.scripts).append("")

    def handle_endtag(self, tag: str) -> None:
        """Close a style or script element."""
        if tag == self._open:
            self._open = None

    def handle_data(self, data: str) -> None:
        """Collect text, and the source of style and script elements apart from it."""
        if self._open == "style":
            self.styles[-1] += data
        elif self._open == "script":
            self.scripts[-1] += data
        else:
            self.text.append(data)

    def all_text(self) -> str:
        """Return the page's text content (entities decoded)."""
        return "".join(self.text)

    def having(self, attribute: str, value: str | None = None) -> list[dict[str, str]]:
        """Return the attributes of every tag with the attribute (and value, if given)."""
        return [
            attrs
            for _, attrs in self.tags
            if attribute in attrs and (value is None or attrs[attribute] == value)
        ]

    def with_class(self, name: str) -> list[tuple[str, dict[str, str]]]:
        """Return the tags whose class list holds the name."""
        return [(t, a) for t, a in self.tags if name in a.get("class", "").split()]


@pytest.fixture(scope="module")
def report() -> Report:
    """The real report of three corpus summaries."""
    return real_report()


@pytest.fixture(scope="module")
def page(report: Report) -> Page:
    """The parsed HTML of the real report."""
    return Page(to_html(report))


def sha256(text: str) -> str:
    """Return the CSP hash source of a text."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_csp_allows_only_the_page_own_style(page: Page) -> None:
    """The CSP meta denies everything by default and allows the one style sheet by its hash."""
    metas = page.having("http-equiv", "Content-Security-Policy")
    assert [m["content"] for m in metas] == [CSP]
    assert page.tags[:2] == [("html", {"lang": "en"}), ("head", {})]
    assert page.tags[3][1].get("http-equiv") == "Content-Security-Policy"  # right after charset
    directives = dict(d.strip().split(" ", 1) for d in CSP.split(";"))
    assert directives["default-src"] == "'none'"
    (style,) = page.styles
    assert directives["style-src"] == sha256(style)
    assert all(sha256(script) in directives.get("script-src", "") for script in page.scripts)
    assert "script-src" not in directives and page.scripts == []  # no script at all


def test_page_is_self_contained(page: Page) -> None:
    """No script, no event handler, no inline style, nothing fetched or linked outside the page."""
    names = {tag for tag, _ in page.tags}
    assert not names & {"script", "link", "iframe", "object", "embed", "base", "form", "img"}
    for tag, attrs in page.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert "style" not in attrs, tag  # would be blocked by the CSP
        for key in ("src", "href", "xlink:href", "action", "poster", "data"):
            assert attrs.get(key, "#").startswith("#"), (tag, key, attrs[key])
    (style,) = page.styles
    assert "url(" not in style and "@import" not in style and "@font-face" not in style


def test_hostile_text_is_escaped() -> None:
    """Markup in paths, models, quotes, catalogue entries and reservations stays text."""
    text = to_html(very_hostile_report())
    parsed = Page(text)
    assert {tag for tag, _ in parsed.tags}.isdisjoint({"script", "img"})
    assert parsed.scripts == []
    shown = parsed.all_text()
    assert SCRIPT in shown and IMG in shown
    assert shown.count(SCRIPT) >= 6 and shown.count(IMG) >= 6
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in text
    for _, attrs in parsed.tags:  # attribute values (titles) keep the markup as a value
        assert not [a for a in attrs if a.startswith("on") or a == "src"]


def test_corpus_heat_map_has_a_row_per_document(report: Report, page: Page) -> None:
    """The corpus heat map has one row per document and a column per template section."""
    assert len(page.with_class("doc-row")) == len(report.documents)
    corpus = Page(to_html(report).split('class="hm corpus"')[1].split("</table>")[0])
    heads = [a.get("title", "") for t, a in corpus.tags if t == "abbr"]
    expected = ["0", "1.1", "1.2", "1.3", "2.1", "2.2", "2.2.1", "2.2.2", "2.3", "2.4"]
    expected += ["2.5", "2.6", "3.1", "3.2", "3.3"]
    assert [h.split()[0] for h in heads] == expected
    assert "2.3 Data crawled and scraped from online sources" in heads


def test_every_finding_is_shown_once(report: Report, page: Page) -> None:
    """One finding element per finding, with its severity, in document order of sections."""
    shown = page.having("data-finding")
    findings = [f for d in report.documents for f in d.findings]
    assert len(shown) == len(findings) > 0
    for severity in Severity:
        expected = sum(1 for f in findings if f.severity is severity)
        assert len(page.having("data-severity", severity.value)) == expected
    assert sorted(a["data-finding"] for a in shown) == sorted(f.rule_id for f in findings)
    assert len({a["id"] for a in shown}) == len(shown)


def test_findings_show_evidence_pages_and_references(report: Report, page: Page) -> None:
    """Quotes carry their page ("p. 3"); legal references are shown with their URLs as text."""
    text = page.all_text()
    quoted = [(e.page, e.quote) for d in report.documents for f in d.findings for e in f.evidence]
    assert any(p is not None for p, _ in quoted)
    for number, _quote in quoted:
        if number is not None:
            assert f"p. {number}" in text
    references = {str(r) for d in report.documents for f in d.findings for r in f.references}
    assert references and all(ref in text for ref in references)
    assert "https://digital-strategy.ec.europa.eu/" in text  # as text, never as a link


def test_catalogue_matches_and_timeline(report: Report, page: Page) -> None:
    """The real run shows its catalogue matches and an opt-out timeline per document."""
    text = page.all_text()
    hits = [m for d in report.documents for m in d.matches]
    assert {m.target for m in hits} >= {"MTG-Jamendo", "example-news.co.uk"}
    assert all(m.target in text and m.mention in text for m in hits)
    timelines = page.having("class", "timeline")
    assert [a["id"] for a in timelines] == [f"doc-{i}-timeline-svg" for i in (1, 2, 3)]
    assert "in force during collection" in text
    assert "read as 2025-11-30" in text  # the partial "2025-11" counts to its end
    assert "Nordlicht Musikverlag GmbH" in text


def test_timeline_left_out_without_dates_or_reservations(report: Report) -> None:
    """A document without dates, or a catalogue without reservations, gets a note, not a chart."""
    undated = dataclasses.replace(report.documents[0], dates={})
    text = Page(to_html(dataclasses.replace(report, documents=(undated,)))).all_text()
    assert "gives no collection period, latest collection date or placement date" in text
    bare = dataclasses.replace(report, reservations=())
    assert "records no reservations of rights" in Page(to_html(bare)).all_text()
    assert 'class="timeline"' not in to_html(bare)


def test_reservations_after_collection_are_told_apart() -> None:
    """A reservation that took effect after the collection ended is not "in force"."""
    report = very_hostile_report()
    late = ReservationView(mechanism="tdmrep", effective_from="2025-07")
    report = dataclasses.replace(report, reservations=(*report.reservations, late))
    text = Page(to_html(report)).all_text()
    assert "took effect after collection ended" in text
    assert "in force during collection" in text  # the first one, from 2024-03-01


def test_baseline_marks_new_and_known(report: Report) -> None:
    """With a baseline, findings say "new" or "known" and the overview counts both."""
    first = report.documents[0].findings[0]
    parsed = Page(to_html(dataclasses.replace(report, baseline=frozenset({first.fingerprint()}))))
    assert len(parsed.having("data-baseline", "known")) == 1
    total = sum(len(d.findings) for d in report.documents)
    assert len(parsed.having("data-baseline", "new")) == total - 1
    assert parsed.having("id", "show-known")
    assert not Page(to_html(report)).having("data-baseline")


def test_no_catalogue_and_no_documents() -> None:
    """Without a catalogue or documents the page says so instead of failing."""
    empty = dataclasses.replace(hostile_report(), documents=())
    text = Page(to_html(empty)).all_text()
    assert "No document was checked." in text
    assert "No catalogue was given" in Page(to_html(hostile_report())).all_text()


def test_unreadable_documents_are_listed(report: Report, page: Page) -> None:
    """The header counts unreadable documents and the overview lists them."""
    assert report.errors[0] in page.all_text()
    assert re.search(r"1\s*could not be read", page.all_text())


def test_output_is_deterministic(report: Report) -> None:
    """The same report gives the same bytes."""
    assert to_html(report) == to_html(real_report())


def test_section_of_an_unknown_field_goes_to_other() -> None:
    """A finding with no section and no known field lands in an "other" column and group."""
    report = hostile_report()
    (document,) = report.documents
    loose = dataclasses.replace(document.findings[0], section=None, field=None)
    doc = DocumentResult(path="x.pdf", sha256="1" * 64, findings=(loose,))
    text = to_html(dataclasses.replace(report, documents=(doc,)))
    assert "Findings not tied to one template section" in Page(text).all_text()


def test_written_file_is_utf8(tmp_path: Path, report: Report) -> None:
    """The page declares its charset; non-ASCII text survives the round trip."""
    out = tmp_path / "report.html"
    out.write_text(to_html(report), encoding="utf-8")
    assert out.read_text(encoding="utf-8").startswith('<!DOCTYPE html>\n<html lang="en">')
    assert '<meta charset="utf-8">' in out.read_text(encoding="utf-8")[:80]


def test_partial_dates_that_decide_the_verdict_are_flagged() -> None:
    """A reservation "2025" against a collection end "2025-06" is in force only if read so."""
    report = very_hostile_report()
    vague = ReservationView(mechanism="ai.txt", effective_from="2025")
    text = Page(to_html(dataclasses.replace(report, reservations=(vague,)))).all_text()
    assert "in force during collection (if the partial dates allow it)" in text
    assert "only the year is given: read as 2025-01-01, its start" in to_html(
        dataclasses.replace(report, reservations=(vague,))
    )
