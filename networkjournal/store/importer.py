"""Bringing contacts read from a file into the journal: who they already are, then save.

:func:`store.import_plan.plan_import` matches each record against the people in
the journal (and the records before it in the same file) without writing
anything; the review step shows the plan; :func:`apply_import` creates or merges
in one transaction.

Sure matches share a UID, an email address, a LinkedIn profile or a phone
number.  A name that is the same (ignoring case and accents) or very close is
only a suggestion: by default such a record becomes a new person, unless it
would add nothing to a person of the same name, in which case it is already
here.  Merging only adds: it fills empty fields and adds missing ways to
reach someone, tags, networks, organisations and notes; it never overwrites
what the user typed.  So importing the same file twice changes nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from peewee import AutoField, Field

from networkjournal.store.contacts import normalise_contact
from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.import_plan import (
    Decision,
    ImportPlan,
    MatchReason,
    uid_key,
)
from networkjournal.store.imported import ImportedContact, RecordError
from networkjournal.store.merge import contact_key
from networkjournal.store.networks import create_network
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import ContactMethodData, PersonData, validate_person
from networkjournal.store.schema import (
    BaseModel,
    ContactMethod,
    Membership,
    Organisation,
    Person,
    PersonNetwork,
    PersonTag,
    Relationship,
    Tag,
    db,
    utcnow,
)
from networkjournal.store.text import fold


@dataclass
class ImportSummary:
    """What an import did.

    Every record of the plan is counted once: in ``created`` (the new
    person's id), ``merged`` (the id of the person it went into, so an id
    repeats when a file repeats someone), ``skipped``, ``unchanged`` or
    ``failed``, which lists first the records the reader could not read.
    After a dry run the ids are those the people would have had.
    """

    created: list[int] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)
    skipped: int = 0
    failed: list[RecordError] = field(default_factory=list)
    unchanged: int = 0
    dry_run: bool = False


class ImportCancelled(Exception):
    """The import was cancelled; nothing was written."""


class _DryRun(Exception):
    """Raised inside the transaction to roll back a dry run."""


class _PersonGone(LookupError):
    """The person a record was to merge into is no longer in the journal."""


# --- saving ----------------------------------------------------------------------------------

# vCard RELATED types → the journal's relationship kinds (anything else: "knows").
_RELATED_KINDS = {
    "friend": "friend",
    "co-worker": "colleague",
    "colleague": "colleague",
    "co-resident": "flatmate",
    "child": "family",
    "parent": "family",
    "sibling": "family",
    "kin": "family",
    "spouse": "partner",
    "sweetheart": "partner",
}
_PERSON_TEXT = ("given_name", "family_name", "nickname", "headline")


@dataclass
class _Person:
    """What a merge compares a record with: a person's fields and links, as stored."""

    id: int
    fields: dict[str, Any]
    contact_keys: set[tuple[str, str]] = field(default_factory=set)
    last_position: int = -1
    tags: set[str] = field(default_factory=set)  # casefolded names
    networks: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)  # folded names


@dataclass
class _Additions:
    """What a record adds to a person."""

    fields: dict[str, Any] = field(default_factory=dict)
    contacts: list[ContactMethodData] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # tags or networks, as chosen
    organisation: str = ""

    def __bool__(self) -> bool:
        return bool(self.fields or self.contacts or self.labels or self.organisation)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _clean_methods(methods: Iterable[ContactMethodData]) -> list[ContactMethodData]:
    """Return the record's ways to reach them as stored; a value refused is kept as "other"."""
    cleaned: list[ContactMethodData] = []
    seen: set[tuple[str, str]] = set()
    for method in methods:
        kind, value = method.kind, method.value.strip()
        if not value:
            continue
        try:
            value = normalise_contact(kind, value)
        except ValidationError:
            kind = "other"
        key = contact_key(kind, value)
        if key not in seen:
            seen.add(key)
            cleaned.append(ContactMethodData(kind, value, _clean(method.label), method.preferred))
    return cleaned


