"""The Settings dialog: each setting takes effect where it is used, and persists in the file."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from networkjournal.store import backups, networks
from networkjournal.store.journal import EntryData
from networkjournal.store.patient_guard import Strictness
from networkjournal.store.people import PersonChoice
from networkjournal.ui import settings as options
from networkjournal.ui.dialogs.entry_editor import EntryEditor
from networkjournal.ui.dialogs.settings_dialog import (
    BACKUPS_PAGE,
    KEEP_IN_TOUCH_PAGE,
    SettingsDialog,
)
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.theme import Theme, apply_theme, is_dark
from networkjournal.ui.widgets.patient_warning_bar import PatientWarningBar
from tests.ui.record_form_helpers import child, shown

DAY = dt.timedelta(days=1)
START = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)
NOW = dt.datetime(2025, 3, 10, 9, 30)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.ini"


@pytest.fixture
def settings(settings_file: Path) -> QSettings:
    return QSettings(str(settings_file), QSettings.Format.IniFormat)


def reread(settings_file: Path) -> QSettings:
    """A new QSettings on the same file, as the next run of the program would make."""
    return QSettings(str(settings_file), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _system_theme_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, Theme.SYSTEM)  # the other tests see the application as it started


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def dialog(qtbot: QtBot, journal: Path, settings: QSettings, stack: QUndoStack) -> SettingsDialog:
    return shown(qtbot, SettingsDialog(settings, journal, stack, JournalEvents()))


def network_id(name: str) -> int:
    return next(n.id for n in networks.list_networks() if n.name == name)


def period_of(name: str) -> int | None:
    return next(n.keep_in_touch_days for n in networks.list_networks() if n.name == name)


def choose(combo: QComboBox, key: str) -> None:
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)


def press(qtbot: QtBot, dialog: SettingsDialog, name: str) -> None:
    qtbot.mouseClick(child(dialog, QPushButton, name), Qt.MouseButton.LeftButton)


# --- what it shows -------------------------------------------------------------------------


def test_a_first_run_shows_the_defaults_and_the_networks_periods(
    dialog: SettingsDialog,
) -> None:
    assert dialog.objectName() == "settings_dialog"
    assert dialog.windowTitle() == "Settings"
    assert child(dialog, QComboBox, "settings_start_page_combo").currentData() == "daily"
    assert child(dialog, QComboBox, "settings_theme_combo").currentData() == "system"
    assert child(dialog, QComboBox, "settings_patient_guard_combo").currentData() == "normal"
    folder = child(dialog, QLineEdit, "settings_backup_folder_edit")
    assert folder.text() == ""
    assert str(backups.backups_dir(dialog.journal)) in folder.placeholderText()
    spins = [
        child(dialog, QSpinBox, f"settings_keep_{period}_spin").value()
        for period in ("daily", "weekly", "monthly")
    ]
    assert spins == [7, 4, 6]
    shown_periods = {n.name: dialog.periods[n.id].days() for n in networks.list_networks()}
    assert shown_periods == {"Social": 60, "Personal support": 30, "Academic support": 90}
    social = dialog.periods[network_id("Social")]
    assert (social.days(), social.unit()) == (60, "months")


def test_network_names_are_shown_as_plain_text(
    qtbot: QtBot, journal: Path, settings: QSettings, stack: QUndoStack
) -> None:
    networks.create_network("<b>Rugby</b> & co", keep_in_touch_days=7)
    made = shown(qtbot, SettingsDialog(settings, journal, stack, JournalEvents()))
    labels = [label for label in made.findChildren(QLabel) if label.text() == "<b>Rugby</b> & co"]
    assert len(labels) == 1 and labels[0].textFormat() == Qt.TextFormat.PlainText
    rugby = made.periods[network_id("<b>Rugby</b> & co")]
    assert (rugby.days(), rugby.unit()) == (7, "weeks")


# --- each setting takes effect and persists ------------------------------------------------


def test_choosing_dark_repaints_at_once_and_the_choice_persists(
    qtbot: QtBot, qapp: QApplication, dialog: SettingsDialog, settings_file: Path
) -> None:
    started = qapp.palette().color(QPalette.ColorRole.Window)
    choose(child(dialog, QComboBox, "settings_theme_combo"), "dark")
    press(qtbot, dialog, "apply_button")
    assert is_dark(qapp.palette())
    qtbot.waitUntil(lambda: is_dark(dialog.palette()))  # the open windows follow too
    assert options.theme(reread(settings_file)) is Theme.DARK

    choose(child(dialog, QComboBox, "settings_theme_combo"), "light")
    press(qtbot, dialog, "apply_button")
    assert not is_dark(qapp.palette())
    assert options.theme(reread(settings_file)) is Theme.LIGHT

    choose(child(dialog, QComboBox, "settings_theme_combo"), "system")
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, dialog, "ok_button")
    assert qapp.palette().color(QPalette.ColorRole.Window) == started
    assert reread(settings_file).value("appearance/theme") == "system"


def test_patient_guard_strictness_is_what_the_entry_editor_uses(
    qtbot: QtBot, dialog: SettingsDialog, settings_file: Path
) -> None:
    choose(child(dialog, QComboBox, "settings_patient_guard_combo"), "strict")
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, dialog, "ok_button")
    stored = reread(settings_file)
    assert options.patient_guard(stored) is Strictness.STRICT

    class Window(QWidget):  # the main window keeps the settings the editor reads
        def __init__(self, kept: QSettings) -> None:
            super().__init__()
            self.settings = kept

    window = Window(stored)
    qtbot.addWidget(window)
    people = [PersonChoice(1, "Dr Alex Brooks", "", (), False)]
    # A bare number with a valid NHS check digit: only the strict guard flags it.
    editor = EntryEditor(
        people, [], data=EntryData(occurred_at=NOW, notes="ref 9434765919"), parent=window
    )
    qtbot.addWidget(editor)
    bar = editor.findChild(PatientWarningBar)
    bar.check()
    assert [f.text for f in bar.findings()] == ["9434765919"]


def test_retention_counts_are_what_thinning_keeps(
    qtbot: QtBot, journal: Path, dialog: SettingsDialog, settings_file: Path
) -> None:
    child(dialog, QSpinBox, "settings_keep_daily_spin").setValue(2)
    child(dialog, QSpinBox, "settings_keep_weekly_spin").setValue(0)
    child(dialog, QSpinBox, "settings_keep_monthly_spin").setValue(0)
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, dialog, "ok_button")
    chosen = options.backup_options(reread(settings_file))
    assert chosen.retention == backups.Retention(daily=2, weekly=0, monthly=0)
    for day in range(5):
        chosen.backup_now(journal, now=START + day * DAY)
    kept = [b.taken_at for b in chosen.list_backups(journal)]
    assert kept == [START + 4 * DAY, START + 3 * DAY]  # the defaults would have kept all five


def test_the_chosen_backup_folder_is_where_backups_go(
    qtbot: QtBot, journal: Path, dialog: SettingsDialog, settings_file: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "synced" / "journal backups"
    dialog.pages.setCurrentIndex(BACKUPS_PAGE)
    field = child(dialog, QLineEdit, "settings_backup_folder_edit")
    field.setFocus()
    qtbot.keyClicks(field, str(elsewhere))
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, dialog, "ok_button")
    chosen = options.backup_options(reread(settings_file))
    assert chosen.folder == elsewhere
    made = chosen.backup_now(journal)
    assert made.path.parent.parent == elsewhere
    assert chosen.backup_if_due(journal, now=made.taken_at + DAY) is None  # unchanged data
    assert [b.path for b in chosen.list_backups(journal)] == [made.path]
    assert backups.list_backups(journal) == []  # nothing beside the journal


def test_reset_goes_back_to_the_folder_beside_the_journal(
    qtbot: QtBot, journal: Path, settings: QSettings, stack: QUndoStack, settings_file: Path
) -> None:
    options.BACKUP_FOLDER.write(settings, journal.parent / "elsewhere")
    made = shown(qtbot, SettingsDialog(settings, journal, stack, JournalEvents()))
    field = child(made, QLineEdit, "settings_backup_folder_edit")
    assert field.text() == str(journal.parent / "elsewhere")
    press(qtbot, made, "settings_backup_folder_default_button")
    assert field.text() == ""
    press(qtbot, made, "apply_button")
    chosen = options.backup_options(reread(settings_file))
    assert chosen.folder is None
    assert chosen.backup_now(journal).path.parent == backups.backups_dir(journal)


def test_a_network_period_is_saved_in_the_journal_as_one_undo_step(
    qtbot: QtBot, dialog: SettingsDialog, stack: QUndoStack
) -> None:
    social, support = network_id("Social"), network_id("Personal support")
    number = child(dialog, QSpinBox, f"settings_network_period_{social}_number")
    unit = child(dialog, QComboBox, f"settings_network_period_{social}_unit")
    dialog.pages.setCurrentIndex(KEEP_IN_TOUCH_PAGE)
    number.setFocus()
    qtbot.waitUntil(number.hasFocus)
    number.selectAll()
    qtbot.keyClicks(number, "2")
    qtbot.keyClick(number, Qt.Key.Key_Tab)
    assert unit.hasFocus()
    qtbot.keyClicks(unit, "w")
    dialog.periods[support].setDays(None)  # no reminders for this network
    press(qtbot, dialog, "apply_button")
    assert (period_of("Social"), period_of("Personal support")) == (14, None)
    assert stack.count() == 1
    press(qtbot, dialog, "apply_button")  # nothing changed since: no second step
    assert stack.count() == 1
    stack.undo()
    assert (period_of("Social"), period_of("Personal support")) == (60, 30)


def test_the_start_page_chosen_is_the_tab_the_window_opens_on(
    qtbot: QtBot, dialog: SettingsDialog, settings_file: Path
) -> None:
    from networkjournal.ui import main_window

    assert options.PAGES.index("journal") == main_window.JOURNAL_TAB
    assert options.PAGES.index("map") == main_window.MAP_TAB == len(options.PAGES) - 1
    combo = child(dialog, QComboBox, "settings_start_page_combo")
    choose(combo, "journal")
    press(qtbot, dialog, "apply_button")
    stored = reread(settings_file)
    assert options.start_page(stored) == "journal"
    assert options.start_tab(stored, main_window.OVERVIEW_TAB, main_window.PEOPLE_TAB) == 2
    assert stored.value("overview/each_day", type=bool) is False  # the View menu toggle agrees

    choose(combo, "last")
    press(qtbot, dialog, "apply_button")
    stored = reread(settings_file)
    stored.setValue("main_window/tab", main_window.TOPICS_TAB)  # as the window leaves it
    stored.sync()
    assert options.start_tab(stored) == main_window.TOPICS_TAB

    choose(combo, "daily")
    press(qtbot, dialog, "apply_button")
    stored = reread(settings_file)
    assert options.start_tab(stored) == main_window.OVERVIEW_TAB  # the day's first start
    assert options.start_tab(stored) == main_window.TOPICS_TAB  # then the last tab


# --- checking before saving ----------------------------------------------------------------


def test_a_backup_folder_that_cannot_be_written_is_named_and_nothing_is_saved(
    qtbot: QtBot, dialog: SettingsDialog, settings_file: Path, stack: QUndoStack, tmp_path: Path
) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    bad = blocker / "backups"
    choose(child(dialog, QComboBox, "settings_theme_combo"), "dark")
    dialog.periods[network_id("Social")].setDays(7)
    field = child(dialog, QLineEdit, "settings_backup_folder_edit")
    field.setText(str(bad))
    dialog.pages.setCurrentIndex(0)
    press(qtbot, dialog, "ok_button")
    assert dialog.isVisible()
    message = child(dialog, QLabel, "settings_backup_folder_message")
    assert message.isVisible() and str(bad) in message.text()
    assert "not a folder" in message.text()
    assert field.accessibleDescription() == message.text()
    assert dialog.pages.currentIndex() == BACKUPS_PAGE
    assert field.hasFocus()
    assert reread(settings_file).allKeys() == []
    assert period_of("Social") == 60 and stack.count() == 0
    qtbot.keyClicks(field, "x")  # editing the folder clears the message
    assert not message.isVisible()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_backup_folder_is_refused(
    qtbot: QtBot, dialog: SettingsDialog, settings_file: Path, tmp_path: Path
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        child(dialog, QLineEdit, "settings_backup_folder_edit").setText(str(locked))
        press(qtbot, dialog, "apply_button")
        message = child(dialog, QLabel, "settings_backup_folder_message")
        assert message.isVisible() and str(locked) in message.text()
        assert reread(settings_file).allKeys() == []
    finally:
        locked.chmod(0o700)


def test_a_relative_backup_folder_is_refused(
    qtbot: QtBot, dialog: SettingsDialog, settings_file: Path
) -> None:
    child(dialog, QLineEdit, "settings_backup_folder_edit").setText("backups")
    press(qtbot, dialog, "apply_button")
    message = child(dialog, QLabel, "settings_backup_folder_message")
    assert message.isVisible() and "full path" in message.text()
    assert reread(settings_file).allKeys() == []


def test_cancel_saves_nothing(
    qtbot: QtBot, dialog: SettingsDialog, settings_file: Path, stack: QUndoStack
) -> None:
    choose(child(dialog, QComboBox, "settings_patient_guard_combo"), "off")
    dialog.periods[network_id("Social")].setDays(7)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert reread(settings_file).allKeys() == []
    assert period_of("Social") == 60 and stack.count() == 0


# --- the typed options ---------------------------------------------------------------------


def test_unreadable_stored_values_read_as_the_defaults(settings: QSettings) -> None:
    for key, value in (
        ("appearance/theme", "purple"),
        ("privacy/patient_guard", 3),
        ("backups/keep_daily", "lots"),
        ("backups/keep_weekly", -1),
        ("main_window/start_page", "nowhere"),
        ("overview/each_day", "perhaps"),
    ):
        settings.setValue(key, value)
    assert options.theme(settings) is Theme.SYSTEM
    assert options.patient_guard(settings) is Strictness.NORMAL
    assert options.backup_options(settings).retention == backups.Retention()
    assert options.start_page(settings) == "daily"
    with pytest.raises(ValueError):
        options.KEEP_DAILY_BACKUPS.write(settings, 0)  # at least one day's backup


# --- keyboard and assistive tools ----------------------------------------------------------


def test_every_control_has_an_accessible_name_and_tab_reaches_it(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    pages = child(dialog, QTabWidget, "settings_pages")
    assert pages.accessibleName()
    for index in range(pages.count()):
        pages.setCurrentIndex(index)
        page = pages.currentWidget()
        wanted = [
            w
            for w in page.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.isVisibleTo(page)
            and not w.objectName().startswith("qt_")  # a spin box's own line edit
        ]
        assert wanted, pages.tabText(index)
        for widget in wanted:
            name = widget.accessibleName()
            if not name and isinstance(widget, QAbstractButton):
                name = widget.text()
            assert name, widget.objectName()
        pages.setFocus()
        reached: set[QWidget] = set()
        for _ in range(len(wanted) + 8):  # once round the dialog, buttons and tabs included
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            while focused is not None and focused not in wanted:
                focused = focused.parentWidget()  # a spin box's own line edit, say
            if focused is not None:
                reached.add(focused)
        assert reached == set(wanted), pages.tabText(index)


def test_the_window_opens_preferences_from_the_edit_menu_and_the_start_page_holds(
    make_window, qtbot: QtBot
) -> None:
    from networkjournal.ui.main_window import JOURNAL_TAB
    from tests.ui.conftest import when_dialog_opens

    window = make_window()
    menu_actions = window.menuBar().findChild(QMenu, "menu_edit").actions()
    assert window.actions["action_preferences"] in menu_actions

    def pick_journal(dialog: QDialog) -> None:
        choose(child(dialog, QComboBox, "settings_start_page_combo"), "journal")
        press(qtbot, dialog, "ok_button")

    when_dialog_opens("settings_dialog", pick_journal)
    window.actions["action_preferences"].trigger()
    window.close()
    again = make_window()
    assert again.tabs.currentIndex() == JOURNAL_TAB
