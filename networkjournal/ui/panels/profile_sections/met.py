"""How, where and when you met someone, edited in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from networkjournal.store.people import PersonData
from networkjournal.ui.panels.profile_sections.base import ProfileContext
from networkjournal.ui.panels.profile_sections.inline import Reveal
from networkjournal.ui.panels.profile_sections.widgets import LinkButton, plain_label
from networkjournal.ui.profile_commands import edit_person_fields
from networkjournal.ui.widgets.partial_date_edit import PartialDateEdit


class MetBlock(Reveal):
    """ "23 September 2019 · Freshers' fair" and how it happened, with Edit to change them."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__("met", self.tr("Save"), parent)
        self.context = context
        self.person_id: int | None = None
        self.data = PersonData()
        self.when_where = plain_label("met_summary_label")
        self.how = plain_label("how_met_label")
        self.edit_link = LinkButton(self.tr("Edit"), "met_edit_button")
        self.edit_link.setToolTip(self.tr("Change how, where and when you met"))
        self.edit_link.clicked.connect(self.open_form)
        self._top = top = QHBoxLayout()
        top.addWidget(self.when_where, 1)
        top.addWidget(self.edit_link, 0, Qt.AlignmentFlag.AlignTop)
        self.closed_layout.addLayout(top)
        self.closed_layout.addWidget(self.how)
        self.met_on = PartialDateEdit()
        self.met_on.setObjectName("met_on_inline")
        self.met_on.setAccessibleName(self.tr("When you met"))
        self.met_at = QLineEdit()
        self.met_at.setObjectName("met_at_inline")
        self.met_at.setAccessibleName(self.tr("Where you met"))
        self.met_at.setPlaceholderText(self.tr("e.g. Freshers' fair, anatomy lab"))
        self.how_met = QPlainTextEdit()
        self.how_met.setObjectName("how_met_inline")
        self.how_met.setAccessibleName(self.tr("How you met"))
        self.how_met.setTabChangesFocus(True)
        self.how_met.setFixedHeight(self.how_met.fontMetrics().lineSpacing() * 3 + 12)
        self.fields.addRow(self.tr("When:"), self.met_on)
        self.fields.addRow(self.tr("Where:"), self.met_at)
        self.fields.addRow(self.tr("How:"), self.how_met)
        self.submit_on_return(self.met_at)
        self.submit_on_return(self.met_on.lineEdit())

    def load(self, person_id: int, data: PersonData) -> None:
        """Show how ``person_id`` and you met."""
        if person_id != self.person_id:
            self.close_form()
        self.person_id, self.data = person_id, data
        parts = [data.met_on.display()] if data.met_on is not None else []
        if data.met_at:
            parts.append(data.met_at)
        self.when_where.setText(" · ".join(parts))
        self.when_where.setVisible(bool(parts))
        self.how.setText(data.how_met)
        self.how.setVisible(bool(data.how_met))
        known = self.has_content()
        self.edit_link.set_full_text(
            self.tr("Edit") if known else self.tr("Add how and where you met…")
        )
        self.edit_link.setVisible(self.context.editable)
        # Beside what is known, Edit sits at the right; alone, the invitation starts the row.
        side = Qt.AlignmentFlag.AlignRight if known else Qt.AlignmentFlag.AlignLeft
        self._top.setAlignment(self.edit_link, Qt.AlignmentFlag.AlignTop | side)

    def has_content(self) -> bool:
        """Whether anything is known about how you met."""
        return bool(self.data.met_on or self.data.met_at or self.data.how_met)

    def prepare(self) -> None:
        self.met_on.setDate(self.data.met_on)
        self.met_at.setText(self.data.met_at)
        self.how_met.setPlainText(self.data.how_met)

    def submit(self) -> bool:
        if not self.met_on.isValid():
            self.met_on.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        met_on = self.met_on.date()
        met_at = self.met_at.text().strip()
        how_met = self.how_met.toPlainText().strip()
        if (met_on, met_at, how_met) == (self.data.met_on, self.data.met_at, self.data.how_met):
            return True
        assert self.person_id is not None
        return self.context.run(
            edit_person_fields(
                self.context.journal_events(),
                self.person_id,
                self.tr("Change how you met %1").replace("%1", self.data.name_for_display()),
                met_on=met_on,
                met_at=met_at,
                how_met=how_met,
            )
        )
