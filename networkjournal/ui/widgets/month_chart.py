"""Entries per month as grouped bars (``month_chart``): all entries, then one bar per network.

Drawn with QPainter rather than QtCharts, which would add megabytes to the
install for one small chart.  Every bar is a target: the mouse shows what it
counts and a click opens those entries (:attr:`MonthChart.barClicked`); the
keyboard moves a highlighted bar with the arrows and opens it with Enter or
Space.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from networkjournal.store.dashboard import MonthlyCounts
from networkjournal.ui.formatting import plain_tooltip

LEGEND_SWATCH = 10
LEGEND_GAP = 14  # between legend items
LEGEND_NAME_WIDTH = 180  # longer network names are shortened with …
GROUP_PADDING = 0.14  # of a month's width, on each side of its bars


@dataclass(frozen=True)
class ChartBar:
    """One bar: a month's entries, all of them (``network_id`` None) or one network's."""

    month_index: int
    series_index: int  # 0: all entries; then the networks in order
    month: dt.date  # the first day of the month
    network_id: int | None
    name: str
    colour: QColor
    count: int


def nice_step(largest: int, ticks: int = 4) -> int:
    """Return a whole step of 1, 2 or 5 times a power of ten giving about ``ticks`` lines."""
    if largest <= ticks:
        return 1
    raw = largest / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 5, 10):
        step = multiple * magnitude
        if step >= raw:
            return max(1, int(step))
    return max(1, int(10 * magnitude))  # pragma: no cover - the loop always returns


def month_end(month: dt.date) -> dt.date:
    """Return the last day of ``month``'s month."""
    following = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


