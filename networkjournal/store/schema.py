"""The whole schema of a journal, in one place (see docs/design.md, "Domain model").

Models are bound to :data:`db`, which is created unbound and opened once by
:func:`networkjournal.store.db.open_journal`.  The tables are *created* by the
versioned steps in :mod:`networkjournal.store.migrations`, never by
``create_tables``; a test checks the two agree.

Timestamps the program records (created, updated, deleted, done) are naive UTC.
Times the user gives (when a meeting happened) are naive local wall-clock time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import (
    SQL,
    AutoField,
    BlobField,
    BooleanField,
    Check,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from networkjournal.store.encryption import JournalDatabase
from networkjournal.store.partial_dates import PartialDate

db = JournalDatabase(None)


def utcnow() -> dt.datetime:
    """Return the current UTC time as a naive datetime (how the journal stores it)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def tuples(query: Any) -> list[tuple[Any, ...]]:
    """Return a query's rows as plain tuples (typed loosely: peewee's stubs cannot say more)."""
    return [tuple(row) for row in query.tuples()]


class PartialDateField(TextField):
    """A :class:`PartialDate` stored as reduced ISO 8601 text (``--09-23``: year unknown)."""

    def db_value(self, value: Any) -> str | None:
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, PartialDate):
            return value.to_iso()
        if isinstance(value, dt.date):
            return PartialDate.from_date(value).to_iso()
        raise TypeError(f"not a partial date: {value!r}")

    def python_value(self, value: Any) -> PartialDate | None:
        if value is None or value == "":
            return None
        return PartialDate.from_iso(value)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class JournalInfo(BaseModel):
    """Facts about the journal itself: its stable id, when it was last backed up."""

    key = TextField(primary_key=True)
    value = TextField()


class Network(BaseModel):
    """A category of relationships: Social, Personal support, Academic support …"""

    id = AutoField()

    name = TextField(unique=True, collation="NOCASE")
    description = TextField(default="")
    colour = TextField(default="#808080")
    position = IntegerField(default=0)
    keep_in_touch_days = IntegerField(null=True)
    created_at = DateTimeField(default=utcnow)


class Person(BaseModel):
    """Someone you know."""

    id = AutoField()

    uid = TextField(null=True, unique=True)  # vCard UID, for matching on re-import
    given_name = TextField(default="")
    family_name = TextField(default="")
    display_name = TextField()
    sort_name = TextField(index=True)  # folded display name: case and diacritics removed
    nickname = TextField(default="")
    pronouns = TextField(default="")
    headline = TextField(default="")  # their role: "Anatomy demonstrator", "FY2 doctor"
    photo = BlobField(null=True)
    birthday = PartialDateField(null=True)
    met_on = PartialDateField(null=True)
    met_at = TextField(default="")
    how_met = TextField(default="")
    introduced_by = ForeignKeyField("self", null=True, on_delete="SET NULL", backref="introduced")
    closeness = IntegerField(null=True, constraints=[Check("closeness BETWEEN 1 AND 5")])
    knows_me = IntegerField(default=0, constraints=[Check("knows_me BETWEEN 0 AND 3")])
    keep_in_touch_days = IntegerField(null=True)
    snoozed_until = DateField(null=True)
    is_referee = BooleanField(default=False)
    referee_note = TextField(default="")
    notes = TextField(default="")
    extra = TextField(
        default=""
    )  # JSON: properties imported but not understood, given back on export
    archived = BooleanField(default=False)
    deleted_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utcnow, index=True)
    updated_at = DateTimeField(default=utcnow)
    # When they were last in an entry outside the trash: derived, written only by the
    # journal's triggers (migration 4), so sorting and the due rule read one column.
    last_contact_at = DateTimeField(null=True, index=True)


class PersonNetwork(BaseModel):
    """A person's membership of a network, with their role in it."""

    id = AutoField()

    # The unique (person, network) index serves lookups by person too.
    person = ForeignKeyField(Person, on_delete="CASCADE", backref="network_links", index=False)
    network = ForeignKeyField(Network, on_delete="CASCADE", backref="person_links")
    role = TextField(default="")
    created_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("person", "network"), True),)


class ContactMethod(BaseModel):
    """A way to reach someone: email, phone, LinkedIn …"""

    id = AutoField()

    person = ForeignKeyField(Person, on_delete="CASCADE", backref="contact_methods")
    kind = TextField()
    label = TextField(default="")
    value = TextField()
    preferred = BooleanField(default=False)
    position = IntegerField(default=0)


class Organisation(BaseModel):
    """A society, team, hall, cohort, hospital, department or company."""

    id = AutoField()

    name = TextField(collation="NOCASE")
    kind = TextField(default="other")
    notes = TextField(default="")
    created_at = DateTimeField(default=utcnow)


class Membership(BaseModel):
    """A person's place in an organisation."""

    id = AutoField()

    person = ForeignKeyField(Person, on_delete="CASCADE", backref="memberships")
    organisation = ForeignKeyField(Organisation, on_delete="CASCADE", backref="memberships")
    role = TextField(default="")
    since = PartialDateField(null=True)
    until = PartialDateField(null=True)


