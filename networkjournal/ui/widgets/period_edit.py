"""A keep-in-touch period typed as a number and a unit: "3 months", "2 weeks", "10 days"."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSizePolicy, QSpinBox, QWidget

DAYS_IN = {"days": 1, "weeks": 7, "months": 30}  # a month is 30 days, as everywhere in the journal
MAX_DAYS = 3650  # ten years: anything longer is not keeping in touch


class PeriodEdit(QWidget):
    """Choose "every 3 months", or leave the period unset (shown as ``unset_text``).

    The period is read back in days; 90 days shows as 3 months, 14 as 2 weeks, 10 as 10 days.
    Zero in the number box is the unset state: the box shows ``unset_text`` and the unit is
    disabled.
    """

    changed = Signal()

    def __init__(self, unset_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._number = QSpinBox(self)
        self._number.setObjectName("period_number_spin")
        self._number.setRange(0, MAX_DAYS)
        self._number.setSpecialValueText(
            unset_text if unset_text is not None else self.tr("Network default")
        )
        self._number.setAccessibleName(self.tr("Number"))
        self._unit = QComboBox(self)
        self._unit.setObjectName("period_unit_combo")
        self._unit.setAccessibleName(self.tr("Unit"))
        for unit in DAYS_IN:
            self._unit.addItem("", unit)
        self._unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._number)
        layout.addWidget(self._unit)
        layout.addStretch(1)
        self.setFocusProxy(self._number)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._days: int | None = None
        self._name_units(0)
        self._unit.setEnabled(False)
        self._number.valueChanged.connect(self._number_changed)
        self._unit.currentIndexChanged.connect(self._unit_changed)

    def days(self) -> int | None:
        """Return the period in days, or None when unset."""
        return self._days

    def setDays(self, days: int | None) -> None:
        """Show ``days`` in the largest unit that divides it exactly; None (or 0) unsets."""
        if days is not None and days < 0:
            raise ValueError(f"a period cannot be {days} days")
        if not days:
            self._number.setValue(0)
            return
        unit = next(u for u in ("months", "weeks", "days") if days % DAYS_IN[u] == 0)
        number = days // DAYS_IN[unit]
        self._unit.blockSignals(True)
        self._unit.setCurrentIndex(self._unit.findData(unit))
        self._unit.blockSignals(False)
        # A period longer than the usual limit (from an older journal) is kept, not cut short.
        self._number.setMaximum(max(MAX_DAYS // DAYS_IN[unit], number))
        self._number.setValue(number)
        self._update()

    def unit(self) -> str:
        """Return the unit shown: "days", "weeks" or "months"."""
        return str(self._unit.currentData())

    def selectAll(self) -> None:
        """Select the number, so what is typed next replaces it."""
        self._number.selectAll()

    def focus_chain(self) -> list[QWidget]:
        """Return the focusable widgets in visual order, for the dialog's tab order."""
        return [self._number, self._unit]

    def setAccessibleName(self, name: str) -> None:
        """Name the number box for assistive tools, and the unit after it."""
        super().setAccessibleName(name)
        self._number.setAccessibleName(name)
        self._unit.setAccessibleName(self.tr("%1 (unit)").replace("%1", name))

    # --- reacting ---------------------------------------------------------------------

    @Slot(int)
    def _number_changed(self, number: int) -> None:
        self._update()

    @Slot(int)
    def _unit_changed(self, index: int) -> None:
        self._number.setMaximum(MAX_DAYS // DAYS_IN[self._unit.itemData(index)])
        self._update()

    def _update(self) -> None:
        """Name the units for the number shown, and tell listeners when the period changed."""
        number = self._number.value()
        self._name_units(number)
        self._unit.setEnabled(number > 0)
        days = number * DAYS_IN[self.unit()] if number else None
        if days != self._days:
            self._days = days
            self.changed.emit()

    def _name_units(self, number: int) -> None:
        one = number == 1
        names = {
            "days": self.tr("day") if one else self.tr("days"),
            "weeks": self.tr("week") if one else self.tr("weeks"),
            "months": self.tr("month") if one else self.tr("months"),
        }
        for index in range(self._unit.count()):
            self._unit.setItemText(index, names[self._unit.itemData(index)])
