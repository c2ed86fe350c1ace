from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from trainaudit.optout import (
    CrawlerInfo,
    CrawlerRegistry,
    OptoutParseError,
    Purpose,
    builtin_registry,
    load_registry,
    parse_robots,
    product_token,
)
from trainaudit.optout.crawlers import purpose_from_text
from trainaudit.resources import data_dir


@pytest.mark.parametrize(
    ("name", "token"),
    [
        ("GPTBot", "gptbot"),
        ("CCBot/2.0", "ccbot"),
        ("Brightbot 1.0", "brightbot"),
        ("Google-Extended", "google-extended"),
        ('"ClaudeBot"', "claudebot"),
        ("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "googlebot"),
        (
            "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2;"
            " +https://openai.com/gptbot)",
            "gptbot",
        ),
        (
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like"
            " Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)",
            "applebot",
        ),
        ("Mozilla/5.0", "mozilla"),
        ("", ""),
        ("*", "*"),
    ],
)
def test_product_token(name: str, token: str) -> None:
    assert product_token(name) == token


def test_builtin_registry_is_well_formed() -> None:
    registry = builtin_registry()
    assert registry.source == "builtin"
    assert 40 <= len(registry) <= 60
    tokens = [c.token.lower() for c in registry.crawlers]
    assert len(tokens) == len(set(tokens))
    for crawler in registry.crawlers:
        assert crawler.operator
        assert crawler.url is None or crawler.url.startswith("https://"), crawler.token
        assert product_token(crawler.token) == crawler.token.lower()
    assert {c.purpose for c in registry.crawlers} == set(Purpose)
    assert builtin_registry() is registry  # loaded once


def test_builtin_registry_file_is_bundled_rule_data() -> None:
    path = data_dir("rules") / "crawlers" / "registry.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert len(data["crawlers"]) == len(builtin_registry())


@pytest.mark.parametrize(
    ("name", "token", "operator", "purpose"),
    [
        ("GPTBot", "GPTBot", "OpenAI", Purpose.TRAINING),
        ("gptbot", "GPTBot", "OpenAI", Purpose.TRAINING),
        ("CCBot/2.0", "CCBot", "Common Crawl Foundation", Purpose.TRAINING),
        ("ccbot/2.0 (https://commoncrawl.org/faq/)", "CCBot", "Common Crawl Foundation", None),
        ("Google-Extended", "Google-Extended", "Google", Purpose.TRAINING),
        ("Applebot-Extended", "Applebot-Extended", "Apple", Purpose.TRAINING),
        ("Applebot", "Applebot", "Apple", Purpose.SEARCH),
        ("OAI-SearchBot", "OAI-SearchBot", "OpenAI", Purpose.SEARCH),
        ("ChatGPT-User/1.0", "ChatGPT-User", "OpenAI", Purpose.USER_TRIGGERED),
        ("meta-externalagent", "Meta-ExternalAgent", "Meta", Purpose.TRAINING),
        (
            "Mozilla/5.0 (compatible; ClaudeBot/1.0; +claudebot@anthropic.com)",
            "ClaudeBot",
            "Anthropic",
            Purpose.TRAINING,
        ),
    ],
)
def test_lookup(name: str, token: str, operator: str, purpose: Purpose | None) -> None:
    info = builtin_registry().lookup(name)
    assert info is not None
    assert (info.token, info.operator) == (token, operator)
    assert purpose is None or info.purpose is purpose


@pytest.mark.parametrize("name", ["Google", "OpenAI", "Common Crawl", "", "GPT", "Bot"])
def test_lookup_of_what_is_not_a_crawler(name: str) -> None:
    assert builtin_registry().lookup(name) is None


def test_operator_tokens() -> None:
    registry = builtin_registry()
    assert registry.operator_tokens("OpenAI") == ("GPTBot", "OAI-SearchBot", "ChatGPT-User")
    assert registry.operator_tokens("openai") == registry.operator_tokens("OpenAI")
    assert "ClaudeBot" in registry.operator_tokens("Anthropic")
    assert "img2dataset" in registry.operator_tokens("LAION")  # whole words of the operator
    assert registry.operator_tokens("Anthro") == ()
    assert registry.operator_tokens("") == ()
    assert "Meta" in registry.operators()


def test_tokens_by_purpose() -> None:
    training = builtin_registry().tokens(Purpose.TRAINING)
    assert {"GPTBot", "ClaudeBot", "CCBot", "Google-Extended"} <= set(training)
    assert "OAI-SearchBot" not in training
    assert len(builtin_registry().tokens()) == len(builtin_registry())


def test_registry_tokens_block_in_robots_txt() -> None:
    # a robots.txt naming every training crawler of the registry blocks each by its name
    training = builtin_registry().tokens(Purpose.TRAINING)
    robots = parse_robots("".join(f"User-agent: {t}\n" for t in training) + "Disallow: /\n")
    assert all(robots.blocks_entire_site(t) for t in training)
    assert not robots.blocks_entire_site("OAI-SearchBot")


def test_load_registry_in_the_project_shape(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "crawlers:\n"
        "  - {token: ExampleBot, operator: Example Inc, purpose: training,"
        " respects_robots: null, url: https://example.com/bot}\n"
        "  - {token: OtherBot, operator: Other, purpose: other}\n",
        encoding="utf-8",
    )
    registry = load_registry(path)
    assert registry.source == str(path)
    assert registry.lookup("examplebot/3") == CrawlerInfo(
        token="ExampleBot",
        operator="Example Inc",
        purpose=Purpose.TRAINING,
        respects_robots=None,
        url="https://example.com/bot",
    )
    merged = builtin_registry().merged(registry)
    assert len(merged) == len(builtin_registry()) + 2
    assert merged.lookup("OtherBot") is not None
    assert merged.merged(registry).crawlers == merged.crawlers


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("crawlers: 3\n", "'crawlers' must be a list"),
        ("- a\n", "expected a mapping at the top level"),
        ("crawlers: [1]\n", r"crawlers\[0\]: expected a mapping"),
        ("crawlers: [{token: A, operator: B, purpose: spying}]\n", "purpose 'spying'"),
        ("crawlers: [{operator: B, purpose: other}]\n", "'token' must be a non-empty string"),
        ("crawlers: [{token: A, operator: B, purpose: other, colour: red}]\n", "unknown field"),
        ("crawlers: [{token: A, operator: B, purpose: other, respects_robots: 1}]\n", "true,"),
        ("crawlers: [{token: A, operator: B, purpose: other, url: 7}]\n", "'url' must be"),
        ("crawlers: [\n", "not valid JSON or YAML"),
        ("GPTBot: 3\n", "'GPTBot': expected an object of fields"),
    ],
)
def test_bad_registries_raise(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OptoutParseError, match=message):
        load_registry(path)


