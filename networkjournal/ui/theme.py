"""Light, dark, or as the system says: the application's colour scheme, applied live.

Qt 6.5+ lets a program ask the platform for a colour scheme
(``QStyleHints.setColorScheme``); where the platform follows (Windows 11,
macOS, KDE, GNOME), the native style and its palette stay and the title bars
follow too.  Where it does not (an older Qt, a plain X11 session, the
offscreen platform of the tests), the scheme is painted by hand: the Fusion
style with a light or dark palette of our own.  "System" gives everything
back: the style the program started with and the platform's own palette,
which then follows the system as it changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

FALLBACK_STYLE = "Fusion"


class Theme(StrEnum):
    """The colour scheme chosen in the Settings dialog (the setting ``appearance/theme``)."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    @classmethod
    def from_setting(cls, value: object) -> Theme:
        """Read a stored setting; anything unknown means following the system."""
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            return cls.SYSTEM


@dataclass(frozen=True)
class _Start:
    """What the application looked like before a theme was first applied."""

    style: str


_start: _Start | None = None


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` paints light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A calm dark palette for the Fusion style (text stays at AA contrast or better)."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    window, base, text = QColor("#2b2d30"), QColor("#1f2023"), QColor("#e6e6e6")
    muted, highlight, link = QColor("#8a8d92"), QColor("#3d6fb6"), QColor("#7cb4ff")
    palette = QPalette()
    for which, colour in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor("#26282b")),
        (role.ToolTipBase, QColor("#3a3d41")),
        (role.ToolTipText, text),
        (role.PlaceholderText, muted),
        (role.Text, text),
        (role.Button, QColor("#35373b")),
        (role.ButtonText, text),
        (role.BrightText, QColor("#ff6b6b")),
        (role.Light, QColor("#44474c")),
        (role.Midlight, QColor("#3a3d41")),
        (role.Mid, QColor("#2f3134")),
        (role.Dark, QColor("#18191b")),
        (role.Shadow, QColor("#0b0b0c")),
        (role.Highlight, highlight),
        (role.HighlightedText, QColor("#ffffff")),
        (role.Link, link),
        (role.LinkVisited, QColor("#b99cff")),
    ):
        palette.setColor(which, colour)
    for which in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        palette.setColor(group.Disabled, which, muted)
    palette.setColor(group.Disabled, role.Highlight, QColor("#4a4d52"))
    return palette


def light_palette() -> QPalette:
    """The Fusion style's own light palette."""
    style = QStyleFactory.create(FALLBACK_STYLE)
    return style.standardPalette()


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Paint ``app`` light, dark, or as the system does; takes effect at once."""
    global _start
    if _start is None:
        _start = _Start(style=app.style().name())
    hints = QGuiApplication.styleHints()
    can_ask = hasattr(hints, "setColorScheme")  # Qt 6.8 (requests), 6.5 reads it
    if theme is Theme.SYSTEM:
        if can_ask:
            hints.unsetColorScheme()
        _set_style(app, _start.style)
        app.setPalette(QPalette())  # an empty palette: the platform's, following the system
        return
    want_dark = theme is Theme.DARK
    if can_ask:
        hints.setColorScheme(Qt.ColorScheme.Dark if want_dark else Qt.ColorScheme.Light)
        _set_style(app, _start.style)
        app.setPalette(QPalette())
        if is_dark(app.palette()) == want_dark:
            return  # the platform followed: keep its native look
    # The platform cannot switch (or did not): paint it ourselves.
    _set_style(app, FALLBACK_STYLE)
    app.setPalette(dark_palette() if want_dark else light_palette())


def _set_style(app: QApplication, name: str) -> None:
    if app.style().name().lower() != name.lower():
        style = QStyleFactory.create(name)
        if style is not None:
            app.setStyle(style)
