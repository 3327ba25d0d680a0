"""What a journal holds, as the demo builders check and report it."""

from __future__ import annotations

from networkjournal.store.schema import (
    ContactMethod,
    Disclosure,
    Fact,
    FollowUp,
    ImportantDate,
    Interaction,
    InteractionPerson,
    Membership,
    Network,
    Organisation,
    Person,
    PersonNetwork,
    PersonTag,
    Relationship,
    Tag,
    Topic,
    TopicPerson,
)


def require_empty() -> None:
    """Raise ValueError if the journal holds anyone, archived and trashed people included.

    The same test the CLI and the window make before offering the demo: an
    invented life mixed into a real journal could not be taken out again.
    """
    if Person.select().exists():
        raise ValueError("the demo fills only an empty journal, and this one has people in it")


def count_contents() -> dict[str, int]:
    """Return how many rows of each kind the journal holds, by the names the CLI prints.

    "memberships" are people's places in organisations; their places in the
    three networks are "network_memberships".
    """
    return {
        "people": Person.select().count(),
        "networks": Network.select().count(),
        "network_memberships": PersonNetwork.select().count(),
        "contact_methods": ContactMethod.select().count(),
        "interactions": Interaction.select().count(),
        "participants": InteractionPerson.select().count(),
        "follow_ups": FollowUp.select().count(),
        "facts": Fact.select().count(),
        "disclosures": Disclosure.select().count(),
        "topics": Topic.select().count(),
        "topic_people": TopicPerson.select().count(),
        "organisations": Organisation.select().count(),
        "memberships": Membership.select().count(),
        "relationships": Relationship.select().count(),
        "tags": Tag.select().count(),
        "person_tags": PersonTag.select().count(),
        "important_dates": ImportantDate.select().count(),
    }
