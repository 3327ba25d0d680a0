"""Browsing the network by category in the real window, and following introductions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from networkjournal.store import tags, topics
from networkjournal.store.networks import list_networks
from networkjournal.store.people import NetworkRole, PersonData, create_person, get_person
from networkjournal.store.people_list import Criterion, CriterionKind
from networkjournal.ui.main_window import MainWindow
from networkjournal.ui.models.sidebar_model import SidebarKey


def net(name: str) -> int:
    return next(n.id for n in list_networks() if n.name == name)


@pytest.fixture
def cast(journal: Path) -> dict[str, int]:
    academic, social = net("Academic support"), net("Social")
    you_met_first = create_person(PersonData(display_name="Ama Mensah"))
    sam = create_person(
        PersonData(
            display_name="Sam Patel",
            introduced_by_id=you_met_first,
            networks=[NetworkRole(social, "flatmate")],
        )
    )
    brooks = create_person(
        PersonData(
            display_name="Dr Alex Brooks",
            introduced_by_id=sam,
            networks=[NetworkRole(academic, "supervisor")],
        )
    )
    lee = create_person(
        PersonData(display_name="Dr Olga Lee", networks=[NetworkRole(academic, "lecturer")])
    )
    outsider = create_person(PersonData(display_name="Kit Outsider"))
    topics.create_topic(
        topics.TopicData(
            title="Sepsis audit",
            kind="audit",
            status="idea",
            people=[topics.TopicMember(brooks, "could supervise"), topics.TopicMember(sam)],
        )
    )
    topics.create_topic(
        topics.TopicData(
            title="VTE audit",
            kind="audit",
            status="active",
            people=[topics.TopicMember(outsider, "supervisor")],
        )
    )
    tags.set_person_tags(brooks, ["cardiology"])
    tags.set_person_tags(lee, ["cardiology"])
    return {"ama": you_met_first, "sam": sam, "brooks": brooks, "lee": lee, "out": outsider}


def names_in_table(window: MainWindow) -> list[str]:
    model = window.people_panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def click_sidebar(window: MainWindow, qtbot: QtBot, key: SidebarKey, ctrl: bool = False) -> None:
    """Click an item in the sidebar as a person would (Ctrl-click adds it to the choice)."""
    tree = window.sidebar
    index = tree.sidebar_model.index_of(key)
    assert index.isValid(), key
    tree.scrollTo(index)
    tree.expand(index.parent())
    rect = tree.visualRect(index)
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_academic_support_who_could_supervise_an_audit_in_two_clicks(
    make_window, cast: dict[str, int], qtbot: QtBot
) -> None:
    window = make_window()
    window.resize(1200, 900)
    academic = SidebarKey.of(Criterion(CriterionKind.NETWORK, net("Academic support")))
    audits = SidebarKey.of(Criterion(CriterionKind.SUPERVISES, "audit"))
    click_sidebar(window, qtbot, academic)
    assert names_in_table(window) == ["Dr Alex Brooks", "Dr Olga Lee"]
    click_sidebar(window, qtbot, audits, ctrl=True)
    assert names_in_table(window) == ["Dr Alex Brooks"]
    assert set(window.sidebar.chosen_keys()) == {academic, audits}
    # dropping one choice again (Ctrl-click) widens the list back
    click_sidebar(window, qtbot, academic, ctrl=True)
    assert names_in_table(window) == ["Dr Alex Brooks", "Kit Outsider"]


def test_a_network_and_a_tag_combine(make_window, cast: dict[str, int], qtbot: QtBot) -> None:
    window = make_window()
    window.resize(1200, 900)
    cardiology = next(t.id for t in tags.list_tags() if t.name == "cardiology")
    click_sidebar(window, qtbot, SidebarKey.of(Criterion(CriterionKind.TAG, cardiology)))
    assert names_in_table(window) == ["Dr Alex Brooks", "Dr Olga Lee"]
    role = SidebarKey.of(Criterion(CriterionKind.NETWORK, net("Academic support"), "supervisor"))
    click_sidebar(window, qtbot, role, ctrl=True)
    assert names_in_table(window) == ["Dr Alex Brooks"]
    # choosing a view on its own replaces the combination
    click_sidebar(window, qtbot, SidebarKey("view", "active"))
    assert len(names_in_table(window)) == 5


def test_counts_in_the_sidebar_follow_edits(make_window, cast, qtbot: QtBot) -> None:
    from networkjournal.ui.models.sidebar_model import COUNT_ROLE

    window = make_window()
    cardiology = next(t.id for t in tags.list_tags() if t.name == "cardiology")
    key = SidebarKey.of(Criterion(CriterionKind.TAG, cardiology))
    model = window.sidebar.sidebar_model
    assert model.index_of(key).data(COUNT_ROLE) == 2
    window.people_panel.select_ids([cast["lee"]])
    window.actions["action_trash_person"].trigger()
    assert model.index_of(key).data(COUNT_ROLE) == 1
    window.undo_stack.undo()
    assert model.index_of(key).data(COUNT_ROLE) == 2


def test_follow_the_chain_of_introductions(make_window, cast, qtbot: QtBot) -> None:
    window = make_window()
    window.show_person(cast["brooks"])
    panel = window.person_panel
    chain = panel.findChild(type(panel.name), "introduction_chain_label")
    assert chain is not None and "Sam Patel" in chain.text() and "Ama Mensah" in chain.text()
    introducer = panel.findChild(QPushButton, "introducer_button")
    assert introducer.text().replace("&&", "&") == "Sam Patel"
    qtbot.mouseClick(introducer, Qt.MouseButton.LeftButton)
    assert window.people_panel.selected_ids() == [cast["sam"]]
    assert panel.name.text() == "Sam Patel"
    introducer = panel.findChild(QPushButton, "introducer_button")
    qtbot.mouseClick(introducer, Qt.MouseButton.LeftButton)
    assert panel.name.text() == "Ama Mensah"


def test_dropping_people_on_a_tag_tags_them_with_undo(make_window, cast, qtbot: QtBot) -> None:
    from tests.ui.test_main_window import _drop_on_sidebar

    window = make_window()
    window.sidebar.expandAll()
    cardiology = next(t.id for t in tags.list_tags() if t.name == "cardiology")
    rows = [window.people_panel.model.row_of(cast["sam"])]
    _drop_on_sidebar(window, qtbot, rows, SidebarKey.of(Criterion(CriterionKind.TAG, cardiology)))
    assert tags.person_tags(cast["sam"]) == ["cardiology"]
    window.undo_stack.undo()
    assert tags.person_tags(cast["sam"]) == []


def test_dropping_people_on_a_role_adds_them_in_that_role(make_window, cast, qtbot) -> None:
    from tests.ui.test_main_window import _drop_on_sidebar

    window = make_window()
    window.sidebar.expandAll()
    academic = net("Academic support")
    role = SidebarKey.of(Criterion(CriterionKind.NETWORK, academic, "supervisor"))
    rows = [window.people_panel.model.row_of(cast["out"])]
    _drop_on_sidebar(window, qtbot, rows, role)
    assert [(n.network_id, n.role) for n in get_person(cast["out"]).networks] == [
        (academic, "supervisor")
    ]
