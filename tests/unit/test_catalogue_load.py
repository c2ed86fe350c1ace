"""Loading catalogues (registers and bare tables) and dataset manifests, every problem at once."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainaudit.catalogue.load import (
    MAX_LISTED,
    CatalogueError,
    ColumnSpecError,
    LoadResult,
    Problem,
    load_catalogue,
    load_manifest,
    parse_columns,
)
from trainaudit.catalogue.model import Mechanism
from trainaudit.catalogue.open import fingerprint
from trainaudit.errors import TrainauditError

ISRC = "USRC17607839"
ISRC_2 = "GBAYE6800011"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def problems_of(path: Path, **options: object) -> tuple[Problem, ...]:
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path, **options)  # type: ignore[arg-type]
    return caught.value.problems


# --- problems and the error -------------------------------------------------------------


def test_problem_str_with_line_and_column() -> None:
    problem = Problem("works.csv", 17, "isrc", "'USRC1760' is not a valid ISRC")
    assert str(problem) == "works.csv:17: column 'isrc': 'USRC1760' is not a valid ISRC"


def test_problem_str_variants() -> None:
    assert str(Problem("w.csv", None, None, "file not found")) == "w.csv: file not found"
    assert str(Problem("c.yaml", 3, None, "bad", position=7)) == "c.yaml:3:7: bad"
    assert str(Problem("w.parquet", 2, "title", "empty", unit="row")) == (
        "w.parquet: row 2: column 'title': empty"
    )


def test_catalogue_error_lists_every_problem_under_a_summary() -> None:
    problems = [Problem("w.csv", 2, "title", "a"), Problem("w.csv", 3, None, "b")]
    error = CatalogueError("catalogue.yaml", problems)
    assert isinstance(error, TrainauditError)
    assert str(error).splitlines() == [
        "catalogue.yaml: 2 problems",
        "w.csv:2: column 'title': a",
        "w.csv:3: b",
    ]
    assert str(CatalogueError("c.yaml", problems[:1])).splitlines()[0] == "c.yaml: 1 problem"


def test_catalogue_error_caps_the_list_but_counts_everything() -> None:
    problems = [Problem("w.csv", line, None, "x") for line in range(MAX_LISTED + 50)]
    error = CatalogueError("w.csv", problems)
    assert error.count == MAX_LISTED + 50
    assert len(error.problems) == MAX_LISTED + 1
    assert error.problems[-1].message == "... and 50 more problems"
    assert str(error).splitlines()[0] == f"w.csv: {MAX_LISTED + 50} problems"


# --- parse_columns ----------------------------------------------------------------------


def test_parse_columns() -> None:
    assert parse_columns("title=song,creator=artist, id = Code ,alias=aka") == {
        "title": "song",
        "creators": "artist",
        "id": "Code",
        "aliases": "aka",
    }
    assert parse_columns("") == {}
    assert parse_columns("url=link") == {"url": "link"}


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("title", "has no '='"),
        ("titel=song", "unknown attribute 'titel'"),
        ("title=", "names no column"),
        ("title=a,title=b", "mapped twice"),
    ],
)
def test_parse_columns_errors(spec: str, message: str) -> None:
    with pytest.raises(ColumnSpecError, match=message):
        parse_columns(spec)


def test_column_spec_error_is_a_value_error() -> None:
    assert issubclass(ColumnSpecError, ValueError)
    assert issubclass(ColumnSpecError, TrainauditError)


@given(st.text())
def test_parse_columns_raises_only_column_spec_errors(spec: str) -> None:
    try:
        mapping = parse_columns(spec)
    except ColumnSpecError:
        return
    assert all(column and column == column.strip() for column in mapping.values())


def test_unknown_attribute_in_columns_argument(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", "title\nx\n")
    with pytest.raises(ColumnSpecError, match="unknown attribute 'colour'"):
        load_catalogue(path, columns={"colour": "c"})
    with pytest.raises(ColumnSpecError, match="unknown attribute 'url'"):
        load_catalogue(path, columns={"url": "c"})


# --- bare tables ------------------------------------------------------------------------


def test_bare_csv_catalogue(tmp_path: Path) -> None:
    path = write(
        tmp_path / "Acme Records.csv",
        "id,title,creators,isrc,isbn,iswc,upc,aliases,year\n"
        f"W1, One ,Alice; Bob|Carol,{ISRC.lower()},0-306-40615-2,T-034.524.680-1,036000291452,"
        "Uno;Eins,1999\n"
        f"W2,Two,,{ISRC}; {ISRC_2},,,,,\n",
    )
    result = load_catalogue(path)
    assert isinstance(result, LoadResult)
    assert result.skipped == ()
    catalogue = result.catalogue
    assert catalogue.holder.name == "Acme Records"
    assert catalogue.path == path
    works = catalogue.works
    assert len(works) == 2
    first = works.work(0)
    assert first.id == "W1"
    assert first.title == "One"
    assert first.creators == ("Alice", "Bob", "Carol")
    assert first.identifiers == (
        ("isrc", ISRC),
        ("iswc", "T0345246801"),
        ("isbn", "9780306406157"),
        ("upc", "0036000291452"),
    )
    assert first.aliases == ("Uno", "Eins")
    assert first.year == 1999
    assert first.source == str(path)
    assert works.work(1).identifiers == (("isrc", ISRC), ("isrc", ISRC_2))
    assert works.work(1).creators == ()
    assert works.work(1).year is None
    assert works.source_rows == (0, 1)


def test_without_id_column_ids_are_data_row_numbers(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", "title\nA\n\nB\n")
    assert load_catalogue(path).catalogue.works.ids == ("0", "1")


def test_default_columns_are_case_insensitive_and_artist_means_creators(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", "ID,Title,Artist,ISRC\nx,T,A; B," + ISRC + "\n")
    work = load_catalogue(path).catalogue.works.work(0)
    assert (work.id, work.title, work.creators) == ("x", "T", ("A", "B"))
    assert work.identifiers == (("isrc", ISRC),)


def test_column_mapping(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", "code,song,performer,title\n7,Real,P,Decoy\n")
    columns = parse_columns("id=code,title=song,creator=performer")
    work = load_catalogue(path, columns=columns).catalogue.works.work(0)
    assert (work.id, work.title, work.creators) == ("7", "Real", ("P",))


def test_mapped_column_missing_names_the_columns_the_file_has(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", "id,name,artist\n1,x,y\n")
    [problem] = problems_of(path, columns={"title": "song"})
    assert problem.line == 1
    assert problem.message == (
        "no column 'song' (mapped to title); the file has 'id', 'name', 'artist'"
    )


def test_missing_title_column(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", "\nid,name\n1,x\n")
    [problem] = problems_of(path)
    assert problem.line == 2
    assert "no title column; the file has 'id', 'name'" in problem.message
    assert "title=<column>" in problem.message


def test_file_problems_raise_even_when_skipping_bad_rows(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", "id,name\n1,x\n")
    assert problems_of(path, skip_bad_rows=True)[0].line == 1
    assert problems_of(tmp_path / "nope.csv", skip_bad_rows=True)[0].message == "file not found"


def test_bare_tsv_and_gzip(tmp_path: Path) -> None:
    tsv = write(tmp_path / "a.tsv", "title\tcreators\nA, with comma\tX|Y\n")
    assert load_catalogue(tsv).catalogue.works.work(0).creators == ("X", "Y")
    compressed = write(tmp_path / "b.csv.gz", gzip.compress(b"title\nZipped\n"))
    catalogue = load_catalogue(compressed).catalogue
    assert catalogue.holder.name == "b"
    assert catalogue.works.titles == ("Zipped",)


def test_bare_jsonl(tmp_path: Path) -> None:
    path = write(
        tmp_path / "w.jsonl",
        json.dumps({"id": "a", "title": "A", "creators": ["X", "Y"], "year": 2001})
        + "\n\n"
        + json.dumps({"id": "b", "title": "B", "creators": "P; Q", "isrc": [ISRC]})
        + "\n",
    )
    works = load_catalogue(path).catalogue.works
    assert works.ids == ("a", "b")
    assert works.creators == (("X", "Y"), ("P", "Q"))
    assert works.years == (2001, None)
    assert works.identifiers == ((), (("isrc", ISRC),))


def test_jsonl_keys_differ_from_row_to_row(tmp_path: Path) -> None:
    path = write(tmp_path / "w.jsonl", '{"title": "A"}\n{"Title": "B", "artist": "X"}\n')
    works = load_catalogue(path).catalogue.works
    assert works.titles == ("A", "B")
    assert works.creators == ((), ("X",))


def test_bare_parquet_and_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "w.parquet"
    pq.write_table(
        pa.table(
            {
                "id": ["p1", "p2", "p3"],
                "title": ["A", "", "C"],
                "creators": [["X"], [], ["Y", "Z"]],
                "year": [1999, None, 2000],
            }
        ),
        path,
    )
    [problem] = problems_of(path)
    assert str(problem) == f"{path}: row 2: column 'title': title is empty (every work needs one)"
    result = load_catalogue(path, skip_bad_rows=True)
    works = result.catalogue.works
    assert works.ids == ("p1", "p3")
    assert works.creators == (("X",), ("Y", "Z"))
    assert works.years == (1999, 2000)
    assert works.source_rows == (0, 2)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "file is empty"),
        ("binary.csv", b"\x00\x01\x02", "not a text file"),
        ("fake.parquet", b"id,title\n", "not a Parquet file"),
        ("fake.csv.gz", b"id,title\n", "not gzip-compressed"),
        ("fake.jsonl", b"id,title\n1,x\n", "not JSON Lines"),
    ],
)
def test_files_not_of_their_format(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    [problem] = problems_of(write(tmp_path / name, content))
    assert message in problem.message
    assert problem.column is None


def test_directory_and_unknown_extension(tmp_path: Path) -> None:
    (tmp_path / "d.csv").mkdir()
    assert "directory" in problems_of(tmp_path / "d.csv")[0].message
    assert "directory" in problems_of(tmp_path)[0].message
    [problem] = problems_of(write(tmp_path / "w.xlsx", "x"))
    assert problem.line is None
    assert "'.xlsx'" in problem.message


# --- every problem at once --------------------------------------------------------------


def bad_csv(tmp_path: Path) -> Path:
    return write(
        tmp_path / "works.csv",
        b"id,title,creators,isrc,year\n"  # 1
        b"W1,Good,A,USRC17607839,1999\n"  # 2
        b"W2,,B,USRC1760,99\n"  # 3: empty title, bad ISRC, bad year
        b"W1,Again,C,,2001\n"  # 4: duplicate id
        b"W3,Too,many,fields,2000,x\n"  # 5: wrong width
        b"W4,Caf\xe9,D,,\n"  # 6: not UTF-8
        b'W5,"Two\nlines",E,,\n'  # 7-8: fine
        b",No id,F,,\n"  # 9: empty id
        b"W6,Fine,G,,2002\n",  # 10
    )


def test_every_problem_at_once_with_lines_and_columns(tmp_path: Path) -> None:
    path = bad_csv(tmp_path)
    offset = path.read_bytes().index(b"\xe9")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    error = caught.value
    assert error.count == 7
    assert str(error).splitlines() == [
        f"{path}: 7 problems",
        f"{path}:3: column 'title': title is empty (every work needs one)",
        f"{path}:3: column 'isrc': 'USRC1760' is not a valid ISRC: must have 12 characters, "
        "got 8 (expected 12 characters CC-XXX-YY-NNNNN)",
        f"{path}:3: column 'year': '99' is not a year (expected 4 digits, e.g. 1999)",
        f"{path}:4: column 'id': duplicate id 'W1' (first on line 2)",
        f"{path}:5: has 6 fields but the header has 5",
        f"{path}:6: undecodable bytes at byte offset {offset}: not UTF-8 (save the file as UTF-8)",
        f"{path}:9: column 'id': id is empty (every work of a table with ids needs one)",
    ]


def test_every_problem_kind_is_found(tmp_path: Path) -> None:
    problems = problems_of(bad_csv(tmp_path))
    assert [(p.line, p.column) for p in problems] == [
        (3, "title"),
        (3, "isrc"),
        (3, "year"),
        (4, "id"),
        (5, None),
        (6, None),
        (9, "id"),
    ]
    assert problems[3].message == "duplicate id 'W1' (first on line 2)"


def test_skip_bad_rows_keeps_the_good_ones(tmp_path: Path) -> None:
    result = load_catalogue(bad_csv(tmp_path), skip_bad_rows=True)
    works = result.catalogue.works
    assert works.ids == ("W1", "W5", "W6")
    assert works.titles == ("Good", "Two\nlines", "Fine")
    assert works.source_rows == (0, 5, 7)
    assert [(p.line, p.column) for p in result.skipped] == [
        (3, "title"),
        (3, "isrc"),
        (3, "year"),
        (4, "id"),
        (5, None),
        (6, None),
        (9, "id"),
    ]


def test_many_problems_are_capped_but_counted(tmp_path: Path) -> None:
    rows = "".join(f"{i},,\n" for i in range(MAX_LISTED + 30))
    path = write(tmp_path / "w.csv", "id,title,year\n" + rows)
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    assert caught.value.count == MAX_LISTED + 30
    assert len(caught.value.problems) == MAX_LISTED + 1
    assert caught.value.problems[-1].message == "... and 30 more problems"


@pytest.mark.parametrize("year", ["99", "19999", "MCMXC", "1999.0", "１９９９"])
def test_years_must_be_four_ascii_digits(tmp_path: Path, year: str) -> None:
    [problem] = problems_of(write(tmp_path / "w.csv", f"title,year\nT,{year}\n"))
    assert problem.column == "year"
    assert "expected 4 digits" in problem.message


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("isrc", "USRC1760", "expected 12 characters CC-XXX-YY-NNNNN"),
        ("iswc", "T-034.524.680-2", "check digit should be 1"),
        ("isbn", "978-0-306-40615-8", "check digit should be 7"),
        ("upc", "12345", "expected a 12-digit UPC-A or 13-digit EAN-13"),
    ],
)
def test_bad_identifiers_say_what_was_expected(
    tmp_path: Path, column: str, value: str, expected: str
) -> None:
    [problem] = problems_of(write(tmp_path / "w.csv", f"title,{column}\nT,{value}\n"))
    assert problem.column == column
    assert problem.message.startswith(f"{value!r} is not a valid {column.upper()}")
    assert expected in problem.message


def test_one_bad_identifier_in_a_list_column(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", f"title,isrc\nT,{ISRC};bad\n")
    [problem] = problems_of(path)
    assert problem.message.startswith("'bad' is not a valid ISRC")
    kept = load_catalogue(path, skip_bad_rows=True).catalogue.works
    assert len(kept) == 0


def test_list_title_in_jsonl_is_a_problem(tmp_path: Path) -> None:
    [problem] = problems_of(write(tmp_path / "w.jsonl", '{"title": ["A", "B"]}\n'))
    assert problem.message == "title is a list; expected one text"


def test_malformed_json_lines_are_row_problems(tmp_path: Path) -> None:
    path = write(tmp_path / "w.jsonl", '{"title": "A"}\n{oops\n[1]\n{"title": "B"}\n')
    assert [(p.line, p.message[:16]) for p in problems_of(path)] == [
        (2, "not valid JSON: "),
        (3, "expected a JSON "),
    ]
    assert load_catalogue(path, skip_bad_rows=True).catalogue.works.titles == ("A", "B")


# --- registers --------------------------------------------------------------------------


REGISTER = f"""\
catalogue: 1
holder:
  name: Acme Records
  aliases: [Acme]
  imprints: [Acme Classics]
