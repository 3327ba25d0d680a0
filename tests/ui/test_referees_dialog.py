"""The referees view: who could give a reference, what they saw, when you last spoke; Markdown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from networkjournal.interop.markdown import referees_markdown
from networkjournal.store import facts, people
from networkjournal.store import journal as entries
from networkjournal.store.facts import DisclosureData
from networkjournal.store.journal import EntryData
from networkjournal.store.people import PersonData
from networkjournal.store.referees import referees
from networkjournal.ui.dialogs.referees_dialog import RefereesDialog
from networkjournal.ui.formatting import format_date
from networkjournal.ui.widgets.card_delegate import CARD_ROLE, ID_ROLE, Card
from tests.ui.record_form_helpers import child, shown

TODAY = dt.date.today()
GRAND_ROUND = dt.date(2026, 3, 12)


@pytest.fixture
def cast(journal: Path) -> dict[str, int]:
    brooks = people.create_person(
        PersonData(
            display_name="Dr Alex Brooks",
            headline="Consultant, Acute Medicine",
            is_referee=True,
            referee_note="My audit work and teaching on the ward",
        )
    )
    facts.create_disclosure(
        DisclosureData(brooks, "Presented the sepsis audit at grand round", GRAND_ROUND, True)
    )
    facts.create_disclosure(DisclosureData(brooks, "I want to apply for medicine", None, False))
    when = dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time(10, 0))
    entries.create_entry(EntryData(occurred_at=when, title="Supervision", participant_ids=[brooks]))
    sam = people.create_person(PersonData(given_name="Sam", family_name="Patel", is_referee=True))
    people.create_person(PersonData(given_name="Inês", family_name="Silva"))
    return {"brooks": brooks, "sam": sam}


def cards(dialog: RefereesDialog) -> list[Card]:
    found = child(dialog, QListWidget, "referees_list")
    return [found.item(row).data(CARD_ROLE) for row in range(found.count())]


def test_referees_show_what_they_saw_and_when_you_last_spoke(
    qtbot: QtBot, cast: dict[str, int]
) -> None:
    dialog = shown(qtbot, RefereesDialog(today=TODAY))
    assert [card.title for card in cards(dialog)] == ["Dr Alex Brooks", "Sam Patel"]
    brooks, sam = cards(dialog)
    assert brooks.subtitle == "Consultant, Acute Medicine"
    assert brooks.aside == "Last spoke 3 days ago"
    assert brooks.lines == (
        "Could speak to: My audit work and teaching on the ward",
        f"Has seen: Presented the sepsis audit at grand round ({format_date(GRAND_ROUND)})",
    )
    assert sam.aside == "No entries yet"
    assert sam.lines == ("Nothing noted yet about what they have seen you do.",)


def test_copy_as_markdown_puts_the_list_on_the_clipboard(
    qtbot: QtBot, cast: dict[str, int]
) -> None:
    dialog = shown(qtbot, RefereesDialog(today=TODAY))
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(child(dialog, QPushButton, "referees_copy_button"), Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == referees_markdown(referees(), TODAY)
    assert "## Dr Alex Brooks" in text and "Presented the sepsis audit" in text
    assert dialog.status.text() == "Copied 2 referees as Markdown."


def test_show_person_asks_for_the_chosen_referee_and_closes(
    qtbot: QtBot, cast: dict[str, int]
) -> None:
    dialog = shown(qtbot, RefereesDialog(today=TODAY))
    found = child(dialog, QListWidget, "referees_list")
    found.setCurrentRow(1)
    assert found.currentItem().data(ID_ROLE) == cast["sam"]
    with qtbot.waitSignal(dialog.personRequested) as requested:
        qtbot.mouseClick(
            child(dialog, QPushButton, "referees_show_button"), Qt.MouseButton.LeftButton
        )
    assert requested.args == [cast["sam"]]
    assert dialog.chosen_person_id == cast["sam"]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_return_in_the_list_shows_the_current_referee(qtbot: QtBot, cast: dict[str, int]) -> None:
    dialog = shown(qtbot, RefereesDialog(today=TODAY))
    found = child(dialog, QListWidget, "referees_list")
    found.setFocus()
    with qtbot.waitSignal(dialog.personRequested) as requested:
        qtbot.keyClick(found, Qt.Key.Key_Return)
    assert requested.args == [cast["brooks"]]


def test_nobody_marked_as_a_referee_says_how_to_mark_them(qtbot: QtBot, journal: Path) -> None:
    dialog = shown(qtbot, RefereesDialog(today=TODAY))
    assert dialog.stack.currentWidget() is dialog.empty_state
    assert dialog.empty_state.title.text() == "Nobody is marked as a referee yet"
    assert not child(dialog, QPushButton, "referees_copy_button").isEnabled()
    assert not child(dialog, QPushButton, "referees_show_button").isEnabled()
