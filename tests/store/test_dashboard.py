"""The overview's figures: each one counts the people its people-list filter shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from networkjournal.store.dashboard import (
    ACTIVE_DAYS,
    NEW_DAYS,
    NetworkFigures,
    monthly_entries,
    network_figures,
)
from networkjournal.store.db import write
from networkjournal.store.journal import EntryData, EntryFilter, create_entry, entry_count
from networkjournal.store.journal import trash_entries as trash
from networkjournal.store.networks import create_network, reorder_networks
from networkjournal.store.people import (
    NetworkRole,
    PersonData,
    create_person,
    move_to_trash,
    set_archived,
)
from networkjournal.store.people_list import Criterion, CriterionKind, PeopleFilter, count_people
from networkjournal.store.reminders import snooze
from networkjournal.store.schema import Network, Person

TODAY = dt.date(2024, 6, 15)
FIGURES = ("people", "active", "going_cold", "new")


def networks() -> dict[str, int]:
    return {network.name: network.id for network in Network.select()}


def days_ago(days: int, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days), dt.time(hour))


def add(name: str, *in_networks: str, added: int = 400, days: int | None = None) -> int:
    """Add a person ``added`` days ago to the named networks."""
    ids = networks()
    pid = create_person(
        PersonData(
            display_name=name,
            keep_in_touch_days=days,
            networks=[NetworkRole(ids[n]) for n in in_networks],
        )
    )
    with write():
        Person.update(created_at=days_ago(added, 9)).where(Person.id == pid).execute()
    return pid


def log(when: dt.datetime, *people: int, title: str = "") -> int:
    return create_entry(EntryData(when, title=title, participant_ids=list(people))).entry_id


def criterion_for(figure: str) -> tuple[Criterion, ...]:
    """The people-list choice that shows the people a figure counts (as the overview uses)."""
    if figure == "active":
        since = TODAY - dt.timedelta(days=ACTIVE_DAYS)
        return (Criterion(CriterionKind.CONTACTED_SINCE, since.isoformat()),)
    if figure == "going_cold":
        return (Criterion(CriterionKind.DUE, TODAY.isoformat()),)
    if figure == "new":
        since = TODAY - dt.timedelta(days=NEW_DAYS)
        return (Criterion(CriterionKind.ADDED_SINCE, since.isoformat()),)
    return ()


def listed(figures: NetworkFigures, figure: str) -> int:
    """How many people the people list shows for this figure."""
    network: tuple[Criterion, ...] = ()
    if figures.network_id is not None:
        network = (Criterion(CriterionKind.NETWORK, figures.network_id),)
    return count_people(PeopleFilter(criteria=network + criterion_for(figure)))


@pytest.fixture
def busy_journal(journal: Path) -> dict[str, int]:
    """People of every kind the figures must tell apart, in one or two networks."""
    ids = {
        # seen lately, joined long ago
        "ana": add("Ana", "Social", "Personal support"),
        # last seen 100 days ago: not active; 60-day Social period: going cold
        "ben": add("Ben", "Social"),
        # only seen in an entry now in the trash; added 10 days ago: new, not active
        "cy": add("Cy", "Academic support", added=10),
        # never seen, added 40 days ago: due after 30 days in Personal support
        "dee": add("Dee", "Personal support", added=40),
        # due but snoozed
        "eve": add("Eve", "Personal support"),
        # archived and in the trash: in no figure
        "old": add("Old", "Social"),
        "gone": add("Gone", "Social", added=1),
        # in no network: only in Everyone
        "fay": add("Fay", added=5, days=1),
        # seen exactly ACTIVE_DAYS ago: still active
        "gil": add("Gil", "Academic support"),
        # seen ACTIVE_DAYS + 1 days ago: not active
        "hal": add("Hal", "Academic support", added=NEW_DAYS),
    }
    log(days_ago(3), ids["ana"])
    log(days_ago(100), ids["ben"], ids["ana"])
    trash([log(days_ago(2), ids["cy"])])
    log(days_ago(200), ids["eve"])
    snooze([ids["eve"]], TODAY + dt.timedelta(days=5))
    log(days_ago(1), ids["old"], ids["gone"])
    set_archived([ids["old"]], True)
    move_to_trash([ids["gone"]])
    log(days_ago(ACTIVE_DAYS, 0), ids["gil"])
    log(days_ago(ACTIVE_DAYS + 1, 23), ids["hal"])
    return ids


def test_every_figure_counts_the_people_its_filter_shows(busy_journal: dict[str, int]) -> None:
    create_network("Empty")
    for figures in network_figures(TODAY):
        for figure in FIGURES:
            assert getattr(figures, figure) == listed(figures, figure), (figures.name, figure)


def test_the_figures_count_what_they_say(busy_journal: dict[str, int]) -> None:
    found = {f.name: (f.people, f.active, f.going_cold, f.new) for f in network_figures(TODAY)}
    assert found == {
        # everyone active: ana ben cy dee eve fay gil hal; active: ana gil;
        # due: ben (100 days > 60), dee (never seen, 40 > 30), fay (1 day), gil (due
        # today, 90 days after), hal (91 > 90); new: cy (10 days), fay (5), hal (NEW_DAYS)
        "Everyone": (8, 2, 5, 3),
        "Social": (2, 1, 1, 0),  # ana, ben
        "Personal support": (3, 1, 1, 0),  # ana, dee, eve
        "Academic support": (3, 1, 2, 2),  # cy, gil, hal
    }


def test_everyone_comes_first_then_the_networks_in_the_users_order(journal: Path) -> None:
    ids = networks()
    extra = create_network("Choir")
    reorder_networks([extra, ids["Academic support"], ids["Social"], ids["Personal support"]])
    found = network_figures(TODAY)
    assert [(f.network_id, f.name) for f in found] == [
        (None, "Everyone"),
        (extra, "Choir"),
        (ids["Academic support"], "Academic support"),
        (ids["Social"], "Social"),
        (ids["Personal support"], "Personal support"),
    ]
    colours: dict[int | None, str] = {n.id: n.colour for n in Network.select()}
    assert [f.colour for f in found[1:]] == [colours[f.network_id] for f in found[1:]]
    assert found[1] == NetworkFigures(extra, "Choir", colours[extra], 0, 0, 0, 0, ())


def test_the_newest_additions_are_named_newest_first(journal: Path) -> None:
    for n, name in enumerate(["First", "Second", "Third", "Fourth"]):
        add(name, "Social", added=40 - n)
    add("Newest Elsewhere", "Academic support", added=1)
    add("Trashed", "Social", added=0)
    move_to_trash([Person.get(display_name="Trashed").id])
    found = {f.name: [name for _, name in f.newest] for f in network_figures(TODAY)}
    assert found["Social"] == ["Fourth", "Third", "Second"]
    assert found["Everyone"] == ["Newest Elsewhere", "Fourth", "Third"]
    assert found["Academic support"] == ["Newest Elsewhere"]
    assert found["Personal support"] == []


# --- entries month by month ---------------------------------------------------------------------


def at(y: int, m: int, d: int, hour: int = 12, minute: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hour, minute)


def test_the_months_are_the_last_twelve_oldest_first_across_a_year_end(journal: Path) -> None:
    months = monthly_entries(dt.date(2024, 2, 29)).months
    assert months[0] == dt.date(2023, 3, 1)
    assert months[-1] == dt.date(2024, 2, 1)
    assert len(months) == 12
    assert all(m.day == 1 for m in months)
    assert monthly_entries(dt.date(2024, 2, 29), months=3).months == (
        dt.date(2023, 12, 1),
        dt.date(2024, 1, 1),
        dt.date(2024, 2, 1),
    )


def test_entries_count_in_their_month_and_in_each_network_of_their_people(
    journal: Path,
) -> None:
    ids = networks()
    ana = add("Ana", "Social")
    ben = add("Ben", "Personal support")
    cy = add("Cy", "Social", "Academic support")
    log(at(2024, 1, 31, 23, 59), ana)  # January, Social
    log(at(2024, 2, 1, 0, 0), ana, ben)  # February, Social and Personal support
    log(at(2024, 2, 10), ana, cy)  # February, once in Social, and Academic support
    log(at(2024, 2, 11), title="Study day alone")  # February, in no network
    trash([log(at(2024, 2, 12), ana)])  # in the trash: nowhere
    log(at(2023, 2, 28), ana)  # thirteen months back: outside
    log(at(2024, 3, 1), ana)  # next month: outside
    counts = monthly_entries(dt.date(2024, 2, 20))
    series = {name: values for _, name, _, values in counts.series}
    assert series["Social"][-2:] == (1, 2)
    assert series["Personal support"][-2:] == (0, 1)
    assert series["Academic support"][-2:] == (0, 1)
    assert counts.total[-2:] == (1, 3)
    assert sum(counts.total) == 4
    assert sum(series["Social"]) == 3
    assert [(nid, name) for nid, name, _, _ in counts.series] == [
        (ids["Social"], "Social"),
        (ids["Personal support"], "Personal support"),
        (ids["Academic support"], "Academic support"),
    ]


def test_monthly_counts_agree_with_the_journals_network_filter(journal: Path) -> None:
    ana, ben = add("Ana", "Social"), add("Ben", "Social", "Personal support")
    for n in range(40):
        log(days_ago(n * 9, hour=n % 24), *([ana, ben] if n % 3 else [ben]))
        if n % 7 == 0:
            log(days_ago(n * 5), title="Alone")
    counts = monthly_entries(TODAY)
    for network_id, _, _, values in counts.series:
        for start, value in zip(counts.months, values, strict=True):
            end = (start + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
            flt = EntryFilter(network_id=network_id, start=start, end=end)
            assert value == entry_count(flt)
    for start, value in zip(counts.months, counts.total, strict=True):
        end = (start + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        assert value == entry_count(EntryFilter(start=start, end=end))


def test_an_empty_journal_has_nothing_but_zeros(journal: Path) -> None:
    found = network_figures(TODAY)
    assert [f.name for f in found] == ["Everyone", "Social", "Personal support", "Academic support"]
    assert all(
        (f.people, f.active, f.going_cold, f.new, f.newest) == (0, 0, 0, 0, ()) for f in found
    )
    counts = monthly_entries(TODAY)
    assert counts.total == (0,) * 12
    assert all(values == (0,) * 12 for _, _, _, values in counts.series)
