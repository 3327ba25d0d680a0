"""vCard files in and out: our own tolerant reader (2.1, 3.0, 4.0) and a 4.0 or 3.0 writer.

Reading keeps what the journal understands — names, nickname, organisation
and title, birthday, photo, notes, categories, related people, UID and every
way to reach someone — and keeps every other property as its unfolded line in
``extra``, so an export gives it back.  Lines that use vCard 2.1's syntax
(bare parameters, quoted-printable, CHARSET) are kept in 3.0/4.0 syntax,
because that is what the writer produces around them.

One bad card costs only itself: a card without END:VCARD, or with nothing to
call the person by, becomes a :class:`RecordError` naming the file and the
line of its BEGIN, and the other cards are read.  A file with no card at all
raises :class:`ImportFormatError`.  Nothing else is ever raised, whatever the
bytes (``tests/interop/test_vcard_fuzz.py``).

The writer folds at 75 octets, escapes text, gives photos as ``data:`` URIs
(4.0) or ``ENCODING=b`` (3.0), writes a birthday without its year as
``--MMDD`` (4.0) or ``--MM-DD`` (3.0), and labels methods the way Apple's
and Google's address books read them (``itemN.X-ABLabel``).
"""

from __future__ import annotations

import base64
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote_to_bytes

from networkjournal import __version__
from networkjournal.interop.vcard_methods import (
    METHOD_PROPERTIES,
    apple_label,
    read_method,
    write_method,
)
from networkjournal.interop.vcard_syntax import (
    CRLF,
    ContentLine,
    decode_base64,
    decode_file,
    escape,
    fold,
    logical_lines,
    normalised_line,
    parse_content_line,
    split_escaped,
    unescape,
)
from networkjournal.store.imported import (
    ImportedContact,
    ImportFormatError,
    ParseResult,
    RecordError,
)
from networkjournal.store.partial_dates import PartialDate, PartialDateError
from networkjournal.store.people import ContactMethodData, PersonData

PRODID = f"-//Network Journal//Network Journal {__version__}//EN"
VERSIONS = ("4.0", "3.0")

_BIRTHDAY_FORMS = (
    re.compile(r"(?P<year>\d{4})-?(?P<month>\d{2})-?(?P<day>\d{2})"),  # 19921221, 1992-12-21
    re.compile(r"--(?P<month>\d{2})-?(?P<day>\d{2})"),  # --1221, --12-21
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})"),  # 1992-12
    re.compile(r"(?P<year>\d{4})"),
)
_DATE_PARTS = ("year", "month", "day")
_URI = re.compile(r"[a-z][a-z0-9+.-]*:\S+", re.IGNORECASE)
# Properties about the file rather than the person: not kept (PROFILE:VCARD, from
# RFC 2425, is one more way of saying "this is a vCard", and vobject refuses it).
_DROPPED = {"VERSION", "PRODID", "REV", "PROFILE"}
_NEVER_GIVEN_BACK = {"BEGIN", "END", *_DROPPED}
# Apple's companions of a grouped property: they go where their property goes.
_COMPANIONS = {"X-ABLABEL", "X-ABADR"}
_RELATED_PROPERTIES = {
    "X-EVOLUTION-SPOUSE": "spouse",
    "X-MS-SPOUSE": "spouse",
    "X-SPOUSE": "spouse",
    "X-EVOLUTION-MANAGER": "manager",
    "X-MS-MANAGER": "manager",
    "X-MANAGER": "manager",
    "X-EVOLUTION-ASSISTANT": "assistant",
    "X-MS-ASSISTANT": "assistant",
    "X-ASSISTANT": "assistant",
}
# RFC 6350's RELATED types; another kind is written as a label.
_RELATED_TYPES = {
    "contact", "acquaintance", "friend", "met", "co-worker", "colleague", "co-resident",
    "neighbor", "child", "parent", "sibling", "spouse", "kin", "muse", "crush", "date",
    "sweetheart", "me", "agent", "emergency",
}  # fmt: skip
# Apple's own relation labels (written _$!<Spouse>!$_ in 3.0).
_APPLE_RELATIONS = {
    "spouse", "child", "mother", "father", "parent", "brother", "sister", "friend",
    "manager", "assistant", "partner",
}  # fmt: skip
_IMAGE_TYPES = (
    (b"\xff\xd8\xff", "JPEG", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "PNG", "image/png"),
    (b"GIF8", "GIF", "image/gif"),
    (b"BM", "BMP", "image/bmp"),
)


