from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainaudit.normalize.datasets import (
    DatasetEntry,
    hf_repo_name,
    parse_dataset_entries,
    split_list_items,
)
from trainaudit.normalize.text import is_empty_answer

HF = "https://huggingface.co/datasets"

# Apertus 2.1: an intro paragraph, category headers, bare Hugging Face URLs with versions.
APERTUS = f"""The following large pretraining datasets derived from CommonCrawl
were used, with data from 2013 onward to a knowledge cutoff of
March 2024 (CC-MAIN-2024-10). The datasets were not used as is but
additionally filtered for opt-out retrospectively, for toxicity, high
quality, and other preprocessing as detailed below.
English datasets:
{HF}/HuggingFaceFW/fineweb-edu (v1.0.0)
{HF}/epfml/FineWeb-HQ
{HF}/HuggingFaceTB/dclm-edu
Multilingual datasets:
{HF}/epfml/FineWeb2-HQ
{HF}/HuggingFaceFW/fineweb-2 (v2.0.1)
Code & math datasets:
{HF}/bigcode/the-stack-dedup (v1.2)
{HF}/common-pile/stackv2_edu_filtered
{HF}/HuggingFaceTB/finemath
{HF}/LLM360/MegaMath"""

APERTUS_GOLD = [
    "HuggingFaceFW/fineweb-edu", "epfml/FineWeb-HQ", "HuggingFaceTB/dclm-edu", "epfml/FineWeb2-HQ",
    "HuggingFaceFW/fineweb-2", "bigcode/the-stack-dedup", "common-pile/stackv2_edu_filtered",
    "HuggingFaceTB/finemath", "LLM360/MegaMath",
]  # fmt: skip

# SmolLM3 2.1: "Name: linktext: href" with URLs wrapped across lines.
SMOLLM = """◦ DCLM: https://hf.co/datasets/mlfoundations/dclm-
baseline-1.0: https://hf.co/datasets/mlfoundations/dclm-
baseline-1.0
◦ FineWeb-Edu: https://hf.co/datasets/HuggingFaceFW/
fineweb-edu: https://huggingface.co/datasets/HuggingFaceFW/
fineweb-edu
◦ FineWeb2: https://hf.co/datasets/epfml/FineWeb2-HQ:
https://huggingface.co/datasets/epfml/FineWeb2-HQ
◦ Stack V2: https://hf.co/datasets/bigcode/the-stack-v2:
https://hf.co/datasets/bigcode/the-stack-v2
◦ pes2o: https://hf.co/datasets/allenai/peS2o: https://hf.co/
datasets/allenai/peS2o
◦ FineMath : https://hf.co/datasets/HuggingFaceTB/finemath:
https://hf.co/datasets/HuggingFaceTB/finemath
◦ MegaMath: https://hf.co/datasets/LLM360/MegaMath: https://
hf.co/datasets/LLM360/MegaMath
◦ SmolTalk2: https://hf.co/datasets/HuggingFaceTB/smoltalk2:
https://huggingface.co/datasets/HuggingFaceTB/smoltalk2"""

SMOLLM_GOLD = [
    {"name": "DCLM", "url": "https://hf.co/datasets/mlfoundations/dclm-baseline-1.0"},
    {"name": "FineWeb-Edu", "url": "https://hf.co/datasets/HuggingFaceFW/fineweb-edu"},
    {"name": "FineWeb2", "url": "https://hf.co/datasets/epfml/FineWeb2-HQ"},
    {"name": "Stack V2", "url": "https://hf.co/datasets/bigcode/the-stack-v2"},
    {"name": "pes2o", "url": "https://hf.co/datasets/allenai/peS2o"},
    {"name": "FineMath", "url": "https://hf.co/datasets/HuggingFaceTB/finemath"},
    {"name": "MegaMath", "url": "https://hf.co/datasets/LLM360/MegaMath"},
    {"name": "SmolTalk2", "url": "https://hf.co/datasets/HuggingFaceTB/smoltalk2"},
]

# Domyn 2.1: numbered names with date notes; the URLs are link annotations.
DOMYN = """1. DCML (September 2024)
2. The Stack v2 (September 2024)
3. HPLT (September 2024)
4. HuggingFaceFW fineweb-2 (September 2025)"""
DOMYN_LINKS = [
    ("DCML", "https://data.commoncrawl.org/contrib/datacomp/index.html"),
    ("The Stack v2", f"{HF}/bigcode/the-stack-v2"),
    ("HPLT", "https://hplt-project.org/datasets/v1.1"),
    ("HuggingFaceFW fineweb-2", f"{HF}/HuggingFaceFW/fineweb-2"),
]


def test_apertus_bare_hugging_face_urls() -> None:
    entries = parse_dataset_entries(APERTUS)
    assert [e.name for e in entries] == APERTUS_GOLD
    assert [e.url for e in entries] == [f"{HF}/{name}" for name in APERTUS_GOLD]


def test_smollm_wrapped_urls_and_duplicated_links() -> None:
    assert [e.to_dict() for e in parse_dataset_entries(SMOLLM)] == SMOLLM_GOLD


