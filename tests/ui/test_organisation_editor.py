"""The organisation form: name, kind, notes and members with role, since and until."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from networkjournal.store import organisations, people
from networkjournal.store.errors import ValidationError
from networkjournal.store.organisations import MemberData, OrganisationData
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import PersonData
from networkjournal.ui.dialogs.organisation_editor import OrganisationEditor
from networkjournal.ui.widgets.partial_date_edit import PartialDateEdit
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
        "priya": people.create_person(PersonData(given_name="Priya", family_name="Shah")),
        "sam": people.create_person(PersonData(given_name="Sam", family_name="Patel")),
    }


@pytest.fixture
def open_editor(qtbot: QtBot, cast: dict[str, int]) -> Callable[..., OrganisationEditor]:
    def opener(
        data: OrganisationData | None = None, organisation_id: int | None = None
    ) -> OrganisationEditor:
        return shown(qtbot, OrganisationEditor(people.person_choices(), data, organisation_id))

    return opener


def cardiology_society(cast: dict[str, int]) -> OrganisationData:
    return OrganisationData(
        name="Cardiology Society",
        kind="society",
        notes="Meets on Thursdays.",
        members=[
            MemberData(cast["priya"], "president", PartialDate(2024, 9)),
            MemberData(cast["sam"], "member", PartialDate(2023), PartialDate(2024, 6)),
        ],
    )


def date_text(editor: OrganisationEditor, name: str) -> QLineEdit:
    return child(editor, PartialDateEdit, name).lineEdit()


def test_a_typed_organisation_with_a_member_saves_with_ctrl_return(
    qtbot: QtBot, open_editor: Callable[..., OrganisationEditor], cast: dict[str, int]
) -> None:
    editor = open_editor()
    assert editor.windowTitle() == "New organisation"
    qtbot.keyClicks(child(editor, QLineEdit, "organisation_name_edit"), "Rowing Club")
    kind = child(editor, QComboBox, "organisation_kind_combo")
    kind.setCurrentIndex(kind.findData("team"))
    add = child(editor, QPushButton, "add_person_role_button")
    assert add.text() == "&Add member"
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    pick(qtbot, child(editor, QComboBox, "person_role_person_0"), "pri", "Priya Shah")
    type_into(qtbot, child(editor, QLineEdit, "person_role_role_0"), "captain")
    type_into(qtbot, date_text(editor, "person_role_since_0"), "Oct 2023")
    with qtbot.waitSignal(editor.accepted):
        save_with_keys(qtbot, editor)
    assert editor.organisation_data() == OrganisationData(
        name="Rowing Club",
        kind="team",
        members=[MemberData(cast["priya"], "captain", PartialDate(2023, 10))],
    )


def test_an_organisation_needs_a_name(
    qtbot: QtBot, open_editor: Callable[..., OrganisationEditor]
) -> None:
    editor = open_editor()
    save = child(editor, QPushButton, "save_button")
    message = child(editor, QLabel, "organisation_name_message")
    assert not save.isEnabled() and not message.isVisible()
    save_with_keys(qtbot, editor)
    assert editor.isVisible()
    assert message.isVisible()
    assert message.text() == "An organisation needs a name."
    with pytest.raises(ValidationError):
        editor.organisation_data()


def test_a_membership_ending_before_it_began_is_flagged_on_its_row(
    qtbot: QtBot, open_editor: Callable[..., OrganisationEditor], cast: dict[str, int]
) -> None:
    editor = open_editor(cardiology_society(cast), organisation_id=3)
    save = child(editor, QPushButton, "save_button")
    until = date_text(editor, "person_role_until_0")
    type_into(qtbot, until, "Jan 2024")
    message = child(editor, QLabel, "person_role_message_0")
    assert message.isVisible()
    assert message.text() == "“Until” is before “since”."
    assert not save.isEnabled()
    until.clear()
    type_into(qtbot, until, "2024")  # the year it began: could be later in it
    assert not message.isVisible()
    assert save.isEnabled()


def test_a_date_that_cannot_be_read_stops_saving(
    qtbot: QtBot, open_editor: Callable[..., OrganisationEditor], cast: dict[str, int]
) -> None:
    editor = open_editor(cardiology_society(cast), organisation_id=3)
    since = date_text(editor, "person_role_since_1")
    since.clear()
    type_into(qtbot, since, "31 Feb 2023")
    assert not child(editor, QPushButton, "save_button").isEnabled()
    save_with_keys(qtbot, editor)
    assert editor.isVisible()


def test_editing_without_changes_returns_the_organisation_as_stored(
    qtbot: QtBot, open_editor: Callable[..., OrganisationEditor], cast: dict[str, int]
) -> None:
    org_id = organisations.create_organisation(cardiology_society(cast))
    stored = organisations.get_organisation(org_id)
    editor = open_editor(stored, organisation_id=org_id)
    assert editor.windowTitle() == "Edit Cardiology Society"
    assert child(editor, QPlainTextEdit, "organisation_notes_edit").toPlainText() == stored.notes
    assert not editor.is_modified()
    assert editor.organisation_data() == stored
    with qtbot.waitSignal(editor.rejected):
        qtbot.keyClick(child(editor, QLineEdit, "organisation_name_edit"), Qt.Key.Key_Escape)


def test_escape_after_a_change_asks_first(
    qtbot: QtBot, open_editor: Callable[..., OrganisationEditor], cast: dict[str, int]
) -> None:
    editor = open_editor(cardiology_society(cast), organisation_id=3)
    role = child(editor, QLineEdit, "person_role_role_1")
    type_into(qtbot, role, "x")
    seen: list[str] = []
    answer_message_box_later("keep_editing_button", seen)
    qtbot.keyClick(role, Qt.Key.Key_Escape)
    assert seen == ["Discard changes to Cardiology Society?"]
    assert editor.isVisible()
    answer_message_box_later("discard_button", seen)
    with qtbot.waitSignal(editor.rejected):
        qtbot.keyClick(role, Qt.Key.Key_Escape)
