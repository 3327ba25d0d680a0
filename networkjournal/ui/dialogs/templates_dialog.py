"""Managing note templates: the starts for an entry's notes that the log dialog offers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store.errors import ValidationError
from networkjournal.store.journal import KINDS
from networkjournal.store.templates import (
    TemplateInfo,
    create_template,
    delete_template,
    list_templates,
    update_template,
)
from networkjournal.ui.dialogs.messages import confirm
from networkjournal.ui.widgets.field_message import as_sentence, message_label, show_message

_ID_ROLE = Qt.ItemDataRole.UserRole


class TemplatesDialog(QDialog):
    """Add, rename, edit and delete templates; each Save or Delete is written at once."""

    templatesChanged = Signal()

    def __init__(self, parent: QWidget | None = None, select: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("templates_dialog")
        self.setWindowTitle(self.tr("Templates"))
        self._current: TemplateInfo | None = None  # None: a new template, not yet saved
        self._list = QListWidget()
        self._list.setObjectName("templates_list")
        self._list.setAccessibleName(self.tr("Templates"))
        self._new = _button("template_new_button", self.tr("&New"))
        self._delete = _button("template_delete_button", self.tr("&Delete…"))
        self._name = QLineEdit()
        self._name.setObjectName("template_name_edit")
        self._message = message_label("template_message")
        self._kind = QComboBox()
        self._kind.setObjectName("template_kind_combo")
        for kind, label in KINDS.items():
            self._kind.addItem(label, kind)
        self._body = QPlainTextEdit()
        self._body.setObjectName("template_body_edit")
        self._body.setTabChangesFocus(True)
        self._body.setPlaceholderText(self.tr("The notes to start from, in Markdown."))
        self._save = _button("template_save_button", self.tr("&Save template"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self._layout(buttons)
        self._list.currentItemChanged.connect(self._selected)
        self._new.clicked.connect(self._new_clicked)
        self._delete.clicked.connect(self._delete_clicked)
        self._save.clicked.connect(self.save_current)
        self._name.textChanged.connect(self._refresh)
        self._kind.currentIndexChanged.connect(self._refresh)
        self._body.textChanged.connect(self._refresh)
        self._reload(select)
        self.resize(720, 460)

    def _layout(self, buttons: QDialogButtonBox) -> None:
        left = QVBoxLayout()
        left.addWidget(self._list, 1)
        row = QHBoxLayout()
        row.addWidget(self._new)
        row.addWidget(self._delete)
        left.addLayout(row)
        form = QFormLayout()
        form.addRow(self.tr("N&ame:"), self._name)
        form.addRow("", self._message)
        form.addRow(self.tr("&Kind:"), self._kind)
        form.addRow(self.tr("&Notes:"), self._body)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self._save)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addLayout(save_row)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

    def is_modified(self) -> bool:
        """Whether the template on the right has changes not yet saved."""
        if self._current is None:
            return bool(self._name.text().strip() or self._body.toPlainText().strip())
        saved = (self._current.name, self._current.kind, self._current.body)
        return saved != (self._name.text(), self._kind.currentData(), self._body.toPlainText())

    @Slot()
    def save_current(self) -> bool:
        """Write the template on the right to the journal; False (and a message) if refused."""
        name, kind, body = self._name.text(), self._kind.currentData(), self._body.toPlainText()
        try:
            if self._current is None:
                create_template(name, kind, body)
            else:
                update_template(self._current.id, name, kind, body)
        except ValidationError as exc:
            show_message(self._message, self._name, as_sentence(exc.message), True)
            self._name.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.templatesChanged.emit()
        self._reload(" ".join(name.split()))
        return True

    # --- reacting ---------------------------------------------------------------------

    def _reload(self, select: str = "") -> None:
        """List the templates again and show ``select`` (or the first) on the right."""
        templates = list_templates()
        self._list.blockSignals(True)
        self._list.clear()
        for info in templates:
            item = QListWidgetItem(info.name)
            item.setData(_ID_ROLE, info)
            self._list.addItem(item)
        names = [info.name.casefold() for info in templates]
        row = names.index(select.casefold()) if select.casefold() in names else 0
        self._list.setCurrentRow(row if templates else -1)
        self._list.blockSignals(False)
        self._show(templates[row] if templates else None)

    def _show(self, info: TemplateInfo | None) -> None:
        self._current = info
        self._name.setText(info.name if info else "")
        self._kind.setCurrentIndex(max(0, self._kind.findData(info.kind if info else "meeting")))
        self._body.setPlainText(info.body if info else "")
        show_message(self._message, self._name, "", False)
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        self._save.setEnabled(self.is_modified() and bool(self._name.text().strip()))
        self._delete.setEnabled(self._current is not None)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _selected(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if not self._may_leave():
            self._list.blockSignals(True)
            self._list.setCurrentItem(previous)
            self._list.blockSignals(False)
            return
        self._show(current.data(_ID_ROLE) if current is not None else None)

    @Slot()
    def _new_clicked(self) -> None:
        if not self._may_leave():
            return
        self._list.blockSignals(True)
        self._list.setCurrentRow(-1)
        self._list.blockSignals(False)
        self._show(None)
        self._name.setPlaceholderText(self.tr("e.g. Journal club"))
        self._name.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _delete_clicked(self) -> None:
        if self._current is None:
            return
        question = self.tr("Delete the template “%1”?").replace("%1", self._current.name)
        detail = self.tr("Entries already written from it keep their notes.")
        if not confirm(self, self.tr("Delete template"), question, detail, self.tr("&Delete")):
            return
        delete_template(self._current.id)
        self.templatesChanged.emit()
        self._reload()

    def _may_leave(self) -> bool:
        """Before showing another template: save or discard changes, or stay."""
        if not self.is_modified():
            return True
        box = QMessageBox(self)
        box.setObjectName("save_template_box")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved template"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        name = self._name.text().strip() or self.tr("the new template")
        box.setText(self.tr("Save the changes to “%1”?").replace("%1", name))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        box.exec()
        answer = box.standardButton(box.clickedButton())
        if answer == buttons.Save:
            return self.save_current()
        return answer == buttons.Discard

    def reject(self) -> None:
        """Close, first offering to save a changed template."""
        if self._may_leave():
            super().reject()


def _button(name: str, text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button
