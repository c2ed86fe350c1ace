"""Topic 5, gaps: one question per mandatory item of sections 2 and 3 the summary leaves open."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from trainaudit.models import FieldState
from trainaudit.questions.builder import Ask, Builder, Draft, asked
from trainaudit.questions.evidence import cited, finding_quotes
from trainaudit.questions.findings import finding_section, grouped, in_sections, messages, pack_of
from trainaudit.questions.items import template_item
from trainaudit.questions.model import Topic
from trainaudit.questions.references import ART_53_1_D, cop
from trainaudit.rules.context import section_of
from trainaudit.rules.model import Finding, Severity

#: How a question says what the summary gives on an item, by the item's state.
_STATE_WORDS: Mapping[FieldState, str] = {
    FieldState.MISSING: "has nothing on",
    FieldState.EMPTY: "gives no answer on",
    FieldState.NOT_APPLICABLE: "answers “N/A” on",
    FieldState.UNKNOWN: "gives no readable answer on",
}

#: Code of Practice findings asked about among the gaps, one question per kind.
_COP_GAPS: tuple[Ask, ...] = (
    Ask(
        kind="contact",
        rules=("TDS113",),
        text=(
            "Please name the point of contact and the complaint channel through which we can "
            "reach you electronically about the use of our works."
        ),
        why="Your summary gives no contact point or complaint channel for rightsholders.",
        references=(cop("Measure 1.5"),),
    ),
    Ask(
        kind="signatory",
        rules=("TDS116", "TDS117"),
        text=(
            "Please confirm whether you signed the Copyright Chapter of the Code of Practice, "
            "and which of its measures you apply to the training data of {models}."
        ),
        why=(
            "Your answer to the signatory question does not match the Commission's list of "
            "signatories."
        ),
        references=(cop("Signatories (Commission list)"),),
    ),
)


def _same_field(field_id: str, packs: Mapping[str, str]) -> Callable[[Finding], bool]:
    """Return a test for Code of Practice and quality findings on one field."""

    def wanted(f: Finding) -> bool:
        """Tell whether a finding is a Code of Practice or quality finding on the field."""
        return f.field == field_id and pack_of(f.rule_id, packs) in {"code-of-practice", "quality"}

    return wanted


def gaps_topic(b: Builder) -> None:
    """Ask one question per missing or incomplete item of sections 2 and 3."""
    gaps = b.take(
        lambda f: (
            pack_of(f.rule_id, b.packs) == "eu-template"
            and f.severity in {Severity.ERROR, Severity.WARNING}
            and in_sections(f, "2", "3")
        )
    )
    for field_id, found in grouped(gaps):
        group = found + (b.take(_same_field(field_id, b.packs)) if field_id else [])
        section = (section_of(field_id) if field_id else None) or finding_section(group[0])
        name, ask = template_item(field_id, section)
        state = b.doc.state(field_id) if field_id else FieldState.MISSING
        said = b.doc.quote(field_id, answered_only=False)
        if field_id is None:
            opening = f"Section {section}: {group[0].message.rstrip('.')}."
        elif said is not None and state is not FieldState.MISSING:
            opening = f"On {name} (section {section}) your summary says: “{said.quote}”."
        else:
            opening = f"Your summary {_STATE_WORDS.get(state, 'has nothing on')} {name} "
            opening += f"(section {section})."
        b.add(
            Draft(
                topic=Topic.GAPS,
                kind="gap",
                text=f"{opening} Please {ask.format(models=b.models)}.",
                why=messages(group, b.packs),
                evidence=[said, *finding_quotes(group)],
                references=(ART_53_1_D, *cited(group)),
                findings=group,
            )
        )
    for extra in _COP_GAPS:
        asked(b, Topic.GAPS, extra)
