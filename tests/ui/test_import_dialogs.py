"""The import's dialogs: review the matches, map a CSV file's columns, follow progress, read
the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
)
from pytestqt.qtbot import QtBot

from networkjournal.interop.csv_contacts import Preset
from networkjournal.interop.csv_table import read_table
from networkjournal.store import people
from networkjournal.store.import_plan import Decision, ImportPlan, plan_import
from networkjournal.store.imported import ImportedContact, ParseResult, RecordError
from networkjournal.store.importer import ImportSummary
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import ContactMethodData, PersonData
from networkjournal.ui.dialogs.csv_mapping_dialog import CsvMappingDialog
from networkjournal.ui.dialogs.import_progress_dialog import ImportProgressDialog
from networkjournal.ui.dialogs.import_review_dialog import ImportReviewDialog, review_needed
from networkjournal.ui.dialogs.import_summary_dialog import ImportSummaryDialog
from tests.ui.record_form_helpers import child, shown

# --- the review ---------------------------------------------------------------------------


@pytest.fixture
def known(journal: Path) -> dict[str, int]:
    """People already in the journal."""
    return {
        "anna": people.create_person(
            PersonData(
                given_name="Anna",
                family_name="Smith",
                headline="Anatomy demonstrator",
                contacts=[ContactMethodData("email", "anna@uni.example")],
            )
        ),
        "bob": people.create_person(PersonData(display_name="Bob Jones")),
        "carla": people.create_person(PersonData(display_name="Carla Diaz")),
        "carl": people.create_person(PersonData(display_name="Carla Dias")),
    }


@pytest.fixture
def plan(known: dict[str, int]) -> ImportPlan:
    """A phone's cards: a sure match, two possible ones, someone new, and a broken card."""
    contacts = [
        ImportedContact(
            "phone.vcf",
            1,
            given_name="Anna",
            family_name="Smith",
            headline="Senior demonstrator",
            birthday=PartialDate(None, 12, 21),
            contacts=[
                ContactMethodData("email", "anna@uni.example"),
                ContactMethodData("phone", "+44 7700 900123"),
            ],
            categories=["Anatomy"],
        ),
        ImportedContact(
            "phone.vcf",
            9,
            display_name="Bob Jones",
            contacts=[ContactMethodData("phone", "0161 496 0000")],
        ),
        ImportedContact("phone.vcf", 15, display_name="Carla Diaz"),  # adds nothing
        ImportedContact("phone.vcf", 19, display_name="Dev <i>Patel</i>"),
    ]
    errors = [RecordError("phone.vcf", 23, "the card has no END:VCARD")]
    return plan_import(ParseResult(contacts, errors))


