"""Label variants seen in real summaries: rewordings, short forms and translations."""

from __future__ import annotations

#: Extra labels per field id, beyond the template's own wording.
EXTRA_LABELS: dict[str, tuple[str, ...]] = {
    "document.version": ("Summary version", "Versione della sintesi"),
    "document.last_update": ("Last updated", "Date of last update", "Ultimo aggiornamento"),
    "provider.name": (
        "Provider's name and contact details",
        "Nome e recapiti del fornitore",
    ),
    "provider.authorised_representative": (
        "Authorized representative name and contact details",
        "Rappresentante autorizzato",
    ),
    "model.names": ("Model name(s)", "Model name", "Versioned model names", "Nome/i del modello"),
    "model.dependencies": ("Dipendenze del modello",),
    "model.placement_date": (
        "Date of placement on the Union market",
        "Date of placement on the market",
        "Data di immissione del modello sul mercato dell'Unione",
    ),
    "data.latest_collection_date": (
        "Latest date of data acquisition/collection",
        "Knowledge cut-off date",
        "Data più recente di acquisizione/raccolta dei dati",
    ),
    "data.languages": (
        "Description of the linguistic characteristics",
        "Linguistic characteristics",
        "Descrizione delle caratteristiche linguistiche",
    ),
    "data.other_characteristics": (
        "Other relevant characteristics",
        "Altre caratteristiche pertinenti",
    ),
    "public_datasets.used": (
        "Have you used publicly available datasets",
        "Avete utilizzato set di dati disponibili al pubblico",
    ),
    "public_datasets.large": (
        "List of large publicly available datasets",
        "Elenco dei grandi set di dati disponibili al pubblico",
    ),
    "public_datasets.other_description": (
        "General description of other publicly available datasets",
        "Descrizione generale degli altri set di dati disponibili al pubblico",
    ),
    "licensed_data.used": (
        "Have you concluded transactional commercial licensing agreement",
        "Avete concluso accordi di licenza commerciale",
    ),
    "private_datasets.used": (
        "Have you obtained private datasets from third parties",
        "Avete ottenuto set di dati privati da terzi",
    ),
    "private_datasets.listed": ("List private datasets obtained from other third parties",),
    "private_datasets.description": ("General description of non-publicly known private datasets",),
    "crawling.used": (
        "Were crawlers used",
        "Sono stati utilizzati crawler",
    ),
    "crawling.crawlers": (
        "Crawler name(s)/identifier(s)",
        "Specify crawler name(s)/identifier(s)",
        "Nome/i o identificativo/i del crawler",
    ),
    "crawling.purposes": ("Purpose of the crawler(s)", "Finalità del crawler"),
    "crawling.behaviour": (
        "Description of crawler behaviour",
        "Crawler behaviour",
        "Descrizione generale del comportamento del crawler",
    ),
    "crawling.period": ("Collection period", "Periodo di raccolta dei dati"),
    "crawling.content_description": (
        "Comprehensive description of the type of content",
        "Descrizione completa del tipo di contenuti",
    ),
    "crawling.top_domains": (
        "Most relevant domain names crawled",
        "Top domain names",
        "Sintesi dei nomi di dominio più pertinenti",
    ),
    "user_data.from_model_interactions": (
        "Was data from user interactions with the AI model",
        "Sono stati utilizzati dati provenienti dalle interazioni degli utenti con il modello",
    ),
    "user_data.from_other_services": (
        "Was data collected from user interactions with the provider's other services",
        "Sono stati utilizzati dati raccolti dalle interazioni degli utenti con altri servizi",
    ),
    "user_data.description": (
        "Provide a general description of the provider's services or products",
    ),
    "synthetic_data.used": (
        "Was synthetic AI-generated data created",
        "Sono stati creati dati sintetici",
    ),
    "synthetic_data.modalities": ("Modality of the synthetic data",),
    "synthetic_data.generator_models": (
        "Specify the general-purpose AI model(s) used to generate the synthetic data",
        "Name of AI model used to generate the synthetic data",
    ),
    "synthetic_data.other_models": (
        "Information about other AI models",
        "Informazioni su altri modelli di IA",
    ),
    "other_sources.used": (
        "Have data sources other than those described",
        "Sono state utilizzate fonti di dati diverse",
    ),
    "other_sources.description": ("Provide a narrative description of these data sources",),
    "tdm.code_of_practice_signatory": (
        "Are you a Signatory to the Code of Practice",
        "Siete firmatari del codice di buone pratiche",
    ),
    "tdm.measures": (
        "Describe the measures implemented before model training to respect reservations",
        "Descrivere le misure attuate",
    ),
    "illegal_content.measures": (
        "General description of measures taken",
        "Descrizione generale delle misure adottate",
    ),
    "other_information": (
        "Other relevant information about data processing",
        "Altre informazioni pertinenti sul trattamento dei dati",
    ),
}

#: Extra heading words per section id (reworded and translated headings).
SECTION_WORDS: dict[str, tuple[str, ...]] = {
    "0": ("Template for the Public Summary of Training Content", "Sintesi pubblica"),
    "1.1": ("Provider and model identification", "Identificazione del fornitore"),
    "1.2": ("Identificazione del modello",),
    "1.3": (
        "Modalities, overall training data size",
        "Modalità, dimensioni complessive dei dati di addestramento",
    ),
    "2.1": ("Set di dati disponibili al pubblico",),
    "2.2.1": ("Datasets commercially licensed", "Set di dati concessi in licenza"),
    "2.2.2": ("Private datasets obtained from third parties", "Set di dati privati"),
    "2.3": ("Data crawled and scraped", "Dati raccolti tramite crawling"),
    "2.4": ("Dati degli utenti",),
    "2.5": ("Dati sintetici",),
    "2.6": ("Altre fonti di dati",),
    "3.1": (
        "Respect of reservation of rights",
        "Rispetto della riserva dei diritti",
    ),
    "3.2": ("Removal of unwanted content", "Rimozione dei contenuti illeciti"),
    "3.3": ("Other information (optional)", "Altre informazioni"),
}

#: Labels that end the previous field's value but are not fields themselves.
STOP_LABELS: tuple[str, ...] = (
    "Additional comments (optional)",
    "Additional comments",
    "Commenti aggiuntivi",
    "List of data sources",
    "Data processing aspects",
    "General information",
    "Informazioni generali",
)
