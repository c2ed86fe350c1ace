"""Field-by-field and finding-by-finding diffs of two summaries, and their renderers."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from tests.conftest import CORPUS
from trainaudit.diff import (
    ChangeKind,
    FieldChange,
    SummaryDiff,
    WordOp,
    diff_documents,
    diff_findings,
    diff_json,
    diff_markdown,
    diff_summaries,
    diff_terminal,
    word_diff,
)
from trainaudit.models import Evidence, FieldState, FieldValue, SourceInfo, Summary
from trainaudit.rules.model import Evidence as FindingEvidence
from trainaudit.rules.model import Finding, Severity
from trainaudit.schema import problems
from trainaudit.summary import read_summary
from trainaudit.template.fields import FIELDS, ValueType

SOURCE = CORPUS / "northwind_tasklist.md"
SIGNATORY = (
    "**Are you a Signatory to the Code of Practice for general-purpose AI models that includes "
    "commitments to respect reservations of rights from the TDM exception or limitation?**\n\n"
)


def summary(
    values: Mapping[str, Any],
    states: Mapping[str, FieldState] | None = None,
    pages: Mapping[str, int] | None = None,
    path: str = "doc.pdf",
) -> Summary:
    """Return a summary with these field values (answered unless stated, page 1 unless given)."""
    fields = {
        fid: FieldValue(
            id=fid,
            value=value,
            state=(states or {}).get(fid, FieldState.ANSWERED),
            evidence=(Evidence(page=(pages or {}).get(fid, 1), quote=f"quote of {fid}"),),
        )
        for fid, value in values.items()
    }
    source = SourceInfo(path=path, sha256="0" * 64, media_type="application/pdf", pages=3)
    return Summary(source=source, fields=fields)


def by_field(changes: list[FieldChange]) -> dict[str, FieldChange]:
    """Return changes keyed by field id."""
    return {c.field: c for c in changes}


def finding(rule_id: str, message: str, document: str, field: str | None = None) -> Finding:
    """Return a finding of a rule on a document."""
    return Finding(
        rule_id=rule_id,
        rule_name="some-rule",
        severity=Severity.WARNING,
        message=message,
        section="2.3",
        field=field,
        evidence=(FindingEvidence(page=2, quote="q"),),
        document=document,
    )


def write_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Write OLD (a corpus summary) and NEW (it with known edits) as Markdown files."""
    text = SOURCE.read_text(encoding="utf-8")
    old = tmp_path / "old.md"
    old.write_text(text, encoding="utf-8")
    howto = "- [HowTo100M](https://www.di.ens.fr/willow/research/howto100m/)\n"
    edits = [
        (howto, howto + "- [FineWeb-2](https://huggingface.co/datasets/HuggingFaceFW/fineweb-2)\n"),
        ("example-recipes.com\n", ""),
        ("Union market:** 15/07/2026", "Union market:** 01/08/2026"),
        (SIGNATORY + "- [x] Yes\n- [ ] No", SIGNATORY + "- [ ] Yes\n- [x] No"),
    ]
    for before, after in edits:
        assert before in text
        text = text.replace(before, after)
    new = tmp_path / "new.md"
    new.write_text(text, encoding="utf-8")
    return old, new


# --- fields -------------------------------------------------------------------


