"""The relationship form: who, what kind, which way round, and what the journal refuses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from networkjournal.store import people, relationships
from networkjournal.store.errors import ValidationError
from networkjournal.store.people import PersonData
from networkjournal.store.relationships import RelationshipData
from networkjournal.ui.dialogs.relationship_dialog import RelationshipDialog, fill
from tests.ui.record_form_helpers import child, pick, save_with_keys, shown, type_into


@pytest.fixture
def cast(journal: Path) -> dict[str, int]:
    return {
        "brooks": people.create_person(PersonData(display_name="Dr Alex Brooks")),
        "sam": people.create_person(PersonData(given_name="Sam", family_name="Patel")),
    }


@pytest.fixture
def open_dialog(qtbot: QtBot, cast: dict[str, int]) -> Callable[..., RelationshipDialog]:
    def opener(
        data: RelationshipData | None = None, relationship_id: int | None = None
    ) -> RelationshipDialog:
        dialog = RelationshipDialog(
            cast["brooks"], "Dr Alex Brooks", people.person_choices(), data, relationship_id
        )
        return shown(qtbot, dialog)

    return opener


def choose_kind(dialog: RelationshipDialog, kind: str) -> None:
    combo = child(dialog, QComboBox, "relationship_kind_combo")
    combo.setCurrentIndex(combo.findData(kind))


def test_a_friend_chosen_by_part_of_their_name_saves_with_ctrl_return(
    qtbot: QtBot, open_dialog: Callable[..., RelationshipDialog], cast: dict[str, int]
) -> None:
    dialog = open_dialog()
    assert child(dialog, QLabel, "relationship_from_label").text() == "Dr Alex Brooks"
    pick(qtbot, child(dialog, QComboBox, "relationship_to_combo"), "pat", "Sam Patel")
    choose_kind(dialog, "friend")
    assert not child(dialog, QComboBox, "relationship_direction_combo").isVisible()
    type_into(qtbot, child(dialog, QLineEdit, "relationship_note_edit"), " rowing club ")
    with qtbot.waitSignal(dialog.accepted):
        save_with_keys(qtbot, dialog)
    assert dialog.relationship_data() == RelationshipData(
        cast["brooks"], cast["sam"], "friend", "rowing club"
    )


def test_the_person_themselves_is_not_offered(
    open_dialog: Callable[..., RelationshipDialog], cast: dict[str, int]
) -> None:
    dialog = open_dialog()
    combo = child(dialog, QComboBox, "relationship_to_combo")
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == [None, cast["sam"]]


def test_a_directed_kind_asks_which_way_round_in_words(
    qtbot: QtBot, open_dialog: Callable[..., RelationshipDialog], cast: dict[str, int]
) -> None:
    dialog = open_dialog()
    pick(qtbot, child(dialog, QComboBox, "relationship_to_combo"), "sam", "Sam Patel")
    choose_kind(dialog, "supervises")
    direction = child(dialog, QComboBox, "relationship_direction_combo")
    assert direction.isVisible()
    assert [direction.itemText(i) for i in range(2)] == [
        "Dr Alex Brooks supervises Sam Patel",
        "Sam Patel supervises Dr Alex Brooks",
    ]
    assert dialog.relationship_data().person_a == cast["brooks"]
    direction.setCurrentIndex(1)
    data = dialog.relationship_data()
    assert (data.person_a, data.person_b, data.kind) == (cast["sam"], cast["brooks"], "supervises")
    choose_kind(dialog, "introduced")
    assert direction.itemText(1) == "Sam Patel introduced Dr Alex Brooks"


def test_editing_from_the_other_side_keeps_the_direction(
    open_dialog: Callable[..., RelationshipDialog], cast: dict[str, int]
) -> None:
    data = RelationshipData(cast["sam"], cast["brooks"], "mentors", "since first year")
    rid = relationships.create_relationship(data)
    dialog = open_dialog(relationships.get_relationship(rid), rid)
    assert dialog.windowTitle() == "Edit relationship"
    assert child(dialog, QComboBox, "relationship_to_combo").currentText() == "Sam Patel"
    assert child(dialog, QComboBox, "relationship_direction_combo").currentIndex() == 1
    assert not dialog.is_modified()
    assert dialog.relationship_data() == data  # not refused as a clash with itself


def test_someone_must_be_chosen(
    qtbot: QtBot, open_dialog: Callable[..., RelationshipDialog]
) -> None:
    dialog = open_dialog()
    save_with_keys(qtbot, dialog)
    assert dialog.isVisible()
    message = child(dialog, QLabel, "relationship_to_message")
    assert message.isVisible()
    assert message.text() == "Choose who Dr Alex Brooks knows."
    with pytest.raises(ValidationError):
        dialog.relationship_data()


def test_a_relationship_already_recorded_is_refused_before_saving(
    qtbot: QtBot, open_dialog: Callable[..., RelationshipDialog], cast: dict[str, int]
) -> None:
    relationships.create_relationship(RelationshipData(cast["sam"], cast["brooks"], "friend"))
    dialog = open_dialog()
    pick(qtbot, child(dialog, QComboBox, "relationship_to_combo"), "sam", "Sam Patel")
    choose_kind(dialog, "friend")
    message = child(dialog, QLabel, "relationship_message")
    assert message.isVisible()
    assert message.text() == "They are already recorded as friends"
    assert not child(dialog, QPushButton, "save_button").isEnabled()
    choose_kind(dialog, "colleague")
    assert not message.isVisible()
    save_with_keys(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_names_holding_placeholders_are_put_in_as_typed() -> None:
    assert fill("%1 supervises %2", "Ann %2", "Bo %1") == "Ann %2 supervises Bo %1"


def test_escape_without_changes_closes_at_once(
    qtbot: QtBot, open_dialog: Callable[..., RelationshipDialog]
) -> None:
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(child(dialog, QLineEdit, "relationship_note_edit"), Qt.Key.Key_Escape)
