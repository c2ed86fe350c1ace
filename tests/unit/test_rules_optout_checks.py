"""The opt-out check types of the rightsholder pack: reservations against what summaries say."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPUS, ROOT
from trainaudit.catalogue.open import open_catalogue
from trainaudit.optout import parse_robots
from trainaudit.rules.checks.optout import (
    collection,
    name_words,
    token_as_written,
)
from trainaudit.rules.context import CheckContext
from trainaudit.rules.engine import run_rules
from trainaudit.rules.examples import example_catalogue, example_summary, run_example
from trainaudit.rules.load import load_rules
from trainaudit.rules.model import Example, Rule, Severity
from trainaudit.rules.registry import Hit, registry

NEW_TYPES = (
    "optout_mechanism",
    "optout_agents",
    "optout_timing",
    "optout_global",
    "robots_evaluation",
    "tdmrep_evaluation",
    "aitxt_evaluation",
    "crawler_registry",
)

HOLDER = {"name": "Nordlicht Musikverlag GmbH", "imprints": ["Polarkreis Records"]}
DOMAINS = ["example-nordlicht.de", "example-news.co.uk"]

ROBOTS = """\
# example-news.co.uk
User-agent: GPTBot
User-agent: CCBot
User-agent: Google-Extended
Disallow: /

