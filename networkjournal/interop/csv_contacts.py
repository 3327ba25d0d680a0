"""Contacts in CSV files: LinkedIn, Google Contacts, Outlook, and our own export.

Reading goes in steps the import dialog can show one by one: :func:`decode_csv`
(bytes to text), :func:`read_table` (the header and the rows, each with the
physical line it starts on), :func:`detect_preset` and :func:`default_mapping`
(which column holds what), then :func:`contacts_from_table`.
:func:`read_contacts` does all of it at once.

What the readers know about each exporter:

- LinkedIn ``Connections.csv``: an optional ``Notes:`` preamble before the real
  header; URL is the LinkedIn profile, Company and Position the organisation and
  headline, "Connected On" (``12 Jan 2024``, ``15-Jan-24``, ``01/12/24``) when you met.
- Google Contacts, current layout (First Name, Labels, ``E-mail 1 - Label``) and
  old layout (Given Name, Group Membership, ``E-mail 1 - Type``): several values
  share a cell separated by `` ::: ``; a label starting ``* `` marks the primary
  value; the system labels ``* myContacts`` and ``* starred`` are dropped.
- Outlook: one column per kind of phone or address; Categories separated by
  ``;``; a Birthday of ``0/0/00`` means none.

A numeric date such as ``01/12/24`` is read month first in those three presets
(the exporters are American) and day first in GENERIC, unless the column's own
dates settle it (a first number over 12 means day first). A value column
(``E-mail 1 - Value``) takes its label from the column beside it named
``… - Label``, ``… - Type`` or ``… - Service``, otherwise from its own header
("Mobile Phone" gives "mobile").

Every cell becomes something: columns that have no place of their own
(addresses, departments, custom fields) are kept as ``- caption: value`` lines
at the end of the notes, a date that cannot be read is kept there too, and a
contact value that ``store.contacts`` refuses is kept as kind "other".

Our own layout, written by :func:`write_csv` and read back by
``read_contacts(data, source, Preset.GENERIC)`` to the same contacts:

    Display Name, Given Name, Family Name, Nickname, Organisation, Headline,
    Birthday, Met On, Categories,
    Email 1 - Label, Email 1 - Value, … Email N - Label, Email N - Value,
    (the same pairs for Phone, LinkedIn, X, Instagram, WhatsApp, Website, Other),
    Notes, UID

Dates are reduced ISO 8601 (``1992-12-21``, ``--12-21`` when the year is
unknown, ``2019-09``); categories are joined by `` ::: ``; a label starting
``* `` marks the preferred value (as Google writes it); each kind has as many
pairs as the person with most of that kind needs (at least one). A cell that a
spreadsheet would run as a formula (starting ``=``, ``+``, ``-``, ``@``) is
written with a leading ``'``, which every reader here takes off again. Photos,
related people and unknown vCard properties do not travel in CSV.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from networkjournal.interop.csv_dates import date_order, read_date
from networkjournal.interop.csv_table import (
    MULTI_VALUE_SEPARATOR,
    CsvRow,
    CsvTable,
    filled_cells,
    read_table,
    unguard,
)
from networkjournal.store.contacts import CONTACT_KINDS, normalise_contact
from networkjournal.store.errors import ValidationError
from networkjournal.store.imported import (
    ImportedContact,
    ParseResult,
    RecordError,
)
from networkjournal.store.partial_dates import PartialDateError
from networkjournal.store.people import ContactMethodData


class Preset(StrEnum):
    """Whose export a CSV file is, which decides how its cells are read."""

    AUTO = "auto"
    LINKEDIN = "linkedin"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    GENERIC = "generic"


# What a column can hold, for the mapping dialog (which translates the labels).
FIELDS: dict[str, str] = {
    "given_name": "Given name",
    "family_name": "Family name",
    "display_name": "Full name",
    "nickname": "Nickname",
    "email": "Email",
    "phone": "Phone",
    "website": "Website",
    "linkedin": "LinkedIn",
    "x": "X (Twitter)",
    "instagram": "Instagram",
    "whatsapp": "WhatsApp",
    "other": "Other way to reach them",
    "organisation": "Organisation",
    "headline": "Role (headline)",
    "birthday": "Birthday",
    "met_on": "Met on",
    "notes": "Notes",
    "address": "Address (kept in notes)",
    "categories": "Tags or networks",
    "related": "Related person",
    "uid": "Identifier (UID)",
    "ignore": "Ignore",
}

_CONTACT_FIELDS = frozenset(CONTACT_KINDS)
_JOINED_NAMES = frozenset({"given_name", "family_name"})  # First + Middle Name → given
_SINGLE_TEXT = frozenset({"display_name", "nickname", "organisation", "headline", "uid"})
_DATE_FIELDS = frozenset({"birthday", "met_on"})

# ---------------------------------------------------------------- presets


def _key(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").lower().split())


def detect_preset(header: list[str]) -> Preset:
    """Recognise the exporter from the header row; GENERIC when none fits."""
    keys = {_key(name) for name in header}
    if {"given name", "family name", "display name", "headline", "met on"} <= keys:
        return Preset.GENERIC  # our own export (its numbered pairs look like Google's)
    if "connected on" in keys or {"first name", "last name", "company", "position"} <= keys:
        return Preset.LINKEDIN
    if (
        "group membership" in keys
        or ("labels" in keys and "first name" in keys)
        or any(_GOOGLE_GROUP.fullmatch(key) for key in keys)
    ):
        return Preset.GOOGLE
    if "e-mail address" in keys and keys & _OUTLOOK_ONLY:
        return Preset.OUTLOOK
    return Preset.GENERIC


_GOOGLE_GROUP = re.compile(
    r"(?:e-mail|phone|website|address|organization|relation|event|im|custom field) \d+ - "
    r"(?:value|label|type|formatted|name|title)"
)
_OUTLOOK_ONLY = frozenset(
    {"mobile phone", "business phone", "home phone", "job title", "e-mail 2 address"}
)

# The file's own notes, kept as they are; other columns mapped to notes become note lines.
_MAIN_NOTES = ("notes", "note", "comments")


def _synonyms(**fields: str) -> dict[str, str]:
    return {name: key for key, names in fields.items() for name in names.split("|")}


# Header names, lower-cased, and what they hold in every preset. A URL among the
# websites that is a LinkedIn, X or Instagram profile is recognised as one.
_HEADER_FIELDS: dict[str, str] = _synonyms(
    given_name="first name|given name|firstname|forename|middle name|additional name",
    family_name="last name|family name|surname|lastname",
    display_name="display name|name|full name",
    nickname="nickname|nick name|short name",
    email="email|e-mail|email address|e-mail address|e-mail 2 address|e-mail 3 address"
    "|primary email|secondary email|work email|home email|personal email",
    phone="phone|telephone|phone number|mobile|mobile phone|mobile number|cell phone"
    "|primary phone|home phone|home phone 2|business phone|business phone 2|work phone"
    "|company main phone|other phone|car phone|assistant's phone|pager|pager number"
    "|fax|fax number|home fax|business fax|other fax",
    website="website|web site|web page|web page 1|web page 2|personal web page|url",
    linkedin="linkedin|linkedin url|linkedin profile",
    x="x|twitter",
    instagram="instagram",
    whatsapp="whatsapp",
    organisation="company|organisation|organization|organization name|employer",
    headline="position|job title|title|role|headline|organization title",
    birthday="birthday|birth date|date of birth",
    met_on="connected on|met on",
    notes="|".join(_MAIN_NOTES)
    + "|organization department|department|anniversary|name prefix|name suffix|suffix"
    "|phonetic first name|phonetic middle name|phonetic last name|profession"
    "|office location|occupation|hobby",
    categories="labels|group membership|categories|tags",
    related="spouse|children|manager's name|assistant's name|referred by",
    address="address|home address|business address|other address",
    uid="uid",
)


_PRESET_FIELDS: dict[Preset, dict[str, str]] = {
    Preset.LINKEDIN: {"url": "linkedin"},
    Preset.OUTLOOK: {"title": "notes"},  # Outlook's Title is "Dr" or "Ms", not a job
}

# "E-mail 1 - Value", "Address 2 - City", our "LinkedIn 1 - Value".
_NUMBERED = re.compile(r"(.+?) ?(\d+) - (.+)")
_GROUP_FIELDS = _synonyms(
    email="e-mail|email",
    phone="phone",
    website="website",
    linkedin="linkedin",
    x="x",
    instagram="instagram",
    whatsapp="whatsapp",
    other="other|im",
    related="relation",
    notes="custom field|event",
)
_ORGANISATION_PARTS = {
    "name": "organisation",
    "title": "headline",
    "department": "notes",
    "job description": "notes",
    "location": "notes",
}
_LABEL_PARTS = ("label", "type", "service")
_OUTLOOK_ADDRESS = re.compile(
    r"(home|business|other) (street|street 2|street 3|city|state|postal code|country"
    r"|country/region|address|address po box|po box)"
)


def default_mapping(preset: Preset, header: list[str]) -> dict[int, str]:
    """Return what each column holds (a key of :data:`FIELDS`), as the preset reads it."""
    if preset is Preset.AUTO:
        preset = detect_preset(header)
    return {index: _field_for(preset, _key(name)) for index, name in enumerate(header)}


def _field_for(preset: Preset, key: str) -> str:
    found = _PRESET_FIELDS.get(preset, {}).get(key) or _HEADER_FIELDS.get(key)
    if found:
        return found
    if _OUTLOOK_ADDRESS.fullmatch(key):
        return "address"
    m = _NUMBERED.fullmatch(key)
    if m:
        group, part = m[1], m[3]
        if part in _LABEL_PARTS:
            return "ignore"  # read as the label of its value column
        if group == "address":
            return "address"
        if group in ("organization", "organisation"):
            return _ORGANISATION_PARTS.get(part, "ignore")
        if part == "value":
            return _GROUP_FIELDS.get(group, "ignore")
    return "ignore"


# ---------------------------------------------------------------- reading contacts


def read_contacts(
    data: bytes,
    source: str,
    preset: Preset = Preset.AUTO,
    mapping: dict[int, str] | None = None,
) -> ParseResult:
    """Read every person in a CSV file; a bad row becomes a RecordError and costs only itself.

    ``mapping`` (column index to a key of :data:`FIELDS`) overrides the preset's
    :func:`default_mapping`. Raises :class:`ImportFormatError` only when the
    file as a whole cannot be read.
    """
    return contacts_from_table(read_table(data, source), preset, mapping)


def contacts_from_table(
    table: CsvTable, preset: Preset = Preset.AUTO, mapping: dict[int, str] | None = None
) -> ParseResult:
    """Read every person in a table already split by :func:`read_table`."""
    if preset is Preset.AUTO:
        preset = detect_preset(table.header)
    if mapping is None:
        mapping = default_mapping(preset, table.header)
    reading = _Reading(table, preset, mapping)
    result = ParseResult(errors=list(table.errors))
    for row in table.rows:
        try:
            result.contacts.append(reading.contact(row))
        except _BadRow as problem:
            result.errors.append(RecordError(table.source, row.line, str(problem)))
    result.errors.sort(key=lambda error: error.line)
    return result


class _BadRow(Exception):
    """A row that cannot become a person; the message says why."""


@dataclass(frozen=True)
class _Column:
    """How one mapped column is read."""

    index: int
    field: str
    caption: str  # how a note line names it: "Department", "Custom Field"
    label_index: int | None  # the column holding this one's label ("E-mail 1 - Label")
    label: str  # the label its header implies ("Mobile Phone" → "mobile")
    preferred: bool  # Outlook's "Primary Phone"
    group: str  # the address this part belongs to ("address 1", "home")
    part: str  # which part of it ("formatted", "city")
    main_notes: bool  # the file's own notes, kept as they are
    date_order: str  # "dmy" or "mdy": how 01/02/24 is read in this column


class _Reading:
    """The rules for turning one table's rows into contacts."""

    def __init__(self, table: CsvTable, preset: Preset, mapping: dict[int, str]) -> None:
        width = len(table.header)
        for index, name in mapping.items():
            if not 0 <= index < width or name not in FIELDS:
                raise ValueError(f"column {index} cannot hold {name!r}")
        self.source = table.source
        self.preset = preset
        self.width = width
        keys = [_key(name) for name in table.header]
        self.columns = [
            _column(table, preset, keys, index, name)
            for index, name in sorted(mapping.items())
            if name != "ignore"
        ]

    def contact(self, row: CsvRow) -> ImportedContact:
        cells = [unguard(cell) for cell in row.cells]
        if len(cells) > self.width and filled_cells(cells[self.width :]):
            raise _BadRow(
                f"this row has {len(cells)} values but the header names {self.width} columns; "
                "a value with a comma in it may have lost its quotation marks"
            )
        cells += [""] * (self.width - len(cells))
        person = _Person(ImportedContact(self.source, row.line), self.preset)
        for column in self.columns:
            value = cells[column.index].strip()
            if value:
                label = cells[column.label_index] if column.label_index is not None else ""
                person.add(column, value, label.strip())
        return person.finish()


