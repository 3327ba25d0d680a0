"""What the small record forms share: Save and Cancel, Ctrl+Return, Esc asks when modified."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)


class FormDialog(QDialog):
    """A form that hands its data to the caller, who saves it (through undo).

    Subclasses build their fields, then call :meth:`_finish`; they give
    :meth:`_form_state` (everything as typed), :meth:`_problems` (the fields
    that are wrong, in order) and :meth:`_discard_question`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = True
        self._tried = False  # to save: from then on every problem shows
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Save | buttons.Cancel, self)
        self.save_button = self.buttons.button(buttons.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.buttons.button(buttons.Cancel).setObjectName("cancel_button")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save)
        self._initial_state: object = None

    def is_modified(self) -> bool:
        """Whether anything differs from what the dialog opened with."""
        return self._form_state() != self._initial_state

    # --- for subclasses ---------------------------------------------------------------

    def _finish(self) -> None:
        """Call once the fields hold what the form opened with."""
        self._loading = False
        self._initial_state = self._form_state()
        self._refresh()

    def _form_state(self) -> object:
        raise NotImplementedError

    def _problems(self) -> list[QWidget]:
        raise NotImplementedError

    def _discard_question(self) -> str:
        raise NotImplementedError

    @Slot()
    def _refresh(self) -> None:
        """Show what is wrong under the fields and enable Save only when nothing is."""
        if not self._loading:
            self.save_button.setEnabled(not self._problems())

    # --- saving and leaving --------------------------------------------------------------

    @Slot()
    def _save(self) -> None:
        """Accept when everything is right; otherwise take the user to the first problem."""
        self._tried = True
        self._refresh()
        problems = self._problems()
        if not problems:
            self.accept()
        else:
            problems[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Close without saving; ask first when something was changed."""
        if self.is_modified() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        text = self._discard_question()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes"), text, parent=self)
        box.setObjectName("discard_changes_box")
        box.setTextFormat(Qt.TextFormat.PlainText)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        discard.setObjectName("discard_button")
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep_editing_button")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard


def line_edit(name: str, placeholder: str = "") -> QLineEdit:
    """Return a named line edit."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def text_edit(name: str, lines: int) -> QPlainTextEdit:
    """Return a plain-text editor ``lines`` high that Tab leaves."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    margins = edit.contentsMargins()
    height = edit.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom()
    edit.setFixedHeight(height + 8)
    return edit


def choice_combo(name: str, choices: dict[str, str], current: str) -> QComboBox:
    """Return a combo of ``choices`` (key: label) at its natural width, showing ``current``."""
    combo = QComboBox()
    combo.setObjectName(name)
    for key, label in choices.items():
        combo.addItem(label, key)
    if combo.findData(current) < 0:
        combo.addItem(current, current)  # a value this version does not know: keep it
    combo.setCurrentIndex(combo.findData(current))
    combo.setSizePolicy(QSizePolicy.Policy.Fixed, combo.sizePolicy().verticalPolicy())
    return combo


def form_layout() -> QFormLayout:
    """Return a form whose fields take the width and whose labels stay beside them."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def buddy(text: str, widget: QWidget) -> QLabel:
    """Return a label whose mnemonic moves the focus to ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label
