"""Editing in place: a view that opens into a few fields with a button to save and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from networkjournal.ui.panels.profile_sections.widgets import LinkButton, plain_label


class Reveal(QWidget):
    """Something shown closed (text, or an "Add …" link) that opens into a small form.

    Subclasses fill :attr:`closed_layout` and :attr:`fields`, and write
    :meth:`prepare` (fill the fields) and :meth:`submit` (save; True when done).
    Return in a line edit, Ctrl+Return anywhere in the form, or the button submits;
    Escape or Cancel closes the form unchanged.
    """

    def __init__(self, name: str, accept_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.closed = QWidget()
        self.closed_layout = QVBoxLayout(self.closed)
        self.closed_layout.setContentsMargins(0, 0, 0, 0)
        self.closed_layout.setSpacing(2)
        self.form = QWidget()
        self.form.setObjectName(f"{name}_form")
        self.fields = QFormLayout()
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.accept_button = QPushButton(accept_text)
        self.accept_button.setObjectName(f"{name}_accept_button")
        self.accept_button.setAutoDefault(False)
        self.accept_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName(f"{name}_cancel_button")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.close_form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.accept_button)
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 2, 0, 4)
        form_layout.setSpacing(4)
        form_layout.addLayout(self.fields)
        form_layout.addLayout(buttons)
        self.form.hide()
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Escape), self.close_form),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self.accept),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter), self.accept),
        ):
            QShortcut(keys, self.form, slot).setContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.closed)
        layout.addWidget(self.form)

    def submit_on_return(self, line: QLineEdit) -> None:
        """Make Return in ``line`` submit the form."""
        line.returnPressed.connect(self.accept)

    def is_open(self) -> bool:
        """Whether the form is showing."""
        return not self.form.isHidden()

    @Slot()
    def open_form(self) -> None:
        """Fill the fields and show them in place of the closed view."""
        self.prepare()
        self.closed.hide()
        self.form.show()
        first = self.fields.itemAt(0, QFormLayout.ItemRole.FieldRole)
        if first is None:
            first = self.fields.itemAt(0, QFormLayout.ItemRole.SpanningRole)
        if first is not None and first.widget() is not None:
            first.widget().setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def close_form(self) -> None:
        """Close the form without saving."""
        had_focus = self.form.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self.form.hide()
        self.closed.show()
        if had_focus:
            self.closed.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def accept(self) -> None:
        """Save what the form says; close it when saved."""
        if self.is_open() and self.submit():
            self.close_form()

    def prepare(self) -> None:
        """Fill the fields before the form shows."""

    def submit(self) -> bool:
        """Save the fields; return True when saved (or nothing changed)."""
        raise NotImplementedError


class InlineText(Reveal):
    """A paragraph shown as text, with Edit opening it in a text box; ``save`` keeps it."""

    def __init__(
        self,
        name: str,
        placeholder: str,
        empty_text: str,
        save: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, self.tr("Save"), parent)
        self._save = save
        self._empty_text = empty_text
        self._text = ""
        self.display = plain_label(f"{name}_text")
        self.edit_link = LinkButton(self.tr("Edit"), f"{name}_edit_button")
        self.edit_link.clicked.connect(self.open_form)
        row = QHBoxLayout()
        row.addWidget(self.display, 1)
        row.addWidget(self.edit_link, 0, Qt.AlignmentFlag.AlignTop)
        self.closed_layout.addLayout(row)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName(f"{name}_editor")
        self.editor.setPlaceholderText(placeholder)
        self.editor.setAccessibleName(placeholder)
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 4 + 12)
        self.fields.addRow(self.editor)
        self.set_text("")

    def set_text(self, text: str) -> None:
        """Show ``text`` (an open editor keeps what is being typed)."""
        self._text = text
        self.display.setText(text or self._empty_text)
        self.display.setEnabled(bool(text))

    def text(self) -> str:
        """Return the text shown."""
        return self._text

    def set_editable(self, editable: bool) -> None:
        """Offer Edit, or not."""
        self.edit_link.setVisible(editable)
        if not editable:
            self.close_form()

    def prepare(self) -> None:
        self.editor.setPlainText(self._text)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def submit(self) -> bool:
        text = self.editor.toPlainText().strip()
        return text == self._text or self._save(text)
