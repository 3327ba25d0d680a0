"""Where the user put people on the network map: kept in the journal, so it travels with it.

The layout leaves a pinned person where the user dragged them. The places are one JSON
object in ``journal_info`` (``{"person id": [x, y]}``): a view setting, not part of
the domain, so it needs no table of its own, and it goes into backups and archives
with the rest of the journal. A forgotten person's place is dropped at the next write.
"""

from __future__ import annotations

import json
import math

from networkjournal.store.db import write
from networkjournal.store.schema import JournalInfo, Person

KEY = "map_pinned"

Point = tuple[float, float]


def pinned_places() -> dict[int, Point]:
    """Every pinned person's place; anything unreadable in the record is left out."""
    row = JournalInfo.get_or_none(JournalInfo.key == KEY)
    if row is None:
        return {}
    try:
        raw = json.loads(row.value)
    except ValueError:
        return {}
    places: dict[int, Point] = {}
    if not isinstance(raw, dict):
        return places
    for key, value in raw.items():
        try:
            person_id = int(key)
            x, y = (float(value[0]), float(value[1]))
        except (TypeError, ValueError, IndexError, KeyError):
            continue
        if math.isfinite(x) and math.isfinite(y):
            places[person_id] = (x, y)
    return places


def set_pinned(changes: dict[int, Point | None]) -> dict[int, Point | None]:
    """Pin people at places (a place) or let the layout place them again (None).

    Returns what each changed person had before, in the same form, so the change
    can be undone by passing it back.
    """
    places = pinned_places()
    before: dict[int, Point | None] = {pid: places.get(pid) for pid in changes}
    for person_id, place in changes.items():
        if place is None:
            places.pop(person_id, None)
        elif math.isfinite(place[0]) and math.isfinite(place[1]):
            places[person_id] = (float(place[0]), float(place[1]))
    existing = {row.id for row in Person.select(Person.id).where(Person.id.in_(list(places)))}
    value = json.dumps(
        {str(pid): [x, y] for pid, (x, y) in places.items() if pid in existing},
        separators=(",", ":"),
    )
    with write():
        JournalInfo.insert(key=KEY, value=value).on_conflict_replace().execute()
    return before