User-agent: *
Disallow: /admin/
Allow: /
"""

CRAWL = {"crawling.used": "yes", "crawling.period": {"from": "2024-01", "to": "2025-06"}}


def make_rule(check: str, params: Mapping[str, Any], message: str = "{mechanism}") -> Rule:
    """Build a rule of one check type, for the check alone."""
    return Rule(
        id="TDS999",
        name="test-rule",
        pack="test",
        severity=Severity.NOTE,
        summary="A rule made by a test.",
        description="",
        rationale="Tests.",
        references=(),
        section=None,
        field=None,
        check_type=check,
        params=params,
        message=message,
        pass_examples=(),
        fail_examples=(),
        needs_catalogue=True,
    )


def reservation(mechanism: str, **extra: Any) -> dict[str, Any]:
    """Return a reservation of the register."""
    return {"mechanism": mechanism, **extra}


def register(*reservations: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """Return an inline register with the given reservations."""
    return {"holder": HOLDER, "domains": DOMAINS, "reservations": list(reservations), **extra}


@contextmanager
def checked(
    fields: Mapping[str, Any],
    catalogue: Mapping[str, Any] | None,
    files: Mapping[str, str] | None = None,
) -> Iterator[CheckContext]:
    """Yield the context of an example: its summary, inline catalogue and files."""
    example = Example(fields=fields, catalogue=catalogue, files=files or {})
    with example_catalogue(example) as (opened, texts):
        yield CheckContext(
            summary=example_summary(example),
            catalogue=opened,
            as_of=dt.date(2026, 11, 1),
            files=texts,
        )


def hits(
    check: str,
    params: Mapping[str, Any],
    fields: Mapping[str, Any],
    catalogue: Mapping[str, Any] | None,
    files: Mapping[str, str] | None = None,
) -> list[Hit]:
    """Return the hits of one check type on an example."""
    with checked(fields, catalogue, files) as context:
        return list(registry()[check].fn(context, make_rule(check, params)))


# --- registration -----------------------------------------------------------------------


@pytest.mark.parametrize("name", NEW_TYPES)
def test_check_types_are_registered_with_schema_and_need_a_catalogue(name: str) -> None:
    """Each new type is registered, needs a catalogue, has a schema and a "Flag ..." summary."""
    kind = registry()[name]
    assert kind.needs_catalogue
    assert kind.summary.startswith("Flag ")
    assert kind.schema["additionalProperties"] is False
    assert kind.schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_rules_are_skipped_without_a_catalogue() -> None:
    """No catalogue, no finding: the engine leaves catalogue rules out."""
    rule = make_rule("crawler_registry", {"report": "unknown"})
    example = Example(fields={**CRAWL, "crawling.crawlers": ["NorthwindBot"]})
    assert run_example(rule, example) == []


# --- collection period ------------------------------------------------------------------


def test_collection_period_falls_back_to_the_latest_collection_date() -> None:
    """2.3's period end first; 1.3's latest date when the period has none."""
    with checked({"crawling.period": {"from": "2024-01", "to": None}}, None) as context:
        assert collection(context).end is None
    fields = {"crawling.period": {"from": "2024-01"}, "data.latest_collection_date": "2026-03"}
    with checked(fields, None) as context:
        period = collection(context)
        assert period.end == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
        assert (period.end_field, period.start_text) == ("data.latest_collection_date", "2024-01")


# --- optout_mechanism -------------------------------------------------------------------

HONOURED = {
    "robots.txt": [r"robots\.txt"],
    "tdmrep": [r"\bTDM[- ]?Rep\b", "TDM Reservation Protocol"],
    "ai.txt": [r"(?<![\w.-])ai\.txt\b"],
}


@pytest.mark.parametrize(
    ("measures", "flagged"),
    [
        ("We honour robots.txt and the TDM Reservation Protocol.", False),
        ("Our crawler honours robots.txt.", True),
        ("We honour robots.txt, but not TDMRep.", True),
        ("We do not honour TDMRep.", True),
        (None, True),
    ],
)
def test_optout_mechanism(measures: str | None, flagged: bool) -> None:
    """A reservation by a protocol not affirmed in 3.1 or 2.3 is flagged; negations do not count."""
    catalogue = register(
        reservation("tdmrep", domains=["example-nordlicht.de"], effective_from="2024-01-15")
    )
    fields = {**CRAWL, "tdm.measures": measures}
    found = hits("optout_mechanism", {"honoured": HONOURED}, fields, catalogue)
    assert bool(found) is flagged
    if found:
        (hit,) = found
        assert hit.field == "tdm.measures"
        assert hit.values["mechanism"] == "TDMRep"
        assert hit.values["domains"] == ["example-nordlicht.de"]
        assert hit.values["since"] == " (in force since 2024-01-15)"


def test_optout_mechanism_lists_what_is_honoured_and_skips_unlisted_mechanisms() -> None:
    """The honoured protocols are listed; a mechanism the params do not know is not judged."""
    catalogue = register(
        reservation("ai.txt", domains=["example-nordlicht.de"]),
        reservation("website-declaration"),
    )
    fields = {**CRAWL, "crawling.behaviour": "Our bot follows robots.txt and TDMRep."}
    (hit,) = hits("optout_mechanism", {"honoured": HONOURED}, fields, catalogue)
    assert hit.values["honoured"] == ["robots.txt", "TDMRep"]
    assert hit.values["mechanism"] == "ai.txt"
    assert hit.field == "crawling.behaviour"


def test_optout_mechanism_leaves_out_reservations_made_after_the_collection() -> None:
    """A reservation that came into force after the collection ended did not bind the model."""
    late = reservation("tdmrep", domains=["example-nordlicht.de"], effective_from="2025-07-01")
    same_month = reservation(
        "ai.txt", domains=["example-nordlicht.de"], effective_from="2025-06-20"
    )
    fields = {**CRAWL, "tdm.measures": "We honour robots.txt."}
    found = hits("optout_mechanism", {"honoured": HONOURED}, fields, register(late, same_month))
    assert [h.values["mechanism"] for h in found] == ["ai.txt"]


@pytest.mark.parametrize(("scope", "count"), [("listed", 1), ("unlisted", 1), ("any", 2)])
def test_scope_splits_reservations_by_the_listed_domains(scope: str, count: int) -> None:
    """listed: reservations covering a top crawled domain (subdomains too); unlisted: the rest."""
    catalogue = register(
        reservation("tdmrep", domains=["example-news.co.uk"]),
        reservation("tdmrep", domains=["example-nordlicht.de"]),
    )
    fields = {**CRAWL, "crawling.top_domains": ["example-news.co.uk", "example-recipes.com"]}
    params = {"honoured": HONOURED, "scope": scope}
    found = hits("optout_mechanism", params, fields, catalogue)
    assert len(found) == count
    if scope == "listed":
        assert found[0].values["listed"] == ["example-news.co.uk"]


# --- optout_agents ----------------------------------------------------------------------

AGENTS_RESERVATION = reservation(
    "robots.txt",
    domains=["example-news.co.uk"],
    user_agents=["GPTBot", "CCBot", "Google-Extended"],
    effective_from="2023-10-02",
    file="optout/robots.txt",
)
CONTROL = {"control_tokens": ["Google-Extended", "Applebot-Extended"]}


@pytest.mark.parametrize(
    ("crawlers", "missing"),
    [
        (["GPTBot/1.1", "CCBot/2.0"], []),
        (["Googlebot"], []),
        (["NorthwindBot", "GPTBot"], ["NorthwindBot"]),
        (["Applebot"], ["Applebot"]),
        (["Mozilla/5.0 (compatible; NorthwindBot/1.0; +https://northwind.example/bot)"], None),
    ],
)
def test_optout_agents(crawlers: list[str], missing: list[str] | None) -> None:
    """Product tokens, control tokens of the same operator; other agents are not reached."""
    fields = {**CRAWL, "crawling.crawlers": crawlers}
    found = hits(
        "optout_agents",
        CONTROL,
        fields,
        register(AGENTS_RESERVATION),
        {"optout/robots.txt": ROBOTS},
    )
    expected = crawlers if missing is None else missing
    assert [h.values["crawlers"] for h in found] == ([expected] if expected else [])
    if found:
        assert found[0].values["user_agents"] == ["GPTBot", "CCBot", "Google-Extended"]
        assert found[0].field == "crawling.crawlers"


def test_optout_agents_trusts_the_holder_file_and_star() -> None:
    """A file whose "*" group disallows "/" reaches every crawler; "*" in the register too."""
    star_file = "User-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nDisallow: /\n"
    fields = {**CRAWL, "crawling.crawlers": ["NorthwindBot"]}
    files = {"optout/robots.txt": star_file}
    assert hits("optout_agents", {}, fields, register(AGENTS_RESERVATION), files) == []
    star = reservation("robots.txt", domains=["example-news.co.uk"], user_agents=["*"])
    assert hits("optout_agents", {}, fields, register(star)) == []
    no_agents = reservation("robots.txt", domains=["example-news.co.uk"])
    assert hits("optout_agents", {}, fields, register(no_agents)) == []


# --- optout_timing ----------------------------------------------------------------------

RETRO = {"retroactive": ["retroactiv", r"removed\b[^.]{0,100}\bbefore training"]}


@pytest.mark.parametrize(
    ("effective", "period", "flagged"),
    [
        ("2023-10-02", {"from": "2024-01", "to": "2025-06"}, True),
        ("2025-06-01", {"from": "2024-01", "to": "2025-06"}, True),
        ("2025-06-15", {"from": "2024-01", "to": "2025-06"}, False),
        ("2025-07-01", {"from": "2024-01", "to": "2025-06"}, False),
        ("2025-06-15", {"from": "2024-01", "to": "2025"}, False),
    ],
)
def test_optout_timing_in_force(effective: str, period: dict[str, str], flagged: bool) -> None:
    """in_force: only when the reservation was certainly in force before the collection ended."""
    catalogue = register(reservation("website-declaration", effective_from=effective))
    fields = {"crawling.used": "yes", "crawling.period": period}
    found = hits("optout_timing", {"mode": "in_force"}, fields, catalogue)
    assert bool(found) is flagged
    if found:
        assert found[0].values["collection_end"] == period["to"]
        assert found[0].field == "crawling.period"


@pytest.mark.parametrize(
    ("effective", "measures", "flagged"),
    [
        ("2024-05-01", "We honour ai.txt at crawl time.", True),
        ("2024-01-15", "We honour ai.txt at crawl time.", False),
        ("2023-10-01", "We honour ai.txt at crawl time.", False),
        ("2024-05-01", "Content with a reservation found later is removed before training.", False),
        ("2024-05-01", "Reservations are applied retroactively.", False),
        ("2024-05-01", "Reservations are not applied retroactively.", True),
    ],
)
def test_optout_timing_after_start(effective: str, measures: str, flagged: bool) -> None:
    """after_start: came into force after the collection certainly began, unless retroactive."""
    catalogue = register(
        reservation("ai.txt", domains=["example-nordlicht.de"], effective_from=effective)
    )
    fields = {**CRAWL, "tdm.measures": measures}
    found = hits("optout_timing", {"mode": "after_start", **RETRO}, fields, catalogue)
    assert bool(found) is flagged
    if found:
        assert found[0].values["collection_start"] == "2024-01"


def test_optout_timing_leaves_out_reservations_that_reach_no_declared_crawler() -> None:
    """A robots.txt reservation for GPTBot did not bind a provider crawling as NorthwindBot."""
    catalogue = register(AGENTS_RESERVATION)
    files = {"optout/robots.txt": ROBOTS}
    top = {"crawling.top_domains": ["example-news.co.uk"]}
    params = {"mode": "in_force", "scope": "listed", **CONTROL}
    northwind = {**CRAWL, **top, "crawling.crawlers": ["NorthwindBot"]}
    assert hits("optout_timing", params, northwind, catalogue, files) == []
    both = {**CRAWL, **top, "crawling.crawlers": ["NorthwindBot", "GPTBot"]}
    (hit,) = hits("optout_timing", params, both, catalogue, files)
    assert hit.values["listed"] == ["example-news.co.uk"]
    unnamed = {**CRAWL, **top}
    assert len(hits("optout_timing", params, unnamed, catalogue, files)) == 1


# --- optout_global ----------------------------------------------------------------------


def test_optout_global() -> None:
    """A global reservation in force during the crawl, no domain of the holder named: flagged."""
    catalogue = register(
        reservation("website-declaration", effective_from="2023-03-01"),
        reservation("tdmrep", domains=["example-nordlicht.de"], effective_from="2023-03-01"),
    )
    fields = {**CRAWL, "crawling.top_domains": ["example-recipes.com"]}
    (hit,) = hits("optout_global", {}, fields, catalogue)
    assert hit.values["holder"] == "Nordlicht Musikverlag GmbH"
    assert hit.values["holder_domains"] == DOMAINS
    named = {**CRAWL, "crawling.top_domains": ["www.example-nordlicht.de"]}
    assert hits("optout_global", {}, named, catalogue) == []
    early = {"crawling.used": "yes", "crawling.period": {"from": "2021-01", "to": "2022-12"}}
    assert hits("optout_global", {}, early, catalogue) == []
    assert hits("optout_global", {}, {"crawling.used": "yes"}, catalogue) == []


# --- evaluation of the holder's files ---------------------------------------------------

ROBOTS_RESERVATION = reservation(
    "robots.txt",
    domains=["example-news.co.uk"],
    effective_from="2023-10-02",
    file="optout/robots.txt",
)


def test_robots_evaluation_quotes_the_deciding_line() -> None:
    """Disallowed crawlers are grouped by deciding line; allowed ones are not flagged."""
    fields = {**CRAWL, "crawling.crawlers": ["GPTBot/1.1", "CCBot", "NorthwindBot"]}
    found = hits(
        "robots_evaluation",
        {"verdict": "disallowed"},
        fields,
        register(ROBOTS_RESERVATION),
        {"optout/robots.txt": ROBOTS},
    )
    (hit,) = found
    assert hit.values["crawlers"] == ["GPTBot/1.1", "CCBot"]
    assert hit.values["decided"] == 'line 5: "Disallow: /"'
    assert hit.values["line"] == "Disallow: /"
    assert hit.values["group"] == "GPTBot, CCBot, Google-Extended"
    assert hit.values["file"] == "robots.txt"


def test_robots_evaluation_allowed_verdict_and_default_allow() -> None:
    """allowed: the crawler may fetch the root; the message says which line (or none) decided."""
    fields = {**CRAWL, "crawling.crawlers": ["NorthwindBot", "GPTBot"]}
    files = {"optout/robots.txt": ROBOTS}
    catalogue = register(ROBOTS_RESERVATION)
    (hit,) = hits("robots_evaluation", {"verdict": "allowed"}, fields, catalogue, files)
    assert hit.values["crawlers"] == ["NorthwindBot"]
    assert hit.values["decided"] == 'line 9: "Allow: /"'
    assert hit.values["group"] == "*"
    only_gptbot = {"optout/robots.txt": "User-agent: GPTBot\nDisallow: /\n"}
    (hit,) = hits("robots_evaluation", {"verdict": "allowed"}, fields, catalogue, only_gptbot)
    assert hit.values["decided"] == 'no rule matches "/", so it is allowed'


def test_robots_evaluation_skips_html_and_scopes() -> None:
    """An HTML page served as robots.txt says nothing; scope listed needs a listed domain."""
    fields = {**CRAWL, "crawling.crawlers": ["GPTBot"]}
    catalogue = register(ROBOTS_RESERVATION)
    html = {"optout/robots.txt": "<!DOCTYPE html><html><body>Disallow: /</body></html>"}
    assert hits("robots_evaluation", {"verdict": "disallowed"}, fields, catalogue, html) == []
    files = {"optout/robots.txt": ROBOTS}
    listed = {"verdict": "disallowed", "scope": "listed"}
    assert hits("robots_evaluation", listed, fields, catalogue, files) == []
    on_top = {**fields, "crawling.top_domains": ["sport.example-news.co.uk"]}
    (hit,) = hits("robots_evaluation", listed, on_top, catalogue, files)
    assert hit.values["listed"] == ["example-news.co.uk"]


TDMREP_RESERVATION = reservation(
    "tdmrep", domains=["example-nordlicht.de"], file="optout/tdmrep.json"
)


@pytest.mark.parametrize(
    ("text", "decided"),
    [
        ('[{"location": "/*", "tdm-reservation": 1}]', 'rule 0: location "/*", tdm-reservation 1'),
        ('[{"location": "/presse/*", "tdm-reservation": 1}]', None),
        ('[{"location": "/", "tdm-reservation": 0}]', None),
        ('{"location": "/", "tdm-reservation": 1}', None),
        ("not json", None),
    ],
)
def test_tdmrep_evaluation(text: str, decided: str | None) -> None:
    """tdm-reservation 1 on "/" binds every declared crawler; malformed files are left out."""
    fields = {**CRAWL, "crawling.crawlers": ["NorthwindBot", "NorthwindBot-Image"]}
    found = hits(
        "tdmrep_evaluation",
        {"verdict": "disallowed"},
        fields,
        register(TDMREP_RESERVATION),
        {"optout/tdmrep.json": text},
    )
    assert [h.values["decided"] for h in found] == ([decided] if decided else [])
    if found:
        assert found[0].values["crawlers"] == ["NorthwindBot", "NorthwindBot-Image"]


def test_aitxt_evaluation_by_file_type() -> None:
    """ai.txt rules over file types decide for sample files; the root stays allowed."""
    ai_txt = "# Spawning\nUser-Agent: *\nDisallow: *.mp3\nDisallow: *.jpg\n"
    catalogue = register(
        reservation("ai.txt", domains=["example-nordlicht.de"], file="optout/ai.txt")
    )
    fields = {**CRAWL, "crawling.crawlers": ["NorthwindBot"]}
    files = {"optout/ai.txt": ai_txt}
    assert hits("aitxt_evaluation", {"verdict": "disallowed"}, fields, catalogue, files) == []
    params = {"verdict": "disallowed", "paths": ["/", "index.html", "song.mp3", "photo.jpg"]}
    (hit,) = hits("aitxt_evaluation", params, fields, catalogue, files)
    assert hit.values["paths"] == ["song.mp3", "photo.jpg"]
    assert hit.values["decided"] == (
        'song.mp3 (line 3: "Disallow: *.mp3"); photo.jpg (line 4: "Disallow: *.jpg")'
    )


# --- crawler_registry -------------------------------------------------------------------


def test_crawler_registry_unknown() -> None:
    """One finding lists every crawler the registry does not know, with tokens as written."""
    fields = {**CRAWL, "crawling.crawlers": ["GPTBot", "NorthwindBot/2.0", "NorthwindBot-Image"]}
    (hit,) = hits("crawler_registry", {"report": "unknown"}, fields, register())
    assert hit.values["crawlers"] == ["NorthwindBot/2.0", "NorthwindBot-Image"]
    assert hit.values["tokens"] == ["NorthwindBot", "NorthwindBot-Image"]


@pytest.mark.parametrize(
    ("provider", "contact", "crawler", "operator"),
    [
        ("Northwind AI Ltd", "", "CCBot/2.0", "Common Crawl Foundation"),
        ("OpenAI Ireland Ltd", "", "GPTBot", None),
        ("Google LLC", "", "Google-Extended", None),
        ("Allen Institute for AI", "ai2-summary@allenai.org", "AI2Bot", None),
        ("Allen Institute for AI", "", "AI2Bot", "Ai2"),
        ("Pixelforge SAS", "", "img2dataset", None),
        ("", "", "CCBot", None),
    ],
)
def test_crawler_registry_other_operator(
    provider: str, contact: str, crawler: str, operator: str | None
) -> None:
    """The operator matches by distinctive name words or by its domain in the contact details."""
    fields = {
        **CRAWL,
        "provider.name": provider or None,
        "provider.contact": contact or None,
        "crawling.crawlers": [crawler],
    }
    params = {"report": "other_operator", "tools": ["img2dataset"]}
    found = hits("crawler_registry", params, fields, register())
    assert [h.values["operator"] for h in found] == ([operator] if operator else [])


def test_name_words_and_tokens() -> None:
    """Legal forms and parentheses are not part of a name; tokens keep the summary's case."""
    assert name_words("Mistral AI SAS") == {"mistral", "ai"}
    assert name_words("LAION (open-source tool)") == {"laion"}
    assert name_words("Lucciola AI S.r.l.") == {"lucciola", "ai"}
    assert token_as_written("NorthwindBot/1.0") == "NorthwindBot"


