"""Read a segmented layout into the template's fields: typed values, states and evidence."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from trainaudit.extract.layout import Layout
from trainaudit.models import Evidence, FieldState, FieldValue, JSONValue
from trainaudit.normalize.crawlers import split_crawler_names
from trainaudit.normalize.datasets import parse_dataset_entries, split_list_items
from trainaudit.normalize.dates import find_dates, infer_day_first, parse_period
from trainaudit.normalize.domains import extract_domains
from trainaudit.normalize.text import (
    fold_whitespace,
    is_empty_answer,
    rejoin_wrapped_urls,
    strip_bullets,
    strip_placeholder,
)
from trainaudit.template.fields import FIELDS, FieldSpec, ValueType
from trainaudit.template.modality_table import ModalityRow, read_modality_table
from trainaudit.template.narrative import first_sentence, read_narrative
from trainaudit.template.options import read_modalities, read_tristate, strip_markers
from trainaudit.template.provider import split_provider
from trainaudit.template.segment import Segmentation
from trainaudit.template.stream import Position

QUOTE_LIMIT = 300
_NOT_APPLICABLE = re.compile(r"^\s*(n/?a|not applicable|none|-|–)\b", re.I)
#: "The Gemini 3 Pro family of models": one summary for a model family.
_FAMILY = re.compile(r"^(?:the\s+)?(?P<root>.+?)\s+(?:model\s+)?family\b", re.I)
_NONE_SENTENCE = re.compile(r"^\s*(none|no|not)\b(?!-)[^\n]{12,}", re.I)
#: Value types whose parsers need the answer's lines, not folded text.
_LINE_TYPES = frozenset({ValueType.LIST, ValueType.DATASETS})
_CONTINUOUS_NO = re.compile(
    r"\b(not|never|no longer)\s+(be(ing)?\s+)?(continuously\s+|further\s+)?"
    r"(trained|updated|re-?trained)\b|\bno\s+(continuous|further)\s+training\b|"
    r"\bnot\s+continuous(ly)?\b|"
    # Italian, French, German
    r"\bnon\s+(viene|è|sarà)\s+(continuamente\s+|ulteriormente\s+)?(ri)?(addestrato|aggiornato)|"
    r"\bn'est\s+pas\s+(continuellement\s+)?(entraîné|réentraîné|mis\s+à\s+jour)|"
    r"\bwird\s+nicht\s+(kontinuierlich\s+|laufend\s+)?(trainiert|aktualisiert)",
    re.I,
)
_CONTINUOUS_YES = re.compile(
    r"\b(is|are|will be|being|gets?)\s+(continuously|continually|regularly)\s+"
    r"(trained|updated|re-?trained|fine-?tuned)\b|"
    r"\b(trained|fine-?tuned)\s+(continuously|continually)\b|"
    r"\bcontinuous(ly)?\s+(training|learning)\b|"
    r"\bviene\s+(continuamente|costantemente)\s+(ri)?addestrato|"
    r"\best\s+(continuellement|régulièrement)\s+(ré)?entraîné|"
    r"\bwird\s+(kontinuierlich|laufend)\s+(trainiert|nachtrainiert)",
    re.I,
)


class SummaryReader:
    """Reads every template field from one segmented document."""

    def __init__(self, segmentation: Segmentation, layout: Layout) -> None:
        self.seg = segmentation
        stream_text = "\n".join(line.text for line in segmentation.stream.lines)
        self.day_first = infer_day_first([stream_text])
        self.links = [(link.text, link.url) for link in layout.links]

    # -- evidence ----------------------------------------------------------

    def _evidence(self, start: Position, end: Position, quote: str) -> tuple[Evidence, ...]:
        """Return the evidence for text between two positions: its first page and box there."""
        lines = self.seg.stream.lines
        index = min(start.line, len(lines) - 1)
        if index < 0:
            return ()
        # `end` is exclusive: a region ending at the start of a line does not cover it
        last_line = end.line - 1 if end.char == 0 else end.line
        last = min(max(last_line, index), len(lines) - 1)
        covered = [lines[i] for i in range(index, last + 1) if lines[i].page == lines[index].page]
        boxes = [line.bbox for line in covered if line.bbox is not None]
        bbox = (
            (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
            if boxes
            else None
        )
        return (Evidence(page=lines[index].page, quote=quote[:QUOTE_LIMIT], bbox=bbox),)

    # -- the 1.3 table -----------------------------------------------------

    @cached_property
    def modality_table(self) -> dict[str, ModalityRow] | None:
        """Return the rows of the 1.3 table (read once), or None where there is none."""
        anchor = self.seg.anchor("section:1.3")
        region: tuple[Position, Position] | None
        if anchor is not None:
            # The table runs to the next template label: its own row labels are often bold
            # or headed ("Modality: Text") and must not end it.
            after = self.seg.next_anchor(anchor.end)
            region = (anchor.end, after.start if after else self.seg.region_end(anchor.end))
        else:
            region = self.seg.between("section:1.3")
        if region is None:
            return None
        start, end = region
        stream = self.seg.stream
        items = [
            (
                i,
                stream.lines[i].text,
                stream.block_of[i],
                bbox[0] if (bbox := stream.lines[i].bbox) else None,
                cell[2] if (cell := stream.blocks[stream.block_of[i]].cell) else None,
            )
            for i in range(start.line, min(end.line, len(stream.lines)))
        ]
        return read_modality_table(items)

    def _table_field(self, spec: FieldSpec) -> FieldValue:
        _, modality, part = spec.id.split(".")
        table = self.modality_table
        if table is None:
            empty: JSONValue = "unknown" if part == "selected" else None
            return FieldValue(id=spec.id, value=empty, state=FieldState.MISSING)
        row = table[modality]
        value: JSONValue = getattr(row, part)
        evidence: tuple[Evidence, ...] = ()
        if row.lines:
            first, last = row.lines[0], row.lines[-1]
            quote = fold_whitespace("\n".join(self.seg.stream.lines[i].text for i in row.lines))
            evidence = self._evidence(Position(first, 0), Position(last, 0), quote)
        if part == "selected":
            state = FieldState.UNKNOWN if value == "unknown" else FieldState.ANSWERED
        else:
            state = FieldState.ANSWERED if value is not None else FieldState.EMPTY
        return FieldValue(id=spec.id, value=value, state=state, evidence=evidence)

    # -- one field ---------------------------------------------------------

    def read(self, spec: FieldSpec) -> FieldValue:
        """Read one field."""
        if spec.in_table:
            return self._table_field(spec)
        if spec.id == "data.continuous_training":
            return self._continuous_training()
        if spec.id in {"provider.name", "provider.contact"}:
            return self._provider(spec.id)
        found = self.seg.value_text(spec.id)
        if found is None and spec.id in _SOLE_FIELDS:
            found = self.seg.section_text(spec.section)
        if found is None and spec.type is ValueType.MODALITIES:
            # "If yes, specify the modalities" merged into the question's own row.
            question = _QUESTION_OF.get(spec.id)
            found = self.seg.value_text(question) if question else None
            ticked = read_modalities(found[0]) if found is not None else None
            if ticked is None or ticked[1] != "tick":
                found = None
        if found is None and spec.type is ValueType.TRISTATE:
            return self._narrative(spec) or FieldValue(
                id=spec.id, value="unknown", state=FieldState.MISSING
            )
        if found is None:
            return FieldValue(id=spec.id, value=_missing(spec.type), state=FieldState.MISSING)
        raw, start, end = found
        text = raw.strip()
        if spec.type is ValueType.TRISTATE:
            return self._tristate(spec, text, start, end)
        parse = _FIELD_PARSERS.get(spec.id) or _PARSERS[spec.type]
        unwrapped = rejoin_wrapped_urls(strip_bullets(strip_markers(text)))
        cleaned = strip_placeholder(fold_whitespace(unwrapped))
        if spec.type is ValueType.MODALITIES:
            value = parse(self, text)
        elif spec.type in _LINE_TYPES or spec.id in _FIELD_PARSERS:
            value = parse(self, unwrapped if cleaned else "")
        else:
            value = parse(self, cleaned)
        evidence = self._evidence(start, end, fold_whitespace(text))
        if is_empty_answer(cleaned) or not cleaned:
            state = (
                FieldState.NOT_APPLICABLE
                if _NOT_APPLICABLE.match(cleaned or "")
                else FieldState.EMPTY
            )
        else:
            state = FieldState.ANSWERED
        return FieldValue(id=spec.id, value=value, state=state, evidence=evidence)

    def _tristate(self, spec: FieldSpec, text: str, start: Position, end: Position) -> FieldValue:
        """Read a yes/no answer: after its label first, then where layouts put it instead."""
        allow_other = spec.id == "licensed_data.used"
        for where_start, where_end, how in self._answer_places(spec.id, start, end):
            where = self.seg.stream.text(where_start, where_end)
            if how == "prose":
                prose = read_narrative(spec.id, where)
                answer = (prose, "narrative") if prose else None
            else:
                answer = read_tristate(where, allow_other=allow_other, anywhere=how != "value")
                if answer and how == "next value" and answer[1] != "tick":
                    answer = None  # only ticks may be borrowed from the next label's cell
            if answer is not None:
                value = answer[0]
                state = FieldState.UNKNOWN if value == "unknown" else FieldState.ANSWERED
                quote = fold_whitespace(where)[:QUOTE_LIMIT]
                evidence = self._evidence(where_start, where_end, quote)
                return FieldValue(id=spec.id, value=value, state=state, evidence=evidence)
        quote = fold_whitespace(text)[:QUOTE_LIMIT]
        return FieldValue(
            id=spec.id,
            value="unknown",
            state=FieldState.UNKNOWN,
            evidence=self._evidence(start, end, quote),
        )

    def _answer_places(
        self, field_id: str, start: Position, end: Position
    ) -> list[tuple[Position, Position, str]]:
        """Return where a yes/no answer may stand, most likely first."""
        places = [(start, end, "value")]
        anchor = self.seg.anchor(field_id)
        if anchor is not None:
            # ticks drawn inside a wrapped label end up between its words
            places.append((anchor.start, end, "label"))
        # a row of ticks below the question, before the next label's text
        places.append((end, Position(end.line + 2, 0), "value"))
        after = self.seg.next_anchor(end)
        if after is not None:
            # the top of the next label's value cell
            places.append((after.end, Position(after.end.line + 1, 0), "next value"))
        if anchor is not None:
            # a row of its own just above the question
            above = self.seg.text_start_before(anchor.start, max_lines=2)
            places.append((above, anchor.start, "value"))
            # prose that rewords the question ("We are a Signatory to ...")
            places.append((anchor.start, end, "prose"))
        return places

    def _provider(self, field_id: str) -> FieldValue:
        """Read the legal name or the contact from the combined provider answer."""
        found = self.seg.value_text("provider.name")
        if found is None:
            return FieldValue(id=field_id, value=None, state=FieldState.MISSING)
        text, start, end = found
        name, contact = split_provider(text)
        value = name if field_id == "provider.name" else contact
        return FieldValue(
            id=field_id,
            value=value,
            state=FieldState.ANSWERED if value else FieldState.EMPTY,
            evidence=self._evidence(start, end, fold_whitespace(text)),
        )

    def _narrative(self, spec: FieldSpec) -> FieldValue | None:
        """Read a yes/no question whose label is missing from the text of its section."""
        section = self.seg.section_text(spec.section)
        if section is None:
            return None
        text, start, end = section
        value: str | None = None
        quote = first_sentence(text)
        if _ONE_QUESTION_SECTIONS.get(spec.section) == spec.id:
            # The question was reworded past recognition, but its ticks are there.
            allow_other = spec.id == "licensed_data.used"
            ticked = read_tristate(text, allow_other=allow_other, anywhere=True)
            if ticked is not None:
                value, quote = ticked[0], fold_whitespace(text)[:QUOTE_LIMIT]
        if value is None:
            value = read_narrative(spec.id, text)
        if value is None:
            return None
        state = FieldState.UNKNOWN if value == "unknown" else FieldState.ANSWERED
        return FieldValue(
            id=spec.id, value=value, state=state, evidence=self._evidence(start, end, quote)
        )

    def _continuous_training(self) -> FieldValue:
        found = self.seg.value_text("data.latest_collection_date")
        if found is None:
            return FieldValue(
                id="data.continuous_training", value="unknown", state=FieldState.MISSING
            )
        text, start, end = found
        if _CONTINUOUS_NO.search(text):
            value = "no"
        elif _CONTINUOUS_YES.search(text):
            value = "yes"
        else:
            value = "unknown"
        state = FieldState.UNKNOWN if value == "unknown" else FieldState.ANSWERED
        return FieldValue(
            id="data.continuous_training",
            value=value,
            state=state,
            evidence=self._evidence(start, end, fold_whitespace(text)),
        )

    # -- typed parsers -----------------------------------------------------

    def text_value(self, text: str) -> JSONValue:
        """Return free text, or None for an empty or N/A answer."""
        return None if is_empty_answer(text) or not text else text

    def date_value(self, text: str) -> JSONValue:
        """Return the first date written, ISO at its precision."""
        hits = find_dates(text, day_first=self.day_first)
        return hits[0].iso if hits else None

    def latest_date_value(self, text: str) -> JSONValue:
        """Return the latest date written (a collection cut-off), ISO at its precision."""
        hits = find_dates(text, day_first=self.day_first)
        return max((h.iso for h in hits), default=None)

    def period_value(self, text: str) -> JSONValue:
        """Return a {from, to} period or None."""
        return None if is_empty_answer(text) else parse_period(text, day_first=self.day_first)

    def list_value(self, text: str) -> JSONValue:
        """Return the items of a list answer ("None of ... are publicly known" is no item)."""
        if is_empty_answer(text) or _NONE_SENTENCE.match(text):
            return []
        return split_list_items(text)

    def names_list_value(self, text: str) -> JSONValue:
        """Return the items of a list of names, "A and B" being two."""
        if is_empty_answer(text) or _NONE_SENTENCE.match(text):
            return []
        return split_list_items(text, split_and=True)

    def model_names_value(self, text: str) -> JSONValue:
        """Return the model names; a named family is expanded to the members it lists."""
        names = self.names_list_value(text)
        if len(names) != 1 or not (family := _FAMILY.match(names[0])):
            return names
        root = family["root"]
        nearby = self.seg.value_text("model.dependencies")
        listing = re.search(
            rf"{re.escape(root)}\s+family\s+includes\s+(?:models\s+)?(?:such as|like)?:?\s*"
            r"(?P<members>[^.]+(?:\.\d[^.]*)*)",
            fold_whitespace(nearby[0]) if nearby else "",
            re.I,
        )
        if listing is None:
            return names
        members = split_list_items(listing["members"], split_and=True)
        return [root, *(m for m in members if m != root)]

    def crawler_value(self, text: str) -> JSONValue:
        """Return crawler names as written."""
        return split_crawler_names(text)

    def datasets_value(self, text: str) -> JSONValue:
        """Return dataset entries as {name, url}."""
        if is_empty_answer(text):
            return []
        return [entry.to_dict() for entry in parse_dataset_entries(text, self.links)]

    def domains_value(self, text: str) -> JSONValue:
        """Return registrable domains in order of appearance."""
        return extract_domains(text)

    def modalities_value(self, text: str) -> JSONValue:
        """Return the ticked modalities, sorted."""
        found = read_modalities(text)
        return found[0] if found else []


def _missing(value_type: ValueType) -> JSONValue:
    if value_type is ValueType.TRISTATE:
        return "unknown"
    if value_type in {ValueType.LIST, ValueType.DATASETS, ValueType.DOMAINS, ValueType.MODALITIES}:
        return []
    return None


_PARSERS: dict[ValueType, Callable[[SummaryReader, str], JSONValue]] = {
    ValueType.TEXT: SummaryReader.text_value,
    ValueType.DATE: SummaryReader.date_value,
    ValueType.PERIOD: SummaryReader.period_value,
    ValueType.LIST: SummaryReader.list_value,
    ValueType.DATASETS: SummaryReader.datasets_value,
    ValueType.DOMAINS: SummaryReader.domains_value,
    ValueType.MODALITIES: SummaryReader.modalities_value,
}


#: The yes/no question each modality follow-up belongs to.
_QUESTION_OF = {
    "public_datasets.modalities": "public_datasets.used",
    "licensed_data.modalities": "licensed_data.used",
    "private_datasets.modalities": "private_datasets.used",
    "synthetic_data.modalities": "synthetic_data.used",
}

#: The yes/no question of each section that asks only one.
_ONE_QUESTION_SECTIONS = {
    "2.1": "public_datasets.used",
    "2.2.1": "licensed_data.used",
    "2.2.2": "private_datasets.used",
    "2.3": "crawling.used",
    "2.5": "synthetic_data.used",
    "2.6": "other_sources.used",
    "3.1": "tdm.code_of_practice_signatory",
}

#: Fields that are the only answer of their section: a section without the label is the answer.
_SOLE_FIELDS = frozenset({"illegal_content.measures", "other_information"})

#: Fields whose value type needs a parser of its own.
_FIELD_PARSERS: dict[str, Callable[[SummaryReader, str], JSONValue]] = {
    "crawling.crawlers": SummaryReader.crawler_value,
    "model.names": SummaryReader.model_names_value,
    "data.latest_collection_date": SummaryReader.latest_date_value,
}


def read_fields(segmentation: Segmentation, layout: Layout) -> dict[str, FieldValue]:
    """Read every template field, in template order."""
    reader = SummaryReader(segmentation, layout)
    return {spec.id: reader.read(spec) for spec in FIELDS}
