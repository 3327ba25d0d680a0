"""Who can help with …: people whose facts, roles, topics or organisations match some words.

Every word typed must begin a word somewhere in what the journal holds about
a person — their facts, their roles in networks, their headline, the topics
they are on (title and their role) and their organisations (name and their
role) — with case and diacritics folded.  Each thing that matches is a
reason; people with more reasons, and reasons matching more of the words,
come first, then closer people, then by name.  The trash is left out;
archived people come after everyone else.

Facts are many (100,000 in a big journal), so the search index picks the
people whose facts could match before any fact is read; the other sources
are few distinct values, matched once each.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from networkjournal.store.schema import db
from networkjournal.store.text import fold

# Small words that say nothing about what someone can help with ("help with statistics").
# They are left out unless nothing else was typed.
STOP_WORDS = frozenset(
    ["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)

REASON_LENGTH = 120  # a long fact is cut to this many characters in its reason
_CHUNK = 900  # ids per IN (…) list, below SQLite's oldest limit on bound values


@dataclass(frozen=True)
class HelpHit:
    """Someone who might help, and why."""

    person_id: int
    name: str
    headline: str
    reasons: tuple[str, ...]  # "Fact: interested in cardiology", "Topic: Sepsis audit (lead)" …
    score: float
    archived: bool = False


# What matched, by person: reason → the query words it matched (in the order found).
_Reasons = dict[int, dict[str, frozenset[str]]]
_NOTHING: frozenset[str] = frozenset()


def _add(found: _Reasons, person_id: int, reason: str, words: frozenset[str]) -> None:
    reasons = found.get(person_id)
    if reasons is None:
        found[person_id] = {reason: words}
    else:
        reasons[reason] = reasons.get(reason, _NOTHING) | words


def query_words(text: str) -> list[str]:
    """Return the folded words of ``text`` to look for (small words dropped if others remain)."""
    words = list(dict.fromkeys(re.findall(r"\w+", fold(text))))
    meaningful = [word for word in words if word not in STOP_WORDS]
    return meaningful or words


def _fold(text: str) -> str:
    # Most text is ASCII, where folding is lower-casing; fold() is slower per character.
    return text.lower() if text.isascii() else fold(text)


class _Matcher:
    """Which query words begin a word in a text, remembered per distinct text."""

    def __init__(self, words: list[str]) -> None:
        self._patterns = [(word, re.compile(r"(?<!\w)" + re.escape(word))) for word in words]
        self._seen: dict[str, frozenset[str]] = {}

    def __call__(self, text: str) -> frozenset[str]:
        found = self._seen.get(text)
        if found is None:
            folded = _fold(text)
            found = frozenset(word for word, pattern in self._patterns if pattern.search(folded))
            self._seen[text] = found
        return found


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= REASON_LENGTH else text[: REASON_LENGTH - 1].rstrip() + "…"


def _rows_for_values(sql: str, values: list[Any]) -> Iterable[tuple[Any, ...]]:
    """Run ``sql`` (with one ``{marks}`` placeholder) for ``values`` in chunks."""
    for start in range(0, len(values), _CHUNK):
        chunk = values[start : start + _CHUNK]
        yield from db.execute_sql(sql.format(marks=",".join("?" * len(chunk))), chunk)


# --- the sources other than facts -------------------------------------------------------------


def _network_roles(match: _Matcher, found: _Reasons) -> None:
    roles = [role for (role,) in db.execute_sql("SELECT DISTINCT role FROM person_network")]
    wanted = [role for role in roles if role and match(role)]
    for pid, network, role in _rows_for_values(
        "SELECT pn.person_id, n.name, pn.role FROM person_network pn "
        "JOIN network n ON n.id = pn.network_id WHERE pn.role IN ({marks}) "
        "ORDER BY n.position, n.id",
        wanted,
    ):
        _add(found, pid, f"Role in {network}: {role}", match(role))


def _headlines(match: _Matcher, found: _Reasons) -> None:
    headlines = [
        headline
        for (headline,) in db.execute_sql(
            "SELECT DISTINCT headline FROM person WHERE deleted_at IS NULL"
        )
    ]
    wanted = [headline for headline in headlines if headline and match(headline)]
    for pid, headline in _rows_for_values(
        "SELECT id, headline FROM person WHERE headline IN ({marks}) AND deleted_at IS NULL",
        wanted,
    ):
        _add(found, pid, f"Headline: {_short(headline)}", match(headline))


def _topics(match: _Matcher, found: _Reasons) -> None:
    for pid, title, role in db.execute_sql(
        "SELECT tp.person_id, t.title, tp.role FROM topic_person tp "
        "JOIN topic t ON t.id = tp.topic_id ORDER BY t.updated_at DESC, t.id"
    ):
        words = match(title) | (match(role) if role else frozenset())
        if words:
            reason = f"Topic: {title} ({role})" if role else f"Topic: {title}"
            _add(found, pid, reason, words)


def _organisations(match: _Matcher, found: _Reasons) -> None:
    for pid, name, role in db.execute_sql(
        "SELECT m.person_id, o.name, m.role FROM membership m "
        "JOIN organisation o ON o.id = m.organisation_id ORDER BY m.until IS NOT NULL, m.id"
    ):
        words = match(name) | (match(role) if role else frozenset())
        if words:
            reason = f"Member of {name} ({role})" if role else f"Member of {name}"
            _add(found, pid, reason, words)


# --- facts ------------------------------------------------------------------------------------


def _fact_candidates(words: list[str], others: _Reasons) -> set[int]:
    """People whose facts could supply the words their other reasons lack.

    The search index holds each person's facts (with other text about them),
    so it gives, per word, a superset of the people with a fact matching it.
    """
    from networkjournal.store.search import PERSON_DOCS

    per_word = {
        word: {pid for (pid,) in db.execute_sql(PERSON_DOCS, (f'details : "{word}"*',))}
        for word in words
    }
    candidates = set().union(*per_word.values())
    for word in words:
        candidates &= per_word[word] | {
            pid for pid, reasons in others.items() if any(word in got for got in reasons.values())
        }
    return candidates


def _facts(words: list[str], match: _Matcher, others: _Reasons) -> _Reasons:
    """Facts matching some of the words, by person, for the people who could then match all."""
    candidates = _fact_candidates(words, others)
    if len(candidates) > _CHUNK * 4:  # most people: one pass over every fact is quicker
        rows: Iterable[tuple[Any, ...]] = (
            row
            for row in db.execute_sql("SELECT person_id, text FROM fact")
            if row[0] in candidates
        )
    else:
        rows = _rows_for_values(
            "SELECT person_id, text FROM fact WHERE person_id IN ({marks})", sorted(candidates)
        )
    found: _Reasons = {}
    for pid, text in rows:
        got = match(text)
        if got:
            _add(found, pid, f"Fact: {_short(text)}", got)
    return found


# --- together ---------------------------------------------------------------------------------

_SOURCES: tuple[Callable[[_Matcher, _Reasons], None], ...] = (
    _network_roles,
    _headlines,
    _topics,
    _organisations,
)


def who_can_help(text: str, limit: int = 50) -> list[HelpHit]:
    """Return the people who might help with ``text``, best first, with the reasons why."""
    words = query_words(text)
    if not words:
        return []
    match = _Matcher(words)
    others: _Reasons = {}
    for source in _SOURCES:
        source(match, others)
    found = _facts(words, match, others)  # facts first among reasons: the most specific
    for pid, reasons in others.items():
        for reason, got in reasons.items():
            _add(found, pid, reason, got)
    everything = frozenset(words)
    found = {
        pid: reasons
        for pid, reasons in found.items()
        if _NOTHING.union(*reasons.values()) == everything  # every word is somewhere
    }
    people = _people(sorted(found))
    ranked = []
    for pid, (name, headline, sort_name, closeness, archived) in people.items():
        reasons = found[pid]
        matched = sum(len(got) for got in reasons.values())
        score = len(reasons) + matched / len(words)
        key = (bool(archived), -score, -(closeness or 0), sort_name, pid)
        ranked.append((key, name, headline, score, bool(archived)))
    ranked.sort()
    hits = []
    for (*_key, pid), name, headline, score, archived in ranked[:limit]:
        # Reasons matching more of the words first; otherwise as found (facts first).
        ordered = sorted(found[pid].items(), key=lambda item: -len(item[1]))
        hits.append(HelpHit(pid, name, headline, tuple(r for r, _ in ordered), score, archived))
    return hits


def _people(ids: list[int]) -> dict[int, tuple[str, str, str, int | None, int]]:
    """Name, headline, sort name, closeness and archived flag of those not in the trash."""
    return {
        pid: (name, headline, sort_name, closeness, archived)
        for pid, name, headline, sort_name, closeness, archived in _rows_for_values(
            "SELECT id, display_name, headline, sort_name, closeness, archived FROM person "
            "WHERE id IN ({marks}) AND deleted_at IS NULL",
            ids,
        )
    }
