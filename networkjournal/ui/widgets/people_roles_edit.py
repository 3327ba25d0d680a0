"""Rows of people with a role each (and, for memberships, since and until), added and removed."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCompleter,
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

from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.topics import ends_before_starts
from networkjournal.ui.widgets.field_message import style_field_message
from networkjournal.ui.widgets.partial_date_edit import PartialDateEdit
from networkjournal.ui.widgets.person_picker import PersonPicker


@dataclass
class PersonRole:
    """One row as typed: who, in what role, and (for memberships) since and until when."""

    person_id: int
    role: str = ""
    since: PartialDate | None = None
    until: PartialDate | None = None


@dataclass
class _Row:
    person: PersonPicker
    role: QLineEdit
    since: PartialDateEdit | None
    until: PartialDateEdit | None
    remove: QToolButton
    message: QLabel
    error: str = ""

    def widgets(self) -> list[QWidget]:
        dates = [d for d in (self.since, self.until) if d is not None]
        return [self.person, self.role, *dates, self.remove, self.message]


class PeopleRolesEdit(QWidget):
    """Choose people by typing part of a name and say each one's role, with suggestions."""

    changed = Signal()
    rowsChanged = Signal()

    def __init__(
        self,
        people: dict[int, str],
        roles: list[str],
        with_dates: bool = False,
        add_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._people = dict(people)
        self._with_dates = with_dates
        self._rows: list[_Row] = []
        self._completer = QCompleter(roles, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        titles = [self.tr("Person"), self.tr("Role")]
        if with_dates:
            titles += [self.tr("Since"), self.tr("Until")]
        self._headers = [self._header(text) for text in titles]
        self._empty = QLabel(self.tr("Nobody yet."), self)
        self._empty.setTextFormat(Qt.TextFormat.PlainText)
        self._empty.setEnabled(False)
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 3 if not with_dates else 5)
        self._grid.setColumnStretch(1, 2 if not with_dates else 4)
        if with_dates:
            self._grid.setColumnStretch(2, 4)
            self._grid.setColumnStretch(3, 4)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(3)
        self._add = QPushButton(add_text or self.tr("&Add person"), self)
        self._add.setObjectName("add_person_role_button")
        self._add.setAutoDefault(False)
        self._add.clicked.connect(self.add_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self._add)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._empty)
        layout.addLayout(self._grid)
        layout.addLayout(buttons)
        self._relayout()

    # --- reading and writing ------------------------------------------------------------

    def set_rows(self, rows: list[PersonRole]) -> None:
        """Show ``rows``, replacing any there."""
        for row in self._rows:
            self._discard(row)
        self._rows = []
        for person_role in rows:
            self._append(person_role)
        self._check_all()
        self._relayout()

    def rows(self) -> list[PersonRole]:
        """Return the rows that name someone, in order (dates that cannot be read are None)."""
        result = []
        for row in self._rows:
            person_id, _known = row.person.person()
            if person_id is None:
                continue
            result.append(
                PersonRole(
                    person_id,
                    row.role.text().strip(),
                    row.since.date() if row.since is not None else None,
                    row.until.date() if row.until is not None else None,
                )
            )
        return result

    def typed(self) -> list[tuple[str, ...]]:
        """Return every row's text as typed, to tell whether anything changed."""
        return [
            tuple(
                w.currentText() if isinstance(w, PersonPicker) else w.text()
                for w in (row.person, row.role, row.since, row.until)
                if w is not None
            )
            for row in self._rows
        ]

    def first_invalid_widget(self) -> QWidget | None:
        """Return the first field that is wrong, to put the cursor there."""
        for row in self._rows:
            if row.error:
                return row.person if row.error != self._dates_error() else row.until
            for date in (row.since, row.until):
                if date is not None and not date.isValid():
                    return date
        return None

    def focus_chain(self) -> list[QWidget]:
        """Return the focusable widgets in visual order, for the dialog's tab order."""
        chain: list[QWidget] = []
        for row in self._rows:
            dates = [d.lineEdit() for d in (row.since, row.until) if d is not None]
            chain += [row.person, row.role, *dates, row.remove]
        return [*chain, self._add]

    @Slot()
    def add_row(self) -> None:
        """Add an empty row and put the cursor in it."""
        row = self._append(PersonRole(0))
        self._relayout()
        self.changed.emit()
        row.person.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- rows -------------------------------------------------------------------------

    def _append(self, person_role: PersonRole) -> _Row:
        person = PersonPicker(self._people, None, self)
        person.setMinimumContentsLength(12)
        person.lineEdit().setPlaceholderText(self.tr("Type part of a name"))
        person.set_person(person_role.person_id or None)
        role = QLineEdit(person_role.role, self)
        role.setPlaceholderText(self.tr("e.g. supervisor"))
        role.setCompleter(self._completer)
        since = until = None
        if self._with_dates:
            since, until = PartialDateEdit(self), PartialDateEdit(self)
            since.lineEdit().setPlaceholderText(self.tr("e.g. Sep 2023"))
            until.lineEdit().setPlaceholderText(self.tr("still there"))
            since.setDate(person_role.since)
            until.setDate(person_role.until)
        remove = QToolButton(self)
        remove.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton))
        remove.setAutoRaise(True)
        message = QLabel(self)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        style_field_message(message)
        message.hide()
        row = _Row(person, role, since, until, remove, message)
        for widget in row.widgets()[:-1]:
            widget.show()  # now, not when the layout gets round to it, so it can take focus
        self._rows.append(row)
        person.currentIndexChanged.connect(self._edited)
        person.editTextChanged.connect(self._edited)
        role.textChanged.connect(self._edited)
        for date in (since, until):
            if date is not None:
                date.dateChanged.connect(self._edited)
                date.validityChanged.connect(self._edited)  # comes after dateChanged
        remove.clicked.connect(lambda _c=False, r=row: self._remove(r))
        return row

    def _remove(self, row: _Row) -> None:
        index = self._rows.index(row)
        self._rows.remove(row)
        self._discard(row)
        self._check_all()
        self._relayout()
        self.changed.emit()
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)].person.setFocus()
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
        top = Qt.AlignmentFlag.AlignTop
        for i, row in enumerate(self._rows):
            grid_row = 1 + 2 * i
            fields: list[QWidget] = [row.person, row.role]
            fields += [d for d in (row.since, row.until) if d is not None]
            for column, widget in enumerate([*fields, row.remove]):
                self._grid.addWidget(widget, grid_row, column, top)
            self._grid.addWidget(row.message, grid_row + 1, 0, 1, len(fields))
            number = str(i + 1)
            for widget, name, accessible in [
                (row.person, "person_role_person", self.tr("Person %1")),
                (row.role, "person_role_role", self.tr("Role of person %1")),
                (row.since, "person_role_since", self.tr("Person %1 since")),
                (row.until, "person_role_until", self.tr("Person %1 until")),
                (row.remove, "person_role_remove", self.tr("Remove person %1")),
                (row.message, "person_role_message", self.tr("Problem with person %1")),
            ]:
                if widget is not None:
                    widget.setObjectName(f"{name}_{i}")
                    widget.setAccessibleName(accessible.replace("%1", number))
            row.remove.setToolTip(row.remove.accessibleName())
        for first, second in pairwise(self.focus_chain()):
            QWidget.setTabOrder(first, second)
        self.rowsChanged.emit()

    @Slot()
    def _edited(self) -> None:
        self._check_all()
        self.changed.emit()

    def _check_all(self) -> None:
        """Say under each row what stops it being saved: an unknown name, a repeat, dates."""
        seen: set[int] = set()
        for row in self._rows:
            person_id, known = row.person.person()
            typed = row.person.currentText().strip()
            error = ""
            if not known:
                error = self.tr("Nobody in the journal is called “%1”; pick a name from the list.")
                error = error.replace("%1", typed)
            elif person_id is None and self._has_text(row):
                error = self.tr("Choose who, or remove this row.")
            elif person_id is not None and person_id in seen:
                name = self._people.get(person_id, typed)
                error = self.tr("%1 is already listed.").replace("%1", name)
            elif self._dates_backwards(row):
                error = self._dates_error()
            if person_id is not None:
                seen.add(person_id)
            row.error = error
            row.message.setText(error)
            row.message.setVisible(bool(error))
            row.person.setAccessibleDescription(error)

    def _dates_backwards(self, row: _Row) -> bool:
        if row.since is None or row.until is None:
            return False
        return ends_before_starts(row.since.date(), row.until.date())

    def _has_text(self, row: _Row) -> bool:
        dates = [d for d in (row.since, row.until) if d is not None]
        return bool(row.role.text().strip() or any(d.text().strip() for d in dates))

    def _dates_error(self) -> str:
        return self.tr("“Until” is before “since”.")

    def _header(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setEnabled(False)
        return label
