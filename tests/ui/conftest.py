"""Fixtures and helpers for driving the real main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from networkjournal.ui.panels.map_panel import MapPanel


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The window's remembered state, in the test's own file.

    As if the window had already been opened today, so it starts on the People tab
    rather than the day's first overview (tests of the overview start afresh).
    """
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("overview/last_shown", dt.date.today().isoformat())
    return settings


@pytest.fixture
def make_window(qtbot: QtBot, journal: Path, settings: QSettings) -> Iterator[Callable]:
    """Make a shown, active main window over the test's journal."""
    from networkjournal.ui.main_window import MainWindow

    def make() -> MainWindow:
        window = MainWindow(journal, settings)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield make


def when_dialog_opens(name: str, act: Callable[[QDialog], None]) -> None:
    """Run ``act(dialog)`` once the modal dialog (or message box) called ``name`` shows."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        named = isinstance(dialog, QDialog) and dialog.objectName() == name
        if named and dialog.isVisible():
            # A window manager activates a new dialog; the offscreen platform has none.
            dialog.activateWindow()
            if QApplication.activeWindow() is dialog:
                act(dialog)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def tooltip_text(tooltip: str) -> str:
    """The words a tooltip shows (tooltips carry user text escaped inside a paragraph)."""
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", tooltip))


# --- the network map, over the demo journal (tests/ui/test_map_*.py) ---

MAP_TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def demo(journal: Path) -> Path:
    from networkjournal.demo import build_demo

    build_demo(seed=1, today=MAP_TODAY)
    return journal


@pytest.fixture
def panel(qtbot: QtBot, demo: Path) -> Iterator[MapPanel]:
    """A shown map over the demo journal, laid out."""
    from networkjournal.ui.panels.map_panel import MapPanel

    made = MapPanel(today=MAP_TODAY)
    qtbot.addWidget(made)
    made.resize(900, 700)
    made.show()
    # The layout's result comes through the event loop, so it cannot have arrived yet.
    with qtbot.waitSignal(made.laidOut, timeout=10_000):
        pass
    yield made
    made.stop_layout()
