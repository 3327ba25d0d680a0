"""The whole demo cast: a medical student's network at a London medical school."""

from __future__ import annotations

from networkjournal.demo.cast_academic import ACADEMIC_CAST
from networkjournal.demo.cast_social import SOCIAL_CAST
from networkjournal.demo.cast_support import SUPPORT_CAST
from networkjournal.demo.spec import PersonSpec

CAST: tuple[PersonSpec, ...] = SUPPORT_CAST + SOCIAL_CAST + ACADEMIC_CAST


def in_introduction_order(cast: tuple[PersonSpec, ...]) -> list[PersonSpec]:
    """Return the cast with everyone after the person who introduced them.

    Raises ValueError for a repeated key, an unknown introducer or a cycle,
    so a mistake in the cast data shows up at once rather than as a null link.
    """
    by_key: dict[str, PersonSpec] = {}
    for spec in cast:
        if spec.key in by_key:
            raise ValueError(f"the demo cast has two people with the key {spec.key!r}")
        by_key[spec.key] = spec
    ordered: list[PersonSpec] = []
    placed: set[str] = set()
    visiting: set[str] = set()

    def place(spec: PersonSpec) -> None:
        if spec.key in placed:
            return
        if spec.key in visiting:
            raise ValueError(f"the demo cast's introductions go round in a circle at {spec.key!r}")
        visiting.add(spec.key)
        if spec.introduced_by:
            introducer = by_key.get(spec.introduced_by)
            if introducer is None:
                raise ValueError(
                    f"{spec.key!r} was introduced by {spec.introduced_by!r}, who is not in the cast"
                )
            place(introducer)
        visiting.discard(spec.key)
        placed.add(spec.key)
        ordered.append(spec)

    for spec in cast:
        place(spec)
    return ordered
