"""Nothing anyone typed is ever read as markup: a person called ``<b>x</b><img …>`` shows as that.

Every place is found by walking the widgets rather than by naming them, so a
label added later is checked too: a label showing user text must be plain
text (Qt's AutoText would take the name for HTML and load the image), item
views must give the name back literally, and tooltips must carry it escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from networkjournal.store import dates, facts, networks, organisations, people, tags, topics
from networkjournal.store import journal as entries
from networkjournal.store.follow_ups import create_follow_up
from networkjournal.store.import_plan import plan_import
from networkjournal.store.imported import ImportedContact, ParseResult
from networkjournal.store.journal import EntryData, FollowUpData
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import NetworkRole, PersonData
from networkjournal.ui.reminders import ReminderScheduler
from tests.ui.conftest import when_dialog_opens

EVIL = "<b>x</b><img src=/etc/hostname>"
MARK = "x</b>"  # only our text holds it, escaped or not
TODAY = dt.date.today()


@pytest.fixture
def evil(journal: Path) -> dict[str, int]:
    """The name everywhere user text can go: people, entries, facts, topics, tags, dates."""
    social = next(n.id for n in networks.list_networks() if n.name == "Social")
    person = people.create_person(
        PersonData(
            display_name=EVIL,
            given_name=EVIL,
            headline=EVIL,
            notes=EVIL,
            met_at=EVIL,
            how_met=EVIL,
            is_referee=True,
            referee_note=EVIL,
            keep_in_touch_days=7,
            networks=[NetworkRole(social, EVIL)],
        )
    )
    twin = people.create_person(PersonData(display_name=f"{EVIL} 2", headline=EVIL))
    facts.create_fact(facts.FactData(person_id=person, text=EVIL))
    facts.create_disclosure(facts.DisclosureData(person_id=person, text=EVIL, witnessed=True))
    topics.create_topic(
        topics.TopicData(title=EVIL, kind="audit", people=[topics.TopicMember(person, EVIL)])
    )
    organisations.create_organisation(
        organisations.OrganisationData(
            name=EVIL, members=[organisations.MemberData(person, role=EVIL)]
        )
    )
    tags.set_person_tags(person, [EVIL])
    when = dt.datetime.combine(TODAY - dt.timedelta(days=30), dt.time(10, 0))
    entry = entries.create_entry(
        EntryData(
            occurred_at=when,
            title=EVIL,
            location=EVIL,
            notes=EVIL,
            participant_ids=[person],
            follow_ups=[FollowUpData(EVIL, due_on=TODAY - dt.timedelta(days=1), person_id=person)],
        )
    ).entry_id
    create_follow_up(FollowUpData(EVIL, due_on=TODAY, person_id=person))
    soon = TODAY + dt.timedelta(days=3)
    dates.create_date(
        dates.DateData(EVIL, PartialDate(soon.year, soon.month, soon.day), person_id=person)
    )
    return {"person": person, "twin": twin, "entry": entry}


# --- the walk ----------------------------------------------------------------------------


def widgets(root: QWidget) -> Iterator[QWidget]:
    yield root
    yield from root.findChildren(QWidget)


def model_indexes(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator:
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private
        columns = 1
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and depth < 3 and model.rowCount(index) > 0:
                yield from model_indexes(model, index, depth + 1)


def problems_in(root: QWidget) -> tuple[list[str], int]:
    """What in ``root`` shows the name as markup; and how many places show it at all."""
    problems: list[str] = []
    seen = 0
    for widget in widgets(root):
        where = f"{type(widget).__name__}({widget.objectName()!r})"
        if isinstance(widget, QLabel) and MARK in widget.text():
            seen += 1
            if widget.textFormat() != Qt.TextFormat.PlainText:
                problems.append(f"{where} label shows {widget.text()!r} as {widget.textFormat()}")
        if MARK in widget.toolTip():
            problems.append(f"{where} tooltip is unescaped: {widget.toolTip()!r}")
        if MARK in widget.windowTitle():
            seen += 1
            if EVIL not in widget.windowTitle():
                problems.append(f"{where} window title mangles it: {widget.windowTitle()!r}")
        if isinstance(widget, QTextEdit | QPlainTextEdit) and "hostname" in widget.toPlainText():
            seen += 1
            if EVIL not in widget.toPlainText():
                problems.append(f"{where} text reads {widget.toPlainText()!r}")
        # Buttons draw their text plain; link buttons cut it short with … and say it all
        # in their accessible name.
        button_text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if "hostname" in button_text + widget.accessibleName():
            seen += 1
            said = {button_text.replace("&&", "&"), widget.accessibleName()}
            if not any(EVIL in text for text in said):
                problems.append(f"{where} reads {said!r}")
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            # The map draws names as scene items: plain text items, escaped tooltips.
            for item in widget.scene().items():
                assert not isinstance(item, QGraphicsTextItem), f"{where} has a rich text item"
                if isinstance(item, QGraphicsSimpleTextItem) and "hostname" in item.text():
                    seen += 1
                    if EVIL not in item.text():
                        problems.append(f"{where} map label reads {item.text()!r}")
                if MARK in item.toolTip():
                    problems.append(f"{where} map tooltip is unescaped: {item.toolTip()!r}")
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                if "hostname" in widget.itemText(i):
                    seen += 1
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found, wrong = model_problems(widget.model(), where)
            seen += found
            problems += wrong
    return problems, seen


def model_problems(model: QAbstractItemModel, where: str) -> tuple[int, list[str]]:
    seen = 0
    problems: list[str] = []
    for index in model_indexes(model, QModelIndex()):
        shown = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(shown, str) and "hostname" in shown:
            seen += 1
            # A notes snippet drops Markdown's marks (">" quotes) but keeps the tag as words.
            if "<img src=/etc/hostname" not in shown:
                problems.append(f"{where} row {index.row()} shows {shown!r}")
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        if isinstance(tip, str) and MARK in tip:
            problems.append(f"{where} row {index.row()} tooltip is unescaped: {tip!r}")
    return seen, problems


def assert_plain(root: QWidget, at_least: int = 1) -> None:
    QApplication.processEvents()
    problems, seen = problems_in(root)
    assert problems == []
    assert seen >= at_least, "the name should be shown here, or this checks nothing"


# --- the main window -------------------------------------------------------------------


def test_every_tab_of_the_window_shows_the_name_literally(
    make_window, evil: dict[str, int], qtbot: QtBot
) -> None:
    window = make_window()
    window.show_person(evil["person"])
    qtbot.waitUntil(lambda: window.person_panel.isVisible())
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        if window.tabs.currentWidget() is window.map_host:  # laid out in a worker
            qtbot.waitUntil(
                lambda: (
                    window.map_host.panel is not None
                    and bool(window.map_host.panel.node_items())
                    and not window.map_host.panel.is_laying_out()
                ),
                timeout=20_000,
            )
        assert_plain(window.tabs.currentWidget())
    assert_plain(window.sidebar)
    assert_plain(window, at_least=10)
    assert "hostname" not in window.windowTitle() or EVIL in window.windowTitle()


def test_the_profile_shows_the_name_in_plain_labels(
    make_window, evil: dict[str, int], qtbot: QtBot
) -> None:
    window = make_window()
    window.show_person(evil["person"])
    QApplication.processEvents()
    assert_plain(window.person_panel, at_least=5)


def test_the_timeline_and_journal_give_back_the_title_as_typed(
    make_window, evil: dict[str, int]
) -> None:
    window = make_window()
    window.actions["action_show_journal"].trigger()  # the journal is read when first shown
    model = window.journal_panel.table.model() if hasattr(window.journal_panel, "table") else None
    if model is not None:
        seen, wrong = model_problems(model, "journal")
        assert wrong == [] and seen >= 1


# --- dialogs ---------------------------------------------------------------------------


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    return dialog


def test_the_person_editor_shows_the_name_literally(evil: dict[str, int], qtbot: QtBot) -> None:
    from networkjournal.ui.dialogs.person_editor import PersonEditor

    editor = PersonEditor(
        networks.list_networks(),
        people.person_names(),
        data=people.get_person(evil["person"]),
        person_id=evil["person"],
    )
    assert_plain(shown(qtbot, editor))


def test_the_entry_editor_shows_the_title_and_people_literally(
    evil: dict[str, int], qtbot: QtBot
) -> None:
    from networkjournal.ui.dialogs.entry_editor import EntryEditor

    editor = EntryEditor(
        people.person_choices(),
        [],
        data=entries.get_entry(evil["entry"]),
        entry_id=evil["entry"],
    )
    dialog = shown(qtbot, editor)
    assert_plain(dialog)
    title = dialog.findChild(QWidget, "entry_title_edit")
    assert title is not None and title.text() == EVIL


def test_the_merge_dialog_shows_both_names_literally(evil: dict[str, int], qtbot: QtBot) -> None:
    from networkjournal.ui.dialogs.merge_people_dialog import MergePeopleDialog

    assert_plain(shown(qtbot, MergePeopleDialog(evil["person"], evil["twin"])), at_least=2)


def test_the_import_review_shows_names_from_the_file_literally(
    evil: dict[str, int], qtbot: QtBot
) -> None:
    from networkjournal.ui.dialogs.import_review_dialog import ImportReviewDialog

    record = ImportedContact("evil.vcf", 1, display_name=EVIL, headline=EVIL)
    plan = plan_import(ParseResult([record], []))
    assert_plain(shown(qtbot, ImportReviewDialog(plan)))


def test_the_other_editors_show_user_text_literally(evil: dict[str, int], qtbot: QtBot) -> None:
    from networkjournal.ui.dialogs.important_date_dialog import ImportantDateDialog
    from networkjournal.ui.dialogs.organisation_editor import OrganisationEditor
    from networkjournal.ui.dialogs.referees_dialog import RefereesDialog
    from networkjournal.ui.dialogs.topic_editor import TopicEditor

    choices = people.person_choices()
    org = organisations.list_organisations()[0]
    topic = topics.list_topics()[0]
    date = dates.list_dates()[0]
    for dialog in (
        OrganisationEditor(choices, organisations.get_organisation(org.id), org.id),
        TopicEditor(choices, topics.get_topic(topic.id), topic.id),
        ImportantDateDialog(choices, dates.get_date(date.id), date.id),
        RefereesDialog(),
    ):
        assert_plain(shown(qtbot, dialog))


def test_message_boxes_about_a_person_show_the_name_literally(
    make_window, evil: dict[str, int], qtbot: QtBot
) -> None:
    window = make_window()
    window.show_person(evil["person"])
    window.people_panel.select_ids([evil["person"]])
    checked: list[list[str]] = []

    def look_then_cancel(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        problems, seen = problems_in(box)
        checked.append(problems if seen else ["the name is not in the box"])
        box.reject()

    when_dialog_opens("message_box", look_then_cancel)
    window.actions["action_forget_person"].trigger()
    assert checked == [[]]
    assert evil["person"] in people.person_names()


def test_reminders_name_follow_ups_as_typed(evil: dict[str, int], settings) -> None:
    shown_messages: list[tuple[str, str]] = []
    scheduler = ReminderScheduler(settings, lambda t, m: shown_messages.append((t, m)))
    assert scheduler.check()
    [(title, message)] = shown_messages
    assert f"{EVIL} — {EVIL}" in message
    assert "hostname" not in title


def test_period_relationship_and_search_dialogs_show_names_literally(
    evil: dict[str, int], qtbot: QtBot
) -> None:
    from networkjournal.ui.dialogs.global_search import GlobalSearchDialog
    from networkjournal.ui.dialogs.period_dialog import PeriodDialog
    from networkjournal.ui.dialogs.relationship_dialog import RelationshipDialog

    assert_plain(shown(qtbot, PeriodDialog([EVIL], 7, EVIL)), at_least=2)
    choices = people.person_choices()
    assert_plain(shown(qtbot, RelationshipDialog(evil["person"], EVIL, choices)))
    search = shown(qtbot, GlobalSearchDialog())
    assert isinstance(search, GlobalSearchDialog)
    search.field.setText("hostname")
    qtbot.waitUntil(lambda: search.results.model().rowCount() > 0)
    assert_plain(search, at_least=2)
