"""Schema versions, one function per step, recorded in ``PRAGMA user_version``.

Each step's SQL is frozen here as it was written: a step never changes once it
has shipped, so a journal written by any earlier version upgrades the same
way.  :mod:`networkjournal.store.schema` describes the result; a test checks
that the steps and the models agree.

All pending steps run in one transaction: a journal killed mid-migration is
left at its old version, whole.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

V1_DOMAIN_SQL = """
CREATE TABLE "journal_info" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);
CREATE TABLE "network" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL COLLATE NOCASE,
    "description" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "keep_in_touch_days" INTEGER,
    "created_at" DATETIME NOT NULL
);
CREATE UNIQUE INDEX "network_name" ON "network" ("name");
CREATE TABLE "person" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "uid" TEXT,
    "given_name" TEXT NOT NULL,
    "family_name" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "sort_name" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "pronouns" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "photo" BLOB,
    "birthday" TEXT,
    "met_on" TEXT,
    "met_at" TEXT NOT NULL,
    "how_met" TEXT NOT NULL,
    "introduced_by_id" INTEGER,
    "closeness" INTEGER CHECK (closeness BETWEEN 1 AND 5),
    "knows_me" INTEGER NOT NULL CHECK (knows_me BETWEEN 0 AND 3),
    "keep_in_touch_days" INTEGER,
    "snoozed_until" DATE,
    "is_referee" INTEGER NOT NULL,
    "referee_note" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "extra" TEXT NOT NULL,
    "archived" INTEGER NOT NULL,
    "deleted_at" DATETIME,
    "created_at" DATETIME NOT NULL,
    "updated_at" DATETIME NOT NULL,
    FOREIGN KEY ("introduced_by_id") REFERENCES "person" ("id") ON DELETE SET NULL
);
CREATE UNIQUE INDEX "person_uid" ON "person" ("uid");
CREATE INDEX "person_sort_name" ON "person" ("sort_name");
CREATE INDEX "person_introduced_by_id" ON "person" ("introduced_by_id");
CREATE INDEX "person_created_at" ON "person" ("created_at");
CREATE TABLE "person_network" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "person_id" INTEGER NOT NULL,
    "network_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("network_id") REFERENCES "network" ("id") ON DELETE CASCADE
);
CREATE INDEX "person_network_network_id" ON "person_network" ("network_id");
CREATE UNIQUE INDEX "person_network_person_id_network_id"
    ON "person_network" ("person_id", "network_id");
CREATE TABLE "contact_method" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "person_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "preferred" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE
);
CREATE INDEX "contact_method_person_id" ON "contact_method" ("person_id");
CREATE TABLE "organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL COLLATE NOCASE,
    "kind" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL
);
CREATE TABLE "membership" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "person_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "since" TEXT,
    "until" TEXT,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE CASCADE
);
CREATE INDEX "membership_person_id" ON "membership" ("person_id");
CREATE INDEX "membership_organisation_id" ON "membership" ("organisation_id");
CREATE TABLE "interaction" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "occurred_at" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "deleted_at" DATETIME,
    "created_at" DATETIME NOT NULL,
    "updated_at" DATETIME NOT NULL
);
CREATE INDEX "interaction_occurred_at" ON "interaction" ("occurred_at");
CREATE TABLE "interaction_person" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "interaction_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "interaction_person_interaction_id_person_id"
    ON "interaction_person" ("interaction_id", "person_id");
CREATE INDEX "interaction_person_person_id_interaction_id"
    ON "interaction_person" ("person_id", "interaction_id");
CREATE TABLE "fact" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "person_id" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "noted_on" DATE,
    "interaction_id" INTEGER,
    "created_at" DATETIME NOT NULL,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL
);
CREATE INDEX "fact_person_id" ON "fact" ("person_id");
CREATE INDEX "fact_interaction_id" ON "fact" ("interaction_id");
CREATE TABLE "disclosure" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "person_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "shared_on" DATE,
    "witnessed" INTEGER NOT NULL,
    "interaction_id" INTEGER,
    "created_at" DATETIME NOT NULL,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL
);
CREATE INDEX "disclosure_person_id" ON "disclosure" ("person_id");
CREATE INDEX "disclosure_interaction_id" ON "disclosure" ("interaction_id");
CREATE TABLE "topic" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "started_on" TEXT,
    "ended_on" TEXT,
    "notes" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL,
    "updated_at" DATETIME NOT NULL
);
CREATE TABLE "topic_person" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "topic_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    FOREIGN KEY ("topic_id") REFERENCES "topic" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE
);
CREATE INDEX "topic_person_person_id" ON "topic_person" ("person_id");
CREATE UNIQUE INDEX "topic_person_topic_id_person_id"
    ON "topic_person" ("topic_id", "person_id");
