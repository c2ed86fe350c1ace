"""Read tabular files (CSV, TSV, JSON Lines, Parquet) row by row, with physical line numbers.

A row is a ``dict`` from column name to text, a list of texts (JSON Lines and
Parquet list columns) or ``None`` (missing). Each record comes with the line
it starts on, 1-based and counting the header as line 1 in CSV and TSV (a
quoted field may run over several lines); blank lines are skipped but counted.
In Parquet files the number is the data row plus one, reported as "row N".

Text is UTF-8, with or without a byte order mark. A line holding bytes that
are not UTF-8 is a problem of its record (naming the byte offset), not an
error of the file, so that one bad row does not hide the others. Files whose
name ends in ``.gz`` are gzip-compressed (gzip is also recognised by its magic
bytes). Text files are read in blocks of whole lines, decoded in one go and
parsed with the ``csv`` module, so that millions of rows take seconds.

Problems are of two kinds: a file that cannot be read at all raises
``TableError`` (missing, a directory, empty, not of the format its name
says); a record that cannot be read is yielded as ``(line, None, message)``.
"""

from __future__ import annotations

import csv
import gzip
import io
import itertools
import json
import math
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Final, Self, TypeAlias

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from trainaudit.errors import TrainauditError

__all__ = [
    "FORMATS",
    "Record",
    "Row",
    "Table",
    "TableError",
    "Value",
    "open_table",
    "read_rows",
    "table_format",
]

#: Formats a table may be in; ``table_format`` tells which from a file's name.
FORMATS: Final = ("csv", "tsv", "jsonl", "parquet")

_EXTENSIONS: Final = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
_BLOCK: Final = 1 << 20
_GZIP_MAGIC: Final = b"\x1f\x8b"
_BOM: Final = b"\xef\xbb\xbf"
_PARQUET_BATCH: Final = 8192

#: A cell: text, a list of texts, or None when missing.
Value: TypeAlias = str | list[str] | None
#: A row: column name -> cell.
Row: TypeAlias = dict[str, Value]
#: ``(line, row, None)`` for a row read, ``(line, None, message)`` for one that could not be.
Record: TypeAlias = tuple[int, Row | None, str | None]


