"""Topic 2, sources: how the training data was obtained, per source the summary declares."""

from __future__ import annotations

from trainaudit.catalogue.resolve import Match, MatchKind
from trainaudit.questions.builder import Builder, Draft
from trainaudit.questions.evidence import cited, finding_quotes, match_quote, says
from trainaudit.questions.findings import finding_section, grouped, in_sections, messages, pack_of
from trainaudit.questions.items import template_item
from trainaudit.questions.model import Topic
from trainaudit.questions.references import ART_53_1_D, NOTICE_16, cop, template
from trainaudit.questions.wording import join, ours, theirs
from trainaudit.rules.context import section_of

_CRAWLER_RULES = ("TDS111", "TDS112", "TDS121", "TDS216", "TDS217")


def sources_topic(b: Builder) -> None:
    """Ask, per source the summary declares, where and when the data came from."""
    _crawl_question(b)
    for match in b.first_of_kind(MatchKind.DATASET):
        _dataset_source_question(b, match)
    matched_datasets = {m.target for m in b.of_kind(MatchKind.DATASET)}
    public = [n for n in b.doc.names("public_datasets.large") if n not in matched_datasets]
    if b.doc.yes("public_datasets.used") and (public or not matched_datasets):
        named = f" ({join(public[:8])}{', …' if len(public) > 8 else ''})" if public else ""
        b.add(
            Draft(
                topic=Topic.SOURCES,
                kind="public-datasets",
                text=(
                    f"For each publicly available dataset you used{named}: from where and on "
                    "which date did you obtain it, which version or snapshot did you use, and "
                    "does it contain works of ours?"
                ),
                why="Section 2.1 declares publicly available datasets; free availability "
                "does not mean a licence to train on the works in them.",
                evidence=[
                    b.doc.quote("public_datasets.large"),
                    b.doc.quote("public_datasets.used"),
                ],
                references=(ART_53_1_D, template("Section 2.1")),
            )
        )
    _licensed_question(b)
    if b.doc.yes("private_datasets.used"):
        listed = b.doc.names("private_datasets.listed")
        named = f": {join(listed[:8])}" if listed else ""
        b.add(
            Draft(
                topic=Topic.SOURCES,
                kind="private-datasets",
                text=(
                    f"You obtained private datasets from third parties (section 2.2.2){named}. "
                    "From whom, when and under which terms did you obtain them, and did they "
                    "contain works of ours? Did the supplier have the right to license them for "
                    "AI training?"
                ),
                why="Section 2.2.2 declares private datasets obtained without a licence from "
                "the rightsholders.",
                evidence=[
                    b.doc.quote("private_datasets.description"),
                    b.doc.quote("private_datasets.used"),
                ],
                references=(ART_53_1_D, template("Section 2.2.2")),
            )
        )
    if b.doc.yes("user_data.from_model_interactions") or b.doc.yes("user_data.from_other_services"):
        b.add(
            Draft(
                topic=Topic.SOURCES,
                kind="user-data",
                text=(
                    "You trained on user data (section 2.4). Did it include works of ours that "
                    "users uploaded or pasted (recordings, lyrics, scores, texts), and how do "
                    "you detect and exclude them?"
                ),
                why="Users may upload works they hold no rights in.",
                evidence=[
                    b.doc.quote("user_data.description"),
                    b.doc.quote("user_data.from_model_interactions"),
                ],
                references=(ART_53_1_D, template("Section 2.4")),
            )
        )
    if b.doc.yes("other_sources.used"):
        b.add(
            Draft(
                topic=Topic.SOURCES,
                kind="other-sources",
                text=(
                    "You used other sources of data (section 2.6). Did they include works of "
                    "ours, for example digitised books, recordings or scores, and where did you "
                    "obtain the originals?"
                ),
                why="Section 2.6 declares other sources of data.",
                evidence=[b.doc.quote("other_sources.description")],
                references=(ART_53_1_D, template("Section 2.6")),
            )
        )
    _access_questions(b)


def _crawl_question(b: Builder) -> None:
    """Ask which crawler collected the holder's content, and when."""
    top = b.first_of_kind(MatchKind.DOMAIN, "crawling.top_domains")
    if not b.doc.yes("crawling.used") and not top:
        return
    crawlers = b.crawlers()
    who = theirs(crawlers)
    period = b.period_text()
    when = f" (your summary gives the period {period})" if period else ""
    findings = b.take_rules(*_CRAWLER_RULES)
    if top:
        domains = [m.target for m in top]
        text = (
            f"You crawled {ours(domains)}. {'For each: w' if len(domains) > 1 else 'W'}hich "
            "crawler collected its pages (the user-agent token it sent), between which dates, "
            f"how many pages or files it collected, and from which IP ranges{when}?"
        )
        why = "Your summary lists domains of ours among those crawled."
    elif b.holder_domains:
        text = (
            f"Did {who} collect content from our domains {join(list(b.holder_domains))}"
            f"{when}? If so, under which user-agent token, between which dates, and which "
            "pages? The Explanatory Notice asks providers to answer such requests in good faith."
        )
        why = "Your summary declares crawling but does not list our domains; a short list of "
        why += "top domains does not show that ours were not crawled."
    else:
        text = (
            f"Did {who} collect content from our websites{when}? If so, under which "
            "user-agent token, between which dates, and which pages? The Explanatory Notice "
            "asks providers to answer such requests in good faith."
        )
        why = "Your summary declares crawling."
    if findings:
        why += " Your summary does not identify your crawlers precisely enough for us to address "
        why += "them in robots.txt or to find their documentation."
    b.add(
        Draft(
            topic=Topic.SOURCES,
            kind="crawled",
            text=text,
            why=why,
            evidence=[
                *(match_quote(m) for m in top[:1]),
                b.doc.quote("crawling.crawlers"),
                b.doc.quote("crawling.period"),
                *finding_quotes(findings),
            ],
            references=(
                ART_53_1_D,
                template("Section 2.3"),
                NOTICE_16,
                *(cop("Measure 1.3(4)"),) * bool(findings),
            ),
            findings=findings,
            matches=top,
        )
    )


