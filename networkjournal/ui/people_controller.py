"""What the person actions do: open the editor, archive, trash, restore, forget — through undo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from networkjournal.store import networks, organisations, people, tags
from networkjournal.store.people_list import CriterionKind, View
from networkjournal.ui import commands
from networkjournal.ui.controller import Controller
from networkjournal.ui.dialogs.messages import confirm
from networkjournal.ui.dialogs.person_editor import PersonEditor
from networkjournal.ui.dialogs.relationship_dialog import RelationshipDialog
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.models.sidebar_model import SidebarKey
from networkjournal.ui.panels.people_panel import PeoplePanel
from networkjournal.ui.profile_commands import add_relationship


class PeopleController(Controller):
    """Carries out the person actions on the people the panel has selected."""

    def __init__(
        self,
        window: QWidget,
        actions: dict[str, QAction],
        stack: QUndoStack,
        events: JournalEvents,
        panel: PeoplePanel,
    ) -> None:
        super().__init__(window, actions, stack, events)
        self.panel = panel
        self.view = View.ACTIVE
        self.active = True  # the people table is in view
        self.connect_actions(
            {
                "action_new_person": self.new_person,
                "action_edit_person": self.edit_selected,
                "action_archive_person": self.archive_selected,
                "action_trash_person": self.trash_selected,
                "action_restore_person": self.restore_selected,
                "action_forget_person": self.forget_selected,
                "action_empty_trash": self.empty_trash,
                "action_merge_people": self.merge_selected,
                "action_demo_journal": self.fill_with_demo,
            }
        )
        panel.editRequested.connect(self.edit_person)
        panel.newPersonRequested.connect(self.new_person)
        panel.demoRequested.connect(self.fill_with_demo)
        panel.selectionChanged.connect(self.update_actions)
        events.peopleChanged.connect(self._update_demo_action)
        self.update_actions()
        self._update_demo_action()

    @Slot()
    def _update_demo_action(self) -> None:
        self.actions["action_demo_journal"].setEnabled(_journal_is_empty())

    def set_active(self, active: bool) -> None:
        """Enable the actions on selected people only while the people table is in view."""
        self.active = active
        self.update_actions()

    def set_view(self, view: View) -> None:
        """Tell the controller which part of the journal is shown (actions depend on it)."""
        self.view = view
        self.update_actions()

    @Slot()
    def update_actions(self) -> None:
        """Enable only the actions that make sense for the selection and view."""
        selected = self.active and bool(self.panel.selected_ids())
        a = self.actions
        a["action_edit_person"].setEnabled(self.active and len(self.panel.selected_ids()) == 1)
        a["action_archive_person"].setEnabled(selected and self.view == View.ACTIVE)
        a["action_trash_person"].setEnabled(selected and self.view != View.TRASH)
        a["action_restore_person"].setEnabled(selected and self.view != View.ACTIVE)
        a["action_forget_person"].setEnabled(selected)
        a["action_merge_people"].setEnabled(
            self.active and len(self.panel.selected_ids()) == 2 and self.view != View.TRASH
        )
        a["action_empty_trash"].setEnabled(
            self.view == View.TRASH and self.panel.model.rowCount() > 0
        )

    # --- the actions ---------------------------------------------------------

    @Slot()
    def new_person(self) -> None:
        """Open an empty person editor; save what the user types as a new person."""
        editor = PersonEditor(networks.list_networks(), people.person_names(), parent=self.window)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        command = commands.CreatePerson(self.events, editor.person_data())
        if self.run_command(command) and command.person_id is not None:
            self.panel.select_ids([command.person_id])

    @Slot()
    def edit_selected(self) -> None:
        """Edit the one selected person."""
        current = self.panel.current_id()
        selected = self.panel.selected_ids()
        target = current if current in selected else (selected[0] if selected else None)
        if target is not None:
            self.edit_person(target)

    @Slot(int)
    def edit_person(self, person_id: int) -> None:
        """Open the editor on ``person_id``; save changes through undo."""
        editor = PersonEditor(
            networks.list_networks(),
            people.person_names(),
            data=people.get_person(person_id),
            person_id=person_id,
            parent=self.window,
        )
        # An unchanged save puts no empty step on the undo stack.
        if editor.exec() == QDialog.DialogCode.Accepted and editor.is_modified():
            self.run_command(commands.EditPerson(self.events, person_id, editor.person_data()))

    @Slot(int)
    def add_relationship(self, person_id: int) -> None:
        """Ask whom ``person_id`` knows and how; save the relationship through undo."""
        names = people.person_names([person_id])
        if person_id not in names:
            return
        dialog = RelationshipDialog(
            person_id, names[person_id], people.person_choices(), parent=self.window
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.run_command(add_relationship(self.events, dialog.relationship_data()))

    @Slot()
    def archive_selected(self) -> None:
        """Archive the selected people."""
        ids = self.panel.selected_ids()
        if ids:
            self.run_command(commands.SetArchived(self.events, ids, archived=True))

    @Slot()
    def trash_selected(self) -> None:
        """Move the selected people to the trash (undo brings them back)."""
        ids = self.panel.selected_ids()
        if ids:
            self.run_command(commands.MoveToTrash(self.events, ids))

    @Slot()
    def restore_selected(self) -> None:
        """Bring the selected people back from the archive or the trash."""
        ids = self.panel.selected_ids()
        if not ids:
            return
        if self.view == View.TRASH:
            self.run_command(commands.RestoreFromTrash(self.events, ids))
        elif self.view == View.ARCHIVED:
            self.run_command(commands.SetArchived(self.events, ids, archived=False))

    @Slot()
    def forget_selected(self) -> None:
        """After confirmation, remove every trace of the selected people (no undo)."""
        ids = self.panel.selected_ids()
        if not ids:
            return
        names = people.person_names(ids)
        if len(ids) == 1:
            question = self.tr("Forget %1?").replace("%1", names[ids[0]])
        else:
            question = self.tr("Forget these %n people?", "", len(ids))
        detail = self.tr(
            "Every trace of them leaves the journal: their details, contact methods and "
            "memberships. This cannot be undone."
        )
        detail = self._with_sole_entries(detail, ids)
        if not confirm(self.window, self.tr("Forget"), question, detail, self.tr("Forget")):
            return
        people.forget_people(ids, with_entries=True)
        # Undo history holds copies of what was forgotten; forgetting means those go too.
        self.stack.clear()
        self.events.everything_changed()

    def _with_sole_entries(self, detail: str, person_ids: list[int]) -> str:
        """Say how many journal entries go with the people: those nobody else was at."""
        count = len(people.sole_entries(person_ids))
        if not count:
            return detail
        entries = self.tr("The %n journal entries only they were in go too.", "", count)
        return f"{detail}\n\n{entries}"

    @Slot()
    def merge_selected(self) -> None:
        """Ask which of the two selected people to keep, then merge the other into them."""
        ids = self.panel.selected_ids()
        if len(ids) == 2:
            self.merge_people(ids[0], ids[1])

    def merge_people(self, first: int, second: int) -> None:
        """Merge two records of one person, everything of both kept (undo parts them again)."""
        from networkjournal.ui.dialogs.merge_people_dialog import MergePeopleDialog

        dialog = MergePeopleDialog(first, second, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        keep, other = dialog.keep_id(), dialog.other_id()
        names = people.person_names([keep, other])
        text = self.tr("%1 and %2").replace("%1", names[keep]).replace("%2", names[other])
        if self.run_command(commands.MergePeople(self.events, keep, other, text)):
            self.panel.select_ids([keep])

    @Slot()
    def empty_trash(self) -> None:
        """After confirmation, forget everyone in the trash."""
        count = len(people.trashed_ids())
        if not count:
            return
        question = self.tr("Forget the %n people in the trash?", "", count)
        detail = self.tr("Every trace of them leaves the journal. This cannot be undone.")
        detail = self._with_sole_entries(detail, people.trashed_ids())
        if confirm(self.window, self.tr("Empty Trash"), question, detail, self.tr("Empty Trash")):
            people.empty_trash(with_entries=True)
            self.stack.clear()
            self.events.everything_changed()

    @Slot()
    def fill_with_demo(self) -> None:
        """Fill an empty journal with the demo network of a medical student."""
        if not _journal_is_empty():
            return
        from networkjournal.demo import build_demo

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            build_demo()
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.stack.clear()
        self.events.people_and_networks_changed()

    def drop_people(self, person_ids: list[int], key: SidebarKey) -> None:
        """People dropped on a sidebar item: a network (or a role in it), a tag, an
        organisation, the archive or the trash."""
        command: commands.StoreCommand | None = None
        if key.kind == CriterionKind.NETWORK:
            name = next((n.name for n in networks.list_networks() if n.id == key.value), "")
            role = key.role or ""
            command = commands.AddToNetwork(self.events, person_ids, int(key.value), name, role)
        elif key.kind == CriterionKind.TAG:
            name = next((t.name for t in tags.list_tags() if t.id == key.value), "")
            command = commands.TagPeople(self.events, person_ids, name)
        elif key.kind == CriterionKind.ORGANISATION:
            org = next(
                (o.name for o in organisations.list_organisations() if o.id == key.value), ""
            )
            command = commands.JoinOrganisation(self.events, person_ids, int(key.value), org)
        elif key.view == View.ARCHIVED:
            command = commands.SetArchived(self.events, person_ids, archived=True)
        elif key.view == View.TRASH:
            command = commands.MoveToTrash(self.events, person_ids)
        if command is not None:
            self.run_command(command)


def _journal_is_empty() -> bool:
    from networkjournal.store.people_list import view_counts

    return sum(view_counts().values()) == 0
