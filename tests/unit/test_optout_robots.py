from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainaudit.catalogue.model import Mechanism
from trainaudit.optout import evaluate, evaluate_robots, parse_robots, robots_at
from trainaudit.optout.errors import OptoutError
from trainaudit.optout.paths import normalise_path, normalise_pattern
from trainaudit.optout.robots import PARSE_LIMIT

# RFC 9309 section 5.1, "Simple Example" (the figure, with its EOF marker line).
RFC_SIMPLE = """\
User-Agent: *
Disallow: *.gif$
Disallow: /example/
Allow: /publications/

User-Agent: foobot
Disallow:/
Allow:/example/page.html
Allow:/example/allowed.gif

User-Agent: barbot
User-Agent: bazbot
Disallow: /example/page.html

User-Agent: quxbot

EOF
"""


@pytest.mark.parametrize(
    ("agent", "path", "allowed"),
    [
        # "*" group: any crawler without a group of its own
        ("otherbot", "/image.gif", False),
        ("otherbot", "/images/cat.gif", False),
        ("otherbot", "/cat.gif?size=2", True),  # "$": the path must end with .gif
        ("otherbot", "/example/", False),
        ("otherbot", "/example/page.html", False),
        ("otherbot", "/publications/", True),
        ("otherbot", "/publications/cover.gif", True),  # longer allow beats *.gif$
        ("otherbot", "/", True),
        # foobot: everything disallowed but two pages; it does not inherit "*"
        ("foobot", "/", False),
        ("foobot", "/example/page.html", True),
        ("foobot", "/example/allowed.gif", True),
        ("foobot", "/example/other.html", False),
        ("foobot", "/publications/", False),
        # barbot and bazbot share a group
        ("barbot", "/example/page.html", False),
        ("bazbot", "/example/page.html", False),
        ("bazbot", "/example/other.html", True),
        ("bazbot", "/image.gif", True),
        # quxbot has an empty group: all allowed, "*" does not apply
        ("quxbot", "/example/page.html", True),
        ("quxbot", "/image.gif", True),
    ],
)
def test_rfc_9309_simple_example(agent: str, path: str, allowed: bool) -> None:
    assert parse_robots(RFC_SIMPLE).allows(agent, path) is allowed


def test_rfc_simple_example_structure() -> None:
    robots = parse_robots(RFC_SIMPLE)
    assert [g.agents for g in robots.groups] == [
        ("*",),
        ("foobot",),
        ("barbot", "bazbot"),
        ("quxbot",),
    ]
    assert robots.groups[3].rules == ()
    assert [i.text for i in robots.ignored] == ["EOF"]
    assert robots.agents() == ("*", "foobot", "barbot", "bazbot", "quxbot")


def test_rfc_9309_longest_match_example() -> None:
    # RFC 9309 section 5.2
    robots = parse_robots(
        "User-Agent: foobot\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n"
    )
    assert robots.allows("foobot", "/example/page/")
    assert robots.allows("foobot", "/example/page/index.html")
    assert not robots.allows("foobot", "/example/page/disallowed.gif")


def test_groups_for_the_same_agent_are_merged() -> None:
    # RFC 9309 2.2.1: both groups' rules are combined
    robots = parse_robots(
        "user-agent: ExampleBot\ndisallow: /foo\ndisallow: /bar\n\n"
        "user-agent: ExampleBot\ndisallow: /baz\n"
    )
    for path in ("/foo", "/bar", "/baz"):
        assert not robots.allows("ExampleBot", path)
    assert robots.allows("ExampleBot", "/qux")
    decision = robots.decision("examplebot", "/baz")
    assert decision.agents == ("ExampleBot", "ExampleBot")
    assert decision.agent_lines == (1, 5)
    assert decision.line == 6


def test_star_group_applies_only_when_no_group_names_the_crawler() -> None:
    robots = parse_robots("User-agent: *\nDisallow: /x/\n\nUser-agent: FooBot\nDisallow: /y/\n")
    assert robots.allows("FooBot", "/x/page")
    assert not robots.allows("FooBot", "/y/page")
    assert not robots.allows("BarBot", "/x/page")
    assert robots.decision("BarBot", "/x/page").via_wildcard
    assert not robots.decision("FooBot", "/y/page").via_wildcard


