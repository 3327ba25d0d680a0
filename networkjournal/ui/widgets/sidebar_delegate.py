"""Draws a sidebar item with its count right-aligned and the "Networks" heading in small caps."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from networkjournal.ui.models.sidebar_model import COUNT_ROLE, KIND_ROLE

Index = QModelIndex | QPersistentModelIndex


class SidebarDelegate(QStyledItemDelegate):
    """Item text on the left, the live count on the right in a quieter colour."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        extra = 10 if index.data(KIND_ROLE) == "group" else 8
        return QSize(hint.width(), hint.height() + extra)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(KIND_ROLE) == "group":
            self._paint_heading(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text = opt.text
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        opt.text = ""  # background, selection, icon and focus frame come from the style
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        count = index.data(COUNT_ROLE)
        count_text = str(count) if count else ""
        metrics = opt.fontMetrics
        count_width = metrics.horizontalAdvance(count_text) + 10 if count_text else 0
        painter.save()
        group = QPalette.ColorGroup.Normal
        painter.setPen(
            opt.palette.color(
                group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        )
        name_rect = text_rect.adjusted(0, 0, -count_width, 0)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, name_rect.width())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(name_rect, align, elided)
        if count_text:
            quiet = (
                QPalette.ColorRole.HighlightedText
                if selected
                else QPalette.ColorRole.PlaceholderText
            )
            painter.setPen(opt.palette.color(group, quiet))
            painter.drawText(
                opt.rect.adjusted(0, 0, -8, 0),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                count_text,
            )
        painter.restore()

    def _paint_heading(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            option.rect.adjusted(4, 0, 0, -2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            str(index.data()),
        )
        painter.restore()