def test_edited_markdown_summary_gives_exactly_the_edits(tmp_path: Path) -> None:
    """A dataset added, a domain removed, a date and a Yes/No changed: four changes."""
    old, new = write_pair(tmp_path)
    changes = by_field(diff_summaries(read_summary(old), read_summary(new)))
    assert set(changes) == {
        "model.placement_date",
        "public_datasets.large",
        "crawling.top_domains",
        "tdm.code_of_practice_signatory",
    }
    datasets = changes["public_datasets.large"]
    assert datasets.kind is ChangeKind.ADDED and datasets.section == "2.1"
    assert datasets.items_added == (
        {"name": "FineWeb-2", "url": "https://huggingface.co/datasets/HuggingFaceFW/fineweb-2"},
    )
    assert datasets.items_removed == ()
    domains = changes["crawling.top_domains"]
    assert (domains.kind, domains.items_added, domains.items_removed) == (
        ChangeKind.REMOVED,
        (),
        ("example-recipes.com",),
    )
    date = changes["model.placement_date"]
    assert (date.kind, date.old_value, date.new_value) == (
        ChangeKind.CHANGED,
        "2026-07-15",
        "2026-08-01",
    )
    assert date.old_evidence is not None and date.old_evidence.quote == "15/07/2026"
    assert date.new_evidence is not None and date.new_evidence.quote == "01/08/2026"
    signatory = changes["tdm.code_of_practice_signatory"]
    assert (signatory.old_value, signatory.new_value, signatory.section) == ("yes", "no", "3.1")


def test_same_document_has_no_changes() -> None:
    """A summary compared with itself has no field changes."""
    document = read_summary(SOURCE)
    assert diff_summaries(document, document) == []


def test_datasets_compare_by_normalised_name_and_show_url_changes() -> None:
    """Case, spaces and punctuation of a dataset name do not count; a new URL does."""
    old = summary(
        {
            "public_datasets.large": [
                {"name": "Common Crawl", "url": "https://commoncrawl.org/"},
                {"name": "The Pile", "url": None},
            ]
        }
    )
    new = summary(
        {
            "public_datasets.large": [
                {"name": "common-crawl", "url": "https://commoncrawl.org/"},
                {"name": "THE PILE", "url": "https://pile.example/"},
            ]
        }
    )
    [change] = diff_summaries(old, new)
    assert change.kind is ChangeKind.CHANGED
    assert change.items_added == () and change.items_removed == ()
    assert change.items_changed == (
        ({"name": "The Pile", "url": None}, {"name": "THE PILE", "url": "https://pile.example/"}),
    )


def test_model_names_compare_case_insensitively_domains_as_they_are() -> None:
    """Renaming a model's case is no change; a domain's spelling is."""
    old = summary({"model.names": ["Omni-1 Mini"], "crawling.top_domains": ["a.com"]})
    new = summary({"model.names": ["omni-1  MINI"], "crawling.top_domains": ["a.com", "A.com"]})
    [change] = diff_summaries(old, new)
    assert change.field == "crawling.top_domains"
    assert change.items_added == ("A.com",)


def test_list_items_added_and_removed_is_a_change() -> None:
    """Items both added and removed make the kind "changed"; reordering alone is nothing."""
    old = summary({"crawling.crawlers": ["GPTBot", "CCBot"], "model.names": ["A", "B"]})
    new = summary({"crawling.crawlers": ["CCBot", "ClaudeBot"], "model.names": ["B", "A"]})
    [change] = diff_summaries(old, new)
    assert (change.kind, change.items_added, change.items_removed) == (
        ChangeKind.CHANGED,
        ("ClaudeBot",),
        ("GPTBot",),
    )


def test_text_compares_by_folded_whitespace_and_long_text_gets_a_word_diff() -> None:
    """Whitespace alone is no change; a long text's change is shown word by word."""
    long_old = "We honour robots.txt and the TDMRep protocol for every crawl we run, " * 2
    long_new = long_old.replace("TDMRep protocol", "ai.txt file", 1)
    old = summary({"crawling.purposes": "Train  the\nmodel.", "tdm.measures": long_old})
    new = summary({"crawling.purposes": "Train the model.", "tdm.measures": long_new})
    [change] = diff_summaries(old, new)
    assert change.field == "tdm.measures" and change.kind is ChangeKind.CHANGED
    assert (WordOp.DELETED, "TDMRep protocol") in change.words
    assert (WordOp.INSERTED, "ai.txt file") in change.words
    assert change.words[0] == (WordOp.SKIPPED, "…")