CREATE TABLE "relationship" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "person_a_id" INTEGER NOT NULL,
    "person_b_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL,
    FOREIGN KEY ("person_a_id") REFERENCES "person" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("person_b_id") REFERENCES "person" ("id") ON DELETE CASCADE,
    CHECK (person_a_id <> person_b_id)
);
CREATE INDEX "relationship_person_a_id" ON "relationship" ("person_a_id");
CREATE INDEX "relationship_person_b_id" ON "relationship" ("person_b_id");
CREATE TABLE "tag" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL COLLATE NOCASE,
    "colour" TEXT NOT NULL
);
CREATE UNIQUE INDEX "tag_name" ON "tag" ("name");
CREATE TABLE "person_tag" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "person_id" INTEGER NOT NULL,
    "tag_id" INTEGER NOT NULL,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE
);
CREATE INDEX "person_tag_tag_id" ON "person_tag" ("tag_id");
CREATE UNIQUE INDEX "person_tag_person_id_tag_id" ON "person_tag" ("person_id", "tag_id");
CREATE TABLE "follow_up" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "due_on" DATE,
    "done_at" DATETIME,
    "person_id" INTEGER,
    "interaction_id" INTEGER,
    "topic_id" INTEGER,
    "created_at" DATETIME NOT NULL,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL,
    FOREIGN KEY ("topic_id") REFERENCES "topic" ("id") ON DELETE SET NULL
);
CREATE INDEX "follow_up_due_on" ON "follow_up" ("due_on");
CREATE INDEX "follow_up_person_id" ON "follow_up" ("person_id");
CREATE INDEX "follow_up_interaction_id" ON "follow_up" ("interaction_id");
CREATE INDEX "follow_up_topic_id" ON "follow_up" ("topic_id");
CREATE TABLE "important_date" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "person_id" INTEGER,
    "label" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "yearly" INTEGER NOT NULL,
    "created_at" DATETIME NOT NULL,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE
);
CREATE INDEX "important_date_person_id" ON "important_date" ("person_id");
CREATE TABLE "note_template" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL COLLATE NOCASE,
    "kind" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "position" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "note_template_name" ON "note_template" ("name");
