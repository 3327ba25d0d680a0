"""Who they know: the people this person is related to, and "Add relationship…"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from networkjournal.store import people, relationships
from networkjournal.store.people import PersonData
from networkjournal.store.relationships import (
    DIRECTED_KINDS,
    RELATIONSHIP_KINDS,
    RelationshipData,
    RelationshipRow,
)
from networkjournal.ui import labels
from networkjournal.ui.panels.profile_sections.base import ProfileContext, Section
from networkjournal.ui.panels.profile_sections.inline import Reveal
from networkjournal.ui.panels.profile_sections.widgets import (
    ItemRow,
    LinkButton,
    RowList,
    guard_wheel,
    remove_button,
)
from networkjournal.ui.profile_commands import add_relationship, delete_relationship
from networkjournal.ui.widgets.person_picker import PersonPicker

# store.relationships.RELATIONSHIP_KINDS and PASSIVE_LABELS, marked for lupdate in the
# context AddRelationshipForm's self.tr() uses (the store may not import Qt; a test
# keeps the tables the same).
_KIND_LABELS: dict[str, str] = {
    "knows": QT_TRANSLATE_NOOP("AddRelationshipForm", "Knows"),
    "friend": QT_TRANSLATE_NOOP("AddRelationshipForm", "Friend"),
    "family": QT_TRANSLATE_NOOP("AddRelationshipForm", "Family"),
    "partner": QT_TRANSLATE_NOOP("AddRelationshipForm", "Partner"),
    "colleague": QT_TRANSLATE_NOOP("AddRelationshipForm", "Colleague"),
    "flatmate": QT_TRANSLATE_NOOP("AddRelationshipForm", "Flatmate"),
    "supervises": QT_TRANSLATE_NOOP("AddRelationshipForm", "Supervises"),
    "mentors": QT_TRANSLATE_NOOP("AddRelationshipForm", "Mentors"),
    "introduced": QT_TRANSLATE_NOOP("AddRelationshipForm", "Introduced"),
}
_PASSIVE_LABELS: dict[str, str] = {
    "supervises": QT_TRANSLATE_NOOP("AddRelationshipForm", "Supervised by"),
    "mentors": QT_TRANSLATE_NOOP("AddRelationshipForm", "Mentored by"),
    "introduced": QT_TRANSLATE_NOOP("AddRelationshipForm", "Introduced by"),
}


class AddRelationshipForm(Reveal):
    """ "Add relationship…": another person, how they are related (read from this side), a note."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__("add_relationship", self.tr("Add"), parent)
        self.context = context
        self.person_id: int | None = None
        self.open_link = LinkButton(self.tr("Add relationship…"), "add_relationship_button")
        self.open_link.clicked.connect(self.open_form)
        self.closed_layout.addWidget(self.open_link)
        self.picker: PersonPicker | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("relationship_kind_combo")
        self.kind.setAccessibleName(self.tr("How they are related"))
        # Directed kinds read both ways from this person's side: "Supervises", "Supervised by".
        for key in RELATIONSHIP_KINDS:
            self.kind.addItem(self.tr(_KIND_LABELS[key]), (key, False))
            if key in DIRECTED_KINDS:
                self.kind.addItem(self.tr(_PASSIVE_LABELS[key]), (key, True))
        guard_wheel(self.kind)
        self.note = QLineEdit()
        self.note.setObjectName("relationship_note_edit")
        self.note.setAccessibleName(self.tr("Note about the relationship"))
        self.note.setPlaceholderText(self.tr("Optional, e.g. same lab since 2022"))
        self.fields.addRow(self.tr("Person:"), QWidget())  # the picker is made on opening
        self.fields.addRow(self.tr("How:"), self.kind)
        self.fields.addRow(self.tr("Note:"), self.note)
        self.submit_on_return(self.note)

    def prepare(self) -> None:
        # Names change between openings: list who is in the journal now.
        names = {choice.id: choice.name for choice in people.person_choices()}
        picker = PersonPicker(names, exclude_id=self.person_id)
        picker.setObjectName("relationship_person_picker")
        picker.setAccessibleName(self.tr("Who they know"))
        guard_wheel(picker)
        self.submit_on_return(picker.lineEdit())
        old = self.fields.itemAt(0, self.fields.ItemRole.FieldRole).widget()
        self.fields.replaceWidget(old, picker)
        old.deleteLater()
        self.picker = picker
        self.kind.setCurrentIndex(0)
        self.note.clear()

    def submit(self) -> bool:
        if self.picker is None or self.person_id is None:
            return False
        other, named = self.picker.person()
        if other is None or not named:
            self.picker.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        kind, reverse = self.kind.currentData()
        a, b = (other, self.person_id) if reverse else (self.person_id, other)
        data = RelationshipData(a, b, kind, self.note.text().strip())
        return self.context.run(add_relationship(self.context.journal_events(), data))


class RelationshipsSection(Section):
    """Who they know: each relationship as the other person's name, how, and a note."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(
            "section_relationships",
            self.tr("Who they know"),
            self.tr("Nothing yet — add whom they know below."),
            parent,
        )
        self.context = context
        self.list = RowList("relationship_list")
        self.add = AddRelationshipForm(context)
        self.body_layout.addWidget(self.list)
        self.body_layout.addWidget(self.add)
        self.rows: list[RelationshipRow] = []

    def load(self, person_id: int, data: PersonData) -> None:
        if person_id != self.person_id:
            self.add.close_form()
        self.person_id = self.add.person_id = person_id
        self.rows = relationships.relationships_for(person_id)
        self.list.clear()
        for row in self.rows:
            self.list.add(self._row(row))
        self.set_empty(not self.rows)
        self.add.setVisible(self.context.editable)

    def _row(self, row: RelationshipRow) -> ItemRow:
        item = ItemRow(row.other_name, "relationship_row")
        link = LinkButton(row.other_name, f"relationship_person_{row.other_id}")
        link.clicked.connect(
            lambda _=False, pid=row.other_id: self.context.personRequested.emit(pid)
        )
        item.use_link(link)
        item.add_meta(labels.relationship_row(row))
        if row.note:
            item.add_meta(row.note)
        remove = None
        if self.context.editable:
            remove = remove_button(
                self.tr("Delete relationship with %1").replace("%1", row.other_name),
                self.tr("Delete this relationship (undo brings it back)"),
            )
            remove.clicked.connect(lambda _=False, rid=row.id: self._delete(rid))
        item.finish(remove)
        return item

    def _delete(self, relationship_id: int) -> None:
        self.context.run(delete_relationship(self.context.journal_events(), relationship_id))
