"""Turn a Summary into format-neutral blocks laid out like the Commission template."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spec_types import (
    MODALITY_ORDER,
    SIZE_TOKENS,
    Dataset,
    DateField,
    DocumentSpec,
    Layout,
    Period,
    Summary,
    Tristate,
)

# ---------------------------------------------------------------- block model


@dataclass(frozen=True, slots=True)
class Text:
    """A paragraph of text inside a value cell."""

    text: str


@dataclass(frozen=True, slots=True)
class Option:
    """One checkbox option: its label and whether it is ticked."""

    label: str
    ticked: bool


@dataclass(frozen=True, slots=True)
class Options:
    """A group of checkbox options, inline ("☒ Yes ☐ No") or one per line."""

    items: tuple[Option, ...]
    vertical: bool = False
    #: what the options answer: "tristate" or "modalities" (used by the words style)
    kind: str = "tristate"


@dataclass(frozen=True, slots=True)
class Links:
    """A list of datasets, one per line, with their access links."""

    items: tuple[Dataset, ...]


Part = Text | Options | Links


@dataclass(frozen=True, slots=True)
class Title:
    """The document title."""

    text: str


@dataclass(frozen=True, slots=True)
class MetaLine:
    """A header line such as "Version of the Summary: 1.0"."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading with its displayed number ("" when unnumbered)."""

    level: int
    number: str
    text: str

    @property
    def display(self) -> str:
        """Return the heading as printed."""
        return f"{self.number} {self.text}".strip()


@dataclass(frozen=True, slots=True)
class Row:
    """A label/value row of the template."""

    label: str
    parts: tuple[Part, ...]
    question: bool = False


@dataclass(frozen=True, slots=True)
class TableRow:
    """A row of the 1.3 table: modality tick, size and types of content."""

    name: str
    modality: Option
    size: Options | Text
    content: str


@dataclass(frozen=True, slots=True)
class ModalityTable:
    """The 1.3 table."""

    headers: tuple[str, str, str]
    rows: tuple[TableRow, ...]


@dataclass(frozen=True, slots=True)
class Prose:
    """A paragraph ("p") or a heading ("h") of a non-template document."""

    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class PageBreak:
    """Start a new page (paged formats only)."""


Block = Title | MetaLine | Heading | Row | ModalityTable | Prose | PageBreak

# ---------------------------------------------------------------- labels

