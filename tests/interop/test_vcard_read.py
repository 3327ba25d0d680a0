"""The vCard reader, one quirk at a time, on cards written here (the corpus has the real ones)."""

from __future__ import annotations

import base64
import codecs

import pytest

from networkjournal.interop.vcard import read_vcards
from networkjournal.store.imported import ImportedContact, ImportFormatError, ParseResult
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import ContactMethodData

# A 1x1 PNG: its bytes must come back exactly, whichever way a card wraps them.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAAD0lEQVQIHQEEAPv/AP///wX+Av4DfRnGAAAAAElFTkSuQmCC"
)
PNG64 = base64.b64encode(PNG).decode()


def read(text: str, newline: str = "\r\n", encoding: str = "utf-8") -> ParseResult:
    """Read a card written with \\n, after giving it the line ends a test wants."""
    return read_vcards(text.replace("\n", newline).encode(encoding), "test.vcf")


def one(text: str, newline: str = "\r\n") -> ImportedContact:
    """Read a file that must hold exactly one good card."""
    result = read(text, newline)
    assert result.errors == []
    assert len(result.contacts) == 1
    return result.contacts[0]


def card(*lines: str, version: str = "3.0") -> str:
    return "\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])


def method(kind: str, value: str, label: str = "", preferred: bool = False) -> ContactMethodData:
    return ContactMethodData(kind, value, label, preferred)


# --- lines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "newline", ["\r\n", "\n", "\r", "\r\r\n"], ids=["CRLF", "LF", "CR", "CRCRLF"]
)
def test_every_line_ending_reads_the_same_including_folds(newline: str) -> None:
    text = card("FN:Ada Lovelace", "NOTE:first part", "  and second part", "EMAIL:ada@example.org")
    contact = one(text, newline)
    assert contact.display_name == "Ada Lovelace"
    assert contact.notes == "first part and second part"
    assert contact.contacts == [method("email", "ada@example.org")]


def test_line_numbers_count_ios_cr_cr_lf_as_one_line_ending() -> None:
    text = card("FN:First") + card("FN:Second")
    result = read(text, "\r\r\n")
    assert [c.line for c in result.contacts] == [1, 5]


def test_a_fold_may_start_with_a_tab_and_removes_only_that_one_character() -> None:
    contact = one(card("FN:A", "NOTE:one", "\ttwo", "  three"))
    assert contact.notes == "onetwo three"


def test_a_fold_that_cuts_a_utf8_character_in_two_still_decodes_it() -> None:
    name = "Ζωή Παπαδοπούλου".encode()
    cut = name.index("Π".encode()) + 1  # inside the two bytes of Π
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:"
        + name[:cut]
        + b"\r\n "
        + name[cut:]
        + b"\r\nEND:VCARD\r\n"
    )
    result = read_vcards(data, "cut.vcf")
    assert result.contacts[0].display_name == "Ζωή Παπαδοπούλου"


def test_quoted_printable_soft_breaks_continue_on_unindented_lines_in_the_charset() -> None:
    text = card(
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B=E5=B0=8F=",
        "=E6=98=8E",
        "NOTE;ENCODING=QUOTED-PRINTABLE:line one=0D=0Aline=",
        " two",
        version="2.1",
    )
    contact = one(text)
    assert contact.display_name == "王小明"
    assert contact.notes == "line one\nline two"


def test_quoted_printable_in_a_legacy_charset_is_decoded_with_it() -> None:
    contact = one(card("FN;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:Ren=E9e M=FCller", version="2.1"))
    assert contact.display_name == "Renée Müller"


def test_broken_quoted_printable_keeps_the_good_characters_and_the_next_property() -> None:
    text = card(
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91o=C3=B1o=",
        "=80",
        "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9=",
        "",
        "TITLE:Barista",
        version="2.1",
    )
    contact = one(text)
    assert contact.display_name == "Ñoño\N{REPLACEMENT CHARACTER}"
    assert contact.organisation == "Café"
    assert contact.headline == "Barista"


