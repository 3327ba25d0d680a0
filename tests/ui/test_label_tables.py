"""The UI's copies of the store's label tables say exactly what the store says.

``networkjournal/store`` may not import Qt, so its labels (contact kinds, fact
categories, kinds of journal entry, topic kinds and statuses, organisation kinds,
relationship kinds) cannot be marked with
``QT_TRANSLATE_NOOP`` where they are defined. The UI modules that translate them
keep their own copies, marked for lupdate in the context they are translated in;
these tests keep the copies from drifting from the store. ``networkjournal.ui.labels``
holds most of them, in the one context "Labels".
"""

from __future__ import annotations

import pytest

from networkjournal.store.contacts import CONTACT_KINDS
from networkjournal.store.facts import FACT_CATEGORIES
from networkjournal.store.journal import KINDS as ENTRY_KINDS
from networkjournal.store.organisations import ORGANISATION_KINDS
from networkjournal.store.relationships import PASSIVE_LABELS, RELATIONSHIP_KINDS
from networkjournal.store.topics import TOPIC_KINDS, TOPIC_STATUSES
from networkjournal.ui import import_comparison, labels
from networkjournal.ui.panels.profile_sections import facts, relationships, topics, who

TABLES = [
    ("who._KIND_LABELS", who._KIND_LABELS, CONTACT_KINDS),
    ("import_comparison._CONTACT_LABELS", import_comparison._CONTACT_LABELS, CONTACT_KINDS),
    ("facts._CATEGORY_LABELS", facts._CATEGORY_LABELS, FACT_CATEGORIES),
    ("topics._KIND_LABELS", topics._KIND_LABELS, TOPIC_KINDS),
    ("topics._STATUS_LABELS", topics._STATUS_LABELS, TOPIC_STATUSES),
    ("relationships._KIND_LABELS", relationships._KIND_LABELS, RELATIONSHIP_KINDS),
    ("relationships._PASSIVE_LABELS", relationships._PASSIVE_LABELS, PASSIVE_LABELS),
    ("labels.ENTRY_KINDS", labels.ENTRY_KINDS, ENTRY_KINDS),
    ("labels.TOPIC_KINDS", labels.TOPIC_KINDS, TOPIC_KINDS),
    ("labels.TOPIC_STATUSES", labels.TOPIC_STATUSES, TOPIC_STATUSES),
    ("labels.ORGANISATION_KINDS", labels.ORGANISATION_KINDS, ORGANISATION_KINDS),
    ("labels.RELATIONSHIP_KINDS", labels.RELATIONSHIP_KINDS, RELATIONSHIP_KINDS),
    ("labels.PASSIVE_LABELS", labels.PASSIVE_LABELS, PASSIVE_LABELS),
]


@pytest.mark.parametrize(("ui", "store"), [t[1:] for t in TABLES], ids=[t[0] for t in TABLES])
def test_ui_label_table_matches_the_store(ui: dict[str, str], store: dict[str, str]) -> None:
    assert list(ui.items()) == list(store.items())


def test_labels_read_as_the_store_says_in_english() -> None:
    from networkjournal.store import journal
    from networkjournal.store import relationships as store_relationships

    for kind in [*ENTRY_KINDS, "picnic"]:
        assert labels.entry_kind(kind) == journal.kind_label(kind)
    for kind in [*RELATIONSHIP_KINDS, "cousin"]:
        for from_a in (True, False):
            assert labels.relationship(kind, from_a) == store_relationships.label(kind, from_a)
    assert labels.topic_kind("qip") == "Quality improvement project"
    assert labels.topic_kind("hobby") == "hobby"
    assert labels.topic_status("dropped") == "Dropped"
    assert labels.organisation_kind("team") == "Sports team"
    assert labels.entry_kinds() == ENTRY_KINDS
    assert labels.topic_kinds() == TOPIC_KINDS
    assert labels.topic_statuses() == TOPIC_STATUSES
    assert labels.organisation_kinds() == ORGANISATION_KINDS
    assert labels.relationship_kinds() == RELATIONSHIP_KINDS
    for kind in RELATIONSHIP_KINDS:
        for from_a in (True, False):
            text = store_relationships.label(kind, from_a)
            row = store_relationships.RelationshipRow(1, 2, "Alex", kind, "", text)
            assert labels.relationship_row(row) == text