def _extra_lines(text: str) -> list[str] | None:
    """Return a person's kept vCard lines, or None when the field holds something else."""
    if not text:
        return []
    try:
        lines = json.loads(text)
    except ValueError:
        return None
    return lines if isinstance(lines, list) else None


def _with_lines(text: str, new: list[str]) -> str | None:
    """Return ``text`` (JSON lines) with the lines of ``new`` it lacks, or None if none."""
    lines = _extra_lines(text)
    if lines is None:
        return None
    missing = [line for line in dict.fromkeys(new) if line not in lines]
    return json.dumps(lines + missing, ensure_ascii=False) if missing else None


def _related_line(kind: str, value: str) -> str:
    """Return a RELATED property that could not be linked, as a vCard line to give back."""
    params = f";TYPE={kind}" if kind else ""
    if re.match(r"[a-z][a-z0-9+.-]*:", value, re.IGNORECASE):
        return f"RELATED{params}:{value}"
    escaped = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return f"RELATED;VALUE=text{params}:{escaped.replace(chr(10), chr(92) + 'n')}"


# Imports write thousands of rows: building each statement with peewee's query builder
# would cost more than SQLite takes to run it, so rows go in through one cached
# statement per table, with the models' defaults and conversions.
_INSERTS: dict[type[BaseModel], tuple[str, list[Field]]] = {}


def _insert(model: type[BaseModel], **values: Any) -> int:
    """Insert one row of ``model`` (defaults filled in as peewee would); return its id."""
    if model not in _INSERTS:
        fields = [f for f in model._meta.sorted_fields if not isinstance(f, AutoField)]
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        marks = ", ".join("?" * len(fields))
        _INSERTS[model] = (
            f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})',
            fields,
        )
    sql, fields = _INSERTS[model]
    row = []
    for f in fields:
        if f.name in values:
            value = values[f.name]
        else:
            value = f.default() if callable(f.default) else f.default
        row.append(f.db_value(value))
    return int(db.execute_sql(sql, row).lastrowid)


def _update_person(person_id: int, values: dict[str, Any]) -> None:
    fields = Person._meta.fields
    assignments = ", ".join(f'"{fields[name].column_name}" = ?' for name in values)
    params = [fields[name].db_value(value) for name, value in values.items()]
    db.execute_sql(f"UPDATE person SET {assignments} WHERE id = ?", (*params, person_id))


