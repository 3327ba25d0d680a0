"""Contacts in CSV files: LinkedIn, Google Contacts, Outlook, and our own export.

Reading goes in steps the import dialog can show one by one: :func:`decode_csv`
(bytes to text), :func:`read_table` (the header and the rows, each with the
physical line it starts on), :func:`detect_preset` and :func:`default_mapping`
(which column holds what), then :func:`contacts_from_table`.
:func:`read_contacts` does all of it at once.

What the readers know about each exporter:

- LinkedIn ``Connections.csv``: an optional ``Notes:`` preamble before the real
  header; URL is the LinkedIn profile, Company and Position the organisation and
  headline, "Connected On" (``12 Jan 2024``, ``15-Jan-24``, ``01/12/24``) when you met.
- Google Contacts, current layout (First Name, Labels, ``E-mail 1 - Label``) and
  old layout (Given Name, Group Membership, ``E-mail 1 - Type``): several values
  share a cell separated by `` ::: ``; a label starting ``* `` marks the primary
  value; the system labels ``* myContacts`` and ``* starred`` are dropped.
- Outlook: one column per kind of phone or address; Categories separated by
  ``;``; a Birthday of ``0/0/00`` means none.

A numeric date such as ``01/12/24`` is read month first in those three presets
(the exporters are American) and day first in GENERIC, unless the column's own
dates settle it (a first number over 12 means day first). A value column
(``E-mail 1 - Value``) takes its label from the column beside it named
``… - Label``, ``… - Type`` or ``… - Service``, otherwise from its own header
("Mobile Phone" gives "mobile").

Every cell becomes something: columns that have no place of their own
(addresses, departments, custom fields) are kept as ``- caption: value`` lines
at the end of the notes, a date that cannot be read is kept there too, and a
contact value that ``store.contacts`` refuses is kept as kind "other".

Our own layout, written by :func:`write_csv` and read back by
``read_contacts(data, source, Preset.GENERIC)`` to the same contacts:

    Display Name, Given Name, Family Name, Nickname, Organisation, Headline,
    Birthday, Met On, Categories,
    Email 1 - Label, Email 1 - Value, … Email N - Label, Email N - Value,
    (the same pairs for Phone, LinkedIn, X, Instagram, WhatsApp, Website, Other),
    Notes, UID

Dates are reduced ISO 8601 (``1992-12-21``, ``--12-21`` when the year is
unknown, ``2019-09``); categories are joined by `` ::: ``; a label starting
``* `` marks the preferred value (as Google writes it); each kind has as many
pairs as the person with most of that kind needs (at least one). A cell that a
spreadsheet would run as a formula (starting ``=``, ``+``, ``-``, ``@``) is
written with a leading ``'``, which every reader here takes off again. Photos,
related people and unknown vCard properties do not travel in CSV.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from networkjournal.store.contacts import CONTACT_KINDS, normalise_contact
from networkjournal.store.errors import ValidationError
from networkjournal.store.imported import (
    ImportedContact,
    ImportFormatError,
    ParseResult,
    RecordError,
)
from networkjournal.store.partial_dates import MONTH_NAMES, PartialDate, PartialDateError
from networkjournal.store.people import ContactMethodData


class Preset(StrEnum):
    """Whose export a CSV file is, which decides how its cells are read."""

    AUTO = "auto"
    LINKEDIN = "linkedin"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    GENERIC = "generic"


# What a column can hold, for the mapping dialog (which translates the labels).
FIELDS: dict[str, str] = {
    "given_name": "Given name",
    "family_name": "Family name",
    "display_name": "Full name",
    "nickname": "Nickname",
    "email": "Email",
    "phone": "Phone",
    "website": "Website",
    "linkedin": "LinkedIn",
    "x": "X (Twitter)",
    "instagram": "Instagram",
    "whatsapp": "WhatsApp",
    "other": "Other way to reach them",
    "organisation": "Organisation",
    "headline": "Role (headline)",
    "birthday": "Birthday",
    "met_on": "Met on",
    "notes": "Notes",
    "address": "Address (kept in notes)",
    "categories": "Tags or networks",
    "related": "Related person",
    "uid": "Identifier (UID)",
    "ignore": "Ignore",
}

MULTI_VALUE_SEPARATOR = " ::: "
_CONTACT_FIELDS = frozenset(CONTACT_KINDS)
_JOINED_NAMES = frozenset({"given_name", "family_name"})  # First + Middle Name → given
_SINGLE_TEXT = frozenset({"display_name", "nickname", "organisation", "headline", "uid"})
_DATE_FIELDS = frozenset({"birthday", "met_on"})

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
        return next((i for i in filled[1:] if _filled_cells(records[i][1]) >= 2), None)
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


def _filled_cells(cells: Iterable[str]) -> int:
    return sum(1 for cell in cells if cell.strip())


def _is_blank(cells: Iterable[str]) -> bool:
    return _filled_cells(cells) == 0


def _one_newline(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- presets


def _key(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").lower().split())


def detect_preset(header: list[str]) -> Preset:
    """Recognise the exporter from the header row; GENERIC when none fits."""
    keys = {_key(name) for name in header}
    if {"given name", "family name", "display name", "headline", "met on"} <= keys:
        return Preset.GENERIC  # our own export (its numbered pairs look like Google's)
    if "connected on" in keys or {"first name", "last name", "company", "position"} <= keys:
        return Preset.LINKEDIN
    if (
        "group membership" in keys
        or ("labels" in keys and "first name" in keys)
        or any(_GOOGLE_GROUP.fullmatch(key) for key in keys)
    ):
        return Preset.GOOGLE
    if "e-mail address" in keys and keys & _OUTLOOK_ONLY:
        return Preset.OUTLOOK
    return Preset.GENERIC


_GOOGLE_GROUP = re.compile(
    r"(?:e-mail|phone|website|address|organization|relation|event|im|custom field) \d+ - "
    r"(?:value|label|type|formatted|name|title)"
)
_OUTLOOK_ONLY = frozenset(
    {"mobile phone", "business phone", "home phone", "job title", "e-mail 2 address"}
)

# The file's own notes, kept as they are; other columns mapped to notes become note lines.
_MAIN_NOTES = ("notes", "note", "comments")


def _synonyms(**fields: str) -> dict[str, str]:
    return {name: key for key, names in fields.items() for name in names.split("|")}


# Header names, lower-cased, and what they hold in every preset. A URL among the
# websites that is a LinkedIn, X or Instagram profile is recognised as one.
_HEADER_FIELDS: dict[str, str] = _synonyms(
    given_name="first name|given name|firstname|forename|middle name|additional name",
    family_name="last name|family name|surname|lastname",
    display_name="display name|name|full name",
    nickname="nickname|nick name|short name",
    email="email|e-mail|email address|e-mail address|e-mail 2 address|e-mail 3 address"
    "|primary email|secondary email|work email|home email|personal email",
    phone="phone|telephone|phone number|mobile|mobile phone|mobile number|cell phone"
    "|primary phone|home phone|home phone 2|business phone|business phone 2|work phone"
    "|company main phone|other phone|car phone|assistant's phone|pager|pager number"
    "|fax|fax number|home fax|business fax|other fax",
    website="website|web site|web page|web page 1|web page 2|personal web page|url",
    linkedin="linkedin|linkedin url|linkedin profile",
    x="x|twitter",
    instagram="instagram",
    whatsapp="whatsapp",
    organisation="company|organisation|organization|organization name|employer",
    headline="position|job title|title|role|headline|organization title",
    birthday="birthday|birth date|date of birth",
    met_on="connected on|met on",
    notes="|".join(_MAIN_NOTES)
    + "|organization department|department|anniversary|name prefix|name suffix|suffix"
    "|phonetic first name|phonetic middle name|phonetic last name|profession"
    "|office location|occupation|hobby",
    categories="labels|group membership|categories|tags",
    related="spouse|children|manager's name|assistant's name|referred by",
    address="address|home address|business address|other address",
    uid="uid",
)


_PRESET_FIELDS: dict[Preset, dict[str, str]] = {
    Preset.LINKEDIN: {"url": "linkedin"},
    Preset.OUTLOOK: {"title": "notes"},  # Outlook's Title is "Dr" or "Ms", not a job
}

# "E-mail 1 - Value", "Address 2 - City", our "LinkedIn 1 - Value".
_NUMBERED = re.compile(r"(.+?) ?(\d+) - (.+)")
_GROUP_FIELDS = _synonyms(
    email="e-mail|email",
    phone="phone",
    website="website",
    linkedin="linkedin",
    x="x",
    instagram="instagram",
    whatsapp="whatsapp",
    other="other|im",
    related="relation",
    notes="custom field|event",
)
_ORGANISATION_PARTS = {
    "name": "organisation",
    "title": "headline",
    "department": "notes",
    "job description": "notes",
    "location": "notes",
}
_LABEL_PARTS = ("label", "type", "service")
_OUTLOOK_ADDRESS = re.compile(
    r"(home|business|other) (street|street 2|street 3|city|state|postal code|country"
    r"|country/region|address|address po box|po box)"
)


def default_mapping(preset: Preset, header: list[str]) -> dict[int, str]:
    """Return what each column holds (a key of :data:`FIELDS`), as the preset reads it."""
    if preset is Preset.AUTO:
        preset = detect_preset(header)
    return {index: _field_for(preset, _key(name)) for index, name in enumerate(header)}


def _field_for(preset: Preset, key: str) -> str:
    found = _PRESET_FIELDS.get(preset, {}).get(key) or _HEADER_FIELDS.get(key)
    if found:
        return found
    if _OUTLOOK_ADDRESS.fullmatch(key):
        return "address"
    m = _NUMBERED.fullmatch(key)
    if m:
        group, part = m[1], m[3]
        if part in _LABEL_PARTS:
            return "ignore"  # read as the label of its value column
        if group == "address":
            return "address"
        if group in ("organization", "organisation"):
            return _ORGANISATION_PARTS.get(part, "ignore")
        if part == "value":
            return _GROUP_FIELDS.get(group, "ignore")
    return "ignore"


# ---------------------------------------------------------------- reading contacts


def read_contacts(
    data: bytes,
    source: str,
    preset: Preset = Preset.AUTO,
    mapping: dict[int, str] | None = None,
) -> ParseResult:
    """Read every person in a CSV file; a bad row becomes a RecordError and costs only itself.

    ``mapping`` (column index to a key of :data:`FIELDS`) overrides the preset's
    :func:`default_mapping`. Raises :class:`ImportFormatError` only when the
    file as a whole cannot be read.
    """
    return contacts_from_table(read_table(data, source), preset, mapping)


def contacts_from_table(
    table: CsvTable, preset: Preset = Preset.AUTO, mapping: dict[int, str] | None = None
) -> ParseResult:
    """Read every person in a table already split by :func:`read_table`."""
    if preset is Preset.AUTO:
        preset = detect_preset(table.header)
    if mapping is None:
        mapping = default_mapping(preset, table.header)
    reading = _Reading(table, preset, mapping)
    result = ParseResult(errors=list(table.errors))
    for row in table.rows:
        try:
            result.contacts.append(reading.contact(row))
        except _BadRow as problem:
            result.errors.append(RecordError(table.source, row.line, str(problem)))
    result.errors.sort(key=lambda error: error.line)
    return result


class _BadRow(Exception):
    """A row that cannot become a person; the message says why."""


@dataclass(frozen=True)
class _Column:
    """How one mapped column is read."""

    index: int
    field: str
    caption: str  # how a note line names it: "Department", "Custom Field"
    label_index: int | None  # the column holding this one's label ("E-mail 1 - Label")
    label: str  # the label its header implies ("Mobile Phone" → "mobile")
    preferred: bool  # Outlook's "Primary Phone"
    group: str  # the address this part belongs to ("address 1", "home")
    part: str  # which part of it ("formatted", "city")
    main_notes: bool  # the file's own notes, kept as they are
    date_order: str  # "dmy" or "mdy": how 01/02/24 is read in this column


class _Reading:
    """The rules for turning one table's rows into contacts."""

    def __init__(self, table: CsvTable, preset: Preset, mapping: dict[int, str]) -> None:
        width = len(table.header)
        for index, name in mapping.items():
            if not 0 <= index < width or name not in FIELDS:
                raise ValueError(f"column {index} cannot hold {name!r}")
        self.source = table.source
        self.preset = preset
        self.width = width
        keys = [_key(name) for name in table.header]
        self.columns = [
            _column(table, preset, keys, index, name)
            for index, name in sorted(mapping.items())
            if name != "ignore"
        ]

    def contact(self, row: CsvRow) -> ImportedContact:
        cells = [_unguard(cell) for cell in row.cells]
        if len(cells) > self.width and _filled_cells(cells[self.width :]):
            raise _BadRow(
                f"this row has {len(cells)} values but the header names {self.width} columns; "
                "a value with a comma in it may have lost its quotation marks"
            )
        cells += [""] * (self.width - len(cells))
        person = _Person(ImportedContact(self.source, row.line), self.preset)
        for column in self.columns:
            value = cells[column.index].strip()
            if value:
                label = cells[column.label_index] if column.label_index is not None else ""
                person.add(column, value, label.strip())
        return person.finish()


