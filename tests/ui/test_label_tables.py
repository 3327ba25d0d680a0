"""The UI's copies of the store's label tables say exactly what the store says.

``networkjournal/store`` may not import Qt, so its labels (contact kinds, fact
categories, topic kinds and statuses, relationship kinds) cannot be marked with
``QT_TRANSLATE_NOOP`` where they are defined. The UI modules that translate them
keep their own copies, marked for lupdate in the context they are translated in;
these tests keep the copies from drifting from the store.
"""

from __future__ import annotations

import pytest

from networkjournal.store.contacts import CONTACT_KINDS
from networkjournal.store.facts import FACT_CATEGORIES
from networkjournal.store.relationships import PASSIVE_LABELS, RELATIONSHIP_KINDS
from networkjournal.store.topics import TOPIC_KINDS, TOPIC_STATUSES
from networkjournal.ui import import_comparison
from networkjournal.ui.panels.profile_sections import facts, relationships, topics, who

TABLES = [
    ("who._KIND_LABELS", who._KIND_LABELS, CONTACT_KINDS),
    ("import_comparison._CONTACT_LABELS", import_comparison._CONTACT_LABELS, CONTACT_KINDS),
    ("facts._CATEGORY_LABELS", facts._CATEGORY_LABELS, FACT_CATEGORIES),
    ("topics._KIND_LABELS", topics._KIND_LABELS, TOPIC_KINDS),
    ("topics._STATUS_LABELS", topics._STATUS_LABELS, TOPIC_STATUSES),
    ("relationships._KIND_LABELS", relationships._KIND_LABELS, RELATIONSHIP_KINDS),
    ("relationships._PASSIVE_LABELS", relationships._PASSIVE_LABELS, PASSIVE_LABELS),
]


@pytest.mark.parametrize(("ui", "store"), [t[1:] for t in TABLES], ids=[t[0] for t in TABLES])
def test_ui_label_table_matches_the_store(ui: dict[str, str], store: dict[str, str]) -> None:
    assert list(ui.items()) == list(store.items())