def test_no_group_for_the_crawler_and_no_star_group_allows_everything() -> None:
    robots = parse_robots("user-agent: FooBot\ndisallow: /\n")
    decision = robots.decision("QuxBot", "/x")
    assert decision.allowed
    assert decision.agents == ()
    assert not decision.via_wildcard
    assert decision.rule is None


@pytest.mark.parametrize(
    ("rules", "path", "allowed"),
    [
        ("allow: /p\ndisallow: /\n", "/page", True),  # longest match wins
        ("allow: /folder\ndisallow: /folder\n", "/folder/page", True),  # allow wins a tie
        ("disallow: /folder\nallow: /folder\n", "/folder/page", True),  # in any order
        ("allow: /page\ndisallow: /*.htm\n", "/page.htm", False),  # 7 octets beat 5
        ("allow: /$\ndisallow: /\n", "/", True),
        ("allow: /$\ndisallow: /\n", "/page.html", False),
        ("disallow: /x/page.html\nallow: /x/\n", "/x/page.html", False),
        ("allow: /x/page.\ndisallow: /*.html\n", "/x/page.html", True),
        ("disallow: /x\nallow: /x/\n", "/x", False),
        ("disallow: /x\nallow: /x/\n", "/x/", True),
        ("disallow:\n", "/anything", True),  # empty disallow: allow all
        ("disallow: \nallow: \n", "/anything", True),
        ("disallow: /\nallow: /\n", "/", True),
    ],
)
def test_longest_match_and_ties(rules: str, path: str, allowed: bool) -> None:
    assert parse_robots("user-agent: FooBot\n" + rules).allows("FooBot", path) is allowed


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("/fish", "/fish", True),
        ("/fish", "/fish.html", True),
        ("/fish", "/fishheads/yummy.html", True),
        ("/fish", "/fish.html?id=anything", True),
        ("/fish", "/Fish.asp", False),  # paths are case-sensitive
        ("/fish", "/catfish", False),
        ("/fish", "/?id=fish", False),
        ("/fish*", "/fishheads", True),
        ("/fish/", "/fish", False),
        ("/fish/", "/fish/salmon", True),
        ("/*.php", "/folder/filename.php", True),
        ("/*.php", "/index?f=filename.php/", True),
        ("/*.php", "/windows.PHP", False),
        ("/*.php$", "/filename.php", True),
        ("/*.php$", "/filename.php?parameters", False),
        ("/*.php$", "/filename.php5", False),
        ("/fish*.php", "/fishheads/catfish.php?parameters", True),
        ("/foo/*/qux", "/foo/bar/baz/qux/end", True),
        ("/foo/*/qux", "/foo/qux", False),
        ("/a*b*c$", "/abxc", True),
        ("/a*b*c$", "/ac", False),
        ("*.gif$", "/deep/dir/cat.gif", True),
        ("/foo/bar$", "/foo/bar/", False),
    ],
)
def test_wildcards_and_end_anchor(pattern: str, path: str, matches: bool) -> None:
    robots = parse_robots(f"user-agent: *\ndisallow: {pattern}\n")
    assert robots.allows("anybot", path) is not matches


@pytest.mark.parametrize(
    ("pattern", "path"),
    [
        # RFC 9309 2.2.2: non-ASCII is percent-encoded, unreserved escapes are decoded
        ("/foo/bar/ツ", "/foo/bar/%E3%83%84"),
        ("/foo/bar/%E3%83%84", "/foo/bar/ツ"),
        ("/foo/bar/%e3%83%84", "/foo/bar/%E3%83%84"),  # hex case does not matter
        ("/foo/bar/%62%61%7A", "/foo/bar/baz"),
        ("/foo/bar/baz", "/foo/bar/%62%61%7A"),
        ("/foo/bar?baz=quz", "/foo/bar?baz=quz"),
        # RFC 9309 2.2.3: special characters matched verbatim are percent-encoded
        ("/path/file-with-a-%2A.html", "/path/file-with-a-*.html"),
        ("/path/foo-%24", "/path/foo-$"),
    ],
)
def test_percent_encoding_normalisation(pattern: str, path: str) -> None:
    robots = parse_robots(f"user-agent: FooBot\ndisallow: /\nallow: {pattern}\n")
    assert robots.allows("FooBot", path)


