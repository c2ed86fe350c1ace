"""Mention patterns as data: load rules/patterns/*.yaml, validate them, report every problem.

Each YAML file holds one label family and follows ``schemas/pattern.schema.json``.
A pattern has a stable ``id`` (used to explain a detection), a ``label`` and
exactly one way of matching:

- ``phrases``: spaCy PhraseMatcher phrases, on LOWER, or on ORTH when
  ``case_sensitive`` is set on the pattern or the file;
- ``tokens``: spaCy Matcher token patterns restricted to attributes a blank
  pipeline computes (no POS, TAG, LEMMA, DEP, MORPH or ENT_TYPE);
- ``regex``: a Python regular expression searched in the text;
- ``finder``: a built-in finder (dates, periods, ISRC, ISWC, ISBN).

Loading checks the schema, YAML syntax and duplicate keys, regular expressions
(the ``regex`` field and REGEX values of token patterns), spaCy's own token
pattern validation, unique ids across files and phrases given to two patterns
of the same label. All problems are collected and raised at once as a
``PatternError`` whose lines read ``file:line:col: message``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from trainaudit.errors import TrainauditError
from trainaudit.resources import data_dir

__all__ = [
    "LABELS",
    "Pattern",
    "PatternError",
    "PatternSet",
    "default_patterns_dir",
    "load_patterns",
]

#: Every label a pattern may give, in the order used to break ties of equal length.
LABELS: Final = (
    "IDENTIFIER",
    "CC_SNAPSHOT",
    "DATASET",
    "CRAWLER",
    "OPTOUT_PROTOCOL",
    "ORG",
    "WORK",
    "PERIOD",
    "DATE",
    "URL",
    "DOMAIN",
)

TokenSpec = Mapping[str, Any]


class PatternError(TrainauditError):
    """Pattern files that cannot be used; the message lists every problem as file:line:col."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        header = f"{count} problem{'s' if count != 1 else ''} in mention patterns:"
        super().__init__("\n".join([header, *(f"  {p}" for p in self.problems)]))


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class Pattern:
    """One validated pattern: its id, label, how it matches and how its value is normalised."""

    id: str
    label: str
    family: str
    source: str
    normaliser: str
    normalised: str | None = None
    explain: str | None = None
    generic: bool = False
    case_sensitive: bool = False
    phrases: tuple[str, ...] = ()
    tokens: tuple[tuple[TokenSpec, ...], ...] = ()
    regex: re.Pattern[str] | None = None
    finder: str | None = None

    @property
    def kind(self) -> str:
        """Return how this pattern matches: phrases, tokens, regex or finder."""
        if self.phrases:
            return "phrases"
        if self.tokens:
            return "tokens"
        return "regex" if self.regex is not None else "finder"

    @property
    def canonical(self) -> str | None:
        """Return the canonical value of a match: ``normalised``, else the first phrase."""
        if self.normalised is not None:
            return self.normalised
        return self.phrases[0] if self.phrases else None


@dataclass(frozen=True, slots=True)
class PatternSet:
    """All patterns of a folder, in file then file order, with a lookup by id."""

    patterns: tuple[Pattern, ...]
    by_id: Mapping[str, Pattern] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Pattern]:
        return iter(self.patterns)

    def __len__(self) -> int:
        return len(self.patterns)


