"""Importing files off the GUI thread: read and plan, wait for the user's decisions, then apply.

The store writes the whole import in one transaction, so a cancelled or failed
import leaves the journal exactly as it was. Peewee keeps one SQLite
connection per thread: the worker opens its own (Peewee applies the journal's
pragmas to every connection it opens) and closes it when each step is done.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import peewee
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from networkjournal.interop.archive import import_archive
from networkjournal.interop.csv_contacts import Preset, read_contacts
from networkjournal.interop.formats import FileKind, file_kind
from networkjournal.interop.vcard import read_vcards
from networkjournal.store.import_plan import Decision, ImportPlan, plan_import
from networkjournal.store.imported import ImportFormatError, ParseResult, RecordError
from networkjournal.store.importer import ImportCancelled, ImportSummary, apply_import
from networkjournal.store.people_list import PeopleFilter, person_ids
from networkjournal.store.schema import db

PROGRESS_INTERVAL_S = 0.05  # at most twenty updates a second: enough to look smooth

# Jobs whose thread runs, kept alive here so that no QThread is destroyed while it runs,
# even if whoever started the job lets go of it.
_RUNNING: set[ImportJob] = set()


@dataclass(frozen=True)
class ImportSource:
    """One file to import and, for a CSV file, how to read its columns."""

    path: Path
    preset: Preset = Preset.AUTO
    mapping: dict[int, str] | None = None  # column -> field; None: the preset's own


@contextmanager
def journal_connection() -> Iterator[None]:
    """This thread's own connection to the journal, open for the block and closed after it.

    Peewee opens it with the pragmas the journal was opened with (``store.db``),
    so the worker's writes are as safe as the window's.
    """
    opened = db.connect(reuse_if_open=True)
    try:
        yield
    finally:
        if opened:
            db.close()


class _Cancelled(Exception):
    """The user cancelled between two steps."""


class _Unreadable(Exception):
    """A file could not be opened at all (not a record in it: the file)."""


class ImportWorker(QObject):
    """Reads and plans (:meth:`plan`), then applies the user's decisions (:meth:`apply`).

    Lives in its own thread (see :class:`ImportJob`); both slots run there.
    Exactly one of ``planned``/``finished``/``cancelled``/``failed`` ends
    :meth:`plan`, and one of ``finished``/``cancelled``/``failed`` ends
    :meth:`apply`. A journal archive has nothing to review: :meth:`plan`
    restores it at once and ends with ``finished``.
    """

    progress = Signal(int, int, str)  # done, total (0: not known), what is being done
    planned = Signal(object)  # store.importer.ImportPlan
    finished = Signal(object)  # store.importer.ImportSummary
    cancelled = Signal()  # stopped at the user's request: the journal is as it was
    failed = Signal(str)  # a message for the user: the journal is as it was

    def __init__(self, sources: Sequence[ImportSource], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources = list(sources)
        self._cancel = threading.Event()
        self._plan: ImportPlan | None = None
        self._last_report = 0.0

    def cancel(self) -> None:
        """Stop as soon as possible and undo everything (safe to call from any thread)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Whether the user asked to stop."""
        return self._cancel.is_set()

    # --- step one: read the files and find who is already in the journal ------------------

    @Slot()
    def plan(self) -> None:
        """Read every file, then match its people against the journal; emit ``planned``."""
        try:
            with journal_connection():
                files = self._load()
                if files and files[0][1] is FileKind.ARCHIVE:
                    self._restore_archive(files[0][0], files[0][2])
                    return
                result = self._read_all(files)
                self._check_cancelled()
                self.progress.emit(0, 0, self.tr("Looking for people already in your journal…"))
                self._plan = plan_import(result)
                self._check_cancelled()
        except _Cancelled:
            self.cancelled.emit()
        except _Unreadable as exc:
            self.failed.emit(str(exc))
        except ImportFormatError as exc:  # an archive that cannot be restored
            self.failed.emit(str(exc))
        except peewee.DatabaseError as exc:
            self.failed.emit(self._journal_problem(exc))
        except Exception:
            self.failed.emit(self.tr("Something went wrong while reading the files."))
            raise  # a bug: let it be seen
        else:
            self.planned.emit(self._plan)

    def _load(self) -> list[tuple[ImportSource, FileKind, bytes]]:
        """Every file's bytes and kind; a file that cannot be opened stops the import."""
        files = [(source, self._data(source.path)) for source in self._sources]
        loaded = [
            # A CSV preset the user chose makes the file a CSV file, whatever its name.
            (source, file_kind(source.path.name, data, source.preset.value), data)
            for source, data in files
        ]
        if len(loaded) > 1 and any(kind is FileKind.ARCHIVE for _s, kind, _d in loaded):
            raise _Unreadable(
                self.tr(
                    "A journal archive is restored on its own, into an empty journal: "
                    "import it without other files."
                )
            )
        return loaded

    def _read_all(self, files: list[tuple[ImportSource, FileKind, bytes]]) -> ParseResult:
        combined = ParseResult()
        for number, (source, kind, data) in enumerate(files):
            self._check_cancelled()
            what = self.tr("Reading “%1”…").replace("%1", source.path.name)
            self.progress.emit(number, len(files), what)
            result = self._read(source, kind, data)
            combined.contacts.extend(result.contacts)
            combined.errors.extend(result.errors)
        self.progress.emit(len(files), len(files), self.tr("Read every file."))
        return combined

    @staticmethod
    def _read(source: ImportSource, kind: FileKind, data: bytes) -> ParseResult:
        """Read one file; a file the reader refuses whole costs only itself."""
        name = source.path.name
        try:
            if kind is FileKind.VCARD:
                return read_vcards(data, name)
            return read_contacts(data, name, source.preset, source.mapping)
        except ImportFormatError as exc:
            return ParseResult(errors=[RecordError(exc.source, exc.line, exc.message)])

    def _data(self, path: Path) -> bytes:
        try:
            return path.read_bytes()
        except OSError as exc:
            raise _Unreadable(self._unreadable(path, exc)) from exc

    def _unreadable(self, path: Path, exc: OSError) -> str:
        return (
            self.tr("Could not read “%1”: %2.")
            .replace("%1", path.name)
            .replace("%2", exc.strerror or str(exc))
        )

    def _restore_archive(self, source: ImportSource, data: bytes) -> None:
        """Restore a whole journal; cancelling rolls it back like any import."""
        self.progress.emit(
            0, 0, self.tr("Restoring the journal from “%1”…").replace("%1", source.path.name)
        )
        with db.atomic():
            import_archive(data, source.path.name)
            self._check_cancelled()  # raising here rolls the restore back
        people = person_ids(PeopleFilter())
        self.finished.emit(
            ImportSummary(created=people, merged=[], skipped=0, failed=[], unchanged=0)
        )

    def _check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise _Cancelled

    # --- step two: save what the user decided --------------------------------------------

    @Slot(object, str, object)
    def apply(
        self,
        decisions: dict[int, Decision] | None,
        categories_as: str = "tags",
        targets: dict[int, int] | None = None,
    ) -> None:
        """Save the plan with the user's decisions in one transaction; emit ``finished``."""
        if self._plan is None or self._cancel.is_set():
            self.cancelled.emit()
            return
        self._last_report = 0.0
        self.progress.emit(0, len(self._plan.contacts), self._saving_text())
        try:
            with journal_connection():
                summary = apply_import(
                    self._plan,
                    decisions,
                    categories_as=categories_as,
                    progress=self._report,
                    targets=targets,
                )
        except ImportCancelled:
            self.cancelled.emit()
        except peewee.DatabaseError as exc:
            self.failed.emit(self._journal_problem(exc))
        except Exception:
            self.failed.emit(self.tr("Something went wrong while saving the import."))
            raise  # a bug: let it be seen
        else:
            self.finished.emit(summary)

    def _report(self, done: int, total: int) -> bool:
        """The store's progress callback: pass it on (not too often); False stops and undoes."""
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            self.progress.emit(done, total, self._saving_text())
        return not self._cancel.is_set()

    def _saving_text(self) -> str:
        return self.tr("Adding people to your journal…")

    def _journal_problem(self, exc: peewee.DatabaseError) -> str:
        return self.tr("The journal could not be written (%1).").replace("%1", str(exc))


