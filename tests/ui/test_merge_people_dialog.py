"""Merging two people by hand: which one stays, said plainly, chosen by mouse or keyboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from networkjournal.store import journal as entries
from networkjournal.store import people
from networkjournal.store.journal import EntryData
from networkjournal.store.people import ContactMethodData, PersonData
from networkjournal.ui.dialogs.merge_people_dialog import MergePeopleDialog
from tests.ui.record_form_helpers import child, shown


def log_entries(person_id: int, count: int) -> None:
    for day in range(count):
        when = dt.datetime(2026, 3, 1 + day, 10, 0)
        entries.create_entry(
            EntryData(occurred_at=when, kind="coffee", participant_ids=[person_id])
        )


@pytest.fixture
def cast(journal: Path) -> dict[str, int]:
    ids = {
        "quiet": people.create_person(
            PersonData(
                display_name="Sam <b>Patel</b>",
                contacts=[ContactMethodData("email", "sam@example.org")],
            )
        ),
        "busy": people.create_person(PersonData(display_name="Samir Patel", headline="Registrar")),
    }
    log_entries(ids["busy"], 3)
    return ids


def test_the_person_with_more_entries_is_kept_unless_the_user_chooses_the_other(
    qtbot: QtBot, cast: dict[str, int]
) -> None:
    dialog = shown(qtbot, MergePeopleDialog(cast["quiet"], cast["busy"]))
    assert (dialog.keep_id(), dialog.other_id()) == (cast["busy"], cast["quiet"])
    explanation = child(dialog, QLabel, "merge_explanation_label").text()
    assert "“Sam <b>Patel</b>”" in explanation and "“Samir Patel”" in explanation
    assert explanation.index("Sam <b>") < explanation.index("Samir")  # the other moves to the kept
    child(dialog, QRadioButton, "merge_keep_radio_0").click()
    assert (dialog.keep_id(), dialog.other_id()) == (cast["quiet"], cast["busy"])
    assert child(dialog, QLabel, "merge_explanation_label").text().index("Samir") < (
        child(dialog, QLabel, "merge_explanation_label").text().index("Sam <b>")
    )
    with qtbot.waitSignal(dialog.accepted):
        child(dialog, QPushButton, "merge_button").click()


def test_each_side_shows_what_tells_the_two_apart_as_plain_text(
    qtbot: QtBot, cast: dict[str, int]
) -> None:
    dialog = shown(qtbot, MergePeopleDialog(cast["quiet"], cast["busy"]))
    quiet = child(dialog, QWidget, "merge_person_card_0")
    busy = child(dialog, QWidget, "merge_person_card_1")
    quiet_text = [label.text() for label in quiet.findChildren(QLabel)]
    busy_text = [label.text() for label in busy.findChildren(QLabel)]
    assert "sam@example.org" in quiet_text and "0 entries" in quiet_text
    assert "Registrar" in busy_text
    assert any(text.startswith("3 entries, the last") for text in busy_text)
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText for label in quiet.findChildren(QLabel)
    )
    assert child(dialog, QRadioButton, "merge_keep_radio_0").text() == "Keep Sam <b>Patel</b>"


def test_a_click_anywhere_on_a_side_chooses_it_and_the_keyboard_can_too(
    qtbot: QtBot, cast: dict[str, int]
) -> None:
    dialog = shown(qtbot, MergePeopleDialog(cast["quiet"], cast["busy"]))
    quiet = child(dialog, QWidget, "merge_person_card_0")
    qtbot.mouseClick(quiet, Qt.MouseButton.LeftButton, pos=QPoint(quiet.width() - 5, 5))
    assert dialog.keep_id() == cast["quiet"]
    radio = child(dialog, QRadioButton, "merge_keep_radio_0")
    assert radio.hasFocus()
    qtbot.keyClick(radio, Qt.Key.Key_Right)  # arrows move between a group's radio buttons
    assert dialog.keep_id() == cast["busy"]
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_two_people_of_the_same_name_are_told_apart_in_the_sentence(
    qtbot: QtBot, journal: Path
) -> None:
    first = people.create_person(PersonData(display_name="Alex Brooks"))
    second = people.create_person(PersonData(display_name="alex brooks"))
    dialog = shown(qtbot, MergePeopleDialog(first, second))
    text = child(dialog, QLabel, "merge_explanation_label").text()
    assert "the other “Alex Brooks”" in text
    assert dialog.keep_id() == first  # as many entries: the older one stays


def test_a_person_cannot_be_merged_with_themselves(journal: Path) -> None:
    alone = people.create_person(PersonData(display_name="Alex Brooks"))
    with pytest.raises(ValueError):
        MergePeopleDialog(alone, alone)
