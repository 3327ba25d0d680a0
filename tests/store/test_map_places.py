"""Where the user put people on the map: kept in the journal, undoable, tidy after forgetting."""

from __future__ import annotations

import json
from pathlib import Path

from networkjournal.store import map_places
from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.map_places import pinned_places, set_pinned
from networkjournal.store.people import PersonData, create_person, forget_person
from networkjournal.store.schema import JournalInfo


def person(name: str) -> int:
    return create_person(PersonData(given_name=name))


def test_pinned_places_survive_reopening_the_journal(journal: Path) -> None:
    ada, ben = person("Ada"), person("Ben")
    assert pinned_places() == {}
    before = set_pinned({ada: (10.5, -20.25), ben: (0.0, 3.0)})
    assert before == {ada: None, ben: None}
    close_journal()
    open_journal(journal)
    assert pinned_places() == {ada: (10.5, -20.25), ben: (0.0, 3.0)}


def test_set_pinned_returns_what_undoes_it(journal: Path) -> None:
    ada = person("Ada")
    set_pinned({ada: (1.0, 2.0)})
    before = set_pinned({ada: (5.0, 6.0)})
    assert before == {ada: (1.0, 2.0)}
    set_pinned(before)
    assert pinned_places() == {ada: (1.0, 2.0)}
    set_pinned({ada: None})
    assert pinned_places() == {}


def test_a_forgotten_persons_place_goes_at_the_next_write(journal: Path) -> None:
    ada, ben = person("Ada"), person("Ben")
    set_pinned({ada: (1.0, 1.0), ben: (2.0, 2.0)})
    forget_person(ada)
    set_pinned({ben: (3.0, 3.0)})
    stored = JournalInfo.get(JournalInfo.key == map_places.KEY).value
    assert json.loads(stored) == {str(ben): [3.0, 3.0]}
    assert pinned_places() == {ben: (3.0, 3.0)}


def test_an_unreadable_record_reads_as_nothing_pinned(journal: Path) -> None:
    ada = person("Ada")
    JournalInfo.insert(key=map_places.KEY, value="{not json").on_conflict_replace().execute()
    assert pinned_places() == {}
    JournalInfo.update(value=f'{{"{ada}": [1, "x"], "oops": [1, 2], "{ada + 1}": [3, 4]}}').where(
        JournalInfo.key == map_places.KEY
    ).execute()
    assert pinned_places() == {ada + 1: (3.0, 4.0)}


def test_places_that_are_not_numbers_are_refused(journal: Path) -> None:
    ada = person("Ada")
    set_pinned({ada: (float("nan"), 1.0)})
    assert pinned_places() == {}
