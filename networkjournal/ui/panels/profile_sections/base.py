"""What every profile section shares: a collapsible header, an empty state, and the context."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from networkjournal.store.db import JournalError
from networkjournal.store.errors import ValidationError
from networkjournal.store.people import PersonData
from networkjournal.ui import commands
from networkjournal.ui.dialogs.messages import show_error
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.panels.profile_sections.widgets import plain_label
from networkjournal.ui.widgets.field_message import as_sentence


class ProfileContext(QObject):
    """What the sections need to edit and to ask for things beyond the profile.

    Sections run their edits through :meth:`run` and send requests (open a person,
    a topic, an entry, an address) through the signals; the panel passes them on.
    """

    personRequested = Signal(int)
    topicRequested = Signal(int)
    entryRequested = Signal(int)
    urlRequested = Signal(str)

    def __init__(
        self,
        stack: QUndoStack | None,
        events: JournalEvents | None,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.stack = stack
        self.events = events
        self.window = window

    @property
    def editable(self) -> bool:
        """Whether edits can be made (a panel built for display only cannot)."""
        return self.stack is not None and self.events is not None

    def journal_events(self) -> JournalEvents:
        """Return the events commands announce through (only when editable)."""
        assert self.events is not None
        return self.events

    def run(self, command: commands.StoreCommand) -> bool:
        """Apply ``command`` through undo; if the journal refuses it, say why and return False."""
        assert self.stack is not None
        try:
            commands.run(self.stack, command)
        except ValidationError as exc:
            show_error(self.window, self.tr("Not saved"), as_sentence(exc.message))
            return False
        except JournalError as exc:  # read-only journal, full disk …: nothing was changed
            show_error(self.window, self.tr("Not saved"), as_sentence(str(exc)))
            return False
        return True


class Section(QWidget):
    """One question of the profile: a header that folds it away, its empty state and body."""

    def __init__(
        self, name: str, title: str, empty_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.toggle = QToolButton()
        self.toggle.setObjectName(f"{name}_toggle")
        self.toggle.setText(title)
        self.toggle.setAutoRaise(True)
        self.toggle.setStyleSheet("QToolButton { border: none; padding: 2px 0; }")
        self.toggle.setAccessibleDescription(self.tr("Shows or hides this section"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setToolTip(self.tr("Show or hide this section"))
        font = self.toggle.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.toggle.setFont(font)
        self.toggle.clicked.connect(lambda: self.set_expanded(self.body.isHidden()))
        self.empty_label = plain_label(f"{name}_empty", empty_text, muted=True)
        self.body = QWidget()
        self.body.setObjectName(f"{name}_body")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(20, 0, 0, 4)
        self.body_layout.setSpacing(6)
        self.body_layout.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.person_id: int | None = None

    def title(self) -> str:
        """Return the section's title (its question)."""
        return self.toggle.text()

    def set_empty(self, empty: bool) -> None:
        """Show the one-line empty state, or hide it."""
        self.empty_label.setVisible(empty)

    def is_empty_shown(self) -> bool:
        """Whether the empty state is what the section says now."""
        return not self.empty_label.isHidden()

    def load(self, person_id: int, data: PersonData) -> None:
        """Show what the journal holds about ``person_id`` (``data`` is their stored details)."""
        raise NotImplementedError

    def set_expanded(self, expanded: bool) -> None:
        """Show the section's body, or fold it away under its header."""
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)

    def is_expanded(self) -> bool:
        """Whether the body shows."""
        return not self.body.isHidden()
