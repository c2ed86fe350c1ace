"""Topic 1, works: which of the holder's works, datasets and domains the summary names were used."""

from __future__ import annotations

from trainaudit.catalogue.resolve import Match, MatchKind
from trainaudit.questions.builder import Builder, Draft
from trainaudit.questions.evidence import match_quote
from trainaudit.questions.model import Topic, WorkRef
from trainaudit.questions.references import ART_53_1_D, NOTICE_16, template
from trainaudit.questions.wording import counted, ours

#: Works listed by name in one question; the rest are counted.
LISTED_WORKS = 20


def works_topic(b: Builder) -> None:
    """Ask about the holder's works, datasets and domains the summary names."""
    if b.catalogue is None:
        return
    works = b.of_kind(MatchKind.WORK)
    if works:
        rows = list(dict.fromkeys(m.catalogue_row for m in works if m.catalogue_row is not None))
        refs = [b.work(r) for r in rows]
        findings = b.take_rules("TDS204")
        b.add(
            Draft(
                topic=Topic.WORKS,
                kind="named-works",
                text=(
                    f"Your summary names {counted(len(refs), 'work')} of our catalogue (listed "
                    "below). "
                    f"Please confirm for each whether it was used to train {b.models}, in "
                    "which form (recording, lyrics, score, metadata) and from which source."
                ),
                why="Your summary names works of our catalogue.",
                evidence=[match_quote(m) for m in works],
                references=(ART_53_1_D,),
                findings=findings,
                matches=works,
                works=refs[:LISTED_WORKS],
                more_works=max(0, len(refs) - LISTED_WORKS),
            )
        )
    for match in b.first_of_kind(MatchKind.DATASET):
        _dataset_question(b, match)
    domains = b.of_kind(MatchKind.DOMAIN)
    if domains:
        targets = list(dict.fromkeys(m.target for m in domains))
        top = [m for m in domains if m.where.field == "crawling.top_domains"]
        findings = b.take(
            lambda f: f.rule_id in {"TDS200", "TDS201"} and any(t in f.message for t in targets)
        )
        where = (
            "among the most relevant domains you crawled (section 2.3)"
            if top
            else "in your summary"
        )
        b.add(
            Draft(
                topic=Topic.WORKS,
                kind="named-domains",
                text=(
                    f"You list {ours(targets)} {where}. Which of our works "
                    "published there (recordings, lyrics, scores, articles, images) went into "
                    f"the training data of {b.models}? Please list them, with the URLs "
                    "collected."
                ),
                why=f"Your summary names {ours(targets)}.",
                evidence=[match_quote(m) for m in domains],
                references=(ART_53_1_D, template("Section 2.3, most relevant domain names")),
                findings=findings,
                matches=domains,
            )
        )
    anything = bool(works or b.of_kind(MatchKind.DATASET) or domains)
    count = len(b.index)
    b.add(
        Draft(
            topic=Topic.WORKS,
            kind="all-works",
            text=(
                ("Beyond the works, datasets and domains above, please" if anything else "Please")
                + f" list every work of our catalogue ({count:,} works, which we can send you) "
                f"that is in the training data of {b.models}, with its title, the identifiers "
                "you hold (ISRC, ISWC, ISBN) and the source it came from."
            ),
            why=(
                "Your summary names works, datasets or domains of ours, but a summary need not "
                "list works one by one; only you can say which of our works you used."
                if anything
                else "Your summary names none of our works, datasets or domains; that does not "
                "show that none of them were used."
            ),
            references=(ART_53_1_D, NOTICE_16),
        )
    )


def _dataset_question(b: Builder, match: Match) -> None:
    """Ask which of the holder's works a matched dataset brought into the training data."""
    name = match.target
    all_matches = [m for m in b.of_kind(MatchKind.DATASET) if m.target == name]
    findings = b.take(lambda f: f.rule_id in {"TDS202", "TDS203"} and name in f.message)
    contained = b.contained(name)
    note = b.dataset_note(name)
    among = {
        "public_datasets.large": " among your publicly available datasets (section 2.1)",
        "private_datasets.listed": " among your private datasets (section 2.2.2)",
    }.get(match.where.field or "", "")
    written = f' (as "{match.mention}")' if match.mention != name else ""
    listed: list[WorkRef] = []
    more = 0
    if contained is not None and contained.work_ids:
        ids = contained.work_ids
        listed = b.works_by_id(ids[:LISTED_WORKS])
        more = max(0, len(ids) - LISTED_WORKS)
        content = (
            f"Its published track list ({contained.manifest_rows:,} entries) contains "
            f"{len(ids):,} works of our catalogue (listed below)."
        )
    elif contained is not None:
        content = (
            "Its published list of contents names none of our works, as far as we can link it."
        )
    else:
        content = "Our records show that it contains works of ours" + (
            f" ({note.rstrip('.')})." if note else "."
        )
    b.add(
        Draft(
            topic=Topic.WORKS,
            kind="dataset-works",
            text=(
                f"You name {name}{written}{among}. {content} Please "
                f"confirm which of our works in it were in the training data of {b.models}, "
                "and whether you used the whole dataset or a part (which version or subset)."
            ),
            why=f"{name} contains works of ours.",
            evidence=[match_quote(m) for m in all_matches],
            references=(ART_53_1_D, template("Section 2.1, large publicly available datasets")),
            findings=findings,
            matches=all_matches,
            works=listed,
            more_works=more,
        )
    )