works:
  - id: I1
    title: Inline one
    creators: [Alice]
    isrc: {ISRC}
    year: 1999
  - file: data/works.csv
    columns: {{title: song, creators: artist}}
  - id: I2
    title: "1984"
    isrc: [{ISRC_2}]
  - file: data/more.jsonl
domains: [Acme.EXAMPLE, acme.example, music.example.org]
datasets:
  - name: Big Music Set
    aliases: [BMS]
    urls: [https://example.org/bms]
    manifest: {{file: data/bms.csv, columns: {{title: track}}}}
    note: seen in a summary
reservations:
  - mechanism: robots.txt
    domains: [acme.example]
    user_agents: ["*"]
    effective_from: 2024-01-01
    evidence_url: https://acme.example/robots.txt
    file: evidence/robots.txt
  - mechanism: registry
"""


def register(tmp_path: Path, text: str = REGISTER) -> Path:
    write(tmp_path / "data" / "works.csv", "id,song,artist\nF1,File one,Bob\nF2,File two,\n")
    write(tmp_path / "data" / "more.jsonl", '{"title": "Numbered"}\n')
    write(tmp_path / "data" / "bms.csv", "track\nx\n")
    write(tmp_path / "evidence" / "robots.txt", "User-agent: *\nDisallow: /\n")
    return write(tmp_path / "catalogue.yaml", text)


def test_register_with_inline_works_and_files(tmp_path: Path) -> None:
    path = register(tmp_path)
    result = load_catalogue(path)
    catalogue = result.catalogue
    assert result.skipped == ()
    assert catalogue.holder.name == "Acme Records"
    assert catalogue.holder.names == ("Acme Records", "Acme", "Acme Classics")
    works = catalogue.works
    assert works.ids == ("I1", "F1", "F2", "I2", "data/more.jsonl:0")
    assert works.titles == ("Inline one", "File one", "File two", "1984", "Numbered")
    assert works.creators == (("Alice",), ("Bob",), (), (), ())
    assert works.identifiers[0] == (("isrc", ISRC),)
    assert works.identifiers[3] == (("isrc", ISRC_2),)
    assert works.years == (1999, None, None, None, None)
    assert works.sources == (
        str(path),
        "data/works.csv",
        "data/works.csv",
        str(path),
        "data/more.jsonl",
    )
    assert works.source_rows == (0, 0, 1, 2, 0)
    assert catalogue.domains == ("acme.example", "music.example.org")
    [dataset] = catalogue.datasets
    assert dataset.names == ("Big Music Set", "BMS")
    assert dataset.urls == ("https://example.org/bms",)
    assert dataset.manifest is not None
    assert dataset.manifest.path == tmp_path / "data" / "bms.csv"
    assert dataset.manifest.columns == (("title", "track"),)
    robots, registry = catalogue.reservations
    assert robots.mechanism is Mechanism.ROBOTS_TXT
    assert robots.effective_from == "2024-01-01"
    assert robots.file == tmp_path / "evidence" / "robots.txt"
    assert robots.user_agents == ("*",)
    assert not robots.is_global
    assert registry.is_global


def test_json_register(tmp_path: Path) -> None:
    write(tmp_path / "w.csv", "title\nT\n")
    data = {"catalogue": 1, "holder": {"name": "H"}, "works": [{"file": "w.csv"}]}
    path = write(tmp_path / "c.json", json.dumps(data, indent=2))
    catalogue = load_catalogue(path).catalogue
    assert catalogue.holder.name == "H"
    assert catalogue.works.titles == ("T",)
    assert catalogue.works.ids == ("w.csv:0",)


def test_register_yaml_keeps_yes_and_dates_as_text(tmp_path: Path) -> None:
    text = "catalogue: 1\nholder: {name: Yes}\nworks:\n  - {id: on, title: no}\n"
    works = load_catalogue(write(tmp_path / "c.yml", text)).catalogue.works
    assert (works.ids, works.titles) == (("on",), ("no",))


def test_fingerprint_follows_register_files_and_mapping(tmp_path: Path) -> None:
    """The index cache key changes with a works file's bytes and with the column mapping."""
    path = register(tmp_path)
    first = fingerprint(path, None, skip_bad_rows=False)
    assert fingerprint(path, None, skip_bad_rows=False) == first
    write(tmp_path / "data" / "works.csv", "id,song,artist\nF1,File one,Bob\nF2,Changed,\n")
    second = fingerprint(path, None, skip_bad_rows=False)
    assert second != first
    assert fingerprint(path, {"aliases": "artist"}, skip_bad_rows=False) != second
    assert fingerprint(path, None, skip_bad_rows=True) != second


def test_bare_fingerprint_includes_the_mapping(tmp_path: Path) -> None:
    """A bare table's fingerprint depends on how its columns are mapped."""
    path = write(tmp_path / "w.csv", "title,song\nA,B\n")
    plain = fingerprint(path, None, skip_bad_rows=False)
    assert plain != fingerprint(path, {"title": "song"}, skip_bad_rows=False)


def test_broken_yaml_is_one_problem_with_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path / "c.yaml", "catalogue: 1\nholder:\n  name: [Acme\nworks: []\n")
    [problem] = problems_of(path)
    assert problem.message.startswith("not valid YAML: ")
    assert problem.line == 4
    assert problem.position == 6


