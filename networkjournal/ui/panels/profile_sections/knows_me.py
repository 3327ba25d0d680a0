"""How well they know me, and how close we are: two choices that save as they change."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from networkjournal.store.people import KNOWS_ME_LEVELS, PersonData
from networkjournal.ui.panels.profile_sections.base import ProfileContext, Section
from networkjournal.ui.panels.profile_sections.widgets import caption, guard_wheel
from networkjournal.ui.profile_commands import edit_person_fields


class KnowsMeSection(Section):
    """Question 3, "How well they know me"."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(
            "section_knows_me",
            self.tr("How well they know me"),
            self.tr("Not noted yet — choose below how well they know you."),
            parent,
        )
        self.context = context
        self.data = PersonData()
        self.knows_me = QComboBox()
        self.knows_me.setObjectName("knows_me_combo_inline")
        self.knows_me.setAccessibleName(self.tr("How well they know me"))
        levels = [
            self.tr("Not yet"),
            self.tr("By name"),
            self.tr("As an acquaintance"),
            self.tr("Well"),
        ]
        assert len(levels) == len(KNOWS_ME_LEVELS)
        for value, text in enumerate(levels):
            self.knows_me.addItem(text, value)
        self.closeness = QComboBox()
        self.closeness.setObjectName("closeness_combo_inline")
        self.closeness.setAccessibleName(self.tr("How close we are"))
        for value, text in (
            (0, self.tr("Not set")),
            (1, self.tr("1 (distant)")),
            (2, "2"),
            (3, "3"),
            (4, "4"),
            (5, self.tr("5 (very close)")),
        ):
            self.closeness.addItem(text, value)
        for combo in (self.knows_me, self.closeness):
            guard_wheel(combo)
        self.knows_me.activated.connect(self._knows_me_chosen)
        self.closeness.activated.connect(self._closeness_chosen)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for text, combo in (
            (self.tr("They know me"), self.knows_me),
            (self.tr("Closeness"), self.closeness),
        ):
            label = caption(text)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            label.setBuddy(combo)
            form.addRow(label, combo)
        self.body_layout.addLayout(form)

    def load(self, person_id: int, data: PersonData) -> None:
        self.person_id, self.data = person_id, data
        self.knows_me.setCurrentIndex(max(0, self.knows_me.findData(data.knows_me)))
        self.closeness.setCurrentIndex(max(0, self.closeness.findData(data.closeness or 0)))
        for combo in (self.knows_me, self.closeness):
            combo.setEnabled(self.context.editable)
        self.set_empty(data.knows_me == 0 and data.closeness is None)

    @Slot(int)
    def _knows_me_chosen(self, index: int) -> None:
        value = self.knows_me.itemData(index)
        if self.person_id is None or value == self.data.knows_me:
            return
        text = self.tr("Change how well %1 knows me")
        self._save(text, knows_me=value)

    @Slot(int)
    def _closeness_chosen(self, index: int) -> None:
        value = self.closeness.itemData(index) or None  # 0 stands for "not set"
        if self.person_id is None or value == self.data.closeness:
            return
        self._save(self.tr("Change how close I am to %1"), closeness=value)

    def _save(self, text: str, **changes: object) -> None:
        assert self.person_id is not None
        saved = self.context.run(
            edit_person_fields(
                self.context.journal_events(),
                self.person_id,
                text.replace("%1", self.data.name_for_display()),
                **changes,
            )
        )
        if not saved:
            self.load(self.person_id, self.data)  # show what is stored, not what was refused