CREATE TABLE "draft" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "updated_at" DATETIME NOT NULL
);
"""

# Names, nickname, headline and notes of every person, folded for case and
# diacritics so that typing "ines" finds Inês.  The row id is the person's id.
V2_PERSON_SEARCH_SQL = """
CREATE VIRTUAL TABLE person_search USING fts5(
    name, nickname, headline, notes,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER person_search_after_insert AFTER INSERT ON person BEGIN
    INSERT INTO person_search(rowid, name, nickname, headline, notes)
    VALUES (
        new.id, new.display_name || ' ' || new.given_name || ' ' || new.family_name,
        new.nickname, new.headline, new.notes
    );
END;
CREATE TRIGGER person_search_after_update
AFTER UPDATE OF display_name, given_name, family_name, nickname, headline, notes ON person
BEGIN
    UPDATE person_search SET
        name = new.display_name || ' ' || new.given_name || ' ' || new.family_name,
        nickname = new.nickname, headline = new.headline, notes = new.notes
    WHERE rowid = new.id;
END;
CREATE TRIGGER person_search_after_delete AFTER DELETE ON person BEGIN
    DELETE FROM person_search WHERE rowid = old.id;
END;
"""

# One index over people and entries.  A person is row 2*id, an entry 2*id+1, so
# one MATCH finds both and every row is reached by its key when it changes.  A
# person's document holds their names, role, notes, facts and what they know
# about me; an entry's holds its title, place and notes.
V3_SEARCH_INDEX_SQL = """
DROP TRIGGER person_search_after_insert;
DROP TRIGGER person_search_after_update;
DROP TRIGGER person_search_after_delete;
DROP TABLE person_search;
CREATE VIRTUAL TABLE search_index USING fts5(
    name, details,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIEW person_document AS
SELECT
    p.id AS person_id,
    p.id * 2 AS doc_id,
    p.display_name || ' ' || p.given_name || ' ' || p.family_name || ' ' || p.nickname AS name,
    p.headline || ' ' || p.notes || ' ' || p.referee_note || ' '
        || coalesce((SELECT group_concat(f.text, ' ') FROM fact f WHERE f.person_id = p.id), '')
        || ' '
        || coalesce(
            (SELECT group_concat(d.text, ' ') FROM disclosure d WHERE d.person_id = p.id), ''
        )
        AS details
FROM person p;
CREATE TRIGGER search_person_insert AFTER INSERT ON person BEGIN
    INSERT INTO search_index(rowid, name, details)
    SELECT doc_id, name, details FROM person_document WHERE person_id = new.id;
END;
CREATE TRIGGER search_person_update
AFTER UPDATE OF display_name, given_name, family_name, nickname, headline, notes, referee_note
ON person BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 2;
    INSERT INTO search_index(rowid, name, details)
    SELECT doc_id, name, details FROM person_document WHERE person_id = new.id;
END;
CREATE TRIGGER search_person_delete AFTER DELETE ON person BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 2;
END;
CREATE TRIGGER search_fact_insert AFTER INSERT ON fact BEGIN
    DELETE FROM search_index WHERE rowid = new.person_id * 2;
    INSERT INTO search_index(rowid, name, details)
    SELECT doc_id, name, details FROM person_document WHERE person_id = new.person_id;
END;
CREATE TRIGGER search_fact_update AFTER UPDATE OF text, person_id ON fact BEGIN
    DELETE FROM search_index WHERE rowid IN (old.person_id * 2, new.person_id * 2);
    INSERT INTO search_index(rowid, name, details)
    SELECT doc_id, name, details FROM person_document
    WHERE person_id IN (old.person_id, new.person_id);
END;
CREATE TRIGGER search_fact_delete AFTER DELETE ON fact BEGIN
    DELETE FROM search_index WHERE rowid = old.person_id * 2;
    INSERT INTO search_index(rowid, name, details)
    SELECT doc_id, name, details FROM person_document WHERE person_id = old.person_id;
END;
CREATE TRIGGER search_disclosure_insert AFTER INSERT ON disclosure BEGIN
    DELETE FROM search_index WHERE rowid = new.person_id * 2;
    INSERT INTO search_index(rowid, name, details)
    SELECT doc_id, name, details FROM person_document WHERE person_id = new.person_id;
END;
CREATE TRIGGER search_disclosure_update AFTER UPDATE OF text, person_id ON disclosure BEGIN
    DELETE FROM search_index WHERE rowid IN (old.person_id * 2, new.person_id * 2);
    INSERT INTO search_index(rowid, name, details)
    SELECT doc_id, name, details FROM person_document
    WHERE person_id IN (old.person_id, new.person_id);
END;
CREATE TRIGGER search_disclosure_delete AFTER DELETE ON disclosure BEGIN
    DELETE FROM search_index WHERE rowid = old.person_id * 2;
    INSERT INTO search_index(rowid, name, details)
    SELECT doc_id, name, details FROM person_document WHERE person_id = old.person_id;
END;
CREATE TRIGGER search_entry_insert AFTER INSERT ON interaction BEGIN
    INSERT INTO search_index(rowid, name, details)
    VALUES (new.id * 2 + 1, new.title, new.location || ' ' || new.notes);
END;
CREATE TRIGGER search_entry_update AFTER UPDATE OF title, location, notes ON interaction BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 2 + 1;
    INSERT INTO search_index(rowid, name, details)
    VALUES (new.id * 2 + 1, new.title, new.location || ' ' || new.notes);
END;
CREATE TRIGGER search_entry_delete AFTER DELETE ON interaction BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 2 + 1;
END;
INSERT INTO search_index(rowid, name, details) SELECT doc_id, name, details FROM person_document;
INSERT INTO search_index(rowid, name, details)
SELECT id * 2 + 1, title, location || ' ' || notes FROM interaction;
"""

# The note templates a new journal starts with; the user edits and adds to them.
V3_TEMPLATES = [
    (
        "Supervision meeting",
        "supervision",
        "## Agenda\n\n- \n\n## Feedback\n\n- \n\n## Agreed actions\n\n- [ ] \n",
    ),
    (
        "Mentor or tutor meeting",
        "meeting",
        "## How things are going\n\n\n## Advice\n\n- \n\n## Next steps\n\n- [ ] \n",
    ),
    (
        "Study session",
        "teaching session",
        "**Topic:** \n\n## What we covered\n\n- \n\n## Still unclear\n\n- \n",
    ),
    (
        "Society social",
        "society event",
        "**Event:** \n\n## Who I met\n\n- \n\n## Worth remembering\n\n- \n",
    ),
    (
        "Placement contact",
        "ward round",
        "**Placement:** \n**Their role:** \n\n## What I saw or did\n\n- \n\n"
        "## Could help with\n\n- \n\n_No patient-identifiable details._\n",
    ),
]


# Version 4: when each person was last in an entry, kept in the person row by triggers.
# Working it out from 200,000 entries for 20,000 people made sorting the people table
# by last contact take 0.6 s; read from an indexed column it takes milliseconds.  The
# value is derived: the triggers are its only writers.  An entry gaining a person can
# only move that person's last contact later; anything else (a person leaving an entry,
# an entry moved, trashed, restored or deleted) works it out again for those touched.
_V4_LAST = """(
    SELECT MAX(i.occurred_at) FROM interaction_person ip
    JOIN interaction i ON i.id = ip.interaction_id
    WHERE ip.person_id = person.id AND i.deleted_at IS NULL)"""
V4_LAST_CONTACT_SQL = f"""
ALTER TABLE person ADD COLUMN last_contact_at DATETIME;
CREATE INDEX "person_last_contact_at" ON "person" ("last_contact_at");
UPDATE person SET last_contact_at = {_V4_LAST};
CREATE TRIGGER last_contact_participant_insert AFTER INSERT ON interaction_person BEGIN
    UPDATE person SET last_contact_at = (
        SELECT i.occurred_at FROM interaction i
        WHERE i.id = new.interaction_id AND i.deleted_at IS NULL)
    WHERE id = new.person_id AND (
        SELECT i.occurred_at FROM interaction i
        WHERE i.id = new.interaction_id AND i.deleted_at IS NULL) > coalesce(last_contact_at, '');
END;
CREATE TRIGGER last_contact_participant_delete AFTER DELETE ON interaction_person BEGIN
    UPDATE person SET last_contact_at = {_V4_LAST} WHERE id = old.person_id;
END;
CREATE TRIGGER last_contact_participant_update
AFTER UPDATE OF person_id, interaction_id ON interaction_person BEGIN
    UPDATE person SET last_contact_at = {_V4_LAST} WHERE id IN (old.person_id, new.person_id);
END;
CREATE TRIGGER last_contact_entry_update AFTER UPDATE OF occurred_at, deleted_at ON interaction
BEGIN
    UPDATE person SET last_contact_at = {_V4_LAST}
    WHERE id IN (SELECT person_id FROM interaction_person WHERE interaction_id = new.id);
END;
"""


def _execute_script(db: SqliteDatabase, script: str) -> None:
    """Run ``;``-separated statements inside the current transaction.

    ``sqlite3``'s ``executescript`` would commit first, breaking the
    all-or-nothing promise, so statements are run one at a time.
    """
    for statement in _split_statements(script):
        db.execute_sql(statement)


def _split_statements(script: str) -> list[str]:
    """Split SQL on semicolons that end a statement (trigger bodies hold inner ones)."""
    statements: list[str] = []
    current: list[str] = []
    in_trigger = False
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current.append(line)
        upper = stripped.upper()
        if upper.startswith("CREATE TRIGGER"):
            in_trigger = True
        if in_trigger:
            if upper == "END;":
                statements.append("\n".join(current))
                current, in_trigger = [], False
        elif stripped.endswith(";"):
            statements.append("\n".join(current))
            current = []
    if current:
        statements.append("\n".join(current))
    return statements


def _v1_domain_tables(db: SqliteDatabase) -> None:
    """Version 1: every table of the domain model."""
    _execute_script(db, V1_DOMAIN_SQL)


def _v2_person_search(db: SqliteDatabase) -> None:
    """Version 2: a full-text index over people, kept in step by triggers."""
    _execute_script(db, V2_PERSON_SEARCH_SQL)
    db.execute_sql(
        "INSERT INTO person_search(rowid, name, nickname, headline, notes) "
        "SELECT id, display_name || ' ' || given_name || ' ' || family_name, "
        "nickname, headline, notes FROM person"
    )


def _v3_search_index(db: SqliteDatabase) -> None:
    """Version 3: one full-text index over people (with facts, disclosures) and entries;
    and the starting note templates."""
    _execute_script(db, V3_SEARCH_INDEX_SQL)
    for position, (name, kind, body) in enumerate(V3_TEMPLATES):
        db.execute_sql(
            "INSERT OR IGNORE INTO note_template(name, kind, body, position) VALUES (?, ?, ?, ?)",
            (name, kind, body, position),
        )


def _v4_last_contact(db: SqliteDatabase) -> None:
    """Version 4: each person's last contact in their row, kept by triggers."""
    _execute_script(db, V4_LAST_CONTACT_SQL)


STEPS: dict[int, Callable[[SqliteDatabase], None]] = {
    1: _v1_domain_tables,
    2: _v2_person_search,
    3: _v3_search_index,
    4: _v4_last_contact,
}
LATEST_VERSION = max(STEPS)


def schema_version(db: SqliteDatabase) -> int:
    """Return the journal's schema version (0 for a new, empty file)."""
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate(db: SqliteDatabase, target: int | None = None) -> list[int]:
    """Bring the journal up to ``target`` (default: the latest) in one transaction.

    Returns the steps run.  The default is looked up when called, not when this
    module was imported, so it always agrees with :data:`STEPS`.
    """
    if target is None:
        target = LATEST_VERSION
    current = schema_version(db)
    if current > target:
        raise ValueError(f"journal is at version {current}, newer than {target}")
    pending = [v for v in sorted(STEPS) if current < v <= target]
    if not pending:
        return []
    with db.atomic():
        for version in pending:
            STEPS[version](db)
            # user_version is written inside the transaction, so it rolls back with it
            db.execute_sql(f"PRAGMA user_version = {int(version)}")
    return pending