# --- a real robots.txt ------------------------------------------------------------------

SNAPSHOT = "robots-txt/2025-01/www.nytimes.com.robots.txt"


def _real_robots(shared: Path) -> str:
    """Return the January 2025 robots.txt of www.nytimes.com, or skip."""
    path = shared / "data" / SNAPSHOT
    if not path.is_file():
        pytest.skip(f"{SNAPSHOT} is absent from ../shared/data")
    return path.read_text(encoding="utf-8", errors="replace")


def test_real_robots_txt_snapshot_with_the_bundled_rule(shared: Path) -> None:
    """TDS212 on a real site's 2025-01 robots.txt: GPTBot disallowed, quoting the real line."""
    text = _real_robots(shared)
    decision = parse_robots(text).decision("GPTBot", "/")
    assert not decision.allowed and decision.rule is not None
    written = text.splitlines()[decision.rule.line - 1]
    assert written.strip() == decision.rule.text.strip() == "disallow: /"
    rule = load_rules([ROOT / "rules" / "rightsholder"]).get("robots-disallows-crawler")
    assert rule is not None
    catalogue = {
        "holder": {"name": "The New York Times Company"},
        "domains": ["nytimes.com"],
        "reservations": [
            {
                "mechanism": "robots.txt",
                "domains": ["nytimes.com"],
                "effective_from": "2025-01-01",
                "file": "optout/robots.txt",
            }
        ],
    }
    files = {"optout/robots.txt": text}
    fields = {
        "crawling.used": "yes",
        "crawling.crawlers": ["GPTBot", "NorthwindBot"],
        "crawling.period": {"from": "2024-06", "to": "2025-06"},
    }
    example = Example(fields=fields, catalogue=catalogue, files=files)
    (message,) = run_example(rule, example)
    assert "disallows the provider's crawler(s) GPTBot from the whole site" in message
    assert f'line {decision.rule.line}: "disallow: /"' in message
    assert "NorthwindBot" not in message
    before = Example(
        fields={**fields, "crawling.period": {"from": "2023-01", "to": "2024-06"}},
        catalogue=catalogue,
        files=files,
    )
    assert run_example(rule, before) == [], "the file was not in force during that crawl"


