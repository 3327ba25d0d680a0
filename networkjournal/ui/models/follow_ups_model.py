"""The follow-ups list's model: what is left to do, overdue first, with a tick box for done.

Follow-ups are few (tens, perhaps hundreds), so the model holds their rows.
Ticking the box does not write: the model emits :attr:`doneToggled` and the
caller runs an undoable command, then calls :meth:`FollowUpsModel.reload`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from networkjournal.store import follow_ups
from networkjournal.store.follow_ups import FollowUpRow, FollowUpStatus
from networkjournal.ui.formatting import format_date, format_datetime, plain_tooltip, utc_to_local
from networkjournal.ui.models.list_table_model import ListTableModel

FOLLOW_UP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the entry the follow-up came from, or None
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # a FollowUpStatus

DONE, TITLE, DUE, PERSON, ENTRY = range(5)
# Marked for lupdate in the context FollowUpsModel's self.tr() looks them up in.
HEADERS = (
    QT_TRANSLATE_NOOP("FollowUpsModel", "Done"),
    QT_TRANSLATE_NOOP("FollowUpsModel", "Title"),
    QT_TRANSLATE_NOOP("FollowUpsModel", "Due"),
    QT_TRANSLATE_NOOP("FollowUpsModel", "Person"),
    QT_TRANSLATE_NOOP("FollowUpsModel", "From entry"),
)

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


def overdue_colour(palette: QPalette) -> QColor:
    """A red that reads well on the palette's base colour, light or dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff7b72" if dark else "#c62828")


def muted_colour(palette: QPalette) -> QColor:
    """Text half-way to the base colour: clearly finished, still legible."""
    fore = palette.color(QPalette.ColorRole.Text)
    back = palette.color(QPalette.ColorRole.Base)
    return QColor(
        (fore.red() + back.red()) // 2,
        (fore.green() + back.green()) // 2,
        (fore.blue() + back.blue()) // 2,
    )


class FollowUpsModel(ListTableModel):
    """Rows are follow-ups as the store lists them: overdue, today, upcoming, undated, done."""

    HEADERS = HEADERS

    doneToggled = Signal(int, bool)  # follow-up id, done

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpRow] = []
        self._positions: dict[int, int] = {}
        self._show_done = False
        self._person_id: int | None = None
        self._today = dt.date.today()

    # --- what is listed ----------------------------------------------------

    @property
    def show_done(self) -> bool:
        """Whether finished follow-ups are listed (after the others)."""
        return self._show_done

    def set_show_done(self, show: bool) -> None:
        """List finished follow-ups too, or not."""
        if show != self._show_done:
            self._show_done = show
            self.reload()

    @property
    def person_id(self) -> int | None:
        """The person whose follow-ups are listed, or None for everyone's."""
        return self._person_id

    def set_person(self, person_id: int | None) -> None:
        """List only the follow-ups concerning ``person_id`` (None: everyone's)."""
        if person_id != self._person_id:
            self._person_id = person_id
            self.reload()

    def reload(self) -> None:
        """Read the follow-ups again (after an edit, or when the day changes)."""
        self.beginResetModel()
        self._rows = follow_ups.list_follow_ups(self._show_done, self._person_id)
        self._positions = {row.id: position for position, row in enumerate(self._rows)}
        self._today = dt.date.today()
        self.endResetModel()

    def follow_up(self, row: int) -> FollowUpRow:
        """Return the follow-up in ``row``."""
        return self._rows[row]

    def follow_up_id(self, row: int) -> int:
        """Return the id of the follow-up in ``row``."""
        return self._rows[row].id

    def row_of(self, follow_up_id: int) -> int | None:
        """Return the row showing ``follow_up_id``, or None if it is not listed."""
        return self._positions.get(follow_up_id)

    def status(self, row: int) -> FollowUpStatus:
        """Return whether the follow-up in ``row`` is overdue, due today, done …"""
        return follow_ups.status(self._rows[row], self._today)

    # --- Qt's model interface ---------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        status = follow_ups.status(row, self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, status)
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            done = row.done_at is not None
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(row, column) or "")
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QGuiApplication.palette()
            if status == FollowUpStatus.DONE:
                return muted_colour(palette)
            if status == FollowUpStatus.OVERDUE and column in (TITLE, DUE):
                return overdue_colour(palette)
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._font(status)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == DONE:
            return self.tr("Done") if row.done_at is not None else self.tr("Not done")
        if role == FOLLOW_UP_ID_ROLE:
            return row.id
        if role == ENTRY_ID_ROLE:
            return row.entry_id
        if role == STATUS_ROLE:
            return status
        return None

    def _text(self, row: FollowUpRow, column: int, status: FollowUpStatus) -> str | None:
        if column == TITLE:
            return row.title
        if column == DUE:
            return self._due_text(row, status)
        if column == PERSON:
            return row.person_name
        if column == ENTRY:
            return row.entry_title
        return None  # DONE: the tick box says it

    def _due_text(self, row: FollowUpRow, status: FollowUpStatus) -> str:
        if row.due_on is None:
            return ""
        if status == FollowUpStatus.OVERDUE:
            days = (self._today - row.due_on).days
            if days == 1:
                return self.tr("Overdue · 1 day")
            return self.tr("Overdue · %n days", "", days)
        if status == FollowUpStatus.TODAY:
            return self.tr("Today")
        if status == FollowUpStatus.UPCOMING and row.due_on == self._today + dt.timedelta(days=1):
            return self.tr("Tomorrow")
        return format_date(row.due_on)

    def _tooltip(self, row: FollowUpRow, column: int) -> str | None:
        if column == DONE:
            if row.done_at is None:
                return self.tr("Tick when done")
            done = format_datetime(utc_to_local(row.done_at))
            return self.tr("Done on {when}").format(when=done)
        if column == DUE:
            if row.due_on is None:
                return self.tr("No due date")
            return format_date(row.due_on)
        if column == TITLE:
            return row.title
        if column == ENTRY and row.entry_id is not None:
            return self.tr("Open “{title}”").format(title=row.entry_title)
        return None

    def _font(self, status: FollowUpStatus) -> QFont | None:
        if status not in (FollowUpStatus.TODAY, FollowUpStatus.DONE):
            return None
        font = QGuiApplication.font()
        if status == FollowUpStatus.TODAY:
            font.setBold(True)
        else:
            font.setStrikeOut(True)
        return font

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if index.column() == DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the tick to change (``doneToggled``); the caller writes and reloads."""
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != DONE
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        checked = _check_state(value) == Qt.CheckState.Checked
        row = self._rows[index.row()]
        if checked != (row.done_at is not None):
            self.doneToggled.emit(row.id, checked)
        return True


def _check_state(value: object) -> Qt.CheckState:
    """Read a check state the view may pass as the enum or as its int value."""
    if isinstance(value, Qt.CheckState):
        return value
    try:
        return Qt.CheckState(int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return Qt.CheckState.Unchecked