def _column(table: CsvTable, preset: Preset, keys: list[str], index: int, name: str) -> _Column:
    key = keys[index]
    group, part = key, "formatted"
    label_index = None
    m = _NUMBERED.fullmatch(key)
    if m:
        prefix = key[: key.rindex(" - ")]
        group, part = prefix, "formatted" if m[3] == "value" else m[3]
        partners = (f"{prefix} - {s}" for s in _LABEL_PARTS)
        label_index = next((keys.index(p) for p in partners if p in keys), None)
    elif o := _OUTLOOK_ADDRESS.fullmatch(key):
        group, part = o[1], "formatted" if o[2] == "address" else o[2]
    if label_index == index:
        label_index = None
    date_order = "dmy" if preset is Preset.GENERIC else "mdy"  # US exporters write 01/12/24
    if name in _DATE_FIELDS:
        column_values = (row.cells[index] for row in table.rows if index < len(row.cells))
        date_order = _date_order(column_values) or date_order
    return _Column(
        index=index,
        field=name,
        caption=_caption(table.header[index]),
        label_index=label_index,
        # A label column, even an empty one, speaks for its values; else the header may.
        label="" if label_index is not None else _header_label(key, name),
        preferred=key.startswith("primary "),
        group=group,
        part=part,
        main_notes=name == "notes" and key in _MAIN_NOTES,
        date_order=date_order,
    )


