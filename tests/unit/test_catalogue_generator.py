"""The catalogue generator: the demo register is valid and regenerates byte for byte; the large
mode is seeded, keeps its match fraction and noise kinds, and its non-matches are not works."""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest
import yaml

from trainaudit.catalogue import identifiers
from trainaudit.catalogue.identifiers import identifier_problem
from trainaudit.catalogue.normalise import normalise_creator, normalise_title

REPO = Path(__file__).resolve().parents[2]
GENERATOR = REPO / "corpora" / "catalogues" / "generate.py"
DEMO = REPO / "corpora" / "catalogues" / "demo"
SCHEMA = REPO / "schemas" / "catalogue.schema.json"
SUMMARIES = REPO / "corpora" / "summaries"

N_WORKS = 2000
N_ROWS = 1000


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogue_generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _register() -> dict[str, Any]:
    with (DEMO / "catalogue.yaml").open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def _keys(title: str, artist: str) -> tuple[str, str]:
    return normalise_title(title).key, normalise_creator(artist).key


# --- demo ---------------------------------------------------------------------------------


def test_demo_register_validates_against_the_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    register = _register()
    jsonschema.Draft202012Validator(schema).validate(register)
    files = [w["file"] for w in register["works"]]
    files += [d["manifest"]["file"] for d in register["datasets"] if "manifest" in d]
    files += [r["file"] for r in register["reservations"] if "file" in r]
    for name in files:
        assert (DEMO / name).is_file(), name


def test_demo_regenerates_byte_for_byte(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(GENERATOR), "demo", "--out", str(tmp_path)], check=True, cwd=tmp_path
    )
    committed = {
        p.relative_to(DEMO).as_posix(): p.read_bytes()
        for p in DEMO.rglob("*")
        if p.is_file() and p.name != "README.md"
    }
    regenerated = {
        p.relative_to(tmp_path).as_posix(): p.read_bytes()
        for p in tmp_path.rglob("*")
        if p.is_file()
    }
    assert sorted(regenerated) == sorted(committed) == sorted(gen.demo_files())
    changed = [name for name in committed if committed[name] != regenerated[name]]
    assert not changed, f"regenerated files differ: {changed}"


def test_demo_works_have_valid_identifiers_and_unique_keys() -> None:
    works = _rows(DEMO / "works.csv")
    assert 1500 <= len(works) <= 2500
    assert list(works[0]) == ["id", "title", "creators", "isrc", "iswc", "year"]
    isrcs = [w["isrc"] for w in works if w["isrc"]]
    iswcs = [w["iswc"] for w in works if w["iswc"]]
    assert len(isrcs) > len(works) // 2 and len(iswcs) > len(works) // 2
    assert len(set(isrcs)) == len(isrcs) and len(set(iswcs)) == len(iswcs)
    assert [i for i in isrcs if identifier_problem("isrc", i) is not None] == []
    assert [i for i in iswcs if identifier_problem("iswc", i) is not None] == []
    assert all(len(i) == 12 and i.startswith("DE") for i in isrcs)
    keys = [_keys(w["title"], w["creators"]) for w in works]
    assert len(set(keys)) == len(keys)
    assert len({w["id"] for w in works}) == len(works)


def test_demo_names_are_varied_and_invented() -> None:
    works = _rows(DEMO / "works.csv")
    creators = [c for w in works for c in w["creators"].split(";")]
    assert any("\u0400" <= ch <= "\u04ff" for c in creators for ch in c)  # Cyrillic
    assert any("\u0370" <= ch <= "\u03ff" for c in creators for ch in c)  # Greek
    assert any(not c.isascii() and c.isalpha() for w in works for c in w["title"])  # accents
    assert any(";" in w["creators"] or "(feat. " in w["title"] for w in works)


def test_iswc_check_digit_agrees_with_the_identifier_module() -> None:
    for number in (0, 34524680, 123456789, 999999999, 101058265):
        digits = f"{number:09d}"
        assert gen.iswc_check(digits) == identifiers._iswc_check(digits)
    assert gen.format_iswc(34524680) == "T-034524680-1"


