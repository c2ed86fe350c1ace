"""Read-only access to the summary's fields, as the questions quote and test them."""

from __future__ import annotations

from typing import Any

from trainaudit.models import FieldState, Summary
from trainaudit.questions.model import Quote
from trainaudit.questions.wording import fold
from trainaudit.rules.context import value_text


class SummaryFields:
    """Read-only helpers over a summary's fields."""

    def __init__(self, summary: Summary) -> None:
        self.summary = summary

    def state(self, field_id: str) -> FieldState:
        """Return a field's state (missing when absent)."""
        found = self.summary.fields.get(field_id)
        return found.state if found is not None else FieldState.MISSING

    def value(self, field_id: str) -> Any:
        """Return a field's value (None when absent)."""
        found = self.summary.fields.get(field_id)
        return found.value if found is not None else None

    def yes(self, field_id: str) -> bool:
        """Tell whether a tristate field is answered "yes"."""
        return bool(self.value(field_id) == "yes")

    def text(self, field_id: str) -> str:
        """Return a field's value as text."""
        return value_text(self.value(field_id))

    def quote(self, field_id: str | None, *, answered_only: bool = True) -> Quote | None:
        """Return where a field was read (its first evidence); None for no field.

        Fields left blank, "N/A" or unreadable give None unless ``answered_only`` is false.
        """
        found = self.summary.fields.get(field_id) if field_id else None
        if found is None or not found.evidence:
            return None
        if answered_only and found.state is not FieldState.ANSWERED:
            return None
        first = found.evidence[0]
        return Quote(field=field_id, page=first.page, quote=fold(first.quote))

    def names(self, field_id: str) -> list[str]:
        """Return the names of a list field (datasets by name), without blanks and repeats."""
        value = self.value(field_id)
        names: list[str] = []
        for item in value if isinstance(value, list) else []:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str) and name.strip():
                names.append(name.strip())
        return list(dict.fromkeys(names))