def test_missing_registry_file_raises(tmp_path: Path) -> None:
    with pytest.raises(OptoutParseError, match="cannot read the crawler registry"):
        load_registry(tmp_path / "absent.json")


@pytest.mark.parametrize(
    ("function", "description", "purpose"),
    [
        ("AI Assistants", "", Purpose.USER_TRIGGERED),
        ("AI Search Crawlers", "", Purpose.SEARCH),
        ("AI Data Scrapers", "", Purpose.TRAINING),
        ("Scrapes data to train the operator's models.", "", Purpose.TRAINING),
        ("Search result generation.", "", Purpose.SEARCH),
        (
            "Retrieves data to provide responses to user-initiated prompts.",
            "",
            Purpose.USER_TRIGGERED,
        ),
        ("AI tools and models for machine learning research.", "", Purpose.TRAINING),
        ("Powers features in an assistant.", "", Purpose.USER_TRIGGERED),
        ("Powers product features.", "It is used to train foundation models.", Purpose.TRAINING),
        ("Ostensibly only for sharing.", "", Purpose.OTHER),
    ],
)
def test_purpose_from_text(function: str, description: str, purpose: Purpose) -> None:
    assert purpose_from_text(function, description) is purpose


def test_an_ai_robots_txt_shaped_file(tmp_path: Path) -> None:
    path = tmp_path / "robots.json"
    path.write_text(
        '{"ExampleBot": {"operator": "[Example](https://example.com/bot)",'
        ' "respect": "[Yes](https://example.com/robots)", "function": "LLM training.",'
        ' "frequency": "Daily.", "description": "Collects pages."},'
        ' "OddBot": {"operator": "Unclear at this time.", "respect": "Unclear at this time.",'
        ' "function": "AI Agents", "frequency": "", "description": ""}}',
        encoding="utf-8",
    )
    registry = load_registry(path)
    example, odd = registry.crawlers
    assert (example.operator, example.url, example.respects_robots) == (
        "Example",
        "https://example.com/bot",
        True,
    )
    assert example.purpose is Purpose.TRAINING
    assert (odd.operator, odd.respects_robots, odd.purpose) == ("", None, Purpose.USER_TRIGGERED)


# --- the real ai.robots.txt registry in ../shared ---------------------------------------------


@pytest.fixture(scope="module")
def ai_robots(shared: Path) -> CrawlerRegistry:
    path = shared / "data" / "crawlers" / "ai-robots-txt-robots.json"
    if not path.is_file():
        pytest.skip("../shared/data/crawlers/ai-robots-txt-robots.json is absent")
    return load_registry(path)


@pytest.mark.real
def test_the_ai_robots_txt_registry_loads(ai_robots: CrawlerRegistry) -> None:
    assert len(ai_robots) >= 150
    gpt = ai_robots.lookup("GPTBot/1.1")
    assert gpt is not None
    assert (gpt.operator, gpt.purpose, gpt.respects_robots) == ("OpenAI", Purpose.TRAINING, True)
    bytespider = ai_robots.lookup("bytespider")
    assert bytespider is not None
    assert bytespider.respects_robots is False
    assert {"ClaudeBot", "Claude-User", "Claude-SearchBot"} <= set(
        ai_robots.operator_tokens("Anthropic")
    )
    assert ai_robots.lookup("Kangaroo Bot") is not None
    assert all(c.url is None or c.url.startswith("http") for c in ai_robots.crawlers)


@pytest.mark.real
def test_builtin_ai_crawlers_are_known_to_ai_robots_txt(ai_robots: CrawlerRegistry) -> None:
    # the builtin list adds the search engines' own crawlers; all else is in both
    unknown = [c.token for c in builtin_registry().crawlers if ai_robots.lookup(c.token) is None]
    assert set(unknown) <= {"Googlebot", "Bingbot"}, unknown


@pytest.mark.real
def test_builtin_first_then_the_fuller_registry(ai_robots: CrawlerRegistry) -> None:
    merged = builtin_registry().merged(ai_robots)
    assert all(merged.lookup(c.token) is not None for c in ai_robots.crawlers)
    assert merged.crawlers[: len(builtin_registry())] == builtin_registry().crawlers
    gpt = merged.lookup("GPTBot")
    assert gpt is not None
    assert gpt.url == "https://platform.openai.com/docs/bots"  # the builtin entry wins
    assert merged.lookup("TikTokSpider") is not None