def test_broken_json_register(tmp_path: Path) -> None:
    path = write(tmp_path / "c.json", '{"catalogue": 1,\n "holder": {"name": "A"}\n')
    [problem] = problems_of(path)
    assert (problem.line, problem.message) == (3, "not valid JSON: Expecting ',' delimiter")


def test_empty_and_missing_registers(tmp_path: Path) -> None:
    assert problems_of(write(tmp_path / "c.yaml", "\n"))[0].message == "file is empty"
    assert problems_of(tmp_path / "none.yaml")[0].message == "file not found"
    bad = write(tmp_path / "bad.yaml", b"catalogue: 1\nholder: {name: \xff}\n")
    [problem] = problems_of(bad)
    assert (problem.line, "byte offset 28" in problem.message) == (2, True)


def test_schema_problems_are_all_reported_with_yaml_lines(tmp_path: Path) -> None:
    text = (
        "catalogue: 2\n"  # 1
        "holder:\n"  # 2
        "  name: [x]\n"  # 3
        "  nick: y\n"  # 4
        "works:\n"  # 5
        "  - id: 1\n"  # 6
        "    title: T\n"  # 7
        "    isrc: 5\n"  # 8
        "    year: 3000\n"  # 9
        "  - file: w.csv\n"  # 10
        "    columns: {titel: x}\n"  # 11
        "domains: [not_a_domain]\n"  # 12
        "reservations:\n"  # 13
        "  - mechanism: robots\n"  # 14
        "    effective_from: 2024-13-01\n"  # 15
        "    evidence_url: ftp://x\n"  # 16
    )
    problems = problems_of(write(tmp_path / "c.yaml", text))
    rendered = [str(problem).split(": ", 1)[1] for problem in problems]
    assert [problem.line for problem in problems] == [1, 3, 4, 6, 8, 9, 11, 12, 14, 15, 16]
    assert rendered == [
        "catalogue: must be 1, not 2",
        "holder.name: ['x'] is a list; expected text",
        "holder.nick: unknown key 'nick'; expected one of name, aliases, imprints",
        "works[0].id: 1 is a number; expected text (put it in quotes)",
        "works[0].isrc: 5 is a number; expected text or a list (put it in quotes)",
        "works[0].year: 3000 is greater than the maximum of 2999",
        "works[1].columns: 'titel' is not one of ['id', 'title', 'creators', 'isrc', 'iswc', "
        "'isbn', 'upc', 'aliases', 'year']",
        "domains[0]: 'not_a_domain' is not a domain name such as example.com",
        "reservations[0].mechanism: 'robots' is not one of ['robots.txt', 'tdmrep', 'ai.txt', "
        "'meta-tag', 'http-header', 'website-declaration', 'registry']",
        "reservations[0].effective_from: '2024-13-01' is not a date written YYYY-MM-DD",
        "reservations[0].evidence_url: 'ftp://x' is not an http:// or https:// URL",
    ]
    assert str(problems[0]) == f"{tmp_path / 'c.yaml'}:1:12: catalogue: must be 1, not 2"


