"""Drafts: an entry being typed, kept in the journal so that a crash loses nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from networkjournal.store.db import write
from networkjournal.store.journal import EntryData, FollowUpData
from networkjournal.store.schema import Draft, tuples, utcnow

ENTRY_DRAFT = "entry"


@dataclass(frozen=True)
class DraftInfo:
    """An unsaved entry found in the journal."""

    id: int
    updated_at: dt.datetime
    data: EntryData
    entry_id: int | None  # the entry being edited; None for a new one


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"cannot keep {value!r} in a draft")


def _payload(data: EntryData, entry_id: int | None) -> str:
    return json.dumps(
        {"entry_id": entry_id, "entry": dataclasses.asdict(data)},
        default=_encode,
        ensure_ascii=False,
    )


def _entry(payload: dict[str, Any]) -> EntryData:
    fields = dict(payload)
    fields["occurred_at"] = dt.datetime.fromisoformat(fields["occurred_at"])
    follow_ups = []
    for item in fields.get("follow_ups", []):
        item = dict(item)
        if item.get("due_on"):
            item["due_on"] = dt.date.fromisoformat(item["due_on"])
        if item.get("done_at"):
            item["done_at"] = dt.datetime.fromisoformat(item["done_at"])
        follow_ups.append(FollowUpData(**item))
    fields["follow_ups"] = follow_ups
    return EntryData(**fields)


def save_entry_draft(
    data: EntryData, entry_id: int | None = None, draft_id: int | None = None
) -> int:
    """Keep the entry being typed; return the draft's id (the same one when updating)."""
    payload = _payload(data, entry_id)
    with write():
        if (
            draft_id is not None
            and Draft.update(payload=payload, updated_at=utcnow())
            .where(Draft.id == draft_id)
            .execute()
        ):
            return draft_id
        return int(Draft.insert(kind=ENTRY_DRAFT, payload=payload).execute())


def entry_drafts() -> list[DraftInfo]:
    """Return the unsaved entries in the journal, newest first (unreadable ones skipped)."""
    drafts = []
    query = (
        Draft.select(Draft.id, Draft.updated_at, Draft.payload)
        .where(Draft.kind == ENTRY_DRAFT)
        .order_by(Draft.updated_at.desc(), Draft.id.desc())
    )
    for draft_id, updated_at, payload in tuples(query):
        try:
            content = json.loads(payload)
            data = _entry(content["entry"])
        except (ValueError, KeyError, TypeError):
            continue  # written by a newer version, or damaged: never a reason to crash
        drafts.append(DraftInfo(draft_id, updated_at, data, content.get("entry_id")))
    return drafts


def discard_draft(draft_id: int) -> None:
    """Forget a draft (after the entry was saved, or the user threw it away)."""
    with write():
        Draft.delete_by_id(draft_id)
