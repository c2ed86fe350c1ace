"""Compare two versions of a summary: field by field, then finding by finding."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.markup import escape

from trainaudit import __version__
from trainaudit.models import FieldState, FieldValue, Summary
from trainaudit.rules.context import section_of
from trainaudit.rules.model import Finding, Severity
from trainaudit.template.fields import FIELDS, SECTIONS, ValueType

#: Version of the JSON diff (schemas/diff.schema.json); bump on breaking changes.
DIFF_VERSION = "1.0"

#: Texts longer than this (in characters) get a word-level diff besides old and new.
LONG_TEXT = 80

#: Words of unchanged context kept around each change of a word-level diff.
CONTEXT_WORDS = 3

_TYPES = {f.id: f.type for f in FIELDS}
_ORDER = {f.id: i for i, f in enumerate(FIELDS)}
_SECTION_TITLES = {s.id: s.headings[0] for s in SECTIONS}
_LIST_TYPES = frozenset(
    {ValueType.LIST, ValueType.DATASETS, ValueType.DOMAINS, ValueType.MODALITIES}
)


class ChangeKind(StrEnum):
    """What happened to a field between the two versions."""

    #: Something appeared: a value where there was none, or list items only added.
    ADDED = "added"
    #: Something disappeared: the value was cleared, or list items only removed.
    REMOVED = "removed"
    #: The value differs on both sides (or list items were both added and removed).
    CHANGED = "changed"
    #: Same value, different state (answered, empty, not applicable, unknown, missing).
    STATE = "state"


class WordOp(StrEnum):
    """One piece of a word-level text diff."""

    SAME = "="
    DELETED = "-"
    INSERTED = "+"
    #: Unchanged words left out of the diff.
    SKIPPED = "…"


@dataclass(frozen=True, slots=True, kw_only=True)
class Where:
    """Where one side of a change was read: page (None for flowing formats) and quote."""

    page: int | None
    quote: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"page": self.page, "quote": self.quote}


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldChange:
    """One template field that differs between OLD and NEW."""

    field: str
    section: str | None
    kind: ChangeKind
    old_state: FieldState
    new_state: FieldState
    old_value: Any
    new_value: Any
    #: List items in NEW only (datasets by normalised name, model names case-insensitively).
    items_added: tuple[Any, ...] = ()
    #: List items in OLD only.
    items_removed: tuple[Any, ...] = ()
    #: Items on both sides that differ in detail, as (old, new): a dataset's URL.
    items_changed: tuple[tuple[Any, Any], ...] = ()
    #: A word-level diff of a long text: (op, words) pieces.
    words: tuple[tuple[WordOp, str], ...] = ()
    old_evidence: Where | None = None
    new_evidence: Where | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (a field change of schemas/diff.schema.json)."""
        return {
            "field": self.field,
            "section": self.section,
            "kind": self.kind.value,
            "old_state": self.old_state.value,
            "new_state": self.new_state.value,
            "old_value": self.old_value,
            "new_value": self.new_value,
            "items_added": list(self.items_added),
            "items_removed": list(self.items_removed),
            "items_changed": [{"old": o, "new": n} for o, n in self.items_changed],
            "text_diff": word_diff_text(self.words) if self.words else None,
            "old_evidence": self.old_evidence.to_dict() if self.old_evidence else None,
            "new_evidence": self.new_evidence.to_dict() if self.new_evidence else None,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class FindingsDiff:
    """Findings of NEW not in OLD, of OLD not in NEW, and of both (as NEW has them)."""

    new: tuple[Finding, ...] = ()
    resolved: tuple[Finding, ...] = ()
    unchanged: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentRef:
    """One side of a diff: the document's path and content hash."""

    path: str
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"document": self.path, "sha256": self.sha256}


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryDiff:
    """Everything that changed between two versions of a summary."""

    old: DocumentRef
    new: DocumentRef
    fields: tuple[FieldChange, ...]
    findings: FindingsDiff = FindingsDiff()
    #: The date both versions were checked as of; None when no rules ran.
    as_of: dt.date | None = None
    packs: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()


# --- comparing values -------------------------------------------------------------


