"""The Markdown view: notes are shown without running HTML, loading files, or following links."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from networkjournal.ui.widgets.markdown_view import MARKDOWN_FEATURES, MarkdownView

IMAGE = QTextDocument.ResourceType.ImageResource


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    """A real 40 by 30 PNG that a careless view would read and show."""
    path = tmp_path / "secret.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#c62828"))
    assert image.save(str(path))
    return path


def shown(qtbot: QtBot, view: QTextBrowser) -> QTextBrowser:
    qtbot.addWidget(view)
    view.resize(420, 300)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # lays the document out and paints it: when images would be loaded
    return view


def loaded_size(view: QTextBrowser, url: QUrl) -> tuple[int, int]:
    resource = view.document().resource(IMAGE, url)
    size = resource.size() if hasattr(resource, "size") else None
    return (size.width(), size.height()) if size is not None else (0, 0)


def has_image(view: QTextBrowser) -> bool:
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                return True
            it += 1
        block = block.next()
    return False


def test_raw_html_is_shown_as_text_and_never_run(qtbot: QtBot) -> None:
    view = MarkdownView()
    shown(qtbot, view)
    view.set_markdown("Hello <img src=/etc/passwd> and <script>alert(1)</script> **bold**")
    text = view.toPlainText()
    assert "<img src=/etc/passwd>" in text
    assert "<script>alert(1)</script>" in text
    assert "bold" in text and "**" not in text


def test_a_plain_text_browser_would_read_the_file_so_the_next_test_can_fail(
    qtbot: QtBot, picture: Path
) -> None:
    # The control: Qt's own view reads a file: image from disk (even when loadResource is
    # overridden to return None), which is what MarkdownView must prevent.
    browser = QTextBrowser()
    browser.document().setMarkdown(f"![x]({QUrl.fromLocalFile(str(picture)).toString()})")
    shown(qtbot, browser)
    assert loaded_size(browser, QUrl.fromLocalFile(str(picture))) == (40, 30)


def test_images_in_notes_never_read_the_file(qtbot: QtBot, picture: Path) -> None:
    url = QUrl.fromLocalFile(str(picture))
    view = MarkdownView()
    shown(qtbot, view)
    view.set_markdown(f"![a scan]({url.toString()}) and ![plain]({picture}) and ![]({picture})")
    view.grab()
    assert not has_image(view)
    assert loaded_size(view, url) == (0, 0)
    assert loaded_size(view, QUrl(str(picture))) == (0, 0)
    # An image becomes a link to its address, under its alt text; Qt drops one without.
    assert view.toPlainText() == "[a scan] and [plain] and "


def test_load_resource_answers_nothing_for_any_address(picture: Path, qtbot: QtBot) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    for url in (QUrl.fromLocalFile(str(picture)), QUrl(str(picture)), QUrl("https://x.org/a")):
        resource = view.loadResource(int(IMAGE.value), url)
        assert isinstance(resource, QImage) and resource.isNull()


def answer_link_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Press ``button`` in the link question that is about to open, noting what it said."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.extend([box.text(), box.informativeText()])
        box.button(button).click()

    QTimer.singleShot(0, press)


def click_link(qtbot: QtBot, view: MarkdownView) -> None:
    """Click the middle of the first link in ``view``."""
    document = view.document()
    position = next(i for i in range(document.characterCount()) if _anchor_at(document, i + 1))
    cursor = QTextCursor(document)
    cursor.setPosition(position + 2)
    point = view.cursorRect(cursor).center()
    assert view.anchorAt(point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _anchor_at(document: QTextDocument, position: int) -> bool:
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    return cursor.charFormat().isAnchor()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Addresses handed to the desktop to open (none really are)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def test_a_clicked_link_opens_only_after_the_user_says_yes(
    qtbot: QtBot, opened: list[QUrl]
) -> None:
    view = MarkdownView()
    shown(qtbot, view)
    view.set_markdown("See [the audit guide](https://example.org/audit?x=1) today.")
    activated: list[QUrl] = []
    view.linkActivated.connect(activated.append)
    seen: list[str] = []
    answer_link_box(QMessageBox.StandardButton.No, seen)
    click_link(qtbot, view)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == ["Open this address in your browser?", "https://example.org/audit?x=1"]
    assert opened == []
    assert view.source().isEmpty()  # the view itself went nowhere
    answer_link_box(QMessageBox.StandardButton.Yes, seen)
    click_link(qtbot, view)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened == [QUrl("https://example.org/audit?x=1")]
    assert len(activated) == 2


def test_a_file_link_is_shown_but_cannot_be_opened(qtbot: QtBot, opened: list[QUrl]) -> None:
    view = MarkdownView()
    shown(qtbot, view)
    view.set_markdown("[notes](file:///etc/passwd)")
    seen: list[str] = []
    answer_link_box(QMessageBox.StandardButton.Ok, seen)
    click_link(qtbot, view)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == ["This address cannot be opened from a note.", "file:///etc/passwd"]
    assert opened == []


def test_the_view_can_leave_links_to_its_owner(qtbot: QtBot, opened: list[QUrl]) -> None:
    view = MarkdownView(confirm_links=False)
    shown(qtbot, view)
    view.set_markdown("[x](https://example.org)")
    with qtbot.waitSignal(view.linkActivated) as blocker:
        click_link(qtbot, view)
    assert blocker.args == [QUrl("https://example.org")]
    assert opened == []


def test_markdown_features_forbid_html() -> None:
    assert MARKDOWN_FEATURES & QTextDocument.MarkdownFeature.MarkdownNoHTML
