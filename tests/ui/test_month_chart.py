"""The month chart: every bar says what it counts and opens it, by mouse and by keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from networkjournal.store.dashboard import MonthlyCounts
from networkjournal.ui.widgets.month_chart import ChartBar, MonthChart, month_end, nice_step
from tests.ui.conftest import tooltip_text

JAN, FEB, MAR = dt.date(2026, 1, 1), dt.date(2026, 2, 1), dt.date(2026, 3, 1)
DEC = dt.date(2025, 12, 1)
ACADEMIC, SOCIAL = 7, 9


def counts() -> MonthlyCounts:
    return MonthlyCounts(
        months=(DEC, JAN, FEB, MAR),
        series=(
            (ACADEMIC, "Academic support", "#1f77b4", (2, 0, 5, 12)),
            (SOCIAL, "Social", "#2ca02c", (1, 3, 0, 4)),
        ),
        total=(4, 3, 6, 14),
    )


@pytest.fixture
def chart(qtbot: QtBot) -> MonthChart:
    widget = MonthChart()
    qtbot.addWidget(widget)
    widget.resize(640, 280)
    widget.set_data(counts())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def bar(chart: MonthChart, network_id: int | None, month: dt.date) -> ChartBar:
    return next(b for b in chart.bars() if (b.network_id, b.month) == (network_id, month))


def test_clicking_a_bar_asks_for_that_network_and_month(chart: MonthChart, qtbot: QtBot) -> None:
    target = bar(chart, ACADEMIC, FEB)
    with qtbot.waitSignal(chart.barClicked) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_centre(target))
    assert clicked.args == [ACADEMIC, FEB]


def test_clicking_the_all_entries_bar_asks_for_every_entry(chart: MonthChart, qtbot) -> None:
    with qtbot.waitSignal(chart.barClicked) as clicked:
        qtbot.mouseClick(
            chart, Qt.MouseButton.LeftButton, pos=chart.bar_centre(bar(chart, None, MAR))
        )
    assert clicked.args == [None, MAR]


def test_clicking_an_empty_bar_or_beside_the_bars_opens_nothing(chart: MonthChart, qtbot) -> None:
    emitted: list[tuple[object, object]] = []
    chart.barClicked.connect(lambda network, month: emitted.append((network, month)))
    qtbot.mouseClick(
        chart, Qt.MouseButton.LeftButton, pos=chart.bar_centre(bar(chart, SOCIAL, FEB))
    )
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert emitted == []


def test_each_bar_stands_in_its_own_column_left_to_right(chart: MonthChart) -> None:
    lefts = [chart.bar_rect(b).left() for b in chart.bars()]
    assert lefts == sorted(lefts)
    assert len(set(lefts)) == len(lefts)
    # Taller for more entries, on a common base.
    assert (
        chart.bar_rect(bar(chart, ACADEMIC, MAR)).height()
        > chart.bar_rect(bar(chart, ACADEMIC, FEB)).height()
    )
    assert chart.bar_rect(bar(chart, SOCIAL, FEB)).height() == 0


def test_the_tooltip_names_month_network_and_count(chart: MonthChart) -> None:
    where = chart.bar_centre(bar(chart, ACADEMIC, MAR))
    assert chart.tooltip_at(where).splitlines()[0] == "March 2026 · Academic support: 12 entries"
    one = chart.bar_centre(bar(chart, SOCIAL, DEC))
    assert chart.tooltip_at(one).splitlines()[0] == "December 2025 · Social: 1 entry"
    assert chart.tooltip_at(QPoint(2, 2)) == ""


def test_the_tooltip_shows_a_network_name_literally(qtbot: QtBot) -> None:
    chart = MonthChart()
    qtbot.addWidget(chart)
    chart.resize(500, 260)
    chart.set_data(
        MonthlyCounts(months=(MAR,), series=((1, "<b>Bold</b> & co", "#aa3300", (3,)),), total=(3,))
    )
    chart.show()
    where = chart.bar_centre(bar(chart, 1, MAR))
    event = QHelpEvent(QEvent.Type.ToolTip, where, chart.mapToGlobal(where))
    QApplication.sendEvent(chart, event)
    assert "&lt;b&gt;" in QToolTip.text()
    assert tooltip_text(QToolTip.text()).startswith("March 2026 · <b>Bold</b> & co: 3 entries")
    QToolTip.hideText()


def test_arrows_move_the_highlight_and_enter_opens_it(chart: MonthChart, qtbot: QtBot) -> None:
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    start = chart.current_bar()
    assert start is not None and (start.network_id, start.month) == (None, MAR)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    current = chart.current_bar()
    assert current is not None and (current.network_id, current.month) == (ACADEMIC, MAR)
    qtbot.keyClick(chart, Qt.Key.Key_Up)  # the same network, a month earlier
    current = chart.current_bar()
    assert current is not None and (current.network_id, current.month) == (ACADEMIC, FEB)
    with qtbot.waitSignal(chart.barClicked) as opened:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert opened.args == [ACADEMIC, FEB]
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    with qtbot.waitSignal(chart.barClicked) as opened:
        qtbot.keyClick(chart, Qt.Key.Key_Space)
    assert opened.args == [None, DEC]


def test_the_keyboard_stops_at_the_ends(chart: MonthChart, qtbot: QtBot) -> None:
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_End)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    last = chart.current_bar()
    assert last is not None and (last.network_id, last.month) == (SOCIAL, MAR)
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    first = chart.current_bar()
    assert first is not None and (first.network_id, first.month) == (None, DEC)


def test_the_accessible_description_sums_up_the_months(chart: MonthChart, qtbot) -> None:
    text = chart.accessibleDescription()
    assert "December 2025 to March 2026" in text
    assert "Academic support: 19 entries in all, most in March 2026 (12)" in text
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert "Highlighted: March 2026 · Academic support: 12 entries" in chart.accessibleDescription()


def test_no_entries_shows_an_empty_state_and_nothing_to_click(qtbot: QtBot) -> None:
    chart = MonthChart()
    qtbot.addWidget(chart)
    chart.resize(400, 220)
    chart.set_data(
        MonthlyCounts(months=(FEB, MAR), series=((1, "Social", "#2ca02c", (0, 0)),), total=(0, 0))
    )
    chart.show()
    assert chart.is_empty()
    assert chart.tooltip_at(chart.rect().center()) == ""
    emitted: list[object] = []
    chart.barClicked.connect(lambda *args: emitted.append(args))
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.rect().center())
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert emitted == []
    assert chart.accessibleDescription() == "No journal entries in these months."
    assert not chart.grab().isNull()


def test_the_chart_scales_with_its_width(chart: MonthChart) -> None:
    assert chart.minimumSizeHint().width() >= 320 and chart.minimumSizeHint().height() >= 180
    for width in (320, 1200):
        chart.resize(width, 240)
        rects = [chart.bar_rect(b) for b in chart.bars()]
        assert min(r.left() for r in rects) > 0
        assert max(r.right() for r in rects) < width
    # Wider means wider bars.
    chart.resize(320, 240)
    narrow = chart.bar_rect(bar(chart, ACADEMIC, MAR)).width()
    chart.resize(1200, 240)
    assert chart.bar_rect(bar(chart, ACADEMIC, MAR)).width() > narrow


def test_new_figures_keep_the_keyboard_on_the_same_bar(chart: MonthChart, qtbot) -> None:
    assert chart.set_current_bar(SOCIAL, JAN)
    chart.set_data(counts())
    current = chart.current_bar()
    assert current is not None and (current.network_id, current.month) == (SOCIAL, JAN)


@pytest.mark.parametrize(
    ("largest", "step"), [(0, 1), (3, 1), (7, 2), (12, 5), (45, 20), (180, 50), (1000, 500)]
)
def test_gridlines_fall_on_round_whole_numbers(largest: int, step: int) -> None:
    assert nice_step(largest) == step


def test_a_month_ends_on_its_last_day() -> None:
    assert month_end(dt.date(2024, 2, 1)) == dt.date(2024, 2, 29)
    assert month_end(dt.date(2025, 12, 1)) == dt.date(2025, 12, 31)
