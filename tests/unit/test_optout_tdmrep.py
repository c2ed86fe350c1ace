from __future__ import annotations

import re
from pathlib import Path

import pytest

from trainaudit.catalogue.model import Mechanism
from trainaudit.optout import (
    OptoutParseError,
    TdmDecision,
    combine_tdm,
    evaluate,
    parse_tdmrep_json,
    tdm_from_headers,
    tdm_from_html,
)
from trainaudit.optout.tdmrep import TdmSource

LABEL_FILE = """\
[
  {"location": "/catalogue/lyrics/", "tdm-reservation": 1,
   "tdm-policy": "https://label.example/tdm-policy.json"},
  {"location": "/catalogue/*.mp3", "tdm-reservation": 1},
  {"location": "/press/*.jpg$", "tdm-reservation": 0},
  {"location": "/", "tdm-reservation": 0}
]
"""


@pytest.mark.parametrize(
    ("path", "reserved", "index"),
    [
        ("/catalogue/lyrics/song-1.html", True, 0),
        ("/catalogue/lyrics/", True, 0),
        ("https://label.example/catalogue/lyrics/a?x=1", True, 0),
        ("/catalogue/audio/track.mp3", True, 1),
        ("/catalogue/track.mp3.html", True, 1),  # "*.mp3" is a prefix pattern, like robots.txt
        ("/press/photo.jpg", False, 2),
        ("/press/photo.jpg?size=large", False, 3),  # "$" ends the pattern
        ("/about", False, 3),
        ("/Catalogue/lyrics/song-1.html", False, 3),  # matching is case-sensitive
    ],
)
def test_first_matching_rule_decides(path: str, reserved: bool, index: int) -> None:
    decision = parse_tdmrep_json(LABEL_FILE).reserved(path)
    assert decision.reserved is reserved
    assert decision.rule_index == index
    assert decision.source is TdmSource.FILE


def test_policy_and_location_of_the_deciding_rule() -> None:
    decision = parse_tdmrep_json(LABEL_FILE).reserved("/catalogue/lyrics/x")
    assert decision.policy == "https://label.example/tdm-policy.json"
    assert decision.location == "/catalogue/lyrics/"
    assert parse_tdmrep_json(LABEL_FILE).reserved("/catalogue/x.mp3").policy is None


def test_first_in_sequence_wins_even_when_a_later_rule_is_longer() -> None:
    text = '[{"location": "/*", "tdm-reservation": 0},{"location": "/news/", "tdm-reservation": 1}]'
    decision = parse_tdmrep_json(text).reserved("/news/today")
    assert decision.reserved is False
    assert decision.rule_index == 0


def test_no_matching_rule_leaves_the_reservation_unset() -> None:
    tdm = parse_tdmrep_json('[{"location": "/books/", "tdm-reservation": 1}]')
    decision = tdm.reserved("/music/")
    assert decision.reserved is None
    assert decision.rule_index is None
    assert parse_tdmrep_json("[]").reserved("/").reserved is None


def test_locations_given_as_urls_or_without_slash() -> None:
    tdm = parse_tdmrep_json(
        '[{"location": "https://site.example/private/", "tdm-reservation": 1},'
        ' {"location": "open/", "tdm-reservation": 0}]'
    )
    assert tdm.reserved("/private/a").reserved is True
    assert tdm.reserved("/open/a").reserved is False


@pytest.mark.parametrize(("value", "reserved"), [("1", True), ('"1"', True), ("0", False)])
def test_reservation_values(value: str, reserved: bool) -> None:
    tdm = parse_tdmrep_json(f'[{{"location": "/", "tdm-reservation": {value}}}]')
    assert tdm.reserved("/").reserved is reserved
    assert tdm.problems == ()


@pytest.mark.parametrize("value", ["2", "true", '"yes"', "null", "[1]"])
def test_other_reservation_values_leave_it_unset(value: str) -> None:
    # spec: "Other values are considered protocol errors ... tdm-reservation is unset"
    tdm = parse_tdmrep_json(f'[{{"location": "/", "tdm-reservation": {value}}}]')
    decision = tdm.reserved("/")
    assert decision.reserved is None
    assert decision.rule_index == 0
    assert "is not 0 or 1" in decision.problems[0]
    assert tdm.problems == decision.problems


