"""Parse a register (YAML or JSON), keeping its nodes so that problems point at line and position.

Dates stay text and only true/false are booleans (YAML 1.1 would read
``no`` as false and ``2024-01-01`` as a date).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TypeAlias

import yaml

from trainaudit.catalogue.problems import Problem, file_error

__all__ = ["PathKey", "Register", "dotted", "duplicate_keys", "parse_register", "read_register"]

#: A JSON path into the register: mapping keys and sequence indexes.
PathKey: TypeAlias = tuple[str | int, ...]


class _RegisterLoader(yaml.SafeLoader):
    """A YAML loader that keeps dates as text and reads only true/false as booleans."""


_BOOL_TAG: Final = "tag:yaml.org,2002:bool"
_RegisterLoader.yaml_implicit_resolvers = {
    first: [
        (tag, pattern)
        for tag, pattern in resolvers
        if tag not in (_BOOL_TAG, "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_RegisterLoader.add_implicit_resolver(
    _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


@dataclass(slots=True)
class Register:
    """A register being loaded: its name and its YAML nodes (for line numbers)."""

    name: str
    root: yaml.Node | None

    def locate(self, path: Iterable[str | int]) -> tuple[int | None, int | None]:
        """Return the 1-based line and character of the node at a JSON path (or its nearest)."""
        node = self.root
        if node is None:
            return None, None
        for key in path:
            child = _child(node, key)
            if child is None:
                break
            node = child
        return node.start_mark.line + 1, node.start_mark.column + 1

    def locate_key(self, path: Iterable[str | int], key: str) -> tuple[int | None, int | None]:
        """Return the line and character of the key ``key`` in the mapping at ``path``."""
        node = self.root
        for step in path:
            node = _child(node, step) if node is not None else None
        if isinstance(node, yaml.MappingNode):
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                    return key_node.start_mark.line + 1, key_node.start_mark.column + 1
        return self.locate(path)

    def problem(self, path: PathKey, message: str) -> Problem:
        """Return a problem at the node of a JSON path, the path written before the message."""
        line, position = self.locate(path)
        text = f"{dotted(path)}: {message}" if path else message
        return Problem(self.name, line, None, text, position=position)


def _child(node: yaml.Node, key: str | int) -> yaml.Node | None:
    """Return the child of a YAML node under a mapping key or sequence index."""
    if isinstance(node, yaml.MappingNode) and isinstance(key, str):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                found: yaml.Node = value_node
                return found
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        item: yaml.Node = node.value[key]
        return item
    return None


def dotted(path: Iterable[str | int]) -> str:
    """Return a JSON path as ``works[2].isrc``."""
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
    return text or "(top level)"


def read_register(path: Path, name: str) -> bytes:
    """Return the bytes of a register; raise CatalogueError when it is missing or unreadable."""
    if path.is_dir():
        raise file_error(name, "is a directory, not a file")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise file_error(name, "file not found") from None
    except OSError as exc:
        raise file_error(name, f"cannot be read: {exc.strerror or exc}") from None


def parse_register(name: str, raw: bytes, suffix: str) -> tuple[Any, yaml.Node | None]:
    """Parse a register's bytes (YAML or JSON); raise CatalogueError when they are broken."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = raw.count(b"\n", 0, exc.start) + 1
        detail = f"undecodable bytes at byte offset {exc.start}: not UTF-8 (save it as UTF-8)"
        raise file_error(name, detail, bad_line) from None
    if not text.strip():
        raise file_error(name, "file is empty")
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            detail = f"not valid JSON: {exc.msg}"
            raise file_error(name, detail, exc.lineno, position=exc.colno) from None
        return data, _compose(text)
    loader = _RegisterLoader(text)
    try:
        node = loader.get_single_node()
        return loader.construct_document(node), node
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        detail = exc.problem or exc.context or "broken"
        if exc.context and exc.problem:
            detail = f"{exc.problem} ({exc.context})"
        line = mark.line + 1 if mark is not None else None
        position = mark.column + 1 if mark is not None else None
        raise file_error(name, f"not valid YAML: {detail}", line, position=position) from None
    except yaml.YAMLError as exc:
        raise file_error(name, f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()


def _compose(text: str) -> yaml.Node | None:
    """Return the YAML nodes of a JSON text (for line numbers), or None if YAML cannot read it."""
    try:
        return yaml.compose(text, Loader=_RegisterLoader)
    except yaml.YAMLError:
        return None


def duplicate_keys(register: Register) -> list[Problem]:
    """Return a problem for every key written twice in one YAML mapping (the last would win)."""
    problems: list[Problem] = []
    stack: list[yaml.Node] = [register.root] if register.root is not None else []
    visited: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in visited:
            continue
        visited.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[str, int] = {}
            for key_node, value_node in node.value:
                stack.append(value_node)
                if not isinstance(key_node, yaml.ScalarNode):
                    continue
                key, mark = key_node.value, key_node.start_mark
                if key in first:
                    message = f"key {key!r} appears twice (first on line {first[key]})"
                    position = mark.column + 1
                    problems.append(
                        Problem(register.name, mark.line + 1, None, message, position=position)
                    )
                first.setdefault(key, mark.line + 1)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return problems
