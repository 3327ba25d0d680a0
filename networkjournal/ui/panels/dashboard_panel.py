"""The overview (``dashboard_panel``): who to reconnect with, what is due, what is coming up,
how each network is doing, and the journal's months at a glance.

Everything on it is a way in: every figure, name and bar is a button that
says what it opens, and the panel only asks (its signals); the window opens.
User text is always shown as plain text: names are on buttons and plain
labels, never in rich text.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Signal, Slot
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
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store import dashboard, dates, follow_ups, reminders
from networkjournal.store.dashboard import NetworkFigures
from networkjournal.store.follow_ups import FollowUpRow, FollowUpStatus
from networkjournal.store.people_list import Criterion, CriterionKind
from networkjournal.ui.formatting import due_text, format_date, plain_tooltip
from networkjournal.ui.models.reconnect_model import is_snoozed
from networkjournal.ui.models.upcoming_model import (
    WEEK_DAYS,
    WINDOW_DAYS,
    away_text,
    day_text,
    occasion_text,
)
from networkjournal.ui.panels.profile_sections.flow_layout import FlowLayout
from networkjournal.ui.panels.profile_sections.widgets import (
    ElidedLabel,
    LinkButton,
    RowList,
    plain_label,
)
from networkjournal.ui.widgets.field_message import style_field_message
from networkjournal.ui.widgets.month_chart import MonthChart, month_end

LIST_ROWS = 5  # reconnect and follow-up rows shown before "and N more"
UPCOMING_ROWS = 6
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


class DashboardPanel(QWidget):
    """The overview of the journal today; every figure on it opens what it counts."""

    peopleRequested = Signal(object, str)  # tuple of people_list.Criterion, what they are
    entriesRequested = Signal(object, object, object)  # network id or None, first, last day
    followUpsRequested = Signal()
    reconnectRequested = Signal()
    upcomingRequested = Signal()
    personRequested = Signal(int)  # person id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_panel")
        self._today = dt.date.today()
        self.title = heading("", "dashboard_title", 1.5)
        self.summary = quiet_label("", "dashboard_summary")
        self.summary.setWordWrap(True)
        self.reconnect_card = ListCard(
            "dashboard_reconnect", self.tr("Reconnect"), self.tr("See all")
        )
        self.follow_ups_card = ListCard(
            "dashboard_follow_ups", self.tr("Follow-ups"), self.tr("See all")
        )
        self.upcoming_card = ListCard(
            "dashboard_upcoming", self.tr("Coming up"), self.tr("See all")
        )
        self.reconnect_card.see_all.setToolTip(self.tr("Open the full reconnect list"))
        self.follow_ups_card.see_all.setToolTip(self.tr("Open the follow-ups"))
        self.upcoming_card.see_all.setToolTip(self.tr("Open the dates coming up"))
        self.reconnect_card.see_all.clicked.connect(self.reconnectRequested)
        self.follow_ups_card.see_all.clicked.connect(self.followUpsRequested)
        self.upcoming_card.see_all.clicked.connect(self.upcomingRequested)
        self.lists = ReflowGrid("dashboard_lists", 280)
        self.lists.set_widgets([self.reconnect_card, self.follow_ups_card, self.upcoming_card])
        self.networks_title = heading(self.tr("Networks"), "dashboard_networks_title")
        self.networks = ReflowGrid("dashboard_networks", 210)
        self.network_cards: dict[int | None, NetworkCard] = {}
        self.chart_card = Card("dashboard_chart_card")
        self.chart_card.setAccessibleName(self.tr("Entries per month"))
        self.chart = MonthChart()
        self.chart.setMinimumHeight(220)
        self.chart.barClicked.connect(self._on_bar_clicked)
        chart_top = QHBoxLayout()
        chart_top.addWidget(heading(self.tr("Entries per month"), "dashboard_chart_title"))
        chart_top.addStretch(1)
        self.chart_hint = quiet_label(
            self.tr("Click a bar to see those entries"), "dashboard_chart_hint"
        )
        chart_top.addWidget(self.chart_hint)
        self.chart_card.body.addLayout(chart_top)
        self.chart_card.body.addWidget(self.chart)
        content = QWidget()
        content.setObjectName("dashboard_content")
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 14, 16, 16)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.summary)
        column.addWidget(self.lists)
        column.addSpacing(4)
        column.addWidget(self.networks_title)
        column.addWidget(self.networks)
        column.addWidget(self.chart_card)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("dashboard_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    # --- what is shown -----------------------------------------------------

    @property
    def today(self) -> dt.date:
        """The day the overview was read for."""
        return self._today

    def reload(self, today: dt.date | None = None) -> None:
        """Read every figure again, for ``today`` (default: the real today)."""
        self._today = today or dt.date.today()
        self.title.setText(QLocale().toString(self._today, "dddd d MMMM yyyy"))
        due = reminders.due_rows(self._today)
        open_follow_ups = [
            row
            for row in follow_ups.list_follow_ups()
            if follow_ups.status(row, self._today) in (FollowUpStatus.OVERDUE, FollowUpStatus.TODAY)
        ]
        upcoming = dates.upcoming(self._today, WINDOW_DAYS)
        figures = dashboard.network_figures(self._today)
        self._show_reconnect(due)
        self._show_follow_ups(open_follow_ups)
        self._show_upcoming(upcoming)
        self._show_networks(figures)
        self.chart.set_data(dashboard.monthly_entries(self._today))
        self.chart_hint.setVisible(not self.chart.is_empty())
        self._show_summary(figures, len(due), len(open_follow_ups), upcoming)

    def _show_summary(
        self,
        figures: list[NetworkFigures],
        due: int,
        follow_up_count: int,
        upcoming: list[dates.Upcoming],
    ) -> None:
        everyone = next((f for f in figures if f.network_id is None), None)
        if everyone is None or everyone.people == 0:
            self.summary.setText(
                self.tr(
                    "Your journal is empty. Add the people you know and log your meetings, "
                    "and this page shows who to get back in touch with and what is coming up."
                )
            )
            return
        this_week = sum(item.days_away(self._today) < WEEK_DAYS for item in upcoming)
        parts = [
            self.tr("%n to reconnect with", "", due) if due else self.tr("in touch with everyone"),
            self.tr("%n follow-ups due", "", follow_up_count)
            if follow_up_count
            else self.tr("no follow-ups due"),
            self.tr("%n dates this week", "", this_week)
            if this_week
            else self.tr("nothing this week"),
        ]
        if due == 1:
            parts[0] = self.tr("1 person to reconnect with")
        if follow_up_count == 1:
            parts[1] = self.tr("1 follow-up due")
        if this_week == 1:
            parts[2] = self.tr("1 date this week")
        self.summary.setText(" · ".join(parts))

    def _show_reconnect(self, due: list[reminders.DueRow]) -> None:
        card = self.reconnect_card
        card.rows.clear()
        if not due:
            card.show_empty(self.tr("No one to reconnect with — you're in touch with everyone."))
            return
        for row in due[:LIST_ROWS]:
            days = row.days_overdue(self._today)
            name = LinkButton(row.name, f"reconnect_person_{row.person_id}")
            name.setToolTip(plain_tooltip(self.tr("Open {name}").format(name=row.name)))
            name.clicked.connect(lambda _c=False, pid=row.person_id: self.personRequested.emit(pid))
            when = quiet_label(due_text(days, is_snoozed(row)), "reconnect_due", warning=days > 0)
            when.setToolTip(self.tr("Due on {date}").format(date=format_date(row.due_on)))
            card.add_row(name, when)
        self._add_more(card, len(due) - LIST_ROWS, self.reconnectRequested.emit)

    def _show_follow_ups(self, rows: list[FollowUpRow]) -> None:
        card = self.follow_ups_card
        card.rows.clear()
        if not rows:
            card.show_empty(self.tr("Nothing due today, and nothing overdue."))
            return
        for row in rows[:LIST_ROWS]:
            text = row.title
            if row.person_name:
                text = self.tr("{title} · {person}").format(title=row.title, person=row.person_name)
            link = LinkButton(text, f"follow_up_{row.id}")
            link.setToolTip(plain_tooltip(self.tr("Open the follow-ups") + "\n" + text))
            link.clicked.connect(self.followUpsRequested)
            days = (self._today - row.due_on).days if row.due_on is not None else 0
            due = due_text(days) if days > 0 else self.tr("today")
            card.add_row(link, quiet_label(due, "follow_up_due", warning=days > 0))
        self._add_more(card, len(rows) - LIST_ROWS, self.followUpsRequested.emit)

    def _show_upcoming(self, items: list[dates.Upcoming]) -> None:
        card = self.upcoming_card
        card.rows.clear()
        if not items:
            card.show_empty(self.tr("No birthdays or dates in the next %n days.", "", WINDOW_DAYS))
            return
        widest = max(self.fontMetrics().horizontalAdvance(day_text(i.on)) for i in items)
        for item in items[:UPCOMING_ROWS]:
            days = item.days_away(self._today)
            day = quiet_label(day_text(item.on), "upcoming_day")
            day.setMinimumWidth(widest + 6)
            day.setToolTip(f"{format_date(item.on)} · {away_text(days)}")
            text = occasion_text(item)
            link = LinkButton(text, f"upcoming_{item.kind}_{item.date_id or item.person_id}")
            if item.person_id is not None:
                link.setToolTip(plain_tooltip(self.tr("Open {name}").format(name=item.person_name)))
                link.clicked.connect(
                    lambda _c=False, pid=item.person_id: self.personRequested.emit(pid)
                )
            else:
                link.setToolTip(plain_tooltip(self.tr("Open the dates coming up")))
                link.clicked.connect(self.upcomingRequested)
            if days < WEEK_DAYS:  # this week's stand out
                for widget in (day, link):
                    font = widget.font()
                    font.setBold(True)
                    widget.setFont(font)
            card.add_row(day, link, room_after=1)
        self._add_more(card, len(items) - UPCOMING_ROWS, self.upcomingRequested.emit)

    def _add_more(self, card: ListCard, more: int, opens: object) -> None:
        if more <= 0:
            return
        link = LinkButton(self.tr("and %n more", "", more), f"{card.objectName()}_more")
        link.clicked.connect(opens)
        card.add_row(link)

    def _show_networks(self, figures: list[NetworkFigures]) -> None:
        cards: list[QWidget] = []
        self.network_cards = {}
        for figure_set in figures:
            card = NetworkCard(figure_set)
            for key, button in card.figures.items():
                button.set_value(figure_value(figure_set, key), card.opens(key))
                button.clicked.connect(
                    lambda _c=False, f=figure_set, k=key, c=card: self._open_figure(f, k, c)
                )
            if figure_set.newest:
                caption = quiet_label(self.tr("Newest:"), "newest_caption")
                caption.setAlignment(Qt.AlignmentFlag.AlignVCenter)
                # As tall as the links beside it, so the words share a baseline.
                caption.setFixedHeight(LinkButton("X").sizeHint().height())
                card.newest_layout.addWidget(caption)
            for person_id, name in figure_set.newest:
                link = LinkButton(name, f"newest_person_{person_id}")
                link.setToolTip(plain_tooltip(self.tr("Open {name}").format(name=name)))
                link.clicked.connect(lambda _c=False, pid=person_id: self.personRequested.emit(pid))
                card.newest_layout.addWidget(link)
                card.newest_links.append(link)
            card.newest.setVisible(bool(figure_set.newest))
            self.network_cards[figure_set.network_id] = card
            cards.append(card)
        self.networks.set_widgets(cards)

    # --- reacting to the user ---------------------------------------------------

    def _open_figure(self, figures: NetworkFigures, key: str, card: NetworkCard) -> None:
        self.peopleRequested.emit(figure_criteria(figures, key, self._today), card.label(key))

    @Slot(object, object)
    def _on_bar_clicked(self, network_id: object, month: object) -> None:
        if isinstance(month, dt.date):
            self.entriesRequested.emit(network_id, month, month_end(month))
