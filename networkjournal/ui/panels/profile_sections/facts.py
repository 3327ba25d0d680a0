"""What I know about them: facts by category, newest first, added in one line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from networkjournal.store import facts
from networkjournal.store.facts import FACT_CATEGORIES, FactData, FactRow
from networkjournal.store.people import PersonData
from networkjournal.ui.formatting import format_date
from networkjournal.ui.panels.profile_sections.base import ProfileContext, Section
from networkjournal.ui.panels.profile_sections.entry_choice import EntryChoice
from networkjournal.ui.panels.profile_sections.widgets import (
    ItemRow,
    LinkButton,
    RowList,
    guard_wheel,
    plain_label,
    remove_button,
)
from networkjournal.ui.profile_commands import add_fact, delete_fact

# store.facts.FACT_CATEGORIES, marked for lupdate in the context category_label()
# translates in (the store may not import Qt; a test keeps the two tables the same).
_CATEGORY_LABELS: dict[str, str] = {
    "interest": QT_TRANSLATE_NOOP("FactCategory", "Interest"),
    "family": QT_TRANSLATE_NOOP("FactCategory", "Family"),
    "career": QT_TRANSLATE_NOOP("FactCategory", "Career"),
    "education": QT_TRANSLATE_NOOP("FactCategory", "Education"),
    "preference": QT_TRANSLATE_NOOP("FactCategory", "Preference"),
    "other": QT_TRANSLATE_NOOP("FactCategory", "Other"),
}


def category_label(category: str) -> str:
    """Return how a fact's category reads ("Interest")."""
    return QCoreApplication.translate("FactCategory", _CATEGORY_LABELS.get(category, category))


def source_link(context: ProfileContext, entry_id: int, title: str, name: str) -> LinkButton:
    """Return the "from <entry title>" link that opens the entry something came from."""
    link = LinkButton(
        QCoreApplication.translate("ProfileSections", "from %1").replace("%1", title), name
    )
    link.clicked.connect(lambda _=False: context.entryRequested.emit(entry_id))
    return link


class FactsSection(Section):
    """Question 2, "What I know about them"."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(
            "section_facts",
            self.tr("What I know about them"),
            self.tr("Nothing yet — add the first fact below."),
            parent,
        )
        self.context = context
        self.list = RowList("fact_list")
        self.category = QComboBox()
        self.category.setObjectName("fact_category_combo")
        self.category.setAccessibleName(self.tr("Kind of fact"))
        for key in FACT_CATEGORIES:
            self.category.addItem(category_label(key), key)
        guard_wheel(self.category)
        self.edit = QLineEdit()
        self.edit.setObjectName("fact_edit")
        self.edit.setAccessibleName(self.tr("New fact"))
        self.edit.setPlaceholderText(self.tr("A fact, then Enter"))
        self.edit.returnPressed.connect(self._add)
        self.source = EntryChoice("fact_entry_combo")
        line = QHBoxLayout()
        line.setSpacing(4)
        line.addWidget(self.category)
        line.addWidget(self.edit, 1)
        self.adder = QWidget()
        self.adder.setObjectName("fact_adder")
        adder_layout = QVBoxLayout(self.adder)
        adder_layout.setContentsMargins(0, 4, 0, 0)
        adder_layout.setSpacing(4)
        adder_layout.addLayout(line)
        adder_layout.addWidget(self.source, 0, Qt.AlignmentFlag.AlignLeft)
        self.body_layout.addWidget(self.list)
        self.body_layout.addWidget(self.adder)
        self.rows: list[FactRow] = []

    def load(self, person_id: int, data: PersonData) -> None:
        if person_id != self.person_id:
            self.edit.clear()
        self.person_id = person_id
        self.rows = facts.facts_for(person_id)
        self.list.clear()
        builders: list[Callable[[], QWidget]] = []
        for key in FACT_CATEGORIES:
            group = [row for row in self.rows if row.category == key]
            if group:
                builders.append(lambda key=key: self._heading(key))
            builders.extend(lambda row=row: self._row(row) for row in group)
        others = [row for row in self.rows if row.category not in FACT_CATEGORIES]
        builders.extend(lambda row=row: self._row(row) for row in others)
        self.list.add_all(builders, self._more)
        self.set_empty(not self.rows)
        editable = self.context.editable
        self.adder.setVisible(editable)
        if editable:
            self.source.set_person(person_id)

    def texts(self) -> list[str]:
        """Return the facts shown, top to bottom."""
        return self.list.texts()

    def _heading(self, key: str) -> QWidget:
        heading = plain_label("fact_category_heading", category_label(key), wrap=False)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        return heading

    def _more(self, count: int) -> str:
        return self.tr("Show %n more", "", count)

    def _row(self, row: FactRow) -> ItemRow:
        item = ItemRow(row.text, "fact_row")
        item.setProperty("fact_id", row.id)
        if row.noted_on is not None:
            item.add_meta(format_date(row.noted_on), keep=True)
        if row.interaction_id is not None:
            item.add_meta(
                source_link(
                    self.context, row.interaction_id, row.interaction_title, "fact_entry_link"
                )
            )
        remove = None
        if self.context.editable:
            remove = remove_button(
                self.tr("Delete fact"), self.tr("Delete this fact (undo brings it back)")
            )
            remove.clicked.connect(lambda _=False, fid=row.id: self._delete(fid))
        item.finish(remove)
        return item

    @Slot()
    def _add(self) -> None:
        text = self.edit.text().strip()
        if not text or self.person_id is None:
            return
        entry_id, entry_day = self.source.entry()
        data = FactData(
            person_id=self.person_id,
            text=text,
            category=self.category.currentData(),
            noted_on=entry_day or dt.date.today(),
            interaction_id=entry_id,
        )
        if self.context.run(add_fact(self.context.journal_events(), data)):
            self.edit.clear()

    def _delete(self, fact_id: int) -> None:
        self.context.run(delete_fact(self.context.journal_events(), fact_id))
