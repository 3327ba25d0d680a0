"""The log dialog warns, without blocking, when notes seem to identify a patient."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from networkjournal.store.journal import EntryData
from networkjournal.store.patient_guard import Strictness
from networkjournal.store.people import PersonChoice
from networkjournal.ui.dialogs.entry_editor import EntryEditor
from networkjournal.ui.widgets.patient_warning_bar import (
    CHECK_DELAY_MS,
    SETTING,
    PatientWarningBar,
    strictness_setting,
)

NOW = dt.datetime(2026, 11, 25, 16, 5)
PEOPLE = [PersonChoice(1, "Dr Alex Brooks", "", (), False)]


def make_editor(
    qtbot: QtBot, strictness: Strictness | None = Strictness.NORMAL, notes: str = ""
) -> EntryEditor:
    data = EntryData(occurred_at=NOW, participant_ids=[1], notes=notes)
    editor = EntryEditor(PEOPLE, [], data=data, now=NOW, patient_guard=strictness)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def bar(editor: EntryEditor) -> QWidget:
    found = editor.findChild(QWidget, "patient_warning_bar")
    assert found is not None
    return found


def notes(editor: EntryEditor) -> QPlainTextEdit:
    edit = editor.findChild(QPlainTextEdit, "entry_notes_edit")
    assert edit is not None
    return edit


def message(editor: EntryEditor) -> str:
    label = bar(editor).findChild(QLabel, "patient_warning_label")
    assert label is not None
    assert label.textFormat() == Qt.TextFormat.PlainText
    return label.text()


def click(editor: EntryEditor, name: str) -> None:
    button = bar(editor).findChild(QPushButton, name)
    assert button is not None and button.isVisible()
    button.click()


def test_typing_an_nhs_number_shows_the_warning_after_a_pause(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    assert not bar(editor).isVisible()
    qtbot.keyClicks(notes(editor), "Saw a patient, 943 476 5919, on the ward")
    assert not bar(editor).isVisible()  # not while the keys are still coming
    qtbot.waitUntil(bar(editor).isVisible, timeout=CHECK_DELAY_MS * 5)
    assert message(editor) == "This looks like an NHS number: 943 476 5919"


def test_the_warning_does_not_stop_saving(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, notes="DOB 12/03/1954")
    assert bar(editor).isVisible()
    save = editor.findChild(QPushButton, "entry_save_button")
    assert save is not None and save.isEnabled()
    save.click()
    assert editor.result() == editor.DialogCode.Accepted
    assert editor.entry_data().notes == "DOB 12/03/1954"


def test_redact_replaces_everything_found_in_one_undo_step(qtbot: QtBot) -> None:
    text = "Bay 2: Mrs X, NHS 943 476 5919, DOB 12/03/1954, lives M1 1AE. Nice chat."
    editor = make_editor(qtbot, notes=text)
    assert "an NHS number (943 476 5919)" in message(editor)
    assert "a date of birth (12/03/1954)" in message(editor)
    click(editor, "patient_redact_button")
    assert notes(editor).toPlainText() == (
        "Bay 2: Mrs X, NHS [redacted], DOB [redacted], lives [redacted]. Nice chat."
    )
    assert not bar(editor).isVisible()
    notes(editor).undo()
    assert notes(editor).toPlainText() == text


def test_redact_finds_the_right_place_after_characters_outside_the_bmp(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, notes="🩺🩺 MRN 1234567 ok")
    click(editor, "patient_redact_button")
    assert notes(editor).toPlainText() == "🩺🩺 MRN [redacted] ok"


def test_not_a_patient_hides_the_warning_until_something_new_turns_up(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, notes="Coffee, bed 4 SW1A 1AA")
    assert message(editor) == "This looks like a patient's postcode: SW1A 1AA"
    click(editor, "patient_dismiss_button")
    assert not bar(editor).isVisible()
    notes(editor).appendPlainText("more words")
    bar(editor).check()
    assert not bar(editor).isVisible()  # the same postcode again does not nag
    notes(editor).appendPlainText("MRN K123456")
    bar(editor).check()
    assert message(editor) == "This looks like a hospital number: K123456"
    assert notes(editor).toPlainText().startswith("Coffee, bed 4 SW1A 1AA")


def test_off_never_warns_and_strict_warns_about_bare_numbers(qtbot: QtBot) -> None:
    off = make_editor(qtbot, Strictness.OFF, notes="NHS 943 476 5919")
    assert not bar(off).isVisible()
    normal = make_editor(qtbot, Strictness.NORMAL, notes="ref 9434765919")
    assert not bar(normal).isVisible()
    strict = make_editor(qtbot, Strictness.STRICT, notes="ref 9434765919")
    assert message(strict) == "This looks like an NHS number: 9434765919"


def test_user_text_in_the_warning_is_never_markup(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, notes="<b>MRN 7654321</b>")
    assert message(editor) == "This looks like a hospital number: 7654321"  # label is plain


def test_strictness_comes_from_the_setting(tmp_path: Path, qtbot: QtBot) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert strictness_setting(settings) == Strictness.NORMAL
    assert strictness_setting(None) == Strictness.NORMAL
    settings.setValue(SETTING, "strict")
    assert strictness_setting(settings) == Strictness.STRICT
    settings.setValue(SETTING, "nonsense")
    assert strictness_setting(settings) == Strictness.NORMAL

    class Window(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.settings = settings

    settings.setValue(SETTING, "off")
    window = Window()
    qtbot.addWidget(window)
    editor = EntryEditor(
        PEOPLE, [], data=EntryData(occurred_at=NOW, notes="NHS 943 476 5919"), parent=window
    )
    qtbot.addWidget(editor)
    assert editor.findChild(PatientWarningBar).findings() == []
