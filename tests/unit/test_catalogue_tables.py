"""Tabular files read row by row: CSV, TSV, JSON Lines, Parquet, gzip, encodings, line numbers."""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainaudit.catalogue.tables import (
    TableError,
    open_table,
    read_rows,
    table_format,
)


def records(path: Path, fmt: str | None = None) -> list[tuple[int, object, str | None]]:
    with open_table(path, fmt) as table:
        return list(table.records())


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- formats and names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("works.csv", ("csv", False)),
        ("WORKS.CSV", ("csv", False)),
        ("works.tsv", ("tsv", False)),
        ("works.tab", ("tsv", False)),
        ("works.jsonl", ("jsonl", False)),
        ("works.ndjson", ("jsonl", False)),
        ("works.parquet", ("parquet", False)),
        ("works.csv.gz", ("csv", True)),
        ("works.jsonl.gz", ("jsonl", True)),
    ],
)
def test_format_from_extension(name: str, expected: tuple[str, bool]) -> None:
    assert table_format(Path(name)) == expected


@pytest.mark.parametrize("name", ["works.txt", "works", "works.parquet.gz", "works.xlsx"])
def test_unknown_extension_is_a_table_error(name: str) -> None:
    with pytest.raises(TableError, match="cannot tell the table format"):
        table_format(Path(name))


def test_explicit_format_wins_over_extension(tmp_path: Path) -> None:
    path = write(tmp_path / "works.txt", "a\tb\n1\t2\n")
    assert table_format(path, "tsv") == ("tsv", False)
    assert records(path, "tsv") == [(2, {"a": "1", "b": "2"}, None)]
    with pytest.raises(TableError, match="unknown format 'xls'"):
        table_format(path, "xls")


# --- CSV and TSV ------------------------------------------------------------------------


def test_csv_rows_with_physical_line_numbers(tmp_path: Path) -> None:
    path = write(
        tmp_path / "w.csv",
        'id,title\n1,One\n\n2,"Two\nlines"\n3,Three\n',
    )
    assert records(path) == [
        (2, {"id": "1", "title": "One"}, None),
        (4, {"id": "2", "title": "Two\nlines"}, None),
        (6, {"id": "3", "title": "Three"}, None),
    ]


def test_csv_header_is_stripped_and_crlf_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", " id , Title \r\n1,One\r\n")
    with open_table(path) as table:
        assert table.header == ("id", "Title")
        assert list(table.records()) == [(2, {"id": "1", "Title": "One"}, None)]


def test_excel_empty_rows_are_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", "a,b\n1,2\n,\n,\n3,4\n")
    assert [line for line, _, _ in records(path)] == [2, 5]


def test_tsv_by_extension(tmp_path: Path) -> None:
    path = write(tmp_path / "w.tsv", "title\tartist\nA, B\tC\n")
    assert records(path) == [(2, {"title": "A, B", "artist": "C"}, None)]


