"""The profile as five questions: every section filled, edited in place, and undone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from networkjournal.store import facts, organisations, people, relationships, tags, topics
from networkjournal.store import journal as entries
from networkjournal.store.contacts import contact_url
from networkjournal.store.facts import DisclosureData, FactData
from networkjournal.store.journal import EntryData
from networkjournal.store.networks import list_networks
from networkjournal.store.organisations import MemberData, OrganisationData
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import ContactMethodData, NetworkRole, PersonData
from networkjournal.store.relationships import RelationshipData
from networkjournal.store.topics import TopicData, TopicMember
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.panels.person_panel import PersonPanel
from networkjournal.ui.panels.profile_sections.widgets import LinkButton

HOSTILE = "<b>x</b><img src=/etc/hostname>"
SECTIONS = [
    "section_who",
    "section_relationships",
    "section_facts",
    "section_knows_me",
    "section_disclosures",
    "section_topics",
]


@dataclass
class Cast:
    """The people of the rich profile: Priya, introduced through Sam ← Ama ← Kofi."""

    priya: int
    sam: int
    ama: int
    kofi: int
    dev: int  # someone Priya introduced me to
    coffee: int  # an entry with Priya


@pytest.fixture
def cast(journal: Path) -> Cast:
    network = {n.name: n.id for n in list_networks()}
    kofi = people.create_person(PersonData(given_name="Kofi", family_name="Boateng"))
    ama = people.create_person(
        PersonData(given_name="Ama", family_name="Mensah", introduced_by_id=kofi)
    )
    sam = people.create_person(
        PersonData(given_name="Sam", family_name="Patel", introduced_by_id=ama)
    )
    priya = people.create_person(
        PersonData(
            given_name="Priya",
            family_name="Shah",
            headline="FY1 doctor",
            met_on=PartialDate(2021, 9, 23),
            met_at="Freshers' fair",
            how_met="She ran the surgical society stall.",
            introduced_by_id=sam,
            closeness=4,
            knows_me=2,
            is_referee=True,
            referee_note="Saw me run the teaching sessions for a year.",
            networks=[
                NetworkRole(network["Social"], "flatmate"),
                NetworkRole(network["Academic support"], "study partner"),
            ],
            contacts=[
                ContactMethodData("email", "priya@example.org"),
                ContactMethodData("phone", "+44 7700 900123"),
                ContactMethodData("linkedin", "priya-shah"),
            ],
        )
    )
    dev = people.create_person(PersonData(given_name="Dev", introduced_by_id=priya))
    coffee = entries.create_entry(
        EntryData(
            occurred_at=dt.datetime(2025, 3, 4, 10, 0),
            kind="coffee",
            title="Coffee after anatomy",
            participant_ids=[priya],
        )
    ).entry_id
    organisations.create_organisation(
        OrganisationData(
            "Surgical Society",
            "society",
            members=[MemberData(priya, "treasurer", PartialDate(2022, 10))],
        )
    )
    tags.set_person_tags(priya, ["study group"])
    facts.create_fact(FactData(priya, "Plays the cello", "interest", dt.date(2024, 1, 10)))
    facts.create_fact(
        FactData(priya, "Wants to be a surgeon", "career", dt.date(2025, 3, 4), coffee)
    )
    facts.create_disclosure(
        DisclosureData(priya, "Saw me teach the anatomy session", dt.date(2025, 2, 1), True)
    )
    facts.create_disclosure(
        DisclosureData(priya, "I told her I want to do research", dt.date(2024, 5, 1), False)
    )
    topics.create_topic(
        TopicData("Sepsis audit", "audit", "active", people=[TopicMember(priya, "co-lead")])
    )
    relationships.create_relationship(RelationshipData(priya, sam, "friend", "Same halls"))
    return Cast(priya, sam, ama, kofi, dev, coffee)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def make_panel(qtbot: QtBot, journal: Path, stack: QUndoStack):
    """Build a shown profile panel that edits through ``stack`` (or only shows, if asked)."""

    kept: list[JournalEvents] = []

    def make(editable: bool = True) -> PersonPanel:
        events = JournalEvents()
        kept.append(events)
        panel = PersonPanel([], stack, events) if editable else PersonPanel([])
        qtbot.addWidget(panel)
        panel.resize(420, 900)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return make


def child(panel: PersonPanel, kind: type, name: str):
    found = panel.findChild(kind, name)
    assert found is not None, name
    return found


def link_texts(panel: PersonPanel, prefix: str) -> list[str]:
    return [
        b.full_text()
        for b in panel.findChildren(LinkButton)
        if b.objectName().startswith(prefix) and b.isVisibleTo(panel)
    ]


def test_selecting_a_person_fills_every_section(make_panel, cast: Cast) -> None:
    panel = make_panel()
    panel.show_person(cast.priya)
    assert panel.name.text() == "Priya Shah"
    who = panel.who
    assert who.met.when_where.text() == "23 September 2021 · Freshers' fair"
    assert who.met.how.text() == "She ran the surgical society stall."
    assert child(panel, LinkButton, "introducer_button").full_text() == "Sam Patel"
    chain = child(panel, QLabel, "introduction_chain_label").text()
    assert chain == "via Sam Patel ← Ama Mensah ← Kofi Boateng ← you"
    assert who.introduced.names() == ["Dev"]
    assert who.networks.text() == "Social (flatmate) · Academic support (study partner)"
    assert who.organisations.list.texts() == ["Surgical Society"]
    membership = who.organisations.list.rows()[0]
    assert "treasurer · since October 2022" in [
        label.full_text() for label in membership.findChildren(QLabel, "row_meta")
    ]
    assert who.tags.names() == ["study group"]
    assert link_texts(panel, "contact_button_") == [
        "Email: priya@example.org",
        "Phone: +44 7700 900123",
        "LinkedIn: linkedin.com/in/priya-shah",
    ]
    assert panel.relationships.list.texts() == ["Sam Patel"]
    # facts by category (interest before career), each with its date
    assert panel.facts.texts() == ["Plays the cello", "Wants to be a surgeon"]
    assert link_texts(panel, "fact_entry_link") == ["from Coffee after anatomy"]
    assert child(panel, QComboBox, "knows_me_combo_inline").currentText() == "As an acquaintance"
    assert child(panel, QComboBox, "closeness_combo_inline").currentData() == 4
    assert panel.disclosures.texts() == [
        "Saw me teach the anatomy session",
        "I told her I want to do research",
    ]
    marks = [label.text() for label in panel.findChildren(QLabel, "disclosure_how_label")]
    assert marks == ["Witnessed", "Told"]
    assert child(panel, QCheckBox, "referee_check_inline").isChecked()
    assert panel.disclosures.referee_note.text() == "Saw me run the teaching sessions for a year."
    assert panel.topics.titles() == ["Sepsis audit"]
    topic_meta = panel.topics.list.rows()[0].findChild(QLabel, "row_meta").full_text()
    assert topic_meta == "Audit · Active · co-lead"
    for name in SECTIONS:
        assert not getattr(panel, name.removeprefix("section_")).is_empty_shown(), name


def test_a_fact_typed_with_enter_goes_to_the_top_and_undo_takes_it_back(
    make_panel, cast: Cast, stack: QUndoStack, qtbot: QtBot
) -> None:
    panel = make_panel()
    panel.show_person(cast.priya)
    combo = child(panel, QComboBox, "fact_category_combo")
    combo.setCurrentIndex(combo.findData("interest"))
    field = child(panel, QLineEdit, "fact_edit")
    qtbot.keyClicks(field, "Loves bouldering")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.facts.texts()[:1] == ["Loves bouldering"])
    assert field.text() == ""
    [added] = [f for f in facts.facts_for(cast.priya) if f.text == "Loves bouldering"]
    assert (added.category, added.noted_on) == ("interest", dt.date.today())
    stack.undo()
    qtbot.waitUntil(lambda: "Loves bouldering" not in panel.facts.texts())
    assert [f.text for f in facts.facts_for(cast.priya)] == [
        "Wants to be a surgeon",
        "Plays the cello",
    ]
    stack.redo()
    qtbot.waitUntil(lambda: panel.facts.texts()[:1] == ["Loves bouldering"])
    assert [f.id for f in facts.facts_for(cast.priya) if f.text == "Loves bouldering"] == [added.id]


def test_a_fact_from_a_meeting_is_linked_to_it(make_panel, cast: Cast, qtbot: QtBot) -> None:
    panel = make_panel()
    panel.show_person(cast.priya)
    source = child(panel, QComboBox, "fact_entry_combo")
    assert source.currentData() is None  # "Not from a meeting" unless chosen
    source.setCurrentIndex(source.findData(cast.coffee))
    field = child(panel, QLineEdit, "fact_edit")
    qtbot.keyClicks(field, "Has a twin brother")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    [added] = [f for f in facts.facts_for(cast.priya) if f.text == "Has a twin brother"]
    assert (added.interaction_id, added.noted_on) == (cast.coffee, dt.date(2025, 3, 4))


def test_deleting_a_fact_with_its_remove_button_can_be_undone(
    make_panel, cast: Cast, stack: QUndoStack, qtbot: QtBot
) -> None:
    panel = make_panel()
    panel.show_person(cast.priya)
    row = panel.facts.list.rows()[1]  # after the "Interest" heading: the cello
    assert row.text() == "Plays the cello"
    qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.facts.texts() == ["Wants to be a surgeon"])
    stack.undo()
    qtbot.waitUntil(lambda: panel.facts.texts() == ["Plays the cello", "Wants to be a surgeon"])


def test_a_disclosure_marked_witnessed_is_saved_as_witnessed(
    make_panel, cast: Cast, stack: QUndoStack, qtbot: QtBot
) -> None:
    panel = make_panel()
    panel.show_person(cast.priya)
    check = child(panel, QCheckBox, "disclosure_witnessed_check")
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    field = child(panel, QLineEdit, "disclosure_edit")
    qtbot.keyClicks(field, "Saw me lead the ward round")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.disclosures.texts()[:1] == ["Saw me lead the ward round"])
    [added] = [d for d in facts.disclosures_for(cast.priya) if "ward round" in d.text]
    assert added.witnessed and added.shared_on == dt.date.today()
    assert panel.findChildren(QLabel, "disclosure_how_label")[0].text() == "Witnessed"
    assert not check.isChecked()  # the next one starts as "told"
    stack.undo()
    qtbot.waitUntil(lambda: len(panel.disclosures.texts()) == 2)


def test_changing_how_well_they_know_me_saves_and_undoes(
    make_panel, cast: Cast, stack: QUndoStack, qtbot: QtBot
) -> None:
    panel = make_panel()
    panel.show_person(cast.priya)
    combo = child(panel, QComboBox, "knows_me_combo_inline")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # acquaintance → well
    qtbot.waitUntil(lambda: people.get_person(cast.priya).knows_me == 3)
    assert stack.count() == 1
    stack.undo()
    qtbot.waitUntil(lambda: combo.currentData() == 2)
    assert people.get_person(cast.priya).knows_me == 2
    closeness = child(panel, QComboBox, "closeness_combo_inline")
    closeness.setFocus()
    qtbot.keyClick(closeness, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: people.get_person(cast.priya).closeness == 5)


def test_the_referee_flag_and_note_save_through_undo(
    make_panel, cast: Cast, stack: QUndoStack, qtbot: QtBot
) -> None:
    panel = make_panel()
    panel.show_person(cast.priya)
    note = panel.disclosures.referee_note
    qtbot.mouseClick(note.edit_link, Qt.MouseButton.LeftButton)
    note.editor.setPlainText("Clinical skills and teaching")
    qtbot.mouseClick(note.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: note.text() == "Clinical skills and teaching")
    assert people.get_person(cast.priya).referee_note == "Clinical skills and teaching"
    check = child(panel, QCheckBox, "referee_check_inline")
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not people.get_person(cast.priya).is_referee)
    stack.undo()
    stack.undo()
    qtbot.waitUntil(lambda: check.isChecked())
    assert note.text() == "Saw me run the teaching sessions for a year."


def test_how_you_met_is_edited_in_place(
    make_panel, cast: Cast, stack: QUndoStack, qtbot: QtBot
) -> None:
    panel = make_panel()
    panel.show_person(cast.priya)
    met = panel.who.met
    qtbot.mouseClick(met.edit_link, Qt.MouseButton.LeftButton)
    assert met.is_open()
    met.met_on.lineEdit().setText("Oct 2021")
    met.met_at.setText("Anatomy lab")
    qtbot.keyClick(met.met_at, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not met.is_open())
    data = people.get_person(cast.priya)
    assert (data.met_on, data.met_at) == (PartialDate(2021, 10), "Anatomy lab")
    assert met.when_where.text() == "October 2021 · Anatomy lab"
    stack.undo()
    qtbot.waitUntil(lambda: met.when_where.text() == "23 September 2021 · Freshers' fair")


def test_introducer_and_relations_ask_for_their_person(
    make_panel, cast: Cast, qtbot: QtBot
) -> None:
    panel = make_panel()
    panel.show_person(cast.priya)
    with qtbot.waitSignal(panel.personRequested) as introducer:
        qtbot.mouseClick(child(panel, LinkButton, "introducer_button"), Qt.MouseButton.LeftButton)
    assert introducer.args == [cast.sam]
    with qtbot.waitSignal(panel.personRequested) as introduced:
        child(panel, LinkButton, "introduced_button_0").click()
    assert introduced.args == [cast.dev]
    with qtbot.waitSignal(panel.personRequested) as related:
        panel.relationships.list.rows()[0].link.click()
    assert related.args == [cast.sam]


def test_contact_buttons_open_their_addresses(make_panel, cast: Cast, qtbot: QtBot) -> None:
    panel = make_panel()
    opened: list[str] = []
    panel.open_url = opened.append  # type: ignore[method-assign]
    panel.show_person(cast.priya)
    for index in range(3):
        qtbot.mouseClick(
            child(panel, LinkButton, f"contact_button_{index}"), Qt.MouseButton.LeftButton
        )
    assert opened == [
        "mailto:priya@example.org",
        contact_url("phone", "+44 7700 900123"),
        "https://www.linkedin.com/in/priya-shah",
    ]
    assert opened[1] == "tel:+447700900123"


def test_the_from_entry_link_asks_to_open_the_entry(make_panel, cast: Cast, qtbot: QtBot) -> None:
    panel = make_panel()
    panel.show_person(cast.priya)
    with qtbot.waitSignal(panel.openEntryRequested) as opened:
        qtbot.mouseClick(child(panel, LinkButton, "fact_entry_link"), Qt.MouseButton.LeftButton)
    assert opened.args == [cast.coffee]


def test_a_topic_link_asks_for_the_topic_and_a_new_title_starts_one(
    make_panel, cast: Cast, stack: QUndoStack, qtbot: QtBot
) -> None:
    panel = make_panel()
    panel.show_person(cast.priya)
    [(sepsis, _role)] = topics.topics_for(cast.priya)
    with qtbot.waitSignal(panel.topicRequested) as asked:
        panel.topics.list.rows()[0].link.click()
    assert asked.args == [sepsis.id]
    qtbot.mouseClick(child(panel, LinkButton, "add_topic_button"), Qt.MouseButton.LeftButton)
    picker = child(panel, QComboBox, "topic_picker")
    qtbot.keyClicks(picker.lineEdit(), "Journal club")
    qtbot.keyClicks(child(panel, QLineEdit, "topic_role_edit"), "co-organiser")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.topics.titles() == ["Journal club", "Sepsis audit"])
    stack.undo()
    qtbot.waitUntil(lambda: panel.topics.titles() == ["Sepsis audit"])
    assert [t.title for t in topics.list_topics()] == ["Sepsis audit"]


def test_tags_and_organisations_are_added_through_undo(
    make_panel, cast: Cast, stack: QUndoStack, qtbot: QtBot
) -> None:
    panel = make_panel()
    panel.show_person(cast.priya)
    field = child(panel, QLineEdit, "tags_edit")
    qtbot.keyClicks(field, "climber, Study Group")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.who.tags.names() == ["climber", "study group"])
    qtbot.mouseClick(child(panel, LinkButton, "add_organisation_button"), Qt.MouseButton.LeftButton)
    picker = child(panel, QComboBox, "organisation_picker")
    qtbot.keyClicks(picker.lineEdit(), "Climbing Club")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            panel.who.organisations.list.texts() == ["Climbing Club", "Surgical Society"]
            or panel.who.organisations.list.texts() == ["Surgical Society", "Climbing Club"]
        )
    )
    stack.undo()
    qtbot.waitUntil(lambda: panel.who.organisations.list.texts() == ["Surgical Society"])
    assert [o.name for o in organisations.list_organisations()] == ["Surgical Society"]
    stack.undo()
    qtbot.waitUntil(lambda: panel.who.tags.names() == ["study group"])


def test_a_relationship_is_added_with_the_picker(
    make_panel, cast: Cast, stack: QUndoStack, qtbot: QtBot
) -> None:
    panel = make_panel()
    panel.show_person(cast.priya)
    qtbot.mouseClick(child(panel, LinkButton, "add_relationship_button"), Qt.MouseButton.LeftButton)
    picker = child(panel, QComboBox, "relationship_person_picker")
    picker.setCurrentIndex(picker.findData(cast.ama))
    kind = child(panel, QComboBox, "relationship_kind_combo")
    kind.setCurrentIndex(kind.findText("Supervised by"))
    qtbot.keyClicks(child(panel, QLineEdit, "relationship_note_edit"), "Her audit lead")
    qtbot.keyClick(child(panel, QLineEdit, "relationship_note_edit"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.relationships.list.texts() == ["Ama Mensah", "Sam Patel"])
    [row] = [r for r in relationships.relationships_for(cast.priya) if r.other_id == cast.ama]
    assert (row.label, row.note) == ("Supervised by", "Her audit lead")
    stack.undo()
    qtbot.waitUntil(lambda: panel.relationships.list.texts() == ["Sam Patel"])


def test_a_name_written_as_html_shows_literally_everywhere(
    make_panel, journal: Path, qtbot: QtBot
) -> None:
    introducer = people.create_person(PersonData(display_name=HOSTILE))
    middle = people.create_person(PersonData(display_name="Middle", introduced_by_id=introducer))
    person = people.create_person(
        PersonData(
            display_name=HOSTILE,
            headline=HOSTILE,
            met_at=HOSTILE,
            how_met=HOSTILE,
            introduced_by_id=middle,
            is_referee=True,
            referee_note=HOSTILE,
            contacts=[ContactMethodData("website", "example.org/<b>x</b>")],
        )
    )
    entry = journal_entry(person, HOSTILE)
    facts.create_fact(FactData(person, HOSTILE, "other", None, entry))
    facts.create_disclosure(DisclosureData(person, HOSTILE, None, True, entry))
    tags.set_person_tags(person, [HOSTILE])
    topics.create_topic(TopicData(HOSTILE, people=[TopicMember(person, HOSTILE)]))
    organisations.create_organisation(
        OrganisationData(HOSTILE, members=[MemberData(person, HOSTILE)])
    )
    relationships.create_relationship(RelationshipData(person, introducer, note=HOSTILE))
    panel = make_panel()
    panel.show_person(person)
    labels = [label for label in panel.findChildren(QLabel) if "<" in label.text()]
    assert len(labels) >= 8
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert panel.name.text() == HOSTILE
    assert panel.who.met.how.text() == HOSTILE
    assert panel.facts.texts() == [HOSTILE]
    assert panel.disclosures.texts() == [HOSTILE]
    assert panel.disclosures.referee_note.text() == HOSTILE
    assert child(panel, QLabel, "introduction_chain_label").text() == (
        f"via Middle ← {HOSTILE} ← you"
    )
    buttons = [b for b in panel.findChildren(LinkButton) if "<" in b.full_text()]
    assert {b.full_text() for b in buttons} >= {
        HOSTILE,  # a relationship's person, a topic
        f"from {HOSTILE}",  # the entry a fact came from
    }
    for widget in panel.findChildren(QWidget):
        tip = widget.toolTip()  # tooltips guess at HTML: user text in them must be escaped
        assert "<b>" not in tip and "<img" not in tip, widget.objectName()


def journal_entry(person_id: int, title: str) -> int:
    data = EntryData(dt.datetime(2025, 1, 1, 9, 0), title=title, participant_ids=[person_id])
    return entries.create_entry(data).entry_id


def test_someone_with_nothing_recorded_shows_each_empty_state(make_panel, journal: Path) -> None:
    nobody = people.create_person(PersonData(display_name="New Person"))
    panel = make_panel()
    panel.show_person(nobody)
    empty = {name: child(panel, QLabel, f"{name}_empty") for name in SECTIONS}
    for name, label in empty.items():
        assert label.isVisibleTo(panel), name
    assert empty["section_facts"].text() == "Nothing yet — add the first fact below."
    for hidden in ("introducer_button", "introduction_chain_label"):
        assert not child(panel, QWidget, hidden).isVisibleTo(panel)


def test_a_panel_for_display_only_offers_no_editing(make_panel, cast: Cast) -> None:
    panel = make_panel(editable=False)
    panel.show_person(cast.priya)
    for name in ("fact_edit", "disclosure_edit", "tags_edit"):
        assert not child(panel, QLineEdit, name).isVisibleTo(panel), name
    for name in ("add_topic_button", "add_relationship_button", "met_edit_button"):
        assert not child(panel, LinkButton, name).isVisibleTo(panel), name
    assert not child(panel, QComboBox, "knows_me_combo_inline").isEnabled()
    assert not child(panel, QCheckBox, "referee_check_inline").isEnabled()
    removes = [b for b in panel.findChildren(QAbstractButton, "remove_button")]
    assert not any(b.isVisibleTo(panel) for b in removes)
    assert panel.facts.texts() == ["Plays the cello", "Wants to be a surgeon"]


def test_someone_with_many_facts_shows_the_first_forty_and_the_rest_on_asking(
    make_panel, cast: Cast, qtbot: QtBot
) -> None:
    for number in range(45):
        facts.create_fact(facts.FactData(person_id=cast.priya, text=f"Fact number {number}"))
    panel = make_panel()
    panel.show_person(cast.priya)
    rows = panel.facts.list.rows()
    shown = len(panel.facts.texts())  # the forty rows made include category headings
    assert len(rows) == 41 and shown < 40
    more = rows[-1]
    assert isinstance(more, QPushButton) and more.objectName() == "show_more_rows_button"
    assert more.full_text() == f"Show {47 - shown} more"
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert len(panel.facts.texts()) == 47
    assert more not in panel.facts.list.rows()
