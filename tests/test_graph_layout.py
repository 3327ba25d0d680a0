"""The network map's layout: stable between runs, incremental, and respectful of dragged people."""

from __future__ import annotations

import math
import random

from networkjournal.graph_layout import LayoutInput, layout


def network(people: int, seed: int = 3) -> LayoutInput:
    """A few circles of friends, mostly knowing each other within their circle."""
    rng = random.Random(seed)
    edges: list[tuple[int, int, float]] = []
    for person in range(1, people):
        circle_start = person - person % 30
        for _ in range(2):
            if rng.random() < 0.9 and person > circle_start:
                other = rng.randrange(circle_start, person)
            else:
                other = rng.randrange(person)
            edges.append((person, other, 1.0))
    return LayoutInput(nodes=list(range(people)), edges=edges, centre=0)


def size(positions: dict[int, tuple[float, float]]) -> float:
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    return max(max(xs) - min(xs), max(ys) - min(ys))


def test_same_input_and_seed_give_identical_positions() -> None:
    data = network(120)
    assert layout(data, seed=5, iterations=40) == layout(data, seed=5, iterations=40)


def test_another_seed_gives_another_layout() -> None:
    data = network(60)
    assert layout(data, seed=1, iterations=20) != layout(data, seed=2, iterations=20)


def test_pinned_people_stay_where_the_user_dragged_them() -> None:
    base = network(80)
    pinned = {5: (300.0, -120.0), 17: (-40.5, 77.25)}
    data = LayoutInput(nodes=base.nodes, edges=base.edges, pinned=pinned, centre=0)
    positions = layout(data, iterations=50)
    assert positions[5] == (300.0, -120.0)
    assert positions[17] == (-40.5, 77.25)
    assert positions[0] == (0.0, 0.0)


def test_adding_one_person_barely_moves_the_others() -> None:
    base = network(300)
    before = layout(base)
    newcomer = 300
    data = LayoutInput(
        nodes=[*base.nodes, newcomer],
        edges=[*base.edges, (newcomer, 42, 1.0), (newcomer, 43, 1.0)],
        previous=before,
        centre=0,
    )
    after = layout(data)
    moved = [math.dist(before[p], after[p]) for p in base.nodes]
    assert sum(moved) / len(moved) < 0.03 * size(before)
    # The newcomer lands near the people they know, not somewhere at random.
    assert math.dist(after[newcomer], after[42]) < 0.2 * size(after)


def test_related_people_end_closer_than_unrelated_ones() -> None:
    data = network(200)
    positions = layout(data)
    related = [math.dist(positions[a], positions[b]) for a, b, _ in data.edges]
    rng = random.Random(9)
    unrelated = [
        math.dist(positions[rng.randrange(200)], positions[rng.randrange(200)]) for _ in range(500)
    ]
    assert sum(related) / len(related) < 0.5 * sum(unrelated) / len(unrelated)


def test_progress_is_reported_and_returning_false_stops_the_layout() -> None:
    data = network(100)
    calls: list[tuple[int, int]] = []

    def stop_after_ten(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 10

    partial = layout(data, iterations=100, progress=stop_after_ten)
    assert calls[-1] == (10, 100)
    assert len(calls) == 2
    assert set(partial) == set(data.nodes)
    assert partial != layout(data, iterations=100)

    seen: list[int] = []
    layout(data, iterations=12, progress=lambda done, total: seen.append(done) is None)
    assert seen[-1] == 12


def test_positions_are_always_finite_even_when_people_start_on_one_spot() -> None:
    nodes = list(range(50))
    data = LayoutInput(
        nodes=nodes,
        edges=[(i, (i + 1) % 50, 1.0) for i in nodes] + [(1, 1, 1.0), (2, 999, 1.0)],
        previous=dict.fromkeys(nodes, (10.0, 10.0)),
    )
    positions = layout(data, iterations=60)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in positions.values())
    assert len({(round(x, 3), round(y, 3)) for x, y in positions.values()}) == 50


def test_empty_and_single_person_networks() -> None:
    assert layout(LayoutInput(nodes=[])) == {}
    assert layout(LayoutInput(nodes=[7], centre=7)) == {7: (0.0, 0.0)}
    (alone,) = layout(LayoutInput(nodes=[7])).values()
    assert all(math.isfinite(v) for v in alone)
