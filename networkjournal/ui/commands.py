"""Every user edit as an undoable command on the window's QUndoStack (after git-cola).

A command does its work in :meth:`StoreCommand.apply` and takes it back in
:meth:`StoreCommand.revert`.  :func:`run` applies a command *before* pushing it,
so an edit the journal refuses (a name clash, say) raises to the caller and
never lands on the stack.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from networkjournal.store import follow_ups, journal, merge, networks, organisations, people, tags
from networkjournal.store.journal import EntryData, EntrySaved, EntrySnapshot
from networkjournal.store.people import PersonData, PersonSnapshot
from networkjournal.ui.events import JournalEvents


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Commands", text, None, n)


class StoreCommand(QUndoCommand):
    """An edit of the journal that can be undone; subclasses write apply/revert."""

    def __init__(self, events: JournalEvents, text: str) -> None:
        super().__init__(text)
        self.events = events
        self._skip_first_redo = False

    def apply(self) -> None:
        """Make the change in the journal."""
        raise NotImplementedError

    def revert(self) -> None:
        """Take the change back."""
        raise NotImplementedError

    def announce(self) -> None:
        """Tell the views what changed (default: people and networks)."""
        self.events.people_and_networks_changed()

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
        else:
            self.apply()
        self.announce()

    def undo(self) -> None:
        self.revert()
        self.announce()


def run(stack: QUndoStack, command: StoreCommand) -> StoreCommand:
    """Apply ``command`` and, if the journal accepted it, push it on ``stack``."""
    command.apply()
    command._skip_first_redo = True
    stack.push(command)
    return command


class CreatePerson(StoreCommand):
    """Add a person."""

    def __init__(self, events: JournalEvents, data: PersonData) -> None:
        super().__init__(events, _tr("Add %1").replace("%1", data.name_for_display()))
        self.data = data
        self.person_id: int | None = None
        self._snapshot: PersonSnapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.person_id = people.create_person(self.data)
        else:
            people.restore_person(self._snapshot)

    def revert(self) -> None:
        assert self.person_id is not None
        self._snapshot = people.snapshot_person(self.person_id)
        people.forget_person(self.person_id, scrub=False)


class EditPerson(StoreCommand):
    """Change a person's details."""

    def __init__(self, events: JournalEvents, person_id: int, data: PersonData) -> None:
        super().__init__(events, _tr("Edit %1").replace("%1", data.name_for_display()))
        self.person_id = person_id
        self.data = data
        self._before = people.snapshot_person(person_id)

    def apply(self) -> None:
        people.update_person(self.person_id, self.data)

    def revert(self) -> None:
        people.restore_person(self._before)


class SetArchived(StoreCommand):
    """Archive people, or bring them back from the archive."""

    def __init__(self, events: JournalEvents, person_ids: list[int], archived: bool) -> None:
        n = len(person_ids)
        text = _tr("Archive %n people", n) if archived else _tr("Unarchive %n people", n)
        super().__init__(events, text)
        self.person_ids = person_ids
        self.archived = archived

    def apply(self) -> None:
        people.set_archived(self.person_ids, self.archived)

    def revert(self) -> None:
        people.set_archived(self.person_ids, not self.archived)


class MoveToTrash(StoreCommand):
    """Move people to the trash."""

    def __init__(self, events: JournalEvents, person_ids: list[int]) -> None:
        super().__init__(events, _tr("Move %n people to the trash", len(person_ids)))
        self.person_ids = person_ids
        self._before: dict[int, dt.datetime | None] = {}

    def apply(self) -> None:
        self._before = people.move_to_trash(self.person_ids)

    def revert(self) -> None:
        people.set_trashed_at(self._before)


class RestoreFromTrash(StoreCommand):
    """Take people out of the trash."""

    def __init__(self, events: JournalEvents, person_ids: list[int]) -> None:
        super().__init__(events, _tr("Restore %n people from the trash", len(person_ids)))
        self.person_ids = person_ids
        self._before = people.trashed_at(person_ids)

    def apply(self) -> None:
        people.restore_from_trash(self.person_ids)

    def revert(self) -> None:
        people.set_trashed_at(self._before)