def _fold(text: str) -> str:
    """Return text with runs of whitespace folded to one space and the ends stripped."""
    return " ".join(text.split())


def _dataset_key(name: str) -> str:
    """Return a dataset name normalised for comparison: case, spaces and punctuation ignored."""
    return re.sub(r"[\W_]+", "", name.casefold())


def _canonical(item: Any) -> str:
    """Return a stable text of any JSON value."""
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


def item_key(value_type: ValueType | None, item: Any) -> Hashable:
    """Return what identifies a list item: normalised dataset names, folded case for names."""
    if isinstance(item, dict):
        name = item.get("name")
        return _dataset_key(name) if isinstance(name, str) else _canonical(item)
    if not isinstance(item, str):
        return _canonical(item)
    if value_type in (ValueType.DOMAINS, ValueType.MODALITIES):
        return item
    if value_type is ValueType.DATASETS:
        return _dataset_key(item)
    return _fold(item).casefold()


def item_name(item: Any) -> str:
    """Return the name of a list item: a dataset's name, a string as it is."""
    if isinstance(item, dict) and isinstance(item.get("name"), str):
        return str(item["name"])
    return item if isinstance(item, str) else _canonical(item)


def item_label(item: Any) -> str:
    """Return a list item as one line of text: a dataset as "name <url>"."""
    if isinstance(item, dict):
        name, url = item.get("name"), item.get("url")
        if isinstance(name, str):
            return f"{name} <{url}>" if url else name
        return _canonical(item)
    return item if isinstance(item, str) else _canonical(item)


def _details(item: Any) -> str:
    """Return what else than its name describes a list item (a dataset's URL)."""
    if isinstance(item, dict):
        return _canonical({k: v for k, v in item.items() if k != "name"})
    return ""


def _keyed(value_type: ValueType | None, items: Sequence[Any]) -> dict[Hashable, Any]:
    """Return items by key, the first of each key, in order of appearance."""
    out: dict[Hashable, Any] = {}
    for item in items:
        out.setdefault(item_key(value_type, item), item)
    return out


def _as_list(value: Any) -> list[Any] | None:
    """Return a list value (None as []), or None for a value that is not a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else None


def _is_empty(value: Any) -> bool:
    """Tell whether a value is None, "", [] or {} (or whitespace-only text)."""
    if isinstance(value, str):
        return not value.strip()
    return value is None or value == [] or value == {}


def _same_scalar(value_type: ValueType | None, old: Any, new: Any) -> bool:
    """Compare two non-list values: text by folded whitespace, everything else exactly."""
    if isinstance(old, str) and isinstance(new, str):
        return _fold(old) == _fold(new)
    if value_type is ValueType.TEXT or value_type is None:
        return (_is_empty(old) and _is_empty(new)) or old == new
    return bool(old == new)


def word_diff(old: str, new: str, context: int = CONTEXT_WORDS) -> tuple[tuple[WordOp, str], ...]:
    """Return a word-level diff of two texts, long unchanged runs cut to ``context`` words."""
    a, b = old.split(), new.split()
    pieces: list[tuple[WordOp, str]] = []
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = a[i1:i2]
            first, last = index == 0, index == len(opcodes) - 1
            head = [] if first else words[:context]
            tail = [] if last else words[-context:]
            if len(words) <= len(head) + len(tail):
                pieces.append((WordOp.SAME, " ".join(words)))
                continue
            if head:
                pieces.append((WordOp.SAME, " ".join(head)))
            pieces.append((WordOp.SKIPPED, "…"))
            if tail:
                pieces.append((WordOp.SAME, " ".join(tail)))
            continue
        if i2 > i1:
            pieces.append((WordOp.DELETED, " ".join(a[i1:i2])))
        if j2 > j1:
            pieces.append((WordOp.INSERTED, " ".join(b[j1:j2])))
    return tuple(pieces)


def word_diff_text(pieces: Iterable[tuple[WordOp, str]]) -> str:
    """Return a word-level diff as one line: removed words as [-…-], added ones as {+…+}."""
    marks = {WordOp.DELETED: "[-{}-]", WordOp.INSERTED: "{{+{}+}}"}
    return " ".join(marks.get(op, "{}").format(text) for op, text in pieces)


def _where(field: FieldValue | None, items: Sequence[Any]) -> Where | None:
    """Return a field's evidence: the first quoting one of ``items``, else the first."""
    if field is None or not field.evidence:
        return None
    names = [item_name(i).casefold() for i in items]
    chosen = next(
        (e for e in field.evidence if any(n and n in e.quote.casefold() for n in names)),
        field.evidence[0],
    )
    quote = _fold(chosen.quote)
    return Where(page=chosen.page, quote=quote if len(quote) <= 200 else quote[:199] + "…")