def test_reserved_escapes_are_not_decoded() -> None:
    # "%2F" is an escaped "/" (reserved): it is not the same path as "/"
    robots = parse_robots("user-agent: *\ndisallow: /a/b\n")
    assert robots.allows("x", "/a%2Fb")
    assert not robots.allows("x", "/a/b")
    assert normalise_path("/a%2fb") == "/a%2Fb"
    assert normalise_pattern("/a b") == "/a%20b"
    assert normalise_pattern("/100%") == "/100%25"


def test_literal_dollar_inside_a_pattern() -> None:
    robots = parse_robots("user-agent: *\ndisallow: /a$b\n")
    assert not robots.allows("x", "/a$bc")
    assert robots.allows("x", "/ab")


def test_keys_and_agents_are_case_insensitive() -> None:
    robots = parse_robots("USER-AGENT: FooBot\nALLOW: /x/\nDisAllow: /\n")
    assert robots.allows("foobot", "/x/y")
    assert not robots.allows("FOOBOT", "/a/b")
    robots = parse_robots("User-Agent: FOO BAR\nDisallow: /\n")  # token up to the first space
    assert not robots.allows("Foo", "/")


@pytest.mark.parametrize(
    "name",
    [
        "CCBot",
        "ccbot",
        "CCBot/2.0",
        "CCBot/2.0 (https://commoncrawl.org/faq/)",
        "Mozilla/5.0 (compatible; CCBot/2.1; +https://commoncrawl.org)",
        " 'CCBot' ",
    ],
)
def test_crawler_names_are_reduced_to_their_product_token(name: str) -> None:
    robots = parse_robots("user-agent: ccbot\ndisallow: /\n\nuser-agent: *\nallow: /\n")
    decision = robots.decision(name)
    assert decision.token == "ccbot"
    assert not decision.allowed


def test_user_agent_line_with_version_or_comment() -> None:
    robots = parse_robots("User-agent: GPTBot/1.0 # OpenAI\nDisallow: /\n")
    assert robots.blocks_entire_site("GPTBot")
    assert robots.groups[0].agents == ("GPTBot/1.0",)


def test_bom_and_line_endings() -> None:
    for newline in ("\n", "\r\n", "\r"):
        text = "\ufeff" + newline.join(["user-agent: FooBot", "# note", "disallow: /x", ""])
        robots = parse_robots(text)
        decision = robots.decision("FooBot", "/x/y")
        assert not decision.allowed
        assert decision.line == 3
        assert decision.text == "disallow: /x"
    robots = parse_robots("user-agent: a\r\ndisallow: /a\ruser-agent: b\ndisallow: /b\n")
    assert [g.agent_lines for g in robots.groups] == [(1,), (3,)]


def test_comments_end_a_line() -> None:
    robots = parse_robots("User-agent: FooBot\n# Disallow: /\nDisallow: /foo/quz#qux\nAllow: /\n")
    assert robots.allows("FooBot", "/foo/bar")
    assert not robots.allows("FooBot", "/foo/quz")


def test_lenient_syntax() -> None:
    # a missing colon is accepted when the line is exactly two words
    assert not parse_robots("user-agent FooBot\ndisallow /\n").allows("FooBot", "/x")
    robots = parse_robots("user-agent: FooBot\ndisallow / private\n")
    assert robots.allows("FooBot", "/x")
    assert robots.ignored[0].line == 2
    # frequent misspellings of the keys
    robots = parse_robots("useragent: FooBot\ndissallow: /a\ndisalow: /b\n")
    assert not robots.allows("FooBot", "/a")
    assert not robots.allows("FooBot", "/b")
    # whitespace around keys and values; a pattern without its leading slash
    robots = parse_robots("  User-agent  :   FooBot  \n\tDisallow\t:\tprivate/ \n")
    assert not robots.allows("FooBot", "/private/x")


