"""The fictional summaries of the corpus and the documents rendered from them."""

from __future__ import annotations

from dataclasses import replace

from spec_types import (
    Dataset,
    Date,
    DocumentSpec,
    Domain,
    Layout,
    Modality,
    Period,
    Summary,
)

NO_ROW = Modality()

# ---------------------------------------------------------------- Cadenza-2 (music)

CADENZA = Summary(
    title_model="Cadenza-2",
    version="1.0",
    last_update=Date(2026, 3, 16),
    provider_name="Harmonia Labs GmbH",
    provider_contact="Schlesische Straße 27, 10997 Berlin, Germany; ai-act@harmonia-labs.example",
    authorised_rep="N/A",
    model_names=("Cadenza-2", "Cadenza-2-Mini"),
    dependencies="None",
    placement_date=Date(2026, 3, 2),
    modalities={
        "text": Modality(
            "yes",
            "lt_1b_tokens",
            "Song lyrics, track titles, genre tags and free-text descriptions of musical pieces, "
            "used as conditioning captions.",
        ),
        "image": NO_ROW,
        "audio": Modality(
            "yes",
            "10k_to_1m_hours",
            "Instrumental and vocal music recordings across popular, classical, jazz and "
            "traditional genres, isolated instrument stems and a small share of sound effects.",
        ),
        "video": NO_ROW,
        "other": NO_ROW,
    },
    latest_collection=Date(2025, 11, style="my"),
    continuous="no",
    continuous_statement="The model is not continuously trained on new data after this date.",
    languages="Lyrics and captions are mainly in English and German, with smaller shares in "
    "French, Spanish, Italian and Portuguese. Vocal recordings follow the same language mix.",
    other_characteristics="About 60% of the recordings are by European artists. Western popular "
    "music is over-represented compared with other musical traditions.",
    size_comment="Audio hours are counted after silence trimming; text tokens use the Cadenza "
    "caption tokenizer.",
    public_used="yes",
    public_modalities=("audio", "text"),
    public_large=(
        Dataset("Free Music Archive (FMA), full release", "https://github.com/mdeff/fma"),
        Dataset("MTG-Jamendo", "https://mtg.github.io/mtg-jamendo-dataset/"),
        Dataset("MusicCaps", "https://www.kaggle.com/datasets/googleai/musiccaps"),
    ),
    public_other="Smaller Creative Commons sound-effect and field-recording collections "
    "(audio, collected 2010 to 2024) and public-domain sheet-music transcriptions (text). No "
    "personal data is known to be included.",
    licensed_used="yes",
    licensed_modalities=("audio", "text"),
    private_used="no",
    crawl_used="no",
    user_model="no",
    user_other="no",
    synth_used="yes",
    synth_modalities=("text",),
    synth_generators="Mistral Small 3.1, used to write captions for recordings that had no "
    "description.",
    synth_other_models="An internal audio-tagging model (not on the market) produced genre and "
    "instrument labels. It was trained on the licensed catalogue only.",
    other_used="yes",
    other_description="Studio recordings commissioned from session musicians under "
    "work-for-hire contracts (about 4 000 hours, recorded between 2024 and 2025).",
    cop_signatory="yes",
    tdm_measures="We honour robots.txt, the TDM Reservation Protocol (TDMRep) and the opt-out "
    "flags in the ISRC metadata supplied by our licensors. Public datasets were filtered "
    "against our opt-out registry before training.",
    tdm_comment="Our copyright policy is published at https://harmonia-labs.example/policy.",
    illegal_measures="Recordings were screened with audio fingerprinting against the "
    "catalogues of rights holders who reserved their rights. Lyrics were filtered with keyword "
    "lists and a toxicity classifier.",
    other_information="Rights holders can ask whether their recordings were used by writing to "
    "optout@harmonia-labs.example.",
)

# ---------------------------------------------------------------- Lumen-7B (text LLM)

