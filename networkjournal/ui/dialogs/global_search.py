"""Search everything (Ctrl+K): people and journal entries together, with matched words shown."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store.search import SearchHit, search
from networkjournal.ui.formatting import format_date, plain_tooltip
from networkjournal.ui.widgets.highlight_text import draw_highlighted, plain

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
PADDING = 6


class SearchHitsModel(QAbstractListModel):
    """The hits of the current search, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show ``hits``."""
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(plain(hit.snippet) or hit.title)
        if role == HIT_ROLE:
            return hit
        return None


class SearchHitDelegate(QStyledItemDelegate):
    """A hit in two lines: what it is and its title; the snippet with matched words in bold."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(300, option.fontMetrics.height() * 2 + PADDING * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(HIT_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not isinstance(hit, SearchHit):
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole
        text = opt.palette.color(role.HighlightedText if selected else role.Text)
        quiet = opt.palette.color(role.HighlightedText if selected else role.PlaceholderText)
        rect = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        line = opt.fontMetrics.height()
        if hit.kind == "person":
            what = self.tr("Person") + (self.tr(" · archived") if hit.archived else "")
        else:
            what = self.tr("Entry") + (f" · {format_date(hit.when.date())}" if hit.when else "")
        painter.save()
        painter.setPen(quiet)
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, what)
        painter.setPen(text)
        what_width = opt.fontMetrics.horizontalAdvance(what) + 12
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        title = painter.fontMetrics().elidedText(
            hit.title, Qt.TextElideMode.ElideRight, rect.width() - what_width
        )
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setPen(quiet)
        snippet_rect = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        draw_highlighted(painter, snippet_rect, hit.snippet, option.font)
        painter.restore()


class GlobalSearchDialog(QDialog):
    """Type to find people and entries; Return opens the chosen one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("global_search_dialog")
        self.setWindowTitle(self.tr("Search Everything"))
        self.field = QLineEdit()
        self.field.setObjectName("global_search_field")
        self.field.setAccessibleName(self.tr("Search people and journal entries"))
        self.field.setPlaceholderText(self.tr('Names, notes, places… "a phrase", -leave out'))
        self.field.setClearButtonEnabled(True)
        self.model = SearchHitsModel(self)
        self.results = QListView()
        self.results.setObjectName("global_search_results")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchHitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.activated.connect(self._choose)
        self.status = QLabel()
        self.status.setObjectName("global_search_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._search)
        self.field.textChanged.connect(self._timer.start)
        self.field.installEventFilter(self)
        self.field.returnPressed.connect(self._choose_current)
        self.chosen: SearchHit | None = None
        self.resize(620, 460)
        self._search()

    @Slot()
    def _search(self) -> None:
        text = self.field.text()
        hits = search(text) if text.strip() else []
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
            self.status.setText(self.tr("%n found — Return opens, ↑↓ choose", "", len(hits)))
        elif text.strip():
            self.status.setText(self.tr("Nothing matches “%1”.").replace("%1", text.strip()))
        else:
            self.status.setText(self.tr("Type to search people and journal entries."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field move through the results."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step and self.model.rowCount():
                row = max(
                    0, min(self.model.rowCount() - 1, self.results.currentIndex().row() + step)
                )
                self.results.setCurrentIndex(self.model.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def _choose_current(self) -> None:
        self._timer.stop()
        if self.field.text().strip() and not self.model.rowCount():
            self._search()
        self._choose(self.results.currentIndex())

    @Slot(QModelIndex)
    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen = self.model.hits[index.row()]
            self.accept()
