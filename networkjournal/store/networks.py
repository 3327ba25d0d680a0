"""Networks: the categories a person's relationships fall into."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from peewee import JOIN, IntegrityError, fn

from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.schema import Network, Person, PersonNetwork, tuples, utcnow

# (name, colour, default keep-in-touch days, description)
DEFAULT_NETWORKS = [
    ("Social", "#e07a2f", 60, "Cohort, flatmates, teams and societies."),
    ("Personal support", "#3f9c6b", 30, "Family, friends and peers who help when it is hard."),
    (
        "Academic support",
        "#3b6fc4",
        90,
        "Tutors, supervisors, lecturers, demonstrators and doctors.",
    ),
]

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
# Colours offered to a new network, in turn, after the seeded ones.
PALETTE = ["#8e5cc2", "#c2497a", "#2a9fb0", "#9a8a2b", "#6b7a8f", "#b5533c"]


@dataclass
class NetworkInfo:
    """A network as lists show it, with the number of active people in it."""

    id: int
    name: str
    colour: str
    position: int
    keep_in_touch_days: int | None
    description: str
    people: int = 0


@dataclass
class NetworkSnapshot:
    """Everything needed to bring back a deleted network, members and roles included."""

    id: int
    name: str
    colour: str
    position: int
    keep_in_touch_days: int | None
    description: str
    members: list[tuple[int, str]] = field(default_factory=list)  # (person id, role)
    created_at: dt.datetime | None = None


def seed_default_networks() -> None:
    """Create the three networks every new journal starts with."""
    for position, (name, colour, days, description) in enumerate(DEFAULT_NETWORKS):
        Network.create(
            name=name,
            colour=colour,
            keep_in_touch_days=days,
            description=description,
            position=position,
        )


def list_networks() -> list[NetworkInfo]:
    """Return all networks in the user's order, with counts of active people."""
    active = (Person.archived == False) & Person.deleted_at.is_null()  # noqa: E712
    count = fn.COUNT(Person.id)
    query = (
        Network.select(
            Network.id,
            Network.name,
            Network.colour,
            Network.position,
            Network.keep_in_touch_days,
            Network.description,
            count,
        )
        .join(PersonNetwork, JOIN.LEFT_OUTER)
        .join(Person, JOIN.LEFT_OUTER, on=(PersonNetwork.person == Person.id) & active)
        .group_by(Network.id)
        .order_by(Network.position, Network.id)
    )
    return [NetworkInfo(*row) for row in tuples(query)]


def _clean_name(name: str, exclude_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "a network needs a name")
    # Compared in Python: SQLite's lower() and NOCASE fold ASCII letters only, so
    # "ÉTUDES" would not clash with "Études" there.
    others = Network.select(Network.name)
    if exclude_id is not None:
        others = others.where(Network.id != exclude_id)
    if any(other.name.casefold() == name.casefold() for other in others):
        raise ValidationError("name", f"there is already a network called {name!r}")
    return name


def _clean_colour(colour: str) -> str:
    if not _COLOUR.fullmatch(colour):
        raise ValidationError("colour", f"{colour!r} is not a colour like #3b6fc4")
    return colour.lower()


def _unused_colour() -> str:
    """Return the first palette colour no network wears yet (cycling when all are worn)."""
    worn = [n.colour.lower() for n in Network.select(Network.colour)]
    for colour in PALETTE:
        if colour not in worn:
            return colour
    return PALETTE[len(worn) % len(PALETTE)]


def create_network(
    name: str,
    colour: str | None = None,
    keep_in_touch_days: int | None = None,
    description: str = "",
) -> int:
    """Create a network at the end of the list and return its id."""
    with write():
        name = _clean_name(name)
        colour = _clean_colour(colour or _unused_colour())
        last = Network.select(fn.MAX(Network.position)).scalar()
        return int(
            Network.create(
                name=name,
                colour=colour,
                keep_in_touch_days=keep_in_touch_days,
                description=description,
                position=(last + 1) if last is not None else 0,
            ).id
        )


def rename_network(network_id: int, name: str) -> None:
    """Give a network a new name (names are unique, ignoring case)."""
    with write():
        name = _clean_name(name, exclude_id=network_id)
        Network.update(name=name).where(Network.id == network_id).execute()


