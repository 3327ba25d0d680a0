"""The journal in the real window: logging by keyboard, finding it again, undo, drafts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from networkjournal.store import drafts, follow_ups, journal, people
from networkjournal.store.journal import EntryData, EntryFilter, FollowUpData
from networkjournal.store.people import PersonData
from networkjournal.ui.main_window import JOURNAL_TAB, PEOPLE_TAB, MainWindow
from tests.ui.conftest import when_dialog_opens


@pytest.fixture
def brooks(journal: Path) -> int:
    people.create_person(PersonData(display_name="Mum"))
    return people.create_person(
        PersonData(given_name="Alex", family_name="Brooks", headline="Consultant")
    )


def type_like_a_person(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the focus, Tab included."""
    for key in text:
        widget = QApplication.focusWidget()
        if key == "\t":
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
        else:
            qtbot.keyClicks(widget, key)


def timeline_titles(window: MainWindow, person_id: int) -> list[str]:
    window.show_person(person_id)
    model = window.person_panel.timeline
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def journal_titles(window: MainWindow) -> list[str]:
    model = window.journal_panel.model
    return [model.index(row, 2).data() for row in range(model.rowCount())]


def test_log_coffee_with_brooks_and_a_new_person_by_keyboard(
    make_window, brooks: int, qtbot: QtBot
) -> None:
    window = make_window()

    def write(dialog: QDialog) -> None:
        # "brooks" Tab adds Dr Brooks; Sam Okafor is nobody yet: Return adds him as new.
        type_like_a_person(qtbot, "brooks\t")
        field = dialog.findChild(QLineEdit, "participants_edit")
        qtbot.keyClicks(field, "Sam Okafor")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        type_like_a_person(qtbot, "\tc\t\t\t\ttalked about the audit")
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_dialog_opens("entry_editor", write)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    [entry_id] = journal.entry_ids(EntryFilter())
    entry = journal.get_entry(entry_id)
    sam = next(pid for pid, name in people.person_names().items() if name == "Sam Okafor")
    assert (entry.kind, entry.notes, entry.participant_ids) == (
        "coffee",
        "talked about the audit",
        [brooks, sam],
    )
    title = "Coffee with Alex Brooks and Sam Okafor"
    assert timeline_titles(window, brooks) == [f"today · Coffee · {title}"]
    assert timeline_titles(window, sam) == [f"today · Coffee · {title}"]
    window.tabs.setCurrentIndex(JOURNAL_TAB)
    assert journal_titles(window) == [title]
    # logging resets the clock: last contact is today for both
    window.tabs.setCurrentIndex(PEOPLE_TAB)
    model = window.people_panel.model
    row = model.row_of(brooks)
    assert row is not None and model.index(row, 3).data() == "today"


def test_logging_from_a_profile_starts_with_that_person(
    make_window, brooks: int, qtbot: QtBot
) -> None:
    window = make_window()
    window.show_person(brooks)
    seen: list[list[str]] = []

    def look(dialog: QDialog) -> None:
        chips = [
            b.text()
            for b in dialog.findChildren(QToolButton)
            if b.objectName().startswith("participant_chip_")
        ]
        seen.append(chips)
        field = dialog.findChild(QLineEdit, "entry_title_edit")
        seen.append([field.placeholderText()])
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking

    when_dialog_opens("entry_editor", look)
    button = window.person_panel.log_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen[0] and "Alex Brooks" in seen[0][0]
    assert seen[1] == ["Meeting with Alex Brooks"]
    assert journal.entry_ids(EntryFilter()) == []  # closing without writing saves nothing


def _log(brooks: int, notes: str, when: dt.datetime | None = None) -> int:
    data = EntryData(
        occurred_at=when or dt.datetime(2025, 11, 20, 10, 30),
        kind="coffee",
        participant_ids=[brooks],
        notes=notes,
        follow_ups=[FollowUpData("Send the audit proposal", dt.date(2025, 11, 27), brooks)],
    )
    return journal.create_entry(data).entry_id


def test_find_an_entry_by_a_word_from_its_notes(make_window, brooks: int, qtbot: QtBot) -> None:
    _log(brooks, "Talked about the sepsis audit and a poster.")
    window = make_window()
    qtbot.keyClicks(window.search_field, "sepsis")
    qtbot.waitUntil(lambda: window.people_panel.model.rowCount() == 1)
    assert window.people_panel.model.index(0, 0).data() == "Alex Brooks"

    opened: list[str] = []

    def search(dialog: QDialog) -> None:
        field = dialog.findChild(QLineEdit, "global_search_field")
        qtbot.keyClicks(field, "seps")
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
        opened.append(dialog.model.hits[0].snippet)

        def close_entry(editor: QDialog) -> None:
            opened.append(editor.windowTitle())
            editor.done(QDialog.DialogCode.Rejected)

        when_dialog_opens("entry_editor", close_entry)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_dialog_opens("global_search_dialog", search)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert "\x02sepsis\x03" in opened[0]
    assert opened[1] == "Edit entry"


def test_ctrl_k_opens_a_person_in_the_people_table(make_window, brooks: int, qtbot) -> None:
    window = make_window()
    window.tabs.setCurrentIndex(JOURNAL_TAB)

    def search(dialog: QDialog) -> None:
        field = dialog.findChild(QLineEdit, "global_search_field")
        qtbot.keyClicks(field, "brook")
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_dialog_opens("global_search_dialog", search)
    window.actions["action_search_all"].trigger()
    assert window.tabs.currentIndex() == PEOPLE_TAB
    assert window.people_panel.selected_ids() == [brooks]
    assert window.person_panel.name.text() == "Alex Brooks"


