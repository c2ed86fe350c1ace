"""The questions to a provider, built from hand-made summaries, findings and catalogue matches."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from trainaudit.catalogue.open import OpenCatalogue, open_catalogue
from trainaudit.catalogue.resolve import Match, MatchKind, Where
from trainaudit.catalogue.summary_match import DatasetWorks, SummaryMatches
from trainaudit.models import Summary
from trainaudit.questions import (
    LISTED_WORKS,
    NO_CATALOGUE_NOTE,
    Question,
    QuestionSet,
    Topic,
    build_questions,
    md_text,
    questions_json,
    questions_markdown,
)
from trainaudit.rules.examples import example_summary
from trainaudit.rules.model import Evidence, Example, Finding, Reference, Severity
from trainaudit.schema import problems

AS_OF = dt.date(2026, 11, 25)
WORKS = 25

BASE: dict[str, Any] = {
    "provider.name": "Acme AI SAS",
    "model.names": ["Acme-1"],
    "data.latest_collection_date": "2025-06",
    "crawling.used": "yes",
    "crawling.crawlers": ["AcmeBot"],
    "crawling.period": {"from": "2024-01", "to": "2025-06"},
    "crawling.top_domains": ["example-label.com", "example-other.org"],
    "public_datasets.used": "yes",
    "public_datasets.large": [{"name": "SongSet", "url": "https://example-songs.org/"}],
    "licensed_data.used": "no",
    "private_datasets.used": "no",
    "user_data.from_model_interactions": "no",
    "user_data.from_other_services": "no",
    "other_sources.used": "no",
    "tdm.measures": "AcmeBot honours robots.txt.",
}


def make_summary(**changes: Any) -> Summary:
    """Return a summary of the BASE fields with some changed (None removes a field's value)."""
    fields = {**BASE, **{k.replace("__", "."): v for k, v in changes.items()}}
    return example_summary(Example(fields={k: v for k, v in fields.items() if v is not None}))


def finding(
    rule_id: str,
    field: str | None,
    message: str = "A finding.",
    *,
    severity: Severity = Severity.WARNING,
    section: str | None = None,
    quote: str = "as written",
    page: int | None = 2,
) -> Finding:
    """Return a finding of one rule on one field."""
    return Finding(
        rule_id=rule_id,
        rule_name="test",
        severity=severity,
        message=message,
        section=section,
        field=field,
        evidence=(Evidence(page=page, quote=quote),),
        references=(Reference(instrument="Test instrument", provision="Art. 1"),),
        document="example",
    )


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> OpenCatalogue:
    """A small register: works W01..W25, two domains, a dataset and three reservations."""
    folder = tmp_path_factory.mktemp("catalogue")
    register = {
        "catalogue": 1,
        "holder": {"name": "Label Music GmbH", "imprints": ["Label Records"]},
        "works": [
            {"id": f"W{i:02d}", "title": f"Song Number {i}", "creators": [f"Singer {i}"]}
            for i in range(1, WORKS + 1)
        ],
        "domains": ["example-label.com", "example-label.de"],
        "datasets": [{"name": "SongSet", "urls": ["https://example-songs.org/"]}],
        "reservations": [
            {"mechanism": "website-declaration", "effective_from": "2023-03-01"},
            {
                "mechanism": "robots.txt",
                "domains": ["example-label.com"],
                "user_agents": ["GPTBot"],
                "effective_from": "2024-06-01",
            },
            {
                "mechanism": "tdmrep",
                "domains": ["example-label.de"],
                "effective_from": "2026-01-01",
            },
        ],
    }
    path = folder / "catalogue.yaml"
    path.write_text(yaml.safe_dump(register, allow_unicode=True), encoding="utf-8")
    return open_catalogue(path, use_cache=False)


def match(kind: MatchKind, target: str, field: str, **extra: Any) -> Match:
    """Return a catalogue match found in one field."""
    where = Where(field=field, page=extra.pop("page", 3), quote=extra.pop("quote", target))
    return Match(
        kind=kind,
        mention=extra.pop("mention", target),
        where=where,
        target=target,
        catalogue_row=extra.pop("row", None),
        score=extra.pop("score", 100.0),
        scorer="test",
        cutoff=90.0,
    )


WORK = match(
    MatchKind.WORK,
    "W03",
    "other_information",
    mention='"Song Nmber 3" by Singer 3',
    quote='We used "Song Nmber 3" by Singer 3 in demos.',
    row=2,
    score=93.4,
)
DOMAIN = match(MatchKind.DOMAIN, "example-label.com", "crawling.top_domains")
DATASET = match(MatchKind.DATASET, "SongSet", "public_datasets.large")
IN_SET = DatasetWorks(
    dataset="SongSet",
    manifest="songset.csv",
    manifest_rows=40,
    work_ids=tuple(f"W{i:02d}" for i in range(1, WORKS + 1)),
)
ALL_MATCHES = SummaryMatches(
    document="example", matches=(WORK, DOMAIN, DATASET), datasets=(IN_SET,)
)


def build(
    summary: Summary | None = None,
    findings: tuple[Finding, ...] = (),
    *,
    matches: SummaryMatches | None = None,
    catalogue: OpenCatalogue | None = None,
) -> QuestionSet:
    """Build the questions of a summary (the BASE one by default)."""
    return build_questions(
        summary or make_summary(),
        findings,
        as_of=AS_OF,
        matches=matches,
        catalogue=catalogue,
    )


def kinds(qs: QuestionSet, topic: Topic | None = None) -> list[str]:
    """Return the kinds of the questions (of one topic)."""
    return [q.kind for q in qs.questions if topic is None or q.topic is topic]


def one(qs: QuestionSet, kind: str) -> Question:
    """Return the only question of a kind."""
    found = [q for q in qs.questions if q.kind == kind]
    assert len(found) == 1, kinds(qs)
    return found[0]


# --- topic 1: works -------------------------------------------------------------------------


def test_named_work_is_asked_with_catalogue_title_mention_and_score(
    catalogue: OpenCatalogue,
) -> None:
    """A matched work is listed as the catalogue has it, with the mention, page and score."""
    tds204 = finding("TDS204", None, "The summary names your work.")
    qs = build(findings=(tds204,), matches=ALL_MATCHES, catalogue=catalogue)
    q = one(qs, "named-works")
    assert q.topic is Topic.WORKS
    assert [(w.id, w.title, w.creators) for w in q.works] == [
        ("W03", "Song Number 3", ("Singer 3",))
    ]
    assert q.matches[0].mention == '"Song Nmber 3" by Singer 3'
    assert q.matches[0].score == 93.4
    assert q.evidence[0].page == 3 and "Song Nmber 3" in q.evidence[0].quote
    assert q.rule_ids == ("TDS204",)
    assert "a work of our catalogue" in q.text


def test_dataset_question_lists_twenty_works_and_counts_the_rest(catalogue: OpenCatalogue) -> None:
    """A dataset whose manifest holds 25 of our works lists 20 by id and title, and 5 more."""
    qs = build(matches=ALL_MATCHES, catalogue=catalogue)
    q = one(qs, "dataset-works")
    assert len(q.works) == LISTED_WORKS and q.more_works == WORKS - LISTED_WORKS
    assert q.works[0].id == "W01" and q.works[0].title == "Song Number 1"
    assert "contains 25 works of our catalogue" in q.text
    markdown = questions_markdown(qs)
    assert "- W01 Song Number 1, Singer 1" in markdown
    assert "- … and 5 more" in markdown


def test_crawled_domain_and_every_work_are_asked(catalogue: OpenCatalogue) -> None:
    """Our crawled domain gets a question; so does the list of every work of ours."""
    tds200 = finding("TDS200", "crawling.top_domains", "Your domain example-label.com is listed.")
    qs = build(findings=(tds200,), matches=ALL_MATCHES, catalogue=catalogue)
    domains = one(qs, "named-domains")
    assert "example-label.com" in domains.text and domains.rule_ids == ("TDS200",)
    assert "Your domain" not in domains.why  # the holder's findings are not quoted to the provider
    every = one(qs, "all-works")
    assert "Beyond the works" in every.text and f"({WORKS} works" in every.text


def test_with_a_catalogue_but_no_match_only_the_general_work_question(
    catalogue: OpenCatalogue,
) -> None:
    """No match: no named-work, dataset or domain question, but the list of every work."""
    qs = build(matches=SummaryMatches(document="example", matches=()), catalogue=catalogue)
    assert kinds(qs, Topic.WORKS) == ["all-works"]
    assert "names none of our works" in one(qs, "all-works").why
    assert qs.notes == ()


def test_without_a_catalogue_no_work_level_question_and_a_note() -> None:
    """Without a catalogue: no works topic, the general copies questions, and a note."""
    qs = build(matches=ALL_MATCHES)
    assert Topic.WORKS not in {q.topic for q in qs.questions}
    assert qs.notes == (NO_CATALOGUE_NOTE,)
    assert qs.holder is None
    assert one(qs, "copies-made").text.startswith("If the training data of Acme-1 contains")
    assert "reservation" not in kinds(qs)
    assert "need one" in questions_markdown(qs)


# --- topic 2: sources -----------------------------------------------------------------------


def test_crawl_question_names_crawler_period_and_our_unlisted_domains(
    catalogue: OpenCatalogue,
) -> None:
    """A crawl that does not list our domains asks about them, with crawler and period."""
    qs = build(matches=SummaryMatches(document="example", matches=()), catalogue=catalogue)
    q = one(qs, "crawled")
    assert "AcmeBot" in q.text and "from 2024-01 to 2025-06" in q.text
    assert "example-label.com and example-label.de" in q.text
    assert {e.field for e in q.evidence} >= {"crawling.crawlers", "crawling.period"}


def test_crawl_question_for_our_crawled_domain_asks_the_user_agent(
    catalogue: OpenCatalogue,
) -> None:
    """Our domain among the crawled ones: which crawler (user agent), when, how many pages."""
    tds111 = finding("TDS111", "crawling.crawlers", "Crawler named without a token.")
    qs = build(findings=(tds111,), matches=ALL_MATCHES, catalogue=catalogue)
    q = one(qs, "crawled")
    assert "You crawled our domain example-label.com" in q.text
    assert "user-agent token" in q.text
    assert q.rule_ids == ("TDS111",)


def test_no_crawl_question_when_the_summary_says_no_crawling() -> None:
    """crawling.used "no" and no domain of ours listed: nothing to ask about crawling."""
    qs = build(make_summary(crawling__used="no", crawling__top_domains=[]))
    assert "crawled" not in kinds(qs)


@pytest.mark.parametrize(
    ("changes", "kind"),
    [
        ({"user_data__from_model_interactions": "yes"}, "user-data"),
        ({"user_data__from_other_services": "yes"}, "user-data"),
        ({"licensed_data__used": "yes"}, "licensed"),
        ({"private_datasets__used": "yes"}, "private-datasets"),
        ({"other_sources__used": "yes"}, "other-sources"),
    ],
)
def test_source_questions_follow_the_yes_answers(changes: Mapping[str, str], kind: str) -> None:
    """Each declared source gets its question; answered "no" it gets none."""
    assert kind not in kinds(build())
    assert kind in kinds(build(make_summary(**changes)))


def test_public_dataset_source_question(catalogue: OpenCatalogue) -> None:
    """A matched public dataset: how it was obtained; unmatched ones: the general question."""
    with_match = build(matches=ALL_MATCHES, catalogue=catalogue)
    assert "How did you obtain SongSet" in one(with_match, "dataset-source").text
    assert "public-datasets" not in kinds(with_match)
    general = build()
    assert "(SongSet)" in one(general, "public-datasets").text
    assert "public-datasets" not in kinds(build(make_summary(public_datasets__used="no")))


def test_vague_source_findings_become_specific_questions() -> None:
    """Code of Practice findings on section 2 ask the item: paywalls, piracy, a vague field."""
    findings = (
        finding("TDS106", "crawling.behaviour", "No word on paywalls."),
        finding("TDS107", "crawling.behaviour", "No word on piracy sites."),
        finding("TDS300", "crawling.content_description", "Hedged.", severity=Severity.NOTE),
    )
    qs = build(make_summary(crawling__content_description="Various sites."), findings)
    assert one(qs, "paywalls").rule_ids == ("TDS106",)
    assert one(qs, "piracy").rule_ids == ("TDS107",)
    vague = one(qs, "vague-item")
    assert vague.topic is Topic.SOURCES and "“Various sites.”" in vague.text


# --- topic 3: copies ------------------------------------------------------------------------


def test_copies_are_always_asked_and_name_what_matched(catalogue: OpenCatalogue) -> None:
    """Copies, retention and memorisation: specific when something of ours matched."""
    qs = build(matches=ALL_MATCHES, catalogue=catalogue)
    assert kinds(qs, Topic.COPIES) == ["copies-made", "retention", "memorisation"]
    copies = one(qs, "copies-made")
    assert "the works of ours in SongSet" in copies.text
    assert "example-label.com" in copies.text
    assert "latest collection date is 2025-06" in one(qs, "retention").text


# --- topic 4: opt-out -----------------------------------------------------------------------


def test_reservations_in_force_during_the_collection_are_asked(catalogue: OpenCatalogue) -> None:
    """In force before the collection ended: asked; in force only after it ended: not."""
    qs = build(matches=ALL_MATCHES, catalogue=catalogue)
    asked = [q.reservation.mechanism for q in qs.questions if q.reservation is not None]
    assert asked == ["website-declaration", "robots.txt"]
    robots = next(
        q for q in qs.questions if q.reservation and q.reservation.mechanism == "robots.txt"
    )
    assert "after your collection began (2024-01)" in robots.text
    assert "AcmeBot" in robots.text and "user-agent token" in robots.text


def test_a_reservation_finding_is_attached_even_after_the_collection(
    catalogue: OpenCatalogue,
) -> None:
    """A rightsholder finding about a reservation brings its question, with the rule id."""
    tds214 = finding(
        "TDS214",
        "crawling.crawlers",
        "Your tdmrep.json for example-label.de (in force since 2026-01-01) reserves rights.",
    )
    tds209 = finding(
        "TDS209",
        "crawling.crawlers",
        "Your robots.txt reservation for example-label.com (in force since 2024-06-01) names "
        "GPTBot, but neither the provider's crawler(s) AcmeBot nor all crawlers.",
    )
    qs = build(findings=(tds214, tds209), matches=ALL_MATCHES, catalogue=catalogue)
    by_mechanism = {q.reservation.mechanism: q for q in qs.questions if q.reservation}
    assert by_mechanism["tdmrep"].rule_ids == ("TDS214",)
    assert by_mechanism["robots.txt"].rule_ids == ("TDS209",)
    assert "did you treat it as reserving our rights" in by_mechanism["robots.txt"].text
    assert "Your robots.txt" not in by_mechanism["robots.txt"].why


def test_code_of_practice_optout_findings_without_a_catalogue() -> None:
    """Opt-out findings of the Code pack are asked without a catalogue, merged by kind."""
    findings = (
        finding("TDS101", "tdm.measures", "No robots.txt.", severity=Severity.ERROR),
        finding("TDS110", "crawling.behaviour", "No robots.txt in 2.3.", severity=Severity.ERROR),
        finding("TDS118", "tdm.measures", "No timing."),
        finding("TDS104", "tdm.measures", "No third-party datasets."),
    )
    qs = build(findings=findings)
    assert kinds(qs, Topic.OPT_OUT) == ["robots-txt", "dataset-optouts", "optout-timing"]
    assert one(qs, "robots-txt").rule_ids == ("TDS101", "TDS110")
    assert "RFC 9309" in one(qs, "robots-txt").text


def test_no_optout_questions_without_findings_or_catalogue() -> None:
    """Nothing found and no reservations known: the opt-out topic is empty."""
    assert kinds(build(), Topic.OPT_OUT) == []


# --- topic 5: gaps --------------------------------------------------------------------------


def test_one_gap_question_per_field_quoting_the_document() -> None:
    """Two findings on one field give one question, quoting what the summary says."""
    findings = (
        finding("TDS048", "crawling.period", "No period.", severity=Severity.ERROR),
        finding("TDS049", "crawling.period", "Incomplete period.", quote="Up to 2025"),
        finding("TDS052", "crawling.top_domains", "No domain.", severity=Severity.ERROR),
    )
    summary = make_summary(crawling__period={"from": None, "to": "2025"}, crawling__top_domains=[])
    qs = build(summary, findings)
    gaps = [q for q in qs.questions if q.topic is Topic.GAPS]
    assert [q.rule_ids for q in gaps] == [("TDS048", "TDS049"), ("TDS052",)]
    assert "period of data collection" in gaps[0].text and "MM/YYYY" in gaps[0].text
    assert "“2025”" in gaps[0].text
    assert "gives no answer on the most relevant domain names crawled" in gaps[1].text


def test_gaps_leave_out_notes_and_other_sections() -> None:
    """Notes and eu-template findings outside sections 2 and 3 are not gap questions."""
    findings = (
        finding("TDS078", "crawling.used", "Answered in words.", severity=Severity.NOTE),
        finding("TDS024", "data.latest_collection_date", "No date.", severity=Severity.ERROR),
        finding("TDS065", "tdm.measures", "No measures.", severity=Severity.ERROR),
    )
    qs = build(findings=findings)
    assert [q.rule_ids for q in qs.questions if q.topic is Topic.GAPS] == [("TDS065",)]


def test_contact_point_finding_asks_for_the_complaint_channel() -> None:
    """The Code's contact-point finding asks for a point of contact (Measure 1.5)."""
    qs = build(findings=(finding("TDS113", "provider.contact", "No contact."),))
    q = one(qs, "contact")
    assert q.topic is Topic.GAPS
    assert any(r.provision == "Measure 1.5" for r in q.references)


# --- the whole set --------------------------------------------------------------------------


def test_numbered_in_topic_order_and_each_finding_asked_once(catalogue: OpenCatalogue) -> None:
    """Questions are numbered 1..n in topic order; no rule id appears in two questions."""
    findings = (
        finding("TDS200", "crawling.top_domains", "Your domain example-label.com."),
        finding("TDS110", "crawling.behaviour", "No robots.txt.", severity=Severity.ERROR),
        finding("TDS048", "crawling.period", "No period.", severity=Severity.ERROR),
        finding("TDS118", "tdm.measures", "No timing."),
    )
    qs = build(findings=findings, matches=ALL_MATCHES, catalogue=catalogue)
    assert [q.number for q in qs.questions] == list(range(1, len(qs.questions) + 1))
    order = [list(Topic).index(q.topic) for q in qs.questions]
    assert order == sorted(order)
    ids = [r for q in qs.questions for r in q.rule_ids]
    assert sorted(ids) == ["TDS048", "TDS110", "TDS118", "TDS200"]


def test_json_is_valid_against_the_schema(catalogue: OpenCatalogue) -> None:
    """The JSON of a full set, and of a set without catalogue, satisfies the schema."""
    findings = (finding("TDS048", "crawling.period", "No period.", severity=Severity.ERROR),)
    for qs in (build(findings=findings, matches=ALL_MATCHES, catalogue=catalogue), build()):
        data = questions_json(qs)
        assert problems(data, "questions") == []
        assert data["schema_version"] == "1.0"
        assert [t["id"] for t in data["topics"]] == [t.value for t, _ in qs.by_topic()]


def test_schema_rejects_a_question_without_text(catalogue: OpenCatalogue) -> None:
    """The schema is not a formality: a question with empty text is refused."""
    data = questions_json(build(matches=ALL_MATCHES, catalogue=catalogue))
    data["questions"][0]["text"] = ""
    assert problems(data, "questions")


def test_markdown_is_a_letter_with_heading_holder_date_and_small_print(
    catalogue: OpenCatalogue,
) -> None:
    """Heading names model and provider; holder and date follow; evidence and rules are small."""
    tds204 = finding("TDS204", None, "The summary names your work.")
    markdown = questions_markdown(
        build(findings=(tds204,), matches=ALL_MATCHES, catalogue=catalogue)
    )
    assert markdown.startswith("# Questions on the training content of Acme-1\n")
    assert "- **To:** Acme AI SAS" in markdown
    assert "- **From:** Label Music GmbH" in markdown
    assert "- **Date:** 2026-11-25" in markdown
    assert "## 1. Which of our works were used" in markdown
    assert "**Q1.**" in markdown
    assert "<sub>Why:" in markdown and "Rules: TDS204" in markdown
    assert 'p. 3, §3.3: “We used "Song Nmber 3" by Singer 3 in demos.”' in markdown


def test_markdown_escapes_document_text() -> None:
    """Document text cannot open HTML tags, links or emphasis in the Markdown."""
    hostile = "<script>alert(1)</script> [x](javascript:alert(1)) *bold* `code` | a"
    escaped = md_text(hostile)
    assert "<" not in escaped and ">" not in escaped
    assert "&lt;script&gt;" in escaped
    assert "\\[x\\]" in escaped and "\\*bold\\*" in escaped and "\\`code\\`" in escaped
    assert "\\|" in escaped
    summary = make_summary(
        model__names=["<script>alert(1)</script>"],
        crawling__crawlers=["<img src=x onerror=alert(1)>"],
    )
    markdown = questions_markdown(build(summary))
    assert "<script>" not in markdown and "<img" not in markdown
    assert "&lt;script&gt;" in markdown


def test_markdown_without_questions_says_so(tmp_path: Path) -> None:
    """An empty set still renders, saying there is nothing to ask."""
    qs = QuestionSet(document=str(tmp_path / "x.md"), sha256="", as_of=AS_OF)
    assert "No questions" in questions_markdown(qs)
    assert problems(questions_json(qs), "questions") == []
