"""Importing through the worker: a real file, a real thread, one transaction that Cancel undoes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from networkjournal.interop.archive import export_archive
from networkjournal.interop.csv_contacts import Preset
from networkjournal.store import people
from networkjournal.store.db import close_journal, open_journal, pragma_values
from networkjournal.store.import_plan import Decision, ImportPlan
from networkjournal.store.importer import ImportSummary
from networkjournal.store.people import ContactMethodData, PersonData
from networkjournal.store.schema import db
from networkjournal.ui.import_worker import ImportJob, ImportSource, journal_connection

WAIT_MS = 20_000


def card(number: int) -> str:
    """One vCard 3.0 person, different from every other number's."""
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"FN:Reader {number:05d}\r\nN:{number:05d};Reader;;;\r\n"
        f"EMAIL;TYPE=INTERNET:reader{number}@example.org\r\n"
        "END:VCARD\r\n"
    )


@pytest.fixture
def vcards(tmp_path: Path) -> Path:
    """A phone's export: two good cards, and one cut short between them."""
    path = tmp_path / "phone.vcf"
    path.write_text(
        card(1)
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\n"  # no END: costs only itself
        + card(2),
        newline="",
    )
    return path


@pytest.fixture
def many_vcards(tmp_path: Path) -> Path:
    path = tmp_path / "many.vcf"
    path.write_text("".join(card(number) for number in range(3000)), newline="")
    return path


def start(qtbot: QtBot, job: ImportJob) -> ImportPlan:
    """Start ``job`` and return its plan."""
    with qtbot.waitSignal(job.planned, timeout=WAIT_MS) as planned:
        job.start()
    plan = planned.args[0]
    assert isinstance(plan, ImportPlan)
    return plan


def finish(qtbot: QtBot, job: ImportJob, decisions: dict[int, Decision] | None = None) -> object:
    """Apply ``job``'s plan and return its summary, once the thread has stopped."""
    with (
        qtbot.waitSignal(job.done, timeout=WAIT_MS),
        qtbot.waitSignal(job.finished, timeout=WAIT_MS) as finished,
    ):
        job.apply(decisions)
    return finished.args[0]


def test_a_vcard_file_imports_in_the_worker_thread_with_progress(
    qtbot: QtBot, journal: Path, vcards: Path
) -> None:
    job = ImportJob([ImportSource(vcards)])
    seen: list[tuple[int, int, str]] = []
    job.progress.connect(lambda done, total, what: seen.append((done, total, what)))
    threads: set[threading.Thread] = set()
    job.worker.progress.connect(
        lambda *_args: threads.add(threading.current_thread()), Qt.ConnectionType.DirectConnection
    )
    plan = start(qtbot, job)
    assert [contact.name() for contact in plan.contacts] == ["Reader 00001", "Reader 00002"]
    summary = finish(qtbot, job)
    assert threads and threading.main_thread() not in threads
    assert isinstance(summary, ImportSummary)
    assert len(summary.created) == 2
    assert [str(error) for error in summary.failed] == [
        str(plan.errors[0]),
    ]
    assert (plan.errors[0].source, plan.errors[0].line) == ("phone.vcf", 7)
    assert sorted(people.person_names(summary.created).values()) == [
        "Reader 00001",
        "Reader 00002",
    ]
    assert ("phone.vcf" in seen[0][2]) and seen[0][1] == 1  # reading the one file
    saving = [(done, total) for done, total, _what in seen if total == 2]
    assert saving[-1] == (2, 2)
    assert not job.is_running()


def test_cancel_midway_leaves_the_journal_as_it_was(
    qtbot: QtBot, journal: Path, many_vcards: Path
) -> None:
    before = people.person_names()
    job = ImportJob([ImportSource(many_vcards)])
    plan = start(qtbot, job)
    assert len(plan.contacts) == 3000
    reached: list[int] = []

    def cancel_once_under_way(done: int, total: int, _what: str) -> None:
        # In the worker's thread, so the cancel lands while the store is mid-way.
        if total == 3000 and done > 0 and not reached:
            reached.append(done)
            job.worker.cancel()

    job.worker.progress.connect(cancel_once_under_way, Qt.ConnectionType.DirectConnection)
    finished: list[object] = []
    job.finished.connect(finished.append)
    with (
        qtbot.waitSignal(job.done, timeout=WAIT_MS),
        qtbot.waitSignal(job.cancelled, timeout=WAIT_MS),
    ):
        job.apply()
    assert reached and 0 < reached[0] < 3000
    assert not finished
    assert people.person_names() == before


def test_cancelling_instead_of_deciding_ends_the_job_and_changes_nothing(
    qtbot: QtBot, journal: Path, vcards: Path
) -> None:
    before = people.person_names()
    job = ImportJob([ImportSource(vcards)])
    start(qtbot, job)
    with (
        qtbot.waitSignal(job.done, timeout=WAIT_MS),
        qtbot.waitSignal(job.cancelled, timeout=WAIT_MS),
    ):
        job.cancel()
    assert people.person_names() == before


