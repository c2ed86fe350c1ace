"""Errors of the opt-out parsers: a file that cannot be read as the format it claims to be."""

from __future__ import annotations

from trainaudit.errors import TrainauditError


class OptoutError(TrainauditError):
    """Base of the errors raised while reading or evaluating opt-out files."""


class OptoutParseError(OptoutError):
    """A tdmrep.json, registry or other opt-out file that is malformed; lists every problem."""

    def __init__(self, source: str, problems: tuple[str, ...] | list[str] | str) -> None:
        found = (problems,) if isinstance(problems, str) else tuple(problems)
        super().__init__(f"{source}: " + "; ".join(found))
        self.source = source
        self.problems = found
