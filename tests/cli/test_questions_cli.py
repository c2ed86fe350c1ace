"""`trainaudit questions` end to end on corpus summaries and the demo catalogue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_catalogue_cli import private_cache, run  # noqa: F401 - the fixture is used
from tests.conftest import ROOT
from trainaudit.schema import problems

SUMMARIES = ROOT / "corpora" / "summaries"
REGISTER = ROOT / "corpora" / "catalogues" / "demo" / "catalogue.yaml"
NORTHWIND = SUMMARIES / "northwind_tasklist.md"
CADENZA = SUMMARIES / "cadenza2_words.txt"
AS_OF = ("--as-of", "2026-11-25")


@pytest.fixture
def named_summary(tmp_path: Path) -> Path:
    """The Northwind summary rewritten to name a demo dataset with a manifest and a work."""
    text = NORTHWIND.read_text(encoding="utf-8")
    text = text.replace(
        "- [FineWeb](https://huggingface.co/datasets/HuggingFaceFW/fineweb)",
        "- [SoundSift-2025](https://example-soundsift.net/2025/)",
    )
    text = text.replace(
        "Rights holders may ask",
        'We also used "Atlases in Tallinn" by Wojciech Brüggemann. Rights holders may ask',
    )
    path = tmp_path / "named.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_json_on_a_corpus_summary_is_valid_and_asks_about_our_domain() -> None:
    """Northwind lists the demo holder's domain: work-level, copies and opt-out questions."""
    code, out, _ = run("questions", str(NORTHWIND), "-c", str(REGISTER), "-f", "json", *AS_OF)
    assert code == 0
    data = json.loads(out)
    assert problems(data, "questions") == []
    assert data["holder"] == "Nordlicht Musikverlag GmbH"
    assert data["document"]["models"][0] == "Northwind Omni-1"
    assert [t["id"] for t in data["topics"]] == ["works", "sources", "copies", "opt-out"]
    by_kind = {q["kind"]: q for q in data["questions"]}
    domain = by_kind["named-domains"]
    assert "example-news.co.uk" in domain["text"]
    assert domain["rule_ids"] == ["TDS200"]
    assert domain["matches"][0]["score"] == 100
    mechanisms = [q["reservation"]["mechanism"] for q in data["questions"] if q["reservation"]]
    assert mechanisms == ["website-declaration", "robots.txt", "tdmrep", "ai.txt"]
    numbers = [q["number"] for q in data["questions"]]
    assert numbers == list(range(1, len(numbers) + 1))


def test_markdown_on_a_corpus_summary_has_the_work_level_questions() -> None:
    """Cadenza-2 lists MTG-Jamendo, which holds the demo holder's works."""
    code, out, _ = run("questions", str(CADENZA), "-c", str(REGISTER), *AS_OF)
    assert code == 0
    assert out.startswith("# Questions on the training content of Cadenza-2 and Cadenza-2-Mini")
    assert "- **From:** Nordlicht Musikverlag GmbH" in out
    assert "- **Date:** 2026-11-25" in out
    assert "## 1. Which of our works were used" in out
    assert "You name MTG-Jamendo among your publicly available datasets" in out
    assert "please list every work of our catalogue (2,000 works" in out
    assert "Rules: TDS202" in out


def test_markdown_lists_matched_works_and_manifest_works(named_summary: Path) -> None:
    """A named work and a dataset with a manifest: works by id and title, then "and N more"."""
    code, out, _ = run("questions", str(named_summary), "-c", str(REGISTER), *AS_OF)
    assert code == 0
    assert "- NLM-00001 Atlases in Tallinn, Wojciech Brüggemann" in out
    assert "You name SoundSift-2025 among your publicly available datasets" in out
    assert "works of our catalogue (listed below)" in out
    assert "- … and " in out


def test_without_a_catalogue_says_work_level_questions_need_one(tmp_path: Path) -> None:
    """No catalogue: a note, no works topic; -o writes the file."""
    target = tmp_path / "questions.md"
    code, out, err = run("questions", str(NORTHWIND), "-o", str(target), *AS_OF)
    assert code == 0 and out == ""
    text = target.read_text(encoding="utf-8")
    assert "need one (--catalogue)" in text
    assert "Which of our works were used" not in text
    assert "Copies of our works" in text
    assert str(target) in err


def test_unreadable_document_exits_2_with_one_line(tmp_path: Path) -> None:
    """A missing file and a file that is no summary: exit 2, one line naming it, no traceback."""
    for path in (tmp_path / "nope.pdf", tmp_path / "letter.txt"):
        if path.suffix == ".txt":
            path.write_text("Dear provider, this is not a summary.\n", encoding="utf-8")
        code, out, err = run("questions", str(path), *AS_OF)
        assert code == 2
        assert out == ""
        assert path.name in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1


def test_bad_catalogue_and_bad_date_exit_2(tmp_path: Path) -> None:
    """A broken catalogue names its file; a malformed --as-of is a usage error."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("catalogue: 1\nholder: [\n", encoding="utf-8")
    code, _, err = run("questions", str(NORTHWIND), "-c", str(broken), *AS_OF)
    assert code == 2 and "broken.yaml" in err and "Traceback" not in err
    code, _, err = run("questions", str(NORTHWIND), "--as-of", "25/11/2026")
    assert code == 2 and "--as-of" in err


def test_hostile_summary_text_is_escaped_in_markdown(tmp_path: Path) -> None:
    """A <script> in a model name and a crawler name comes out escaped, never as a tag."""
    text = NORTHWIND.read_text(encoding="utf-8")
    text = text.replace("Northwind Omni-1 Mini", "Omni <script>alert(1)</script>")
    text = text.replace("NorthwindBot, NorthwindBot-Image", "EvilBot<script>alert(2)</script>")
    hostile = tmp_path / "hostile.md"
    hostile.write_text(text, encoding="utf-8")
    code, out, _ = run("questions", str(hostile), "-c", str(REGISTER), *AS_OF)
    assert code == 0
    assert "<script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out.splitlines()[0]
    assert "EvilBot&lt;script&gt;" in out
