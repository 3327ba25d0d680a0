"""A person's photo, or their initials when there is none, with buttons to change it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from networkjournal.ui.dialogs.messages import show_error

PHOTO_SIZE = 96


class PhotoEdit(QWidget):
    """Show a photo kept byte for byte as chosen; "Choose photo…" and "Remove photo" change it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._photo: bytes | None = None
        self._name = ""
        self._view = QLabel(self)
        self._view.setObjectName("photo_view")
        self._view.setTextFormat(Qt.TextFormat.PlainText)
        self._view.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self._view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._view.setFrameShape(QFrame.Shape.StyledPanel)
        self._view.setAccessibleName(self.tr("Photo"))
        self._view.setAutoFillBackground(True)
        self._view.setBackgroundRole(QPalette.ColorRole.Midlight)
        initials = self._view.font()
        initials.setPointSizeF(initials.pointSizeF() * 2.4)
        self._view.setFont(initials)
        self.choose_button = _button("photo_button", self.tr("C&hoose photo…"), self)
        self.choose_button.clicked.connect(self._choose_photo)
        self.remove_button = _button("remove_photo_button", self.tr("Remo&ve photo"), self)
        self.remove_button.clicked.connect(self._clear_photo)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self._box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(self._view, 0, Qt.AlignmentFlag.AlignHCenter)
        self._box.addLayout(buttons)
        self._box.addStretch(1)
        self.set_photo(None)

    def photo(self) -> bytes | None:
        """Return the photo exactly as it was read from its file, or None."""
        return self._photo

    def set_photo(self, photo: bytes | None) -> None:
        """Keep ``photo`` exactly as given and show it, or the initials; does not emit changed."""
        self._photo = photo
        self.remove_button.setEnabled(photo is not None)
        pixmap = QPixmap()
        if photo is not None and pixmap.loadFromData(photo):
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(
                QSize(PHOTO_SIZE, PHOTO_SIZE) * ratio,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            self._view.setPixmap(scaled)
        elif photo is not None:
            self._view.setText(self.tr("Photo"))
        else:
            self._view.setText("".join(word[0] for word in self._name.split()[:2]).upper())

    def set_initials_from(self, name: str) -> None:
        """Take the initials to show when there is no photo from ``name``."""
        self._name = name
        if self._photo is None:
            self.set_photo(None)

    def set_narrow(self, narrow: bool) -> None:
        """Put the buttons beside the photo when narrow, under it otherwise."""
        direction = QBoxLayout.Direction
        self._box.setDirection(direction.LeftToRight if narrow else direction.TopToBottom)

    @Slot()
    def _choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose photo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)"),
        )
        if not path:
            return
        try:
            photo = Path(path).read_bytes()
        except OSError as exc:
            problem = self.tr("Could not read %1: %2").replace("%1", path)
            problem = problem.replace("%2", exc.strerror or str(exc))
        else:
            if not QImage.fromData(photo).isNull():
                self.set_photo(photo)
                self.changed.emit()
                return
            problem = self.tr("%1 is not a picture this program can show.").replace("%1", path)
        show_error(self, self.tr("Photo not changed"), problem)

    @Slot()
    def _clear_photo(self) -> None:
        self.set_photo(None)
        self.changed.emit()


def _button(name: str, text: str, parent: QWidget) -> QPushButton:
    """Return a button that Return in the dialog does not press."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button
