"""Where each person sits on the network map: a force-directed layout in plain Python.

Fruchterman-Reingold with their grid variant: people repel only those in nearby grid
cells, so one round costs about O(people + relationships) rather than O(people²). That
keeps 2,000 people to a few seconds without numpy or a graph library. The layout is
deterministic for a seed, starts from the previous layout so that adding a person moves
only the few they know, and never moves the positions the user has dragged. No Qt here:
the map runs it on a worker thread and reports progress through ``progress``.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

Point = tuple[float, float]

#: The distance two related people settle at, in scene units.
SPACING = 50.0
#: How often (in rounds) ``progress`` hears from the layout.
PROGRESS_EVERY = 5

# Repulsion reaches two spacings: far enough to spread a cluster, near enough that each
# person meets only a handful of others per round.
_CELL = 2.0 * SPACING
_REACH_SQUARED = _CELL * _CELL
# Springs at a tenth of Fruchterman-Reingold's d²/k: with repulsion cut off at the grid's
# reach, full-strength springs crush a large network into a tight, slow-to-compute ball.
_PULL = 0.1
# A weak pull towards the centre so separate groups stay in view instead of drifting off.
_GRAVITY = 0.005
# When most people already have a place, a layout only settles the newcomers: the first
# round may move a newcomer _SETTLE_STEP times _NEWCOMER_FREEDOM. Those a relationship or two
# away may shift a little to make room (their share of the step, by how many relationships
# away they are), never further than _NUDGE_LIMIT from where they were; everyone else stays
# put. A fresh layout is never quite at rest, so letting everyone settle again would drift
# the whole map by a spacing or two whenever one person is added.
_SETTLE_STEP = 0.2 * SPACING
_NEWCOMER_FREEDOM = 15.0
_NEAR_FREEDOM = (0.1, 0.03)
_NUDGE_LIMIT = 0.4 * SPACING


@dataclass(frozen=True)
class LayoutInput:
    """The graph to lay out, and what is already known about where people sit."""

    nodes: list[int]
    edges: list[tuple[int, int, float]] = field(default_factory=list)
    pinned: dict[int, Point] = field(default_factory=dict)
    previous: dict[int, Point] = field(default_factory=dict)
    centre: int | None = None


def layout(
    data: LayoutInput,
    *,
    seed: int = 1,
    iterations: int = 100,
    progress: Callable[[int, int], bool] | None = None,
) -> dict[int, Point]:
    """Position every node; the same input and seed always give the same positions.

    ``progress(done, total)`` is called every few rounds; returning False stops the
    layout early, and the positions reached so far are returned.
    """
    ids = list(dict.fromkeys(data.nodes))
    if not ids:
        return {}
    index = {node: i for i, node in enumerate(ids)}
    n = len(ids)

    neighbours: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for a, b, weight in data.edges:
        ia, ib = index.get(a), index.get(b)
        if ia is None or ib is None or ia == ib or not weight > 0.0 or math.isinf(weight):
            continue
        neighbours[ia].append((ib, weight))
        neighbours[ib].append((ia, weight))
    pairs = [(i, j, w) for i in range(n) for j, w in neighbours[i] if i < j]

    fixed = [node in data.pinned for node in ids]
    xs, ys, newcomer = _starting_positions(ids, neighbours, data, seed)
    if data.centre is not None and data.centre in index:
        c = index[data.centre]
        xs[c], ys[c], fixed[c] = 0.0, 0.0, True

    newcomers = sum(newcomer)
    settling = newcomers > 0 and newcomers * 2 < n
    if settling:
        # Mostly known already: keep the old layout and let the newcomers find a place.
        start = _SETTLE_STEP
        freedom = _settling_freedom(newcomer, fixed, neighbours)
    elif newcomers == 0:
        # Everyone known but the graph changed (a line, or someone, less): settle gently.
        start = _SETTLE_STEP
        freedom = [1.0] * n
    else:
        start = SPACING * max(1.0, math.sqrt(n)) / 4.0
        freedom = [1.0] * n
    movable = [i for i in range(n) if not fixed[i] and freedom[i] > 0.0]
    on: list[int] | None = None  # whom the pushes are worked out for (None: everyone)
    held_x = [0.0] * n
    held_y = [0.0] * n
    nudged: list[tuple[int, float, float]] = []
    if settling:
        on = movable
        moving = [False] * n
        for i in movable:
            moving[i] = True
        # Springs between two people who both stay put change nothing.
        pairs = [(i, j, w) for i, j, w in pairs if moving[i] or moving[j]]
        nudged = [(i, xs[i], ys[i]) for i in movable if not newcomer[i]]
        # A layout is never quite at rest: what pushed and pulled the people near the
        # newcomers before they came would drift them on. Take it away, so that they
        # make room for the newcomers and nothing else.
        before = [(i, j, w) for i, j, w in pairs if not newcomer[i] and not newcomer[j]]
        known = [i for i in range(n) if not newcomer[i]]
        _net_forces([i for i, _, _ in nudged], known, before, xs, ys, held_x, held_y)
        for i, _, _ in nudged:
            held_x[i] -= _GRAVITY * xs[i]
            held_y[i] -= _GRAVITY * ys[i]

    dx = [0.0] * n
    dy = [0.0] * n
    for done in range(iterations):
        _net_forces(on, None, pairs, xs, ys, dx, dy)
        temperature = start * (1.0 - done / iterations)
        for i in movable:
            fx = dx[i] - _GRAVITY * xs[i] - held_x[i]
            fy = dy[i] - _GRAVITY * ys[i] - held_y[i]
            length = math.sqrt(fx * fx + fy * fy)
            if length > 0.0:
                step = min(length, temperature * freedom[i]) / length
                xs[i] += fx * step
                ys[i] += fy * step
        for i, x0, y0 in nudged:
            away = math.hypot(xs[i] - x0, ys[i] - y0)
            if away > _NUDGE_LIMIT:
                xs[i] = x0 + (xs[i] - x0) * _NUDGE_LIMIT / away
                ys[i] = y0 + (ys[i] - y0) * _NUDGE_LIMIT / away
        if (
            progress is not None
            and ((done + 1) % PROGRESS_EVERY == 0 or done + 1 == iterations)
            and progress(done + 1, iterations) is False
        ):
            break
    return {node: (xs[i], ys[i]) for i, node in enumerate(ids)}


def _starting_positions(
    ids: list[int],
    neighbours: list[list[tuple[int, float]]],
    data: LayoutInput,
    seed: int,
) -> tuple[list[float], list[float], list[bool]]:
    """Pinned and previous positions where known; others near their placed neighbours.

    A newcomer's jitter comes from the seed and its id alone, so it does not depend on
    the order of the input or on anyone else being added.
    """
    n = len(ids)
    xs = [0.0] * n
    ys = [0.0] * n
    known = [False] * n
    for i, node in enumerate(ids):
        place = data.pinned.get(node, data.previous.get(node))
        if place is not None and math.isfinite(place[0]) and math.isfinite(place[1]):
            xs[i], ys[i] = float(place[0]), float(place[1])
            known[i] = True
    newcomer = [not placed for placed in known]
    spread = SPACING * math.sqrt(n)
    for i, node in enumerate(ids):
        if known[i]:
            continue
        rng = random.Random(f"{seed}:{node}")
        placed = [j for j, _ in neighbours[i] if known[j]]
        if placed:
            cx = sum(xs[j] for j in placed) / len(placed)
            cy = sum(ys[j] for j in placed) / len(placed)
            radius = SPACING * rng.random()
        else:
            cx = cy = 0.0
            radius = spread * math.sqrt(rng.random())
        angle = rng.random() * math.tau
        xs[i] = cx + radius * math.cos(angle)
        ys[i] = cy + radius * math.sin(angle)
    return xs, ys, newcomer


def _settling_freedom(
    newcomer: list[bool], fixed: list[bool], neighbours: list[list[tuple[int, float]]]
) -> list[float]:
    """How far each person may move, as a share of the step, while newcomers settle in.

    Newcomers move freely; people they know (and people those know) only a little,
    counting the fewest relationships from any newcomer; everyone else not at all.
    Someone who stays put (pinned, or the centre that nearly everyone is tied to) passes
    no nudge on, so a newcomer tied to the centre does not set the whole map moving.
    """
    freedom = [0.0] * len(newcomer)
    frontier = [i for i, new in enumerate(newcomer) if new and not fixed[i]]
    for i in frontier:
        freedom[i] = _NEWCOMER_FREEDOM
    for share in _NEAR_FREEDOM:
        reached: list[int] = []
        for i in frontier:
            for j, _ in neighbours[i]:
                if freedom[j] == 0.0 and not fixed[j]:
                    freedom[j] = share
                    reached.append(j)
        frontier = reached
    return freedom


def _net_forces(
    on: list[int] | None,
    among: list[int] | None,
    pairs: list[tuple[int, int, float]],
    xs: list[float],
    ys: list[float],
    dx: list[float],
    dy: list[float],
) -> None:
    """Set dx, dy to the pushes and the springs' pulls on ``on`` (None: on everyone).

    Only people in ``among`` (None: everyone) push; only ``pairs`` pull.
    """
    for i in range(len(xs)):
        dx[i] = 0.0
        dy[i] = 0.0
    k2 = SPACING * SPACING
    if on is None:
        _repel(xs, ys, dx, dy, k2)
    else:
        _repel_onto(on, range(len(xs)) if among is None else among, xs, ys, dx, dy, k2)
    pull_scale = _PULL / SPACING
    for i, j, weight in pairs:
        ddx = xs[i] - xs[j]
        ddy = ys[i] - ys[j]
        # Attraction d²/k along the edge: (d²/k) · (ddx/d) = d·ddx/k.
        pull = math.sqrt(ddx * ddx + ddy * ddy) * weight * pull_scale
        dx[i] -= ddx * pull
        dy[i] -= ddy * pull
        dx[j] += ddx * pull
        dy[j] += ddy * pull


def _repel(xs: list[float], ys: list[float], dx: list[float], dy: list[float], k2: float) -> None:
    """Add the push k²/d between every two people closer than the grid's reach."""
    cells: dict[tuple[int, int], list[int]] = {}
    for i in range(len(xs)):
        key = (math.floor(xs[i] / _CELL), math.floor(ys[i] / _CELL))
        bucket = cells.get(key)
        if bucket is None:
            cells[key] = [i]
        else:
            bucket.append(i)
    reach = _REACH_SQUARED
    for (cx, cy), here in cells.items():
        # Each pair once: within this cell, then with four of the eight neighbouring cells.
        others = list(here)
        for key in ((cx + 1, cy), (cx - 1, cy + 1), (cx, cy + 1), (cx + 1, cy + 1)):
            bucket = cells.get(key)
            if bucket is not None:
                others.extend(bucket)
        for a, i in enumerate(here):
            xi = xs[i]
            yi = ys[i]
            fxi = 0.0
            fyi = 0.0
            for j in others[a + 1 :]:
                ddx = xi - xs[j]
                ddy = yi - ys[j]
                d2 = ddx * ddx + ddy * ddy
                if d2 >= reach:
                    continue
                if d2 < 1e-6:
                    # Two people on one spot: part them along a direction fixed by their
                    # indices, so the outcome stays deterministic.
                    ddx = 0.01 * math.cos(i * 2.399 + j)
                    ddy = 0.01 * math.sin(i * 2.399 + j)
                    d2 = ddx * ddx + ddy * ddy
                # Repulsion k²/d along the unit vector: (k²/d) · (ddx/d) = k²·ddx/d².
                push = k2 / d2
                fx = ddx * push
                fy = ddy * push
                fxi += fx
                fyi += fy
                dx[j] -= fx
                dy[j] -= fy
            dx[i] += fxi
            dy[i] += fyi


