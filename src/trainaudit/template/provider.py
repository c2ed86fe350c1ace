"""Split the "Provider name and contact details" answer into the legal name and the contact."""

from __future__ import annotations

import re

from trainaudit.normalize.text import fold_whitespace, is_empty_answer

_LEGAL_FORM = re.compile(
    r"^\s*(inc|ltd|llc|llp|plc|gmbh|ag|s\.?a\.?s?|s\.?p\.?a\.?|s\.?r\.?l\.?|b\.?v\.?|n\.?v\.?|"
    r"limited|corp|co)\b\.?",
    re.I,
)
_ABBREVIATION = re.compile(r"\s*\([A-Z]{2,8}\)\s*$")
_ARTICLE = re.compile(r"^\s*(a|an|the)\s+[a-z]")
_CONTACT_HINT = re.compile(r"https?://|www\.|@|\d|e-?mail|contact|tel\b|phone", re.I)


def _is_legal_form(line: str) -> bool:
    match = _LEGAL_FORM.match(line)
    return match is not None and match.end() >= len(line.rstrip(" ,;"))


def split_provider(text: str) -> tuple[str | None, str | None]:
    """Return (legal name, contact details) from a provider answer as written."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines or is_empty_answer(fold_whitespace(text)):
        return None, None
    while len(lines) > 1 and _is_legal_form(lines[1]):
        lines[:2] = [f"{lines[0]} {lines[1]}"]  # a legal form wrapped onto its own line
    first = lines[0]
    name, _, rest = first.partition(",")
    while rest and _LEGAL_FORM.match(rest):
        form = _LEGAL_FORM.match(rest)
        assert form is not None
        name = f"{name},{rest[: form.end()]}"
        rest = rest[form.end() :].lstrip(",")
    remainder = [rest.strip()] if rest.strip() else []
    remainder.extend(lines[1:])
    if remainder and _ARTICLE.match(remainder[0]):
        # "Name, a partnership between ..." is a description, not a contact: drop it, line
        # by line and, on the line where the contact starts, clause by clause.
        while remainder and not _CONTACT_HINT.search(remainder[0]):
            remainder.pop(0)
        if remainder:
            clauses = remainder[0].split(", ")
            while len(clauses) > 1 and not _CONTACT_HINT.search(clauses[0]):
                clauses.pop(0)
            remainder[0] = ", ".join(clauses)
    name = _ABBREVIATION.sub("", name).strip(" ,;")
    contact = fold_whitespace(" ".join(remainder)).strip(" ,;") or None
    return name or None, contact