def test_wrong_number_of_fields_is_a_row_problem(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", "a,b\n1,2,3\n4\n5,6\n")
    rows = records(path)
    assert rows[0] == (2, None, "has 3 fields but the header has 2")
    assert rows[1] == (3, None, "has 1 field but the header has 2")
    assert rows[2] == (4, {"a": "5", "b": "6"}, None)


def test_unclosed_quote_is_a_row_problem(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", 'id,title\n1,"open\n2,x\n')
    [(line, row, problem)] = records(path)
    assert (line, row) == (2, None)
    assert problem is not None
    assert "never closed" in problem


def test_bad_quoting_is_a_row_problem_and_reading_goes_on(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", 'id,title\n1,"abc"def\n2,ok\n')
    rows = records(path)
    assert rows[0][0] == 2
    assert rows[0][1] is None
    assert "doubled" in str(rows[0][2])
    assert rows[1] == (3, {"id": "2", "title": "ok"}, None)


def test_header_only_has_no_rows(tmp_path: Path) -> None:
    assert records(write(tmp_path / "w.csv", "id,title\n")) == []


def test_leading_blank_lines_before_the_header(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", "\n\nid,title\n1,x\n")
    assert records(path) == [(4, {"id": "1", "title": "x"}, None)]
    with open_table(path) as table:
        assert table.header_line == 3


# --- encodings --------------------------------------------------------------------------


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", b"\xef\xbb\xbfid,title\n1,Caf\xc3\xa9\n")
    with open_table(path) as table:
        assert table.header == ("id", "title")
        assert list(table.records()) == [(2, {"id": "1", "title": "Café"}, None)]


def test_undecodable_bytes_name_the_line_and_byte_offset(tmp_path: Path) -> None:
    data = b"id,title\n1,ok\n2,Caf\xe9\n3,fine\n"
    path = write(tmp_path / "w.csv", data)
    rows = records(path)
    assert rows[0] == (2, {"id": "1", "title": "ok"}, None)
    offset = data.index(b"\xe9")
    assert rows[1] == (
        3,
        None,
        f"undecodable bytes at byte offset {offset}: not UTF-8 (save the file as UTF-8)",
    )
    assert rows[2] == (4, {"id": "3", "title": "fine"}, None)


def test_undecodable_bytes_after_a_bom_count_the_bom(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbfa\n\xff\n"
    rows = records(write(tmp_path / "w.csv", data))
    offset = data.index(b"\xff")
    assert offset == 5
    assert rows == [
        (2, None, f"undecodable bytes at byte offset {offset}: not UTF-8 (save the file as UTF-8)")
    ]


def test_undecodable_header_is_a_table_error(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="offset 2") as caught:
        open_table(write(tmp_path / "w.csv", b"id\xff,title\n1,x\n"))
    assert caught.value.line == 1


def test_utf16_is_refused_with_advice(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", "id,title\n1,x\n".encode("utf-16"))
    with pytest.raises(TableError, match="UTF-16"):
        open_table(path)


def test_binary_file_named_csv_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="not a text file"):
        open_table(write(tmp_path / "w.csv", b"\x00\x01\x02PK\x03\x04"))


def test_bad_bytes_across_many_blocks(tmp_path: Path) -> None:
    lines = [b"n,title"] + [b"%d,t%d" % (i, i) for i in range(200_000)]
    lines[150_001] = b"150000,caf\xe9"
    path = write(tmp_path / "w.csv", b"\n".join(lines) + b"\n")
    bad = [(line, problem) for line, row, problem in records(path) if row is None]
    assert len(bad) == 1
    assert bad[0][0] == 150_002


# --- file problems ----------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="file not found"):
        open_table(tmp_path / "nope.csv")


def test_directory(tmp_path: Path) -> None:
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(TableError, match="is a directory"):
        open_table(tmp_path / "dir.csv")


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    with pytest.raises(TableError, match="file is empty"):
        open_table(write(tmp_path / "w.csv", content))


def test_only_blank_lines(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="no header row"):
        open_table(write(tmp_path / "w.csv", "\n \n"))


def test_table_error_message_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.csv"
    with pytest.raises(TableError) as caught:
        open_table(path)
    assert str(caught.value) == f"{path}: file not found"
    assert caught.value.detail == "file not found"


# --- gzip -------------------------------------------------------------------------------


def test_gzip_csv(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv.gz", gzip.compress(b"id,title\n1,One\n"))
    assert records(path) == [(2, {"id": "1", "title": "One"}, None)]


def test_gzip_recognised_by_magic_bytes(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", gzip.compress(b"id,title\n1,One\n"))
    assert records(path) == [(2, {"id": "1", "title": "One"}, None)]


def test_gz_name_without_gzip_content(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="not gzip-compressed"):
        open_table(write(tmp_path / "w.csv.gz", "id,title\n"))


def test_truncated_gzip_is_a_table_error(tmp_path: Path) -> None:
    data = gzip.compress(b"id,title\n" + b"1,One\n" * 10_000)
    path = write(tmp_path / "w.csv.gz", data[: len(data) // 2])
    with pytest.raises(TableError, match="decompressed"):
        records(path)


def test_gzip_empty_content(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="file is empty"):
        open_table(write(tmp_path / "w.csv.gz", gzip.compress(b"")))


# --- JSON Lines -------------------------------------------------------------------------


def test_jsonl_rows_blank_lines_and_bad_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path / "w.jsonl",
        '{"id": "a", "title": "A", "creators": ["X", "Y"], "year": 1999}\n'
        "\n"
        '{"id": "b", "title": null, "n": 2.0, "f": 1.5, "ok": true}\n'
        "{broken\n"
        "[1, 2]\n"
        '{"title": {"nested": 1}}\n',
    )
    assert records(path) == [
        (1, {"id": "a", "title": "A", "creators": ["X", "Y"], "year": "1999"}, None),
        (3, {"id": "b", "title": None, "n": "2", "f": "1.5", "ok": "true"}, None),
        (4, None, "not valid JSON: Expecting property name enclosed in double quotes (column 2)"),
        (5, None, "expected a JSON object, got an array"),
        (6, None, "column 'title' holds an object; expected text or a list of texts"),
    ]


def test_jsonl_header_is_none(tmp_path: Path) -> None:
    with open_table(write(tmp_path / "w.jsonl", '{"a": 1}\n')) as table:
        assert table.header is None
        assert table.unit == "line"


def test_file_named_jsonl_that_is_not_json_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "w.jsonl", "id,title\n1,x\n")
    with pytest.raises(TableError, match=r"is not JSON Lines \(line 1: Expecting value") as caught:
        records(path)
    assert caught.value.line is None


def test_bare_carriage_returns_get_advice(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="bare carriage return"):
        open_table(write(tmp_path / "w.csv", "id,title\r1,x\r2,y\r"))


def test_jsonl_undecodable_line(tmp_path: Path) -> None:
    path = write(tmp_path / "w.jsonl", b'{"a": "x"}\n{"a": "\xff"}\n')
    rows = records(path)
    assert rows[1][0] == 2
    assert rows[1][1] is None
    assert "byte offset 18" in str(rows[1][2])


def test_jsonl_with_only_blank_lines(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="only blank lines"):
        records(write(tmp_path / "w.jsonl", "\n\n"))


def test_gzip_jsonl(tmp_path: Path) -> None:
    path = write(tmp_path / "w.jsonl.gz", gzip.compress(b'{"title": "T"}\n'))
    assert records(path) == [(1, {"title": "T"}, None)]


# --- Parquet ----------------------------------------------------------------------------


def test_parquet_rows_in_batches(tmp_path: Path) -> None:
    path = tmp_path / "w.parquet"
    count = 20_000
    table = pa.table(
        {
            "id": [f"w{i}" for i in range(count)],
            "title": [f"T{i}" if i % 7 else None for i in range(count)],
            "creators": [["A", "B"] if i % 2 else [] for i in range(count)],
            "year": [1990 + i % 30 for i in range(count)],
            "score": [float(i) + 0.5 for i in range(count)],
        }
    )
    pq.write_table(table, path, row_group_size=5_000)
    with open_table(path) as opened:
        assert opened.header == ("id", "title", "creators", "year", "score")
        assert opened.unit == "row"
        rows = list(opened.records())
    assert len(rows) == count
    assert rows[0] == (
        1,
        {"id": "w0", "title": None, "creators": [], "year": "1990", "score": "0.5"},
        None,
    )
    assert rows[-1][0] == count
    assert rows[9_999][1] == {
        "id": "w9999",
        "title": "T9999",
        "creators": ["A", "B"],
        "year": str(1990 + 9_999 % 30),
        "score": "9999.5",
    }


def test_parquet_struct_cell_is_a_row_problem(tmp_path: Path) -> None:
    path = tmp_path / "w.parquet"
    pq.write_table(pa.table({"title": [{"a": 1}]}), path)
    assert records(path) == [
        (1, None, "column 'title' holds an object; expected text or a list of texts")
    ]


def test_not_a_parquet_file(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="is not a Parquet file"):
        open_table(write(tmp_path / "w.parquet", "id,title\n1,x\n"))


# --- reading helpers --------------------------------------------------------------------


def test_read_rows_raises_at_the_first_bad_row(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv", "a,b\n1,2\n3\n")
    rows = read_rows(path)
    assert next(rows) == (2, {"a": "1", "b": "2"})
    with pytest.raises(TableError, match="has 1 field") as caught:
        next(rows)
    assert caught.value.line == 3


def test_every_record_is_read_across_read_blocks(tmp_path: Path) -> None:
    """A file many read blocks long yields every record once, the last one included."""
    data = b"id,title\n" + b"".join(b"%d,title %d\n" % (i, i) for i in range(100_000))
    path = write(tmp_path / "w.csv", data)
    with open_table(path) as table:
        assert sum(1 for _ in table.records()) == 100_000


def test_table_closes_its_file(tmp_path: Path) -> None:
    path = write(tmp_path / "w.csv.gz", gzip.compress(b"a\n1\n"))
    with open_table(path) as table:
        pass
    assert table._stream.closed


# --- properties -------------------------------------------------------------------------

_CELL = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))


@settings(max_examples=150, deadline=None)
@given(
    header=st.lists(
        st.text(st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=8),
        min_size=1,
        max_size=5,
        unique=True,
    ),
    data=st.data(),
)
def test_csv_round_trip(
    tmp_path_factory: pytest.TempPathFactory, header: list[str], data: st.DataObject
) -> None:
    rows = data.draw(
        st.lists(st.lists(_CELL, min_size=len(header), max_size=len(header)), max_size=8)
    )
    rows = [row for row in rows if any(row)]  # rows of empty cells are blank rows
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("rt") / "t.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    got = records(path)
    assert [row for _, row, _ in got] == [dict(zip(header, row, strict=True)) for row in rows]
    assert all(problem is None for _, _, problem in got)
    lines = [line for line, _, _ in got]
    assert lines == sorted(lines)
