"""A CSV file as a table: its text, its header row and its rows, each with the line it starts on.

:func:`decode_csv` finds the encoding (UTF-8 with or without BOM, UTF-16 with
or without BOM, else Windows-1252); :func:`read_table` finds the delimiter
(comma, semicolon or tab, from the header row), skips a preamble before the
real header (LinkedIn's ``Notes:``) and rows whose cells are all empty, and
keeps each row's physical line number — after multi-line quoted cells too —
for messages. What the columns mean is ``csv_contacts``'s business.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from networkjournal.store.imported import ImportFormatError, RecordError

MULTI_VALUE_SEPARATOR = " ::: "  # Google's several values in one cell; our categories

# ---------------------------------------------------------------- decoding


def decode_csv(data: bytes, source: str) -> str:
    """Return the file's text: UTF-8 (with or without BOM), UTF-16, else Windows-1252.

    UTF-16 is recognised by its BOM, or without one by NUL bytes in every
    other place; raises :class:`ImportFormatError` for a file that is not text.
    """
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFormatError(
            source, 1, "this is a spreadsheet workbook, not CSV; save it as CSV first"
        )
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data and (encoding := _utf16_without_bom(data)):
        text = data.decode(encoding, errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # cp1252 leaves five bytes undefined; they carry no meaning to keep.
            text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise ImportFormatError(source, 1, "this is not a text file, so it cannot be CSV")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """Return the UTF-16 byte order that explains the file's NUL bytes, if one does."""
    sample = data[:4096]
    pairs = len(sample) // 2
    even = sample[0 : 2 * pairs : 2].count(0)
    odd = sample[1 : 2 * pairs : 2].count(0)
    # Latin text in UTF-16 has a NUL in nearly every pair, always on the same side.
    if odd >= 0.3 * pairs and even * 4 <= odd:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd * 4 <= even:
        return "utf-16-be"
    return None


# ---------------------------------------------------------------- the table


@dataclass(frozen=True)
class CsvRow:
    """One record of the table, with the physical line it starts on (1-based)."""

    line: int
    cells: tuple[str, ...]


@dataclass
class CsvTable:
    """A CSV file as a header and rows; records that are not valid CSV are in ``errors``."""

    source: str
    header: list[str]
    header_line: int
    rows: list[CsvRow]
    delimiter: str = ","
    errors: list[RecordError] = field(default_factory=list)

    def preview(self, count: int = 5) -> list[list[str]]:
        """Return the first rows, each cut or padded to the header's width, for a preview."""
        width = len(self.header)
        return [[*row.cells[:width], *[""] * (width - len(row.cells))] for row in self.rows[:count]]


def read_table(data: bytes, source: str) -> CsvTable:
    """Decode the file and split it into its header and rows.

    LinkedIn's ``Notes:`` preamble before the header is skipped; blank rows
    (every cell empty) are left out. Raises :class:`ImportFormatError` when
    there is no header row to be found.
    """
    return table_from_text(decode_csv(data, source), source)


def table_from_text(text: str, source: str) -> CsvTable:
    """Split decoded CSV text into its header and rows (see :func:`read_table`)."""
    lines = io.StringIO(text, newline="").readlines()
    delimiter = _choose_delimiter(lines)
    records: list[tuple[int, list[str]]] = []
    errors: list[RecordError] = []
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    last_line = 0
    while True:
        start = last_line + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            if "field limit" in str(error):
                # The reader lost its place inside the value: what follows cannot be trusted.
                message = (
                    f"a value here is longer than {csv.field_size_limit():,} characters, "
                    f"so lines {start}-{len(lines)} were not read"
                )
                errors.append(RecordError(source, start, message))
                break
            errors.append(RecordError(source, start, _csv_problem(error, start, reader.line_num)))
        else:
            records.append((start, cells))
        last_line = reader.line_num

    found = _header_index(records)
    if found is None:
        raise ImportFormatError(source, 1, "there is no header row naming the columns")
    header_line, header_cells = records[found]
    if errors and errors[0].line <= header_line:
        first = errors[0]
        raise ImportFormatError(source, first.line, f"before the header row, {first.message}")
    header = [cell.replace("\ufeff", "").strip() for cell in header_cells]
    rows = [
        CsvRow(line, tuple(_one_newline(cell) for cell in cells))
        for line, cells in records[found + 1 :]
        if not _is_blank(cells)
    ]
    return CsvTable(source, header, header_line, rows, delimiter, errors)


def _choose_delimiter(lines: list[str]) -> str:
    """Return the separator that splits the header row widest: comma, semicolon or tab.

    The header row is found by reading with commas (LinkedIn's preamble comes
    only in comma files); then only its own lines are measured, so data rows
    full of semicolons cannot outvote it.
    """
    sample = lines[:50]
    records: list[tuple[int, list[str]]] = []
    ends: list[int] = []
    reader = csv.reader(sample)
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            cells = []
        records.append((start, cells))
        ends.append(reader.line_num)
    found = _header_index(records)
    if found is None:
        return ","
    header_lines = sample[records[found][0] - 1 : ends[found]]
    widths: dict[str, int] = {}
    for delimiter in (",", ";", "\t"):
        try:
            widths[delimiter] = len(next(csv.reader(header_lines, delimiter=delimiter), []))
        except csv.Error:
            widths[delimiter] = 0
    return max(widths, key=lambda d: widths[d])  # the first of equals: the comma


def _header_index(records: list[tuple[int, list[str]]]) -> int | None:
    """Return the index of the header record, past LinkedIn's ``Notes:`` preamble."""
    filled = [i for i, (_, cells) in enumerate(records) if not _is_blank(cells)]
    if not filled:
        return None
    first = [cell.strip() for cell in records[filled[0]][1] if cell.strip()]
    if len(first) == 1 and first[0].replace("\ufeff", "").lower() == "notes:":
        # The preamble is a sentence or two in single cells; the header has columns.
        return next((i for i in filled[1:] if filled_cells(records[i][1]) >= 2), None)
    return filled[0]


def _csv_problem(error: csv.Error, start: int, end: int) -> str:
    text = str(error)
    if "unexpected end of data" in text:
        return (
            f"a quotation mark opened here is never closed, so lines {start}-{end} "
            "could not be read"
        )
    if "expected after" in text:
        return "a quoted value is followed by more text before the next separator"
    return f"this line is not valid CSV ({text})"


def filled_cells(cells: Iterable[str]) -> int:
    return sum(1 for cell in cells if cell.strip())


def _is_blank(cells: Iterable[str]) -> bool:
    return filled_cells(cells) == 0


def _one_newline(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- cells a spreadsheet would run

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def needsguard(value: str) -> bool:
    """Whether a spreadsheet would run this cell as a formula, or it looks like a guarded one."""
    return value.lstrip("'").startswith(_FORMULA_START)


def guard(value: str) -> str:
    return f"'{value}" if needsguard(value) else value


def unguard(value: str) -> str:
    return value[1:] if value.startswith("'") and needsguard(value[1:]) else value
