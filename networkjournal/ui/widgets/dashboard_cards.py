"""The overview's pieces: cards, clickable figures, a network's card, and a grid that reflows.

Every figure and name is a button that says what it opens; user text is shown
as plain text (names on buttons and plain labels, never in rich text).
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store import dashboard
from networkjournal.store.dashboard import NetworkFigures
from networkjournal.store.people_list import Criterion, CriterionKind
from networkjournal.ui.formatting import plain_tooltip
from networkjournal.ui.panels.profile_sections.flow_layout import FlowLayout
from networkjournal.ui.panels.profile_sections.widgets import (
    ElidedLabel,
    LinkButton,
    RowList,
    plain_label,
)
from networkjournal.ui.widgets.field_message import style_field_message

FIGURE_KEYS = ("people", "active", "going_cold", "new")


def figure_criteria(figures: NetworkFigures, key: str, today: dt.date) -> tuple[Criterion, ...]:
    """Return the people-list choices that select exactly the people a figure counts."""
    found: tuple[Criterion, ...] = ()
    if figures.network_id is not None:
        found = (Criterion(CriterionKind.NETWORK, figures.network_id),)
    if key == "active":
        since = dashboard.active_since(today).isoformat()
        found += (Criterion(CriterionKind.CONTACTED_SINCE, since),)
    elif key == "going_cold":
        found += (Criterion(CriterionKind.DUE, today.isoformat()),)
    elif key == "new":
        since = dashboard.new_since(today).isoformat()
        found += (Criterion(CriterionKind.ADDED_SINCE, since),)
    return found


def figure_value(figures: NetworkFigures, key: str) -> int:
    """Return the figure called ``key`` ("people", "active", "going_cold", "new")."""
    return {
        "people": figures.people,
        "active": figures.active,
        "going_cold": figures.going_cold,
        "new": figures.new,
    }[key]


class Card(QFrame):
    """A rounded panel in the palette's base colour, with a strip of accent colour on top."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.accent: QColor | None = None
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        border = QColor(palette.color(QPalette.ColorRole.WindowText))
        border.setAlpha(40)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(border)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        if self.accent is not None:
            painter.setClipRect(QRectF(rect.left(), rect.top(), rect.width(), 4))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.accent)
            painter.drawRoundedRect(rect, 6, 6)


def heading(text: str, name: str, scale: float = 1.1) -> QLabel:
    """Return a bold plain-text heading."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def quiet_label(text: str, name: str, warning: bool = False) -> QLabel:
    """Return a small one-line plain label: muted, or red for something overdue."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    style_field_message(label, error=warning)
    return label


class ListCard(Card):
    """A card listing a few things, with a "See all" link to where they all are."""

    def __init__(self, name: str, title: str, see_all: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setAccessibleName(title)
        self.title = heading(title, f"{name}_title")
        self.see_all = LinkButton(see_all, f"{name}_see_all")
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.see_all)
        self.rows = RowList(f"{name}_rows")
        self.empty_label = plain_label(f"{name}_empty", muted=True)
        self.body.addLayout(top)
        self.body.addWidget(self.rows)
        self.body.addWidget(self.empty_label)
        self.body.addStretch(1)

    def show_empty(self, text: str) -> None:
        """Say ``text`` instead of listing anything."""
        self.rows.clear()
        self.empty_label.setText(text)
        self.empty_label.show()

    def add_row(self, *widgets: QWidget, room_after: int = 0) -> QWidget:
        """Add a row of ``widgets``, with the room left after the one at ``room_after``."""
        self.empty_label.hide()
        row = QWidget()
        row.setObjectName("dashboard_row")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for position, widget in enumerate(widgets):
            layout.addWidget(widget)
            if position == room_after:
                layout.addStretch(1)
        self.rows.add(row)
        return row


