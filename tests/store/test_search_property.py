"""The search index agrees with the rows it indexes, whatever edits came before.

A Hypothesis state machine creates, edits, trashes, forgets and restores people,
facts, disclosures and journal entries using a small vocabulary (accented words
among them).  After every step, for every word, the people and entries the FTS5
index finds must be exactly those whose current rows hold a word starting with
it, found by a plain Python scan with :func:`networkjournal.store.text.fold`;
and what :func:`search` and the journal's text filter show must be that, minus
the trash.
"""

from __future__ import annotations

import contextlib
import re
import tempfile
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.errors import ValidationError
from networkjournal.store.journal import (
    EntryData,
    EntryFilter,
    EntrySnapshot,
    create_entry,
    entry_ids,
    forget_entry,
    get_entry,
    restore_entries,
    restore_entry,
    snapshot_entry,
    trash_entries,
    update_entry,
)
from networkjournal.store.people import (
    PersonData,
    PersonSnapshot,
    create_person,
    forget_person,
    get_person,
    move_to_trash,
    restore_from_trash,
    restore_person,
    snapshot_person,
    update_person,
)
from networkjournal.store.schema import Disclosure, Fact, Interaction, Person, db
from networkjournal.store.search import ENTRY_DOCS, PERSON_DOCS, match_expression, search
from networkjournal.store.text import fold

# The words searched for: some are prefixes of others (cafe/cafeteria, zoe/zoey,
# study/studying), some the same word with and without diacritics, some in capitals.
VOCABULARY = [
    "Inês",
    "ines",
    "café",
    "cafeteria",
    "Zoë",
    "zoey",
    "audit",
    "AUDITS",
    "study",
    "studying",
    "group",
    "sepsis",
    "naïve",
    "Ward",
    "Ødegård",
    "Łukasz",
    "résumé",
    "QIP",
]
# Words never searched for (no searched word is the start of one), so that most
# texts hold only a word or two of the vocabulary and edits change what is found.
FILLER = ["the", "with", "and", "on", "met", "for", "x"]
SEPARATORS = [" ", " ", ", ", "-", "\n", " **", "'", ". ", " (", ") "]
WORD_TOKEN = re.compile(r"[^\W_]+")

words = st.sampled_from(VOCABULARY)
text_words = st.one_of(words, st.sampled_from(FILLER))
texts = st.lists(st.tuples(text_words, st.sampled_from(SEPARATORS)), max_size=3).map(
    lambda pairs: "".join(word + sep for word, sep in pairs)
)
maybe_word = st.one_of(st.just(""), words)
choices = st.integers(min_value=0, max_value=20)


def words_of(text: str) -> frozenset[str]:
    """The words of ``text`` as the index sees them: case and diacritics folded."""
    return frozenset(WORD_TOKEN.findall(fold(text)))


def holds_word_starting_with(document: frozenset[str], word: str) -> bool:
    """Whether any word of a document starts with ``word`` (folded the same way)."""
    prefix = fold(word)
    return any(token.startswith(prefix) for token in document)


def person_documents() -> dict[int, frozenset[str]]:
    """The words of everything stored about each person that search should see."""
    documents: dict[int, list[str]] = defaultdict(list)
    for pid, *parts in db.execute_sql(
        "SELECT id, display_name, given_name, family_name, nickname, headline, notes, "
        "referee_note FROM person"
    ):
        documents[pid] += parts
    for pid, text in db.execute_sql(
        "SELECT person_id, text FROM fact UNION ALL SELECT person_id, text FROM disclosure"
    ):
        documents[pid].append(text)
    return {pid: words_of(" | ".join(parts)) for pid, parts in documents.items()}


def entry_documents() -> dict[int, frozenset[str]]:
    return {
        eid: words_of(" | ".join(parts))
        for eid, *parts in db.execute_sql("SELECT id, title, location, notes FROM interaction")
    }


def ids_of(model: Any) -> list[int]:
    return sorted(row.id for row in model.select(model.id))