def test_unknown_keys_and_garbage_are_ignored() -> None:
    robots = parse_robots("foo: FooBot\nbar: /\n<html><body>\n")
    assert robots.groups == ()
    assert robots.allows("FooBot", "/x/y")
    assert [r.key for r in robots.other] == ["foo", "bar"]
    assert robots.ignored[0].reason == "not a record"


def test_other_records_do_not_end_a_group() -> None:
    for record in ("Sitemap: https://foo.bar/sitemap", "Invalid-Unknown-Line: unknown"):
        robots = parse_robots(f"User-agent: FooBot\n{record}\nUser-agent: *\nDisallow: /\n")
        assert not robots.allows("FooBot", "/")
        assert not robots.allows("BarBot", "/")


def test_blank_lines_do_not_end_a_group() -> None:
    robots = parse_robots("user-agent: a\n\n\nuser-agent: b\n\ndisallow: /\n")
    assert len(robots.groups) == 1
    assert robots.blocks_entire_site("b")
    assert robots.blocks_entire_site("a")


def test_rules_outside_groups_are_ignored() -> None:
    robots = parse_robots(
        "allow: /foo/bar/\n\nuser-agent: FooBot\ndisallow: /\nallow: /x/\n"
        "user-agent: BarBot\ndisallow: /\nallow: /y/\n"
    )
    assert robots.ignored[0].reason == "rule before any user-agent line"
    assert not robots.allows("FooBot", "/foo/bar/")
    assert robots.allows("FooBot", "/x/b")
    assert not robots.allows("FooBot", "/y/c")
    assert robots.allows("BarBot", "/y/c")


def test_missing_user_agent_means_no_rules() -> None:
    robots = parse_robots("Disallow: /\n")
    assert robots.groups == ()
    assert robots.allows("GPTBot", "/")
    assert not robots.blocks_entire_site("GPTBot")


def test_empty_file_allows_everything() -> None:
    for text in ("", "\n\n", "# only a comment\n"):
        assert parse_robots(text).allows("GPTBot", "/")


def test_robots_txt_itself_is_always_allowed() -> None:
    robots = parse_robots("user-agent: *\ndisallow: /\n")
    assert robots.allows("GPTBot", "/robots.txt")
    assert not robots.allows("GPTBot", "/robots.txt.bak")


def test_sitemaps_and_other_records_are_collected() -> None:
    robots = parse_robots(
        "Sitemap: https://example.com/a.xml\nuser-agent: *\ncrawl-delay: 5\n"
        "Content-Signal: search=yes, ai-train=no\nallow: /\nsite-map: https://example.com/b.xml\n"
    )
    assert robots.sitemaps == ("https://example.com/a.xml", "https://example.com/b.xml")
    assert [(r.key, r.value, r.group) for r in robots.other] == [
        ("crawl-delay", "5", 0),
        ("content-signal", "search=yes, ai-train=no", 0),
    ]


def test_urls_are_read_as_their_path_and_query() -> None:
    robots = parse_robots("user-agent: *\ndisallow: /private\ndisallow: /*?q=\n")
    assert not robots.allows("x", "https://example.com/private/page#top")
    assert not robots.allows("x", "https://example.com/?q=1")
    assert robots.allows("x", "https://example.com")
    assert robots.allows("x", "https://example.com/public")


def test_decision_quotes_the_deciding_line() -> None:
    text = "# comment\nUser-agent: GPTBot\nUser-agent: CCBot\nDisallow: /   # all\n"
    decision = parse_robots(text).decision("CCBot/2.0", "/page")
    assert not decision.allowed
    assert decision.line == 4
    assert decision.text == "Disallow: /   # all"
    assert decision.rule is not None
    assert decision.rule.kind == "disallow"
    assert decision.rule.pattern == "/"
    assert decision.agents == ("GPTBot", "CCBot")
    assert decision.agent_lines == (2, 3)
    assert decision.path == "/page"
    assert not decision.via_wildcard


