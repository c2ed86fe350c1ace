from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from trainaudit.normalize import domains
from trainaudit.normalize.domains import extract_domains, registrable_domain


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("example.com", "example.com"),
        ("Example.COM", "example.com"),
        ("www.example.com", "example.com"),
        ("news.bbc.co.uk", "bbc.co.uk"),
        ("https://www.lemonde.fr/economie/article.html?x=1#top", "lemonde.fr"),
        ("http://user:pw@Sub.Example.org:8080/path", "example.org"),
        ("example.com.", "example.com"),
        ("example.com:443", "example.com"),
        ("//cdn.example.net/lib.js", "example.net"),
        ("developers.openai.com/api/docs/bots", "openai.com"),
        ("münchen.de", "münchen.de"),
        ("www.MÜNCHEN.de", "münchen.de"),
        ("xn--mnchen-3ya.de", "xn--mnchen-3ya.de"),
        ("пример.рф", "пример.рф"),
        ("shop.example.xn--p1ai", "example.xn--p1ai"),
        ("user.github.io", "github.io"),  # ICANN section only
        ("spylab.ai", "spylab.ai"),
        # not registrable domains
        ("co.uk", None),
        ("com", None),
        (".com", None),
        ("localhost", None),
        ("192.168.0.1", None),
        ("robots.txt", None),
        ("tdmrep.json", None),
        ("v1.2", None),
        ("", None),
        ("not a domain", None),
        ("https://", None),
    ],
)
def test_registrable_domain(raw: str, expected: str | None) -> None:
    assert registrable_domain(raw) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Top domains: en.wikipedia.org, www.bbc.co.uk, https://arxiv.org/abs/1 and "
            "github.com; de.wikipedia.org again.",
            ["wikipedia.org", "bbc.co.uk", "arxiv.org", "github.com"],
        ),
        # categories and bare suffixes (Claude Opus 4.7: ".com, .org, .net")
        ("News sites, forums, and domains ending in .com, .org, .net", []),
        ("academic repositories, government resources, region-specific portals", []),
        # file names and versions
        ("We honour robots.txt, ai.txt, llms.txt, tdmrep.json and README.md files.", []),
        ("Model v1.2 and GPT-5.5 (Llama 3.1-405B)", []),
        # pointers: the link's host is a domain as written
        (
            "See the developer center (https://developers.facebook.com/docs/sharing/webmasters/"
            "web-crawlers/).",
            ["facebook.com"],
        ),
        # words run together at a sentence break are not domains
        ("in the post-training phase.Those were filtered; see the report.For details", []),
        # e-mail addresses are contact details, not crawled sources
        ("Contact legal@domyn.com or llm-requests@swiss-ai.org", []),
        ("Sources: lemonde.fr, LeMonde.fr, www.lemonde.fr", ["lemonde.fr"]),
        ("Example.COM and EXAMPLE.org", ["example.com", "example.org"]),
        ("", []),
        ("N/A", []),
    ],
)
def test_extract_domains(text: str, expected: list[str]) -> None:
    assert extract_domains(text) == expected


def test_extract_domains_can_include_emails() -> None:
    text = "Contact legal@domyn.com; crawled: example.org"
    assert extract_domains(text, include_emails=True) == ["domyn.com", "example.org"]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    domains._extractor.cache_clear()
    yield
    domains._extractor.cache_clear()


@pytest.mark.usefixtures("no_network")
def test_the_suffix_list_is_read_offline() -> None:
    assert registrable_domain("www.example.co.uk") == "example.co.uk"
    assert extract_domains("bbc.co.uk and lemonde.fr") == ["bbc.co.uk", "lemonde.fr"]


# --- properties ---------------------------------------------------------------------------

LABEL = st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,12}[a-z0-9])?", fullmatch=True)
SUFFIXES = ["com", "org", "net", "de", "fr", "it", "co.uk", "com.au", "eu", "ai", "io", "pl"]
HOSTS = st.tuples(st.lists(LABEL, max_size=3), LABEL, st.sampled_from(SUFFIXES))


@given(st.text())
def test_registrable_domain_is_idempotent_and_lower_case(s: str) -> None:
    out = registrable_domain(s)
    if out is not None:
        assert out == out.lower()
        assert registrable_domain(out) == out


@given(HOSTS, st.sampled_from(["", "http://", "https://", "//"]), st.booleans(), st.booleans())
def test_registrable_domain_of_generated_urls(
    host: tuple[list[str], str, str], scheme: str, port: bool, upper: bool
) -> None:
    subs, name, suffix = host
    assume(domains._extractor()(f"{name}.{suffix}").suffix == suffix)  # "ce.it" is a suffix
    full = ".".join([*subs, name, suffix])
    url = scheme + (full.upper() if upper else full) + (":8443" if port else "") + "/a/b?c=d"
    assert registrable_domain(url) == f"{name}.{suffix}"


@given(st.text())
def test_extract_domains_never_raises_no_duplicates_lower_case(s: str) -> None:
    out = extract_domains(s)
    assert len(out) == len(set(out))
    for domain in out:
        assert domain == domain.lower()
        assert domain in s.lower()
        assert registrable_domain(domain) == domain


FILLER = st.lists(
    st.sampled_from(["news", "sites", "and", "forums", "blogs", ",", ";"]), max_size=4
)


@given(st.lists(st.tuples(HOSTS, FILLER), min_size=1, max_size=6))
def test_extract_domains_finds_listed_hosts_in_order(
    parts: list[tuple[tuple[list[str], str, str], list[str]]],
) -> None:
    for (_, name, suffix), _ in parts:
        assume(domains._extractor()(f"{name}.{suffix}").suffix == suffix)
    text = " ".join(".".join([*h[0], h[1], h[2]]) + " " + " ".join(f) for h, f in parts)
    expected = list(dict.fromkeys(f"{h[1]}.{h[2]}" for h, _ in parts))
    assert extract_domains(text) == expected