def test_a_soft_break_never_swallows_the_end_of_the_card() -> None:
    result = read(card("FN;ENCODING=QUOTED-PRINTABLE:Bob=", version="2.1") + card("FN:Carol"))
    assert [c.display_name for c in result.contacts] == ["Bob", "Carol"]


def test_2_1_base64_block_with_indented_lines_ends_at_the_blank_line() -> None:
    lines = [PNG64[i : i + 30] for i in range(0, len(PNG64), 30)]
    text = card(
        "FN:Photo Person",
        f"PHOTO;ENCODING=BASE64;TYPE=PNG:{lines[0]}",
        *(" " + line for line in lines[1:]),
        "",
        "TEL;CELL:07700 900123",
        version="2.1",
    )
    contact = one(text)
    assert contact.photo == PNG
    assert contact.contacts == [method("phone", "07700 900123", "cell")]


def test_base64_may_start_on_the_line_after_the_colon_and_lines_need_no_indent() -> None:
    lines = [PNG64[i : i + 30] for i in range(0, len(PNG64), 30)]
    text = card("FN:Photo Person", "PHOTO;PNG;BASE64:", *lines, "", "NOTE:after", version="2.1")
    contact = one(text)
    assert contact.photo == PNG
    assert contact.notes == "after"


def test_3_0_photo_indented_by_two_spaces_decodes_to_the_same_bytes() -> None:
    lines = [PNG64[i : i + 40] for i in range(0, len(PNG64), 40)]
    text = card("FN:Mac Person", "PHOTO;BASE64:", *("  " + line for line in lines))
    assert one(text).photo == PNG


def test_3_0_encoding_b_photo() -> None:
    assert one(card("FN:A", f"PHOTO;ENCODING=b;TYPE=PNG:{PNG64}")).photo == PNG


@pytest.mark.parametrize(
    "line",
    [
        f"PHOTO:data:image/png;base64,{PNG64}",
        f"PHOTO:data:image/png;base64\\,{PNG64}",  # the comma escaped, as some writers do
    ],
    ids=["plain", "escaped-comma"],
)
def test_4_0_data_uri_photo(line: str) -> None:
    assert one(card("FN:A", line, version="4.0")).photo == PNG


def test_3_0_encoding_b_whose_value_is_a_data_uri_is_read_as_the_uri() -> None:
    assert (
        one(card("FN:A", f"PHOTO;ENCODING=b;TYPE=png:data:image/png;base64,{PNG64}")).photo == PNG
    )


def test_a_photo_link_is_kept_as_a_line_not_fetched() -> None:
    contact = one(card("FN:A", "PHOTO;VALUE=uri:https://example.org/a.jpg", version="4.0"))
    assert contact.photo is None
    assert contact.extra == ["PHOTO;VALUE=uri:https://example.org/a.jpg"]


# --- parameters ---------------------------------------------------------------------------


def test_2_1_bare_parameters_give_types_and_preference() -> None:
    contact = one(
        card(
            "FN:A", "TEL;CELL;PREF:07700 900123", "EMAIL;INTERNET;WORK:a@example.org", version="2.1"
        )
    )
    assert contact.contacts == [
        method("phone", "07700 900123", "cell", preferred=True),
        method("email", "a@example.org", "work"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "TEL;TYPE=WORK,FAX:020 7946 0000",
        "TEL;type=WORK;type=FAX:020 7946 0000",
        'TEL;TYPE="work,fax":020 7946 0000',
        "TEL;TYPE=work;TYPE=fax;TYPE=voice:020 7946 0000",
    ],
)
def test_type_lists_of_every_version_give_one_label(line: str) -> None:
    assert one(card("FN:A", line)).contacts == [method("phone", "020 7946 0000", "work, fax")]