LUMEN = Summary(
    title_model="Lumen-7B",
    version="V1.1",
    last_update=Date(2025, 12, 31, style="dmy_dots"),
    provider_name="Lumen Research Consortium",
    provider_contact="c/o University of Eastmarch, Kaivokatu 8, 00100 Helsinki, Finland; "
    "lumen@eastmarch-university.example",
    authorised_rep="N/A",
    model_names=("Lumen-7B", "Lumen-7B-Instruct"),
    dependencies="N/A",
    placement_date=Date(2025, 10, 1, style="dmy_dots"),
    modalities={
        "text": Modality(
            "yes",
            "1b_to_10t_tokens",
            "Web pages, encyclopaedic articles, scientific abstracts, public-domain books, "
            "parliamentary proceedings and permissively licensed source code.",
        ),
        "image": NO_ROW,
        "audio": NO_ROW,
        "video": NO_ROW,
        "other": NO_ROW,
    },
    latest_collection=Date(2025, 5, style="my"),
    languages="All 24 official EU languages. English makes up about 35% of the tokens; "
    "Finnish, Estonian, Swedish and German each between 5% and 8%. Source code covers 40 "
    "programming languages.",
    other_characteristics="N/A",
    public_used="yes",
    public_modalities=("text",),
    public_large=(
        Dataset("FineWeb-2", "https://huggingface.co/datasets/HuggingFaceFW/fineweb-2"),
        Dataset("The Stack v2", "https://huggingface.co/datasets/bigcode/the-stack-v2"),
        Dataset("Wikipedia dumps (20250301)", "https://dumps.wikimedia.org/"),
        Dataset("Europarl v10", "https://www.statmt.org/europarl/"),
    ),
    public_other="Project Gutenberg books in the public domain, the EUR-Lex corpus of EU "
    "legislation and arXiv abstracts (text; collected 2023 to 2025). These may contain "
    "personal data of authors.",
    licensed_used="no",
    private_used="no",
    crawl_used="yes",
    crawlers=("LumenCrawler/1.0",),
    crawl_purposes="Collect public-sector and educational web pages in under-resourced EU "
    "languages.",
    crawl_behaviour="LumenCrawler respects robots.txt, crawl-delay and noindex. It does not "
    "bypass paywalls, logins or CAPTCHAs and sends at most one request per second per host.",
    crawl_period=Period(Date(2024, 9, style="my"), Date(2025, 3, style="my")),
    crawl_content="Pages from government portals, university websites and cultural heritage "
    "institutions, in Finnish, Estonian, Latvian and Lithuanian.",
    crawl_modalities=("text",),
    top_domains=(
        Domain("www.example-valtio.fi", "example-valtio.fi"),
        Domain("opinnot.example-edu.ee", "example-edu.ee"),
        Domain("https://www.example-museum.lv/", "example-museum.lv"),
        Domain("example-library.lt", "example-library.lt"),
    ),
    user_model="no",
    user_other="no",
    synth_used="yes",
    synth_modalities=("text",),
    synth_generators="N/A",
    synth_other_models="Preview checkpoints of Lumen-7B-Instruct (not on the market) generated "
    "question-answer pairs from Wikipedia articles for instruction tuning.",
    other_used="no",
    cop_signatory="no",
    tdm_measures="Only data collected in compliance with robots.txt was used. Documents carrying "
    "TDMRep or ai.txt reservations were removed from the public datasets before training.",
    illegal_measures="URL blocklists of known illegal sites, keyword filters and a multilingual "
    "toxicity classifier. Personal data such as e-mail addresses and phone numbers was masked.",
    other_information="N/A",
)

# ---------------------------------------------------------------- Pixelforge Canvas 3 (image)

PIXELFORGE = Summary(
    title_model="Pixelforge Canvas 3",
    version="v2",
    last_update=Date(2026, 7, 24, style="mdy_long"),
    provider_name="Pixelforge SAS",
    provider_contact="12 rue de la Charité, 69002 Lyon, France; dpo@pixelforge.example",
    authorised_rep="N/A",
    model_names=("Pixelforge Canvas 3", "Pixelforge Canvas 3 Turbo"),
    dependencies="N/A",
    placement_date=Date(2026, 6, 30, style="mdy_long"),
    modalities={
        "text": Modality(
            "yes",
            "1b_to_10t_tokens",
            "Image captions and alt texts, and short style descriptions written by annotators.",
        ),
        "image": Modality(
            "yes",
            "1m_to_1b_images",
            "Licensed stock photography, illustrations, public-domain artworks from museum "
            "collections and product photos.",
        ),
        "audio": NO_ROW,
        "video": NO_ROW,
        "other": NO_ROW,
    },
    latest_collection=Date(2025, 9, style="month_year"),
    continuous="no",
    continuous_statement="The model is not trained on new data after this date.",
    languages="Captions are in English (about 80%), French, German and Spanish.",
    other_characteristics="Images show people from many regions, but Europe and North America "
    "are over-represented.",
    public_used="yes",
    public_modalities=("image", "text"),
    public_large=(
        Dataset("Re-LAION-2B-en research-safe", "https://laion.ai/blog/relaion-5b/"),
        Dataset("COYO-700M", "https://github.com/kakaobrain/coyo-dataset"),
        Dataset("Open Images V7", "https://storage.googleapis.com/openimages/web/"),
    ),
    public_other="Wikimedia Commons images under free licences and their descriptions (image "
    "and text, collected 2024).",
    licensed_used="yes",
    licensed_modalities=("image", "text"),
    private_used="yes",
    private_modalities=("image",),
    private_listed=("Archives Photographiques du Rhône (digitised press photographs)",),
    private_description="Digitised press photographs from 1950 to 1999 bought from a private "
    "archive broker. They show identifiable people (personal data).",
    crawl_used="yes",
    crawlers=("PixelforgeBot",),
    crawl_purposes="Collecting openly licensed images and their alt-text captions.",
    crawl_behaviour="PixelforgeBot respects robots.txt for its own and the * user agent, does "
    "not log in, does not bypass paywalls or CAPTCHAs and stops crawling a host after three "
    "errors.",
    crawl_period=Period(Date(2024, 2, style="my"), Date(2025, 8, style="my")),
    crawl_content="Photo-sharing sites, design portfolios, museum collections and public-domain "
    "archives, mostly European and North American.",
    crawl_modalities=("image", "text"),
    top_domains=(
        Domain("www.example-photos.fr", "example-photos.fr"),
        Domain("portfolio.example-design.com", "example-design.com"),
        Domain("collections.example-musee.fr", "example-musee.fr"),
        Domain("archive.example-photos.fr", "example-photos.fr"),
        Domain("www.Example-Artbase.ORG", "example-artbase.org"),
    ),
    user_model="no",
    user_other="yes",
    user_description="Images uploaded to the Pixelforge Studio web editor by users who opted "
    "in to help improve our models.",
    user_modalities=("image",),
    synth_used="yes",
    synth_modalities=("image",),
    synth_generators="N/A",
    synth_other_models="Pixelforge Canvas 2, our earlier model now withdrawn from the market, "
    "generated 20 million synthetic images of rare object categories.",
    other_used="no",
    cop_signatory="yes",
    tdm_measures="We honour robots.txt, the TDMRep protocol (tdm-reservation headers and "
    "tdmrep.json) and the IPTC Data Mining property in image metadata. Images with a "
    "reservation are removed before training.",
    illegal_measures="Hash matching against known CSAM lists, an NSFW classifier, logo and "
    "watermark detection to remove unlicensed brand content, and a blocklist of piracy domains.",
    other_information="Rights holders can ask whether their domain was crawled using the form at "
    "https://pixelforge.example/optout.",
)

