"""Planning an import: who each record read from a file already is, without writing anything.

Sure matches share a UID, an email address, a LinkedIn profile or a phone
number (compared by their last nine digits).  A name that is the same
(ignoring case and accents) or very close is only a suggestion.  A record
may also repeat an earlier record of the same file.  Everyone outside the
trash is indexed once, in dicts, so planning 10,000 records against 20,000
people takes a fraction of a second.  ``store.importer`` saves the plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import unquote

from networkjournal.store.contacts import normalise_contact
from networkjournal.store.errors import ValidationError
from networkjournal.store.imported import ImportedContact, ParseResult, RecordError
from networkjournal.store.merge import phone_digits
from networkjournal.store.patient_guard import Finding, Strictness, find_identifiers, redact
from networkjournal.store.schema import db
from networkjournal.store.text import fold


class MatchReason(StrEnum):
    """Why a record was matched to a person (a key for the review step to word)."""

    UID = "uid"
    EMAIL = "email"
    LINKEDIN = "linkedin"
    PHONE = "phone"
    NAME = "name"  # the same name, ignoring case, accents and spacing: a suggestion
    CLOSE_NAME = "close name"  # words reordered, a title, or one letter apart: a suggestion


# Sure reasons, most trusted first (family members share landlines more than addresses).
SURE_REASONS = (MatchReason.UID, MatchReason.EMAIL, MatchReason.LINKEDIN, MatchReason.PHONE)
_MAX_SUGGESTIONS = 5
_CLOSE_MIN_LENGTH = 7  # shorter names must match exactly: "Ann Lee" is not "Ann Lea"
_TITLES = {"dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "rev"}


@dataclass(frozen=True)
class Match:
    """A record that looks like someone already known.

    ``person_id`` is a person in the journal; it is None when the record
    repeats an earlier record of the same file (``same_as``, its index), which
    is not in the journal yet.
    """

    contact_index: int
    person_id: int | None
    sure: bool
    reason: str  # a MatchReason
    detail: str = ""  # what matched: the address, the number, the name
    same_as: int | None = None


@dataclass
class ImportPlan:
    """The records of a file, who they may already be, and the records that could not be read.

    ``matches`` holds a record's sure match (at most one), or else its name
    suggestions, best first.
    """

    contacts: list[ImportedContact]
    matches: list[Match]
    errors: list[RecordError]

    def matches_by_record(self) -> dict[int, list[Match]]:
        """Return each record's matches, best first, by record index."""
        found: dict[int, list[Match]] = {}
        for match in self.matches:
            found.setdefault(match.contact_index, []).append(match)
        return found


class Decision(StrEnum):
    """What to do with one record."""

    CREATE = "create"
    MERGE = "merge"
    SKIP = "skip"


# --- matching --------------------------------------------------------------------------------

# Who a key leads to: a person in the journal (their id, above 0) or a record planned
# earlier in the same file (-1 - its index).  Plain ints: millions of tuples would
# cost more to collect than to build.
Ref = int


def _record_ref(index: int) -> Ref:
    return -1 - index


def _method_key(kind: str, value: str) -> tuple[MatchReason, str] | None:
    """Return the sure key a contact method gives, if any."""
    text = value.strip()
    if kind == "email":
        if text[:7].casefold() == "mailto:":
            text = text[7:]
        return (MatchReason.EMAIL, text.casefold()) if "@" in text else None
    if kind in ("phone", "whatsapp"):
        digits = phone_digits(text)
        return (MatchReason.PHONE, digits) if digits else None
    if kind == "linkedin" or "linkedin.com/" in text.casefold():
        try:
            url = normalise_contact("linkedin", text)
        except ValidationError:
            return None
        return MatchReason.LINKEDIN, unquote(url).casefold()
    return None


def uid_key(uid: str) -> str:
    return uid.strip().casefold()


def _sure_keys(contact: ImportedContact) -> list[tuple[MatchReason, str, str]]:
    """Return a record's (reason, key, what matched), most trusted first."""
    keys: list[tuple[MatchReason, str, str]] = []
    if contact.uid and contact.uid.strip():
        keys.append((MatchReason.UID, uid_key(contact.uid), contact.uid.strip()))
    for method in contact.contacts:
        key = _method_key(method.kind, method.value)
        if key is not None:
            keys.append((key[0], key[1], method.value.strip()))
    keys.sort(key=lambda k: SURE_REASONS.index(k[0]))
    return keys


_PUNCTUATION = re.compile(r"[^\w\s]")

# A name in the forms it is matched by: its folded words; its letters without spaces,
# punctuation or a leading title; and those words sorted ("Bloggs, Jo" is "Jo Bloggs").
NameForms = tuple[str, str, str]


def _name_forms(folded: str) -> NameForms:
    words = _PUNCTUATION.sub("", folded).split()
    while len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    return " ".join(folded.split()), "".join(words), "\x00" + " ".join(sorted(words))


def _record_names(contact: ImportedContact) -> list[NameForms]:
    """Return the forms of a record's name, and of its given and family names if they differ."""
    name = " ".join(contact.name().split())
    full = " ".join(f"{contact.given_name} {contact.family_name}".split())
    return [_name_forms(fold(text)) for text in dict.fromkeys((name, full)) if text]


def _deletions(key: str) -> list[str]:
    """Return every way of leaving one letter out of a key long enough for it.

    Two keys one edit apart share a deletion (or one is a deletion of the
    other), so close names meet in a dict lookup instead of a comparison with
    every person.
    """
    if len(key) < _CLOSE_MIN_LENGTH:
        return []
    return [key[:i] + key[i + 1 :] for i in range(len(key))]


