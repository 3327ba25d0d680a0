"""What every importer reads a record into, before it meets the journal.

The vCard and CSV readers turn each record of a file into an
:class:`ImportedContact`; ``store.importer`` matches it against the people
already in the journal and saves it. A record that cannot be read becomes a
:class:`RecordError` naming the file and line, and costs only itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import ContactMethodData


class ImportFormatError(Exception):
    """A file, or one record in it, that cannot be read; says where and what was wrong."""

    def __init__(self, source: str, line: int, message: str) -> None:
        super().__init__(f"{source}, line {line}: {message}")
        self.source = source
        self.line = line
        self.message = message


@dataclass
class ImportedContact:
    """One person as a file describes them."""

    source: str  # the file's name, for messages
    line: int  # the line the record starts on (1-based)
    uid: str | None = None
    given_name: str = ""
    family_name: str = ""
    display_name: str = ""
    nickname: str = ""
    headline: str = ""  # their role: vCard TITLE, LinkedIn Position
    organisation: str = ""  # vCard ORG's first unit, LinkedIn Company
    birthday: PartialDate | None = None  # an unknown year stays unknown (never 1604 or 0000)
    met_on: PartialDate | None = None  # LinkedIn "Connected On"
    notes: str = ""
    photo: bytes | None = None  # exactly the bytes the file held, decoded
    contacts: list[ContactMethodData] = field(default_factory=list)  # normalised kinds
    categories: list[str] = field(default_factory=list)  # vCard CATEGORIES, Google Labels
    related: list[tuple[str, str]] = field(default_factory=list)  # (type, name or URI)
    # vCard properties not understood, as unfolded content lines, given back on export
    # (a vCard 2.1 line in 3.0/4.0 syntax: quoted-printable decoded, bare types as TYPE=).
    extra: list[str] = field(default_factory=list)

    def name(self) -> str:
        """The name to show: the display name, else given and family names, else a nickname."""
        joined = " ".join(p for p in (self.given_name, self.family_name) if p)
        return self.display_name or joined or self.nickname


@dataclass(frozen=True)
class RecordError:
    """A record that could not be imported: where it is and what was wrong."""

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}, line {self.line}: {self.message}"


@dataclass
class ParseResult:
    """What a reader made of a file: the records it read, and those it could not."""

    contacts: list[ImportedContact] = field(default_factory=list)
    errors: list[RecordError] = field(default_factory=list)
