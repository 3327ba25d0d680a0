"""Before an import is saved: who in the files is already known, and what to do with each."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store.import_plan import Decision, ImportPlan, Match, MatchReason
from networkjournal.store.people import person_names
from networkjournal.ui.dialogs.form_dialog import buddy
from networkjournal.ui.import_comparison import (
    FieldDifference,
    KnownPerson,
    differences,
    known_person,
    known_record,
)
from networkjournal.ui.widgets.empty_state import EmptyState
from networkjournal.ui.widgets.field_message import style_field_message

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1  # the contact's index in the plan


def review_needed(plan: ImportPlan) -> bool:
    """Whether the user has anything to decide: people who match, or categories to place."""
    return bool(plan.matches) or any(contact.categories for contact in plan.contacts)


# --- the review -----------------------------------------------------------------------------


@dataclass
class _Row:
    """One record that matches someone: its suggestions, which one is chosen, and what to do."""

    index: int
    matches: list[Match]
    decision: Decision
    chosen: int = 0  # which of ``matches`` a merge goes into


class ImportReviewDialog(QDialog):
    """The people in the files who match someone already known: merge, keep both, or skip.

    A sure match (same UID, email, phone or LinkedIn profile) starts as Merge.
    A possible one (the same or a close name) starts as Keep both — unless the
    record says nothing the journal does not already say, when it starts as
    Merge, which changes nothing: so importing a file again adds nobody twice.
    Records that match nobody are added as new people.
    """

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_review_dialog")
        self.setWindowTitle(self.tr("Review the import"))
        self._plan = plan
        self._known: dict[int, KnownPerson] = {}  # by person id
        self._names = person_names(sorted({m.person_id for m in plan.matches if m.person_id}))
        # A merge can be sent to any suggested person, but to an earlier record of
        # the files only when it is the first suggestion (``targets`` names people).
        self._rows = {
            index: _Row(
                index,
                [m for n, m in enumerate(matches) if n == 0 or m.person_id is not None],
                Decision.CREATE,
            )
            for index, matches in plan.matches_by_record().items()
        }
        for row in self._rows.values():
            row.decision = self._default_decision(row)
        self._items: dict[int, QTreeWidgetItem] = {}
        self._choice_labels = {
            Decision.MERGE: self.tr("Merge"),
            Decision.CREATE: self.tr("Keep both"),
            Decision.SKIP: self.tr("Skip"),
        }
        self._build()
        self._fill_list()
        self._update_counts()
        if self._rows:
            self.resize(940, 620)
        else:
            self.resize(560, 340)

    # --- what the caller reads ------------------------------------------------------------

    def decisions(self) -> dict[int, Decision]:
        """What to do with each record that matches someone, by its index in the plan.

        Records not listed match nobody: the store adds them as new people.
        """
        return {index: row.decision for index, row in self._rows.items()}

    def targets(self) -> dict[int, int]:
        """The person each record merges into, where the user chose other than the first."""
        return {
            index: person_id
            for index, row in self._rows.items()
            if row.chosen and (person_id := row.matches[row.chosen].person_id) is not None
        }

    def categories_as(self) -> str:
        """Whether the files' categories and labels become "tags" or "networks"."""
        return str(self.categories_combo.currentData())

    def set_decision(self, contact_index: int, decision: Decision) -> None:
        """Choose what to do with one record that matches someone."""
        self._rows[contact_index].decision = decision
        item = self._items[contact_index]
        item.setText(3, self._choice_labels[decision])
        if item is self.list.currentItem():
            self._show_choice(decision)
        self._update_counts()

    # --- defaults -------------------------------------------------------------------------

    def _default_decision(self, row: _Row) -> Decision:
        first = row.matches[0]
        if first.sure:
            return Decision.MERGE
        if first.reason == MatchReason.NAME and not self._differences(row):
            return Decision.MERGE  # nothing new: merging changes nothing
        return Decision.CREATE

    def _known_for(self, match: Match) -> KnownPerson:
        if match.person_id is None:
            return known_record(self._plan.contacts[match.same_as or 0])
        if match.person_id not in self._known:
            self._known[match.person_id] = known_person(match.person_id)
        return self._known[match.person_id]

    def _differences(self, row: _Row, categories_as: str = "tags") -> list[FieldDifference]:
        match = row.matches[row.chosen]
        contact = self._plan.contacts[row.index]
        return differences(contact, self._known_for(match), categories_as)

    def _who(self, match: Match) -> str:
        """Who a match points at, in words."""
        if match.person_id is not None:
            return self._names.get(match.person_id, "")
        earlier = self._plan.contacts[match.same_as or 0]
        return (
            self.tr("%1 (%2, line %3)")
            .replace("%1", earlier.name())
            .replace("%2", earlier.source)
            .replace("%3", str(earlier.line))
        )

    def _why(self, match: Match) -> str:
        """Why a record matched, in a few words (for the list)."""
        short: dict[str, str] = {
            MatchReason.UID: self.tr("Same contact ID"),
            MatchReason.EMAIL: self.tr("Same email"),
            MatchReason.LINKEDIN: self.tr("Same LinkedIn"),
            MatchReason.PHONE: self.tr("Same phone"),
            MatchReason.NAME: self.tr("Same name"),
            MatchReason.CLOSE_NAME: self.tr("Similar name"),
        }
        return short.get(match.reason, match.reason)

    def _because(self, match: Match) -> str:
        """Why a record matched, as the end of a sentence, with what matched."""
        sentences: dict[str, str] = {
            MatchReason.UID: self.tr("the same contact ID, from an earlier import"),
            MatchReason.EMAIL: self.tr("the same email address, %1"),
            MatchReason.LINKEDIN: self.tr("the same LinkedIn profile, %1"),
            MatchReason.PHONE: self.tr("the same phone number, %1"),
            MatchReason.NAME: self.tr("the same name"),
            MatchReason.CLOSE_NAME: self.tr("a similar name"),
        }
        return sentences.get(match.reason, match.reason).replace("%1", match.detail)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Some people in the files may already be in your journal. Merging fills in "
                "what the journal lacks and adds new ways to reach them; nothing you typed "
                "is overwritten."
            )
        )
        self.intro = intro
        intro.setObjectName("import_review_intro_label")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("import_review_list")
        self.list.setAccessibleName(self.tr("People who match someone already known"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels(
            [self.tr("In the file"), self.tr("Already known"), self.tr("Why"), self.tr("Choice")]
        )
        self.list.currentItemChanged.connect(self._show_current)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("import_review_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(self._build_details())
        splitter.setSizes([460, 480])
        self.empty_state = EmptyState()
        self.empty_state.setObjectName("import_review_empty_state")
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty_state)
        self.categories_combo = QComboBox()
        self.categories_combo.setObjectName("import_categories_combo")
        self.categories_combo.addItem(self.tr("Tags"), "tags")
        self.categories_combo.addItem(self.tr("Networks"), "networks")
        self.categories_combo.currentIndexChanged.connect(self._show_current)
        categories_row = QWidget()
        categories_row.setObjectName("import_categories_row")
        row_layout = QHBoxLayout(categories_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(
            buddy(self.tr("Categories and &labels in the files become:"), self.categories_combo)
        )
        row_layout.addWidget(self.categories_combo)
        row_layout.addStretch(1)
        categories_row.setVisible(any(c.categories for c in self._plan.contacts))
        self.counts = QLabel()
        self.counts.setObjectName("import_review_counts_label")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancel_button")
        role = QDialogButtonBox.ButtonRole
        self.merge_all_button = buttons.addButton(
            self.tr("Merge &all sure matches"), role.ResetRole
        )
        self.merge_all_button.setObjectName("merge_all_sure_button")
        self.merge_all_button.setAutoDefault(False)
        self.merge_all_button.setEnabled(any(r.matches[0].sure for r in self._rows.values()))
        self.merge_all_button.clicked.connect(self.merge_all_sure)
        self.import_button = buttons.addButton(self.tr("&Import"), role.AcceptRole)
        self.import_button.setObjectName("import_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(categories_row)
        layout.addWidget(self.counts)
        layout.addWidget(buttons)
        self.import_button.setDefault(True)

    def _build_details(self) -> QWidget:
        self.heading = QLabel()
        self.heading.setObjectName("import_review_heading_label")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.reason = QLabel()
        self.reason.setObjectName("import_review_reason_label")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setWordWrap(True)
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("import_target_combo")
        self.target_combo.currentIndexChanged.connect(self._target_chosen)
        self.target_row = QWidget()
        target_layout = QHBoxLayout(self.target_row)
        target_layout.setContentsMargins(0, 0, 0, 0)
        target_layout.addWidget(buddy(self.tr("&Which one:"), self.target_combo))
        target_layout.addWidget(self.target_combo, 1)
        self.choices = QButtonGroup(self)
        choice_row = QHBoxLayout()
        self._radios: dict[Decision, QRadioButton] = {}
        for decision, text, name in (
            (Decision.MERGE, self.tr("&Merge"), "import_merge_radio"),
            (Decision.CREATE, self.tr("&Keep both"), "import_keep_both_radio"),
            (Decision.SKIP, self.tr("&Skip"), "import_skip_radio"),
        ):
            radio = QRadioButton(text)
            radio.setObjectName(name)
            self.choices.addButton(radio, len(self._radios))
            choice_row.addWidget(radio)
            self._radios[decision] = radio
        choice_row.addStretch(1)
        self.choices.idClicked.connect(self._choice_clicked)
        self.choice_note = QLabel()
        self.choice_note.setObjectName("import_review_choice_note")
        self.choice_note.setTextFormat(Qt.TextFormat.PlainText)
        self.choice_note.setWordWrap(True)
        style_field_message(self.choice_note, error=False)
        self.comparison = QTableWidget(0, 4)
        self.comparison.setObjectName("import_review_comparison")
        self.comparison.setAccessibleName(self.tr("What the file says differently"))
        self.comparison.setHorizontalHeaderLabels(
            [
                self.tr("Detail"),
                self.tr("Already known"),
                self.tr("In the file"),
                self.tr("If merged"),
            ]
        )
        self.comparison.verticalHeader().hide()
        self.comparison.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison.setWordWrap(True)
        self.comparison.setTabKeyNavigation(False)
        header = self.comparison.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.same_note = QLabel(self.tr("The file says nothing that is not already known."))
        self.same_note.setObjectName("import_review_same_note")
        self.same_note.setTextFormat(Qt.TextFormat.PlainText)
        self.same_note.setWordWrap(True)
        style_field_message(self.same_note, error=False)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        layout.addWidget(self.target_row)
        layout.addLayout(choice_row)
        layout.addWidget(self.choice_note)
        layout.addSpacing(6)
        layout.addWidget(self.comparison, 1)
        layout.addWidget(self.same_note)
        layout.addStretch(0)
        return pane

    def _fill_list(self) -> None:
        # Possible matches first: they are the ones that need a look.
        ordered = sorted(self._rows.values(), key=lambda row: (row.matches[0].sure, row.index))
        items = []
        for row in ordered:
            first = row.matches[0]
            item = QTreeWidgetItem(
                [
                    self._plan.contacts[row.index].name(),
                    self._who(first),
                    self._why(first),
                    self._choice_labels[row.decision],
                ]
            )
            item.setData(0, INDEX_ROLE, row.index)
            items.append(item)
            self._items[row.index] = item
        self.list.addTopLevelItems(items)
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if items:
            self.list.setCurrentItem(items[0])
            self.stack.setCurrentIndex(0)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        count = len(self._plan.contacts)
        self.empty_state.show_message(
            self.tr("Nobody in the files is in your journal yet"),
            self.tr("Everyone in them will be added as a new person.")
            if count
            else self.tr("The files hold nobody who could be imported."),
        )
        self.stack.setCurrentIndex(1)
        self.import_button.setEnabled(count > 0)
        self.intro.hide()
        self.merge_all_button.hide()
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reacting ----------------------------------------------------------------------------

    @Slot()
    def merge_all_sure(self) -> None:
        """Set every sure match to Merge."""
        for index, row in self._rows.items():
            if row.matches[0].sure:
                self.set_decision(index, Decision.MERGE)

    def _current_row(self) -> _Row | None:
        item = self.list.currentItem()
        return None if item is None else self._rows[int(item.data(0, INDEX_ROLE))]

    @Slot()
    def _show_current(self) -> None:
        row = self._current_row()
        if row is None:
            return
        contact = self._plan.contacts[row.index]
        self.heading.setText(
            self.tr("“%1”, from %2, line %3")
            .replace("%1", contact.name())
            .replace("%2", contact.source)
            .replace("%3", str(contact.line))
        )
        first = row.matches[0]
        if first.sure:
            reason = self.tr("The same person as %1: %2.")
        elif len(row.matches) > 1:
            reason = self.tr(
                "Several people already known have this name or one like it: "
                "choose which one below, if any."
            )
        else:
            reason = self.tr("Perhaps the same person as %1: %2.")
        self.reason.setText(
            reason.replace("%1", self._who(first)).replace("%2", self._because(first))
        )
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        for match in row.matches:
            self.target_combo.addItem(f"{self._who(match)} — {self._why(match)}")
        self.target_combo.setCurrentIndex(row.chosen)
        self.target_combo.blockSignals(False)
        self.target_row.setVisible(len(row.matches) > 1)
        chosen = row.matches[row.chosen]
        self._radios[Decision.MERGE].setText(
            self.tr("&Merge into %1").replace("%1", self._who(chosen).replace("&", "&&"))
        )
        self._show_choice(row.decision)
        self._show_differences(row)

    def _show_differences(self, row: _Row) -> None:
        found = self._differences(row, self.categories_as())
        self.comparison.setRowCount(len(found))
        for number, difference in enumerate(found):
            texts = (
                difference.label,
                difference.existing or self.tr("—"),
                difference.imported,
                self.tr("Added") if difference.added else self.tr("Yours kept"),
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.comparison.setItem(number, column, cell)
        self.comparison.resizeRowsToContents()
        self.comparison.setVisible(bool(found))
        self.same_note.setVisible(not found)

    def _show_choice(self, decision: Decision) -> None:
        self._radios[decision].setChecked(True)
        notes = {
            Decision.MERGE: self.tr(
                "Fills in what is missing and adds new ways to reach them; "
                "nothing already there is changed."
            ),
            Decision.CREATE: self.tr("Adds them as a new person, beside the one already known."),
            Decision.SKIP: self.tr("Leaves this record out of the import."),
        }
        self.choice_note.setText(notes[decision])

    @Slot(int)
    def _choice_clicked(self, number: int) -> None:
        row = self._current_row()
        if row is not None:
            self.set_decision(row.index, list(self._radios)[number])

    @Slot(int)
    def _target_chosen(self, number: int) -> None:
        row = self._current_row()
        if row is not None and 0 <= number < len(row.matches):
            row.chosen = number
            self._items[row.index].setText(1, self._who(row.matches[number]))
            self._show_current()

    def _update_counts(self) -> None:
        chosen = list(self.decisions().values())
        new = len(self._plan.contacts) - len(chosen) + chosen.count(Decision.CREATE)
        locale = QLocale()

        def count(one: str, many: str, n: int) -> str:
            return (one if n == 1 else many).replace("%n", locale.toString(n))

        parts = [
            count(self.tr("%n new person"), self.tr("%n new people"), new),
            count(self.tr("%n merged"), self.tr("%n merged"), chosen.count(Decision.MERGE)),
            count(self.tr("%n skipped"), self.tr("%n skipped"), chosen.count(Decision.SKIP)),
        ]
        text = self.tr("This import will make: %1.").replace("%1", ", ".join(parts))
        errors = len(self._plan.errors)
        if errors:
            text += " " + count(
                self.tr("%n record could not be read; the summary lists it at the end."),
                self.tr("%n records could not be read; the summary lists them at the end."),
                errors,
            )
        self.counts.setText(text)
