"""Rows of follow-ups for an entry: what to do, by when, concerning whom."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from itertools import pairwise

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
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

from networkjournal.store.journal import FollowUpData
from networkjournal.store.partial_dates import MONTH_NAMES, PartialDateError, parse_partial_date
from networkjournal.ui.formatting import plain_tooltip
from networkjournal.ui.widgets.field_message import as_sentence, style_field_message

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def read_due_date(text: str, today: dt.date) -> dt.date | None:
    """Read a due date as typed: "today", "tomorrow", "fri", "23/09", "23 Sep 2026"; "" is none.

    A date without a year is its next occurrence from ``today``. Raises ValueError.
    """
    word = text.strip().lower().rstrip(".")
    if not word:
        return None
    if word == "today":
        return today
    if word == "tomorrow":
        return today + dt.timedelta(days=1)
    if len(word) >= 3 and not word[0].isdigit():
        for number, name in enumerate(_WEEKDAYS):
            if name.startswith(word):
                return today + dt.timedelta(days=(number - today.weekday() - 1) % 7 + 1)
    try:
        date = parse_partial_date(text)
    except PartialDateError as exc:
        raise ValueError(str(exc)) from exc
    if date is None or date.day is None or date.month is None:
        raise ValueError("a due date needs a day, e.g. 23 Sep")
    if date.year is not None:
        return dt.date(date.year, date.month, date.day)
    for year in (today.year, today.year + 1, today.year + 2, today.year + 3, today.year + 4):
        try:
            candidate = dt.date(year, date.month, date.day)
        except ValueError:  # 29 February in a year that has none
            continue
        if candidate >= today:
            return candidate
    raise ValueError("that day does not come round soon")


def format_due_date(date: dt.date) -> str:
    """Write ``date`` the way it would be typed ("3 Oct 2026"), in a form read back."""
    return f"{date.day} {MONTH_NAMES[date.month - 1][:3]} {date.year}"


@dataclass
class _Row:
    title: QLineEdit
    due: QLineEdit
    person: QComboBox
    remove: QToolButton
    message: QLabel
    original: FollowUpData  # keeps the id and done time of a saved follow-up
    error: str = ""

    def widgets(self) -> list[QWidget]:
        return [self.title, self.due, self.person, self.remove, self.message]


class FollowUpsEdit(QWidget):
    """Edit an entry's follow-ups; "concerning" offers the entry's people."""

    changed = Signal()
    rowsChanged = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_ups_edit")
        self._today = today
        self._rows: list[_Row] = []
        self._people: list[tuple[int, str]] = []
        self._names: dict[int, str] = {}
        self._headers = [
            self._header(self.tr("To do")),
            self._header(self.tr("Due")),
            self._header(self.tr("Concerning")),
        ]
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(2, 1)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(3)
        self._add = QPushButton(self.tr("&Add follow-up"), self)
        self._add.setObjectName("add_follow_up_button")
        self._add.setAutoDefault(False)
        self._add.clicked.connect(self.add_follow_up)
        buttons = QHBoxLayout()
        buttons.addWidget(self._add)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._grid)
        layout.addLayout(buttons)
        self._relayout()

    def set_people(
        self, people: list[tuple[int, str]], names: dict[int, str] | None = None
    ) -> None:
        """Offer ``people`` (id, name) under "concerning"; ``names`` names anyone else needed."""
        self._people = list(people)
        self._names.update(names or {})
        self._names.update(dict(people))
        for row in self._rows:
            self._fill_people(row.person, row.person.currentData())

    def set_follow_ups(self, follow_ups: list[FollowUpData]) -> None:
        """Show ``follow_ups``, replacing any rows already there."""
        for row in self._rows:
            self._discard(row)
        self._rows = []
        for follow_up in follow_ups:
            self._append(follow_up)
        self._relayout()

    def follow_ups(self) -> list[FollowUpData]:
        """Return the rows as typed (a due date that cannot be read is left out)."""
        result = []
        for row in self._rows:
            if not (row.title.text().strip() or row.due.text().strip() or row.person.currentData()):
                continue
            try:
                due = read_due_date(row.due.text(), self._today)
            except ValueError:
                due = None
            result.append(
                replace(
                    row.original,
                    title=row.title.text(),
                    due_on=due,
                    person_id=row.person.currentData(),
                )
            )
        return result

    def typed(self) -> list[tuple[str, str, int | None]]:
        """Return every row's text as typed, to tell whether anything changed."""
        return [(r.title.text(), r.due.text(), r.person.currentData()) for r in self._rows]

    def first_invalid_widget(self) -> QWidget | None:
        """Return the first field that is wrong, to put the cursor there."""
        for row in self._rows:
            if row.error:
                return row.title if not row.title.text().strip() else row.due
        return None

    def focus_chain(self) -> list[QWidget]:
        """Return the focusable widgets in visual order, for the dialog's tab order."""
        chain: list[QWidget] = []
        for row in self._rows:
            chain += [row.title, row.due, row.person, row.remove]
        return [*chain, self._add]

    @Slot()
    def add_follow_up(self) -> None:
        """Add an empty row and put the cursor in it."""
        row = self._append(FollowUpData(""))
        self._relayout()
        self.changed.emit()
        row.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def _append(self, follow_up: FollowUpData) -> _Row:
        title = QLineEdit(follow_up.title, self)
        title.setPlaceholderText(self.tr("e.g. Send Dr Brooks my CV"))
        title.setMinimumWidth(120)
        if follow_up.done_at is not None:
            font = title.font()
            font.setStrikeOut(True)
            title.setFont(font)
            title.setToolTip(self.tr("Done"))
        due = QLineEdit(format_due_date(follow_up.due_on) if follow_up.due_on else "", self)
        due.setPlaceholderText(self.tr("No date"))
        due.setMinimumWidth(due.fontMetrics().horizontalAdvance("30 Sep 2026") + 16)
        person = QComboBox(self)
        person.setMinimumContentsLength(8)
        person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._fill_people(person, follow_up.person_id)
        remove = QToolButton(self)
        remove.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton))
        remove.setAutoRaise(True)
        message = QLabel(self)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        style_field_message(message)
        message.hide()
        row = _Row(title, due, person, remove, message, follow_up)
        for widget in (title, due, person, remove):
            widget.show()  # now, not when the layout gets round to it, so it can take focus
        self._rows.append(row)
        title.textChanged.connect(lambda _t, r=row: self._edited(r))
        due.textChanged.connect(lambda _t, r=row: self._edited(r))
        due.editingFinished.connect(lambda r=row: self._tidy(r))
        person.currentIndexChanged.connect(lambda _i, r=row: self._edited(r))
        remove.clicked.connect(lambda _c=False, r=row: self._remove(r))
        self._check(row)
        return row

    def _fill_people(self, combo: QComboBox, person_id: int | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("\u2014", None)
        for pid, name in self._people:
            combo.addItem(name, pid)
        if person_id is not None and combo.findData(person_id) < 0:
            # Someone not (or no longer) in the entry: keep them rather than lose the link.
            name = self._names.get(person_id, self.tr("Person #%1").replace("%1", str(person_id)))
            combo.addItem(name, person_id)
        combo.setCurrentIndex(max(0, combo.findData(person_id)))
        combo.blockSignals(False)

    def _remove(self, row: _Row) -> None:
        index = self._rows.index(row)
        self._rows.remove(row)
        self._discard(row)
        self._relayout()
        self.changed.emit()
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)].title.setFocus()
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
        for i, row in enumerate(self._rows):
            grid_row = 1 + 2 * i
            self._grid.addWidget(row.title, grid_row, 0)
            self._grid.addWidget(row.due, grid_row, 1)
            self._grid.addWidget(row.person, grid_row, 2)
            self._grid.addWidget(row.remove, grid_row, 3)
            self._grid.addWidget(row.message, grid_row + 1, 0, 1, 3)
            number = str(i + 1)
            for widget, name, accessible in [
                (row.title, "follow_up_title", self.tr("What to do, follow-up %1")),
                (row.due, "follow_up_due", self.tr("Due date of follow-up %1")),
                (row.person, "follow_up_person", self.tr("Whom follow-up %1 concerns")),
                (row.remove, "follow_up_remove", self.tr("Remove follow-up %1")),
                (row.message, "follow_up_message", self.tr("Problem with follow-up %1")),
            ]:
                widget.setObjectName(f"{name}_{i}")
                widget.setAccessibleName(accessible.replace("%1", number))
            row.remove.setToolTip(row.remove.accessibleName())
        for first, second in pairwise(self.focus_chain()):
            QWidget.setTabOrder(first, second)
        self.rowsChanged.emit()

    def _edited(self, row: _Row) -> None:
        self._check(row)
        self.changed.emit()

    def _check(self, row: _Row) -> None:
        """Show under the row why it cannot be saved, or how the date was read."""
        error, reading = "", ""
        try:
            due = read_due_date(row.due.text(), self._today)
        except ValueError as exc:
            error = as_sentence(str(exc))
        else:
            if due is not None:
                reading = QLocale().toString(due, QLocale.FormatType.LongFormat)
        something = row.due.text().strip() or row.person.currentData() is not None
        if not error and something and not row.title.text().strip():
            error = self.tr("Say what to do, or remove this follow-up.")
        row.error = error
        row.message.setText(error)
        row.message.setVisible(bool(error))
        row.due.setAccessibleDescription(error or reading)
        hint = self.tr("Type a date: today, tomorrow, fri, 23/09 or 23 Sep 2026")
        row.due.setToolTip(plain_tooltip(f"{reading}\n{hint}" if reading else hint))

    def _tidy(self, row: _Row) -> None:
        """On leaving a due date, rewrite it as the date it was read as."""
        if row not in self._rows:
            return
        try:
            due = read_due_date(row.due.text(), self._today)
        except ValueError:
            return
        if due is not None and format_due_date(due) != row.due.text():
            row.due.setText(format_due_date(due))

    def _header(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setEnabled(False)
        return label
