"""The patient-confidentiality guard: spot likely patient identifiers in typed notes.

Medical students write about placements, and a note that names a patient's NHS
number, hospital number, date of birth or home postcode must not be kept by
accident. :func:`find_identifiers` says what looks like such an identifier and
why; :func:`redact` takes the findings out. Nothing is ever blocked: the caller
warns, and the user decides.

How eager the guard is depends on :class:`Strictness`:

- ``off`` finds nothing.
- ``normal`` flags only what is identifying in context, so ordinary notes stay
  quiet: a 10-digit number written 3-3-4 (``943 476 5919``) whose Modulus 11
  check digit is valid and which does not start with 0 (UK phone numbers do;
  NHS numbers in England and Wales do not), or any valid 10-digit number just
  after "NHS"/"CHI"; a number just after "MRN", "hospital number", "patient
  number" …; a date with a year just after "DOB", "date of birth" or "born";
  a UK postcode within a few words of "patient", "bed", "ward", "bay",
  "address" or "lives".
- ``strict`` adds the bare cases: any 10-digit number with a valid check digit
  however it is written (a 10-digit phone number with a valid check digit is
  flagged too — about one in eleven are), a 10-digit number after "NHS" even
  when its check digit is wrong (a typo is still an identifier), any postcode
  written in capitals, and a full date right after a patient-style name
  ("Mrs Patel 12/03/1954"; not "Dr", who is usually a colleague).

Phone numbers such as ``07700 900123`` or ``+44 20 7946 0958`` are never NHS
numbers: they are 11 digits, and a run of digits that carries on (``44 207 946
0958``) is not read as a 10-digit number at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

REDACTED = "[redacted]"
CONTEXT_WORDS = 6  # how near a postcode's context word must be, in words either side
NHS_CONTEXT_WORDS = 4  # how near "NHS" must come before the number, in words


class Strictness(StrEnum):
    """How eagerly the guard flags things (the setting ``privacy/patient_guard``)."""

    OFF = "off"
    NORMAL = "normal"
    STRICT = "strict"

    @classmethod
    def from_setting(cls, value: object) -> Strictness:
        """Read a stored setting; anything unknown means ``normal``."""
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            return cls.NORMAL


class IdentifierKind(StrEnum):
    """What sort of patient identifier a finding looks like."""

    NHS_NUMBER = "nhs_number"
    HOSPITAL_NUMBER = "hospital_number"
    DATE_OF_BIRTH = "date_of_birth"
    POSTCODE = "postcode"


@dataclass(frozen=True)
class Finding:
    """One likely identifier: what kind, where (``text[start:end]``), and why it was flagged."""

    kind: IdentifierKind
    start: int
    end: int
    text: str
    why: str


def nhs_check_digit_ok(digits: str) -> bool:
    """Whether ten digits end in a valid NHS Modulus 11 check digit.

    The published algorithm: weight the first nine digits 10 down to 2, sum,
    take ``11 - (sum mod 11)``; 11 means a check digit of 0, and 10 means no
    valid number has these nine digits.
    """
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


# --- the patterns --------------------------------------------------------------------------

# Ten digits, plain or 3-3-4 with one kind of separator, that are not part of a longer
# number (a digit, "+", "." or a separated digit before; a digit or a separated digit after).
_TEN_DIGITS = re.compile(
    r"(?<![0-9+.])(?<![0-9][ -])"
    r"(?P<number>[0-9]{3}(?P<sep>[ -]?)[0-9]{3}(?P=sep)[0-9]{4})"
    r"(?![0-9])(?![ -][0-9])"
)
_NHS_CONTEXT = re.compile(r"\b(?:NHS|CHI)\b", re.IGNORECASE)

_HOSPITAL_NUMBER = re.compile(
    r"(?<![A-Za-z])(?:MRN|M\.R\.N\.?|hosp(?:ital)?\.?\s*(?:no\b\.?|number|num\b\.?|id\b)"
    r"|(?:patient|pt|unit|case|PAS)\s*(?:no\b\.?|number|num\b\.?|id\b))"
    r"\s*(?:[:#=]|is\b)?\s*"
    r"(?P<id>\b[A-Za-z]{0,4}[0-9]{4,10}[A-Za-z]?\b)",
    re.IGNORECASE,
)

_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:[0-9]{4}|[0-9]{2})"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+[0-9]{{4}}"
    rf"|{_MONTH}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+[0-9]{{4}})"
    r"(?![0-9])"
)
_DOB = re.compile(
    r"(?<![A-Za-z])(?P<label>d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s?date|born(?:\s+on)?)"
    rf"\s*[:=(-]?\s*(?P<date>{_DATE})",
    re.IGNORECASE,
)
# A patient-style name (a title and one or two capitalised words) right before a date.
_NAMED_DATE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Master)\.?\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?"
    rf"\s*[,(]?\s*(?P<date>{_DATE})"
)

_POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])(?P<code>GIR\s?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]?\s?[0-9][ABD-HJLNP-UW-Z]{2})"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_POSTCODE_CONTEXT = re.compile(
    r"^(?:patients?|pts?|beds?|wards?|bays?|cubicle|address|lives|living|resident|home)$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")


# --- finding -----------------------------------------------------------------------------


def find_identifiers(text: str, strictness: Strictness) -> list[Finding]:
    """Return what in ``text`` looks like a patient identifier, in order, none overlapping."""
    if strictness == Strictness.OFF or not text:
        return []
    strict = strictness == Strictness.STRICT
    found = [
        *_nhs_numbers(text, strict),
        *_hospital_numbers(text),
        *_dates_of_birth(text, strict),
        *_postcodes(text, strict),
    ]
    # The earliest and longest wins where two overlap ("MRN 9434765919" is one finding).
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[Finding] = []
    for finding in found:
        if not kept or finding.start >= kept[-1].end:
            kept.append(finding)
    return kept


def _nhs_numbers(text: str, strict: bool) -> list[Finding]:
    found = []
    for match in _TEN_DIGITS.finditer(text):
        number = match.group("number")
        digits = re.sub(r"[ -]", "", number)
        valid = nhs_check_digit_ok(digits)
        labelled = _near_before(text, match.start(), _NHS_CONTEXT, NHS_CONTEXT_WORDS)
        spaced = bool(match.group("sep"))
        why = ""
        if valid and labelled:
            why = "a 10-digit number with a valid NHS check digit, after “NHS”"
        elif valid and spaced and not digits.startswith("0"):
            why = "written like an NHS number (3 3 4 digits) with a valid check digit"
        elif strict and valid:
            why = "a 10-digit number with a valid NHS check digit"
        elif strict and labelled:
            why = "a 10-digit number after “NHS” (its check digit does not match)"
        if why:
            found.append(
                Finding(IdentifierKind.NHS_NUMBER, match.start(), match.end(), number, why)
            )
    return found


def _hospital_numbers(text: str) -> list[Finding]:
    return [
        Finding(
            IdentifierKind.HOSPITAL_NUMBER,
            match.start("id"),
            match.end("id"),
            match.group("id"),
            "a number after “MRN”, “hospital number” or “patient number”",
        )
        for match in _HOSPITAL_NUMBER.finditer(text)
    ]


def _dates_of_birth(text: str, strict: bool) -> list[Finding]:
    found = [
        Finding(
            IdentifierKind.DATE_OF_BIRTH,
            match.start("date"),
            match.end("date"),
            match.group("date"),
            f"a date after “{' '.join(match.group('label').split())}”",
        )
        for match in _DOB.finditer(text)
    ]
    if strict:
        found += [
            Finding(
                IdentifierKind.DATE_OF_BIRTH,
                match.start("date"),
                match.end("date"),
                match.group("date"),
                "a full date right after a patient's name",
            )
            for match in _NAMED_DATE.finditer(text)
        ]
    return found


def _postcodes(text: str, strict: bool) -> list[Finding]:
    found = []
    for match in _POSTCODE.finditer(text):
        code = match.group("code")
        if _near(text, match.start(), match.end(), _POSTCODE_CONTEXT, CONTEXT_WORDS):
            why = "a postcode near “patient”, “bed”, “ward” or “bay”"
        elif strict and code.isupper():
            why = "a UK postcode"
        else:
            continue
        found.append(Finding(IdentifierKind.POSTCODE, match.start(), match.end(), code, why))
    return found


def _near_before(text: str, start: int, pattern: re.Pattern[str], words: int) -> bool:
    """Whether ``pattern`` occurs among the last ``words`` words before ``start``."""
    before = text[max(0, start - 200) : start].split()[-words:]
    return any(pattern.search(word) for word in before)


def _near(text: str, start: int, end: int, pattern: re.Pattern[str], words: int) -> bool:
    """Whether a word matching ``pattern`` is within ``words`` words either side."""
    before = text[max(0, start - 300) : start].split()[-words:]
    after = text[end : end + 300].split()[:words]
    for token in (*before, *after):
        if any(pattern.match(word) for word in _WORD.findall(token)):
            return True
    return False


# --- redacting ---------------------------------------------------------------------------


def redact(text: str, findings: list[Finding]) -> str:
    """Return ``text`` with each finding replaced by ``[redacted]``.

    Overlapping findings are redacted as one; findings that no longer match the
    text (it changed since they were found) are left alone.
    """
    spans: list[list[int]] = []
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if text[finding.start : finding.end] != finding.text:
            continue
        if spans and finding.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], finding.end)
        else:
            spans.append([finding.start, finding.end])
    pieces = []
    position = 0
    for start, end in spans:
        pieces += [text[position:start], REDACTED]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