PIXELFORGE_NUMBERS = replace(
    PIXELFORGE,
    modalities={
        **PIXELFORGE.modalities,
        "text": replace(
            PIXELFORGE.modalities["text"], size_written="About 19 billion tokens of captions"
        ),
        "image": replace(PIXELFORGE.modalities["image"], size_written="479 million images"),
    },
)

# ---------------------------------------------------------------- Northwind Omni-1 (multimodal)

NORTHWIND = Summary(
    title_model="Northwind Omni-1",
    version="2.1 (previous version: https://northwind.example/summaries/omni-1-v2.0)",
    last_update=Date(2026, 7, 24),
    provider_name="Northwind AI Ltd",
    provider_contact="1 Canal Side, London N1 9AA, United Kingdom; eu-summary@northwind.example",
    authorised_rep="Northwind AI Europe B.V., Keizersgracht 100, 1015 AA Amsterdam, "
    "Netherlands; eu-rep@northwind.example",
    model_names=("Northwind Omni-1", "Northwind Omni-1 Mini", "Northwind Omni-1 Audio"),
    dependencies="N/A",
    placement_date=Date(2026, 7, 15),
    modalities={
        "text": Modality(
            "yes",
            "gt_10t_tokens",
            "Web pages, books, news articles, scientific papers, source code, forum discussions, "
            "transcripts and licensed reference works.",
        ),
        "image": Modality(
            "yes",
            "gt_1b_images",
            "Photographs, illustrations, diagrams, screenshots, scanned documents and images "
            "posted on public websites.",
        ),
        "audio": Modality(
            "yes",
            "10k_to_1m_hours",
            "Speech from podcasts, audiobooks and radio, licensed music and environmental sounds.",
        ),
        "video": Modality(
            "yes",
            "10k_to_1m_hours",
            "Licensed films and TV programmes, instructional videos and short clips from public "
            "video platforms.",
        ),
        "other": Modality(
            "yes", None, "3D object meshes and time-series data from industrial sensors."
        ),
    },
    other_size="3D meshes: about 2 million objects; sensor data: about 40 billion samples",
    latest_collection=Date(2026, 3, style="my"),
    continuous="yes",
    continuous_statement="The model is continuously trained on new data after this date; this "
    "Summary is updated every six months.",
    languages="Over 100 languages, including all 24 official EU languages. English makes up "
    "about 55% of the text.",
    other_characteristics="Speech data covers a broad range of accents. Recordings of children "
    "were excluded.",
    public_used="yes",
    public_modalities=("text", "image", "audio", "video"),
    public_large_intro="Each dataset below exceeds 3% of the public data of its modality:",
    public_large=(
        Dataset("Common Crawl (CC-MAIN-2025-08)", "https://commoncrawl.org/"),
        Dataset("FineWeb", "https://huggingface.co/datasets/HuggingFaceFW/fineweb"),
        Dataset("Common Voice 17.0", "https://commonvoice.mozilla.org/datasets"),
        Dataset("HowTo100M", "https://www.di.ens.fr/willow/research/howto100m/"),
    ),
    public_other="Open-licence image collections, public-domain books, open government data and "
    "permissively licensed source code (text, image, audio and video; collected 2019 to 2025). "
    "Some datasets contain personal data and copyright-protected content.",
    licensed_used="yes",
    licensed_modalities=("text", "image", "audio", "video"),
    private_used="yes",
    private_modalities=("text",),
    private_listed_empty="None of these datasets are publicly known.",
    private_description="Transcribed customer-service dialogues and annotated technical manuals "
    "bought from data brokers. Text, mainly English and German; personal data was pseudonymised "
    "by the broker.",
    crawl_used="yes",
    crawlers=("NorthwindBot", "NorthwindBot-Image"),
    crawl_purposes="Collect publicly accessible web pages, images and videos to train "
    "Northwind's models.",
    crawl_behaviour="NorthwindBot follows robots.txt rules for its user-agent token, honours "
    "crawl-delay, skips pages behind logins or paywalls and does not solve CAPTCHAs.",
    crawl_period=Period(Date(2024, 1, style="my"), Date(2025, 6, style="my")),
    crawl_content="News sites, blogs, forums, recipe sites, encyclopaedias, public video "
    "platforms and government portals, with a focus on English, French, German and Spanish "
    "content.",
    crawl_modalities=("text", "image", "video"),
    top_domains_intro="Top domains by volume of content used for training:",
    top_domains=(
        Domain("www.example-news.co.uk", "example-news.co.uk"),
        Domain("forum.example-community.org", "example-community.org"),
        Domain("example-recipes.com", "example-recipes.com"),
        Domain("www.example-wiki.fr", "example-wiki.fr"),
        Domain("video.example-tube.net", "example-tube.net"),
        Domain("sport.example-news.co.uk", "example-news.co.uk"),
        Domain("www.example-regierung.de", "example-regierung.de"),
        Domain("blog.example-tech.io", "example-tech.io"),
    ),
    crawl_comment="The full list of the top 10% of domains (48 210 domains) can be downloaded "
    "at https://northwind.example/domains.csv.",
    user_model="yes",
    user_other="no",
    user_description="Prompts and responses from users of the Northwind Chat app who did not "
    "opt out of model training. Enterprise and API traffic is excluded.",
    user_modalities=("text", "image"),
    synth_used="yes",
    synth_modalities=("text", "image"),
    synth_generators="Northwind Omni-0.9 (Summary: https://northwind.example/s/omni-0-9)",
    synth_other_models="Unreleased reward models, trained on human preference data, scored "
    "synthetic responses.",
    other_used="yes",
    other_description="Human-written demonstrations and preference rankings from contracted "
    "annotators, and public-domain books that we digitised in-house.",
    cop_signatory="yes",
    tdm_measures="NorthwindBot honours robots.txt and the TDMRep protocol. We also honour the "
    "noai and noimageai meta tags and the IETF AI preferences vocabulary where present. For "
    "third-party datasets we rely on the opt-out filtering of their publishers.",
    illegal_measures="Blocklists of domains known for CSAM, terrorist content and piracy; "
    "perceptual hash matching; text classifiers for hate speech and personal data.",
    other_information="Rights holders may ask whether content from specific domains was used at "
    "https://northwind.example/ask.",
)

