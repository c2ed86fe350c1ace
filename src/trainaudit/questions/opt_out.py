"""Topic 4, opt-out: the holder's reservations, and the opt-out findings of the Code of Practice."""

from __future__ import annotations

from trainaudit.questions.builder import Ask, Builder, Draft, asked
from trainaudit.questions.evidence import cited, finding_quotes, says
from trainaudit.questions.findings import grouped, messages, pack_of
from trainaudit.questions.model import Topic
from trainaudit.questions.references import ART_53_1_C, DSM_4_3, RFC_9309, cop, template
from trainaudit.questions.reservations import reservation_questions


def optout_topic(b: Builder) -> None:
    """Ask how each of the holder's reservations was honoured, and the Code's opt-out items."""
    reservation_questions(b)
    _cop_optout_questions(b)


#: Code of Practice opt-out findings, merged into one question per kind.
_COP_OPTOUT: tuple[Ask, ...] = (
    Ask(
        kind="robots-txt",
        rules=("TDS101", "TDS102", "TDS110"),
        text=(
            "Do your crawlers read and follow robots.txt as specified in RFC 9309? Which "
            "user-agent tokens do they obey, and do they obey rules addressed to all agents (*)?"
        ),
        why="Your summary does not say that your crawlers follow robots.txt.",
        references=(cop("Measure 1.3(1)(a)"), RFC_9309),
    ),
    Ask(
        kind="robots-agents",
        rules=("TDS120",),
        text=(
            "Your crawlers follow robots.txt for their own user-agent token only. Do they also "
            "obey rules addressed to all agents (*) and to the other AI crawlers a site blocks?"
        ),
        why=(
            "Your summary says your crawlers follow robots.txt for their own user-agent token only."
        ),
        references=(cop("Measure 1.3(1)(a)"), RFC_9309),
    ),
    Ask(
        kind="other-protocols",
        rules=("TDS103",),
        text=(
            "Which machine-readable opt-out protocols besides robots.txt did you honour (TDMRep, "
            "ai.txt, robots meta tags, HTTP headers, C2PA or IPTC metadata, reservations in a "
            "website's terms)?"
        ),
        why="Your summary names no machine-readable opt-out protocol besides robots.txt.",
        references=(cop("Measure 1.3(1)(b)"), DSM_4_3),
    ),
    Ask(
        kind="dataset-optouts",
        rules=("TDS104", "TDS105", "TDS115"),
        text=(
            "For the datasets you obtained from third parties: which reservations of rights were "
            "honoured, by whom (you or the dataset's publisher), against which user agent and on "
            "which date?"
        ),
        why=(
            "Your summary does not say how reservations were respected for the datasets "
            "obtained from third parties, or relies on their publishers' crawl-time checks "
            "alone."
        ),
        references=(
            template('Section 3.1, "by third parties from which datasets have been obtained"'),
        ),
    ),
    Ask(
        kind="optout-timing",
        rules=("TDS118", "TDS211"),
        text=(
            "When did you check reservations of rights: at crawl time only, again before "
            "training, or retroactively? Did you apply reservations made after a page was "
            "collected to the data already collected?"
        ),
        why="Your summary does not say when reservations were checked.",
        references=(template('Section 3.1, "before and during data collection"'),),
    ),
    Ask(
        kind="no-measures",
        rules=("TDS119",),
        text=(
            "Which measures did you take to identify and respect reservations of rights before "
            "and during data collection?"
        ),
        why="Section 3.1 of your summary describes no measure to respect reservations of rights.",
        references=(ART_53_1_C, DSM_4_3),
    ),
    Ask(
        kind="copyright-policy",
        rules=("TDS114",),
        text="Please send us your copyright policy, or the public summary of it.",
        why="Your summary links no copyright policy.",
        references=(ART_53_1_C, cop("Measure 1.1")),
    ),
)


def _cop_optout_questions(b: Builder) -> None:
    """Ask one question per kind of Code of Practice opt-out finding."""
    for ask in _COP_OPTOUT:
        asked(b, Topic.OPT_OUT, ask)
    quality = b.take(
        lambda f: pack_of(f.rule_id, b.packs) == "quality" and (f.field or "").startswith("tdm.")
    )
    for field_id, group in grouped(quality):
        said = b.doc.quote(field_id)
        b.add(
            Draft(
                topic=Topic.OPT_OUT,
                kind="vague-measures",
                text=f"Your description of the measures to respect reservations of rights is "
                f"vague.{says(said)} Please state what was actually done, by whom and from when.",
                why=messages(group, b.packs),
                evidence=[said, *finding_quotes(group)],
                references=(ART_53_1_C, *cited(group)),
                findings=group,
            )
        )
