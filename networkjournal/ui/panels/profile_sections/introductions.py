"""Who introduced you to someone (and who introduced them), and whom they introduced you to."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from networkjournal.store import relationships
from networkjournal.ui.panels.profile_sections.base import ProfileContext
from networkjournal.ui.panels.profile_sections.flow_layout import FlowLayout
from networkjournal.ui.panels.profile_sections.widgets import LinkButton, plain_label


class IntroducedBy(QWidget):
    """The introducer as a link, and the chain of introductions back to someone you met."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.introducer_id: int | None = None
        self.button = LinkButton(name="introducer_button")
        self.button.clicked.connect(self._open_introducer)
        self.chain = plain_label("introduction_chain_label", muted=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.button)
        layout.addWidget(self.chain)

    def load(self, person_id: int) -> bool:
        """Show who introduced ``person_id``; return whether anybody did."""
        chain = relationships.introduction_chain(person_id)
        self.introducer_id = chain[0][0] if chain else None
        self.button.set_full_text(chain[0][1] if chain else "")
        names = [name for _pid, name in chain]
        # "via Sam Patel ← Ama Mensah ← you": said only when it adds to the link above.
        self.chain.setText(
            self.tr("via %1").replace("%1", " ← ".join([*names, self.tr("you")]))
            if len(chain) > 1
            else ""
        )
        self.chain.setVisible(len(chain) > 1)
        return bool(chain)

    def _open_introducer(self) -> None:
        if self.introducer_id is not None:
            self.context.personRequested.emit(self.introducer_id)


class IntroducedPeople(QWidget):
    """The people this person introduced you to, as links."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.flow = FlowLayout(self, spacing=2)
        self._buttons: list[LinkButton] = []

    def load(self, person_id: int) -> bool:
        """Show whom ``person_id`` introduced you to; return whether they introduced anyone."""
        for button in self._buttons:
            button.hide()
            self.flow.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for index, (pid, name) in enumerate(relationships.introduced_people(person_id)):
            button = LinkButton(name, f"introduced_button_{index}")
            button.clicked.connect(lambda _=False, pid=pid: self.context.personRequested.emit(pid))
            self.flow.addWidget(button)
            self._buttons.append(button)
        return bool(self._buttons)

    def names(self) -> list[str]:
        """Return the names shown, in order."""
        return [button.full_text() for button in self._buttons]
