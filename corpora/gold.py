"""Expected (gold) values of a summary, following template-fields.md conventions."""

from __future__ import annotations

from typing import Any

from spec_types import (
    MODALITY_ORDER,
    SIZE_TOKENS,
    Date,
    DateField,
    DocumentSpec,
    Layout,
    Period,
    Summary,
)
from trainaudit.template.fields import FIELD_IDS, FIELDS, ValueType

NA_ANSWERS = frozenset({"", "n/a", "na", "-", "none"})
LIST_TYPES = frozenset(
    {ValueType.LIST, ValueType.DATASETS, ValueType.DOMAINS, ValueType.MODALITIES}
)


def fold(text: str) -> str:
    """Fold runs of whitespace into single spaces."""
    return " ".join(text.split())


def gold_text(text: str | None) -> str | None:
    """Return the text value: folded, or None when empty or "N/A"-like."""
    if text is None:
        return None
    folded = fold(text)
    return None if folded.lower().rstrip(".") in NA_ANSWERS else folded


def gold_date(value: DateField) -> str | None:
    """Return the ISO date of a date field (None for unparseable text)."""
    return value.iso() if isinstance(value, Date) else None


def gold_period(period: Period | None) -> dict[str, str | None] | None:
    """Return the {"from", "to"} object of a period."""
    if period is None:
        return None
    return {
        "from": period.start.iso() if period.start else None,
        "to": period.end.iso() if period.end else None,
    }


def gold_modalities(names: tuple[str, ...]) -> list[str]:
    """Return modality names sorted as the contract requires."""
    for name in names:
        assert name in MODALITY_ORDER, name
    return sorted(set(names))


def gold_domains(summary: Summary) -> list[str]:
    """Return registrable domains in order of appearance without duplicates."""
    seen: list[str] = []
    for domain in summary.top_domains:
        if domain.registrable not in seen:
            seen.append(domain.registrable)
    return seen


def check_consistency(summary: Summary) -> None:
    """Assert that follow-ups of a "No" answer are empty and sizes fit their modality."""
    follow_ups: dict[str, tuple[object, ...]] = {
        "public_used": (summary.public_modalities, summary.public_large, summary.public_other),
        "licensed_used": (summary.licensed_modalities,),
        "private_used": (
            summary.private_modalities,
            summary.private_listed,
            summary.private_description,
        ),
        "crawl_used": (
            summary.crawlers,
            summary.crawl_purposes,
            summary.crawl_behaviour,
            summary.crawl_period,
            summary.crawl_content,
            summary.crawl_modalities,
            summary.top_domains,
        ),
        "synth_used": (
            summary.synth_modalities,
            summary.synth_generators,
            summary.synth_other_models,
        ),
        "other_used": (summary.other_description,),
    }
    for answer, values in follow_ups.items():
        if getattr(summary, answer) == "no":
            assert all(not v for v in values), f"{summary.title_model}: {answer} is No"
    if summary.user_model == "no" and summary.user_other == "no":
        assert not summary.user_description and not summary.user_modalities
    for name, row in summary.modalities.items():
        if row.selected == "no":
            assert row.size is None and row.content is None, f"{name} row not selected"
        if row.size is not None:
            assert row.size in SIZE_TOKENS[name], f"{name}: {row.size}"
    assert set(summary.modalities) == set(MODALITY_ORDER)