def _missing(field_id: str) -> FieldValue:
    """Return the placeholder of a field a summary does not have."""
    return FieldValue(id=field_id, value=None, state=FieldState.MISSING)


def diff_field(old: FieldValue, new: FieldValue) -> FieldChange | None:
    """Compare one field of the two versions; None when nothing changed."""
    field_id = new.id or old.id
    value_type = _TYPES.get(field_id)
    added: tuple[Any, ...] = ()
    removed: tuple[Any, ...] = ()
    changed: tuple[tuple[Any, Any], ...] = ()
    words: tuple[tuple[WordOp, str], ...] = ()
    old_list, new_list = _as_list(old.value), _as_list(new.value)
    is_list = (value_type in _LIST_TYPES or isinstance(old.value, list)) and (
        old_list is not None and new_list is not None
    )
    if is_list and old_list is not None and new_list is not None:
        before, after = _keyed(value_type, old_list), _keyed(value_type, new_list)
        added = tuple(item for key, item in after.items() if key not in before)
        removed = tuple(item for key, item in before.items() if key not in after)
        changed = tuple(
            (before[key], item)
            for key, item in after.items()
            if key in before and isinstance(item, dict) and _details(item) != _details(before[key])
        )
        same_value = not (added or removed or changed)
        if same_value:
            kind = ChangeKind.STATE
        elif added and not removed and not changed:
            kind = ChangeKind.ADDED
        elif removed and not added and not changed:
            kind = ChangeKind.REMOVED
        else:
            kind = ChangeKind.CHANGED
    else:
        same_value = _same_scalar(value_type, old.value, new.value)
        if same_value:
            kind = ChangeKind.STATE
        elif _is_empty(old.value):
            kind = ChangeKind.ADDED
        elif _is_empty(new.value):
            kind = ChangeKind.REMOVED
        else:
            kind = ChangeKind.CHANGED
        if (
            kind is ChangeKind.CHANGED
            and isinstance(old.value, str)
            and isinstance(new.value, str)
            and max(len(old.value), len(new.value)) > LONG_TEXT
        ):
            words = word_diff(old.value, new.value)
    if same_value and old.state is new.state:
        return None
    return FieldChange(
        field=field_id,
        section=section_of(field_id),
        kind=kind,
        old_state=old.state,
        new_state=new.state,
        old_value=old.value,
        new_value=new.value,
        items_added=added,
        items_removed=removed,
        items_changed=changed,
        words=words,
        old_evidence=_where(old, removed),
        new_evidence=_where(new, added),
    )


def _field_order(field_id: str) -> tuple[int, str]:
    """Return the template order of a field (unknown ids last, alphabetically)."""
    return (_ORDER.get(field_id, len(_ORDER)), field_id)


def diff_summaries(old: Summary, new: Summary) -> list[FieldChange]:
    """Return the fields that differ between two summaries, in template order."""
    ids = sorted(set(old.fields) | set(new.fields), key=_field_order)
    changes = []
    for field_id in ids:
        change = diff_field(
            old.fields.get(field_id) or _missing(field_id),
            new.fields.get(field_id) or _missing(field_id),
        )
        if change is not None:
            changes.append(change)
    return changes


# --- comparing findings -----------------------------------------------------------


def finding_key(finding: Finding) -> tuple[str, str, str]:
    """Return what identifies a finding across versions: rule, field and message, not path."""
    return (finding.rule_id, finding.field or "", finding.message)


