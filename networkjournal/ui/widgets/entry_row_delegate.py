"""Draws a journal entry in two lines: when · kind · title, then the start of the notes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from networkjournal.store.journal import EntryRow
from networkjournal.ui import labels
from networkjournal.ui.formatting import relative_day
from networkjournal.ui.models.timeline_model import ENTRY_ROW_ROLE

Index = QModelIndex | QPersistentModelIndex
PADDING = 6


class EntryRowDelegate(QStyledItemDelegate):
    """Title line in bold with its date and kind; the snippet below in a quieter colour."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, height * 2 + PADDING * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ENTRY_ROW_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not isinstance(row, EntryRow):
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        quiet_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        metrics = opt.fontMetrics
        line = metrics.height()
        painter.save()
        meta = f"{relative_day(row.occurred_at)} · {labels.entry_kind(row.kind)}"
        painter.setPen(opt.palette.color(quiet_role))
        meta_width = metrics.horizontalAdvance(meta)
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, meta)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(opt.palette.color(text_role))
        title_rect = top.adjusted(0, 0, -(meta_width + 12), 0)
        title = painter.fontMetrics().elidedText(
            row.title, Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, align, title)
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(quiet_role))
        second = row.snippet or ", ".join(row.people)
        bottom = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        painter.drawText(
            bottom, align, metrics.elidedText(second, Qt.TextElideMode.ElideRight, bottom.width())
        )
        painter.restore()