EN: dict[str, str] = {
    "title": "Public Summary of Training Content for {model}",
    "version": "Version of the Summary:",
    "last_update": "Last update:",
    "provider": "Provider name and contact details:",
    "rep": "Authorised representative name and contact details:",
    "model_names": "Versioned model name(s):",
    "dependencies": "Model dependencies:",
    "placement": "Date of placement of the model on the Union market:",
    "col_modality": "Modality",
    "col_size": "Training data size",
    "col_content": "Types of content",
    "mod_text": "Text",
    "mod_image": "Image",
    "mod_video": "Video",
    "mod_audio": "Audio",
    "mod_other": "Other",
    "size_text": "Less than 1 billion tokens|1billion to10 trillions tokens|"
    "More than 10 trillions tokens",
    "size_image": "Less than 1 million images|1Million to1 billion images|"
    "More than 1 billion images",
    "size_hours": "Less than 10 000 hours|10 000 to1 million hours|More than 1 million hours",
    "latest": "Latest date of data acquisition/collection for model training:",
    "languages": "Description of the linguistic characteristics of the overall training data:",
    "other_chars": "Other relevant characteristics of the overall training data:",
    "comments": "Additional comments (optional):",
    "public_q": "Have you used publicly available datasets to train the model?",
    "modality_q": "If yes, specify the modality(ies) of the content covered by the datasets "
    "concerned:",
    "large": "List of large publicly available datasets:",
    "public_other": "General description of other publicly available datasets not listed above:",
    "licensed_q": "Have you concluded transactional commercial licensing agreement(s) with "
    "rightsholder(s) or with their representatives?",
    "private_q": "Have you obtained private datasets from third parties that are not licensed as "
    "described in Section 2.2.1, such as data obtained from providers of private databases, or "
    "data intermediaries?",
    "private_list": "If publicly known, list private datasets obtained from other third parties:",
    "private_desc": "General description of non-publicly known private datasets obtained from "
    "third parties",
    "crawl_q": "Were crawlers used by the provider or on behalf of?",
    "crawlers": "If yes, specify crawler name(s)/identifier(s):",
    "purposes": "Purposes of the crawler(s):",
    "behaviour": "General description of crawler behaviour:",
    "period": "Period of data collection:",
    "crawl_content": "Comprehensive description of the type of content and online sources crawled:",
    "modality_covered": "Type of modality covered:",
    "domains": "Summary of the most relevant domain names crawled:",
    "user_model_q": "Was data from user interactions with the AI model (e.g. user input and "
    "prompts) used to train the model?",
    "user_other_q": "Was data collected from user interactions with the provider's other "
    "services or products used to train the model?",
    "user_desc": "If yes, provide a general description of the provider's services or products "
    "that were used to collect the user data:",
    "synth_q": "Was synthetic AI-generated data created by the provider or on their behalf to "
    "train the model?",
    "synth_modality": "If yes, modality of the synthetic data:",
    "synth_gen": "If yes, specify the general-purpose AI model(s) used to generate the "
    "synthetic data if available on the market:",
    "synth_other": "Information about other AI models, including provider's own AI model(s) not "
    "available on the market, used to generate synthetic data to train the model to which this "
    "Summary applies:",
    "other_q": "Have data sources other than those described in Sections 2.1 to 2.5 been used "
    "to train the model?",
    "other_desc": "If yes, provide a narrative description of these data sources and the data:",
    "cop_q": "Are you a Signatory to the Code of Practice for general-purpose AI models that "
    "includes commitments to respect reservations of rights from the TDM exception or "
    "limitation?",
    "tdm": "Describe the measures implemented before model training to respect reservations of "
    "rights from the TDM exception or limitation before and during data collection, including "
    "the opt-out protocols and solutions honoured by the provider or, as applicable, by third "
    "parties from which datasets have been obtained:",
    "illegal": "General description of measures taken:",
    "other_info": "Other relevant information about data processing (optional):",
    "yes": "Yes",
    "no": "No",
    "other_box": "Other (see below)",
}

