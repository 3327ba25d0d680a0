"""The log dialog: a keyboard-fast form that returns clean EntryData and never saves itself."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from networkjournal.store.journal import EntryData, FollowUpData
from networkjournal.store.people import PersonChoice
from networkjournal.store.templates import TemplateInfo
from networkjournal.ui.dialogs.entry_editor import EntryEditor
from networkjournal.ui.widgets.follow_ups_edit import read_due_date
from networkjournal.ui.widgets.markdown_view import MarkdownView
from networkjournal.ui.widgets.participants_edit import ParticipantsEdit

W = TypeVar("W", bound=QWidget)
NOW = dt.datetime(2026, 11, 25, 16, 5)
BROOKS, SAM, INES, OLGA = 1, 2, 3, 4
PEOPLE = [
    PersonChoice(BROOKS, "Dr Alex Brooks", "", ("a.brooks@nhs.example",), False),
    PersonChoice(INES, "Inês Silva", "", (), False),
    PersonChoice(OLGA, "Olga Lee", "Ollie", ("olga@uni.example",), False),
    PersonChoice(SAM, "Sam Patel", "", (), False),
]
TEMPLATES = [
    TemplateInfo(1, "Supervision meeting", "supervision", "## Agenda\n\n## Agreed actions\n", 0),
    TemplateInfo(2, "Study session", "meeting", "Topic:\n", 1),
]


def full_entry() -> EntryData:
    return EntryData(
        occurred_at=dt.datetime(2026, 3, 29, 1, 30, 15),  # in the clocks-forward gap in the UK
        kind="supervision",
        title="Audit supervision",
        location="Level 2 library",
        notes="## Agenda\n\n- sepsis audit\n- poster",
        template="Supervision meeting",
        participant_ids=[SAM, BROOKS, 99],  # 99: someone since put in the trash
        new_people=["Priya Shah"],
        follow_ups=[
            FollowUpData("Send the protocol", dt.date(2026, 4, 2), BROOKS, None, 11),
            FollowUpData("Book a room", None, None, dt.datetime(2026, 3, 30, 9, 0), 12),
            FollowUpData("Thank Olga", None, OLGA, None, 13),  # not at the meeting
        ],
    )


@pytest.fixture
def open_editor(qtbot: QtBot) -> Iterator[Callable[..., EntryEditor]]:
    """Open an entry editor as the main window would, shown and ready for keys."""
    opened: list[EntryEditor] = []

    def opener(
        data: EntryData | None = None, entry_id: int | None = None, now: dt.datetime = NOW
    ) -> EntryEditor:
        editor = EntryEditor(PEOPLE, TEMPLATES, data, entry_id, now=now)
        opened.append(editor)
        editor.show()
        editor.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
        return editor

    yield opener
    for editor in opened:
        # Closing an edited form asks first; a test left mid-edit must not wait for an answer.
        QDialog.done(editor, QDialog.DialogCode.Rejected)
        editor.deleteLater()


def child(parent: QWidget, kind: type[W], name: str) -> W:
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_keys(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the focus, as a person at the keyboard does."""
    qtbot.keyClicks(focused(), text)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def participants(editor: EntryEditor) -> QLineEdit:
    return child(editor, QLineEdit, "participants_edit")


def chips(editor: EntryEditor) -> list[str]:
    buttons = editor.findChildren(QToolButton)
    named = sorted(
        (b for b in buttons if b.objectName().startswith("participant_chip_")),
        key=lambda b: int(b.objectName().rsplit("_", 1)[1]),
    )
    return [b.text().replace("&&", "&").removesuffix("  \u00d7") for b in named]


def offered(editor: EntryEditor) -> list[str]:
    """What the completion list under the participants field offers, top to bottom."""
    model = popup(editor).model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def popup(editor: EntryEditor) -> QAbstractItemView:
    return child(editor, ParticipantsEdit, "").popup()


def save_button(editor: EntryEditor) -> QPushButton:
    return child(editor, QPushButton, "entry_save_button")


def notes(editor: EntryEditor) -> QPlainTextEdit:
    return child(editor, QPlainTextEdit, "entry_notes_edit")