def _column(table: CsvTable, preset: Preset, keys: list[str], index: int, name: str) -> _Column:
    key = keys[index]
    group, part = key, "formatted"
    label_index = None
    m = _NUMBERED.fullmatch(key)
    if m:
        prefix = key[: key.rindex(" - ")]
        group, part = prefix, "formatted" if m[3] == "value" else m[3]
        partners = (f"{prefix} - {s}" for s in _LABEL_PARTS)
        label_index = next((keys.index(p) for p in partners if p in keys), None)
    elif o := _OUTLOOK_ADDRESS.fullmatch(key):
        group, part = o[1], "formatted" if o[2] == "address" else o[2]
    if label_index == index:
        label_index = None
    order = "dmy" if preset is Preset.GENERIC else "mdy"  # US exporters write 01/12/24
    if name in _DATE_FIELDS:
        column_values = (row.cells[index] for row in table.rows if index < len(row.cells))
        order = date_order(column_values) or order
    return _Column(
        index=index,
        field=name,
        caption=_caption(table.header[index]),
        label_index=label_index,
        # A label column, even an empty one, speaks for its values; else the header may.
        label="" if label_index is not None else _header_label(key, name),
        preferred=key.startswith("primary "),
        group=group,
        part=part,
        main_notes=name == "notes" and key in _MAIN_NOTES,
        date_order=order,
    )