def test_blocks_entire_site_and_names() -> None:
    robots = parse_robots(
        "user-agent: GPTBot\ndisallow: /\n\nuser-agent: CCBot\ndisallow: /private/\n"
        "\nuser-agent: *\ndisallow: /\nallow: /$\n"
    )
    assert robots.blocks_entire_site("GPTBot")
    assert not robots.blocks_entire_site("CCBot")
    assert not robots.blocks_entire_site("ClaudeBot")  # "/" itself is allowed to "*"
    assert not robots.allows("ClaudeBot", "/page")
    assert robots.names("gptbot")
    assert not robots.names("ClaudeBot")
    assert not robots.names("*")


def test_html_served_as_robots_txt_is_flagged() -> None:
    page = "<!doctype html><html><head><title>Just a moment...</title></head></html>"
    assert parse_robots(page).html
    assert parse_robots("\n  <!-- x -->\n<HTML>\n").html
    assert not parse_robots("user-agent: *\ndisallow: /\n").html


def _huge(lines: int) -> str:
    return "user-agent: *\n" + "".join(f"disallow: /folder-{i:07d}/\n" for i in range(lines))


def test_huge_file_is_parsed_up_to_the_limit() -> None:
    body = _huge(30_000)  # about 780 KiB
    text = body + "user-agent: GPTBot\ndisallow: /\n"
    assert len(text.encode()) > PARSE_LIMIT
    started = time.perf_counter()
    robots = parse_robots(text)
    assert time.perf_counter() - started < 10
    assert robots.truncated
    # the GPTBot group lies beyond 500 KiB: ignored, so "*" applies
    assert robots.allows("GPTBot", "/")
    assert not robots.names("GPTBot")
    # a rule well inside the limit is honoured; the line cut by the limit is dropped
    assert not robots.allows("GPTBot", "/folder-0010000/x")
    last = robots.groups[0].rules[-1]
    assert last.text == f"disallow: /folder-{last.line - 2:07d}/"
    assert len("".join(f"{r.text}\n" for r in robots.groups[0].rules)) < PARSE_LIMIT


def test_parse_limit_can_be_raised() -> None:
    text = _huge(30_000) + "user-agent: GPTBot\ndisallow: /\n"
    robots = parse_robots(text, limit=2 * len(text))
    assert not robots.truncated
    assert robots.blocks_entire_site("GPTBot")


def test_a_single_huge_line_does_not_break_the_parser() -> None:
    robots = parse_robots("user-agent: *\ndisallow: /" + "a" * (PARSE_LIMIT + 10))
    assert robots.truncated
    assert robots.allows("x", "/b")


@given(st.text(), st.text(), st.text())
def test_parse_never_raises_and_allows_is_a_bool(text: str, agent: str, path: str) -> None:
    robots = parse_robots(text)
    assert isinstance(robots.allows(agent, path), bool)
    assert isinstance(robots.blocks_entire_site(agent), bool)


_LINES = st.one_of(
    st.sampled_from(["", "# c", "user-agent: *", "User-Agent: GPTBot", "sitemap: /s", "EOF"]),
    st.builds(
        "{}: {}".format,
        st.sampled_from(["allow", "disallow", "user-agent", "crawl-delay", "dissallow"]),
        st.text(alphabet="/*$%?#ab.Z ツ", max_size=12),
    ),
)


@settings(max_examples=300)
@given(
    st.lists(_LINES, max_size=30),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from(["GPTBot", "otherbot", "*", ""]),
    st.text(alphabet="/*$%?#ab.Z ツ", max_size=15),
)
def test_robots_shaped_text_always_decides(
    lines: list[str], newline: str, agent: str, path: str
) -> None:
    robots = parse_robots(newline.join(lines))
    decision = robots.decision(agent, path)
    assert isinstance(decision.allowed, bool)
    if decision.rule is not None:
        assert decision.allowed is decision.rule.allow
        assert decision.text == lines[decision.rule.line - 1]


# --- evaluation --------------------------------------------------------------------------

HOLDER_ROBOTS = """\
# A publisher reserving its rights against text and data mining
User-agent: GPTBot
User-agent: CCBot
User-agent: Google-Extended
Disallow: /

User-agent: *
Disallow: /drafts/
"""


