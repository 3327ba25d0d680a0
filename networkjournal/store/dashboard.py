"""Figures for the overview: how each network is doing, and entries month by month.

Every figure counts the same people as a people-list filter (a network plus a
``DUE``, ``CONTACTED_SINCE`` or ``ADDED_SINCE`` choice), so clicking a figure
shows exactly the people it counts.  Each set is worked out once, in SQL, for
all networks together.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from networkjournal.store.people_list import contacted_since_sql
from networkjournal.store.reminders import due_condition_sql
from networkjournal.store.schema import db

ACTIVE_DAYS = 90  # "active": in an entry since this many days ago
NEW_DAYS = 30  # "new": added since this many days ago
NEWEST = 3  # how many of the newest additions each network names

EVERYONE = "Everyone"


@dataclass(frozen=True)
class NetworkFigures:
    """How one network (or, with ``network_id`` None, the whole journal) is doing."""

    network_id: int | None  # None: the whole journal ("Everyone")
    name: str
    colour: str
    people: int  # active people in it
    active: int  # of them, in an entry since ACTIVE_DAYS ago
    going_cold: int  # of them, due for contact on or before today
    new: int  # of them, added since NEW_DAYS ago
    newest: tuple[tuple[int, str], ...]  # up to NEWEST (person id, name), newest first


@dataclass(frozen=True)
class MonthlyCounts:
    """Entries per month over the last months, in all and by network."""

    months: tuple[dt.date, ...]  # the first day of each month, oldest first
    # (network id, name, colour, entries per month), one per network in the user's order;
    # an entry counts in every network one of its people belongs to.
    series: tuple[tuple[int | None, str, str, tuple[int, ...]], ...]
    total: tuple[int, ...]  # all entries per month, whoever was there


def active_since(today: dt.date) -> dt.date:
    """Return the first day an entry makes someone count as active."""
    return today - dt.timedelta(days=ACTIVE_DAYS)


def new_since(today: dt.date) -> dt.date:
    """Return the first day an addition counts as new."""
    return today - dt.timedelta(days=NEW_DAYS)


_ACTIVE_PEOPLE = "p.archived = 0 AND p.deleted_at IS NULL"


def network_figures(today: dt.date) -> list[NetworkFigures]:
    """Return the figures for the whole journal, then for each network in the user's order."""
    # One flag per active person for each figure, worked out once; the figures are
    # sums of the flags over each network's members, and over everyone.
    sql = f"""
        WITH flags AS MATERIALIZED (
            SELECT p.id AS person_id,
                   p.id IN ({contacted_since_sql()}) AS active,
                   {due_condition_sql("p")} AS due,
                   p.created_at >= ? AS new
            FROM person p WHERE {_ACTIVE_PEOPLE}
        )
        SELECT NULL, COUNT(*), SUM(f.active), SUM(f.due), SUM(f.new) FROM flags f
        UNION ALL
        SELECT pn.network_id, COUNT(*), SUM(f.active), SUM(f.due), SUM(f.new)
        FROM flags f JOIN person_network pn ON pn.person_id = f.person_id
        GROUP BY pn.network_id
    """
    params = [active_since(today).isoformat(), today.isoformat(), new_since(today).isoformat()]
    counts = {
        network_id: (people, active or 0, due or 0, new or 0)
        for network_id, people, active, due, new in db.execute_sql(sql, params)
    }
    newest = _newest()
    found: list[tuple[int | None, str, str]] = [(None, EVERYONE, ""), *_networks()]
    return [
        NetworkFigures(
            network_id,
            name,
            colour,
            *counts.get(network_id, (0, 0, 0, 0)),
            newest=tuple(newest.get(network_id, [])),
        )
        for network_id, name, colour in found
    ]


def _networks() -> list[tuple[int, str, str]]:
    """(id, name, colour) of every network, in the user's order."""
    return [
        (int(nid), str(name), str(colour))
        for nid, name, colour in db.execute_sql(
            "SELECT id, name, colour FROM network ORDER BY position, id"
        )
    ]


def _newest() -> dict[int | None, list[tuple[int, str]]]:
    """The newest active people of each network (key None: of the whole journal).

    Each list walks the index on ``created_at`` from the newest and stops at
    :data:`NEWEST`, so its cost does not grow with the journal.
    """
    newest_sql = (
        "(SELECT json_group_array(json_array(x.id, x.display_name, x.created_at)) FROM ("
        "SELECT p.id, p.display_name, p.created_at FROM person p "
        f"WHERE {_ACTIVE_PEOPLE} {{in_network}} "
        "ORDER BY p.created_at DESC, p.id DESC LIMIT ?) AS x)"
    )
    in_network = (
        "AND EXISTS (SELECT 1 FROM person_network pn "
        "WHERE pn.person_id = p.id AND pn.network_id = n.id)"
    )
    sql = (
        f"SELECT NULL, {newest_sql.format(in_network='')} "
        f"UNION ALL SELECT n.id, {newest_sql.format(in_network=in_network)} FROM network n"
    )
    newest: dict[int | None, list[tuple[int, str]]] = {}
    for network_id, found in db.execute_sql(sql, (NEWEST, NEWEST)):
        # Sorted again here: an aggregate does not promise to keep its input's order.
        people = sorted(json.loads(found), key=lambda row: (row[2], row[0]), reverse=True)
        newest[network_id] = [(int(pid), str(name)) for pid, name, _ in people]
    return newest


def _month_starts(today: dt.date, months: int) -> list[dt.date]:
    """The first days of the ``months`` months up to and including today's, oldest first."""
    index = today.year * 12 + today.month - 1
    return [dt.date(i // 12, i % 12 + 1, 1) for i in range(index - months + 1, index + 1)]


def monthly_entries(today: dt.date, months: int = 12) -> MonthlyCounts:
    """Count entries (outside the trash) in each of the last ``months`` months, today's included."""
    starts = _month_starts(today, months)
    if not starts:
        return MonthlyCounts((), (), ())
    slot = {start.isoformat()[:7]: n for n, start in enumerate(starts)}
    nxt = starts[-1].replace(day=28) + dt.timedelta(days=4)
    bounds = (starts[0].isoformat(), nxt.replace(day=1).isoformat())
    total = [0] * len(starts)
    for month, count in db.execute_sql(
        "SELECT substr(occurred_at, 1, 7), COUNT(*) FROM interaction "
        "WHERE occurred_at >= ? AND occurred_at < ? AND deleted_at IS NULL GROUP BY 1",
        bounds,
    ):
        total[slot[month]] = count
    networks = _networks()
    per_network: dict[int, list[int]] = {nid: [0] * len(starts) for nid, _, _ in networks}
    # DISTINCT: an entry with two people of one network counts once in it.
    for network_id, month, count in db.execute_sql(
        """
        SELECT pn.network_id, substr(i.occurred_at, 1, 7), COUNT(DISTINCT i.id)
        FROM interaction i
        CROSS JOIN interaction_person ip ON ip.interaction_id = i.id
        JOIN person_network pn ON pn.person_id = ip.person_id
        WHERE i.occurred_at >= ? AND i.occurred_at < ? AND i.deleted_at IS NULL
        GROUP BY pn.network_id, 2
        """,
        bounds,
    ):
        per_network[network_id][slot[month]] = count
    series = tuple((nid, name, colour, tuple(per_network[nid])) for nid, name, colour in networks)
    return MonthlyCounts(tuple(starts), series, tuple(total))