@pytest.mark.parametrize(
    "line",
    ["EMAIL;TYPE=pref:a@example.org", "EMAIL;PREF=1:a@example.org", "EMAIL;PREF:a@example.org"],
)
def test_preference_in_every_version(line: str) -> None:
    assert one(card("FN:A", line)).contacts[0].preferred


def test_pref_other_than_1_is_not_the_preferred_one() -> None:
    assert not one(card("FN:A", "EMAIL;PREF=2:a@example.org", version="4.0")).contacts[0].preferred


def test_quoted_parameter_values_may_hold_colons_and_semicolons() -> None:
    contact = one(card('FN;X-NOTE="a: b; c":Ada', 'EMAIL;X-ID="x:1";TYPE=home:ada@example.org'))
    assert contact.display_name == "Ada"
    assert contact.contacts == [method("email", "ada@example.org", "home")]


def test_rfc_6868_caret_escapes_in_parameter_values() -> None:
    contact = one(card("FN:A", "IMPP;X-SERVICE-TYPE=My ^'Chat^' ^^1:x-apple:ada", version="4.0"))
    assert contact.contacts == [method("other", "ada", 'My "Chat" ^1')]


# --- groups and labels --------------------------------------------------------------------


def test_grouped_property_takes_its_x_ablabel_and_the_label_is_not_kept() -> None:
    contact = one(card("FN:A", "item1.URL:https://blog.example.org", "item1.X-ABLabel:Blog"))
    assert contact.contacts == [method("website", "https://blog.example.org", "Blog")]
    assert contact.extra == []


def test_apple_built_in_labels_read_as_words() -> None:
    contact = one(card("FN:A", "item2.TEL:555 0101", "item2.X-ABLabel:_$!<AssistantPhone>!$_"))
    assert contact.contacts == [method("phone", "555 0101", "assistant phone")]


def test_a_label_stays_beside_its_property_when_that_property_is_kept() -> None:
    contact = one(card("FN:A", "item3.ADR:;;1 Main St;Town;;1234;", "item3.X-ABLabel:Cottage"))
    assert contact.extra == ["item3.ADR:;;1 Main St;Town;;1234;", "item3.X-ABLabel:Cottage"]


# --- escapes ------------------------------------------------------------------------------


def test_text_escapes_are_undone() -> None:
    contact = one(card("FN:Doe\\, Jane", "NOTE:a\\;b\\nc\\\\d\\:e\\Nf", "ORG:Smith\\; Jones;Sales"))
    assert contact.display_name == "Doe, Jane"
    assert contact.notes == "a;b\nc\\d:e\nf"
    assert contact.organisation == "Smith; Jones"


def test_escaped_colon_in_a_google_or_apple_url() -> None:
    contact = one(card("FN:A", "item5.URL:http\\://www.example.org", "item5.X-ABLabel:PROFILE"))
    assert contact.contacts == [method("website", "http://www.example.org", "PROFILE")]


def test_escaped_separators_do_not_split_structured_values() -> None:
    contact = one(card("N:O\\;Brien;Mary\\, Ann;;;", "CATEGORIES:Friends\\, old,Work"))
    assert (contact.family_name, contact.given_name) == ("O;Brien", "Mary, Ann")
    assert contact.categories == ["Friends, old", "Work"]


