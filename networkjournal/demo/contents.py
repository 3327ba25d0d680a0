"""What a journal holds, as the demo builders check and report it."""

from __future__ import annotations

from networkjournal.store.schema import (
    ContactMethod,
    Fact,
    FollowUp,
    Interaction,
    InteractionPerson,
    Network,
    Person,
    PersonNetwork,
)


def require_empty() -> None:
    """Raise ValueError if the journal holds anyone, archived and trashed people included.

    The same test the CLI and the window make before offering the demo: an
    invented life mixed into a real journal could not be taken out again.
    """
    if Person.select().exists():
        raise ValueError("the demo fills only an empty journal, and this one has people in it")


def count_contents() -> dict[str, int]:
    """Return how many rows of each kind the journal holds, by the names the CLI prints."""
    return {
        "people": Person.select().count(),
        "networks": Network.select().count(),
        "memberships": PersonNetwork.select().count(),
        "contact_methods": ContactMethod.select().count(),
        "interactions": Interaction.select().count(),
        "participants": InteractionPerson.select().count(),
        "facts": Fact.select().count(),
        "follow_ups": FollowUp.select().count(),
    }
