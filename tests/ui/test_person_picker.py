"""The person picker: choose someone by typing part of their name, accents and case ignored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from networkjournal.ui.widgets.person_picker import PersonPicker

PEOPLE = {1: "Inês Silva", 2: "Olga Lee", 3: "Sam Patel", 4: "Olga Lee", 5: "Ines Oliveira"}


def make_picker(qtbot: QtBot, exclude_id: int | None = None) -> PersonPicker:
    picker = PersonPicker(PEOPLE, exclude_id)
    qtbot.addWidget(picker)
    with qtbot.waitActive(picker):
        picker.show()
        picker.activateWindow()
    return picker


def names(picker: PersonPicker) -> list[str]:
    return [picker.itemText(i) for i in range(picker.count())]


def test_typing_ines_offers_ines_and_picking_it_chooses_her(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    picker.lineEdit().setFocus()
    qtbot.keyClicks(picker.lineEdit(), "ines")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert offered == ["Ines Oliveira", "Inês Silva"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.currentText() == "Inês Silva")
    assert picker.person() == (1, True)


def test_accents_typed_find_names_written_without_them(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    picker.lineEdit().setFocus()
    picker.lineEdit().insert("OLIVEÎ")  # QTest types ASCII only
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    assert popup.model().index(0, 0).data() == "Ines Oliveira"


def test_a_whole_name_typed_without_accents_names_the_person(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    picker.lineEdit().setText("INES SILVA")
    assert picker.person() == (1, True)


def test_people_of_the_same_name_are_told_apart_by_number(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    assert "Olga Lee" not in names(picker)
    assert {"Olga Lee (#2)", "Olga Lee (#4)"} <= set(names(picker))
    picker.lineEdit().setText("olga lee (#4)")
    assert picker.person() == (4, True)
    picker.lineEdit().setText("olga lee")
    assert picker.person() == (None, False)


def test_an_unlisted_person_is_kept_by_number(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    picker.set_person(77)
    assert picker.currentText() == "Person #77"
    assert picker.person() == (77, True)


def test_the_excluded_person_is_not_offered(qtbot: QtBot) -> None:
    picker = make_picker(qtbot, exclude_id=3)
    assert "Sam Patel" not in names(picker)
    assert picker.findData(3) == -1
    assert names(picker)[0] == "Nobody"
    assert "Inês Silva" in names(picker)


def test_nobody_shows_as_an_empty_field_and_unknown_text_names_no_one(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    picker.set_person(2)
    picker.set_person(None)
    assert picker.currentText() == ""
    assert picker.person() == (None, True)
    picker.lineEdit().setText("Nobody Known")
    assert picker.person() == (None, False)
