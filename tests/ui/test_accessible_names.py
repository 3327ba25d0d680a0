"""Every control a person can reach has a name a screen reader can say."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from networkjournal.interop.csv_table import read_table
from networkjournal.store import (
    backups,
    dates,
    networks,
    organisations,
    people,
    relationships,
    templates,
    topics,
)
from networkjournal.store import journal as entries
from networkjournal.store.db import JournalDamaged
from networkjournal.store.import_plan import plan_import
from networkjournal.store.imported import ImportedContact, ParseResult, RecordError
from networkjournal.store.importer import ImportSummary
from networkjournal.store.journal import EntryFilter
from networkjournal.ui.dialogs.about import show_about
from networkjournal.ui.dialogs.backups_dialog import BackupsDialog
from networkjournal.ui.dialogs.csv_mapping_dialog import CsvMappingDialog
from networkjournal.ui.dialogs.damaged_journal_dialog import DamagedJournalDialog
from networkjournal.ui.dialogs.entry_editor import EntryEditor
from networkjournal.ui.dialogs.export_dialog import ExportDialog
from networkjournal.ui.dialogs.global_search import GlobalSearchDialog
from networkjournal.ui.dialogs.help_dialog import WhoCanHelpDialog
from networkjournal.ui.dialogs.import_progress_dialog import ImportProgressDialog
from networkjournal.ui.dialogs.import_review_dialog import ImportReviewDialog
from networkjournal.ui.dialogs.import_summary_dialog import ImportSummaryDialog
from networkjournal.ui.dialogs.important_date_dialog import ImportantDateDialog
from networkjournal.ui.dialogs.merge_people_dialog import MergePeopleDialog
from networkjournal.ui.dialogs.messages import confirm, show_error
from networkjournal.ui.dialogs.organisation_editor import OrganisationEditor
from networkjournal.ui.dialogs.period_dialog import PeriodDialog
from networkjournal.ui.dialogs.person_editor import PersonEditor
from networkjournal.ui.dialogs.referees_dialog import RefereesDialog
from networkjournal.ui.dialogs.relationship_dialog import RelationshipDialog
from networkjournal.ui.dialogs.settings_dialog import SettingsDialog
from networkjournal.ui.dialogs.templates_dialog import TemplatesDialog
from networkjournal.ui.dialogs.topic_editor import TopicEditor
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.main_window import MainWindow
from tests.ui.conftest import when_dialog_opens
from tests.ui.record_form_helpers import shown

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
)


def _is_part_of_another_control(widget: QWidget) -> bool:
    """Qt's own pieces of a composite control, named through the control itself.

    A spin box's or combo box's line edit, a line edit's clear button, a tab
    bar's scroll arrows, a view's scroll bars and header (whose sections a
    screen reader reads as the view's column names).
    """
    parent = widget.parentWidget()
    return (
        isinstance(widget, (QScrollBar, QHeaderView))
        or widget.objectName().startswith("qt_")
        or isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit))
    )


def _visible_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QTabBar):
        texts = [widget.tabText(i).strip() for i in range(widget.count())]
        return " ".join(texts) if all(texts) else ""
    return ""


def visible_controls(window: QWidget) -> list[QWidget]:
    """The controls of ``window`` a person can see and reach now."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE)
        and widget.isVisibleTo(window)
        and not _is_part_of_another_control(widget)
    ]


def unnamed_controls(window: QWidget) -> list[str]:
    """The visible controls of ``window`` with no accessible name, buddy or text."""
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    unnamed = []
    for widget in visible_controls(window):
        if widget.accessibleName().strip() or id(widget) in buddies or _visible_text(widget):
            continue
        parent = widget.parentWidget()
        where = parent.objectName() if parent is not None else ""
        unnamed.append(
            f"{type(widget).__name__} '{widget.objectName()}' (in '{where}'; "
            f"tooltip {widget.toolTip()!r})"
        )
    return unnamed


def check_names(window: QWidget, place: str, offenders: dict[str, list[str]]) -> None:
    """Note under ``place`` the unnamed controls ``window`` shows now, each only once.

    Each place must show controls of its own, so the check cannot pass on nothing.
    """
    QApplication.processEvents()
    assert visible_controls(window), f"{place} shows no controls"
    seen = {offender for found in offenders.values() for offender in found}
    found = [offender for offender in unnamed_controls(window) if offender not in seen]
    if found:
        offenders[place] = found


def check_every_page(window: QWidget, place: str, offenders: dict[str, list[str]]) -> None:
    """Check ``window`` as it opens, then each page of each of its tab widgets."""
    check_names(window, place, offenders)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            check_names(window, f"{place} / {tabs.tabText(index)}", offenders)


def report(offenders: dict[str, list[str]]) -> str:
    return "controls without an accessible name:\n" + "\n".join(
        f"{place}:\n  " + "\n  ".join(found) for place, found in offenders.items()
    )