def _caption(header: str) -> str:
    """Name a column in a note line: "Organization 1 - Department" → "Organization Department"."""
    header = " ".join(header.split())
    m = re.fullmatch(r"(.+?) ?[0-9]* - (.+)", header)
    if m:
        return m[1] if m[2].lower() == "value" else f"{m[1]} {m[2]}"
    return header or "Column"


# Words of a header and the label they give its values, the first match winning.
_HEADER_LABELS = _synonyms(
    fax="fax",
    pager="pager",
    mobile="mobile|cell",
    work="business|work|company",
    home="home",
    personal="personal",
    assistant="assistant",
    car="car",
    other="other",
)


def _header_label(key: str, name: str) -> str:
    """Return the label a column's own header gives its values, if any."""
    if name == "related":
        return key.removesuffix("'s name")
    if name not in _CONTACT_FIELDS and name != "address":
        return ""
    words = set(re.split(r"[\s/'-]+", key))
    return next((label for word, label in _HEADER_LABELS.items() if word in words), "")


# ---------------------------------------------------------------- one person


class _Person:
    """Collects one row's values into an ImportedContact."""

    def __init__(self, contact: ImportedContact, preset: Preset) -> None:
        self.contact = contact
        self.preset = preset
        self.names: dict[str, list[str]] = {}
        self.notes: list[str] = []
        self.lines: list[str] = []
        self.addresses: dict[str, dict[str, str]] = {}
        self.address_labels: dict[str, str] = {}
        self.seen: set[tuple[str, str]] = set()

    def add(self, column: _Column, value: str, label: str) -> None:
        name = column.field
        if name in _JOINED_NAMES:
            self.names.setdefault(name, []).append(_one_line(value))
        elif name in _SINGLE_TEXT:
            value = _one_line(value)
            if not getattr(self.contact, name):
                setattr(self.contact, name, value)
            elif getattr(self.contact, name) != value:
                self.lines.append(f"{column.caption}: {value}")
        elif name in _CONTACT_FIELDS:
            for piece, piece_label in self._pieces(value, label or column.label):
                self._add_contact(name, piece, piece_label, column.preferred)
        elif name in _DATE_FIELDS:
            self._add_date(column, value)
        elif name == "categories":
            for category in _categories(value, self.preset):
                if category not in self.contact.categories:
                    self.contact.categories.append(category)
        elif name == "related":
            for piece, piece_label in self._pieces(value, label or column.label):
                self.contact.related.append((_tidy_label(piece_label)[0], _one_line(piece)))
        elif name == "address":
            self.addresses.setdefault(column.group, {})[column.part] = value
            self.address_labels.setdefault(column.group, label or column.label)
        elif column.main_notes:
            self.notes.append(value)
        else:  # notes
            self.lines.append(f"{label or column.caption}: {_one_line(value)}")

    def _pieces(self, value: str, label: str) -> list[tuple[str, str]]:
        """Split a Google multi-value cell; its label cell may hold one label per value."""
        if self.preset not in (Preset.GOOGLE, Preset.GENERIC):
            return [(value, label)]
        values = [v.strip() for v in value.split(MULTI_VALUE_SEPARATOR) if v.strip()]
        labels = [part.strip() for part in label.split(MULTI_VALUE_SEPARATOR)]
        if len(labels) != len(values):
            # One label for them all; only the first value is the starred (primary) one.
            labels = [label, *[label.lstrip("* ")] * (len(values) - 1)][: len(values)]
        return list(zip(values, labels, strict=True))

    def _add_contact(self, kind: str, value: str, label: str, preferred: bool) -> None:
        label, starred = _tidy_label(label, lower=self.preset is not Preset.GENERIC)
        if kind == "website" and self.preset is not Preset.GENERIC:
            kind = _profile_kind(value)
            if kind != "website" and label == "profile":
                label = ""  # Google's label for it; the kind now says as much
        try:
            stored = normalise_contact(kind, value)
        except ValidationError:
            kind, stored, label = "other", value, label or kind  # kept, never lost
        if (kind, stored) not in self.seen:
            self.seen.add((kind, stored))
            method = ContactMethodData(kind, stored, label, preferred or starred)
            self.contact.contacts.append(method)

    def _add_date(self, column: _Column, value: str) -> None:
        try:
            date = _read_date(value, column.date_order)
        except PartialDateError:
            self.lines.append(f"{column.caption}: {_one_line(value)}")
            return
        if date is None:
            return
        current = getattr(self.contact, column.field)
        if current is None:
            setattr(self.contact, column.field, date)
        elif current != date:
            self.lines.append(f"{column.caption}: {_one_line(value)}")

    def finish(self) -> ImportedContact:
        contact = self.contact
        contact.given_name = " ".join(self.names.get("given_name", []))
        contact.family_name = " ".join(self.names.get("family_name", []))
        for group, parts in self.addresses.items():
            label = _tidy_label(self.address_labels.get(group, ""))[0]
            caption = f"Address ({label})" if label else "Address"
            self.lines.append(f"{caption}: {_address_text(parts)}")
        notes = "\n\n".join(self.notes)
        if self.lines:
            listed = "\n".join(f"- {line}" for line in self.lines)
            notes = f"{notes}\n\n{listed}" if notes else listed
        contact.notes = notes
        if not contact.name():
            contact.display_name = _stand_in_name(contact)
        if not contact.name():
            raise _BadRow(
                "this row has no name, email address, organisation or phone number "
                "in the columns being imported"
            )
        return contact


