"""What we are learning together: the topics someone is on, and "Add to topic…"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from networkjournal.store import topics
from networkjournal.store.people import PersonData
from networkjournal.store.text import fold
from networkjournal.store.topics import TopicRow
from networkjournal.ui.panels.profile_sections.base import ProfileContext, Section
from networkjournal.ui.panels.profile_sections.inline import Reveal
from networkjournal.ui.panels.profile_sections.widgets import (
    ItemRow,
    LinkButton,
    RowList,
    name_picker,
    remove_button,
)
from networkjournal.ui.profile_commands import add_to_topic, remove_from_topic

# store.topics.TOPIC_KINDS and TOPIC_STATUSES, marked for lupdate in the contexts
# _label() translates them in (the store may not import Qt; a test keeps them the same).
_KIND_LABELS: dict[str, str] = {
    "module": QT_TRANSLATE_NOOP("TopicKind", "Module"),
    "study group": QT_TRANSLATE_NOOP("TopicKind", "Study group"),
    "research": QT_TRANSLATE_NOOP("TopicKind", "Research"),
    "audit": QT_TRANSLATE_NOOP("TopicKind", "Audit"),
    "qip": QT_TRANSLATE_NOOP("TopicKind", "Quality improvement project"),
    "publication": QT_TRANSLATE_NOOP("TopicKind", "Publication"),
    "skill": QT_TRANSLATE_NOOP("TopicKind", "Skill"),
    "other": QT_TRANSLATE_NOOP("TopicKind", "Other"),
}
_STATUS_LABELS: dict[str, str] = {
    "idea": QT_TRANSLATE_NOOP("TopicStatus", "Idea"),
    "active": QT_TRANSLATE_NOOP("TopicStatus", "Active"),
    "done": QT_TRANSLATE_NOOP("TopicStatus", "Done"),
    "dropped": QT_TRANSLATE_NOOP("TopicStatus", "Dropped"),
}


def _label(table: dict[str, str], key: str, context: str) -> str:
    return QCoreApplication.translate(context, table.get(key, key))


class AddToTopicForm(Reveal):
    """ "Add to topic…": pick a topic by typing its title (a new title starts one), and a role."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__("add_topic", self.tr("Add"), parent)
        self.context = context
        self.person_id: int | None = None
        self.open_link = LinkButton(self.tr("Add to topic…"), "add_topic_button")
        self.open_link.clicked.connect(self.open_form)
        self.closed_layout.addWidget(self.open_link)
        self.picker = name_picker(
            "topic_picker", self.tr("Topic"), self.tr("Type a title, new or known")
        )
        self.role = QLineEdit()
        self.role.setObjectName("topic_role_edit")
        self.role.setAccessibleName(self.tr("Their role"))
        self.role.setPlaceholderText(self.tr("e.g. supervisor, study partner"))
        self.fields.addRow(self.tr("Topic:"), self.picker)
        self.fields.addRow(self.tr("Their role:"), self.role)
        self.submit_on_return(self.picker.lineEdit())
        self.submit_on_return(self.role)

    def prepare(self) -> None:
        self.picker.clear()
        for row in topics.list_topics():
            self.picker.addItem(row.title, row.id)
        completer = QCompleter(self.picker.model(), self.picker)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.picker.setCompleter(completer)
        self.picker.setEditText("")
        self.role.clear()

    def chosen(self) -> int | str | None:
        """Return the topic typed: its id when known, the new title when not."""
        title = " ".join(self.picker.currentText().split())
        if not title:
            return None
        for index in range(self.picker.count()):
            if fold(self.picker.itemText(index)) == fold(title):
                return int(self.picker.itemData(index))
        return title

    def submit(self) -> bool:
        topic = self.chosen()
        if topic is None or self.person_id is None:
            self.picker.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        role = " ".join(self.role.text().split())
        return self.context.run(
            add_to_topic(self.context.journal_events(), topic, self.person_id, role)
        )


class TopicsSection(Section):
    """Question 5, "What we're learning together"."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(
            "section_topics",
            self.tr("What we're learning together"),
            self.tr("Nothing yet — add them to a topic below."),
            parent,
        )
        self.context = context
        self.list = RowList("topic_list")
        self.add = AddToTopicForm(context)
        self.body_layout.addWidget(self.list)
        self.body_layout.addWidget(self.add)
        self.rows: list[tuple[TopicRow, str]] = []

    def load(self, person_id: int, data: PersonData) -> None:
        if person_id != self.person_id:
            self.add.close_form()
        self.person_id = self.add.person_id = person_id
        self.rows = topics.topics_for(person_id)
        self.list.clear()
        for topic, role in self.rows:
            self.list.add(self._row(topic, role))
        self.set_empty(not self.rows)
        self.add.setVisible(self.context.editable)

    def titles(self) -> list[str]:
        """Return the titles of the topics shown, in order."""
        return [title for title, _id in self._links()]

    def _links(self) -> list[tuple[str, int]]:
        return [(topic.title, topic.id) for topic, _role in self.rows]

    def _row(self, topic: TopicRow, role: str) -> ItemRow:
        item = ItemRow(topic.title, "topic_row")
        link = LinkButton(topic.title, f"topic_link_{topic.id}")
        link.clicked.connect(lambda _=False, tid=topic.id: self.context.topicRequested.emit(tid))
        item.use_link(link)
        item.add_meta(_label(_KIND_LABELS, topic.kind, "TopicKind"))
        item.add_meta(_label(_STATUS_LABELS, topic.status, "TopicStatus"))
        if role:
            item.add_meta(role)
        remove = None
        if self.context.editable:
            remove = remove_button(
                self.tr("Take them off %1").replace("%1", topic.title),
                self.tr("Take them off this topic (the topic stays; undo puts them back)"),
            )
            remove.clicked.connect(lambda _=False, tid=topic.id: self._remove(tid))
        item.finish(remove)
        return item

    def _remove(self, topic_id: int) -> None:
        if self.person_id is not None:
            self.context.run(
                remove_from_topic(self.context.journal_events(), topic_id, self.person_id)
            )
