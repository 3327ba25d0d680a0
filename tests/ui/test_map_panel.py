"""The network map: a node per person, filters, clicks, the layout worker, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLineF, Qt
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QLabel,
    QToolTip,
)
from pytestqt.qtbot import QtBot

from networkjournal.graph_layout import SPACING, LayoutInput
from networkjournal.store import people
from networkjournal.store.people import PersonData
from networkjournal.store.people_list import PeopleFilter, person_ids
from networkjournal.store.schema import PersonNetwork
from networkjournal.ui.map_worker import MapLayoutJob
from networkjournal.ui.panels.map_panel import LABEL_SCALE, MapPanel, PersonNode
from tests.ui.conftest import MAP_TODAY, tooltip_text, when_dialog_opens

TODAY = MAP_TODAY


def laid_out(qtbot: QtBot, panel: MapPanel, act) -> None:
    with qtbot.waitSignal(panel.laidOut, timeout=10_000):
        act()


def click_person(qtbot: QtBot, panel: MapPanel, person_id: int, double: bool = False) -> None:
    item = panel.node_items()[person_id]
    panel.select_person(person_id)  # centres it, so it is in sight
    at = panel.view.mapFromScene(item.scenePos())
    if double:
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    else:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_map_has_a_node_per_active_person(panel: MapPanel) -> None:
    active = person_ids(PeopleFilter())
    assert len(active) > 20
    assert sorted(panel.node_items()) == sorted(active)
    assert panel.progress.isHidden()


def test_choosing_a_network_hides_everyone_outside_it(qtbot: QtBot, panel: MapPanel) -> None:
    combo = panel.filters.network
    assert combo.itemText(0) == "All networks"
    network_id = combo.itemData(1)
    members = {
        row.person_id for row in PersonNetwork.select().where(PersonNetwork.network == network_id)
    }
    laid_out(qtbot, panel, lambda: panel.set_network(network_id))
    shown = set(panel.node_items())
    assert shown and shown <= members
    assert len(shown) < len(person_ids(PeopleFilter()))
    assert combo.currentIndex() == 1
    laid_out(qtbot, panel, lambda: panel.set_network(None))
    assert len(panel.node_items()) == len(person_ids(PeopleFilter()))


def test_reloading_an_unchanged_network_moves_no_one(qtbot: QtBot, panel: MapPanel) -> None:
    before = {pid: item.pos() for pid, item in panel.node_items().items()}
    laid_out(qtbot, panel, panel.reload)
    assert {pid: item.pos() for pid, item in panel.node_items().items()} == before


def test_a_newcomer_is_laid_out_from_where_everyone_was(qtbot: QtBot, panel: MapPanel) -> None:
    before = {pid: item.pos() for pid, item in panel.node_items().items()}
    newcomer = people.create_person(PersonData(given_name="Nia", family_name="Newcomer"))
    laid_out(qtbot, panel, panel.reload)
    after = panel.node_items()
    assert newcomer in after
    moved = [QLineF(after[pid].pos(), pos).length() for pid, pos in before.items()]
    # Only the newcomer's neighbourhood makes room, by less than half a spacing.
    assert max(moved) <= 0.5 * SPACING
    assert sorted(moved)[len(moved) // 2] < 1.0


def test_clicking_a_person_selects_them(qtbot: QtBot, panel: MapPanel) -> None:
    person_id = sorted(panel.node_items())[3]
    with qtbot.waitSignal(panel.personSelected) as selected:
        click_person(qtbot, panel, person_id)
    assert selected.args == [person_id]
    assert panel.selected_person_id() == person_id


def test_double_clicking_a_person_opens_them(qtbot: QtBot, panel: MapPanel) -> None:
    person_id = sorted(panel.node_items())[5]
    with qtbot.waitSignal(panel.personOpened) as opened:
        click_person(qtbot, panel, person_id, double=True)
    assert opened.args == [person_id]


def test_clicking_empty_space_selects_no_one(qtbot: QtBot, panel: MapPanel) -> None:
    with qtbot.assertNotEmitted(panel.personSelected, wait=50):
        far = panel.view.mapFromScene(panel.scene.sceneRect().topLeft())
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=far)


def test_each_kind_of_line_has_its_own_toggle(panel: MapPanel) -> None:
    for kind, item in panel.scene.lines.items():
        button = panel.findChild(type(panel.edge_buttons[kind]), f"map_edges_{kind.value}")
        assert button is panel.edge_buttons[kind]
        assert item.isVisible()
        button.click()
        assert not item.isVisible()
    assert any(item.lines() for item in panel.scene.lines.values())


def test_names_show_only_when_zoomed_in(qtbot: QtBot, panel: MapPanel) -> None:
    labels = [item.label for item in panel.node_items().values()]
    while panel.view.scale_factor() >= LABEL_SCALE:
        qtbot.keyClick(panel.view, Qt.Key.Key_Minus)
    assert not any(label.isVisible() for label in labels)
    while panel.view.scale_factor() < LABEL_SCALE:
        qtbot.keyClick(panel.view, Qt.Key.Key_Plus)
    assert all(label.isVisible() for label in labels)
    qtbot.keyClick(panel.view, Qt.Key.Key_F)
    whole = panel.scene.itemsBoundingRect()
    assert panel.view.mapToScene(panel.view.viewport().rect()).boundingRect().contains(whole)


def test_size_and_fading_follow_recent_contact(panel: MapPanel) -> None:
    nodes: list[PersonNode] = list(panel.node_items().values())  # type: ignore[arg-type]
    assert len({node.radius for node in nodes}) > 3
    assert any(node.opacity() < 1 for node in nodes)
    assert any(node.opacity() == 1 for node in nodes)


def test_names_shaped_like_html_appear_literally(qtbot: QtBot, demo: Path) -> None:
    name_id = people.create_person(PersonData(given_name="<b>Bold</b>", family_name="&amp; Co"))
    panel = MapPanel(today=TODAY)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.laidOut, timeout=10_000):
        pass
    node = panel.node_items()[name_id]
    assert isinstance(node, PersonNode)
    assert isinstance(node.label, QGraphicsSimpleTextItem)
    assert not any(isinstance(item, QGraphicsTextItem) for item in panel.scene.items())
    assert "<b>Bold</b>" in node.label.text() and "&amp; Co" in node.label.text()
    assert tooltip_text(hover_text(panel, name_id)).startswith(node.label.text() + " — ")


def hover_text(panel: MapPanel, person_id: int) -> str:
    """What a tooltip shows when the pointer rests on a person (a real help event)."""
    panel.show()
    panel.select_person(person_id)
    at = panel.view.mapFromScene(panel.node_items()[person_id].scenePos())
    viewport = panel.view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))
    return QToolTip.text()


def test_export_writes_a_png_of_the_view(panel: MapPanel, tmp_path: Path) -> None:
    target = tmp_path / "map.png"
    assert panel.export_png(target)
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 100
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_export_writes_an_svg_of_the_view(panel: MapPanel, tmp_path: Path) -> None:
    target = tmp_path / "map.svg"
    assert panel.export_svg(target)
    text = target.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "<title>Network map</title>" in text
    renderer = QSvgRenderer(str(target))
    assert renderer.isValid() and renderer.defaultSize().width() > 100
    assert not list(tmp_path.glob("*.part"))


def test_export_into_a_missing_folder_says_it_failed(panel: MapPanel, tmp_path: Path) -> None:
    seen: list[str] = []

    def read(box: QDialog) -> None:
        seen.append(box.findChild(QLabel, "qt_msgbox_label").text())
        box.accept()

    when_dialog_opens("message_box", read)
    assert not panel.export_png(tmp_path / "no such folder" / "map.png")
    assert seen and "no such folder" in seen[0]


def test_layout_worker_reports_progress_and_can_be_cancelled(qtbot: QtBot) -> None:
    count = 3000
    data = LayoutInput(
        nodes=list(range(count)), edges=[(i, (i * 7 + 1) % count, 1.0) for i in range(count)]
    )
    job = MapLayoutJob(data, iterations=100)
    reports: list[tuple[int, int]] = []

    def first_report(done: int, total: int) -> None:
        reports.append((done, total))
        job.cancel()

    job.progress.connect(first_report)
    with (
        qtbot.assertNotEmitted(job.finished),
        qtbot.waitSignals([job.cancelled, job.done], timeout=30_000),
    ):
        job.start()
    assert reports and reports[0] == (5, 100)
    assert max(done for done, _total in reports) < 100  # stopped well before the end
    assert not job.is_running()
