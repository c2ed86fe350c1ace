"""Topic 3, copies: how many copies of the holder's works were made and kept, and until when."""

from __future__ import annotations

from trainaudit.catalogue.resolve import MatchKind
from trainaudit.questions.builder import Builder, Draft
from trainaudit.questions.evidence import match_quote
from trainaudit.questions.model import Topic
from trainaudit.questions.references import DSM_4_2, DSM_4_3, GEMA, cop
from trainaudit.questions.wording import join


def copies_topic(b: Builder) -> None:
    """Ask how many copies were made and kept, where, and until when."""
    parts: list[str] = []
    works = b.of_kind(MatchKind.WORK)
    if works:
        parts.append("the works of ours named above")
    datasets = [m.target for m in b.first_of_kind(MatchKind.DATASET)]
    if datasets:
        parts.append(f"the works of ours in {join(datasets)}")
    domains = [m.target for m in b.first_of_kind(MatchKind.DOMAIN)]
    if domains:
        parts.append(f"the content collected from {join(domains)}")
    specific = bool(parts)
    what = join(parts) if specific else "them"
    lead = "" if specific else f"If the training data of {b.models} contains works of ours: "
    which = f", in particular {join(parts)}," if specific else ""
    matched = [*works, *b.of_kind(MatchKind.DATASET), *b.of_kind(MatchKind.DOMAIN)]
    evidence = [match_quote(m) for m in matched[:2]]
    b.add(
        Draft(
            topic=Topic.COPIES,
            kind="copies-made",
            text=(
                f"{lead}How many copies of {what} did you make to train {b.models} "
                "(downloaded files, pre-processed, deduplicated and tokenised versions, backups), "
                "where are they stored (which company, which country), and do they still exist "
                "today?"
            ),
            why=(
                "Your summary names works, datasets or domains of ours; every copy made for "
                "training is a reproduction."
                if specific
                else "A summary says nothing about the copies made for training."
            ),
            evidence=evidence,
            references=(DSM_4_2, DSM_4_3),
            matches=matched,
        )
    )
    latest = b.doc.text("data.latest_collection_date")
    since = f" (your latest collection date is {latest})" if latest else ""
    b.add(
        Draft(
            topic=Topic.COPIES,
            kind="retention",
            text=(
                f"How long will you keep those copies{since}, for which purpose (training "
                "later models, evaluation, audits), and when will you delete them? Will you "
                "confirm their deletion to us in writing?"
            ),
            why="The text and data mining exception allows copies to be kept only as long as "
            "necessary for text and data mining.",
            evidence=[b.doc.quote("data.latest_collection_date")],
            references=(DSM_4_2,),
        )
    )
    b.add(
        Draft(
            topic=Topic.COPIES,
            kind="memorisation",
            text=(
                f"Have you tested whether {b.models} memorised works of ours{which} and can "
                "reproduce them (for example song lyrics)? Please send the results and describe "
                "the safeguards against such output."
            ),
            why="Works memorised in a model's parameters are reproduced in the model "
            "(LG München I, GEMA v OpenAI); the Code of Practice asks for safeguards against "
            "infringing output.",
            references=(GEMA, cop("Measure 1.4")),
        )
    )