class FigureButton(QAbstractButton):
    """A figure one can click: a large number over what it counts ("12" over "going cold")."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        # The caption wraps onto a second line when the card is narrow.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._caption = caption
        self._value = 0
        self.setText(f"0 {caption}")

    def value(self) -> int:
        """The number shown."""
        return self._value

    def caption(self) -> str:
        """What the number counts."""
        return self._caption

    def set_value(self, value: int, opens: str) -> None:
        """Show ``value``; ``opens`` says what a click opens (tooltip and screen readers)."""
        self._value = value
        self.setText(f"{QLocale().toString(value)} {self._caption}")
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(opens)
        self.setToolTip(plain_tooltip(opens))
        self.update()

    def _number_font(self) -> QFont:
        big = self.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        return big

    def _caption_rect(self, width: float) -> QRectF:
        """Where the caption goes in a button ``width`` wide, as tall as its wrapped lines."""
        top = QFontMetrics(self._number_font()).height() + 5
        inner = max(10.0, width - 14)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        bound = self.fontMetrics().boundingRect(0, 0, int(inner), 1000, flags, self._caption)
        return QRectF(7, top, inner, bound.height())

    def sizeHint(self) -> QSize:
        number = QFontMetrics(self._number_font()).horizontalAdvance("0000")
        width = max(number, self.fontMetrics().horizontalAdvance(self._caption)) + 14
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = QFontMetrics(self._number_font()).horizontalAdvance("0000") + 14
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._caption_rect(width).bottom()) + 6

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        if self.underMouse() or self.isDown():
            shade = QColor(palette.color(QPalette.ColorRole.Highlight))
            shade.setAlpha(45 if self.isDown() else 25)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shade)
            painter.drawRoundedRect(rect, 5, 5)
        if self.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 5, 5)
        big = self._number_font()
        painter.setFont(big)
        painter.setPen(palette.color(QPalette.ColorRole.Link))
        painter.drawText(
            QRectF(7, 4, self.width() - 14, QFontMetrics(big).height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QLocale().toString(self._value),
        )
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self._caption_rect(self.width()),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            self._caption,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)


class NetworkCard(Card):
    """One network (or everyone): its four figures and the newest people in it."""

    def __init__(self, figures: NetworkFigures, parent: QWidget | None = None) -> None:
        key = "all" if figures.network_id is None else str(figures.network_id)
        super().__init__(f"network_card_{key}", parent)
        self.network_id = figures.network_id
        everyone = figures.network_id is None
        self.name = self.tr("Everyone") if everyone else figures.name
        self.accent = QColor(figures.colour) if QColor(figures.colour).isValid() else None
        self.setAccessibleName(self.name)
        self.title = ElidedLabel(self.name, f"network_card_{key}_title", muted=False)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        captions = {
            "people": self.tr("people"),
            "active": self.tr("active in %n days", "", dashboard.ACTIVE_DAYS),
            "going_cold": self.tr("going cold"),
            "new": self.tr("new in %n days", "", dashboard.NEW_DAYS),
        }
        self.figures = {
            figure: FigureButton(f"figure_{figure}_{key}", captions[figure])
            for figure in FIGURE_KEYS
        }
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        for position, figure in enumerate(FIGURE_KEYS):
            # Top-aligned: a caption on two lines must not push its neighbour's number down.
            grid.addWidget(
                self.figures[figure], position // 2, position % 2, Qt.AlignmentFlag.AlignTop
            )
        self.newest = QWidget()
        self.newest.setObjectName(f"network_card_{key}_newest")
        self.newest_layout = FlowLayout(self.newest, spacing=6)
        self.body.addWidget(self.title)
        self.body.addLayout(grid)
        self.body.addWidget(self.newest)
        self.body.addStretch(1)
        self.newest_links: list[LinkButton] = []

    def opens(self, figure: str) -> str:
        """Say what clicking ``figure`` opens."""
        active, new = dashboard.ACTIVE_DAYS, dashboard.NEW_DAYS
        if self.network_id is None:
            texts = {
                "people": self.tr("Show everyone in the journal"),
                "active": self.tr("Show who you have seen in the last %n days", "", active),
                "going_cold": self.tr("Show who is due for a catch-up"),
                "new": self.tr("Show who you added in the last %n days", "", new),
            }
        else:
            texts = {
                "people": self.tr("Show everyone in {network}"),
                "active": self.tr(
                    "Show who in {network} you have seen in the last %n days", "", active
                ),
                "going_cold": self.tr("Show who in {network} is due for a catch-up"),
                "new": self.tr("Show who joined {network} in the last %n days", "", new),
            }
        return texts[figure].format(network=self.name)

    def label(self, figure: str) -> str:
        """Name the list a figure opens: "Academic support · going cold"."""
        if figure == "people":
            return self.name
        return self.tr("{network} · {figure}").format(
            network=self.name, figure=self.figures[figure].caption()
        )


class ReflowGrid(QWidget):
    """Cards side by side while they fit at ``column_width``, in balanced rows when they don't."""

    def __init__(self, name: str, column_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._column_width = column_width
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)
        # The grid picks its columns from the width it is given, so it must not ask
        # for the width of the columns it has now.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._widgets: list[QWidget] = []
        self._columns = 0

    def set_widgets(self, widgets: list[QWidget]) -> None:
        """Show ``widgets`` (the old ones are deleted)."""
        for widget in self._widgets:
            if widget not in widgets:
                self._grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self._widgets = list(widgets)
        self._columns = 0
        self._place(self.width())

    def columns(self) -> int:
        """How many cards stand side by side now."""
        return self._columns

    def _columns_for(self, width: int) -> int:
        count = len(self._widgets)
        spacing = self._grid.spacing()
        fit = max(1, (width + spacing) // (self._column_width + spacing))
        if fit >= count:
            return max(1, count)
        rows = math.ceil(count / fit)
        return math.ceil(count / rows)

    def _place(self, width: int) -> None:
        columns = self._columns_for(width)
        if columns == self._columns:
            return
        self._columns = columns
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for position, widget in enumerate(self._widgets):
            row, column = divmod(position, columns)
            last = position == len(self._widgets) - 1
            span = columns - column if last else 1
            self._grid.addWidget(widget, row, column, 1, span)
            widget.show()
        for column in range(columns):
            self._grid.setColumnStretch(column, 1)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self._column_width, 200), self._grid.minimumSize().height())

    def sizeHint(self) -> QSize:
        return QSize(self._column_width, self._grid.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place(event.size().width())
        super().resizeEvent(event)
