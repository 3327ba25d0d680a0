"""Icons: the desktop theme's where it has one, else the project's own SVG (resources/icons)."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtGui import QIcon


@functools.cache
def resources_dir() -> Path:
    """Return the folder holding the program's resources, installed or in a source checkout."""
    try:
        from importlib.resources import files

        installed = Path(str(files("networkjournal.resources")))
        if (installed / "icons").is_dir():
            return installed
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "resources"


@functools.cache
def icon(name: str, theme_name: str | None = None) -> QIcon:
    """Return the theme icon ``theme_name`` if the desktop has one, else ``icons/<name>.svg``."""
    fallback = QIcon(str(resources_dir() / "icons" / f"{name}.svg"))
    if theme_name:
        return QIcon.fromTheme(theme_name, fallback)
    return fallback


def app_icon() -> QIcon:
    """Return the application's icon: the installed one (by its id) if any, else ours."""
    from networkjournal import APP_ID

    return icon("app", APP_ID)