def test_importing_the_same_file_again_changes_nothing(
    qtbot: QtBot, journal: Path, vcards: Path
) -> None:
    first = ImportJob([ImportSource(vcards)])
    start(qtbot, first)
    finish(qtbot, first)
    again = ImportJob([ImportSource(vcards)])
    plan = start(qtbot, again)
    assert all(match.sure for match in plan.matches) and len(plan.matches) == 2
    summary = finish(qtbot, again, {0: Decision.MERGE, 1: Decision.MERGE})
    assert isinstance(summary, ImportSummary)
    assert (summary.created, summary.unchanged) == ([], 2)


def test_a_file_that_cannot_be_read_fails_with_its_name(
    qtbot: QtBot, journal: Path, tmp_path: Path
) -> None:
    job = ImportJob([ImportSource(tmp_path / "gone.vcf")])
    with (
        qtbot.waitSignal(job.done, timeout=WAIT_MS),
        qtbot.waitSignal(job.failed, timeout=WAIT_MS) as failed,
    ):
        job.start()
    assert "gone.vcf" in failed.args[0]


def test_stopping_a_running_import_waits_for_its_thread_and_undoes_it(
    qtbot: QtBot, journal: Path, many_vcards: Path
) -> None:
    before = people.person_names()
    job = ImportJob([ImportSource(many_vcards)])
    start(qtbot, job)
    under_way = threading.Event()
    job.worker.progress.connect(
        lambda done, _total, _what: under_way.set() if done > 0 else None,
        Qt.ConnectionType.DirectConnection,
    )
    job.apply()
    assert under_way.wait(WAIT_MS / 1000)
    job.stop()
    assert not job.is_running()
    assert people.person_names() == before


def test_an_archive_restores_into_an_empty_journal(
    qtbot: QtBot, journal: Path, tmp_path: Path
) -> None:
    kept = people.create_person(
        PersonData(
            given_name="Ada",
            family_name="Byron",
            contacts=[ContactMethodData("email", "ada@example.org")],
        )
    )
    archive = tmp_path / "journal.json"
    archive.write_text(export_archive(), encoding="utf-8")
    open_journal(tmp_path / "empty" / "journal.sqlite3")
    job = ImportJob([ImportSource(archive)])
    with (
        qtbot.waitSignal(job.done, timeout=WAIT_MS),
        qtbot.waitSignal(job.finished, timeout=WAIT_MS) as finished,
    ):
        job.start()
    summary = finished.args[0]
    assert isinstance(summary, ImportSummary)
    assert summary.created == [kept]
    assert people.person_names() == {kept: "Ada Byron"}
    close_journal()


def test_an_archive_is_refused_alongside_other_files(
    qtbot: QtBot, journal: Path, tmp_path: Path, vcards: Path
) -> None:
    archive = tmp_path / "journal.json"
    archive.write_text(export_archive(), encoding="utf-8")
    job = ImportJob([ImportSource(vcards), ImportSource(archive)])
    with (
        qtbot.waitSignal(job.done, timeout=WAIT_MS),
        qtbot.waitSignal(job.failed, timeout=WAIT_MS) as failed,
    ):
        job.start()
    assert "on its own" in failed.args[0]


def test_the_worker_thread_connects_with_the_journal_pragmas_and_closes_after(
    journal: Path,
) -> None:
    seen: dict[str, object] = {}

    def in_another_thread() -> None:
        with journal_connection():
            seen.update(pragma_values())
            seen["open inside"] = not db.is_closed()
        seen["closed after"] = db.is_closed()

    thread = threading.Thread(target=in_another_thread)
    thread.start()
    thread.join()
    assert seen == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 2,
        "busy_timeout": 5000,
        "open inside": True,
        "closed after": True,
    }
    assert not db.is_closed()  # this thread's connection is its own, still open


def test_the_progress_dialog_follows_a_job_and_its_cancel_changes_nothing(
    qtbot: QtBot, journal: Path, vcards: Path
) -> None:
    from networkjournal.ui.dialogs.import_progress_dialog import ImportProgressDialog
    from tests.ui.record_form_helpers import shown

    before = people.person_names()
    job = ImportJob([ImportSource(vcards)])
    dialog = shown(qtbot, ImportProgressDialog())
    dialog.follow(job)
    start(qtbot, job)
    assert "Looking for people" in dialog.what.text()
    with qtbot.waitSignal(job.done, timeout=WAIT_MS), qtbot.waitSignal(job.cancelled):
        dialog.cancel_button.click()
    assert dialog.heading.text() == "Import cancelled"
    assert not dialog.is_running()
    assert people.person_names() == before


def test_a_csv_file_is_read_with_the_preset_and_columns_the_user_chose(
    qtbot: QtBot, journal: Path, tmp_path: Path
) -> None:
    path = tmp_path / "export.txt"  # no telling extension: the chosen preset decides
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ada,Byron,https://www.linkedin.com/in/ada-byron,,Engines,Programmer,12 Jan 2024\n",
        encoding="utf-8",
    )
    mapping = {0: "given_name", 1: "family_name", 2: "linkedin", 5: "notes"}
    job = ImportJob([ImportSource(path, Preset.LINKEDIN, mapping)])
    plan = start(qtbot, job)
    (contact,) = plan.contacts
    assert (contact.name(), contact.headline, contact.organisation) == ("Ada Byron", "", "")
    assert "Programmer" in contact.notes
    summary = finish(qtbot, job)
    assert isinstance(summary, ImportSummary)
    (ada,) = summary.created
    assert "Programmer" in people.get_person(ada).notes
