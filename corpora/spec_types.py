"""Data types for the synthetic summaries: what a document says and how it is laid out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Tristate = Literal["yes", "no", "unknown", "other"]
ModalityName = Literal["text", "image", "audio", "video", "other"]

#: template order of the modality checkboxes ("☐ Text ☐ Image ☐ Video ☐ Audio ☐ Other")
MODALITY_ORDER: tuple[ModalityName, ...] = ("text", "image", "video", "audio", "other")

SIZE_TOKENS: dict[str, tuple[str, str, str]] = {
    "text": ("lt_1b_tokens", "1b_to_10t_tokens", "gt_10t_tokens"),
    "image": ("lt_1m_images", "1m_to_1b_images", "gt_1b_images"),
    "audio": ("lt_10k_hours", "10k_to_1m_hours", "gt_1m_hours"),
    "video": ("lt_10k_hours", "10k_to_1m_hours", "gt_1m_hours"),
}


@dataclass(frozen=True, slots=True)
class Date:
    """A date at year, month or day precision and the way the document writes it."""

    year: int
    month: int | None = None
    day: int | None = None
    #: dmy 24/07/2026 | dmy_dots 24.07.2026 | mdy_long July 24, 2026 | dmy_long 2 July 2026
    #: my 07/2026 | month_year July 2026 | year 2026 | iso 2026-07-24
    style: str = "dmy"

    def iso(self) -> str:
        """Return ISO 8601 cut to the precision of the date."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


#: a date field: a Date, a literal unparseable text such as "Coming soon", or absent
DateField = Date | str | None


@dataclass(frozen=True, slots=True)
class Period:
    """A period of data collection and the way it is written."""

    start: Date | None
    end: Date | None
    #: from_to "From 01/2024 to 06/2025" | up_to "Up to June 2026" | dash "2023 – March 2026"
    style: str = "from_to"


@dataclass(frozen=True, slots=True)
class Dataset:
    """A named dataset with its access link."""

    name: str
    url: str | None


@dataclass(frozen=True, slots=True)
class Domain:
    """A domain as written in the document and its registrable form (the gold value)."""

    written: str
    registrable: str


@dataclass(frozen=True, slots=True)
class Modality:
    """One row of the 1.3 table."""

    selected: Tristate = "no"
    size: str | None = None
    content: str | None = None
    #: size written in words or numbers instead of ticking a range ("479 million images")
    size_written: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Summary:
    """Everything one Public Summary of Training Content says, as written."""

    title_model: str
    version: str | None
    last_update: DateField
    provider_name: str
    provider_contact: str | None
    authorised_rep: str | None
    model_names: tuple[str, ...]
    dependencies: str | None
    placement_date: DateField
    modalities: dict[str, Modality]
    #: the Other row's size column ("Specify the modality and ... unit of measurement")
    other_size: str | None = None
    latest_collection: DateField
    continuous: Tristate = "unknown"
    continuous_statement: str | None = None
    languages: str | None
    other_characteristics: str | None
    size_comment: str | None = None

    public_used: Tristate
    public_modalities: tuple[str, ...] = ()
    public_large: tuple[Dataset, ...] = ()
    public_large_intro: str | None = None
    public_other: str | None = None
    public_comment: str | None = None

    licensed_used: Tristate
    licensed_modalities: tuple[str, ...] = ()
    licensed_comment: str | None = None

    private_used: Tristate
    private_modalities: tuple[str, ...] = ()
    private_listed: tuple[str, ...] = ()
    private_listed_empty: str = "N/A"
    private_description: str | None = None

    crawl_used: Tristate
    crawlers: tuple[str, ...] = ()
    crawlers_empty: str = "N/A"
    crawl_purposes: str | None = None
    crawl_behaviour: str | None = None
    crawl_period: Period | None = None
    crawl_content: str | None = None
    crawl_modalities: tuple[str, ...] = ()
    top_domains: tuple[Domain, ...] = ()
    top_domains_intro: str | None = None
    #: what the domain field says when it names no concrete domain (categories, "N/A")
    top_domains_text: str | None = None
    crawl_comment: str | None = None

    user_model: Tristate
    user_other: Tristate
    user_description: str | None = None
    user_modalities: tuple[str, ...] = ()

    synth_used: Tristate
    synth_modalities: tuple[str, ...] = ()
    synth_generators: str | None = None
    synth_other_models: str | None = None

    other_used: Tristate
    other_description: str | None = None

    cop_signatory: Tristate
    tdm_measures: str | None
    tdm_comment: str | None = None
    illegal_measures: str | None
    other_information: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Layout:
    """How a summary is laid out: language, numbering, headings and deficiencies."""

    language: str = "en"
    #: dotted "1.1." | plain "1.1" | none (headings without numbers)
    numbering: str = "dotted"
    #: template headings or reworded ones
    headings: str = "template"
    #: sections whose fields are numbered as sub-sections (2.3.1 to 2.3.9)
    sub_numbered: tuple[str, ...] = ()
    #: sections left out of the document altogether
    omit_sections: tuple[str, ...] = ()
    #: renumber the sections that follow an omitted one
    renumber: bool = False
    #: modality rows deleted from the 1.3 table (must be unselected)
    deleted_rows: tuple[str, ...] = ()
    #: inline "Name - URL" text, or annotation (only the name visible, URL as a link)
    links: str = "inline"
    #: print the "Additional comments (optional):" rows
    comments: bool = True
    #: keep the template typo "orovider's" in the 2.4 question
    template_typos: bool = True
    #: PDF rows: bordered two-column table, or label + underlined value like the template
    row_style: str = "bordered"
    #: text written in an empty follow-up field
    empty_text: str = "N/A"
    #: 2.2.1 has a third box "Other (see below)"
    licensed_other_box: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentSpec:
    """One corpus document: its name, format, tick style, content and layout."""

    name: str
    fmt: str
    tick_style: str
    summary: Summary | None
    layout: Layout = field(default_factory=Layout)
    exercises: str = ""
    notes: dict[str, str] = field(default_factory=dict)
    #: set for documents whose expected file is {"_error": ...}
    error: str | None = None
    #: other documents bundled before and after the summary: ("h" | "p", text) pairs
    before: tuple[tuple[str, str], ...] = ()
    after: tuple[tuple[str, str], ...] = ()
    #: for non-summary documents: the whole text as ("h" | "p", text) pairs
    body: tuple[tuple[str, str], ...] = ()
