"""Settings from `[tool.trainaudit]` in pyproject.toml or from trainaudit.toml."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainaudit.errors import TrainauditError
from trainaudit.schema import problems

CONFIG_FILES = ("trainaudit.toml", "pyproject.toml")
_PATH_KEYS = ("catalogue", "baseline", "crawler-registry")


class ConfigError(TrainauditError):
    """A configuration file that cannot be used."""


@dataclass(frozen=True, slots=True)
class Config:
    """The settings of one configuration file (empty when there is none)."""

    source: Path | None = None
    values: Mapping[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        """Return a setting, or the default when the file does not set it."""
        return self.values.get(key, default)

    def path(self, key: str) -> Path | None:
        """Return a path setting resolved against the file's folder."""
        value = self.values.get(key)
        if value is None or self.source is None:
            return None
        return (self.source.parent / str(value)).resolve()

    def paths(self, key: str) -> list[Path]:
        """Return a list-of-paths setting resolved against the file's folder."""
        if self.source is None:
            return []
        return [(self.source.parent / v).resolve() for v in self.values.get(key, [])]


def _table(path: Path) -> Mapping[str, Any] | None:
    """Return trainaudit's table of a config file, None when a pyproject.toml has none."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("trainaudit")
        return table if isinstance(table, dict) or table is None else {"<table>": table}
    return data


def find_config(start: Path) -> Path | None:
    """Return the nearest trainaudit.toml, or pyproject.toml with [tool.trainaudit], upwards."""
    for folder in (start.resolve(), *start.resolve().parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _table(candidate) is not None):
                return candidate
    return None


def load_config(path: Path | None = None, *, start: Path | None = None) -> Config:
    """Read the given config file, or the nearest one above ``start``; empty when none."""
    source = path if path is not None else find_config(start or Path.cwd())
    if source is None:
        return Config()
    if not source.is_file():
        raise ConfigError(f"{source}: no such configuration file")
    table = _table(source) or {}
    where = "[tool.trainaudit]" if source.name == "pyproject.toml" else "configuration"
    found = problems(dict(table), "config")
    if found:
        raise ConfigError(f"{source}: {where}: {found[0]}".replace("$.", "", 1))
    return Config(source=source, values=dict(table))