class TableError(TrainauditError):
    """A tabular file that cannot be read at all: missing, empty, or not of its format."""

    def __init__(self, path: str, detail: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {detail}")
        self.path = path
        self.detail = detail
        self.line = line


class _NotText(Exception):
    """A JSON or Parquet cell that is neither text, a number, nor a list of them."""


def table_format(path: Path, fmt: str | None = None) -> tuple[str, bool]:
    """Return a table's format (``fmt``, else from its name) and whether its name says gzip."""
    name = path.name.lower()
    compressed = name.endswith(".gz")
    if compressed:
        name = name[:-3]
    if fmt is not None:
        if fmt not in FORMATS:
            raise TableError(str(path), f"unknown format {fmt!r}; expected one of {_known()}")
        return fmt, compressed
    suffix = Path(name).suffix
    found = _EXTENSIONS.get(suffix)
    if found is None or (compressed and found == "parquet"):
        shown = suffix + (".gz" if compressed else "") or "(none)"
        raise TableError(
            str(path),
            f"cannot tell the table format from the extension {shown!r}; "
            f"expected .csv, .tsv, .tab, .jsonl or .parquet (text formats may end in .gz)",
        )
    return found, compressed


def _known() -> str:
    """Return the known formats as a readable list."""
    return ", ".join(FORMATS)


def open_table(path: Path, fmt: str | None = None) -> Table:
    """Open a table (format from ``fmt`` or the name); raise TableError when unreadable."""
    return Table(path, fmt)


def read_rows(path: Path, fmt: str | None = None) -> Iterator[tuple[int, Row]]:
    """Yield ``(line, row)`` for each row of a table; raise TableError at the first bad row."""
    with open_table(path, fmt) as table:
        for line, row, problem in table.records():
            if row is None:
                raise TableError(str(path), problem or "unreadable row", line)
            yield line, row


class Table:
    """An open tabular file: its format, its header (when known up front) and its records."""

    def __init__(self, path: Path, fmt: str | None = None) -> None:
        self.path = path
        self.name = str(path)
        self.format, compressed = table_format(path, fmt)
        #: "line" for text formats, "row" for Parquet: what the record numbers count.
        self.unit = "row" if self.format == "parquet" else "line"
        #: Column names in file order; ``None`` for JSON Lines, whose rows name their own.
        self.header: tuple[str, ...] | None = None
        #: The line the CSV or TSV header is on (after any blank lines), else None.
        self.header_line: int | None = None
        self._stream = self._open(compressed)
        try:
            self._start()
        except BaseException:
            self.close()
            raise

    # --- opening --------------------------------------------------------------------

    def _fail(self, detail: str, line: int | None = None) -> TableError:
        """Return a TableError about this file."""
        return TableError(self.name, detail, line)

    def _open(self, compressed: bool) -> io.BufferedIOBase:
        """Open the file as bytes, decompressing gzip; raise TableError when it cannot be."""
        if self.path.is_dir():
            raise self._fail("is a directory, not a file")
        try:
            raw = self.path.open("rb")
        except FileNotFoundError:
            raise self._fail("file not found") from None
        except OSError as exc:
            raise self._fail(f"cannot be read: {exc.strerror or exc}") from None
        magic = raw.read(2)
        raw.seek(0)
        if not magic:
            raw.close()
            raise self._fail("file is empty")
        if magic == _GZIP_MAGIC:
            return gzip.GzipFile(fileobj=raw, mode="rb")  # closes with ``raw`` below
        if compressed:
            raw.close()
            raise self._fail("is not gzip-compressed, although its name ends in .gz")
        return raw

    def _start(self) -> None:
        """Prepare the records of the format: read the CSV header or the Parquet schema."""
        if self.format == "parquet":
            self._parquet = self._open_parquet()
            self.header = tuple(str(name) for name in self._parquet.schema_arrow.names)
            return
        self._decoder = _Decoder(self.name)
        lines = itertools.chain.from_iterable(
            io.StringIO(self._decoder.decode(block), newline="\n") for block in self._blocks()
        )
        if self.format == "jsonl":
            self._lines: Iterator[str] = lines
            return
        delimiter = "\t" if self.format == "tsv" else ","
        self._reader = csv.reader(lines, delimiter=delimiter, strict=True)
        self.header = self._read_header()

    def _blocks(self) -> Iterator[bytes]:
        """Yield the file in blocks of whole lines (the last may lack its newline)."""
        rest = b""
        while True:
            try:
                chunk = self._stream.read(_BLOCK)
            except (OSError, EOFError, zlib.error) as exc:
                raise self._fail(f"cannot be decompressed or read: {exc}") from None
            if not chunk:
                break
            chunk = rest + chunk if rest else chunk
            cut = chunk.rfind(b"\n") + 1
            if cut == 0:
                rest = chunk
                continue
            rest = chunk[cut:]
            yield chunk[:cut]
        if rest:
            yield rest

    def _read_header(self) -> tuple[str, ...]:
        """Read the header row of a CSV or TSV file (the first non-blank record)."""
        reader = self._reader
        previous = 0
        try:
            for fields in reader:
                start = previous + 1
                previous = reader.line_num
                if not any(field.strip() for field in fields):
                    continue
                offset = self._decoder.bad_in(start, previous)
                if offset is not None:
                    raise self._fail(_undecodable(offset), start)
                self.header_line = start
                return tuple(field.strip() for field in fields)
        except csv.Error as exc:
            raise self._fail(f"cannot read the header row: {_csv_detail(exc)}") from None
        if self._decoder.total_bytes == self._decoder.start:
            raise self._fail("file is empty")
        raise self._fail("has no header row (only blank lines)")

    def _open_parquet(self) -> pq.ParquetFile:
        """Read the whole Parquet file (decompressed if need be) and open it."""
        try:
            data = self._stream.read()
        except (OSError, EOFError, zlib.error) as exc:
            raise self._fail(f"cannot be read: {exc}") from None
        try:
            return pq.ParquetFile(pa.BufferReader(data))
        except (pa.ArrowException, OSError, ValueError) as exc:
            raise self._fail(f"is not a Parquet file ({exc})") from None

    # --- records --------------------------------------------------------------------

    def records(self) -> Iterator[Record]:
        """Yield ``(line, row, None)`` per row, or ``(line, None, message)`` for an unreadable one.

        Raises TableError when the file stops being readable (a truncated gzip
        stream, a corrupt Parquet page) or is not of its format at all. The
        file is read as the records are: call this once.
        """
        if self.format == "parquet":
            return self._parquet_records()
        if self.format == "jsonl":
            return self._jsonl_records()
        return self._csv_records()

    def _csv_records(self) -> Iterator[Record]:
        """Yield the records of a CSV or TSV file after its header."""
        reader = self._reader
        header = self.header or ()
        width = len(header)
        decoder = self._decoder
        bad = decoder.bad
        previous = reader.line_num
        while True:
            try:
                for fields in reader:
                    start = previous + 1
                    previous = reader.line_num
                    if not fields or (not fields[0] and not any(fields)):
                        continue
                    if bad and (offset := decoder.bad_in(start, previous)) is not None:
                        yield start, None, _undecodable(offset)
                    elif len(fields) != width:
                        yield start, None, _width_problem(len(fields), width, start, previous)
                    else:
                        yield start, dict(zip(header, fields, strict=False)), None  # width checked
                return
            except csv.Error as exc:
                start = previous + 1
                previous = reader.line_num
                yield start, None, _csv_problem(self.format, exc, previous)

    def _jsonl_records(self) -> Iterator[Record]:
        """Yield the records of a JSON Lines file, one JSON object per non-blank line."""
        decoder = self._decoder
        bad = decoder.bad
        seen = filled = False
        for line, text in enumerate(self._lines, start=1):
            if not text or text.isspace():
                continue
            filled = True
            if bad and line in bad:
                yield line, None, _undecodable(bad[line])
                continue
            try:
                value = json.loads(text)
            except ValueError as exc:
                detail = _json_problem(exc)
                if not seen:
                    raise self._fail(f"is not JSON Lines (line {line}: {detail})") from None
                yield line, None, f"not valid JSON: {detail}"
                continue
            seen = True
            if not isinstance(value, dict):
                yield line, None, f"expected a JSON object, got {_json_kind(value)}"
                continue
            yield _cells(line, value)
        if not filled:
            raise self._fail(
                "file is empty"
                if decoder.total_bytes == decoder.start
                else "holds no JSON objects (only blank lines)"
            )

    def _parquet_records(self) -> Iterator[Record]:
        """Yield the rows of a Parquet file, read in record batches."""
        row = 0
        try:
            for batch in self._parquet.iter_batches(batch_size=_PARQUET_BATCH):
                names = [str(name) for name in batch.schema.names]
                columns = [column.to_pylist() for column in batch.columns]
                for values in zip(*columns, strict=True):
                    row += 1
                    yield _cells(row, dict(zip(names, values, strict=True)))
        except (pa.ArrowException, OSError) as exc:
            raise self._fail(f"cannot be read after row {row}: {exc}") from None

    # --- closing --------------------------------------------------------------------

    def close(self) -> None:
        """Close the file."""
        stream = self._stream
        inner = getattr(stream, "fileobj", None)
        stream.close()
        if inner is not None:
            inner.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


class _Decoder:
    """Decodes blocks of whole UTF-8 lines, noting the lines that hold undecodable bytes."""

    def __init__(self, name: str) -> None:
        self.name = name
        #: physical line number -> byte offset (in the file) of its first undecodable byte
        self.bad: dict[int, int] = {}
        self.lines = 0
        self.total_bytes = 0
        #: bytes before the text: 3 for a byte order mark, else 0
        self.start = 0

    def decode(self, block: bytes) -> str:
        """Decode the next block; lines with bad bytes get U+FFFD and are noted in ``bad``."""
        offset = self.total_bytes
        if offset == 0:
            block = self._first(block)
            offset = self.total_bytes
        try:
            text = block.decode("utf-8")
        except UnicodeDecodeError:
            self._note_bad(block, offset)
            text = block.decode("utf-8", "replace")
        self.lines += block.count(b"\n")
        self.total_bytes = offset + len(block)
        return text

    def _first(self, block: bytes) -> bytes:
        """Check the start of the file: drop a UTF-8 BOM, refuse UTF-16 and binary data."""
        if block.startswith(_BOM):
            self.total_bytes = self.start = len(_BOM)
            return block[len(_BOM) :]
        if block.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise TableError(self.name, "is UTF-16 encoded; save it as UTF-8")
        nul = block.find(b"\x00", 0, 4096)
        if nul >= 0:
            raise TableError(self.name, f"is not a text file (a NUL byte at byte offset {nul})")
        return block

    def _note_bad(self, block: bytes, offset: int) -> None:
        """Note the first undecodable byte of every line of ``block`` that has one."""
        position = 0
        for line, raw in enumerate(block.split(b"\n"), start=self.lines + 1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                self.bad.setdefault(line, offset + position + exc.start)
            position += len(raw) + 1

    def bad_in(self, first: int, last: int) -> int | None:
        """Return the offset of the first undecodable byte on lines first..last, if any."""
        bad = self.bad
        if not bad:
            return None
        for line in range(first, last + 1):
            if line in bad:
                return bad[line]
        return None


def _undecodable(offset: int) -> str:
    """Return the message for a line holding bytes that are not UTF-8."""
    return f"undecodable bytes at byte offset {offset}: not UTF-8 (save the file as UTF-8)"


def _csv_problem(fmt: str, exc: csv.Error, end: int) -> str:
    """Return the message for a CSV record the csv module could not parse."""
    detail = _csv_detail(exc)
    if "unexpected end of data" in detail:
        detail = f"a quoted field is never closed (the file ends on line {end})"
    return f"malformed {fmt.upper()} record: {detail}"


def _csv_detail(exc: csv.Error) -> str:
    """Return the csv module's complaint with advice where it is cryptic."""
    detail = str(exc)
    if "expected after" in detail:
        detail += ' (a quote inside a quoted field must be doubled: "")'
    elif "new-line character seen in unquoted field" in detail:
        detail = "a bare carriage return ends a line; save the file with LF or CRLF line endings"
    return detail


def _width_problem(found: int, width: int, start: int, end: int) -> str:
    """Return the message for a CSV record with the wrong number of fields."""
    message = f"has {found} field{'s' if found != 1 else ''} but the header has {width}"
    if end > start and found < width:
        message += f" (the record runs to line {end}: an unclosed quote?)"
    return message


def _json_problem(exc: ValueError) -> str:
    """Return a short description of a JSON decoding error."""
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (column {exc.colno})"
    return str(exc)


def _json_kind(value: object) -> str:
    """Return what a JSON value is, in words."""
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return "a number"


def _cells(line: int, values: dict[str, object]) -> Record:
    """Return the record of a JSON object or Parquet row, its cells turned into text."""
    row: Row = {}
    for key, value in values.items():
        try:
            row[key] = _cell(value)
        except _NotText as exc:
            return line, None, f"column {key!r} holds {exc}; expected text or a list of texts"
    return line, row, None


def _cell(value: object) -> Value:
    """Return a JSON or Parquet cell as text, a list of texts, or None."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        items = [_scalar(item) for item in value]
        return [item for item in items if item is not None]
    return _scalar(value)


def _scalar(value: object) -> str | None:
    """Return a scalar cell as text (numbers as written, whole floats without ".0")."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, dict):
        raise _NotText("an object")
    if isinstance(value, list | tuple):
        raise _NotText("a nested list")
    return str(value)
