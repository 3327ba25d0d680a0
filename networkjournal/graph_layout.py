"""Where each person sits on the network map: a force-directed layout in plain Python.

Fruchterman-Reingold with their grid variant: people repel only those in nearby grid
cells, so one round costs about O(people + relationships) rather than O(people²). That
keeps 2,000 people to a few seconds without numpy or a graph library. The layout is
deterministic for a seed, starts from the previous layout so adding one person changes
little, and never moves the positions the user has dragged. No Qt here: the map runs it
on a worker thread and reports progress through ``progress``.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
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
# round may move anyone at most this far, and the newcomers this many times further.
_SETTLE_STEP = 0.2 * SPACING
_NEWCOMER_FREEDOM = 15.0


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
    movable = [i for i in range(n) if not fixed[i]]

    newcomers = sum(newcomer)
    if newcomers * 2 < n:
        # Mostly known already: keep the old layout and let the newcomers find a place.
        start = _SETTLE_STEP
        freedom = [_NEWCOMER_FREEDOM if newcomer[i] else 1.0 for i in range(n)]
    else:
        start = SPACING * max(1.0, math.sqrt(n)) / 4.0
        freedom = [1.0] * n

    k = SPACING
    k2 = k * k
    pull_scale = _PULL / k
    dx = [0.0] * n
    dy = [0.0] * n
    for done in range(iterations):
        for i in range(n):
            dx[i] = 0.0
            dy[i] = 0.0
        _repel(xs, ys, dx, dy, k2)
        for i, j, weight in pairs:
            ddx = xs[i] - xs[j]
            ddy = ys[i] - ys[j]
            # Attraction d²/k along the edge: (d²/k) · (ddx/d) = d·ddx/k.
            pull = math.sqrt(ddx * ddx + ddy * ddy) * weight * pull_scale
            dx[i] -= ddx * pull
            dy[i] -= ddy * pull
            dx[j] += ddx * pull
            dy[j] += ddy * pull
        temperature = start * (1.0 - done / iterations)
        for i in movable:
            fx = dx[i] - _GRAVITY * xs[i]
            fy = dy[i] - _GRAVITY * ys[i]
            length = math.sqrt(fx * fx + fy * fy)
            if length > 0.0:
                step = min(length, temperature * freedom[i]) / length
                xs[i] += fx * step
                ys[i] += fy * step
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
