"""The person editor: a form that checks what is typed and returns clean PersonData."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from networkjournal.store.networks import NetworkInfo
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import ContactMethodData, NetworkRole, PersonData
from networkjournal.ui.dialogs.person_editor import PersonEditor
from networkjournal.ui.widgets.partial_date_edit import PartialDateEdit

NETWORKS = [
    NetworkInfo(1, "Social", "#e07a2f", 0, 60, "Cohort, flatmates, teams and societies."),
    NetworkInfo(2, "Personal support", "#3f9c6b", 1, 30, "Family and friends."),
    NetworkInfo(3, "Academic support", "#3b6fc4", 2, 90, "Tutors and supervisors."),
]
W = TypeVar("W", bound=QWidget)
PEOPLE = {1: "Ines Oliveira", 2: "Αθηνά Παπαδοπούλου", 3: "Sam Patel", 4: "Olga Lee"}


def png_bytes() -> bytes:
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b6fc4"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def full_person() -> PersonData:
    return PersonData(
        given_name="Maximilian",
        family_name="Featherstonehaugh",
        display_name="Dr Max F.",
        nickname="Max",
        pronouns="he/him",
        headline="Consultant cardiothoracic surgeon",
        photo=png_bytes(),
        birthday=PartialDate(None, 2, 29),
        met_on=PartialDate(2019, 9, 23),
        met_at="Anatomy lab 2",
        how_met="He demonstrated the thorax\nand asked about my elective.",
        introduced_by_id=2,
        closeness=4,
        knows_me=2,
        keep_in_touch_days=45,
        is_referee=True,
        referee_note="Saw my audit presentation.",
        notes="Likes cycling.\n\nTwo children.",
        networks=[NetworkRole(3, "consultant"), NetworkRole(1, "")],
        contacts=[
            ContactMethodData("email", "max@example.org", "work", True),
            ContactMethodData("linkedin", "https://www.linkedin.com/in/max-f"),
            ContactMethodData("phone", "+44 7700 900123", "mobile"),
        ],
    )


@pytest.fixture
def open_editor(qtbot: QtBot) -> Iterator[Callable[..., PersonEditor]]:
    """Open a person editor as the main window would, shown and ready for keys."""
    opened: list[PersonEditor] = []

    def opener(data: PersonData | None = None, person_id: int | None = None) -> PersonEditor:
        editor = PersonEditor(NETWORKS, PEOPLE, data, person_id)
        opened.append(editor)
        with qtbot.waitActive(editor):
            editor.show()
            editor.activateWindow()
        return editor

    yield opener
    for editor in opened:
        # Closing an edited form asks first; a test left mid-edit must not wait for an answer,
        # so these are closed here rather than by qtbot.addWidget.
        QDialog.done(editor, QDialog.DialogCode.Rejected)
        editor.deleteLater()


def child(editor: QWidget, kind: type[W], name: str) -> W:
    widget = editor.findChild(kind, name)
    assert widget is not None, name
    return widget


def save_button(editor: PersonEditor) -> QPushButton:
    return child(editor, QPushButton, "save_button")


def show_tab(editor: PersonEditor, widget: QWidget) -> None:
    tabs = child(editor, QTabWidget, "person_tabs")
    for index in range(tabs.count()):
        if tabs.widget(index).isAncestorOf(widget):
            tabs.setCurrentIndex(index)


def type_into(qtbot: QtBot, editor: PersonEditor, widget: QWidget, text: str) -> None:
    show_tab(editor, widget)
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_typed_name_saves_with_ctrl_return_and_derives_the_display_name(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    editor = open_editor()
    given = child(editor, QLineEdit, "given_name_edit")
    assert editor.windowTitle() == "New person"
    qtbot.waitUntil(given.hasFocus)
    assert not save_button(editor).isEnabled()
    qtbot.keyClicks(given, "In")
    given.insert("ê")  # QTest can only type ASCII; insert() is what an input method does
    qtbot.keyClicks(given, "s")
    qtbot.keyClick(given, Qt.Key.Key_Tab)
    family = child(editor, QLineEdit, "family_name_edit")
    assert family.hasFocus()
    qtbot.keyClicks(family, "Oliveira")
    display = child(editor, QLineEdit, "display_name_edit")
    assert display.placeholderText() == "Inês Oliveira"
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(family, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    data = editor.person_data()
    assert (data.given_name, data.family_name, data.display_name) == (
        "Inês",
        "Oliveira",
        "Inês Oliveira",
    )
    assert editor.result() == QDialog.DialogCode.Accepted


def test_return_in_a_line_saves_but_in_notes_makes_a_new_line(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    editor = open_editor(PersonData(given_name="Sam"), person_id=9)
    notes = editor.findChild(QWidget, "notes_edit")
    type_into(qtbot, editor, notes, "one")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "two")
    assert editor.isVisible()
    given = child(editor, QLineEdit, "given_name_edit")
    show_tab(editor, given)
    given.setFocus()
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(given, Qt.Key.Key_Return)
    assert editor.person_data().notes == "one\ntwo"


def test_ctrl_return_in_notes_saves(qtbot: QtBot, open_editor: Callable[..., PersonEditor]) -> None:
    editor = open_editor(PersonData(given_name="Sam"), person_id=9)
    notes = editor.findChild(QWidget, "notes_edit")
    type_into(qtbot, editor, notes, "met at the bar")
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.person_data().notes == "met at the bar"


def test_saving_with_a_problem_shows_where_it_is(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    editor = open_editor(PersonData(given_name="Sam"), person_id=9)
    met_on = child(editor, PartialDateEdit, "met_on_edit")
    type_into(qtbot, editor, met_on.lineEdit(), "31/04")
    notes = editor.findChild(QWidget, "notes_edit")
    show_tab(editor, notes)
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible()
    qtbot.waitUntil(met_on.lineEdit().hasFocus)
    assert met_on.error() == "April has no day 31"


def test_a_name_is_needed_and_its_message_shows_once_the_name_is_cleared(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    editor = open_editor()
    given = child(editor, QLineEdit, "given_name_edit")
    message = child(editor, QLabel, "name_message")
    assert message.isHidden()
    qtbot.keyClicks(given, "A")
    assert save_button(editor).isEnabled()
    qtbot.keyClick(given, Qt.Key.Key_Backspace)
    qtbot.waitUntil(message.isVisible)
    assert message.text() == "A person needs a name."
    assert message.textFormat() == Qt.TextFormat.PlainText
    assert not save_button(editor).isEnabled()


def test_invalid_email_shows_a_message_and_disables_save_until_fixed(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    editor = open_editor(PersonData(given_name="Sam"), person_id=9)
    add = child(editor, QPushButton, "add_contact_button")
    show_tab(editor, add)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    kind = child(editor, QComboBox, "contact_kind_0")
    qtbot.waitUntil(kind.hasFocus)
    assert kind.currentData() == "email"
    value = child(editor, QLineEdit, "contact_value_0")
    qtbot.keyClick(kind, Qt.Key.Key_Tab)
    assert value.hasFocus()
    qtbot.keyClicks(value, "sam@")
    message = child(editor, QLabel, "contact_message_0")
    qtbot.waitUntil(message.isVisible)
    assert "does not look like an email address" in message.text()
    assert not save_button(editor).isEnabled()
    qtbot.keyClicks(value, "example.org")
    qtbot.waitUntil(message.isHidden)
    assert save_button(editor).isEnabled()
    assert editor.person_data().contacts == [ContactMethodData("email", "sam@example.org")]


def test_linkedin_name_is_rewritten_as_a_profile_address_on_leaving_the_field(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    editor = open_editor(PersonData(given_name="Inês"), person_id=9)
    child(editor, QPushButton, "add_contact_button").click()
    kind = child(editor, QComboBox, "contact_kind_0")
    kind.setCurrentIndex(kind.findData("linkedin"))
    value = child(editor, QLineEdit, "contact_value_0")
    type_into(qtbot, editor, value, "ines-o")
    qtbot.keyClick(value, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: value.text() == "https://www.linkedin.com/in/ines-o")
    assert editor.person_data().contacts[0].value == "https://www.linkedin.com/in/ines-o"


def test_removing_a_contact_row_renumbers_the_rest(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    editor = open_editor(full_person(), person_id=9)
    remove = child(editor, QAbstractButton, "contact_remove_0")
    show_tab(editor, remove)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    kinds = [c.kind for c in editor.person_data().contacts]
    assert kinds == ["linkedin", "phone"]
    assert child(editor, QComboBox, "contact_kind_0").currentData() == "linkedin"
    assert editor.findChild(QComboBox, "contact_kind_2") is None


def test_partial_dates_accept_29_february_and_refuse_30_february(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    editor = open_editor(PersonData(given_name="Sam"), person_id=9)
    birthday = child(editor, PartialDateEdit, "birthday_edit")
    type_into(qtbot, editor, birthday.lineEdit(), "29 Feb")
    assert birthday.isValid()
    assert birthday.date() == PartialDate(None, 2, 29)
    feedback = child(birthday, QLabel, "partial_date_feedback")
    assert feedback.text() == "29 February, year unknown"
    assert editor.person_data().birthday == PartialDate(None, 2, 29)
    with qtbot.waitSignal(birthday.validityChanged) as signal:
        birthday.lineEdit().clear()
        qtbot.keyClicks(birthday.lineEdit(), "30 Feb")
    assert signal.args == [False]
    assert feedback.text() == "February has no day 30"
    assert birthday.date() is None
    assert not save_button(editor).isEnabled()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("23 Sep 2019", PartialDate(2019, 9, 23)),
        ("23/09", PartialDate(None, 9, 23)),
        ("--09-23", PartialDate(None, 9, 23)),
        ("Sep 2019", PartialDate(2019, 9)),
        ("2019", PartialDate(2019)),
    ],
)
def test_partial_date_edit_reads_what_people_type(
    qtbot: QtBot, typed: str, expected: PartialDate
) -> None:
    edit = PartialDateEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit.lineEdit(), typed)
    assert edit.date() == expected
    edit.setDate(expected)
    assert edit.date() == expected


def test_editing_a_person_without_changes_returns_them_unchanged(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    original = full_person()
    editor = open_editor(original, person_id=9)
    assert editor.windowTitle() == "Edit Dr Max F."
    assert child(editor, QLineEdit, "given_name_edit").text() == "Maximilian"
    assert child(editor, QComboBox, "introduced_by_combo").currentText() == PEOPLE[2]
    assert child(editor, QCheckBox, "network_check_3").isChecked()
    assert child(editor, QLineEdit, "network_role_3").text() == "consultant"
    assert not child(editor, QCheckBox, "network_check_2").isChecked()
    assert not editor.is_modified()
    with qtbot.waitSignal(editor.accepted):
        save_button(editor).click()
    assert editor.person_data() == original


def test_a_display_name_made_of_the_names_follows_them(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    stored = PersonData(given_name="Olga", family_name="Lee", display_name="Olga Lee")
    editor = open_editor(stored, person_id=4)
    display = child(editor, QLineEdit, "display_name_edit")
    assert (display.text(), display.placeholderText()) == ("", "Olga Lee")
    assert editor.person_data() == stored
    family = child(editor, QLineEdit, "family_name_edit")
    family.selectAll()
    qtbot.keyClicks(family, "Li")
    assert editor.person_data().display_name == "Olga Li"


def test_ticking_a_network_and_typing_a_role_ends_in_the_data(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    editor = open_editor(PersonData(given_name="Sam"), person_id=9)
    check = child(editor, QCheckBox, "network_check_1")
    role = child(editor, QLineEdit, "network_role_1")
    show_tab(editor, check)
    assert not role.isEnabled()
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert role.isEnabled()
    qtbot.keyClick(check, Qt.Key.Key_Tab)
    assert role.hasFocus()
    qtbot.keyClicks(role, "flatmate")
    assert editor.person_data().networks == [NetworkRole(1, "flatmate")]


def test_keep_in_touch_period_reads_in_months_and_can_go_back_to_the_network_default(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    editor = open_editor(PersonData(given_name="Sam", keep_in_touch_days=90), person_id=9)
    number = child(editor, QSpinBox, "period_number_spin")
    unit = child(editor, QComboBox, "period_unit_combo")
    assert (number.value(), unit.currentText()) == (3, "months")
    show_tab(editor, number)
    number.setFocus()
    qtbot.keyClick(number, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(number, "2")
    qtbot.keyClick(number, Qt.Key.Key_Tab)
    assert unit.hasFocus()
    qtbot.keyClicks(unit, "w")
    assert editor.person_data().keep_in_touch_days == 14
    assert editor.is_modified()
    number.setFocus()
    qtbot.keyClick(number, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(number, "0")
    assert not unit.isEnabled()
    qtbot.keyClick(number, Qt.Key.Key_Tab)
    assert number.text() == "Network default"
    assert editor.person_data().keep_in_touch_days is None


def test_referee_note_is_only_editable_for_a_referee(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    editor = open_editor(PersonData(given_name="Sam"), person_id=9)
    check = child(editor, QCheckBox, "referee_check")
    note = editor.findChild(QWidget, "referee_note_edit")
    assert not note.isEnabled()
    check.click()
    assert note.isEnabled()
    assert editor.person_data().is_referee


def test_escape_without_changes_closes_without_asking(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor], monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(full_person(), person_id=9)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    given = child(editor, QLineEdit, "given_name_edit")
    qtbot.keyClick(given, Qt.Key.Key_End)
    qtbot.keyClicks(given, "x")
    qtbot.keyClick(given, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(editor.rejected):
        qtbot.keyClick(given, Qt.Key.Key_Escape)
    assert asked == []


def click_in_message_box_later(name: str, seen: list[str]) -> None:
    """Press the button ``name`` of the message box that is about to open."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        child(box, QAbstractButton, name).click()

    QTimer.singleShot(0, press)