def test_schema_problems_in_a_json_register_have_lines(tmp_path: Path) -> None:
    text = (
        '{\n  "catalogue": 1,\n  "holder": {"name": "H"},\n  "works": [{"id": "a", "title": ""}]\n}'
    )
    [problem] = problems_of(write(tmp_path / "c.json", text))
    assert problem.line == 4
    assert "works[0].title" in problem.message


def test_duplicate_yaml_keys(tmp_path: Path) -> None:
    path = write(tmp_path / "c.yaml", "catalogue: 1\nholder: {name: A}\nholder: {name: B}\n")
    [problem] = problems_of(path)
    assert (problem.line, problem.message) == (3, "key 'holder' appears twice (first on line 2)")


def test_register_row_problems_inline_and_in_files(tmp_path: Path) -> None:
    text = (
        "catalogue: 1\n"
        "holder: {name: H}\n"
        "works:\n"
        "  - id: A\n"
        "    title: One\n"
        f"    isrc: [{ISRC}, BAD]\n"
        "  - file: w.csv\n"
        "  - id: A\n"
        "    title: Again\n"
    )
    write(tmp_path / "w.csv", "id,title\nA,From file\nB,\n")
    path = write(tmp_path / "c.yaml", text)
    problems = problems_of(path)
    rendered = [str(problem) for problem in problems]
    yaml_name, csv_name = str(path), str(tmp_path / "w.csv")
    assert rendered == [
        f"{yaml_name}:6:11: works[0].isrc: 'BAD' is not a valid ISRC: must have 12 characters, "
        "got 3 (expected 12 characters CC-XXX-YY-NNNNN)",
        f"{yaml_name}:8:9: works[2].id: duplicate id 'A' (first on line 4)",
        f"{csv_name}:2: column 'id': duplicate id 'A' (first on {yaml_name}:4:9)",
        f"{csv_name}:3: column 'title': title is empty (every work needs one)",
    ]


