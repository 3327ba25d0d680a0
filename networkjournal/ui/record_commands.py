"""Undo for any record the store handles the same way: create, update, delete, restore.

The store modules for topics, organisations, relationships, facts and
disclosures share one shape (``create_x(data) -> id``, ``get_x(id)``,
``update_x(id, data)``, ``delete_x(id) -> snapshot``, ``restore_x(snapshot)``),
so three commands serve them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from networkjournal.ui.commands import StoreCommand
from networkjournal.ui.events import JournalEvents

D = TypeVar("D")  # the record's data
S = TypeVar("S")  # the snapshot that brings it back


@dataclass(frozen=True)
class RecordStore(Generic[D, S]):
    """The five store functions of one kind of record."""

    create: Callable[[D], int]
    get: Callable[[int], D]
    update: Callable[[int, D], None]
    delete: Callable[[int], S]
    restore: Callable[[S], None]


class CreateRecord(StoreCommand, Generic[D, S]):
    """Add a record; undo deletes it, redo brings it back under the same id."""

    def __init__(self, events: JournalEvents, text: str, store: RecordStore[D, S], data: D) -> None:
        super().__init__(events, text)
        self.store, self.data = store, data
        self.record_id: int | None = None
        self._snapshot: S | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.record_id = self.store.create(self.data)
        else:
            self.store.restore(self._snapshot)

    def revert(self) -> None:
        assert self.record_id is not None
        self._snapshot = self.store.delete(self.record_id)

    def announce(self) -> None:
        self.events.everything_changed()


class UpdateRecord(StoreCommand, Generic[D, S]):
    """Change a record; undo puts the old data back."""

    def __init__(
        self, events: JournalEvents, text: str, store: RecordStore[D, S], record_id: int, data: D
    ) -> None:
        super().__init__(events, text)
        self.store, self.record_id, self.data = store, record_id, data
        self._before = store.get(record_id)

    def apply(self) -> None:
        self.store.update(self.record_id, self.data)

    def revert(self) -> None:
        self.store.update(self.record_id, self._before)

    def announce(self) -> None:
        self.events.everything_changed()


class DeleteRecord(StoreCommand, Generic[D, S]):
    """Delete a record; undo restores it with the same id and links."""

    def __init__(
        self, events: JournalEvents, text: str, store: RecordStore[D, S], record_id: int
    ) -> None:
        super().__init__(events, text)
        self.store, self.record_id = store, record_id
        self._snapshot: S | None = None

    def apply(self) -> None:
        self._snapshot = self.store.delete(self.record_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.store.restore(self._snapshot)

    def announce(self) -> None:
        self.events.everything_changed()


def record_store(module: Any, name: str) -> RecordStore[Any, Any]:
    """The functions ``create_<name>`` … ``restore_<name>`` of a store module."""
    return RecordStore(
        create=getattr(module, f"create_{name}"),
        get=getattr(module, f"get_{name}"),
        update=getattr(module, f"update_{name}"),
        delete=getattr(module, f"delete_{name}"),
        restore=getattr(module, f"restore_{name}"),
    )