def test_escape_after_a_change_asks_and_can_keep_editing_or_discard(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    editor = open_editor(full_person(), person_id=9)
    nickname = child(editor, QLineEdit, "nickname_edit")
    type_into(qtbot, editor, nickname, "!")
    seen: list[str] = []
    click_in_message_box_later("keep_editing_button", seen)
    qtbot.keyClick(nickname, Qt.Key.Key_Escape)
    assert seen == ["Discard changes to Dr Max F.?"]
    assert editor.isVisible()
    click_in_message_box_later("discard_button", seen)
    with qtbot.waitSignal(editor.rejected):
        qtbot.keyClick(nickname, Qt.Key.Key_Escape)
    assert len(seen) == 2
    assert not editor.isVisible()


def test_introduced_by_finds_a_person_from_part_of_their_name(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    editor = open_editor(PersonData(given_name="Sam"), person_id=9)
    combo = child(editor, QComboBox, "introduced_by_combo")
    type_into(qtbot, editor, combo.lineEdit(), "oliv")
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentText() == "Ines Oliveira")
    assert editor.isVisible()
    assert editor.person_data().introduced_by_id == 1


def test_introduced_by_ignores_accents_and_refuses_unknown_names(
    qtbot: QtBot, open_editor: Callable[..., PersonEditor]
) -> None:
    editor = open_editor(PersonData(given_name="Sam"), person_id=9)
    combo = child(editor, QComboBox, "introduced_by_combo")
    show_tab(editor, combo)
    combo.lineEdit().clear()
    combo.lineEdit().insert("αθηνα παπαδοπουλου")  # QTest types ASCII only
    assert editor.person_data().introduced_by_id == 2
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Nobody Known")
    message = child(editor, QLabel, "introduced_by_message")
    qtbot.waitUntil(message.isVisible)
    assert not save_button(editor).isEnabled()
    combo.lineEdit().clear()
    assert save_button(editor).isEnabled()
    assert editor.person_data().introduced_by_id is None


def test_introduced_by_does_not_offer_the_person_themselves(
    open_editor: Callable[..., PersonEditor],
) -> None:
    editor = open_editor(PersonData(given_name="Sam", family_name="Patel"), person_id=3)
    combo = child(editor, QComboBox, "introduced_by_combo")
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "Sam Patel" not in names
    assert {"Ines Oliveira", "Olga Lee", "Nobody"} <= set(names)


def test_choosing_a_photo_keeps_the_file_bytes_and_remove_clears_it(
    qtbot: QtBot,
    open_editor: Callable[..., PersonEditor],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    photo = tmp_path / "face.png"
    photo.write_bytes(png_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(photo), ""))
    editor = open_editor(PersonData(given_name="Sam"), person_id=9)
    qtbot.mouseClick(child(editor, QPushButton, "photo_button"), Qt.MouseButton.LeftButton)
    assert editor.person_data().photo == photo.read_bytes()
    assert not child(editor, QLabel, "photo_view").pixmap().isNull()
    child(editor, QPushButton, "remove_photo_button").click()
    assert editor.person_data().photo is None


def tab_order(editor: PersonEditor) -> list[str]:
    """Return the names of the editor's fields in the order Tab visits them."""
    given = child(editor, QLineEdit, "given_name_edit")
    names = [given.objectName()]
    widget = given.nextInFocusChain()
    while widget.objectName() != "given_name_edit" and len(names) < 500:
        parent = widget.parentWidget()
        name = parent.objectName() if isinstance(parent, PartialDateEdit) else widget.objectName()
        wanted = name.endswith(("_edit", "_button", "_combo", "_spin", "_check"))
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and (
            wanted or name.startswith(("contact_", "network_"))
        ):
            names.append(name)
        widget = widget.nextInFocusChain()
    return names


def test_tab_visits_every_field_in_visual_order_new_rows_included(
    open_editor: Callable[..., PersonEditor],
) -> None:
    editor = open_editor(full_person(), person_id=9)
    contact_rows = [
        f"contact_{part}_{row}"
        for row in range(3)
        for part in ("kind", "value", "label", "preferred", "remove")
    ]
    expected = [
        *("given_name_edit", "family_name_edit", "display_name_edit", "nickname_edit"),
        *("pronouns_edit", "headline_edit", "birthday_edit", "photo_button"),
        *("remove_photo_button", "met_on_edit", "met_at_edit", "how_met_edit"),
        *("introduced_by_combo", "closeness_combo", "knows_me_combo", *contact_rows),
        *("add_contact_button", "network_check_1", "network_role_1", "network_check_2"),
        *("network_role_2", "network_check_3", "network_role_3", "period_number_spin"),
        *("period_unit_combo", "notes_edit", "referee_check", "referee_note_edit"),
    ]
    order = tab_order(editor)
    assert order[: len(expected)] == expected
    assert set(order[len(expected) :]) == {"save_button", "cancel_button"}
    child(editor, QPushButton, "add_contact_button").click()
    order = tab_order(editor)
    added = order.index("contact_kind_3")
    assert order[added - 1] == "contact_remove_2"
    assert order[added + 5] == "add_contact_button"


def test_labels_that_show_user_text_are_plain_text(
    open_editor: Callable[..., PersonEditor],
) -> None:
    editor = open_editor(dataclasses.replace(full_person(), display_name="<b>Max</b>"), 9)
    for label in editor.findChildren(QLabel):
        if label.objectName().endswith(("_message", "_feedback", "photo_view")):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