def _stand_in_name(contact: ImportedContact) -> str:
    """Name someone the file gives no name: by email, organisation, then phone (as vCard)."""
    by_kind = {c.kind: c.value for c in reversed(contact.contacts)}
    return by_kind.get("email") or contact.organisation or by_kind.get("phone", "")


def _address_text(parts: dict[str, str]) -> str:
    """Join an address's parts into one line, adding what its formatted form leaves out."""
    text = ", ".join(line.strip() for line in parts.pop("formatted", "").splitlines())
    for part in parts.values():
        part = _one_line(part)
        if part.lower() not in text.lower():
            text = f"{text}, {part}" if text else part
    return text.strip(", ")


def _one_line(text: str) -> str:
    return " ".join(text.split())


_KNOWN_LABELS = frozenset(
    {"home", "work", "mobile", "cell", "other", "main", "personal", "fax", "pager", "profile"}
)


def _tidy_label(label: str, *, lower: bool = True) -> tuple[str, bool]:
    """Return the label without Google's primary mark ``* ``, and whether it had one."""
    label = label.strip()
    starred = label.startswith("*")
    if starred:
        label = label[1:].strip()
    if lower and label.lower() in _KNOWN_LABELS:
        label = label.lower()
    return label, starred


def _profile_kind(url: str) -> str:
    """Recognise a website that is a LinkedIn, X or Instagram profile."""
    address = url.lower()
    for kind, names in (
        ("linkedin", ("linkedin.com/",)),
        ("x", ("x.com/", "twitter.com/")),
        ("instagram", ("instagram.com/",)),
    ):
        if any(re.search(rf"(?:^|[/.]){re.escape(name)}", address) for name in names):
            return kind
    return "website"


