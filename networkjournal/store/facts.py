"""What I know about them (facts) and what they know about me (disclosures).

Both feed the person's document in the search index through the triggers of
migration 3, so no code here touches the index.  Either may name the journal
entry it came from; forgetting that entry leaves the fact and clears the link
(``ON DELETE SET NULL``), while an entry in the trash still gives its title.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.schema import Disclosure, Fact, Interaction, Person, db

FACT_CATEGORIES: dict[str, str] = {
    "interest": "Interest",
    "family": "Family",
    "career": "Career",
    "education": "Education",
    "preference": "Preference",
    "other": "Other",
}


@dataclass
class FactData:
    """Something I know about a person, as the fact editor edits it."""

    person_id: int
    text: str
    category: str = "other"
    noted_on: dt.date | None = None
    interaction_id: int | None = None


@dataclass(frozen=True)
class FactRow:
    """A fact as the profile lists it, with the title of the entry it came from."""

    id: int
    person_id: int
    category: str
    text: str
    noted_on: dt.date | None
    interaction_id: int | None
    interaction_title: str  # "" when it came from no entry
    created_at: dt.datetime


@dataclass(frozen=True)
class FactSnapshot:
    """A fact's whole stored state, for undo of a delete."""

    id: int
    data: FactData
    created_at: dt.datetime


@dataclass
class DisclosureData:
    """Something a person knows about me: what I told them, or (witnessed) saw me do."""

    person_id: int
    text: str
    shared_on: dt.date | None = None
    witnessed: bool = False
    interaction_id: int | None = None


@dataclass(frozen=True)
class DisclosureRow:
    """A disclosure as the profile lists it, with the title of the entry it came from."""

    id: int
    person_id: int
    text: str
    shared_on: dt.date | None
    witnessed: bool
    interaction_id: int | None
    interaction_title: str  # "" when it came from no entry
    created_at: dt.datetime


@dataclass(frozen=True)
class DisclosureSnapshot:
    """A disclosure's whole stored state, for undo of a delete."""

    id: int
    data: DisclosureData
    created_at: dt.datetime


# --- shared checks ----------------------------------------------------------------------------


def _clean_text(text: str, what: str) -> str:
    """Trim the text (keeping its inner line breaks); refuse it when nothing is left."""
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    cleaned = "\n".join(lines).strip()
    if not cleaned:
        raise ValidationError("text", f"{what} needs some text")
    return cleaned


def _check_links(person_id: int, interaction_id: int | None) -> None:
    if not Person.select().where(Person.id == person_id).exists():
        raise ValidationError("person_id", "there is no such person in the journal")
    if (
        interaction_id is not None
        and not Interaction.select().where(Interaction.id == interaction_id).exists()
    ):
        raise ValidationError("interaction_id", "there is no such journal entry")


def _entry_titles(entry_ids: set[int]) -> dict[int, str]:
    """Return each entry's title as lists show it (its own, or one made from kind and people)."""
    from networkjournal.store.journal import entry_rows

    return {eid: row.title for eid, row in entry_rows(sorted(entry_ids)).items()}


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _existing_entry(interaction_id: int | None) -> int | None:
    """The entry id if the entry is still in the journal (it may have been forgotten)."""
    if interaction_id is None:
        return None
    return (
        interaction_id
        if Interaction.select().where(Interaction.id == interaction_id).exists()
        else None
    )


def _require_person(person_id: int, what: str) -> None:
    if not Person.select().where(Person.id == person_id).exists():
        raise LookupError(f"the person this {what} is about is no longer in the journal")


# --- facts ------------------------------------------------------------------------------------


def validate_fact(data: FactData) -> FactData:
    """Return a cleaned copy of ``data`` or raise :class:`ValidationError` naming the field."""
    text = _clean_text(data.text, "a fact")
    if data.category not in FACT_CATEGORIES:
        raise ValidationError("category", f"{data.category!r} is not a kind of fact")
    _check_links(data.person_id, data.interaction_id)
    return dataclasses.replace(data, text=text)


def _fact_row(data: FactData) -> dict[str, object]:
    return {
        "person": data.person_id,
        "category": data.category,
        "text": data.text,
        "noted_on": data.noted_on,
        "interaction": data.interaction_id,
    }


def create_fact(data: FactData) -> int:
    """Add a fact about a person and return its id."""
    with write():
        data = validate_fact(data)
        return int(Fact.insert(**_fact_row(data)).execute())


def update_fact(fact_id: int, data: FactData) -> None:
    """Replace a fact's person, category, text, date and source entry with ``data``."""
    with write():
        data = validate_fact(data)
        if not Fact.update(**_fact_row(data)).where(Fact.id == fact_id).execute():
            raise LookupError(f"there is no fact {fact_id}")


def _fact_record(fact_id: int) -> tuple[FactData, dt.datetime]:
    row = db.execute_sql(
        "SELECT person_id, text, category, noted_on, interaction_id, created_at "
        "FROM fact WHERE id = ?",
        (fact_id,),
    ).fetchone()
    if row is None:
        raise LookupError(f"there is no fact {fact_id}")
    person_id, text, category, noted_on, interaction_id, created_at = row
    return FactData(person_id, text, category, _date(noted_on), interaction_id), _datetime(
        created_at
    )


def get_fact(fact_id: int) -> FactData:
    """Return what the fact editor shows for a fact."""
    return _fact_record(fact_id)[0]


def delete_fact(fact_id: int) -> FactSnapshot:
    """Delete a fact; return a snapshot for undo."""
    with write():
        data, created_at = _fact_record(fact_id)
        Fact.delete_by_id(fact_id)
        return FactSnapshot(fact_id, data, created_at)