class AddToNetwork(StoreCommand):
    """Add people to a network, perhaps in a role (dropped on it in the sidebar)."""

    def __init__(
        self,
        events: JournalEvents,
        person_ids: list[int],
        network_id: int,
        network_name: str,
        role: str = "",
    ) -> None:
        super().__init__(
            events, _tr("Add %n people to %1", len(person_ids)).replace("%1", network_name)
        )
        self.person_ids = person_ids
        self.network_id = network_id
        self.role = role
        self.added: list[int] = []

    def apply(self) -> None:
        self.added = networks.add_people_to_network(self.person_ids, self.network_id, self.role)

    def revert(self) -> None:
        networks.remove_people_from_network(self.added, self.network_id)


class CreateNetwork(StoreCommand):
    """Add a network."""

    def __init__(self, events: JournalEvents, name: str) -> None:
        super().__init__(events, _tr("New network %1").replace("%1", name))
        self.name = name
        self.network_id: int | None = None
        self._snapshot: networks.NetworkSnapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.network_id = networks.create_network(self.name)
        else:
            networks.restore_network(self._snapshot)

    def revert(self) -> None:
        assert self.network_id is not None
        self._snapshot = networks.delete_network(self.network_id)


class RenameNetwork(StoreCommand):
    """Rename a network."""

    def __init__(self, events: JournalEvents, network_id: int, old: str, new: str) -> None:
        super().__init__(events, _tr("Rename network %1").replace("%1", old))
        self.network_id, self.old, self.new = network_id, old, new

    def apply(self) -> None:
        networks.rename_network(self.network_id, self.new)

    def revert(self) -> None:
        networks.rename_network(self.network_id, self.old)


class RecolourNetwork(StoreCommand):
    """Change a network's colour."""

    def __init__(self, events: JournalEvents, network_id: int, old: str, new: str) -> None:
        super().__init__(events, _tr("Change network colour"))
        self.network_id, self.old, self.new = network_id, old, new

    def apply(self) -> None:
        networks.recolour_network(self.network_id, self.new)

    def revert(self) -> None:
        networks.recolour_network(self.network_id, self.old)


class MoveNetwork(StoreCommand):
    """Move a network up or down the list."""

    def __init__(self, events: JournalEvents, network_id: int, offset: int) -> None:
        super().__init__(events, _tr("Move network"))
        self.network_id, self.offset = network_id, offset
        self._before = networks.network_order()

    def apply(self) -> None:
        if not networks.move_network(self.network_id, self.offset):
            raise ValueError("the network is already at that end of the list")

    def revert(self) -> None:
        networks.reorder_networks(self._before)