def test_delete_an_entry_and_undo_it(make_window, brooks: int, qtbot: QtBot) -> None:
    entry_id = _log(brooks, "To be deleted and brought back.")
    window = make_window()
    window.tabs.setCurrentIndex(JOURNAL_TAB)
    panel = window.journal_panel
    panel.select_ids([entry_id])
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.model.rowCount() == 0
    assert journal.entry_ids(EntryFilter(trashed=True)) == [entry_id]
    assert timeline_titles(window, brooks) == []
    window.tabs.setCurrentIndex(JOURNAL_TAB)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.model.rowCount() == 1
    assert journal.entry_ids(EntryFilter()) == [entry_id]


def test_tick_off_a_follow_up_and_undo(make_window, brooks: int, qtbot: QtBot) -> None:
    _log(brooks, "Follow-up test.")
    window = make_window()
    window.tabs.setCurrentIndex(2)
    panel = window.follow_ups_panel
    assert panel.model.rowCount() == 1
    panel.select_ids([follow_ups.list_follow_ups()[0].id])
    table = panel.findChild(type(panel.table), "follow_ups_table") or panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: follow_ups.list_follow_ups() == [])
    assert panel.model.rowCount() == 0
    window.undo_stack.undo()
    assert len(follow_ups.list_follow_ups()) == 1
    assert panel.model.rowCount() == 1


def test_a_draft_left_by_a_crash_is_offered_and_saved(
    make_window, brooks: int, qtbot: QtBot
) -> None:
    data = EntryData(
        occurred_at=dt.datetime(2026, 1, 5, 9, 0),
        kind="supervision",
        participant_ids=[brooks],
        notes="Half-written when the laptop died",
    )
    drafts.save_entry_draft(data)
    window = make_window()

    def open_it(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.text() == "Open It")

        def save(editor: QDialog) -> None:
            qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

        when_dialog_opens("entry_editor", save)
        button.click()

    when_dialog_opens("draft_offer_box", open_it)
    window.entries.offer_drafts()
    [entry_id] = journal.entry_ids(EntryFilter())
    assert journal.get_entry(entry_id).notes == "Half-written when the laptop died"
    assert drafts.entry_drafts() == []


def test_typing_an_entry_keeps_a_draft_until_it_is_saved(
    make_window, brooks: int, qtbot: QtBot
) -> None:
    window = make_window()
    kept: list[int] = []

    def write(dialog: QDialog) -> None:
        type_like_a_person(qtbot, "brooks\t")
        type_like_a_person(qtbot, "\t\t\t\t\tnotes typed before a crash")
        qtbot.waitUntil(lambda: len(drafts.entry_drafts()) == 1, timeout=5000)
        kept.append(len(drafts.entry_drafts()))
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_dialog_opens("entry_editor", write)
    window.actions["action_log_interaction"].trigger()
    assert kept == [1]
    assert drafts.entry_drafts() == []  # saved: the draft is gone
    assert len(journal.entry_ids(EntryFilter())) == 1


def test_timeline_and_search_models_pass_qt_model_tester(
    make_window, brooks: int, qtmodeltester
) -> None:
    from networkjournal.store.search import search
    from networkjournal.ui.dialogs.global_search import SearchHitsModel

    _log(brooks, "First meeting about the audit.", dt.datetime(2025, 1, 1, 9, 0))
    _log(brooks, "Second meeting about the audit.", dt.datetime(2025, 2, 1, 9, 0))
    window = make_window()
    window.show_person(brooks)
    assert window.person_panel.timeline.rowCount() == 2
    qtmodeltester.check(window.person_panel.timeline)
    hits = SearchHitsModel()
    hits.set_hits(search("audit"))
    assert hits.rowCount() == 2
    qtmodeltester.check(hits)


def test_search_snippets_draw_user_text_as_text(qtbot: QtBot) -> None:
    from networkjournal.ui.widgets.highlight_text import plain, segments

    marked = "<b>x</b> met at the \x02audit\x03 <img src=/etc/hostname>"
    assert segments(marked) == [
        ("<b>x</b> met at the ", False),
        ("audit", True),
        (" <img src=/etc/hostname>", False),
    ]
    assert plain(marked) == "<b>x</b> met at the audit <img src=/etc/hostname>"


def test_delete_an_entry_from_a_timeline_and_undo(make_window, brooks: int, qtbot) -> None:
    keep = _log(brooks, "Kept.", dt.datetime(2025, 1, 1, 9, 0))
    gone = _log(brooks, "Deleted from the timeline.", dt.datetime(2025, 2, 1, 9, 0))
    window = make_window()
    window.show_person(brooks)
    view = window.person_panel.timeline_view
    view.setCurrentIndex(window.person_panel.timeline.index(0, 0))  # newest first: `gone`
    assert window.person_panel.selected_entry_ids() == [gone]
    assert window.actions["action_trash_entry"].isEnabled()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert journal.entry_ids(EntryFilter()) == [keep]
    assert window.person_panel.timeline.rowCount() == 1
    assert window.people_panel.selected_ids() == [brooks]  # still with the same person
    window.undo_stack.undo()
    assert window.person_panel.timeline.rowCount() == 2
