"""Merge two people by hand: choose which one to keep; everything of the other moves to them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store.journal import EntryFilter, entry_count
from networkjournal.store.people import get_person
from networkjournal.store.people_list import person_rows
from networkjournal.store.text import fold
from networkjournal.ui.formatting import format_date, relative_day, utc_to_local
from networkjournal.ui.widgets.field_message import style_field_message

CONTACTS_SHOWN = 2  # enough to tell two people of the same name apart


@dataclass(frozen=True)
class MergeCandidate:
    """One of the two people, as the dialog describes them."""

    id: int
    name: str
    headline: str
    networks: tuple[str, ...]
    contacts: tuple[str, ...]
    entries: int
    last_contact: dt.datetime | None
    added: dt.datetime


def merge_candidate(person_id: int) -> MergeCandidate:
    """Read what tells this person apart from the journal."""
    row = person_rows([person_id])[person_id]
    data = get_person(person_id)
    return MergeCandidate(
        id=person_id,
        name=row.name,
        headline=row.headline,
        networks=tuple(name for name, _colour in row.networks),
        contacts=tuple(contact.value for contact in data.contacts[:CONTACTS_SHOWN]),
        entries=entry_count(EntryFilter(person_id=person_id)),
        last_contact=row.last_contact,
        added=row.added,
    )


class MergePeopleDialog(QDialog):
    """Two people who are one: which to keep, and a plain sentence of what merging does.

    The one with more entries is offered as the one to keep (the older one when
    they have as many), since that is usually the one the user has been writing about.
    """

    def __init__(self, first: int, second: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if first == second:
            raise ValueError("a person cannot be merged with themselves")
        self.setObjectName("merge_people_dialog")
        self.setWindowTitle(self.tr("Merge people"))
        self._people = (merge_candidate(first), merge_candidate(second))
        intro = QLabel(self.tr("Are these two the same person? Choose the one to keep."))
        intro.setObjectName("merge_intro_label")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self._group = QButtonGroup(self)
        cards = QHBoxLayout()
        self._cards: list[_PersonCard] = []
        for position, person in enumerate(self._people):
            card = _PersonCard(person, position, self)
            self._group.addButton(card.radio, position)
            cards.addWidget(card, 1)
            self._cards.append(card)
        self.explanation = QLabel()
        self.explanation.setObjectName("merge_explanation_label")
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.explanation.setMinimumHeight(self.explanation.fontMetrics().lineSpacing() * 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancel_button")
        self.merge_button = buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("merge_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(cards)
        layout.addSpacing(4)
        layout.addWidget(self.explanation)
        layout.addWidget(buttons)
        self.merge_button.setDefault(True)  # once in the dialog, so the dialog knows it
        self._group.idToggled.connect(self._chosen)
        keep = 0 if self._rank(self._people[0]) >= self._rank(self._people[1]) else 1
        self._cards[keep].radio.setChecked(True)
        self._chosen()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())
        self._cards[keep].radio.setFocus(Qt.FocusReason.OtherFocusReason)

    def keep_id(self) -> int:
        """The person who stays, with everything of the other."""
        return self._people[self._kept()].id

    def other_id(self) -> int:
        """The person whose entries, facts and links move to the kept one; then removed."""
        return self._people[1 - self._kept()].id

    def candidates(self) -> tuple[MergeCandidate, MergeCandidate]:
        """The two people, in the order given."""
        return self._people

    def _kept(self) -> int:
        return max(self._group.checkedId(), 0)

    @staticmethod
    def _rank(person: MergeCandidate) -> tuple[int, int]:
        return (person.entries, -person.id)

    def _same_names(self) -> bool:
        return fold(self._people[0].name) == fold(self._people[1].name)

    @Slot()
    def _chosen(self) -> None:
        kept = self._people[self._kept()]
        other = self._people[1 - self._kept()]
        if self._same_names():
            text = self.tr(
                "Everything recorded about the other “%1” — entries, facts, relationships, "
                "memberships, topics, tags and contact details — moves to the one you keep, "
                "which also takes any details it lacks. The other is then removed. "
                "Edit ▸ Undo brings both back as they were."
            ).replace("%1", kept.name)
        else:
            text = (
                self.tr(
                    "Everything recorded about “%1” — entries, facts, relationships, "
                    "memberships, topics, tags and contact details — moves to “%2”, who also "
                    "takes any details they lack. “%1” is then removed. "
                    "Edit ▸ Undo brings both back as they were."
                )
                .replace("%1", other.name)
                .replace("%2", kept.name)
            )
        self.explanation.setText(text)
        for position, card in enumerate(self._cards):
            card.set_kept(position == self._kept())


class _PersonCard(QFrame):
    """One of the two people: a radio button with their name, and what tells them apart."""

    def __init__(self, person: MergeCandidate, position: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"merge_person_card_{position}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.radio = QRadioButton(self.tr("Keep %1").replace("%1", person.name))
        self.radio.setObjectName(f"merge_keep_radio_{position}")
        font = self.radio.font()
        font.setBold(True)
        self.radio.setFont(font)
        self.status = QLabel()
        self.status.setObjectName(f"merge_person_status_{position}")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        style_field_message(self.status, error=False)
        details = self._details(person)
        layout = QVBoxLayout(self)
        layout.addWidget(self.radio)
        style = self.radio.style()
        indent = style.pixelMetric(style.PixelMetric.PM_ExclusiveIndicatorWidth)
        for line in details:
            label = QLabel(line)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setContentsMargins(indent + 6, 0, 0, 0)
            layout.addWidget(label)
        self.status.setContentsMargins(indent + 6, 4, 0, 0)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.radio.setAccessibleDescription("\n".join(details))

    def _details(self, person: MergeCandidate) -> list[str]:
        lines = [person.headline or self.tr("No role noted")]
        if person.networks:
            lines.append(" · ".join(person.networks))
        lines.extend(person.contacts)
        count = person.entries
        entries = self.tr("%n entry", "", count) if count == 1 else self.tr("%n entries", "", count)
        if person.last_contact is not None:
            last = relative_day(person.last_contact)
            entries = self.tr("%1, the last %2").replace("%1", entries).replace("%2", last)
        lines.append(entries)
        added = format_date(utc_to_local(person.added).date())
        lines.append(self.tr("Added %1").replace("%1", added))
        return lines

    def set_kept(self, kept: bool) -> None:
        """Say what happens to this person."""
        self.status.setText(
            self.tr("Stays, with everything of the other")
            if kept
            else self.tr("Moves into the other, then removed")
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click anywhere on the card chooses it."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.radio.setChecked(True)
            self.radio.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)
