"""One row per network: tick the ones a person belongs to and say their role in each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from networkjournal.store.networks import NetworkInfo
from networkjournal.store.people import NetworkRole
from networkjournal.ui.formatting import plain_tooltip


class NetworkRolesEditor(QWidget):
    """Tick networks and type a role in each ("tutor", "flatmate"), with suggestions."""

    changed = Signal()

    def __init__(self, networks: list[NetworkInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checks: dict[int, QCheckBox] = {}
        self._roles: dict[int, QLineEdit] = {}
        self._order: list[int] = []
        completer = QCompleter(self._suggestions(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        grid.setHorizontalSpacing(12)
        if not networks:
            empty = QLabel(self.tr("There are no networks yet."), self)
            empty.setTextFormat(Qt.TextFormat.PlainText)
            empty.setEnabled(False)
            grid.addWidget(empty, 0, 0, 1, 2)
        for row, network in enumerate(networks):
            check = QCheckBox(network.name.replace("&", "&&"), self)
            check.setObjectName(f"network_check_{network.id}")
            check.setIcon(_swatch(network.colour, check.fontMetrics().height()))
            check.setToolTip(plain_tooltip(network.description))
            role = QLineEdit(self)
            role.setObjectName(f"network_role_{network.id}")
            role.setPlaceholderText(self.tr("Role, e.g. tutor or flatmate"))
            role.setAccessibleName(self.tr("Role in %1").replace("%1", network.name))
            role.setCompleter(completer)
            role.setEnabled(False)
            check.toggled.connect(role.setEnabled)
            check.toggled.connect(self._edited)
            role.textChanged.connect(self._edited)
            grid.addWidget(check, row, 0)
            grid.addWidget(role, row, 1)
            self._checks[network.id] = check
            self._roles[network.id] = role
        grid.setRowStretch(len(networks) + 1, 1)

    def set_roles(self, roles: list[NetworkRole]) -> None:
        """Tick the networks in ``roles`` with their roles; untick the rest."""
        wanted = {link.network_id: link.role for link in roles}
        for network_id, check in self._checks.items():
            check.setChecked(network_id in wanted)
            self._roles[network_id].setText(wanted.get(network_id, ""))
        self._order = [link.network_id for link in roles if link.network_id in self._checks]

    def roles(self) -> list[NetworkRole]:
        """Return the ticked networks and roles: those set earlier first, in their order."""
        ticked = [nid for nid, check in self._checks.items() if check.isChecked()]
        order = [nid for nid in self._order if nid in ticked]
        order += [nid for nid in ticked if nid not in order]
        return [NetworkRole(nid, self._roles[nid].text()) for nid in order]

    def focus_chain(self) -> list[QWidget]:
        """Return the focusable widgets in visual order, for the dialog's tab order."""
        chain: list[QWidget] = []
        for network_id, check in self._checks.items():
            chain += [check, self._roles[network_id]]
        return chain

    @Slot()
    def _edited(self) -> None:
        self.changed.emit()

    def _suggestions(self) -> list[str]:
        return [
            self.tr("tutor"),
            self.tr("personal tutor"),
            self.tr("supervisor"),
            self.tr("demonstrator"),
            self.tr("lecturer"),
            self.tr("consultant"),
            self.tr("registrar"),
            self.tr("flatmate"),
            self.tr("coursemate"),
            self.tr("teammate"),
            self.tr("friend"),
            self.tr("family"),
            self.tr("mentor"),
        ]


def _swatch(colour: str, size: int) -> QIcon:
    """Return a small rounded square in the network's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour)
    painter.setPen(fill.darker(130))
    painter.setBrush(fill)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)