# --- ways to reach someone ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "URL:https://uk.linkedin.com/in/ada-l/",
            method("linkedin", "https://www.linkedin.com/in/ada-l"),
        ),
        ("URL:twitter.com/ada", method("x", "https://x.com/ada")),
        (
            "URL:https://www.instagram.com/ada/",
            method("instagram", "https://www.instagram.com/ada"),
        ),
        (
            "X-SOCIALPROFILE;type=linkedin:http://www.linkedin.com/in/ada",
            method("linkedin", "https://www.linkedin.com/in/ada"),
        ),
        ("X-SOCIALPROFILE;type=twitter;x-user=ada:x-apple:ada", method("x", "https://x.com/ada")),
        ("X-TWITTER:@ada", method("x", "https://x.com/ada")),
        ("IMPP:xmpp:ada@jabber.example.org", method("other", "ada@jabber.example.org", "Jabber")),
        ("IMPP;X-SERVICE-TYPE=Skype:skype:ada.l", method("other", "ada.l", "Skype")),
        ("X-JABBER:ada@jabber.example.org", method("other", "ada@jabber.example.org", "Jabber")),
        ("X-SKYPE:ada.l", method("other", "ada.l", "Skype")),
        ("TEL;VALUE=uri:tel:+44-20-7946-0000;ext=12", method("phone", "+44-20-7946-0000 ext 12")),
        ("EMAIL:mailto:Ada@Example.ORG", method("email", "Ada@example.org")),
    ],
)
def test_ways_to_reach_someone_are_recognised_and_normalised(
    line: str, expected: ContactMethodData
) -> None:
    assert one(card("FN:A", line, version="4.0")).contacts == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("EMAIL;TYPE=home:not an address", method("other", "not an address", "home")),
        ("TEL:BusinessPhone", method("other", "BusinessPhone")),
        ("URL:https://www.linkedin.com/feed/", method("website", "https://www.linkedin.com/feed/")),
        ("URL:intranet", method("other", "intranet")),
    ],
)
def test_a_value_the_journal_refuses_is_kept_as_website_or_other(
    line: str, expected: ContactMethodData
) -> None:
    assert one(card("FN:A", line)).contacts == [expected]


def test_a_phone_labelled_whatsapp_is_whatsapp() -> None:
    contact = one(card("FN:A", "item1.TEL:+44 7700 900123", "item1.X-ABLabel:WhatsApp"))
    assert contact.contacts == [method("whatsapp", "+44 7700 900123")]


def test_the_same_address_twice_is_one_method_preferred_if_either_was() -> None:
    contact = one(card("FN:A", "EMAIL:a@example.org", "EMAIL;TYPE=pref:a@EXAMPLE.org"))
    assert contact.contacts == [method("email", "a@example.org", preferred=True)]


# --- birthdays ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BDAY:19921221", PartialDate(1992, 12, 21)),
        ("BDAY:1992-12-21", PartialDate(1992, 12, 21)),
        ("BDAY;value=date:1992-12-21", PartialDate(1992, 12, 21)),
        ("BDAY:1992-12-21T10:00:00Z", PartialDate(1992, 12, 21)),
        ("BDAY:--1221", PartialDate(None, 12, 21)),
        ("BDAY:--12-21", PartialDate(None, 12, 21)),
        ("BDAY:16040229", PartialDate(None, 2, 29)),
        ("BDAY:1604-12-21", PartialDate(None, 12, 21)),
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-21", PartialDate(None, 12, 21)),
        ("BDAY:0000-12-21", PartialDate(None, 12, 21)),
        ("BDAY:1992-12", PartialDate(1992, 12)),
        ("BDAY:1992", PartialDate(1992)),
    ],
)
def test_birthday_forms_and_the_unknown_year(line: str, expected: PartialDate) -> None:
    assert one(card("FN:A", line)).birthday == expected


@pytest.mark.parametrize(
    "line", ["BDAY;VALUE=text:circa 1800", "BDAY:next Tuesday", "BDAY:19921341"]
)
def test_a_birthday_that_is_no_date_is_kept_as_a_line(line: str) -> None:
    contact = one(card("FN:A", line, version="4.0"))
    assert contact.birthday is None
    assert contact.extra == [line]


# --- the person ---------------------------------------------------------------------------