NORTHWIND_15 = replace(
    NORTHWIND,
    title_model="Northwind Omni-1.5",
    version="1.0",
    model_names=("Northwind Omni-1.5",),
    crawlers=(),
    crawlers_empty="N/A",
    crawl_period=Period(None, Date(2026, 6, style="month_year"), style="up_to"),
    top_domains=(),
    top_domains_intro=None,
    top_domains_text="News sites, forums, blogs, encyclopaedias, recipe sites, public video "
    "platforms and government portals in Europe and North America.",
    crawl_comment=None,
)

# ---------------------------------------------------------------- Tessera Code 2 (code)

TESSERA = Summary(
    title_model="Tessera Code 2",
    version="1",
    last_update=Date(2026, 2, 3, style="dmy_long"),
    provider_name="Tessera Systems Oy",
    provider_contact="Hämeenkatu 20, 33200 Tampere, Finland; compliance@tessera.example",
    authorised_rep="N/A",
    model_names=("Tessera Code 2",),
    dependencies="Fine-tuned from Lumen-7B (Lumen Research Consortium). Summary of the base "
    "model: https://lumen.example/summary",
    placement_date=Date(2026, 2, 2, style="dmy_long"),
    modalities={
        "text": Modality(
            "yes",
            "lt_1b_tokens",
            "Source code, commit messages, issue discussions and technical documentation.",
        ),
        "image": NO_ROW,
        "audio": NO_ROW,
        "video": NO_ROW,
        "other": NO_ROW,
    },
    latest_collection=Date(2026, 1, style="my"),
    continuous="no",
    continuous_statement="Tessera Code 2 is not continuously trained after this date.",
    languages="English code comments and documentation, with small amounts of Finnish and "
    "Swedish documentation. About 30 programming languages.",
    other_characteristics="N/A",
    public_used="yes",
    public_modalities=("text",),
    public_large=(
        Dataset("The Stack v2 (dedup)", "https://huggingface.co/datasets/bigcode/the-stack-v2"),
        Dataset("CodeSearchNet", "https://github.com/github/CodeSearchNet"),
        Dataset("OpenCodeReasoning", "https://huggingface.co/datasets/nvidia/OpenCodeReasoning"),
    ),
    public_other="Permissively licensed programming tutorials and Q&A dumps (text, collected 2022 "
    "to 2025).",
    licensed_used="no",
    private_used="no",
    crawl_used="yes",
    crawlers=("TesseraDocsBot",),
    crawl_purposes="Fetch current documentation of programming languages and frameworks.",
    crawl_behaviour="TesseraDocsBot obeys robots.txt and crawl-delay, only fetches pages "
    "linked from documentation start pages and never submits forms.",
    crawl_period=Period(Date(2025, style="year"), Date(2026, style="year")),
    crawl_content="Official documentation sites of open-source projects and programming "
    "languages, in English.",
    crawl_modalities=("text",),
    top_domains=(
        Domain("docs.example-framework.dev", "example-framework.dev"),
        Domain("www.example-lang.org", "example-lang.org"),
        Domain("wiki.example-distro.org", "example-distro.org"),
    ),
    user_model="no",
    user_other="no",
    synth_used="yes",
    synth_modalities=("text",),
    synth_generators="Lumen-7B-Instruct, used to write unit tests for public code.",
    synth_other_models="N/A",
    other_used="no",
    cop_signatory="yes",
    tdm_measures="Repositories whose licence or README reserves text and data mining rights were "
    "excluded. TesseraDocsBot honours robots.txt and TDMRep. For The Stack v2 we rely on the "
    "Am I in The Stack opt-out process.",
    illegal_measures="Secrets and credentials were removed with a secret scanner; malware samples "
    "were removed with antivirus signatures.",
    other_information="N/A",
)

