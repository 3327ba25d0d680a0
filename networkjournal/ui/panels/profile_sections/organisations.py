"""The organisations someone belongs to (societies, teams, hospitals), with roles and dates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QVBoxLayout, QWidget

from networkjournal.store import organisations
from networkjournal.store.organisations import MemberData, MembershipRow
from networkjournal.store.text import fold
from networkjournal.ui.panels.profile_sections.base import ProfileContext
from networkjournal.ui.panels.profile_sections.inline import Reveal
from networkjournal.ui.panels.profile_sections.widgets import (
    ItemRow,
    LinkButton,
    RowList,
    name_picker,
    remove_button,
)
from networkjournal.ui.profile_commands import RemoveMembership, add_to_organisation
from networkjournal.ui.widgets.partial_date_edit import PartialDateEdit


class AddToOrganisation(Reveal):
    """ "Add to organisation…": pick one by typing its name (a new name creates it)."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__("add_organisation", self.tr("Add"), parent)
        self.context = context
        self.person_id: int | None = None
        self.open_link = LinkButton(self.tr("Add to organisation…"), "add_organisation_button")
        self.open_link.clicked.connect(self.open_form)
        self.closed_layout.addWidget(self.open_link)
        self.picker = name_picker(
            "organisation_picker", self.tr("Organisation"), self.tr("Type a name, new or known")
        )
        self.role = QLineEdit()
        self.role.setObjectName("organisation_role_edit")
        self.role.setAccessibleName(self.tr("Role in the organisation"))
        self.role.setPlaceholderText(self.tr("e.g. president, member"))
        self.since = PartialDateEdit()
        self.since.setObjectName("organisation_since_edit")
        self.since.setAccessibleName(self.tr("Member since"))
        self.fields.addRow(self.tr("Organisation:"), self.picker)
        self.fields.addRow(self.tr("Role:"), self.role)
        self.fields.addRow(self.tr("Since:"), self.since)
        self.submit_on_return(self.picker.lineEdit())
        self.submit_on_return(self.role)
        self.submit_on_return(self.since.lineEdit())

    def prepare(self) -> None:
        self.picker.clear()
        for row in organisations.list_organisations():
            self.picker.addItem(row.name, row.id)
        completer = QCompleter(self.picker.model(), self.picker)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.picker.setCompleter(completer)
        self.picker.setEditText("")
        self.role.clear()
        self.since.setDate(None)

    def chosen(self) -> int | str | None:
        """Return the organisation typed: its id when known, the new name when not."""
        name = " ".join(self.picker.currentText().split())
        if not name:
            return None
        for index in range(self.picker.count()):
            if fold(self.picker.itemText(index)) == fold(name):
                return int(self.picker.itemData(index))
        return name

    def submit(self) -> bool:
        organisation = self.chosen()
        if organisation is None or self.person_id is None:
            self.picker.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if not self.since.isValid():
            self.since.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        member = MemberData(self.person_id, self.role.text().strip(), self.since.date())
        return self.context.run(
            add_to_organisation(self.context.journal_events(), organisation, member)
        )


class Organisations(QWidget):
    """Each membership with its role, dates and a remove button; and "Add to organisation…"."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person_id: int | None = None
        self.list = RowList("organisation_list")
        self.add = AddToOrganisation(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.list)
        layout.addWidget(self.add)

    def load(self, person_id: int) -> bool:
        """Show ``person_id``'s memberships; return whether they have any."""
        if person_id != self.person_id:
            self.add.close_form()
        self.person_id = self.add.person_id = person_id
        self.add.setVisible(self.context.editable)
        self.list.clear()
        rows = organisations.memberships_for(person_id)
        for row in rows:
            item = ItemRow(row.organisation_name, "membership_row")
            if row.role:
                item.add_meta(row.role)
            dates = self._dates(row)
            if dates:
                item.add_meta(dates)
            remove = None
            if self.context.editable:
                remove = remove_button(
                    self.tr("Remove from %1").replace("%1", row.organisation_name),
                    self.tr("Remove from this organisation (undo brings it back)"),
                )
                remove.clicked.connect(lambda _=False, oid=row.organisation_id: self._remove(oid))
            item.finish(remove)
            self.list.add(item)
        return bool(rows)

    def _dates(self, row: MembershipRow) -> str:
        """Say when someone belonged: "since September 2021", "2019 to 2022", "until 2022"."""
        since = row.since.display() if row.since is not None else ""
        until = row.until.display() if row.until is not None else ""
        if since and until:
            return f"{since} \u2013 {until}"
        if since:
            return self.tr("since %1").replace("%1", since)
        if until:
            return self.tr("until %1").replace("%1", until)
        return ""

    def _remove(self, organisation_id: int) -> None:
        if self.person_id is not None:
            self.context.run(
                RemoveMembership(self.context.journal_events(), organisation_id, self.person_id)
            )
