"""Settings: start page and theme, networks' keep-in-touch periods, backups, the patient guard.

Preferences go to the QSettings the window keeps (see ``ui/settings.py``);
the networks' periods are journal data, so they change in the journal through
one undoable command.  Apply (and OK) check everything first: a backup folder
that cannot be written to is named in a message under it, and nothing at all
is saved until it is fixed.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store import networks
from networkjournal.store.backups import backups_dir
from networkjournal.store.db import JournalError, write
from networkjournal.store.errors import ValidationError
from networkjournal.ui import commands
from networkjournal.ui import settings as options
from networkjournal.ui.commands import StoreCommand
from networkjournal.ui.dialogs.form_dialog import buddy, form_layout
from networkjournal.ui.dialogs.messages import show_error
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.theme import Theme, apply_theme
from networkjournal.ui.widgets.field_message import message_label, show_message
from networkjournal.ui.widgets.period_edit import PeriodEdit

GENERAL_PAGE, KEEP_IN_TOUCH_PAGE, BACKUPS_PAGE, PRIVACY_PAGE = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SetNetworkPeriods(StoreCommand):
    """Change how often, by default, to keep in touch with the people of some networks."""

    def __init__(
        self, events: JournalEvents, changes: dict[int, tuple[int | None, int | None]]
    ) -> None:
        super().__init__(events, _tr("Change networks' keep-in-touch periods"))
        self.changes = dict(changes)  # network id -> (before, after)

    def apply(self) -> None:
        self._set({nid: after for nid, (_before, after) in self.changes.items()})

    def revert(self) -> None:
        self._set({nid: before for nid, (before, _after) in self.changes.items()})

    @staticmethod
    def _set(periods: dict[int, int | None]) -> None:
        with write():  # all the networks or none
            for network_id, days in periods.items():
                networks.set_network_keep_in_touch(network_id, days)


class SettingsDialog(QDialog):
    """The Settings (Preferences) dialog: OK saves and closes, Apply saves, Cancel leaves."""

    applied = Signal()  # after the settings were saved (Apply or OK)

    def __init__(
        self,
        settings: QSettings,
        journal: Path,
        stack: QUndoStack,
        events: JournalEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.journal = journal
        self.stack = stack
        self.events = events
        self.pages = QTabWidget(self)
        self.pages.setObjectName("settings_pages")
        self.pages.setAccessibleName(self.tr("Settings pages"))
        self._focus: list[QWidget] = [self.pages]
        self.pages.addTab(self._general_page(), self.tr("&General"))
        self.pages.addTab(self._keep_in_touch_page(), self.tr("&Keep in Touch"))
        self.pages.addTab(self._backups_page(), self.tr("&Backups"))
        self.pages.addTab(self._privacy_page(), self.tr("&Privacy"))
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel | buttons.Apply, self)
        for which, name in (
            (buttons.Ok, "ok_button"),
            (buttons.Cancel, "cancel_button"),
            (buttons.Apply, "apply_button"),
        ):
            self.buttons.button(which).setObjectName(name)
        self.buttons.button(buttons.Ok).setDefault(True)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(buttons.Apply).clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        for first, second in pairwise([*self._focus, *self.buttons.buttons()]):
            QWidget.setTabOrder(first, second)
        self.load()
        self.resize(560, self.sizeHint().height())

    # --- pages ---------------------------------------------------------------------------

    def _general_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("settings_general_page")
        self.start_page = QComboBox()
        self.start_page.setObjectName("settings_start_page_combo")
        self.start_page.setAccessibleName(self.tr("Start page"))
        for key, label in (
            ("daily", self.tr("Overview on the day's first start, then the last tab used")),
            (options.LAST_PAGE, self.tr("The last tab used")),
            ("overview", self.tr("Overview")),
            ("people", self.tr("People")),
            ("journal", self.tr("Journal")),
            ("follow_ups", self.tr("Follow-ups")),
            ("keep_in_touch", self.tr("Keep in Touch")),
            ("learning", self.tr("Learning Together")),
            ("map", self.tr("Map")),
        ):
            self.start_page.addItem(label, key)
        self.theme = QComboBox()
        self.theme.setObjectName("settings_theme_combo")
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.addItem(self.tr("Follow the system"), Theme.SYSTEM.value)
        self.theme.addItem(self.tr("Light"), Theme.LIGHT.value)
        self.theme.addItem(self.tr("Dark"), Theme.DARK.value)
        form = form_layout()
        form.addRow(buddy(self.tr("&Open on:"), self.start_page), self.start_page)
        form.addRow(buddy(self.tr("&Theme:"), self.theme), self.theme)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        self._focus += [self.start_page, self.theme]
        return page

    def _keep_in_touch_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("settings_keep_in_touch_page")
        intro = QLabel(
            self.tr(
                "How often to be in touch with the people of each network, unless a person "
                "has a period of their own. These are kept in the journal, and Undo takes "
                "a change back."
            )
        )
        intro.setObjectName("settings_periods_intro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        form = form_layout()
        self.periods: dict[int, PeriodEdit] = {}
        for network in networks.list_networks():
            edit = PeriodEdit(self.tr("No reminders"))
            edit.setObjectName(f"settings_network_period_{network.id}")
            edit.setAccessibleName(
                self.tr("Keep in touch with %1 every").replace("%1", network.name)
            )
            number, unit = edit.focus_chain()
            number.setObjectName(f"settings_network_period_{network.id}_number")
            unit.setObjectName(f"settings_network_period_{network.id}_unit")
            label = QLabel(network.name)  # the user's text: never markup, never a mnemonic
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.periods[network.id] = edit
            self._focus += edit.focus_chain()
        if not self.periods:
            empty = QLabel(self.tr("There are no networks yet."))
            empty.setObjectName("settings_no_networks_label")
            form.addRow(empty)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _backups_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("settings_backups_page")
        self.backup_folder = QLineEdit()
        self.backup_folder.setObjectName("settings_backup_folder_edit")
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.backup_folder.setPlaceholderText(
            self.tr("Beside the journal: %1").replace("%1", str(backups_dir(self.journal)))
        )
        self.backup_folder.setClearButtonEnabled(True)
        self.choose_folder = QPushButton(self.tr("C&hoose…"))
        self.choose_folder.setObjectName("settings_backup_folder_button")
        self.choose_folder.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose_folder.setAutoDefault(False)
        self.choose_folder.clicked.connect(self.choose_backup_folder)
        self.default_folder = QPushButton(self.tr("&Reset"))
        self.default_folder.setObjectName("settings_backup_folder_default_button")
        self.default_folder.setAccessibleName(self.tr("Back up beside the journal"))
        self.default_folder.setAutoDefault(False)
        self.default_folder.clicked.connect(self.backup_folder.clear)
        self.folder_message = message_label("settings_backup_folder_message")
        self.backup_folder.textChanged.connect(
            lambda: show_message(self.folder_message, self.backup_folder, "", False)
        )
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.backup_folder, 1)
        row.addWidget(self.choose_folder)
        row.addWidget(self.default_folder)
        self.keep_daily = self._count_spin("settings_keep_daily_spin", options.KEEP_DAILY_BACKUPS)
        self.keep_daily.setAccessibleName(self.tr("Daily backups to keep"))
        self.keep_weekly = self._count_spin(
            "settings_keep_weekly_spin", options.KEEP_WEEKLY_BACKUPS
        )
        self.keep_weekly.setAccessibleName(self.tr("Weekly backups to keep"))
        self.keep_monthly = self._count_spin(
            "settings_keep_monthly_spin", options.KEEP_MONTHLY_BACKUPS
        )
        self.keep_monthly.setAccessibleName(self.tr("Monthly backups to keep"))
        note = QLabel(
            self.tr(
                "A backup is taken when the journal changed and a day has passed. Every "
                "backup of the last day is kept; older ones are thinned to the newest of "
                "each day, then week, then month, as many as set here."
            )
        )
        note.setObjectName("settings_retention_note")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        form = form_layout()
        form.addRow(buddy(self.tr("&Folder:"), self.backup_folder), row)
        form.addRow("", self.folder_message)
        form.addRow(buddy(self.tr("Keep &daily backups for:"), self.keep_daily), self.keep_daily)
        form.addRow(buddy(self.tr("Then &weekly for:"), self.keep_weekly), self.keep_weekly)
        form.addRow(buddy(self.tr("Then &monthly for:"), self.keep_monthly), self.keep_monthly)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        self._focus += [
            self.backup_folder,
            self.choose_folder,
            self.default_folder,
            self.keep_daily,
            self.keep_weekly,
            self.keep_monthly,
        ]
        return page

    def _count_spin(self, name: str, option: options.IntOption) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(option.minimum, option.maximum)
        return spin

    def _privacy_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("settings_privacy_page")
        self.patient_guard = QComboBox()
        self.patient_guard.setObjectName("settings_patient_guard_combo")
        self.patient_guard.setAccessibleName(self.tr("Patient-identifier warnings"))
        self.patient_guard.addItem(self.tr("Off"), "off")
        self.patient_guard.addItem(
            self.tr("Normal: identifiers named as such (NHS, MRN, DOB …)"), "normal"
        )
        self.patient_guard.addItem(
            self.tr("Strict: also bare numbers, dates and postcodes"), "strict"
        )
        note = QLabel(
            self.tr(
                "While you write an entry, Network Journal warns when the notes seem to "
                "identify a patient (an NHS or hospital number, a date of birth, a "
                "postcode), and offers to redact it. It never stops you saving."
            )
        )
        note.setObjectName("settings_patient_guard_note")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        form = form_layout()
        form.addRow(buddy(self.tr("Patient &warnings:"), self.patient_guard), self.patient_guard)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        self._focus.append(self.patient_guard)
        return page

    # --- loading and saving --------------------------------------------------------------

    def load(self) -> None:
        """Show what is stored now (the settings file and the journal)."""
        _select(self.start_page, options.start_page(self.settings))
        _select(self.theme, options.theme(self.settings).value)
        _select(self.patient_guard, options.patient_guard(self.settings).value)
        backup = options.backup_options(self.settings)
        self.backup_folder.setText(str(backup.folder) if backup.folder is not None else "")
        self.keep_daily.setValue(backup.retention.daily)
        self.keep_weekly.setValue(backup.retention.weekly)
        self.keep_monthly.setValue(backup.retention.monthly)
        self._periods_shown = {n.id: n.keep_in_touch_days for n in networks.list_networks()}
        for network_id, edit in self.periods.items():
            edit.setDays(self._periods_shown.get(network_id))

    def chosen_folder(self) -> Path | None:
        """The backup folder typed or chosen, or None for the one beside the journal."""
        return options.BACKUP_FOLDER.parse(self.backup_folder.text())

    @Slot()
    def choose_backup_folder(self) -> None:
        """Pick the backup folder with the platform's folder chooser."""
        current = self.chosen_folder() or backups_dir(self.journal)
        start = current if current.is_dir() else self.journal.parent
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for Backups"), str(start), QFileDialog.Option.ShowDirsOnly
        )
        if chosen:
            self.backup_folder.setText(chosen)

    @Slot()
    def apply(self) -> bool:
        """Check, then save everything; on a problem say so and save nothing."""
        folder = self.chosen_folder()
        problem = options.folder_problem(folder) if folder is not None else None
        if problem is not None:
            show_message(self.folder_message, self.backup_folder, problem, True)
            self.pages.setCurrentIndex(BACKUPS_PAGE)
            self.backup_folder.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if not self._save_periods():
            return False
        options.set_start_page(self.settings, str(self.start_page.currentData()))
        options.THEME.write(self.settings, str(self.theme.currentData()))
        options.PATIENT_GUARD.write(self.settings, str(self.patient_guard.currentData()))
        options.BACKUP_FOLDER.write(self.settings, folder)
        options.KEEP_DAILY_BACKUPS.write(self.settings, self.keep_daily.value())
        options.KEEP_WEEKLY_BACKUPS.write(self.settings, self.keep_weekly.value())
        options.KEEP_MONTHLY_BACKUPS.write(self.settings, self.keep_monthly.value())
        self.settings.sync()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, options.theme(self.settings))
        self.applied.emit()
        return True

    def _save_periods(self) -> bool:
        """Put the networks' changed periods in the journal, as one undo step."""
        changes = {
            network_id: (self._periods_shown.get(network_id), edit.days())
            for network_id, edit in self.periods.items()
            if edit.days() != self._periods_shown.get(network_id)
        }
        if not changes:
            return True
        try:
            commands.run(self.stack, SetNetworkPeriods(self.events, changes))
        except ValidationError as exc:
            show_error(self, self.tr("Not saved"), exc.message)
            return False
        except JournalError as exc:  # read-only journal, full disk …: nothing was changed
            show_error(self, self.tr("Not saved"), str(exc))
            return False
        self._periods_shown.update({nid: after for nid, (_before, after) in changes.items()})
        return True

    @Slot()
    def _ok(self) -> None:
        if self.apply():
            self.accept()


def _select(combo: QComboBox, key: str) -> None:
    index = combo.findData(key)
    combo.setCurrentIndex(max(index, 0))
