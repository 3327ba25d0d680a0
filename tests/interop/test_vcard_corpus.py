"""Every vCard of the shared interop corpus (real exporters' files) reads, and reads right.

The corpus lives beside the repository (``../shared/interop-corpus``; SOURCES.md
says where each file comes from and what it exercises); these tests skip when
it is absent.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from networkjournal.interop.vcard import VCardPerson, read_vcards, write_vcards
from networkjournal.store.contacts import CONTACT_KINDS
from networkjournal.store.imported import ImportedContact, ParseResult
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import ContactMethodData

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "interop-corpus"
FILES = sorted(CORPUS.rglob("*.vcf")) if CORPUS.is_dir() else []

pytestmark = pytest.mark.skipif(not FILES, reason=f"no interop corpus at {CORPUS}")


def read(name: str) -> ParseResult:
    return read_vcards((CORPUS / name).read_bytes(), Path(name).name)


def only(name: str) -> ImportedContact:
    result = read(name)
    assert result.errors == []
    assert len(result.contacts) == 1
    return result.contacts[0]


def photo_as_written(name: str) -> bytes:
    """Decode a file's only base64 PHOTO the simplest way there is, to compare with the reader."""
    text = (CORPUS / name).read_bytes().decode("utf-8").replace("\r", "")
    block = re.search(r"\nPHOTO[^:]*:(.*?)\n(?! )", text, re.DOTALL)
    assert block is not None
    return base64.b64decode("".join(block[1].split()))


def as_card(contact: ImportedContact) -> VCardPerson:
    return VCardPerson(
        uid=contact.uid,
        given_name=contact.given_name,
        family_name=contact.family_name,
        display_name=contact.display_name,
        nickname=contact.nickname,
        headline=contact.headline,
        organisations=[contact.organisation] if contact.organisation else [],
        birthday=contact.birthday,
        notes=contact.notes,
        photo=contact.photo,
        contacts=contact.contacts,
        categories=contact.categories,
        related=contact.related,
        extra=contact.extra,
    )


def essentials(contact: ImportedContact) -> dict[str, object]:
    fields = dict(vars(contact))
    del fields["source"], fields["line"]
    return fields


@pytest.mark.parametrize("path", FILES, ids=[str(f.relative_to(CORPUS)) for f in FILES])
def test_every_corpus_file_reads_without_a_crash_and_everyone_has_a_name(path: Path) -> None:
    result = read_vcards(path.read_bytes(), path.name)
    assert result.contacts or result.errors
    for contact in result.contacts:
        assert contact.name()
        assert all(m.kind in CONTACT_KINDS and m.value for m in contact.contacts)
        for text in (contact.display_name, contact.notes, *contact.extra):
            text.encode("utf-8")  # no undecoded bytes left behind
    for error in result.errors:
        assert error.source == path.name
        assert error.line >= 1
        assert error.message


@pytest.mark.parametrize("version", ["4.0", "3.0"])
@pytest.mark.parametrize("path", FILES, ids=[str(f.relative_to(CORPUS)) for f in FILES])
def test_every_corpus_card_survives_our_export_and_reads_back_the_same(
    path: Path, version: str
) -> None:
    contacts = read_vcards(path.read_bytes(), path.name).contacts
    if not contacts:
        pytest.skip("no card in this file to export")
    again = read_vcards(write_vcards([as_card(c) for c in contacts], version).encode(), "again.vcf")
    assert again.errors == []
    assert [essentials(c) for c in again.contacts] == [essentials(c) for c in contacts]


@pytest.mark.parametrize("version", ["4.0", "3.0"])
@pytest.mark.parametrize("path", FILES, ids=[str(f.relative_to(CORPUS)) for f in FILES])
def test_every_corpus_card_we_export_parses_in_vobject(path: Path, version: str) -> None:
    vobject = pytest.importorskip("vobject")
    contacts = read_vcards(path.read_bytes(), path.name).contacts
    if not contacts:
        pytest.skip("no card in this file to export")
    parsed = list(vobject.readComponents(write_vcards([as_card(c) for c in contacts], version)))
    assert [card.fn.value for card in parsed] == [c.display_name or c.name() for c in contacts]
    for card, contact in zip(parsed, contacts, strict=True):
        emails = [m.value for m in contact.contacts if m.kind == "email"]
        assert [e.value for e in card.contents.get("email", [])] == emails


def test_iphone_photo_is_the_jpeg_the_file_holds_byte_for_byte() -> None:
    contact = only("ez-vcard/John_Doe_IPHONE.vcf")
    assert contact.photo is not None
    assert contact.photo[:2] == b"\xff\xd8"
    assert contact.photo[-2:] == b"\xff\xd9"
    assert contact.photo == photo_as_written("ez-vcard/John_Doe_IPHONE.vcf")