def diff_findings(
    old: Sequence[Finding], new: Sequence[Finding]
) -> tuple[list[Finding], list[Finding], list[Finding]]:
    """Return (added, resolved, unchanged): NEW's findings OLD lacks, OLD's NEW lacks, both."""
    remaining = Counter(finding_key(f) for f in old)
    added: list[Finding] = []
    unchanged: list[Finding] = []
    for finding in new:
        key = finding_key(finding)
        if remaining[key] > 0:
            remaining[key] -= 1
            unchanged.append(finding)
        else:
            added.append(finding)
    still = Counter(finding_key(f) for f in new)
    resolved: list[Finding] = []
    for finding in old:
        key = finding_key(finding)
        if still[key] > 0:
            still[key] -= 1
        else:
            resolved.append(finding)
    return added, resolved, unchanged


def diff_documents(
    old: Summary,
    new: Summary,
    old_findings: Sequence[Finding] = (),
    new_findings: Sequence[Finding] = (),
    *,
    as_of: dt.date | None = None,
    packs: Sequence[str] = (),
    rules: Sequence[str] = (),
) -> SummaryDiff:
    """Return the whole diff of two checked summaries."""
    added, resolved, unchanged = diff_findings(old_findings, new_findings)
    return SummaryDiff(
        old=DocumentRef(path=old.source.path, sha256=old.source.sha256),
        new=DocumentRef(path=new.source.path, sha256=new.source.sha256),
        fields=tuple(diff_summaries(old, new)),
        findings=FindingsDiff(
            new=tuple(added), resolved=tuple(resolved), unchanged=tuple(unchanged)
        ),
        as_of=as_of,
        packs=tuple(packs),
        rules=tuple(rules),
    )


# --- rendering --------------------------------------------------------------------


def diff_json(d: SummaryDiff) -> dict[str, Any]:
    """Return the JSON form of a diff (schemas/diff.schema.json)."""
    return {
        "schema_version": DIFF_VERSION,
        "tool": {"name": "trainaudit", "version": __version__},
        "as_of": d.as_of.isoformat() if d.as_of else None,
        "old": d.old.to_dict(),
        "new": d.new.to_dict(),
        "packs": list(d.packs),
        "rules": list(d.rules),
        "totals": {
            "fields_changed": len(d.fields),
            "findings_new": len(d.findings.new),
            "findings_resolved": len(d.findings.resolved),
            "findings_unchanged": len(d.findings.unchanged),
        },
        "fields": [c.to_dict() for c in d.fields],
        "findings": {
            "new": [f.to_dict() for f in d.findings.new],
            "resolved": [f.to_dict() for f in d.findings.resolved],
            "unchanged": [f.to_dict() for f in d.findings.unchanged],
        },
    }


