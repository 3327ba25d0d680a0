"""Drawing text with matched words in bold, from plain text with markers (never HTML)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter

from networkjournal.store.search import HIGHLIGHT_END, HIGHLIGHT_START


def segments(marked: str) -> list[tuple[str, bool]]:
    """Split marked text into (text, highlighted) pieces."""
    pieces: list[tuple[str, bool]] = []
    highlighted = False
    current = ""
    for char in marked:
        if char in (HIGHLIGHT_START, HIGHLIGHT_END):
            if current:
                pieces.append((current, highlighted))
            current = ""
            highlighted = char == HIGHLIGHT_START
        else:
            current += char
    if current:
        pieces.append((current, highlighted))
    return pieces


def plain(marked: str) -> str:
    """Return marked text without its markers."""
    return marked.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


def draw_highlighted(painter: QPainter, rect: QRect, marked: str, font: QFont) -> None:
    """Draw ``marked`` on one line in ``rect``, highlighted pieces in bold, elided at the end."""
    bold = QFont(font)
    bold.setBold(True)
    x = rect.left()
    right = rect.right()
    ellipsis = "…"
    for text, highlighted in segments(marked):
        use = bold if highlighted else font
        metrics = QFontMetrics(use)
        painter.setFont(use)
        width = metrics.horizontalAdvance(text)
        if x + width > right:
            room = right - x
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, room))
            if (elided and elided != ellipsis) or room > metrics.horizontalAdvance(ellipsis):
                painter.drawText(
                    QRect(x, rect.top(), room, rect.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    elided or ellipsis,
                )
            break
        painter.drawText(
            QRect(x, rect.top(), width + 1, rect.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        x += width
    painter.setFont(font)
