from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ROOT
from trainaudit.catalogue.model import Mechanism
from trainaudit.optout import evaluate, evaluate_ai_txt, parse_ai_txt

MUSIC_ONLY = """\
# ai.txt: keep our recordings and scores out of training sets
User-Agent: *
Disallow: *.mp3
Disallow: *.flac
Disallow: *.mid
Disallow: /scores/
"""


@pytest.mark.parametrize(
    ("target", "allowed"),
    [
        ("song.mp3", False),
        ("/albums/2024/song.mp3", False),
        ("/albums/2024/SONG.MP3", False),  # file types match case-insensitively
        ("https://label.example/albums/song.flac?download=1", False),
        ("/albums/song.mp3.html", True),  # a file pattern covers the whole name
        ("/albums/notes.txt", True),
        ("/scores/symphony.pdf", False),
        ("/scores", True),
        ("/Scores/symphony.pdf", True),  # path patterns are case-sensitive, as in robots.txt
        ("/", True),
        ("", True),
    ],
)
def test_file_patterns_and_path_patterns(target: str, allowed: bool) -> None:
    assert parse_ai_txt(MUSIC_ONLY).allows("GPTBot", target) is allowed


def test_decision_quotes_the_deciding_line() -> None:
    decision = parse_ai_txt(MUSIC_ONLY).decision("CCBot/2.0", "/a/b.mid")
    assert not decision.allowed
    assert decision.line == 5
    assert decision.text == "Disallow: *.mid"
    assert decision.via_wildcard
    assert decision.token == "ccbot"


def test_everything_disallowed_then_one_type_allowed() -> None:
    # the shape Spawning's generator writes when "all types" is ticked but text is left open
    ai = parse_ai_txt("User-Agent: *\nDisallow: *\nDisallow: /\nAllow: *.txt\n")
    assert ai.blocks_entire_site("GPTBot")
    assert not ai.allows("GPTBot", "/images/cat.png")
    assert not ai.allows("GPTBot", "/about")
    assert ai.allows("GPTBot", "/essays/one.txt")  # the longer pattern wins
    assert ai.decision("GPTBot", "/essays/one.txt").text == "Allow: *.txt"


def test_allow_wins_a_tie() -> None:
    ai = parse_ai_txt("User-Agent: *\nDisallow: *.png\nAllow: *.png\n")
    assert ai.allows("x", "a.png")


def test_groups_by_user_agent() -> None:
    ai = parse_ai_txt(
        "User-Agent: GPTBot\nDisallow: /\n\nUser-Agent: *\nDisallow: *.jpg\n"
        "\nUser-Agent: friendly-bot\n"
    )
    assert not ai.allows("GPTBot", "/text.html")
    assert ai.allows("ClaudeBot", "/text.html")
    assert not ai.allows("ClaudeBot", "photo.jpg")
    assert ai.allows("friendly-bot/1.0", "photo.jpg")  # its own empty group allows all


def test_rules_without_a_user_agent_apply_to_every_crawler() -> None:
    ai = parse_ai_txt("# no groups\nDisallow: *.wav\n")
    decision = ai.decision("AnyBot", "take.wav")
    assert not decision.allowed
    assert decision.via_wildcard
    assert decision.agents == ("*",)
    assert decision.agent_lines == (0,)


def test_empty_and_garbage_files_allow_everything() -> None:
    for text in ("", "hello world and more\n<html>", "User-Agent: *\n"):
        assert parse_ai_txt(text).allows("GPTBot", "song.mp3")


def test_the_demo_catalogue_ai_txt() -> None:
    ai = parse_ai_txt((ROOT / "corpora/catalogues/demo/optout/ai.txt").read_text("utf-8"))
    assert not ai.allows("GPTBot", "/catalogue/track-01.wav")
    assert ai.allows("GPTBot", "/catalogue/index.html")
    assert not ai.blocks_entire_site("GPTBot")


def test_evaluate_ai_txt() -> None:
    verdicts = evaluate_ai_txt(MUSIC_ONLY, ["GPTBot", "ClaudeBot"], "/albums/x.flac")
    assert [(v.allowed, v.site_blocked, v.decided_by_line) for v in verdicts] == [
        (False, False, 4),
        (False, False, 4),
    ]
    assert verdicts[0].mechanism is Mechanism.AI_TXT
    assert evaluate(MUSIC_ONLY, "ai.txt", ["GPTBot"], "/albums/x.flac") == verdicts[:1]


@given(st.text(), st.text(), st.text())
def test_parse_never_raises_and_allows_is_a_bool(text: str, agent: str, target: str) -> None:
    assert isinstance(parse_ai_txt(text).allows(agent, target), bool)


# --- the examples in ../shared ---------------------------------------------------------------


@pytest.fixture(scope="module")
def examples(shared: Path) -> Path:
    folder = shared / "data" / "optout-formats" / "ai-txt"
    if not folder.is_dir():
        pytest.skip("../shared/data/optout-formats/ai-txt/ (ai.txt examples) is absent")
    return folder


@pytest.mark.real
def test_a_block_everything_ai_txt(examples: Path) -> None:
    ai = parse_ai_txt((examples / "ai.robots.txt-history-ai.txt").read_text("utf-8"))
    assert ai.blocks_entire_site("GPTBot")
    for target in ("/", "song.mp3", "/deep/page.html", "https://x.example/a.png?b=c"):
        assert not ai.allows("AnyBot", target)


@pytest.mark.real
def test_files_written_like_the_spawning_plugin(examples: Path) -> None:
    # rebuild the file the WordPress plugin writes from its own option table
    options = json.loads((examples / "spawning-wp-plugin-ai_txt_options.json").read_text("utf-8"))
    chosen = [o for o in options["options"] if o["label"] in ("Audio", "Images")]
    extensions = [e.strip() for o in chosen for e in o["value"].split(",")]
    text = options["pre"] + options["userAgent"]
    text += "".join(f"{options['disallow']}{e}\n" for e in extensions)
    ai = parse_ai_txt(text)
    for pattern in extensions:
        name = "work" + pattern.removeprefix("*")
        decision = ai.decision("GPTBot", f"/uploads/{name}")
        assert not decision.allowed, name
        assert decision.text is not None
        assert decision.text.endswith(pattern)
    assert ai.allows("GPTBot", "/uploads/essay.pdf")
    assert ai.allows("GPTBot", "/")
    # ticking "global" adds the lines that shut out everything
    everything = parse_ai_txt(text + options["globalDisallow"])
    assert everything.blocks_entire_site("GPTBot")
    assert not everything.allows("GPTBot", "/uploads/essay.pdf")
