"""Learning together: the topics table, its filters, the opportunities and the empty states."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from networkjournal.store import people, topics
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import PersonData
from networkjournal.store.topics import TopicData, TopicMember
from networkjournal.ui.models.topics_model import (
    SUGGESTED,
    SUPERVISORS,
    TOPIC_ID_ROLE,
    OpportunitiesModel,
    TopicsModel,
)
from networkjournal.ui.panels.topics_panel import TopicsPanel
from tests.ui.conftest import tooltip_text
from tests.ui.record_form_helpers import child


@pytest.fixture
def cast(journal: Path) -> dict[str, int]:
    return {
        "brooks": people.create_person(PersonData(display_name="Dr Alex Brooks")),
        "khan": people.create_person(PersonData(display_name="Dr Zara Khan")),
        "sam": people.create_person(PersonData(given_name="Sam", family_name="Patel")),
        "ines": people.create_person(PersonData(given_name="Inês", family_name="Silva")),
    }


@pytest.fixture
def learning(cast: dict[str, int]) -> dict[str, int]:
    """An audit idea, a finished audit, a study group and a skill."""
    return {
        "sepsis": topics.create_topic(
            TopicData(
                "Sepsis audit",
                "audit",
                "idea",
                notes="Time to antibiotics on the wards.",
                people=[
                    TopicMember(cast["brooks"], "supervisor"),
                    TopicMember(cast["sam"], "co-author"),
                ],
            )
        ),
        "aki": topics.create_topic(
            TopicData(
                "AKI audit",
                "audit",
                "done",
                PartialDate(2023, 1),
                PartialDate(2023, 6),
                people=[TopicMember(cast["khan"], "supervisor")],
            )
        ),
        "renal": topics.create_topic(
            TopicData(
                "Renal study group",
                "study group",
                "active",
                PartialDate(2024, 9),
                people=[
                    TopicMember(cast["sam"], "study partner"),
                    TopicMember(cast["ines"], "study partner"),
                ],
            )
        ),
        "suturing": topics.create_topic(TopicData("Suturing", "skill", "active")),
    }


@pytest.fixture
def make_panel(qtbot: QtBot, journal: Path):
    def make(row_actions: list[QAction | None] | None = None) -> TopicsPanel:
        panel = TopicsPanel(row_actions or [])
        qtbot.addWidget(panel)
        panel.resize(1100, 500)
        panel.show()
        return panel

    return make


def column(panel: TopicsPanel, number: int = 0) -> list[str]:
    model = panel.current_model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def settle(qtbot: QtBot, panel: TopicsPanel, titles: list[str]) -> None:
    """Wait until the (coalesced) filter shows ``titles``."""
    qtbot.waitUntil(lambda: column(panel) == titles)


def test_both_models_pass_the_model_tester(qtmodeltester, learning) -> None:
    model = TopicsModel()
    model.reload()
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    opportunities = OpportunitiesModel()
    opportunities.reload()
    assert opportunities.rowCount() == 1
    qtmodeltester.check(opportunities)


def test_topics_are_listed_under_way_first_with_dates_and_people_in_their_roles(
    make_panel, learning
) -> None:
    panel = make_panel()
    assert column(panel) == ["Renal study group", "Suturing", "Sepsis audit", "AKI audit"]
    model = panel.model
    renal = model.row_of(learning["renal"])
    assert [model.index(renal, c).data() for c in range(5)] == [
        "Renal study group",
        "Study group",
        "Active",
        "September 2024\u2013",
        "Sam Patel (study partner), Inês Silva (study partner)",
    ]
    aki = model.row_of(learning["aki"])
    assert model.index(aki, 3).data() == "January 2023\u2013June 2023"
    assert model.index(aki, 0).data(TOPIC_ID_ROLE) == learning["aki"]
    sepsis = model.index(model.row_of(learning["sepsis"]), 0)
    assert tooltip_text(sepsis.data(Qt.ItemDataRole.ToolTipRole)) == (
        "Sepsis audit\n\nTime to antibiotics on the wards."
    )


def test_filters_narrow_by_words_kind_and_status_and_clear_again(
    qtbot: QtBot, make_panel, learning
) -> None:
    panel = make_panel()
    search = child(panel, QLineEdit, "topics_search_field")
    qtbot.keyClicks(search, "antibiotics")  # words in the notes count too
    settle(qtbot, panel, ["Sepsis audit"])
    search.clear()
    kind = child(panel, QComboBox, "topics_kind_combo")
    kind.setCurrentIndex(kind.findData("audit"))
    settle(qtbot, panel, ["Sepsis audit", "AKI audit"])
    status = child(panel, QComboBox, "topics_status_combo")
    status.setCurrentIndex(status.findData("done"))
    settle(qtbot, panel, ["AKI audit"])
    status.setCurrentIndex(status.findData("active"))
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty_state)
    assert panel.empty_state.title.text() == "No topics match these filters"
    clear = child(panel, QPushButton, "topics_clear_filters_button")
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    settle(qtbot, panel, ["Renal study group", "Suturing", "Sepsis audit", "AKI audit"])
    assert panel.stack.currentWidget() is panel.table


def test_opportunities_show_an_audit_idea_with_its_supervisor_and_who_else_could(
    qtbot: QtBot, make_panel, learning
) -> None:
    panel = make_panel()
    toggle = child(panel, QToolButton, "topics_opportunities_button")
    assert panel.findChild(object, "topics_opportunities_toggle") is not None
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert panel.showing_opportunities()
    assert panel.stack.currentWidget() is panel.opportunities_table
    assert column(panel) == ["Sepsis audit"]  # not the finished audit, nor the study group
    model = panel.opportunities_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (SUPERVISORS, SUGGESTED)] == [
        "Supervisors",
        "Could also supervise",
    ]
    assert model.index(0, SUPERVISORS).data() == "Dr Alex Brooks (supervisor)"
    assert model.index(0, SUGGESTED).data() == "Dr Zara Khan"
    why = tooltip_text(model.index(0, SUGGESTED).data(Qt.ItemDataRole.ToolTipRole))
    assert why.startswith("Dr Zara Khan") and "AKI audit" in why
    qtbot.mouseClick(child(panel, QToolButton, "topics_all_button"), Qt.MouseButton.LeftButton)
    assert panel.stack.currentWidget() is panel.table


def test_an_empty_journal_invites_a_first_topic(qtbot: QtBot, make_panel) -> None:
    panel = make_panel()
    assert panel.stack.currentWidget() is panel.empty_state
    assert panel.empty_state.title.text() == "No topics yet"
    with qtbot.waitSignal(panel.newTopicRequested):
        qtbot.mouseClick(child(panel, QPushButton, "topics_new_button"), Qt.MouseButton.LeftButton)


def test_no_opportunities_says_no_ideas_are_waiting(qtbot: QtBot, make_panel, cast) -> None:
    topics.create_topic(TopicData("Anatomy module", "module", "active"))
    panel = make_panel()
    assert panel.stack.currentWidget() is panel.table
    panel.show_opportunities(True)
    assert panel.stack.currentWidget() is panel.empty_state
    assert panel.empty_state.title.text() == "No ideas waiting for a supervisor"


def test_return_opens_the_current_topic_and_selection_is_reported_by_id(
    qtbot: QtBot, make_panel, learning
) -> None:
    panel = make_panel()
    reported: list[list[int]] = []
    panel.selectionChanged.connect(reported.append)
    panel.select_ids([learning["aki"], learning["renal"]], current=learning["aki"])
    assert reported[-1] == [learning["renal"], learning["aki"]]  # in table order
    assert panel.selected_ids() == [learning["renal"], learning["aki"]]
    panel.table.setFocus()
    with qtbot.waitSignal(panel.openTopicRequested) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == [learning["aki"]]


def test_reload_after_an_edit_keeps_the_selection(qtbot: QtBot, make_panel, learning) -> None:
    panel = make_panel()
    panel.select_ids([learning["sepsis"]])
    data = topics.get_topic(learning["sepsis"])
    data.status = "active"
    topics.update_topic(learning["sepsis"], data)
    panel.reload()
    assert column(panel)[:3] == ["Renal study group", "Sepsis audit", "Suturing"]
    assert panel.selected_ids() == [learning["sepsis"]]


def test_the_context_menu_offers_row_actions_and_to_show_each_person(
    qtbot: QtBot, make_panel, learning, cast
) -> None:
    edit = QAction("Edit Topic")
    edit.setObjectName("action_edit_topic")
    panel = make_panel([edit, None])
    assert edit in panel.table.actions() and edit in panel.opportunities_table.actions()
    shown: list[list[str]] = []

    def choose_in_menu() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, choose_in_menu)
            return
        shown.append([a.text() for a in menu.actions() if not a.isSeparator()])
        sam = next(a for a in menu.actions() if a.objectName() == f"show_person_{cast['sam']}")
        menu.setActiveAction(sam)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    row = panel.model.row_of(learning["sepsis"])
    point = panel.table.visualRect(panel.model.index(row, 0)).center()
    QTimer.singleShot(0, choose_in_menu)
    with qtbot.waitSignal(panel.personRequested) as requested:
        panel.table.customContextMenuRequested.emit(QPoint(point))
    assert shown == [["Edit Topic", "Show Dr Alex Brooks", "Show Sam Patel"]]
    assert requested.args == [cast["sam"]]
    assert panel.selected_ids() == [learning["sepsis"]]