def test_real_robots_txt_snapshots_agree_with_the_parser(shared: Path) -> None:
    """For every 2025-01 snapshot, the check flags GPTBot exactly when RFC 9309 shuts it out."""
    folder = shared / "data" / "robots-txt" / "2025-01"
    if not folder.is_dir():
        pytest.skip("../shared/data/robots-txt/2025-01 is absent")
    catalogue = register(ROBOTS_RESERVATION)
    fields = {**CRAWL, "crawling.crawlers": ["GPTBot"]}
    rule = make_rule("robots_evaluation", {"verdict": "disallowed"})
    with checked(fields, catalogue, {"optout/robots.txt": ""}) as base:
        paths = sorted(folder.glob("*.robots.txt"))
        assert paths
        blocked = 0
        for path in paths:
            text = path.read_text(encoding="utf-8", errors="replace")
            key = next(iter(base.files))
            context = CheckContext(
                summary=base.summary, catalogue=base.catalogue, files={key: text}
            )
            found = list(registry()["robots_evaluation"].fn(context, rule))
            parsed = parse_robots(text)
            expected = not parsed.html and parsed.blocks_entire_site("GPTBot")
            assert bool(found) is expected, path.name
            blocked += expected
        assert blocked > 0


# --- the demo catalogue and corpus ------------------------------------------------------