def test_word_diff_keeps_short_context() -> None:
    """Unchanged words far from a change are cut to an ellipsis."""
    pieces = word_diff("a b c d e f g h i j", "a b c d e X g h i j", context=2)
    assert pieces == (
        (WordOp.SKIPPED, "…"),
        (WordOp.SAME, "d e"),
        (WordOp.DELETED, "f"),
        (WordOp.INSERTED, "X"),
        (WordOp.SAME, "g h"),
        (WordOp.SKIPPED, "…"),
    )


def test_dates_periods_and_states() -> None:
    """Dates and periods compare exactly; a dropped section is a state change to missing."""
    old = summary(
        {
            "document.last_update": "2026-07",
            "crawling.period": {"from": "2024-01", "to": "2025-06"},
            "crawling.used": "yes",
            "model.dependencies": None,
        },
        states={"model.dependencies": FieldState.EMPTY},
        pages={"crawling.period": 2},
    )
    new = summary(
        {
            "document.last_update": "2026-07-01",
            "crawling.period": {"from": "2024-01", "to": "2025-09"},
            "model.dependencies": None,
        },
        states={"model.dependencies": FieldState.NOT_APPLICABLE},
        pages={"crawling.period": 3},
    )
    changes = by_field(diff_summaries(old, new))
    assert changes["document.last_update"].kind is ChangeKind.CHANGED
    period = changes["crawling.period"]
    assert period.new_value == {"from": "2024-01", "to": "2025-09"}
    assert period.old_evidence is not None and period.old_evidence.page == 2
    assert period.new_evidence is not None and period.new_evidence.page == 3
    used = changes["crawling.used"]
    assert (used.kind, used.old_state, used.new_state) == (
        ChangeKind.REMOVED,
        FieldState.ANSWERED,
        FieldState.MISSING,
    )
    dependencies = changes["model.dependencies"]
    assert dependencies.kind is ChangeKind.STATE
    assert dependencies.new_state is FieldState.NOT_APPLICABLE
    assert list(changes) == [
        "document.last_update",
        "model.dependencies",
        "crawling.used",
        "crawling.period",
    ]


def test_evidence_of_a_list_change_quotes_the_item() -> None:
    """The evidence shown for an added item is the quote that names it."""
    fid = "public_datasets.large"
    new = Summary(
        source=SourceInfo(path="n.pdf", sha256="1" * 64, media_type="application/pdf", pages=4),
        fields={
            fid: FieldValue(
                id=fid,
                value=[{"name": "A", "url": None}, {"name": "LAION-5B", "url": None}],
                state=FieldState.ANSWERED,
                evidence=(Evidence(page=3, quote="A"), Evidence(page=4, quote="LAION-5B (images)")),
            )
        },
    )
    old = summary({fid: [{"name": "A", "url": None}]})
    [change] = diff_summaries(old, new)
    assert change.new_evidence is not None and change.new_evidence.page == 4


# --- findings -----------------------------------------------------------------


def test_findings_are_keyed_independently_of_the_document_path() -> None:
    """The same rule, field and message at another path is unchanged; others new or resolved."""
    old = [
        finding("TDS045", "Crawlers not named.", "v1.pdf", "crawling.crawlers"),
        finding("TDS118", "Opt-out timing unspecified.", "v1.pdf"),
    ]
    new = [
        finding("TDS045", "Crawlers not named.", "v2.pdf", "crawling.crawlers"),
        finding("TDS045", "Crawlers not named.", "v2.pdf", "crawling.top_domains"),
    ]
    added, resolved, unchanged = diff_findings(old, new)
    assert [(f.rule_id, f.field) for f in added] == [("TDS045", "crawling.top_domains")]
    assert [f.rule_id for f in resolved] == ["TDS118"]
    assert [(f.rule_id, f.document) for f in unchanged] == [("TDS045", "v2.pdf")]


def test_duplicate_findings_are_matched_one_to_one() -> None:
    """Two equal findings in NEW against one in OLD: one unchanged, one new."""
    old = [finding("TDS001", "m", "a")]
    new = [finding("TDS001", "m", "b"), finding("TDS001", "m", "b")]
    added, resolved, unchanged = diff_findings(old, new)
    assert (len(added), len(resolved), len(unchanged)) == (1, 0, 1)


