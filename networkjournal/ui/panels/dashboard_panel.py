"""The overview (``dashboard_panel``): who to reconnect with, what is due, what is coming up,
how each network is doing, and the journal's months at a glance.

Everything on it is a way in: every figure, name and bar is a button that
says what it opens, and the panel only asks (its signals); the window opens.
User text is always shown as plain text: names are on buttons and plain
labels, never in rich text.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store import dashboard, dates, follow_ups, reminders
from networkjournal.store.dashboard import NetworkFigures
from networkjournal.store.follow_ups import FollowUpRow, FollowUpStatus
from networkjournal.ui.formatting import due_text, format_date, plain_tooltip
from networkjournal.ui.models.reconnect_model import is_snoozed
from networkjournal.ui.models.upcoming_model import (
    WEEK_DAYS,
    WINDOW_DAYS,
    away_text,
    day_text,
    occasion_text,
)
from networkjournal.ui.panels.profile_sections.widgets import (
    LinkButton,
)
from networkjournal.ui.widgets.dashboard_cards import (
    Card,
    ListCard,
    NetworkCard,
    ReflowGrid,
    figure_criteria,
    figure_value,
    heading,
    quiet_label,
)
from networkjournal.ui.widgets.month_chart import MonthChart, month_end

LIST_ROWS = 5  # reconnect and follow-up rows shown before "and N more"
UPCOMING_ROWS = 6


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
