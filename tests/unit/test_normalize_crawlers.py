from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainaudit.normalize.crawlers import split_crawler_names
from trainaudit.normalize.text import is_empty_answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GPTBot", ["GPTBot"]),  # GPT-5.5
        ("ClaudeBot", ["ClaudeBot"]),
        ("Amazonbot (https://developer.amazon.com/amazonbot, RFC 9309)", ["Amazonbot"]),
        ("GPTBot, ClaudeBot and Google-Extended", ["GPTBot", "ClaudeBot", "Google-Extended"]),
        ("ClaudeBot; Claude-SearchBot", ["ClaudeBot", "Claude-SearchBot"]),
        ("• GPTBot\n• OAI-SearchBot\n• ChatGPT-User", ["GPTBot", "OAI-SearchBot", "ChatGPT-User"]),
        ("1. ClaudeBot\n2. Claude-User", ["ClaudeBot", "Claude-User"]),
        ("CCBot/2.0", ["CCBot/2.0"]),  # the version stays: names as written
        ("Brightbot 1.0", ["Brightbot 1.0"]),
        ("meta-externalagent, facebookexternalhit", ["meta-externalagent", "facebookexternalhit"]),
        ('"GPTBot"', ["GPTBot"]),
        ("GPTBot (used for training)", ["GPTBot"]),
        ("GPTBot: used for training models\nOAI-SearchBot: used for search",
         ["GPTBot", "OAI-SearchBot"]),
        ("Google-Extended – a standalone product token", ["Google-Extended"]),
        ("GPTBot, GPTBot", ["GPTBot"]),
        # dataset names given as crawlers are recorded as written (Fastweb)
        ("Common Crawl, Red Pajama, FineWeb Edu", ["Common Crawl", "Red Pajama", "FineWeb Edu"]),
        # prose: only user-agent tokens are kept
        ("GPTBot\nGPTBot is used to crawl content that may be used to\ntrain OpenAI’s generative "
         "AI foundation models and\nmake them more useful and safe.", ["GPTBot"]),
        ("Our crawler identifies itself as ExampleBot and honours robots.txt.", ["ExampleBot"]),
        # empty answers, pointers and bare links
        ("N/A", []),
        ("NA.", []),  # Mistral Large 3
        ("-", []),
        ("None", []),
        ("", []),
        (None, []),
        ("See list of crawlers here.", []),  # Gemini 3 Pro
        ("See list of crawlers here", []),
        ("Information on our crawlers is available at https://docs.cohere.com/docs/crawlers", []),
        ("https://developers.google.com/search/docs/crawling-indexing/google-common-crawlers", []),
        ("It is Meta’s policy to provide information on Meta’s web crawlers through Meta’s "
         "developer center (https:\n//developers.facebook.com/docs/sharing/webmasters/"
         "web-crawlers/).", []),  # Muse Spark
        ("Google uses crawlers to discover and scan websites.", []),
    ],
)  # fmt: skip
def test_split_crawler_names(text: str | None, expected: list[str]) -> None:
    assert split_crawler_names(text) == expected


# --- properties ---------------------------------------------------------------------------

NAME = st.from_regex(
    r"[A-Z][A-Za-z]{1,10}(?:Bot|bot|-Extended|-User)?(?:/[0-9]\.[0-9])?", fullmatch=True
).filter(lambda n: not is_empty_answer(n))
SEPARATORS = st.sampled_from([", ", "; ", "\n", " and ", "\n• ", " | "])


@given(st.lists(NAME, min_size=1, max_size=6, unique=True), st.data())
def test_joined_names_split_back(names: list[str], data: st.DataObject) -> None:
    text = names[0]
    for name in names[1:]:
        text += data.draw(SEPARATORS) + name
    assert split_crawler_names(text) == names


@given(st.text())
def test_split_crawler_names_never_returns_empty_or_padded_names(s: str) -> None:
    names = split_crawler_names(s)
    assert len(names) == len(set(names))
    for name in names:
        assert name
        assert name == name.strip()
        assert "://" not in name
