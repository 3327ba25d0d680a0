"""The journal: entries (meetings, calls, messages …), who was there, and their follow-ups.

An entry is saved in one transaction together with the people created for it
and its follow-ups.  Deleting moves an entry to the trash (``deleted_at``);
forgetting removes it.  The last contact with a person is derived from the
entries they were in, of any kind, never stored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.people import PersonData, create_person, optimize_search_index
from networkjournal.store.schema import (
    FollowUp,
    Interaction,
    InteractionPerson,
    Person,
    db,
    tuples,
    utcnow,
)
from networkjournal.store.search import ENTRY_DOCS, match_expression

# The kinds of entry, in the order the log dialog offers them, with their labels.
KINDS: dict[str, str] = {
    "meeting": "Meeting",
    "coffee": "Coffee",
    "call": "Call",
    "message": "Message",
    "social": "Social",
    "teaching session": "Teaching session",
    "ward round": "Ward round",
    "supervision": "Supervision",
    "society event": "Society event",
    "other": "Other",
}

SNIPPET_LENGTH = 140


@dataclass
class FollowUpData:
    """Something to do after an entry: what, by when, concerning whom."""

    title: str
    due_on: dt.date | None = None
    person_id: int | None = None
    done_at: dt.datetime | None = None
    id: int | None = None  # None for a follow-up not yet saved


@dataclass
class EntryData:
    """Everything the log dialog edits about one journal entry."""

    occurred_at: dt.datetime  # naive local wall-clock time
    kind: str = "meeting"
    title: str = ""
    location: str = ""
    notes: str = ""  # Markdown
    template: str = ""  # name of the template the notes started from, if any
    participant_ids: list[int] = field(default_factory=list)
    new_people: list[str] = field(default_factory=list)  # names to add as people on save
    follow_ups: list[FollowUpData] = field(default_factory=list)


@dataclass
class EntrySaved:
    """What saving an entry made: its id, the people created for it, its follow-ups' ids."""

    entry_id: int
    created_people: dict[str, int]  # name typed → new person id
    follow_up_ids: list[int]


@dataclass
class EntrySnapshot:
    """An entry's whole stored state, for undo (including bookkeeping fields)."""

    id: int
    data: EntryData
    deleted_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class EntryFilter:
    """Which entries the journal panel shows."""

    text: str = ""
    kind: str | None = None
    network_id: int | None = None
    person_id: int | None = None
    start: dt.date | None = None  # inclusive
    end: dt.date | None = None  # inclusive
    trashed: bool = False  # True: show only the trash


@dataclass(frozen=True)
class EntryRow:
    """One entry as lists show it."""

    id: int
    occurred_at: dt.datetime
    kind: str
    title: str  # the stored title, or one made from kind and people when empty
    location: str
    people: tuple[str, ...]  # display names of who was there
    snippet: str  # the start of the notes as one line, at most SNIPPET_LENGTH characters


def kind_label(kind: str) -> str:
    """Return how a kind of entry reads ("Ward round")."""
    return KINDS.get(kind, kind.capitalize())


def default_title(kind: str, names: list[str]) -> str:
    """Return the title an entry gets when none is typed: "Coffee with Alex and Sam"."""
    label = kind_label(kind)
    if not names:
        return label
    if len(names) == 1:
        people = names[0]
    elif len(names) <= 3:
        people = ", ".join(names[:-1]) + " and " + names[-1]
    else:
        people = f"{names[0]}, {names[1]} and {len(names) - 2} others"
    return f"{label} with {people}"


