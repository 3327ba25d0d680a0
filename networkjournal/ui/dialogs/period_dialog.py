"""Ask how often to keep in touch with one person or several; the caller saves it (through undo)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from networkjournal.ui.dialogs.form_dialog import buddy, form_layout
from networkjournal.ui.widgets.period_edit import PeriodEdit


class PeriodDialog(QDialog):
    """Keep in touch every so many days, weeks or months, or as their networks say."""

    def __init__(
        self,
        names: Sequence[str],
        days: int | None,
        default_text: str,
        parent: QWidget | None = None,
    ) -> None:
        """Open for the people called ``names``, showing ``days`` (None: the network default).

        ``default_text`` says what the network default gives them, e.g. "Network
        default: every 2 months (Social)".
        """
        super().__init__(parent)
        self.setObjectName("period_dialog")
        self.setWindowTitle(self.tr("Keep in Touch Every"))
        self._who = QLabel(self._who_text(names))
        self._who.setObjectName("period_who_label")
        self._who.setTextFormat(Qt.TextFormat.PlainText)
        self._who.setWordWrap(True)
        self._period = PeriodEdit(self.tr("Network default"))
        self._period.setObjectName("period_edit")
        self._period.setAccessibleName(self.tr("Keep in touch every"))
        self._period.setDays(days)
        self._default = QLabel(default_text)
        self._default.setObjectName("period_default_label")
        self._default.setTextFormat(Qt.TextFormat.PlainText)
        self._default.setWordWrap(True)
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel, self)
        ok = self.buttons.button(buttons.Ok)
        ok.setObjectName("ok_button")
        ok.setDefault(True)
        self.buttons.button(buttons.Cancel).setObjectName("cancel_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = form_layout()
        form.addRow(buddy(self.tr("Keep in touch &every:"), self._period), self._period)
        form.addRow("", self._default)
        layout = QVBoxLayout(self)
        layout.addWidget(self._who)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for first, second in pairwise([*self._period.focus_chain(), *self.buttons.buttons()]):
            QWidget.setTabOrder(first, second)
        self.resize(420, self.sizeHint().height())
        self._period.setFocus(Qt.FocusReason.OtherFocusReason)
        self._period.selectAll()  # typing a number replaces what is there

    def days(self) -> int | None:
        """Return the period chosen in days, or None for the network default."""
        return self._period.days()

    def _who_text(self, names: Sequence[str]) -> str:
        if len(names) == 1:
            return self.tr("How often to be in touch with %1:").replace("%1", names[0])
        return self.tr("How often to be in touch with each of these %n people:", "", len(names))