@dataclass
class VCardPerson:
    """One person as the writer puts them in a card; the exporter builds these from the journal."""

    uid: str | None = None
    given_name: str = ""
    family_name: str = ""
    display_name: str = ""
    nickname: str = ""
    headline: str = ""  # TITLE
    organisations: list[str] = field(default_factory=list)  # one ORG each
    birthday: PartialDate | None = None
    notes: str = ""
    photo: bytes | None = None
    contacts: list[ContactMethodData] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)  # tags (and networks, if wanted)
    related: list[tuple[str, str]] = field(default_factory=list)  # (kind, name or URI)
    extra: list[str] = field(default_factory=list)  # kept lines (Person.extra), given back

    @classmethod
    def from_person(
        cls,
        data: PersonData,
        *,
        uid: str | None = None,
        organisations: Iterable[str] = (),
        categories: Iterable[str] = (),
        related: Iterable[tuple[str, str]] = (),
        extra: Iterable[str] = (),
    ) -> VCardPerson:
        """Return the card of a person as the editor holds them, with what lives elsewhere."""
        return cls(
            uid=uid,
            given_name=data.given_name,
            family_name=data.family_name,
            display_name=data.display_name,
            nickname=data.nickname,
            headline=data.headline,
            organisations=list(organisations),
            birthday=data.birthday,
            notes=data.notes,
            photo=data.photo,
            contacts=list(data.contacts),
            categories=list(categories),
            related=list(related),
            extra=list(extra),
        )


# --- reading ------------------------------------------------------------------------------


def read_vcards(data: bytes, source: str) -> ParseResult:
    """Read every card of a vCard file (2.1, 3.0 or 4.0, any mix).

    Raises :class:`ImportFormatError` only when the file holds no card at all;
    a card that cannot be read is a :class:`RecordError` in the result.
    """
    text, repair = decode_file(data)
    result = ParseResult()
    card: list[tuple[int, str]] | None = None
    begin = stray = 0
    found = False
    for number, line in logical_lines(text, repair):
        word = "".join(line.split()).upper() if len(line) < 24 else ""
        if word == "BEGIN:VCARD":
            if card is not None:
                result.errors.append(_cut_short(source, begin))
            if stray:
                result.errors.append(_outside(source, stray))
            card, begin, stray, found = [], number, 0, True
        elif word == "END:VCARD":
            if card is not None:
                read = _read_card(source, begin, card)
                if isinstance(read, RecordError):
                    result.errors.append(read)
                else:
                    result.contacts.append(read)
            card = None  # a second END is harmless
        elif card is not None:
            card.append((number, line))
        elif not stray and parse_content_line(number, line) is not None:
            stray = number
    if card is not None:
        result.errors.append(_cut_short(source, begin))
    if not found:
        what = "the file is empty" if not text.strip() else "no line says BEGIN:VCARD"
        raise ImportFormatError(source, 1, f"this is not a vCard file: {what}")
    if stray:
        result.errors.append(_outside(source, stray))
    return result


def _cut_short(source: str, line: int) -> RecordError:
    return RecordError(source, line, "this card has no END:VCARD: it was cut short and skipped")


def _outside(source: str, line: int) -> RecordError:
    return RecordError(source, line, "these lines are outside any card and were skipped")


def _read_card(
    source: str, begin: int, raw: list[tuple[int, str]]
) -> ImportedContact | RecordError:
    lines = [p for number, text in raw if (p := parse_content_line(number, text)) is not None]
    return _CardReader(source, begin, lines).read()


