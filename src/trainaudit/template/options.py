"""Reading ticked options (Yes/No, modalities, sizes) from the text of an answer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainaudit.extract.layout import CHECKED, MARKERS, UNCHECKED, UNDECIDED

#: Words for the answers of a yes/no question, in the languages the template is published in.
ANSWER_WORDS: dict[str, tuple[str, ...]] = {
    "yes": ("yes", "sì", "si", "oui", "ja", "sí", "tak", "ano"),
    "no": ("no", "non", "nein", "nie", "ne", "não", "nee"),
    "other": ("other (see below)", "other"),
}

MODALITY_WORDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "testo", "texte", "texto"),
    "image": ("image", "images", "immagine", "immagini", "bild", "imagen"),
    "video": ("video", "videos", "vidéo", "vídeo"),
    "audio": ("audio", "speech", "son"),
    "other": ("other", "altro", "autre", "sonstige", "otro"),
}

#: "A: No", "Answer: Yes" (question-and-answer layouts).
_ANSWER_PREFIX = re.compile(r"^(a|answer|risposta|réponse|antwort)\s*[:.]\s*", re.I)
_MARK = "[" + "".join(sorted(MARKERS)) + "]"
_OPTION = re.compile(rf"({_MARK})\s*([^\s{''.join(MARKERS)}][^{''.join(MARKERS)}\n]*)")
_NOT_MARK = "[^" + "".join(sorted(MARKERS)) + "\n]"
#: "Yes ☒ No ☐": a line opening with a short label (up to three words) and then its box.
_BOX_AFTER = re.compile(rf"^\s*[^\W\d_][\w()'-]*(?:\s+[\w()'-]+){{0,2}}\s*{_MARK}")
_LONE_BOX = re.compile(rf"(?m)^\s*({_MARK})\s*\n\s*")
_OPTION_BEFORE_BOX = re.compile(rf"({_NOT_MARK}+?)\s*({_MARK})")


@dataclass(frozen=True, slots=True)
class Option:
    """An option label with the tick in front of it."""

    marker: str
    label: str

    @property
    def ticked(self) -> bool | None:
        """Return True for a tick, False for an empty box, None when undecidable."""
        if self.marker == CHECKED:
            return True
        if self.marker == UNCHECKED:
            return False
        return None


def options(text: str) -> list[Option]:
    """Return every marker-and-label pair in the text, in order.

    Boxes usually stand before their labels ("☒ Yes ☐ No"); a line that opens with a
    short label and ends with a box ("Yes ☒ No ☐") has them after, and is read that way.
    ("Yes ☒ No" is a tick before "No", the unticked option drawn without a box.)
    """
    found: list[Option] = []
    # A box alone on its line belongs to the label on the next ("☒\nText").
    joined = _LONE_BOX.sub(r"\1 ", text)
    for line in joined.splitlines():
        if _BOX_AFTER.match(line) and line.rstrip()[-1:] in MARKERS:
            found.extend(Option(m[2], m[1].strip()) for m in _OPTION_BEFORE_BOX.finditer(line))
        else:
            found.extend(Option(m[1], m[2].strip()) for m in _OPTION.finditer(line))
    return found


def _word_key(label: str, table: dict[str, tuple[str, ...]]) -> str | None:
    folded = label.casefold().strip(" .:;,*")
    for key, words in table.items():
        for word in words:
            if folded == word or re.match(rf"{re.escape(word)}\b", folded):
                return key
    return None


#: The lower-case rest of a question the label did not cover, up to its question mark.
_QUESTION_TAIL = re.compile(r"[a-zà-ÿ0-9][^?\n]{0,160}\?\s*")


def read_tristate(
    text: str, *, allow_other: bool = False, anywhere: bool = False
) -> tuple[str, str] | None:
    """Read a yes/no answer; return (value, how) or None when the text holds no answer.

    Ticks win over words. One option shown alone is the answer (the unchosen one was
    deleted). Two boxes both empty or both ticked, or an undecidable box, give "unknown".
    """
    head = _ANSWER_PREFIX.sub("", text.strip(), count=1)
    head = head if anywhere else head[:200]
    choices: dict[str, bool | None] = {}
    for option in options(head):
        key = _word_key(option.label, ANSWER_WORDS)
        if key == "other" and not allow_other:
            continue
        if key is not None and key not in choices:
            choices[key] = option.ticked
    if choices:
        ticked = [k for k, v in choices.items() if v is True]
        if len(ticked) == 1 and not any(v is None for v in choices.values()):
            return ticked[0], "tick"
        boxes = sum(1 for c in head if c in MARKERS)
        if len(choices) == 1 and next(iter(choices.values())) is False and boxes == 1:
            # the one option left standing, the other deleted ("☐ No" alone)
            return next(iter(choices)), "only option shown"
        return "unknown", "tick not readable"
    if anywhere:
        return None
    tail = _QUESTION_TAIL.match(head)
    if tail:
        # the end of a question the label match left over: "... the model? No."
        head = head[tail.end() :]
    first = re.match(r"\s*([A-Za-zÀ-ÿ]+)\b", head)
    if first:
        key = _word_key(first[1], ANSWER_WORDS)
        if key in {"yes", "no"}:
            following = re.match(r"[\s/|,;-]*([A-Za-zÀ-ÿ]+)", head[first.end() :])
            other = _word_key(following[1], ANSWER_WORDS) if following else None
            if other in {"yes", "no"} and other != key:
                return "unknown", "both answers written, none marked"
            return key, "word"
    return None


def read_modalities(text: str) -> tuple[list[str], str] | None:
    """Read ticked modalities; fall back to modalities named in words; None if none found."""
    found: dict[str, bool | None] = {}
    for option in options(text):
        key = _word_key(option.label, MODALITY_WORDS)
        if key is not None and key not in found:
            found[key] = option.ticked
    if found:
        return sorted(k for k, v in found.items() if v), "tick"
    if _is_bare_option_list(text):
        return [], "no option marked"
    words = set()
    for key, names in MODALITY_WORDS.items():
        if key == "other":
            continue
        if any(re.search(rf"\b{re.escape(n)}\b", text, re.I) for n in names):
            words.add(key)
    if words:
        return sorted(words), "words"
    return None


def _is_bare_option_list(text: str) -> bool:
    """Return whether text is just the template's options, none marked ("Text Image ... Other")."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    keys = [_word_key(w, MODALITY_WORDS) for w in words]
    named = {k for k in keys if k is not None}
    others = [w for w, k in zip(words, keys, strict=True) if k is None]
    return "other" in named and len(named) >= 4 and len(others) <= 3


def strip_markers(text: str) -> str:
    """Remove tick markers from text."""
    return re.sub(_MARK, "", text).strip()


__all__ = [
    "CHECKED",
    "UNCHECKED",
    "UNDECIDED",
    "Option",
    "options",
    "read_modalities",
    "read_tristate",
    "strip_markers",
]
