"""Load rule packs: one YAML rule per file, validated, every problem reported with file:line:col."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from trainaudit.errors import TrainauditError
from trainaudit.resources import data_dir
from trainaudit.rules.engine import COMMON_PLACEHOLDERS, placeholders
from trainaudit.rules.model import Example, Reference, Rule, Severity
from trainaudit.rules.registry import params_validator, registry

PACK_FILE = "pack.yaml"


class RuleError(TrainauditError):
    """Rule files that cannot be used; every problem is listed as file:line:col: message."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in rule files")


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleSet:
    """Loaded rules in id order, and the packs they came from."""

    rules: tuple[Rule, ...]
    packs: tuple[tuple[str, Path], ...]

    def get(self, key: str) -> Rule | None:
        """Return a rule by id or name."""
        return next((r for r in self.rules if key in (r.id, r.name)), None)


@cache
def _rule_validator() -> Draft202012Validator:
    """Return the validator of schemas/rule.schema.json."""
    path = data_dir("schemas") / "rule.schema.json"
    return Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))


def default_rules_dir() -> Path:
    """Return the bundled rules directory."""
    return data_dir("rules")


def pack_dirs(directory: Path) -> list[Path]:
    """Return the packs in a directory: itself if it is one, else its subfolders with pack.yaml."""
    if (directory / PACK_FILE).is_file():
        return [directory]
    packs = sorted(p.parent for p in directory.glob(f"*/{PACK_FILE}"))
    if packs:
        return packs
    if any(directory.glob("*.yaml")):
        return [directory]
    return []


def _locate(root: yaml.Node | None, path: Iterable[Any]) -> tuple[int, int]:
    """Return the 1-based line and column of the node at a JSON path (the nearest found)."""
    node = root
    best = node
    for step in path:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            child = node.value[step] if step < len(node.value) else None
        if child is None:
            break
        node = best = child
    if best is None:
        return 1, 1
    return best.start_mark.line + 1, best.start_mark.column + 1


def _where(path: Path, root: yaml.Node | None, json_path: Iterable[Any]) -> str:
    """Return "file:line:col" of a JSON path in a rule file."""
    line, column = _locate(root, json_path)
    return f"{path}:{line}:{column}"


#: libyaml's safe loader when PyYAML was built with it (5-10x faster), else the Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(path: Path, problems: list[str]) -> tuple[Any, yaml.Node | None]:
    """Parse a YAML file; note a problem (with position) when it is not valid YAML."""
    try:
        text = path.read_text(encoding="utf-8")
        root = yaml.compose(text, Loader=_LOADER)
        data = yaml.load(text, Loader=_LOADER)  # a safe loader (C or Python)
    except UnicodeDecodeError as exc:
        problems.append(f"{path}:1:1: not UTF-8 text ({exc.reason})")
        return None, None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problems.append(f"{path}:{line}:{column}: invalid YAML: {exc.problem}")
        return None, None
    except (OSError, yaml.YAMLError) as exc:
        problems.append(f"{path}:1:1: cannot read: {exc}")
        return None, None
    return data, root


def _example(data: dict[str, Any]) -> Example:
    """Build an example from its YAML mapping."""
    return Example(
        fields=data.get("fields", {}),
        states=data.get("states", {}),
        catalogue=data.get("catalogue"),
        files=data.get("files", {}),
        text=data.get("text"),
        as_of=str(data["as_of"]) if "as_of" in data else None,
        note=data.get("note", ""),
    )


def _semantic_problems(path: Path, root: yaml.Node | None, data: dict[str, Any]) -> list[str]:
    """Check what the schema cannot: the check type, its parameters, placeholders, the file name."""
    problems = []
    kinds = registry()
    check = data["check"]
    kind = kinds.get(check["type"])
    if kind is None:
        known = ", ".join(sorted(kinds))
        where = _where(path, root, ["check", "type"])
        problems.append(f"{where}: unknown check type {check['type']!r} (known: {known})")
        return problems
    for error in params_validator(kind.name).iter_errors(check.get("params", {})):
        where = _where(path, root, ["check", "params", *error.absolute_path])
        problems.append(f"{where}: check.params: {error.message}")
    allowed = set(check.get("params", {})) | kind.placeholders | COMMON_PLACEHOLDERS
    unknown = placeholders(data["message"]) - allowed
    if unknown:
        where = _where(path, root, ["message"])
        names = ", ".join(sorted(unknown))
        problems.append(
            f"{where}: message uses {{{names}}}, which {kind.name} does not provide "
            f"(it provides: {', '.join(sorted(allowed))})"
        )
    if path.stem != data["id"]:
        problems.append(f"{_where(path, root, ['id'])}: file must be named {data['id']}.yaml")
    return problems