def _repel_onto(
    movable: list[int],
    among: Iterable[int],
    xs: list[float],
    ys: list[float],
    dx: list[float],
    dy: list[float],
    k2: float,
) -> None:
    """Add to the movable people only the push k²/d from everyone ``among`` within reach.

    When a few settle among many who stay put, this costs about O(people) a round for the
    grid rather than the pairs among people who do not move.
    """
    cells: dict[tuple[int, int], list[int]] = {}
    for i in among:
        key = (math.floor(xs[i] / _CELL), math.floor(ys[i] / _CELL))
        bucket = cells.get(key)
        if bucket is None:
            cells[key] = [i]
        else:
            bucket.append(i)
    reach = _REACH_SQUARED
    for i in movable:
        xi = xs[i]
        yi = ys[i]
        cx = math.floor(xi / _CELL)
        cy = math.floor(yi / _CELL)
        fxi = 0.0
        fyi = 0.0
        for ox in (-1, 0, 1):
            for oy in (-1, 0, 1):
                for j in cells.get((cx + ox, cy + oy), ()):
                    if j == i:
                        continue
                    ddx = xi - xs[j]
                    ddy = yi - ys[j]
                    d2 = ddx * ddx + ddy * ddy
                    if d2 >= reach:
                        continue
                    if d2 < 1e-6:
                        # On one spot: part them along a direction fixed by their indices.
                        a, b = min(i, j), max(i, j)
                        sign = 1.0 if i == a else -1.0
                        ddx = sign * 0.01 * math.cos(a * 2.399 + b)
                        ddy = sign * 0.01 * math.sin(a * 2.399 + b)
                        d2 = ddx * ddx + ddy * ddy
                    push = k2 / d2
                    fxi += ddx * push
                    fyi += ddy * push
        dx[i] += fxi
        dy[i] += fyi
