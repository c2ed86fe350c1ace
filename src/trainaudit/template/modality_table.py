"""The 1.3 table: which modalities are ticked, their size band and their types of content."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from trainaudit.extract.layout import MARKERS
from trainaudit.normalize.sizes import size_from_option_label, size_from_quantity
from trainaudit.normalize.text import strip_bullets
from trainaudit.template.options import MODALITY_WORDS, Option, options, strip_markers

MODALITIES = ("text", "image", "audio", "video", "other")
_ALTERNATIVE = re.compile(r"alternatively,? specify|specify the modality and for each", re.I)
_STATUS = re.compile(
    r"^\s*(?:(?P<no>no|not\s+used|non|nein)|yes|used|s[iì]|oui|ja)\s*[.!]?\s*$", re.I
)
_NOT_USED = re.compile(r"\bnot used\b|\bnon utilizzat", re.I)
#: Column names written in front of each value when the table is flattened into text.
_COLUMN_PREFIX = re.compile(
    r"^\s*(?:(?:text|image|audio|video|other)\s+)?"
    r"(modality|modalit[àa]|training data size|dimensioni[^:]{0,40}|types? of (?:\w+ )?content|"
    r"tipi di contenuto)\s*:\s*",
    re.I,
)
_ANSWER_FIRST = re.compile(r"^\s*(yes|no)\b[.,:;]?\s*", re.I)
_LABELLED = re.compile(r"^\s*[^\W\d_]+(\s*\([^)]*\))?\s*:")
#: "MODALITY TEXT: YES": the column name before the row label, without a colon.
_ROW_PREFIX = re.compile(r"^\s*(modality|modalit[àa])\s+(?=\w+\s*:)", re.I)


def _without_column_names(text: str) -> list[str]:
    """Return a line without the column names written into it, split after a leading answer.

    "Yes. Training data size: 1 billion to 10 trillion tokens." answers the row's question
    and then gives its size: two pieces, "Yes." and the size.
    """
    text = _ROW_PREFIX.sub("", text, count=1)
    answer = _ANSWER_FIRST.match(text)
    if answer and text[answer.end() :].strip():
        rest = _COLUMN_PREFIX.sub("", text[answer.end() :], count=1)
        return [text[: answer.end()].strip(), rest]
    return [_COLUMN_PREFIX.sub("", text, count=1)]


@dataclass(frozen=True, slots=True)
class ModalityRow:
    """What one row of the 1.3 table says about one modality."""

    modality: str
    selected: str
    size: str | None
    content: str | None
    lines: tuple[int, ...] = field(default_factory=tuple)


def _row_modalities(text: str) -> list[str]:
    """Return the modalities a row label names, if the text looks like a row label."""
    bare = strip_markers(text)
    words = bare.split()
    question = bare.rstrip().endswith("?") and len(words) <= 14
    if not words or (len(words) > 6 and not question):
        return []
    found = []
    for key in MODALITIES:
        names = MODALITY_WORDS[key]
        if any(re.search(rf"\b{re.escape(n)}\b", bare, re.I) for n in names):
            found.append(key)
    first = words[0].strip("(:").casefold()
    first_is_modality = any(first in MODALITY_WORDS[k] for k in MODALITIES)
    if question:
        # "Does the training data include audio data?": a row asked as a question
        return found if len(found) == 1 else []
    if not first_is_modality and len(found) < 2:
        return []
    return found


def _option_size(modality: str, label: str) -> str | None:
    """Read a size option's label: the template's wording, or a range in other words."""
    return size_from_option_label(modality, label) or size_from_quantity(modality, label)


def _is_size_line(modality: str, text: str) -> bool:
    if size_from_option_label(modality, strip_markers(text)) is not None:
        return True
    # A boxed option in other words or another language ("☐ Meno di 1 miliardo di token").
    return any(_option_size(modality, option.label) for option in options(text))


def _size_options(modality: str, texts: list[str]) -> list[Option]:
    return [
        option
        for text in texts
        for option in options(text)
        if _option_size(modality, option.label) is not None
    ]


def _read_size(modality: str, texts: list[str]) -> str | None:
    ticked = [o for o in _size_options(modality, texts) if o.ticked]
    if len(ticked) == 1:
        return _option_size(modality, ticked[0].label)
    if _size_options(modality, texts):
        return None  # boxes present but none (or several) ticked
    plain = [t for t in texts if _is_size_line(modality, t)]
    if len(plain) == 1:
        return size_from_option_label(modality, strip_markers(plain[0]))
    if plain:
        return None
    return size_from_quantity(modality, " ".join(texts))


#: (line index, text, block id, left x or None, table column or None)
Item = tuple[int, str, int, float | None, int | None]


def _is_row_start(
    item: Item, previous: Item | None, left: float | None, first_column: int | None
) -> list[str]:
    """Return the modalities a line starts a row for: a label in the first column."""
    _, text, block, x0, column = item
    keys = _row_modalities(text)
    if not keys or _is_size_line(keys[0], text):
        return []
    starts_block = previous is None or previous[2] != block
    labelled = _LABELLED.match(strip_markers(text)) is not None  # "Text: yes" in flowing text
    if not (starts_block or labelled or any(c in MARKERS for c in text)):
        return []
    if column is not None:
        return keys if column == first_column else []
    if left is not None and x0 is not None and x0 > left + 25:
        return []
    return keys


def _head_rest(text: str) -> str:
    """Return what follows the modality label on its own line (a size written beside it)."""
    bare = strip_markers(text)
    if bare.rstrip().endswith("?"):
        return ""  # a row asked as a question: its answer follows on the next line
    match = re.match(r"\s*\w+(\s*\([^)]*\))?\s*:?", bare)
    return bare[match.end() :].strip() if match else ""


def read_modality_table(lines: list[Item]) -> dict[str, ModalityRow] | None:
    """Read the 1.3 table from (line index, text, block id, x0) items; None if it has no row."""
    lefts = [item[3] for item in lines if item[3] is not None]
    left = min(lefts) if lefts else None
    columns = [item[4] for item in lines if item[4] is not None]
    first_column = min(columns) if columns else None
    rows: list[tuple[list[str], list[Item]]] = []
    previous: Item | None = None
    lines = [
        (i, piece, b, x, c)
        for i, t, b, x, c in lines
        for piece in _without_column_names(strip_bullets(t))
    ]
    for item in lines:
        keys = _is_row_start(item, previous, left, first_column)
        if keys:
            rows.append((keys, [item]))
        elif rows:
            rows[-1][1].append(item)
        previous = item
    if not rows:
        return None
    out: dict[str, ModalityRow] = {}
    # Where some rows carry a tick, a row without one was left unticked.
    table_ticked = any(
        any(c in MARKERS for c in item[1]) for _, items in rows for item in items[:1]
    )
    for keys, items in rows:
        head_block = items[0][2]
        label_lines = [item[1] for item in items if item[2] == head_block]
        head = next((t for t in label_lines if any(c in MARKERS for c in t)), items[0][1])
        marks = [c for c in head if c in MARKERS]
        body = [(item[0], item[1], item[2]) for item in items[1:]]
        rest = _head_rest(head)
        if rest:
            body.insert(0, (items[0][0], rest, -1))
        for key in keys:
            if key in out:
                continue
            texts = [t for _, t, _ in body]
            # In a table, the size cell and the label cell are not content; in flowing text
            # only the size lines themselves are left out.
            several_cells = len({b for _, _, b in body} - {-1}) > 1
            size_blocks = (
                {b for _, t, b in body if _is_size_line(key, t) or _ALTERNATIVE.search(t)}
                if several_cells
                else set()
            )
            content_lines = [
                t
                for _, t, b in body
                if b not in size_blocks
                and not _is_size_line(key, t)
                and not _ALTERNATIVE.search(t)
                and not _STATUS.match(t)
                and size_from_quantity(key, t) is None
                and not (b == head_block and size_blocks)
            ]
            content = " ".join(strip_markers(t) for t in content_lines).strip()
            selected = (
                "no" if table_ticked and not marks else _selected(marks, head, content, texts)
            )
            size = _read_size(key, texts) if selected == "yes" and key != "other" else None
            out[key] = ModalityRow(
                modality=key,
                selected=selected,
                size=size,
                content=content if selected == "yes" and content else None,
                lines=tuple(item[0] for item in items),
            )
    for key in MODALITIES:
        if key not in out:
            out[key] = ModalityRow(modality=key, selected="no", size=None, content=None)
    return out


def _selected(marks: list[str], head: str, content: str, texts: list[str]) -> str:
    if marks:
        option = options(head)
        if option and option[0].ticked is not None:
            return "yes" if option[0].ticked else "no"
        return "unknown"
    if any(_NOT_USED.search(t) for t in (head, *texts)):
        return "no"
    # A status column beside the label: "Audio | No | ...", "Text | Used | ..."
    status = _STATUS.match(texts[0]) if texts else None
    if status is not None:
        return "no" if status["no"] else "yes"
    return "yes" if content or texts else "no"
