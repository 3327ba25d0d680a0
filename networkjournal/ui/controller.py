"""What a group of actions shares: the window, its actions, undo stack and events."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

from networkjournal.store.db import JournalError
from networkjournal.store.errors import ValidationError
from networkjournal.ui import commands
from networkjournal.ui.dialogs.messages import show_error
from networkjournal.ui.events import JournalEvents


class Controller(QObject):
    """Base of the controllers that carry out actions by running undoable commands."""

    def __init__(
        self,
        window: QWidget,
        actions: dict[str, QAction],
        stack: QUndoStack,
        events: JournalEvents,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions
        self.stack = stack
        self.events = events

    def connect_actions(self, slots: dict[str, Callable[[], object]]) -> None:
        """Make each named action call its slot when triggered."""
        for name, slot in slots.items():
            self.actions[name].triggered.connect(slot)

    def run_command(self, command: commands.StoreCommand) -> bool:
        """Apply ``command`` through undo; if the journal refuses it, say why and return False."""
        try:
            commands.run(self.stack, command)
        except ValidationError as exc:
            show_error(self.window, self.tr("Not saved"), exc.message)
        except JournalError as exc:  # read-only journal, full disk …: nothing was changed
            show_error(self.window, self.tr("Not saved"), str(exc))
        else:
            return True
        # Views may show what was refused (a name typed in place): put back the truth.
        self.events.people_and_networks_changed()
        return False