IT: dict[str, str] = {
    "title": "Sintesi pubblica dei contenuti di addestramento per {model}",
    "version": "Versione della sintesi:",
    "last_update": "Ultimo aggiornamento:",
    "provider": "Nome e recapiti del fornitore:",
    "rep": "Nome e recapiti del rappresentante autorizzato:",
    "model_names": "Nome/i del modello con indicazione della versione:",
    "dependencies": "Dipendenze del modello:",
    "placement": "Data di immissione del modello sul mercato dell'Unione:",
    "col_modality": "Modalità",
    "col_size": "Dimensione dei dati di addestramento",
    "col_content": "Tipi di contenuto",
    "mod_text": "Testo",
    "mod_image": "Immagine",
    "mod_video": "Video",
    "mod_audio": "Audio",
    "mod_other": "Altro",
    "size_text": "Meno di 1 miliardo di token|Da 1 miliardo a 10 trilioni di token|"
    "Più di 10 trilioni di token",
    "size_image": "Meno di 1 milione di immagini|Da 1 milione a 1 miliardo di immagini|"
    "Più di 1 miliardo di immagini",
    "size_hours": "Meno di 10 000 ore|Da 10 000 a 1 milione di ore|Più di 1 milione di ore",
    "latest": "Data più recente di acquisizione/raccolta dei dati per l'addestramento del modello:",
    "languages": "Descrizione delle caratteristiche linguistiche dei dati di addestramento "
    "complessivi:",
    "other_chars": "Altre caratteristiche pertinenti dei dati di addestramento complessivi:",
    "comments": "Osservazioni aggiuntive (facoltative):",
    "public_q": "Sono stati utilizzati set di dati accessibili al pubblico per addestrare il "
    "modello?",
    "modality_q": "In caso affermativo, specificare la o le modalità dei contenuti oggetto dei "
    "set di dati in questione:",
    "large": "Elenco dei set di dati di grandi dimensioni accessibili al pubblico:",
    "public_other": "Descrizione generale degli altri set di dati accessibili al pubblico non "
    "elencati sopra:",
    "licensed_q": "Sono stati conclusi accordi transazionali di licenza commerciale con titolari "
    "dei diritti o con i loro rappresentanti?",
    "private_q": "Sono stati ottenuti da terzi set di dati privati non concessi in licenza come "
    "descritto nella sezione 2.2.1, quali dati ottenuti da fornitori di banche dati private o da "
    "intermediari di dati?",
    "private_list": "Se noti pubblicamente, elencare i set di dati privati ottenuti da altri "
    "terzi:",
    "private_desc": "Descrizione generale dei set di dati privati non noti pubblicamente ottenuti "
    "da terzi",
    "crawl_q": "Sono stati utilizzati crawler dal fornitore o per suo conto?",
    "crawlers": "In caso affermativo, specificare il nome o i nomi/gli identificativi dei crawler:",
    "purposes": "Finalità del crawler o dei crawler:",
    "behaviour": "Descrizione generale del comportamento del crawler:",
    "period": "Periodo di raccolta dei dati:",
    "crawl_content": "Descrizione completa del tipo di contenuti e delle fonti online sottoposti "
    "a crawling:",
    "modality_covered": "Tipo di modalità interessata:",
    "domains": "Sintesi dei nomi di dominio più pertinenti sottoposti a crawling:",
    "user_model_q": "Sono stati utilizzati per addestrare il modello dati derivanti dalle "
    "interazioni degli utenti con il modello di IA (ad esempio input e prompt degli utenti)?",
    "user_other_q": "Sono stati utilizzati per addestrare il modello dati raccolti dalle "
    "interazioni degli utenti con altri servizi o prodotti del fornitore?",
    "user_desc": "In caso affermativo, fornire una descrizione generale dei servizi o prodotti "
    "del fornitore utilizzati per raccogliere i dati degli utenti:",
    "synth_q": "Sono stati creati dati sintetici generati dall'IA dal fornitore o per suo conto "
    "per addestrare il modello?",
    "synth_modality": "In caso affermativo, modalità dei dati sintetici:",
    "synth_gen": "In caso affermativo, specificare il modello o i modelli di IA per finalità "
    "generali utilizzati per generare i dati sintetici, se disponibili sul mercato:",
    "synth_other": "Informazioni su altri modelli di IA, compresi i modelli di IA del fornitore "
    "non disponibili sul mercato, utilizzati per generare dati sintetici per addestrare il "
    "modello cui si applica la presente sintesi:",
    "other_q": "Sono state utilizzate per addestrare il modello fonti di dati diverse da quelle "
    "descritte nelle sezioni da 2.1 a 2.5?",
    "other_desc": "In caso affermativo, fornire una descrizione narrativa di tali fonti di dati "
    "e dei dati:",
    "cop_q": "Siete firmatari del codice di buone pratiche per i modelli di IA per finalità "
    "generali che comprende impegni a rispettare le riserve di diritti dall'eccezione o "
    "limitazione per l'estrazione di testo e di dati?",
    "tdm": "Descrivere le misure attuate prima dell'addestramento del modello per rispettare le "
    "riserve di diritti dall'eccezione o limitazione per l'estrazione di testo e di dati prima e "
    "durante la raccolta dei dati, compresi i protocolli e le soluzioni di opt-out rispettati dal "
    "fornitore o, se del caso, dai terzi da cui sono stati ottenuti i set di dati:",
    "illegal": "Descrizione generale delle misure adottate:",
    "other_info": "Altre informazioni pertinenti sul trattamento dei dati (facoltative):",
    "yes": "Sì",
    "no": "No",
    "other_box": "Altro (vedi sotto)",
}