def restore_fact(snapshot: FactSnapshot) -> None:
    """Bring back a deleted fact under its id (its entry link only if the entry still exists)."""
    data = snapshot.data
    with write():
        _require_person(data.person_id, "fact")
        row = _fact_row(
            dataclasses.replace(data, interaction_id=_existing_entry(data.interaction_id))
        )
        row["created_at"] = snapshot.created_at
        if Fact.select().where(Fact.id == snapshot.id).exists():
            Fact.update(**row).where(Fact.id == snapshot.id).execute()
        else:
            Fact.insert(id=snapshot.id, **row).execute()


def facts_for(person_id: int) -> list[FactRow]:
    """Return a person's facts, newest first (an undated fact by when it was added)."""
    found = db.execute_sql(
        """
        SELECT id, person_id, category, text, noted_on, interaction_id, created_at
        FROM fact WHERE person_id = ?
        ORDER BY coalesce(noted_on, date(created_at)) DESC, id DESC
        """,
        (person_id,),
    ).fetchall()
    titles = _entry_titles({row[5] for row in found if row[5] is not None})
    return [
        FactRow(
            id=fid,
            person_id=pid,
            category=category,
            text=text,
            noted_on=_date(noted_on),
            interaction_id=eid,
            interaction_title=titles.get(eid, "") if eid is not None else "",
            created_at=_datetime(created_at),
        )
        for fid, pid, category, text, noted_on, eid, created_at in found
    ]


# --- disclosures ------------------------------------------------------------------------------


def validate_disclosure(data: DisclosureData) -> DisclosureData:
    """Return a cleaned copy of ``data`` or raise :class:`ValidationError` naming the field."""
    text = _clean_text(data.text, "what they know about you")
    _check_links(data.person_id, data.interaction_id)
    return dataclasses.replace(data, text=text, witnessed=bool(data.witnessed))


def _disclosure_row(data: DisclosureData) -> dict[str, object]:
    return {
        "person": data.person_id,
        "text": data.text,
        "shared_on": data.shared_on,
        "witnessed": data.witnessed,
        "interaction": data.interaction_id,
    }


def create_disclosure(data: DisclosureData) -> int:
    """Record something a person knows about me; return its id."""
    with write():
        data = validate_disclosure(data)
        return int(Disclosure.insert(**_disclosure_row(data)).execute())


def update_disclosure(disclosure_id: int, data: DisclosureData) -> None:
    """Replace a disclosure's person, text, date, witnessed flag and source entry."""
    with write():
        data = validate_disclosure(data)
        changed = Disclosure.update(**_disclosure_row(data)).where(Disclosure.id == disclosure_id)
        if not changed.execute():
            raise LookupError(f"there is no disclosure {disclosure_id}")


def _disclosure_record(disclosure_id: int) -> tuple[DisclosureData, dt.datetime]:
    row = db.execute_sql(
        "SELECT person_id, text, shared_on, witnessed, interaction_id, created_at "
        "FROM disclosure WHERE id = ?",
        (disclosure_id,),
    ).fetchone()
    if row is None:
        raise LookupError(f"there is no disclosure {disclosure_id}")
    person_id, text, shared_on, witnessed, interaction_id, created_at = row
    data = DisclosureData(person_id, text, _date(shared_on), bool(witnessed), interaction_id)
    return data, _datetime(created_at)


def get_disclosure(disclosure_id: int) -> DisclosureData:
    """Return what the editor shows for a disclosure."""
    return _disclosure_record(disclosure_id)[0]


def delete_disclosure(disclosure_id: int) -> DisclosureSnapshot:
    """Delete a disclosure; return a snapshot for undo."""
    with write():
        data, created_at = _disclosure_record(disclosure_id)
        Disclosure.delete_by_id(disclosure_id)
        return DisclosureSnapshot(disclosure_id, data, created_at)


def restore_disclosure(snapshot: DisclosureSnapshot) -> None:
    """Bring back a deleted disclosure under its id."""
    data = snapshot.data
    with write():
        _require_person(data.person_id, "disclosure")
        row = _disclosure_row(
            dataclasses.replace(data, interaction_id=_existing_entry(data.interaction_id))
        )
        row["created_at"] = snapshot.created_at
        if Disclosure.select().where(Disclosure.id == snapshot.id).exists():
            Disclosure.update(**row).where(Disclosure.id == snapshot.id).execute()
        else:
            Disclosure.insert(id=snapshot.id, **row).execute()


def disclosure_rows(person_ids: list[int]) -> dict[int, list[DisclosureRow]]:
    """Return the disclosures of each of ``person_ids``, newest first (for lists of many people)."""
    result: dict[int, list[DisclosureRow]] = {pid: [] for pid in person_ids}
    if not person_ids:
        return result
    found: list[Any] = []
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start : start + 500]
        found.extend(
            db.execute_sql(
                f"""
                SELECT id, person_id, text, shared_on, witnessed, interaction_id, created_at
                FROM disclosure WHERE person_id IN ({",".join("?" * len(chunk))})
                ORDER BY coalesce(shared_on, date(created_at)) DESC, id DESC
                """,
                chunk,
            ).fetchall()
        )
    titles = _entry_titles({row[5] for row in found if row[5] is not None})
    for did, pid, text, shared_on, witnessed, eid, created_at in found:
        result[pid].append(
            DisclosureRow(
                id=did,
                person_id=pid,
                text=text,
                shared_on=_date(shared_on),
                witnessed=bool(witnessed),
                interaction_id=eid,
                interaction_title=titles.get(eid, "") if eid is not None else "",
                created_at=_datetime(created_at),
            )
        )
    return result


def disclosures_for(person_id: int) -> list[DisclosureRow]:
    """Return what a person knows about me, newest first (undated by when it was added)."""
    return disclosure_rows([person_id])[person_id]
