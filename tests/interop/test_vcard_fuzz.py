"""Whatever bytes arrive, the vCard reader raises nothing but ImportFormatError.

Bad cards become RecordErrors; what it does read is always fit to store: text
without undecoded bytes, contact kinds the journal knows, a name to show, and
kept lines that are single content lines.
"""

from __future__ import annotations

import base64

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from networkjournal.interop.vcard import read_vcards
from networkjournal.interop.vcard_syntax import parse_content_line
from networkjournal.store.contacts import CONTACT_KINDS
from networkjournal.store.imported import ImportFormatError, ParseResult

FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_or_refuse(data: bytes) -> ParseResult | None:
    """Read ``data``; None when the reader refused the whole file (the one error it may raise)."""
    try:
        result = read_vcards(data, "fuzz.vcf")
    except ImportFormatError as refused:
        assert refused.source == "fuzz.vcf"
        assert refused.line == 1
        return None
    check(result, lines=data.count(b"\n") + data.count(b"\r") + 1)
    return result


def check(result: ParseResult, lines: int) -> None:
    for contact in result.contacts:
        assert contact.name().strip()
        assert 1 <= contact.line <= lines
        texts = [
            contact.uid or "",
            contact.given_name,
            contact.family_name,
            contact.display_name,
            contact.nickname,
            contact.headline,
            contact.organisation,
            contact.notes,
            *contact.categories,
            *(text for pair in contact.related for text in pair),
            *(text for m in contact.contacts for text in (m.value, m.label)),
            *contact.extra,
        ]
        for text in texts:
            text.encode("utf-8")  # no surrogate escapes left: SQLite would refuse them
        assert all(m.kind in CONTACT_KINDS and m.value for m in contact.contacts)
        for line in contact.extra:
            assert "\n" not in line and "\r" not in line
            assert parse_content_line(1, line) is not None
    for error in result.errors:
        assert error.source == "fuzz.vcf"
        assert 1 <= error.line <= lines
        assert error.message


@FUZZ
@given(st.binary(max_size=2000))
def test_any_bytes(data: bytes) -> None:
    read_or_refuse(data)


@FUZZ
@given(st.text(max_size=2000))
def test_any_text_inside_a_card(text: str) -> None:
    result = read_or_refuse(
        f"BEGIN:VCARD\r\n{text}\r\nEND:VCARD\r\n".encode("utf-8", "surrogatepass")
    )
    assert result is not None
    assert len(result.contacts) + len(result.errors) >= 1


# Pieces real cards are made of, and the ways exporters break them, shuffled together.
_NAMES = st.sampled_from([
    "FN", "N", "NICKNAME", "ORG", "TITLE", "NOTE", "CATEGORIES", "UID", "BDAY", "PHOTO", "EMAIL",
    "TEL", "URL", "IMPP", "X-SOCIALPROFILE", "X-JABBER", "X-TWITTER", "X-ABLabel",
    "X-ABRELATEDNAMES", "RELATED", "KIND", "ADR", "VERSION", "BEGIN", "END", "LABEL", "X-Y",
])  # fmt: skip
_PARAMS = st.sampled_from(
    [
        "",
        ";TYPE=work",
        ";type=HOME;type=pref",
        ";CELL;PREF",
        ";PREF=1",
        ";ENCODING=QUOTED-PRINTABLE",
        ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE",
        ";CHARSET=unicode_escape;QUOTED-PRINTABLE",
        ";CHARSET=rot13",
        ";CHARSET=utf-7",
        ";ENCODING=b",
        ";BASE64",
        ";VALUE=text",
        ";VALUE=uri",
        ';X-SERVICE-TYPE="a:b;c"',
        ";X-APPLE-OMIT-YEAR=1604",
        ';LABEL="unclosed',
        ";X=^n^'^^",
        ";;;",
        "=",
    ]
)
_VALUES = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "",
            "=",
            "=C3=91=",
            "=80=FF=ZZ",
            "data:image/png;base64,iVBORw0KGgo=",
            "data:image/png;base64\\,iVBO",
            "data:,%FF%00",
            "data:",
            base64.b64encode(bytes(range(40))).decode(),
            "a\\",
            "\\\\\\,\\;\\n",
            "--1221",
            "16040229",
            "0000-02-30",
            "99999999",
            "group",
            "tel:+1;ext=",
            "x-apple:",
            "xmpp:",
            "http://",
            "https://www.linkedin.com/in/",
            "_$!<>!$_",
            "mailto:@",
            ";;;;",
            ",,,",
            "urn:uuid:1",
        ]
    ),
)
_GROUPS = st.sampled_from(["", "item1.", "ITEM1.", "a.b.", ".", "item\u00e9."])
_BREAKS = st.sampled_from(
    ["\r\n", "\n", "\r", "\r\r\n", "\r\n ", "\r\n\t", "=\r\n", "\r\n\r\n", "\n\n"]
)


@st.composite
def _cards(draw: st.DrawFn, encodings: tuple[str, ...] = ("utf-8", "utf-16", "cp1252")) -> bytes:
    lines = ["BEGIN:VCARD"] if draw(st.booleans()) else []
    for _ in range(draw(st.integers(0, 12))):
        line = draw(_GROUPS) + draw(_NAMES) + draw(_PARAMS) + ":" + draw(_VALUES)
        lines.append(line)
        if draw(st.integers(0, 5)) == 0:
            lines.append(draw(st.sampled_from(["BEGIN:VCARD", "END:VCARD", "end:vcard", ""])))
    if draw(st.booleans()):
        lines.append("END:VCARD")
    text = ""
    for line in lines:
        if line and draw(st.integers(0, 4)) == 0:
            cut = draw(st.integers(0, len(line)))
            line = line[:cut] + draw(_BREAKS) + line[cut:]
        text += line + draw(_BREAKS)
    encoding = draw(st.sampled_from(encodings))
    data = (
        text.encode(encoding, "replace")
        if encoding != "utf-8"
        else text.encode("utf-8", "surrogatepass")
    )
    if draw(st.integers(0, 6)) == 0 and data:
        at = draw(st.integers(0, len(data) - 1))  # a byte cut, as a fold can cut a character
        data = data[:at] + data[at + 1 :]
    return data


@FUZZ
@given(_cards())
def test_card_shaped_garbage(data: bytes) -> None:
    read_or_refuse(data)


@FUZZ
@given(st.lists(_cards(encodings=("utf-8", "cp1252")), min_size=2, max_size=4))
def test_good_cards_survive_among_broken_ones(broken: list[bytes]) -> None:
    good = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Still Here\r\nEND:VCARD\r\n"
    data = b"".join(part + b"\r\n" + good for part in broken)
    result = read_or_refuse(data)
    assert result is not None
    assert sum(c.display_name == "Still Here" for c in result.contacts) >= 1
