"""Every control a person can reach has a name a screen reader can say."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from networkjournal.ui.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
)


def _is_part_of_another_control(widget: QWidget) -> bool:
    """Qt's own pieces of a composite control, named through the control itself.

    A spin box's or combo box's line edit, a line edit's clear button, a tab
    bar's scroll arrows, a view's scroll bars and header (whose sections a
    screen reader reads as the view's column names).
    """
    parent = widget.parentWidget()
    return (
        isinstance(widget, (QScrollBar, QHeaderView))
        or widget.objectName().startswith("qt_")
        or isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit))
    )


def _visible_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QTabBar):
        texts = [widget.tabText(i).strip() for i in range(widget.count())]
        return " ".join(texts) if all(texts) else ""
    return ""


def visible_controls(window: QWidget) -> list[QWidget]:
    """The controls of ``window`` a person can see and reach now."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE)
        and widget.isVisibleTo(window)
        and not _is_part_of_another_control(widget)
    ]


def unnamed_controls(window: QWidget) -> list[str]:
    """The visible controls of ``window`` with no accessible name, buddy or text."""
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    unnamed = []
    for widget in visible_controls(window):
        if widget.accessibleName().strip() or id(widget) in buddies or _visible_text(widget):
            continue
        parent = widget.parentWidget()
        where = parent.objectName() if parent is not None else ""
        unnamed.append(
            f"{type(widget).__name__} '{widget.objectName()}' (in '{where}'; "
            f"tooltip {widget.toolTip()!r})"
        )
    return unnamed


def test_every_control_on_every_tab_has_a_name(
    qtbot: QtBot, demo: Path, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    offenders: dict[str, list[str]] = {}
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        if window.tabs.currentWidget() is window.people_splitter:
            # The profile of the first person, beside the table, has most of the controls.
            window.people_panel.table.selectRow(0)
        QApplication.processEvents()
        qtbot.wait(50)
        # Each tab shows controls of its own (so the check below cannot pass on nothing).
        assert len(visible_controls(window)) > 10
        found = unnamed_controls(window)
        if found:
            offenders[window.tabs.tabText(tab)] = found
    report = "\n".join(f"{tab}:\n  " + "\n  ".join(found) for tab, found in offenders.items())
    assert not offenders, "controls without an accessible name:\n" + report