def default_patterns_dir() -> Path:
    """Return the bundled patterns folder (rules/patterns in a checkout or the wheel)."""
    return data_dir("rules") / "patterns"


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    """Build the JSON Schema validator of a pattern file."""
    schema = json.loads((data_dir("schemas") / "pattern.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


# --- YAML with positions ------------------------------------------------------------


def _where(path: Path, node: yaml.Node | None, mark: yaml.Mark | None = None) -> str:
    """Format a file:line:col location (1-based) of a node or mark."""
    mark = mark if mark is not None else (node.start_mark if node is not None else None)
    if mark is None:
        return f"{path}:1:1"
    return f"{path}:{mark.line + 1}:{mark.column + 1}"


def _parse(path: Path, problems: list[str]) -> tuple[yaml.Node, Any] | None:
    """Parse a YAML file to its node tree (for positions) and its data, reporting errors."""
    try:
        loader = yaml.SafeLoader(path.read_text("utf-8"))
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problems.append(f"{_where(path, None, mark)}: YAML syntax error: {exc.problem}")
        return None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        problems.append(f"{path}:1:1: cannot read: {exc}")
        return None
    if root is None:
        problems.append(f"{path}:1:1: empty pattern file")
        return None
    return root, data


def _duplicate_keys(path: Path, node: yaml.Node, problems: list[str]) -> None:
    """Report mapping keys written twice (YAML keeps the last one silently)."""
    stack, seen_nodes = [node], set()
    while stack:
        current = stack.pop()
        if id(current) in seen_nodes:
            continue
        seen_nodes.add(id(current))
        if isinstance(current, yaml.MappingNode):
            keys: set[str] = set()
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode) and key.value in keys:
                    problems.append(f"{_where(path, key)}: duplicate key {key.value!r}")
                keys.add(str(key.value))
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def _child(node: yaml.Node, step: str | int) -> yaml.Node | None:
    """Return the child node at one step of a JSON path (mapping key or list index)."""
    child: yaml.Node | None = None
    if isinstance(node, yaml.MappingNode):
        child = next(
            (v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == step), None
        )
    elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        child = node.value[step]
    return child


def _node_at(root: yaml.Node, path: Sequence[str | int]) -> yaml.Node:
    """Return the deepest node along a JSON path."""
    node = root
    for step in path:
        child = _child(node, step)
        if child is None:
            break
        node = child
    return node


def _key_node(node: yaml.Node, key: str) -> yaml.Node:
    """Return the key node of ``key`` in a mapping node, or the mapping itself."""
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return k
    return node


# --- schema errors --------------------------------------------------------------------


def _schema_message(error: ValidationError) -> tuple[str, tuple[str | int, ...], str | None]:
    """Turn a schema error into (message, JSON path, offending key) for a reader."""
    path = tuple(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(schema.get("properties", {}))
        extra = sorted(k for k in error.instance if k not in allowed)
        key = extra[0] if extra else None
        if "OP" in allowed:
            names = ", ".join(repr(k) for k in extra)
            return (
                f"token attribute {names} is not allowed: patterns may only use attributes "
                "a blank pipeline computes (ORTH, TEXT, LOWER, SHAPE, LENGTH, IS_*, LIKE_URL, "
                "LIKE_NUM) and OP; POS, TAG, LEMMA, DEP, MORPH and ENT_TYPE need a model",
                path,
                key,
            )
        return f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})", path, key
    if error.validator == "pattern" and path and path[-1] == "OP":
        return f"invalid OP {_short(error.instance)}: use !, ?, +, *, {{n}} or {{n,m}}", path, None
    if error.validator == "oneOf" and "description" in schema:
        return f"{schema['description']} (got {_short(error.instance)})", path, None
    return error.message, path, None


def _short(value: object) -> str:
    """Render a value briefly for an error message."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _schema_problems(path: Path, root: yaml.Node, data: object) -> tuple[list[str], set[int], bool]:
    """Validate one file against the schema: (located problems, bad entries, file-level error)."""
    problems: list[str] = []
    bad_entries: set[int] = set()
    file_level = False
    for error in _validator().iter_errors(data):
        message, json_path, key = _schema_message(error)
        node = _node_at(root, json_path)
        if key is not None:
            node = _key_node(node, key)
        problems.append(f"{_where(path, node)}: {message}")
        if len(json_path) >= 2 and json_path[0] == "patterns" and isinstance(json_path[1], int):
            bad_entries.add(json_path[1])
        else:
            file_level = True
    return problems, bad_entries, file_level


# --- semantic checks ------------------------------------------------------------------


def _compile(pattern: str) -> tuple[re.Pattern[str] | None, str | None]:
    """Compile a regular expression; return it or the reason it does not compile."""
    try:
        return re.compile(pattern), None
    except re.error as exc:
        return None, f"invalid regular expression {pattern!r}: {exc}"


def _token_regex_problems(
    path: Path, root: yaml.Node, at: tuple[str | int, ...], tokens: Sequence[Any]
) -> list[str]:
    """Report REGEX values of token patterns that do not compile."""
    problems: list[str] = []
    for alt, pattern in enumerate(tokens):
        for pos, spec in enumerate(pattern):
            for attr, value in spec.items():
                if isinstance(value, dict) and isinstance(value.get("REGEX"), str):
                    _, why = _compile(value["REGEX"])
                    if why is not None:
                        node = _node_at(root, (*at, "tokens", alt, pos, attr, "REGEX"))
                        problems.append(f"{_where(path, node)}: {why}")
    return problems


def _spacy_problems(
    path: Path, root: yaml.Node, at: tuple[str | int, ...], pid: str, tokens: Sequence[Any]
) -> list[str]:
    """Run spaCy's own validation of token patterns (operators, value types)."""
    from spacy.errors import MatchPatternError
    from spacy.matcher import Matcher

    matcher = Matcher(_vocab(), validate=True)
    problems: list[str] = []
    for alt, pattern in enumerate(tokens):
        try:
            matcher.add(pid, [list(pattern)])
        except (MatchPatternError, ValueError) as exc:
            node = _node_at(root, (*at, "tokens", alt))
            detail = " ".join(str(exc).split())
            problems.append(f"{_where(path, node)}: spaCy rejects token pattern: {detail}")
    return problems


@lru_cache(maxsize=1)
def _vocab() -> Any:
    """Return a shared vocabulary for validating token patterns."""
    from spacy.vocab import Vocab

    return Vocab()