# ---------------------------------------------------------------- Aurora-13B (Italian)

AURORA = Summary(
    title_model="Aurora-13B",
    version="1.0",
    last_update=Date(2026, 5, 20),
    provider_name="Lucciola AI S.r.l.",
    provider_contact="Via dei Mille 15, 20129 Milano, Italia; privacy@lucciola.example",
    authorised_rep="N/A",
    model_names=("Aurora-13B", "Aurora-13B-Chat"),
    dependencies="N/A",
    placement_date=Date(2026, 5, 12),
    modalities={
        "text": Modality(
            "yes",
            "1b_to_10t_tokens",
            "Pagine web, articoli di giornale, testi giuridici e amministrativi, libri di "
            "pubblico dominio e codice sorgente.",
        ),
        "image": NO_ROW,
        "audio": NO_ROW,
        "video": NO_ROW,
        "other": NO_ROW,
    },
    latest_collection=Date(2025, 12, style="my"),
    continuous="no",
    continuous_statement="Il modello non viene addestrato su nuovi dati dopo tale data.",
    languages="Italiano (circa il 60% dei token), inglese, francese, spagnolo e tedesco.",
    other_characteristics="I testi giuridici riguardano soprattutto la normativa italiana ed "
    "europea.",
    public_used="yes",
    public_modalities=("text",),
    public_large=(
        Dataset("CulturaX (it)", "https://huggingface.co/datasets/uonlp/CulturaX"),
        Dataset("Wikipedia in italiano", "https://dumps.wikimedia.org/itwiki/"),
    ),
    public_other="Raccolte di testi normativi pubblicati dalla Gazzetta Ufficiale e libri di "
    "pubblico dominio (testo, raccolti tra il 2020 e il 2025).",
    licensed_used="yes",
    licensed_modalities=("text",),
    private_used="no",
    crawl_used="no",
    user_model="no",
    user_other="no",
    synth_used="no",
    other_used="no",
    cop_signatory="yes",
    tdm_measures="Rispettiamo robots.txt e il protocollo TDMRep; i contenuti con riserva dei "
    "diritti espressa in forma leggibile da dispositivi automatici sono esclusi.",
    illegal_measures="Liste di blocco di domini, filtri per parole chiave e un classificatore "
    "per contenuti illeciti.",
    other_information="N/A",
)

# ---------------------------------------------------------------- bundled and other documents

COVER_LETTER: tuple[tuple[str, str], ...] = (
    ("h", "Tessera Systems Oy"),
    ("p", "Hämeenkatu 20, 33200 Tampere, Finland"),
    ("p", "Tampere, 3 February 2026"),
    ("p", "To our customers and partners"),
    ("h", "Re: Documentation for Tessera Code 2 under Article 53 of the AI Act"),
    (
        "p",
        "Dear customers and partners, with the release of Tessera Code 2 on 2 February 2026 we "
        "publish the documentation that the AI Act requires from providers of general-purpose "
        "AI models. This package contains this letter, the Public Summary of Training Content "
        "for Tessera Code 2 and our Copyright Policy.",
    ),
    (
        "p",
        "Tessera Code 2 is a code assistant model. It was fine-tuned from Lumen-7B, a model "
        "published by the Lumen Research Consortium, and it is offered to enterprise customers "
        "through our IDE plug-ins and our hosted API. The Summary that follows describes only "
        "the data used for our fine-tuning, as the Commission's Explanatory Notice asks of "
        "providers who modify a model.",
    ),
    (
        "p",
        "We have prepared the Summary with the template published by the European Commission. "
        "Where a section did not apply to us, we have said so. We will update the Summary at "
        "least every six months while the model is trained further, and each update will be "
        "announced in our release notes.",
    ),
    (
        "p",
        "Customers who run Tessera Code 2 on their own infrastructure can keep using the model "
        "unchanged: no data from customer installations is sent to us, and nothing in this "
        "package changes the terms of your licence. The enterprise agreement continues to "
        "govern confidentiality, data processing and liability.",
    ),
    (
        "p",
        "If you are a rights holder and want to know whether your repositories or "
        "documentation were used, please write to compliance@tessera.example. We answer "
        "within thirty days and, where we used your content, we tell you which version of "
        "the model it was used for.",
    ),
    ("break", ""),
    (
        "p",
        "Our security team reviewed the training pipeline before release. Secrets, tokens and "
        "credentials found in public code were removed, and repositories flagged as malware by "
        "our scanners were excluded. The details are in section 3.2 of the Summary.",
    ),
    (
        "p",
        "We are grateful to the maintainers of the open-source projects whose documentation "
        "made this model possible. Where a project asked us not to use its documentation, we "
        "excluded it even when its licence would have allowed the use.",
    ),
    (
        "p",
        "For questions about this package, please contact your account manager or our "
        "compliance team. We look forward to continuing our work together.",
    ),
    ("p", "Yours sincerely,"),
    ("p", "Aino Virtanen, Chief Executive Officer, Tessera Systems Oy"),
)

