"""Markdown notes shown safely (raw HTML as text, no images or files loaded, links confirmed),
and an editor for them with a live preview."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QImage, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtGui import QTextFormat as Fmt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

# Addresses a note may hand to the desktop; anything else (file:, a program's own scheme)
# could open or run something on this computer.
OPENABLE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

PREVIEW_DELAY_MS = 150

MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class MarkdownView(QTextBrowser):
    """Read-only Markdown: HTML stays literal text, images become links, links ask first."""

    linkActivated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None, confirm_links: bool = True) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.linkActivated)
        if confirm_links:
            self.linkActivated.connect(self._confirm_and_open)

    def set_markdown(self, text: str) -> None:
        """Show ``text`` rendered as Markdown (GitHub dialect, raw HTML as text)."""
        self.document().setMarkdown(text, MARKDOWN_FEATURES)
        _images_to_links(self.document())

    def loadResource(self, kind: int, name: QUrl) -> object:
        """Load nothing, ever: notes never read images, style sheets or files.

        Returning None is not enough: QTextDocument then reads a file: or relative
        address from disk itself. An empty image is an answer that stops it.
        """
        return QImage()

    @Slot(QUrl)
    def _confirm_and_open(self, url: QUrl) -> None:
        open_link_after_confirming(self, url)


class MarkdownEdit(QWidget):
    """Markdown typed on the left and shown on the right; narrow, a Write/Preview toggle."""

    textChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.preview = MarkdownView(self)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.write_toggle = self._toggle(self.tr("W&rite"))
        self.preview_toggle = self._toggle(self.tr("Pre&view"))
        self.write_toggle.setChecked(True)
        self.write_toggle.toggled.connect(self._show_write_or_preview)
        self.preview_toggle.toggled.connect(lambda on: self.write_toggle.setChecked(not on))
        self.write_toggle.toggled.connect(lambda on: self.preview_toggle.setChecked(not on))
        self._narrow = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._update_preview)
        self.editor.textChanged.connect(self._timer.start)
        self.editor.textChanged.connect(self.textChanged)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.preview, 1)
        # No focus proxy: Qt would make this widget a Tab stop of its own, wherever it
        # happens to sit in the window's focus chain.

    def text(self) -> str:
        """Return the Markdown as typed."""
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the Markdown and its preview (not undoable)."""
        self.editor.setPlainText(text)
        self._update_preview()

    def set_narrow(self, narrow: bool) -> None:
        """Show the toggle and one side at a time when ``narrow``, else both side by side."""
        self._narrow = narrow
        self.write_toggle.setVisible(narrow)
        self.preview_toggle.setVisible(narrow)
        self._show_write_or_preview(self.write_toggle.isChecked() or not narrow)

    @Slot(bool)
    def _show_write_or_preview(self, write: bool) -> None:
        self.editor.setVisible(write or not self._narrow)
        self.preview.setVisible(not write or not self._narrow)
        if self._narrow and self.isVisible():
            (self.editor if write else self.preview).setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _update_preview(self) -> None:
        self.preview.set_markdown(self.editor.toPlainText())

    def _toggle(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt and the underlined letter
        button.hide()
        return button


def _images_to_links(document: QTextDocument) -> None:
    """Replace every image with its alt text (or address) as a link to it."""
    images: list[tuple[int, str, str]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat():
                image = char_format.toImageFormat()
                alt = str(image.property(Fmt.Property.ImageAltText) or "")
                for offset in range(fragment.length()):
                    images.append((fragment.position() + offset, image.name(), alt))
            it += 1
        block = block.next()
    for position, name, alt in reversed(images):
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        link = QTextCharFormat()
        link.setAnchor(True)
        link.setAnchorHref(name)
        link.setFontItalic(True)
        link.setFontUnderline(True)
        cursor.insertText(f"[{alt or name}]", link)


def open_link_after_confirming(parent: QWidget | None, url: QUrl) -> bool:
    """Show the whole address and open it in the browser only if the user says Yes."""
    address = url.toString()
    box = QMessageBox(parent)
    box.setObjectName("open_link_box")
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(box.tr("Open link"))
    openable = url.scheme().lower() in OPENABLE_SCHEMES
    if openable:
        box.setText(box.tr("Open this address in your browser?"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
    else:
        box.setText(box.tr("This address cannot be opened from a note."))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setInformativeText(address)
    # The informative text is a separate label that setTextFormat does not reach.
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    if openable and box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
        return QDesktopServices.openUrl(url)
    return False