def test_register_skip_bad_rows(tmp_path: Path) -> None:
    text = "catalogue: 1\nholder: {name: H}\nworks:\n  - {id: A, title: T, isrc: BAD}\n"
    text += "  - {id: B, title: U}\n  - {file: w.csv}\n"
    write(tmp_path / "w.csv", "id,title\nB,dup\nC,ok\n")
    result = load_catalogue(write(tmp_path / "c.yaml", text), skip_bad_rows=True)
    assert result.catalogue.works.ids == ("B", "C")
    assert [problem.line for problem in result.skipped] == [4, 2]


def test_missing_works_file_and_manifest_are_file_problems(tmp_path: Path) -> None:
    text = (
        "catalogue: 1\n"
        "holder: {name: H}\n"
        "works:\n"
        "  - file: missing.csv\n"
        "datasets:\n"
        "  - name: D\n"
        "    manifest: {file: gone.csv}\n"
        "reservations:\n"
        "  - {mechanism: ai.txt, file: nowhere/ai.txt}\n"
    )
    problems = problems_of(write(tmp_path / "c.yaml", text), skip_bad_rows=True)
    assert [str(problem) for problem in problems] == [
        f"{tmp_path / 'missing.csv'}: file not found",
        f"{tmp_path / 'c.yaml'}:7:22: datasets[0].manifest.file: file not found: "
        f"{tmp_path / 'gone.csv'}",
        f"{tmp_path / 'c.yaml'}:9:31: reservations[0].file: file not found: "
        f"{tmp_path / 'nowhere' / 'ai.txt'}",
    ]