def test_domyn_names_with_link_annotations() -> None:
    entries = parse_dataset_entries(DOMYN, DOMYN_LINKS)
    assert [e.to_dict() for e in entries] == [
        {"name": anchor, "url": url} for anchor, url in DOMYN_LINKS
    ]


def test_domyn_without_links_has_names_only() -> None:
    assert parse_dataset_entries(DOMYN) == [
        DatasetEntry("DCML"),
        DatasetEntry("The Stack v2"),
        DatasetEntry("HPLT"),
        DatasetEntry("HuggingFaceFW fineweb-2"),
    ]


def test_links_match_fuzzily_and_ignore_notes() -> None:
    links = [("The Stack V2 (2024)", "https://x.example/stack"), ("Other", "https://o.example")]
    assert parse_dataset_entries("- The Stack v2\n- Unlinked", links) == [
        DatasetEntry("The Stack v2", "https://x.example/stack"),
        DatasetEntry("Unlinked"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pile (https://pile.eleuther.ai/)", [("The Pile", "https://pile.eleuther.ai/")]),
        ("C4: https://huggingface.co/datasets/allenai/c4.",
         [("C4", "https://huggingface.co/datasets/allenai/c4")]),
        ("C4 – https://huggingface.co/datasets/allenai/c4", [("C4", f"{HF}/allenai/c4")]),
        ("C4 https://huggingface.co/datasets/allenai/c4", [("C4", f"{HF}/allenai/c4")]),
        ("https://hf.co/datasets/HuggingFaceFW/fineweb-edu",
         [("HuggingFaceFW/fineweb-edu", "https://hf.co/datasets/HuggingFaceFW/fineweb-edu")]),
        ("https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu/tree/main/data",
         [("HuggingFaceFW/fineweb-edu",
           "https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu/tree/main/data")]),
        ("https://commoncrawl.org/get-started",
         [("https://commoncrawl.org/get-started", "https://commoncrawl.org/get-started")]),
        ("Common Crawl (CC-MAIN-2024-10)", [("Common Crawl (CC-MAIN-2024-10)", None)]),
        ("- Wikipedia (2024)\n- arXiv (v2)\n- Books3 (version 1.1)",
         [("Wikipedia", None), ("arXiv", None), ("Books3", None)]),
        ("a) LAION-5B\nb) COYO-700M", [("LAION-5B", None), ("COYO-700M", None)]),
        # not entries
        ("N/A", []),
        ("", []),
        ("English datasets:\nCode datasets", []),
        ("The training data for GPT-5.5 includes text from\nCommon Crawl.", []),
        ("Training Data: A mix of publicly available, licensed data and information from Meta’s "
         "products and services, including publicly shared posts from Instagram and Facebook. "
         "Learn more in our Privacy Center.", []),
    ],
)  # fmt: skip
def test_parse_dataset_entries(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(e.name, e.url) for e in parse_dataset_entries(text)] == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"{HF}/HuggingFaceFW/fineweb-edu", "HuggingFaceFW/fineweb-edu"),
        ("https://hf.co/datasets/allenai/peS2o", "allenai/peS2o"),
        ("https://huggingface.co/swiss-ai/Apertus-8B", "swiss-ai/Apertus-8B"),
        ("https://hf.co/collections/HuggingFaceTB/smollm3-pretraining-datasets-685a", None),
        ("https://huggingface.co/datasets", None),
        ("https://example.com/datasets/a/b", None),
    ],
)
def test_hf_repo_name(url: str, expected: str | None) -> None:
    assert hf_repo_name(url) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Apertus 1.2
            "Apertus-8B, https://huggingface.co/swiss-ai/Apertus-8B\n"
            "Apertus-70B, https://huggingface.co/swiss-ai/Apertus-70B\n"
            "Apertus-8B-Instruct, https://huggingface.co/swiss-ai/Apertus-8B-Instruct\n"
            "Apertus-70B-Instruct, https://huggingface.co/swiss-ai/Apertus-70B-Instruct",
            ["Apertus-8B", "Apertus-70B", "Apertus-8B-Instruct", "Apertus-70B-Instruct"],
        ),
        ("GPT-5.5", ["GPT-5.5"]),
        ("Bria 3.2", ["Bria 3.2"]),
        ("• Gemini 3 Pro\n• Gemini 3 Flash; Gemini 3.1 Pro", ["Gemini 3 Pro", "Gemini 3 Flash",
                                                           "Gemini 3.1 Pro"]),
        ("Command A+ and North Small Translate", ["Command A+ and North Small Translate"]),
        ("Qwen3-32B: https://huggingface.co/Qwen/Qwen3-32B", ["Qwen3-32B"]),
        ("Model (https://example.com/card), Other", ["Model", "Other"]),
        ("Luciole 1B (instruct, v1.1), Luciole 8B", ["Luciole 1B (instruct, v1.1)", "Luciole 8B"]),
        ("N/A", []),
        ("", []),
        ("https://example.com/only-a-link", []),
    ],
)  # fmt: skip
def test_split_list_items(text: str, expected: list[str]) -> None:
    assert split_list_items(text) == expected