def validate_entry(data: EntryData) -> EntryData:
    """Return a cleaned copy of ``data`` or raise :class:`ValidationError` naming the field."""
    cleaned = dataclasses.replace(data)
    if cleaned.kind not in KINDS:
        raise ValidationError("kind", f"{cleaned.kind!r} is not a kind of entry")
    cleaned.title = " ".join(cleaned.title.split())
    cleaned.location = " ".join(cleaned.location.split())
    cleaned.notes = cleaned.notes.strip("\n")
    cleaned.occurred_at = cleaned.occurred_at.replace(microsecond=0, tzinfo=None)
    cleaned.participant_ids = list(dict.fromkeys(cleaned.participant_ids))
    new_people = [" ".join(name.split()) for name in cleaned.new_people]
    cleaned.new_people = [name for name in dict.fromkeys(new_people) if name]
    follow_ups = []
    for index, follow_up in enumerate(cleaned.follow_ups):
        title = " ".join(follow_up.title.split())
        if not title:
            raise ValidationError(f"follow_ups[{index}]", "a follow-up needs to say what to do")
        follow_ups.append(dataclasses.replace(follow_up, title=title))
    cleaned.follow_ups = follow_ups
    someone = cleaned.participant_ids or cleaned.new_people
    if not (cleaned.title or someone or cleaned.notes.strip()):
        raise ValidationError("title", "an entry needs a title, someone who was there, or notes")
    return cleaned


def _save(entry_id: int | None, data: EntryData) -> EntrySaved:
    """Write an entry, its new people, participants and follow-ups (inside a transaction)."""
    created = {name: create_person(_new_person(name)) for name in data.new_people}
    participants = list(dict.fromkeys([*data.participant_ids, *created.values()]))
    row = {
        "occurred_at": data.occurred_at,
        "kind": data.kind,
        "title": data.title,
        "location": data.location,
        "notes": data.notes,
        "template": data.template,
    }
    if entry_id is None:
        entry_id = int(Interaction.insert(**row).execute())
    else:
        changed = Interaction.update(**row, updated_at=utcnow()).where(Interaction.id == entry_id)
        if not changed.execute():
            raise LookupError(f"there is no journal entry {entry_id}")
    InteractionPerson.delete().where(InteractionPerson.interaction == entry_id).execute()
    if participants:
        InteractionPerson.insert_many(
            [{"interaction": entry_id, "person": pid} for pid in participants]
        ).execute()
    follow_up_ids = _save_follow_ups(entry_id, data.follow_ups)
    return EntrySaved(entry_id, created, follow_up_ids)


def _new_person(name: str) -> PersonData:
    """A person added in passing by typing their name: the last word is the family name."""
    words = name.split()
    if len(words) < 2:
        return PersonData(given_name=name, display_name=name)
    return PersonData(given_name=" ".join(words[:-1]), family_name=words[-1], display_name=name)


def _save_follow_ups(entry_id: int, follow_ups: list[FollowUpData]) -> list[int]:
    kept = [f.id for f in follow_ups if f.id is not None]
    gone = FollowUp.delete().where(FollowUp.interaction == entry_id)
    if kept:
        gone = gone.where(FollowUp.id.not_in(kept))
    gone.execute()
    ids = []
    for follow_up in follow_ups:
        row = {
            "title": follow_up.title,
            "due_on": follow_up.due_on,
            "person": follow_up.person_id,
            "done_at": follow_up.done_at,
            "interaction": entry_id,
        }
        if follow_up.id is not None and (
            FollowUp.update(**row).where(FollowUp.id == follow_up.id).execute()
        ):
            ids.append(follow_up.id)
        else:  # new, or deleted elsewhere while the entry was open: keep what the user sees
            ids.append(int(FollowUp.insert(**row).execute()))
    return ids


def create_entry(data: EntryData) -> EntrySaved:
    """Add an entry with its new people, participants and follow-ups, all or nothing."""
    data = validate_entry(data)
    with write():
        return _save(None, data)


def update_entry(entry_id: int, data: EntryData) -> EntrySaved:
    """Replace an entry's fields, participants and follow-ups with ``data``."""
    data = validate_entry(data)
    with write():
        return _save(entry_id, data)


