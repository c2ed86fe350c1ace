"""One exception tree; every message names the file and says what is wrong."""

from __future__ import annotations

from enum import StrEnum


class InputProblem(StrEnum):
    """Why a document could not be read, as a stable machine-readable code."""

    NOT_FOUND = "not_found"
    UNSUPPORTED_TYPE = "unsupported_type"
    EMPTY = "empty"
    ENCRYPTED = "encrypted"
    CORRUPT = "corrupt"
    OCR_REQUIRED = "ocr_required"
    NOT_A_SUMMARY = "not_a_summary"
    TOO_LARGE = "too_large"


class TrainauditError(Exception):
    """Base of every error trainaudit raises on purpose."""


class InputError(TrainauditError):
    """A document that cannot be read as a summary."""

    def __init__(self, path: str, problem: InputProblem, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.problem = problem
        self.detail = detail


class SchemaError(TrainauditError):
    """Output that does not satisfy its JSON Schema (a bug, never user input)."""