class _Importer:
    """One import, inside its transaction: decisions, person lookups and caches."""

    def __init__(
        self,
        plan: ImportPlan,
        decisions: dict[int, Decision],
        targets: dict[int, int],
        categories_as: str,
    ) -> None:
        self.plan = plan
        self.decisions = decisions
        self.targets = targets
        self.categories_as = categories_as
        self.matches = plan.matches_by_record()
        self.became: dict[int, int] = {}  # record index → the person it created or went into
        self.outcome: dict[int, str] = {}  # record index → created / merged / unchanged / skipped
        self.failed: list[RecordError] = []
        self.uids: set[str] = set()  # every UID in the journal, the trash's too: they are unique
        self.tags: dict[str, int] = {}  # by casefolded name
        self.networks: dict[str, int] = {}  # by casefolded name
        self.organisations: dict[str, int] = {}  # by folded name

    def _read_names(self) -> None:
        self.uids = {
            uid for (uid,) in db.execute_sql("SELECT uid FROM person WHERE uid IS NOT NULL")
        }
        self.tags = {
            name.casefold(): tid for tid, name in db.execute_sql("SELECT id, name FROM tag")
        }
        self.networks = {
            name.casefold(): nid for nid, name in db.execute_sql("SELECT id, name FROM network")
        }
        for oid, name in db.execute_sql("SELECT id, name FROM organisation ORDER BY id"):
            self.organisations.setdefault(fold(_clean(name)), oid)

    # decisions

    def run(self, progress: Callable[[int, int], bool] | None) -> None:
        """Save every record; called inside the import's transaction."""
        self._read_names()
        total = len(self.plan.contacts)
        for i, contact in enumerate(self.plan.contacts):
            if progress is not None and not progress(i, total):
                raise ImportCancelled
            try:
                self._one(i, contact)
            except ValidationError as exc:
                self.failed.append(RecordError(contact.source, contact.line, exc.message))
            except _PersonGone:  # chosen in the review, then deleted before saving
                message = "the person to merge this record into is no longer in the journal"
                self.failed.append(RecordError(contact.source, contact.line, message))
        self._link_related()
        if progress is not None and not progress(total, total):
            raise ImportCancelled

    def _target(self, i: int) -> int | None:
        if i in self.targets:
            return self.targets[i]
        matches = self.matches.get(i)
        if not matches:
            return None
        first = matches[0]
        if first.person_id is not None:
            return first.person_id
        return self.became.get(first.same_as) if first.same_as is not None else None

    def _one(self, i: int, contact: ImportedContact) -> None:
        decision = self.decisions.get(i)
        if decision == Decision.SKIP:
            self.outcome[i] = "skipped"
            return
        target = self._target(i)
        if decision is None:
            matches = self.matches.get(i, [])
            if matches and matches[0].sure and target is not None:
                decision = Decision.MERGE
            elif (already := self._already_here(i, contact)) is not None:
                self.became[i], self.outcome[i] = already, "unchanged"
                return
        if decision == Decision.MERGE and target is not None:
            person = self._load(target)
            additions = self._additions(person, contact)
            if additions:
                self._write(person, additions)
            self.became[i] = target
            self.outcome[i] = "merged" if additions else "unchanged"
        else:
            self.became[i] = self._create(contact)
            self.outcome[i] = "created"

    def _already_here(self, i: int, contact: ImportedContact) -> int | None:
        """Return a person of the same name to whom the record adds nothing, if any."""
        for match in self.matches.get(i, []):
            if match.reason != MatchReason.NAME:
                continue
            pid = match.person_id
            if pid is None and match.same_as is not None:
                pid = self.became.get(match.same_as)
            if pid is not None and not self._additions(self._load(pid), contact):
                return pid
        return None

    # reading a person

    def _load(self, person_id: int) -> _Person:
        columns = ("uid", *_PERSON_TEXT, "photo", "birthday", "met_on", "notes", "extra")
        row = db.execute_sql(
            f"SELECT {', '.join(columns)} FROM person WHERE id = ?", (person_id,)
        ).fetchone()
        if row is None:
            raise _PersonGone(person_id)
        person = _Person(person_id, dict(zip(columns, row, strict=True)))
        for kind, value, position in db.execute_sql(
            "SELECT kind, value, position FROM contact_method WHERE person_id = ?", (person_id,)
        ):
            person.contact_keys.add(contact_key(kind, value))
            person.last_position = max(person.last_position, position)
        person.tags = {
            name.casefold()
            for (name,) in db.execute_sql(
                "SELECT t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id "
                "WHERE pt.person_id = ?",
                (person_id,),
            )
        }
        person.networks = {
            name.casefold()
            for (name,) in db.execute_sql(
                "SELECT n.name FROM person_network pn JOIN network n ON n.id = pn.network_id "
                "WHERE pn.person_id = ?",
                (person_id,),
            )
        }
        person.organisations = {
            fold(_clean(name))
            for (name,) in db.execute_sql(
                "SELECT o.name FROM membership m JOIN organisation o ON o.id = m.organisation_id "
                "WHERE m.person_id = ?",
                (person_id,),
            )
        }
        return person

    # what a record adds

    def _additions(self, person: _Person, contact: ImportedContact) -> _Additions:
        adds = _Additions()
        now = person.fields
        for name in _PERSON_TEXT:
            value = _clean(getattr(contact, name))
            if value and not now[name]:
                adds.fields[name] = value
        if contact.photo and now["photo"] is None:
            adds.fields["photo"] = contact.photo
        birthday = PartialDate.from_iso(now["birthday"]) if now["birthday"] else None
        if contact.birthday is not None and (
            birthday is None
            or (
                not birthday.has_year
                and contact.birthday.has_year
                and (birthday.month, birthday.day) == (contact.birthday.month, contact.birthday.day)
            )
        ):
            adds.fields["birthday"] = contact.birthday.to_iso()
        if contact.met_on is not None and not now["met_on"]:
            adds.fields["met_on"] = contact.met_on.to_iso()
        notes = contact.notes.strip()
        if notes and notes not in now["notes"]:
            adds.fields["notes"] = f"{now['notes'].rstrip()}\n\n{notes}" if now["notes"] else notes
        uid = (contact.uid or "").strip()
        if uid and now["uid"] is None and uid not in self.uids:
            adds.fields["uid"] = uid
        if contact.extra and (extra := _with_lines(now["extra"], contact.extra)) is not None:
            adds.fields["extra"] = extra
        adds.contacts = [
            method
            for method in _clean_methods(contact.contacts)
            if contact_key(method.kind, method.value) not in person.contact_keys
        ]
        held = person.networks if self.categories_as == "networks" else person.tags
        adds.labels = [
            label
            for label in dict.fromkeys(_clean(c) for c in contact.categories)
            if label and label.casefold() not in held
        ]
        organisation = _clean(contact.organisation)
        if organisation and fold(organisation) not in person.organisations:
            adds.organisation = organisation
        return adds

    # writing

    def _create(self, contact: ImportedContact) -> int:
        data = validate_person(
            PersonData(
                given_name=contact.given_name,
                family_name=contact.family_name,
                display_name=contact.display_name,
                nickname=contact.nickname,
                headline=contact.headline,
            )
        )
        blank = {"uid": None, "photo": None, "birthday": None, "met_on": None, "notes": ""}
        person = _Person(0, {**blank, "extra": "", **dict.fromkeys(_PERSON_TEXT, "")})
        adds = self._additions(person, contact)
        fields = {**adds.fields, **{name: getattr(data, name) for name in _PERSON_TEXT}}
        person.id = _insert(
            Person, display_name=data.display_name, sort_name=fold(data.display_name), **fields
        )
        person.fields.update(fields)
        if fields.get("uid"):
            self.uids.add(fields["uid"])
        adds.fields = {}
        self._write(person, adds, touch=False)
        return person.id

    def _write(self, person: _Person, adds: _Additions, touch: bool = True) -> None:
        if adds.fields or touch:
            _update_person(
                person.id, dict(adds.fields, updated_at=utcnow()) if touch else adds.fields
            )
            if "uid" in adds.fields:
                self.uids.add(adds.fields["uid"])
        for n, method in enumerate(adds.contacts):
            _insert(
                ContactMethod,
                person=person.id,
                kind=method.kind,
                value=method.value,
                label=method.label,
                preferred=method.preferred,
                position=person.last_position + 1 + n,
            )
        for label in adds.labels:
            if self.categories_as == "networks":
                _insert(PersonNetwork, person=person.id, network=self._network(label))
            else:
                _insert(PersonTag, person=person.id, tag=self._tag(label))
        if adds.organisation:
            _insert(
                Membership,
                person=person.id,
                organisation=self._organisation(adds.organisation),
                role=_clean(adds.fields.get("headline", person.fields["headline"])),
            )

    def _tag(self, name: str) -> int:
        key = name.casefold()
        if key not in self.tags:
            self.tags[key] = _insert(Tag, name=name)
        return self.tags[key]

    def _network(self, name: str) -> int:
        key = name.casefold()
        if key not in self.networks:
            self.networks[key] = create_network(name)
        return self.networks[key]

    def _organisation(self, name: str) -> int:
        key = fold(name)
        if key not in self.organisations:
            self.organisations[key] = _insert(Organisation, name=name)
        return self.organisations[key]

    # RELATED, once everyone in the file is in the journal

    def _link_related(self) -> None:
        pending = [
            (i, contact)
            for i, contact in enumerate(self.plan.contacts)
            if contact.related and i in self.became
        ]
        if not pending:
            return
        by_uid: dict[str, int] = {}
        by_name: dict[str, list[int]] = {}
        for pid, uid, sort_name in db.execute_sql(
            "SELECT id, uid, sort_name FROM person WHERE deleted_at IS NULL"
        ):
            if uid:
                by_uid[uid_key(uid).removeprefix("urn:uuid:")] = pid
            by_name.setdefault(sort_name, []).append(pid)
        for i, contact in pending:
            pid = self.became[i]
            unlinked: list[str] = []
            added = False
            for kind, value in contact.related:
                other = by_uid.get(uid_key(value).removeprefix("urn:uuid:"))
                named = by_name.get(fold(" ".join(value.split())), [])
                if other is None and len(named) == 1:
                    other = named[0]
                if other is None:
                    unlinked.append(_related_line(kind, value))
                elif other != pid:
                    added |= _relate(pid, other, _RELATED_KINDS.get(kind.casefold(), "knows"))
            if unlinked:
                extra = db.execute_sql("SELECT extra FROM person WHERE id = ?", (pid,)).fetchone()
                if (joined := _with_lines(extra[0], unlinked)) is not None:
                    _update_person(pid, {"extra": joined})
                    added = True
            if added and self.outcome[i] == "unchanged":
                self.outcome[i] = "merged"

    def summary(self, errors: list[RecordError], dry_run: bool) -> ImportSummary:
        done = ImportSummary(failed=[*errors, *self.failed], dry_run=dry_run)
        for i in sorted(self.outcome):
            outcome = self.outcome[i]
            if outcome == "created":
                done.created.append(self.became[i])
            elif outcome == "merged":
                done.merged.append(self.became[i])
            elif outcome == "unchanged":
                done.unchanged += 1
            else:
                done.skipped += 1
        return done


