"""The network map's tool bar: which page, which lines, zoom, fit and export.

A tool bar rather than a row of buttons: in a narrow window what does not fit goes
behind the overflow button instead of being squeezed until its words are cut.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QMenu, QToolBar, QToolButton, QWidget

from networkjournal.store.graph import EdgeKind

MAP_PAGE, TREE_PAGE = 0, 1


def tool_bar(name: str, parent: QWidget | None = None) -> QToolBar:
    """A fixed tool bar for a panel (not movable, not floatable)."""
    bar = QToolBar(parent)
    bar.setObjectName(name)
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setIconSize(QSize(16, 16))
    return bar


def tool_button(name: str, text: str, tip: str) -> QToolButton:
    """A text tool button whose tooltip is also its accessible name."""
    button = QToolButton()
    button.setObjectName(name)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


class MapToolBar(QToolBar):
    """Map or Introduction Tree; a toggle per kind of line; zoom out, zoom in, Fit all; Export."""

    pageChosen = Signal(int)  # MAP_PAGE or TREE_PAGE
    kindsChanged = Signal()
    exportRequested = Signal(str)  # "png" or "svg"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_tool_bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.map_button = tool_button("map_show_graph", self.tr("Map"), self.tr("The network map"))
        self.tree_button = tool_button(
            "map_show_introductions",
            self.tr("Introduction Tree"),
            self.tr("The tree of who introduced you to whom"),
        )
        self.pages = QButtonGroup(self)
        for page, button in ((MAP_PAGE, self.map_button), (TREE_PAGE, self.tree_button)):
            button.setCheckable(True)
            self.pages.addButton(button, page)
            self.addWidget(button)
        self.map_button.setChecked(True)
        self.pages.idClicked.connect(self.pageChosen)
        self.addSeparator()

        self.lines_label = QLabel(self.tr("Lines:"))
        self.addWidget(self.lines_label)
        self.edge_buttons: dict[EdgeKind, QToolButton] = {}
        titles = {
            EdgeKind.RELATIONSHIP: self.tr("Relationships"),
            EdgeKind.INTRODUCTION: self.tr("Introductions"),
            EdgeKind.ORGANISATION: self.tr("Organisations"),
            EdgeKind.TOPIC: self.tr("Topics"),
        }
        for kind, title in titles.items():
            button = tool_button(
                f"map_edges_{kind.value}", title, self.tr("Show lines for %1").replace("%1", title)
            )
            button.setCheckable(True)
            button.setChecked(True)
            button.toggled.connect(self.kindsChanged)
            self.edge_buttons[kind] = button
            self.addWidget(button)
        self.addSeparator()

        self.zoom_out_button = tool_button(
            "map_zoom_out", "\N{MINUS SIGN}", self.tr("Zoom out (-)")
        )
        self.zoom_in_button = tool_button("map_zoom_in", "+", self.tr("Zoom in (+)"))
        self.fit_button = tool_button(
            "map_fit_button", self.tr("Fit all"), self.tr("Show the whole map (F)")
        )
        self.export_button = tool_button(
            "map_export_button", self.tr("Export"), self.tr("Save the view as an image")
        )
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("As PNG Image…"), lambda: self.exportRequested.emit("png"))
        menu.addAction(self.tr("As SVG Drawing…"), lambda: self.exportRequested.emit("svg"))
        self.export_button.setMenu(menu)
        for button in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.export_button,
        ):
            self.addWidget(button)

    def shown_kinds(self) -> dict[EdgeKind, bool]:
        """Whether each kind of line is switched on."""
        return {kind: button.isChecked() for kind, button in self.edge_buttons.items()}

    def set_map_tools_enabled(self, enabled: bool) -> None:
        """Enable the tools that act on the map (not the page buttons)."""
        for widget in (
            self.lines_label,
            *self.edge_buttons.values(),
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.export_button,
        ):
            widget.setEnabled(enabled)
