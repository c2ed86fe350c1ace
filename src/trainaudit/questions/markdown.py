"""The questions as a letter-ready Markdown list, grouped by topic."""

from __future__ import annotations

import re

from trainaudit.questions.model import TOPIC_TITLES, Question, QuestionSet, Quote, WorkRef
from trainaudit.questions.wording import join
from trainaudit.rules.context import section_of

#: Legal sources shown per question in Markdown (the JSON has them all).
MARKDOWN_REFERENCES = 3

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#!])")


def md_text(text: str) -> str:
    """Return document text safe inline in Markdown: one line, no markup, no HTML."""
    folded = " ".join(text.split())
    folded = folded.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", folded)


def _where(quote: Quote) -> str:
    """Return "p. N, §x.y: “quote”" for one piece of evidence."""
    parts = []
    if quote.page is not None:
        parts.append(f"p. {quote.page}")
    section = section_of(quote.field) if quote.field else None
    if section:
        parts.append(f"§{section}")
    lead = ", ".join(parts)
    return (f"{lead}: " if lead else "") + f"“{md_text(quote.quote)}”"


def _work_line(work: WorkRef) -> str:
    """Return one work as a Markdown list item."""
    creators = f", {md_text(', '.join(work.creators))}" if work.creators else ""
    title = f" {md_text(work.title)}" if work.title else ""
    return f"- {md_text(work.id)}{title}{creators}"


def _small(question: Question) -> str:
    """Return the small-print line under a question: why, evidence, matches, rules, sources."""
    bits = [f"Why: {md_text(question.why)}"] if question.why else []
    if question.evidence:
        bits.append("Evidence: " + "; ".join(_where(e) for e in question.evidence))
    if question.matches:
        shown = [
            f"“{md_text(m.mention)}” → {md_text(m.target)} (score {m.score:g})"
            for m in question.matches[:5]
        ]
        more = len(question.matches) - len(shown)
        bits.append("Catalogue: " + "; ".join(shown) + (f"; and {more} more" if more > 0 else ""))
    if question.rule_ids:
        bits.append("Rules: " + ", ".join(md_text(r) for r in question.rule_ids))
    if question.references:
        shown_refs = question.references[:MARKDOWN_REFERENCES]
        bits.append("Sources: " + "; ".join(md_text(str(r)) for r in shown_refs))
    return "<sub>" + " · ".join(bits) + "</sub>"


def questions_markdown(qs: QuestionSet) -> str:
    """Return the questions as a letter-ready Markdown list, grouped by topic."""
    models = md_text(join(list(qs.models))) if qs.models else "your model"
    lines = [f"# Questions on the training content of {models}", ""]
    if qs.provider:
        lines.append(f"- **To:** {md_text(qs.provider)}")
    if qs.holder:
        lines.append(f"- **From:** {md_text(qs.holder)}")
    lines += [
        f"- **Date:** {qs.as_of.isoformat()}",
        f"- **Summary:** {md_text(qs.document)} (sha256 {qs.sha256[:12] or 'unknown'})",
        "",
        "Your Public Summary of Training Content (Art. 53(1)(d) of Regulation (EU) 2024/1689) "
        "leaves the questions below open. Please answer each of them by its number.",
    ]
    for note in qs.notes:
        lines += ["", f"> **Note:** {md_text(note)}"]
    for index, (topic, questions) in enumerate(qs.by_topic(), start=1):
        lines += ["", f"## {index}. {TOPIC_TITLES[topic]}"]
        for q in questions:
            lines += ["", f"**{q.id}.** {md_text(q.text)}"]
            if q.works:
                lines.append("")
                lines += [_work_line(w) for w in q.works]
                if q.more_works:
                    lines.append(f"- … and {q.more_works:,} more")
            lines += ["", _small(q)]
    if not qs.questions:
        lines += ["", "No questions: the summary gives nothing to ask about."]
    return "\n".join(lines) + "\n"