def test_names_nickname_organisation_title_note_categories_uid() -> None:
    contact = one(
        card(
            "UID:urn:uuid:1234",
            "FN:Dr Ada King",
            "N:King;Ada;Augusta;Dr;",
            "NICKNAME:Ada,The Enchantress",
            "NICKNAME:AK",
            "ORG:Analytical Engines Ltd;Research",
            "TITLE:Mathematician",
            "NOTE:First note",
            "NOTE:Second note",
            "CATEGORIES:Friends,Work",
            "CATEGORIES:Work,Maths",
        )
    )
    assert contact.uid == "urn:uuid:1234"
    assert (contact.given_name, contact.family_name, contact.display_name) == (
        "Ada",
        "King",
        "Dr Ada King",
    )
    assert contact.nickname == "Ada, The Enchantress, AK"
    assert (contact.organisation, contact.headline) == ("Analytical Engines Ltd", "Mathematician")
    assert contact.notes == "First note\n\nSecond note"
    assert contact.categories == ["Friends", "Work", "Maths"]


def test_a_formatted_name_that_only_repeats_the_names_is_not_kept_as_a_display_name() -> None:
    contact = one(card("FN:Ada  King", "N:King;Ada;;;"))
    assert (contact.display_name, contact.name()) == ("", "Ada King")


def test_second_organisation_and_title_are_kept_as_lines() -> None:
    contact = one(card("FN:A", "ORG:First", "ORG:Second;Dept", "TITLE:One", "TITLE:Two"))
    assert (contact.organisation, contact.headline) == ("First", "One")
    assert contact.extra == ["ORG:Second;Dept", "TITLE:Two"]


def test_related_people_from_every_exporter() -> None:
    contact = one(
        card(
            "FN:A",
            "RELATED;TYPE=spouse:urn:uuid:42",
            "RELATED;VALUE=text;TYPE=friend:Bob Smith",
            "item1.X-ABRELATEDNAMES:Carol",
            "item1.X-ABLabel:_$!<Mother>!$_",
            "X-EVOLUTION-MANAGER:Dan",
            "X-MS-ASSISTANT:Eve",
        )
    )
    assert contact.related == [
        ("spouse", "urn:uuid:42"),
        ("friend", "Bob Smith"),
        ("mother", "Carol"),
        ("manager", "Dan"),
        ("assistant", "Eve"),
    ]


def test_properties_not_understood_are_kept_as_unfolded_lines() -> None:
    contact = one(
        card(
            "FN:A",
            "ADR;TYPE=home:;;1 Long Street\\nFlat 2;Town;;12345;",
            "X-CUSTOM;X-P=1:first",
            " second",
            "GEO:geo:51.5,-0.1",
            "PRODID:-//Someone//EN",
            "REV:20240101T000000Z",
            version="4.0",
        )
    )
    assert contact.extra == [
        "ADR;TYPE=home:;;1 Long Street\\nFlat 2;Town;;12345;",
        "X-CUSTOM;X-P=1:firstsecond",
        "GEO:geo:51.5,-0.1",
    ]


def test_kept_2_1_lines_are_given_3_0_syntax() -> None:
    contact = one(
        card(
            "FN:A",
            "LABEL;WORK;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:1 Rue=0D=0AParis=",
            "=20C=C3=A9dex",
            "KEY;X509;ENCODING=BASE64:",
            "    TUlJQg==",
            "",
            version="2.1",
        )
    )
    assert contact.extra == [
        "LABEL;TYPE=WORK:1 Rue\\nParis Cédex",
        "KEY;TYPE=X509;ENCODING=b:TUlJQg==",
    ]


def test_version_may_come_last_and_names_may_be_lower_case() -> None:
    text = (
        "begin:vcard\nfn:Ada\nn:King;Ada\nemail;internet:ada@example.org\nversion:2.1\nend:vcard\n"
    )
    contact = one(text)
    assert (contact.display_name, contact.given_name) == ("Ada", "Ada")
    assert contact.contacts == [method("email", "ada@example.org")]


