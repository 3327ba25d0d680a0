"""Who was there: people as removable chips, added by typing part of a name, nickname or email."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

from networkjournal.store.people import PersonChoice
from networkjournal.store.text import fold
from networkjournal.ui.formatting import plain_tooltip

MAX_SUGGESTIONS = 50
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NEW_ROLE = Qt.ItemDataRole.UserRole + 2
_CHIP_STYLE = """
QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 7px;
              background: palette(button); }
QToolButton:focus, QToolButton:hover { border-color: palette(highlight); }
QToolButton[new="true"] { border-style: dashed; font-style: italic; }
"""


@dataclass
class _Chip:
    person_id: int | None  # None: a new person, created on save
    name: str
    button: QToolButton


class ParticipantsEdit(QWidget):
    """Type part of a name and press Return or Tab to add the person; Backspace removes."""

    changed = Signal()

    def __init__(self, people: list[PersonChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = {person.id: person for person in people}
        self._order = [person.id for person in people]
        self._keys: dict[int, tuple[str, str, str]] | None = None  # folded lazily: it takes time
        self._chips: list[_Chip] = []
        self._line = QLineEdit(self)
        self._line.setObjectName("participants_edit")
        self._line.setFrame(False)
        self._line.setAccessibleName(self.tr("Add someone who was there"))
        self._line.setMinimumWidth(self._line.fontMetrics().horizontalAdvance("x" * 14))
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setWidget(self._line)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(8)
        self._popup = self._completer.popup()
        self._popup.setObjectName("participants_popup")
        # Installed after the completer's own filter, so it sees Return and Tab first.
        self._popup.installEventFilter(self)
        self._line.installEventFilter(self)
        self._completer.activated[QModelIndex].connect(self._commit)
        self._line.textEdited.connect(self._suggest)
        self._line.textChanged.connect(self.changed)
        self._layout = _FlowLayout(self)
        width = self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self)
        self._layout.setContentsMargins(width + 2, width + 1, width + 2, width + 1)
        self._layout.addWidget(self._line)
        self._renumber()
        self.setFocusProxy(self._line)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)

    # --- reading and writing ------------------------------------------------------------

    def line_edit(self) -> QLineEdit:
        """Return the field names are typed into."""
        return self._line

    def set_participants(self, person_ids: list[int], new_people: list[str]) -> None:
        """Show these people (and names of people to add) as chips, replacing any there."""
        for chip in self._chips:
            self._discard(chip)
        self._chips = []
        for person_id in person_ids:
            self._append(person_id, self._name(person_id))
        for name in new_people:
            self._append(None, name)
        self._renumber()
        self.changed.emit()

    def participant_ids(self) -> list[int]:
        """Return the ids of the people in the chips, in order."""
        return [chip.person_id for chip in self._chips if chip.person_id is not None]

    def new_people(self) -> list[str]:
        """Return the names typed for people not yet in the journal."""
        return [chip.name for chip in self._chips if chip.person_id is None]

    def names(self) -> list[str]:
        """Return everyone's name as the chips show it, in order."""
        return [chip.name for chip in self._chips]

    def known_people(self) -> list[tuple[int, str]]:
        """Return (id, name) of the chips that are people already in the journal."""
        return [(chip.person_id, chip.name) for chip in self._chips if chip.person_id is not None]

    def pending_text(self) -> str:
        """Return text typed but not yet made into a chip."""
        return self._line.text().strip()

    def popup(self) -> QAbstractItemView:
        """Return the list of suggestions shown under the field (a window of its own)."""
        return self._popup

    def chip_buttons(self) -> list[QToolButton]:
        """Return the chips' buttons, in order."""
        return [chip.button for chip in self._chips]

    # --- suggesting -------------------------------------------------------------------

    @Slot(str)
    def _suggest(self, text: str) -> None:
        """Offer the people matching what is typed, and adding a new person last."""
        self._model.clear()
        typed = " ".join(text.split())
        if not typed:
            self._popup.hide()
            return
        chosen = {chip.person_id for chip in self._chips}
        exact = False
        for person in self._matches(typed):
            exact = exact or fold(person.name) == fold(typed)
            if person.id in chosen:
                continue
            item = QStandardItem(self._describe(person, typed))
            item.setData(person.id, _ID_ROLE)
            self._model.appendRow(item)
        if not exact:
            item = QStandardItem(self.tr("Add new person “%1”").replace("%1", typed))
            item.setData(typed, _NEW_ROLE)
            self._model.appendRow(item)
        origin = self._line.mapFrom(self, QPoint(0, 0))
        self._completer.complete(QRect(origin.x(), 0, self.width(), self._line.height()))
        self._popup.setCurrentIndex(self._completer.completionModel().index(0, 0))

    def _matches(self, typed: str) -> list[PersonChoice]:
        """People whose name, nickname or email hold every typed word, best first."""
        if self._keys is None:
            self._keys = {
                pid: (fold(p.name), fold(p.nickname), fold(" ".join(p.emails)))
                for pid, p in self._people.items()
            }
        words = fold(typed).split()
        found: list[tuple[int, int, int]] = []
        for position, pid in enumerate(self._order):
            name, nickname, emails = self._keys[pid]
            everything = f"{name} {nickname} {emails}"
            if not all(word in everything for word in words):
                continue
            name_words = name.split()
            if all(any(w.startswith(word) for w in name_words) for word in words):
                rank = 0
            else:
                rank = 1 if all(word in name for word in words) else 2
            found.append((rank + 3 * self._people[pid].archived, position, pid))
        return [self._people[pid] for _rank, _pos, pid in sorted(found)[:MAX_SUGGESTIONS]]

    def _describe(self, person: PersonChoice, typed: str) -> str:
        """The name, with what matched when it was not the name, and whether archived."""
        text = person.name
        words = fold(typed).split()
        if not all(word in fold(person.name) for word in words):
            extra = person.nickname if all(w in fold(person.nickname) for w in words) else ""
            extra = extra or next((e for e in person.emails if words[0] in fold(e)), "")
            text = f"{text} · {extra}" if extra else text
        if person.archived:
            text = self.tr("%1 (archived)").replace("%1", text)
        return text

    @Slot(QModelIndex)
    def _commit(self, index: QModelIndex | QPersistentModelIndex | None = None) -> bool:
        """Add the suggestion at ``index``, or the first one; False when nothing matched."""
        if index is None or not index.isValid():
            if not self.pending_text():
                return False
            self._suggest(self._line.text())
            index = self._completer.completionModel().index(0, 0)
            if not index.isValid():
                return False
        person_id = index.data(_ID_ROLE)
        if person_id is not None:
            self._append(int(person_id), self._name(int(person_id)))
        else:
            self._append(None, str(index.data(_NEW_ROLE)))
        self._renumber()
        self._popup.hide()
        self._line.clear()
        self._model.clear()
        self.changed.emit()
        return True

    # --- chips ------------------------------------------------------------------------

    def _name(self, person_id: int) -> str:
        person = self._people.get(person_id)
        return person.name if person else self.tr("Person #%1").replace("%1", str(person_id))

    def _append(self, person_id: int | None, name: str) -> None:
        button = QToolButton(self)
        shown = name if person_id is not None else self.tr("%1 (new)").replace("%1", name)
        button.setText(shown.replace("&", "&&") + "  \u00d7")
        button.setStyleSheet(_CHIP_STYLE)
        button.setProperty("new", person_id is None)
        button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        tip = self.tr("Click to remove.")
        if person_id is None:
            added = self.tr("%1 will be added to your people when you save.")
            tip = added.replace("%1", name) + "\n" + tip
        button.setToolTip(plain_tooltip(tip))
        button.setAccessibleName(self.tr("Remove %1").replace("%1", name))
        button.installEventFilter(self)
        chip = _Chip(person_id, name, button)
        button.clicked.connect(lambda _c=False, c=chip: self._remove(c))
        self._chips.append(chip)
        self._layout.insert_widget(len(self._chips) - 1, button)
        button.show()
        QWidget.setTabOrder(button, self._line)

    def _remove(self, chip: _Chip, focus_previous: bool = False) -> None:
        index = self._chips.index(chip)
        self._chips.remove(chip)
        self._discard(chip)
        self._renumber()
        self.changed.emit()
        if focus_previous and index > 0:
            self._chips[index - 1].button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._line.setFocus(Qt.FocusReason.OtherFocusReason)

    def _discard(self, chip: _Chip) -> None:
        self._layout.removeWidget(chip.button)
        chip.button.hide()
        chip.button.setObjectName("")  # its name now belongs to the chip that took its place
        chip.button.deleteLater()

    def _renumber(self) -> None:
        for number, chip in enumerate(self._chips):
            chip.button.setObjectName(f"participant_chip_{number}")
        self._line.setPlaceholderText(
            self.tr("Add someone") if self._chips else self.tr("Type a name, nickname or email")
        )
        self.updateGeometry()

    # --- keys and painting -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Return/Tab add, Backspace removes, arrows walk the chips."""
        if watched is self._line and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()  # the frame shows focus
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = Qt.Key(event.key())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if watched is self._popup or watched is self._line:
            return plain and self._line_key(key)
        chip = next((c for c in self._chips if c.button is watched), None)
        if chip is not None and plain:
            return self._chip_key(chip, key)
        return super().eventFilter(watched, event)

    def _line_key(self, key: Qt.Key) -> bool:
        current = self._popup.currentIndex() if self._popup.isVisible() else None
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._commit(current)
            return True  # an empty field does not save the entry by accident
        if key == Qt.Key.Key_Tab and self.pending_text():
            return self._commit(current)
        if key == Qt.Key.Key_Backspace and not self._line.text() and self._chips:
            self._remove(self._chips[-1])
            return True
        at_start = self._line.cursorPosition() == 0 and not self._line.hasSelectedText()
        if key == Qt.Key.Key_Left and at_start and self._chips:
            self._popup.hide()
            self._chips[-1].button.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _chip_key(self, chip: _Chip, key: Qt.Key) -> bool:
        index = self._chips.index(chip)
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._remove(chip, focus_previous=key == Qt.Key.Key_Backspace)
        elif key == Qt.Key.Key_Left and index > 0:
            self._chips[index - 1].button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif key == Qt.Key.Key_Right and index + 1 < len(self._chips):
            self._chips[index + 1].button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif key == Qt.Key.Key_Right:
            self._line.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            return False
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click between the chips puts the cursor in the field."""
        self._line.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Look like one line edit, focused while any part of it has focus."""
        option = QStyleOptionFrame()
        option.initFrom(self)
        option.lineWidth = self.style().pixelMetric(
            QStyle.PixelMetric.PM_DefaultFrameWidth, option, self
        )
        option.state |= QStyle.StateFlag.State_Sunken
        if self._line.hasFocus():
            option.state |= QStyle.StateFlag.State_HasFocus
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option, painter, self)

    def sizeHint(self) -> QSize:
        """As wide as a line edit would like; as tall as the chips need."""
        hint = self._layout.sizeHint()
        return QSize(max(hint.width(), 300), hint.height())


class _FlowLayout(QLayout):
    """Lays items out in rows like words; the last item (the field) takes the rest of its row."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(4)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at ``index`` among the items."""
        self.addWidget(widget)
        self._items.insert(index, self._items.pop())
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        size += QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        return QSize(size.width(), self.heightForWidth(max(size.width(), 300)))

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Place (or only measure) the items in ``rect``; return the height they take."""
        inner = rect.marginsRemoved(self.contentsMargins())
        line = max((item.sizeHint().height() for item in self._items), default=0)
        x, y = inner.x(), inner.y()
        spacing = self.spacing()
        for number, item in enumerate(self._items):
            last = number == len(self._items) - 1
            width = item.minimumSize().width() if last else item.sizeHint().width()
            width = min(width, inner.width())
            if x > inner.x() and x + width > inner.right() + 1:
                x, y = inner.x(), y + line + spacing
            if last:
                width = inner.right() + 1 - x
            if place:
                height = item.sizeHint().height()
                item.setGeometry(QRect(x, y + (line - height) // 2, width, height))
            x += width + spacing
        margins = self.contentsMargins()
        return y + line - rect.y() + margins.bottom()
