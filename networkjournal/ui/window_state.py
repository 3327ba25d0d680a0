"""What the main window remembers between runs: geometry, splitters, columns, the open tab."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from networkjournal.ui.main_window import MainWindow

# Whether the first start of a day opens on the overview, and the last day it did.
DAILY_OVERVIEW = "overview/each_day"
OVERVIEW_SHOWN_ON = "overview/last_shown"
TAB = "main_window/tab"


def _restorers(window: MainWindow) -> dict[str, tuple[object, object]]:
    """Each remembered piece: how to save it and how to restore it."""
    people_header = window.people_panel.table.horizontalHeader()
    journal_header = window.journal_panel.table.horizontalHeader()
    return {
        "main_window/state": (window.saveState, window.restoreState),
        "main_window/splitter": (window.splitter.saveState, window.splitter.restoreState),
        "main_window/people_splitter": (
            window.people_splitter.saveState,
            window.people_splitter.restoreState,
        ),
        "people_table/header": (people_header.saveState, people_header.restoreState),
        "journal_table/header": (journal_header.saveState, journal_header.restoreState),
    }


def restore(window: MainWindow, settings: QSettings) -> None:
    """Put the window back as it was left (a first run gets a comfortable size)."""
    geometry = settings.value("main_window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)  # clamped to the screen by Qt
    else:
        window.resize(1180, 720)
    for key, (_save, restore_piece) in _restorers(window).items():
        value = settings.value(key)
        if value is not None:
            restore_piece(value)  # type: ignore[operator]
    table = window.people_panel.table
    sort = table.horizontalHeader()
    table.sortByColumn(sort.sortIndicatorSection(), sort.sortIndicatorOrder())


def first_tab(settings: QSettings, overview: int, default: int) -> int:
    """The overview on the first start of a day (unless turned off), else the last tab."""
    today = dt.date.today().isoformat()
    if (
        settings.value(DAILY_OVERVIEW, True, type=bool)
        and settings.value(OVERVIEW_SHOWN_ON) != today
    ):
        settings.setValue(OVERVIEW_SHOWN_ON, today)
        return overview
    return int(settings.value(TAB, default))


def save(window: MainWindow, settings: QSettings) -> None:
    """Remember geometry, splitters, column layout and the open tab for the next run."""
    settings.setValue("main_window/geometry", window.saveGeometry())
    for key, (save_piece, _restore) in _restorers(window).items():
        settings.setValue(key, save_piece())  # type: ignore[operator]
    settings.setValue(TAB, window.tabs.currentIndex())
    settings.sync()