# --- cards without a name, bad cards, bad files -------------------------------------------


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["EMAIL:who@example.org", "ORG:Acme", "TEL:555 0100"], "who@example.org"),
        (["ORG:Acme;Sales", "TEL:555 0100"], "Acme"),
        (["TEL:555 0100"], "555 0100"),
    ],
)
def test_a_card_without_a_name_is_named_by_email_then_organisation_then_phone(
    lines: list[str], name: str
) -> None:
    assert one(card("N:;;;;", "FN:", *lines)).name() == name


def test_a_card_with_nothing_to_call_the_person_by_is_a_record_error() -> None:
    result = read(card("FN:Ann") + card("N:;;;;", "NOTE:who?") + card("FN:Bob"))
    assert [c.display_name for c in result.contacts] == ["Ann", "Bob"]
    assert [(e.line, e.source) for e in result.errors] == [(5, "test.vcf")]
    assert "no name" in result.errors[0].message


def test_a_card_cut_short_costs_only_itself() -> None:
    text = (
        card("FN:Ann")
        + "BEGIN:VCARD\nVERSION:3.0\nFN:Cut\n"
        + card("FN:Bob")
        + "BEGIN:VCARD\nFN:Tail\n"
    )
    result = read(text)
    assert [c.display_name for c in result.contacts] == ["Ann", "Bob"]
    assert [e.line for e in result.errors] == [5, 12]
    assert all("END:VCARD" in e.message for e in result.errors)
    assert str(result.errors[0]).startswith("test.vcf, line 5: ")


def test_a_group_card_is_not_a_person() -> None:
    result = read(card("KIND:group", "FN:The Does", "MEMBER:urn:uuid:1", version="4.0"))
    assert result.contacts == []
    assert "group" in result.errors[0].message


def test_text_outside_any_card_is_reported_and_the_cards_still_read() -> None:
    result = read("FN:stray\n" + card("FN:Ann") + "\n\nNOTE:also stray\n")
    assert [c.display_name for c in result.contacts] == ["Ann"]
    assert [e.line for e in result.errors] == [1, 8]


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\r\n\r\n",
        b"Name,Email\r\nAda,ada@example.org\r\n",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    ],
)
def test_a_file_with_no_card_at_all_is_an_import_format_error(data: bytes) -> None:
    with pytest.raises(ImportFormatError) as raised:
        read_vcards(data, "contacts.vcf")
    assert raised.value.source == "contacts.vcf"
    assert "not a vCard file" in raised.value.message


# --- encodings ----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_utf8_with_bom_and_utf16_files(encoding: str) -> None:
    result = read(card("FN:Zoë Ωmega"), encoding=encoding)
    assert [c.display_name for c in result.contacts] == ["Zoë Ωmega"]


def test_a_file_in_windows_1252_is_read_as_such() -> None:
    data = card("FN:Ren\u00e9e \u201cRae\u201d").replace("\n", "\r\n").encode("cp1252")
    assert read_vcards(data, "old.vcf").contacts[0].display_name == "Renée “Rae”"


# --- speed --------------------------------------------------------------------------------


def test_pathological_long_lines_read_in_linear_time() -> None:
    # Backslashes, quotes and separators by the hundred thousand: any backtracking would
    # take minutes; a linear reader takes a fraction of a second.
    n = 200_000
    lines = [
        "FN:" + "\\" * n + "x",
        'X-A;P="' + ";" * n + ":v",
        "N:" + "\\;" * n,
        "CATEGORIES:" + "a\\," * n,
        "NOTE;ENCODING=QUOTED-PRINTABLE:" + "=" * n,
        "EMAIL:" + "a" * n + "@",
        "URL:http://" + "a." * n,
    ]
    # Linear reading is measured in tests/benchmarks/test_vcard_speed.py; here: it reads.
    result = read(card(*lines, version="2.1"))
    assert len(result.contacts) == 1


def test_bom_only_prefix_is_not_part_of_the_first_line() -> None:
    data = codecs.BOM_UTF8 + card("FN:Ann").encode()
    assert read_vcards(data, "bom.vcf").contacts[0].line == 1
