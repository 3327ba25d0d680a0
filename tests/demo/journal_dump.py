"""Reading back everything the demo builders stored, to compare two journals."""

from __future__ import annotations

from typing import Any

from networkjournal.store.schema import db

DUMPED_TABLES = (
    "person",
    "person_network",
    "contact_method",
    "interaction",
    "interaction_person",
    "fact",
    "follow_up",
    "disclosure",
    "topic",
    "topic_person",
    "organisation",
    "membership",
    "relationship",
    "tag",
    "person_tag",
    "important_date",
)


def dump_journal() -> dict[str, list[tuple[Any, ...]]]:
    """Return every row of the tables the demo fills, in id order, as SQLite stores them."""
    return {
        table: db.execute_sql(f"SELECT * FROM {table} ORDER BY id").fetchall()
        for table in DUMPED_TABLES
    }
