"""Say how a person knows someone else ("who knows whom"); the caller saves it (through undo)."""

from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from networkjournal.store.errors import ValidationError
from networkjournal.store.people import PersonChoice
from networkjournal.store.relationships import (
    DIRECTED_KINDS,
    RelationshipData,
    validate_relationship,
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
from networkjournal.ui.widgets.person_picker import PersonPicker

FORWARD, BACKWARD = "forward", "backward"  # the given person is person_a / person_b


class RelationshipDialog(FormDialog):
    """From a given person to someone else: what kind of relationship, which way, and a note."""

    def __init__(
        self,
        person_id: int,
        person_name: str,
        people: list[PersonChoice],
        data: RelationshipData | None = None,
        relationship_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("relationship_dialog")
        self.person_id = person_id
        self.relationship_id = relationship_id
        self._person_name = person_name
        self._other_touched = False
        self.setWindowTitle(
            self.tr("New relationship") if relationship_id is None else self.tr("Edit relationship")
        )
        data = data or RelationshipData(person_id, 0)
        self._build({person.id: person.name for person in people}, data.kind)
        self._load(data)
        self._finish()
        for first, second in pairwise(
            [self._other, self._kind, self._direction, self._note, *self.buttons.buttons()]
        ):
            QWidget.setTabOrder(first, second)
        self.resize(480, self.sizeHint().height())
        self._other.setFocus(Qt.FocusReason.OtherFocusReason)

    def relationship_data(self) -> RelationshipData:
        """Return the relationship, the right way round, cleaned by the store; may raise."""
        raw = self._raw_data()
        if raw is None:
            raise ValidationError("person_b", self._other_problem())
        return validate_relationship(raw, exclude_id=self.relationship_id)

    def _raw_data(self) -> RelationshipData | None:
        """The relationship as chosen, or None while nobody (or an unknown name) is chosen."""
        other, known = self._other.person()
        if other is None or not known:
            return None
        kind = self._kind.currentData()
        backward = kind in DIRECTED_KINDS and self._direction.currentData() == BACKWARD
        first, second = (other, self.person_id) if backward else (self.person_id, other)
        return RelationshipData(first, second, kind, self._note.text())

    # --- building ---------------------------------------------------------------------

    def _build(self, people: dict[int, str], kind: str) -> None:
        self._from = QLabel(self._person_name)
        self._from.setObjectName("relationship_from_label")
        self._from.setTextFormat(Qt.TextFormat.PlainText)
        self._from.setAccessibleName(self.tr("From"))
        self._other = PersonPicker(people, exclude_id=self.person_id)
        self._other.setObjectName("relationship_to_combo")
        self._other.setAccessibleName(self.tr("Who"))
        self._other.lineEdit().setPlaceholderText(self.tr("Type part of a name"))
        self._other_message = message_label("relationship_to_message")
        self._kind = choice_combo("relationship_kind_combo", labels.relationship_kinds(), kind)
        self._direction = QComboBox()
        self._direction.setObjectName("relationship_direction_combo")
        self._direction.setAccessibleName(self.tr("Which way"))
        self._direction.addItem("", FORWARD)
        self._direction.addItem("", BACKWARD)
        self._direction_label = buddy(self.tr("&Which way:"), self._direction)
        self._note = line_edit("relationship_note_edit", self.tr("e.g. met at the audit meeting"))
        self._message = message_label("relationship_message")
        form = form_layout()
        form.addRow(self.tr("From:"), self._from)
        form.addRow(buddy(self.tr("&To:"), self._other), self._other)
        form.addRow("", self._other_message)
        form.addRow(buddy(self.tr("&Kind:"), self._kind), self._kind)
        form.addRow(self._direction_label, self._direction)
        form.addRow("", self._message)
        form.addRow(self.tr("&Note:"), self._note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._other.currentIndexChanged.connect(self._other_edited)
        self._other.editTextChanged.connect(self._other_edited)
        self._kind.currentIndexChanged.connect(self._refresh)
        self._direction.currentIndexChanged.connect(self._refresh)
        self._note.textChanged.connect(self._refresh)

    def _load(self, data: RelationshipData) -> None:
        backward = data.person_b == self.person_id and data.person_a != self.person_id
        other = data.person_a if backward else data.person_b
        self._other.set_person(other or None)
        self._direction.setCurrentIndex(self._direction.findData(BACKWARD if backward else FORWARD))
        self._note.setText(data.note)
        self._name_directions()

    def _form_state(self) -> object:
        return (
            self._other.currentText(),
            self._kind.currentData(),
            self._direction.currentData(),
            self._note.text(),
        )

    # --- reacting ---------------------------------------------------------------------

    @Slot()
    def _other_edited(self) -> None:
        if not self._loading:
            self._other_touched = True
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        if self._loading:
            return
        self._name_directions()
        problem = self._other_problem()
        show = bool(problem) and (self._tried or self._other_touched)
        show_message(self._other_message, self._other, problem, show)
        refused = self._store_problem()
        show_message(self._message, self._kind, refused, bool(refused))
        super()._refresh()

    def _name_directions(self) -> None:
        """Show "A supervises B" and "B supervises A" for a directed kind, and only then."""
        kind = self._kind.currentData()
        directed = kind in DIRECTED_KINDS
        self._direction.setVisible(directed)
        self._direction_label.setVisible(directed)
        other, known = self._other.person()
        name = self._other.currentText().strip() if other is not None and known else ""
        name = name or self.tr("them")
        sentence = self._sentences().get(kind, "%1 → %2")
        self._direction.setItemText(0, fill(sentence, self._person_name, name))
        self._direction.setItemText(1, fill(sentence, name, self._person_name))

    def _sentences(self) -> dict[str, str]:
        return {
            "supervises": self.tr("%1 supervises %2"),
            "mentors": self.tr("%1 mentors %2"),
            "introduced": self.tr("%1 introduced %2"),
        }

    def _other_problem(self) -> str:
        other, known = self._other.person()
        if not known:
            text = self.tr("Nobody in the journal is called “%1”; pick a name from the list.")
            return text.replace("%1", self._other.currentText().strip())
        if other is None:
            return self.tr("Choose who %1 knows.").replace("%1", self._person_name)
        return ""

    def _store_problem(self) -> str:
        """What the journal says against the relationship chosen (already recorded, say)."""
        raw = self._raw_data()
        if raw is None:
            return ""
        try:
            validate_relationship(raw, exclude_id=self.relationship_id)
        except ValidationError as exc:
            return as_sentence(exc.message)
        return ""

    def _problems(self) -> list[QWidget]:
        if self._other_problem():
            return [self._other]
        return [self._kind] if self._message.text() else []

    def _discard_question(self) -> str:
        return self.tr("Discard this relationship?")


def fill(sentence: str, first: str, second: str) -> str:
    """Put the names in for %1 and %2 in one pass, so a name holding "%2" stays as typed."""
    return re.sub(r"%([12])", lambda m: first if m.group(1) == "1" else second, sentence)