def _dataset_source_question(b: Builder, match: Match) -> None:
    """Ask how a dataset that holds the holder's works was obtained."""
    name = match.target
    b.add(
        Draft(
            topic=Topic.SOURCES,
            kind="dataset-source",
            text=(
                f"How did you obtain {name}: from which address, which version or snapshot, "
                "on which date, and directly from its publisher or from a copy made by someone "
                "else? Which licence did you rely on to train on the works of ours in it?"
            ),
            why=f"{name} contains works of ours; its licence may not allow AI training.",
            evidence=[match_quote(match)],
            references=(ART_53_1_D, template("Section 2.1")),
            matches=[match],
        )
    )


def _licensed_question(b: Builder) -> None:
    """Ask which licences cover the holder's works (or name the holder)."""
    orgs = b.of_kind(MatchKind.ORGANISATION)
    findings = b.take_rules("TDS205", "TDS206")
    if not b.doc.yes("licensed_data.used") and not orgs:
        return
    holder = b.catalogue.catalogue.holder if b.catalogue is not None else None
    named = (
        f"You name {join(list(dict.fromkeys(m.mention for m in orgs)))}, which is us or one "
        "of our imprints or labels. "
        if orgs
        else ""
    )
    us = (
        f"us ({join(list(holder.names), 'or')})"
        if holder is not None
        else "us or our imprints and labels"
    )
    b.add(
        Draft(
            topic=Topic.SOURCES,
            kind="licensed",
            text=(
                f"{named}Which licensing agreements cover works of ours in the training data of "
                f"{b.models}: concluded with {us}, a collecting society or an aggregator? For "
                "each: the licensor, the date, the period and whether it covers AI training."
            ),
            why=(
                "Your summary names us or one of our imprints or labels."
                if orgs
                else "Section 2.2.1 of your summary declares data licensed from rightsholders."
            ),
            evidence=[
                *(match_quote(m) for m in orgs),
                b.doc.quote("licensed_data.used"),
            ],
            references=(ART_53_1_D, template("Section 2.2.1")),
            findings=findings,
            matches=orgs,
        )
    )


def _access_questions(b: Builder) -> None:
    """Ask about paywalls and piracy sites."""
    paywalls = b.take_rules("TDS106")
    if paywalls:
        b.add(
            Draft(
                topic=Topic.SOURCES,
                kind="paywalls",
                text=(
                    "Did your crawlers respect paywalls, logins and other access restrictions? "
                    "Did they collect any content of ours from behind a paywall or login?"
                ),
                why="Your summary does not say that your crawlers respect paywalls and logins.",
                evidence=finding_quotes(paywalls),
                references=(cop("Measure 1.2(1)(a)"), *cited(paywalls)),
                findings=paywalls,
            )
        )
    piracy = b.take_rules("TDS107", "TDS108", "TDS109")
    if piracy:
        b.add(
            Draft(
                topic=Topic.SOURCES,
                kind="piracy",
                text=(
                    "Did you exclude piracy websites from crawling, and by which list (such as "
                    "the EU Counterfeit and Piracy Watch List)? Did you train on copies of our "
                    "works obtained from such sites or from datasets built from them?"
                ),
                why="Your summary does not say, or not precisely, how piracy websites were "
                "excluded.",
                evidence=finding_quotes(piracy),
                references=(cop("Measure 1.2(1)(b)"), *cited(piracy)),
                findings=piracy,
            )
        )


def vague_questions(b: Builder) -> None:
    """Ask for the items of section 2 that findings of other packs call vague, one per field."""
    vague = b.take(
        lambda f: (
            in_sections(f, "2") and pack_of(f.rule_id, b.packs) in {"code-of-practice", "quality"}
        )
    )
    for field_id, group in grouped(vague):
        section = section_of(field_id) if field_id else finding_section(group[0])
        name, ask = template_item(field_id, section or "")
        said = b.doc.quote(field_id)
        b.add(
            Draft(
                topic=Topic.SOURCES,
                kind="vague-item",
                text=f"On {name} (section {section}) your summary is vague.{says(said)} Please "
                + ask.format(models=b.models)
                + ".",
                why=messages(group, b.packs),
                evidence=[said, *finding_quotes(group)],
                references=cited(group),
                findings=group,
            )
        )
