"""The questions as JSON (schemas/questions.schema.json)."""

from __future__ import annotations

from typing import Any

from trainaudit import __version__
from trainaudit.questions.model import TOPIC_TITLES, QuestionSet

#: Version of the JSON output (schemas/questions.schema.json); bump on breaking changes.
QUESTIONS_VERSION = "1.0"


def questions_json(qs: QuestionSet) -> dict[str, Any]:
    """Return the questions as JSON (schemas/questions.schema.json)."""
    return {
        "schema_version": QUESTIONS_VERSION,
        "tool": {"name": "trainaudit", "version": __version__},
        "as_of": qs.as_of.isoformat(),
        "document": {
            "path": qs.document,
            "sha256": qs.sha256,
            "models": list(qs.models),
            "provider": qs.provider,
            "dates": dict(qs.dates),
        },
        "holder": qs.holder,
        "catalogue": qs.catalogue,
        "notes": list(qs.notes),
        "topics": [
            {"id": topic.value, "title": TOPIC_TITLES[topic], "questions": [q.id for q in found]}
            for topic, found in qs.by_topic()
        ],
        "questions": [q.to_dict() for q in qs.questions],
    }