def test_register_mapped_column_missing_in_works_file(tmp_path: Path) -> None:
    write(tmp_path / "w.csv", "id,name\n1,x\n")
    text = "catalogue: 1\nholder: {name: H}\nworks:\n  - {file: w.csv, columns: {title: song}}\n"
    [problem] = problems_of(write(tmp_path / "c.yaml", text))
    assert problem.file == str(tmp_path / "w.csv")
    assert problem.message.startswith("no column 'song' (mapped to title)")


def test_register_explicit_format(tmp_path: Path) -> None:
    write(tmp_path / "w.txt", "title\tartist\nT\tA\n")
    text = "catalogue: 1\nholder: {name: H}\nworks:\n  - {file: w.txt, format: tsv}\n"
    works = load_catalogue(write(tmp_path / "c.yaml", text)).catalogue.works
    assert works.creators == (("A",),)


def test_duplicate_ids_across_two_files_name_both(tmp_path: Path) -> None:
    write(tmp_path / "a.csv", "id,title\nX,One\n")
    write(tmp_path / "b.csv", "id,title\nY,Two\nX,Three\n")
    text = "catalogue: 1\nholder: {name: H}\nworks:\n  - file: a.csv\n  - file: b.csv\n"
    [problem] = problems_of(write(tmp_path / "c.yaml", text))
    assert str(problem) == (
        f"{tmp_path / 'b.csv'}:3: column 'id': duplicate id 'X' (first on {tmp_path / 'a.csv'}:2)"
    )


