"""Label variants seen in real summaries: rewordings, short forms and translations."""

from __future__ import annotations

#: Extra labels per field id, beyond the template's own wording.
EXTRA_LABELS: dict[str, tuple[str, ...]] = {
    "document.version": ("Summary version", "Versione della sintesi", "Versione del riepilogo"),
    "document.last_update": ("Last updated", "Date of last update", "Ultimo aggiornamento"),
    "provider.name": (
        "Provider's name and contact details",
        "Nome e recapiti del fornitore",
    ),
    "provider.authorised_representative": (
        "Nome e recapiti del rappresentante autorizzato",
        "Authorized representative name and contact details",
        "Rappresentante autorizzato",
    ),
    "model.names": (
        "Model name(s)",
        "Model name",
        "Versioned model names",
        "Nome/i del modello",
        "Nome/i del modello con indicazione della versione",
        "Nome o nomi del modello con versione",
    ),
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
        "Sono stati utilizzati set di dati accessibili al pubblico",
        "Avete utilizzato set di dati accessibili al pubblico",
        "Have you used publicly available datasets",
        "Avete utilizzato set di dati disponibili al pubblico",
    ),
    "public_datasets.large": (
        "Main large publicly available datasets",
        "Elenco dei set di dati di grandi dimensioni accessibili al pubblico",
        "List of large publicly available datasets",
        "Elenco dei grandi set di dati disponibili al pubblico",
    ),
    "public_datasets.other_description": (
        "Descrizione generale degli altri set di dati accessibili al pubblico",
        "General description of other publicly available datasets",
        "Descrizione generale degli altri set di dati disponibili al pubblico",
    ),
    "licensed_data.used": (
        "Sono stati conclusi accordi transazionali di licenza commerciale",
        "Have you concluded transactional commercial licensing agreement",
        "Avete concluso accordi di licenza commerciale",
    ),
    "private_datasets.used": (
        "Sono stati ottenuti da terzi set di dati privati",
        "Have you obtained private datasets from third parties",
        "Avete ottenuto set di dati privati da terzi",
    ),
    "private_datasets.listed": (
        "List private datasets obtained from other third parties",
        "Se noti pubblicamente, elencare i set di dati privati",
    ),
    "private_datasets.description": (
        "General description of non-publicly known private datasets",
        "Descrizione generale dei set di dati privati non noti pubblicamente",
    ),
    "crawling.used": (
        "Sono stati utilizzati crawler dal fornitore o per suo conto",
        "Were crawlers used",
        "Sono stati utilizzati crawler",
    ),
    "crawling.crawlers": (
        "In caso affermativo, specificare il nome o i nomi/gli identificativi dei crawler",
        "Crawler name(s)/identifier(s)",
        "Specify crawler name(s)/identifier(s)",
        "Nome/i o identificativo/i del crawler",
    ),
    "crawling.purposes": (
        "Purpose of the crawler(s)",
        "What the crawlers are used for",
        "Finalità del crawler",
        "Finalità del crawler o dei crawler",
    ),
    "crawling.behaviour": (
        "Description of crawler behaviour",
        "Crawler behaviour",
        "How the crawlers behave",
        "Descrizione generale del comportamento del crawler",
    ),
    "crawling.period": ("Collection period", "Periodo di raccolta dei dati"),
    "crawling.content_description": (
        "Descrizione completa del tipo di contenuti e delle fonti online",
        "Comprehensive description of the type of content",
        "Descrizione completa del tipo di contenuti",
    ),
    "crawling.top_domains": (
        "Most relevant domain names crawled",
        "Top domain names",
        "Sintesi dei nomi di dominio più pertinenti",
    ),
    "user_data.from_model_interactions": (
        "Sono stati utilizzati per addestrare il modello dati derivanti dalle interazioni",
        "Was data from user interactions with the AI model",
        "Sono stati utilizzati dati provenienti dalle interazioni degli utenti con il modello",
    ),
    "user_data.from_other_services": (
        "Sono stati utilizzati per addestrare il modello dati raccolti dalle interazioni",
        "Was data collected from user interactions with the provider's other services",
        "Sono stati utilizzati dati raccolti dalle interazioni degli utenti con altri servizi",
    ),
    "user_data.description": (
        "In caso affermativo, fornire una descrizione generale dei servizi",
        "Provide a general description of the provider's services or products",
    ),
    "synthetic_data.used": (
        "Sono stati creati dati sintetici generati dall'IA",
        "Was synthetic AI-generated data created",
        "Sono stati creati dati sintetici",
    ),
    "synthetic_data.modalities": (
        "Modality of the synthetic data",
        "In caso affermativo, modalità dei dati sintetici",
    ),
    "synthetic_data.generator_models": (
        "In caso affermativo, specificare il modello o i modelli di IA per finalità generali",
        "Specify the general-purpose AI model(s) used to generate the synthetic data",
        "Name of AI model used to generate the synthetic data",
    ),
    "synthetic_data.other_models": (
        "Information about other AI models",
        "Informazioni su altri modelli di IA",
    ),
    "other_sources.used": (
        "Sono state utilizzate per addestrare il modello fonti di dati diverse",
        "Have data sources other than those described",
        "Sono state utilizzate fonti di dati diverse",
    ),
    "other_sources.description": (
        "Provide a narrative description of these data sources",
        "In caso affermativo, fornire una descrizione narrativa di tali fonti di dati",
    ),
    "tdm.code_of_practice_signatory": (
        "Siete firmatari del codice di buone pratiche per i modelli di IA per finalità generali",
        "Are you a Signatory to the Code of Practice",
        "Siete firmatari del codice di buone pratiche",
    ),
    "tdm.measures": (
        "Measures implemented to respect reservations of rights",
        "Descrivere le misure attuate prima dell'addestramento del modello",
        "Describe the measures implemented before model training to respect reservations",
        "Descrivere le misure attuate",
    ),
    "illegal_content.measures": (
        "General description of measures taken",
        "Descrizione generale delle misure adottate",
    ),
    "other_information": (
        "Altre informazioni pertinenti sul trattamento dei dati",
        "Other relevant information about data processing",
        "Altre informazioni pertinenti sul trattamento dei dati",
    ),
    "crawling.modalities": ("Tipo di modalità interessata",),
    "user_data.modalities": ("Tipo di modalità interessata",),
    "public_datasets.modalities": (
        "In caso affermativo, specificare la o le modalità dei contenuti",
    ),
    "licensed_data.modalities": (
        "In caso affermativo, specificare la o le modalità dei contenuti",
    ),
    "private_datasets.modalities": (
        "In caso affermativo, specificare la o le modalità dei contenuti",
    ),
}

#: Extra heading words per section id (reworded and translated headings).
SECTION_WORDS: dict[str, tuple[str, ...]] = {
    "0": ("Template for the Public Summary of Training Content", "Sintesi pubblica"),
    "1.1": ("Provider and model identification", "Identificazione del fornitore"),
    "1.2": ("Identificazione del modello",),
    "1.3": (
        "Overall training data size, modalities and characteristics",
        "Modalities, overall training data size",
        "Modalità, dimensioni complessive dei dati di addestramento",
    ),
    "2.1": ("Set di dati disponibili al pubblico", "Set di dati accessibili al pubblico"),
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
    "3.2": (
        "Removal of unwanted content",
        "Rimozione dei contenuti illeciti",
        "Rimozione dei contenuti illegali",
    ),
    "3.3": ("Other information (optional)", "Altre informazioni"),
}

#: Labels that end the previous field's value but are not fields themselves.
STOP_LABELS: tuple[str, ...] = (
    "Additional comments (optional)",
    "Additional comments",
    "Commenti aggiuntivi",
    "Osservazioni aggiuntive (facoltative)",
    "Osservazioni aggiuntive",
    "List of data sources",
    "Data processing aspects",
    "General information",
    "Informazioni generali",
)