def show_value(value: Any, limit: int = 160) -> str:
    """Return a field value as short text: — for none, a period as "from – to"."""
    if _is_empty(value):
        return "—"
    if isinstance(value, dict) and set(value) == {"from", "to"}:
        text = f"{value['from'] or '?'} – {value['to'] or '?'}"
    elif isinstance(value, list):
        text = "; ".join(item_label(v) for v in value)
    elif isinstance(value, str):
        text = _fold(value)
    else:
        text = _canonical(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _page(where: Where | None) -> str:
    """Return " (p. N)" for evidence with a page, "" otherwise."""
    return f" (p. {where.page})" if where is not None and where.page else ""


def _pages(change: FieldChange) -> str:
    """Return "p. 2 → p. 3" for a change with pages on either side, "" otherwise."""
    old, new = change.old_evidence, change.new_evidence
    if not (old and old.page) and not (new and new.page):
        return ""
    return f"p. {(old and old.page) or '?'} → p. {(new and new.page) or '?'}"


def _finding_page(finding: Finding) -> int | None:
    """Return the first page a finding's evidence is on."""
    return min((e.page for e in finding.evidence if e.page), default=None)


def _by_section(changes: Iterable[FieldChange]) -> list[tuple[str | None, list[FieldChange]]]:
    """Group consecutive changes (already in template order) by section."""
    groups: list[tuple[str | None, list[FieldChange]]] = []
    for change in changes:
        if not groups or groups[-1][0] != change.section:
            groups.append((change.section, []))
        groups[-1][1].append(change)
    return groups


def section_title(section: str | None) -> str:
    """Return "§ 2.1 Publicly available datasets" (or "§ -" for a field without one)."""
    if section is None:
        return "§ -"
    title = _SECTION_TITLES.get(section)
    return f"§ {section} {title}" if title else f"§ {section}"


def _state_note(change: FieldChange) -> str:
    """Return "answered → missing" when the state changed, "" otherwise."""
    if change.old_state is change.new_state:
        return ""
    return f"{change.old_state.value} → {change.new_state.value}"


def _totals(d: SummaryDiff) -> str:
    """Return the one-line count of a diff."""
    f = d.findings
    return (
        f"{len(d.fields)} field(s) changed; findings: {len(f.new)} new, "
        f"{len(f.resolved)} resolved, {len(f.unchanged)} unchanged"
    )


# Markdown


def _md(text: str) -> str:
    """Return text safe in a Markdown line (one line, HTML-like brackets escaped)."""
    return _fold(text).replace("<", "&lt;").replace(">", "&gt;")


def _md_code(text: str) -> str:
    """Return text as inline code (backticks in it replaced)."""
    return "`" + _fold(text).replace("`", "'") + "`"


def _md_words(pieces: Iterable[tuple[WordOp, str]]) -> str:
    """Return a word-level diff in Markdown: ~~removed~~ **added**."""
    marks = {WordOp.DELETED: "~~{}~~", WordOp.INSERTED: "**{}**"}
    return " ".join(marks.get(op, "{}").format(_md(text)) for op, text in pieces)


def _md_item(item: Any) -> str:
    """Return a list item for Markdown: a dataset as "name (url)"."""
    if isinstance(item, dict) and isinstance(item.get("name"), str):
        url = item.get("url")
        return f"{item['name']} ({url})" if url else str(item["name"])
    return item_label(item)


def _md_change(change: FieldChange) -> list[str]:
    """Return the Markdown lines of one field change."""
    state = _state_note(change)
    head = f"- {_md_code(change.field)} **{change.kind.value}**" + (f" ({state})" if state else "")
    lines = [head]
    listed = change.items_added or change.items_removed or change.items_changed
    if listed:
        lines += [
            f"  - **+** {_md(_md_item(i))}{_page(change.new_evidence)}" for i in change.items_added
        ]
        lines += [
            f"  - **-** {_md(_md_item(i))}{_page(change.old_evidence)}"
            for i in change.items_removed
        ]
        lines += [
            f"  - **~** {_md(_md_item(o))} → {_md(_md_item(n))}" for o, n in change.items_changed
        ]
    elif change.words:
        pages = _pages(change)
        lines.append(f"  - {_md_words(change.words)}" + (f" ({pages})" if pages else ""))
    elif change.kind is not ChangeKind.STATE:
        old = show_value(change.old_value)
        new = show_value(change.new_value)
        lines.append(
            f"  - {_md_code(old)}{_page(change.old_evidence)} → "
            f"{_md_code(new)}{_page(change.new_evidence)}"
        )
    return lines


def _md_finding(finding: Finding) -> str:
    """Return a finding as one Markdown list item."""
    page = _finding_page(finding)
    where = f" p. {page}" if page else ""
    field = f" {_md_code(finding.field)}" if finding.field else ""
    return f"- **{finding.severity.value}** {finding.rule_id}{where}{field}: {_md(finding.message)}"


def diff_markdown(d: SummaryDiff) -> str:
    """Return a diff as GitHub-flavoured Markdown: fields by section, then findings."""
    lines = [
        "# trainaudit diff",
        "",
        f"From {_md_code(d.old.path)} to {_md_code(d.new.path)}"
        + (f", checked as of {d.as_of.isoformat()}" if d.as_of else "")
        + f": {_totals(d)}.",
        "",
        f"## Fields ({len(d.fields)} changed)",
    ]
    if not d.fields:
        lines += ["", "No field changed."]
    for section, changes in _by_section(d.fields):
        lines += ["", f"### {section_title(section)}", ""]
        for change in changes:
            lines += _md_change(change)
    f = d.findings
    lines += ["", "## Findings", "", f"### New ({len(f.new)})", ""]
    lines += [_md_finding(x) for x in f.new] or ["None."]
    lines += ["", f"### Resolved ({len(f.resolved)})", ""]
    lines += [_md_finding(x) for x in f.resolved] or ["None."]
    lines += ["", f"### Unchanged ({len(f.unchanged)})", ""]
    lines.append(f"{len(f.unchanged)} finding(s) in both versions.")
    return "\n".join(lines) + "\n"


# Terminal

_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.NOTE: "cyan"}
_KIND_STYLE = {
    ChangeKind.ADDED: "green",
    ChangeKind.REMOVED: "red",
    ChangeKind.CHANGED: "yellow",
    ChangeKind.STATE: "magenta",
}