def _relate(a: int, b: int, kind: str) -> bool:
    """Record that ``a`` and ``b`` are related unless they already are; say if it was added."""
    same_kind = "" if kind == "knows" else "AND kind = ?"
    params = (a, b, b, a) + (() if kind == "knows" else (kind,))
    if db.execute_sql(
        "SELECT 1 FROM relationship WHERE ((person_a_id = ? AND person_b_id = ?) "
        f"OR (person_a_id = ? AND person_b_id = ?)) {same_kind}",
        params,
    ).fetchone():
        return False
    _insert(Relationship, person_a=a, person_b=b, kind=kind)
    return True


def apply_import(
    plan: ImportPlan,
    decisions: dict[int, Decision] | None = None,
    *,
    categories_as: str = "tags",
    progress: Callable[[int, int], bool] | None = None,
    dry_run: bool = False,
    targets: dict[int, int] | None = None,
) -> ImportSummary:
    """Save the plan's records in one transaction; return what was done.

    ``decisions`` maps a record's index to what to do with it; by default a
    sure match is merged, and anything else created — unless it would add
    nothing to a person of the same name, which counts as unchanged.
    ``targets`` chooses the person a record merges into when it is not the
    first match.  ``categories_as`` is "tags" or "networks" (created by name
    when missing).  ``progress(done, total)`` is called before each record and
    at the end; returning False raises :class:`ImportCancelled` and nothing is
    written.  A ``dry_run`` does everything, counts it, and writes nothing.
    """
    if categories_as not in ("tags", "networks"):
        raise ValueError(f"categories become tags or networks, not {categories_as!r}")
    importer = _Importer(plan, decisions or {}, targets or {}, categories_as)
    try:
        with write():
            importer.run(progress)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return importer.summary(plan.errors, dry_run)
