"""The benchmark table: each benchmark records rows here; the session prints and saves them.

A row is one figure at one size, beside the baseline measured in the same run
and the target it is held to (``../shared/DESIGN.md``, "Numbers it is held to").
Benchmarks assert nothing about targets: a miss is marked in the table, so one
slow figure never hides the others.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
TIMES = "\N{MULTIPLICATION SIGN}"  # how ratios are written in the table
JSON_FILE = HERE / "last-results.json"
MARKDOWN_FILE = HERE / "last-results.md"


@dataclass
class Row:
    """One figure: what was measured, at what size, against what and held to what."""

    what: str
    size: str  # "2,000 people", "10,000 cards" …
    value: float
    unit: str  # "ms", "s", "MB", or TIMES for a ratio
    baseline: float | None = None  # the same work done the plainest way, in ``unit``
    baseline_what: str = ""
    target: str = ""  # as in DESIGN.md: "≤ 30 ms", "≤ 1.5 x baseline" …
    met: bool | None = None  # None: no target, only reported
    runs: int = 1
    note: str = ""
    details: dict[str, object] = field(default_factory=dict)  # kept in the JSON only

    @property
    def ratio(self) -> float | None:
        """The figure over its baseline (None without one)."""
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline


ROWS: list[Row] = []


def record(row: Row) -> Row:
    """Add ``row`` to the table and return it."""
    ROWS.append(row)
    return row


def people(size: int) -> str:
    """How a journal's size is written in the table."""
    return f"{size:,} people"


def median_ms(times_s: Iterable[float]) -> float:
    """The median of times given in seconds, in milliseconds."""
    return 1000 * statistics.median(times_s)


def timed(work: Callable[[], object]) -> float:
    """Run ``work`` once; return the seconds it took."""
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def rss_mb() -> float:
    """This process's resident memory (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def at_most(limit: float, value: float | None) -> bool | None:
    """Whether ``value`` is within ``limit`` (None when there is no value)."""
    return None if value is None else value <= limit


# --- growth: the same figure at 2,000 and at 20,000 people ------------------------------

# Figures whose growth is held to a target (DESIGN.md: "10x the data costs at most
# 2x the time for search and start"); the others' growth is only reported.
GROWTH_LIMIT = 2.0
HELD_TO_GROWTH = ("start", "search")


def growth_rows(rows: list[Row]) -> list[Row]:
    """For each figure measured at two journal sizes, the larger's value over the smaller's."""
    by_what: dict[str, dict[int, Row]] = {}
    for row in rows:
        # Times, and memory held; not a memory growth of nearly nothing (no meaningful ratio).
        timed_or_held = row.unit in ("ms", "s") or row.what.startswith("resident memory")
        if row.size.endswith(" people") and timed_or_held:
            size = int(row.size.split()[0].replace(",", ""))
            by_what.setdefault(row.what, {})[size] = row
    grown: list[Row] = []
    for what, sizes in by_what.items():
        if len(sizes) < 2:
            continue
        small, large = min(sizes), max(sizes)
        if sizes[small].value <= 0:
            continue
        ratio = sizes[large].value / sizes[small].value
        held = what.startswith(HELD_TO_GROWTH)
        grown.append(
            Row(
                what=f"growth: {what}",
                size=f"{large // small}{TIMES} ({small:,} → {large:,})",
                value=ratio,
                unit=TIMES,
                target=f"≤ {GROWTH_LIMIT:g}{TIMES}" if held else "",
                met=at_most(GROWTH_LIMIT, ratio) if held else None,
            )
        )
    return grown


# --- the table ---------------------------------------------------------------------------


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return ""
    if unit == TIMES or abs(value) < 10:
        text = f"{value:.2f}"
    elif abs(value) < 100:
        text = f"{value:.1f}"
    else:
        text = f"{value:,.0f}"
    return f"{text} {unit}".strip() if unit else text


def _met(row: Row) -> str:
    return {True: "yes", False: "MISSED", None: ""}[row.met]


HEADINGS = ("what", "size", "value", "baseline", "ratio", "target", "met?", "runs", "note")


def _cells(row: Row) -> tuple[str, ...]:
    baseline = _number(row.baseline, row.unit)
    if baseline and row.baseline_what:
        baseline += f" ({row.baseline_what})"
    return (
        row.what,
        row.size,
        _number(row.value, row.unit),
        baseline,
        _number(row.ratio, TIMES),
        row.target,
        _met(row),
        str(row.runs),
        row.note,
    )


def machine() -> dict[str, object]:
    """Where the figures were measured."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import sqlite3

    from PySide6 import __version__ as pyside

    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": pyside,
        "system": platform.platform(),
    }


def text_table(rows: list[Row]) -> str:
    """The rows as a plain-text table, aligned for a terminal."""
    cells = [HEADINGS, *(_cells(row) for row in rows)]
    widths = [max(len(line[i]) for line in cells) for i in range(len(HEADINGS))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        for line in cells
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def markdown_table(rows: list[Row], about: dict[str, object]) -> str:
    """The rows as a Markdown table, headed by the machine and the date."""
    lines = [
        "# Benchmark results",
        "",
        f"Measured {about['date']} on {about['cpu']} ({about['cores']} cores), "
        f"Python {about['python']}, SQLite {about['sqlite']}, PySide6 {about['pyside6']}.",
        "",
        "| " + " | ".join(HEADINGS) + " |",
        "|" + "|".join(" --- " for _ in HEADINGS) + "|",
    ]
    for row in rows:
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in _cells(row)) + " |")
    return "\n".join(lines) + "\n"


def finish(rows: list[Row]) -> tuple[str, list[Row]]:
    """Add the growth rows and write the JSON and Markdown files; return the table and rows."""
    everything = rows + growth_rows(rows)
    about = machine()
    JSON_FILE.write_text(
        json.dumps(
            {
                "machine": about,
                "rows": [{**asdict(row), "ratio": row.ratio} for row in everything],
            },
            indent=1,
            ensure_ascii=False,
            default=str,
        )
        + "\n",
        encoding="utf-8",
    )
    MARKDOWN_FILE.write_text(markdown_table(everything, about), encoding="utf-8")
    return text_table(everything), everything