def test_bom_and_unknown_keys_are_accepted() -> None:
    tdm = parse_tdmrep_json('\ufeff[{"location": "/", "tdm-reservation": 1, "note": "x"}]')
    assert tdm.reserved("/").reserved is True


def test_non_string_policy_is_ignored_with_a_problem() -> None:
    tdm = parse_tdmrep_json('[{"location": "/", "tdm-reservation": 1, "tdm-policy": 5}]')
    assert tdm.reserved("/").policy is None
    assert "tdm-policy" in tdm.problems[0]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("  \n", "empty"),
        ("[{", "not valid JSON"),
        ('{"location": "/", "tdm-reservation": 1}', r"found an object \(wrap the rule in \[ \]\)"),
        ('"/"', "found a string"),
        ("[1]", "rule 0: expected an object, found a number"),
        ('[{"tdm-reservation": 1}]', "rule 0: 'location' is missing"),
        ('[{"location": "/"}]', "rule 0: 'tdm-reservation' is missing"),
        ('[{"location": 3, "tdm-reservation": 1}]', "'location' is missing or not a"),
    ],
)
def test_malformed_files_raise(text: str, message: str) -> None:
    with pytest.raises(OptoutParseError, match=message) as caught:
        parse_tdmrep_json(text)
    assert str(caught.value).startswith("tdmrep.json: ")


def test_every_problem_is_reported_at_once() -> None:
    text = (
        '[{"location": "/"}, null, {"tdm-reservation": 0}, {"location": "/", "tdm-reservation": 2}]'
    )
    with pytest.raises(OptoutParseError) as caught:
        parse_tdmrep_json(text)
    assert caught.value.problems == (
        "rule 0: 'tdm-reservation' is missing",
        "rule 1: expected an object, found null",
        "rule 2: 'location' is missing or not a non-empty string",
    )


# --- HTML meta tags and HTTP headers ------------------------------------------------------


def test_meta_tags() -> None:
    html = (
        "<html><head><META NAME='TDM-Reservation' CONTENT='1'>"
        '<meta content="https://pub.example/policy.json" name="tdm-policy"/></head></html>'
    )
    decision = tdm_from_html(html)
    assert decision == TdmDecision(
        reserved=True, policy="https://pub.example/policy.json", source=TdmSource.META
    )


def test_meta_tags_absent_or_invalid() -> None:
    assert tdm_from_html("<html><head><meta name='robots' content='noai'></head></html>") is None
    assert tdm_from_html("not html at all <<<") is None
    invalid = tdm_from_html('<meta name="tdm-reservation" content="yes">')
    assert invalid is not None
    assert invalid.reserved is None
    assert invalid.problems
    policy_only = tdm_from_html('<meta name="tdm-policy" content="https://p.example/">')
    assert policy_only is not None
    assert (policy_only.reserved, policy_only.policy) == (None, "https://p.example/")


def test_conflicting_meta_tags_leave_it_unset() -> None:
    decision = tdm_from_html(
        '<meta name="tdm-reservation" content="1"><meta name="tdm-reservation" content="0">'
    )
    assert decision is not None
    assert decision.reserved is None
    assert "conflicting" in decision.problems[0]


def test_headers() -> None:
    decision = tdm_from_headers({"Content-Type": "image/jpeg", "TDM-Reservation": " 1 "})
    assert decision == TdmDecision(reserved=True, source=TdmSource.HEADER)
    assert tdm_from_headers({"Content-Type": "text/html"}) is None
    zero = tdm_from_headers({"tdm-reservation": "0", "tdm-policy": "https://p.example/x"})
    assert zero is not None
    assert (zero.reserved, zero.policy) == (False, "https://p.example/x")


def test_combine_follows_the_processing_priority() -> None:
    file = parse_tdmrep_json(LABEL_FILE).reserved("/about")  # 0
    header = tdm_from_headers({"tdm-reservation": "1", "tdm-policy": "https://h.example/"})
    meta = tdm_from_html('<meta name="tdm-policy" content="https://m.example/">')
    combined = combine_tdm([file, header, meta])
    assert combined is not None
    assert combined.reserved is True  # the header overrides the file
    assert combined.source is TdmSource.HEADER
    assert combined.policy == "https://m.example/"  # meta supersedes; no reset by absence
    assert combine_tdm([file, None]) == file
    assert combine_tdm([None, None]) is None


