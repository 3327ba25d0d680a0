"""What the journal actions do: log, edit and delete entries, tick follow-ups — through undo.

While an entry is being written, a draft of it is kept in the journal, so a
crash loses nothing; the next start offers it back.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from networkjournal.store import drafts, journal, people, templates
from networkjournal.store.journal import EntryData
from networkjournal.ui import commands
from networkjournal.ui.controller import Controller
from networkjournal.ui.dialogs.entry_editor import EntryEditor
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.formatting import format_datetime, utc_to_local


class EntryController(Controller):
    """Opens the log dialog, keeps drafts while it is open, and saves through undo."""

    def __init__(
        self,
        window: QWidget,
        actions: dict[str, QAction],
        stack: QUndoStack,
        events: JournalEvents,
    ) -> None:
        super().__init__(window, actions, stack, events)
        self.connect_actions({"action_manage_templates": self.manage_templates})
        self.last_saved: journal.EntrySaved | None = None
        # Space over several follow-ups ticks each; they become one undo step.
        self._ticked: dict[bool, list[int]] = {True: [], False: []}
        self._tick_timer = QTimer(self)
        self._tick_timer.setSingleShot(True)
        self._tick_timer.setInterval(0)
        self._tick_timer.timeout.connect(self._apply_ticks)

    # --- logging and editing ------------------------------------------------------

    def log_entry(
        self, person_ids: list[int] | None = None, kind: str = "meeting", title: str = ""
    ) -> journal.EntrySaved | None:
        """Open the log dialog, with ``person_ids`` already in it; save what the user writes."""
        data = EntryData(
            occurred_at=dt.datetime.now().replace(second=0, microsecond=0),
            kind=kind,
            title=title,
            participant_ids=list(person_ids or []),
        )
        return self._edit(data, entry_id=None, draft_id=None)

    def edit_entry(self, entry_id: int) -> journal.EntrySaved | None:
        """Open an entry to read or change it."""
        return self._edit(journal.get_entry(entry_id), entry_id=entry_id, draft_id=None)

    def _edit(
        self, data: EntryData, entry_id: int | None, draft_id: int | None
    ) -> journal.EntrySaved | None:
        editor = EntryEditor(
            people.person_choices(),
            templates.list_templates(),
            data=data,
            entry_id=entry_id,
            parent=self.window,
        )
        draft = [draft_id]

        def keep_draft() -> None:
            draft[0] = drafts.save_entry_draft(
                editor.entry_data_unvalidated(), entry_id=entry_id, draft_id=draft[0]
            )

        editor.draftChanged.connect(keep_draft)
        editor.manageTemplatesRequested.connect(lambda: self._manage_templates_for(editor))
        accepted = editor.exec() == QDialog.DialogCode.Accepted
        saved = None
        if accepted and (entry_id is None or editor.is_modified() or draft_id is not None):
            command: commands.CreateEntry | commands.EditEntry
            if entry_id is None:
                command = commands.CreateEntry(self.events, editor.entry_data())
            else:
                command = commands.EditEntry(self.events, entry_id, editor.entry_data())
            if self.run_command(command):
                saved = command.saved
        if accepted and saved is None and entry_id is None:
            return None  # refused: the draft stays, so nothing typed is lost
        if draft[0] is not None:
            drafts.discard_draft(draft[0])
        self.last_saved = saved
        return saved

    def trash_entries(self, entry_ids: list[int]) -> None:
        """Move entries to the trash (undo brings them back)."""
        if entry_ids:
            self.run_command(commands.TrashEntries(self.events, entry_ids))

    @Slot(int, bool)
    def tick_follow_up(self, follow_up_id: int, done: bool) -> None:
        """Tick a follow-up off (or open it again); ticks arriving together are one step."""
        self._ticked[done].append(follow_up_id)
        self._tick_timer.start()

    @Slot()
    def _apply_ticks(self) -> None:
        for done, ids in self._ticked.items():
            if ids:
                self.set_follow_ups_done(list(ids), done)
                ids.clear()

    def set_follow_ups_done(self, ids: list[int], done: bool) -> None:
        """Tick follow-ups off, or open them again."""
        if ids:
            self.run_command(commands.SetFollowUpsDone(self.events, ids, done))

    # --- drafts left by a crash ------------------------------------------------

    def offer_drafts(self) -> None:
        """Offer back entries that were being written when the program last stopped."""
        for info in drafts.entry_drafts():
            box = QMessageBox(self.window)
            box.setObjectName("draft_offer_box")
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Unsaved entry"))
            box.setTextFormat(Qt.TextFormat.PlainText)
            when = format_datetime(utc_to_local(info.updated_at))
            box.setText(
                self.tr("An entry you were writing was not saved (last changed %1).").replace(
                    "%1", when
                )
            )
            box.setInformativeText(self.tr("Open it to finish it, or throw it away?"))
            open_button = box.addButton(self.tr("Open It"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Throw Away"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(open_button)
            box.exec()
            if box.clickedButton() is open_button:
                self._edit(info.data, entry_id=info.entry_id, draft_id=info.id)
            else:
                drafts.discard_draft(info.id)

    # --- templates ------------------------------------------------------------

    @Slot()
    def manage_templates(self) -> None:
        """Open the templates dialog."""
        from networkjournal.ui.dialogs.templates_dialog import TemplatesDialog

        TemplatesDialog(parent=self.window).exec()

    def _manage_templates_for(self, editor: EntryEditor) -> None:
        self.manage_templates()
        editor.set_templates(templates.list_templates())