def summary_values(summary: Summary) -> dict[str, Any]:
    """Return the gold value of every field of a complete, well-formed document."""
    values: dict[str, Any] = {
        "document.version": gold_text(summary.version),
        "document.last_update": gold_date(summary.last_update),
        "provider.name": gold_text(summary.provider_name),
        "provider.contact": gold_text(summary.provider_contact),
        "provider.authorised_representative": gold_text(summary.authorised_rep),
        "model.names": list(summary.model_names),
        "model.dependencies": gold_text(summary.dependencies),
        "model.placement_date": gold_date(summary.placement_date),
    }
    for name in ("text", "image", "audio", "video", "other"):
        row = summary.modalities[name]
        values[f"modalities.{name}.selected"] = row.selected
        if name != "other":
            values[f"modalities.{name}.size"] = row.size if row.selected == "yes" else None
        values[f"modalities.{name}.content"] = gold_text(row.content)
    values |= {
        "data.latest_collection_date": gold_date(summary.latest_collection),
        "data.continuous_training": summary.continuous,
        "data.languages": gold_text(summary.languages),
        "data.other_characteristics": gold_text(summary.other_characteristics),
        "public_datasets.used": summary.public_used,
        "public_datasets.modalities": gold_modalities(summary.public_modalities),
        "public_datasets.large": [{"name": d.name, "url": d.url} for d in summary.public_large],
        "public_datasets.other_description": gold_text(summary.public_other),
        "licensed_data.used": summary.licensed_used,
        "licensed_data.modalities": gold_modalities(summary.licensed_modalities),
        "private_datasets.used": summary.private_used,
        "private_datasets.modalities": gold_modalities(summary.private_modalities),
        "private_datasets.listed": list(summary.private_listed),
        "private_datasets.description": gold_text(summary.private_description),
        "crawling.used": summary.crawl_used,
        "crawling.crawlers": list(summary.crawlers),
        "crawling.purposes": gold_text(summary.crawl_purposes),
        "crawling.behaviour": gold_text(summary.crawl_behaviour),
        "crawling.period": gold_period(summary.crawl_period),
        "crawling.content_description": gold_text(summary.crawl_content),
        "crawling.modalities": gold_modalities(summary.crawl_modalities),
        "crawling.top_domains": gold_domains(summary),
        "user_data.from_model_interactions": summary.user_model,
        "user_data.from_other_services": summary.user_other,
        "user_data.description": gold_text(summary.user_description),
        "user_data.modalities": gold_modalities(summary.user_modalities),
        "synthetic_data.used": summary.synth_used,
        "synthetic_data.modalities": gold_modalities(summary.synth_modalities),
        "synthetic_data.generator_models": gold_text(summary.synth_generators),
        "synthetic_data.other_models": gold_text(summary.synth_other_models),
        "other_sources.used": summary.other_used,
        "other_sources.description": gold_text(summary.other_description),
        "tdm.code_of_practice_signatory": summary.cop_signatory,
        "tdm.measures": gold_text(summary.tdm_measures),
        "illegal_content.measures": gold_text(summary.illegal_measures),
        "other_information": gold_text(summary.other_information),
    }
    return values


def missing_value(value_type: ValueType) -> Any:
    """Return the value of a field whose section is missing from the document."""
    if value_type is ValueType.TRISTATE:
        return "unknown"
    if value_type in LIST_TYPES:
        return []
    return None


def apply_layout(values: dict[str, Any], layout: Layout) -> dict[str, Any]:
    """Adjust gold values for omitted sections and deleted modality rows."""
    out = dict(values)
    for spec in FIELDS:
        if spec.section in layout.omit_sections:
            out[spec.id] = missing_value(spec.type)
    for name in layout.deleted_rows:
        assert values[f"modalities.{name}.selected"] == "no", f"deleted {name} row was selected"
    return out


def expected(doc: DocumentSpec) -> dict[str, Any]:
    """Return the expected.json content of a corpus document."""
    if doc.error is not None:
        return {"_error": doc.error}
    assert doc.summary is not None
    check_consistency(doc.summary)
    values = apply_layout(summary_values(doc.summary), doc.layout)
    assert tuple(values) == FIELD_IDS, set(values) ^ set(FIELD_IDS)
    if doc.notes:
        unknown = set(doc.notes) - set(FIELD_IDS) - {"_document"}
        assert not unknown, unknown
        values["_notes"] = dict(doc.notes)
    return values