# --- renderers ----------------------------------------------------------------


def sample_diff(tmp_path: Path) -> SummaryDiff:
    """Return the diff of the edited pair, with a new and a resolved finding."""
    old, new = write_pair(tmp_path)
    return diff_documents(
        read_summary(old),
        read_summary(new),
        [finding("TDS118", "Opt-out timing unspecified.", str(old))],
        [finding("TDS045", "Crawlers not named.", str(new), "crawling.crawlers")],
    )


def test_json_validates_against_the_schema(tmp_path: Path) -> None:
    """The JSON form satisfies schemas/diff.schema.json and counts what it lists."""
    data = diff_json(sample_diff(tmp_path))
    assert problems(data, "diff") == []
    assert data["totals"] == {
        "fields_changed": 4,
        "findings_new": 1,
        "findings_resolved": 1,
        "findings_unchanged": 0,
    }
    assert data["as_of"] is None
    assert {f["field"]: f["kind"] for f in data["fields"]}["crawling.top_domains"] == "removed"


def test_json_of_a_word_diff_and_url_change_validates() -> None:
    """text_diff and items_changed are in the schema too."""
    text = (
        "We honour robots.txt and the TDMRep protocol for every single crawl that we run, always."
    )
    old = summary(
        {"tdm.measures": text, "public_datasets.large": [{"name": "A", "url": "https://a/1"}]}
    )
    new = summary(
        {
            "tdm.measures": text.replace("every", "each"),
            "public_datasets.large": [{"name": "A", "url": "https://a/2"}],
        }
    )
    data = diff_json(diff_documents(old, new))
    assert problems(data, "diff") == []
    changes = {f["field"]: f for f in data["fields"]}
    assert "[-every-] {+each+}" in changes["tdm.measures"]["text_diff"]
    assert changes["public_datasets.large"]["items_changed"][0]["new"]["url"] == "https://a/2"


def test_markdown_has_sections_and_marks(tmp_path: Path) -> None:
    """The Markdown lists field changes by section, then new and resolved findings."""
    text = diff_markdown(sample_diff(tmp_path))
    for heading in (
        "# trainaudit diff",
        "## Fields (4 changed)",
        "### § 2.1 Publicly available datasets",
        "### § 2.3 Data crawled and scraped from online sources",
        "## Findings",
        "### New (1)",
        "### Resolved (1)",
        "### Unchanged (0)",
    ):
        assert f"\n{heading}\n" in f"\n{text}", heading
    assert "**+** FineWeb-2 (https://huggingface.co/datasets/HuggingFaceFW/fineweb-2)" in text
    assert "**-** example-recipes.com" in text
    assert "`2026-07-15` → `2026-08-01`" in text
    assert "**warning** TDS045 p. 2 `crawling.crawlers`: Crawlers not named." in text


def test_terminal_shows_items_values_and_pages() -> None:
    """The terminal renderer shows + and - items, "old → new" with pages, and counts."""
    old = summary({"model.placement_date": "2026-07-15", "crawling.crawlers": ["GPTBot"]})
    new = summary(
        {"model.placement_date": "2026-08-01", "crawling.crawlers": ["CCBot"]},
        pages={"model.placement_date": 2},
    )
    console = Console(record=True, width=200, color_system=None)
    diff_terminal(diff_documents(old, new), console)
    out = console.export_text()
    assert "§ 1.2 Model identification" in out
    assert "2026-07-15 (p. 1) → 2026-08-01 (p. 2)" in out
    assert "+ CCBot (p. 1)" in out and "- GPTBot (p. 1)" in out
    assert "2 field(s) changed; findings: 0 new, 0 resolved, 0 unchanged" in out


# --- properties ---------------------------------------------------------------

