"""The form for starting or editing a topic; the caller saves what it returns (through undo)."""

from __future__ import annotations

import dataclasses
from itertools import pairwise

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from networkjournal.store.errors import ValidationError
from networkjournal.store.people import PersonChoice
from networkjournal.store.topics import (
    TopicData,
    TopicMember,
    ends_before_starts,
    validate_topic,
)
from networkjournal.ui import labels
from networkjournal.ui.dialogs.form_dialog import (
    FormDialog,
    buddy,
    choice_combo,
    form_layout,
    line_edit,
)
from networkjournal.ui.widgets.field_message import as_sentence, message_label, show_message
from networkjournal.ui.widgets.markdown_view import MarkdownEdit
from networkjournal.ui.widgets.partial_date_edit import PartialDateEdit
from networkjournal.ui.widgets.people_roles_edit import PeopleRolesEdit, PersonRole

NARROW_WIDTH = 700  # below this the notes' preview is a toggle instead of a column


class TopicEditor(FormDialog):
    """A module, study group, research, audit, QIP…: what it is, when, who, and notes."""

    def __init__(
        self,
        people: list[PersonChoice],
        data: TopicData | None = None,
        topic_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("topic_editor")
        self.topic_id = topic_id
        data = data or TopicData(title="")
        self._original_title = data.title
        self._title_touched = False
        self.setWindowTitle(
            self.tr("New topic")
            if topic_id is None
            else self.tr("Edit “%1”").replace("%1", data.title)
        )
        self._build({person.id: person.name for person in people}, data)
        self._load(data)
        self._finish()
        self._update_tab_order()
        self.resize(760, 600)
        self._title.setFocus(Qt.FocusReason.OtherFocusReason)

    def topic_data(self) -> TopicData:
        """Return the form's data cleaned by ``validate_topic``; raises ValidationError."""
        problem = self._problem()
        if problem is not None:
            raise problem
        return validate_topic(self._raw_data())

    # --- building ---------------------------------------------------------------------

    def _build(self, people: dict[int, str], data: TopicData) -> None:
        self._title = line_edit("topic_title_edit", self.tr("e.g. Sepsis audit, Renal study group"))
        self._title_message = message_label("topic_title_message")
        self._kind = choice_combo("topic_kind_combo", labels.topic_kinds(), data.kind)
        self._status = choice_combo("topic_status_combo", labels.topic_statuses(), data.status)
        example = self.tr("e.g. Sep 2025")
        self._started = _date_edit("topic_started_edit", self.tr("Started"), example)
        self._ended = _date_edit("topic_ended_edit", self.tr("Ended"), example)
        self._dates_message = message_label("topic_dates_message")
        self._message = message_label("topic_message")
        kind_row = QHBoxLayout()
        kind_row.addWidget(self._kind)
        kind_row.addSpacing(12)
        kind_row.addWidget(buddy(self.tr("&Status:"), self._status))
        kind_row.addWidget(self._status)
        kind_row.addStretch(1)
        dates = QHBoxLayout()
        dates.addWidget(self._started, 1)
        ended_label = buddy(self.tr("&Ended:"), self._ended)
        # As tall as the line it labels, at the top: the reading under the date grows below.
        ended_label.setFixedHeight(self._ended.lineEdit().sizeHint().height())
        dates.addWidget(ended_label, 0, Qt.AlignmentFlag.AlignTop)
        dates.addWidget(self._ended, 1)
        form = form_layout()
        form.addRow(self.tr("&Title:"), self._title)
        form.addRow("", self._title_message)
        form.addRow(buddy(self.tr("&Kind:"), self._kind), kind_row)
        form.addRow(buddy(self.tr("St&arted:"), self._started), dates)
        form.addRow("", self._dates_message)
        self._people = PeopleRolesEdit(people, self._roles(), add_text=self.tr("&Add person"))
        self._people.setObjectName("topic_people_edit")
        self._people_label = QLabel(self.tr("People:"))
        self._people_label.setTextFormat(Qt.TextFormat.PlainText)
        self._notes_edit = MarkdownEdit()
        self._notes = self._notes_edit.editor
        self._notes.setObjectName("topic_notes_edit")
        self._notes.setPlaceholderText(
            self.tr("What it is about, what is next. Markdown works: **bold**, - lists.")
        )
        self._notes_edit.preview.setObjectName("topic_notes_preview")
        self._notes_edit.preview.setAccessibleName(self.tr("Preview of the notes"))
        self._notes_edit.preview.setPlaceholderText(self.tr("The notes, as they will read."))
        notes_header = QHBoxLayout()
        notes_header.addWidget(buddy(self.tr("&Notes:"), self._notes))
        notes_header.addStretch(1)
        notes_header.addWidget(self._notes_edit.write_toggle)
        notes_header.addWidget(self._notes_edit.preview_toggle)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self._people_label)
        layout.addWidget(self._people)
        layout.addSpacing(6)
        layout.addLayout(notes_header)
        layout.addWidget(self._notes_edit, 1)
        layout.addWidget(self._message)
        layout.addWidget(self.buttons)
        self._title.textChanged.connect(self._title_edited)
        for combo in (self._kind, self._status):
            combo.currentIndexChanged.connect(self._refresh)
        for date in (self._started, self._ended):
            date.dateChanged.connect(self._refresh)
            # dateChanged comes before the date's validity is updated; this comes after.
            date.validityChanged.connect(self._refresh)
        self._notes.textChanged.connect(self._refresh)
        self._people.changed.connect(self._refresh)
        self._people.rowsChanged.connect(self._update_tab_order)

    def _roles(self) -> list[str]:
        return [
            self.tr("supervisor"),
            self.tr("co-supervisor"),
            self.tr("could supervise"),
            self.tr("co-author"),
            self.tr("study partner"),
            self.tr("mentor"),
            self.tr("lead"),
            self.tr("member"),
        ]

    @Slot()
    def _update_tab_order(self) -> None:
        """Title, kind, status, dates, people, notes, buttons."""
        chain: list[QWidget] = [
            *(self._title, self._kind, self._status, self._started.lineEdit()),
            *(self._ended.lineEdit(), *self._people.focus_chain(), self._notes),
            *self.buttons.buttons(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- loading and reading ------------------------------------------------------------

    def _load(self, data: TopicData) -> None:
        self._title.setText(data.title)
        self._started.setDate(data.started_on)
        self._ended.setDate(data.ended_on)
        self._notes_edit.set_text(data.notes)
        self._people.set_rows([PersonRole(m.person_id, m.role) for m in data.people])

    def _raw_data(self) -> TopicData:
        return TopicData(
            title=self._title.text().strip(),
            kind=self._kind.currentData(),
            status=self._status.currentData(),
            started_on=self._started.date(),
            ended_on=self._ended.date(),
            notes=self._notes.toPlainText(),
            people=[TopicMember(row.person_id, row.role) for row in self._people.rows()],
        )

    def _form_state(self) -> object:
        typed = (self._title.text(), self._started.text(), self._ended.text(), self._people.typed())
        return (dataclasses.astuple(self._raw_data()), typed)

    def _problem(self) -> ValidationError | None:
        """The first thing that stops the topic being saved: the form's checks, then the store's."""
        for date, field in ((self._started, "started_on"), (self._ended, "ended_on")):
            if not date.isValid():
                return ValidationError(field, date.error())
        if self._people.first_invalid_widget() is not None:
            return ValidationError("people", self.tr("Someone in the list needs fixing."))
        try:
            validate_topic(self._raw_data())
        except ValidationError as exc:
            return ValidationError(exc.field, as_sentence(exc.message))
        return None

    # --- reacting ---------------------------------------------------------------------

    @Slot()
    def _title_edited(self) -> None:
        if not self._loading:
            self._title_touched = True
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        """Say under each field what is wrong with it; Save only when nothing is."""
        if self._loading:
            return
        problem = self._problem()
        field = problem.field if problem is not None else ""
        message = problem.message if problem is not None else ""
        untitled = field == "title" and (self._title_touched or self._tried)
        show_message(self._title_message, self._title, message, untitled)
        backwards = ends_before_starts(self._started.date(), self._ended.date())
        show_message(
            self._dates_message, self._ended, self.tr("It ends before it starts."), backwards
        )
        # Anything else the journal refuses (rows and dates say their own problems).
        other = bool(field) and field not in ("title", "ended_on", "started_on", "people")
        other = other and not field.startswith("people[")
        show_message(self._message, self._notes, message, other)
        self.save_button.setEnabled(problem is None)

    def _problems(self) -> list[QWidget]:
        problem = self._problem()
        if problem is None:
            return []
        fields: dict[str, QWidget] = {
            "title": self._title,
            "started_on": self._started,
            "ended_on": self._ended,
            "kind": self._kind,
            "status": self._status,
        }
        widget = fields.get(problem.field) or self._people.first_invalid_widget()
        return [widget or self._title]

    def _discard_question(self) -> str:
        title = self._title.text().strip() or self._original_title
        if self.topic_id is None:
            return self.tr("Discard this new topic?")
        return self.tr("Discard changes to “%1”?").replace("%1", title)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow screen, show the notes or their preview, with a toggle between them."""
        super().resizeEvent(event)
        self._notes_edit.set_narrow(event.size().width() < NARROW_WIDTH)


def _date_edit(name: str, accessible: str, placeholder: str) -> PartialDateEdit:
    edit = PartialDateEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.lineEdit().setPlaceholderText(placeholder)
    return edit