def get_entry(entry_id: int) -> EntryData:
    """Return what the log dialog shows for an entry."""
    entry = Interaction.get_by_id(entry_id)
    participants = [
        pid
        for (pid,) in tuples(
            InteractionPerson.select(InteractionPerson.person)
            .where(InteractionPerson.interaction == entry_id)
            .order_by(InteractionPerson.id)
        )
    ]
    follow_ups = [
        FollowUpData(title, due_on, person_id, done_at, fid)
        for fid, title, due_on, person_id, done_at in tuples(
            FollowUp.select(
                FollowUp.id, FollowUp.title, FollowUp.due_on, FollowUp.person, FollowUp.done_at
            )
            .where(FollowUp.interaction == entry_id)
            .order_by(FollowUp.id)
        )
    ]
    return EntryData(
        occurred_at=entry.occurred_at,
        kind=entry.kind,
        title=entry.title,
        location=entry.location,
        notes=entry.notes,
        template=entry.template,
        participant_ids=participants,
        follow_ups=follow_ups,
    )


def snapshot_entry(entry_id: int) -> EntrySnapshot:
    """Return an entry's whole stored state, for undo."""
    entry = Interaction.get_by_id(entry_id)
    return EntrySnapshot(
        entry_id, get_entry(entry_id), entry.deleted_at, entry.created_at, entry.updated_at
    )


def restore_entry(snapshot: EntrySnapshot) -> None:
    """Put an entry back exactly as snapshotted, under the same ids (undo)."""
    data = snapshot.data
    with write():
        row = {
            "occurred_at": data.occurred_at,
            "kind": data.kind,
            "title": data.title,
            "location": data.location,
            "notes": data.notes,
            "template": data.template,
            "deleted_at": snapshot.deleted_at,
            "created_at": snapshot.created_at,
            "updated_at": snapshot.updated_at,
        }
        if Interaction.select().where(Interaction.id == snapshot.id).exists():
            Interaction.update(**row).where(Interaction.id == snapshot.id).execute()
        else:
            Interaction.insert(id=snapshot.id, **row).execute()
        existing = {pid for (pid,) in tuples(Person.select(Person.id))}
        InteractionPerson.delete().where(InteractionPerson.interaction == snapshot.id).execute()
        participants = [pid for pid in data.participant_ids if pid in existing]
        if participants:
            InteractionPerson.insert_many(
                [{"interaction": snapshot.id, "person": pid} for pid in participants]
            ).execute()
        FollowUp.delete().where(FollowUp.interaction == snapshot.id).execute()
        for follow_up in data.follow_ups:
            FollowUp.insert(
                id=follow_up.id,
                title=follow_up.title,
                due_on=follow_up.due_on,
                person=follow_up.person_id if follow_up.person_id in existing else None,
                done_at=follow_up.done_at,
                interaction=snapshot.id,
            ).on_conflict_replace().execute()


def trash_entries(entry_ids: list[int]) -> dict[int, dt.datetime | None]:
    """Move entries to the trash; return each one's previous trash time, for undo."""
    with write():
        before = {
            eid: deleted_at
            for eid, deleted_at in tuples(
                Interaction.select(Interaction.id, Interaction.deleted_at).where(
                    Interaction.id.in_(entry_ids)
                )
            )
        }
        Interaction.update(deleted_at=utcnow()).where(
            Interaction.id.in_(entry_ids) & Interaction.deleted_at.is_null()
        ).execute()
        return before


def set_entries_trashed_at(times: dict[int, dt.datetime | None]) -> None:
    """Put back each entry's trash time exactly (undo of a move to the trash)."""
    with write():
        for entry_id, deleted_at in times.items():
            Interaction.update(deleted_at=deleted_at).where(Interaction.id == entry_id).execute()


def restore_entries(entry_ids: list[int]) -> None:
    """Take entries out of the trash."""
    with write():
        Interaction.update(deleted_at=None).where(Interaction.id.in_(entry_ids)).execute()


def forget_entry(entry_id: int, scrub: bool = True) -> None:
    """Remove an entry, who was there and its follow-ups from the journal.

    ``scrub`` merges the search index too, so no trace of the text lingers (see
    :func:`networkjournal.store.people.forget_person`).
    """
    with write():
        FollowUp.delete().where(FollowUp.interaction == entry_id).execute()
        Interaction.delete_by_id(entry_id)
    if scrub:
        optimize_search_index()


