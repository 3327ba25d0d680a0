"""Import, export and merging in the real window: files dropped or chosen, people merged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QUndoCommand
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from networkjournal.store import people
from networkjournal.store.people import ContactMethodData, PersonData
from networkjournal.ui.main_window import PEOPLE_TAB, MainWindow
from tests.ui.conftest import when_dialog_opens

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nN:Silva;Ana;;;\r\n"
    "EMAIL;TYPE=INTERNET:ana@example.org\r\nTITLE:FY1 doctor\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王小明\r\nTEL;TYPE=CELL:+44 7700 900123\r\n"
    "BDAY:--0314\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\n"
)
LINKEDIN = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing."\n\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Olu,Bello,https://www.linkedin.com/in/olubello,,St Thomas' Hospital,"
    "Consultant cardiologist,12 Jan 2024\n"
)


def names() -> set[str]:
    return set(people.person_names().values())


def close_summary(seen: list[str]) -> None:
    def close(dialog: QDialog) -> None:
        seen.append(dialog.findChild(QPushButton, "show_imported_people_button").text())
        dialog.findChild(QPushButton, "show_imported_people_button").click()

    when_dialog_opens("import_summary_dialog", close)


def test_a_vcard_file_dropped_on_the_window_imports_its_people(
    make_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = make_window()
    phone = tmp_path / "phone.vcf"
    phone.write_text(CARDS, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(phone))])
    seen: list[str] = []
    close_summary(seen)
    drop = QDropEvent(
        QPoint(300, 300),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)

    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert names() == {"Ana Silva", "王小明"}
    # "Show imported people" brings them up in the people table.
    assert window.tabs.currentIndex() == PEOPLE_TAB
    model = window.people_panel.model
    shown = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert {"Ana Silva", "王小明"} <= shown
    assert len(window.people_panel.selected_ids()) == 2


def test_the_same_file_imported_twice_changes_nothing(
    make_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = make_window()
    phone = tmp_path / "phone.vcf"
    phone.write_text(CARDS, encoding="utf-8")
    seen: list[str] = []
    close_summary(seen)
    window.interop.import_paths([phone])
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    before = {pid: people.get_person(pid) for pid in people.person_names()}

    reviewed: list[bool] = []

    def accept_review(dialog: QDialog) -> None:
        reviewed.append(True)
        dialog.findChild(QPushButton, "import_button").click()

    when_dialog_opens("import_review_dialog", accept_review)
    close_summary(seen)
    window.interop.import_paths([phone])
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)

    assert reviewed == [True]  # everyone matched: the user is asked, and merging is the default
    after = {pid: people.get_person(pid) for pid in people.person_names()}
    assert after == before


def test_a_linkedin_csv_chosen_from_the_file_menu_goes_through_the_column_mapping(
    make_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = make_window()
    connections = tmp_path / "Connections.csv"
    connections.write_text(LINKEDIN, encoding="utf-8")

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        field.setText(str(connections))
        qtbot.keyClick(field, Qt.Key.Key_Return)

    mapped: list[str] = []

    def continue_mapping(dialog: QDialog) -> None:
        mapped.append(dialog.preset())
        dialog.findChild(QPushButton, "csv_continue_button").click()

    seen: list[str] = []
    when_dialog_opens("import_file_dialog", choose)
    when_dialog_opens("csv_mapping_dialog", continue_mapping)
    close_summary(seen)
    window.actions["action_import"].trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)

    assert mapped == ["linkedin"]
    [olu] = [pid for pid, name in people.person_names().items() if name == "Olu Bello"]
    data = people.get_person(olu)
    assert data.headline == "Consultant cardiologist"
    assert data.met_on is not None and data.met_on.to_iso() == "2024-01-12"
    assert [(c.kind, c.value) for c in data.contacts] == [
        ("linkedin", "https://www.linkedin.com/in/olubello")
    ]


@pytest.fixture
def twins(journal: Path) -> tuple[int, int]:
    first = people.create_person(
        PersonData(
            display_name="Sam Okafor",
            contacts=[ContactMethodData("email", "sam@example.org")],
        )
    )
    second = people.create_person(PersonData(display_name="Samuel Okafor", headline="FY2"))
    return first, second


def test_merge_two_selected_people_and_undo(
    make_window, twins: tuple[int, int], qtbot: QtBot
) -> None:
    window: MainWindow = make_window()
    window.people_panel.select_ids(list(twins))
    merge = window.actions["action_merge_people"]
    assert merge.isEnabled()

    def keep_first(dialog: QDialog) -> None:
        dialog.findChild(QPushButton, "merge_button").click()

    when_dialog_opens("merge_people_dialog", keep_first)
    merge.trigger()

    assert len(people.person_names()) == 1
    [kept] = people.person_names()
    data = people.get_person(kept)
    assert data.headline == "FY2" and [c.value for c in data.contacts] == ["sam@example.org"]
    assert window.people_panel.model.rowCount() == 1

    window.actions["action_undo"].trigger()
    assert names() == {"Sam Okafor", "Samuel Okafor"}
    assert people.get_person(twins[1]).contacts == []


def test_export_vcard_from_the_file_menu(
    make_window, twins: tuple[int, int], qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = make_window()
    target = tmp_path / "out.vcf"

    def vcard(dialog: QDialog) -> None:
        dialog.findChild(QPushButton, "export_button").click()

    def choose(dialog: QDialog) -> None:
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        field.setText(str(target))
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_dialog_opens("export_dialog", vcard)
    when_dialog_opens("export_file_dialog", choose)
    window.actions["action_export"].trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)

    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2
    assert "FN:Sam Okafor" in text and "VERSION:4.0" in text


def test_a_dossier_of_the_selected_person_from_the_export_dialog(
    make_window, twins: tuple[int, int], qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = make_window()
    window.people_panel.select_ids([twins[1]])
    target = tmp_path / "samuel.md"

    def dossier(dialog: QDialog) -> None:
        dialog.findChild(QRadioButton, "export_format_dossier").click()
        dialog.findChild(QPushButton, "export_button").click()

    def choose(dialog: QDialog) -> None:
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        field.setText(str(target))
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_dialog_opens("export_dialog", dossier)
    when_dialog_opens("export_file_dialog", choose)
    window.actions["action_export"].trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)

    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Samuel Okafor") and "Sam Okafor" not in text


def test_an_import_clears_undo_so_no_step_can_take_back_part_of_it(
    make_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = make_window()
    people_before = people.create_person(PersonData(display_name="Ana Silva"))
    window.undo_stack.push(QUndoCommand("a step recorded before the import"))
    phone = tmp_path / "phone.vcf"
    phone.write_text(CARDS, encoding="utf-8")
    seen: list[str] = []
    when_dialog_opens(
        "import_review_dialog",
        lambda dialog: dialog.findChild(QPushButton, "import_button").click(),
    )
    close_summary(seen)
    window.interop.import_paths([phone])
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)

    assert window.undo_stack.count() == 0
    assert not window.actions["action_undo"].isEnabled()
    # Only a name in common: a suggestion, kept apart unless the user says merge.
    assert sorted(people.person_names().values()).count("Ana Silva") == 2
    assert people.get_person(people_before).contacts == []


def test_a_dossier_of_the_network_chosen_in_the_sidebar(
    make_window, qtbot: QtBot, tmp_path: Path
) -> None:
    from networkjournal.store.networks import list_networks
    from networkjournal.store.people import NetworkRole
    from networkjournal.ui.models.sidebar_model import SidebarKey

    academic = next(n.id for n in list_networks() if n.name == "Academic support")
    people.create_person(
        PersonData(display_name="Dr Olu Bello", networks=[NetworkRole(academic, "supervisor")])
    )
    people.create_person(PersonData(display_name="Kit Outsider"))
    window: MainWindow = make_window()
    window.sidebar.select_key(SidebarKey("network", academic))
    target = tmp_path / "academic.md"

    def network(dialog: QDialog) -> None:
        dialog.findChild(QRadioButton, "export_format_network_dossier").click()
        dialog.findChild(QPushButton, "export_button").click()

    def choose(dialog: QDialog) -> None:
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        field.setText(str(target))
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_dialog_opens("export_dialog", network)
    when_dialog_opens("export_file_dialog", choose)
    window.actions["action_export"].trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)

    text = target.read_text(encoding="utf-8")
    assert "Academic support" in text and "Olu Bello" in text and "Kit Outsider" not in text


def test_an_import_whose_notes_identify_a_patient_offers_to_redact_them(
    make_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = make_window()
    cards = tmp_path / "ward.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr Ward\r\n"
        "NOTE:Bed 4 patient\\, NHS 943 476 5919\\, MRN K1234567\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    asked: list[str] = []

    def redact(box: QDialog) -> None:
        asked.append(box.text())  # type: ignore[attr-defined]
        box.findChild(QPushButton, "patient_redact_import_button").click()

    seen: list[str] = []
    when_dialog_opens("patient_import_box", redact)
    close_summary(seen)
    window.interop.import_paths([cards])
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)

    assert asked and "identify a patient" in asked[0]
    [ward] = people.person_names()
    notes = people.get_person(ward).notes
    assert "943 476 5919" not in notes and "K1234567" not in notes
    assert notes.count("[redacted]") == 2
