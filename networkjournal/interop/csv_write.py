"""Our own CSV layout, written for export and read back by ``csv_contacts`` (Preset.GENERIC).

See ``csv_contacts``'s description of the columns.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from networkjournal.interop.csv_table import MULTI_VALUE_SEPARATOR, guard
from networkjournal.store.imported import ImportedContact
from networkjournal.store.people import ContactMethodData

# ---------------------------------------------------------------- writing

_WRITTEN_KINDS: dict[str, str] = {
    "email": "Email",
    "phone": "Phone",
    "linkedin": "LinkedIn",
    "x": "X",
    "instagram": "Instagram",
    "whatsapp": "WhatsApp",
    "website": "Website",
    "other": "Other",
}
_FIRST_COLUMNS = [
    "Display Name",
    "Given Name",
    "Family Name",
    "Nickname",
    "Organisation",
    "Headline",
    "Birthday",
    "Met On",
    "Categories",
]
_LAST_COLUMNS = ["Notes", "UID"]


def write_csv(contacts: Iterable[ImportedContact]) -> str:
    """Return the people as CSV in our own layout (see the module's docstring).

    Each person's ways of reaching them come back grouped by kind, in their
    order within each kind. The text uses CRLF line ends, as spreadsheets
    expect; encode it as ``utf-8-sig`` for Excel to see the accents.
    """
    people = list(contacts)
    counts = {
        kind: max([1, *(sum(1 for c in p.contacts if _kind(c) == kind) for p in people)])
        for kind in _WRITTEN_KINDS
    }
    header = list(_FIRST_COLUMNS)
    for kind, title in _WRITTEN_KINDS.items():
        for n in range(1, counts[kind] + 1):
            header += [f"{title} {n} - Label", f"{title} {n} - Value"]
    header += _LAST_COLUMNS
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for person in people:
        categories = MULTI_VALUE_SEPARATOR.join(person.categories)
        if len(person.categories) == 1 and ";" in categories:
            # A lone value is split on ";" when read; the separator says it is a list.
            categories += MULTI_VALUE_SEPARATOR
        row = [
            person.display_name,
            person.given_name,
            person.family_name,
            person.nickname,
            person.organisation,
            person.headline,
            person.birthday.to_iso() if person.birthday else "",
            person.met_on.to_iso() if person.met_on else "",
            categories,
        ]
        for kind in _WRITTEN_KINDS:
            methods = [c for c in person.contacts if _kind(c) == kind]
            for n in range(counts[kind]):
                if n < len(methods):
                    method = methods[n]
                    label = f"* {method.label}".rstrip() if method.preferred else method.label
                    row += [label, method.value]
                else:
                    row += ["", ""]
        row += [person.notes, person.uid or ""]
        writer.writerow([guard(cell) for cell in row])
    return out.getvalue()


def _kind(method: ContactMethodData) -> str:
    return method.kind if method.kind in _WRITTEN_KINDS else "other"
