"""How long the GUI thread stalls while the network map of 2,000 people is read, laid out and drawn.

A timer ticks every 5 ms on the GUI thread; the longest gap between two ticks is the
longest the window could not respond. Each gap is put down to what ran in it: the graph
query and the scene build (both on the GUI thread, timed by wrapping them), or the layout
worker's run (on its own thread, where only holding the GIL can stall the GUI).

Run on demand (tests/benchmarks is left out of the normal run):
``.venv/bin/pytest -q -s -p no:cacheprovider tests/benchmarks/test_map_responsiveness.py``
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGraphicsView
from pytestqt.qtbot import QtBot

from networkjournal.demo import generate_journal
from networkjournal.graph_layout import LayoutInput, Point, layout
from networkjournal.store import people
from networkjournal.store.db import write
from networkjournal.store.graph import GraphFilter, network_graph
from networkjournal.store.networks import list_networks
from networkjournal.store.people import PersonData
from networkjournal.store.relationships import RelationshipData, create_relationship
from networkjournal.store.schema import Membership, Organisation, Person, Relationship
from networkjournal.ui import map_worker
from networkjournal.ui.panels import map_panel
from networkjournal.ui.panels.map_panel import MapPanel

pytestmark = pytest.mark.benchmark

TODAY = dt.date(2026, 3, 2)
PEOPLE = 2_000
TICK_MS = 5
SETTLE_MS = 500  # ticks go on this long after the map is laid out, to catch the first paint
LIMIT_MS = 100.0

Interval = tuple[float, float]


@dataclass
class Ticks:
    """A timer on the GUI thread, and the gaps between its ticks."""

    gaps: list[Interval] = field(default_factory=list)
    _last: float = 0.0
    _timer: QTimer = field(default_factory=QTimer)

    def __post_init__(self) -> None:
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((self._last, now))
        self._last = now


@dataclass
class Stopwatch:
    """When each wrapped call ran, by what it was (recorded from any thread)."""

    runs: dict[str, list[Interval]] = field(default_factory=dict)

    def wrap(self, what: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.runs.setdefault(what, []).append((started, time.perf_counter()))

        return timed

    def clear(self) -> None:
        self.runs = {}

    def total_ms(self, what: str) -> float:
        return 1000 * sum(end - start for start, end in self.runs.get(what, []))


def overlaps(gap: Interval, runs: list[Interval]) -> bool:
    return any(gap[0] < end and start < gap[1] for start, end in runs)


def largest_ms(gaps: list[Interval]) -> float:
    return 1000 * max((end - start for start, end in gaps), default=0.0)


# Each row of the table: (heading, width, format), in the order Row's fields come.
COLUMNS = [
    ("", 31, ""),
    ("wall s", 7, ".2f"),
    ("query ms", 9, ".0f"),
    ("build ms", 9, ".0f"),
    ("paints", 7, "d"),
    ("paint ms", 9, ".0f"),
    ("layout s", 9, ".2f"),
    ("alone s", 8, ".2f"),
    ("worst gap", 10, ".0f"),
    ("gap in layout", 14, ".0f"),
    ("gap after", 10, ".0f"),
]


@dataclass
class Row:
    """One step, timed: all gaps in milliseconds."""

    what: str
    wall_s: float  # from the step to laidOut
    query_ms: float  # network_graph() on the GUI thread
    build_ms: float  # _build_scene() on the GUI thread
    paints: int  # times the map view was painted
    paint_ms: float  # the longest of those paints
    layout_s: float  # the worker's run, beside the GUI thread
    alone_s: float  # the same layout run again with nothing else going on
    worst_ms: float  # the longest gap of all
    during_layout_ms: float  # the longest while the worker ran, in no query, build or paint
    after_ms: float  # the longest after laidOut

    def cells(self) -> str:
        values = vars(self).values()
        return " ".join(
            f"{value:<{width}}" if not form else f"{value:>{width}{form}}"
            for value, (_, width, form) in zip(values, COLUMNS, strict=True)
        )


def add_relationships_and_organisations() -> None:
    """Circles of about 40 people, each knowing three others, and 40 organisations of 15.

    The generated journal has people and entries but no lines between them.
    """
    rng = random.Random(11)
    ids = [person.id for person in Person.select(Person.id).order_by(Person.id)]
    pairs: set[tuple[int, int]] = set()
    for index in range(1, len(ids)):
        circle = index - index % 40
        for _ in range(3):
            if rng.random() < 0.8 and index > circle:
                other = rng.randrange(circle, index)
            else:
                other = rng.randrange(index)
            pairs.add((ids[other], ids[index]))
    with write():
        Relationship.insert_many(
            [{"person_a": a, "person_b": b, "kind": "knows"} for a, b in sorted(pairs)]
        ).execute()
        for number in range(40):
            organisation = Organisation.create(name=f"Organisation {number}")
            members = rng.sample(ids, 15)
            Membership.insert_many(
                [{"person": pid, "organisation": organisation.id} for pid in members]
            ).execute()


@pytest.fixture
def crowd(journal: Path) -> Path:
    generate_journal(seed=1, people=PEOPLE, interactions=20_000, facts=0, today=TODAY)
    add_relationships_and_organisations()
    return journal


def test_map_of_2000_people_keeps_the_gui_responsive(
    qtbot: QtBot, crowd: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = time.perf_counter()
    nodes, edges = network_graph(GraphFilter(), TODAY)
    query_alone_ms = 1000 * (time.perf_counter() - started)

    watch = Stopwatch()
    monkeypatch.setattr(map_panel, "network_graph", watch.wrap("query", network_graph))
    monkeypatch.setattr(MapPanel, "_build_scene", watch.wrap("build", MapPanel._build_scene))
    inputs: list[LayoutInput] = []  # what each layout was given, to time it again alone

    def noting_input(data: LayoutInput, **options: Any) -> dict[int, Point]:
        inputs.append(data)
        return layout(data, **options)

    monkeypatch.setattr(map_worker, "layout", watch.wrap("layout", noting_input))
    # Drawing the map happens in the view's paintEvent, on the GUI thread too.
    monkeypatch.setattr(
        map_panel.MapView, "paintEvent", watch.wrap("paint", QGraphicsView.paintEvent)
    )
    ticks = Ticks()
    laid_out = [0]
    rows: list[Row] = []
    panels: list[MapPanel] = []

    def measure(what: str, act: Callable[[], None]) -> None:
        watch.clear()
        inputs.clear()
        ticks.start()
        before = laid_out[0]
        began = time.perf_counter()
        act()
        qtbot.waitUntil(lambda: laid_out[0] > before, timeout=120_000)
        wall = time.perf_counter() - began
        done = time.perf_counter()
        qtbot.wait(SETTLE_MS)
        ticks.stop()
        alone_s = 0.0  # no layout at all: everyone shown already had a place
        if inputs:
            (given,) = inputs
            alone = time.perf_counter()
            layout(given)
            alone_s = time.perf_counter() - alone
        gui_work = [run for what in ("query", "build", "paint") for run in watch.runs.get(what, [])]
        layout_runs = watch.runs.get("layout", [])
        rows.append(
            Row(
                what=what,
                wall_s=wall,
                query_ms=watch.total_ms("query"),
                build_ms=watch.total_ms("build"),
                paints=len(watch.runs.get("paint", [])),
                paint_ms=largest_ms(watch.runs.get("paint", [])),
                layout_s=watch.total_ms("layout") / 1000,
                alone_s=alone_s,
                worst_ms=largest_ms(ticks.gaps),
                during_layout_ms=largest_ms(
                    [
                        gap
                        for gap in ticks.gaps
                        if overlaps(gap, layout_runs) and not overlaps(gap, gui_work)
                    ]
                ),
                after_ms=largest_ms([gap for gap in ticks.gaps if gap[1] > done]),
            )
        )

    def open_map() -> None:
        panel = MapPanel(today=TODAY)
        qtbot.addWidget(panel)
        panel.resize(1200, 800)
        panel.show()
        panel.laidOut.connect(lambda: laid_out.__setitem__(0, laid_out[0] + 1))
        panels.append(panel)

    def add_one_person() -> None:
        newcomer = people.create_person(PersonData(given_name="Nia", family_name="Newcomer"))
        create_relationship(RelationshipData(newcomer, next(iter(panels[0].node_items()))))
        panels[0].reload()

    try:
        measure("open the map, wait for laidOut", open_map)
        panel = panels[0]
        measure("reload after adding one person", add_one_person)
        network_id = list_networks()[0].id
        measure("filter to one network", lambda: panel.set_network(network_id))
        measure("back to all networks", lambda: panel.set_network(None))
    finally:
        for panel in panels:
            panel.stop_layout()

    print(
        f"\n{len(nodes)} people, {len(edges)} lines; network_graph() alone: "
        f"{query_alone_ms:.0f} ms; switch interval {1000 * sys.getswitchinterval():.0f} ms"
    )
    print(" ".join(f"{title:>{width}}" for title, width, _ in COLUMNS))
    for row in rows:
        print(row.cells())
    assert max(row.during_layout_ms for row in rows) < LIMIT_MS
