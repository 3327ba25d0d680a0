"""The form for an organisation and its members; the caller saves what it returns (through undo)."""

from __future__ import annotations

import dataclasses
from itertools import pairwise

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from networkjournal.store.errors import ValidationError
from networkjournal.store.organisations import (
    MemberData,
    OrganisationData,
    validate_organisation,
)
from networkjournal.store.people import PersonChoice
from networkjournal.ui import labels
from networkjournal.ui.dialogs.form_dialog import (
    FormDialog,
    buddy,
    choice_combo,
    form_layout,
    line_edit,
    text_edit,
)
from networkjournal.ui.widgets.field_message import as_sentence, message_label, show_message
from networkjournal.ui.widgets.people_roles_edit import PeopleRolesEdit, PersonRole


class OrganisationEditor(FormDialog):
    """A society, team, hall, cohort, hospital or department, and who is (or was) in it."""

    def __init__(
        self,
        people: list[PersonChoice],
        data: OrganisationData | None = None,
        organisation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("organisation_editor")
        self.organisation_id = organisation_id
        data = data or OrganisationData(name="")
        self._original_name = data.name
        self._name_touched = False
        if organisation_id is None:
            self.setWindowTitle(self.tr("New organisation"))
        else:
            self.setWindowTitle(self.tr("Edit %1").replace("%1", data.name))
        self._build({person.id: person.name for person in people}, data)
        self._load(data)
        self._finish()
        self._update_tab_order()
        self.resize(820, 500)
        self._name.setFocus(Qt.FocusReason.OtherFocusReason)

    def organisation_data(self) -> OrganisationData:
        """Return the form's data cleaned by ``validate_organisation``; raises ValidationError."""
        raw = self._raw_data()
        problem = self._problem(raw)
        if problem is not None:
            raise problem
        return validate_organisation(raw)

    # --- building ---------------------------------------------------------------------

    def _build(self, people: dict[int, str], data: OrganisationData) -> None:
        self._name = line_edit(
            "organisation_name_edit", self.tr("e.g. Cardiology Society, Ward 7, St Mary's Hall")
        )
        self._name_message = message_label("organisation_name_message")
        self._kind = choice_combo("organisation_kind_combo", labels.organisation_kinds(), data.kind)
        self._notes = text_edit("organisation_notes_edit", lines=3)
        self._notes.setPlaceholderText(self.tr("What it is, where, anything worth remembering."))
        form = form_layout()
        form.addRow(self.tr("&Name:"), self._name)
        form.addRow("", self._name_message)
        form.addRow(buddy(self.tr("&Kind:"), self._kind), self._kind)
        form.addRow(self.tr("N&otes:"), self._notes)
        self._members = PeopleRolesEdit(
            people, self._roles(), with_dates=True, add_text=self.tr("&Add member")
        )
        self._members.setObjectName("organisation_members_edit")
        members_label = QLabel(self.tr("Members:"))
        members_label.setTextFormat(Qt.TextFormat.PlainText)
        self._message = message_label("organisation_message")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(members_label)
        layout.addWidget(self._members)
        layout.addStretch(1)
        layout.addWidget(self._message)
        layout.addWidget(self.buttons)
        self._name.textChanged.connect(self._name_edited)
        self._kind.currentIndexChanged.connect(self._refresh)
        self._notes.textChanged.connect(self._refresh)
        self._members.changed.connect(self._refresh)
        self._members.rowsChanged.connect(self._update_tab_order)

    def _roles(self) -> list[str]:
        return [
            self.tr("member"),
            self.tr("president"),
            self.tr("secretary"),
            self.tr("treasurer"),
            self.tr("captain"),
            self.tr("committee"),
            self.tr("consultant"),
            self.tr("registrar"),
            self.tr("nurse"),
            self.tr("student"),
            self.tr("resident"),
            self.tr("tutor"),
        ]

    @Slot()
    def _update_tab_order(self) -> None:
        """Name, kind, notes, members, buttons."""
        chain: list[QWidget] = [
            *(self._name, self._kind, self._notes, *self._members.focus_chain()),
            *self.buttons.buttons(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- loading and reading ------------------------------------------------------------

    def _load(self, data: OrganisationData) -> None:
        self._name.setText(data.name)
        self._notes.setPlainText(data.notes)
        self._members.set_rows(
            [PersonRole(m.person_id, m.role, m.since, m.until) for m in data.members]
        )

    def _raw_data(self) -> OrganisationData:
        return OrganisationData(
            name=self._name.text().strip(),
            kind=self._kind.currentData(),
            notes=self._notes.toPlainText(),
            members=[
                MemberData(row.person_id, row.role, row.since, row.until)
                for row in self._members.rows()
            ],
        )

    def _form_state(self) -> object:
        return (dataclasses.astuple(self._raw_data()), self._name.text(), self._members.typed())

    def _problem(self, raw: OrganisationData) -> ValidationError | None:
        """The first thing the journal would refuse, checked here so it shows as it is typed."""
        if not raw.name:
            return ValidationError("name", self.tr("An organisation needs a name."))
        if self._members.first_invalid_widget() is not None:
            return ValidationError("members", self.tr("A member needs fixing."))
        try:
            validate_organisation(raw)
        except ValidationError as exc:
            return ValidationError(exc.field, as_sentence(exc.message))
        return None

    # --- reacting ---------------------------------------------------------------------

    @Slot()
    def _name_edited(self) -> None:
        if not self._loading:
            self._name_touched = True
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        if self._loading:
            return
        raw = self._raw_data()
        unnamed = not raw.name and (self._name_touched or self._tried)
        show_message(
            self._name_message, self._name, self.tr("An organisation needs a name."), unnamed
        )
        problem = self._problem(raw)
        other = problem is not None and problem.field not in ("name", "members")
        other = other and problem is not None and not problem.field.startswith("members[")
        show_message(self._message, self._name, problem.message if other and problem else "", other)
        super()._refresh()

    def _problems(self) -> list[QWidget]:
        wrong: list[QWidget | None] = [
            None if self._raw_data().name else self._name,
            self._members.first_invalid_widget(),
            self._name if self._message.text() else None,
        ]
        return [widget for widget in wrong if widget is not None]

    def _discard_question(self) -> str:
        if self.organisation_id is None:
            return self.tr("Discard this new organisation?")
        name = self._name.text().strip() or self._original_name
        return self.tr("Discard changes to %1?").replace("%1", name)
