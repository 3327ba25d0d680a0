"""CSV contacts: decoding, the table, each exporter's layout, and our own export.

The fixtures in fixtures/csv/ are our own text, written to hold each exporter's
quirks; the corpus tests read real files from other projects' test suites.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from networkjournal.interop.csv_contacts import (
    FIELDS,
    Preset,
    default_mapping,
    detect_preset,
    read_contacts,
)
from networkjournal.interop.csv_table import decode_csv, read_table
from networkjournal.interop.csv_write import write_csv
from networkjournal.store.contacts import CONTACT_KINDS, normalise_contact
from networkjournal.store.imported import ImportedContact, ImportFormatError, RecordError
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import ContactMethodData

FIXTURES = Path(__file__).parent / "fixtures" / "csv"
CORPUS = Path(__file__).parents[2].parent / "shared" / "interop-corpus"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def by_name(contacts: list[ImportedContact]) -> dict[str, ImportedContact]:
    return {c.name(): c for c in contacts}


def methods(contact: ImportedContact) -> list[tuple[str, str, str, bool]]:
    return [(c.kind, c.value, c.label, c.preferred) for c in contact.contacts]


# ---------------------------------------------------------------- decoding

SAMPLE = "First Name,Last Name,Company\r\nRenée,Müller,Café Œuvre — “Zürich”\r\n"


@pytest.mark.parametrize(
    "encoded",
    [
        SAMPLE.encode("utf-8"),
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),  # with its BOM, in this machine's byte order
        b"\xff\xfe" + SAMPLE.encode("utf-16-le"),
        b"\xfe\xff" + SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("utf-16-le"),  # no BOM: told by the NUL bytes
        SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("cp1252"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf16le-no-bom",
        "utf16be-no-bom",
        "windows-1252",
    ],
)
def test_decode_reads_every_encoding_exporters_use(encoded: bytes) -> None:
    assert decode_csv(encoded, "people.csv") == SAMPLE


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"]
)
def test_linkedin_file_imports_the_same_in_every_encoding(encoding: str) -> None:
    text = fixture("linkedin_connections.csv").decode("utf-8-sig")
    result = read_contacts(text.encode(encoding), "Connections.csv")
    assert [c.name() for c in result.contacts] == [
        "Chidi Okonkwo",
        "Saoirse Ní Bhriain",
        "Mateus Ferreira",
    ]
    assert [c.line for c in result.contacts] == [5, 6, 9]
    assert result.errors == []


def test_decode_refuses_a_spreadsheet_workbook_with_advice() -> None:
    with pytest.raises(ImportFormatError, match="save it as CSV"):
        decode_csv(b"PK\x03\x04\x14\x00\x06\x00rest of a zip", "people.xlsx")


def test_decode_refuses_binary_that_is_not_text() -> None:
    with pytest.raises(ImportFormatError, match="not a text file") as caught:
        decode_csv(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\xff\x00", "photo.png")
    assert caught.value.source == "photo.png"


# ---------------------------------------------------------------- the table


def test_table_skips_linkedin_preamble_and_keeps_physical_line_numbers() -> None:
    table = read_table(fixture("linkedin_connections.csv"), "Connections.csv")
    assert table.header[:3] == ["First Name", "Last Name", "URL"]
    assert table.header_line == 4
    # The blank line and the row of empty cells are not people.
    assert [row.line for row in table.rows] == [5, 6, 9]


def test_multi_line_cells_keep_the_lines_of_later_rows() -> None:
    data = b'First Name,Notes\r\nAda,"one\r\ntwo\r\nthree"\r\n\r\nGrace,"a\rb"\r\nLinus,x\r\n'
    table = read_table(data, "notes.csv")
    assert [(row.line, row.cells) for row in table.rows] == [
        (2, ("Ada", "one\ntwo\nthree")),
        (6, ("Grace", "a\nb")),
        (8, ("Linus", "x")),
    ]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_table_finds_the_separator(delimiter: str) -> None:
    data = delimiter.join(["First Name", "Last Name", "E-mail Address"]) + "\n"
    data += delimiter.join(["Ana", "Silva", "ana@example.com"]) + "\n"
    table = read_table(data.encode(), "people.csv")
    assert table.delimiter == delimiter
    assert table.rows[0].cells == ("Ana", "Silva", "ana@example.com")


def test_unclosed_quote_is_a_record_error_and_the_rows_before_it_import() -> None:
    data = b'First Name,Notes\nAda,fine\nGrace,"never closed\nLinus,lost\n'
    result = read_contacts(data, "broken.csv")
    assert [c.name() for c in result.contacts] == ["Ada"]
    [error] = result.errors
    assert (error.source, error.line) == ("broken.csv", 3)
    assert "never closed" in error.message
    assert "lines 3-4" in error.message


def test_stray_quote_costs_only_its_own_row() -> None:
    data = b'First Name,Last Name\nAda,Lovelace\n"Grace"x,Hopper\nLinus,Torvalds\n'
    result = read_contacts(data, "people.csv")
    assert [c.name() for c in result.contacts] == ["Ada Lovelace", "Linus Torvalds"]
    assert [(e.line, "quoted value" in e.message) for e in result.errors] == [(3, True)]


def test_a_value_too_long_to_read_stops_the_file_there() -> None:
    # Inside a multi-line value the reader cannot tell data from the value's
    # remaining lines, so it does not guess.
    huge = b"x" * (csv.field_size_limit() + 1)
    data = b'First Name,Notes\nAda,short\nGrace,"' + huge + b'\nLinus,x\n"\nKen,y\n'
    result = read_contacts(data, "huge.csv")
    assert [c.name() for c in result.contacts] == ["Ada"]
    [error] = result.errors
    assert error.line == 3 and "lines 3-6 were not read" in error.message


def test_a_broken_header_makes_the_whole_file_unreadable() -> None:
    with pytest.raises(ImportFormatError) as caught:
        read_table(b'"First Name"x,Last Name\nAda,Lovelace\n', "people.csv")
    assert caught.value.line == 1


@pytest.mark.parametrize(
    "data", [b"", b"\r\n\r\n", b",,,\n,,\n", b'Notes:\n"Only the preamble."\n\n']
)
def test_file_without_a_header_row_is_a_format_error(data: bytes) -> None:
    with pytest.raises(ImportFormatError, match="no header row"):
        read_table(data, "empty.csv")


def test_preview_gives_the_first_rows_at_the_header_width() -> None:
    table = read_table(b"a,b,c\n1\n1,2,3,4\n5,6,7\n8,9,10\n", "t.csv")
    assert table.preview(3) == [["1", "", ""], ["1", "2", "3"], ["5", "6", "7"]]


# ---------------------------------------------------------------- presets


@pytest.mark.parametrize(
    ("name", "preset"),
    [
        ("linkedin_connections.csv", Preset.LINKEDIN),
        ("linkedin_no_preamble.csv", Preset.LINKEDIN),
        ("google_current.csv", Preset.GOOGLE),
        ("google_old.csv", Preset.GOOGLE),
        ("outlook.csv", Preset.OUTLOOK),
    ],
)
def test_detect_preset_recognises_each_exporter(name: str, preset: Preset) -> None:
    assert detect_preset(read_table(fixture(name), name).header) is preset


def test_detect_preset_recognises_our_own_export_and_falls_back_to_generic() -> None:
    ours = write_csv([ImportedContact("x", 0, given_name="Ada")]).splitlines()[0]
    assert detect_preset(next(csv.reader([ours]))) is Preset.GENERIC
    assert detect_preset(["Name", "Mail", "Tags"]) is Preset.GENERIC


def test_default_mapping_for_linkedin() -> None:
    header = read_table(fixture("linkedin_connections.csv"), "c.csv").header
    assert [default_mapping(Preset.LINKEDIN, header)[i] for i in range(len(header))] == [
        "given_name",
        "family_name",
        "linkedin",
        "email",
        "organisation",
        "headline",
        "met_on",
    ]


def test_default_mapping_for_google_reads_values_and_leaves_their_labels() -> None:
    header = read_table(fixture("google_current.csv"), "g.csv").header
    mapping = dict(zip(header, default_mapping(Preset.GOOGLE, header).values(), strict=True))
    assert mapping["Middle Name"] == "given_name"
    assert mapping["File As"] == "ignore"
    assert mapping["Photo"] == "ignore"
    assert mapping["Labels"] == "categories"
    assert mapping["E-mail 1 - Label"] == "ignore"  # read as E-mail 1's label
    assert mapping["E-mail 2 - Value"] == "email"
    assert mapping["Website 1 - Value"] == "website"
    assert mapping["Organization Title"] == "headline"
    assert mapping["Address 1 - City"] == "address"
    assert mapping["Relation 1 - Value"] == "related"
    assert set(mapping.values()) <= set(FIELDS)


def test_default_mapping_for_outlook_keeps_title_out_of_the_headline() -> None:
    header = read_table(fixture("outlook.csv"), "o.csv").header
    mapping = dict(zip(header, default_mapping(Preset.AUTO, header).values(), strict=True))
    assert mapping["Title"] == "notes"  # "Dr", not a job
    assert mapping["Job Title"] == "headline"
    assert mapping["E-mail Type"] == "ignore"
    assert mapping["E-mail Display Name"] == "ignore"
    assert mapping["Business City"] == "address"


# ---------------------------------------------------------------- LinkedIn


def test_linkedin_connections_with_preamble() -> None:
    result = read_contacts(fixture("linkedin_connections.csv"), "Connections.csv")
    assert result.errors == []
    chidi, saoirse, mateus = result.contacts
    assert (chidi.given_name, chidi.family_name) == ("Chidi", "Okonkwo")
    assert chidi.organisation == "Okonkwo, Adeyemi & Partners"
    assert chidi.headline == "Registrar"
    assert chidi.met_on == PartialDate(2024, 1, 12)
    assert methods(chidi) == [("linkedin", "https://www.linkedin.com/in/chidi-okonkwo", "", False)]
    assert saoirse.headline == "Consultant, Emergency Medicine"
    assert ("email", "saoirse@example.ie", "", False) in methods(saoirse)
    assert mateus.met_on == PartialDate(2024, 2, 29)
    assert (mateus.source, mateus.line) == ("Connections.csv", 9)


def test_linkedin_without_preamble_reads_every_connected_on_form() -> None:
    result = read_contacts(fixture("linkedin_no_preamble.csv"), "Connections.csv")
    priya, tomas, hana = result.contacts
    assert priya.met_on == PartialDate(2024, 1, 12)  # 01/12/24: LinkedIn writes month first
    assert tomas.met_on == PartialDate(2024, 1, 15)  # 15-Jan-24
    assert hana.met_on == PartialDate(2019, 7, 4)
    assert methods(tomas) == [("linkedin", "https://www.linkedin.com/in/tomask", "", False)]
    assert priya.contacts[1].value == "https://www.linkedin.com/in/priyaraman"


def test_numeric_dates_are_read_day_first_when_the_column_shows_it() -> None:
    data = b"First Name,Connected On\nAda,01/12/24\nGrace,13/01/24\n"
    ada, grace = read_contacts(data, "c.csv", Preset.LINKEDIN).contacts
    assert ada.met_on == PartialDate(2024, 12, 1)
    assert grace.met_on == PartialDate(2024, 1, 13)


# ---------------------------------------------------------------- Google


def test_google_current_layout_reads_everything_a_person_holds() -> None:
    result = read_contacts(fixture("google_current.csv"), "contacts.csv")
    maggie = result.contacts[0]
    assert (maggie.given_name, maggie.family_name) == ("Margaret Rose", "Okafor")
    assert maggie.nickname == "Maggie"
    assert maggie.organisation == "Leeds Teaching Hospitals"
    assert maggie.headline == "Consultant Anaesthetist"
    assert maggie.birthday == PartialDate(None, 12, 21)
    # System labels are dropped; "* starred" is one of them.
    assert maggie.categories == ["Mentors", "Airway course"]
    assert methods(maggie) == [
        ("email", "m.okafor@example.nhs.uk", "work", True),  # "* Work" is the primary
        ("email", "maggie@example.com", "work", False),  # " ::: " multi-value
        ("email", "maggie.home@example.com", "home", False),
        ("phone", "+44 7700 900123", "mobile", False),
        ("phone", "0113 496 0000 ext 42", "work", False),
        ("linkedin", "https://www.linkedin.com/in/maggie-okafor", "", False),
        ("website", "https://maggieokafor.example.com", "Blog", False),
    ]
    assert maggie.related == [("Spouse", "Tunde Okafor")]
    assert maggie.notes == (
        'Met at the airway course.\nLikes "proper" tea.\n\n'
        "- Organization Department: Theatres\n"
        "- Bleep: 4312\n"
        "- Address (work): Great George Street, Leeds LS1 3EX, United Kingdom"
    )
    assert maggie.line == 2


def test_google_rows_after_a_multi_line_row_keep_their_lines() -> None:
    result = read_contacts(fixture("google_current.csv"), "contacts.csv")
    assert [(c.line, c.name()) for c in result.contacts] == [
        (2, "Margaret Rose Okafor"),
        (5, "Arjun Mehta"),
        (7, "someone@example.com"),  # no name: named by the email, as a vCard would be
        (10, "Lena Fischer"),
    ]


def test_one_bad_row_costs_only_itself_and_says_where_and_why() -> None:
    result = read_contacts(fixture("google_current.csv"), "contacts.csv")
    assert all(isinstance(e, RecordError) for e in result.errors)
    assert [(e.source, e.line) for e in result.errors] == [
        ("contacts.csv", 8),
        ("contacts.csv", 9),
    ]
    assert "36 values but the header names 34 columns" in result.errors[0].message
    assert "no name, email address, organisation or phone" in result.errors[1].message
    assert str(result.errors[0]).startswith("contacts.csv, line 8: ")


def test_a_value_the_journal_refuses_is_kept_as_other() -> None:
    arjun = read_contacts(fixture("google_current.csv"), "c.csv").contacts[1]
    assert methods(arjun) == [
        ("email", "arjun@example.com", "", False),
        ("other", "call the switchboard", "mobile", False),
    ]
    assert arjun.birthday == PartialDate(1992, 2, 29)


def test_a_date_that_cannot_be_read_is_kept_in_the_notes() -> None:
    lena = read_contacts(fixture("google_current.csv"), "c.csv").contacts[-1]
    assert lena.birthday is None
    assert lena.notes == "- Birthday: sometime in spring"


def test_google_old_layout() -> None:
    wei, anna = read_contacts(fixture("google_old.csv"), "google.csv").contacts
    assert wei.display_name == "Dr Wei Zhang"
    assert (wei.given_name, wei.family_name) == ("Wei", "Zhang")
    assert wei.categories == ["Academic", "Audit group"]
    assert wei.organisation == "University of Leeds"
    assert wei.headline == "Senior Lecturer"
    assert wei.birthday == PartialDate(1985, 6, 30)
    assert wei.notes == "Supervised my audit"
    assert methods(wei) == [
        ("email", "wei.zhang@example.ac.uk", "work", True),
        ("phone", "+44 7700 900456", "mobile", False),
        ("phone", "+86 10 5555 0199", "mobile", False),
        ("x", "https://x.com/weizhang", "", False),  # a Website that is a profile
    ]
    assert (anna.given_name, anna.nickname) == ("Anna Maria", "Nina")
    assert anna.birthday == PartialDate(None, 3, 8)
    assert anna.categories == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("--12-21", PartialDate(None, 12, 21)),
        ("--1221", PartialDate(None, 12, 21)),
        ("1992-12-21", PartialDate(1992, 12, 21)),
        ("19921221", PartialDate(1992, 12, 21)),
        ("1604-12-21", PartialDate(None, 12, 21)),  # Apple's "no year"
        ("21 December", PartialDate(None, 12, 21)),
        ("Dec 21, 1992", PartialDate(1992, 12, 21)),
        ("1992", PartialDate(1992)),
        ("0/0/00", None),
        ("", None),
    ],
)
def test_birthday_forms(text: str, expected: PartialDate | None) -> None:
    data = f'First Name,Birthday\nAda,"{text}"\n'.encode()
    [ada] = read_contacts(data, "b.csv", Preset.GOOGLE).contacts
    assert ada.birthday == expected
    assert ada.notes == ""


# ---------------------------------------------------------------- Outlook


def test_outlook_layout() -> None:
    result = read_contacts(fixture("outlook.csv"), "outlook.csv")
    assert result.errors == []
    fatima, owen = result.contacts
    assert fatima.headline == "Training Programme Director"
    assert fatima.organisation == "Northern Deanery"
    assert fatima.birthday == PartialDate(1980, 5, 17)
    assert fatima.categories == ["Supervisors", "Deanery"]
    assert methods(fatima) == [
        ("phone", "+44 191 496 0001", "", True),  # Primary Phone
        ("phone", "+44 191 496 0002", "work", False),
        ("phone", "07700 900789", "mobile", False),
        ("email", "f.haddad@example.org", "", False),
        ("email", "fatima@example.net", "", False),
        ("website", "https://www.example.org/haddad", "", False),
    ]
    assert fatima.notes == (
        "Prefers email.\nAway in August.\n\n"
        "- Title: Dr\n"
        "- Department: Education\n"
        "- Address (work): 1 Park Row, Newcastle, NE1 4LP, United Kingdom"
    )
    assert owen.birthday is None  # 0/0/00
    assert methods(owen) == [("phone", "01632 960123", "home", False)]
    assert owen.line == 4  # Fatima's notes take two lines


# ---------------------------------------------------------------- mappings


def test_a_mapping_chosen_in_the_dialog_overrides_the_preset() -> None:
    data = b"Who,Mail,Where,Groups,Ignored\nAda Lovelace,ada@example.com,Analytical,a;b,x\n"
    mapping = {0: "display_name", 1: "email", 2: "organisation", 3: "categories", 4: "ignore"}
    [ada] = read_contacts(data, "mine.csv", Preset.GENERIC, mapping).contacts
    assert ada.display_name == "Ada Lovelace"
    assert ada.organisation == "Analytical"
    assert ada.categories == ["a", "b"]
    assert methods(ada) == [("email", "ada@example.com", "", False)]


def test_columns_mapped_to_notes_become_captioned_lines() -> None:
    data = b"Name,Notes,Shoe size,Pet\nAda,Met at the conference,6,\n"
    mapping = {0: "display_name", 1: "notes", 2: "notes", 3: "notes"}
    [ada] = read_contacts(data, "mine.csv", Preset.GENERIC, mapping).contacts
    assert ada.notes == "Met at the conference\n\n- Shoe size: 6"


def test_a_mapping_naming_an_unknown_field_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="cannot hold"):
        read_contacts(b"a\n1\n", "x.csv", Preset.GENERIC, {0: "shoe_size"})
    with pytest.raises(ValueError, match="cannot hold"):
        read_contacts(b"a\n1\n", "x.csv", Preset.GENERIC, {3: "notes"})


def test_fields_offer_every_contact_kind() -> None:
    assert set(CONTACT_KINDS) <= set(FIELDS)
    assert "ignore" in FIELDS


# ---------------------------------------------------------------- writing

EVERYTHING = ImportedContact(
    "journal",
    0,
    uid="urn:uuid:2b1f7e8e-0000-4000-8000-000000000001",
    given_name="Zoë",
    family_name="O'Brien-Łukasiewicz",
    display_name="Dr Zoë O'Brien",
    nickname="Zo",
    headline="Registrar, Paediatrics",
    organisation="St Mary's; Paddington",
    birthday=PartialDate(None, 2, 29),
    met_on=PartialDate(2019, 9),
    notes='Said "call me Zo".\n\n- =SUM(A1) is not a formula here\r\nsecond line',
    contacts=[
        ContactMethodData("email", "zoe@example.org", "work", True),
        ContactMethodData("email", "zo@example.com", "", False),
        ContactMethodData("phone", "+44 20 7946 0018", "mobile", False),
        ContactMethodData("linkedin", "https://www.linkedin.com/in/zoe-ob", "", False),
        ContactMethodData("x", "https://x.com/zo", "", False),
        ContactMethodData("website", "https://www.linkedin.com/in/other-page", "old", False),
        ContactMethodData("whatsapp", "+44 7700 900999", "", True),
        ContactMethodData("other", "@zo:matrix.org", "Matrix", False),
    ],
    categories=["Paediatrics", "R&D; Ops"],
)


def comparable(contact: ImportedContact) -> tuple[object, ...]:
    """What a CSV carries of a contact (not where it came from, photos or related people).

    The export groups ways of reaching someone by kind, keeping their order within a kind.
    """
    kinds = list(CONTACT_KINDS)
    return (
        contact.uid,
        contact.given_name,
        contact.family_name,
        contact.display_name,
        contact.nickname,
        contact.headline,
        contact.organisation,
        contact.birthday,
        contact.met_on,
        contact.notes,
        sorted(contact.contacts, key=lambda method: kinds.index(method.kind)),
        contact.categories,
    )


def test_write_csv_layout() -> None:
    text = write_csv([EVERYTHING, ImportedContact("journal", 0, given_name="Ada")])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, zoe, ada = rows
    assert header == [
        "Display Name",
        "Given Name",
        "Family Name",
        "Nickname",
        "Organisation",
        "Headline",
        "Birthday",
        "Met On",
        "Categories",
        "Email 1 - Label",
        "Email 1 - Value",
        "Email 2 - Label",
        "Email 2 - Value",
        "Phone 1 - Label",
        "Phone 1 - Value",
        "LinkedIn 1 - Label",
        "LinkedIn 1 - Value",
        "X 1 - Label",
        "X 1 - Value",
        "Instagram 1 - Label",
        "Instagram 1 - Value",
        "WhatsApp 1 - Label",
        "WhatsApp 1 - Value",
        "Website 1 - Label",
        "Website 1 - Value",
        "Other 1 - Label",
        "Other 1 - Value",
        "Notes",
        "UID",
    ]
    assert zoe[header.index("Birthday")] == "'--02-29"  # guarded: Excel would compute it
    assert zoe[header.index("Met On")] == "2019-09"
    assert zoe[header.index("Categories")] == "Paediatrics ::: R&D; Ops"
    assert zoe[header.index("Email 1 - Label")] == "* work"  # preferred
    assert zoe[header.index("Email 1 - Value")] == "zoe@example.org"
    assert zoe[header.index("Phone 1 - Value")] == "'+44 20 7946 0018"  # not a formula
    assert zoe[header.index("WhatsApp 1 - Label")] == "*"  # preferred, no label
    assert ada[1] == "Ada" and len(ada) == len(header)
    assert text.endswith("\r\n") and "\r\n" in text


def test_write_csv_round_trips_through_the_generic_preset() -> None:
    plain = ImportedContact("journal", 0, display_name="Ada", categories=["One; Two"])
    data = write_csv([EVERYTHING, plain]).encode("utf-8-sig")
    result = read_contacts(data, "export.csv", Preset.GENERIC)
    assert result.errors == []
    expected = list(comparable(EVERYTHING))
    expected[9] = EVERYTHING.notes.replace("\r\n", "\n")  # line ends inside cells become \n
    assert list(comparable(result.contacts[0])) == expected
    assert comparable(result.contacts[1]) == comparable(plain)
    # Detected without being told:
    assert comparable(read_contacts(data, "export.csv").contacts[0]) == comparable(
        result.contacts[0]
    )


def test_write_csv_guards_cells_a_spreadsheet_would_run() -> None:
    evil = ImportedContact("journal", 0, display_name='=HYPERLINK("http://evil.example")')
    text = write_csv([evil])
    assert "'=HYPERLINK" in text
    assert read_contacts(text.encode(), "x.csv").contacts[0].display_name == evil.display_name


_plain_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp", "Zs")),
    min_size=1,
    max_size=12,
)
_name = st.lists(_plain_text, min_size=1, max_size=3).map(" ".join)
_label = st.sampled_from(["", "work", "home", "Mobile", "WeChat", "old number"])
_value_for = {
    "email": st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.(org|com|ac\.uk)", fullmatch=True),
    "phone": st.from_regex(r"\+?[0-9]{3,4}( [0-9]{3,4}){1,3}", fullmatch=True),
    "linkedin": st.from_regex(r"[a-z][a-z0-9\-]{2,20}", fullmatch=True),
    "x": st.from_regex(r"[A-Za-z0-9_]{1,15}", fullmatch=True),
    "instagram": st.from_regex(r"[a-z0-9_.]{1,20}", fullmatch=True),
    "whatsapp": st.from_regex(r"\+[0-9]{6,12}", fullmatch=True),
    "website": st.from_regex(r"[a-z]{1,10}\.(org|com)(/[a-z]{1,5})?", fullmatch=True),
    "other": _name.filter(lambda n: ":::" not in n),
}


@st.composite
def _methods(draw: st.DrawFn) -> ContactMethodData:
    kind = draw(st.sampled_from(sorted(_value_for)))
    value = normalise_contact(kind, draw(_value_for[kind]))
    return ContactMethodData(kind, value, draw(_label), draw(st.booleans()))


_dates = st.one_of(
    st.none(),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(PartialDate.from_date),
    st.builds(PartialDate, st.integers(1900, 2100)),
    st.builds(PartialDate, st.none(), st.integers(1, 12), st.integers(1, 28)),
    st.builds(PartialDate, st.integers(1900, 2100), st.integers(1, 12)),
)


def test_the_round_trip_below_covers_every_kind_of_contact() -> None:
    assert set(_value_for) == set(CONTACT_KINDS)


@given(
    st.lists(
        st.builds(
            ImportedContact,
            st.just("journal"),
            st.just(0),
            uid=st.one_of(st.none(), st.uuids().map(str)),
            given_name=_name,
            family_name=st.one_of(st.just(""), _name),
            display_name=st.one_of(st.just(""), _name),
            nickname=st.one_of(st.just(""), _name),
            headline=st.one_of(st.just(""), _name),
            organisation=st.one_of(st.just(""), _name),
            birthday=_dates,
            met_on=_dates,
            notes=st.one_of(st.just(""), _name, st.just("- line one\n- =line two")),
            contacts=st.lists(_methods(), max_size=6, unique_by=lambda c: (c.kind, c.value)),
            categories=st.lists(_name.filter(lambda n: ":::" not in n), max_size=3, unique=True),
        ),
        max_size=4,
    )
)
def test_any_export_reads_back_to_the_same_people(people: list[ImportedContact]) -> None:
    result = read_contacts(write_csv(people).encode("utf-8"), "export.csv", Preset.GENERIC)
    assert result.errors == []
    assert [comparable(c) for c in result.contacts] == [comparable(p) for p in people]


# ---------------------------------------------------------------- the corpus


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*/*.csv")) if CORPUS.is_dir() else []


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("the shared interop corpus is not present")
    return CORPUS


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_csv_imports_without_a_crash(path: Path) -> None:
    result = read_contacts(path.read_bytes(), path.name)
    assert result.contacts
    for contact in result.contacts:
        assert contact.name()
        assert contact.source == path.name and contact.line > 1
    for error in result.errors:
        assert isinstance(error, RecordError) and error.line >= 1


def test_corpus_kawsay_linkedin_with_bom_and_preamble(corpus: Path) -> None:
    result = read_contacts((corpus / "kawsay" / "Connections.csv").read_bytes(), "c.csv")
    assert result.errors == []
    jose, aesop = result.contacts
    assert (jose.given_name, jose.family_name, jose.line) == ("José", "García", 5)
    assert jose.organisation == "Acme, Inc."
    assert jose.met_on == PartialDate(2024, 1, 15)
    assert aesop.given_name == "Æsop"
    assert aesop.headline == "Director, Operations"
    assert methods(aesop) == [
        ("linkedin", "https://www.linkedin.com/in/aesop", "", False),
        ("email", "aesop@example.com", "", False),
    ]


def test_corpus_network_jobs_linkedin(corpus: Path) -> None:
    result = read_contacts((corpus / "network-jobs" / "Connections.csv").read_bytes(), "c.csv")
    assert len(result.contacts) == 10 and result.errors == []
    assert all(c.met_on is not None for c in result.contacts)
    assert all(not any(m.kind == "email" for m in c.contacts) for c in result.contacts)
    assert result.contacts[-1].met_on == PartialDate(2024, 10, 10)


def test_corpus_rolomind_linkedin_reordered_columns(corpus: Path) -> None:
    data = (corpus / "rolomind" / "linkedin.csv").read_bytes()
    result = read_contacts(data, "linkedin.csv")
    assert [c.met_on for c in result.contacts] == [
        PartialDate(2024, 1, 15),
        PartialDate(2024, 2, 20),
        PartialDate(2023, 3, 10),
        PartialDate(2023, 12, 25),
        PartialDate(2025, 5, 5),
    ]
    assert result.contacts[0].contacts[1].value == "https://www.linkedin.com/in/johndoe"


def test_corpus_helix_google_contacts(corpus: Path) -> None:
    data = (corpus / "helix-crm" / "google-contacts.csv").read_bytes()
    result = read_contacts(data, "google-contacts.csv")
    rows = data.decode().count("\n")  # no line break after the last row
    assert len(result.contacts) == rows and result.errors == []
    people = by_name(result.contacts)
    sarah = people["Sarah Mitchell"]
    assert sarah.categories == ["Suppliers"]  # "* myContacts" dropped
    assert sarah.contacts[0] == ContactMethodData(
        "email", "sarah.mitchell83@gmail.com", "home", True
    )
    assert "Thomas Nguyen" in people and "Rebecca Murphy" in people  # spaces trimmed
    assert ("phone", "801-555-9886 ext 3", "", False) in methods(people["Amy Brewer"])
    assert people["Edward Ward"].notes.startswith('Called twice, no answer. "Ask for Dave"')
    assert "Address (home): 1422 S Foothill Dr" not in people["Thomas Nguyen"].notes
    assert "- Address: 1422 S Foothill Dr, Logan, UT, 84919" in people["Thomas Nguyen"].notes


def test_corpus_thunderbird_export_with_crlf_inside_a_cell(corpus: Path) -> None:
    result = read_contacts((corpus / "thunderbird" / "export.csv").read_bytes(), "export.csv")
    one, two = result.contacts
    assert (one.display_name, one.line, two.line) == ("contact number one", 2, 3)
    assert two.headline == '"worker"'
    assert two.notes == "here's some unicode text…"
    # "contact2@invalid" has no domain the journal accepts: kept, not lost.
    assert methods(two) == [("other", "contact2@invalid", "email", True)]


def test_corpus_thunderbird_semicolons(corpus: Path) -> None:
    data = (corpus / "thunderbird" / "csv_semicolon.csv").read_bytes()
    result = read_contacts(data, "csv_semicolon.csv")
    assert [(c.display_name, c.contacts[0].value) for c in result.contacts] == [
        ("John Doe", "john@doe.invalid"),
        ("Jane Doe", "jane@doe.invalid"),
    ]
