"""A quiet bar under the notes: what looks like a patient identifier, and a way to redact it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from networkjournal.store.patient_guard import (
    REDACTED,
    Finding,
    IdentifierKind,
    Strictness,
    find_identifiers,
)
from networkjournal.ui.formatting import plain_tooltip

SETTING = "privacy/patient_guard"  # off / normal / strict; the settings dialog arrives later
CHECK_DELAY_MS = 400


def strictness_setting(settings: QSettings | None) -> Strictness:
    """Return how strict the guard is by the user's settings (normal when unset)."""
    if settings is None:
        return Strictness.NORMAL
    return Strictness.from_setting(settings.value(SETTING, Strictness.NORMAL.value))


class PatientWarningBar(QFrame):
    """Warns, without stopping anyone, when notes seem to identify a patient.

    It checks the editor's text a moment after typing stops. "Redact" replaces
    what was found with ``[redacted]`` as one undo step of the editor; "Not a
    patient" hides the bar until something new turns up.
    """

    findingsChanged = Signal()

    def __init__(
        self, editor: QPlainTextEdit, strictness: Strictness, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patient_warning_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.setForegroundRole(self.palette().ColorRole.ToolTipText)
        self._editor = editor
        self._strictness = strictness
        self._findings: list[Finding] = []
        self._dismissed: set[tuple[IdentifierKind, str]] = set()
        self.label = QLabel()
        self.label.setObjectName("patient_warning_label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.redact_button = QPushButton(self.tr("Re&dact"))
        self.redact_button.setObjectName("patient_redact_button")
        self.redact_button.setAutoDefault(False)
        self.redact_button.clicked.connect(self.redact)
        self.dismiss_button = QPushButton(self.tr("Not a patient"))
        self.dismiss_button.setObjectName("patient_dismiss_button")
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.redact_button)
        layout.addWidget(self.dismiss_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        editor.textChanged.connect(self._timer.start)
        self.hide()

    def findings(self) -> list[Finding]:
        """What the bar is warning about now."""
        return list(self._findings)

    @Slot()
    def check(self) -> None:
        """Look at the notes now; show the bar if something identifying is in them."""
        self._timer.stop()
        found = find_identifiers(self._editor.toPlainText(), self._strictness)
        self._findings = [f for f in found if (f.kind, f.text) not in self._dismissed]
        if self._findings:
            self.label.setText(self._message())
            self.setToolTip(plain_tooltip("\n".join(f"{f.text}: {f.why}" for f in self._findings)))
        self.setVisible(bool(self._findings))
        self.findingsChanged.emit()

    def _message(self) -> str:
        kinds = {
            IdentifierKind.NHS_NUMBER: self.tr("an NHS number"),
            IdentifierKind.HOSPITAL_NUMBER: self.tr("a hospital number"),
            IdentifierKind.DATE_OF_BIRTH: self.tr("a date of birth"),
            IdentifierKind.POSTCODE: self.tr("a patient's postcode"),
        }
        if len(self._findings) == 1:
            finding = self._findings[0]
            return (
                self.tr("This looks like %1: %2")
                .replace("%1", kinds[finding.kind])
                .replace("%2", finding.text)
            )
        parts = ", ".join(f"{kinds[f.kind]} ({f.text})" for f in self._findings)
        return self.tr("This looks like patient details: %1").replace("%1", parts)

    @Slot()
    def redact(self) -> None:
        """Replace everything found with ``[redacted]``, as one step Ctrl+Z takes back."""
        self.check()  # the text may have changed since the last look
        text = self._editor.toPlainText()
        cursor = QTextCursor(self._editor.document())
        cursor.beginEditBlock()
        for finding in reversed(self._findings):
            cursor.setPosition(_qt_position(text, finding.start))
            cursor.setPosition(_qt_position(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(REDACTED)
        cursor.endEditBlock()
        self.check()

    @Slot()
    def dismiss(self) -> None:
        """The user says these are not about a patient: stop warning about them."""
        self._dismissed.update((f.kind, f.text) for f in self._findings)
        self._findings = []
        self.hide()
        self.findingsChanged.emit()


def _qt_position(text: str, index: int) -> int:
    """Where Python's ``text[index]`` is in a QTextDocument, which counts UTF-16 units."""
    return len(text[:index].encode("utf-16-le")) // 2