LABELS: dict[str, dict[str, str]] = {"en": EN, "it": IT}

#: (section id, level, template heading, reworded heading) per language
SECTIONS: dict[str, tuple[tuple[str, int, str, str], ...]] = {
    "en": (
        ("1", 1, "General information", "About this Summary"),
        ("1.1", 2, "Provider identification", "Provider and contact"),
        ("1.2", 2, "Model identification", "Models covered by this Summary"),
        (
            "1.3",
            2,
            "Modalities, overall training data size and other characteristics",
            "Training data: modalities, size and characteristics",
        ),
        ("2", 1, "List of data sources", "Where the training data comes from"),
        ("2.1", 2, "Publicly available datasets", "Public datasets"),
        (
            "2.2",
            2,
            "Private non-publicly available datasets obtained from third parties",
            "Private datasets from third parties",
        ),
        (
            "2.2.1",
            3,
            "Datasets commercially licensed by rightsholders or their representatives",
            "Licensed data",
        ),
        ("2.2.2", 3, "Private datasets obtained from other third parties", "Other private data"),
        ("2.3", 2, "Data crawled and scraped from online sources", "Web crawling and scraping"),
        ("2.4", 2, "User data", "Data from our users"),
        ("2.5", 2, "Synthetic data", "AI-generated (synthetic) data"),
        ("2.6", 2, "Other sources of data", "Any other data sources"),
        ("3", 1, "Data processing aspects", "Other Relevant Data Processing Aspects"),
        (
            "3.1",
            2,
            "Respect of reservation of rights from text and data mining exception or limitation",
            "Text and data mining opt-outs",
        ),
        ("3.2", 2, "Removal of illegal content", "Removal of unwanted and illegal content"),
        ("3.3", 2, "Other information", "Further information"),
    ),
    "it": (
        ("1", 1, "Informazioni generali", ""),
        ("1.1", 2, "Identificazione del fornitore", ""),
        ("1.2", 2, "Identificazione del modello", ""),
        (
            "1.3",
            2,
            "Modalità, dimensione complessiva dei dati di addestramento e altre caratteristiche",
            "",
        ),
        ("2", 1, "Elenco delle fonti di dati", ""),
        ("2.1", 2, "Set di dati accessibili al pubblico", ""),
        ("2.2", 2, "Set di dati privati non accessibili al pubblico ottenuti da terzi", ""),
        (
            "2.2.1",
            3,
            "Set di dati concessi in licenza commerciale dai titolari dei diritti o dai loro "
            "rappresentanti",
            "",
        ),
        ("2.2.2", 3, "Set di dati privati ottenuti da altri terzi", ""),
        ("2.3", 2, "Dati ottenuti mediante crawling e scraping da fonti online", ""),
        ("2.4", 2, "Dati degli utenti", ""),
        ("2.5", 2, "Dati sintetici", ""),
        ("2.6", 2, "Altre fonti di dati", ""),
        ("3", 1, "Aspetti relativi al trattamento dei dati", ""),
        (
            "3.1",
            2,
            "Rispetto della riserva dei diritti dall'eccezione o limitazione per l'estrazione di "
            "testo e di dati",
            "",
        ),
        ("3.2", 2, "Rimozione dei contenuti illegali", ""),
        ("3.3", 2, "Altre informazioni", ""),
    ),
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "it": (
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
        "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    ),
}  # fmt: skip

# ---------------------------------------------------------------- value writers


def write_date(value: DateField, lang: str = "en", empty: str = "N/A") -> str:
    """Write a date field the way the document states it."""
    if value is None:
        return empty
    if isinstance(value, str):
        return value
    month_name = MONTHS[lang][value.month - 1] if value.month else ""
    d, m, y = value.day, value.month, value.year
    writers = {
        "dmy": lambda: f"{d:02d}/{m:02d}/{y}",
        "dmy_dots": lambda: f"{d:02d}.{m:02d}.{y}",
        "mdy_long": lambda: f"{month_name} {d}, {y}",
        "dmy_long": lambda: f"{d} {month_name} {y}",
        "my": lambda: f"{m:02d}/{y}",
        "month_year": lambda: f"{month_name} {y}",
        "year": lambda: f"{y}",
        "iso": lambda: value.iso(),
    }
    return writers[value.style]()


def write_period(period: Period | None, lang: str = "en", empty: str = "N/A") -> str:
    """Write a period of data collection."""
    if period is None:
        return empty
    start = write_date(period.start, lang) if period.start else ""
    end = write_date(period.end, lang) if period.end else ""
    words = {"en": ("From", "to", "Up to"), "it": ("Da", "a", "Fino a")}[lang]
    if period.style == "up_to":
        return f"{words[2]} {end}"
    if period.style == "dash":
        return f"{start} – {end}"
    return f"{words[0]} {start} {words[1]} {end}"


def size_labels(name: str, labels: dict[str, str]) -> tuple[str, ...]:
    """Return the template's three size-range strings for a modality."""
    key = {"text": "size_text", "image": "size_image"}.get(name, "size_hours")
    return tuple(labels[key].split("|"))


def tristate_options(answer: Tristate, labels: dict[str, str], other_box: bool = False) -> Options:
    """Return the Yes/No options of a question ("unknown" leaves every box empty)."""
    items = [Option(labels["yes"], answer == "yes"), Option(labels["no"], answer == "no")]
    if other_box:
        items.append(Option(labels["other_box"], answer == "other"))
    return Options(tuple(items))


def modality_options(selected: tuple[str, ...], labels: dict[str, str]) -> Options:
    """Return the "☐ Text ☐ Image ☐ Video ☐ Audio ☐ Other" options."""
    items = tuple(Option(labels[f"mod_{m}"], m in selected) for m in MODALITY_ORDER)
    return Options(items, kind="modalities")


# ---------------------------------------------------------------- sections


class Builder:
    """Build the rows of each template section for one summary and layout."""

    def __init__(self, summary: Summary, layout: Layout) -> None:
        self.s = summary
        self.layout = layout
        self.labels = LABELS[layout.language]

    def text(self, value: str | None) -> tuple[Part, ...]:
        """Return a text value, or the layout's empty text."""
        return (Text(value if value else self.layout.empty_text),)

    def row(self, key: str, parts: tuple[Part, ...], question: bool = False) -> Row:
        """Return a row with the label of a label key."""
        return Row(self.labels[key], parts, question)

    def question(self, key: str, answer: Tristate, other_box: bool = False) -> Row:
        """Return a Yes/No question row."""
        return Row(self.labels[key], (tristate_options(answer, self.labels, other_box),), True)

    def comment(self, text: str | None = None) -> list[Row]:
        """Return the optional "Additional comments" row when the layout prints it."""
        return [self.row("comments", (Text(text or ""),))] if self.layout.comments else []

    def section_1_1(self) -> list[Block]:
        s = self.s
        provider = s.provider_name + (f"\n{s.provider_contact}" if s.provider_contact else "")
        return [
            self.row("provider", (Text(provider),)),
            self.row("rep", self.text(s.authorised_rep)),
        ]

    def section_1_2(self) -> list[Block]:
        s = self.s
        empty = self.layout.empty_text
        return [
            self.row("model_names", (Text("\n".join(s.model_names)),)),
            self.row("dependencies", self.text(s.dependencies)),
            self.row(
                "placement", (Text(write_date(s.placement_date, self.layout.language, empty)),)
            ),
        ]

    def table(self) -> ModalityTable:
        """Return the 1.3 table without its deleted rows."""
        rows = []
        for name in MODALITY_ORDER:
            if name in self.layout.deleted_rows:
                continue
            mod = self.s.modalities[name]
            size: Options | Text
            if name == "other":
                size = Text(self.s.other_size or "")
            elif mod.size_written is not None:
                size = Text(mod.size_written)
            else:
                tokens = SIZE_TOKENS[name]
                size = Options(
                    tuple(
                        Option(label, mod.size == token)
                        for label, token in zip(size_labels(name, self.labels), tokens, strict=True)
                    ),
                    vertical=True,
                    kind="size",
                )
            tick = Option(self.labels[f"mod_{name}"], mod.selected == "yes")
            rows.append(TableRow(name, tick, size, mod.content or ""))
        headers = (self.labels["col_modality"], self.labels["col_size"], self.labels["col_content"])
        return ModalityTable(headers, tuple(rows))

    def section_1_3(self) -> list[Block]:
        s = self.s
        latest = write_date(s.latest_collection, self.layout.language, self.layout.empty_text)
        if s.continuous_statement:
            latest += f"\n{s.continuous_statement}"
        return [
            self.table(),
            self.row("latest", (Text(latest),)),
            self.row("languages", self.text(s.languages)),
            self.row("other_chars", self.text(s.other_characteristics)),
            *self.comment(s.size_comment),
        ]

    def section_2_1(self) -> list[Block]:
        s = self.s
        large: tuple[Part, ...] = self.text(None)
        if s.public_large:
            intro = (Text(s.public_large_intro),) if s.public_large_intro else ()
            large = (*intro, Links(s.public_large))
        return [
            self.question("public_q", s.public_used),
            self.row("modality_q", (modality_options(s.public_modalities, self.labels),)),
            self.row("large", large),
            self.row("public_other", self.text(s.public_other)),
            *self.comment(s.public_comment),
        ]

    def section_2_2_1(self) -> list[Block]:
        s = self.s
        rows: list[Block] = [
            self.question("licensed_q", s.licensed_used, self.layout.licensed_other_box),
            self.row("modality_q", (modality_options(s.licensed_modalities, self.labels),)),
        ]
        if s.licensed_comment:
            rows += self.comment(s.licensed_comment)
        return rows

    def section_2_2_2(self) -> list[Block]:
        s = self.s
        listed = s.private_listed_empty if s.private_used == "yes" else self.layout.empty_text
        return [
            self.question("private_q", s.private_used),
            self.row("modality_q", (modality_options(s.private_modalities, self.labels),)),
            self.row("private_list", (Text("\n".join(s.private_listed) or listed),)),
            self.row("private_desc", self.text(s.private_description)),
            *self.comment(),
        ]

    def domains(self) -> tuple[Part, ...]:
        """Return the domain field: an optional intro and one domain a line, or prose."""
        s = self.s
        if s.top_domains:
            lines = "\n".join(d.written for d in s.top_domains)
            intro = f"{s.top_domains_intro}\n" if s.top_domains_intro else ""
            return (Text(intro + lines),)
        return self.text(s.top_domains_text)

    def section_2_3(self) -> list[Block]:
        s = self.s
        lang, empty = self.layout.language, self.layout.empty_text
        crawlers = ", ".join(s.crawlers) or (s.crawlers_empty if s.crawl_used == "yes" else empty)
        return [
            self.question("crawl_q", s.crawl_used),
            self.row("crawlers", (Text(crawlers),)),
            self.row("purposes", self.text(s.crawl_purposes)),
            self.row("behaviour", self.text(s.crawl_behaviour)),
            self.row("period", (Text(write_period(s.crawl_period, lang, empty)),)),
            self.row("crawl_content", self.text(s.crawl_content)),
            self.row("modality_covered", (modality_options(s.crawl_modalities, self.labels),)),
            self.row("domains", self.domains()),
            *self.comment(s.crawl_comment),
        ]

    def section_2_4(self) -> list[Block]:
        s = self.s
        other_q = self.question("user_other_q", s.user_other)
        if self.layout.template_typos and self.layout.language == "en":
            other_q = Row(other_q.label.replace("provider's", "orovider's"), other_q.parts, True)
        return [
            self.question("user_model_q", s.user_model),
            other_q,
            self.row("user_desc", self.text(s.user_description)),
            self.row("modality_covered", (modality_options(s.user_modalities, self.labels),)),
            *self.comment(),
        ]

    def section_2_5(self) -> list[Block]:
        s = self.s
        return [
            self.question("synth_q", s.synth_used),
            self.row("synth_modality", (modality_options(s.synth_modalities, self.labels),)),
            self.row("synth_gen", self.text(s.synth_generators)),
            self.row("synth_other", self.text(s.synth_other_models)),
            *self.comment(),
        ]

    def section_2_6(self) -> list[Block]:
        s = self.s
        return [
            self.question("other_q", s.other_used),
            self.row("other_desc", self.text(s.other_description)),
            *self.comment(),
        ]

    def section_3_1(self) -> list[Block]:
        s = self.s
        return [
            self.question("cop_q", s.cop_signatory),
            self.row("tdm", self.text(s.tdm_measures)),
            *self.comment(s.tdm_comment),
        ]

    def section_3_2(self) -> list[Block]:
        return [self.row("illegal", self.text(self.s.illegal_measures))]

    def section_3_3(self) -> list[Block]:
        return [self.row("other_info", self.text(self.s.other_information))]

    def section_rows(self, section_id: str) -> list[Block]:
        """Return the rows of one section (none for the 1, 2, 2.2 and 3 parents)."""
        method = getattr(self, "section_" + section_id.replace(".", "_"), None)
        return method() if method else []


def section_numbers(layout: Layout) -> Iterator[tuple[str, int, str]]:
    """Yield (section id, level, displayed number) for each section kept in the document."""
    counters = [0, 0, 0]
    for section_id, level, _, _ in SECTIONS[layout.language]:
        omitted = section_id in layout.omit_sections or any(
            section_id.startswith(o + ".") for o in layout.omit_sections
        )
        if omitted and layout.renumber:
            continue
        counters[level - 1] += 1
        counters[level:] = [0] * (3 - level)
        if omitted:
            continue
        number = ".".join(str(c) for c in counters[:level])
        if level == 1 or layout.numbering == "dotted":
            number += "."
        yield section_id, level, "" if layout.numbering == "none" else number


def sub_number(rows: list[Block], number: str) -> list[Block]:
    """Prefix each row label of a section with sub-numbers (2.3.1, 2.3.2, ...)."""
    base = number.rstrip(".")
    out: list[Block] = []
    for i, row in enumerate(rows, start=1):
        assert isinstance(row, Row)
        out.append(Row(f"{base}.{i} {row.label}", row.parts, row.question))
    return out


def build_summary(summary: Summary, layout: Layout) -> list[Block]:
    """Return the blocks of a summary laid out like the template."""
    builder = Builder(summary, layout)
    labels = builder.labels
    headings = {sid: (tmpl, alt) for sid, _, tmpl, alt in SECTIONS[layout.language]}
    empty = layout.empty_text
    blocks: list[Block] = [
        Title(labels["title"].format(model=summary.title_model)),
        MetaLine(labels["version"], summary.version or empty),
        MetaLine(labels["last_update"], write_date(summary.last_update, layout.language, empty)),
    ]
    for section_id, level, number in section_numbers(layout):
        template_text, reworded = headings[section_id]
        text = reworded if layout.headings == "reworded" and reworded else template_text
        blocks.append(Heading(level, number, text))
        rows = builder.section_rows(section_id)
        if section_id in layout.sub_numbered:
            rows = sub_number(rows, number)
        blocks += rows
    return blocks


def prose_blocks(pairs: tuple[tuple[str, str], ...]) -> list[Block]:
    """Return prose blocks; a ("break", "") pair starts a new page."""
    return [PageBreak() if kind == "break" else Prose(kind, text) for kind, text in pairs]


def build_document(doc: DocumentSpec) -> list[Block]:
    """Return all blocks of a corpus document, bundled documents included."""
    if doc.summary is None:
        return prose_blocks(doc.body)
    blocks: list[Block] = []
    if doc.before:
        blocks += [*prose_blocks(doc.before), PageBreak()]
    blocks += build_summary(doc.summary, doc.layout)
    if doc.after:
        blocks += [PageBreak(), *prose_blocks(doc.after)]
    return blocks