# --- manifests --------------------------------------------------------------------------


def test_manifest_with_default_columns(tmp_path: Path) -> None:
    path = write(
        tmp_path / "m.csv",
        "Track,Artist,ISRC,URL,id\n"
        f"Song A,X;Y,{ISRC},,a\n"
        "Song B,Z,bad-isrc,http://example.org/b,\n"
        ",,,,\n"
        ",W,,,\n"
        ",,,http://example.org/only-url,\n",
    )
    with pytest.raises(CatalogueError) as caught:
        load_manifest(path)
    assert [(p.line, p.message) for p in caught.value.problems] == [
        (5, "has neither a title nor a URL")
    ]
    manifest = load_manifest(path, skip_bad_rows=True)
    assert manifest.path == path
    assert manifest.titles == ("Song A", "Song B", "")
    assert manifest.creators == (("X", "Y"), ("Z",), ())
    assert manifest.identifiers == ((("isrc", ISRC),), (), ())
    assert manifest.urls == (None, "http://example.org/b", "http://example.org/only-url")
    assert manifest.ids == ("a", None, None)
    assert manifest.rows == (0, 1, 3)
    assert len(manifest) == 3
    assert [(p.line, p.column) for p in manifest.skipped] == [(5, "Track")]
    [warning] = manifest.warnings
    assert (warning.line, warning.column) == (3, "ISRC")
    assert warning.message.startswith("'bad-isrc' is not a valid ISRC")
    assert warning.message.endswith("; dropped")


