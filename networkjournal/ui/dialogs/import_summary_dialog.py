"""After an import: what was done, and each record that could not be read, to copy."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store.importer import ImportSummary
from networkjournal.ui.widgets.field_message import style_field_message


class ImportSummaryDialog(QDialog):
    """What an import did: added, merged, skipped, unchanged, and each record that failed."""

    showPeopleRequested = Signal(list)  # ids of the people added or merged

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_summary_dialog")
        self.setWindowTitle(self.tr("Import finished"))
        self._summary = summary
        self.headline = QLabel(self._headline())
        self.headline.setObjectName("import_summary_headline_label")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        figures = QFormLayout()
        figures.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        locale = QLocale()
        self._figures: dict[str, QLabel] = {}
        for name, label, value in (
            ("created", self.tr("Added as new people:"), len(summary.created)),
            ("merged", self.tr("Merged into people already here:"), len(summary.merged)),
            ("skipped", self.tr("Skipped:"), summary.skipped),
            ("unchanged", self.tr("Already in your journal, unchanged:"), summary.unchanged),
            ("failed", self.tr("Could not be read:"), len(summary.failed)),
        ):
            figure = QLabel(locale.toString(value))
            figure.setObjectName(f"import_summary_{name}_label")
            figure.setTextFormat(Qt.TextFormat.PlainText)
            figure.setAccessibleName(label.rstrip(":"))
            figure.setAlignment(Qt.AlignmentFlag.AlignRight)
            figure.setMinimumWidth(figure.fontMetrics().horizontalAdvance("000,000"))
            if not value:
                style_field_message(figure, error=False)
            figures.addRow(label, figure)
            self._figures[name] = figure
        self.failures = QPlainTextEdit()
        self.failures.setObjectName("import_failures_text")
        self.failures.setAccessibleName(self.tr("Records that could not be read"))
        self.failures.setReadOnly(True)
        self.failures.setTabChangesFocus(True)
        self.failures.setPlainText("\n".join(str(error) for error in summary.failed))
        failures_label = QLabel(self.tr("&Records that could not be read (each one only itself):"))
        failures_label.setBuddy(self.failures)
        failures_label.setVisible(bool(summary.failed))
        self.failures.setVisible(bool(summary.failed))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("close_button")
        self.show_people_button = buttons.addButton(
            self.tr("&Show imported people"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_people_button.setObjectName("show_imported_people_button")
        self.show_people_button.setVisible(bool(self.imported_ids()))
        self.show_people_button.clicked.connect(self._show_people)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addSpacing(4)
        layout.addLayout(figures)
        layout.addSpacing(6)
        layout.addWidget(failures_label)
        layout.addWidget(self.failures, 1)
        if not summary.failed:
            layout.addStretch(1)
        layout.addWidget(buttons)
        if self.imported_ids():
            self.show_people_button.setDefault(True)
        self.resize(560, 420 if summary.failed else self.sizeHint().height())

    def _headline(self) -> str:
        summary = self._summary
        changed = len(summary.created) + len(summary.merged)
        if summary.dry_run:
            return self.tr("A trial run: nothing was saved.")
        if changed:
            return (
                self.tr("1 person added or brought up to date.")
                if changed == 1
                else self.tr("%1 people added or brought up to date.").replace(
                    "%1", QLocale().toString(changed)
                )
            )
        if summary.unchanged:
            return self.tr("Nothing new: everyone in the files was already in your journal.")
        return self.tr("Nobody was imported.")

    def imported_ids(self) -> list[int]:
        """The people the import added or merged into, in that order, each once."""
        return list(dict.fromkeys([*self._summary.created, *self._summary.merged]))

    def failure_lines(self) -> list[str]:
        """Each failed record as "file, line N: message"."""
        return [str(error) for error in self._summary.failed]

    @Slot()
    def _show_people(self) -> None:
        self.showPeopleRequested.emit(self.imported_ids())
        self.accept()