def test_evaluate_tdm_mechanisms() -> None:
    verdicts = evaluate(LABEL_FILE, Mechanism.TDMREP, ["GPTBot", "CCBot/2.0"], "/catalogue/a.mp3")
    assert [v.allowed for v in verdicts] == [False, False]
    assert verdicts[1].token == "ccbot"
    assert verdicts[0].via_wildcard
    assert verdicts[0].decided_by == 'rule 1: location "/catalogue/*.mp3", tdm-reservation 1'
    assert not verdicts[0].site_blocked  # "/" is not reserved (rule 3)
    assert evaluate(LABEL_FILE, "tdmrep", ["GPTBot"], "/about")[0].allowed
    meta = evaluate('<meta name="tdm-reservation" content="1">', "meta-tag", ["GPTBot"])
    assert (meta[0].allowed, meta[0].site_blocked) == (False, True)
    assert meta[0].decided_by == "html-meta: tdm-reservation 1"
    head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\ntdm-reservation: 1\r\n"
    assert not evaluate(head, "http-header", ["GPTBot"])[0].allowed
    unset = evaluate("<p>nothing</p>", "meta-tag", ["GPTBot"])[0]
    assert (unset.allowed, unset.decided_by) == (True, None)
    with pytest.raises(OptoutParseError):
        evaluate("{", "tdmrep", ["GPTBot"])


# --- the W3C community group's examples and a real page in ../shared -------------------------


@pytest.fixture(scope="module")
def spec_examples(shared: Path) -> dict[int, str]:
    path = shared / "data" / "optout-formats" / "tdmrep" / "spec_examples_extracted.txt"
    if not path.is_file():
        pytest.skip("../shared/data/optout-formats/tdmrep/ (TDMRep spec examples) is absent")
    parts = re.split(r"^----- example (\d+) -----$", path.read_text(encoding="utf-8"), flags=re.M)
    return {int(number): body for number, body in zip(parts[1::2], parts[2::2], strict=True)}


@pytest.mark.real
def test_spec_example_files(spec_examples: dict[int, str]) -> None:
    everything = parse_tdmrep_json(spec_examples[1])
    assert everything.reserved("/any/thing.pdf").reserved is True
    three = parse_tdmrep_json(spec_examples[2])
    assert len(three.rules) == 3
    assert three.reserved("/directory-a/doc.pdf").reserved is True
    html = three.reserved("/directory-b/html/page.html")
    assert (html.reserved, html.policy) == (True, "https://provider.com/policies/policy.json")
    assert three.reserved("/directory-b/images/photo.jpg").reserved is False
    assert three.reserved("/directory-b/other.txt").reserved is None


@pytest.mark.real
def test_spec_example_headers_and_html(spec_examples: dict[int, str]) -> None:
    def head(text: str) -> dict[str, str]:
        pairs = (line.split(":", 1) for line in text.strip().splitlines()[1:] if ":" in line)
        return {name.strip(): value.strip() for name, value in pairs}

    image = tdm_from_headers(head(spec_examples[3]))
    assert image is not None
    assert (image.reserved, image.policy) == (True, None)
    page = tdm_from_headers(head(spec_examples[4]))
    assert page is not None
    assert page.policy == "https://provider.com/policies/policy.json"
    meta = tdm_from_html(spec_examples[5])
    assert meta is not None
    assert (meta.reserved, meta.policy) == (True, "https://provider.com/policies/policy.json")
    epub2 = tdm_from_html(spec_examples[6])  # EPUB 2 package: meta name="tdm:reservation"
    assert epub2 is not None
    assert epub2.reserved is True


@pytest.mark.real
def test_a_real_publisher_page_carries_tdmrep_meta_tags(shared: Path) -> None:
    # ScienceDirect answered the robots.txt request with an HTML page holding its TDMRep tags
    path = shared / "data" / "robots-txt" / "2025-01" / "www.sciencedirect.com.robots.txt"
    if not path.is_file():
        pytest.skip("../shared/data/robots-txt/ (real robots.txt snapshots) is absent")
    decision = tdm_from_html(path.read_text(encoding="utf-8"))
    assert decision is not None
    assert decision.reserved is True
    assert decision.policy == "https://www.elsevier.com/tdm/tdmrep-policy.json"
