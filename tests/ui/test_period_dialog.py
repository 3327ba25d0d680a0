"""The keep-in-touch dialog: a period for one person or several, or back to the network default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from networkjournal.ui.dialogs.period_dialog import PeriodDialog
from tests.ui.record_form_helpers import child, shown

DEFAULT = "Network default: every 2 months (Social)"


def test_typing_a_period_for_one_person_and_pressing_return_accepts_it(qtbot: QtBot) -> None:
    dialog = shown(qtbot, PeriodDialog(["Ana <b>Silva</b>"], None, DEFAULT))
    assert dialog.objectName() == "period_dialog"
    assert dialog.windowTitle() == "Keep in Touch Every"
    who = child(dialog, QLabel, "period_who_label")
    assert who.text() == "How often to be in touch with Ana <b>Silva</b>:"
    assert who.textFormat() == Qt.TextFormat.PlainText
    default = child(dialog, QLabel, "period_default_label")
    assert (default.text(), default.textFormat()) == (DEFAULT, Qt.TextFormat.PlainText)
    spin = child(dialog, QSpinBox, "period_number_spin")
    qtbot.waitUntil(spin.hasFocus)
    assert spin.text() == "Network default"
    qtbot.keyClicks(spin, "3")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    unit = child(dialog, QComboBox, "period_unit_combo")
    assert unit.hasFocus()
    qtbot.keyClicks(unit, "w")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(unit, Qt.Key.Key_Return)
    assert dialog.days() == 21


def test_several_people_are_counted_and_their_period_shows_in_months(qtbot: QtBot) -> None:
    dialog = shown(qtbot, PeriodDialog(["Ana Silva", "Sam Patel", "Olga Lee"], 90, DEFAULT))
    who = child(dialog, QLabel, "period_who_label")
    assert who.text() == "How often to be in touch with each of these 3 people:"
    assert child(dialog, QSpinBox, "period_number_spin").value() == 3
    assert child(dialog, QComboBox, "period_unit_combo").currentText() == "months"
    assert dialog.days() == 90


def test_going_back_to_the_network_default_gives_none(qtbot: QtBot) -> None:
    dialog = shown(qtbot, PeriodDialog(["Ana Silva"], 14, DEFAULT))
    spin = child(dialog, QSpinBox, "period_number_spin")
    qtbot.waitUntil(spin.hasFocus)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.text() == "Network default"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(child(dialog, QPushButton, "ok_button"), Qt.MouseButton.LeftButton)
    assert dialog.days() is None


def test_escape_cancels(qtbot: QtBot) -> None:
    dialog = shown(qtbot, PeriodDialog(["Ana Silva"], 14, DEFAULT))
    spin = child(dialog, QSpinBox, "period_number_spin")
    qtbot.waitUntil(spin.hasFocus)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(spin, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_tab_goes_number_unit_then_buttons(qtbot: QtBot) -> None:
    dialog = shown(qtbot, PeriodDialog(["Ana Silva"], 14, DEFAULT))
    spin = child(dialog, QSpinBox, "period_number_spin")
    qtbot.waitUntil(spin.hasFocus)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert child(dialog, QComboBox, "period_unit_combo").hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in dialog.buttons.buttons()
    assert spin.accessibleName() == "Keep in touch every"