class DeleteNetwork(StoreCommand):
    """Delete a network; its people stay in the journal."""

    def __init__(self, events: JournalEvents, network_id: int, name: str) -> None:
        super().__init__(events, _tr("Delete network %1").replace("%1", name))
        self.network_id = network_id
        self._snapshot: networks.NetworkSnapshot | None = None

    def apply(self) -> None:
        self._snapshot = networks.delete_network(self.network_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        networks.restore_network(self._snapshot)


class CreateEntry(StoreCommand):
    """Log a journal entry (with the people and follow-ups made for it)."""

    def __init__(self, events: JournalEvents, data: EntryData) -> None:
        super().__init__(events, _tr("Log entry"))
        self.data = data
        self.saved: EntrySaved | None = None
        self._entry: EntrySnapshot | None = None
        self._people: list[PersonSnapshot] = []

    def announce(self) -> None:
        self.events.everything_changed()

    def apply(self) -> None:
        if self._entry is None:
            self.saved = journal.create_entry(self.data)
            return
        for person in self._people:
            people.restore_person(person)
        journal.restore_entry(self._entry)

    def revert(self) -> None:
        assert self.saved is not None
        self._entry = journal.snapshot_entry(self.saved.entry_id)
        self._people = [people.snapshot_person(pid) for pid in self.saved.created_people.values()]
        journal.forget_entry(self.saved.entry_id, scrub=False)
        for pid in self.saved.created_people.values():
            people.forget_person(pid, scrub=False)


class EditEntry(StoreCommand):
    """Change a journal entry."""

    def __init__(self, events: JournalEvents, entry_id: int, data: EntryData) -> None:
        super().__init__(events, _tr("Edit entry"))
        self.entry_id = entry_id
        self.data = data
        self._before = journal.snapshot_entry(entry_id)
        self._after: EntrySnapshot | None = None
        self._created: list[PersonSnapshot] = []
        self.saved: EntrySaved | None = None

    def announce(self) -> None:
        self.events.everything_changed()

    def apply(self) -> None:
        if self._after is None:
            self.saved = journal.update_entry(self.entry_id, self.data)
            return
        for person in self._created:
            people.restore_person(person)
        journal.restore_entry(self._after)

    def revert(self) -> None:
        self._after = journal.snapshot_entry(self.entry_id)
        created = self.saved.created_people.values() if self.saved else []
        self._created = [people.snapshot_person(pid) for pid in created]
        journal.restore_entry(self._before)
        for pid in created:
            people.forget_person(pid, scrub=False)


class TrashEntries(StoreCommand):
    """Move journal entries to the trash."""

    def __init__(self, events: JournalEvents, entry_ids: list[int]) -> None:
        super().__init__(events, _tr("Delete %n entries", len(entry_ids)))
        self.entry_ids = entry_ids
        self._before: dict[int, dt.datetime | None] = {}

    def announce(self) -> None:
        self.events.everything_changed()

    def apply(self) -> None:
        self._before = journal.trash_entries(self.entry_ids)

    def revert(self) -> None:
        journal.set_entries_trashed_at(self._before)


class SetFollowUpsDone(StoreCommand):
    """Tick follow-ups off, or open them again."""

    def __init__(self, events: JournalEvents, ids: list[int], done: bool) -> None:
        text = (
            _tr("Tick off %n follow-ups", len(ids))
            if done
            else _tr("Reopen %n follow-ups", len(ids))
        )
        super().__init__(events, text)
        self.ids, self.done = ids, done
        self._before: dict[int, dt.datetime | None] = {}

    def announce(self) -> None:
        self.events.everything_changed()

    def apply(self) -> None:
        self._before = follow_ups.set_done(self.ids, self.done)

    def revert(self) -> None:
        follow_ups.set_done_at(self._before)


class TagPeople(StoreCommand):
    """Give people a tag (dropped on it in the sidebar)."""

    def __init__(self, events: JournalEvents, person_ids: list[int], tag: str) -> None:
        super().__init__(events, _tr("Tag %n people “%1”", len(person_ids)).replace("%1", tag))
        self.person_ids, self.tag = person_ids, tag
        self._before: dict[int, list[str]] = {}

    def apply(self) -> None:
        self._before = {}
        for pid in self.person_ids:
            current = tags.person_tags(pid)
            if self.tag.casefold() not in (name.casefold() for name in current):
                self._before[pid] = tags.set_person_tags(pid, [*current, self.tag])

    def revert(self) -> None:
        for pid, names in self._before.items():
            tags.set_person_tags(pid, names)


class JoinOrganisation(StoreCommand):
    """Make people members of an organisation (dropped on it in the sidebar)."""

    def __init__(
        self, events: JournalEvents, person_ids: list[int], organisation_id: int, name: str
    ) -> None:
        super().__init__(events, _tr("Add %n people to %1", len(person_ids)).replace("%1", name))
        self.person_ids, self.organisation_id = person_ids, organisation_id
        self.joined: list[int] = []

    def apply(self) -> None:
        members = {
            m.person_id for m in organisations.get_organisation(self.organisation_id).members
        }
        self.joined = [pid for pid in dict.fromkeys(self.person_ids) if pid not in members]
        for pid in self.joined:
            organisations.add_membership(self.organisation_id, organisations.MemberData(pid))

    def revert(self) -> None:
        for pid in self.joined:
            organisations.remove_membership(self.organisation_id, pid)


class MergePeople(StoreCommand):
    """Merge one person into another; undo gives both back exactly, with every link."""

    def __init__(self, events: JournalEvents, keep_id: int, other_id: int, names: str) -> None:
        super().__init__(events, _tr("Merge %1").replace("%1", names))
        self.keep_id, self.other_id = keep_id, other_id
        self._snapshot: merge.MergeSnapshot | None = None

    def apply(self) -> None:
        self._snapshot = merge.merge_people(self.keep_id, self.other_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        merge.unmerge_people(self._snapshot)

    def announce(self) -> None:
        self.events.everything_changed()