def _caption(header: str) -> str:
    """Name a column in a note line: "Organization 1 - Department" → "Organization Department"."""
    header = " ".join(header.split())
    m = re.fullmatch(r"(.+?) ?[0-9]* - (.+)", header)
    if m:
        return m[1] if m[2].lower() == "value" else f"{m[1]} {m[2]}"
    return header or "Column"


# Words of a header and the label they give its values, the first match winning.
_HEADER_LABELS = _synonyms(
    fax="fax",
    pager="pager",
    mobile="mobile|cell",
    work="business|work|company",
    home="home",
    personal="personal",
    assistant="assistant",
    car="car",
    other="other",
)


def _header_label(key: str, name: str) -> str:
    """Return the label a column's own header gives its values, if any."""
    if name == "related":
        return key.removesuffix("'s name")
    if name not in _CONTACT_FIELDS and name != "address":
        return ""
    words = set(re.split(r"[\s/'-]+", key))
    return next((label for word, label in _HEADER_LABELS.items() if word in words), "")


# ---------------------------------------------------------------- one person


class _Person:
    """Collects one row's values into an ImportedContact."""

    def __init__(self, contact: ImportedContact, preset: Preset) -> None:
        self.contact = contact
        self.preset = preset
        self.names: dict[str, list[str]] = {}
        self.notes: list[str] = []
        self.lines: list[str] = []
        self.addresses: dict[str, dict[str, str]] = {}
        self.address_labels: dict[str, str] = {}
        self.seen: set[tuple[str, str]] = set()

    def add(self, column: _Column, value: str, label: str) -> None:
        name = column.field
        if name in _JOINED_NAMES:
            self.names.setdefault(name, []).append(_one_line(value))
        elif name in _SINGLE_TEXT:
            value = _one_line(value)
            if not getattr(self.contact, name):
                setattr(self.contact, name, value)
            elif getattr(self.contact, name) != value:
                self.lines.append(f"{column.caption}: {value}")
        elif name in _CONTACT_FIELDS:
            for piece, piece_label in self._pieces(value, label or column.label):
                self._add_contact(name, piece, piece_label, column.preferred)
        elif name in _DATE_FIELDS:
            self._add_date(column, value)
        elif name == "categories":
            for category in _categories(value, self.preset):
                if category not in self.contact.categories:
                    self.contact.categories.append(category)
        elif name == "related":
            for piece, piece_label in self._pieces(value, label or column.label):
                self.contact.related.append((_tidy_label(piece_label)[0], _one_line(piece)))
        elif name == "address":
            self.addresses.setdefault(column.group, {})[column.part] = value
            self.address_labels.setdefault(column.group, label or column.label)
        elif column.main_notes:
            self.notes.append(value)
        else:  # notes
            self.lines.append(f"{label or column.caption}: {_one_line(value)}")

    def _pieces(self, value: str, label: str) -> list[tuple[str, str]]:
        """Split a Google multi-value cell; its label cell may hold one label per value."""
        if self.preset not in (Preset.GOOGLE, Preset.GENERIC):
            return [(value, label)]
        values = [v.strip() for v in value.split(MULTI_VALUE_SEPARATOR) if v.strip()]
        labels = [part.strip() for part in label.split(MULTI_VALUE_SEPARATOR)]
        if len(labels) != len(values):
            # One label for them all; only the first value is the starred (primary) one.
            labels = [label, *[label.lstrip("* ")] * (len(values) - 1)][: len(values)]
        return list(zip(values, labels, strict=True))

    def _add_contact(self, kind: str, value: str, label: str, preferred: bool) -> None:
        label, starred = _tidy_label(label, lower=self.preset is not Preset.GENERIC)
        if kind == "website" and self.preset is not Preset.GENERIC:
            kind = _profile_kind(value)
            if kind != "website" and label == "profile":
                label = ""  # Google's label for it; the kind now says as much
        try:
            stored = normalise_contact(kind, value)
        except ValidationError:
            kind, stored, label = "other", value, label or kind  # kept, never lost
        if (kind, stored) not in self.seen:
            self.seen.add((kind, stored))
            method = ContactMethodData(kind, stored, label, preferred or starred)
            self.contact.contacts.append(method)

    def _add_date(self, column: _Column, value: str) -> None:
        try:
            date = read_date(value, column.date_order)
        except PartialDateError:
            self.lines.append(f"{column.caption}: {_one_line(value)}")
            return
        if date is None:
            return
        current = getattr(self.contact, column.field)
        if current is None:
            setattr(self.contact, column.field, date)
        elif current != date:
            self.lines.append(f"{column.caption}: {_one_line(value)}")

    def finish(self) -> ImportedContact:
        contact = self.contact
        contact.given_name = " ".join(self.names.get("given_name", []))
        contact.family_name = " ".join(self.names.get("family_name", []))
        for group, parts in self.addresses.items():
            label = _tidy_label(self.address_labels.get(group, ""))[0]
            caption = f"Address ({label})" if label else "Address"
            self.lines.append(f"{caption}: {_address_text(parts)}")
        notes = "\n\n".join(self.notes)
        if self.lines:
            listed = "\n".join(f"- {line}" for line in self.lines)
            notes = f"{notes}\n\n{listed}" if notes else listed
        contact.notes = notes
        if not contact.name():
            contact.display_name = _stand_in_name(contact)
        if not contact.name():
            raise _BadRow(
                "this row has no name, email address, organisation or phone number "
                "in the columns being imported"
            )
        return contact