class _CardReader:
    """What one card says about a person, property by property."""

    def __init__(self, source: str, begin: int, lines: list[ContentLine]) -> None:
        self.source, self.begin, self.lines = source, begin, lines
        self.contact = ImportedContact(source, begin)
        self.group_labels = {
            line.group.lower(): apple_label(unescape(line.text_value()))
            for line in lines
            if line.name == "X-ABLABEL" and line.group
        }
        self.formatted_name: str | None = None
        self.name_parts: list[str] | None = None
        self.nicknames: list[str] = []
        self.notes: list[str] = []
        self.kind = ""
        self.methods: dict[tuple[str, str], ContactMethodData] = {}

    def read(self) -> ImportedContact | RecordError:
        """Return the person the card describes, or why it cannot be imported."""
        taken = [self._take(line) for line in self.lines]
        contact = self.contact
        contact.extra = self._kept(taken)
        contact.contacts = list(self.methods.values())
        contact.nickname = ", ".join(dict.fromkeys(self.nicknames))
        contact.notes = "\n\n".join(self.notes)
        if self.name_parts:
            parts = [*self.name_parts, ""]
            contact.family_name, contact.given_name = _clean(parts[0]), _clean(parts[1])
        composed = " ".join(p for p in (contact.given_name, contact.family_name) if p)
        formatted = _clean(self.formatted_name or "")
        # FN that only repeats the other names would go stale when they are edited.
        if formatted != (composed or contact.nickname):
            contact.display_name = formatted
        if self.kind == "group":
            name = f" ({contact.name()})" if contact.name() else ""
            return RecordError(self.source, self.begin, f"this card is a group{name}, not a person")
        if not contact.name():
            fallback = self._name_from_methods()
            if not fallback:
                return RecordError(
                    self.source,
                    self.begin,
                    "this card has no name, email address, organisation or phone number",
                )
            contact.display_name = fallback
        return contact

    def _name_from_methods(self) -> str:
        """Return what to call someone whose card has no name: an email, organisation or phone."""
        methods = self.contact.contacts
        email = next((m.value for m in methods if m.kind == "email"), "")
        phone = next((m.value for m in methods if m.kind == "phone"), "")
        return email or self.contact.organisation or phone

    def _kept(self, taken: list[bool]) -> list[str]:
        """Return the lines not taken into fields; a label goes where its property goes."""
        grouped: set[str] = set()
        kept_groups: set[str] = set()
        for line, was_taken in zip(self.lines, taken, strict=True):
            if line.group and line.name not in _COMPANIONS:
                grouped.add(line.group.lower())
                if not was_taken:
                    kept_groups.add(line.group.lower())
        kept: list[str] = []
        for line, was_taken in zip(self.lines, taken, strict=True):
            if line.name in _COMPANIONS:
                group = line.group.lower()
                keep = not group or group in kept_groups or group not in grouped
            else:
                keep = not was_taken
            if keep:
                kept.append(normalised_line(line))
        return kept

    def _take(self, line: ContentLine) -> bool:
        """Put a property into the contact; False when it is kept as a line instead."""
        name = line.name
        if name in _DROPPED:
            return True
        if name in METHOD_PROPERTIES:
            method = read_method(line, self.group_labels)
            if method is not None:
                key = (method.kind, method.value.casefold())
                if key in self.methods:
                    self.methods[key].preferred |= method.preferred
                else:
                    self.methods[key] = method
            return True
        reader = _TAKERS.get(name)
        return reader(self, line) if reader is not None else False

    def _text(self, line: ContentLine) -> str:
        return unescape(line.text_value()).strip()

    def _formatted_name(self, line: ContentLine) -> bool:
        if self.formatted_name is not None:
            return False  # another language's, or a second one: kept
        self.formatted_name = self._text(line)
        return True

    def _name(self, line: ContentLine) -> bool:
        if self.name_parts is not None:
            return False
        self.name_parts = split_escaped(line.text_value(), ";")
        return True

    def _nickname(self, line: ContentLine) -> bool:
        self.nicknames += [
            n for n in (_clean(n) for n in split_escaped(line.text_value(), ",")) if n
        ]
        return True

    def _organisation(self, line: ContentLine) -> bool:
        units = [u for u in (_clean(u) for u in split_escaped(line.text_value(), ";")) if u]
        if not units:
            return True
        if self.contact.organisation:
            return False
        self.contact.organisation = units[0]
        return True

    def _title(self, line: ContentLine) -> bool:
        title = _clean(self._text(line))
        if title and self.contact.headline:
            return False
        self.contact.headline = self.contact.headline or title
        return True

    def _note(self, line: ContentLine) -> bool:
        note = self._text(line).replace("\r\n", "\n").replace("\r", "\n").strip()
        if note:
            self.notes.append(note)
        return True

    def _categories(self, line: ContentLine) -> bool:
        for category in split_escaped(line.text_value(), ","):
            category = _clean(category)
            if category and category not in self.contact.categories:
                self.contact.categories.append(category)
        return True

    def _uid(self, line: ContentLine) -> bool:
        self.contact.uid = self.contact.uid or self._text(line) or None
        return True

    def _birthday(self, line: ContentLine) -> bool:
        if self.contact.birthday is not None:
            return False
        self.contact.birthday = _birthday(line)
        return self.contact.birthday is not None

    def _photo(self, line: ContentLine) -> bool:
        if self.contact.photo is not None:
            return False
        self.contact.photo = _photo(line)
        return self.contact.photo is not None

    def _related(self, line: ContentLine) -> bool:
        value = self._text(line)
        if not value:
            return True
        group_label = self.group_labels.get(line.group.lower(), "") if line.group else ""
        if line.name == "RELATED":
            kind = next(iter(line.types()), group_label)
        else:
            kind = _RELATED_PROPERTIES.get(line.name, group_label)
        self.contact.related.append((kind, value))
        return True

    def _kind(self, line: ContentLine) -> bool:
        self.kind = self._text(line).lower()
        return False  # KIND:org stays with the person


