"""Draws a person's networks as small coloured chips in the people table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from networkjournal.ui.models.people_table_model import NETWORKS_ROLE

Index = QModelIndex | QPersistentModelIndex


class NetworkChipsDelegate(QStyledItemDelegate):
    """One rounded chip per network, in the network's colour, clipped to the cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        networks = index.data(NETWORKS_ROLE) or []
        if not networks:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(option.rect)
        metrics = option.fontMetrics
        height = min(option.rect.height() - 6, metrics.height() + 2)
        x = option.rect.left() + 4
        y = option.rect.top() + (option.rect.height() - height) / 2
        right = option.rect.right() - 4
        for name, colour in networks:
            width = metrics.horizontalAdvance(name) + 12
            if x + width > right and x > option.rect.left() + 4:
                painter.setPen(option.palette.color(QPalette.ColorRole.Text))
                painter.drawText(
                    QRectF(x, y, right - x + 4, height), Qt.AlignmentFlag.AlignVCenter, "…"
                )
                break
            chip = QRectF(x, y, width, height)
            base = QColor(colour)
            fill = QColor(base)
            fill.setAlpha(45)
            painter.setPen(base)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, height / 2, height / 2)
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, name)
            x += width + 4
        painter.restore()
