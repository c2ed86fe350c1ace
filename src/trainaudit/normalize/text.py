"""Text answers: whitespace folding, empty answers and leftover template instructions.

Conventions (template-fields.md, value type ``text``):

- ``fold_whitespace`` turns every run of whitespace (including no-break and
  other Unicode spaces) into one space, drops zero-width characters and soft
  hyphens, and strips the ends.
- ``is_empty_answer`` is true only for answers that say nothing: "", "N/A",
  "NA", "n.a.", "-", "–", "None", "Not applicable", "Nil" (case-insensitive,
  with an optional full stop or brackets). An answer that goes on to explain
  ("N/A – we do not crawl because ...") is an answer.
- ``strip_placeholder`` removes the template's own instruction sentences that
  providers left in the answer cells. Long sentences are found fuzzily
  (rapidfuzz partial alignment, score >= 90) so that typos, wrapped lines and
  changed punctuation do not hide them; short ones ("If so, please specify…",
  "DD/MM/YY") must match exactly, ignoring case and spacing.
- ``rejoin_wrapped_urls`` glues a URL that a PDF wrapped across lines back
  together without a space: after a line ending in "-", "_", "=", "?", "&",
  "#", "~" or "%" inside a URL, after "https:" or "https://", after "/" when
  the next line goes on with a path (lower case, digit or a "/", "-", "_" or
  "." in its first word), after "." when the next line starts in lower case,
  and after a letter or digit when the next line is one lower-case word that
  looks like a path or file name but is not a domain ("Prac" + "tice.pdf").
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

__all__ = [
    "TEMPLATE_INSTRUCTIONS",
    "URL_PATTERN",
    "fold_whitespace",
    "is_empty_answer",
    "rejoin_wrapped_urls",
    "strip_placeholder",
]

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"\s+")

_EMPTY_ANSWERS = frozenset(
    {
        "",
        "n/a",
        "na",
        "n.a",
        "n. a",
        "n/a n/a",
        "-",
        "--",
        "–",
        "—",
        "/",
        "none",
        "nil",
        "null",
        "not applicable",
        "not applicable to this model",
    }
)
_EMPTY_TRIM = " \t.;:[](){}*"

#: Instruction and placeholder sentences of the Commission template (C(2025) 5235 / 8311)
#: that providers sometimes leave in an answer cell.
TEMPLATE_INSTRUCTIONS: tuple[str, ...] = (
    "Providers may also disclose other relevant information on a voluntary basis, "
    "e.g. the period of data collection, size of the datasets and further details.",
    "Alternatively, specify the approximate size in a different measurement unit:",
    "Specify the modality and for each one indicate approximate size and unit of measurement",
    "Only applicable if the provider is established outside the Union (see Article 54 AI Act).",
    "Indicate the latest date when data was collected/obtained for the model training: MM/YYYY",
    "Additionally, indicate if the model is continuously trained on new or dynamic data "
    "after this date.",
    "Version of the summary, with link(s) to previous versions where applicable",
    "Specify the name of the general-purpose AI model(s) and provide a link to their "
    "Summary(ies) where available.",
    "If so, please specify…",
    "If so, please specify...",
    "If so, please specify",
    "(please specify)",
    "Please specify",
    "From MM/YYYY to MM/YYYY",
    "MM/YYYY",
    "DD/MM/YY",
    "DD/MM/YYYY",
)

#: Instructions shorter than this are removed only on an exact (case- and space-blind) match.
_FUZZY_MIN_LEN = 30
_FUZZY_CUTOFF = 90.0
_LEFTOVER = re.compile(r"^[\s.,;:…\-–—()\[\]]+$")


def fold_whitespace(s: str) -> str:
    """Collapse every whitespace run to one space, drop zero-width characters and strip."""
    return _SPACES.sub(" ", _ZERO_WIDTH.sub("", s)).strip()


_BRACKETED_REASON = re.compile(r"^(n/?a|not applicable|none)\s*\([^()]*\)\s*$")


def is_empty_answer(s: str | None) -> bool:
    """Tell whether an answer says nothing ("", "N/A", "NA", "-", "None", "Not applicable")."""
    if s is None:
        return True
    # "Not applicable (provider established in the Union)": a bracketed reason is no answer.
    folded = fold_whitespace(s).lower().strip(" \t.;:*")
    folded = _BRACKETED_REASON.sub(r"\1", folded).strip(_EMPTY_TRIM)
    return folded in _EMPTY_ANSWERS or _LEFTOVER.match(folded) is not None


def _exact_pattern(instruction: str) -> re.Pattern[str]:
    """Compile a case- and space-blind pattern for a short instruction."""
    words = [re.escape(w) for w in fold_whitespace(instruction).split(" ")]
    head = r"(?<!\w)" if instruction[:1].isalnum() else ""
    tail = r"(?!\w)" if instruction[-1:].isalnum() else ""
    return re.compile(head + r"\s*".join(words) + tail, re.IGNORECASE)


_EXACT_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    _exact_pattern(i) for i in TEMPLATE_INSTRUCTIONS if len(i) < _FUZZY_MIN_LEN
)
_FUZZY_NEEDLES: tuple[str, ...] = tuple(
    fold_whitespace(i).lower() for i in TEMPLATE_INSTRUCTIONS if len(i) >= _FUZZY_MIN_LEN
)


def _remove_fuzzy(text: str, needle: str) -> str:
    """Remove every fuzzy occurrence of one long instruction from folded text."""
    for _ in range(8):  # a cell rarely repeats an instruction; bound the loop anyway
        if len(text) < len(needle) * 0.8:
            return text
        hit = fuzz.partial_ratio_alignment(needle, text.lower(), score_cutoff=_FUZZY_CUTOFF)
        if hit is None:
            return text
        start, end = hit.dest_start, hit.dest_end
        # widen to whole words so that no fragment of the instruction is left behind
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        text = fold_whitespace(text[:start] + " " + text[end:])
    return text


def strip_placeholder(s: str) -> str:
    """Remove the template's instruction sentences from an answer and fold whitespace."""
    text = fold_whitespace(s)
    for needle in _FUZZY_NEEDLES:
        text = _remove_fuzzy(text, needle)
    for pattern in _EXACT_PATTERNS:
        text = pattern.sub(" ", text)
    text = fold_whitespace(text)
    return "" if _LEFTOVER.match(text) else text