_GOOGLE_SYSTEM_LABELS = frozenset({"mycontacts", "my contacts", "starred", "other contacts"})


def _categories(value: str, preset: Preset) -> list[str]:
    """Split a Labels, Group Membership or Categories cell into category names."""
    separator = MULTI_VALUE_SEPARATOR.strip()  # the cell's spaces around a last one are gone
    if preset is Preset.OUTLOOK or (preset is not Preset.GOOGLE and separator not in value):
        parts = value.split(";")
    else:
        parts = value.split(separator)
    found: list[str] = []
    for part in (_one_line(p) for p in parts):
        if preset is Preset.GOOGLE and part.startswith("*"):
            part = part[1:].strip()
            if part.lower() in _GOOGLE_SYSTEM_LABELS:
                continue
        if part and part not in found:
            found.append(part)
    return found


# ---------------------------------------------------------------- dates

_MONTHS = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
_MONTHS.update({name[:3].lower(): i + 1 for i, name in enumerate(MONTH_NAMES)})
_MONTHS["sept"] = 9
_NO_DATE = re.compile(r"0{1,2}[/.-]0{1,2}[/.-]0{2,4}")  # Outlook's "0/0/00"
_NUMERIC_DATE = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})(?:[/.-]([0-9]{2}|[0-9]{4}))?")
_YEAR_UNKNOWN = 1604  # Apple's and CardBook's year for "no year"