def _rich_words(pieces: Iterable[tuple[WordOp, str]]) -> str:
    """Return a word-level diff as Rich markup: [-removed-] in red, {+added+} in green."""
    shown = {
        WordOp.DELETED: "[red][-{}-][/]",
        WordOp.INSERTED: "[green]{{+{}+}}[/]",
        WordOp.SKIPPED: "[dim]{}[/]",
    }
    return " ".join(
        shown[op].format(escape(text)) if op in shown else escape(text) for op, text in pieces
    )


def _print_change(change: FieldChange, console: Console) -> None:
    """Print one field change: items with + and -, or "old → new" with pages."""
    state = _state_note(change)
    style = _KIND_STYLE[change.kind]
    console.print(
        f"    [cyan]{change.field}[/] [{style}]{change.kind.value}[/]"
        + (f"  [dim]{escape(state)}[/]" if state else "")
    )
    if change.items_added or change.items_removed or change.items_changed:
        for item in change.items_added:
            console.print(
                f"      [green]+ {escape(item_label(item))}[/]{_page(change.new_evidence)}"
            )
        for item in change.items_removed:
            console.print(f"      [red]- {escape(item_label(item))}[/]{_page(change.old_evidence)}")
        for old, new in change.items_changed:
            console.print(
                f"      [yellow]~ {escape(item_label(old))} → {escape(item_label(new))}[/]"
            )
        return
    if change.kind is ChangeKind.STATE:
        return
    if change.words:
        pages = _pages(change)
        console.print(
            f"      {_rich_words(change.words)}" + (f"  [dim]({pages})[/]" if pages else "")
        )
        return
    console.print(
        f"      [red]{escape(show_value(change.old_value))}[/]{_page(change.old_evidence)}"
        f" → [green]{escape(show_value(change.new_value))}[/]{_page(change.new_evidence)}"
    )


def _print_finding(finding: Finding, console: Console, mark: str) -> None:
    """Print one finding with its severity, rule, page and message."""
    style = _SEVERITY_STYLE[finding.severity]
    page = _finding_page(finding)
    where = f"p.{page} " if page else ""
    console.print(
        f"    {mark} [{style}]{finding.severity.value:<7}[/] {finding.rule_id} {where}"
        f"{escape(finding.message)}  [dim]({finding.rule_name})[/]"
    )


def diff_terminal(d: SummaryDiff, console: Console) -> None:
    """Print a diff for the terminal: field changes by section, then findings."""
    console.print(f"[bold]{escape(d.old.path)}[/] → [bold]{escape(d.new.path)}[/]")
    console.print(f"\n[bold]Fields[/] ({len(d.fields)} changed)")
    if not d.fields:
        console.print("    no field changed")
    for section, changes in _by_section(d.fields):
        console.print(f"  [bold]{escape(section_title(section))}[/]")
        for change in changes:
            _print_change(change, console)
    f = d.findings
    console.print(f"\n[bold]Findings[/]\n  [bold]new[/] ({len(f.new)})")
    for finding in f.new:
        _print_finding(finding, console, "[green]+[/]")
    console.print(f"  [bold]resolved[/] ({len(f.resolved)})")
    for finding in f.resolved:
        _print_finding(finding, console, "[red]-[/]")
    console.print(f"  [bold]unchanged[/] ({len(f.unchanged)})")
    console.print(f"\n{_totals(d)}")
