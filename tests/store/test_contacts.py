"""Contact methods: how a typed value is checked and stored, and the address that opens it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from networkjournal.store.contacts import CONTACT_KINDS, contact_url, normalise_contact
from networkjournal.store.errors import ValidationError

LINKEDIN = "https://www.linkedin.com/in/samuel-okafor-1a2b3c"


@pytest.mark.parametrize(
    "typed",
    [
        "https://www.linkedin.com/in/samuel-okafor-1a2b3c",
        "https://www.linkedin.com/in/samuel-okafor-1a2b3c/",
        "http://www.linkedin.com/in/samuel-okafor-1a2b3c",
        "https://linkedin.com/in/samuel-okafor-1a2b3c",
        "www.linkedin.com/in/samuel-okafor-1a2b3c",
        "linkedin.com/in/samuel-okafor-1a2b3c",
        "linkedin.com/in/samuel-okafor-1a2b3c/",
        "https://uk.linkedin.com/in/samuel-okafor-1a2b3c",
        "https://www.linkedin.com/in/samuel-okafor-1a2b3c?originalSubdomain=uk",
        "https://www.linkedin.com/in/samuel-okafor-1a2b3c/?trk=public_profile",
        "https://www.linkedin.com/in/samuel-okafor-1a2b3c#experience",
        "HTTPS://WWW.LINKEDIN.COM/IN/samuel-okafor-1a2b3c",
        "  https://www.linkedin.com/in/samuel-okafor-1a2b3c  ",
        "samuel-okafor-1a2b3c",
        "@samuel-okafor-1a2b3c",
    ],
)
def test_linkedin_profile_in_any_typed_form_is_stored_as_the_canonical_url(typed: str) -> None:
    assert normalise_contact("linkedin", typed) == LINKEDIN


@given(st.from_regex(r"[a-z][a-z0-9\-]{2,40}", fullmatch=True))
def test_linkedin_url_and_bare_name_store_the_same_profile(slug: str) -> None:
    url = f"https://www.linkedin.com/in/{slug}"
    assert normalise_contact("linkedin", slug) == url
    assert normalise_contact("linkedin", f"linkedin.com/in/{slug}/") == url
    assert normalise_contact("linkedin", f"https://uk.linkedin.com/in/{slug}?x=1") == url


def test_linkedin_company_page_keeps_its_section() -> None:
    assert (
        normalise_contact("linkedin", "https://www.linkedin.com/company/nhs-england/")
        == "https://www.linkedin.com/company/nhs-england"
    )


@pytest.mark.parametrize(
    "typed",
    [
        "https://example.com/in/samuel",
        "https://www.linkedin.com/feed/",
        "linkedin.com/in/",
        "samuel okafor",
        "https://www.linkedin.com/in/sam okafor",
    ],
)
def test_linkedin_refuses_what_is_not_a_profile(typed: str) -> None:
    with pytest.raises(ValidationError, match="LinkedIn") as caught:
        normalise_contact("linkedin", typed)
    assert caught.value.field == "value"


@pytest.mark.parametrize(
    ("kind", "typed", "stored"),
    [
        ("x", "@sam_okafor", "https://x.com/sam_okafor"),
        ("x", "sam_okafor", "https://x.com/sam_okafor"),
        ("x", "https://x.com/sam_okafor", "https://x.com/sam_okafor"),
        ("x", "https://twitter.com/sam_okafor", "https://x.com/sam_okafor"),
        ("x", "twitter.com/@sam_okafor/", "https://x.com/sam_okafor"),
        ("x", "https://mobile.twitter.com/sam_okafor?lang=en", "https://x.com/sam_okafor"),
        ("x", "www.x.com/sam_okafor", "https://x.com/sam_okafor"),
        ("instagram", "@sam.okafor", "https://www.instagram.com/sam.okafor"),
        ("instagram", "sam.okafor", "https://www.instagram.com/sam.okafor"),
        ("instagram", "instagram.com/sam.okafor/", "https://www.instagram.com/sam.okafor"),
        (
            "instagram",
            "https://www.instagram.com/sam.okafor/?hl=en",
            "https://www.instagram.com/sam.okafor",
        ),
    ],
)
def test_handles_and_profile_urls_are_stored_as_profile_urls(
    kind: str, typed: str, stored: str
) -> None:
    assert normalise_contact(kind, typed) == stored


@pytest.mark.parametrize(
    ("kind", "typed"),
    [
        ("x", "@sam okafor"),
        ("x", "@"),
        ("x", "https://example.com/sam"),
        ("x", "@" + "a" * 31),
        ("instagram", "https://x.com/sam"),
        ("instagram", "sam!"),
    ],
)
def test_handles_that_cannot_be_a_profile_are_refused(kind: str, typed: str) -> None:
    with pytest.raises(ValidationError, match="handle or profile address") as caught:
        normalise_contact(kind, typed)
    assert caught.value.field == "value"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("sam@example.org", "sam@example.org"),
        ("Sam.Okafor@Example.AC.UK", "Sam.Okafor@example.ac.uk"),
        ("  sam+journal@example.org ", "sam+journal@example.org"),
        ("mailto:sam@example.org", "sam@example.org"),
        ("o'brien@example.ie", "o'brien@example.ie"),
    ],
)
def test_emails_are_checked_and_their_domain_lower_cased(typed: str, stored: str) -> None:
    assert normalise_contact("email", typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "sam",
        "sam@",
        "@example.org",
        "sam@example",
        "sam@example.c",
        "sam @example.org",
        "sam@@example.org",
        "<sam@example.org>",
        "sam@example.org, ben@example.org",
    ],
)
def test_invalid_emails_are_refused_with_a_message_naming_the_value(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_contact("email", typed)
    assert caught.value.field == "value"
    assert "does not look like an email address" in caught.value.message
    assert repr(typed.strip()) in caught.value.message


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+44 7700 900123", "+44 7700 900123"),
        ("  07700   900123 ", "07700 900123"),
        ("(020) 7946-0018", "(020) 7946-0018"),
        ("+1 555.123.4567 ext. 89", "+1 555.123.4567 ext. 89"),
        ("999", "999"),
    ],
)
def test_phone_numbers_are_kept_as_typed_with_spaces_tidied(typed: str, stored: str) -> None:
    assert normalise_contact("phone", typed) == stored
    assert normalise_contact("whatsapp", typed) == stored


@pytest.mark.parametrize("typed", ["12", "call me", "+44 7700 9OO123", "07700; 900123"])
def test_phone_numbers_that_cannot_be_dialled_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_contact("phone", typed)
    assert caught.value.field == "value"
    assert caught.value.message


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("example.org", "https://example.org"),
        ("www.example.org/about", "https://www.example.org/about"),
        ("http://example.org", "http://example.org"),
        ("https://example.org/path?q=1", "https://example.org/path?q=1"),
        ("HTTPS://EXAMPLE.ORG", "HTTPS://EXAMPLE.ORG"),
    ],
)
def test_websites_get_a_scheme(typed: str, stored: str) -> None:
    assert normalise_contact("website", typed) == stored


@pytest.mark.parametrize("typed", ["not a site", "localhost", "example org"])
def test_websites_that_are_not_addresses_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="web address"):
        normalise_contact("website", typed)


def test_other_contacts_are_kept_as_typed() -> None:
    assert normalise_contact("other", "  Pigeonhole 42, Hall B ") == "Pigeonhole 42, Hall B"


@pytest.mark.parametrize("kind", sorted(CONTACT_KINDS))
def test_empty_value_is_refused_for_every_kind(kind: str) -> None:
    with pytest.raises(ValidationError, match="empty") as caught:
        normalise_contact(kind, "   ")
    assert caught.value.field == "value"


def test_unknown_kind_is_refused_naming_the_kind_field() -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_contact("fax", "0123 456789")
    assert caught.value.field == "kind"


@pytest.mark.parametrize(
    ("kind", "value", "url"),
    [
        ("email", "sam@example.org", "mailto:sam@example.org"),
        ("phone", "+44 7700 900123", "tel:+447700900123"),
        ("phone", "(020) 7946-0018", "tel:02079460018"),
        ("phone", "+44 (0)20 7946 0018", "tel:+442079460018"),
        ("phone", "+1 555.123.4567 ext. 89", "tel:+15551234567;ext=89"),
        ("phone", "07700 900123 x12", "tel:07700900123;ext=12"),
        ("whatsapp", "+44 7700 900123", "https://wa.me/447700900123"),
        ("whatsapp", "+44 (0)7700 900123", "https://wa.me/447700900123"),
        ("linkedin", LINKEDIN, LINKEDIN),
        ("x", "https://x.com/sam_okafor", "https://x.com/sam_okafor"),
        ("instagram", "https://www.instagram.com/sam.o", "https://www.instagram.com/sam.o"),
        ("website", "https://example.org", "https://example.org"),
        ("website", "HTTPS://EXAMPLE.ORG", "HTTPS://EXAMPLE.ORG"),
        ("website", "javascript:alert(1)", None),
        ("other", "https://example.org/a b", "https://example.org/a%20b"),
        ("other", "Pigeonhole 42", None),
    ],
)
def test_contact_url_opens_the_right_thing(kind: str, value: str, url: str | None) -> None:
    assert contact_url(kind, value) == url


@pytest.mark.parametrize(
    ("kind", "typed"),
    [
        ("email", "Sam@Example.org"),
        ("phone", "+44 7700 900123"),
        ("linkedin", "samuel-okafor"),
        ("x", "@sam"),
        ("instagram", "@sam.o"),
        ("website", "example.org"),
    ],
)
def test_every_normalised_value_has_an_address_and_normalising_again_changes_nothing(
    kind: str, typed: str
) -> None:
    stored = normalise_contact(kind, typed)
    assert normalise_contact(kind, stored) == stored
    assert contact_url(kind, stored) is not None
