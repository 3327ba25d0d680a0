"""What the learning and organisation actions do: topics, organisations, who can help, referees."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from networkjournal.store import organisations, people, topics
from networkjournal.ui.controller import Controller
from networkjournal.ui.dialogs.export_file import export_text
from networkjournal.ui.dialogs.messages import confirm
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.record_commands import CreateRecord, DeleteRecord, UpdateRecord, record_store

TOPICS = record_store(topics, "topic")
ORGANISATIONS = record_store(organisations, "organisation")


class LearningController(Controller):
    """Opens the topic and organisation editors and saves through undo."""

    personChosen = Signal(int)
    topicSaved = Signal(int)

    def __init__(
        self,
        window: QWidget,
        actions: dict[str, QAction],
        stack: QUndoStack,
        events: JournalEvents,
    ) -> None:
        super().__init__(window, actions, stack, events)
        self.connect_actions(
            {
                "action_new_topic": self.new_topic,
                "action_new_organisation": self.new_organisation,
                "action_who_can_help": self.who_can_help,
                "action_show_referees": self.show_referees,
                "action_export_referees": self.export_referees,
            }
        )

    # --- topics ------------------------------------------------------------------------

    @Slot()
    def new_topic(self, person_ids: list[int] | None = None) -> int | None:
        """Start a topic (with these people in it)."""
        from networkjournal.ui.dialogs.topic_editor import TopicEditor

        data = topics.TopicData(title="", people=[topics.TopicMember(p) for p in person_ids or []])
        editor = TopicEditor(people.person_choices(), data, parent=self.window)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return None
        title = editor.topic_data().title
        command = CreateRecord(
            self.events, self.tr("New topic %1").replace("%1", title), TOPICS, editor.topic_data()
        )
        if self.run_command(command) and command.record_id is not None:
            self.topicSaved.emit(command.record_id)
            return command.record_id
        return None

    @Slot(int)
    def edit_topic(self, topic_id: int) -> None:
        """Open a topic to read or change it."""
        from networkjournal.ui.dialogs.topic_editor import TopicEditor

        data = topics.get_topic(topic_id)
        editor = TopicEditor(people.person_choices(), data, topic_id, parent=self.window)
        if editor.exec() == QDialog.DialogCode.Accepted and editor.is_modified():
            text = self.tr("Edit topic %1").replace("%1", data.title)
            self.run_command(UpdateRecord(self.events, text, TOPICS, topic_id, editor.topic_data()))

    def delete_topics(self, topic_ids: list[int]) -> None:
        """Delete topics (their people stay); undo brings them back."""
        for topic_id in topic_ids:
            title = topics.get_topic(topic_id).title
            text = self.tr("Delete topic %1").replace("%1", title)
            self.run_command(DeleteRecord(self.events, text, TOPICS, topic_id))

    # --- organisations ---------------------------------------------------------------

    @Slot()
    def new_organisation(self) -> int | None:
        """Add an organisation."""
        from networkjournal.ui.dialogs.organisation_editor import OrganisationEditor

        editor = OrganisationEditor(people.person_choices(), parent=self.window)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return None
        data = editor.organisation_data()
        text = self.tr("New organisation %1").replace("%1", data.name)
        command = CreateRecord(self.events, text, ORGANISATIONS, data)
        return command.record_id if self.run_command(command) else None

    def edit_organisation(self, organisation_id: int) -> None:
        """Change an organisation and its members."""
        from networkjournal.ui.dialogs.organisation_editor import OrganisationEditor

        data = organisations.get_organisation(organisation_id)
        editor = OrganisationEditor(
            people.person_choices(), data, organisation_id, parent=self.window
        )
        if editor.exec() == QDialog.DialogCode.Accepted and editor.is_modified():
            text = self.tr("Edit %1").replace("%1", data.name)
            new = editor.organisation_data()
            self.run_command(UpdateRecord(self.events, text, ORGANISATIONS, organisation_id, new))

    def delete_organisation(self, organisation_id: int) -> None:
        """Delete an organisation after saying its members stay."""
        data = organisations.get_organisation(organisation_id)
        question = self.tr("Delete the organisation %1?").replace("%1", data.name)
        detail = self.tr(
            "Its %n members stay in the journal; only the organisation and their roles in it "
            "go. You can undo this.",
            "",
            len(data.members),
        )
        if confirm(
            self.window, self.tr("Delete Organisation"), question, detail, self.tr("Delete")
        ):
            text = self.tr("Delete %1").replace("%1", data.name)
            self.run_command(DeleteRecord(self.events, text, ORGANISATIONS, organisation_id))

    # --- finding people --------------------------------------------------------------

    @Slot()
    def who_can_help(self) -> None:
        """Ask who can help with something; show the person chosen."""
        from networkjournal.ui.dialogs.help_dialog import WhoCanHelpDialog

        dialog = WhoCanHelpDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_person_id is not None:
            self.personChosen.emit(dialog.chosen_person_id)

    @Slot()
    def show_referees(self) -> None:
        """List everyone who could give a reference."""
        from networkjournal.ui.dialogs.referees_dialog import RefereesDialog

        dialog = RefereesDialog(self.window)
        dialog.personRequested.connect(self.personChosen)
        dialog.exec()

    @Slot()
    def export_referees(self) -> None:
        """Save the referees list as a Markdown file."""
        from networkjournal.interop.markdown import referees_markdown

        export_text(
            self.window,
            self.tr("Export Referees"),
            "referees.md",
            self.tr("Markdown (*.md);;All files (*)"),
            referees_markdown,
        )