class Interaction(BaseModel):
    """A journal entry: a meeting, call, message, event."""

    id = AutoField()

    occurred_at = DateTimeField(index=True)
    kind = TextField(default="meeting")
    title = TextField(default="")
    location = TextField(default="")
    notes = TextField(default="")  # Markdown
    template = TextField(default="")
    deleted_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class InteractionPerson(BaseModel):
    """Who was there."""

    id = AutoField()

    # Both directions are covered by the two composite indexes below.
    interaction = ForeignKeyField(
        Interaction, on_delete="CASCADE", backref="participants", index=False
    )
    person = ForeignKeyField(Person, on_delete="CASCADE", backref="interaction_links", index=False)

    class Meta:
        indexes = (
            (("interaction", "person"), True),
            (("person", "interaction"), False),
        )


class Fact(BaseModel):
    """Something I know about them."""

    id = AutoField()

    person = ForeignKeyField(Person, on_delete="CASCADE", backref="facts")
    category = TextField(default="other")
    text = TextField()
    noted_on = DateField(null=True)
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL", backref="facts")
    created_at = DateTimeField(default=utcnow)


class Disclosure(BaseModel):
    """Something they know about me: what I told them, or what they saw me do."""

    id = AutoField()

    person = ForeignKeyField(Person, on_delete="CASCADE", backref="disclosures")
    text = TextField()
    shared_on = DateField(null=True)
    witnessed = BooleanField(default=False)
    interaction = ForeignKeyField(
        Interaction, null=True, on_delete="SET NULL", backref="disclosures"
    )
    created_at = DateTimeField(default=utcnow)


class Topic(BaseModel):
    """Something we are learning or working on together."""

    id = AutoField()

    title = TextField()
    kind = TextField(default="other")
    status = TextField(default="idea")
    started_on = PartialDateField(null=True)
    ended_on = PartialDateField(null=True)
    notes = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class TopicPerson(BaseModel):
    """A person's part in a topic: supervisor, co-author, study partner."""

    id = AutoField()

    topic = ForeignKeyField(Topic, on_delete="CASCADE", backref="people", index=False)
    person = ForeignKeyField(Person, on_delete="CASCADE", backref="topic_links")
    role = TextField(default="")

    class Meta:
        indexes = ((("topic", "person"), True),)


class Relationship(BaseModel):
    """Who knows whom; undirected unless the kind is directed (supervises, introduced)."""

    id = AutoField()

    person_a = ForeignKeyField(Person, on_delete="CASCADE", backref="relationships_from")
    person_b = ForeignKeyField(Person, on_delete="CASCADE", backref="relationships_to")
    kind = TextField(default="knows")
    note = TextField(default="")
    created_at = DateTimeField(default=utcnow)

    class Meta:
        constraints = [SQL("CHECK (person_a_id <> person_b_id)")]  # noqa: RUF012


class Tag(BaseModel):
    """A free label."""

    id = AutoField()

    name = TextField(unique=True, collation="NOCASE")
    colour = TextField(default="")


class PersonTag(BaseModel):
    """A label on a person."""

    id = AutoField()
    person = ForeignKeyField(Person, on_delete="CASCADE", backref="tag_links", index=False)
    tag = ForeignKeyField(Tag, on_delete="CASCADE", backref="person_links")

    class Meta:
        indexes = ((("person", "tag"), True),)


class FollowUp(BaseModel):
    """Something to do, perhaps concerning a person, an entry or a topic."""

    id = AutoField()

    title = TextField()
    due_on = DateField(null=True, index=True)
    done_at = DateTimeField(null=True)
    person = ForeignKeyField(Person, null=True, on_delete="CASCADE", backref="follow_ups")
    interaction = ForeignKeyField(
        Interaction, null=True, on_delete="SET NULL", backref="follow_ups"
    )
    topic = ForeignKeyField(Topic, null=True, on_delete="SET NULL", backref="follow_ups")
    created_at = DateTimeField(default=utcnow)


class ImportantDate(BaseModel):
    """An anniversary, exam or rotation, perhaps about a person."""

    id = AutoField()

    person = ForeignKeyField(Person, null=True, on_delete="CASCADE", backref="important_dates")
    label = TextField()
    date = PartialDateField()
    yearly = BooleanField(default=False)
    created_at = DateTimeField(default=utcnow)


class NoteTemplate(BaseModel):
    """A reusable start for a journal entry's notes (supervision, study session …)."""

    id = AutoField()

    name = TextField(unique=True, collation="NOCASE")
    kind = TextField(default="meeting")
    body = TextField(default="")
    position = IntegerField(default=0)


class Draft(BaseModel):
    """Unsaved work kept in the journal so a crash loses nothing typed."""

    id = AutoField()

    kind = TextField()
    payload = TextField()  # JSON
    updated_at = DateTimeField(default=utcnow)


MODELS: list[type[BaseModel]] = [
    JournalInfo,
    Network,
    Person,
    PersonNetwork,
    ContactMethod,
    Organisation,
    Membership,
    Interaction,
    InteractionPerson,
    Fact,
    Disclosure,
    Topic,
    TopicPerson,
    Relationship,
    Tag,
    PersonTag,
    FollowUp,
    ImportantDate,
    NoteTemplate,
    Draft,
]
