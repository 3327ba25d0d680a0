"""Which reader a dropped or named file needs: a vCard file, a contacts CSV, or an archive.

The extension decides when it is one we know (``.vcf``, ``.vcard``, ``.csv``,
``.json``); otherwise the first bytes do. A preset the user chose wins over both.
"""

from __future__ import annotations

import codecs
from enum import StrEnum
from pathlib import PurePath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from networkjournal.store.imported import ParseResult

# What `networkjournal import --preset` offers: auto, vcard, json, and these, which name
# members of csv_contacts.Preset.
CSV_PRESETS = ("linkedin", "google", "outlook")


class FileKind(StrEnum):
    """The kinds of file an import reads."""

    VCARD = "vcard"
    CSV = "csv"
    ARCHIVE = "archive"


_EXTENSIONS = {
    ".vcf": FileKind.VCARD,
    ".vcard": FileKind.VCARD,
    ".csv": FileKind.CSV,
    ".json": FileKind.ARCHIVE,
}


def file_kind(name: str, data: bytes, preset: str = "auto") -> FileKind:
    """Return which reader ``data`` (from the file called ``name``) needs."""
    if preset == "vcard":
        return FileKind.VCARD
    if preset == "json":
        return FileKind.ARCHIVE
    if preset in CSV_PRESETS:
        return FileKind.CSV
    by_extension = _EXTENSIONS.get(PurePath(name).suffix.lower())
    if by_extension is not None:
        return by_extension
    start = _opening(data)
    if start.upper().startswith("BEGIN:VCARD"):
        return FileKind.VCARD
    if start.startswith("{"):
        return FileKind.ARCHIVE
    return FileKind.CSV


def _opening(data: bytes) -> str:
    """The first characters of ``data`` with any byte-order mark and leading space dropped."""
    head = data[:4096]
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="ignore").lstrip()
    return head.decode("utf-8-sig", errors="ignore").lstrip()


def read_contacts_file(name: str, data: bytes, kind: FileKind, preset: str = "auto") -> ParseResult:
    """Read a vCard or CSV file's contacts; raises ImportFormatError if it cannot be read at all."""
    if kind is FileKind.VCARD:
        from networkjournal.interop.vcard import read_vcards

        return read_vcards(data, name)
    if kind is FileKind.CSV:
        from networkjournal.interop.csv_contacts import Preset, read_contacts

        chosen = Preset[preset.upper()] if preset in CSV_PRESETS else Preset.AUTO
        return read_contacts(data, name, chosen)
    raise ValueError(f"{kind} is not a file of contacts")


def csv_preset_name(name: str, data: bytes, preset: str = "auto") -> str:
    """Return which CSV layout a file is read as ("linkedin", "google", "outlook", "generic")."""
    if preset in CSV_PRESETS:
        return preset
    from networkjournal.interop.csv_contacts import detect_preset
    from networkjournal.interop.csv_table import read_table

    return str(detect_preset(read_table(data, name).header).name.lower())