def _where(flt: EntryFilter) -> tuple[str, list[object]]:
    clauses = ["i.deleted_at IS NOT NULL" if flt.trashed else "i.deleted_at IS NULL"]
    params: list[object] = []
    if flt.kind:
        clauses.append("i.kind = ?")
        params.append(flt.kind)
    if flt.person_id is not None:
        # Read from the person's own rows of interaction_person (see _source), so a
        # person with 800 entries among 200,000 costs 800 lookups, not a scan.
        clauses.append("ipf.person_id = ?")
        params.append(flt.person_id)
    if flt.network_id is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM interaction_person ip JOIN person_network pn "
            "ON pn.person_id = ip.person_id WHERE ip.interaction_id = i.id AND pn.network_id = ?)"
        )
        params.append(flt.network_id)
    if flt.start is not None:
        clauses.append("i.occurred_at >= ?")
        params.append(dt.datetime.combine(flt.start, dt.time()))
    if flt.end is not None:
        clauses.append("i.occurred_at < ?")
        params.append(dt.datetime.combine(flt.end + dt.timedelta(days=1), dt.time()))
    expression = match_expression(flt.text)
    if expression is not None:
        clauses.append(f"i.id IN ({ENTRY_DOCS})")
        params.append(expression)
    # Text with nothing to search for (punctuation, or only words to leave out) filters
    # nothing, as in search everywhere else.
    return " AND ".join(clauses), params


def _source(flt: EntryFilter) -> str:
    """The tables an entry query reads: one person's entries start from their links."""
    if flt.person_id is None:
        return "interaction i"
    return "interaction_person ipf CROSS JOIN interaction i ON i.id = ipf.interaction_id"


def entry_ids(flt: EntryFilter, limit: int | None = None) -> list[int]:
    """Return the ids of the entries ``flt`` selects, newest first (at most ``limit``)."""
    where, params = _where(flt)
    sql = f"SELECT i.id FROM {_source(flt)} WHERE {where} ORDER BY i.occurred_at DESC, i.id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [row[0] for row in db.execute_sql(sql, params).fetchall()]


def entry_rows(ids: list[int]) -> dict[int, EntryRow]:
    """Fetch the list columns for the given entries."""
    if not ids:
        return {}
    rows: dict[int, EntryRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        names: dict[int, list[str]] = {eid: [] for eid in chunk}
        for eid, name in db.execute_sql(
            "SELECT ip.interaction_id, p.display_name FROM interaction_person ip "
            f"JOIN person p ON p.id = ip.person_id WHERE ip.interaction_id IN ({marks}) "
            "ORDER BY ip.id",
            chunk,
        ):
            names[eid].append(name)
        for eid, occurred_at, kind, title, location, notes in db.execute_sql(
            "SELECT id, occurred_at, kind, title, location, substr(notes, 1, 600) "
            f"FROM interaction WHERE id IN ({marks})",
            chunk,
        ):
            people = tuple(names[eid])
            rows[eid] = EntryRow(
                id=eid,
                occurred_at=_as_datetime(occurred_at),
                kind=kind,
                title=title or default_title(kind, list(people)),
                location=location,
                people=people,
                snippet=notes_snippet(notes),
            )
    return rows


def notes_snippet(notes: str, length: int = SNIPPET_LENGTH) -> str:
    """Return the start of Markdown notes as one line of plain words."""
    # A link target is dropped even when the notes were cut short inside it.
    marks = r"!\[|[#>*_`~\[\]]+|^\s*[-+]\s+|!?\((?:https?|file):(?:[^)]*\)|\S*)"
    text = re.sub(marks, " ", notes, flags=re.M)
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _as_datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def timeline(person_id: int, limit: int | None = None) -> list[EntryRow]:
    """Return the entries ``person_id`` was in, newest first (the trash left out)."""
    ids = entry_ids(EntryFilter(person_id=person_id), limit)
    rows = entry_rows(ids)
    return [rows[eid] for eid in ids if eid in rows]


def entry_count(flt: EntryFilter | None = None) -> int:
    """Return how many entries ``flt`` selects (all entries outside the trash by default)."""
    flt = flt or EntryFilter()
    where, params = _where(flt)
    return int(
        db.execute_sql(f"SELECT COUNT(*) FROM {_source(flt)} WHERE {where}", params).fetchone()[0]
    )
