"""Tags: free labels on people ("ENT", "placement 3", "might write a reference").

A tag is matched without regard to case, and keeps the spelling it was first
given.  A tag nobody carries any more is kept, so it stays offered.
"""

from __future__ import annotations

from dataclasses import dataclass

from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.schema import PersonTag, Tag, db
from networkjournal.store.text import fold


@dataclass(frozen=True)
class TagRow:
    """A tag as lists show it."""

    id: int
    name: str
    colour: str
    people: int  # how many people not in the trash carry it


@dataclass(frozen=True)
class TagSnapshot:
    """A deleted tag and who carried it, for undo."""

    id: int
    name: str
    colour: str
    person_ids: tuple[int, ...]


def _clean(name: str) -> str:
    return " ".join(name.split())


def _key(name: str) -> str:
    """What two tag names must share to be the same tag."""
    return _clean(name).casefold()


def list_tags() -> list[TagRow]:
    """Return every tag by folded name, with how many people outside the trash carry it."""
    rows = [
        TagRow(tid, name, colour, count)
        for tid, name, colour, count in db.execute_sql(
            """
            SELECT t.id, t.name, t.colour,
                   (SELECT COUNT(*) FROM person_tag pt JOIN person p ON p.id = pt.person_id
                    WHERE pt.tag_id = t.id AND p.deleted_at IS NULL)
            FROM tag t
            """
        )
    ]
    rows.sort(key=lambda row: (fold(row.name), row.id))
    return rows


def person_tags(person_id: int) -> list[str]:
    """Return the names of a person's tags, by folded name."""
    names = [
        name
        for (name,) in db.execute_sql(
            "SELECT t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id "
            "WHERE pt.person_id = ?",
            (person_id,),
        )
    ]
    return sorted(names, key=lambda name: (fold(name), name))


def set_person_tags(person_id: int, names: list[str]) -> list[str]:
    """Give a person exactly these tags; return the names they had before (for undo).

    A name matching an existing tag whatever its case uses that tag (and its
    spelling); other names become new tags.  Empty names are ignored.
    """
    with write():
        if not db.execute_sql("SELECT 1 FROM person WHERE id = ?", (person_id,)).fetchone():
            raise LookupError(f"there is no person {person_id}")
        before = person_tags(person_id)
        existing = {_key(name): tid for tid, name in db.execute_sql("SELECT id, name FROM tag")}
        wanted: dict[int, None] = {}
        for raw in names:
            name = _clean(raw)
            if not name:
                continue
            tag_id = existing.get(_key(name))
            if tag_id is None:
                tag_id = int(Tag.insert(name=name).execute())
                existing[_key(name)] = tag_id
            wanted[tag_id] = None
        PersonTag.delete().where(PersonTag.person == person_id).execute()
        if wanted:
            PersonTag.insert_many([{"person": person_id, "tag": tid} for tid in wanted]).execute()
        return before


def rename_tag(tag_id: int, name: str) -> None:
    """Rename a tag (refused when another tag already has the name, whatever its case)."""
    name = _clean(name)
    if not name:
        raise ValidationError("name", "a tag needs a name")
    with write():
        clash = [
            other
            for tid, other in db.execute_sql("SELECT id, name FROM tag")
            if tid != tag_id and _key(other) == _key(name)
        ]
        if clash:
            raise ValidationError("name", f"there is already a tag called {clash[0]!r}")
        if not Tag.update(name=name).where(Tag.id == tag_id).execute():
            raise LookupError(f"there is no tag {tag_id}")


def set_tag_colour(tag_id: int, colour: str) -> str:
    """Change a tag's colour ("#rrggbb", or "" for none); return the previous one, for undo."""
    with write():
        row = db.execute_sql("SELECT colour FROM tag WHERE id = ?", (tag_id,)).fetchone()
        if row is None:
            raise LookupError(f"there is no tag {tag_id}")
        Tag.update(colour=colour.strip()).where(Tag.id == tag_id).execute()
        return str(row[0])


def delete_tag(tag_id: int) -> TagSnapshot:
    """Delete a tag from the journal and from everyone carrying it; return a snapshot."""
    with write():
        row = db.execute_sql("SELECT name, colour FROM tag WHERE id = ?", (tag_id,)).fetchone()
        if row is None:
            raise LookupError(f"there is no tag {tag_id}")
        people = tuple(
            pid
            for (pid,) in db.execute_sql(
                "SELECT person_id FROM person_tag WHERE tag_id = ? ORDER BY id", (tag_id,)
            )
        )
        Tag.delete_by_id(tag_id)
        return TagSnapshot(tag_id, row[0], row[1], people)


def restore_tag(snapshot: TagSnapshot) -> None:
    """Bring back a deleted tag under its id, on the people who carried it (if still here)."""
    with write():
        if db.execute_sql("SELECT 1 FROM tag WHERE id = ?", (snapshot.id,)).fetchone():
            Tag.update(name=snapshot.name, colour=snapshot.colour).where(
                Tag.id == snapshot.id
            ).execute()
        else:
            Tag.insert(id=snapshot.id, name=snapshot.name, colour=snapshot.colour).execute()
        PersonTag.delete().where(PersonTag.tag == snapshot.id).execute()
        if snapshot.person_ids:
            marks = ",".join("?" * len(snapshot.person_ids))
            db.execute_sql(
                f"INSERT INTO person_tag (person_id, tag_id) SELECT id, ? FROM person "
                f"WHERE id IN ({marks})",
                (snapshot.id, *snapshot.person_ids),
            )
