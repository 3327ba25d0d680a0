"""What they know about me: what I told them and what they saw me do, and the reference."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from networkjournal.store import facts
from networkjournal.store.facts import DisclosureData, DisclosureRow
from networkjournal.store.people import PersonData
from networkjournal.ui.formatting import format_date
from networkjournal.ui.panels.profile_sections.base import ProfileContext, Section
from networkjournal.ui.panels.profile_sections.entry_choice import EntryChoice
from networkjournal.ui.panels.profile_sections.facts import source_link
from networkjournal.ui.panels.profile_sections.inline import InlineText
from networkjournal.ui.panels.profile_sections.widgets import (
    ItemRow,
    RowList,
    plain_label,
    remove_button,
)
from networkjournal.ui.profile_commands import (
    add_disclosure,
    delete_disclosure,
    edit_person_fields,
)


class DisclosuresSection(Section):
    """Question 4, "What they know about me", and whether they could give me a reference."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(
            "section_disclosures",
            self.tr("What they know about me"),
            self.tr("Nothing yet — add the first thing they know about you below."),
            parent,
        )
        self.context = context
        self.data = PersonData()
        self.list = RowList("disclosure_list")
        self.edit = QLineEdit()
        self.edit.setObjectName("disclosure_edit")
        self.edit.setAccessibleName(self.tr("Something they know about me"))
        self.edit.setPlaceholderText(self.tr("What they know, then Enter"))
        self.edit.returnPressed.connect(self._add)
        self.witnessed = QCheckBox(self.tr("They saw it"))
        self.witnessed.setObjectName("disclosure_witnessed_check")
        self.witnessed.setToolTip(
            self.tr("They saw me do it (the basis of a reference), rather than being told")
        )
        self.source = EntryChoice("disclosure_entry_combo")
        line = QHBoxLayout()
        line.setSpacing(6)
        line.addWidget(self.edit, 1)
        line.addWidget(self.witnessed)
        self.adder = QWidget()
        self.adder.setObjectName("disclosure_adder")
        adder_layout = QVBoxLayout(self.adder)
        adder_layout.setContentsMargins(0, 4, 0, 0)
        adder_layout.setSpacing(4)
        adder_layout.addLayout(line)
        adder_layout.addWidget(self.source, 0, Qt.AlignmentFlag.AlignLeft)
        self.referee = QCheckBox(self.tr("Could give me a reference"))
        self.referee.setObjectName("referee_check_inline")
        self.referee.clicked.connect(self._referee_toggled)
        self.referee_note = InlineText(
            "referee_note_inline",
            self.tr("What a reference from them could speak to"),
            self.tr("Not noted what a reference from them could speak to."),
            self._save_note,
        )
        reference = QWidget()
        reference_layout = QVBoxLayout(reference)
        reference_layout.setContentsMargins(0, 8, 0, 0)
        reference_layout.setSpacing(2)
        reference_layout.addWidget(self.referee, 0, Qt.AlignmentFlag.AlignLeft)
        reference_layout.addWidget(self.referee_note)
        self.body_layout.addWidget(self.list)
        self.body_layout.addWidget(self.adder)
        self.body_layout.addWidget(reference)
        self.rows: list[DisclosureRow] = []

    def load(self, person_id: int, data: PersonData) -> None:
        if person_id != self.person_id:
            self.edit.clear()
            self.witnessed.setChecked(False)
            self.referee_note.close_form()
        self.person_id, self.data = person_id, data
        self.rows = facts.disclosures_for(person_id)
        self.list.clear()
        self.list.add_all(
            [lambda row=row: self._row(row) for row in self.rows],
            lambda count: self.tr("Show %n more", "", count),
        )
        self.set_empty(not self.rows)
        editable = self.context.editable
        self.adder.setVisible(editable)
        if editable:
            self.source.set_person(person_id)
        self.referee.setChecked(data.is_referee)
        self.referee.setEnabled(editable)
        self.referee_note.set_text(data.referee_note)
        self.referee_note.set_editable(editable)
        self.referee_note.setVisible(data.is_referee or bool(data.referee_note))

    def texts(self) -> list[str]:
        """Return what they know about me, top to bottom."""
        return self.list.texts()

    def _row(self, row: DisclosureRow) -> ItemRow:
        item = ItemRow(row.text, "disclosure_row")
        item.setProperty("disclosure_id", row.id)
        how = plain_label(
            "disclosure_how_label",
            self.tr("Witnessed") if row.witnessed else self.tr("Told"),
            wrap=False,
        )
        how.setToolTip(
            self.tr("They saw me do this") if row.witnessed else self.tr("I told them this")
        )
        font = how.font()
        font.setBold(row.witnessed)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        how.setFont(font)
        item.add_meta(how)
        if row.shared_on is not None:
            item.add_meta(format_date(row.shared_on), keep=True)
        if row.interaction_id is not None:
            item.add_meta(
                source_link(
                    self.context,
                    row.interaction_id,
                    row.interaction_title,
                    "disclosure_entry_link",
                )
            )
        remove = None
        if self.context.editable:
            remove = remove_button(
                self.tr("Delete what they know about me"),
                self.tr("Delete this (undo brings it back)"),
            )
            remove.clicked.connect(lambda _=False, did=row.id: self._delete(did))
        item.finish(remove)
        return item

    @Slot()
    def _add(self) -> None:
        text = self.edit.text().strip()
        if not text or self.person_id is None:
            return
        entry_id, entry_day = self.source.entry()
        data = DisclosureData(
            person_id=self.person_id,
            text=text,
            shared_on=entry_day or dt.date.today(),
            witnessed=self.witnessed.isChecked(),
            interaction_id=entry_id,
        )
        if self.context.run(add_disclosure(self.context.journal_events(), data)):
            self.edit.clear()
            self.witnessed.setChecked(False)

    def _delete(self, disclosure_id: int) -> None:
        self.context.run(delete_disclosure(self.context.journal_events(), disclosure_id))

    @Slot(bool)
    def _referee_toggled(self, checked: bool) -> None:
        if self.person_id is None:
            return
        name = self.data.name_for_display()
        text = (
            self.tr("Mark %1 as a referee") if checked else self.tr("Unmark %1 as a referee")
        ).replace("%1", name)
        events = self.context.journal_events()
        if not self.context.run(
            edit_person_fields(events, self.person_id, text, is_referee=checked)
        ):
            self.referee.setChecked(self.data.is_referee)
            return
        if checked and not self.data.referee_note:
            self.referee_note.open_form()

    def _save_note(self, note: str) -> bool:
        assert self.person_id is not None
        text = self.tr("Change what %1 could speak to").replace("%1", self.data.name_for_display())
        return self.context.run(
            edit_person_fields(
                self.context.journal_events(), self.person_id, text, referee_note=note
            )
        )
