"""Keeping in touch: which period applies, when someone is due, snoozes, and who is never due."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.journal import KINDS, EntryData, create_entry, trash_entries
from networkjournal.store.networks import (
    create_network,
    reorder_networks,
    set_network_keep_in_touch,
)
from networkjournal.store.people import (
    NetworkRole,
    PersonData,
    create_person,
    move_to_trash,
    set_archived,
)
from networkjournal.store.people_list import Criterion, CriterionKind, PeopleFilter, person_ids
from networkjournal.store.reminders import (
    DueRow,
    due_count,
    due_rows,
    effective_period,
    keep_in_touch_rows,
    restore_periods,
    set_periods,
    set_snoozes,
    snooze,
    status_of,
)
from networkjournal.store.schema import (
    Interaction,
    InteractionPerson,
    Network,
    Person,
)

TODAY = dt.date(2024, 6, 15)
LONG_AGO = dt.datetime(2020, 1, 1, 9, 0)


def networks() -> dict[str, int]:
    """Network ids by name (seeded: Social 60 days, Personal support 30, Academic support 90)."""
    return {network.name: network.id for network in Network.select()}


def add(
    name: str,
    *in_networks: str,
    days: int | None = None,
    added: dt.datetime = LONG_AGO,
) -> int:
    """Add a person in the named networks, with their own period, added at ``added``."""
    ids = networks()
    pid = create_person(
        PersonData(
            display_name=name,
            keep_in_touch_days=days,
            networks=[NetworkRole(ids[n]) for n in in_networks],
        )
    )
    with write():
        Person.update(created_at=added).where(Person.id == pid).execute()
    return pid


def log(when: dt.datetime, *people: int, kind: str = "meeting") -> int:
    """Log an entry with these people; return its id."""
    return create_entry(EntryData(when, kind=kind, participant_ids=list(people))).entry_id


def at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def due_names(today: dt.date = TODAY, **options: object) -> list[str]:
    return [row.name for row in due_rows(today, **options)]  # type: ignore[arg-type]


def status(pid: int) -> DueRow:
    found = status_of(pid, TODAY)
    assert found is not None
    return found


# --- which period applies ---------------------------------------------------------------------


def test_a_persons_own_period_applies_whatever_their_networks_say(journal: Path) -> None:
    pid = add("Ana", "Personal support", days=100)
    assert effective_period(pid) == (100, "")
    assert status(pid).period_days == 100
    assert status(pid).period_from == ""


def test_without_their_own_period_the_shortest_of_their_networks_applies(journal: Path) -> None:
    pid = add("Ana", "Academic support", "Social", "Personal support")
    assert effective_period(pid) == (30, "Personal support")
    assert (status(pid).period_days, status(pid).period_from) == (30, "Personal support")


def test_a_network_without_a_default_period_does_not_shorten_anything(journal: Path) -> None:
    create_network("Quiet", keep_in_touch_days=None)
    pid = add("Ana", "Academic support", "Quiet")
    assert effective_period(pid) == (90, "Academic support")


def test_a_tie_between_networks_names_the_first_in_the_users_order(journal: Path) -> None:
    ids = networks()
    set_network_keep_in_touch(ids["Academic support"], 30)
    pid = add("Ana", "Academic support", "Personal support")
    reorder_networks([ids["Academic support"], ids["Personal support"], ids["Social"]])
    assert effective_period(pid) == (30, "Academic support")


def test_someone_with_no_period_at_all_is_never_due(journal: Path) -> None:
    create_network("Quiet", keep_in_touch_days=None)
    loner = add("Loner")
    add("Quiet Member", "Quiet")
    assert effective_period(loner) is None
    assert status_of(loner, TODAY) is None
    assert due_rows(TODAY, within_days=100_000) == []
    assert due_count(dt.date(2100, 1, 1)) == 0


def test_changing_a_networks_default_moves_its_members_due_day(journal: Path) -> None:
    pid = add("Ana", "Social")
    log(at(dt.date(2024, 6, 1)), pid)
    assert status(pid).due_on == dt.date(2024, 7, 31)
    set_network_keep_in_touch(networks()["Social"], 10)
    assert status(pid).due_on == dt.date(2024, 6, 11)


# --- the due day --------------------------------------------------------------------------------


def test_someone_is_due_their_period_after_the_last_entry_they_were_in(journal: Path) -> None:
    pid = add("Ana", days=10)
    log(at(dt.date(2024, 5, 1)), pid)
    log(at(dt.date(2024, 6, 1), 23), pid)
    row = status(pid)
    assert row.last_contact == at(dt.date(2024, 6, 1), 23)
    assert row.due_on == dt.date(2024, 6, 11)
    assert due_names(dt.date(2024, 6, 10)) == []
    assert due_names(dt.date(2024, 6, 11)) == ["Ana"]
    assert due_rows(dt.date(2024, 6, 11))[0].days_overdue(dt.date(2024, 6, 11)) == 0
    assert due_rows(dt.date(2024, 6, 14))[0].days_overdue(dt.date(2024, 6, 14)) == 3
    assert row.days_overdue(dt.date(2024, 6, 9)) == -2


@pytest.mark.parametrize("kind", list(KINDS))
def test_an_entry_of_any_kind_resets_the_clock(journal: Path, kind: str) -> None:
    pid = add("Ana", "Personal support")
    log(at(TODAY - dt.timedelta(days=40)), pid, kind="meeting")
    assert due_names() == ["Ana"]
    log(at(TODAY - dt.timedelta(days=1)), pid, kind=kind)
    assert due_names() == []
    assert status(pid).due_on == TODAY + dt.timedelta(days=29)


def test_an_entry_in_the_trash_does_not_reset_the_clock(journal: Path) -> None:
    pid = add("Ana", "Personal support")
    log(at(TODAY - dt.timedelta(days=40)), pid)
    recent = log(at(TODAY - dt.timedelta(days=1)), pid)
    trash_entries([recent])
    assert due_names() == ["Ana"]
    assert status(pid).last_contact == at(TODAY - dt.timedelta(days=40))
    assert due_count(TODAY) == 1


def test_someone_only_in_trashed_entries_counts_as_never_contacted(journal: Path) -> None:
    pid = add("Ana", "Personal support", added=at(dt.date(2024, 6, 1)))
    trash_entries([log(at(dt.date(2024, 1, 1)), pid)])
    row = status(pid)
    assert row.last_contact is None
    assert row.due_on == dt.date(2024, 7, 1)


def test_someone_never_contacted_is_due_their_period_after_they_were_added(journal: Path) -> None:
    pid = add("Ana", "Personal support", added=dt.datetime(2024, 5, 20, 23, 30))
    row = status(pid)
    assert row.last_contact is None
    assert row.due_on == dt.date(2024, 6, 19)
    assert due_names(dt.date(2024, 6, 18)) == []
    assert due_names(dt.date(2024, 6, 19)) == ["Ana"]


def test_an_entry_dated_before_they_were_added_still_counts(journal: Path) -> None:
    """Logging an old meeting with someone added today measures from that meeting."""
    pid = add("Ana", days=10, added=at(TODAY))
    log(at(TODAY - dt.timedelta(days=30)), pid)
    assert status(pid).due_on == TODAY - dt.timedelta(days=20)
    assert due_names() == ["Ana"]


def test_the_most_overdue_come_first_then_by_name(journal: Path) -> None:
    late = add("Zed", days=10)
    log(at(TODAY - dt.timedelta(days=30)), late)
    for name in ("bea", "Ábel"):
        log(at(TODAY - dt.timedelta(days=15)), add(name, days=10))
    assert due_names() == ["Zed", "Ábel", "bea"]


def test_within_days_adds_people_due_soon(journal: Path) -> None:
    log(at(TODAY - dt.timedelta(days=8)), add("Soon", days=10))
    log(at(TODAY - dt.timedelta(days=5)), add("Later", days=10))
    assert due_names() == []
    assert due_names(within_days=2) == ["Soon"]
    assert due_names(within_days=5) == ["Soon", "Later"]
    assert due_names(within_days=-1_000_000) == []
    assert due_names(within_days=10_000_000) == ["Soon", "Later"]


def test_the_due_list_can_be_narrowed_to_a_network_or_to_some_people(journal: Path) -> None:
    ana = add("Ana", "Social", days=1)
    ben = add("Ben", "Personal support", days=1)
    cy = add("Cy", "Social", "Personal support", days=1)
    ids = networks()
    assert due_names(network_id=ids["Social"]) == ["Ana", "Cy"]
    assert due_names(network_id=ids["Academic support"]) == []
    assert due_names(person_ids=[ben, cy]) == ["Ben", "Cy"]
    assert due_names(person_ids=[]) == []
    assert due_names(network_id=ids["Social"], person_ids=[ana, ben]) == ["Ana"]


def test_a_due_row_lists_networks_in_the_users_order(journal: Path) -> None:
    ids = networks()
    pid = add("Ana", "Social", "Academic support")
    reorder_networks([ids["Academic support"], ids["Social"], ids["Personal support"]])
    colours = {n.id: n.colour for n in Network.select()}
    assert status(pid).networks == (
        ("Academic support", colours[ids["Academic support"]]),
        ("Social", colours[ids["Social"]]),
    )
    assert status(add("Nowhere", days=5)).networks == ()


def test_due_count_counts_the_due_list(journal: Path) -> None:
    for n in range(5):
        log(at(TODAY - dt.timedelta(days=n * 10)), add(f"P{n}", days=15))
    assert due_count(TODAY) == len(due_rows(TODAY)) == 3


# --- snoozing -----------------------------------------------------------------------------------


def test_a_snooze_later_than_the_due_day_moves_it_to_the_snooze(journal: Path) -> None:
    pid = add("Ana", days=10)
    log(at(TODAY - dt.timedelta(days=20)), pid)
    assert snooze([pid], TODAY + dt.timedelta(days=3)) == {pid: None}
    row = status(pid)
    assert row.due_on == TODAY + dt.timedelta(days=3)
    assert row.snoozed_until == TODAY + dt.timedelta(days=3)
    assert due_names() == []
    assert due_count(TODAY) == 0
    assert due_names(TODAY + dt.timedelta(days=3)) == ["Ana"]


def test_a_snooze_earlier_than_the_due_day_changes_nothing(journal: Path) -> None:
    pid = add("Ana", days=10)
    log(at(TODAY - dt.timedelta(days=2)), pid)
    snooze([pid], TODAY + dt.timedelta(days=1))
    assert status(pid).due_on == TODAY + dt.timedelta(days=8)
    assert due_names(TODAY + dt.timedelta(days=7)) == []
    assert due_names(TODAY + dt.timedelta(days=8)) == ["Ana"]


def test_a_snooze_holds_back_someone_never_contacted(journal: Path) -> None:
    pid = add("Ana", days=10)
    snooze([pid], TODAY + dt.timedelta(days=5))
    assert status(pid).due_on == TODAY + dt.timedelta(days=5)
    assert due_names() == []


def test_snoozing_returns_the_previous_snoozes_and_set_snoozes_puts_them_back(
    journal: Path,
) -> None:
    ana, ben = add("Ana", days=10), add("Ben", days=10)
    snooze([ana], dt.date(2024, 7, 1))
    before = snooze([ana, ben], dt.date(2024, 8, 1))
    assert before == {ana: dt.date(2024, 7, 1), ben: None}
    assert status(ben).snoozed_until == dt.date(2024, 8, 1)
    set_snoozes(before)
    assert status(ana).snoozed_until == dt.date(2024, 7, 1)
    assert status(ben).snoozed_until is None
    assert snooze([ana], None) == {ana: dt.date(2024, 7, 1)}
    assert status(ana).snoozed_until is None


# --- who is never due ---------------------------------------------------------------------------


def test_archived_and_trashed_people_are_never_due(journal: Path) -> None:
    archived, trashed, kept = add("Archived", days=1), add("Trashed", days=1), add("Kept", days=1)
    set_archived([archived], True)
    move_to_trash([trashed])
    assert due_names() == ["Kept"]
    assert due_count(TODAY) == 1
    assert status_of(archived, TODAY) is None
    assert status_of(trashed, TODAY) is None
    assert [row.person_id for row in keep_in_touch_rows(TODAY)] == [kept]
    everyone = PeopleFilter(criteria=(Criterion(CriterionKind.DUE, TODAY.isoformat()),))
    assert person_ids(everyone) == [kept]


# --- setting periods ----------------------------------------------------------------------------


def test_set_periods_returns_the_old_periods_and_restore_puts_them_back(journal: Path) -> None:
    ana, ben = add("Ana", "Social", days=14), add("Ben", "Social")
    before = set_periods([ana, ben], 7)
    assert before == {ana: 14, ben: None}
    assert effective_period(ana) == effective_period(ben) == (7, "")
    assert set_periods([ana], None) == {ana: 7}
    assert effective_period(ana) == (60, "Social")
    restore_periods(before)
    assert effective_period(ana) == (14, "")
    assert effective_period(ben) == (60, "Social")


@pytest.mark.parametrize("days", [0, -3])
def test_a_period_must_be_at_least_a_day(journal: Path, days: int) -> None:
    pid = add("Ana", days=10)
    with pytest.raises(ValidationError) as caught:
        set_periods([pid], days)
    assert caught.value.field == "keep_in_touch_days"
    assert effective_period(pid) == (10, "")


# --- the rule in SQL agrees with the rule written plainly ----------------------------------------


def expected_due_on(
    period: int | None,
    contacts: list[dt.datetime],
    added: dt.datetime,
    snoozed: dt.date | None,
) -> dt.date | None:
    """The rule as the issue states it, for comparison with the SQL."""
    if period is None:
        return None
    base = max(contacts).date() if contacts else added.date()
    due = base + dt.timedelta(days=period)
    return max(due, snoozed) if snoozed is not None else due


PERIODS = {"Social": 60, "Personal support": 30, "Academic support": 90}


@dataclass(frozen=True)
class Someone:
    """A person drawn for the property test; days are counted from TODAY."""

    own: int | None
    networks: frozenset[str]
    added: int
    snooze: int | None
    entries: list[tuple[int, bool]]  # (day, in the trash)
    state: str

    def add(self, name: str) -> tuple[int, dt.date | None]:
        """Put them in the journal; return their id and the due day the rule gives."""
        added = at(TODAY + dt.timedelta(days=self.added), 7)
        pid = add(name, *sorted(self.networks), days=self.own, added=added)
        contacts = []
        for day, trashed in self.entries:
            when = at(TODAY + dt.timedelta(days=day), 18)
            entry = log(when, pid)
            if trashed:
                trash_entries([entry])
            else:
                contacts.append(when)
        snoozed = None if self.snooze is None else TODAY + dt.timedelta(days=self.snooze)
        if snoozed is not None:
            snooze([pid], snoozed)
        if self.state == "archived":
            set_archived([pid], True)
        elif self.state == "trashed":
            move_to_trash([pid])
        period = self.own
        if period is None:
            period = min((PERIODS[n] for n in self.networks), default=None)
        due_on = expected_due_on(period, contacts, added, snoozed)
        return pid, due_on if self.state == "active" else None


days = st.integers(min_value=-400, max_value=30)
someone = st.builds(
    Someone,
    own=st.none() | st.integers(min_value=1, max_value=400),
    networks=st.frozensets(st.sampled_from(sorted(PERIODS))),
    added=st.integers(min_value=-500, max_value=0),
    snooze=st.none() | days,
    entries=st.lists(st.tuples(days, st.booleans()), max_size=4),
    state=st.sampled_from(["active", "active", "active", "archived", "trashed"]),
)


@settings(
    deadline=None, max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(people=st.lists(someone, max_size=8), ahead=st.integers(min_value=-30, max_value=60))
def test_due_lists_agree_with_the_rule_written_plainly(
    journal: Path, people: list[Someone], ahead: int
) -> None:
    """Whatever mix of periods, entries, trash and snoozes, every answer follows the one rule.

    The SQL takes a shortcut for people not seen lately; long own periods, old
    entries and entries in the trash are what could trip it.
    """
    with write():
        Interaction.delete().execute()
        Person.delete().execute()
    expected: dict[int, dt.date] = {}
    for n, spec in enumerate(people):
        pid, due_on = spec.add(f"P{n}")
        if due_on is not None:
            expected[pid] = due_on

    day = TODAY + dt.timedelta(days=ahead)
    due = {pid for pid, on in expected.items() if on <= day}
    rows = due_rows(TODAY, within_days=ahead)
    assert {row.person_id: row.due_on for row in rows} == {pid: expected[pid] for pid in due}
    assert [row.due_on for row in rows] == sorted(row.due_on for row in rows)
    assert due_count(day) == len(due)
    criterion = Criterion(CriterionKind.DUE, day.isoformat())
    assert set(person_ids(PeopleFilter(criteria=(criterion,)))) == due
    assert {row.person_id: row.due_on for row in keep_in_touch_rows(TODAY)} == expected
    assert {row.person_id: row.due_on for row in keep_in_touch_rows()} == expected
    for pid, on in expected.items():
        assert status(pid).due_on == on


def test_an_entry_in_two_peoples_lives_resets_both(journal: Path) -> None:
    ana, ben = add("Ana", days=10), add("Ben", days=10)
    log(at(TODAY - dt.timedelta(days=2)), ana, ben)
    assert due_names() == []
    assert InteractionPerson.select().count() == 2