def test_keyboard_alone_logs_coffee_with_dr_brooks_and_sam(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor()
    assert editor.windowTitle() == "Log entry"
    qtbot.waitUntil(participants(editor).hasFocus)
    keys = "brooks\tsam\t\tc\t\t\t\ttalked about the audit"
    for key in keys:
        if key == "\t":
            press(qtbot, Qt.Key.Key_Tab)
        else:
            type_keys(qtbot, key)
    assert chips(editor) == ["Dr Alex Brooks", "Sam Patel"]
    with qtbot.waitSignal(editor.accepted):
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.entry_data() == EntryData(
        occurred_at=NOW,
        kind="coffee",
        participant_ids=[BROOKS, SAM],
        notes="talked about the audit",
    )


def test_tab_order_runs_down_the_form_and_shift_tab_goes_back(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor(EntryData(NOW, follow_ups=[FollowUpData("Email")]))
    qtbot.waitUntil(participants(editor).hasFocus)
    seen = []
    for _ in range(11):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(focused().objectName())
    assert seen == [
        "entry_kind_combo",
        "entry_title_edit",
        "entry_when_edit",
        "entry_location_edit",
        "entry_notes_edit",
        "entry_template_combo",
        "follow_up_title_0",
        "follow_up_due_0",
        "follow_up_person_0",
        "follow_up_remove_0",
        "add_follow_up_button",
    ]
    press(qtbot, Qt.Key.Key_Tab)  # Save is skipped while there is nothing to save
    assert focused().objectName() == "entry_cancel_button"
    press(qtbot, Qt.Key.Key_Tab)  # round again to the start
    assert focused() is participants(editor)
    child(editor, QLineEdit, "entry_title_edit").setFocus()
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused().objectName() == "entry_kind_combo"
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is participants(editor)


def test_tab_order_holds_after_people_are_added(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor()
    for name in ("brooks", "sam"):
        type_keys(qtbot, name)
        press(qtbot, Qt.Key.Key_Tab)
    assert chips(editor) == ["Dr Alex Brooks", "Sam Patel"]
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "entry_kind_combo"
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is participants(editor)
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused().objectName() == "entry_cancel_button"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is participants(editor)


def test_a_name_typed_without_accents_finds_ines(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor()
    qtbot.keyClicks(participants(editor), "ines")
    qtbot.waitUntil(popup(editor).isVisible)
    assert offered(editor) == ["Inês Silva", "Add new person “ines”"]
    qtbot.keyClick(participants(editor), Qt.Key.Key_Return)
    assert chips(editor) == ["Inês Silva"]
    assert editor.entry_data_unvalidated().participant_ids == [INES]
    assert participants(editor).text() == ""


def test_keys_the_suggestion_list_receives_add_the_highlighted_person(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    # On a desktop the open list has the keyboard; Down moves the highlight, Tab takes it.
    editor = open_editor()
    qtbot.keyClicks(participants(editor), "s")
    qtbot.waitUntil(popup(editor).isVisible)
    # Names with a word starting so come first, then names holding it anywhere.
    assert offered(editor) == ["Inês Silva", "Sam Patel", "Dr Alex Brooks", "Add new person “s”"]
    qtbot.keyClick(popup(editor), Qt.Key.Key_Down)
    qtbot.keyClick(popup(editor), Qt.Key.Key_Tab)
    assert chips(editor) == ["Sam Patel"]
    assert participants(editor).hasFocus()
    assert not popup(editor).isVisible()


def test_clicking_a_suggestion_adds_that_person(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor()
    qtbot.keyClicks(participants(editor), "l")
    list_view = popup(editor)
    qtbot.waitUntil(list_view.isVisible)
    row = offered(editor).index("Olga Lee")
    centre = list_view.visualRect(list_view.model().index(row, 0)).center()
    qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert chips(editor) == ["Olga Lee"]


def test_nicknames_and_emails_find_people_and_say_how(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor()
    qtbot.keyClicks(participants(editor), "OLLIE")
    assert offered(editor)[0] == "Olga Lee · Ollie"
    participants(editor).clear()
    qtbot.keyClicks(participants(editor), "nhs.ex")
    assert offered(editor)[0] == "Dr Alex Brooks · a.brooks@nhs.example"
    qtbot.keyClick(participants(editor), Qt.Key.Key_Tab)
    assert chips(editor) == ["Dr Alex Brooks"]
    assert participants(editor).hasFocus()  # ready for the next name


def test_an_unknown_name_is_added_as_a_new_person(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor()
    participants(editor).insert("Zoë Quinn")  # QTest types ASCII only
    assert offered(editor) == ["Add new person “Zoë Quinn”"]
    qtbot.keyClick(participants(editor), Qt.Key.Key_Return)
    assert chips(editor) == ["Zoë Quinn (new)"]
    data = editor.entry_data()
    assert (data.participant_ids, data.new_people) == ([], ["Zoë Quinn"])
    title = child(editor, QLineEdit, "entry_title_edit")
    assert title.placeholderText() == "Meeting with Zoë Quinn"


def test_someone_already_there_is_not_offered_again(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor(EntryData(NOW, participant_ids=[SAM]))
    qtbot.keyClicks(participants(editor), "sam patel")
    assert offered(editor) == []
    participants(editor).clear()
    qtbot.keyClicks(participants(editor), "sam")
    assert offered(editor) == ["Add new person “sam”"]  # another Sam


def test_backspace_in_the_empty_field_removes_the_last_chip(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor(EntryData(NOW, participant_ids=[BROOKS, SAM]))
    assert chips(editor) == ["Dr Alex Brooks", "Sam Patel"]
    qtbot.keyClicks(participants(editor), "o")
    qtbot.keyClick(participants(editor), Qt.Key.Key_Backspace)  # deletes the letter only
    assert chips(editor) == ["Dr Alex Brooks", "Sam Patel"]
    qtbot.keyClick(participants(editor), Qt.Key.Key_Backspace)
    assert chips(editor) == ["Dr Alex Brooks"]
    assert editor.entry_data_unvalidated().participant_ids == [BROOKS]


def test_a_chip_is_removed_by_clicking_it_or_from_the_keyboard(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor(EntryData(NOW, participant_ids=[BROOKS, SAM, INES]))
    chip = child(editor, QToolButton, "participant_chip_1")
    assert chip.accessibleName() == "Remove Sam Patel"
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert chips(editor) == ["Dr Alex Brooks", "Inês Silva"]
    participants(editor).setFocus()
    qtbot.keyClick(participants(editor), Qt.Key.Key_Left)
    assert focused().objectName() == "participant_chip_1"
    press(qtbot, Qt.Key.Key_Left)
    assert focused().objectName() == "participant_chip_0"
    press(qtbot, Qt.Key.Key_Delete)
    assert chips(editor) == ["Inês Silva"]
    assert focused() is participants(editor)
    qtbot.keyClick(participants(editor), Qt.Key.Key_Left)
    assert focused().objectName() == "participant_chip_0"
    press(qtbot, Qt.Key.Key_Tab)  # a chip is part of the field: Tab goes back to typing
    assert focused() is participants(editor)


def test_a_person_logged_from_their_profile_starts_in_the_entry(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor(EntryData(NOW, participant_ids=[INES]))
    assert editor.windowTitle() == "Log entry"
    assert chips(editor) == ["Inês Silva"]
    qtbot.waitUntil(participants(editor).hasFocus)
    assert not editor.is_modified()
    assert save_button(editor).isEnabled()


def test_the_title_placeholder_follows_kind_and_people(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor(EntryData(NOW, participant_ids=[BROOKS, SAM]))
    title = child(editor, QLineEdit, "entry_title_edit")
    assert title.placeholderText() == "Meeting with Dr Alex Brooks and Sam Patel"
    kind = child(editor, QComboBox, "entry_kind_combo")
    kind.setFocus()
    qtbot.keyClicks(kind, "c")
    assert kind.currentData() == "coffee"
    assert title.placeholderText() == "Coffee with Dr Alex Brooks and Sam Patel"


def test_quick_picks_set_now_earlier_today_and_yesterday(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor(EntryData(dt.datetime(2026, 1, 2, 10, 0)))

    def when() -> dt.datetime:
        return editor.entry_data_unvalidated().occurred_at

    child(editor, QPushButton, "entry_now_button").click()
    assert when() == NOW
    child(editor, QPushButton, "entry_earlier_button").click()
    assert when() == dt.datetime(2026, 11, 25, 14, 5)
    child(editor, QPushButton, "entry_yesterday_button").click()
    assert when() == dt.datetime(2026, 11, 24, 14, 5)
    qtbot.keyClick(participants(editor), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: when() == NOW)


def test_earlier_today_just_after_midnight_stays_today(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor(now=dt.datetime(2026, 11, 25, 1, 10))
    child(editor, QPushButton, "entry_earlier_button").click()
    assert editor.entry_data_unvalidated().occurred_at == dt.datetime(2026, 11, 25, 0, 0)


def choose_template(editor: EntryEditor, name: str) -> None:
    combo = child(editor, QComboBox, "entry_template_combo")
    index = combo.findText(name)
    assert index > 0, name
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_a_template_fills_the_notes_and_sets_the_kind(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor()
    choose_template(editor, "Supervision meeting")
    assert notes(editor).toPlainText() == "## Agenda\n\n## Agreed actions\n"
    assert notes(editor).hasFocus()
    data = editor.entry_data()
    assert (data.kind, data.template) == ("supervision", "Supervision meeting")
    preview = child(editor, MarkdownView, "entry_preview")
    qtbot.waitUntil(lambda: "Agreed actions" in preview.toPlainText())
    assert "##" not in preview.toPlainText()


def answer_later(name: str, seen: list[str]) -> None:
    """Press the button ``name`` of the message box that is about to open."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        child(box, QAbstractButton, name).click()

    QTimer.singleShot(0, answer)


def test_replacing_notes_with_a_template_asks_first(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor()
    notes(editor).setFocus()
    qtbot.keyClicks(notes(editor), "my own notes")
    seen: list[str] = []
    answer_later("keep_notes_button", seen)
    choose_template(editor, "Study session")
    assert seen == ["Replace the notes with the template?"]
    assert notes(editor).toPlainText() == "my own notes"
    assert editor.entry_data().template == ""
    combo = child(editor, QComboBox, "entry_template_combo")
    assert combo.currentIndex() == 0
    answer_later("replace_notes_button", seen)
    choose_template(editor, "Study session")
    assert len(seen) == 2
    assert notes(editor).toPlainText() == "Topic:\n"
    assert editor.entry_data().template == "Study session"
    notes(editor).undo()  # the template went in as one undoable edit
    assert notes(editor).toPlainText() == "my own notes"


def test_edit_templates_asks_the_caller_and_new_templates_are_offered(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor(EntryData(NOW, template="Study session"))
    combo = child(editor, QComboBox, "entry_template_combo")
    assert combo.currentText() == "Study session"
    with qtbot.waitSignal(editor.manageTemplatesRequested):
        choose_template(editor, "Edit templates…")
    assert combo.currentText() == "Study session"
    editor.set_templates([*TEMPLATES, TemplateInfo(7, "Journal club", "meeting", "Paper:", 2)])
    assert combo.currentText() == "Study session"
    choose_template(editor, "Journal club")
    assert notes(editor).toPlainText() == "Paper:"


def test_a_follow_up_row_ends_up_in_the_entry(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor(EntryData(NOW, participant_ids=[BROOKS, SAM]))
    qtbot.keyClick(participants(editor), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: focused().objectName() == "follow_up_title_0")
    type_keys(qtbot, "Send Dr Brooks my CV")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "1/12")  # no year: the next 1 December
    press(qtbot, Qt.Key.Key_Tab)
    due = child(editor, QLineEdit, "follow_up_due_0")
    assert due.text() == "1 Dec 2026"
    person = child(editor, QComboBox, "follow_up_person_0")
    assert focused() is person
    assert [person.itemText(i) for i in range(person.count())] == [
        "\u2014",
        "Dr Alex Brooks",
        "Sam Patel",
    ]
    type_keys(qtbot, "s")
    assert editor.entry_data().follow_ups == [
        FollowUpData("Send Dr Brooks my CV", dt.date(2026, 12, 1), SAM)
    ]


def test_a_follow_up_due_date_that_cannot_be_read_stops_saving(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor(EntryData(NOW, participant_ids=[SAM]))
    child(editor, QPushButton, "add_follow_up_button").click()
    qtbot.keyClicks(child(editor, QLineEdit, "follow_up_title_0"), "Email")
    qtbot.keyClicks(child(editor, QLineEdit, "follow_up_due_0"), "Sep 2026")
    message = child(editor, QLabel, "follow_up_message_0")
    assert message.text() == "A due date needs a day, e.g. 23 Sep"
    assert not save_button(editor).isEnabled()
    child(editor, QLineEdit, "follow_up_due_0").setText("fri")
    assert save_button(editor).isEnabled()
    assert editor.entry_data().follow_ups[0].due_on == dt.date(2026, 11, 27)


def test_due_dates_read_words_and_dates_without_a_year() -> None:
    wednesday = dt.date(2026, 11, 25)
    assert read_due_date("", wednesday) is None
    assert read_due_date("today", wednesday) == wednesday
    assert read_due_date("Tomorrow", wednesday) == dt.date(2026, 11, 26)
    assert read_due_date("wed", wednesday) == dt.date(2026, 12, 2)  # next week's, not today
    assert read_due_date("monday", wednesday) == dt.date(2026, 11, 30)
    assert read_due_date("24/11", wednesday) == dt.date(2027, 11, 24)
    assert read_due_date("29 Feb", wednesday) == dt.date(2028, 2, 29)
    assert read_due_date("3 Jan 2027", wednesday) == dt.date(2027, 1, 3)
    with pytest.raises(ValueError):
        read_due_date("2027", wednesday)


def test_an_existing_entry_is_shown_whole_and_comes_back_unchanged(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    data = full_entry()
    editor = open_editor(dataclasses.replace(data), entry_id=5)
    assert editor.windowTitle() == "Edit entry"
    assert chips(editor) == ["Sam Patel", "Dr Alex Brooks", "Person #99", "Priya Shah (new)"]
    assert child(editor, QLineEdit, "entry_title_edit").text() == "Audit supervision"
    assert child(editor, QLineEdit, "entry_location_edit").text() == "Level 2 library"
    assert child(editor, QComboBox, "entry_kind_combo").currentData() == "supervision"
    assert child(editor, QComboBox, "entry_template_combo").currentText() == "Supervision meeting"
    when = child(editor, QDateTimeEdit, "entry_when_edit")
    assert when.text() == when.locale().toString(when.dateTime(), when.displayFormat())
    assert child(editor, QComboBox, "follow_up_person_2").currentText() == "Olga Lee"
    assert child(editor, QLineEdit, "follow_up_due_0").text() == "2 Apr 2026"
    assert not editor.is_modified()
    assert editor.entry_data_unvalidated() == data
    with qtbot.waitSignal(editor.accepted):
        child(editor, QPushButton, "entry_save_button").click()
    assert editor.entry_data() == data


def test_nothing_written_cannot_be_saved_and_says_why_once_tried(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor()
    message = child(editor, QLabel, "entry_message")
    assert not save_button(editor).isEnabled()
    assert not message.isVisible()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible()
    assert message.text() == "An entry needs a title, someone who was there, or notes"
    assert message.isVisible()
    notes(editor).setFocus()
    qtbot.keyClicks(notes(editor), "x")
    assert not message.isVisible()
    assert save_button(editor).isEnabled()


def test_the_message_shows_when_what_was_written_is_emptied_again(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor()
    title = child(editor, QLineEdit, "entry_title_edit")
    title.setFocus()
    qtbot.keyClicks(title, "A")
    message = child(editor, QLabel, "entry_message")
    assert not message.isVisible()
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    assert message.isVisible()
    assert not save_button(editor).isEnabled()


def test_a_name_typed_but_not_added_stops_saving_and_says_so(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor(EntryData(NOW, notes="hello"))
    qtbot.keyClicks(participants(editor), "zzz")
    assert not save_button(editor).isEnabled()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible()
    message = child(editor, QLabel, "entry_message")
    assert message.text() == "Press Return to add “zzz”, or clear it."
    assert participants(editor).hasFocus()


def test_leaving_a_name_typed_but_not_added_says_so(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor()
    qtbot.keyClicks(participants(editor), "zzz")
    message = child(editor, QLabel, "entry_message")
    assert not message.isVisible()  # still typing
    qtbot.keyClick(popup(editor), Qt.Key.Key_Escape)  # closes the suggestions only
    assert editor.isVisible()
    press(qtbot, Qt.Key.Key_Backtab)
    assert not participants(editor).hasFocus()
    assert message.isVisible()
    assert participants(editor).accessibleDescription() == message.text()


def test_escape_without_changes_closes_without_asking(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor], monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(full_entry(), entry_id=5)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    with qtbot.waitSignal(editor.rejected):
        press(qtbot, Qt.Key.Key_Escape)
    assert asked == []


def test_escape_after_typing_asks_and_can_keep_editing_or_discard(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor()
    notes(editor).setFocus()
    qtbot.keyClicks(notes(editor), "half a thought")
    seen: list[str] = []
    answer_later("keep_editing_button", seen)
    qtbot.keyClick(notes(editor), Qt.Key.Key_Escape)
    assert seen == ["Discard this entry?"]
    assert editor.isVisible()
    answer_later("discard_button", seen)
    # The offscreen platform does not give the focus back after the question closes.
    with qtbot.waitSignal(editor.rejected):
        qtbot.keyClick(notes(editor), Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_typing_asks_for_a_draft_to_be_saved_a_moment_later(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor()
    with qtbot.assertNotEmitted(editor.draftChanged, wait=1200):
        pass  # opening is not typing
    notes(editor).setFocus()
    with qtbot.waitSignal(editor.draftChanged, timeout=3000):
        qtbot.keyClicks(notes(editor), "crash-safe")
    assert editor.entry_data_unvalidated().notes == "crash-safe"


def test_narrow_the_preview_is_a_toggle(
    qtbot: QtBot, open_editor: Callable[..., EntryEditor]
) -> None:
    editor = open_editor(EntryData(NOW, notes="**bold**"))
    preview = child(editor, MarkdownView, "entry_preview")
    toggle = child(editor, QPushButton, "entry_preview_toggle")
    assert preview.isVisible() and not toggle.isVisible()
    editor.resize(560, 650)
    qtbot.waitUntil(toggle.isVisible)
    assert notes(editor).isVisible() and not preview.isVisible()
    toggle.click()
    assert preview.isVisible() and not notes(editor).isVisible()
    assert preview.toPlainText() == "bold"
    child(editor, QPushButton, "entry_write_toggle").click()
    assert notes(editor).isVisible() and not preview.isVisible()


# --- the templates dialog --------------------------------------------------------------


@pytest.fixture
def templates_dialog(qtbot: QtBot, journal: Path) -> Iterator[QDialog]:
    from networkjournal.ui.dialogs.templates_dialog import TemplatesDialog

    dialog = TemplatesDialog()
    dialog.show()
    yield dialog
    QDialog.done(dialog, QDialog.DialogCode.Rejected)
    dialog.deleteLater()


def test_templates_can_be_edited_added_and_deleted(qtbot: QtBot, templates_dialog: QDialog) -> None:
    from networkjournal.store.templates import list_templates

    seeded = [t.name for t in list_templates()]
    listing = child(templates_dialog, QListWidget, "templates_list")
    assert [listing.item(i).text() for i in range(listing.count())] == seeded
    body = child(templates_dialog, QPlainTextEdit, "template_body_edit")
    assert body.toPlainText() == list_templates()[0].body
    save = child(templates_dialog, QPushButton, "template_save_button")
    assert not save.isEnabled()
    body.setPlainText("Agenda:\n")
    with qtbot.waitSignal(templates_dialog.templatesChanged):  # type: ignore[attr-defined]
        save.click()
    assert list_templates()[0].body == "Agenda:\n"

    child(templates_dialog, QPushButton, "template_new_button").click()
    name = child(templates_dialog, QLineEdit, "template_name_edit")
    assert name.text() == "" and name.hasFocus()
    qtbot.keyClicks(name, "Journal club")
    child(templates_dialog, QComboBox, "template_kind_combo").setCurrentIndex(1)
    body.setPlainText("Paper:")
    save.click()
    added = list_templates()[-1]
    assert (added.name, added.kind, added.body) == ("Journal club", "coffee", "Paper:")
    assert listing.currentItem().text() == "Journal club"

    seen: list[str] = []
    QTimer.singleShot(0, lambda: _press_destructive(seen))
    child(templates_dialog, QPushButton, "template_delete_button").click()
    assert seen == ["Delete the template “Journal club”?"]
    assert [t.name for t in list_templates()] == seeded


def _press_destructive(seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(10, lambda: _press_destructive(seen))
        return
    seen.append(box.text())
    button = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    button.click()


def test_a_template_name_already_taken_is_refused_with_a_message(
    qtbot: QtBot, templates_dialog: QDialog
) -> None:
    from networkjournal.store.templates import list_templates

    first, second = list_templates()[:2]
    name = child(templates_dialog, QLineEdit, "template_name_edit")
    name.setText(second.name.upper())
    child(templates_dialog, QPushButton, "template_save_button").click()
    message = child(templates_dialog, QLabel, "template_message")
    assert message.isVisible() and second.name.upper() in message.text()
    assert list_templates()[0].name == first.name
