"""The important date form: what, when, once or every year, and perhaps about whom."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from networkjournal.store.dates import DateData
from networkjournal.store.errors import ValidationError
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import PersonChoice
from networkjournal.ui.dialogs.important_date_dialog import ImportantDateDialog
from networkjournal.ui.widgets.partial_date_edit import PartialDateEdit
from tests.ui.record_form_helpers import (
    answer_message_box_later,
    child,
    pick,
    save_with_keys,
    shown,
    type_into,
)

ANA, SAM = 1, 2
PEOPLE = [
    PersonChoice(ANA, "Ana Silva", "", (), False),
    PersonChoice(SAM, "Sam Patel", "", (), False),
]
ANNIVERSARY = DateData("Anniversary", PartialDate(2019, 9, 23), yearly=True, person_id=ANA)


@pytest.fixture
def open_dialog(qtbot: QtBot) -> Callable[..., ImportantDateDialog]:
    def opener(
        data: DateData | None = None,
        date_id: int | None = None,
        person_id: int | None = None,
        person_fixed: bool = False,
    ) -> ImportantDateDialog:
        dialog = ImportantDateDialog(PEOPLE, data, date_id, person_id, person_fixed)
        return shown(qtbot, dialog)

    return opener


def label_edit(dialog: ImportantDateDialog) -> QLineEdit:
    return child(dialog, QLineEdit, "important_date_label_edit")


def date_line(dialog: ImportantDateDialog) -> QLineEdit:
    return child(dialog, PartialDateEdit, "important_date_edit").lineEdit()


def date_message(dialog: ImportantDateDialog) -> QLabel:
    return child(dialog, QLabel, "important_date_message")


def save_button(dialog: ImportantDateDialog) -> QPushButton:
    return child(dialog, QPushButton, "save_button")


def test_a_one_off_date_typed_and_saved_with_ctrl_return(
    qtbot: QtBot, open_dialog: Callable[..., ImportantDateDialog]
) -> None:
    dialog = open_dialog()
    assert dialog.objectName() == "important_date_dialog"
    assert dialog.windowTitle() == "New date"
    qtbot.waitUntil(label_edit(dialog).hasFocus)
    qtbot.keyClicks(label_edit(dialog), " Finals  week ")
    qtbot.keyClick(label_edit(dialog), Qt.Key.Key_Tab)
    assert date_line(dialog).hasFocus()
    qtbot.keyClicks(date_line(dialog), "14 Jun 2026")
    with qtbot.waitSignal(dialog.accepted):
        save_with_keys(qtbot, dialog)
    assert dialog.data() == DateData("Finals week", PartialDate(2026, 6, 14), False, None)


def test_a_date_needs_saying_what_it_is(
    qtbot: QtBot, open_dialog: Callable[..., ImportantDateDialog]
) -> None:
    dialog = open_dialog()
    type_into(qtbot, date_line(dialog), "14 Jun 2026")
    message = child(dialog, QLabel, "important_date_label_message")
    assert message.isHidden()
    save_with_keys(qtbot, dialog)
    assert dialog.isVisible()
    assert message.isVisible()
    assert message.text() == "Say what the date is, such as Finals or Anniversary."
    assert label_edit(dialog).hasFocus()
    assert not save_button(dialog).isEnabled()
    with pytest.raises(ValidationError, match="Say what"):
        dialog.data()
    qtbot.keyClicks(label_edit(dialog), "Finals")
    assert message.isHidden()
    assert save_button(dialog).isEnabled()


def test_a_date_must_be_given(
    qtbot: QtBot, open_dialog: Callable[..., ImportantDateDialog]
) -> None:
    dialog = open_dialog()
    type_into(qtbot, label_edit(dialog), "Finals")
    assert date_message(dialog).isHidden()
    save_with_keys(qtbot, dialog)
    assert dialog.isVisible()
    assert date_message(dialog).text() == (
        "Type the date, such as 14 Jun 2026, or 14/06 for every year."
    )
    assert date_line(dialog).hasFocus()


def test_a_one_off_date_needs_its_year_until_every_year_is_ticked(
    qtbot: QtBot, open_dialog: Callable[..., ImportantDateDialog]
) -> None:
    dialog = open_dialog()
    type_into(qtbot, label_edit(dialog), "Mum's birthday")
    type_into(qtbot, date_line(dialog), "14/06")
    message = date_message(dialog)
    assert message.isVisible()
    assert message.text() == (
        "A date that happens once needs its year; tick Every year if it comes round each year."
    )
    assert not save_button(dialog).isEnabled()
    qtbot.keyClick(date_line(dialog), Qt.Key.Key_Tab)
    yearly = child(dialog, QCheckBox, "important_date_yearly_check")
    assert yearly.hasFocus()
    qtbot.keyClick(yearly, Qt.Key.Key_Space)
    assert message.isHidden()
    assert dialog.data() == DateData("Mum's birthday", PartialDate(None, 6, 14), True, None)


def test_a_month_alone_is_not_enough_once_or_every_year(
    qtbot: QtBot, open_dialog: Callable[..., ImportantDateDialog]
) -> None:
    dialog = open_dialog()
    type_into(qtbot, label_edit(dialog), "Elective")
    type_into(qtbot, date_line(dialog), "Sep 2026")
    assert date_message(dialog).text() == "A date that happens once needs a day, month and year."
    child(dialog, QCheckBox, "important_date_yearly_check").click()
    assert date_message(dialog).text() == (
        "A date every year needs a day and a month, such as 14 Feb."
    )
    with pytest.raises(ValidationError):
        dialog.data()


def test_an_unreadable_date_is_explained_by_the_date_field_alone(
    qtbot: QtBot, open_dialog: Callable[..., ImportantDateDialog]
) -> None:
    dialog = open_dialog()
    type_into(qtbot, label_edit(dialog), "Finals")
    type_into(qtbot, date_line(dialog), "31/04/2026")
    edit = child(dialog, PartialDateEdit, "important_date_edit")
    assert edit.error() == "April 2026 has no day 31"
    assert date_message(dialog).isHidden()
    assert not save_button(dialog).isEnabled()
    with pytest.raises(ValidationError, match="April 2026 has no day 31"):
        dialog.data()


def test_the_person_is_chosen_by_part_of_their_name(
    qtbot: QtBot, open_dialog: Callable[..., ImportantDateDialog]
) -> None:
    dialog = open_dialog()
    type_into(qtbot, label_edit(dialog), "Viva")
    type_into(qtbot, date_line(dialog), "2 Jul 2026")
    combo = child(dialog, QComboBox, "important_date_person_combo")
    pick(qtbot, combo, "pat", "Sam Patel")
    assert dialog.data().person_id == SAM


def test_an_unknown_name_is_refused(
    qtbot: QtBot, open_dialog: Callable[..., ImportantDateDialog]
) -> None:
    dialog = open_dialog()
    type_into(qtbot, label_edit(dialog), "Viva")
    type_into(qtbot, date_line(dialog), "2 Jul 2026")
    line = child(dialog, QComboBox, "important_date_person_combo").lineEdit()
    assert line is not None
    type_into(qtbot, line, "Nobody Known")
    message = child(dialog, QLabel, "important_date_person_message")
    assert message.text() == (
        "Nobody in the journal is called “Nobody Known”; pick a name from the list."
    )
    assert not save_button(dialog).isEnabled()
    line.clear()
    assert message.isHidden()
    assert dialog.data().person_id is None


def test_opened_from_a_profile_the_person_is_set_and_fixed(
    qtbot: QtBot, open_dialog: Callable[..., ImportantDateDialog]
) -> None:
    dialog = open_dialog(person_id=SAM, person_fixed=True)
    combo = child(dialog, QComboBox, "important_date_person_combo")
    assert combo.currentText() == "Sam Patel"
    assert not combo.isEnabled()
    assert not dialog.is_modified()
    type_into(qtbot, label_edit(dialog), "Graduation")
    type_into(qtbot, date_line(dialog), "20 Jul 2026")
    with qtbot.waitSignal(dialog.accepted):
        save_with_keys(qtbot, dialog)
    assert dialog.data() == DateData("Graduation", PartialDate(2026, 7, 20), False, SAM)


def test_editing_shows_the_date_and_returns_it_unchanged(
    qtbot: QtBot, open_dialog: Callable[..., ImportantDateDialog]
) -> None:
    dialog = open_dialog(ANNIVERSARY, 7)
    assert dialog.windowTitle() == "Edit Anniversary"
    assert label_edit(dialog).text() == "Anniversary"
    assert date_line(dialog).text() == "23 Sep 2019"
    assert child(dialog, QCheckBox, "important_date_yearly_check").isChecked()
    assert child(dialog, QComboBox, "important_date_person_combo").currentText() == "Ana Silva"
    assert not dialog.is_modified()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.data() == ANNIVERSARY


def test_set_data_fills_the_form_and_counts_as_unchanged(
    open_dialog: Callable[..., ImportantDateDialog],
) -> None:
    dialog = open_dialog()
    dialog.set_data(ANNIVERSARY)
    assert dialog.windowTitle() == "Edit Anniversary"
    assert not dialog.is_modified()
    assert dialog.data() == ANNIVERSARY


def test_escape_after_a_change_asks_before_discarding(
    qtbot: QtBot, open_dialog: Callable[..., ImportantDateDialog]
) -> None:
    dialog = open_dialog(ANNIVERSARY, 7)
    qtbot.keyClick(label_edit(dialog), Qt.Key.Key_End)
    qtbot.keyClicks(label_edit(dialog), "!")
    seen: list[str] = []
    answer_message_box_later("keep_editing_button", seen)
    qtbot.keyClick(label_edit(dialog), Qt.Key.Key_Escape)
    assert seen == ["Discard changes to Anniversary!?"]
    assert dialog.isVisible()
    answer_message_box_later("discard_button", seen)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(label_edit(dialog), Qt.Key.Key_Escape)


def test_escape_from_a_new_date_asks_about_the_new_date(
    qtbot: QtBot, open_dialog: Callable[..., ImportantDateDialog]
) -> None:
    dialog = open_dialog()
    type_into(qtbot, label_edit(dialog), "Finals")
    seen: list[str] = []
    answer_message_box_later("discard_button", seen)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(label_edit(dialog), Qt.Key.Key_Escape)
    assert seen == ["Discard this new date?"]


def test_tab_goes_what_date_every_year_about_then_buttons(
    qtbot: QtBot, open_dialog: Callable[..., ImportantDateDialog]
) -> None:
    dialog = open_dialog()
    qtbot.waitUntil(label_edit(dialog).hasFocus)
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[:3] == [
        date_line(dialog),
        child(dialog, QCheckBox, "important_date_yearly_check"),
        child(dialog, QComboBox, "important_date_person_combo"),
    ]
    assert order[3] in dialog.buttons.buttons()


def test_user_text_shows_as_plain_text(open_dialog: Callable[..., ImportantDateDialog]) -> None:
    dialog = open_dialog(DateData("<b>Finals</b>", PartialDate(2026, 6, 14)))
    assert dialog.windowTitle() == "Edit <b>Finals</b>"
    for label in dialog.findChildren(QLabel):
        if label.objectName().endswith(("_message", "_feedback")):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    for widget in (
        label_edit(dialog),
        date_line(dialog),
        child(dialog, QCheckBox, "important_date_yearly_check"),
        child(dialog, QComboBox, "important_date_person_combo"),
    ):
        assert widget.accessibleName(), widget.objectName()
