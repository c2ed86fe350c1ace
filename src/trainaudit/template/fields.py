"""The Commission template's fields as data: ids, value types, sections and labels."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ValueType(StrEnum):
    """The value types of template-fields.md."""

    TRISTATE = "tristate"
    MODALITIES = "modalities"
    SIZE = "size"
    DATE = "date"
    PERIOD = "period"
    TEXT = "text"
    LIST = "list"
    DATASETS = "datasets"
    DOMAINS = "domains"


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldSpec:
    """One template field: id, type, section and the labels that introduce it."""

    id: str
    type: ValueType
    section: str
    labels: tuple[str, ...] = ()
    #: the tristate/modalities question is answered in the 1.3 table, not after a label
    in_table: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class SectionSpec:
    """One template section with its heading variants."""

    id: str
    headings: tuple[str, ...]


T = ValueType

SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(id="0", headings=("Public Summary of Training Content",)),
    SectionSpec(id="1.1", headings=("Provider identification",)),
    SectionSpec(id="1.2", headings=("Model identification",)),
    SectionSpec(
        id="1.3",
        headings=("Modalities, overall training data size and other characteristics",),
    ),
    SectionSpec(id="2.1", headings=("Publicly available datasets",)),
    SectionSpec(
        id="2.2",
        headings=("Private non-publicly available datasets obtained from third parties",),
    ),
    SectionSpec(
        id="2.2.1",
        headings=("Datasets commercially licensed by rightsholders or their representatives",),
    ),
    SectionSpec(id="2.2.2", headings=("Private datasets obtained from other third parties",)),
    SectionSpec(id="2.3", headings=("Data crawled and scraped from online sources",)),
    SectionSpec(id="2.4", headings=("User data",)),
    SectionSpec(id="2.5", headings=("Synthetic data",)),
    SectionSpec(id="2.6", headings=("Other sources of data",)),
    SectionSpec(
        id="3.1",
        headings=(
            "Respect of reservation of rights from text and data mining exception or limitation",
        ),
    ),
    SectionSpec(id="3.2", headings=("Removal of illegal content",)),
    SectionSpec(id="3.3", headings=("Other information",)),
)

FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(id="document.version", type=T.TEXT, section="0", labels=("Version of the Summary",)),
    FieldSpec(id="document.last_update", type=T.DATE, section="0", labels=("Last update",)),
    FieldSpec(
        id="provider.name",
        type=T.TEXT,
        section="1.1",
        labels=("Provider name and contact details", "Provider name"),
    ),
    FieldSpec(id="provider.contact", type=T.TEXT, section="1.1"),
    FieldSpec(
        id="provider.authorised_representative",
        type=T.TEXT,
        section="1.1",
        labels=("Authorised representative name and contact details", "Authorised representative"),
    ),
    FieldSpec(id="model.names", type=T.LIST, section="1.2", labels=("Versioned model name(s)",)),
    FieldSpec(id="model.dependencies", type=T.TEXT, section="1.2", labels=("Model dependencies",)),
    FieldSpec(
        id="model.placement_date",
        type=T.DATE,
        section="1.2",
        labels=("Date of placement of the model on the Union market",),
    ),
    *(
        spec
        for modality in ("text", "image", "audio", "video")
        for spec in (
            FieldSpec(
                id=f"modalities.{modality}.selected",
                type=T.TRISTATE,
                section="1.3",
                in_table=True,
            ),
            FieldSpec(id=f"modalities.{modality}.size", type=T.SIZE, section="1.3", in_table=True),
            FieldSpec(
                id=f"modalities.{modality}.content", type=T.TEXT, section="1.3", in_table=True
            ),
        )
    ),
    FieldSpec(id="modalities.other.selected", type=T.TRISTATE, section="1.3", in_table=True),
    FieldSpec(id="modalities.other.content", type=T.TEXT, section="1.3", in_table=True),
    FieldSpec(
        id="data.latest_collection_date",
        type=T.DATE,
        section="1.3",
        labels=("Latest date of data acquisition/collection for model training",),
    ),
    FieldSpec(id="data.continuous_training", type=T.TRISTATE, section="1.3"),
    FieldSpec(
        id="data.languages",
        type=T.TEXT,
        section="1.3",
        labels=("Description of the linguistic characteristics of the overall training data",),
    ),
    FieldSpec(
        id="data.other_characteristics",
        type=T.TEXT,
        section="1.3",
        labels=("Other relevant characteristics of the overall training data",),
    ),
    FieldSpec(
        id="public_datasets.used",
        type=T.TRISTATE,
        section="2.1",
        labels=("Have you used publicly available datasets to train the model?",),
    ),
    FieldSpec(
        id="public_datasets.modalities",
        type=T.MODALITIES,
        section="2.1",
        labels=(
            "If yes, specify the modality(ies) of the content covered by the datasets concerned",
        ),
    ),
    FieldSpec(
        id="public_datasets.large",
        type=T.DATASETS,
        section="2.1",
        labels=("List of large publicly available datasets",),
    ),
    FieldSpec(
        id="public_datasets.other_description",
        type=T.TEXT,
        section="2.1",
        labels=("General description of other publicly available datasets not listed above",),
    ),
    FieldSpec(
        id="licensed_data.used",
        type=T.TRISTATE,
        section="2.2.1",
        labels=(
            "Have you concluded transactional commercial licensing agreement(s) with "
            "rightsholder(s) or with their representatives?",
        ),
    ),
    FieldSpec(
        id="licensed_data.modalities",
        type=T.MODALITIES,
        section="2.2.1",
        labels=(
            "If yes, specify the modality(ies) of the content covered by the datasets concerned",
        ),
    ),
    FieldSpec(
        id="private_datasets.used",
        type=T.TRISTATE,
        section="2.2.2",
        labels=(
            "Have you obtained private datasets from third parties that are not licensed as "
            "described in Section 2.2.1, such as data obtained from providers of private "
            "databases, or data intermediaries?",
        ),
    ),
    FieldSpec(
        id="private_datasets.modalities",
        type=T.MODALITIES,
        section="2.2.2",
        labels=(
            "If yes, specify the modality(ies) of the content covered by the datasets concerned",
        ),
    ),
    FieldSpec(
        id="private_datasets.listed",
        type=T.LIST,
        section="2.2.2",
        labels=("If publicly known, list private datasets obtained from other third parties",),
    ),
    FieldSpec(
        id="private_datasets.description",
        type=T.TEXT,
        section="2.2.2",
        labels=(
            "General description of non-publicly known private datasets obtained from "
            "third parties",
        ),
    ),
    FieldSpec(
        id="crawling.used",
        type=T.TRISTATE,
        section="2.3",
        labels=("Were crawlers used by the provider or on behalf of?",),
    ),
    FieldSpec(
        id="crawling.crawlers",
        type=T.LIST,
        section="2.3",
        labels=("If yes, specify crawler name(s)/identifier(s)",),
    ),
    FieldSpec(
        id="crawling.purposes", type=T.TEXT, section="2.3", labels=("Purposes of the crawler(s)",)
    ),
    FieldSpec(
        id="crawling.behaviour",
        type=T.TEXT,
        section="2.3",
        labels=("General description of crawler behaviour",),
    ),
    FieldSpec(
        id="crawling.period", type=T.PERIOD, section="2.3", labels=("Period of data collection",)
    ),
    FieldSpec(
        id="crawling.content_description",
        type=T.TEXT,
        section="2.3",
        labels=("Comprehensive description of the type of content and online sources crawled",),
    ),
    FieldSpec(
        id="crawling.modalities",
        type=T.MODALITIES,
        section="2.3",
        labels=("Type of modality covered",),
    ),
    FieldSpec(
        id="crawling.top_domains",
        type=T.DOMAINS,
        section="2.3",
        labels=("Summary of the most relevant domain names crawled",),
    ),
    FieldSpec(
        id="user_data.from_model_interactions",
        type=T.TRISTATE,
        section="2.4",
        labels=(
            "Was data from user interactions with the AI model (e.g. user input and prompts) "
            "used to train the model?",
        ),
    ),
    FieldSpec(
        id="user_data.from_other_services",
        type=T.TRISTATE,
        section="2.4",
        labels=(
            "Was data collected from user interactions with the provider's other services or "
            "products used to train the model?",
        ),
    ),
    FieldSpec(
        id="user_data.description",
        type=T.TEXT,
        section="2.4",
        labels=(
            "If yes, provide a general description of the provider's services or products that "
            "were used to collect the user data",
        ),
    ),
    FieldSpec(
        id="user_data.modalities",
        type=T.MODALITIES,
        section="2.4",
        labels=("Type of modality covered",),
    ),
    FieldSpec(
        id="synthetic_data.used",
        type=T.TRISTATE,
        section="2.5",
        labels=(
            "Was synthetic AI-generated data created by the provider or on their behalf to "
            "train the model?",
        ),
    ),
    FieldSpec(
        id="synthetic_data.modalities",
        type=T.MODALITIES,
        section="2.5",
        labels=("If yes, modality of the synthetic data",),
    ),
    FieldSpec(
        id="synthetic_data.generator_models",
        type=T.TEXT,
        section="2.5",
        labels=(
            "If yes, specify the general-purpose AI model(s) used to generate the synthetic data "
            "if available on the market",
        ),
    ),
    FieldSpec(
        id="synthetic_data.other_models",
        type=T.TEXT,
        section="2.5",
        labels=(
            "Information about other AI models, including provider's own AI model(s) not "
            "available on the market, used to generate synthetic data to train the model to "
            "which this Summary applies",
        ),
    ),
    FieldSpec(
        id="other_sources.used",
        type=T.TRISTATE,
        section="2.6",
        labels=(
            "Have data sources other than those described in Sections 2.1 to 2.5 been used to "
            "train the model?",
        ),
    ),
    FieldSpec(
        id="other_sources.description",
        type=T.TEXT,
        section="2.6",
        labels=("If yes, provide a narrative description of these data sources and the data",),
    ),
    FieldSpec(
        id="tdm.code_of_practice_signatory",
        type=T.TRISTATE,
        section="3.1",
        labels=(
            "Are you a Signatory to the Code of Practice for general-purpose AI models that "
            "includes commitments to respect reservations of rights from the TDM exception or "
            "limitation?",
        ),
    ),
    FieldSpec(
        id="tdm.measures",
        type=T.TEXT,
        section="3.1",
        labels=(
            "Describe the measures implemented before model training to respect reservations of "
            "rights from the TDM exception or limitation before and during data collection, "
            "including the opt-out protocols and solutions honoured by the provider or, as "
            "applicable, by third parties from which datasets have been obtained",
        ),
    ),
    FieldSpec(
        id="illegal_content.measures",
        type=T.TEXT,
        section="3.2",
        labels=("General description of measures taken",),
    ),
    FieldSpec(
        id="other_information",
        type=T.TEXT,
        section="3.3",
        labels=("Other relevant information about data processing",),
    ),
)

FIELD_IDS: tuple[str, ...] = tuple(f.id for f in FIELDS)
FIELDS_BY_ID: dict[str, FieldSpec] = {f.id: f for f in FIELDS}
