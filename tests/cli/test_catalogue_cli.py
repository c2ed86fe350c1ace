"""The catalogue commands end to end: match, link, catalogue validate, bad input, the cache."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from trainaudit.cli import app

DEMO = ROOT / "corpora" / "catalogues" / "demo"
REGISTER = DEMO / "catalogue.yaml"
MANIFEST = DEMO / "manifests" / "soundsift-2025.csv"
TRUTH = DEMO / "manifests" / "soundsift-2025.truth.csv"
SUMMARIES = ROOT / "corpora" / "summaries"


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Give every test its own index cache."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("TRAINAUDIT_CACHE_DIR", str(cache))
    return cache


def run(*args: str) -> tuple[int, str, str]:
    """Run the CLI; return exit code, stdout and stderr."""
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def named_summary(tmp_path: Path) -> Path:
    """A corpus summary rewritten to name a demo dataset with a manifest, a work and an ISRC."""
    text = (SUMMARIES / "northwind_tasklist.md").read_text(encoding="utf-8")
    text = text.replace(
        "- [FineWeb](https://huggingface.co/datasets/HuggingFaceFW/fineweb)",
        "- [SoundSift-2025](https://example-soundsift.net/2025/)",
    )
    text = text.replace(
        "Rights holders may ask",
        'We also used "Atlases in Tallinn" by Wojciech Brüggemann (ISRC DEE3V0100001). '
        "Rights holders may ask",
    )
    path = tmp_path / "named.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_match_json_resolves_fields_and_mentions(named_summary: Path) -> None:
    """Domains, datasets (through to their manifests' works), quoted works and ISRCs resolve."""
    code, out, _ = run("match", str(named_summary), "-c", str(REGISTER), "--format", "json")
    assert code == 0
    data = json.loads(out)
    by_kind: dict[str, set[str]] = {}
    for m in data["matches"]:
        by_kind.setdefault(m["kind"], set()).add(m["target"])
        assert m["score"] >= m["cutoff"]
        assert m["field"] and m["scorer"]
    assert "example-news.co.uk" in by_kind["domain"]
    assert "SoundSift-2025" in by_kind["dataset"]
    assert "NLM-00001" in by_kind["work"]
    work = next(m for m in data["matches"] if m["kind"] == "work" and "by" in m["mention"])
    assert work["details"]["title_score"] == "100"
    assert work["field"] == "other_information"
    (soundsift,) = data["datasets"]
    assert soundsift["manifest_rows"] == 500
    assert 250 <= soundsift["works_contained"] <= 300


def test_match_table_and_csv() -> None:
    """The table names the document; the CSV has a row per match with its evidence."""
    doc = SUMMARIES / "cadenza2_glyph.pdf"
    code, out, _ = run("match", str(doc), "-c", str(REGISTER))
    assert code == 0
    assert "MTG-Jamendo" in out
    code, out, _ = run("match", str(doc), "-c", str(REGISTER), "--format", "csv")
    rows = list(csv.DictReader(out.splitlines()))
    assert code == 0
    assert rows[0]["kind"] == "dataset"
    assert rows[0]["page"] == "2"


def test_link_agrees_with_the_demo_truth(tmp_path: Path) -> None:
    """The demo manifest's links are right by its truth file (precision and recall)."""
    out = tmp_path / "links.csv"
    code, _, err = run(
        "link", str(MANIFEST), "-c", str(REGISTER),
        "--manifest-columns", "title=track,creator=artist", "-o", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert "linked" in err
    with out.open(encoding="utf-8") as stream:
        links = {int(r["manifest_row"]): int(r["catalogue_row"]) for r in csv.DictReader(stream)}
    with TRUTH.open(encoding="utf-8") as stream:
        truth = {int(r["manifest_row"]): r["catalogue_row"] for r in csv.DictReader(stream)}
    positives = {row for row, work in truth.items() if work}
    correct = sum(1 for row, work in links.items() if truth[row] and int(truth[row]) == work)
    assert correct / len(links) >= 0.99
    assert correct / len(positives) >= 0.95


def test_link_jsonl_and_the_cache() -> None:
    """JSONL rows carry the issue's columns; the second run takes the index from the cache."""
    args = ("link", str(MANIFEST), "-c", str(REGISTER), "--manifest-columns",
            "title=track,creator=artist", "--format", "jsonl")  # fmt: skip
    code, out, err = run(*args)
    assert code == 0
    first = json.loads(out.splitlines()[0])
    assert {"manifest_row", "catalogue_row", "work_id", "score"} <= first.keys()
    assert "index built" in err
    _, _, err = run(*args)
    assert "index from cache" in err


def test_bare_csv_catalogue_with_column_mapping(tmp_path: Path) -> None:
    """A CSV of works with its own header names works as a catalogue on its own."""
    works = tmp_path / "songs.csv"
    works.write_text("song,artist\nAtlases in Tallinn,Wojciech Brüggemann\nOther,Someone\n")
    manifest = tmp_path / "m.csv"
    manifest.write_text("track,artist\nAtlases In Tallinn (Remastered 2011),W. Brüggemann\n")
    code, out, err = run(
        "link", str(manifest), "-c", str(works), "--catalogue-columns", "title=song,creator=artist",
        "--manifest-columns", "title=track,creator=artist",
    )  # fmt: skip
    assert code == 0, err
    (row,) = list(csv.DictReader(out.splitlines()))
    assert (row["manifest_row"], row["catalogue_row"], row["work_id"]) == ("0", "0", "0")


def test_bad_catalogue_lists_every_problem_without_traceback(tmp_path: Path) -> None:
    """Bad identifiers and a duplicate id are all reported with their lines; exit 2."""
    works = tmp_path / "works.csv"
    works.write_text(
        "id,title,creators,isrc\n"
        "A1,Song One,Artist,USRC17607839\n"
        "A2,Song Two,Artist,NOT-AN-ISRC\n"
        "A1,Song Three,Artist,\n"
        "A4,,Artist,\n"
    )
    code, out, err = run("catalogue", "validate", str(works))
    assert code == 2
    assert "Traceback" not in out + err
    assert "works.csv:3" in err and "isrc" in err
    assert "works.csv:4" in err
    assert "works.csv:5" in err
    code, _, err = run("link", str(works), "-c", str(works), "--skip-bad-rows")
    assert code == 0, err
    assert "skipped 3 bad row(s)" in err


def test_broken_register_names_file_and_line(tmp_path: Path) -> None:
    """Broken YAML gives one line with file and position, exit 2, no traceback."""
    register = tmp_path / "catalogue.yaml"
    register.write_text("catalogue: 1\nholder: {name: X\nworks: []\n")
    code, out, err = run("match", str(SUMMARIES / "cadenza2_glyph.pdf"), "-c", str(register))
    assert code == 2
    assert "catalogue.yaml" in err
    assert "Traceback" not in out + err


def test_catalogue_validate_ok() -> None:
    """The demo register validates and its contents are counted."""
    code, out, _ = run("catalogue", "validate", str(REGISTER))
    assert code == 0
    assert "2,000 works" in out and "4 reservations" in out


def test_bad_manifest_columns() -> None:
    """An unknown manifest column mapping is a one-line usage error."""
    code, _, err = run(
        "link", str(MANIFEST), "-c", str(REGISTER), "--manifest-columns", "tittle=track"
    )
    assert code == 2
    assert "tittle" in err


def test_manifest_without_title_column(tmp_path: Path) -> None:
    """A manifest whose columns are not there names the file and the columns it has."""
    manifest = tmp_path / "m.csv"
    manifest.write_text("name_of_song,who\nA,B\n")
    code, out, err = run("link", str(manifest), "-c", str(REGISTER))
    assert code == 2
    assert "m.csv" in err and "name_of_song" in err
    assert "Traceback" not in out + err


def test_parquet_and_jsonl_manifests(tmp_path: Path) -> None:
    """Parquet and JSONL manifests link like CSV ones."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    tracks = ["Atlases in Tallinn", "Nothing of Theirs"]
    artists = ["Wojciech Brüggemann", "Nobody"]
    pq.write_table(pa.table({"track": tracks, "artist": artists}), tmp_path / "m.parquet")
    lines = [
        json.dumps({"title": t, "creators": [a]}) for t, a in zip(tracks, artists, strict=True)
    ]
    (tmp_path / "m.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name, columns in (("m.parquet", "title=track,creator=artist"), ("m.jsonl", "title=title")):
        code, out, err = run(
            "link", str(tmp_path / name), "-c", str(REGISTER), "--manifest-columns", columns
        )
        assert code == 0, err
        rows = list(csv.DictReader(out.splitlines()))
        assert [(r["manifest_row"], r["work_id"]) for r in rows] == [("0", "NLM-00001")]
