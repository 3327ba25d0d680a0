"""Backups from the window, restoring one, a damaged journal on start, a read-only journal."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from networkjournal.store import backups, migrations, people
from networkjournal.store.db import close_journal, open_journal, read_only
from networkjournal.store.people import PersonData
from tests.ui.conftest import when_dialog_opens


def add_person(name: str) -> int:
    return people.create_person(PersonData(display_name=name))


def names() -> set[str]:
    return set(people.person_names().values())


def click(dialog: QDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def confirm_restore(box: QDialog) -> None:
    assert isinstance(box, QMessageBox)
    (accept,) = [
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    ]
    accept.click()


def test_back_up_now_writes_a_checked_backup_off_the_window_thread(
    qtbot: QtBot, make_window: Callable, journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_person("Ada Lovelace")
    window = make_window()
    threads: list[threading.Thread] = []
    real = backups.backup_now

    def spy(*args: object, **kwargs: object) -> backups.Backup:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "backup_now", spy)
    with qtbot.waitSignal(window.safety.worker.finished, timeout=10_000) as done:
        window.actions["action_backup_now"].trigger()
    made = done.args[0]
    assert isinstance(made, backups.Backup)
    assert [b.path for b in backups.list_backups(journal)] == [made.path]
    assert backups.check_backup(made.path) == []
    assert threads and threads[0] is not threading.main_thread()
    assert str(made.path) in window.statusBar().currentMessage()
    assert window.actions["action_backup_now"].isEnabled()


def test_automatic_backup_is_taken_once_then_not_again_until_due(
    qtbot: QtBot, make_window: Callable, journal: Path
) -> None:
    add_person("Ada Lovelace")
    window = make_window()
    with qtbot.waitSignal(window.safety.worker.finished, timeout=10_000) as first:
        window.safety.back_up_if_due()
    assert isinstance(first.args[0], backups.Backup)
    with qtbot.waitSignal(window.safety.worker.finished, timeout=10_000) as second:
        window.safety.back_up_if_due()
    assert second.args[0] is None  # less than a day since the last one
    assert len(backups.list_backups(journal)) == 1


def test_restoring_a_backup_from_the_window_gives_back_its_data(
    qtbot: QtBot, journal: Path, settings: QSettings
) -> None:
    from networkjournal.ui.app import WindowHost

    add_person("Ada Lovelace")
    kept = backups.backup_now(journal=journal)
    add_person("Grace Hopper")
    host = WindowHost(journal, settings, automatic_backups=False)
    old = host.show()  # replaced (and deleted) by the host after the restore
    assert old.people_panel.model.rowCount() == 2

    def choose(dialog: QDialog) -> None:
        assert dialog.findChild(QPushButton, "restore_button").isEnabled()
        when_dialog_opens("message_box", confirm_restore)
        click(dialog, "restore_button")  # the newest, first in the list: the one kept above

    when_dialog_opens("backups_dialog", choose)
    old.actions["action_restore_backup"].trigger()
    qtbot.waitUntil(lambda: host.window is not old, timeout=5000)
    new = host.window
    assert new is not None
    qtbot.addWidget(new)
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))  # the old window is gone
    assert names() == {"Ada Lovelace"}
    assert new.people_panel.model.rowCount() == 1
    assert not new.undo_stack.canUndo()
    # The journal as it was, with Grace, was kept as a backup before the restore.
    before = [b for b in backups.list_backups(journal) if b.reason == "before restore"]
    assert len(before) == 1 and before[0].path != kept.path
    with sqlite3.connect(before[0].path) as copy:
        kept_names = {row[0] for row in copy.execute("SELECT display_name FROM person")}
    assert kept_names == {"Ada Lovelace", "Grace Hopper"}


def test_the_backups_list_shows_newest_first_with_size_and_check(
    qtbot: QtBot, journal: Path
) -> None:
    import datetime as dt

    from networkjournal.ui.dialogs.backups_dialog import PATH_ROLE, BackupsDialog

    add_person("Ada Lovelace")
    older = backups.backup_now(journal=journal, now=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    newer = backups.backup_now(journal=journal, now=dt.datetime(2025, 3, 1, tzinfo=dt.UTC))
    dialog = BackupsDialog(backups.list_backups(journal))
    qtbot.addWidget(dialog)
    rows = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    assert len(rows) == 2
    assert [dialog.list.topLevelItem(i).data(0, PATH_ROLE) for i in range(2)] == [
        str(newer.path),
        str(older.path),
    ]
    assert "2025" in rows[0].text(0) and "Mar" in rows[0].text(0)
    assert rows[0].text(2) == "checked ok"
    assert rows[0].text(1)  # a size, as the locale writes it
    assert dialog.selected_backup() == backups.list_backups(journal)[0]


def damage(path: Path) -> None:
    """Scribble over the journal's pages after the first, as a failing disk might."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2, min(len(data), page * 8), 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def set_aside(journal: Path) -> list[Path]:
    """The damaged journals moved aside beside ``journal`` (not their -wal and -shm)."""
    found = journal.parent.glob(journal.name + ".damaged-*")
    return [p for p in found if not p.name.endswith(("-wal", "-shm"))]


