# ruff: noqa: E501, D101, D401
"""Content of the held-out summaries: ten fictional providers.

Every field of ``shared/spec/template-fields.md`` gets its gold value here.
A plain value is shown in the document exactly as written and is also the gold
value (text fields; gold is the whitespace-folded text). ``S(gold, show)``
gives a gold value together with what the document actually prints (dates,
"N/A", sizes written as numbers, crawler lists, periods, domain lists...).

Nothing here is derived from the project's extractor or corpus: the gold
values were written by hand from the field conventions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# (id, type) in the table order of template-fields.md
FIELDS: list[tuple[str, str]] = [
    ("document.version", "text"),
    ("document.last_update", "date"),
    ("provider.name", "text"),
    ("provider.contact", "text"),
    ("provider.authorised_representative", "text"),
    ("model.names", "list"),
    ("model.dependencies", "text"),
    ("model.placement_date", "date"),
    ("modalities.text.selected", "tristate"),
    ("modalities.text.size", "size"),
    ("modalities.text.content", "text"),
    ("modalities.image.selected", "tristate"),
    ("modalities.image.size", "size"),
    ("modalities.image.content", "text"),
    ("modalities.audio.selected", "tristate"),
    ("modalities.audio.size", "size"),
    ("modalities.audio.content", "text"),
    ("modalities.video.selected", "tristate"),
    ("modalities.video.size", "size"),
    ("modalities.video.content", "text"),
    ("modalities.other.selected", "tristate"),
    ("modalities.other.content", "text"),
    ("data.latest_collection_date", "date"),
    ("data.continuous_training", "tristate"),
    ("data.languages", "text"),
    ("data.other_characteristics", "text"),
    ("public_datasets.used", "tristate"),
    ("public_datasets.modalities", "modalities"),
    ("public_datasets.large", "datasets"),
    ("public_datasets.other_description", "text"),
    ("licensed_data.used", "tristate"),
    ("licensed_data.modalities", "modalities"),
    ("private_datasets.used", "tristate"),
    ("private_datasets.modalities", "modalities"),
    ("private_datasets.listed", "list"),
    ("private_datasets.description", "text"),
    ("crawling.used", "tristate"),
    ("crawling.crawlers", "list"),
    ("crawling.purposes", "text"),
    ("crawling.behaviour", "text"),
    ("crawling.period", "period"),
    ("crawling.content_description", "text"),
    ("crawling.modalities", "modalities"),
    ("crawling.top_domains", "domains"),
    ("user_data.from_model_interactions", "tristate"),
    ("user_data.from_other_services", "tristate"),
    ("user_data.description", "text"),
    ("user_data.modalities", "modalities"),
    ("synthetic_data.used", "tristate"),
    ("synthetic_data.modalities", "modalities"),
    ("synthetic_data.generator_models", "text"),
    ("synthetic_data.other_models", "text"),
    ("other_sources.used", "tristate"),
    ("other_sources.description", "text"),
    ("tdm.code_of_practice_signatory", "tristate"),
    ("tdm.measures", "text"),
    ("illegal_content.measures", "text"),
    ("other_information", "text"),
]
FIELD_TYPES = dict(FIELDS)
MODALITIES = ["text", "image", "audio", "video", "other"]


@dataclass(frozen=True)
class S:
    """A gold value and the text the document shows for it."""

    gold: Any
    show: Any


@dataclass
class Doc:
    name: str
    fmt: str
    f: dict[str, Any]
    notes: dict[str, str] = field(default_factory=dict)
    # free per-document extras used by its renderer
    x: dict[str, Any] = field(default_factory=dict)

    def gold(self, fid: str) -> Any:
        v = self.f[fid]
        return v.gold if isinstance(v, S) else v

    def show(self, fid: str, default: str = "N/A") -> Any:
        """What the document prints for a field (None-valued text -> default)."""
        v = self.f.get(fid)
        if isinstance(v, S):
            return v.show
        if v is None:
            return default
        return v


def _no_follow(prefix: str, **over: Any) -> dict[str, Any]:
    """Follow-up fields of a section answered "No": [] for lists, None otherwise."""
    empty: dict[str, Any] = {}
    for fid, typ in FIELDS:
        if fid.startswith(prefix) and not fid.endswith(".used") and typ != "tristate":
            empty[fid] = [] if typ in ("list", "modalities", "datasets", "domains") else None
    empty.update(over)
    return empty


def _unselected(mod: str) -> dict[str, Any]:
    d: dict[str, Any] = {f"modalities.{mod}.selected": "no", f"modalities.{mod}.content": None}
    if mod != "other":
        d[f"modalities.{mod}.size"] = None
    return d


def _ds(name: str, url: str | None) -> dict[str, Any]:
    return {"name": name, "url": url}


# ---------------------------------------------------------------------------
# 1. Veltria Systems GmbH (PDF, three-column yes/no with drawn boxes)
# ---------------------------------------------------------------------------
D1 = Doc(
    name="h01_veltria_core21",
    fmt="pdf",
    f={
        "document.version": "2.0",
        "document.last_update": S("2026-05-14", "14/05/26"),
        "provider.name": "Veltria Systems GmbH",
        "provider.contact": "Leopoldstraße 140, 80804 München, Germany. E-mail: ai-transparency@veltria-systems.eu",
        "provider.authorised_representative": S(None, "N/A"),
        "model.names": ["Veltria Core 2.1-34B", "Veltria Core 2.1-34B-Instruct"],
        "model.dependencies": S(None, "None"),
        "model.placement_date": S("2026-03-16", "16/03/2026"),
        "modalities.text.selected": "yes",
        "modalities.text.size": "1b_to_10t_tokens",
        "modalities.text.content": "German and English web text, encyclopaedic articles, public-sector documents, scientific abstracts, technical manuals and permissively licensed source code.",
        "modalities.image.selected": "yes",
        "modalities.image.size": "1m_to_1b_images",
        "modalities.image.content": "Photographs, technical drawings, diagrams and scanned document pages paired with captions or alt text.",
        **_unselected("audio"),
        **_unselected("video"),
        **_unselected("other"),
        "data.latest_collection_date": S(
            "2025-11", "11/2025. The model is not continuously trained on new data after this date."
        ),
        "data.continuous_training": "no",
        "data.languages": "Predominantly German (about 48 %) and English (about 41 %); the remainder covers French, Italian, Dutch, Polish and Spanish. All 24 official EU languages are represented in small proportions.",
        "data.other_characteristics": "The corpus over-represents technical and engineering content from Germany, Austria and Switzerland. No demographic attributes were collected.",
        "public_datasets.used": "yes",
        "public_datasets.modalities": ["image", "text"],
        "public_datasets.large": [
            _ds("FineWeb-2", "https://huggingface.co/datasets/HuggingFaceFW/fineweb-2"),
            _ds("The Stack v2", "https://huggingface.co/datasets/bigcode/the-stack-v2"),
            _ds("COYO-700M", "https://huggingface.co/datasets/kakaobrain/coyo-700m"),
        ],
        "public_datasets.other_description": "Smaller public datasets include Wikipedia dumps in German and English (June 2025 snapshot), the peS2o scientific abstracts corpus, EUR-Lex legislative texts and public-domain images from Wikimedia Commons. They contain text and images, may include personal data and copyright-protected content, and were collected between 2019 and 2025.",
        "licensed_data.used": "yes",
        "licensed_data.modalities": ["text"],
        "private_datasets.used": "no",
        **_no_follow("private_datasets."),
        "crawling.used": "yes",
        "crawling.crawlers": ["VeltriaBot"],
        "crawling.purposes": "Collecting publicly accessible web pages and images in German and English for the pre-training of Veltria Core models.",
        "crawling.behaviour": "VeltriaBot respects robots.txt directives, including Disallow rules addressed to VeltriaBot or to all user agents, does not bypass captchas, paywalls or logins, and limits its request rate per host.",
        "crawling.period": S({"from": "2024-01", "to": "2025-11"}, "From 01/2024 to 11/2025"),
        "crawling.content_description": "Public web pages of news publishers, technical blogs, manufacturer documentation, public administration portals, university websites and forums, mostly from Germany, Austria and Switzerland.",
        "crawling.modalities": ["image", "text"],
        "crawling.top_domains": S(
            [],
            "Technical documentation sites, public administration portals and regional news sites. A list of domains is available on request at ai-transparency@veltria-systems.eu.",
        ),
        "user_data.from_model_interactions": "yes",
        "user_data.from_other_services": "unknown",
        "user_data.description": "Prompts and ratings submitted by business customers who opted in through the Veltria Workbench console.",
        "user_data.modalities": ["text"],
        "synthetic_data.used": "yes",
        "synthetic_data.modalities": ["text"],
        "synthetic_data.generator_models": "Veltria Core 2.0-34B-Instruct (summary: https://veltria-systems.eu/ai-act/core-2-0-summary.pdf)",
        "synthetic_data.other_models": "An internal reward model, not placed on the market and trained on Veltria's licensed and public data, was used to rank and filter synthetic answers.",
        "other_sources.used": "no",
        "other_sources.description": S(None, "N/A"),
        "tdm.code_of_practice_signatory": "yes",
        "tdm.measures": "Before crawling a page, VeltriaBot checks robots.txt. Pages carrying a TDM reservation under the TDMRep protocol (tdm-reservation header or /.well-known/tdmrep.json) are excluded. For third-party datasets we rely on the opt-out filtering documented by their maintainers and remove domains listed in our internal reservation register.",
        "illegal_content.measures": "We apply URL blocklists, including lists supplied by child-protection hotlines, hash matching against known child sexual abuse material, keyword filters and a classifier for terrorist content.",
        "other_information": S(None, "N/A"),
    },
    notes={
        "user_data.from_other_services": "Neither the Yes box nor the No box is filled (both drawn empty): undecidable -> unknown.",
        "model.names": "A 'Model card:' line with a URL follows the two names in the same cell; it is not a model name.",
        "document.last_update": "Written '14/05/26' (template format DD/MM/YY).",
    },
    x={"model_card": "https://veltria-systems.eu/models/core-2-1"},
)

# ---------------------------------------------------------------------------
# 2. Brightwater Labs Ltd (PDF, borderless two columns, ballot-box glyphs)
# ---------------------------------------------------------------------------
D2 = Doc(
    name="h02_brightwater_tern8b",
    fmt="pdf",
    f={
        "document.version": "v1.1",
        "document.last_update": S("2026-04-02", "02/04/2026"),
        "provider.name": "Brightwater Labs Ltd",
        "provider.contact": "2 Grand Canal Quay, Dublin 2, D02 XY76, Ireland. Contact: eu-ai-act@brightwaterlabs.ie",
        "provider.authorised_representative": S(None, "N/A"),
        "model.names": ["Tern-8B", "Tern-8B-Chat"],
        "model.dependencies": S(None, "N/A"),
        "model.placement_date": S("2026-01-28", "28/01/2026"),
        "modalities.text.selected": "yes",
        "modalities.text.size": "gt_10t_tokens",
        "modalities.text.content": "Web pages, public-domain books, Wikipedia, scientific articles, mathematics and source code in 40 programming languages, as well as transcripts of spoken English and Irish.",
        **_unselected("image"),
        "modalities.audio.selected": "yes",
        "modalities.audio.size": "10k_to_1m_hours",
        "modalities.audio.content": "Read and spontaneous speech (public-domain audiobooks, parliamentary recordings and crowd-sourced voice recordings) used for the speech-input adapter.",
        **_unselected("video"),
        **_unselected("other"),
        "data.latest_collection_date": S(
            "2025-12", "12/2025. Tern-8B is not trained on new or dynamic data after this date."
        ),
        "data.continuous_training": "no",
        "data.languages": "English is dominant (about 81 % of tokens). Irish, French, German, Spanish and Italian make up most of the rest, and all EU official languages are present. Speech data is in English and Irish.",
        "data.other_characteristics": "About 9 % of the text tokens are source code and 6 % are mathematics.",
        "public_datasets.used": "yes",
        "public_datasets.modalities": ["audio", "text"],
        "public_datasets.large": [
            _ds("FineWeb-Edu", "https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu"),
            _ds("Common Voice 17.0", "https://commonvoice.mozilla.org/en/datasets"),
            _ds("The Stack v2", "https://huggingface.co/datasets/bigcode/the-stack-v2"),
            _ds("OpenWebMath", "https://huggingface.co/datasets/open-web-math/open-web-math"),
        ],
        "public_datasets.other_description": "Other public datasets are mostly smaller instruction and mathematics collections and public-domain audiobooks from LibriVox. They contain text and speech in English and Irish, may include personal data, and were collected between 2013 and 2025.",
        "licensed_data.used": "other",
        "licensed_data.modalities": ["text"],
        "private_datasets.used": "no",
        **_no_follow("private_datasets."),
        "crawling.used": "no",
        **_no_follow("crawling."),
        "user_data.from_model_interactions": "no",
        "user_data.from_other_services": "no",
        **_no_follow("user_data.", **{}),
        "synthetic_data.used": "yes",
        "synthetic_data.modalities": ["text"],
        "synthetic_data.generator_models": "N/A – we did not use any general-purpose AI model available on the market; all synthetic data was generated with our own models described below.",
        "synthetic_data.other_models": "Internal checkpoints of Tern-70B (not placed on the market), trained on the same data sources as Tern-8B, generated mathematics problems with worked solutions and multi-turn dialogues in English and Irish.",
        "other_sources.used": "yes",
        "other_sources.description": "We commissioned 14,000 human-written instruction and preference examples from annotators based in Ireland and the United Kingdom.",
        "tdm.code_of_practice_signatory": "no",
        "tdm.measures": "We only use public datasets whose maintainers honour robots.txt at collection time, and we remove documents from domains that reserve their rights through robots.txt, TDMRep or machine-readable terms of use, as recorded in our opt-out register (last refreshed in November 2025).",
        "illegal_content.measures": "Text was filtered with URL blocklists, a keyword list and a classifier for illegal and harmful content; audio transcripts were passed through the same filters.",
        "other_information": "Personal data such as e-mail addresses and telephone numbers was masked before training.",
    },
    notes={
        "document.last_update": "Written '02/04/2026'. Both readings (2 April / 4 February) fall after the placement date 28/01/2026; the Irish provider writes D/M/Y elsewhere (28/01/2026), so 2 April 2026.",
        "licensed_data.used": "The provider added a third option: '☐ Yes ☐ No ☑ Other (see comments)'; only Other is ticked.",
        "synthetic_data.generator_models": "Starts with 'N/A' but goes on to explain: kept as text.",
        "crawling.used": "Answered No; the follow-up answers are left blank in the document.",
    },
)
D2.f.update(_no_follow("user_data.", **{}))
D2.f["user_data.from_model_interactions"] = "no"
D2.f["user_data.from_other_services"] = "no"

# ---------------------------------------------------------------------------
# 3. Nimbic AI, Inc. (PDF, answer below label, [✓] ticks, numbered headings)
# ---------------------------------------------------------------------------
D3 = Doc(
    name="h03_nimbic_sable2",
    fmt="pdf",
    f={
        "document.version": "1.0",
        "document.last_update": S("2026-07-24", "July 24, 2026"),
        "provider.name": "Nimbic AI, Inc.",
        "provider.contact": "350 Mission Street, San Francisco, CA 94105, United States. Contact: euaiact@nimbic.ai",
        "provider.authorised_representative": "EuRep Compliance B.V., Herengracht 420, 1017 BZ Amsterdam, the Netherlands, nimbic@eurep-compliance.nl",
        "model.names": S(["Sable-2 Pro", "Sable-2 Mini"], "Sable-2 Pro and Sable-2 Mini"),
        "model.dependencies": S(None, "None"),
        "model.placement_date": S("2026-07-21", "July 21, 2026"),
        "modalities.text.selected": "yes",
        "modalities.text.size": "gt_10t_tokens",
        "modalities.text.content": "Web documents, books, academic papers, code, mathematical content, legal and financial filings, and conversational data.",
        "modalities.image.selected": "yes",
        "modalities.image.size": "gt_1b_images",
        "modalities.image.content": "Photographs, screenshots, charts, diagrams, documents and artwork with associated alt text or captions.",
        **_unselected("audio"),
        "modalities.video.selected": "yes",
        "modalities.video.size": "10k_to_1m_hours",
        "modalities.video.content": "Instructional videos, lectures, product demonstrations and screen recordings, sampled as frames with transcripts.",
        **_unselected("other"),
        "data.latest_collection_date": S(
            "2026-02",
            "02/2026. Sable-2 models are not continuously trained; data collected after this date will only be used for future model versions.",
        ),
        "data.continuous_training": "no",
        "data.languages": "The text data is mainly English, with substantial Spanish, French, German, Portuguese, Japanese and Chinese. All 24 EU official languages are covered; Maltese and Irish are the least represented.",
        "data.other_characteristics": S(None, "N/A"),
        "public_datasets.used": "yes",
        "public_datasets.modalities": ["image", "text", "video"],
        "public_datasets.large": [
            _ds("Common Crawl", "https://commoncrawl.org/get-started"),
            _ds("DataComp-1B", "https://huggingface.co/datasets/mlfoundations/datacomp_1b"),
        ],
        "public_datasets.other_description": "Other public datasets include open image-caption collections, public-domain books, transcripts of open educational videos and permissively licensed code repositories. They include text, images and video, may contain personal data and copyright-protected content, and cover 2008 to 2025.",
        "licensed_data.used": "yes",
        "licensed_data.modalities": ["image", "text", "video"],
        "private_datasets.used": "yes",
        "private_datasets.modalities": ["text"],
        "private_datasets.listed": S([], "Not publicly known."),
        "private_datasets.description": "Datasets of product reviews and technical questions and answers purchased from data brokers; English text that may contain pseudonymised personal data.",
        "crawling.used": "yes",
        "crawling.crawlers": ["NimbicCrawler"],
        "crawling.purposes": "NimbicCrawler collects publicly available web content to train Nimbic's generative AI models.",
        "crawling.behaviour": "NimbicCrawler follows robots.txt rules for the NimbicCrawler user agent, skips pages behind logins, paywalls or captchas, and honours crawl-delay directives.",
        "crawling.period": S({"from": "2023-06", "to": "2026-02"}, "From 06/2023 to 02/2026"),
        "crawling.content_description": "English-language and multilingual public websites, including news, blogs, forums, educational sites, government portals, documentation and software repositories, with associated images and video pages.",
        "crawling.modalities": ["image", "text", "video"],
        "crawling.top_domains": S(
            [],
            "Educational websites, software documentation, news publishers and government portals make up the largest share of crawled content.",
        ),
        "user_data.from_model_interactions": "no",
        "user_data.from_other_services": "yes",
        "user_data.description": "Documents and e-mails from Nimbic Docs and Nimbic Mail users who opted in to model improvement. Rated conversations from the Nimbic Chat app were also used for preference tuning.",
        "user_data.modalities": ["image", "text"],
        "synthetic_data.used": "yes",
        "synthetic_data.modalities": ["image", "text"],
        "synthetic_data.generator_models": "Sable-1 Pro (summary: https://nimbic.ai/legal/eu/sable-1-pro-summary)",
        "synthetic_data.other_models": "Unreleased Nimbic research models trained on the same sources as Sable-2 generated reasoning traces and synthetic image captions.",
        "other_sources.used": "yes",
        "other_sources.description": "Contracted annotators in the United States, Kenya and the Philippines wrote demonstrations and preference labels for post-training.",
        "tdm.code_of_practice_signatory": "yes",
        "tdm.measures": "NimbicCrawler honours robots.txt, including instructions for the NimbicCrawler token. We also respect the TDMRep protocol and the noai robots meta tag, and we require data vendors to confirm that their datasets respect rights reservations.",
        "illegal_content.measures": "We use domain blocklists, hash matching against known child sexual abuse material through a third-party service, and classifiers to remove illegal content, including terrorist content and pirated material.",
        "other_information": S(None, "N/A"),
    },
    notes={
        "provider.authorised_representative": "US provider; an EU authorised representative is named.",
        "model.names": "Written 'Sable-2 Pro and Sable-2 Mini'.",
        "user_data.from_model_interactions": "Ticked No, but the description mentions rated Nimbic Chat conversations used for preference tuning. The tick wins.",
        "private_datasets.listed": "Written 'Not publicly known.' -> [].",
    },
)

# ---------------------------------------------------------------------------
# 4. Calderon Intelligence S.L. (PDF report; summary on pages 2-3 of 4)
# ---------------------------------------------------------------------------
D4 = Doc(
    name="h04_calderon_lince3_report",
    fmt="pdf",
    f={
        "document.version": "1.1 (previous version 1.0 of 10/01/2026: https://calderon-ia.es/transparencia/lince-3-resumen-v1.0.pdf)",
        "document.last_update": S("2026-06-30", "30/06/2026"),
        "provider.name": "Calderon Intelligence S.L.",
        "provider.contact": "Calle de Alcalá 221, 28028 Madrid, Spain – transparencia@calderon-ia.es",
        "provider.authorised_representative": S(None, "N/A"),
        "model.names": S(
            ["Lince-3-12B", "Lince-3-12B-Instruct"], "Lince-3-12B, Lince-3-12B-Instruct"
        ),
        "model.dependencies": S(None, "-"),
        "model.placement_date": S("2026-01-15", "15/01/2026"),
        "modalities.text.selected": "yes",
        "modalities.text.size": "1b_to_10t_tokens",
        "modalities.text.content": "Spanish, Catalan, Galician, Basque, Portuguese and English text: web pages, news, parliamentary records, legislation, scientific articles, public-domain literature and source code.",
        **_unselected("image"),
        **_unselected("audio"),
        **_unselected("video"),
        **_unselected("other"),
        "data.latest_collection_date": S(
            "2025-09", "09/2025. Lince-3 is not continuously trained."
        ),
        "data.continuous_training": "no",
        "data.languages": "Spanish (52 %), English (21 %), Catalan (9 %), Portuguese (8 %), Galician (4 %), Basque (4 %) and other EU languages (2 %).",
        "data.other_characteristics": "The Spanish data covers varieties from Spain and from 19 Latin American countries.",
        "public_datasets.used": "yes",
        "public_datasets.modalities": ["text"],
        "public_datasets.large": [
            _ds("CulturaX", "https://huggingface.co/datasets/uonlp/CulturaX"),
            _ds("FineWeb-2", "https://huggingface.co/datasets/HuggingFaceFW/fineweb-2"),
            _ds("Wikipedia (es, ca, gl, eu)", "https://dumps.wikimedia.org"),
        ],
        "public_datasets.other_description": "Smaller open corpora of Spanish and Catalan legislation, parliamentary proceedings and scientific abstracts, collected between 2000 and 2025; they may contain personal data of public officials.",
        "licensed_data.used": "yes",
        "licensed_data.modalities": ["text"],
        "private_datasets.used": "no",
        **_no_follow("private_datasets."),
        "crawling.used": "yes",
        "crawling.crawlers": ["CalderonBot"],
        "crawling.purposes": "Collecting web content in Spanish and the co-official languages of Spain for pre-training.",
        "crawling.behaviour": "CalderonBot respects robots.txt and the TDMRep protocol; it does not access paywalled, password-protected or captcha-protected pages.",
        "crawling.period": S({"from": "2024-01", "to": "2025-09"}, "January 2024 – September 2025"),
        "crawling.content_description": "News, regional government portals, university repositories, cultural heritage institutions and forums in Spain and Latin America.",
        "crawling.modalities": ["text"],
        "crawling.top_domains": S(
            [
                "wikipedia.org",
                "boe.es",
                "elpais.com",
                "rtve.es",
                "europa.eu",
                "isciii.es",
                "abc.es",
            ],
            "es.wikipedia.org, www.boe.es, elpais.com, www.rtve.es, ca.wikipedia.org, EUR-Lex.europa.eu, scielo.isciii.es, www.abc.es, gl.wikipedia.org",
        ),
        "user_data.from_model_interactions": "no",
        "user_data.from_other_services": "no",
        "synthetic_data.used": "yes",
        "synthetic_data.modalities": ["text"],
        "synthetic_data.generator_models": "Lince-2-70B-Instruct (summary: https://calderon-ia.es/transparencia/lince-2-resumen.pdf)",
        "synthetic_data.other_models": S(None, "N/A"),
        "other_sources.used": "no",
        "other_sources.description": S(None, "N/A"),
        "tdm.code_of_practice_signatory": "yes",
        "tdm.measures": "CalderonBot reads robots.txt and TDMRep declarations before fetching a page and skips reserved content. Documents from public datasets are removed when their domain expressed a reservation in robots.txt or TDMRep at the time of our last check (October 2025).",
        "illegal_content.measures": "Blocklists of illegal sites, keyword filters, hash matching against known child sexual abuse material and a classifier for terrorist content.",
        "other_information": "More details are available in the Lince-3 technical report (https://calderon-ia.es/lince-3/informe-tecnico).",
    },
    notes={
        "crawling.top_domains": "Written with subdomains and mixed case (es.wikipedia.org, www.boe.es, EUR-Lex.europa.eu, scielo.isciii.es...): registrable domains, lower case, deduplicated, in order of appearance.",
        "document.version": "Version text includes the link to the previous version; kept as written.",
        "model.dependencies": "Written '-' -> null.",
        "crawling.period": "Written 'January 2024 – September 2025'.",
    },
)
D4.f.update(_no_follow("user_data.", **{}))
D4.f["user_data.from_model_interactions"] = "no"
D4.f["user_data.from_other_services"] = "no"

# ---------------------------------------------------------------------------
# 5. Kestrel Lingua AB (DOCX, two-column form table, legacy FORMCHECKBOX)
# ---------------------------------------------------------------------------
D5 = Doc(
    name="h05_kestrel_nord13b",
    fmt="docx",
    f={
        "document.version": "1",
        "document.last_update": S("2026-03-20", "20/03/26"),
        "provider.name": "Kestrel Lingua AB",
        "provider.contact": "Sveavägen 44, 111 34 Stockholm, Sweden; compliance@kestrel-lingua.se",
        "provider.authorised_representative": S(None, "N/A"),
        "model.names": ["Kestrel Nord-13B"],
        "model.dependencies": "Kestrel Nord-13B is a continued pre-training of Fjell-13B v1.0 by Fjell Research AS (public summary: https://fjell-research.no/eu/fjell-13b-summary.pdf).",
        "model.placement_date": S("2026-03-02", "2 March 2026"),
        "modalities.text.selected": "yes",
        "modalities.text.size": "1b_to_10t_tokens",
        "modalities.text.content": "Swedish, Norwegian, Danish, Finnish and Icelandic news, literature, public-sector documents, Wikipedia and subtitles.",
        **_unselected("image"),
        "modalities.audio.selected": "yes",
        "modalities.audio.size": "lt_10k_hours",
        "modalities.audio.content": "Swedish and Norwegian read speech from public-service radio archives.",
        **_unselected("video"),
        **_unselected("other"),
        "data.latest_collection_date": S(
            "2025-10", "10/2025. The model is not continuously trained after this date."
        ),
        "data.continuous_training": "no",
        "data.languages": "Swedish (38 %), Norwegian Bokmål and Nynorsk (22 %), Danish (17 %), Finnish (12 %), English (8 %) and Icelandic (3 %).",
        "data.other_characteristics": S(None, ""),
        "public_datasets.used": "yes",
        "public_datasets.modalities": ["text"],
        "public_datasets.large": [
            _ds("HPLT v2.0", "https://hplt-project.org/datasets/v2.0"),
            _ds("Norwegian Colossal Corpus (NCC)", "https://huggingface.co/datasets/NbAiLab/NCC"),
        ],
        "public_datasets.other_description": "Open subtitle corpora, Nordic Wikipedia editions and public-domain books from Projekt Runeberg, collected between 2005 and 2025.",
        "licensed_data.used": "yes",
        "licensed_data.modalities": ["audio", "text"],
        "private_datasets.used": "no",
        **_no_follow("private_datasets."),
        "crawling.used": "no",
        **_no_follow("crawling."),
        "user_data.from_model_interactions": "no",
        "user_data.from_other_services": "no",
        "synthetic_data.used": "no",
        **_no_follow("synthetic_data."),
        "other_sources.used": "no",
        "other_sources.description": S(None, "N/A"),
        "tdm.code_of_practice_signatory": "yes",
        "tdm.measures": "We only used datasets whose providers applied robots.txt opt-outs at collection time, and we removed documents from domains that declared a TDM reservation in their terms of use or via TDMRep, based on a list of 2,400 Nordic publisher domains maintained together with the publishers' associations.",
        "illegal_content.measures": "Filtering with domain blocklists, keyword lists in all five Nordic languages and a toxicity classifier; the licensed archives were checked by the licensors.",
        "other_information": S(None, "N/A"),
    },
    notes={
        "modalities.text.selected": "All ticks are legacy Word form fields (FORMCHECKBOX, w:ffData/w:checkBox); a ticked box has <w:checked/>. There is no tick glyph in the text.",
        "data.other_characteristics": "Cell left empty -> null.",
    },
)
D5.f.update(_no_follow("user_data.", **{}))
D5.f["user_data.from_model_interactions"] = "no"
D5.f["user_data.from_other_services"] = "no"
D5.f.update(_no_follow("crawling.", **{}))
D5.f.update(_no_follow("synthetic_data.", **{}))

# ---------------------------------------------------------------------------
# 6. Maris Cognitive SRL (DOCX prose, section 2.3 left out and renumbered)
# ---------------------------------------------------------------------------
D6 = Doc(
    name="h06_maris_vox4",
    fmt="docx",
    f={
        "document.version": "4.0",
        "document.last_update": S("2026-02-27", "27 February 2026"),
        "provider.name": "Maris Cognitive SRL",
        "provider.contact": "Strada Memorandumului 28, 400114 Cluj-Napoca, Romania, transparency@mariscognitive.ro",
        "provider.authorised_representative": S(None, "N/A"),
        "model.names": S(["Maris-Vox 4", "Maris-Vox 4 Lite"], "Maris-Vox 4 and Maris-Vox 4 Lite"),
        "model.dependencies": S(None, "None"),
        "model.placement_date": S("2026-03", "March 2026"),
        "modalities.text.selected": "yes",
        "modalities.text.size": "1b_to_10t_tokens",
        "modalities.text.content": "Transcripts, subtitles, news articles and parliamentary debates used to align speech with text.",
        **_unselected("image"),
        "modalities.audio.selected": "yes",
        "modalities.audio.size": "gt_1m_hours",
        "modalities.audio.content": "Podcasts, audiobooks, radio shows, read speech and call-centre recordings obtained under licence.",
        **_unselected("video"),
        **_unselected("other"),
        "data.latest_collection_date": S(
            "2025-08",
            "August 2025. After this date the model is continuously fine-tuned every quarter on newly licensed call-centre recordings.",
        ),
        "data.continuous_training": "yes",
        "data.languages": "Romanian, Hungarian, Bulgarian, English, German, French, Italian and Spanish speech and text; all EU official languages are covered in the text data.",
        "data.other_characteristics": "The speech data covers adult speakers of all age groups in balanced proportions of male and female voices; regional accents of Romania and the Republic of Moldova are well represented.",
        "public_datasets.used": "yes",
        "public_datasets.modalities": ["audio", "text"],
        "public_datasets.large": [
            _ds(
                "Common Voice 17.0",
                "https://huggingface.co/datasets/mozilla-foundation/common_voice_17_0",
            ),
            _ds("VoxPopuli", "https://github.com/facebookresearch/voxpopuli"),
            _ds("Multilingual LibriSpeech", "https://www.openslr.org/94/"),
        ],
        "public_datasets.other_description": "Smaller open speech corpora released by universities in Romania and Hungary and open subtitle datasets, collected between 2010 and 2024.",
        "licensed_data.used": "yes",
        "licensed_data.modalities": ["audio", "text"],
        "private_datasets.used": "yes",
        "private_datasets.modalities": ["audio"],
        "private_datasets.listed": ["CallVerse Contact Centre Corpus"],
        "private_datasets.description": "Recordings of customer-service calls in Romanian and Hungarian acquired from a data intermediary; the recordings contain personal data that was pseudonymised before delivery.",
        "crawling.used": "unknown",
        **_no_follow("crawling."),
        "user_data.from_model_interactions": "yes",
        "user_data.from_other_services": "no",
        "user_data.description": "Voice commands and corrections submitted by users of the Maris Dictate app who consented to model improvement.",
        "user_data.modalities": ["audio", "text"],
        "synthetic_data.used": "yes",
        "synthetic_data.modalities": ["audio"],
        "synthetic_data.generator_models": S(None, "None"),
        "synthetic_data.other_models": "Our own text-to-speech model Maris-TTS 2, which is not placed on the market, generated synthetic speech for rare words and proper names; it was trained on the licensed audiobook data described in Section 2.2.1.",
        "other_sources.used": "no",
        "other_sources.description": S(None, "N/A"),
        "tdm.code_of_practice_signatory": "yes",
        "tdm.measures": "Licensors warrant that the licensed recordings are free of rights reservations. For public datasets we checked the source licences and excluded recordings whose publishers reserved text and data mining rights in machine-readable form, including via robots.txt and TDMRep.",
        "illegal_content.measures": "Transcripts were screened with keyword lists and a classifier for hate speech and terrorist content, and recordings flagged by these filters were removed.",
        "other_information": "Speaker identities in the call-centre data were removed and voices were not used to build voice prints.",
    },
    notes={
        "crawling.used": "Section 2.3 (crawling) is left out altogether; the document renumbers User data as 2.3, Synthetic data as 2.4 and Other sources as 2.5. Missing section -> tristate unknown, scalars null. List-typed fields of the missing section are [] here (the project schema types them as arrays); template-fields.md literally says value null.",
        "data.continuous_training": "'continuously fine-tuned every quarter on newly licensed call-centre recordings' -> yes.",
        "model.placement_date": "Written 'March 2026'.",
        "synthetic_data.generator_models": "Written 'None' -> null.",
    },
)
D6.f.update(_no_follow("crawling.", **{}))

# ---------------------------------------------------------------------------
# 7. Aurelia Dynamics SAS (HTML trust centre; dl/dt/dd; checkbox inputs)
# ---------------------------------------------------------------------------
D7 = Doc(
    name="h07_aurelia_canvas3",
    fmt="html",
    f={
        "document.version": "3.0",
        "document.last_update": S("2026-06-12", "12/06/2026"),
        "provider.name": "Aurelia Dynamics SAS",
        "provider.contact": "48 rue de la Victoire, 75009 Paris, France – trust@aurelia-dynamics.fr",
        "provider.authorised_representative": S(None, "N/A"),
        "model.names": ["Aurelia Canvas 3", "Aurelia Canvas 3 Turbo"],
        "model.dependencies": S(None, "None"),
        "model.placement_date": S("2026-06-10", "10/06/2026"),
        "modalities.text.selected": "yes",
        "modalities.text.size": "lt_1b_tokens",
        "modalities.text.content": "Image captions and alt text, in French and English, describing the training images.",
        "modalities.image.selected": "yes",
        "modalities.image.size": "gt_1b_images",
        "modalities.image.content": "Stock photography licensed from agencies, public-domain artworks, photographs and illustrations from the open web, and product images.",
        **_unselected("audio"),
        **_unselected("video"),
        **_unselected("other"),
        "data.latest_collection_date": S(
            "2026-03", "03/2026 (the model is not continuously trained)"
        ),
        "data.continuous_training": "no",
        "data.languages": "Captions are in English (70 %) and French (24 %), with German, Spanish and Italian in small proportions.",
        "data.other_characteristics": "Faces of identifiable private persons were blurred or the images removed.",
        "public_datasets.used": "yes",
        "public_datasets.modalities": ["image", "text"],
        "public_datasets.large": [
            _ds("DataComp-1B", "https://huggingface.co/datasets/mlfoundations/datacomp_1b"),
            _ds("PD12M", "https://huggingface.co/datasets/Spawning/PD12M"),
        ],
        "public_datasets.other_description": "Open collections of public-domain artworks released by museums (collected 2015–2025) and openly licensed images from Wikimedia Commons.",
        "licensed_data.used": "yes",
        "licensed_data.modalities": ["image", "text"],
        "private_datasets.used": "no",
        **_no_follow("private_datasets."),
        "crawling.used": "yes",
        "crawling.crawlers": S(
            ["AureliaBot", "AureliaImageFetcher"], "AureliaBot, AureliaImageFetcher"
        ),
        "crawling.purposes": "Discovering openly licensed and public images and their captions for training Aurelia image models.",
        "crawling.behaviour": "Both crawlers obey robots.txt, including rules for the AureliaBot token, skip pages behind logins or paywalls, never solve captchas, and do not download images marked with the noai or noimageai meta tags.",
        "crawling.period": S({"from": None, "to": "2026-03"}, "Up to March 2026"),
        "crawling.content_description": "Photography portfolios, museum and library websites, design blogs, e-commerce product pages and public-sector image libraries, mainly from France and other EU countries.",
        "crawling.modalities": ["image", "text"],
        "crawling.top_domains": S(
            [],
            "Museum collections, photography communities and product catalogues (summary by category; whether a given domain was crawled can be checked through our request form).",
        ),
        "user_data.from_model_interactions": "no",
        "user_data.from_other_services": "no",
        "synthetic_data.used": "yes",
        "synthetic_data.modalities": ["image"],
        "synthetic_data.generator_models": "Aurelia Canvas 2 (summary: https://trust.aurelia-dynamics.fr/summaries/canvas-2)",
        "synthetic_data.other_models": S(None, "N/A"),
        "other_sources.used": "no",
        "other_sources.description": S(None, "N/A"),
        "tdm.code_of_practice_signatory": "yes",
        "tdm.measures": "We honour robots.txt, the TDMRep protocol and the noai and noimageai meta tags, and we remove images listed in the Do Not Train registry. Licensed agencies warrant that their rightsholders have not opted out.",
        "illegal_content.measures": "Hash matching against known child sexual abuse material, classifiers for sexual and violent content, and removal of images from sites on the EU Counterfeit and Piracy Watch List.",
        "other_information": S(None, "N/A"),
    },
    notes={
        "modalities.text.selected": "All ticks are <input type=\"checkbox\" disabled> elements; the chosen ones carry the 'checked' attribute.",
        "crawling.period": "Written 'Up to March 2026' -> from null, to 2026-03.",
        "crawling.crawlers": "Written 'AureliaBot, AureliaImageFetcher'.",
    },
)
D7.f.update(_no_follow("user_data.", **{}))
D7.f["user_data.from_model_interactions"] = "no"
D7.f["user_data.from_other_services"] = "no"

# ---------------------------------------------------------------------------
# 8. Tidewell Robotics B.V. (HTML tables; ✔ cell next to the size range)
# ---------------------------------------------------------------------------
D8 = Doc(
    name="h08_tidewell_atlasvl2",
    fmt="html",
    f={
        "document.version": "2",
        "document.last_update": S("2026-08-03", "3 August 2026"),
        "provider.name": "Tidewell Robotics B.V.",
        "provider.contact": "Wilhelminakade 91, 3072 AP Rotterdam, the Netherlands – ai-compliance@tidewell.nl",
        "provider.authorised_representative": S(None, "N/A"),
        "model.names": ["Atlas-VL 2"],
        "model.dependencies": "Atlas-VL 2 is fine-tuned from Veltria Core 2.1-34B by Veltria Systems GmbH (public summary: https://veltria-systems.eu/ai-act/core-2-1-summary.pdf).",
        "model.placement_date": S("2026-07-30", "30 July 2026"),
        "modalities.text.selected": "yes",
        "modalities.text.size": "1b_to_10t_tokens",
        "modalities.text.content": "Robot task instructions, technical manuals, summaries of safety standards and descriptions of manipulation tasks.",
        "modalities.image.selected": "yes",
        "modalities.image.size": "1m_to_1b_images",
        "modalities.image.content": "Camera frames from robot workcells, warehouse photographs and annotated object images.",
        **_unselected("audio"),
        "modalities.video.selected": "yes",
        "modalities.video.size": "10k_to_1m_hours",
        "modalities.video.content": "Egocentric and fixed-camera videos of manipulation tasks recorded in Tidewell and customer facilities.",
        "modalities.other.selected": "yes",
        "modalities.other.content": "Robot proprioception and force-torque sensor logs, approximately 2.1 billion timesteps.",
        "data.latest_collection_date": S(
            "2026-05",
            "05/2026. Atlas-VL 2 is not continuously trained; updates are released as new versions.",
        ),
        "data.continuous_training": "no",
        "data.languages": "Instructions are in English and Dutch; some manuals are in German.",
        "data.other_characteristics": "Most visual data was recorded indoors in logistics and manufacturing environments in the Netherlands and Germany.",
        "public_datasets.used": "yes",
        "public_datasets.modalities": ["image", "text", "video"],
        "public_datasets.large": [
            _ds("Open X-Embodiment", "https://robotics-transformer-x.github.io"),
            _ds("Ego4D", "https://ego4d-data.org"),
            _ds("DROID", "https://droid-dataset.github.io"),
        ],
        "public_datasets.other_description": "Smaller public robotics and object-recognition datasets released by universities between 2016 and 2025, containing images, videos and sensor data.",
        "licensed_data.used": "no",
        "licensed_data.modalities": [],
        "private_datasets.used": "yes",
        "private_datasets.modalities": ["video"],
        "private_datasets.listed": S([], "None publicly known"),
        "private_datasets.description": "Video recordings of warehouse operations obtained from logistics partners under data-sharing agreements; people visible in the footage were blurred before delivery.",
        "crawling.used": "yes",
        "crawling.crawlers": ["TidewellBot"],
        "crawling.purposes": "Downloading publicly available technical manuals and product datasheets for robot instruction data.",
        "crawling.behaviour": "TidewellBot respects robots.txt and crawl-delay, identifies itself with the TidewellBot user agent and does not access password-protected, paywalled or captcha-protected content.",
        "crawling.period": S({"from": "2024-02", "to": "2025-12"}, "From 02/2024 to 12/2025"),
        "crawling.content_description": "Manufacturer websites, product catalogues and technical documentation portals, in English, Dutch and German.",
        "crawling.modalities": ["image", "text"],
        "crawling.top_domains": S(
            [], "Manufacturer and distributor websites (category-level summary)."
        ),
        "user_data.from_model_interactions": "yes",
        "user_data.from_other_services": "yes",
        "user_data.description": "Operator corrections and task demonstrations recorded through the Tidewell Fleet console by customers who opted in.",
        "user_data.modalities": ["other", "video"],
        "synthetic_data.used": "yes",
        "synthetic_data.modalities": ["image", "video"],
        "synthetic_data.generator_models": S(None, "-"),
        "synthetic_data.other_models": "Our internal simulation and video generation pipeline (not on the market) rendered synthetic manipulation scenes; its generation model was trained on our own recorded robot videos.",
        "other_sources.used": "yes",
        "other_sources.description": "Demonstrations recorded by Tidewell employees operating robots in our Rotterdam laboratory.",
        "tdm.code_of_practice_signatory": "no",
        "tdm.measures": "TidewellBot respects robots.txt. We do not use public datasets whose licences prohibit model training, and we honour TDMRep declarations found on crawled sites.",
        "illegal_content.measures": "Footage is screened with classifiers for violent and sexual content; crawled text is filtered with domain blocklists.",
        "other_information": S(None, "-"),
    },
    notes={
        "modalities.text.size": "The 1.3 table has one row per size range; the chosen range has '✔' in the cell next to it.",
        "modalities.other.selected": "Other row selected: robot sensor logs (size given in timesteps inside the content text).",
        "user_data.modalities": "Written 'Video, Other (sensor logs)'.",
        "public_datasets.used": "All yes/no answers are words in table cells.",
    },
)

# ---------------------------------------------------------------------------
# 9. Heliodor Open Models e.V. (Markdown data card)
# ---------------------------------------------------------------------------
D9 = Doc(
    name="h09_heliodor_DATACARD",
    fmt="md",
    f={
        "document.version": "1.0",
        "document.last_update": S("2026-01-19", "2026-01-19"),
        "provider.name": "Heliodor Open Models e.V.",
        "provider.contact": "Oranienstraße 185, 10999 Berlin, Germany · summary@heliodor.org",
        "provider.authorised_representative": S(None, "N/A"),
        "model.names": ["Heliodor-1.5-3B", "Heliodor-1.5-3B-Instruct"],
        "model.dependencies": S(None, "None"),
        "model.placement_date": S("2026-01-20", "20 January 2026"),
        "modalities.text.selected": "yes",
        "modalities.text.size": S(
            "1b_to_10t_tokens", "approximately 2.3 trillion tokens (after deduplication)"
        ),
        "modalities.text.content": "Educational web text, Wikipedia, public-domain books, mathematics and permissively licensed source code.",
        **_unselected("image"),
        **_unselected("audio"),
        **_unselected("video"),
        **_unselected("other"),
        "data.latest_collection_date": S("2025-07", "07/2025"),
        "data.continuous_training": "unknown",
        "data.languages": "English (74 %), German (9 %), French (5 %), Spanish (4 %) and programming languages (8 %).",
        "data.other_characteristics": S(None, "N/A"),
        "public_datasets.used": "yes",
        "public_datasets.modalities": ["text"],
        "public_datasets.large": [
            _ds("FineWeb-Edu", "https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu"),
            _ds("FineWeb-2", "https://huggingface.co/datasets/HuggingFaceFW/fineweb-2"),
            _ds("The Stack v2", "https://huggingface.co/datasets/bigcode/the-stack-v2"),
            _ds("Wikipedia", "https://huggingface.co/datasets/wikimedia/wikipedia"),
            _ds("PG-19", "https://huggingface.co/datasets/deepmind/pg19"),
        ],
        "public_datasets.other_description": "Open mathematics datasets (OpenWebMath, FineMath) and small instruction datasets released under permissive licences between 2023 and 2025.",
        "licensed_data.used": "no",
        **_no_follow("licensed_data."),
        "private_datasets.used": "no",
        **_no_follow("private_datasets."),
        "crawling.used": "no",
        **_no_follow("crawling."),
        "user_data.from_model_interactions": "no",
        "user_data.from_other_services": "no",
        "synthetic_data.used": "yes",
        "synthetic_data.modalities": ["text"],
        "synthetic_data.generator_models": "Heliodor-1-7B-Instruct (summary: https://heliodor.org/eu/heliodor-1-summary)",
        "synthetic_data.other_models": S(None, "N/A"),
        "other_sources.used": "no",
        "other_sources.description": S(None, "N/A"),
        "tdm.code_of_practice_signatory": "no",
        "tdm.measures": "We rely on the opt-out handling of the upstream datasets: FineWeb-Edu and FineWeb-2 respect robots.txt at crawl time, and The Stack v2 honours the Am I In The Stack opt-out. We additionally removed documents from domains that blocked common AI crawlers in robots.txt as of June 2025.",
        "illegal_content.measures": "We rely on the URL blocklists of the upstream datasets and apply a personal-data scrubber and a toxicity classifier.",
        "other_information": "All training code and data-processing scripts are published at https://github.com/heliodor-org/heliodor-train.",
    },
    notes={
        "modalities.text.size": "No range ticked; written 'approximately 2.3 trillion tokens (after deduplication)' -> 1b_to_10t_tokens.",
        "modalities.image.selected": "The 1.3 table has only a Text row; the other rows were deleted -> no.",
        "data.continuous_training": "Not stated -> unknown.",
        "public_datasets.large": "Markdown links '- [Name](url)'.",
    },
)
D9.f.update(_no_follow("user_data.", **{}))
D9.f["user_data.from_model_interactions"] = "no"
D9.f["user_data.from_other_services"] = "no"
D9.f.update(_no_follow("crawling.", **{}))
D9.f.update(_no_follow("licensed_data.", **{}))
D9.f["licensed_data.used"] = "no"

# ---------------------------------------------------------------------------
# 10. Acme Cognitive Systems Oy (plain-text e-mail export, CAPITAL labels)
# ---------------------------------------------------------------------------
D10 = Doc(
    name="h10_acme_sisu2_export",
    fmt="txt",
    f={
        "document.version": "1.2",
        "document.last_update": S("2026-05-04", "2026-05-04"),
        "provider.name": "Acme Cognitive Systems Oy",
        "provider.contact": "Mannerheimintie 12 B, 00100 Helsinki, Finland, ai-act@acmecognitive.fi",
        "provider.authorised_representative": S(None, "N/A"),
        "model.names": S(["Acme Sisu 2", "Acme Sisu 2 Vision"], "Acme Sisu 2; Acme Sisu 2 Vision"),
        "model.dependencies": S(None, "None"),
        "model.placement_date": S("2026-05", "May 2026"),
        "modalities.text.selected": "yes",
        "modalities.text.size": S("1b_to_10t_tokens", "approx. 850 billion tokens"),
        "modalities.text.content": "Finnish, Swedish and English web text, news, public-sector documents, books and code.",
        "modalities.image.selected": "yes",
        "modalities.image.size": S("1m_to_1b_images", "about 35 million images"),
        "modalities.image.content": "Photographs and scanned documents with captions, mostly from Finnish sources.",
        **_unselected("audio"),
        **_unselected("video"),
        **_unselected("other"),
        "data.latest_collection_date": S(
            "2025-02", "February 2025 (no continuous training after this date)"
        ),
        "data.continuous_training": "no",
        "data.languages": "Finnish 45 %, English 35 %, Swedish 15 %, other EU languages 5 %.",
        "data.other_characteristics": "Includes older Finnish texts (1800-1950) digitised by public libraries.",
        "public_datasets.used": "yes",
        "public_datasets.modalities": ["image", "text"],
        "public_datasets.large": [
            _ds("FineWeb-2", "https://huggingface.co/datasets/HuggingFaceFW/fineweb-2"),
            _ds("HPLT v2.0", "https://hplt-project.org/datasets/v2.0"),
        ],
        "public_datasets.other_description": "Finnish open government data and Wikipedia dumps (Finnish and Swedish editions), collected 2020-2025.",
        "licensed_data.used": "yes",
        "licensed_data.modalities": ["text"],
        "private_datasets.used": "no",
        **_no_follow("private_datasets."),
        "crawling.used": "yes",
        "crawling.crawlers": S(["AcmeBot/1.2", "AcmeImageBot"], "AcmeBot/1.2 and AcmeImageBot"),
        "crawling.purposes": "AcmeBot/1.2 collects text and AcmeImageBot collects images with captions for pre-training.",
        "crawling.behaviour": "Both crawlers respect robots.txt, do not log in, do not solve captchas and do not bypass paywalls; the request rate is limited to one page per second per host.",
        "crawling.period": S(
            {"from": "2023-03", "to": "2025-01"}, "Between March 2023 and January 2025"
        ),
        "crawling.content_description": "Finnish and Swedish news, public broadcasters, legislation, municipal websites, forums and image archives.",
        "crawling.modalities": ["image", "text"],
        "crawling.top_domains": S(
            ["wikipedia.org", "yle.fi", "hs.fi", "finlex.fi", "wikimedia.org", "flickr.com"],
            "fi.wikipedia.org, yle.fi, areena.yle.fi, www.hs.fi, finlex.fi, sv.wikipedia.org, commons.wikimedia.org, www.flickr.com",
        ),
        "user_data.from_model_interactions": "no",
        "user_data.from_other_services": "no",
        "synthetic_data.used": "no",
        "other_sources.used": "yes",
        "other_sources.description": "Scans of out-of-commerce Finnish books digitised by Acme in cooperation with a public library.",
        "tdm.code_of_practice_signatory": "yes",
        "tdm.measures": "AcmeBot/1.2 and AcmeImageBot honour robots.txt and TDMRep. Licensed publishers confirm in their contracts that no reservation applies, and we remove public-dataset documents from domains on our opt-out list.",
        "illegal_content.measures": "URL blocklists, hash matching for known child sexual abuse material and a Finnish-language classifier for illegal hate speech and terrorist content.",
        "other_information": S(None, "N/A"),
    },
    notes={
        "model.placement_date": "Written 'May 2026'.",
        "modalities.text.size": "Written 'approx. 850 billion tokens' -> 1b_to_10t_tokens.",
        "modalities.image.size": "Written 'about 35 million images' -> 1m_to_1b_images.",
        "crawling.crawlers": "Written 'AcmeBot/1.2 and AcmeImageBot'.",
        "crawling.period": "Written 'Between March 2023 and January 2025'.",
        "crawling.top_domains": "Subdomains reduced to registrable domains, deduplicated (fi./sv.wikipedia.org, yle.fi/areena.yle.fi).",
    },
)
D10.f.update(_no_follow("user_data.", **{}))
D10.f["user_data.from_model_interactions"] = "no"
D10.f["user_data.from_other_services"] = "no"
D10.f.update(_no_follow("synthetic_data.", **{}))

DOCS: list[Doc] = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10]
