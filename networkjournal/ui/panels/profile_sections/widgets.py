"""Small pieces the profile sections share: plain labels, link buttons, remove buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from networkjournal.ui.formatting import plain_tooltip
from networkjournal.ui.widgets.field_message import style_field_message

LINK_STYLE = (
    "QPushButton { border: none; padding: 1px 0; text-align: left; color: palette(link); }"
    "QPushButton:hover { text-decoration: underline; }"
    "QPushButton:focus { text-decoration: underline; }"
    "QPushButton:disabled { color: palette(window-text); }"
)


def mnemonic_safe(text: str) -> str:
    """Return ``text`` for a button, with ``&`` shown as itself instead of marking a shortcut."""
    return text.replace("&", "&&")


def plain_label(name: str = "", text: str = "", muted: bool = False, wrap: bool = True) -> QLabel:
    """Return a label that shows ``text`` literally, selectable, wrapping when asked."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if wrap:
        # A wrapped label must be allowed to be narrow, or it widens the whole profile;
        # a new policy drops the height-for-width flag wrapping set, so it is set again.
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        label.setSizePolicy(policy)
        label.setMinimumWidth(40)
    if muted:
        style_field_message(label, error=False)
    label.setText(text)
    return label


def caption(text: str) -> QLabel:
    """Return a quiet label naming a row of the profile ("Introduced by")."""
    label = plain_label(text=text, muted=True, wrap=False)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class LinkButton(QPushButton):
    """A flat, link-coloured button showing user text literally, shortened with … to fit."""

    def __init__(self, text: str = "", name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setFlat(True)
        self.setStyleSheet(LINK_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        """Show ``text`` (cut short with … only when there is no room for all of it)."""
        self._full = text
        self.setAccessibleName(text)
        self.setToolTip(plain_tooltip(text))
        self.updateGeometry()
        self._elide()

    def full_text(self) -> str:
        """Return the whole text, as given."""
        return self._full

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self._full) + 4
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), 48), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(self.width() - 2, 12)
        )
        self.setText(mnemonic_safe(shown))


def remove_button(accessible_name: str, tooltip: str) -> QToolButton:
    """Return the small remove button (a multiplication sign) that deletes one row."""
    button = QToolButton()
    button.setObjectName("remove_button")
    button.setText("\u00d7")
    button.setAutoRaise(True)
    button.setToolTip(tooltip)
    button.setAccessibleName(accessible_name)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class ElidedLabel(QLabel):
    """A one-line plain label that shortens its text with … when narrow (tooltip: all of it)."""

    def __init__(self, text: str = "", name: str = "", muted: bool = True) -> None:
        super().__init__()
        if name:
            self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        if muted:
            style_field_message(self, error=False)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        """Show ``text``, shortened only when there is no room for all of it."""
        self._full = text
        self.setToolTip(plain_tooltip(text))
        self.updateGeometry()
        self._elide()

    def full_text(self) -> str:
        """Return the whole text, as given."""
        return self._full

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(self._full) + 2, super().sizeHint().height()
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), 40), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(
            self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        )


class ItemRow(QWidget):
    """One row of a list in the profile: the text, a quiet line under it, and a remove button."""

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.text_label = plain_label("row_text", text)
        self.link: LinkButton | None = None
        self.meta = QHBoxLayout()
        self.meta.setContentsMargins(0, 0, 0, 0)
        self.meta.setSpacing(4)
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.text_label)
        self._column.addLayout(self.meta)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 2, 0, 2)
        self._row.addLayout(self._column, 1)
        self.remove: QToolButton | None = None
        self._pieces: list[str | QWidget] = []

    def text(self) -> str:
        """Return the row's main text."""
        return self.text_label.text()

    def use_link(self, link: LinkButton) -> None:
        """Show the main text as ``link`` (a person, a topic) instead of as a label."""
        self.link = link
        self.text_label.hide()
        self._column.insertWidget(0, link)

    def add_meta(self, item: str | QWidget, keep: bool = False) -> None:
        """Add a quiet piece of text, or a link, to the line under the text.

        Text is shortened with … when the row is narrow, unless ``keep`` (a date).
        """
        if keep and isinstance(item, str):
            item = plain_label("row_meta", item, muted=True, wrap=False)
        self._pieces.append(item)

    def finish(self, remove: QToolButton | None = None) -> None:
        """Lay out the line under the text, and put the remove button (if any) at the right."""
        # Neighbouring texts share one label, so a long role or note is shortened as one.
        groups: list[str | QWidget] = []
        for piece in self._pieces:
            if isinstance(piece, str) and groups and isinstance(groups[-1], str):
                groups[-1] = f"{groups[-1]} · {piece}"
            else:
                groups.append(piece)
        for index, group in enumerate(groups):
            if index:
                self.meta.addWidget(plain_label(text="·", muted=True, wrap=False))
            self.meta.addWidget(ElidedLabel(group, "row_meta") if isinstance(group, str) else group)
        self.meta.addStretch(1)
        if remove is not None:
            self.remove = remove
            self._row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)


FIRST_SHOWN = 40  # rows a list makes at once; the rest wait for "Show N more"


class RowList(QWidget):
    """A column of rows, rebuilt whenever the person is shown again.

    Old rows are hidden at once and deleted later: the remove button that asked for the change
    may still be in the middle of sending its click.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._rows: list[QWidget] = []

    def clear(self) -> None:
        """Take every row away."""
        for row in self._rows:
            row.hide()
            self._layout.removeWidget(row)
            row.deleteLater()
        self._rows = []

    def add(self, row: QWidget) -> None:
        """Add ``row`` at the bottom."""
        self._layout.addWidget(row)
        self._rows.append(row)

    def add_all(self, builders: list[Callable[[], QWidget]], more: Callable[[int], str]) -> None:
        """Add the rows ``builders`` make: the first :data:`FIRST_SHOWN` now, the rest on asking.

        Making a row takes over a millisecond; someone with hundreds of facts opened
        in a fraction of a second only if the rows out of sight wait for a click on
        "Show N more" (``more(n)`` words that link).
        """
        for build in builders[:FIRST_SHOWN]:
            self.add(build())
        rest = builders[FIRST_SHOWN:]
        if not rest:
            return
        link = LinkButton(more(len(rest)), "show_more_rows_button")

        def show_rest() -> None:
            link.hide()
            self._layout.removeWidget(link)
            self._rows.remove(link)
            link.deleteLater()
            for build in rest:
                self.add(build())

        link.clicked.connect(show_rest)
        self.add(link)

    def rows(self) -> list[QWidget]:
        """Return the rows, top to bottom."""
        return list(self._rows)

    def texts(self) -> list[str]:
        """Return the main text of each item row, top to bottom (headings left out)."""
        return [row.text() for row in self._rows if isinstance(row, ItemRow)]


class _WheelGuard(QObject):
    """Lets the wheel scroll the profile instead of changing a combo the pointer passes over."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return False


def guard_wheel(combo: QComboBox) -> None:
    """Make ``combo`` change on the wheel only once it has the focus."""
    combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    combo.installEventFilter(_WheelGuard(combo))


def name_picker(name: str, accessible_name: str, placeholder: str) -> QComboBox:
    """An editable combo to pick a known name by typing it, or type a new one."""
    picker = QComboBox()
    picker.setObjectName(name)
    picker.setEditable(True)
    picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    picker.setAccessibleName(accessible_name)
    picker.lineEdit().setPlaceholderText(placeholder)
    picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    picker.setMinimumContentsLength(10)
    guard_wheel(picker)
    return picker
