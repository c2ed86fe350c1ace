from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainaudit.normalize.text import (
    TEMPLATE_INSTRUCTIONS,
    fold_whitespace,
    is_empty_answer,
    rejoin_wrapped_urls,
    strip_placeholder,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  a \n b\t\tc  ", "a b c"),
        ("no\u00a0break\u2009space", "no break space"),
        ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
        ("", ""),
        ("\n\n", ""),
    ],
)
def test_fold_whitespace(raw: str, expected: str) -> None:
    assert fold_whitespace(raw) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "",
        "   ",
        None,
        "N/A",
        "n/a",
        "NA",
        "NA.",
        "N/A.",
        "n.a.",
        "-",
        "–",
        "—",
        "None",
        "none.",
        "Not applicable",
        "Not Applicable.",
        "[N/A]",
        "(none)",
        "...",
    ],
)
def test_is_empty_answer_true(answer: str | None) -> None:
    assert is_empty_answer(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "N/A – we do not crawl because all data comes from licensed sources.",
        "None of the private datasets subject to section 2.2.2 are publicly known.",
        "No",
        "Yes",
        "See above",
        "GPTBot",
        "0",
    ],
)
def test_is_empty_answer_false(answer: str) -> None:
    assert not is_empty_answer(answer)


def test_strip_placeholder_removes_the_additional_comments_instruction() -> None:
    cell = (
        "Providers may also disclose other relevant information on\n"
        "a voluntary basis, e.g. the period of data collection, size of\n"
        "the datasets and further details."
    )
    assert strip_placeholder(cell) == ""


def test_strip_placeholder_keeps_the_answer_round_the_instruction() -> None:
    cell = (
        "Collected 2019-2024. Providers may also disclose other relevant information on a "
        "voluntary basis, e.g. the period of data collection, size of the datasets and "
        "further details. Roughly 3 TB."
    )
    assert strip_placeholder(cell) == "Collected 2019-2024. Roughly 3 TB."


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("☐ Other If so, please specify…", "☐ Other"),
        ("Other (please specify): game logs", "Other : game logs"),
        ("DD/MM/YY", ""),
        ("From MM/YYYY to MM/YYYY", ""),
        ("Providers may als disclose other relevant informaton on a voluntary basis, e.g. "
         "the period of data collection, size of the datasets and further details", ""),
        ("Alternatively, specify the approximate size in a different measurement unit: "
         "15 trillion tokens", "15 trillion tokens"),
        ("An ordinary answer.", "An ordinary answer."),
    ],
)  # fmt: skip
def test_strip_placeholder_examples(cell: str, expected: str) -> None:
    assert strip_placeholder(cell) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "https://huggingface.co/datasets/utter-project/EuroBlocks-SFT-\nSynthetic-1124",
            "https://huggingface.co/datasets/utter-project/EuroBlocks-SFT-Synthetic-1124",
        ),
        (
            "https://huggingface.co/swiss-ai/Apertus-70B-\n2509/blob/main/Apertus_EU_Code_of_Prac\n"
            "tice.pdf",
            "https://huggingface.co/swiss-ai/Apertus-70B-2509/blob/main/Apertus_EU_Code_of_Practice.pdf",
        ),
        ("center (https:\n//developers.facebook.com/x/).", "center (https://developers.facebook.com/x/)."),
        (
            "MegaMath: https://hf.co/datasets/LLM360/MegaMath: https://\nhf.co/datasets/LLM360/MegaMath",
            "MegaMath: https://hf.co/datasets/LLM360/MegaMath: https://hf.co/datasets/LLM360/MegaMath",
        ),
        (
            "https://hf.co/datasets/HuggingFaceFW/\nfineweb-edu: x",
            "https://hf.co/datasets/HuggingFaceFW/fineweb-edu: x",
        ),
        # not wraps: a new URL, a new entry, a domain on its own line, a sentence
        ("https://a.example/x\nhttps://b.example/y", "https://a.example/x\nhttps://b.example/y"),
        ("https://a.example/x\nWikipedia", "https://a.example/x\nWikipedia"),
        ("https://a.example/x\nwikipedia.org", "https://a.example/x\nwikipedia.org"),
        ("see https://a.example/x.\nThe next one", "see https://a.example/x.\nThe next one"),
    ],
)  # fmt: skip
def test_rejoin_wrapped_urls(raw: str, expected: str) -> None:
    assert rejoin_wrapped_urls(raw) == expected


# --- properties ---------------------------------------------------------------------------


@given(st.text())
def test_fold_whitespace_is_idempotent_and_tidy(s: str) -> None:
    folded = fold_whitespace(s)
    assert fold_whitespace(folded) == folded
    assert folded == folded.strip()
    assert "  " not in folded
    assert "\n" not in folded


@given(st.text())
def test_is_empty_answer_ignores_surrounding_whitespace(s: str) -> None:
    assert is_empty_answer(s) == is_empty_answer(f"  {s}\n")


@given(st.text())
def test_strip_placeholder_never_raises_and_is_folded(s: str) -> None:
    out = strip_placeholder(s)
    assert out == fold_whitespace(out)
    assert len(out) <= len(fold_whitespace(s))


_WORDS = st.lists(
    st.sampled_from(["data", "crawl", "text", "licensed", "images", "2024", "web", "forum"]),
    min_size=1,
    max_size=8,
).map(" ".join)


@given(_WORDS, st.sampled_from([i for i in TEMPLATE_INSTRUCTIONS if len(i) >= 30]), _WORDS)
def test_strip_placeholder_removes_any_long_instruction_and_keeps_the_rest(
    before: str, instruction: str, after: str
) -> None:
    cell = f"{before}.\n{instruction}\n{after}."
    assert strip_placeholder(cell) == f"{before}. {after}."


@given(st.text())
def test_rejoin_wrapped_urls_only_removes_whitespace(s: str) -> None:
    out = rejoin_wrapped_urls(s)
    assert re.sub(r"\s", "", out) == re.sub(r"\s", "", s)
    assert len(out) <= len(s)


def test_not_applicable_with_a_bracketed_reason_is_empty() -> None:
    assert is_empty_answer("Not applicable (provider established in the Union)")
    assert is_empty_answer("N/A (EU provider).")
    assert not is_empty_answer("N/A - we do not crawl because all data is licensed")
