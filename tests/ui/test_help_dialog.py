"""Who can help with …: typing finds people with the reasons why, Return chooses one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from networkjournal.store import facts, people, topics
from networkjournal.store.facts import FactData
from networkjournal.store.people import PersonData
from networkjournal.store.topics import TopicData, TopicMember
from networkjournal.ui.dialogs.help_dialog import WhoCanHelpDialog
from networkjournal.ui.widgets.card_delegate import CARD_ROLE, ID_ROLE, Card
from tests.ui.record_form_helpers import child, shown


@pytest.fixture
def cast(journal: Path) -> dict[str, int]:
    rao = people.create_person(
        PersonData(display_name="Dr Maya Rao", headline="Consultant cardiologist")
    )
    facts.create_fact(FactData(rao, "Runs the cardiology journal club", "career"))
    sam = people.create_person(PersonData(given_name="Sam", family_name="Patel"))
    topics.create_topic(TopicData("Sepsis audit", "audit", people=[TopicMember(sam, "co-author")]))
    return {"rao": rao, "sam": sam}


def cards(dialog: WhoCanHelpDialog) -> list[Card]:
    results = child(dialog, QListWidget, "who_can_help_results")
    return [results.item(row).data(CARD_ROLE) for row in range(results.count())]


def test_typing_cardio_finds_the_consultant_with_the_reasons(
    qtbot: QtBot, cast: dict[str, int]
) -> None:
    dialog = shown(qtbot, WhoCanHelpDialog())
    field = child(dialog, QLineEdit, "who_can_help_field")
    assert field.hasFocus()
    qtbot.keyClicks(field, "cardio")
    qtbot.waitUntil(lambda: len(cards(dialog)) == 1)
    card = cards(dialog)[0]
    assert (card.title, card.subtitle) == ("Dr Maya Rao", "Consultant cardiologist")
    assert "Fact: Runs the cardiology journal club" in card.lines
    assert "Headline: Consultant cardiologist" in card.lines
    results = child(dialog, QListWidget, "who_can_help_results")
    assert results.item(0).data(ID_ROLE) == cast["rao"]
    tooltip = results.item(0).toolTip()
    assert "Runs the cardiology journal club" in tooltip
    assert child(dialog, QLabel, "who_can_help_status").text().startswith("1 could help")


def test_return_chooses_the_first_person_found(qtbot: QtBot, cast: dict[str, int]) -> None:
    dialog = shown(qtbot, WhoCanHelpDialog())
    field = child(dialog, QLineEdit, "who_can_help_field")
    qtbot.keyClicks(field, "sepsis")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.chosen_person_id == cast["sam"]
    assert cards(dialog)[0].lines == ("Topic: Sepsis audit (co-author)",)


def test_double_click_chooses_the_person_clicked(qtbot: QtBot, cast: dict[str, int]) -> None:
    dialog = shown(qtbot, WhoCanHelpDialog(text="cardiology"))
    results = child(dialog, QListWidget, "who_can_help_results")
    assert results.count() == 1
    rect = results.visualItemRect(results.item(0))
    # A double-click is a press, a release, then the double-click itself.
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseDClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.chosen_person_id == cast["rao"]


def test_nothing_found_says_so_and_return_does_not_close(
    qtbot: QtBot, cast: dict[str, int]
) -> None:
    dialog = shown(qtbot, WhoCanHelpDialog())
    field = child(dialog, QLineEdit, "who_can_help_field")
    status = child(dialog, QLabel, "who_can_help_status")
    assert status.text() == "Type a subject, a speciality, a skill or a place."
    qtbot.keyClicks(field, "<b>neurosurgery</b>")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert status.text() == "Nobody in the journal seems to know about “<b>neurosurgery</b>” yet."
    assert status.textFormat() == Qt.TextFormat.PlainText
    assert not child(dialog, QPushButton, "who_can_help_show_button").isEnabled()


def test_typing_a_word_searches_once_when_the_keys_stop(
    qtbot: QtBot, cast: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import networkjournal.ui.dialogs.help_dialog as module

    searched: list[str] = []
    real = module.who_can_help
    monkeypatch.setattr(module, "who_can_help", lambda text: searched.append(text) or real(text))
    dialog = shown(qtbot, WhoCanHelpDialog())
    dialog.field.setText("c")
    dialog.field.setText("ca")
    dialog.field.setText("card")
    qtbot.waitUntil(lambda: len(cards(dialog)) == 1)
    assert searched == ["card"]
