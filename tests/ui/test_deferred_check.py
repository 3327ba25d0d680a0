"""The journal check left until the window shows: quiet when healthy, a clear warning if not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from networkjournal.store.db import check_pending, close_journal, open_journal
from networkjournal.ui.app import DeferredCheck
from tests.store.test_open_checks import fill, rot_in_place
from tests.ui.conftest import when_dialog_opens


def reopened_after_clean_close(journal: Path, rot: bool) -> None:
    fill(300)
    close_journal()
    if rot:
        rot_in_place(journal)
    open_journal(journal, defer_check=True)
    assert check_pending()


def test_a_healthy_journal_is_marked_checked_without_a_word(qtbot: QtBot, journal: Path) -> None:
    reopened_after_clean_close(journal, rot=False)
    window = QWidget()
    qtbot.addWidget(window)
    checker = DeferredCheck(journal, window)
    with qtbot.waitSignal(checker.finished, timeout=10_000) as done:
        checker.start()
    assert done.args == [[]]
    assert not check_pending()


def test_damage_found_after_start_is_shown_and_not_forgotten(qtbot: QtBot, journal: Path) -> None:
    reopened_after_clean_close(journal, rot=True)
    window = QWidget()
    qtbot.addWidget(window)
    seen: list[str] = []

    def read(box: QDialog) -> None:
        seen.append(box.findChild(QLabel, "qt_msgbox_label").text())
        box.accept()

    when_dialog_opens("message_box", read)
    checker = DeferredCheck(journal, window)
    checker.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "damaged" in seen[0]
    close_journal()
    assert not journal.with_name(journal.name + ".checked").exists()
