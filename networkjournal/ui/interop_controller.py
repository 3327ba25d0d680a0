"""Import and export from the window: files chosen or dropped, read and saved off the GUI thread.

An import reads and plans in a worker thread, asks the user about people who
may already be in the journal, then saves everything in one transaction (Cancel
rolls it all back) and shows what happened. Exports are written in a thread
too, through a temporary file, so a cancelled or failed export leaves nothing
behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QMimeData,
    QObject,
    QSettings,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QWidget

from networkjournal.interop.csv_contacts import Preset, detect_preset
from networkjournal.interop.csv_table import read_table
from networkjournal.interop.formats import FileKind, file_kind
from networkjournal.store.import_plan import (
    ImportPlan,
    patient_findings,
    redact_patient_identifiers,
)
from networkjournal.store.importer import ImportSummary
from networkjournal.ui.controller import Controller
from networkjournal.ui.dialogs.export_file import choose_export_path, write_export
from networkjournal.ui.dialogs.messages import show_error
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.import_worker import ImportJob, ImportSource, journal_connection

IMPORTABLE = {".vcf", ".vcard", ".csv", ".json"}


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local contact files in a drag (vCard, CSV, an archive), by their extension."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in IMPORTABLE]


# Translated by InteropController's self.tr(), so marked in its context.
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "InteropController",
    "Contacts (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;"
    "Network Journal archive (*.json);;All files (*)",
)


class _ExportWorker(QObject):
    """Makes an export's text in a worker thread, over its own connection."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, make: Callable[[], str]) -> None:
        super().__init__()
        self.make = make

    @Slot()
    def run(self) -> None:
        try:
            with journal_connection():
                text = self.make()
        except Exception as exc:  # any failure is reported to the user, never lost
            self.failed.emit(str(exc))
        else:
            self.finished.emit(text)


class _ExportJob(QObject):
    """One export: the worker thread, the progress dialog, and writing the file at the end.

    Lives in the GUI thread, so the worker's signals reach its slots there.
    """

    def __init__(self, controller: InteropController, path: Path, make: Callable[[], str]):
        super().__init__(controller)
        from networkjournal.ui.dialogs.import_progress_dialog import ImportProgressDialog

        self.window = controller.window
        self.path = path
        self.cancelled = False
        self.progress = ImportProgressDialog(self.tr("Exporting"), parent=self.window)
        self.progress.set_progress(0, 0, self.tr("Writing %1").replace("%1", path.name))
        self.progress.cancelRequested.connect(self._cancel)
        self.thread = QThread(self)
        self.worker = _ExportWorker(make)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.thread.finished.connect(self.worker.deleteLater)

    def start(self) -> None:
        """Begin, with the progress dialog open over the window."""
        self.thread.start()
        self.progress.open()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 5000)  # type: ignore[attr-defined]

    @Slot()
    def _cancel(self) -> None:
        self.cancelled = True
        self.progress.finish()
        self._status(self.tr("Export cancelled: nothing was written"))

    @Slot(str)
    def _finished(self, text: str) -> None:
        self.thread.quit()
        if self.cancelled:
            return
        self.progress.finish()
        if write_export(self.window, self.path, text):
            self._status(self.tr("Exported to %1").replace("%1", str(self.path)))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.thread.quit()
        self.progress.finish()
        show_error(self.window, self.tr("Not exported"), message)