class ImportJob(QObject):
    """Owns the worker and its thread: starts it, passes on its signals, and stops it cleanly.

    ``start()`` reads and plans; after ``planned``, ``apply(decisions)`` saves,
    or ``cancel()`` abandons. The thread stops after ``finished``,
    ``cancelled`` or ``failed``; ``done`` says it has, and the job can go.
    Call :meth:`stop` before the job's owner goes (it cancels and waits), so
    no thread is destroyed while it runs.
    """

    progress = Signal(int, int, str)
    planned = Signal(object)
    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(str)
    done = Signal()  # the thread has stopped; nothing more will come

    _plan_requested = Signal()
    _apply_requested = Signal(object, str, object)

    def __init__(self, sources: Sequence[ImportSource], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = QThread()
        self._thread.setObjectName("import_thread")
        self.worker = ImportWorker(sources)
        self.worker.moveToThread(self._thread)
        self._awaiting_decisions = False
        self._ended = False
        # Queued to the worker's thread (the worker lives there).
        self._plan_requested.connect(self.worker.plan)
        self._apply_requested.connect(self.worker.apply)
        self.worker.progress.connect(self.progress)
        self.worker.planned.connect(self._planned)
        for ending in (self.worker.finished, self.worker.cancelled, self.worker.failed):
            ending.connect(self._end)
        self.worker.finished.connect(self.finished)
        self.worker.cancelled.connect(self.cancelled)
        self.worker.failed.connect(self.failed)
        self._thread.finished.connect(self._thread_stopped)

    def start(self) -> None:
        """Start reading and planning."""
        assert self._thread is not None and not self._thread.isRunning(), "a job runs once"
        _RUNNING.add(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)  # never leave a thread running at exit
        self._thread.start()
        self._plan_requested.emit()

    def apply(
        self,
        decisions: dict[int, Decision] | None = None,
        categories_as: str = "tags",
        targets: dict[int, int] | None = None,
    ) -> None:
        """Save the plan with the user's decisions (None: the store's defaults).

        ``targets`` names the person a record merges into when it is not its
        first match (``ImportReviewDialog.targets()``).
        """
        if not self._awaiting_decisions:
            return
        self._awaiting_decisions = False
        self._apply_requested.emit(decisions, categories_as, targets)

    @Slot()
    def cancel(self) -> None:
        """Stop and undo; ``cancelled`` follows (unless it had already ended)."""
        if self._ended:
            return
        self.worker.cancel()
        if self._awaiting_decisions:
            # The worker is idle, waiting for decisions: let it end as cancelled.
            self._awaiting_decisions = False
            self._apply_requested.emit(None, "tags", None)

    def is_running(self) -> bool:
        """Whether the worker's thread is still going."""
        return self._thread is not None and self._thread.isRunning()

    @Slot()
    def stop(self) -> None:
        """Cancel if still going and wait for the thread to end (before the owner goes)."""
        thread = self._thread
        if thread is None:
            return
        if thread.isRunning():
            self.cancel()
            thread.quit()  # takes effect once the worker's current step returns
        self._thread_stopped()

    @Slot(object)
    def _planned(self, plan: ImportPlan) -> None:
        self._awaiting_decisions = not self._ended
        self.planned.emit(plan)

    @Slot()
    def _end(self) -> None:
        self._ended = True
        self._awaiting_decisions = False
        if self._thread is not None:
            self._thread.quit()

    @Slot()
    def _thread_stopped(self) -> None:
        if self._thread is None:
            return
        # ``finished`` comes just before the thread ends: wait for the end, so that
        # the thread, and the worker with the job, can be let go from this thread.
        # (Python owns both: a deleteLater() in the worker's thread would race with it.)
        self._thread.wait()
        self._thread = None
        _RUNNING.discard(self)
        self.done.emit()
