"""Full-text search over people and journal entries (one FTS5 index, kept by triggers).

Typed text becomes an FTS5 query: every word is a prefix term (``aud`` finds
"audit"), "quoted words" are a phrase, and ``-word`` leaves out what contains
it.  Case and diacritics are folded by the index itself (``ines`` finds Inês).
Nothing typed is ever read as query syntax.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from networkjournal.store.schema import db

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"

# Rows of the index: a person is 2*id, an entry 2*id+1 (see migration 3).
PERSON_DOCS = "SELECT rowid / 2 FROM search_index WHERE search_index MATCH ? AND rowid % 2 = 0"
ENTRY_DOCS = "SELECT rowid / 2 FROM search_index WHERE search_index MATCH ? AND rowid % 2 = 1"

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def match_expression(text: str) -> str | None:
    """Turn typed text into an FTS5 query, or None when it asks for nothing.

    ``audit "study group" -draft`` → ``"audit"* "study group" NOT ("draft"*)``.
    Exclusions alone select nothing to exclude from, so they are ignored.
    """
    wanted: list[str] = []
    unwanted: list[str] = []
    text = text.replace("\x00", " ")  # FTS5 reads its query as a C string: NUL would end it
    for match in _TOKEN.finditer(text):
        negated, phrase, word = match[1], match[2], match[3]
        if phrase is not None:
            if not re.search(r"\w", phrase):
                continue
            (unwanted if negated else wanted).append(_quote(" ".join(phrase.split())))
            continue
        negated = word.startswith("-") and len(word) > 1
        word = word[1:] if negated else word
        if not re.search(r"\w", word):
            continue
        (unwanted if negated else wanted).append(_quote(word) + "*")
    if not wanted:
        return None
    expression = " ".join(wanted)
    if unwanted:
        expression += " NOT (" + " OR ".join(unwanted) + ")"
    return expression


@dataclass(frozen=True)
class SearchHit:
    """One thing search found: a person or a journal entry, with the words it matched marked."""

    kind: str  # "person" or "entry"
    id: int
    title: str
    snippet: str  # plain text; matched words between HIGHLIGHT_START and HIGHLIGHT_END
    when: dt.datetime | None  # for an entry, when it happened
    archived: bool = False


def search(text: str, limit: int = 50) -> list[SearchHit]:
    """Return the people and entries matching ``text``, best first (the trash is left out)."""
    expression = match_expression(text)
    if expression is None:
        return []
    marks = (HIGHLIGHT_START, HIGHLIGHT_END)
    rows = db.execute_sql(
        """
        SELECT s.rowid, snippet(search_index, 1, ?, ?, '…', 12),
               bm25(search_index, 4.0, 1.0) AS rank
        FROM search_index s
        WHERE search_index MATCH ?
          AND NOT EXISTS (SELECT 1 FROM person p WHERE s.rowid % 2 = 0
                          AND p.id = s.rowid / 2 AND p.deleted_at IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM interaction i WHERE s.rowid % 2 = 1
                          AND i.id = s.rowid / 2 AND i.deleted_at IS NOT NULL)
        ORDER BY rank
        LIMIT ?
        """,
        (*marks, expression, limit),  # the trash is left out here, before the limit
    ).fetchall()
    people_ids = [rowid // 2 for rowid, *_ in rows if rowid % 2 == 0]
    entry_ids = [rowid // 2 for rowid, *_ in rows if rowid % 2 == 1]
    people = _people(people_ids)
    entries = _entries(entry_ids)
    hits: list[SearchHit] = []
    for rowid, details, _rank in rows:
        key = rowid // 2
        if rowid % 2 == 0 and key in people:
            title, headline, archived = people[key]
            # A match in the name shows in the title; the snippet then says who they are.
            snippet = _plain(details) if HIGHLIGHT_START in details else headline
            hits.append(SearchHit("person", key, title, snippet, None, archived))
        elif rowid % 2 == 1 and key in entries:
            title, when = entries[key]
            snippet = _plain(details) if HIGHLIGHT_START in details else ""
            hits.append(SearchHit("entry", key, title, snippet, when))
        if len(hits) == limit:
            break
    return hits


def _plain(snippet: str) -> str:
    """Drop Markdown marks from a snippet of notes, and fold it onto one line."""
    return " ".join(re.sub(r"[*_`#>~]+|\]\([^)]*\)|\[", " ", snippet).split())


def _people(ids: list[int]) -> dict[int, tuple[str, str, bool]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {
        pid: (name, headline, bool(archived))
        for pid, name, headline, archived in db.execute_sql(
            f"SELECT id, display_name, headline, archived FROM person "
            f"WHERE id IN ({marks}) AND deleted_at IS NULL",
            ids,
        )
    }


def _entries(ids: list[int]) -> dict[int, tuple[str, dt.datetime]]:
    from networkjournal.store.journal import entry_rows

    return {row.id: (row.title, row.occurred_at) for row in entry_rows(ids).values()}