def _date_order(values: Iterable[str]) -> str | None:
    """Return "dmy" or "mdy" when a column's numeric dates show which it is, else None."""
    day_first = month_first = False
    for value in values:
        m = _NUMERIC_DATE.fullmatch(value.strip())
        if m:
            a, b = int(m[1]), int(m[2])
            day_first |= a > 12 >= b
            month_first |= b > 12 >= a
    if day_first != month_first:
        return "dmy" if day_first else "mdy"
    return None


def _read_date(text: str, order: str) -> PartialDate | None:
    """Read a date as exporters write it; None for an empty one.

    Raises :class:`PartialDateError` for text that is not a date.
    """
    s = " ".join(text.split())
    if not s or _NO_DATE.fullmatch(s):
        return None
    if m := re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T ][0-9:.]+Z?)?", s):
        return _date(m[1], m[2], m[3])
    if m := re.fullmatch(r"([0-9]{4})([0-9]{2})([0-9]{2})", s):
        return _date(m[1], m[2], m[3])
    if m := re.fullmatch(r"--([0-9]{2})-?([0-9]{2})", s):
        return _date(None, m[1], m[2])
    if m := re.fullmatch(r"([0-9]{4})(?:-([0-9]{2}))?", s):
        return PartialDate(int(m[1]), int(m[2]) if m[2] else None)
    if m := _NUMERIC_DATE.fullmatch(s):
        day, month = (m[1], m[2]) if order == "dmy" else (m[2], m[1])
        return _date(m[3], month, day)
    if m := re.fullmatch(
        r"([0-9]{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3,9})\.?,?(?:[ -]([0-9]{2}|[0-9]{4}))?", s
    ):
        return _date(m[3], _month(m[2]), m[1])
    if m := re.fullmatch(r"([A-Za-z]{3,9})\.? ([0-9]{1,2})(?:st|nd|rd|th)?,?(?: ([0-9]{4}))?", s):
        return _date(m[3], _month(m[1]), m[2])
    if m := re.fullmatch(r"([A-Za-z]{3,9})\.? ([0-9]{4})", s):
        return PartialDate(int(m[2]), _month(m[1]))
    raise PartialDateError(f"{s!r} is not a date")