class InteropController(Controller):
    """Carries out Import Contacts, Export and drops of files on the window."""

    importedPeople = Signal(list)  # people to show once an import is done

    def __init__(
        self,
        window: QWidget,
        actions: dict[str, QAction],
        stack: QUndoStack,
        events: JournalEvents,
        selected_people: Callable[[], list[int]],
        chosen_network: Callable[[], tuple[int, str] | None] = lambda: None,
    ) -> None:
        super().__init__(window, actions, stack, events)
        self.selected_people = selected_people
        self.chosen_network = chosen_network
        self.job: ImportJob | None = None
        self._export: _ExportJob | None = None
        self.connect_actions(
            {"action_import": self.choose_and_import, "action_export": self.choose_and_export}
        )

    # --- import -----------------------------------------------------------------------

    @Slot()
    def choose_and_import(self) -> None:
        """Ask which files to import, then import them."""
        dialog = QFileDialog(self.window, self.tr("Import Contacts"), str(Path.home()))
        dialog.setObjectName("import_file_dialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr(IMPORT_FILTER))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.import_paths([Path(p) for p in dialog.selectedFiles()])

    def import_paths(self, paths: list[Path]) -> ImportJob | None:
        """Import ``paths`` (a CSV file first asks how to read its columns)."""
        from networkjournal.ui.dialogs.csv_mapping_dialog import CsvMappingDialog
        from networkjournal.ui.dialogs.import_progress_dialog import ImportProgressDialog

        if self.job is not None and self.job.is_running():
            show_error(self.window, self.tr("Not imported"), self.tr("An import is running."))
            return None
        sources: list[ImportSource] = []
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError as exc:
                show_error(
                    self.window,
                    self.tr("Not imported"),
                    self.tr("Could not read %1.").replace("%1", str(path)),
                    exc.strerror or str(exc),
                )
                return None
            if file_kind(path.name, data) != FileKind.CSV:
                sources.append(ImportSource(path))
                continue
            table = read_table(data, path.name)
            mapping = CsvMappingDialog(table, detect_preset(table.header), parent=self.window)
            if mapping.exec() != QDialog.DialogCode.Accepted:
                return None
            sources.append(ImportSource(path, Preset(mapping.preset()), mapping.mapping()))
        if not sources:
            return None
        job = ImportJob(sources, parent=self)
        progress = ImportProgressDialog(self.tr("Importing"), parent=self.window)
        progress.follow(job)
        job.planned.connect(lambda plan: self._review(job, plan))
        job.finished.connect(lambda summary: self._finished(summary, progress))
        self.job = job
        job.start()
        progress.open()
        return job

    def _review(self, job: ImportJob, plan: ImportPlan) -> None:
        from networkjournal.ui.dialogs.import_review_dialog import (
            ImportReviewDialog,
            review_needed,
        )

        if not self._guard_patients(plan):
            job.cancel()
            return
        if not review_needed(plan):
            job.apply()
            return
        review = ImportReviewDialog(plan, parent=self.window)
        if review.exec() == QDialog.DialogCode.Accepted:
            job.apply(review.decisions(), review.categories_as(), review.targets())
        else:
            job.cancel()

    def _guard_patients(self, plan: ImportPlan) -> bool:
        """Offer to redact patient identifiers found in the notes; False: do not import."""
        from networkjournal.ui.widgets.patient_warning_bar import strictness_setting

        settings = getattr(self.window, "settings", None)
        found = patient_findings(
            plan, strictness_setting(settings if isinstance(settings, QSettings) else None)
        )
        if not found:
            return True
        records = sorted(found)
        where = "\n".join(
            f"{plan.contacts[i].source}, line {plan.contacts[i].line}: {plan.contacts[i].name()}"
            for i in records[:8]
        )
        if len(records) > 8:
            where += "\n" + self.tr("… and %n more", "", len(records) - 8)
        box = QMessageBox(self.window)
        box.setObjectName("patient_import_box")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Patient details in the notes?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "The notes of %n people in these files look like they identify a patient "
                "(an NHS or hospital number, a date of birth, a postcode).",
                "",
                len(records),
            )
        )
        box.setInformativeText(where)
        for label in box.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        redact = box.addButton(self.tr("&Redact Them"), QMessageBox.ButtonRole.AcceptRole)
        redact.setObjectName("patient_redact_import_button")
        keep = box.addButton(self.tr("&Import as They Are"), QMessageBox.ButtonRole.DestructiveRole)
        keep.setObjectName("patient_keep_import_button")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(redact)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is redact:
            redact_patient_identifiers(plan, found)
            return True
        return box.clickedButton() is keep

    def _finished(self, summary: ImportSummary, progress: QDialog) -> None:
        from networkjournal.ui.dialogs.import_summary_dialog import ImportSummaryDialog

        progress.finish()  # type: ignore[attr-defined]
        # Steps on the undo stack were recorded before the import changed these people;
        # taking one back now could undo part of the import. Like forgetting, an
        # import is not undone step by step.
        if summary.created or summary.merged:
            self.stack.clear()
        self.events.everything_changed()
        dialog = ImportSummaryDialog(summary, parent=self.window)
        dialog.showPeopleRequested.connect(self.importedPeople)
        dialog.exec()

    # --- export -----------------------------------------------------------------------

    @Slot()
    def choose_and_export(self) -> None:
        """Ask what to export and where, then write it."""
        from networkjournal.ui.dialogs.export_dialog import ExportDialog

        selected = self.selected_people()
        dialog = ExportDialog(len(selected), self.chosen_network(), parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        path = choose_export_path(
            self.window, self.tr("Export"), choice.file_name, self.tr(choice.file_filter)
        )
        if path is not None:
            self.export_to(path, choice.maker(selected if dialog.only_selected() else None))

    def export_to(self, path: Path, make: Callable[[], str]) -> None:
        """Make the export's text in a thread, then write it to ``path``."""
        self._export = _ExportJob(self, path, make)
        self._export.start()

    def wait_for_export(self) -> None:
        """Block until a running export's thread has finished (closing the window)."""
        if self._export is not None:
            self._export.thread.quit()
            self._export.thread.wait()