#: An http(s) URL as written, up to the first space or closing bracket/quote.
URL_PATTERN = re.compile(r"(?i)\bhttps?://[^\s<>\"'`\]\)]*")
_URL_AT_END = re.compile(r"(?i)\bhttps?:(?://[^\s<>\"'`]*)?$")
_SCHEME_START = re.compile(r"(?i)^(?:https?:|www\.)")
_PATHLIKE = re.compile(r"^[a-z0-9][^\s]*[./_\-][^\s]*$")
_DOMAINLIKE = re.compile(
    r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|ai|eu|co|[a-z]{2})/?$"
)


def _joins(url: str, first: str, whole_line: str) -> bool:
    """Tell whether the next line's first word continues a URL wrapped at a line end."""
    if not first or _SCHEME_START.match(first):
        return False
    last = url[-1]
    if url.lower() in ("http:", "https:"):
        return first.startswith("//")
    if url.lower().endswith("://") or last in "-_=?&#~%":
        return True
    one_word = whole_line.strip() == first
    if last == "/":
        # A path may go on after a slash, unless the next line is an item of its own: a
        # bullet, or a capitalised name followed by its own URL ("COYO-700M – https://...").
        if first in {"-", "*", "•", "◦", "–"}:
            return False
        if first[0].isupper() and URL_PATTERN.search(whole_line):
            return False
        if one_word and _DOMAINLIKE.match(first.lower()):
            return False  # a domain of its own on the next line
        return first[0].islower() or first[0].isdigit() or any(c in first for c in "/-_.")
    if last == ".":
        return first[0].islower() or first[0].isdigit()
    return one_word and _PATHLIKE.match(first) is not None and not _DOMAINLIKE.match(first)


def rejoin_wrapped_urls(text: str) -> str:
    """Glue URLs that a line wrap split across lines back together without a space."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if out:
            m = _URL_AT_END.search(out[-1].rstrip())
            stripped = line.lstrip()
            first = stripped.split(maxsplit=1)[0] if stripped else ""
            if m and _joins(m.group(0), first, stripped):
                out[-1] = out[-1].rstrip() + stripped
                continue
        out.append(line)
    return "\n".join(out)


_BULLET_AT_LINE_START = re.compile(r"(?m)^[ \t]*[◦•▪‣∙·][ \t]+")


def strip_bullets(text: str) -> str:
    """Remove list bullet glyphs (• ◦ ▪) at the start of lines; numbers and dashes stay."""
    return _BULLET_AT_LINE_START.sub("", text)
