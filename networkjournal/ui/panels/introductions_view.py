"""The introductions view (``introductions_view``): who introduced you to whom, as a tree.

The root row is you; under it the people you met yourself, and under each person
the people they introduced you to, by name.  The shape comes from
:func:`networkjournal.store.graph.introduction_tree` (which breaks loops in the
records); names and how you met are read for everyone in one query.  The model
keeps only that, and makes a row's text when the tree shows it, so a journal of
20,000 people builds in a fraction of a second.  Picking a person shows the chain
of introductions that led to them: "You → Alice → Bob → Dr Carol".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store.graph import introduction_people, introduction_tree
from networkjournal.store.text import fold
from networkjournal.ui.models.introductions_model import (
    EXPANDED_LEVELS,
    INTRODUCED,
    MET,
    NAME,
    YOU,
    Index,
    IntroductionsModel,
)
from networkjournal.ui.panels.profile_sections.widgets import plain_label
from networkjournal.ui.widgets.field_message import message_label, show_message


class IntroductionsView(QWidget):
    """The tree of introductions, a search that finds anyone in it, and the chain to them."""

    personSelected = Signal(int)  # the user picked a person: click, keyboard or search
    personOpened = Signal(int)  # a double click, or Return/Enter on a person

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        """``today`` is passed on to the store (tests); None: the real today."""
        super().__init__(parent)
        self.setObjectName("introductions_view")
        self._today = today
        self._order: list[int] = []  # people top to bottom as the tree lists them
        self._position: dict[int, int] = {}
        self._folded: list[str] = []  # the names in _order without case or accents
        self._quiet = False  # a selection made by the program, not the user
        self._announced: int | None = None  # the person personSelected last named

        self.explanation = plain_label("introductions_explanation", muted=True)
        self.explanation.setText(
            self.tr(
                "Nobody is recorded as introduced by someone yet. Set 'Introduced by' on "
                "a person's profile to see the chains here."
            )
        )
        self.search = QLineEdit()
        self.search.setObjectName("introductions_search")
        self.search.setAccessibleName(self.tr("Find a person in the introductions"))
        self.search.setPlaceholderText(self.tr("Find a person…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._find_next)
        self.search_hint = message_label("introductions_search_hint")

        self.model = IntroductionsModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("introductions_tree")
        self.tree.setAccessibleName(self.tr("Who introduced you to whom"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)  # lets a tree of thousands lay out quickly
        self.tree.setSortingEnabled(False)  # the store's order: introducer first, then by name
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setExpandsOnDoubleClick(False)  # a double click opens the person
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MET, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(INTRODUCED, QHeaderView.ResizeMode.Interactive)
        # As wide as its title, which is wider than any count: sizing it to its contents
        # would read a thousand rows each time the tree changes.
        header.resizeSection(INTRODUCED, header.sectionSizeHint(INTRODUCED))
        self.tree.setColumnWidth(NAME, self.fontMetrics().averageCharWidth() * 36)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.clicked.connect(self._clicked)
        self.tree.doubleClicked.connect(self._opened)
        self.tree.installEventFilter(self)

        self.chain_label = plain_label("introductions_chain")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.explanation)
        layout.addWidget(self.search)
        layout.addWidget(self.search_hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.chain_label)
        self.reload()

    # --- what is shown ----------------------------------------------------------

    def reload(self) -> None:
        """Re-read the tree (after an edit), keeping what was expanded and selected."""
        expanded = self._expansion_state()
        selected = self.selected_person_id()
        today = self._today or dt.date.today()
        tree = introduction_tree(today)
        self._quiet = True  # the reset moves the current row: not the user's doing
        try:
            self.model.set_tree(tree, introduction_people())
        finally:
            self._quiet = False
        self._order = self._top_to_bottom()
        self._position = {pid: at for at, pid in enumerate(self._order)}
        self._folded = [self.model.folded_name(pid) for pid in self._order]
        self._restore_expansion(expanded)
        self.explanation.setVisible(self.model.introduction_count() == 0)
        if selected is None or not self._select(selected, announce=False):
            self._show_chain(None)

    def select_person(self, person_id: int) -> bool:
        """Select this person, opening the rows above them; False if they are not in the tree."""
        return self._select(person_id, announce=False)

    def selected_person_id(self) -> int | None:
        """The person selected in the tree, if any (the "You" row is nobody)."""
        return self._person_at(self.tree.currentIndex())

    def chain_to(self, person_id: int) -> list[int]:
        """The introductions that led to this person, from the first person you met."""
        if not self.model.contains(person_id):
            return []
        chain: list[int] = []
        current: int | None = person_id
        while current is not None:
            chain.append(current)
            current = self.model.introducer(current)
        chain.reverse()
        return chain

    # --- building ---------------------------------------------------------------

    def _top_to_bottom(self) -> list[int]:
        """The people in the order the tree lists them, each followed by those they introduced."""
        order: list[int] = []
        stack = list(reversed(self.model.introduced(YOU)))
        while stack:
            pid = stack.pop()
            order.append(pid)
            stack.extend(reversed(self.model.introduced(pid)))
        return order

    def _expansion_state(self) -> dict[int, bool]:
        """Whether each row with rows under it is expanded, by person (YOU for you)."""
        return {
            pid: self.tree.isExpanded(self.model.index_of(pid))
            for pid in (YOU, *self._order)
            if self.model.introduced(pid)
        }

    def _restore_expansion(self, state: dict[int, bool]) -> None:
        """Expand rows as they were; rows new to the tree open down to EXPANDED_LEVELS."""
        self.tree.setExpanded(self.model.index_of(YOU), state.get(YOU, True))
        depth: dict[int | None, int] = {None: 0}
        for pid in self._order:  # an introducer comes before the people they introduced
            depth[pid] = depth[self.model.introducer(pid)] + 1
            if self.model.introduced(pid):
                opened = state.get(pid, depth[pid] <= EXPANDED_LEVELS)
                self.tree.setExpanded(self.model.index_of(pid), opened)

    # --- selecting --------------------------------------------------------------

    def _person_at(self, index: Index) -> int | None:
        if not index.isValid() or index.internalId() == YOU:
            return None
        return int(index.internalId())

    def _select(self, person_id: int, announce: bool) -> bool:
        """Select, expand up to and scroll to a person; tell listeners only when ``announce``."""
        if not self.model.contains(person_id):
            return False
        self.tree.expand(self.model.index_of(YOU))
        for above in self.chain_to(person_id)[:-1]:
            self.tree.expand(self.model.index_of(above))
        index = self.model.index_of(person_id)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self._quiet = True
        try:
            self.tree.selectionModel().setCurrentIndex(index, flags)
        finally:
            self._quiet = False
        self._show_chain(person_id)
        self.tree.scrollTo(index)
        if announce:
            self._announce(person_id)
        else:
            self._announced = None  # so a click on this person is news to listeners
        return True

    def _announce(self, person_id: int) -> None:
        self._announced = person_id
        self.personSelected.emit(person_id)

    def _show_chain(self, person_id: int | None) -> None:
        if person_id is None:
            self.chain_label.clear()
            return
        names = [self.tr("You"), *(self.model.name(pid) for pid in self.chain_to(person_id))]
        self.chain_label.setText(" → ".join(names))

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        person_id = self._person_at(current)
        self._show_chain(person_id)
        if not self._quiet and person_id is not None:
            self._announce(person_id)

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        person_id = self._person_at(index)
        # A click that made the row current has been announced already.
        if person_id is not None and person_id != self._announced:
            self._announce(person_id)

    @Slot(QModelIndex)
    def _opened(self, index: QModelIndex) -> None:
        person_id = self._person_at(index)
        if person_id is not None:
            self.personOpened.emit(person_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            person_id = self.selected_person_id()
            if person_id is not None:
                self.personOpened.emit(person_id)
                return True
        return super().eventFilter(watched, event)

    # --- finding ----------------------------------------------------------------

    def _matches(self) -> list[int]:
        needle = fold(self.search.text().strip())
        if not needle:
            return []
        return [pid for pid, name in zip(self._order, self._folded, strict=True) if needle in name]

    @Slot(str)
    def _search_changed(self, text: str) -> None:
        matches = self._matches()
        self._show_found(text, bool(matches))
        if matches:
            self._select(matches[0], announce=True)

    @Slot()
    def _find_next(self) -> None:
        """Go to the next person whose name matches, after the one selected, round again."""
        matches = self._matches()
        self._show_found(self.search.text(), bool(matches))
        if not matches:
            return
        here = self._position.get(self.selected_person_id() or YOU, -1)
        later = [pid for pid in matches if self._position[pid] > here]
        self._select((later or matches)[0], announce=True)

    def _show_found(self, text: str, found: bool) -> None:
        missing = bool(text.strip()) and not found
        message = self.tr("Nobody called “%1” is in the tree.").replace("%1", text.strip())
        show_message(self.search_hint, self.search, message, missing)
