"""A line edit for dates whose year or day may be unknown, saying how it read them."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from networkjournal.store.partial_dates import PartialDate, PartialDateError, parse_partial_date
from networkjournal.ui.widgets.field_message import as_sentence, style_field_message


class PartialDateEdit(QWidget):
    """Type "23 Sep 2019", "23/09", "Sep 2019" or "2019"; the line below says how it was read."""

    validityChanged = Signal(bool)
    dateChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._line = QLineEdit(self)
        self._line.setObjectName("partial_date_text")
        self._line.setPlaceholderText(self.tr("e.g. 23 Sep 2019, 23/09, Sep 2019 or 2019"))
        self._line.setClearButtonEnabled(True)
        self._feedback = QLabel(self)
        self._feedback.setObjectName("partial_date_feedback")
        self._feedback.setTextFormat(Qt.TextFormat.PlainText)
        self._feedback.setWordWrap(True)
        self._feedback.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._line)
        layout.addWidget(self._feedback)
        self.setFocusProxy(self._line)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._date: PartialDate | None = None
        self._valid = True
        self._line.textChanged.connect(self._reread)
        self._line.editingFinished.connect(self._tidy)

    def lineEdit(self) -> QLineEdit:
        """Return the line edit the date is typed into."""
        return self._line

    def text(self) -> str:
        """Return the text as typed."""
        return self._line.text()

    def date(self) -> PartialDate | None:
        """Return the date as read, or None when empty or not a date."""
        return self._date if self._valid else None

    def setDate(self, value: PartialDate | None) -> None:
        """Show ``value`` (None clears the field)."""
        self._line.setText(self._format(value) if value is not None else "")

    def isValid(self) -> bool:
        """Whether the text is empty or a date."""
        return self._valid

    def error(self) -> str:
        """Return why the text is not a date, or "" when it is."""
        return "" if self._valid else self._feedback.text()

    def setAccessibleName(self, name: str) -> None:
        """Name the line edit for assistive tools (the composite itself takes no focus)."""
        super().setAccessibleName(name)
        self._line.setAccessibleName(name)

    @Slot(str)
    def _reread(self, text: str) -> None:
        try:
            date = parse_partial_date(text)
        except PartialDateError as exc:
            self._date, valid = None, False
            self._show(as_sentence(str(exc)), error=True)
        else:
            self._date, valid = date, True
            if date is None:
                self._feedback.hide()
            else:
                self._show(self._describe(date), error=False)
        self._line.setAccessibleDescription("" if valid else self._feedback.text())
        self.dateChanged.emit()
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)

    @Slot()
    def _tidy(self) -> None:
        """Leave a date that was read in the unambiguous form it was understood as."""
        if self._valid and self._date is not None:
            tidy = self._format(self._date)
            if tidy != self._line.text():
                self._line.setText(tidy)

    def _show(self, text: str, error: bool) -> None:
        style_field_message(self._feedback, error)
        self._feedback.setText(text)
        self._feedback.show()

    def _describe(self, date: PartialDate) -> str:
        """Say in words how the date was understood: "Monday 23 September 2019"."""
        locale = QLocale()
        full = date.to_date()
        if full is not None:
            return locale.toString(full, QLocale.FormatType.LongFormat)
        if date.year is None and date.month is not None:
            return self.tr("%1, year unknown").replace(
                "%1", f"{date.day} {locale.monthName(date.month)}"
            )
        if date.month is not None:
            return self.tr("%1, day unknown").replace(
                "%1", f"{locale.monthName(date.month)} {date.year}"
            )
        return self.tr("Some time in %1").replace("%1", str(date.year))

    @staticmethod
    def _format(date: PartialDate) -> str:
        """Write a date the way it would be typed, in a form the parser reads back."""
        locale = QLocale()
        month = (
            locale.monthName(date.month, QLocale.FormatType.ShortFormat)
            if date.month is not None
            else ""
        )
        parts = [str(date.day) if date.day is not None else "", month]
        parts.append(str(date.year) if date.year is not None else "")
        text = " ".join(p for p in parts if p)
        try:
            if parse_partial_date(text) == date:
                return text
        except PartialDateError:
            pass
        return date.to_iso()