COPYRIGHT_POLICY: tuple[tuple[str, str], ...] = (
    ("h", "Tessera Systems Oy Copyright Policy"),
    ("p", "Version 1.2, adopted on 3 February 2026"),
    ("h", "1. Purpose and scope"),
    (
        "p",
        "This policy sets out how Tessera Systems Oy complies with Union law on copyright and "
        "related rights when it trains general-purpose AI models, as required by Article "
        "53(1)(c) of Regulation (EU) 2024/1689. It applies to every model we place on the "
        "Union market and to every team that collects, licenses or prepares training data.",
    ),
    ("h", "2. Lawful access"),
    (
        "p",
        "We only reproduce and extract content that we can lawfully access. We do not "
        "circumvent technological protection measures such as paywalls or subscription models, "
        "and we exclude websites that courts or public authorities in the Union have found to "
        "infringe copyright on a commercial scale.",
    ),
    ("h", "3. Reservations of rights"),
    (
        "p",
        "Our crawler, TesseraDocsBot, reads robots.txt before fetching any page and follows the "
        "directives addressed to it or to all crawlers. We also honour reservations expressed "
        "through the TDM Reservation Protocol and through the licence files of source-code "
        "repositories. Content collected before a reservation was expressed is removed from "
        "future training runs once we learn of the reservation.",
    ),
    (
        "p",
        "When we use datasets compiled by third parties, we check that their publishers apply "
        "comparable opt-out measures. Where they do not, we filter the datasets ourselves "
        "against the reservations we know of.",
    ),
    ("break", ""),
    ("h", "4. Mitigating infringing outputs"),
    (
        "p",
        "Tessera Code 2 is trained to avoid reproducing long passages of code verbatim. Our "
        "hosted service runs a filter that compares completions with an index of public code "
        "and suppresses long matches, and our terms of use forbid using the model to infringe "
        "copyright.",
    ),
    ("h", "5. Complaints"),
    (
        "p",
        "Rights holders and their representatives can submit complaints electronically to "
        "compliance@tessera.example. We acknowledge each complaint within five working days "
        "and decide on it within thirty days, giving reasons.",
    ),
    ("h", "6. Review"),
    (
        "p",
        "The compliance team reviews this policy every year and whenever the law or the "
        "Commission's guidance changes. The current version is always available on our "
        "website.",
    ),
)

PRIVACY_POLICY: tuple[tuple[str, str], ...] = (
    ("h", "Northwind Chat Privacy Policy"),
    ("p", "Effective date: 1 July 2026"),
    (
        "p",
        'This policy explains how Northwind AI Ltd ("Northwind", "we") processes personal '
        "data when you use the Northwind Chat app and website.",
    ),
    ("h", "1. Data we collect"),
    (
        "p",
        "Account data (name, e-mail address, password hash); the prompts, files and images you "
        "submit and the responses we generate; device and usage data such as IP address, "
        "browser type and the pages you visit; and payment data processed by our payment "
        "provider.",
    ),
    ("h", "2. How we use your data"),
    (
        "p",
        "We use your data to provide and secure the service, to answer support requests, to "
        "comply with legal obligations and, unless you opt out in Settings > Data controls, to "
        "improve and train our models. Enterprise and API customer data is never used for "
        "training.",
    ),
    ("h", "3. Legal bases"),
    (
        "p",
        "We rely on the performance of our contract with you, our legitimate interests in "
        "improving our services, your consent where required, and our legal obligations.",
    ),
    ("h", "4. Sharing"),
    (
        "p",
        "We share data with hosting, payment and support providers acting on our behalf, with "
        "our EU representative Northwind AI Europe B.V., and with authorities where the law "
        "requires it. We do not sell personal data.",
    ),
    ("h", "5. Retention"),
    (
        "p",
        "Conversations are kept for as long as your account exists unless you delete them. "
        "Deleted conversations are removed from our systems within 30 days.",
    ),
    ("h", "6. Your rights"),
    (
        "p",
        "You can access, correct, delete or export your data, object to processing and "
        "withdraw consent at any time by writing to privacy@northwind.example. You can also "
        "complain to your data protection authority.",
    ),
)

# ---------------------------------------------------------------- the documents