class _Keyed:
    """Keys that lead to one person or record each, or to a few when they share the key."""

    def __init__(self) -> None:
        self.first: dict[str, Ref] = {}
        self.more: dict[str, list[Ref]] = {}  # only for keys shared: most keys are not

    def add(self, key: str, ref: Ref) -> None:
        first = self.first.setdefault(key, ref)
        if first != ref:
            more = self.more.setdefault(key, [])
            if ref not in more and len(more) < _MAX_SUGGESTIONS:
                more.append(ref)

    def get(self, key: str) -> list[Ref]:
        first = self.first.get(key)
        return [] if first is None else [first, *self.more.get(key, ())]


class _Index:
    """The people of the journal (and the records planned so far) by every key.

    A sure key two people share leads to the one added to the journal first;
    records planned later never take a key over.
    """

    def __init__(self) -> None:
        self.sure: dict[MatchReason, dict[str, Ref]] = {reason: {} for reason in SURE_REASONS}
        self.names = _Keyed()  # folded name
        self.alike = _Keyed()  # the letters without punctuation; the words sorted
        # The letters, and the letters with one left out: one person or record each.
        self.close: dict[str, Ref] = {}

    def add_name(self, forms: NameForms, ref: Ref) -> None:
        key, compact, sorted_words = forms
        if not compact:
            return
        self.names.add(key, ref)
        self.alike.add(compact, ref)
        self.alike.add(sorted_words, ref)
        if ref > 0:
            self.close.update(dict.fromkeys((compact, *_deletions(compact)), ref))
        else:
            for deletion in (compact, *_deletions(compact)):
                self.close.setdefault(deletion, ref)

    def name_matches(self, names: list[NameForms]) -> dict[Ref, MatchReason]:
        found: dict[Ref, MatchReason] = {}
        for key, _compact, _sorted in names:
            for ref in self.names.get(key):
                found.setdefault(ref, MatchReason.NAME)
        for _key, compact, sorted_words in names:
            if not compact:
                continue
            for ref in (*self.alike.get(compact), *self.alike.get(sorted_words)):
                found.setdefault(ref, MatchReason.CLOSE_NAME)
            for deletion in (compact, *_deletions(compact)):
                if (close := self.close.get(deletion)) is not None:
                    found.setdefault(close, MatchReason.CLOSE_NAME)
        return found


def _journal_index() -> _Index:
    """Index everyone outside the trash by UID, contact keys and name, in two queries."""
    index = _Index()
    uids = index.sure[MatchReason.UID]
    for pid, uid, sort_name, display, given, family in db.execute_sql(
        "SELECT id, uid, sort_name, display_name, given_name, family_name FROM person "
        "WHERE deleted_at IS NULL ORDER BY id"
    ):
        if uid:
            uids.setdefault(uid_key(uid), pid)
        index.add_name(_name_forms(sort_name), pid)  # sort_name is the folded display name
        full = " ".join(f"{given} {family}".split())
        if full and full != display:
            index.add_name(_name_forms(fold(full)), pid)
    for pid, kind, value in db.execute_sql(
        "SELECT c.person_id, c.kind, c.value FROM contact_method c "
        "JOIN person p ON p.id = c.person_id WHERE p.deleted_at IS NULL "
        "ORDER BY c.person_id, c.position, c.id"
    ):
        key = _method_key(kind, value)
        if key is not None:
            index.sure[key[0]].setdefault(key[1], pid)
    return index


def _match(index: int, ref: Ref, sure: bool, reason: MatchReason, detail: str) -> Match:
    if ref > 0:
        return Match(index, ref, sure, reason, detail)
    return Match(index, None, sure, reason, detail, same_as=-1 - ref)


def plan_import(result: ParseResult) -> ImportPlan:
    """Match every record of ``result`` against the journal and the records before it.

    Nothing is written.  A record matching an earlier record of the same file
    is matched to that record, or to the person that record matched.
    """
    index = _journal_index()
    matches: list[Match] = []
    for i, contact in enumerate(result.contacts):
        keys = _sure_keys(contact)
        sure = next(
            (
                (reason, detail, ref)
                for reason, key, detail in keys
                if (ref := index.sure[reason].get(key)) is not None
            ),
            None,
        )
        target = _record_ref(i)
        names = _record_names(contact)
        if sure is not None:
            reason, detail, target = sure
            matches.append(_match(i, target, True, reason, detail))
        else:
            suggestions = index.name_matches(names)
            matches += [
                _match(i, ref, False, why, contact.name())
                for ref, why in list(suggestions.items())[:_MAX_SUGGESTIONS]
            ]
        for reason, key, _detail in keys:
            index.sure[reason].setdefault(key, target)
        for forms in names:
            index.add_name(forms, target)
    return ImportPlan(list(result.contacts), matches, list(result.errors))


# --- patient identifiers -----------------------------------------------------------------


def patient_findings(plan: ImportPlan, strictness: Strictness) -> dict[int, list[Finding]]:
    """The records whose notes look like they hold a patient identifier, by record index."""
    found: dict[int, list[Finding]] = {}
    for index, contact in enumerate(plan.contacts):
        if contact.notes:
            findings = find_identifiers(contact.notes, strictness)
            if findings:
                found[index] = findings
    return found


def redact_patient_identifiers(plan: ImportPlan, found: dict[int, list[Finding]]) -> None:
    """Replace what ``patient_findings`` found in the records' notes, before they are saved."""
    for index, findings in found.items():
        contact = plan.contacts[index]
        contact.notes = redact(contact.notes, findings)