def recolour_network(network_id: int, colour: str) -> None:
    """Change the colour a network is drawn in."""
    with write():
        Network.update(colour=_clean_colour(colour)).where(Network.id == network_id).execute()


def set_network_keep_in_touch(network_id: int, days: int | None) -> None:
    """Set how often, by default, people in this network should hear from you."""
    if days is not None and days <= 0:
        raise ValidationError("keep_in_touch_days", "the period must be at least one day")
    with write():
        Network.update(keep_in_touch_days=days).where(Network.id == network_id).execute()


def network_order() -> list[int]:
    """Return network ids in the user's order."""
    return [n.id for n in Network.select(Network.id).order_by(Network.position, Network.id)]


def reorder_networks(ordered_ids: list[int]) -> None:
    """Put the networks in the given order (every network id exactly once)."""
    with write():
        if sorted(ordered_ids) != sorted(network_order()):
            raise ValueError("reorder_networks needs every network exactly once")
        for position, network_id in enumerate(ordered_ids):
            Network.update(position=position).where(Network.id == network_id).execute()


def move_network(network_id: int, offset: int) -> bool:
    """Move a network up (-1) or down (+1) the list; return False at either end."""
    order = network_order()
    index = order.index(network_id)
    target = index + offset
    if not 0 <= target < len(order):
        return False
    order.insert(target, order.pop(index))
    reorder_networks(order)
    return True


def snapshot_network(network_id: int) -> NetworkSnapshot:
    """Return what :func:`restore_network` needs to undo a delete."""
    n = Network.get_by_id(network_id)
    members = [
        (pid, role)
        for pid, role in tuples(
            PersonNetwork.select(PersonNetwork.person, PersonNetwork.role).where(
                PersonNetwork.network == network_id
            )
        )
    ]
    return NetworkSnapshot(
        n.id,
        n.name,
        n.colour,
        n.position,
        n.keep_in_touch_days,
        n.description,
        members,
        n.created_at,
    )


def delete_network(network_id: int) -> NetworkSnapshot:
    """Delete a network; its people stay in the journal.  Returns a snapshot for undo."""
    with write():
        snapshot = snapshot_network(network_id)
        Network.delete_by_id(network_id)
        return snapshot


def restore_network(snapshot: NetworkSnapshot) -> None:
    """Bring back a deleted network with its id, place, and members with their roles."""
    with write():
        try:
            Network.insert(
                id=snapshot.id,
                name=snapshot.name,
                colour=snapshot.colour,
                position=snapshot.position,
                keep_in_touch_days=snapshot.keep_in_touch_days,
                description=snapshot.description,
                created_at=snapshot.created_at or utcnow(),
            ).execute()
        except IntegrityError as exc:
            raise ValidationError("name", f"a network called {snapshot.name!r} exists") from exc
        existing = {p.id for p in Person.select(Person.id)}
        rows = [
            {"person": pid, "network": snapshot.id, "role": role}
            for pid, role in snapshot.members
            if pid in existing
        ]
        if rows:
            PersonNetwork.insert_many(rows).execute()


def add_people_to_network(person_ids: list[int], network_id: int, role: str = "") -> list[int]:
    """Add people to a network; return the ids that were not already in it."""
    with write():
        already = {
            pid
            for (pid,) in tuples(
                PersonNetwork.select(PersonNetwork.person).where(
                    (PersonNetwork.network == network_id) & PersonNetwork.person.in_(person_ids)
                )
            )
        }
        added = [pid for pid in dict.fromkeys(person_ids) if pid not in already]
        if added:
            PersonNetwork.insert_many(
                [{"person": pid, "network": network_id, "role": role} for pid in added]
            ).execute()
            Person.update(updated_at=utcnow()).where(Person.id.in_(added)).execute()
        return added


def remove_people_from_network(person_ids: list[int], network_id: int) -> None:
    """Take people out of a network (they stay in the journal)."""
    with write():
        PersonNetwork.delete().where(
            (PersonNetwork.network == network_id) & PersonNetwork.person.in_(person_ids)
        ).execute()