DOCUMENTS: tuple[DocumentSpec, ...] = (
    DocumentSpec(
        name="cadenza2_glyph",
        fmt="pdf",
        tick_style="glyph_x",
        summary=CADENZA,
        exercises="reference document: complete template, numbered headings, bordered tables",
    ),
    DocumentSpec(
        name="lumen7b_ballot_check",
        fmt="pdf",
        tick_style="ballot_check",
        summary=LUMEN,
        layout=Layout(deleted_rows=("image", "video", "audio", "other")),
        exercises="1.3 rows other than Text deleted; date written 31.12.2025; N/A answers",
        notes={
            "modalities.image.selected": "Image, Video, Audio and Other rows deleted from the "
            "1.3 table: not selected.",
            "data.continuous_training": "No statement on continuous training.",
        },
    ),
    DocumentSpec(
        name="pixelforge_check_sizes_in_numbers",
        fmt="pdf",
        tick_style="check",
        summary=PIXELFORGE_NUMBERS,
        layout=Layout(numbering="plain"),
        exercises="✓ for the chosen option, no mark for the others; sizes written as numbers "
        "without range boxes; dates written as July 24, 2026",
        notes={
            "modalities.image.size": 'Written "479 million images" with no range box: '
            "1m_to_1b_images.",
            "modalities.text.size": 'Written "About 19 billion tokens of captions": '
            "1b_to_10t_tokens.",
        },
    ),
    DocumentSpec(
        name="northwind_heavy_check_domains",
        fmt="pdf",
        tick_style="heavy_check",
        summary=replace(NORTHWIND, licensed_used="other"),
        layout=Layout(licensed_other_box=True),
        exercises="✔ chosen / ☐ others; concrete top domains with subdomains and a repeated "
        'domain; a third "Other (see below)" box in 2.2.1; period From 01/2024 to 06/2025',
        notes={
            "licensed_data.used": '2.2.1 has a third box "Other (see below)", which is the one '
            "ticked.",
            "crawling.top_domains": "sport.example-news.co.uk repeats example-news.co.uk; the "
            "download link in Additional comments is not a crawled domain.",
        },
    ),
    DocumentSpec(
        name="northwind15_bracket_x_no_domains",
        fmt="pdf",
        tick_style="bracket_x",
        summary=NORTHWIND_15,
        exercises='[X]/[ ] letters; crawlers ticked Yes but crawler names "N/A"; domain '
        'categories instead of domains; period "Up to June 2026"',
        notes={
            "crawling.crawlers": 'Crawlers ticked Yes but the name field says "N/A".',
            "crawling.top_domains": "Only categories of sites, no concrete domain.",
            "crawling.period": '"Up to June 2026": no start date.',
        },
    ),
    DocumentSpec(
        name="tessera_bundle_letter_x",
        fmt="pdf",
        tick_style="letter_x",
        summary=TESSERA,
        before=COVER_LETTER,
        after=COPYRIGHT_POLICY,
        exercises="X letter for the chosen option, nothing for the others; summary bundled "
        "between a cover letter and a copyright policy (numbered sections of its own); period "
        '"From 2025 to 2026"',
        notes={
            "_document": "The summary follows a two-page cover letter and precedes a "
            "copyright policy; only the summary is recorded.",
        },
    ),
    DocumentSpec(
        name="northwind_wingdings",
        fmt="pdf",
        tick_style="wingdings",
        summary=NORTHWIND,
        layout=Layout(row_style="underlined"),
        exercises="Wingdings private-use glyphs U+F0FE/U+F0A8 in a font named Wingdings; "
        "template-like layout with underlined values and full-width questions",
    ),
    DocumentSpec(
        name="cadenza2_bullets_unnumbered",
        fmt="pdf",
        tick_style="bullets",
        summary=CADENZA,
        layout=Layout(numbering="none", headings="reworded", template_typos=False),
        exercises="● chosen / ○ not chosen; headings without numbers, reworded headings",
    ),
    DocumentSpec(
        name="lumen7b_vector_boxes_no_2_3",
        fmt="pdf",
        tick_style="vector_filled",
        summary=LUMEN,
        layout=Layout(omit_sections=("2.3",), renumber=True),
        exercises="ticks as vector rectangles (filled = ticked), none in the text layer; "
        "section 2.3 left out and 2.4 to 2.6 renumbered 2.3 to 2.5",
        notes={
            "crawling.used": "Section 2.3 is missing from the document; later sections are "
            "renumbered.",
        },
    ),
    DocumentSpec(
        name="pixelforge_vector_check_subnumbered",
        fmt="pdf",
        tick_style="vector_check",
        summary=PIXELFORGE,
        layout=Layout(sub_numbered=("2.3",), headings="reworded"),
        exercises="vector boxes with a drawn check mark; 2.3 fields numbered 2.3.1 to 2.3.9; "
        "reworded headings",
    ),
    DocumentSpec(
        name="northwind_acroform_ambiguous_date",
        fmt="pdf",
        tick_style="acroform",
        summary=replace(NORTHWIND, last_update=Date(2026, 8, 7)),
        exercises="AcroForm checkbox widgets (/V /Yes or /Off); last update 07/08/2026 "
        "resolved by the placement date 15/07/2026",
        notes={
            "document.last_update": '"07/08/2026" is ambiguous; the placement date '
            "15/07/2026 is DD/MM and the last update cannot precede it, so 7 August 2026.",
        },
    ),
    DocumentSpec(
        name="aurora13b_italian",
        fmt="pdf",
        tick_style="glyph_x",
        summary=AURORA,
        layout=Layout(language="it"),
        exercises="Italian labels and headings in the template layout, ☒ Sì ☐ No ticks",
    ),
    DocumentSpec(
        name="cadenza2_undecidable_tick",
        fmt="pdf",
        tick_style="glyph_x",
        summary=replace(
            CADENZA,
            version="1.1",
            last_update=Date(2026, 7, 2, style="dmy_long"),
            placement_date="Coming soon",
            synth_used="unknown",
        ),
        exercises='2.5 question with both boxes empty (unknown); placement date "Coming '
        'soon"; last update written 2 July 2026',
        notes={
            "synthetic_data.used": "Both the Yes and the No box are empty; the follow-up "
            "fields are filled in.",
            "model.placement_date": 'Written "Coming soon".',
        },
    ),
    DocumentSpec(
        name="tessera_link_annotations",
        fmt="pdf",
        tick_style="glyph_x",
        summary=TESSERA,
        layout=Layout(links="annotation", comments=False),
        exercises="dataset list shows names only, URLs are PDF link annotations; no "
        "Additional comments rows",
        notes={"public_datasets.large": "URLs come from the link annotations over the names."},
    ),
    DocumentSpec(
        name="lumen7b_scanned",
        fmt="pdf",
        tick_style="scanned",
        summary=LUMEN,
        error="ocr_required",
        exercises="scanned pages: images only, no text layer",
    ),
    DocumentSpec(
        name="cadenza2_word_glyph",
        fmt="docx",
        tick_style="docx_glyph",
        summary=replace(CADENZA, last_update=Date(2026, 3, 16, style="mdy_long")),
        exercises="DOCX tables with ☒/☐ text glyphs; date written March 16, 2026",
    ),
    DocumentSpec(
        name="northwind_wingdings_sym",
        fmt="docx",
        tick_style="docx_wingdings",
        summary=NORTHWIND,
        layout=Layout(links="annotation"),
        exercises="Wingdings symbol runs (w:sym F0FE/F0A8); datasets as hyperlinks",
    ),
    DocumentSpec(
        name="pixelforge_content_controls",
        fmt="docx",
        tick_style="docx_sdt",
        summary=PIXELFORGE,
        exercises="checkbox content controls (w14:checkbox, w14:checked)",
    ),
    DocumentSpec(
        name="lumen7b_domain_categories",
        fmt="docx",
        tick_style="docx_glyph",
        summary=replace(
            LUMEN,
            top_domains=(),
            top_domains_text="Government portals, university websites and museum sites in "
            "Finland and the Baltic states.",
        ),
        exercises="crawling Yes with categories of sites instead of domain names",
        notes={"crawling.top_domains": "Only categories of sites, no concrete domain."},
    ),
    DocumentSpec(
        name="cadenza2_checkbox",
        fmt="html",
        tick_style="html_checkbox",
        summary=CADENZA,
        exercises="HTML `<input type=checkbox checked>` vs unchecked",
    ),
    DocumentSpec(
        name="northwind_strong_reworded",
        fmt="html",
        tick_style="html_strong",
        summary=NORTHWIND,
        layout=Layout(headings="reworded", links="annotation"),
        exercises="chosen option in `<strong>`, others plain; reworded headings; dataset links",
    ),
    DocumentSpec(
        name="pixelforge_mark_no_3_3",
        fmt="html",
        tick_style="html_mark",
        summary=replace(
            PIXELFORGE,
            authorised_rep="N/A - Pixelforge SAS is established in France, so no authorised "
            "representative is needed.",
        ),
        layout=Layout(omit_sections=("3.3",), comments=False),
        exercises="chosen option highlighted with `<mark>`; optional section 3.3 left out; an "
        "answer that starts with N/A and goes on to explain",
        notes={
            "provider.authorised_representative": "Starts with N/A but explains: kept as text.",
            "other_information": "Section 3.3 is missing.",
        },
    ),
    DocumentSpec(
        name="northwind_privacy_policy",
        fmt="html",
        tick_style="none",
        summary=None,
        body=PRIVACY_POLICY,
        error="not_a_summary",
        exercises="a privacy policy, not a summary",
    ),
    DocumentSpec(
        name="lumen7b_tasklist",
        fmt="md",
        tick_style="md_tasklist",
        summary=LUMEN,
        layout=Layout(numbering="none"),
        exercises="Markdown task lists `- [x]` / `- [ ]`; headings without numbers",
    ),
    DocumentSpec(
        name="tessera_tasklist_no_2_6",
        fmt="md",
        tick_style="md_tasklist",
        summary=TESSERA,
        layout=Layout(omit_sections=("2.6",), empty_text="-"),
        exercises='Markdown task lists; section 2.6 left out without renumbering; "-" in '
        "empty fields",
        notes={"other_sources.used": "Section 2.6 is missing."},
    ),
    DocumentSpec(
        name="northwind_tasklist",
        fmt="md",
        tick_style="md_tasklist",
        summary=NORTHWIND,
        layout=Layout(links="annotation"),
        exercises="Markdown task lists; datasets as Markdown links; concrete domains",
    ),
    DocumentSpec(
        name="cadenza2_words",
        fmt="txt",
        tick_style="words",
        summary=CADENZA,
        exercises='plain text, answers written as words ("...? Yes"), unselected modality '
        "rows left out",
        notes={"modalities.image.selected": "Only selected modalities are listed in 1.3."},
    ),
    DocumentSpec(
        name="pixelforge_words",
        fmt="txt",
        tick_style="words",
        summary=replace(PIXELFORGE_NUMBERS, user_model="unknown"),
        layout=Layout(numbering="plain", empty_text=""),
        exercises='plain text with answers as words; an undecidable answer written "Yes / '
        'No"; sizes as numbers; empty fields left blank',
        notes={"user_data.from_model_interactions": 'Answer written "Yes / No".'},
    ),
)