def _month(word: str) -> int:
    month = _MONTHS.get(word.lower())
    if month is None:
        raise PartialDateError(f"{word!r} is not a month")
    return month


def _date(year: str | None, month: int | str, day: int | str) -> PartialDate:
    full_year = _full_year(year) if year else None
    return PartialDate(None if full_year == _YEAR_UNKNOWN else full_year, int(month), int(day))


def _full_year(text: str) -> int:
    """Return a four-digit year; two digits mean the latest such year not in the future."""
    year = int(text)
    if len(text) == 2:
        this_year = dt.date.today().year
        year += 2000 if 2000 + year <= this_year else 1900
    return year


# ---------------------------------------------------------------- writing

_WRITTEN_KINDS: dict[str, str] = {
    "email": "Email",
    "phone": "Phone",
    "linkedin": "LinkedIn",
    "x": "X",
    "instagram": "Instagram",
    "whatsapp": "WhatsApp",
    "website": "Website",
    "other": "Other",
}
_FIRST_COLUMNS = [
    "Display Name",
    "Given Name",
    "Family Name",
    "Nickname",
    "Organisation",
    "Headline",
    "Birthday",
    "Met On",
    "Categories",
]
_LAST_COLUMNS = ["Notes", "UID"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_csv(contacts: Iterable[ImportedContact]) -> str:
    """Return the people as CSV in our own layout (see the module's docstring).

    Each person's ways of reaching them come back grouped by kind, in their
    order within each kind. The text uses CRLF line ends, as spreadsheets
    expect; encode it as ``utf-8-sig`` for Excel to see the accents.
    """
    people = list(contacts)
    counts = {
        kind: max([1, *(sum(1 for c in p.contacts if _kind(c) == kind) for p in people)])
        for kind in _WRITTEN_KINDS
    }
    header = list(_FIRST_COLUMNS)
    for kind, title in _WRITTEN_KINDS.items():
        for n in range(1, counts[kind] + 1):
            header += [f"{title} {n} - Label", f"{title} {n} - Value"]
    header += _LAST_COLUMNS
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for person in people:
        categories = MULTI_VALUE_SEPARATOR.join(person.categories)
        if len(person.categories) == 1 and ";" in categories:
            # A lone value is split on ";" when read; the separator says it is a list.
            categories += MULTI_VALUE_SEPARATOR
        row = [
            person.display_name,
            person.given_name,
            person.family_name,
            person.nickname,
            person.organisation,
            person.headline,
            person.birthday.to_iso() if person.birthday else "",
            person.met_on.to_iso() if person.met_on else "",
            categories,
        ]
        for kind in _WRITTEN_KINDS:
            methods = [c for c in person.contacts if _kind(c) == kind]
            for n in range(counts[kind]):
                if n < len(methods):
                    method = methods[n]
                    label = f"* {method.label}".rstrip() if method.preferred else method.label
                    row += [label, method.value]
                else:
                    row += ["", ""]
        row += [person.notes, person.uid or ""]
        writer.writerow([_guard(cell) for cell in row])
    return out.getvalue()


def _kind(method: ContactMethodData) -> str:
    return method.kind if method.kind in _WRITTEN_KINDS else "other"


def _needs_guard(value: str) -> bool:
    """Whether a spreadsheet would run this cell as a formula, or it looks like a guarded one."""
    return value.lstrip("'").startswith(_FORMULA_START)


def _guard(value: str) -> str:
    return f"'{value}" if _needs_guard(value) else value


def _unguard(value: str) -> str:
    return value[1:] if value.startswith("'") and _needs_guard(value[1:]) else value