def row_item(tree: QTreeWidget, row: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(row)
    assert item is not None
    return item


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def review(qtbot: QtBot, plan: ImportPlan) -> ImportReviewDialog:
    return shown(qtbot, ImportReviewDialog(plan))


def select_record(dialog: ImportReviewDialog, index: int) -> None:
    tree = child(dialog, QTreeWidget, "import_review_list")
    for row in range(tree.topLevelItemCount()):
        item = row_item(tree, row)
        if item.data(0, Qt.ItemDataRole.UserRole + 1) == index:
            tree.setCurrentItem(item)
            return
    raise AssertionError(f"record {index} is not listed")


def comparison(dialog: ImportReviewDialog) -> list[tuple[str, ...]]:
    table = child(dialog, QTableWidget, "import_review_comparison")
    return [
        tuple(cell(table, row, column) for column in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


def test_sure_matches_start_as_merge_and_possible_ones_as_keep_both(
    qtbot: QtBot, plan: ImportPlan
) -> None:
    dialog = review(qtbot, plan)
    # Anna: same email. Bob: same name, brings a phone. Carla: same name, brings nothing.
    assert dialog.decisions() == {0: Decision.MERGE, 1: Decision.CREATE, 2: Decision.MERGE}
    assert 3 not in dialog.decisions()  # Dev matches nobody: the store adds him
    tree = child(dialog, QTreeWidget, "import_review_list")
    choices = {
        row_item(tree, row).text(0): row_item(tree, row).text(3)
        for row in range(tree.topLevelItemCount())
    }
    assert choices == {"Anna Smith": "Merge", "Bob Jones": "Keep both", "Carla Diaz": "Merge"}
    counts = child(dialog, QLabel, "import_review_counts_label").text()
    assert "2 new people, 2 merged, 0 skipped" in counts
    assert "1 record could not be read" in counts


def test_the_comparison_lists_only_what_the_file_says_differently(
    qtbot: QtBot, plan: ImportPlan
) -> None:
    dialog = review(qtbot, plan)
    select_record(dialog, 0)
    assert comparison(dialog) == [
        ("Role", "Anatomy demonstrator", "Senior demonstrator", "Yours kept"),
        ("Birthday", "—", "21 December", "Added"),
        ("Phone", "—", "+44 7700 900123", "Added"),
        ("Tags", "—", "Anatomy", "Added"),
    ]
    reason = child(dialog, QLabel, "import_review_reason_label").text()
    assert reason == "The same person as Anna Smith: the same email address, anna@uni.example."
    select_record(dialog, 2)
    assert comparison(dialog) == []
    assert child(dialog, QLabel, "import_review_same_note").isVisible()


def test_choices_change_the_decisions_the_list_and_the_counts(
    qtbot: QtBot, plan: ImportPlan
) -> None:
    dialog = review(qtbot, plan)
    select_record(dialog, 0)
    child(dialog, QRadioButton, "import_skip_radio").click()
    select_record(dialog, 1)
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # &Merge into …
    qtbot.waitUntil(lambda: dialog.decisions()[1] == Decision.MERGE)  # a mnemonic animates
    assert dialog.decisions() == {0: Decision.SKIP, 1: Decision.MERGE, 2: Decision.MERGE}
    counts = child(dialog, QLabel, "import_review_counts_label").text()
    assert "1 new person, 2 merged, 1 skipped" in counts
    child(dialog, QPushButton, "merge_all_sure_button").click()
    assert dialog.decisions()[0] == Decision.MERGE
    assert dialog.decisions()[1] == Decision.MERGE  # not a sure match: left as chosen


def test_a_record_like_several_people_merges_into_the_one_chosen(
    qtbot: QtBot, known: dict[str, int]
) -> None:
    close = plan_import(
        ParseResult([ImportedContact("c.csv", 2, display_name="Carla Diaz", nickname="Cee")], [])
    )
    dialog = review(qtbot, close)
    combo = child(dialog, QComboBox, "import_target_combo")
    assert combo.isVisible() and combo.count() == 2
    assert [combo.itemText(i) for i in range(2)] == [
        "Carla Diaz — Same name",
        "Carla Dias — Similar name",
    ]
    assert dialog.targets() == {}
    combo.setCurrentIndex(1)
    child(dialog, QRadioButton, "import_merge_radio").click()
    assert dialog.targets() == {0: known["carl"]}
    assert dialog.decisions() == {0: Decision.MERGE}
    assert child(dialog, QRadioButton, "import_merge_radio").text() == "&Merge into Carla Dias"


def test_names_from_a_file_show_as_typed_never_as_markup(
    qtbot: QtBot, known: dict[str, int]
) -> None:
    odd = plan_import(
        ParseResult(
            [
                ImportedContact(
                    "x.vcf",
                    4,
                    display_name="Anna <b>Smith</b> &amp;",
                    contacts=[ContactMethodData("email", "anna@uni.example")],
                )
            ],
            [],
        )
    )
    dialog = review(qtbot, odd)
    heading = child(dialog, QLabel, "import_review_heading_label")
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert heading.text() == "“Anna <b>Smith</b> &amp;”, from x.vcf, line 4"
    tree = child(dialog, QTreeWidget, "import_review_list")
    assert row_item(tree, 0).text(0) == "Anna <b>Smith</b> &amp;"
    assert ("Name", "Anna Smith", "Anna <b>Smith</b> &amp;", "Yours kept") in comparison(dialog)


def test_a_file_of_people_nobody_knows_shows_an_empty_state(
    qtbot: QtBot, known: dict[str, int]
) -> None:
    fresh = plan_import(ParseResult([ImportedContact("new.vcf", 1, display_name="Zed Zed")], []))
    assert not review_needed(fresh)
    dialog = review(qtbot, fresh)
    assert child(dialog, QLabel, "empty_state_title").isVisible()
    assert not child(dialog, QPushButton, "merge_all_sure_button").isVisible()
    assert dialog.decisions() == {}
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)


def test_categories_can_become_networks(qtbot: QtBot, plan: ImportPlan) -> None:
    assert review_needed(plan)
    dialog = review(qtbot, plan)
    combo = child(dialog, QComboBox, "import_categories_combo")
    assert combo.isVisible() and dialog.categories_as() == "tags"
    combo.setCurrentIndex(combo.findData("networks"))
    assert dialog.categories_as() == "networks"
    select_record(dialog, 0)
    assert ("Networks", "—", "Anatomy", "Added") in comparison(dialog)


# --- the summary --------------------------------------------------------------------------


def test_the_summary_counts_and_lists_each_failure_with_its_file_and_line(qtbot: QtBot) -> None:
    summary = ImportSummary(
        created=[4, 5],
        merged=[1, 4],
        skipped=1,
        failed=[
            RecordError("phone.vcf", 23, "the card has no END:VCARD"),
            RecordError("Connections.csv", 7, "this row has no name"),
        ],
        unchanged=12,
    )
    dialog = shown(qtbot, ImportSummaryDialog(summary))
    figures = {
        name: child(dialog, QLabel, f"import_summary_{name}_label").text()
        for name in ("created", "merged", "skipped", "unchanged", "failed")
    }
    assert figures == {
        "created": "2",
        "merged": "2",
        "skipped": "1",
        "unchanged": "12",
        "failed": "2",
    }
    failures = child(dialog, QPlainTextEdit, "import_failures_text")
    assert failures.isReadOnly() and failures.isVisible()
    assert failures.toPlainText().splitlines() == [
        "phone.vcf, line 23: the card has no END:VCARD",
        "Connections.csv, line 7: this row has no name",
    ]
    with qtbot.waitSignal(dialog.showPeopleRequested) as shown_people:
        child(dialog, QPushButton, "show_imported_people_button").click()
    assert shown_people.args == [[4, 5, 1]]


def test_a_summary_of_nothing_new_says_so_and_offers_nobody_to_show(qtbot: QtBot) -> None:
    dialog = shown(qtbot, ImportSummaryDialog(ImportSummary(unchanged=40)))
    headline = child(dialog, QLabel, "import_summary_headline_label").text()
    assert headline == "Nothing new: everyone in the files was already in your journal."
    assert not child(dialog, QPushButton, "show_imported_people_button").isVisible()
    assert not child(dialog, QPlainTextEdit, "import_failures_text").isVisible()


# --- the CSV mapping ----------------------------------------------------------------------

LINKEDIN = (
    b"Notes:\n"
    b'"When exporting your connection data, you may notice that some of the email addresses '
    b'are missing."\n'
    b"\n"
    b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    b"Ada,Byron,https://www.linkedin.com/in/ada-byron,,Analytical Engines,Programmer,12 Jan 2024\n"
    b"Charles,Babbage,https://www.linkedin.com/in/cbabbage,cb@example.org,Engines Ltd,Founder,"
    b"01/12/24\n"
)


def test_the_mapping_starts_from_the_detected_preset_and_follows_the_user(qtbot: QtBot) -> None:
    table = read_table(LINKEDIN, "Connections.csv")
    dialog = shown(qtbot, CsvMappingDialog(table, Preset.AUTO))
    assert dialog.preset() is Preset.LINKEDIN
    assert dialog.mapping()[2] == "linkedin" and dialog.mapping()[6] == "met_on"
    preview = child(dialog, QTableWidget, "csv_preview_table")
    model = preview.model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "First Name"
    assert cell(preview, 1, 0) == "Ada"
    assert model.headerData(1, Qt.Orientation.Vertical) == f"Line {table.rows[0].line}"
    combo = child(dialog, QComboBox, "csv_field_combo_5")
    combo.setCurrentIndex(combo.findData("notes"))
    assert dialog.mapping()[5] == "notes"
    dialog.set_field(3, "ignore")
    assert dialog.mapping()[3] == "ignore"
    preset = child(dialog, QComboBox, "csv_preset_combo")
    preset.setCurrentIndex(preset.findData(Preset.GENERIC))
    assert dialog.preset() is Preset.GENERIC
    assert dialog.mapping()[5] == "headline"  # the new preset's reading, from scratch
    assert dialog.mapping()[2] == "website"


def test_a_mapping_with_no_name_refuses_to_go_on_and_says_why(qtbot: QtBot) -> None:
    table = read_table(LINKEDIN, "Connections.csv")
    dialog = shown(qtbot, CsvMappingDialog(table, Preset.LINKEDIN))
    for column in range(len(table.header)):
        dialog.set_field(column, "ignore")
    assert not child(dialog, QPushButton, "csv_continue_button").isEnabled()
    assert "no row could become a person" in child(dialog, QLabel, "csv_mapping_message").text()
    dialog.set_field(3, "email")
    assert child(dialog, QPushButton, "csv_continue_button").isEnabled()


def test_a_given_mapping_is_shown_as_given_and_tab_reaches_every_column(qtbot: QtBot) -> None:
    table = read_table(LINKEDIN, "Connections.csv")
    given = {0: "display_name", 4: "organisation"}
    dialog = shown(qtbot, CsvMappingDialog(table, Preset.LINKEDIN, given))
    assert dialog.mapping() == {
        0: "display_name",
        1: "ignore",
        2: "ignore",
        3: "ignore",
        4: "organisation",
        5: "ignore",
        6: "ignore",
    }
    first = child(dialog, QComboBox, "csv_field_combo_0")
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert child(dialog, QComboBox, "csv_field_combo_1").hasFocus()


# --- the progress -------------------------------------------------------------------------


def test_progress_shows_how_far_and_cancel_asks_nothing_then_says_nothing_changed(
    qtbot: QtBot,
) -> None:
    dialog = shown(qtbot, ImportProgressDialog())
    dialog.set_progress(250, 1000, "Adding people to your journal…")
    bar = child(dialog, QProgressBar, "import_progress_bar")
    assert (bar.value(), bar.maximum()) == (250, 1000)
    assert child(dialog, QLabel, "import_progress_what_label").text() == (
        "Adding people to your journal…"
    )
    with qtbot.waitSignal(dialog.cancelRequested):
        child(dialog, QPushButton, "cancel_button").click()
    assert dialog.isVisible()  # until the import has undone what it did
    dialog.show_cancelled()
    assert "exactly as it was" in child(dialog, QLabel, "import_progress_what_label").text()
    close = child(dialog, QPushButton, "close_button")
    assert close.isVisible() and not child(dialog, QPushButton, "cancel_button").isVisible()
    with qtbot.waitSignal(dialog.accepted):
        close.click()


def test_escape_while_importing_cancels_instead_of_closing(qtbot: QtBot) -> None:
    dialog = shown(qtbot, ImportProgressDialog())
    requests: list[bool] = []
    dialog.cancelRequested.connect(lambda: requests.append(True))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert requests == [True] and dialog.isVisible()
    dialog.show_failed("The journal could not be written (database is locked).")
    text = child(dialog, QLabel, "import_progress_what_label").text()
    assert text.startswith("The journal could not be written") and "exactly as it was" in text
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