def _gold_fields(name: str) -> dict[str, Any]:
    """Return the gold field values of a corpus summary."""
    data = json.loads((CORPUS / f"{name}.expected.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "northwind_tasklist",
            {
                "TDS200",
                "TDS207",
                "TDS208",
                "TDS209",
                "TDS210",
                "TDS211",
                "TDS214",
                "TDS215",
                "TDS216",
            },
        ),
        ("cadenza2_glyph", {"TDS202"}),
        ("aurora13b_italian", set()),
    ],
)
def test_demo_catalogue_on_corpus_gold_values(name: str, expected: set[str]) -> None:
    """The demo register against the gold values of corpus summaries: the overlaps it plants."""
    opened = open_catalogue(
        ROOT / "corpora" / "catalogues" / "demo" / "catalogue.yaml", use_cache=False
    )
    rules = list(load_rules([ROOT / "rules" / "rightsholder"]).rules)
    summary = example_summary(Example(fields=_gold_fields(name)))
    context = CheckContext(summary=summary, catalogue=opened, as_of=dt.date(2026, 11, 25))
    findings = run_rules(rules, context)
    assert {f.rule_id for f in findings} == expected
    by_rule = {f.rule_id: f for f in findings}
    if "TDS210" in by_rule:
        (timing,) = [f for f in findings if f.rule_id == "TDS210"]
        # the robots.txt reservation for GPTBot, CCBot and Google-Extended binds no NorthwindBot
        assert "website declaration" in timing.message
    if "TDS209" in by_rule:
        assert "NorthwindBot, NorthwindBot-Image" in by_rule["TDS209"].message
