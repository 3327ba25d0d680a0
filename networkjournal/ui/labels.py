"""How the store's kinds and statuses read on screen, in the reader's language.

``networkjournal/store`` may not import Qt, so the label tables it keeps (kinds of
journal entry, topic kinds and statuses, organisation kinds, relationship kinds)
cannot be marked for lupdate where they are defined. This module keeps a copy of
each, marked with ``QT_TRANSLATE_NOOP`` in the one context ``"Labels"``, and
translates from it when a label is shown (tests/ui/test_label_tables.py keeps the
copies the same as the store's, keys, texts and order).

A key this version does not know reads as the store would show it, untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from networkjournal.store import journal, relationships
from networkjournal.store.relationships import DIRECTED_KINDS, RelationshipRow

CONTEXT = "Labels"

# store.journal.KINDS
ENTRY_KINDS: dict[str, str] = {
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "coffee": QT_TRANSLATE_NOOP("Labels", "Coffee"),
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "message": QT_TRANSLATE_NOOP("Labels", "Message"),
    "social": QT_TRANSLATE_NOOP("Labels", "Social"),
    "teaching session": QT_TRANSLATE_NOOP("Labels", "Teaching session"),
    "ward round": QT_TRANSLATE_NOOP("Labels", "Ward round"),
    "supervision": QT_TRANSLATE_NOOP("Labels", "Supervision"),
    "society event": QT_TRANSLATE_NOOP("Labels", "Society event"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

# store.topics.TOPIC_KINDS
TOPIC_KINDS: dict[str, str] = {
    "module": QT_TRANSLATE_NOOP("Labels", "Module"),
    "study group": QT_TRANSLATE_NOOP("Labels", "Study group"),
    "research": QT_TRANSLATE_NOOP("Labels", "Research"),
    "audit": QT_TRANSLATE_NOOP("Labels", "Audit"),
    "qip": QT_TRANSLATE_NOOP("Labels", "Quality improvement project"),
    "publication": QT_TRANSLATE_NOOP("Labels", "Publication"),
    "skill": QT_TRANSLATE_NOOP("Labels", "Skill"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

# store.topics.TOPIC_STATUSES
TOPIC_STATUSES: dict[str, str] = {
    "idea": QT_TRANSLATE_NOOP("Labels", "Idea"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "dropped": QT_TRANSLATE_NOOP("Labels", "Dropped"),
}

# store.organisations.ORGANISATION_KINDS
ORGANISATION_KINDS: dict[str, str] = {
    "society": QT_TRANSLATE_NOOP("Labels", "Society"),
    "team": QT_TRANSLATE_NOOP("Labels", "Sports team"),
    "hall": QT_TRANSLATE_NOOP("Labels", "Hall"),
    "cohort": QT_TRANSLATE_NOOP("Labels", "Cohort"),
    "hospital": QT_TRANSLATE_NOOP("Labels", "Hospital"),
    "department": QT_TRANSLATE_NOOP("Labels", "Department"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "school": QT_TRANSLATE_NOOP("Labels", "School"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

# store.relationships.RELATIONSHIP_KINDS: how a relationship reads from person_a's side
RELATIONSHIP_KINDS: dict[str, str] = {
    "knows": QT_TRANSLATE_NOOP("Labels", "Knows"),
    "friend": QT_TRANSLATE_NOOP("Labels", "Friend"),
    "family": QT_TRANSLATE_NOOP("Labels", "Family"),
    "partner": QT_TRANSLATE_NOOP("Labels", "Partner"),
    "colleague": QT_TRANSLATE_NOOP("Labels", "Colleague"),
    "flatmate": QT_TRANSLATE_NOOP("Labels", "Flatmate"),
    "supervises": QT_TRANSLATE_NOOP("Labels", "Supervises"),
    "mentors": QT_TRANSLATE_NOOP("Labels", "Mentors"),
    "introduced": QT_TRANSLATE_NOOP("Labels", "Introduced"),
}

# store.relationships.PASSIVE_LABELS: how a directed one reads from person_b's side
PASSIVE_LABELS: dict[str, str] = {
    "supervises": QT_TRANSLATE_NOOP("Labels", "Supervised by"),
    "mentors": QT_TRANSLATE_NOOP("Labels", "Mentored by"),
    "introduced": QT_TRANSLATE_NOOP("Labels", "Introduced by"),
}


def _translated(table: dict[str, str], key: str, fallback: str) -> str:
    """Return ``table[key]`` in the reader's language, or ``fallback`` for an unknown key."""
    if key not in table:
        return fallback
    return QCoreApplication.translate(CONTEXT, table[key])


def _all(table: dict[str, str]) -> dict[str, str]:
    return {key: QCoreApplication.translate(CONTEXT, text) for key, text in table.items()}


def entry_kind(key: str) -> str:
    """How a kind of journal entry reads ("Ward round"); like store.journal.kind_label."""
    return _translated(ENTRY_KINDS, key, journal.kind_label(key))


def entry_kinds() -> dict[str, str]:
    """Every kind of journal entry (key: label), in the store's order."""
    return _all(ENTRY_KINDS)


def topic_kind(key: str) -> str:
    """How a kind of topic reads ("Quality improvement project"); unknown ones as stored."""
    return _translated(TOPIC_KINDS, key, key)


def topic_kinds() -> dict[str, str]:
    """Every kind of topic (key: label), in the store's order."""
    return _all(TOPIC_KINDS)


def topic_status(key: str) -> str:
    """How a topic's status reads ("Active"); unknown ones as stored."""
    return _translated(TOPIC_STATUSES, key, key)


def topic_statuses() -> dict[str, str]:
    """Every status of a topic (key: label), in the store's order."""
    return _all(TOPIC_STATUSES)


def organisation_kind(key: str) -> str:
    """How a kind of organisation reads ("Sports team"); unknown ones as stored."""
    return _translated(ORGANISATION_KINDS, key, key)


def organisation_kinds() -> dict[str, str]:
    """Every kind of organisation (key: label), in the store's order."""
    return _all(ORGANISATION_KINDS)


def relationship(kind: str, from_a: bool) -> str:
    """How a relationship reads from person_a's side, or person_b's (store.relationships.label)."""
    if kind in DIRECTED_KINDS and not from_a:
        return _translated(PASSIVE_LABELS, kind, relationships.label(kind, from_a))
    return _translated(RELATIONSHIP_KINDS, kind, relationships.label(kind, from_a))


def relationship_kinds() -> dict[str, str]:
    """Every kind of relationship (key: label, read from person_a's side), in the store's order."""
    return _all(RELATIONSHIP_KINDS)


def relationship_row(row: RelationshipRow) -> str:
    """How a relationship read from one person's side reads: ``row.label``, translated."""
    passive = row.kind in DIRECTED_KINDS and row.label == relationships.PASSIVE_LABELS[row.kind]
    return relationship(row.kind, not passive)