def test_iphone_cr_cr_lf_card_with_apple_labels() -> None:
    contact = only("ez-vcard/John_Doe_IPHONE.vcf")
    assert (contact.given_name, contact.family_name) == ("John", "Doe")
    assert contact.display_name == "Mr. John Richter James Doe Sr."
    assert (contact.organisation, contact.headline) == ("IBM", "Money Counter")
    assert ContactMethodData("phone", "905-222-1234", "assistant phone") in contact.contacts
    assert ContactMethodData("website", "http://www.ibm.com", "home page", True) in contact.contacts
    assert contact.birthday == PartialDate(2012, 6, 6)
    assert "item3.X-ABADR:Silicon Alley" in contact.extra


def test_mac_address_book_photo_indented_by_two_spaces() -> None:
    contact = only("ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf")
    assert contact.photo == photo_as_written("ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf")
    assert contact.photo[:2] == b"\xff\xd8"
    assert contact.related == [("Spouse", "Jenny")]


def test_android_quoted_printable_names_and_nameless_cards() -> None:
    result = read("ez-vcard/John_Doe_ANDROID.vcf")
    assert result.errors == []
    names = [c.name() for c in result.contacts]
    assert names[:2] == ["john.doe@company.com", "jane.doe@company.com"]
    assert names[2] == "Ñ Ñ Ñ Ñ Ñ"
    assert result.contacts[2].contacts == [ContactMethodData("phone", "123456789", "cell", True)]
    assert result.contacts[4].photo is not None and result.contacts[4].photo[:2] == b"\xff\xd8"
    # The broken quoted-printable (a soft break before a blank line, a stray =80) costs nothing.
    assert result.contacts[5].organisation == "Ñ" * 44
    assert result.contacts[5].contacts[1] == ContactMethodData(
        "email", "henry@company.com", "", True
    )


def test_quoted_printable_chinese_name_and_address() -> None:
    contact = only("radicale/vcard-quoted-printable1.vcf")
    assert (contact.family_name, contact.given_name, contact.display_name) == (
        "黄",
        "世勇",
        "黄世勇",
    )
    assert contact.contacts == [
        ContactMethodData("website", "http://weibo.com/3094900433?闪闪H红星")
    ]
    assert contact.extra == ["ADR;TYPE=HOME:;;;北京 丰台区;;;"]


def test_birthday_in_1604_has_no_year() -> None:
    assert only("radicale/contact4-with-bday-no-year.vcf").birthday == PartialDate(None, 1, 1)


def test_text_birthday_is_kept_as_a_line_without_a_date() -> None:
    contact = only("khard/text-bday.vcf")
    assert contact.birthday is None
    assert contact.extra == ["BDAY;VALUE=text:circa 1800"]


def test_truncated_card_is_a_record_error_with_its_line() -> None:
    result = read("khard/unparsable.vcf")
    assert result.contacts == []
    assert [(e.source, e.line) for e in result.errors] == [("unparsable.vcf", 1)]


def test_truncated_card_costs_only_itself_among_others() -> None:
    data = b"".join(
        (CORPUS / name).read_bytes()
        for name in ("khard/minimal.vcf", "khard/unparsable.vcf", "radicale/contact_multiple.vcf")
    )
    result = read_vcards(data, "joined.vcf")
    assert [c.name() for c in result.contacts] == ["minimal contact", "Contact1", "Contact2"]
    assert [e.line for e in result.errors] == [5]


def test_cards_with_no_name_take_it_from_their_email() -> None:
    result = read("radicale/broken-vcards.vcf")
    assert [c.name() for c in result.contacts] == [
        "test-misses-N-or-FN@example.com",
        "test-misses-N-or-FN@example1.com",
    ]


def test_card_with_nothing_to_name_it_by_is_a_record_error() -> None:
    result = read("kcontacts/vcard7.vcf")
    assert result.contacts == []
    assert result.errors[0].line == 1


def test_card_without_version_and_with_a_colonless_line() -> None:
    contact = only("kcontacts/vcard4.vcf")
    assert contact.name() == "hello@ximian.com"
    assert contact.organisation == "Ximian, Inc."
    assert "LABEL;TYPE=WORK:401 Park Drive  3 West\\nBoston, MA 02215\\nUSA" in contact.extra


def test_fold_inside_a_utf8_character() -> None:
    contact = only("kcontacts/vcard9.vcf")
    assert "\N{REPLACEMENT CHARACTER}" not in contact.display_name + contact.family_name
    assert contact.display_name.startswith("βγδεαβγδ1")  # noqa: RUF001 (Greek, as the file has)
    assert contact.notes.startswith("Длинный комментарий")


def test_field_after_a_quoted_printable_address_is_not_broken() -> None:
    result = read("kcontacts/vcard10.vcf")
    assert len(result.contacts) == 5
    broken = result.contacts[1]
    assert broken.display_name == "Field after Address broken"
    assert broken.contacts == [ContactMethodData("website", "http://some-webseite.com")]
    assert result.contacts[3].headline == "Facharzt für Allgemeinmedizin"