_TEXT = st.text(alphabet="ab \n", max_size=12)
_WORD = st.text(alphabet="abcAB", min_size=1, max_size=4)
_DATE = st.sampled_from(["2025", "2025-06", "2025-06-30", "2026-01-01"])
_VALUES: dict[ValueType, st.SearchStrategy[Any]] = {
    ValueType.TRISTATE: st.sampled_from(["yes", "no", "unknown"]),
    ValueType.MODALITIES: st.lists(st.sampled_from(["audio", "image", "text"]), unique=True),
    ValueType.SIZE: st.sampled_from([None, "lt_1b_tokens", "gt_10t_tokens"]),
    ValueType.DATE: st.none() | _DATE,
    ValueType.PERIOD: st.none()
    | st.fixed_dictionaries({"from": st.none() | _DATE, "to": st.none() | _DATE}),
    ValueType.TEXT: st.none() | _TEXT,
    ValueType.LIST: st.lists(_WORD, max_size=4),
    ValueType.DATASETS: st.lists(
        st.fixed_dictionaries({"name": _WORD, "url": st.none() | st.sampled_from(["u1", "u2"])}),
        max_size=4,
    ),
    ValueType.DOMAINS: st.lists(st.sampled_from(["a.com", "b.org", "c.net", "d.io"]), max_size=4),
}
_SOME_FIELDS = [f for f in FIELDS if f.type in _VALUES][::3]


@st.composite
def summaries(draw: st.DrawFn) -> Summary:
    """Draw a summary with a random subset of fields, values and states."""
    fields = {}
    for spec in _SOME_FIELDS:
        if draw(st.booleans()):
            fields[spec.id] = FieldValue(
                id=spec.id,
                value=draw(_VALUES[spec.type]),
                state=draw(st.sampled_from(list(FieldState))),
                evidence=(Evidence(page=draw(st.none() | st.integers(1, 9)), quote="q"),),
            )
    source = SourceInfo(path="x.pdf", sha256="0" * 64, media_type="application/pdf", pages=9)
    return Summary(source=source, fields=fields)


@given(summaries())
def test_property_diff_with_itself_is_empty(document: Summary) -> None:
    """diff(x, x) has no changes."""
    assert diff_summaries(document, document) == []


_DOMAINS = st.lists(st.sampled_from(["a.com", "b.org", "c.net", "d.io", "e.eu"]), max_size=5)


@given(_DOMAINS, _DOMAINS)
def test_property_list_items_are_set_differences(
    old_items: list[str], new_items: list[str]
) -> None:
    """Added and removed domains are exactly the set differences of the two lists."""
    changes = diff_summaries(
        summary({"crawling.top_domains": old_items}),
        summary({"crawling.top_domains": new_items}),
    )
    added = {i for c in changes for i in c.items_added}
    removed = {i for c in changes for i in c.items_removed}
    assert added == set(new_items) - set(old_items)
    assert removed == set(old_items) - set(new_items)
    assert bool(changes) == (set(old_items) != set(new_items))


_SWAPPED = {ChangeKind.ADDED: ChangeKind.REMOVED, ChangeKind.REMOVED: ChangeKind.ADDED}


@given(summaries(), summaries())
def test_property_swapping_old_and_new_swaps_added_and_removed(old: Summary, new: Summary) -> None:
    """diff(b, a) is diff(a, b) with sides, added and removed exchanged."""
    forward = by_field(diff_summaries(old, new))
    backward = by_field(diff_summaries(new, old))
    assert list(forward) == list(backward)
    for field_id, change in forward.items():
        back = backward[field_id]
        assert back.kind is _SWAPPED.get(change.kind, change.kind)
        assert (back.items_added, back.items_removed) == (change.items_removed, change.items_added)
        assert back.items_changed == tuple((n, o) for o, n in change.items_changed)
        assert (back.old_value, back.new_value) == (change.new_value, change.old_value)
        assert (back.old_state, back.new_state) == (change.new_state, change.old_state)
        assert (back.old_evidence, back.new_evidence) == (change.new_evidence, change.old_evidence)