def pick(ids: list[int], which: int) -> int | None:
    """One of ``ids`` chosen by a number, or None when there are none."""
    return ids[which % len(ids)] if ids else None


class SearchIndexMachine(RuleBasedStateMachine):
    """Random edits to a fresh journal; the index must always agree with the tables.

    Rules pick rows by a number (``which``, taken modulo how many there are) rather
    than through preconditions, so every rule can always run and failures shrink well.
    """

    def __init__(self) -> None:
        super().__init__()
        self.directory = tempfile.TemporaryDirectory()
        open_journal(Path(self.directory.name) / "journal.sqlite3")
        self.person_snapshots: list[PersonSnapshot] = []
        self.entry_snapshots: list[EntrySnapshot] = []

    def teardown(self) -> None:
        close_journal()
        self.directory.cleanup()

    @initialize(
        names=st.lists(st.tuples(words, maybe_word), min_size=2, max_size=3),
        facts=st.lists(texts, min_size=2, max_size=2),
        entries=st.lists(st.tuples(texts, texts), min_size=2, max_size=2),
    )
    def start_with_some_of_everything(
        self,
        names: list[tuple[str, str]],
        facts: list[str],
        entries: list[tuple[str, str]],
    ) -> None:
        """People, a fact, a disclosure and entries, so that every rule has something to do."""
        people = [create_person(PersonData(given_name=g, family_name=f)) for g, f in names]
        Fact.create(person=people[0], text=facts[0])
        Disclosure.create(person=people[-1], text=facts[1])
        for title, notes in entries:
            create_entry(
                EntryData(
                    occurred_at=datetime(2024, 3, 10, 14, 30),
                    title=title or "Coffee",
                    notes=notes,
                    participant_ids=people[:2],
                )
            )

    # --- people -----------------------------------------------------------------------------

    @rule(given=words, family=maybe_word, nickname=maybe_word, headline=texts, notes=texts)
    def add_person(self, given: str, family: str, nickname: str, headline: str, notes: str) -> None:
        create_person(
            PersonData(
                given_name=given,
                family_name=family,
                nickname=nickname,
                headline=headline,
                notes=notes,
            )
        )

    @rule(
        which=choices,
        given=words,
        family=maybe_word,
        nickname=maybe_word,
        notes=texts,
        referee_note=texts,
    )
    def edit_person(
        self, which: int, given: str, family: str, nickname: str, notes: str, referee_note: str
    ) -> None:
        pid = pick(ids_of(Person), which)
        if pid is None:
            return
        person = get_person(pid)
        person.display_name = ""  # made again from the names
        person.given_name, person.family_name, person.nickname = given, family, nickname
        person.notes, person.referee_note = notes, referee_note
        update_person(pid, person)

    @rule(which=choices, trash=st.booleans())
    def trash_or_restore_person(self, which: int, trash: bool) -> None:
        pid = pick(ids_of(Person), which)
        if pid is not None:
            (move_to_trash if trash else restore_from_trash)([pid])

    @rule(which=choices, scrub=st.booleans())
    def forget_a_person(self, which: int, scrub: bool) -> None:
        pid = pick(ids_of(Person), which)
        if pid is not None:
            self.person_snapshots.append(snapshot_person(pid))
            forget_person(pid, scrub=scrub)

    @rule()
    def undo_forgetting_a_person(self) -> None:
        if self.person_snapshots:
            restore_person(self.person_snapshots.pop())

    # --- facts and disclosures --------------------------------------------------------------

    @rule(
        disclosure=st.booleans(),
        action=st.sampled_from(["add", "edit", "move", "delete"]),
        which=choices,
        person=choices,
        text=texts,
    )
    def change_a_fact_or_disclosure(
        self, disclosure: bool, action: str, which: int, person: int, text: str
    ) -> None:
        model: Any = Disclosure if disclosure else Fact
        pid = pick(ids_of(Person), person)
        row_id = pick(ids_of(model), which)
        if pid is None:
            return
        if action == "add" or row_id is None:
            model.create(person=pid, text=text)
        elif action == "edit":
            model.update(text=text).where(model.id == row_id).execute()
        elif action == "move":
            model.update(person=pid).where(model.id == row_id).execute()
        else:
            model.delete_by_id(row_id)

    # --- entries ----------------------------------------------------------------------------

    @staticmethod
    def _entry_data(
        title: str, location: str, notes: str, who: list[int], new_people: list[str]
    ) -> EntryData:
        people = ids_of(Person)
        return EntryData(
            occurred_at=datetime(2024, 3, 10, 14, 30),
            title=title,
            location=location,
            notes=notes,
            participant_ids=[people[n % len(people)] for n in who] if people else [],
            new_people=new_people,
        )

    @rule(
        title=texts,
        location=maybe_word,
        notes=texts,
        who=st.lists(choices, max_size=3),
        new_people=st.lists(words, max_size=1),
    )
    def add_entry(
        self, title: str, location: str, notes: str, who: list[int], new_people: list[str]
    ) -> None:
        with contextlib.suppress(ValidationError):  # nothing at all typed
            create_entry(self._entry_data(title, location, notes, who, new_people))

    @rule(
        which=choices,
        title=texts,
        location=maybe_word,
        notes=texts,
        who=st.lists(choices, max_size=3),
        new_people=st.lists(words, max_size=1),
    )
    def edit_entry(
        self,
        which: int,
        title: str,
        location: str,
        notes: str,
        who: list[int],
        new_people: list[str],
    ) -> None:
        eid = pick(ids_of(Interaction), which)
        if eid is None:
            return
        changed = self._entry_data(title, location, notes, who, new_people)
        changed.occurred_at = get_entry(eid).occurred_at
        with contextlib.suppress(ValidationError):
            update_entry(eid, changed)

    @rule(which=choices, trash=st.booleans())
    def trash_or_restore_entry(self, which: int, trash: bool) -> None:
        eid = pick(ids_of(Interaction), which)
        if eid is not None:
            (trash_entries if trash else restore_entries)([eid])

    @rule(which=choices, scrub=st.booleans())
    def forget_an_entry(self, which: int, scrub: bool) -> None:
        eid = pick(ids_of(Interaction), which)
        if eid is not None:
            self.entry_snapshots.append(snapshot_entry(eid))
            forget_entry(eid, scrub=scrub)

    @rule()
    def undo_forgetting_an_entry(self) -> None:
        if self.entry_snapshots:
            restore_entry(self.entry_snapshots.pop())

    # --- what must always hold ----------------------------------------------------------------

    @invariant()
    def the_index_finds_exactly_what_the_rows_hold(self) -> None:
        people = person_documents()
        entries = entry_documents()
        trashed_people = {
            row.id for row in Person.select(Person.id).where(Person.deleted_at.is_null(False))
        }
        trashed_entries = {
            row.id
            for row in Interaction.select(Interaction.id).where(
                Interaction.deleted_at.is_null(False)
            )
        }
        for word in VOCABULARY:
            expression = match_expression(word)
            assert expression is not None
            want_people = {
                pid for pid, doc in people.items() if holds_word_starting_with(doc, word)
            }
            want_entries = {
                eid for eid, doc in entries.items() if holds_word_starting_with(doc, word)
            }
            got_people = {pid for (pid,) in db.execute_sql(PERSON_DOCS, (expression,))}
            got_entries = {eid for (eid,) in db.execute_sql(ENTRY_DOCS, (expression,))}
            assert got_people == want_people, word
            assert got_entries == want_entries, word
            hits = search(word, limit=1000)
            assert {h.id for h in hits if h.kind == "person"} == want_people - trashed_people
            assert {h.id for h in hits if h.kind == "entry"} == want_entries - trashed_entries
            assert set(entry_ids(EntryFilter(text=word))) == want_entries - trashed_entries
            assert set(entry_ids(EntryFilter(text=word, trashed=True))) == (
                want_entries & trashed_entries
            )


SearchIndexMachine.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestSearchIndexAgreesWithTheRows = SearchIndexMachine.TestCase