def test_a_damaged_journal_on_start_can_be_replaced_by_the_newest_backup(
    qtbot: QtBot, journal: Path
) -> None:
    from networkjournal.ui.app import open_journal_or_recover

    add_person("Ada Lovelace")
    kept = backups.backup_now(journal=journal)
    close_journal()
    damage(journal)
    seen: list[str] = []

    def restore(dialog: QDialog) -> None:
        seen.append(dialog.findChild(QPushButton, "restore_backup_button").text())
        seen.append(dialog.message.text())
        click(dialog, "restore_backup_button")

    when_dialog_opens("damaged_journal_dialog", restore)
    assert open_journal_or_recover(journal)
    assert names() == {"Ada Lovelace"}
    moved = set_aside(journal)
    assert len(moved) == 1  # set aside, never deleted
    assert str(moved[0]) in seen[1]
    assert "Nothing has been deleted" in seen[1]
    assert kept.path.exists()


def test_a_damaged_journal_can_be_left_for_a_new_empty_one(qtbot: QtBot, journal: Path) -> None:
    from networkjournal.ui.app import open_journal_or_recover

    add_person("Ada Lovelace")
    close_journal()
    damage(journal)
    when_dialog_opens("damaged_journal_dialog", lambda d: click(d, "new_journal_button"))
    assert open_journal_or_recover(journal)
    assert names() == set()
    assert len(set_aside(journal)) == 1


def test_quitting_at_the_damaged_journal_dialog_opens_nothing(qtbot: QtBot, journal: Path) -> None:
    from networkjournal.ui.app import open_journal_or_recover

    close_journal()
    damage(journal)
    when_dialog_opens("damaged_journal_dialog", lambda d: click(d, "quit_button"))
    assert not open_journal_or_recover(journal)
    assert not journal.exists()
    assert len(set_aside(journal)) == 1


def test_a_journal_from_a_newer_version_opens_read_only_with_editing_disabled(
    qtbot: QtBot, make_window: Callable, journal: Path
) -> None:
    add_person("Ada Lovelace")
    close_journal()
    with sqlite3.connect(journal) as raw:
        raw.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    open_journal(journal)
    assert read_only()
    window = make_window()
    banner = window.safety.banner
    assert banner is not None and banner.objectName() == "read_only_banner"
    assert banner.isVisible()
    assert "newer version" in banner.text()
    assert window.windowTitle().endswith("(read-only)")
    actions = window.actions
    for name in ("action_new_person", "action_log_interaction", "action_import", "action_undo"):
        assert not actions[name].isEnabled(), name
    for name in ("action_find", "action_export", "action_show_journal", "action_quit"):
        assert actions[name].isEnabled(), name
    # Choosing a row enables the row's actions on a writable journal; here they stay off.
    window.people_panel.select_ids(list(people.person_names()))
    actions["action_edit_person"].setEnabled(True)
    assert not actions["action_edit_person"].isEnabled()
    assert not actions["action_backup_now"].isEnabled()


