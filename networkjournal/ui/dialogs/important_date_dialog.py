"""The form for an important date (an exam, an anniversary); the caller saves it (through undo)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from networkjournal.store.dates import DateData
from networkjournal.store.errors import ValidationError
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import PersonChoice
from networkjournal.ui.dialogs.form_dialog import FormDialog, buddy, form_layout, line_edit
from networkjournal.ui.widgets.field_message import message_label, show_message
from networkjournal.ui.widgets.partial_date_edit import PartialDateEdit
from networkjournal.ui.widgets.person_picker import PersonPicker


class ImportantDateDialog(FormDialog):
    """A date worth remembering, once or every year, perhaps about someone."""

    def __init__(
        self,
        people: list[PersonChoice],
        data: DateData | None = None,
        date_id: int | None = None,
        person_id: int | None = None,
        person_fixed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """Open on ``data`` (None: a new date, about ``person_id`` when given).

        With ``person_fixed`` (opened from a profile) the person cannot be changed.
        """
        super().__init__(parent)
        self.setObjectName("important_date_dialog")
        self.date_id = date_id
        self._original_label = ""
        self._label_touched = False
        self._date_touched = False
        self.setWindowTitle(self.tr("New date"))
        self._build({person.id: person.name for person in people})
        self._person.setEnabled(not person_fixed)
        if data is not None:
            self.set_data(data)
        else:
            self._person.set_person(person_id)
            self._finish()
        chain = [self._label, self._date.lineEdit(), self._yearly, self._person]
        for first, second in pairwise([*chain, *self.buttons.buttons()]):
            QWidget.setTabOrder(first, second)
        self.resize(460, self.sizeHint().height())
        self._label.setFocus(Qt.FocusReason.OtherFocusReason)

    def data(self) -> DateData:
        """Return the date as typed, tidied; raises ValidationError while something is wrong."""
        label = " ".join(self._label.text().split())
        if not label:
            raise ValidationError("label", self._label_problem())
        date_problem = self._date_problem()
        date = self._date.date()
        if date_problem or date is None:
            raise ValidationError("date", date_problem or self._date.error())
        person_id, known = self._person.person()
        if not known:
            raise ValidationError("person_id", self._person_problem())
        return DateData(label, date, self._yearly.isChecked(), person_id)

    def set_data(self, data: DateData) -> None:
        """Show ``data`` to edit; the form counts as unchanged from here."""
        self._loading = True
        self._original_label = data.label
        self.setWindowTitle(self.tr("Edit %1").replace("%1", data.label))
        self._label.setText(data.label)
        self._date.setDate(data.date)
        self._yearly.setChecked(data.yearly)
        self._person.set_person(data.person_id)
        self._finish()

    # --- building ---------------------------------------------------------------------

    def _build(self, people: dict[int, str]) -> None:
        self._label = line_edit(
            "important_date_label_edit",
            self.tr("e.g. Finals, Anniversary, Cardiology rotation starts"),
        )
        self._label.setAccessibleName(self.tr("What it is"))
        self._label_message = message_label("important_date_label_message")
        self._date = PartialDateEdit()
        self._date.setObjectName("important_date_edit")
        self._date.setAccessibleName(self.tr("Date"))
        self._date.lineEdit().setPlaceholderText(self.tr("e.g. 14 Jun 2026, or 14/06 every year"))
        self._date_message = message_label("important_date_message")
        self._yearly = QCheckBox(self.tr("Every &year"))
        self._yearly.setObjectName("important_date_yearly_check")
        self._yearly.setAccessibleName(self.tr("Every year"))
        self._person = PersonPicker(people, exclude_id=None)
        self._person.setObjectName("important_date_person_combo")
        self._person.setAccessibleName(self.tr("About"))
        self._person_message = message_label("important_date_person_message")
        form = form_layout()
        form.addRow(buddy(self.tr("&What:"), self._label), self._label)
        form.addRow("", self._label_message)
        form.addRow(buddy(self.tr("&Date:"), self._date), self._date)
        form.addRow("", self._date_message)
        form.addRow("", self._yearly)
        form.addRow(buddy(self.tr("&About:"), self._person), self._person)
        form.addRow("", self._person_message)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._label.textChanged.connect(self._label_edited)
        self._date.dateChanged.connect(self._date_edited)
        # The date edit says it changed before it says whether the text became readable.
        self._date.validityChanged.connect(self._date_edited)
        self._yearly.toggled.connect(self._refresh)
        self._person.currentIndexChanged.connect(self._refresh)
        self._person.editTextChanged.connect(self._refresh)

    # --- checking ---------------------------------------------------------------------

    def _label_problem(self) -> str:
        if self._label.text().strip():
            return ""
        return self.tr("Say what the date is, such as Finals or Anniversary.")

    def _date_problem(self) -> str:
        """What is missing from the date for it to be kept; "" when nothing (or unreadable)."""
        if not self._date.isValid():
            return ""  # the date field already says why it cannot read it
        date = self._date.date()
        if date is None:
            return self.tr("Type the date, such as 14 Jun 2026, or 14/06 for every year.")
        if self._yearly.isChecked():
            if date.day is None:
                return self.tr("A date every year needs a day and a month, such as 14 Feb.")
            return ""
        if date.to_date() is None:
            if _day_and_month(date):
                return self.tr(
                    "A date that happens once needs its year; tick Every year if it comes round"
                    " each year."
                )
            return self.tr("A date that happens once needs a day, month and year.")
        return ""

    def _person_problem(self) -> str:
        if self._person.person()[1]:
            return ""
        text = self.tr("Nobody in the journal is called “%1”; pick a name from the list.")
        return text.replace("%1", self._person.currentText().strip())

    # --- reacting ---------------------------------------------------------------------

    @Slot()
    def _label_edited(self) -> None:
        if not self._loading:
            self._label_touched = True
        self._refresh()

    @Slot()
    def _date_edited(self) -> None:
        if not self._loading:
            self._date_touched = True
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        if self._loading:
            return
        label = self._label_problem()
        show = bool(label) and self._shown(self._label_touched)
        show_message(self._label_message, self._label, label, show)
        date = self._date_problem()
        show = bool(date) and self._shown(self._date_touched)
        show_message(self._date_message, self._date, date, show)
        person = self._person_problem()
        show_message(self._person_message, self._person, person, bool(person))
        super()._refresh()

    def _shown(self, touched: bool) -> bool:
        """A field left empty is only blamed once typed in, or once saving was tried."""
        return touched or self._tried

    def _problems(self) -> list[QWidget]:
        wrong: list[QWidget | None] = [
            self._label if self._label_problem() else None,
            self._date if self._date_problem() or not self._date.isValid() else None,
            self._person if self._person_problem() else None,
        ]
        return [widget for widget in wrong if widget is not None]

    def _form_state(self) -> object:
        return (
            self._label.text(),
            self._date.text(),
            self._yearly.isChecked(),
            self._person.currentText(),
        )

    def _discard_question(self) -> str:
        if not self._original_label:
            return self.tr("Discard this new date?")
        label = self._label.text().strip() or self._original_label
        return self.tr("Discard changes to %1?").replace("%1", label)


def _day_and_month(date: PartialDate) -> bool:
    return date.day is not None and date.month is not None
