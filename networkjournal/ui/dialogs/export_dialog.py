"""Export: which format, and everyone or only the people selected."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


@dataclass(frozen=True)
class ExportChoice:
    """One format the dialog offers: what it is called, its file and how it is made."""

    key: str
    label: str
    detail: str
    file_name: str
    file_filter: str
    people: bool  # whether it can be limited to the selected people
    make: Callable[[list[int] | None], str]

    def maker(self, person_ids: list[int] | None) -> Callable[[], str]:
        """What makes the text: for ``person_ids``, or everyone when None."""
        return lambda: self.make(person_ids)


def _vcard(version: str) -> Callable[[list[int] | None], str]:
    def make(person_ids: list[int] | None) -> str:
        from networkjournal.interop.export import people_to_export, vcard_text

        return vcard_text(person_ids if person_ids is not None else people_to_export(), version)

    return make


def _csv(person_ids: list[int] | None) -> str:
    from networkjournal.interop.export import csv_text, people_to_export

    return "\ufeff" + csv_text(person_ids if person_ids is not None else people_to_export())


def _archive(_person_ids: list[int] | None) -> str:
    from networkjournal.interop.archive import export_archive

    return export_archive()


def _calendar(_person_ids: list[int] | None) -> str:
    from networkjournal.interop.ics import journal_calendar

    return journal_calendar(dt.date.today())


def _dossier(person_ids: list[int] | None) -> str:
    from networkjournal.interop.dossier import person_dossier

    return "\n\n".join(person_dossier(person_id) for person_id in person_ids or [])


def _network_dossier(network_id: int) -> Callable[[list[int] | None], str]:
    def make(_person_ids: list[int] | None) -> str:
        from networkjournal.interop.dossier import network_dossier

        return network_dossier(network_id)

    return make


def choices(network: tuple[int, str] | None = None) -> list[ExportChoice]:
    """The formats, in the order offered."""
    return [
        ExportChoice(
            "vcard4",
            _tr("vCard 4.0"),
            _tr("For phones, Google, Apple and Outlook contacts"),
            "contacts.vcf",
            _tr("vCard (*.vcf);;All files (*)"),
            True,
            _vcard("4.0"),
        ),
        ExportChoice(
            "vcard3",
            _tr("vCard 3.0"),
            _tr("For older address books that do not read 4.0"),
            "contacts.vcf",
            _tr("vCard (*.vcf);;All files (*)"),
            True,
            _vcard("3.0"),
        ),
        ExportChoice(
            "csv",
            _tr("CSV"),
            _tr("For spreadsheets"),
            "contacts.csv",
            _tr("CSV (*.csv);;All files (*)"),
            True,
            _csv,
        ),
        ExportChoice(
            "json",
            _tr("Complete archive (JSON)"),
            _tr("Everything in the journal, photos included; restores into an empty journal"),
            "network-journal-archive.json",
            _tr("JSON (*.json);;All files (*)"),
            False,
            _archive,
        ),
        ExportChoice(
            "dossier",
            _tr("Dossier (Markdown)"),
            _tr("Everything about the selected people: the five questions and every entry"),
            "dossier.md",
            _tr("Markdown (*.md);;All files (*)"),
            True,
            _dossier,
        ),
        *(
            [
                ExportChoice(
                    "network_dossier",
                    _tr("Network dossier (Markdown): %1").replace("%1", network[1]),
                    _tr("Everyone in the network, each in brief"),
                    "network.md",
                    _tr("Markdown (*.md);;All files (*)"),
                    False,
                    _network_dossier(network[0]),
                )
            ]
            if network is not None
            else []
        ),
        ExportChoice(
            "ics",
            _tr("Calendar (iCalendar)"),
            _tr("Birthdays, dates, follow-ups and catch-ups for a calendar"),
            "network-journal.ics",
            _tr("iCalendar (*.ics);;All files (*)"),
            False,
            _calendar,
        ),
    ]


class ExportDialog(QDialog):
    """Choose a format, and whether to export only the selected people."""

    def __init__(
        self,
        selected: int,
        network: tuple[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export"))
        self._choices = choices(network)
        self._selected = selected
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Write what the journal holds in an open format:"))
        layout.addWidget(intro)
        for index, choice in enumerate(self._choices):
            radio = QRadioButton(f"{choice.label} — {choice.detail}")
            radio.setObjectName(f"export_format_{choice.key}")
            radio.setAccessibleName(choice.label)
            self._group.addButton(radio, index)
            layout.addWidget(radio)
        self._group.button(0).setChecked(True)
        self.only_selected_check = QCheckBox(
            self.tr("Only the %n selected people", "", selected)
            if selected != 1
            else self.tr("Only the selected person")
        )
        self.only_selected_check.setObjectName("export_only_selected_check")
        self.only_selected_check.setVisible(selected > 0)
        layout.addWidget(self.only_selected_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Export…"))
        ok.setObjectName("export_button")
        self.export_button = ok
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._group.idToggled.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        choice = self.choice()
        self.only_selected_check.setEnabled(choice.people and choice.key != "dossier")
        if choice.key == "dossier":
            self.only_selected_check.setChecked(True)  # a dossier is of the people selected
        self.export_button.setEnabled(choice.key != "dossier" or self._selected > 0)

    def choice(self) -> ExportChoice:
        """The format chosen."""
        return self._choices[max(0, self._group.checkedId())]

    def only_selected(self) -> bool:
        """Whether to export only the selected people (a dossier always is)."""
        if self.choice().key == "dossier":
            return True
        check = self.only_selected_check
        return not check.isHidden() and check.isEnabled() and check.isChecked()