def test_evaluate_robots_gives_one_verdict_per_declared_crawler() -> None:
    crawlers = ["GPTBot", "CCBot/2.0", "ClaudeBot", "GPTBot", " "]
    verdicts = evaluate_robots(HOLDER_ROBOTS, crawlers, "/drafts/song")
    assert [v.crawler for v in verdicts] == ["GPTBot", "CCBot/2.0", "ClaudeBot"]
    gpt, cc, claude = verdicts
    assert (gpt.allowed, gpt.site_blocked, gpt.decided_by_line, gpt.decided_by) == (
        False,
        True,
        5,
        "Disallow: /",
    )
    assert cc.token == "ccbot"
    assert not cc.via_wildcard
    assert (claude.allowed, claude.site_blocked, claude.via_wildcard) == (False, False, True)
    assert claude.decided_by == "Disallow: /drafts/"
    assert all(v.mechanism is Mechanism.ROBOTS_TXT for v in verdicts)


def test_evaluate_robots_at_the_root() -> None:
    verdicts = evaluate_robots(HOLDER_ROBOTS, ["ClaudeBot"])
    assert verdicts[0].allowed
    assert verdicts[0].path == "/"
    assert verdicts[0].decided_by_line is None


def test_evaluate_dispatches_on_the_mechanism() -> None:
    assert evaluate(HOLDER_ROBOTS, "robots.txt", ["GPTBot"]) == evaluate_robots(
        HOLDER_ROBOTS, ["GPTBot"]
    )
    with pytest.raises(OptoutError, match="website-declaration"):
        evaluate("We reserve our rights.", Mechanism.WEBSITE_DECLARATION, ["GPTBot"])
    with pytest.raises(OptoutError, match="carrier-pigeon"):
        evaluate("", "carrier-pigeon", ["GPTBot"])


def test_robots_at_picks_the_latest_snapshot_on_or_before_a_date() -> None:
    snapshots = {date(2025, 1, 1): "a", date(2025, 7, 1): "b", date(2026, 1, 1): "c"}
    assert robots_at(snapshots, date(2024, 12, 31)) is None
    assert robots_at(snapshots, date(2025, 1, 1)) == "a"
    assert robots_at(snapshots, date(2025, 6, 30)) == "a"
    assert robots_at(snapshots, date(2025, 7, 1)) == "b"
    assert robots_at(snapshots, date(2030, 1, 1)) == "c"
    assert robots_at({}, date(2025, 1, 1)) is None


# --- the real snapshots in ../shared -------------------------------------------------------

MONTHS = ("2025-01", "2025-07", "2026-01")


@pytest.fixture(scope="module")
def snapshots(shared: Path) -> Path:
    folder = shared / "data" / "robots-txt"
    if not all((folder / month).is_dir() for month in MONTHS):
        pytest.skip("../shared/data/robots-txt/ (real robots.txt snapshots) is absent")
    return folder


def _read(snapshots: Path, month: str, site: str) -> str:
    return (snapshots / month / f"{site}.robots.txt").read_text(encoding="utf-8")


@pytest.mark.real
def test_every_real_snapshot_parses(snapshots: Path) -> None:
    files = sorted(snapshots.glob("*/*.robots.txt"))
    assert len(files) > 600
    for path in files:
        robots = parse_robots(path.read_text(encoding="utf-8"))
        for agent in ("GPTBot", "CCBot/2.0", "Google-Extended", "SomeUnknownBot"):
            assert isinstance(robots.blocks_entire_site(agent), bool), path


@pytest.mark.real
def test_a_plain_gptbot_block_is_always_read_as_one(snapshots: Path) -> None:
    # in every file, a group naming GPTBot whose only rule is "disallow: /" blocks it
    checked = 0
    for path in sorted(snapshots.glob("*/*.robots.txt")):
        robots = parse_robots(path.read_text(encoding="utf-8"))
        groups = [g for g in robots.groups if "gptbot" in g.tokens]
        if groups and all(
            [(r.allow, r.pattern) for r in g.rules] == [(False, "/")] for g in groups
        ):
            assert robots.blocks_entire_site("GPTBot"), path
            checked += 1
    assert checked > 100


