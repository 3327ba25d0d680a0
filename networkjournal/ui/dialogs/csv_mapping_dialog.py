"""Before a CSV file is imported: whose export it is, and what each of its columns holds."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networkjournal.interop.csv_contacts import FIELDS, Preset, default_mapping, detect_preset
from networkjournal.interop.csv_table import CsvTable
from networkjournal.ui.dialogs.form_dialog import buddy
from networkjournal.ui.formatting import plain_tooltip
from networkjournal.ui.widgets.field_message import (
    message_label,
    show_message,
    style_field_message,
)

PREVIEW_ROWS = 5
COLUMN_WIDTH = 170  # wide enough for the longest field's name in its combo
# What can name a person when the file gives no name (as the CSV reader does).
NAMING_FIELDS = frozenset(
    {"given_name", "family_name", "display_name", "nickname", "email", "organisation", "phone"}
)


class CsvMappingDialog(QDialog):
    """The preset the file was recognised as (changeable), and a preview with a field per column.

    Changing the preset starts the columns again from that preset's reading;
    each column's field can then be changed on its own.
    """

    def __init__(
        self,
        table: CsvTable,
        preset: Preset = Preset.AUTO,
        mapping: dict[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("csv_mapping_dialog")
        self.setWindowTitle(self.tr("Columns of “%1”").replace("%1", table.source))
        self._table = table
        if preset is Preset.AUTO:
            preset = detect_preset(table.header)
        self._combos: list[QComboBox] = []
        self._build()
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset))
        self._set_mapping(mapping if mapping is not None else default_mapping(preset, table.header))
        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        self.resize(820, 400)
        self.preset_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def preset(self) -> Preset:
        """Whose export the file is read as."""
        return Preset(self.preset_combo.currentData())

    def mapping(self) -> dict[int, str]:
        """What every column holds: column index → a key of ``csv_contacts.FIELDS``."""
        return {column: str(combo.currentData()) for column, combo in enumerate(self._combos)}

    def set_field(self, column: int, field: str) -> None:
        """Read ``column`` as ``field`` (a key of ``csv_contacts.FIELDS``)."""
        combo = self._combos[column]
        combo.setCurrentIndex(combo.findData(field))

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("csv_preset_combo")
        for preset, label in (
            (Preset.LINKEDIN, self.tr("LinkedIn connections")),
            (Preset.GOOGLE, self.tr("Google Contacts")),
            (Preset.OUTLOOK, self.tr("Outlook contacts")),
            (Preset.GENERIC, self.tr("Other (a column per detail)")),
        ):
            self.preset_combo.addItem(label, preset)
        preset_row = QHBoxLayout()
        preset_row.addWidget(buddy(self.tr("The file is &from:"), self.preset_combo))
        preset_row.addWidget(self.preset_combo)
        preset_row.addStretch(1)
        rows = len(self._table.rows)
        count = QLabel(
            self.tr("1 row under the header")
            if rows == 1
            else self.tr("%1 rows under the header").replace("%1", QLocale().toString(rows))
        )
        count.setObjectName("csv_row_count_label")
        count.setTextFormat(Qt.TextFormat.PlainText)
        style_field_message(count, error=False)
        preset_row.addWidget(count)
        intro = QLabel(
            self.tr(
                "Choose what each column holds; the first rows of the file show below it. "
                "Columns set to Ignore are left out."
            )
        )
        intro.setObjectName("csv_mapping_intro_label")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.preview = self._build_preview()
        self.message = message_label("csv_mapping_message")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancel_button")
        self.import_button = buttons.addButton(
            self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("csv_continue_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(preset_row)
        layout.addWidget(intro)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.import_button.setDefault(True)

    def _build_preview(self) -> QTableWidget:
        """The first rows under the file's header, with a row of fields to choose on top."""
        header = self._table.header
        rows = self._table.preview(PREVIEW_ROWS)
        preview = QTableWidget(1 + len(rows), len(header))
        preview.setObjectName("csv_preview_table")
        preview.setAccessibleName(self.tr("The file's columns and first rows"))
        preview.setHorizontalHeaderLabels(header)
        preview.setVerticalHeaderLabels(
            [
                self.tr("Becomes"),
                *(
                    self.tr("Line %1").replace("%1", str(row.line))
                    for row in self._table.rows[:PREVIEW_ROWS]
                ),
            ]
        )
        preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        preview.setTabKeyNavigation(False)  # Tab goes from one column's field to the next
        preview.setWordWrap(False)
        preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        preview.horizontalHeader().setDefaultSectionSize(COLUMN_WIDTH)
        labels = self._field_labels()
        for column, name in enumerate(header):
            combo = QComboBox()
            combo.setObjectName(f"csv_field_combo_{column}")
            combo.setAccessibleName(self.tr("What column “%1” holds").replace("%1", name))
            for key in FIELDS:
                combo.addItem(labels.get(key, FIELDS[key]), key)
            combo.currentIndexChanged.connect(self._refresh)
            combo.installEventFilter(self)
            preview.setCellWidget(0, column, combo)
            self._combos.append(combo)
        for number, cells in enumerate(rows, 1):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(" ".join(text.split()))
                if len(text) > 30:
                    item.setToolTip(plain_tooltip(text))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                preview.setItem(number, column, item)
        preview.setRowHeight(0, self._combos[0].sizeHint().height() + 4 if self._combos else 30)
        return preview

    def _field_labels(self) -> dict[str, str]:
        """The fields' names in the user's language (unknown keys keep the reader's label)."""
        return {
            "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"),
            "display_name": self.tr("Full name"),
            "nickname": self.tr("Nickname"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "website": self.tr("Website"),
            "linkedin": self.tr("LinkedIn"),
            "x": self.tr("X (Twitter)"),
            "instagram": self.tr("Instagram"),
            "whatsapp": self.tr("WhatsApp"),
            "other": self.tr("Other way to reach them"),
            "organisation": self.tr("Organisation"),
            "headline": self.tr("Role (headline)"),
            "birthday": self.tr("Birthday"),
            "met_on": self.tr("Met on"),
            "notes": self.tr("Notes"),
            "address": self.tr("Address (kept in notes)"),
            "categories": self.tr("Tags or networks"),
            "related": self.tr("Related person"),
            "uid": self.tr("Identifier (UID)"),
            "ignore": self.tr("Ignore"),
        }

    # --- reacting ---------------------------------------------------------------------------

    def _set_mapping(self, mapping: dict[int, str]) -> None:
        for column, combo in enumerate(self._combos):
            combo.blockSignals(True)
            found = combo.findData(mapping.get(column, "ignore"))
            combo.setCurrentIndex(found if found >= 0 else combo.findData("ignore"))
            combo.blockSignals(False)
        self._refresh()

    @Slot()
    def _preset_changed(self) -> None:
        self._set_mapping(default_mapping(self.preset(), self._table.header))

    @Slot()
    def _refresh(self) -> None:
        """Grey out ignored columns; refuse to go on when no column can name a person."""
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        normal = self.palette().color(QPalette.ColorRole.Text)
        mapping = self.mapping()
        for column, field in mapping.items():
            for row in range(1, self.preview.rowCount()):
                item = self.preview.item(row, column)
                if item is not None:
                    item.setForeground(muted if field == "ignore" else normal)
        naming = bool(NAMING_FIELDS & set(mapping.values()))
        show_message(
            self.message,
            self.preset_combo,
            self.tr(
                "No column gives a name, email address, organisation or phone number, "
                "so no row could become a person."
            ),
            not naming,
        )
        self.import_button.setEnabled(naming)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Bring a column's field into view when the keyboard reaches it."""
        if event.type() == QEvent.Type.FocusIn and watched in self._combos:
            column = self._combos.index(watched)
            self.preview.scrollTo(self.preview.model().index(0, column))
        return super().eventFilter(watched, event)
