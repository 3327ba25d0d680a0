"""The patient-confidentiality guard: what it flags, what it leaves alone, and redaction."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from networkjournal.store.patient_guard import (
    REDACTED,
    IdentifierKind,
    Strictness,
    find_identifiers,
    nhs_check_digit_ok,
    redact,
)

NHS = IdentifierKind.NHS_NUMBER
HOSPITAL = IdentifierKind.HOSPITAL_NUMBER
DOB = IdentifierKind.DATE_OF_BIRTH
POSTCODE = IdentifierKind.POSTCODE


def found(text: str, strictness: Strictness = Strictness.NORMAL) -> list[tuple[str, str]]:
    return [(f.kind.value, f.text) for f in find_identifiers(text, strictness)]


# --- the check digit ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "digits",
    ["9434765919", "4010232137", "4505577104", "9990000018", "9434765870", "1234567881"],
)
def test_modulus_11_accepts_valid_nhs_numbers(digits: str) -> None:
    assert nhs_check_digit_ok(digits)


@pytest.mark.parametrize(
    "digits",
    [
        "9434765918",  # last digit off by one
        "9434765910",
        "1234567890",  # 11 - (sum mod 11) would be 10: no valid number has these nine digits
        "943476591",  # nine digits
        "94347659190",
        "943476591a",
        "\uff19\uff14\uff13\uff14\uff17\uff16\uff15\uff19\uff11\uff19",  # full-width digits
    ],
)
def test_modulus_11_rejects_wrong_check_digits_and_malformed_input(digits: str) -> None:
    assert not nhs_check_digit_ok(digits)


def test_check_digit_eleven_means_zero() -> None:
    # 100 000 023: 1*10 + 2*3 + 3*2 = 22, divisible by 11, so 11 - 0 = 11 → check digit 0.
    assert nhs_check_digit_ok("1000000230")
    assert not nhs_check_digit_ok("1000000231")


# --- NHS numbers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Saw the patient, NHS number 943 476 5919, on the ward round",
        "943 476 5919",
        "943-476-5919 on the drug chart",
        "NHS no: 9434765919",
        "nhs 9434765919",
        "CHI 4010232137",
    ],
)
def test_nhs_number_with_valid_check_digit_is_flagged(text: str) -> None:
    findings = find_identifiers(text, Strictness.NORMAL)
    assert [f.kind for f in findings] == [NHS]
    assert "check digit" in findings[0].why


@pytest.mark.parametrize(
    "text",
    [
        "Call me on 07700 900123 after clinic",  # a mobile: 11 digits
        "Her office is +44 20 7946 0958",
        "switchboard 020 7946 0958",
        "or 44 207 946 0958",  # 3-3-4 inside a longer number is not ten digits
        "943 476 5918",  # check digit wrong
        "123 456 7890",  # no valid check digit exists for 123456789
        "9434765919",  # valid, but bare and unspaced: only strict flags it
        "012 345 6789",  # starts with 0 like a phone number: only strict or "NHS" flags it
        "Ref 943 476 59190",  # eleven digits
        "1.943 476 5919",  # a decimal is not an NHS number
        "order 9434 765 919",  # grouped 4-3-3, not how NHS numbers are written
    ],
)
def test_numbers_that_are_not_nhs_numbers_are_left_alone_in_normal(text: str) -> None:
    assert found(text) == []


def test_strict_flags_bare_valid_ten_digit_numbers_and_labelled_typos() -> None:
    assert found("9434765919", Strictness.STRICT) == [("nhs_number", "9434765919")]
    assert found("012 345 6789", Strictness.STRICT) == [("nhs_number", "012 345 6789")]
    assert found("NHS 943 476 5918", Strictness.STRICT) == [("nhs_number", "943 476 5918")]
    # Still never a phone number of the wrong length, nor an invalid unlabelled one.
    assert found("07700 900123 or +44 20 7946 0958", Strictness.STRICT) == []
    assert found("943 476 5918", Strictness.STRICT) == []


def test_a_valid_number_starting_with_zero_is_flagged_after_nhs() -> None:
    assert found("NHS number 012 345 6789") == [("nhs_number", "012 345 6789")]


# --- hospital numbers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("MRN 1234567", "1234567"),
        ("mrn: 00123456", "00123456"),
        ("hospital number: K123456", "K123456"),
        ("Hosp no RTH1234567", "RTH1234567"),
        ("hosp. no. A1234567X", "A1234567X"),
        ("patient number is 556677", "556677"),
        ("pt ID #H998877", "H998877"),
        ("M.R.N. 7654321", "7654321"),
    ],
)
def test_hospital_numbers_after_their_label_are_flagged(text: str, number: str) -> None:
    assert found(text) == [("hospital_number", number)]


@pytest.mark.parametrize(
    "text",
    [
        "RTH1234567",  # letters and digits with no label
        "patient number 3 on the list",  # too short to identify anyone
        "the hospital number is on the wristband",
        "Room 1234567",
        "MRNA vaccine study 2021",  # not "MRN"
    ],
)
def test_numbers_without_a_hospital_label_are_left_alone(text: str) -> None:
    assert found(text, Strictness.NORMAL) == []
    assert found(text, Strictness.STRICT) == []


# --- dates of birth ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Mr Jones, DOB 12/03/1954, came in", "12/03/1954"),
        ("born 12 March 1954", "12 March 1954"),
        ("d.o.b. 3rd of Jan, 1954", "3rd of Jan, 1954"),
        ("D.O.B: 12.03.54", "12.03.54"),
        ("date of birth 1954-03-12", "1954-03-12"),
        ("Born on March 12th, 1954", "March 12th, 1954"),
        ("dob 1/2/1960", "1/2/1960"),
    ],
)
def test_a_date_after_a_birth_label_is_flagged(text: str, date: str) -> None:
    assert found(text) == [("date_of_birth", date)]


@pytest.mark.parametrize(
    "text",
    [
        "Met Dr Smith on 12/03/2024 about the audit",  # a meeting date
        "newborn 12/03/2024",  # "born" inside a word
        "stubborn 12/03/2024",
        "born in 1954",  # a year alone identifies no one
        "born to lead",
        "DOB not recorded",
        "Mrs Patel 12/03/1954",  # a name and a date: only strict flags it
        "adobe 12/03/2024",
    ],
)
def test_dates_without_a_birth_label_are_left_alone_in_normal(text: str) -> None:
    assert found(text) == []


def test_strict_flags_a_full_date_after_a_patient_style_name() -> None:
    assert found("Mrs Patel 12/03/1954", Strictness.STRICT) == [("date_of_birth", "12/03/1954")]
    assert found("Mr John Smith (12 March 1954)", Strictness.STRICT) == [
        ("date_of_birth", "12 March 1954")
    ]
    # "Dr" is usually a colleague; a meeting with them is not a birth date.
    assert found("Dr Smith 12/03/2024", Strictness.STRICT) == []


# --- postcodes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("patient in bed 4 lives at SW1A 1AA", "SW1A 1AA"),
        ("Bay 3: M1 1AE", "M1 1AE"),
        ("ward 7 patient from cb2 0qq", "cb2 0qq"),
        ("EC1A1BB is the patient's address", "EC1A1BB"),
        ("Bed 12 - B33 8TH", "B33 8TH"),
    ],
)
def test_a_postcode_near_patient_words_is_flagged(text: str, code: str) -> None:
    assert found(text) == [("postcode", code)]


@pytest.mark.parametrize(
    "text",
    [
        "Coffee near CB2 0QQ after teaching",  # no patient words: only strict flags it
        "The ward is on level 2, far from anything like a postcode",
        "patient was in bed 4; he took vitamin b12 daily",
        "patient on ward 7 with many words in between before we finally reach SW1A 1AA",
    ],
)
def test_postcodes_without_patient_words_nearby_are_left_alone_in_normal(text: str) -> None:
    assert found(text) == []


def test_strict_flags_any_capitalised_postcode() -> None:
    assert found("Coffee near CB2 0QQ", Strictness.STRICT) == [("postcode", "CB2 0QQ")]
    # Lower-case letter-digit runs in prose ("b12 3rd") are not taken for postcodes.
    assert found("vitamin b12 3rd dose", Strictness.STRICT) == []


# --- strictness, findings, redaction -----------------------------------------------------

EVERYTHING = (
    "Patient in bed 4, NHS 943 476 5919, MRN K123456, DOB 12/03/1954, lives SW1A 1AA. "
    "Mrs Patel 01/02/1940 and 9434765919."
)


def test_off_finds_nothing() -> None:
    assert find_identifiers(EVERYTHING, Strictness.OFF) == []


def test_findings_point_at_their_text_and_do_not_overlap() -> None:
    for strictness in (Strictness.NORMAL, Strictness.STRICT):
        findings = find_identifiers(EVERYTHING, strictness)
        assert {f.kind for f in findings} == set(IdentifierKind)
        for finding in findings:
            assert EVERYTHING[finding.start : finding.end] == finding.text
            assert finding.why
        assert all(a.end <= b.start for a, b in itertools.pairwise(findings))
    assert len(find_identifiers(EVERYTHING, Strictness.STRICT)) > len(
        find_identifiers(EVERYTHING, Strictness.NORMAL)
    )


def test_an_nhs_number_after_mrn_is_one_finding() -> None:
    assert found("MRN 9434765919", Strictness.STRICT) == [("nhs_number", "9434765919")]


def test_redact_replaces_each_finding() -> None:
    text = "Saw him (NHS 943 476 5919, DOB 12/03/1954) on bay 2, M1 1AE."
    assert redact(text, find_identifiers(text, Strictness.NORMAL)) == (
        f"Saw him (NHS {REDACTED}, DOB {REDACTED}) on bay 2, {REDACTED}."
    )


def test_redact_skips_findings_that_no_longer_match_the_text() -> None:
    findings = find_identifiers("NHS 943 476 5919", Strictness.NORMAL)
    assert redact("something else entirely", findings) == "something else entirely"


@pytest.mark.parametrize("value", ["off", "normal", "strict", "STRICT ", "bogus", None, 3])
def test_strictness_from_setting_falls_back_to_normal(value: object) -> None:
    expected = {"off": "off", "strict": "strict", "strict ": "strict"}
    assert Strictness.from_setting(value) == expected.get(str(value).lower(), "normal")


# --- properties --------------------------------------------------------------------------

IDENTIFYING = [
    "NHS 943 476 5919",
    "943 476 5919",
    "4010232137",
    "MRN 1234567",
    "hospital number: K123456",
    "DOB 12/03/1954",
    "born 3 March 1960",
    "patient in bed 4 lives at SW1A 1AA",
    "CB2 0QQ",
    "Mrs Patel 01/02/1940",
]
HARMLESS = [
    "07700 900123",
    "+44 20 7946 0958",
    "met Dr Smith 12/03/2024",
    "the ward round",
    "coffee",
    "born to lead",
    "2024",
    "room 101",
]
# Longer than any context window, so joining fragments cannot make new context.
FILLER = " and then we talked about the rota and the exams for a good while. "


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(IDENTIFYING + HARMLESS), min_size=1, max_size=8),
    strictness=st.sampled_from([Strictness.NORMAL, Strictness.STRICT]),
)
def test_redacted_text_holds_no_finding_of_the_kinds_found(
    pieces: list[str], strictness: Strictness
) -> None:
    text = FILLER.join(pieces)
    findings = find_identifiers(text, strictness)
    redacted = redact(text, findings)
    assert redacted.count(REDACTED) == len(findings)
    kinds = {f.kind for f in findings}
    assert [f for f in find_identifiers(redacted, strictness) if f.kind in kinds] == []


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("0123456789 -/.:ABMNRSWQbdo\n")), max_size=80),
    strictness=st.sampled_from(list(Strictness)),
)
def test_findings_always_match_the_text_and_redaction_removes_them(
    text: str, strictness: Strictness
) -> None:
    findings = find_identifiers(text, strictness)
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text
    redacted = redact(text, findings)
    assert redacted.count(REDACTED) == len(findings)
    assert len(redacted) == len(text) + sum(len(REDACTED) - len(f.text) for f in findings)