def _default_normaliser(entry: Mapping[str, Any]) -> str:
    """Return the normaliser of an entry that does not name one."""
    return "canonical" if "phrases" in entry else "text"


def _build(entry: Mapping[str, Any], family: str, source: str, case: bool) -> Pattern:
    """Build a Pattern from a schema-valid entry."""
    regex = re.compile(entry["regex"]) if "regex" in entry else None
    return Pattern(
        id=entry["id"],
        label=entry["label"],
        family=family,
        source=source,
        normaliser=entry.get("normaliser", _default_normaliser(entry)),
        normalised=entry.get("normalised"),
        explain=entry.get("explain"),
        generic=bool(entry.get("generic", False)),
        case_sensitive=bool(entry.get("case_sensitive", case)),
        phrases=tuple(entry.get("phrases", ())),
        tokens=tuple(tuple(dict(spec) for spec in alt) for alt in entry.get("tokens", ())),
        regex=regex,
        finder=entry.get("finder"),
    )


def _entry_problems(path: Path, root: yaml.Node, index: int, entry: Mapping[str, Any]) -> list[str]:
    """Check one schema-valid entry beyond the schema: regexes and token patterns."""
    at: tuple[str | int, ...] = ("patterns", index)
    problems: list[str] = []
    if "regex" in entry:
        _, why = _compile(entry["regex"])
        if why is not None:
            problems.append(f"{_where(path, _node_at(root, (*at, 'regex')))}: {why}")
    if "tokens" in entry:
        regex_problems = _token_regex_problems(path, root, at, entry["tokens"])
        problems.extend(regex_problems)
        if not regex_problems:
            problems.extend(_spacy_problems(path, root, at, entry["id"], entry["tokens"]))
    return problems


def _load_file(path: Path, problems: list[str]) -> list[tuple[Pattern, str]]:
    """Load one pattern file; return its valid patterns with their locations, report problems."""
    parsed = _parse(path, problems)
    if parsed is None:
        return []
    root, data = parsed
    _duplicate_keys(path, root, problems)
    schema_problems, bad_entries, file_level = _schema_problems(path, root, data)
    problems.extend(schema_problems)
    entries = data.get("patterns") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return []
    family = str(data.get("family", path.stem))
    case = data.get("case_sensitive") is True
    loaded: list[tuple[Pattern, str]] = []
    for index, entry in enumerate(entries):
        if index in bad_entries:
            continue
        entry_problems = _entry_problems(path, root, index, entry)
        problems.extend(entry_problems)
        where = _where(path, _node_at(root, ("patterns", index)))
        if not entry_problems and not file_level:
            loaded.append((_build(entry, family, where, case), where))
    return loaded


def _phrase_key(pattern: Pattern, phrase: str) -> tuple[str, str]:
    """Return the key under which two phrases of one label would collide."""
    folded = " ".join(phrase.split())
    return pattern.label, folded if pattern.case_sensitive else folded.lower()


def _cross_problems(loaded: Sequence[tuple[Pattern, str]]) -> list[str]:
    """Report ids used twice and phrases given to two patterns of the same label."""
    problems: list[str] = []
    ids: dict[str, str] = {}
    phrases: dict[tuple[str, str], str] = {}
    for pattern, where in loaded:
        if pattern.id in ids:
            problems.append(f"{where}: duplicate id {pattern.id!r} (first at {ids[pattern.id]})")
        ids.setdefault(pattern.id, where)
        for phrase in pattern.phrases:
            key = _phrase_key(pattern, phrase)
            other = phrases.setdefault(key, pattern.id)
            if other != pattern.id:
                problems.append(
                    f"{where}: phrase {phrase!r} of {pattern.id!r} is also a phrase of {other!r}"
                )
    return problems


_LOCATION: Final = re.compile(r"^(?P<file>.*?):(?P<line>\d+):(?P<col>\d+): ")


def _location_key(problem: str) -> tuple[str, int, int]:
    """Sort problems by file, line and column."""
    match = _LOCATION.match(problem)
    if match is None:
        return problem, 0, 0
    return match["file"], int(match["line"]), int(match["col"])


def load_patterns(directory: Path | None = None) -> PatternSet:
    """Load and validate every *.yaml pattern file of a folder; raise PatternError on problems."""
    folder = directory if directory is not None else default_patterns_dir()
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    if not files:
        raise PatternError([f"{folder}:1:1: no *.yaml pattern files found"])
    problems: list[str] = []
    loaded: list[tuple[Pattern, str]] = []
    for path in files:
        loaded.extend(_load_file(path, problems))
    problems.extend(_cross_problems(loaded))
    if problems:
        raise PatternError(sorted(problems, key=_location_key))
    patterns = tuple(p for p, _ in loaded)
    return PatternSet(patterns=patterns, by_id={p.id: p for p in patterns})