_TAKERS: dict[str, Callable[[_CardReader, ContentLine], bool]] = {
    "FN": _CardReader._formatted_name,
    "N": _CardReader._name,
    "NICKNAME": _CardReader._nickname,
    "ORG": _CardReader._organisation,
    "TITLE": _CardReader._title,
    "NOTE": _CardReader._note,
    "CATEGORIES": _CardReader._categories,
    "UID": _CardReader._uid,
    "BDAY": _CardReader._birthday,
    "PHOTO": _CardReader._photo,
    "RELATED": _CardReader._related,
    "X-ABRELATEDNAMES": _CardReader._related,
    "KIND": _CardReader._kind,
    **{name: _CardReader._related for name in _RELATED_PROPERTIES},
}


def _clean(text: str) -> str:
    return " ".join(text.split())


def _birthday(line: ContentLine) -> PartialDate | None:
    """Read BDAY's forms; 1604 (and 0000), Apple's X-APPLE-OMIT-YEAR, mean the year is unknown."""
    if line.param("VALUE").strip().lower() == "text":
        return None
    date = unescape(line.text_value()).strip().split("T", 1)[0].strip()  # no time of day
    match = next((m for form in _BIRTHDAY_FORMS if (m := form.fullmatch(date))), None)
    if match is None:
        return None
    year, month, day = (int(p) if p else None for p in map(match.groupdict().get, _DATE_PARTS))
    omitted = line.param("X-APPLE-OMIT-YEAR").strip()
    if year in (0, 1604) or (omitted.isdigit() and year == int(omitted)):
        year = None
    try:
        return PartialDate(year, month, day)
    except PartialDateError:
        return None


def _photo(line: ContentLine) -> bytes | None:
    """Return a photo's bytes: base64 (2.1, 3.0) or a ``data:`` URI (4.0, and some 3.0)."""
    value = line.text_value().strip()
    if value[:5].lower() == "data:":
        header, comma, payload = unescape(value).partition(",")
        if not comma:
            return None
        if header.lower().endswith(";base64"):
            return decode_base64(payload) or None
        return unquote_to_bytes(payload.strip()) or None
    if line.is_base64:
        return decode_base64(value) or None
    return None  # a link to a photo elsewhere is kept as a line


# --- writing ------------------------------------------------------------------------------