def _stand_in_name(contact: ImportedContact) -> str:
    """Name someone the file gives no name: by email, organisation, then phone (as vCard)."""
    by_kind = {c.kind: c.value for c in reversed(contact.contacts)}
    return by_kind.get("email") or contact.organisation or by_kind.get("phone", "")


def _address_text(parts: dict[str, str]) -> str:
    """Join an address's parts into one line, adding what its formatted form leaves out."""
    text = ", ".join(line.strip() for line in parts.pop("formatted", "").splitlines())
    for part in parts.values():
        part = _one_line(part)
        if part.lower() not in text.lower():
            text = f"{text}, {part}" if text else part
    return text.strip(", ")


def _one_line(text: str) -> str:
    return " ".join(text.split())


_KNOWN_LABELS = frozenset(
    {"home", "work", "mobile", "cell", "other", "main", "personal", "fax", "pager", "profile"}
)


def _tidy_label(label: str, *, lower: bool = True) -> tuple[str, bool]:
    """Return the label without Google's primary mark ``* ``, and whether it had one."""
    label = label.strip()
    starred = label.startswith("*")
    if starred:
        label = label[1:].strip()
    if lower and label.lower() in _KNOWN_LABELS:
        label = label.lower()
    return label, starred


def _profile_kind(url: str) -> str:
    """Recognise a website that is a LinkedIn, X or Instagram profile."""
    address = url.lower()
    for kind, names in (
        ("linkedin", ("linkedin.com/",)),
        ("x", ("x.com/", "twitter.com/")),
        ("instagram", ("instagram.com/",)),
    ):
        if any(re.search(rf"(?:^|[/.]){re.escape(name)}", address) for name in names):
            return kind
    return "website"


_GOOGLE_SYSTEM_LABELS = frozenset({"mycontacts", "my contacts", "starred", "other contacts"})


def _categories(value: str, preset: Preset) -> list[str]:
    """Split a Labels, Group Membership or Categories cell into category names."""
    separator = MULTI_VALUE_SEPARATOR.strip()  # the cell's spaces around a last one are gone
    if preset is Preset.OUTLOOK or (preset is not Preset.GOOGLE and separator not in value):
        parts = value.split(";")
    else:
        parts = value.split(separator)
    found: list[str] = []
    for part in (_one_line(p) for p in parts):
        if preset is Preset.GOOGLE and part.startswith("*"):
            part = part[1:].strip()
            if part.lower() in _GOOGLE_SYSTEM_LABELS:
                continue
        if part and part not in found:
            found.append(part)
    return found
