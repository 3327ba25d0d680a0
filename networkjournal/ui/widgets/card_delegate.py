"""A list item drawn as a small card: a bold name, a quiet note beside it, lines of plain text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from networkjournal.ui.formatting import plain_tooltip

CARD_ROLE = Qt.ItemDataRole.UserRole + 20
ID_ROLE = Qt.ItemDataRole.UserRole + 21
PADDING = 8
LINE_GAP = 2
WRAP = Qt.TextFlag.TextWordWrap

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Card:
    """What a card shows; every piece is plain text, never markup."""

    title: str
    subtitle: str = ""  # quiet, after the title
    aside: str = ""  # quiet, at the right of the first line
    lines: tuple[str, ...] = ()  # below, each wrapped to the width

    def plain(self) -> str:
        """Everything on the card as lines of text, for tooltips and assistive tools."""
        first = f"{self.title} — {self.subtitle}" if self.subtitle else self.title
        return "\n".join([first, *([self.aside] if self.aside else []), *self.lines])


def card_item(card: Card, item_id: int) -> QListWidgetItem:
    """Return a list item that shows ``card`` (with :class:`CardDelegate`) for ``item_id``."""
    item = QListWidgetItem(card.plain())
    item.setData(CARD_ROLE, card)
    item.setData(ID_ROLE, item_id)
    item.setToolTip(plain_tooltip(card.plain()))
    return item


class CardDelegate(QStyledItemDelegate):
    """Draws :class:`Card` items; tall enough for every line, wrapped to the list's width."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            return super().sizeHint(option, index)
        width = self._width(option)
        metrics = option.fontMetrics
        height = PADDING * 2 + metrics.height()
        for line in card.lines:
            height += LINE_GAP + self._line_height(metrics, width, line)
        return QSize(width + PADDING * 2, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(CARD_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not isinstance(card, Card):
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole
        text = opt.palette.color(role.HighlightedText if selected else role.Text)
        quiet = opt.palette.color(role.HighlightedText if selected else role.PlaceholderText)
        rect = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        metrics = opt.fontMetrics
        line = metrics.height()
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.save()
        aside_width = 0
        if card.aside:
            painter.setPen(quiet)
            painter.drawText(
                top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, card.aside
            )
            aside_width = metrics.horizontalAdvance(card.aside) + 16
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        room = rect.width() - aside_width
        title = painter.fontMetrics().elidedText(card.title, Qt.TextElideMode.ElideRight, room)
        painter.setPen(text)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(top, left, title)
        used = painter.fontMetrics().horizontalAdvance(title)
        painter.setFont(opt.font)
        if card.subtitle and used + 24 < room:
            painter.setPen(quiet)
            after = QRect(top.left() + used + 8, top.top(), room - used - 8, line)
            subtitle = metrics.elidedText(
                "— " + card.subtitle, Qt.TextElideMode.ElideRight, after.width()
            )
            painter.drawText(after, left, subtitle)
        painter.setPen(text)
        y = top.bottom() + 1
        for text_line in card.lines:
            height = self._line_height(metrics, rect.width(), text_line)
            box = QRect(rect.left(), y + LINE_GAP, rect.width(), height)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft) | int(WRAP), text_line)
            y += LINE_GAP + height
        painter.restore()

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        """The width a card's text has: the list's, less the padding."""
        widget = option.widget
        if isinstance(widget, QAbstractScrollArea):
            return max(120, widget.viewport().width() - PADDING * 2)
        return max(120, option.rect.width() - PADDING * 2)

    @staticmethod
    def _line_height(metrics: QFontMetrics, width: int, text: str) -> int:
        bound = metrics.boundingRect(QRect(0, 0, width, 100000), int(WRAP), text)
        return max(metrics.height(), bound.height())