class MonthChart(QWidget):
    """Grouped bars of entries per month, with a legend, gridlines, hover and keyboard."""

    barClicked = Signal(object, object)  # network id (None: all entries), first day of month

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("month_chart")
        self.setAccessibleName(self.tr("Entries per month"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._months: tuple[dt.date, ...] = ()
        self._bars: list[ChartBar] = []
        self._series: list[tuple[str, QColor]] = []
        self._hover: int | None = None  # index into _bars
        self._current: int | None = None  # the keyboard's bar
        self._update_description()

    # --- data ------------------------------------------------------------------

    def set_data(self, counts: MonthlyCounts) -> None:
        """Show ``counts``: all entries, then each network, for every month."""
        current = self.current_bar()
        self._months = tuple(counts.months)
        total_colour = self._total_colour()
        series: list[tuple[int | None, str, QColor, tuple[int, ...]]] = [
            (None, self.tr("All entries"), total_colour, tuple(counts.total))
        ]
        for network_id, name, colour, values in counts.series:
            series.append((network_id, name, QColor(colour), tuple(values)))
        self._series = [(name, colour) for _nid, name, colour, _values in series]
        self._bars = [
            ChartBar(m, s, month, network_id, name, colour, values[m] if m < len(values) else 0)
            for m, month in enumerate(self._months)
            for s, (network_id, name, colour, values) in enumerate(series)
        ]
        self._hover = None
        self._current = None
        if current is not None:
            # Keep the keyboard on the same month and network when the figures change.
            self._current = next(
                (
                    i
                    for i, bar in enumerate(self._bars)
                    if (bar.month, bar.network_id) == (current.month, current.network_id)
                ),
                None,
            )
        self._update_description()
        self.update()

    def bars(self) -> list[ChartBar]:
        """Every bar, month by month, all entries first within a month."""
        return list(self._bars)

    def is_empty(self) -> bool:
        """Whether there is nothing to draw (no entries in any month shown)."""
        return not any(bar.count for bar in self._bars)

    def current_bar(self) -> ChartBar | None:
        """The bar the keyboard has highlighted, if any."""
        return self._bars[self._current] if self._current is not None else None

    def set_current_bar(self, network_id: int | None, month: dt.date) -> bool:
        """Highlight the bar of ``network_id`` (None: all entries) in ``month``."""
        for i, bar in enumerate(self._bars):
            if bar.network_id == network_id and bar.month == month:
                self._set_current(i)
                return True
        return False

    # --- words -----------------------------------------------------------------

    def _entries(self, count: int) -> str:
        if count == 0:
            return self.tr("no entries")
        if count == 1:
            return self.tr("1 entry")
        return self.tr("%n entries", "", count)

    def bar_text(self, bar: ChartBar) -> str:
        """Return what a bar counts: "March 2026 · Academic support: 12 entries"."""
        month = QLocale().toString(bar.month, "MMMM yyyy")
        return self.tr("{month} · {name}: {entries}").format(
            month=month, name=bar.name, entries=self._entries(bar.count)
        )

    def tooltip_at(self, pos: QPoint | QPointF) -> str:
        """Return the plain text of the tooltip at ``pos`` ("" when not over a bar)."""
        index = self._bar_at(QPointF(pos))
        if index is None:
            return ""
        bar = self._bars[index]
        text = self.bar_text(bar)
        if bar.count:
            text += "\n" + self.tr("Click to show these entries")
        return text

    def _update_description(self) -> None:
        if self.is_empty() or not self._months:
            description = self.tr("No journal entries in these months.")
        else:
            first = QLocale().toString(self._months[0], "MMMM yyyy")
            last = QLocale().toString(self._months[-1], "MMMM yyyy")
            parts = [
                self.tr("Entries per month from {first} to {last}.").format(first=first, last=last)
            ]
            for series_index, (name, _colour) in enumerate(self._series):
                bars = [bar for bar in self._bars if bar.series_index == series_index]
                total = sum(bar.count for bar in bars)
                if total == 0:
                    parts.append(self.tr("{name}: none.").format(name=name))
                    continue
                busiest = max(bars, key=lambda bar: (bar.count, bar.month))
                parts.append(
                    self.tr("{name}: {entries} in all, most in {month} ({count}).").format(
                        name=name,
                        entries=self._entries(total),
                        month=QLocale().toString(busiest.month, "MMMM yyyy"),
                        count=busiest.count,
                    )
                )
            description = " ".join(parts)
        current = self.current_bar()
        if current is not None:
            description += " " + self.tr("Highlighted: {bar}.").format(bar=self.bar_text(current))
        self.setAccessibleDescription(description)

    # --- geometry --------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 180)

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def _legend_items(self, width: float) -> list[tuple[QRectF, str, QColor]]:
        """Lay the legend out in rows across ``width``: (swatch and name rect, text, colour)."""
        metrics = QFontMetrics(self.font())
        row_height = metrics.height() + 4
        x, y = 0.0, 0.0
        items: list[tuple[QRectF, str, QColor]] = []
        for name, colour in self._series:
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, LEGEND_NAME_WIDTH)
            item_width = LEGEND_SWATCH + 6 + metrics.horizontalAdvance(text)
            if x > 0 and x + item_width > width:
                x, y = 0.0, y + row_height
            items.append((QRectF(x, y, item_width, row_height), text, colour))
            x += item_width + LEGEND_GAP
        return items

    def _layout(self) -> tuple[QRectF, float, int, int]:
        """Return the plot area, the legend's height, the y step and the y top."""
        metrics = QFontMetrics(self.font())
        largest = max((bar.count for bar in self._bars), default=0)
        step = nice_step(largest)
        top = max(step, math.ceil(largest / step) * step)
        axis_width = metrics.horizontalAdvance(QLocale().toString(top)) + 10
        legend = self._legend_items(self.width() - 16)
        legend_height = (legend[-1][0].bottom() if legend else 0) + 10
        plot = QRectF(
            8 + axis_width,
            8 + legend_height + metrics.height() / 2,
            max(10.0, self.width() - 16 - axis_width),
            0,
        )
        bottom = self.height() - 8 - 2 * metrics.height() - 4
        plot.setBottom(max(plot.top() + 10, bottom))
        return plot, legend_height, step, top

    def _bar_strip(self, plot: QRectF, bar: ChartBar) -> QRectF:
        """The column a bar stands in, from the top of the plot to its base."""
        months = max(1, len(self._months))
        group = plot.width() / months
        inner = group * (1 - 2 * GROUP_PADDING)
        series = max(1, len(self._series))
        width = inner / series
        x = plot.left() + bar.month_index * group + group * GROUP_PADDING + bar.series_index * width
        return QRectF(x, plot.top(), width, plot.height())

    def _bar_at(self, pos: QPointF) -> int | None:
        if self.is_empty():
            return None
        plot, _legend, _step, _top = self._layout()
        # The strip under the bar counts, so a short bar is as easy to point at as a tall one.
        if not plot.top() <= pos.y() <= plot.bottom() + 4:
            return None
        for index, bar in enumerate(self._bars):
            if (
                self._bar_strip(plot, bar)
                .adjusted(-0.5, 0, 0.5, 0)
                .contains(QPointF(pos.x(), plot.center().y()))
            ):
                return index
        return None

    def bar_rect(self, bar: ChartBar) -> QRectF:
        """Where ``bar`` is drawn (zero height when it counts nothing)."""
        plot, _legend, _step, top = self._layout()
        strip = self._bar_strip(plot, bar)
        height = plot.height() * bar.count / top if top else 0
        return QRectF(strip.left() + 1, plot.bottom() - height, max(1.0, strip.width() - 2), height)

    def bar_centre(self, bar: ChartBar) -> QPoint:
        """A point inside ``bar``'s column, on the bar when it has height (for tests and a11y)."""
        rect = self.bar_rect(bar)
        plot, _legend, _step, _top = self._layout()
        y = rect.center().y() if rect.height() > 4 else plot.bottom() - 2
        return QPoint(round(rect.center().x()), round(y))

    # --- painting --------------------------------------------------------------

    def _total_colour(self) -> QColor:
        """A neutral grey between text and base, for the all-entries bars."""
        palette = self.palette()
        fore = palette.color(QPalette.ColorRole.Text)
        back = palette.color(QPalette.ColorRole.Base)
        return QColor(
            (fore.red() * 2 + back.red() * 3) // 5,
            (fore.green() * 2 + back.green() * 3) // 5,
            (fore.blue() * 2 + back.blue() * 3) // 5,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if self.is_empty():
            painter.setPen(muted)
            painter.drawText(
                QRectF(self.rect()).adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No journal entries in the last %n months", "", len(self._months))
                if self._months
                else self.tr("No journal entries yet"),
            )
            if self.hasFocus():
                self._draw_focus_frame(painter, QRectF(self.rect()).adjusted(1, 1, -1, -1))
            return
        plot, _legend_height, step, top = self._layout()
        metrics = QFontMetrics(self.font())
        # Legend.
        for rect, name, colour in self._legend_items(self.width() - 16):
            rect = rect.translated(8, 6)
            swatch = QRectF(
                rect.left(), rect.center().y() - LEGEND_SWATCH / 2, LEGEND_SWATCH, LEGEND_SWATCH
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(swatch, 2, 2)
            painter.setPen(text)
            painter.drawText(
                rect.adjusted(LEGEND_SWATCH + 6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, name
            )
        # Gridlines and their values.
        grid = QColor(text)
        grid.setAlpha(40)
        for value in range(0, top + 1, step):
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                QLocale().toString(value),
            )
        # The column under the pointer, behind the bars.
        if self._hover is not None:
            shade = QColor(palette.color(QPalette.ColorRole.Highlight))
            shade.setAlpha(35)
            painter.fillRect(self._bar_strip(plot, self._bars[self._hover]), shade)
        # Bars.
        for index, bar in enumerate(self._bars):
            rect = self.bar_rect(bar)
            if bar.count == 0:
                continue
            colour = QColor(bar.colour)
            if index == self._hover:
                colour = colour.lighter(115)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 1.5, 1.5)
        # Months, with the year under the first month and under every January.
        self._draw_month_labels(painter, plot, metrics, text, muted)
        # The keyboard's bar.
        if self._current is not None and self.hasFocus():
            strip = self._bar_strip(plot, self._bars[self._current]).adjusted(0, -2, 0, 2)
            self._draw_focus_frame(painter, strip)

    def _draw_month_labels(
        self,
        painter: QPainter,
        plot: QRectF,
        metrics: QFontMetrics,
        text: QColor,
        muted: QColor,
    ) -> None:
        if not self._months:
            return
        locale = QLocale()
        group = plot.width() / len(self._months)
        widest = max(metrics.horizontalAdvance(locale.toString(m, "MMM")) for m in self._months)
        every = 1
        while widest + 4 > group * every and every < len(self._months):
            every += 1
        for index, month in enumerate(self._months):
            x = plot.left() + index * group
            cell = QRectF(x - group, plot.bottom() + 4, group * 3, metrics.height())
            # Count back from the newest month so the current month is always labelled.
            if (len(self._months) - 1 - index) % every == 0:
                painter.setPen(text)
                painter.drawText(
                    cell.translated(0, 0),
                    Qt.AlignmentFlag.AlignCenter,
                    locale.toString(month, "MMM"),
                )
            if index == 0 or month.month == 1:
                painter.setPen(muted)
                painter.drawText(
                    cell.translated(0, metrics.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    locale.toString(month, "yyyy"),
                )

    def _draw_focus_frame(self, painter: QPainter, rect: QRectF) -> None:
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 3, 3)

    # --- the pointer -------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._bar_at(event.position())
        if index != self._hover:
            self._hover = index
            has_entries = index is not None and self._bars[index].count > 0
            if has_entries:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.unsetCursor()
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.unsetCursor()
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self._bar_at(event.position())
            if index is not None:
                self._set_current(index)
                self._activate(index)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), plain_tooltip(text), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- the keyboard ------------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._current is None and self._bars and not self.is_empty():
            # Start on the latest month's total: the month one most likely wants.
            latest = len(self._months) - 1
            self._set_current(
                next(i for i, bar in enumerate(self._bars) if bar.month_index == latest)
            )
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._bars or self.is_empty():
            super().keyPressEvent(event)
            return
        key = event.key()
        last = len(self._bars) - 1
        current = self._current if self._current is not None else last
        series = max(1, len(self._series))
        moves = {
            Qt.Key.Key_Left: current - 1,
            Qt.Key.Key_Right: current + 1,
            Qt.Key.Key_Up: current - series,  # the same network, a month earlier
            Qt.Key.Key_Down: current + series,  # … a month later
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: last,
        }
        if key in moves:
            self._set_current(min(last, max(0, moves[Qt.Key(key)])))
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select):
            if self._current is not None:
                self._activate(self._current)
            event.accept()
            return
        super().keyPressEvent(event)

    def _set_current(self, index: int) -> None:
        if index == self._current:
            return
        self._current = index
        self._update_description()
        QAccessible.updateAccessibility(
            QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
        )
        self.update()

    def _activate(self, index: int) -> None:
        bar = self._bars[index]
        if bar.count:  # an empty bar has nothing to open
            self.barClicked.emit(bar.network_id, bar.month)
