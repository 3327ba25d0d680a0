"""The keep-in-touch period: a number and a unit, read back in days, or unset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSpinBox
from pytestqt.qtbot import QtBot

from networkjournal.ui.widgets.period_edit import PeriodEdit
from tests.ui.record_form_helpers import child


@pytest.fixture
def edit(qtbot: QtBot) -> PeriodEdit:
    widget = PeriodEdit()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def number(edit: PeriodEdit) -> QSpinBox:
    return child(edit, QSpinBox, "period_number_spin")


def unit(edit: PeriodEdit) -> QComboBox:
    return child(edit, QComboBox, "period_unit_combo")


def shown(edit: PeriodEdit) -> tuple[str, str]:
    return number(edit).text(), unit(edit).currentText()


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (90, ("3", "months")),
        (30, ("1", "month")),
        (14, ("2", "weeks")),
        (7, ("1", "week")),
        (84, ("12", "weeks")),
        (10, ("10", "days")),
        (1, ("1", "day")),
        (365, ("365", "days")),
    ],
)
def test_a_period_shows_in_the_largest_unit_that_divides_it(
    edit: PeriodEdit, days: int, expected: tuple[str, str]
) -> None:
    edit.setDays(days)
    assert shown(edit) == expected
    assert unit(edit).isEnabled()
    assert edit.days() == days


def test_unset_shows_the_network_default_with_the_unit_disabled(edit: PeriodEdit) -> None:
    assert edit.days() is None
    edit.setDays(90)
    edit.setDays(None)
    assert number(edit).text() == "Network default"
    assert not unit(edit).isEnabled()
    assert edit.days() is None
    edit.setDays(0)
    assert edit.days() is None


def test_the_unset_state_can_be_named_by_the_caller(qtbot: QtBot) -> None:
    edit = PeriodEdit("Leave as it is")
    qtbot.addWidget(edit)
    assert number(edit).text() == "Leave as it is"


def test_typing_a_number_and_a_unit_gives_days_and_says_it_changed(
    qtbot: QtBot, edit: PeriodEdit
) -> None:
    spin = number(edit)
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(edit.changed):
        qtbot.keyClicks(spin, "6")
    assert unit(edit).isEnabled()
    assert edit.days() == 6
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert unit(edit).hasFocus()
    with qtbot.waitSignal(edit.changed):
        qtbot.keyClicks(unit(edit), "w")
    assert edit.days() == 42
    assert shown(edit) == ("6", "weeks")


def test_arrow_up_from_unset_starts_at_one_and_down_goes_back(
    qtbot: QtBot, edit: PeriodEdit
) -> None:
    spin = number(edit)
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert (edit.days(), unit(edit).currentText()) == (1, "day")
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert unit(edit).currentText() == "days"
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert edit.days() is None
    assert spin.text() == "Network default"
    assert not unit(edit).isEnabled()


def test_changing_the_unit_keeps_the_number(qtbot: QtBot, edit: PeriodEdit) -> None:
    edit.setDays(21)
    combo = unit(edit)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert shown(edit) == ("3", "months")
    assert edit.days() == 90


def test_the_number_is_limited_to_about_ten_years_in_each_unit(
    qtbot: QtBot, edit: PeriodEdit
) -> None:
    edit.setDays(3000)  # 100 months
    spin = number(edit)
    assert spin.maximum() == 121
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "500")
    assert spin.value() <= 121
    days = edit.days()
    assert days is not None
    assert days <= 3650


def test_a_longer_stored_period_is_kept_exactly(edit: PeriodEdit) -> None:
    edit.setDays(5000)
    assert edit.days() == 5000
    assert shown(edit) == ("5000", "days")


def test_setting_the_same_period_again_says_nothing(qtbot: QtBot, edit: PeriodEdit) -> None:
    edit.setDays(14)
    with qtbot.assertNotEmitted(edit.changed):
        edit.setDays(14)
    with qtbot.waitSignal(edit.changed):
        edit.setDays(15)


def test_a_negative_period_is_refused(edit: PeriodEdit) -> None:
    with pytest.raises(ValueError, match="-3"):
        edit.setDays(-3)


def test_focus_goes_to_the_number_and_both_parts_are_named(edit: PeriodEdit) -> None:
    edit.setAccessibleName("Keep in touch every")
    assert number(edit).accessibleName() == "Keep in touch every"
    assert unit(edit).accessibleName() == "Keep in touch every (unit)"
    assert edit.focusProxy() is number(edit)
    assert edit.focus_chain() == [number(edit), unit(edit)]