def test_manifest_column_mapping_and_synonyms(tmp_path: Path) -> None:
    path = write(tmp_path / "m.tsv", "song\tperformer\tlink\nS\tP\thttp://x\n")
    manifest = load_manifest(path, columns=parse_columns("creator=performer,url=link"))
    assert (manifest.titles, manifest.creators, manifest.urls) == (("S",), (("P",),), ("http://x",))


def test_manifest_needs_a_title_or_url_column(tmp_path: Path) -> None:
    path = write(tmp_path / "m.csv", "a,b\n1,2\n")
    with pytest.raises(CatalogueError, match="no title or url column; the file has 'a', 'b'"):
        load_manifest(path)
    with pytest.raises(CatalogueError, match="no column 'zz' \\(mapped to title\\)"):
        load_manifest(path, columns={"title": "zz"})


def test_manifest_jsonl_and_parquet(tmp_path: Path) -> None:
    jsonl = write(tmp_path / "m.jsonl", '{"name": "A", "artist": ["X"]}\n{"url": "http://u"}\n')
    manifest = load_manifest(jsonl)
    assert (manifest.titles, manifest.urls) == (("A", ""), (None, "http://u"))
    parquet = tmp_path / "m.parquet"
    pq.write_table(pa.table({"title": ["A", None], "isrc": [ISRC, "x"]}), parquet)
    with pytest.raises(CatalogueError, match="row 2: column 'title': has neither"):
        load_manifest(parquet)


def test_manifest_file_problems(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="file not found"):
        load_manifest(tmp_path / "none.csv", skip_bad_rows=True)
    with pytest.raises(CatalogueError, match="file is empty"):
        load_manifest(write(tmp_path / "e.csv", ""))


def test_manifest_warnings_are_capped(tmp_path: Path) -> None:
    rows = "".join(f"T{i},bad\n" for i in range(MAX_LISTED + 5))
    manifest = load_manifest(write(tmp_path / "m.csv", "title,isrc\n" + rows))
    assert len(manifest) == MAX_LISTED + 5
    assert len(manifest.warnings) == MAX_LISTED + 1
    assert manifest.warnings[-1].message == "... and 5 more identifiers dropped"


# --- properties -------------------------------------------------------------------------

_NAME = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters=";|"),
    min_size=1,
    max_size=20,
).filter(lambda text: text == text.strip() and text != "")


@settings(max_examples=100, deadline=None)
@given(
    works=st.lists(
        st.tuples(_NAME, st.lists(_NAME, max_size=3)),
        min_size=1,
        max_size=10,
    ),
    newline_titles=st.booleans(),
)
def test_csv_round_trip_of_titles_and_creators(
    tmp_path_factory: pytest.TempPathFactory,
    works: list[tuple[str, list[str]]],
    newline_titles: bool,
) -> None:
    titles = [f"{title}\n{title}" if newline_titles else title for title, _ in works]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["title", "creators"])
    for title, (_, creators) in zip(titles, works, strict=True):
        writer.writerow([title, "; ".join(creators)])
    path = tmp_path_factory.mktemp("rt") / "works.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    loaded = load_catalogue(path).catalogue.works
    assert loaded.titles == tuple(titles)
    assert loaded.creators == tuple(tuple(creators) for _, creators in works)
    assert loaded.ids == tuple(str(i) for i in range(len(works)))
