"""The lines of a vCard file, before they mean anything: text, unfolding, properties, escapes.

Every exporter bends RFC 2425/2426/6350 somewhere, so reading is tolerant:
any line ending (CRLF, LF, CR, and iOS's CR CR LF); folds with a space or a
tab; vCard 2.1's quoted-printable soft breaks, whose continuation is not
indented; base64 blocks whose lines are not indented, ended by a blank line;
bare 2.1 parameters (``TEL;CELL;PREF``); RFC 6868 caret escapes in parameter
values.  A fold may even cut a UTF-8 character in two, so bytes that are not
UTF-8 are carried as surrogate escapes until the line is whole, then decoded
(declared CHARSET, else UTF-8, else Windows-1252).

Everything here is linear in the size of the input: plain string methods, and
the few regular expressions have no nested repetition to backtrack through.
"""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

CRLF = "\r\n"
MAX_LINE_OCTETS = 75

_NAME = re.compile(r"[A-Za-z0-9_-]+")
_SURROGATE = re.compile("[\udc80-\udcff]")
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]+")
_CHARSET_PARAM = re.compile(r";\s*CHARSET=\"?([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)
# Separators outside double quotes: a quoted run is matched (and skipped) whole.
_SEMICOLON_OUTSIDE_QUOTES = re.compile(r'"[^"]*"?|;')
_COMMA_OUTSIDE_QUOTES = re.compile(r'"[^"]*"?|,')
_COLON_OUTSIDE_QUOTES = re.compile(r'"[^"]*"?|:')
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_ESCAPE_OR = {sep: re.compile(r"\\.|" + sep, re.DOTALL) for sep in (";", ",")}
_CARET = re.compile(r"\^(.)", re.DOTALL)
_UNESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\", '"': '"'}
_CARETS = {"n": "\n", "'": '"', "^": "^"}
# vCard 2.1 wrote parameters without names; these are encodings, every other one a type.
_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
_LEGACY_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"}
# Translate base64url to base64 and delete everything outside the alphabet (padding too).
_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_TABLE = bytes.maketrans(b"-_", b"+/")
_B64_DELETE = bytes(b for b in range(256) if b not in _B64_ALPHABET and b not in b"-_")

_NOT_CHARSETS = {"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined"}

_PLAIN, _QUOTED_PRINTABLE, _BASE64 = 0, 1, 2


@dataclass(slots=True)
class ContentLine:
    """One property of a card: ``group.NAME;PARAM=value:value``, unfolded."""

    line: int  # where it starts in the file (1-based)
    text: str  # the whole unfolded line, as the file wrote it
    group: str  # "" when the property has none
    name: str  # upper case
    params: dict[str, list[str]] = field(default_factory=dict)  # names upper case
    value: str = ""  # still escaped, and still quoted-printable when the line says so
    encoding: str = ""  # the ENCODING parameter in upper case ("" when none)
    legacy: bool = False  # uses vCard 2.1 syntax that 3.0/4.0 do not allow

    def param(self, name: str) -> str:
        """Return the first value of a parameter, or ""."""
        values = self.params.get(name)
        return values[0] if values else ""

    def types(self) -> list[str]:
        """Return the TYPE values in lower case, in the order written.

        A quoted list (``TYPE="work,voice"``, RFC 6350's own example) is a list too.
        """
        types = self.params.get("TYPE", ())
        return [t.strip().lower() for v in types for t in v.split(",") if t.strip()]

    @property
    def is_quoted_printable(self) -> bool:
        """Whether the value is quoted-printable (vCard 2.1)."""
        return self.encoding == "QUOTED-PRINTABLE"

    @property
    def is_base64(self) -> bool:
        """Whether the value is base64 (``ENCODING=b`` or 2.1's ``BASE64``)."""
        return self.encoding in ("B", "BASE64")

    def text_value(self) -> str:
        """Return the value decoded from quoted-printable and its charset, still escaped."""
        if not self.is_quoted_printable:
            return self.value
        data = binascii.a2b_qp(self.value.encode("utf-8", "surrogateescape"))
        return decode_bytes(data, self.param("CHARSET"))


def decode_file(data: bytes) -> tuple[str, bool]:
    """Return a file's text, and whether some bytes were not UTF-8.

    Those bytes are kept as surrogate escapes, to be decoded once their line
    is unfolded (:func:`logical_lines` does it).  UTF-16 is recognised by its
    byte-order mark or by the NUL bytes of ``BEGIN``.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), False
    elif data.startswith(b"B\x00"):
        return data.decode("utf-16-le", "replace"), False
    elif data.startswith(b"\x00B"):
        return data.decode("utf-16-be", "replace"), False
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode("utf-8", "surrogateescape"), True


def _charset_codec(charset: str) -> str:
    """Return Python's codec for a CHARSET parameter, or "" when it names no character set."""
    if not charset:
        return ""
    try:
        info = codecs.lookup(charset)
    except (LookupError, ValueError):
        return ""
    # Codecs that are not character sets: bytes-to-bytes ones, and those that read escapes.
    text_encoding = getattr(info, "_is_text_encoding", True)
    return info.name if text_encoding and info.name not in _NOT_CHARSETS else ""


def decode_bytes(data: bytes, charset: str = "") -> str:
    """Decode a value's bytes: the declared charset, else UTF-8, else Windows-1252.

    A declared UTF-8 that is not quite UTF-8 keeps its good characters (one
    stray byte becomes U+FFFD rather than the whole name turning to mojibake).
    """
    codec = _charset_codec(charset)
    if codec == "utf-8":
        return data.decode("utf-8", "replace")
    if codec:
        try:
            text = data.decode(codec)
            text.encode("utf-8")  # UTF-7 and UTF-16 can make lone surrogates
            return text
        except UnicodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _repair(line: str) -> str:
    """Decode the raw bytes a line carries as surrogate escapes, now that it is whole."""
    if not _SURROGATE.search(line):
        return line
    header_end = line.find(":")
    match = _CHARSET_PARAM.search(line, 0, header_end if header_end >= 0 else len(line))
    return decode_bytes(line.encode("utf-8", "surrogateescape"), match[1] if match else "")


def _mode(line: str) -> int:
    """Say how the value of a line that starts a property continues past its end."""
    colon = line.find(":")
    header = (line if colon < 0 else line[:colon]).upper()
    if "QUOTED-PRINTABLE" in header:
        return _QUOTED_PRINTABLE
    if "BASE64" in header or "ENCODING=B" in header:
        return _BASE64
    return _PLAIN


def _is_card_boundary(line: str) -> bool:
    return len(line) < 24 and "".join(line.split()).upper() in ("BEGIN:VCARD", "END:VCARD")


def logical_lines(text: str, repair: bool = False) -> Iterator[tuple[int, str]]:
    """Yield (line number, unfolded line) for every property line; blank lines are skipped.

    A line continues on the next when it is quoted-printable and ends with a
    soft break ``=``, whatever the next line is (unless blank or a card
    boundary); when the next line starts with a space or a tab (one of which
    is removed), unless this line is BEGIN:VCARD or END:VCARD; when it is
    base64 and the next line holds only base64 characters.  A blank line ends
    any line.  ``repair`` decodes the bytes :func:`decode_file` could not.
    """
    if "\r" in text:
        text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    pieces: list[str] = []
    start = 0
    mode = _PLAIN
    for number, line in enumerate(text.split("\n"), 1):
        if pieces:
            # After a quoted-printable soft break the next line is content, indent and all.
            if (
                mode == _QUOTED_PRINTABLE
                and pieces[-1].endswith("=")
                and line
                and not _is_card_boundary(line)
            ):
                pieces[-1] = pieces[-1][:-1]
                pieces.append(line)
                continue
            if line[:1] in (" ", "\t") and not (len(pieces) == 1 and _is_card_boundary(pieces[0])):
                pieces.append(line[1:])
                continue
            if mode == _BASE64 and line and _BASE64_LINE.fullmatch(line):
                pieces.append(line)
                continue
            whole = "".join(pieces)
            yield start, _repair(whole) if repair else whole
            pieces = []
        if not line or line.isspace():
            continue
        if line[0] in (" ", "\t"):
            line = line.lstrip()  # indented, with nothing before it to continue
        pieces = [line]
        start = number
        mode = _mode(line)
    if pieces:
        whole = "".join(pieces)
        yield start, _repair(whole) if repair else whole


def _split_outside_quotes(text: str, pattern: re.Pattern[str], sep: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in pattern.finditer(text):
        if match.group() == sep:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return parts


def _param_value(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        text = text[1:-1]
    if "^" in text:
        text = _CARET.sub(lambda m: _CARETS.get(m[1], m[0]), text)
    return text


def parse_content_line(number: int, text: str) -> ContentLine | None:
    """Split an unfolded line into group, name, parameters and value; None if it is no property.

    A line without a colon, or whose name is not a vCard name, is no property.
    """
    colon = text.find(":")
    if colon < 0:
        return None
    quoted = text.find('"', 0, colon) >= 0
    if quoted:
        colon = next((m.start() for m in _COLON_OUTSIDE_QUOTES.finditer(text) if m[0] == ":"), -1)
        if colon < 0:
            colon = text.find(":")
    header = text[:colon]
    if quoted:
        parts = _split_outside_quotes(header, _SEMICOLON_OUTSIDE_QUOTES, ";")
    else:
        parts = header.split(";")
    group, _, name = parts[0].strip().rpartition(".")
    if not _NAME.fullmatch(name) or (group and not _NAME.fullmatch(group)):
        return None
    line = ContentLine(number, text, group, name.upper(), value=text[colon + 1 :])
    for part in parts[1:]:
        key, equals, raw = part.partition("=")
        key = key.strip().upper()
        if not equals:
            if not key:
                continue
            line.legacy = True
            if key in _BARE_ENCODINGS:
                line.params.setdefault("ENCODING", []).append(key)
            else:
                line.params.setdefault("TYPE", []).append(key)
            continue
        if key == "CHARSET":
            line.legacy = True
        values = _split_outside_quotes(raw, _COMMA_OUTSIDE_QUOTES, ",") if "," in raw else [raw]
        line.params.setdefault(key, []).extend(_param_value(v) for v in values)
    if "ENCODING" in line.params:
        line.encoding = line.params["ENCODING"][0].strip().upper()
        line.legacy = line.legacy or line.encoding in _LEGACY_ENCODINGS
    return line


def unescape(value: str) -> str:
    r"""Undo vCard text escapes: ``\n`` ``\,`` ``\;`` ``\:`` ``\\`` (and ``\"``); others stay."""
    if "\\" not in value:
        return value
    return _ESCAPED.sub(lambda m: _UNESCAPES.get(m[1], m[0]), value)


def split_escaped(value: str, sep: str) -> list[str]:
    """Split at every ``sep`` that is not escaped, and unescape the parts."""
    if "\\" not in value:
        return value.split(sep)
    parts: list[str] = []
    start = 0
    for match in _ESCAPE_OR[sep].finditer(value):
        if match.group() == sep:
            parts.append(unescape(value[start : match.start()]))
            start = match.end()
    parts.append(unescape(value[start:]))
    return parts


def escape(value: str, *, commas: bool = True) -> str:
    """Escape text for a property value; line breaks of any kind become ``\\n``."""
    value = value.replace("\\", "\\\\").replace(";", "\\;")
    if commas:
        value = value.replace(",", "\\,")
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\n", "\\n")


def quote_param(value: str) -> str:
    """Return a parameter value, quoted and caret-escaped (RFC 6868) when it needs to be."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("^", "^^").replace('"', "^'").replace("\n", "^n")
    return f'"{value}"' if any(c in value for c in ",;:") else value


def normalised_line(line: ContentLine) -> str:
    """Return a line as vCard 3.0/4.0 syntax: 2.1's bare parameters, charsets and encodings undone.

    Lines that use none of them are returned exactly as read.
    """
    if not line.legacy:
        return line.text
    params: list[str] = []
    for key, values in line.params.items():
        if key == "CHARSET" or (key == "ENCODING" and not line.is_base64):
            continue
        if key == "ENCODING":
            params.append("ENCODING=b")
        else:
            params.append(f"{key}={','.join(quote_param(v) for v in values)}")
    if line.is_quoted_printable:
        value = line.text_value().replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    elif line.is_base64:
        value = "".join(line.value.split())
    else:
        value = line.value
    name = line.text.split(":", 1)[0].split(";", 1)[0].strip()
    return ";".join([name, *params]) + ":" + value


def decode_base64(text: str) -> bytes:
    """Decode base64 however it was wrapped: whitespace, base64url and missing padding forgiven."""
    data = text.encode("ascii", "ignore").translate(_B64_TABLE, _B64_DELETE)
    if len(data) % 4 == 1:
        data = data[:-1]  # a stray last character carries no whole byte
    return binascii.a2b_base64(data + b"=" * (-len(data) % 4))


def fold(line: str) -> str:
    """Fold a content line so no physical line exceeds 75 octets (CRLF not counted).

    Breaks fall between characters, never inside a UTF-8 sequence; each
    continuation starts with a space, which counts towards its 75.
    """
    if line.isascii():
        if len(line) <= MAX_LINE_OCTETS:
            return line
        rest = MAX_LINE_OCTETS - 1
        pieces = [line[:MAX_LINE_OCTETS]]
        pieces += [" " + line[i : i + rest] for i in range(MAX_LINE_OCTETS, len(line), rest)]
        return CRLF.join(pieces)
    if len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        return line
    pieces = []
    current: list[str] = []
    size = 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > MAX_LINE_OCTETS:
            pieces.append("".join(current))
            current, size = [" "], 1
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return CRLF.join(pieces)