def test_an_edit_that_reaches_a_read_only_journal_says_so_and_changes_nothing(
    qtbot: QtBot, make_window: Callable, journal: Path
) -> None:
    add_person("Ada Lovelace")
    close_journal()
    with sqlite3.connect(journal) as raw:
        raw.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    open_journal(journal)
    window = make_window()
    [ada] = people.person_names()
    said: list[tuple[str, str]] = []

    def read(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        said.append((box.windowTitle(), box.text()))
        box.accept()

    # Not every edit goes through an action (renaming in place, dropping people):
    # whatever reaches the journal is refused with a message, not a traceback.
    when_dialog_opens("message_box", read)
    window.keep_in_touch.snooze([ada], None)
    [(title, text)] = said
    assert title == "Not saved" and "newer version" in text
    assert window.undo_stack.count() == 0


def test_an_encrypted_journal_asks_for_its_passphrase_until_it_opens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pytest.importorskip("sqlcipher3")
    from PySide6.QtWidgets import QInputDialog, QLabel

    from networkjournal.store.db import encrypted
    from networkjournal.ui.app import open_journal_or_recover

    journal = tmp_path / "secret" / "journal.sqlite3"
    open_journal(journal, passphrase="correct horse")
    add_person("Ada Lovelace")
    close_journal()
    typed = iter(["wrong", "correct horse"])
    prompts: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        prompts.append(dialog.findChild(QLabel).text())
        dialog.setTextValue(next(typed))
        dialog.accept()
        if len(prompts) == 1:
            when_dialog_opens("passphrase_dialog", answer)  # asked again after a wrong one

    when_dialog_opens("passphrase_dialog", answer)
    assert open_journal_or_recover(journal)
    assert encrypted() and names() == {"Ada Lovelace"}
    assert len(prompts) == 2 and "did not open it" in prompts[1]
    close_journal()
    assert b"Ada Lovelace" not in journal.read_bytes()


def test_an_encrypted_journal_takes_automatic_backups_that_stay_encrypted(
    qtbot: QtBot, make_window: Callable, journal: Path
) -> None:
    pytest.importorskip("sqlcipher3")
    from networkjournal.store import encryption

    close_journal()  # the window's journal becomes an encrypted one
    for suffix in ("", "-wal", "-shm"):
        Path(f"{journal}{suffix}").unlink(missing_ok=True)
    open_journal(journal, passphrase="pass")
    add_person("Ada Lovelace")
    window = make_window()
    with qtbot.waitSignal(window.safety.worker.finished, timeout=10_000) as done:
        window.safety.start_automatic_backups(delay_ms=0)
    assert window.safety.timer.isActive()  # automatic backups are scheduled
    made = done.args[0]
    assert isinstance(made, backups.Backup) and made.reason == "automatic"
    assert [b.path for b in backups.list_backups(journal, verify=True) if b.ok] == [made.path]
    raw = made.path.read_bytes()
    assert b"Ada Lovelace" not in raw and not raw.startswith(b"SQLite format 3")
    keyed = encryption.connect(made.path, "pass", read_only=True, timeout=1)
    try:
        assert keyed.execute("SELECT display_name FROM person").fetchall() == [("Ada Lovelace",)]
    finally:
        keyed.close()
    plain = sqlite3.connect(f"{made.path.as_uri()}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()


def test_restoring_an_encrypted_journal_from_the_window_reopens_it_encrypted(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    pytest.importorskip("sqlcipher3")
    from networkjournal.store.db import encrypted
    from networkjournal.ui.app import WindowHost

    journal = tmp_path / "secret" / "journal.sqlite3"
    close_journal()
    open_journal(journal, passphrase="pass")
    add_person("Ada Lovelace")
    backups.backup_now(journal=journal)
    add_person("Grace Hopper")
    host = WindowHost(journal, settings, automatic_backups=False)
    old = host.show()

    def choose(dialog: QDialog) -> None:
        when_dialog_opens("message_box", confirm_restore)
        click(dialog, "restore_button")

    when_dialog_opens("backups_dialog", choose)
    old.actions["action_restore_backup"].trigger()
    qtbot.waitUntil(lambda: host.window is not old, timeout=5000)
    assert host.window is not None
    qtbot.addWidget(host.window)
    assert encrypted() and names() == {"Ada Lovelace"}
    assert b"Ada Lovelace" not in journal.read_bytes()
