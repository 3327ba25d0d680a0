"""Rows of ways to reach a person: kind, value, label, preferred; checked as they are typed."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store.contacts import CONTACT_KINDS, normalise_contact
from networkjournal.store.errors import ValidationError
from networkjournal.store.people import ContactMethodData
from networkjournal.ui.widgets.field_message import as_sentence, style_field_message


@dataclass
class _Row:
    kind: QComboBox
    value: QLineEdit
    label: QLineEdit
    preferred: QCheckBox
    remove: QToolButton
    message: QLabel
    error: str = ""

    def widgets(self) -> list[QWidget]:
        return [self.kind, self.value, self.label, self.preferred, self.remove, self.message]


class ContactMethodsEditor(QWidget):
    """Edit a person's contact methods; each value is checked and tidied as it is typed."""

    validityChanged = Signal(bool)
    changed = Signal()
    rowsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._valid = True
        self._headers = [
            self._header(self.tr("Kind")),
            self._header(self.tr("Address, number or profile")),
            self._header(self.tr("Label")),
            self._header(self.tr("Preferred")),
        ]
        self._empty = QLabel(self.tr("No ways to reach them yet."), self)
        self._empty.setTextFormat(Qt.TextFormat.PlainText)
        self._empty.setEnabled(False)
        self._grid = QGridLayout()
        self._grid.setColumnStretch(1, 3)
        self._grid.setColumnStretch(2, 1)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        self._add = QPushButton(self.tr("&Add contact method"), self)
        self._add.setObjectName("add_contact_button")
        self._add.setAutoDefault(False)
        self._add.clicked.connect(self._add_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self._add)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._empty)
        layout.addLayout(self._grid)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._relayout()

    def set_contacts(self, contacts: list[ContactMethodData]) -> None:
        """Show ``contacts``, replacing any rows already there."""
        for row in self._rows:
            self._discard(row)
        self._rows = []
        for contact in contacts:
            self._append(contact)
        self._relayout()
        self._update_validity()

    def contacts(self) -> list[ContactMethodData]:
        """Return the rows as typed, leaving out rows with nothing in them."""
        return [
            ContactMethodData(
                row.kind.currentData(),
                row.value.text(),
                row.label.text(),
                row.preferred.isChecked(),
            )
            for row in self._rows
            if row.value.text().strip() or row.label.text().strip()
        ]

    def isValid(self) -> bool:
        """Whether every row holds a value the journal accepts."""
        return self._valid

    def first_invalid_widget(self) -> QWidget | None:
        """Return the value field of the first row that is wrong, to put the cursor there."""
        return next((row.value for row in self._rows if row.error), None)

    def focus_chain(self) -> list[QWidget]:
        """Return the focusable widgets in visual order, for the dialog's tab order."""
        chain: list[QWidget] = []
        for row in self._rows:
            chain += [row.kind, row.value, row.label, row.preferred, row.remove]
        return [*chain, self._add]

    @Slot()
    def add_contact(self, kind: str = "email") -> None:
        """Add an empty row of ``kind`` and put the cursor in it."""
        row = self._append(ContactMethodData(kind, ""))
        self._relayout()
        self._update_validity()
        self.changed.emit()
        row.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _add_clicked(self) -> None:
        used = {row.kind.currentData() for row in self._rows}
        self.add_contact(next((kind for kind in CONTACT_KINDS if kind not in used), "other"))

    def _append(self, contact: ContactMethodData) -> _Row:
        kind = QComboBox(self)
        for key, text in self._kind_labels().items():
            kind.addItem(text, key)
        if kind.findData(contact.kind) < 0:
            kind.addItem(contact.kind, contact.kind)
        kind.setCurrentIndex(kind.findData(contact.kind))
        value = QLineEdit(contact.value, self)
        value.setMinimumWidth(120)
        label = QLineEdit(contact.label, self)
        label.setPlaceholderText(self.tr("e.g. work"))
        label.setMinimumWidth(60)
        preferred = QCheckBox(self)
        preferred.setChecked(contact.preferred)
        remove = QToolButton(self)
        remove.setIcon(
            QIcon.fromTheme(
                "list-remove",
                self.style().standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton),
            )
        )
        remove.setAutoRaise(True)
        message = QLabel(self)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        style_field_message(message)
        message.hide()
        row = _Row(kind, value, label, preferred, remove, message)
        for widget in (kind, value, label, preferred, remove):
            widget.show()  # now, not when the layout gets round to it, so it can take focus
        self._rows.append(row)
        kind.currentIndexChanged.connect(lambda _i, r=row: self._kind_changed(r))
        value.textChanged.connect(lambda _t, r=row: self._edited(r))
        label.textChanged.connect(lambda _t, r=row: self._edited(r))
        value.editingFinished.connect(lambda r=row: self._tidy(r))
        preferred.toggled.connect(self.changed)
        remove.clicked.connect(lambda _c=False, r=row: self._remove(r))
        self._set_placeholder(row)
        self._check(row)
        return row

    def _remove(self, row: _Row) -> None:
        index = self._rows.index(row)
        self._rows.remove(row)
        self._discard(row)
        self._relayout()
        self._update_validity()
        self.changed.emit()
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)].value.setFocus()
        else:
            self._add.setFocus()

    def _discard(self, row: _Row) -> None:
        for widget in row.widgets():
            widget.hide()
            widget.setObjectName("")  # its name now belongs to the row that took its place
            widget.deleteLater()

    def _relayout(self) -> None:
        """Put the rows back in the grid after one came or went, renaming them by position."""
        while self._grid.count():
            self._grid.takeAt(0)
        for column, header in enumerate(self._headers):
            self._grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignLeft)
            header.setVisible(bool(self._rows))
        self._empty.setVisible(not self._rows)
        for i, row in enumerate(self._rows):
            grid_row = 1 + 2 * i
            self._grid.addWidget(row.kind, grid_row, 0)
            self._grid.addWidget(row.value, grid_row, 1)
            self._grid.addWidget(row.label, grid_row, 2)
            self._grid.addWidget(row.preferred, grid_row, 3, Qt.AlignmentFlag.AlignCenter)
            self._grid.addWidget(row.remove, grid_row, 4)
            self._grid.addWidget(row.message, grid_row + 1, 1, 1, 3)
            number = str(i + 1)
            for widget, name, accessible in [
                (row.kind, "contact_kind", self.tr("Kind of contact method %1")),
                (row.value, "contact_value", self.tr("Contact method %1")),
                (row.label, "contact_label", self.tr("Label of contact method %1")),
                (row.preferred, "contact_preferred", self.tr("Contact method %1 is preferred")),
                (row.remove, "contact_remove", self.tr("Remove contact method %1")),
                (row.message, "contact_message", self.tr("Problem with contact method %1")),
            ]:
                widget.setObjectName(f"{name}_{i}")
                widget.setAccessibleName(accessible.replace("%1", number))
            row.remove.setToolTip(row.remove.accessibleName())
            row.preferred.setToolTip(self.tr("Preferred way to reach them"))
        chain = self.focus_chain()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.rowsChanged.emit()

    def _kind_changed(self, row: _Row) -> None:
        self._set_placeholder(row)
        self._edited(row)

    def _edited(self, row: _Row) -> None:
        self._check(row)
        self._update_validity()
        self.changed.emit()

    def _check(self, row: _Row) -> None:
        """Show under the value why the journal would refuse it, or nothing."""
        text = row.value.text()
        error = ""
        if text.strip():
            try:
                normalise_contact(row.kind.currentData(), text)
            except ValidationError as exc:
                error = as_sentence(exc.message)
        elif row.label.text().strip():
            error = self.tr("Type the address or number, or remove this row.")
        row.error = error
        row.message.setText(error)
        row.message.setVisible(bool(error))
        row.value.setAccessibleDescription(error)

    def _tidy(self, row: _Row) -> None:
        """On leaving a value, rewrite it in the form it will be stored in."""
        if row not in self._rows:
            return
        try:
            tidy = normalise_contact(row.kind.currentData(), row.value.text())
        except ValidationError:
            return
        if tidy != row.value.text():
            row.value.setText(tidy)

    def _update_validity(self) -> None:
        valid = not any(row.error for row in self._rows)
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)

    def _set_placeholder(self, row: _Row) -> None:
        row.value.setPlaceholderText(self._placeholders().get(row.kind.currentData(), ""))

    def _header(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setEnabled(False)
        return label

    def _kind_labels(self) -> dict[str, str]:
        labels = {
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "linkedin": self.tr("LinkedIn"),
            "x": self.tr("X (Twitter)"),
            "instagram": self.tr("Instagram"),
            "whatsapp": self.tr("WhatsApp"),
            "website": self.tr("Website"),
            "other": self.tr("Other"),
        }
        return {kind: labels.get(kind, text) for kind, text in CONTACT_KINDS.items()}

    def _placeholders(self) -> dict[str, str]:
        return {
            "email": self.tr("name@example.com"),
            "phone": self.tr("+44 7700 900123"),
            "linkedin": self.tr("linkedin.com/in/name, or just name"),
            "x": self.tr("@handle"),
            "instagram": self.tr("@handle"),
            "whatsapp": self.tr("+44 7700 900123"),
            "website": self.tr("example.com"),
        }