def test_photos_in_every_form_are_the_same_bytes() -> None:
    png = only("radicale/contact_photo_with_data_uri.vcf").photo
    assert png is not None and png.startswith(b"\x89PNG")
    assert only("radicale/contact_photo_with_data_uri_v3.vcf").photo == png
    assert only("radicale-master/contact_photo_with_data_uri.vcf").photo == png
    small = only("khard/photov3.vcf").photo
    assert small is not None and small.startswith(b"\x89PNG")
    assert only("khard/photov4.vcf").photo == small  # escaped comma in the data: URI


def test_thunderbird_2_1_lower_case_with_version_last() -> None:
    result = read("thunderbird/export.vcf")
    assert [c.display_name for c in result.contacts] == ["contact number one", "contact number two"]
    assert result.contacts[1].notes == "here's some unicode text…"


def test_outlook_base64_blocks_and_quoted_printable_notes() -> None:
    contact = only("ez-vcard/outlook-2007.vcf")
    assert contact.notes.startswith("This is the NOTE field\t\nI assume it encodes")
    assert contact.photo is not None and contact.photo[:2] == b"\xff\xd8"
    key = next(line for line in contact.extra if line.startswith("KEY"))
    assert key.startswith("KEY;TYPE=X509;ENCODING=b:MIIB/jCCA") and " " not in key
    assert ContactMethodData("email", "mike.angstadt@gmail.com", "", True) in contact.contacts


def test_outlook_2003_property_after_a_key_block_and_two_blank_lines() -> None:
    contact = only("ez-vcard/outlook-2003.vcf")
    assert ContactMethodData("email", "jdoe@hotmail.com", "", True) in contact.contacts
    assert contact.organisation == "Company, The"
    assert ContactMethodData("other", "BusinessPhone", "work") in contact.contacts


def test_evolution_quoted_parameters_and_folds() -> None:
    contact = only("ez-vcard/John_Doe_EVOLUTION.vcf")
    assert ContactMethodData("other", "johnny5@aol.com", "AIM") in contact.contacts
    assert ContactMethodData("phone", "905-555-1234", "work") in contact.contacts
    address = "ADR;TYPE=HOME:ASB-123;;15 Crescent moon drive;Albaney;New York;12345;United States"
    assert address + " of America" in contact.extra  # the fold before "States" kept its space
    assert contact.related == [
        ("spouse", "Maria"),
        ("manager", "Big Blue"),
        ("assistant", "Little Red"),
    ]


def test_gmail_labels_escaped_urls_and_related_names() -> None:
    contact = only("ez-vcard/gmail-single.vcf")
    assert ContactMethodData("website", "http://TheProfile.com", "PROFILE") in contact.contacts
    assert ContactMethodData("other", "123456789", "ICQ") in contact.contacts
    assert contact.related == [("spouse", "MySpouse"), ("CustomRelationship", "MyCustom")]
    assert contact.notes.endswith("ACustomField: CustomField")


def test_khard_multiple_values_and_im_properties() -> None:
    contact = only("khard/contact_with_multiple_values.vcf")
    assert contact.birthday == PartialDate(1992, 12, 21)
    assert contact.categories == ["cat1", "cat2", "cät3", "one more"]
    assert contact.nickname == "nicknames, several"
    assert ContactMethodData("x", "https://x.com/twitter1") in contact.contacts
    assert ContactMethodData("other", "skype2", "Skype") in contact.contacts
    assert "ORG:Company2" in contact.extra
    assert "itemadr1.X-ABLABEL:Custom" in contact.extra


def test_vcard_4_full_uris_and_preferences() -> None:
    contact = only("vobject/vcard40_full.vcf")
    assert contact.display_name == "Dr. John Q. Public, III"
    assert contact.nickname == "Johnny, JQP"
    assert ContactMethodData("phone", "+1-555-555-5555", "", True) in contact.contacts
    assert ContactMethodData("other", "john@jabber.example.com", "Jabber", True) in contact.contacts
    assert contact.related == [("spouse", "urn:uuid:b8767877-b4a1-4c70-9acc-505d3819e519")]
    assert "PHOTO:http://www.example.com/pub/photos/jqpublic.gif" in contact.extra


def test_language_alternates_are_kept() -> None:
    contact = only("vobject/vcard40_multilang.vcf")
    assert (contact.display_name, contact.given_name, contact.family_name) == (
        "Yamada Taro",
        "Taro",
        "Yamada",
    )
    assert contact.extra == [
        "FN;ALTID=1;LANGUAGE=ja:山田太郎",
        'N;ALTID=1;LANGUAGE=ja;SORT-AS="yamada,taro":山田;太郎;;;',
    ]


def test_group_card_is_not_imported_as_a_person() -> None:
    result = read("vobject/vcard40_group.vcf")
    assert result.contacts == []
    assert "group" in result.errors[0].message


def test_caret_escapes_and_raw_colons_in_a_parameter() -> None:
    contact = only("ez-vcard/issue114.vcf")
    assert contact.display_name == "Dummy, Dummy"
    assert [line[:15] for line in contact.extra] == ["ADR;TYPE=work;L"]
