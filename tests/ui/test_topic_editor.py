"""The topic form: returns clean TopicData, shows problems as they are typed, never saves itself."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from networkjournal.store import people
from networkjournal.store.errors import ValidationError
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import PersonData
from networkjournal.store.topics import TopicData, TopicMember
from networkjournal.ui.dialogs.topic_editor import TopicEditor
from tests.ui.record_form_helpers import (
    answer_message_box_later,
    child,
    pick,
    save_with_keys,
    shown,
    type_into,
)


@pytest.fixture
def cast(journal: Path) -> dict[str, int]:
    return {
        "brooks": people.create_person(PersonData(display_name="Dr Alex Brooks")),
        "sam": people.create_person(PersonData(given_name="Sam", family_name="Patel")),
        "ines": people.create_person(PersonData(given_name="Inês", family_name="Oliveira")),
    }


@pytest.fixture
def open_editor(qtbot: QtBot, cast: dict[str, int]) -> Callable[..., TopicEditor]:
    def opener(data: TopicData | None = None, topic_id: int | None = None) -> TopicEditor:
        return shown(qtbot, TopicEditor(people.person_choices(), data, topic_id))

    return opener


def sepsis_audit(cast: dict[str, int]) -> TopicData:
    return TopicData(
        title="Sepsis audit",
        kind="audit",
        status="active",
        started_on=PartialDate(2025, 9),
        notes="Re-audit in spring.",
        people=[TopicMember(cast["brooks"], "supervisor"), TopicMember(cast["sam"], "co-author")],
    )


def test_a_typed_topic_with_a_supervisor_saves_with_ctrl_return(
    qtbot: QtBot, open_editor: Callable[..., TopicEditor], cast: dict[str, int]
) -> None:
    editor = open_editor()
    assert editor.windowTitle() == "New topic"
    qtbot.keyClicks(child(editor, QLineEdit, "topic_title_edit"), "  Sepsis   audit ")
    kind = child(editor, QComboBox, "topic_kind_combo")
    kind.setCurrentIndex(kind.findData("audit"))
    status = child(editor, QComboBox, "topic_status_combo")
    status.setCurrentIndex(status.findData("active"))
    started = child(editor, QLineEdit, "partial_date_text")  # the first date field: started
    type_into(qtbot, started, "Sep 2025")
    qtbot.mouseClick(
        child(editor, QPushButton, "add_person_role_button"), Qt.MouseButton.LeftButton
    )
    pick(qtbot, child(editor, QComboBox, "person_role_person_0"), "brook", "Dr Alex Brooks")
    type_into(qtbot, child(editor, QLineEdit, "person_role_role_0"), "supervisor")
    with qtbot.waitSignal(editor.accepted):
        save_with_keys(qtbot, editor)
    assert editor.topic_data() == TopicData(
        title="Sepsis audit",
        kind="audit",
        status="active",
        started_on=PartialDate(2025, 9),
        people=[TopicMember(cast["brooks"], "supervisor")],
    )


def test_a_topic_needs_a_title_and_says_so_once_it_is_cleared(
    qtbot: QtBot, open_editor: Callable[..., TopicEditor]
) -> None:
    editor = open_editor()
    title = child(editor, QLineEdit, "topic_title_edit")
    message = child(editor, QLabel, "topic_title_message")
    save = child(editor, QPushButton, "save_button")
    assert not message.isVisible() and not save.isEnabled()
    qtbot.keyClicks(title, "x")
    assert save.isEnabled()
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    assert message.isVisible()
    assert message.text() == "A topic needs a title"
    assert message.textFormat() == Qt.TextFormat.PlainText
    save_with_keys(qtbot, editor)
    assert editor.isVisible()
    with pytest.raises(ValidationError):
        editor.topic_data()


def test_an_end_before_the_start_is_refused_in_the_parts_both_dates_know(
    qtbot: QtBot, open_editor: Callable[..., TopicEditor]
) -> None:
    editor = open_editor(TopicData("Renal study group", "study group", "done"))
    started, ended = editor.findChildren(QLineEdit, "partial_date_text")[:2]
    message = child(editor, QLabel, "topic_dates_message")
    save = child(editor, QPushButton, "save_button")
    type_into(qtbot, started, "Oct 2024")
    type_into(qtbot, ended, "2024")  # the same year: could be later in it
    assert not message.isVisible() and save.isEnabled()
    ended.clear()
    type_into(qtbot, ended, "Mar 2024")
    assert message.isVisible()
    assert not save.isEnabled()
    with pytest.raises(ValidationError) as refused:
        editor.topic_data()
    assert refused.value.field == "ended_on"


def test_unknown_names_and_people_listed_twice_are_flagged_on_their_row(
    qtbot: QtBot, open_editor: Callable[..., TopicEditor], cast: dict[str, int]
) -> None:
    editor = open_editor(sepsis_audit(cast))
    save = child(editor, QPushButton, "save_button")
    assert save.isEnabled()
    qtbot.mouseClick(
        child(editor, QPushButton, "add_person_role_button"), Qt.MouseButton.LeftButton
    )
    third = child(editor, QComboBox, "person_role_person_2")
    type_into(qtbot, third.lineEdit(), "Nobody Known")
    message = child(editor, QLabel, "person_role_message_2")
    assert message.isVisible()
    assert "Nobody Known" in message.text()
    assert not save.isEnabled()
    third.lineEdit().clear()
    type_into(qtbot, third.lineEdit(), "sam patel")
    assert message.text() == "Sam Patel is already listed."
    qtbot.mouseClick(child(editor, QToolButton, "person_role_remove_2"), Qt.MouseButton.LeftButton)
    assert save.isEnabled()
    assert [m.person_id for m in editor.topic_data().people] == [cast["brooks"], cast["sam"]]


def test_removing_a_person_renumbers_the_rows_below(
    qtbot: QtBot, open_editor: Callable[..., TopicEditor], cast: dict[str, int]
) -> None:
    editor = open_editor(sepsis_audit(cast))
    qtbot.mouseClick(child(editor, QToolButton, "person_role_remove_0"), Qt.MouseButton.LeftButton)
    assert child(editor, QComboBox, "person_role_person_0").currentText() == "Sam Patel"
    assert editor.findChild(QComboBox, "person_role_person_1") is None
    assert editor.topic_data().people == [TopicMember(cast["sam"], "co-author")]


def test_roles_are_suggested_as_they_are_typed(
    qtbot: QtBot, open_editor: Callable[..., TopicEditor], cast: dict[str, int]
) -> None:
    editor = open_editor(sepsis_audit(cast))
    role = child(editor, QLineEdit, "person_role_role_1")
    role.clear()
    type_into(qtbot, role, "super")
    popup = role.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert offered == ["supervisor", "co-supervisor", "could supervise"]


def test_editing_without_changes_returns_the_topic_and_escape_does_not_ask(
    qtbot: QtBot, open_editor: Callable[..., TopicEditor], cast: dict[str, int]
) -> None:
    data = sepsis_audit(cast)
    editor = open_editor(data, topic_id=4)
    assert editor.windowTitle() == "Edit “Sepsis audit”"
    assert not editor.is_modified()
    assert child(editor, QPlainTextEdit, "topic_notes_edit").toPlainText() == data.notes
    assert editor.topic_data() == data
    with qtbot.waitSignal(editor.rejected):
        qtbot.keyClick(child(editor, QLineEdit, "topic_title_edit"), Qt.Key.Key_Escape)


def test_escape_after_a_change_asks_and_can_keep_editing_or_discard(
    qtbot: QtBot, open_editor: Callable[..., TopicEditor], cast: dict[str, int]
) -> None:
    editor = open_editor(sepsis_audit(cast), topic_id=4)
    title = child(editor, QLineEdit, "topic_title_edit")
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " 2")
    assert editor.is_modified()
    seen: list[str] = []
    answer_message_box_later("keep_editing_button", seen)
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert seen == ["Discard changes to “Sepsis audit 2”?"]
    assert editor.isVisible()
    answer_message_box_later("discard_button", seen)
    with qtbot.waitSignal(editor.rejected):
        qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert len(seen) == 2


def test_a_person_the_caller_did_not_list_is_kept_by_number(
    open_editor: Callable[..., TopicEditor], cast: dict[str, int]
) -> None:
    people.move_to_trash([cast["sam"]])
    editor = open_editor(sepsis_audit(cast), topic_id=4)
    assert (
        child(editor, QComboBox, "person_role_person_1").currentText() == f"Person #{cast['sam']}"
    )
    assert not editor.is_modified()
