"""How long the network map's layout takes at 500, 2,000 and 5,000 people (~3 relationships each).

Run on demand: ``.venv/bin/pytest -q -s tests/benchmarks/test_layout_speed.py``
(tests/benchmarks is left out of the normal run).
"""

from __future__ import annotations

import random
import time

import pytest

from networkjournal.graph_layout import LayoutInput, layout

pytestmark = pytest.mark.benchmark

SIZES = (500, 2_000, 5_000)


def network(people: int) -> LayoutInput:
    """Circles of about 40 people, each person knowing three others, mostly in their circle."""
    rng = random.Random(11)
    edges: list[tuple[int, int, float]] = []
    for person in range(1, people):
        circle_start = person - person % 40
        for _ in range(3):
            if rng.random() < 0.8 and person > circle_start:
                other = rng.randrange(circle_start, person)
            else:
                other = rng.randrange(person)
            edges.append((person, other, 1.0))
    return LayoutInput(nodes=list(range(people)), edges=edges, centre=0)


def test_layout_time_at_500_2000_and_5000_people() -> None:
    rows = []
    for people in SIZES:
        data = network(people)
        started = time.perf_counter()
        fresh = layout(data)
        fresh_seconds = time.perf_counter() - started
        grown = LayoutInput(
            nodes=[*data.nodes, people],
            edges=[*data.edges, (people, 1, 1.0)],
            previous=fresh,
            centre=0,
        )
        started = time.perf_counter()
        layout(grown)
        incremental_seconds = time.perf_counter() - started
        rows.append((people, len(data.edges), fresh_seconds, incremental_seconds))

    print("\npeople  relationships  fresh layout (s)  one person added (s)   [100 rounds]")
    for people, edges, fresh_seconds, incremental_seconds in rows:
        print(f"{people:>6}  {edges:>13}  {fresh_seconds:>16.2f}  {incremental_seconds:>20.2f}")
    two_thousand = rows[1]
    assert two_thousand[2] < 10.0