def _rule(path: Path, pack: str, data: dict[str, Any]) -> Rule:
    """Build a rule from its validated YAML mapping."""
    rationale = data["rationale"]
    kind = registry()[data["check"]["type"]]
    return Rule(
        id=data["id"],
        name=data["name"],
        pack=pack,
        severity=Severity(data["severity"]),
        summary=data["summary"].strip(),
        description=data.get("description", "").strip(),
        rationale=rationale["text"].strip(),
        references=tuple(
            Reference(instrument=r["instrument"], provision=r["provision"], url=r.get("url"))
            for r in rationale.get("references", ())
        ),
        section=data.get("section"),
        field=data.get("field"),
        check_type=data["check"]["type"],
        params=data["check"].get("params", {}),
        message=data["message"].strip(),
        pass_examples=tuple(_example(e) for e in data["examples"]["pass"]),
        fail_examples=tuple(_example(e) for e in data["examples"]["fail"]),
        needs_catalogue=kind.needs_catalogue,
        path=path,
        tags=tuple(data.get("tags", ())),
    )


def load_rule_file(path: Path, pack: str, problems: list[str]) -> Rule | None:
    """Load one rule file, adding its problems to ``problems``; None when it has any."""
    data, root = _parse(path, problems)
    if data is None:
        return None
    errors = sorted(_rule_validator().iter_errors(data), key=lambda e: list(map(str, e.path)))
    found = [f"{_where(path, root, e.absolute_path)}: {e.message}" for e in errors]
    if not found:
        found = _semantic_problems(path, root, data)
    problems.extend(found)
    return None if found else _rule(path, pack, data)


def _pack_name(pack: Path, problems: list[str]) -> str:
    """Return a pack's name from its pack.yaml (or its folder's name)."""
    manifest = pack / PACK_FILE
    if not manifest.is_file():
        return pack.name
    data, _ = _parse(manifest, problems)
    if isinstance(data, dict) and isinstance(data.get("name"), str):
        return str(data["name"])
    problems.append(f"{manifest}:1:1: pack.yaml needs a 'name'")
    return pack.name


def load_rules(directories: Sequence[Path] | None = None) -> RuleSet:
    """Load every rule of the bundled packs or of the given directories; raise RuleError.

    A broken file is never skipped: any problem in any file fails the load,
    and all of them are reported together.
    """
    problems: list[str] = []
    rules: list[Rule] = []
    packs: list[tuple[str, Path]] = []
    for directory in directories or [default_rules_dir()]:
        found = pack_dirs(directory) if directory.is_dir() else []
        if not found:
            problems.append(f"{directory}:1:1: no rule pack here (a folder of rule YAML files)")
        for pack in found:
            name = _pack_name(pack, problems)
            packs.append((name, pack))
            for path in sorted(pack.glob("*.yaml")):
                if path.name != PACK_FILE:
                    rule = load_rule_file(path, name, problems)
                    if rule is not None:
                        rules.append(rule)
    problems.extend(_duplicates(rules))
    if problems:
        raise RuleError(problems)
    return RuleSet(rules=tuple(sorted(rules, key=lambda r: r.id)), packs=tuple(packs))


def _duplicates(rules: Sequence[Rule]) -> list[str]:
    """Report ids and names used by more than one rule."""
    problems = []
    for attribute in ("id", "name"):
        seen: dict[str, Rule] = {}
        for rule in rules:
            key = getattr(rule, attribute)
            if key in seen:
                problems.append(
                    f"{rule.path}:1:1: {attribute} {key!r} is already used by {seen[key].path}"
                )
            seen.setdefault(key, rule)
    return problems
