"""Whatever a CSV file holds, reading it gives people, RecordErrors or one ImportFormatError.

Nothing else may escape the reader: an import of a damaged file must tell the
user what was wrong, never crash the program.
"""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from networkjournal.interop.csv_contacts import FIELDS, Preset, default_mapping, read_contacts
from networkjournal.interop.csv_table import read_table
from networkjournal.store.imported import ImportedContact, ImportFormatError, ParseResult

# Headers of every layout the reader knows, so the fuzzing reaches their rules.
KNOWN_HEADERS = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Name",
    "Given Name",
    "Family Name",
    "Nickname",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
    "Labels",
    "Group Membership",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "E-mail 1 - Type",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Website 1 - Label",
    "Website 1 - Value",
    "Address 1 - Label",
    "Address 1 - Formatted",
    "Address 1 - City",
    "Relation 1 - Label",
    "Relation 1 - Value",
    "Custom Field 1 - Label",
    "Custom Field 1 - Value",
    "Organization Name",
    "Organization Title",
    "Organization 1 - Name",
    "Birthday",
    "Notes",
    "Title",
    "Job Title",
    "E-mail Address",
    "Primary Phone",
    "Mobile Phone",
    "Business Phone",
    "Home Street",
    "Home City",
    "Categories",
    "Spouse",
    "Display Name",
    "Headline",
    "Met On",
    "UID",
    "Other 1 - Label",
    "Other 1 - Value",
]

# Pieces of cells that exercise the value rules: dates, labels, multi-values, guards.
TRICKY = [
    "",
    " ",
    "* myContacts",
    "* starred",
    "* Home",
    " ::: ",
    ":::",
    "0/0/00",
    "--12-21",
    "--1221",
    "1604-02-29",
    "29 Feb 2023",
    "15-Jan-24",
    "13/13/13",
    "99/99/9999",
    "Sept 31",
    "2024-02-30",
    "0000-00-00",
    "1799-01-01",
    "https://www.linkedin.com/in/x",
    "linkedin.com/in/",
    "x.com/",
    "@",
    "+44 20 7946 0018",
    "ada@example.com",
    "'=1+1",
    "=cmd",
    "'",
    "*",
    "Notes:",
    '"',
    "\n",
    "\r",
    ";",
    ",",
    "\t",
    "\ufeff",
    "\x00",
    "é",
]


def check(result: ParseResult, source: str) -> None:
    for contact in result.contacts:
        assert isinstance(contact, ImportedContact)
        assert contact.name(), "a person without a name would be imported"
        assert contact.source == source and contact.line >= 1
    for error in result.errors:
        assert error.source == source and error.line >= 1 and error.message


def read_or_refuse(data: bytes, preset: Preset = Preset.AUTO) -> None:
    try:
        result = read_contacts(data, "fuzz.csv", preset)
    except ImportFormatError as error:
        assert error.source == "fuzz.csv" and error.line >= 1 and error.message
        return
    check(result, "fuzz.csv")


@given(st.binary(max_size=2000), st.sampled_from(Preset))
def test_any_bytes(data: bytes, preset: Preset) -> None:
    read_or_refuse(data, preset)


@given(
    st.text(max_size=1000),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le"]),
    st.sampled_from(Preset),
)
def test_any_text(text: str, encoding: str, preset: Preset) -> None:
    read_or_refuse(text.encode(encoding, errors="surrogatepass"), preset)


_cell = st.one_of(
    st.sampled_from(TRICKY),
    st.lists(st.sampled_from(TRICKY), max_size=4).map("".join),
    st.text(max_size=20),
)


@st.composite
def csv_files(draw: st.DrawFn) -> tuple[bytes, int]:
    """A well-formed CSV file with known headers; returns it and how many rows hold anything."""
    header = draw(st.lists(st.sampled_from(KNOWN_HEADERS), min_size=1, max_size=12))
    width = len(header)
    rows = draw(st.lists(st.lists(_cell, min_size=width, max_size=width), max_size=8))
    out = io.StringIO()
    terminator = draw(st.sampled_from(["\r\n", "\n"]))
    # The csv module quotes only the terminator's characters: a lone CR needs QUOTE_ALL.
    quoting = csv.QUOTE_MINIMAL if terminator == "\r\n" else csv.QUOTE_ALL
    writer = csv.writer(out, lineterminator=terminator, quoting=quoting)
    if draw(st.booleans()):
        writer.writerow(["Notes:"])
        writer.writerow(["Some connections hide their email."])
        writer.writerow([])
    writer.writerow(header)
    writer.writerows(rows)
    filled = sum(1 for row in rows if any(cell.strip() for cell in row))
    return out.getvalue().encode("utf-8", errors="surrogatepass"), filled


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(csv_files(), st.sampled_from(Preset))
def test_well_formed_files_of_every_layout(file: tuple[bytes, int], preset: Preset) -> None:
    data, filled = file
    try:
        result = read_contacts(data, "fuzz.csv", preset)
    except ImportFormatError:
        return  # e.g. a NUL in a cell: not a text file
    check(result, "fuzz.csv")
    # Every row that holds anything becomes exactly one person or one error.
    assert len(result.contacts) + len(result.errors) == filled


@given(csv_files(), st.data())
def test_any_mapping_the_dialog_can_build(file: tuple[bytes, int], data: st.DataObject) -> None:
    raw, _ = file
    try:
        table = read_table(raw, "fuzz.csv")
    except ImportFormatError:
        return
    fields = st.sampled_from(sorted(FIELDS))
    mapping = {i: data.draw(fields) for i in range(len(table.header))}
    assert set(default_mapping(Preset.AUTO, table.header).values()) <= set(FIELDS)
    check(read_contacts(raw, "fuzz.csv", Preset.AUTO, mapping), "fuzz.csv")