def test_every_control_on_every_tab_has_a_name(
    qtbot: QtBot, demo: Path, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    offenders: dict[str, list[str]] = {}
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        if window.tabs.currentWidget() is window.people_splitter:
            # The profile of the first person, beside the table, has most of the controls.
            window.people_panel.table.selectRow(0)
        QApplication.processEvents()
        qtbot.wait(50)
        # Each tab shows controls of its own (so the check below cannot pass on nothing).
        assert len(visible_controls(window)) > 10
        check_names(window, window.tabs.tabText(tab), offenders)
    assert not offenders, report(offenders)


# --- the dialogs, each over the demo journal's fullest records ----------------------------


def _fullest(ids: Iterable[int], size: Callable[[int], int]) -> int:
    """The id among ``ids`` whose record has the most rows (contacts, members…)."""
    return max(ids, key=size)


def _person_size(person_id: int) -> int:
    data = people.get_person(person_id)
    return len(data.contacts) + len(data.networks) + len(relationships.relationships_for(person_id))


def _entry_size(entry_id: int) -> int:
    data = entries.get_entry(entry_id)
    return len(data.follow_ups) + len(data.participant_ids)


def _dialogs(journal: Path) -> Iterator[tuple[str, QDialog]]:
    """Each dialog a person can open, made over the demo journal as its window makes it."""
    choices = people.person_choices()
    person_ids = [choice.id for choice in choices]
    person = _fullest(person_ids[:40], _person_size)
    other = next(pid for pid in person_ids if pid != person)
    names = people.person_names()

    yield "person editor (new)", PersonEditor(networks.list_networks(), names)
    yield (
        "person editor",
        PersonEditor(networks.list_networks(), names, people.get_person(person), person),
    )
    entry = _fullest(entries.entry_ids(EntryFilter(), limit=200), _entry_size)
    yield "entry editor (new)", EntryEditor(choices, templates.list_templates())
    yield (
        "entry editor",
        EntryEditor(choices, templates.list_templates(), entries.get_entry(entry), entry),
    )
    yield "relationship dialog (new)", RelationshipDialog(person, names[person], choices)
    relationship = relationships.relationships_for(person)[0].id
    yield (
        "relationship dialog",
        RelationshipDialog(
            person,
            names[person],
            choices,
            relationships.get_relationship(relationship),
            relationship,
        ),
    )
    organisation = _fullest(
        [row.id for row in organisations.list_organisations()],
        lambda oid: len(organisations.get_organisation(oid).members),
    )
    yield "organisation editor (new)", OrganisationEditor(choices)
    yield (
        "organisation editor",
        OrganisationEditor(choices, organisations.get_organisation(organisation), organisation),
    )
    topic = _fullest(
        [row.id for row in topics.list_topics()], lambda tid: len(topics.get_topic(tid).people)
    )
    yield "topic editor (new)", TopicEditor(choices)
    yield "topic editor", TopicEditor(choices, topics.get_topic(topic), topic)
    date = dates.list_dates()[0].id
    yield "important date dialog (new)", ImportantDateDialog(choices, person_id=person)
    yield "important date dialog", ImportantDateDialog(choices, dates.get_date(date), date)
    yield "period dialog", PeriodDialog([names[person]], 30, "Network default: every month")
    yield "templates dialog", TemplatesDialog()
    yield "referees dialog", RefereesDialog()
    yield "merge people dialog", MergePeopleDialog(person, other)
    yield "export dialog", ExportDialog(2, (1, "Social"))
    known = people.get_person(person)
    plan = plan_import(
        ParseResult(
            [
                ImportedContact(
                    "phone.vcf", 1, display_name=names[person], contacts=known.contacts[:1]
                ),
                ImportedContact("phone.vcf", 9, display_name="Zed Newcomer"),
            ],
            [RecordError("phone.vcf", 23, "the card has no END:VCARD")],
        )
    )
    yield "import review dialog", ImportReviewDialog(plan)
    yield (
        "import summary dialog",
        ImportSummaryDialog(
            ImportSummary([person], [other], 1, [RecordError("a.csv", 7, "no name")], 3)
        ),
    )
    yield "import progress dialog", ImportProgressDialog("Importing")
    table = read_table(
        b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        b"Ada,Byron,https://www.linkedin.com/in/ada,,Engines,Programmer,12 Jan 2024\n",
        "Connections.csv",
    )
    yield "CSV mapping dialog", CsvMappingDialog(table)
    backup = backups.backup_now(journal=journal)
    yield "backups dialog", BackupsDialog(backups.list_backups(journal))
    damage = JournalDamaged("damaged", journal=journal, moved_to=journal, backup=backup)
    yield "damaged journal dialog", DamagedJournalDialog(damage)
    search = GlobalSearchDialog()
    search.field.setText(names[person].split()[0])
    yield "global search", search
    yield "who can help dialog", WhoCanHelpDialog(text="cardiology")
    settings = QSettings(str(journal.parent / "dialogs.ini"), QSettings.Format.IniFormat)
    yield "settings dialog", SettingsDialog(settings, journal, QUndoStack(), JournalEvents())


def test_every_control_in_every_dialog_has_a_name(qtbot: QtBot, demo: Path) -> None:
    offenders: dict[str, list[str]] = {}
    for place, dialog in _dialogs(demo):
        check_every_page(shown(qtbot, dialog), place, offenders)
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
    assert not offenders, report(offenders)


def test_the_about_box_and_message_boxes_name_their_controls(qtbot: QtBot, demo: Path) -> None:
    offenders: dict[str, list[str]] = {}

    def check_and_close(place: str) -> Callable[[QDialog], None]:
        def act(dialog: QDialog) -> None:
            check_names(dialog, place, offenders)
            dialog.reject()

        return act

    when_dialog_opens("about_dialog", check_and_close("about"))
    show_about(None, demo)
    when_dialog_opens("message_box", check_and_close("confirmation"))
    confirm(None, "Forget", "Forget Ada?", "This cannot be undone.", "&Forget")
    when_dialog_opens("message_box", check_and_close("error message"))
    show_error(None, "Export", "The file could not be written.", "The disk is full.")
    assert not offenders, report(offenders)
