"""Started afresh by test_app_speed.py: time from process start to the first paint with rows.

``python start_probe.py app DATA_DIR`` starts the program as ``networkjournal --data-dir
DATA_DIR`` does; ``python start_probe.py bare`` shows a bare QMainWindow holding an empty
QTableView.  The clock starts when the parent launches the process (the
``BENCH_STARTED`` environment variable, a ``time.perf_counter()`` reading: on Linux
the same monotonic clock in every process), so Python's start and every import count.

At the first paint of the table (for the program, one that showed rows) it prints one
line of JSON: seconds since launch, resident memory then, and resident memory after
the window has settled for a moment; then it quits.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

SETTLE_MS = 1000  # after the first paint: deferred start-up work runs, then memory is read


def rss_mb() -> float:
    """This process's resident memory (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def watch_first_paint(table_class: type, has_rows: Callable[[object], bool]) -> None:
    """At the end of the first paint of a ``table_class`` view that shows rows: report, quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    started = float(os.environ["BENCH_STARTED"])
    painted = table_class.paintEvent
    report: dict[str, float] = {}

    def settle() -> None:
        report["rss_settled_mb"] = rss_mb()
        print("BENCH " + json.dumps(report), flush=True)
        for window in QApplication.topLevelWidgets():
            window.close()
        QApplication.quit()

    def paint_event(view: object, event: object) -> None:
        painted(view, event)
        if not report and has_rows(view):
            report["paint_s"] = time.perf_counter() - started
            report["rss_at_paint_mb"] = rss_mb()
            QTimer.singleShot(SETTLE_MS, settle)

    table_class.paintEvent = paint_event


def bare() -> int:
    """A bare window: QMainWindow with an empty QTableView, shown."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    class BareTable(QTableView):
        pass

    watch_first_paint(BareTable, lambda _view: True)
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = BareTable()
    table.setModel(QStandardItemModel(0, 5, table))
    window.setCentralWidget(table)
    window.resize(1200, 800)
    window.show()
    return app.exec()


def program(data_dir: str) -> int:
    """The program, started as its command does, watched until its people table is painted."""
    from networkjournal.ui.panels.people_panel import PeopleTable

    def has_rows(table: object) -> bool:
        model = table.model()  # type: ignore[attr-defined]
        return bool(model.rowCount() and model.cached_rows())

    watch_first_paint(PeopleTable, has_rows)
    from networkjournal.cli import main

    return main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else program(sys.argv[2]))
