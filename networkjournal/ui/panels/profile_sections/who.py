"""Who they are: how you met, who introduced you, networks, organisations, tags, contacts."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from networkjournal.store.contacts import contact_url
from networkjournal.store.networks import list_networks
from networkjournal.store.people import PersonData
from networkjournal.ui.panels.profile_sections.base import ProfileContext, Section
from networkjournal.ui.panels.profile_sections.flow_layout import FlowLayout
from networkjournal.ui.panels.profile_sections.introductions import (
    IntroducedBy,
    IntroducedPeople,
)
from networkjournal.ui.panels.profile_sections.met import MetBlock
from networkjournal.ui.panels.profile_sections.organisations import Organisations
from networkjournal.ui.panels.profile_sections.tags import Tags
from networkjournal.ui.panels.profile_sections.widgets import (
    LinkButton,
    caption,
    plain_label,
    plain_tooltip,
)

# store.contacts.CONTACT_KINDS, marked for lupdate in the context Contacts' self.tr()
# uses (the store may not import Qt; a test keeps the two tables the same).
_KIND_LABELS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("Contacts", "Email"),
    "phone": QT_TRANSLATE_NOOP("Contacts", "Phone"),
    "linkedin": QT_TRANSLATE_NOOP("Contacts", "LinkedIn"),
    "x": QT_TRANSLATE_NOOP("Contacts", "X (Twitter)"),
    "instagram": QT_TRANSLATE_NOOP("Contacts", "Instagram"),
    "whatsapp": QT_TRANSLATE_NOOP("Contacts", "WhatsApp"),
    "website": QT_TRANSLATE_NOOP("Contacts", "Website"),
    "other": QT_TRANSLATE_NOOP("Contacts", "Other"),
}


class Contacts(QWidget):
    """Each way to reach someone as a link that opens it (mail, phone, profile)."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.flow = FlowLayout(self, spacing=2)
        self.buttons: list[LinkButton] = []

    def load(self, data: PersonData) -> bool:
        """Show ``data``'s contact methods; return whether there are any."""
        for button in self.buttons:
            button.hide()
            self.flow.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for index, contact in enumerate(data.contacts):
            kind = contact.label or self.tr(_KIND_LABELS.get(contact.kind, contact.kind))
            shown = re.sub(r"^https?://(www\.)?", "", contact.value).rstrip("/")
            button = LinkButton(f"{kind}: {shown}", f"contact_button_{index}")
            url = contact_url(contact.kind, contact.value)
            button.setEnabled(url is not None)
            if url is not None:
                button.setToolTip(plain_tooltip(self.tr("Open %1").replace("%1", url)))
                button.clicked.connect(lambda _=False, url=url: self.context.urlRequested.emit(url))
            self.flow.addWidget(button)
            self.buttons.append(button)
        return bool(self.buttons)


class WhoSection(Section):
    """Question 1, "Who they are": how you came to know them, where they belong, how to reach."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(
            "section_who",
            self.tr("Who they are"),
            self.tr("Nothing yet — say how you met, or add an organisation or tag below."),
            parent,
        )
        self.context = context
        self.met = MetBlock(context)
        self.introduced_by = IntroducedBy(context)
        self.introduced = IntroducedPeople(context)
        self.networks = plain_label("person_networks_label")
        self.organisations = Organisations(context)
        self.tags = Tags(context)
        self.contacts = Contacts(context)
        # A grid, not a QFormLayout: the form layout does not ask its fields for their
        # height at a width, so wrapped text and chips would be cut short.
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, label, widget in (
            ("met", self.tr("Met"), self.met),
            ("introduced_by", self.tr("Introduced by"), self.introduced_by),
            ("introduced", self.tr("Introduced you to"), self.introduced),
            ("networks", self.tr("Networks"), self.networks),
            ("organisations", self.tr("Organisations"), self.organisations),
            ("tags", self.tr("Tags"), self.tags),
            ("contacts", self.tr("Contact"), self.contacts),
        ):
            title = caption(label)
            title.setBuddy(widget)
            row = len(self._rows)
            self.grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(widget, row, 1)
            self._rows[key] = (title, widget)
        self.body_layout.addLayout(self.grid)

    def load(self, person_id: int, data: PersonData) -> None:
        self.person_id = person_id
        editable = self.context.editable
        self.met.load(person_id, data)
        shown = {
            "met": self.met.has_content(),
            "introduced_by": self.introduced_by.load(person_id),
            "introduced": self.introduced.load(person_id),
            "networks": self._load_networks(data),
            "organisations": self.organisations.load(person_id),
            "tags": self.tags.load(person_id),
            "contacts": self.contacts.load(data),
        }
        for key, (title, widget) in self._rows.items():
            offers_edit = editable and key in ("met", "organisations", "tags")
            title.setVisible(shown[key] or offers_edit)
            widget.setVisible(shown[key] or offers_edit)
        self.set_empty(not any(shown.values()))

    def _load_networks(self, data: PersonData) -> bool:
        names = {n.id: n.name for n in list_networks()}
        roles = [
            f"{names[link.network_id]} ({link.role})" if link.role else names[link.network_id]
            for link in data.networks
            if link.network_id in names
        ]
        self.networks.setText(" · ".join(roles))
        return bool(roles)