def write_vcards(cards: list[VCardPerson], version: str = "4.0") -> str:
    """Return the cards as one vCard file (CRLF line ends, folded at 75 octets)."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version must be 4.0 or 3.0, not {version!r}")
    return "".join(fold(line) + CRLF for card in cards for line in _card_lines(card, version))


def _card_lines(person: VCardPerson, version: str) -> list[str]:
    kept = [line for line in person.extra if _can_give_back(line, person)]
    used = {line.split(":", 1)[0].split(";", 1)[0].rpartition(".")[0].lower() for line in kept}
    numbers = itertools.count(1)

    def free_group() -> str:
        return next(g for n in numbers if (g := f"item{n}") not in used)

    composed = " ".join(p for p in (person.given_name.strip(), person.family_name.strip()) if p)
    formatted = (
        person.display_name.strip()
        or composed
        or person.nickname.strip()
        or next((o for o in person.organisations if o.strip()), "")
    )
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"PRODID:{PRODID}"]
    if person.uid and person.uid.strip():
        lines.append(f"UID:{escape(person.uid.strip())}")
    lines.append(f"FN:{escape(formatted)}")
    lines.append(
        "N:" + ";".join([escape(person.family_name), escape(person.given_name), "", "", ""])
    )
    if person.nickname.strip():
        lines.append(f"NICKNAME:{escape(person.nickname.strip())}")
    lines += [f"ORG:{escape(o.strip())}" for o in person.organisations if o.strip()]
    if person.headline.strip():
        lines.append(f"TITLE:{escape(person.headline.strip())}")
    if person.birthday is not None:
        lines.append(f"BDAY:{_birthday_text(person.birthday, version)}")
    if person.photo:
        lines.append(_photo_line(person.photo, version))
    for method in person.contacts:
        lines += write_method(method, version, free_group)
    for kind, value in person.related:
        lines += _related_lines(kind.strip(), value.strip(), version, free_group)
    categories = [escape(c.strip()) for c in person.categories if c.strip()]
    if categories:
        lines.append("CATEGORIES:" + ",".join(categories))
    if person.notes.strip():
        lines.append(f"NOTE:{escape(person.notes.strip())}")
    lines += kept
    lines.append("END:VCARD")
    return lines


def _can_give_back(text: str, person: VCardPerson) -> bool:
    """Whether a kept line is a property that does not clash with what the card already says."""
    if "\n" in text or "\r" in text:
        return False
    line = parse_content_line(0, text)
    if line is None or line.name in _NEVER_GIVEN_BACK:
        return False
    return not (line.name == "BDAY" and person.birthday is not None)


def _birthday_text(date: PartialDate, version: str) -> str:
    separator = "" if version == "4.0" else "-"
    if date.year is None:
        return f"--{date.month:02d}{separator}{date.day:02d}"
    if date.month is None:
        return f"{date.year:04d}"
    if date.day is None:
        return f"{date.year:04d}-{date.month:02d}"
    return f"{date.year:04d}{separator}{date.month:02d}{separator}{date.day:02d}"


def _photo_line(photo: bytes, version: str) -> str:
    kind, media = next(
        ((k, m) for magic, k, m in _IMAGE_TYPES if photo.startswith(magic)),
        ("", "application/octet-stream"),
    )
    encoded = base64.b64encode(photo).decode("ascii")
    if version == "4.0":
        return f"PHOTO:data:{media};base64,{encoded}"
    return f"PHOTO;ENCODING=b{';TYPE=' + kind if kind else ''}:{encoded}"


def _related_lines(kind: str, value: str, version: str, free_group: Callable[[], str]) -> list[str]:
    if not value:
        return []
    if version == "4.0":
        is_uri = bool(_URI.fullmatch(value))
        params = [] if is_uri else ["VALUE=text"]
        standard = kind in _RELATED_TYPES
        if standard:
            params.insert(0, f"TYPE={kind}")
        text = value.replace("\\", "\\\\") if is_uri else escape(value)
        line = ";".join(["RELATED", *params]) + ":" + text
        label = "" if standard else kind
    else:
        line = f"X-ABRELATEDNAMES:{escape(value)}"
        label = f"_$!<{kind.capitalize()}>!$_" if kind in _APPLE_RELATIONS else kind
    if not label:
        return [line]
    group = free_group()
    return [f"{group}.{line}", f"{group}.X-ABLabel:{escape(label)}"]
