"""The main toolbar: the actions of ``actions.TOOLBAR``, then the people search field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QToolBar, QWidget

from networkjournal.ui.actions import build_toolbar
from networkjournal.ui.icons import icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def make_search_field() -> QLineEdit:
    """The field that searches the people table as one types (``search_field``)."""
    field = QLineEdit()
    field.setObjectName("search_field")
    field.setAccessibleName(_tr("Search people"))
    field.setPlaceholderText(_tr("Search people  (Ctrl+F)"))
    field.setClearButtonEnabled(True)
    field.addAction(icon("search", "edit-find"), QLineEdit.ActionPosition.LeadingPosition)
    field.setMinimumWidth(160)
    field.setMaximumWidth(360)
    return field


def make_toolbar(actions: dict[str, QAction], search_field: QLineEdit) -> QToolBar:
    """The toolbar (``main_toolbar``), with the search field at its right end."""
    toolbar = QToolBar(_tr("Main toolbar"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    build_toolbar(toolbar, actions)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(search_field)
    return toolbar