def test_demo_manifest_truth_points_at_real_works() -> None:
    works = _rows(DEMO / "works.csv")
    manifest = _rows(DEMO / "manifests" / f"{gen.DEMO_MANIFEST}.csv")
    truth = _rows(DEMO / "manifests" / f"{gen.DEMO_MANIFEST}.truth.csv")
    assert len(manifest) == len(truth) == 500
    assert [int(t["manifest_row"]) for t in truth] == list(range(len(truth)))
    matched = [int(t["catalogue_row"]) for t in truth if t["catalogue_row"]]
    assert all(0 <= row < len(works) for row in matched)
    assert len(matched) == 300
    work_keys = [_keys(w["title"], w["creators"]) for w in works]
    for row, t in zip(manifest, truth, strict=True):
        kinds = set(t["noise"].split(";"))
        assert kinds <= {gen.EXACT, *gen.NOISE_KINDS}
        if t["catalogue_row"] and kinds <= {gen.EXACT} | gen.KEY_PRESERVING:
            assert _keys(row["track"], row["artist"]) == work_keys[int(t["catalogue_row"])], row
        if not t["catalogue_row"]:
            assert _keys(row["track"], row["artist"]) not in set(work_keys), row


def _summary_values() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    domains: dict[str, set[str]] = {}
    datasets: dict[str, set[str]] = {}
    for path in SUMMARIES.glob("*.expected.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        name = path.name.removesuffix(".expected.json")
        for domain in gold.get("crawling.top_domains") or []:
            domains.setdefault(domain, set()).add(name)
        for dataset in gold.get("public_datasets.large") or []:
            datasets.setdefault(dataset["name"], set()).add(name)
    return domains, datasets


def test_demo_overlaps_the_corpus_summaries() -> None:
    domains, datasets = _summary_values()
    register = _register()
    assert set(register["domains"]) & set(domains)
    names = {n for d in register["datasets"] for n in (d["name"], *d.get("aliases", []))}
    assert names & set(datasets)


def test_demo_optout_files() -> None:
    robots = (DEMO / "optout" / "robots.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in robots.splitlines() if line and not line.startswith("#")]
    group = lines[: lines.index("Disallow: /") + 1]
    assert {"User-agent: GPTBot", "User-agent: CCBot", "User-agent: Google-Extended"} <= set(group)
    tdmrep = json.loads((DEMO / "optout" / "tdmrep.json").read_text(encoding="utf-8"))
    assert isinstance(tdmrep, list) and tdmrep
    assert all(e["tdm-reservation"] == 1 and e["location"].startswith("/") for e in tdmrep)
    ai_txt = (DEMO / "optout" / "ai.txt").read_text(encoding="utf-8").splitlines()
    assert "User-Agent: *" in ai_txt and "Disallow: *.mp3" in ai_txt
    register = _register()
    robots_entry = next(r for r in register["reservations"] if r["mechanism"] == "robots.txt")
    assert robots_entry["user_agents"] == ["GPTBot", "CCBot", "Google-Extended"]


# --- noise helpers (no seed data needed) -------------------------------------------------


@pytest.mark.parametrize(
    "name", ["Sasha Morozova", "Mikhail Petrov", "Yulia Tsvetkova", "Andy Warhol", "Nadya Zhukova"]
)
def test_cyrillic_spelling_normalises_back(name: str) -> None:
    cyrillic = gen.to_cyrillic(name)
    if cyrillic is not None:
        assert all(not ch.isascii() for ch in cyrillic.replace(" ", ""))
        assert normalise_creator(cyrillic).key == normalise_creator(name).key


def test_key_preserving_noise_keeps_keys() -> None:
    import random

    rng = random.Random(3)
    cases = [
        ("The Lighthouse & the Sea", ("The Harbourmasters",)),
        ("Café des étoiles", ("Алина Воронцова",)),
        ("Nocturne in a-Moll", ("Γιώργος Μαυρίδης", "Jonas Brandmeier")),
        ("Salt and Ember", ("Annika Dufresne & Mads Rasmussen",)),
    ]
    for _ in range(200):
        for title, creators in cases:
            for kind in sorted(gen.KEY_PRESERVING):
                track, artist = gen.apply_noise(rng, title, creators, (kind,), ["Lena Quast"])
                assert _keys(track, artist) == _keys(title, "; ".join(creators)), (kind, track)


def test_missing_seed_data_exits_with_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            *(sys.executable, str(GENERATOR), "large", "--works", "10"),
            *("--out", str(tmp_path / "o"), "--seeds", str(tmp_path / "absent")),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "seed data not found" in result.stderr


# --- large mode (needs ../shared/data/music) ----------------------------------------------


@pytest.fixture(scope="module")
def music(shared: Path) -> Path:
    folder = shared / "data" / "music"
    if not folder.is_dir():
        pytest.skip("../shared/data/music is absent: no real seed titles for the large mode")
    return folder


@pytest.fixture(scope="module")
def large(music: Path) -> tuple[Any, Any]:
    return gen.generate_large(N_WORKS, N_ROWS, 0.5, 11, music)


def test_large_is_deterministic_by_seed(music: Path, large: tuple[Any, Any]) -> None:
    catalogue, manifest = large
    again = gen.generate_large(N_WORKS, N_ROWS, 0.5, 11, music)
    assert again == (catalogue, manifest)
    other = gen.generate_catalogue(N_WORKS, 12, music)
    assert other.titles != catalogue.titles


def test_large_catalogue_shape(large: tuple[Any, Any]) -> None:
    catalogue, _ = large
    assert len(catalogue) == N_WORKS
    assert catalogue.ids[0] == "W0000001" and len(set(catalogue.ids)) == N_WORKS
    pairs = list(zip(catalogue.title_keys, catalogue.creator_keys, strict=True))
    assert len(set(pairs)) == N_WORKS
    for i in range(0, N_WORKS, 97):
        keys = _keys(catalogue.titles[i], "; ".join(catalogue.creators[i]))
        assert keys == pairs[i]
    by_title = Counter(catalogue.title_keys)
    shared = sum(1 for tk in catalogue.title_keys if by_title[tk] > 1)
    assert shared <= 0.05 * N_WORKS
    isrcs = [i for i in catalogue.isrcs if i]
    assert 0.2 * N_WORKS <= len(isrcs) <= 0.45 * N_WORKS
    assert len(set(isrcs)) == len(isrcs)
    assert all(identifier_problem("isrc", i) is None for i in isrcs)


def test_large_synthetic_works_recombine_seeds(music: Path) -> None:
    seeds = gen.load_seeds(music)
    n = len(seeds.works) + 3000
    catalogue = gen.generate_catalogue(n, 4, music)
    assert len(catalogue) == n
    tail = range(n - 3000, n)
    pairs = list(zip(catalogue.title_keys, catalogue.creator_keys, strict=True))
    assert len(set(pairs)) == n
    shared = Counter(catalogue.title_keys)
    assert sum(1 for i in tail if shared[catalogue.title_keys[i]] > 1) <= 0.1 * 3000


def test_large_manifest_match_fraction_and_noise(large: tuple[Any, Any]) -> None:
    catalogue, manifest = large
    assert len(manifest) == N_ROWS
    matched = [r for r in manifest.catalogue_rows if r is not None]
    assert len(matched) == N_ROWS // 2
    assert len(set(matched)) == len(matched)
    assert all(0 <= r < len(catalogue) for r in matched)
    kinds = Counter(k for ks in manifest.noise for k in ks)
    assert set(kinds) == set(gen.NOISE_KINDS)
    exact = sum(1 for ks in manifest.noise if not ks)
    assert 0.3 * N_ROWS <= exact <= 0.5 * N_ROWS
    assert 0.05 * N_ROWS <= kinds["missing_creator"] <= 0.16 * N_ROWS


def test_large_manifest_rows_read_as_their_work(large: tuple[Any, Any]) -> None:
    catalogue, manifest = large
    pairs = set(zip(catalogue.title_keys, catalogue.creator_keys, strict=True))
    titles = set(catalogue.title_keys)
    preserved = same = 0
    for track, artist, row, kinds in zip(
        manifest.tracks, manifest.artists, manifest.catalogue_rows, manifest.noise, strict=True
    ):
        keys = _keys(track, artist)
        if row is None:
            assert keys[0] not in titles if not artist else keys not in pairs, (track, artist)
        elif gen.KEY_PRESERVING.issuperset(kinds):
            preserved += 1
            same += keys == (catalogue.title_keys[row], catalogue.creator_keys[row])
    assert preserved > N_ROWS // 4
    assert same >= 0.99 * preserved


def test_large_cli_writes_a_valid_register(music: Path, tmp_path: Path) -> None:
    subprocess.run(
        [
            *(sys.executable, str(GENERATOR), "large", "--works", "300", "--manifest-rows", "200"),
            *("--match-fraction", "0.25", "--seed", "3", "--out", str(tmp_path)),
            *("--seeds", str(music)),
        ],
        check=True,
        capture_output=True,
    )
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    with (tmp_path / "catalogue.yaml").open(encoding="utf-8") as handle:
        jsonschema.Draft202012Validator(schema).validate(yaml.safe_load(handle))
    works = _rows(tmp_path / "works.csv")
    assert len(works) == 300 and list(works[0]) == ["id", "title", "creators", "isrc", "year"]
    truth = _rows(tmp_path / "truth.csv")
    assert len(_rows(tmp_path / "manifest.csv")) == len(truth) == 200
    assert sum(1 for t in truth if t["catalogue_row"]) == 50
    assert all(t["noise"] for t in truth)


def test_demo_titles_are_not_real_titles(music: Path) -> None:
    seeds = gen.load_seeds(music)
    real = {tk for tk, _ in seeds.keys}
    works = _rows(DEMO / "works.csv")
    assert [w["title"] for w in works if normalise_title(w["title"]).key in real] == []
