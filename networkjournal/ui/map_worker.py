"""Laying out the network map off the GUI thread, with progress, and stoppable.

The layout (:mod:`networkjournal.graph_layout`) is plain Python over plain data: the
panel reads the graph from the journal first (a handful of aggregate queries), so the
worker needs no journal connection of its own.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from networkjournal.graph_layout import LayoutInput, Point, layout

# Jobs whose thread runs, kept alive here so that no QThread is destroyed while it runs,
# even if the panel that started the job lets go of it (a newer layout replaced it).
_RUNNING: set[MapLayoutJob] = set()


class MapLayoutWorker(QObject):
    """Runs one layout in the thread it lives in; ``finished`` or ``cancelled`` ends it."""

    progress = Signal(int, int)  # rounds done, rounds in all
    finished = Signal(object)  # dict[int, Point]: where each person sits
    cancelled = Signal()

    def __init__(
        self, data: LayoutInput, seed: int = 1, iterations: int = 100, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._seed = seed
        self._iterations = iterations
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop at the layout's next progress report (safe to call from any thread)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        """Lay the graph out, reporting progress; emit ``finished`` or ``cancelled``."""
        positions: dict[int, Point] = layout(
            self._data, seed=self._seed, iterations=self._iterations, progress=self._report
        )
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.finished.emit(positions)

    def _report(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self._cancel.is_set()


class MapLayoutJob(QObject):
    """Owns a worker and its thread; passes the worker's signals on in this object's thread.

    ``done`` says the thread has stopped and the job can go. Call :meth:`stop`
    to cancel and wait (before the owner goes, or at exit).
    """

    progress = Signal(int, int)
    finished = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(
        self, data: LayoutInput, seed: int = 1, iterations: int = 100, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._thread: QThread | None = QThread()
        self._thread.setObjectName("map_layout_thread")
        self.worker = MapLayoutWorker(data, seed, iterations)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        # Signal to signal: queued into this object's thread, so slots never run in the worker's.
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self.finished)
        self.worker.cancelled.connect(self.cancelled)
        self.worker.finished.connect(self._thread.quit)
        self.worker.cancelled.connect(self._thread.quit)
        self._thread.finished.connect(self._thread_stopped)

    def start(self) -> None:
        """Start laying out."""
        assert self._thread is not None and not self._thread.isRunning(), "a job runs once"
        _RUNNING.add(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)  # never leave a thread running at exit
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        """Ask the layout to stop; ``cancelled`` follows unless it had already finished."""
        self.worker.cancel()

    def is_running(self) -> bool:
        """Whether the worker's thread is still going."""
        return self._thread is not None and self._thread.isRunning()

    @Slot()
    def stop(self) -> None:
        """Cancel and wait for the thread to end."""
        if self._thread is None:
            return
        self.worker.cancel()
        self._thread.quit()  # takes effect once the layout returns
        self._thread_stopped()

    @Slot()
    def _thread_stopped(self) -> None:
        if self._thread is None:
            return
        self._thread.wait()
        self._thread = None
        _RUNNING.discard(self)
        self.done.emit()