def test_split_list_items_can_split_on_and() -> None:
    assert split_list_items("Command A+ and North Small Translate", split_and=True) == [
        "Command A+",
        "North Small Translate",
    ]


# --- properties ---------------------------------------------------------------------------

REPO_PART = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_\-]{0,15}[A-Za-z0-9]", fullmatch=True)
NAME = st.from_regex(
    r"[A-Z][A-Za-z0-9]{1,8}(?:[ -][A-Z0-9][A-Za-z0-9]{0,6}){0,2}", fullmatch=True
).filter(lambda n: not is_empty_answer(n))


@given(st.lists(st.tuples(REPO_PART, REPO_PART), min_size=1, max_size=6, unique=True),
       st.sampled_from(["https://huggingface.co/datasets/", "https://hf.co/datasets/"]),
       st.sampled_from(["", " (v1.0.0)", " (v2.0.1)", " (2024)"]))  # fmt: skip
def test_bare_hf_urls_are_named_by_their_path(
    repos: list[tuple[str, str]], prefix: str, note: str
) -> None:
    text = "\n".join(f"{prefix}{owner}/{repo}{note}" for owner, repo in repos)
    entries = parse_dataset_entries(text)
    assert [e.name for e in entries] == [f"{owner}/{repo}" for owner, repo in repos]
    assert [e.url for e in entries] == [f"{prefix}{owner}/{repo}" for owner, repo in repos]


@given(st.lists(st.tuples(NAME, REPO_PART), min_size=1, max_size=6, unique_by=lambda t: t[0]),
       st.sampled_from([": ", " – ", " - ", " ("]),
       st.sampled_from(["", "• ", "- ", "1. "]))  # fmt: skip
def test_name_and_url_entries(entries: list[tuple[str, str]], sep: str, bullet: str) -> None:
    close = ")" if sep == " (" else ""
    text = "\n".join(f"{bullet}{n}{sep}https://data.example.org/{p}{close}" for n, p in entries)
    parsed = parse_dataset_entries(text)
    assert [(e.name, e.url) for e in parsed] == [
        (n, f"https://data.example.org/{p}") for n, p in entries
    ]


@given(st.lists(NAME, min_size=1, max_size=6, unique=True))
def test_names_get_their_urls_from_links(names: list[str]) -> None:
    links = [(n, f"https://example.org/{i}") for i, n in enumerate(names)]
    parsed = parse_dataset_entries("\n".join(f"{i + 1}. {n}" for i, n in enumerate(names)), links)
    assert [e.to_dict() for e in parsed] == [{"name": n, "url": u} for n, u in links]


@given(st.text())
def test_dataset_entries_never_raise_and_have_clean_names(s: str) -> None:
    for entry in parse_dataset_entries(s):
        assert entry.name
        assert entry.name == entry.name.strip()
        assert entry.url is None or entry.url.lower().startswith(("http://", "https://"))


@given(st.lists(NAME, min_size=1, max_size=6, unique=True),
       st.sampled_from([", ", "; ", "\n", "\n• "]), st.booleans())  # fmt: skip
def test_split_list_items_round_trip(names: list[str], sep: str, with_urls: bool) -> None:
    suffix = ", https://example.org/card" if with_urls else ""
    if with_urls:
        sep = "\n"
    assert split_list_items(sep.join(f"{n}{suffix}" for n in names)) == names


@given(st.text())
def test_split_list_items_never_returns_empty_strings(s: str) -> None:
    items = split_list_items(s)
    assert all(item and item == item.strip() for item in items)
    assert len(items) == len(set(items))


def test_name_and_url_on_separate_lines_are_one_entry() -> None:
    text = "FineWeb-2 –\nhttps://huggingface.co/datasets/HuggingFaceFW/fineweb-2\nEuroparl v10 – https://www.statmt.org/europarl/"
    assert [e.to_dict() for e in parse_dataset_entries(text)] == [
        {"name": "FineWeb-2", "url": "https://huggingface.co/datasets/HuggingFaceFW/fineweb-2"},
        {"name": "Europarl v10", "url": "https://www.statmt.org/europarl/"},
    ]


def test_a_url_ending_in_a_slash_does_not_swallow_the_next_entry() -> None:
    text = (
        "Re-LAION-2B-en research-safe – https://laion.ai/blog/relaion-5b/\n"
        "COYO-700M – https://github.com/kakaobrain/coyo-dataset\n"
        "- Wikipedia dumps – https://dumps.wikimedia.org/\n"
        "- Europarl v10 – https://www.statmt.org/europarl/"
    )
    urls = [e.url for e in parse_dataset_entries(text)]
    assert urls == [
        "https://laion.ai/blog/relaion-5b/",
        "https://github.com/kakaobrain/coyo-dataset",
        "https://dumps.wikimedia.org/",
        "https://www.statmt.org/europarl/",
    ]


def test_split_and_drops_the_conjunction_of_an_oxford_comma() -> None:
    assert split_list_items("A, B, and C", split_and=True) == ["A", "B", "C"]
