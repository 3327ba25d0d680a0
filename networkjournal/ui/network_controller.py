"""What the network actions do: create, rename, recolour, reorder and delete — through undo."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QColor, QUndoStack
from PySide6.QtWidgets import QColorDialog, QInputDialog, QLineEdit, QWidget

from networkjournal.store import networks
from networkjournal.ui import commands
from networkjournal.ui.controller import Controller
from networkjournal.ui.dialogs.messages import confirm
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.models.sidebar_model import SidebarKey
from networkjournal.ui.panels.network_sidebar import NetworkSidebar


class NetworkController(Controller):
    """Carries out the network actions on the network selected in the sidebar."""

    def __init__(
        self,
        window: QWidget,
        actions: dict[str, QAction],
        stack: QUndoStack,
        events: JournalEvents,
        sidebar: NetworkSidebar,
    ) -> None:
        super().__init__(window, actions, stack, events)
        self.sidebar = sidebar
        self.connect_actions(
            {
                "action_new_network": self.new_network,
                "action_rename_network": self.sidebar.rename_current,
                "action_recolour_network": self.recolour_network,
                "action_move_network_up": lambda: self.move_network(-1),
                "action_move_network_down": lambda: self.move_network(+1),
                "action_delete_network": self.delete_network,
            }
        )
        sidebar.sidebar_model.networkRenamed.connect(self.rename_network)
        sidebar.keyChanged.connect(self.update_actions)
        events.networksChanged.connect(self.update_actions)
        self.update_actions()

    def _current(self) -> networks.NetworkInfo | None:
        network_id = self.sidebar.current_network_id()
        return next((n for n in networks.list_networks() if n.id == network_id), None)

    @Slot()
    def update_actions(self, _key: SidebarKey | None = None) -> None:
        """Enable the network actions only while a network is selected."""
        network_id = self.sidebar.current_network_id()
        order = networks.network_order()
        for name in ("action_rename_network", "action_recolour_network", "action_delete_network"):
            self.actions[name].setEnabled(network_id is not None)
        self.actions["action_move_network_up"].setEnabled(
            network_id is not None and order.index(network_id) > 0
        )
        self.actions["action_move_network_down"].setEnabled(
            network_id is not None and order.index(network_id) < len(order) - 1
        )

    @Slot()
    def new_network(self) -> None:
        """Ask for a name and add a network."""
        name, ok = QInputDialog.getText(
            self.window,
            self.tr("New Network"),
            self.tr("Name of the new network (for example Research, Placement, Family):"),
            QLineEdit.EchoMode.Normal,
        )
        if ok and name.strip():
            command = commands.CreateNetwork(self.events, name)
            if self.run_command(command) and command.network_id is not None:
                self.sidebar.select_key(SidebarKey("network", command.network_id))

    @Slot(int, str)
    def rename_network(self, network_id: int, name: str) -> None:
        """Rename a network (typed in place in the sidebar)."""
        current = next((n for n in networks.list_networks() if n.id == network_id), None)
        if current is None or " ".join(name.split()) == current.name:
            self.events.networksChanged.emit()
            return
        self.run_command(commands.RenameNetwork(self.events, network_id, current.name, name))

    @Slot()
    def recolour_network(self) -> None:
        """Choose a new colour for the selected network."""
        current = self._current()
        if current is None:
            return
        colour = QColorDialog.getColor(
            QColor(current.colour),
            self.window,
            self.tr("Colour of %1").replace("%1", current.name),
        )
        if colour.isValid() and colour.name() != current.colour:
            self.run_command(
                commands.RecolourNetwork(self.events, current.id, current.colour, colour.name())
            )

    def move_network(self, offset: int) -> None:
        """Move the selected network up (-1) or down (+1)."""
        current = self._current()
        if current is None:
            return
        try:
            commands.run(self.stack, commands.MoveNetwork(self.events, current.id, offset))
        except ValueError:
            return  # already at that end: nothing to do
        self.sidebar.select_key(SidebarKey("network", current.id))

    @Slot()
    def delete_network(self) -> None:
        """Delete the selected network after saying that its people stay."""
        current = self._current()
        if current is None:
            return
        detail = self.tr(
            "The %n people in it stay in the journal; only the network and their roles in it go. "
            "You can undo this.",
            "",
            current.people,
        )
        question = self.tr("Delete the network %1?").replace("%1", current.name)
        if confirm(self.window, self.tr("Delete Network"), question, detail, self.tr("Delete")):
            self.run_command(commands.DeleteNetwork(self.events, current.id, current.name))