@pytest.mark.real
def test_gptbot_on_the_new_york_times(snapshots: Path) -> None:
    text = _read(snapshots, "2025-01", "www.nytimes.com")
    decision = parse_robots(text).decision("GPTBot", "/2025/01/01/arts/music/review.html")
    assert not decision.allowed
    assert decision.agents == ("gptbot",)
    assert (decision.line, decision.text) == (181, "disallow: /")
    assert text.splitlines()[decision.agent_lines[0] - 1] == "user-agent: gptbot"
    # Googlebot shares the "*" group's line, and may fetch articles
    assert parse_robots(text).allows("Googlebot", "/2025/01/01/arts/music/review.html")


@pytest.mark.real
def test_gptbot_on_github_falls_back_to_the_star_group(snapshots: Path) -> None:
    robots = parse_robots(_read(snapshots, "2025-01", "github.com"))
    assert not robots.names("GPTBot")
    assert robots.allows("GPTBot", "/")
    decision = robots.decision("GPTBot", "/octo/repo/pulse")
    assert not decision.allowed
    assert decision.via_wildcard
    assert decision.text == "disallow: /*/*/pulse"


@pytest.mark.real
def test_gptbot_home_page_only_on_an_allow_dollar_site(snapshots: Path) -> None:
    # "disallow: /" with "allow: /$": the root is allowed, every other page is not
    robots = parse_robots(_read(snapshots, "2025-01", "www.pornhub.com"))
    assert robots.names("GPTBot")
    assert robots.decision("GPTBot", "/").text == "allow: /$"
    assert not robots.allows("GPTBot", "/video")
    assert robots.allows("GPTBot", "/insights/post")


@pytest.mark.real
def test_decisions_change_between_2025_and_2026(snapshots: Path) -> None:
    # the Washington Post dropped its GPTBot block; the BBC added one
    post_before = parse_robots(_read(snapshots, "2025-01", "www.washingtonpost.com"))
    post_after = parse_robots(_read(snapshots, "2026-01", "www.washingtonpost.com"))
    assert post_before.blocks_entire_site("GPTBot")
    assert post_before.decision("GPTBot").agents == ("gptbot",)
    assert not post_after.names("GPTBot")
    assert not post_after.blocks_entire_site("GPTBot")
    bbc_before = parse_robots(_read(snapshots, "2025-01", "www.bbc.com"))
    bbc_after = parse_robots(_read(snapshots, "2026-01", "www.bbc.com"))
    assert not bbc_before.names("GPTBot")
    assert not bbc_before.blocks_entire_site("GPTBot")
    assert bbc_after.blocks_entire_site("GPTBot")
    assert bbc_after.decision("GPTBot").text == "disallow: /"


@pytest.mark.real
def test_verdicts_at_a_date_from_dated_snapshots(snapshots: Path) -> None:
    history = {
        date(int(month[:4]), int(month[5:]), 1): _read(snapshots, month, "www.bbc.com")
        for month in MONTHS
    }
    when = robots_at(history, date(2025, 3, 15))
    assert when is not None
    assert evaluate_robots(when, ["GPTBot"])[0].allowed
    later = robots_at(history, date(2026, 2, 1))
    assert later is not None
    assert not evaluate_robots(later, ["GPTBot"])[0].allowed


@pytest.mark.real
def test_more_sites_block_gptbot_in_2026_than_in_2025(snapshots: Path) -> None:
    def blocking(month: str) -> set[str]:
        return {
            path.name.removesuffix(".robots.txt")
            for path in (snapshots / month).glob("*.robots.txt")
            if parse_robots(path.read_text(encoding="utf-8")).blocks_entire_site("GPTBot")
        }

    before, after = blocking("2025-01"), blocking("2026-01")
    assert len(before) >= 60
    assert len(after) > len(before)
    assert {"www.bbc.com", "www.tiktok.com"} <= after - before
    assert "www.washingtonpost.com" in before - after


@pytest.mark.real
def test_challenge_pages_served_as_robots_txt_are_flagged(snapshots: Path) -> None:
    before = parse_robots(_read(snapshots, "2025-01", "medium.com"))
    after = parse_robots(_read(snapshots, "2026-01", "medium.com"))
    assert not before.html
    assert before.blocks_entire_site("GPTBot")
    assert after.html  # a bot challenge page, not the site's robots.txt
    assert not after.groups
