"""Problems found in catalogues and manifests, and the errors that report them all at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from trainaudit.errors import TrainauditError

__all__ = [
    "MAX_LISTED",
    "CatalogueError",
    "ColumnSpecError",
    "Problem",
    "capped",
    "file_error",
    "raise_problems",
]

#: How many problems a CatalogueError (or a manifest's warnings) lists before "... and N more".
MAX_LISTED: Final = 200


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a catalogue or manifest file, where it is and what was expected."""

    file: str
    line: int | None
    column: str | None
    message: str
    #: 1-based character position on the line (YAML and JSON registers).
    position: int | None = field(default=None, kw_only=True)
    #: What ``line`` counts: "line" (text files) or "row" (Parquet data rows, 1-based).
    unit: str = field(default="line", kw_only=True)

    @property
    def where(self) -> str:
        """The place: ``file``, ``file:line``, ``file:line:position`` or ``file: row N``."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}" if self.unit == "line" else f": {self.unit} {self.line}"
            if self.position is not None:
                where += f":{self.position}"
        return where

    def __str__(self) -> str:
        column = f" column {self.column!r}:" if self.column else ""
        return f"{self.where}:{column} {self.message}"


class CatalogueError(TrainauditError):
    """A catalogue or manifest that cannot be loaded, with every problem found in it.

    ``problems`` lists at most ``MAX_LISTED`` problems, then one saying how
    many more there are; ``count`` is the number of problems found.
    """

    def __init__(self, file: str, problems: Sequence[Problem]) -> None:
        self.file = file
        self.count = len(problems)
        self.problems = capped(file, problems, "problems")
        noun = "problem" if self.count == 1 else "problems"
        lines = [f"{file}: {self.count} {noun}", *(str(problem) for problem in self.problems)]
        super().__init__("\n".join(lines))


class ColumnSpecError(TrainauditError, ValueError):
    """A column mapping that cannot be understood (``parse_columns`` and ``columns=``)."""


def capped(file: str, problems: Sequence[Problem], what: str) -> tuple[Problem, ...]:
    """Return the first ``MAX_LISTED`` problems and, if there were more, one saying so."""
    listed = tuple(problems[:MAX_LISTED])
    if len(problems) > len(listed):
        listed += (Problem(file, None, None, f"... and {len(problems) - len(listed)} more {what}"),)
    return listed


def file_error(
    file: str, message: str, line: int | None = None, *, position: int | None = None
) -> CatalogueError:
    """Return the CatalogueError of a file with one problem (of the whole file, or at a line)."""
    return CatalogueError(file, [Problem(file, line, None, message, position=position)])


def raise_problems(file: str, fatal: list[Problem], rows: list[Problem], *, skip: bool) -> None:
    """Raise CatalogueError when there are file problems, or row problems not to be skipped."""
    if fatal or (rows and not skip):
        raise CatalogueError(file, [*fatal, *rows])
