"""The network map's layout: stable between runs, incremental, and respectful of dragged people."""

from __future__ import annotations

import math
import random
import statistics

from networkjournal.graph_layout import SPACING, LayoutInput, Point, layout


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


def grown(
    base: LayoutInput, before: dict[int, Point], newcomers: dict[int, list[int]]
) -> LayoutInput:
    """``base`` with ``newcomers`` (each knowing the people listed) added to its laid-out map."""
    return LayoutInput(
        nodes=[*base.nodes, *newcomers],
        edges=[
            *base.edges,
            *((new, old, 1.0) for new, known in newcomers.items() for old in known),
        ],
        pinned=base.pinned,
        previous=before,
        centre=base.centre,
    )


def test_adding_one_person_barely_moves_the_others() -> None:
    base = network(300)
    before = layout(base)
    newcomer = 300
    after = layout(grown(base, before, {newcomer: [42, 43]}))
    moved = [math.dist(before[p], after[p]) for p in base.nodes]
    assert max(moved) <= 0.5 * SPACING
    assert statistics.median(moved) < 2.0
    # The newcomer lands near the people they know, not somewhere at random…
    nearest_known = min(math.dist(after[newcomer], after[p]) for p in (42, 43))
    related = [math.dist(before[a], before[b]) for a, b, _ in base.edges]
    assert nearest_known < max(related)
    assert math.dist(after[newcomer], after[42]) < 0.2 * size(after)
    # …and not on top of anyone.
    assert min(math.dist(after[newcomer], after[p]) for p in base.nodes) > 0.4 * SPACING


def test_a_few_newcomers_across_the_map_barely_move_the_others() -> None:
    base = network(300)
    before = layout(base)
    newcomers = {300 + k: [30 * k + 3, 30 * k + 17] for k in range(10)}
    after = layout(grown(base, before, newcomers))
    moved = [math.dist(before[p], after[p]) for p in base.nodes]
    assert max(moved) <= 0.5 * SPACING
    assert statistics.median(moved) < 2.0
    for newcomer in newcomers:
        others = (math.dist(after[newcomer], after[p]) for p in after if p != newcomer)
        assert min(others) > 0.3 * SPACING


def test_people_over_two_relationships_from_a_newcomer_keep_their_place() -> None:
    base = network(300)
    before = layout(base)
    after = layout(grown(base, before, {300: [42]}))
    near = {42} | {a if b == 42 else b for a, b, _ in base.edges if 42 in (a, b)}
    assert [p for p in base.nodes if after[p] != before[p] and p not in near] == []


def test_a_newcomer_tied_to_the_centre_moves_no_one_else_tied_to_it() -> None:
    base = network(300)
    before = layout(base)
    after = layout(grown(base, before, {300: [0]}))
    assert all(after[p] == before[p] for p in base.nodes)
    assert math.dist(after[300], after[0]) < 0.2 * size(after)


def test_settling_newcomers_is_deterministic_and_keeps_pinned_people() -> None:
    base = network(300)
    before = layout(base)
    pinned = {42: (333.0, -222.0)}
    data = grown(
        LayoutInput(nodes=base.nodes, edges=base.edges, pinned=pinned, centre=0),
        before,
        {300: [42, 0], 301: [0]},
    )
    after = layout(data, seed=4)
    assert after == layout(data, seed=4)
    assert after[42] == (333.0, -222.0)
    assert after[0] == (0.0, 0.0)


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
