"""The form for adding or editing a person; the caller saves what it returns."""

from __future__ import annotations

import dataclasses
from itertools import pairwise

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QIcon, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store.networks import NetworkInfo
from networkjournal.store.people import KNOWS_ME_LEVELS, PersonData, validate_person
from networkjournal.ui.widgets.contact_methods_editor import ContactMethodsEditor
from networkjournal.ui.widgets.field_message import message_label, show_message
from networkjournal.ui.widgets.network_roles_editor import NetworkRolesEditor
from networkjournal.ui.widgets.partial_date_edit import PartialDateEdit
from networkjournal.ui.widgets.period_edit import PeriodEdit
from networkjournal.ui.widgets.person_picker import PersonPicker
from networkjournal.ui.widgets.photo_edit import PhotoEdit

NARROW_WIDTH = 600  # below this the photo goes under the names


class PersonEditor(QDialog):
    """Add or edit a person: names, photo, how you met, closeness, networks, contacts, notes."""

    def __init__(
        self,
        networks: list[NetworkInfo],
        people: dict[int, str],
        data: PersonData | None = None,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person_editor")
        self._original_name = data.name_for_display() if data is not None else ""
        if data is None:
            self.setWindowTitle(self.tr("New person"))
        else:
            self.setWindowTitle(self.tr("Edit %1").replace("%1", self._original_name))
        self._loading = True
        self._name_touched = False
        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("person_tabs")
        self._tabs.addTab(self._who_tab(), self.tr("Who"))
        self._tabs.addTab(self._meeting_tab(people, person_id), self.tr("How we met"))
        self._tabs.addTab(self._contact_tab(), self.tr("Contact"))
        self._tabs.addTab(self._networks_tab(networks), self.tr("Networks"))
        self._tabs.addTab(self._notes_tab(), self.tr("Notes"))
        buttons = QDialogButtonBox.StandardButton
        self._buttons = QDialogButtonBox(buttons.Save | buttons.Cancel, self)
        self._save_button = self._buttons.button(buttons.Save)
        self._save_button.setObjectName("save_button")
        self._save_button.setDefault(True)
        self._buttons.button(buttons.Cancel).setObjectName("cancel_button")
        self._buttons.accepted.connect(self._save)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._tabs, 1)
        layout.addWidget(self._buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save)
        self._connect_changes()
        self._load(data or PersonData())
        self._loading = False
        self._initial_state = self._form_state()
        self._refresh()
        self._update_tab_order()
        self.resize(640, 520)
        self._given.setFocus(Qt.FocusReason.OtherFocusReason)

    def person_data(self) -> PersonData:
        """Return the form's data cleaned by ``validate_person``; raises ValidationError."""
        return validate_person(self._raw_data())

    def is_modified(self) -> bool:
        """Whether anything differs from what the dialog opened with."""
        return self._form_state() != self._initial_state

    # --- building ---------------------------------------------------------------------

    def _who_tab(self) -> QWidget:
        self._given = _line("given_name_edit")
        self._family = _line("family_name_edit")
        self._display = _line("display_name_edit")
        self._nickname = _line("nickname_edit")
        self._pronouns = _line("pronouns_edit", self.tr("e.g. she/her"))
        self._headline = _line("headline_edit", self.tr("e.g. Anatomy demonstrator, FY2 doctor"))
        self._birthday = _date_edit("birthday_edit")
        # The form's label names the composite; its line edit, which takes the focus, needs one.
        self._birthday.setAccessibleName(self.tr("Birthday"))
        self._name_message = message_label("name_message")
        form = _form()
        form.addRow(self.tr("&Given name:"), self._given)
        form.addRow("", self._name_message)
        form.addRow(self.tr("&Family name:"), self._family)
        form.addRow(self.tr("&Display name:"), self._display)
        form.addRow(self.tr("&Nickname:"), self._nickname)
        form.addRow(self.tr("&Pronouns:"), self._pronouns)
        form.addRow(self.tr("&Role or headline:"), self._headline)
        form.addRow(self.tr("&Birthday:"), self._birthday)

        self._photo = PhotoEdit()
        names = QVBoxLayout()
        names.addLayout(form)
        names.addStretch(1)
        self._who_box = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._who_box.addLayout(names, 1)
        self._who_box.addSpacing(12)
        self._who_box.addWidget(self._photo)
        return _page(self._who_box)

    def _meeting_tab(self, people: dict[int, str], person_id: int | None) -> QWidget:
        self._met_on = _date_edit("met_on_edit")
        self._met_on.setAccessibleName(self.tr("Met on"))
        self._met_at = _line("met_at_edit", self.tr("e.g. Freshers' fair, anatomy lab"))
        self._how_met = _text("how_met_edit", lines=3)
        self._introduced = PersonPicker(people, exclude_id=person_id)
        self._introduced.setObjectName("introduced_by_combo")
        self._introduced_message = message_label("introduced_by_message")
        self._closeness = _combo(
            "closeness_combo",
            [self.tr("Not set"), self.tr("1 (distant)"), "2", "3", "4", self.tr("5 (very close)")],
            [None, 1, 2, 3, 4, 5],
        )
        levels = [self.tr("Not yet"), self.tr("By name"), self.tr("As an acquaintance")]
        levels.append(self.tr("Well"))
        self._knows_me = _combo("knows_me_combo", levels, list(range(len(KNOWS_ME_LEVELS))))
        form = _form()
        form.addRow(self.tr("Met &on:"), self._met_on)
        form.addRow(self.tr("Met &at:"), self._met_at)
        form.addRow(self.tr("&How we met:"), self._how_met)
        form.addRow(self.tr("&Introduced by:"), self._introduced)
        form.addRow("", self._introduced_message)
        form.addRow(self.tr("C&loseness:"), self._closeness)
        form.addRow(self.tr("They &know me:"), self._knows_me)
        return _page(form)

    def _contact_tab(self) -> QWidget:
        self._contacts = ContactMethodsEditor()
        self._contacts.setObjectName("contact_methods_editor")
        self._contacts.rowsChanged.connect(self._update_tab_order)
        return _scrolling(self._contacts)

    def _networks_tab(self, networks: list[NetworkInfo]) -> QWidget:
        self._networks = NetworkRolesEditor(networks)
        self._networks.setObjectName("network_roles_editor")
        self._keep_in_touch = PeriodEdit(self.tr("Network default"))
        self._keep_in_touch.setObjectName("keep_in_touch_edit")
        self._keep_in_touch.setAccessibleName(self.tr("Keep in touch every"))
        form = _form()
        form.addRow(self.tr("Keep in touch &every:"), self._keep_in_touch)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_scrolling(self._networks), 1)
        layout.addLayout(form)
        return page

    def _notes_tab(self) -> QWidget:
        self._notes = _text("notes_edit")
        self._notes.setPlaceholderText(self.tr("Anything worth remembering about them."))
        self._referee = QCheckBox(self.tr("Could give me a &reference"))
        self._referee.setObjectName("referee_check")
        self._referee_note = _text("referee_note_edit")
        self._referee_note.setPlaceholderText(
            self.tr("What they have seen me do, what a reference from them could speak to.")
        )
        self._referee_note.setAccessibleName(self.tr("What a reference from them could cover"))
        self._referee_note.setEnabled(False)
        self._referee.toggled.connect(self._referee_note.setEnabled)
        notes_label = QLabel(self.tr("&Notes:"))
        notes_label.setBuddy(self._notes)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(notes_label)
        layout.addWidget(self._notes, 2)
        layout.addSpacing(6)
        layout.addWidget(self._referee)
        layout.addWidget(self._referee_note, 1)
        return page

    def _connect_changes(self) -> None:
        for edit in (self._given, self._family, self._nickname, self._display):
            edit.textChanged.connect(self._name_edited)
        for line in (self._pronouns, self._headline, self._met_at):
            line.textChanged.connect(self._refresh)
        for text in (self._how_met, self._notes, self._referee_note):
            text.textChanged.connect(self._refresh)
        for date in (self._birthday, self._met_on):
            date.dateChanged.connect(self._refresh)
        self._introduced.editTextChanged.connect(self._refresh)
        for combo in (self._introduced, self._closeness, self._knows_me):
            combo.currentIndexChanged.connect(self._refresh)
        self._keep_in_touch.changed.connect(self._refresh)
        self._referee.toggled.connect(self._refresh)
        self._contacts.changed.connect(self._refresh)
        self._photo.changed.connect(self._refresh)
        self._networks.changed.connect(self._refresh)

    @Slot()
    def _update_tab_order(self) -> None:
        """Tab follows the visual order, contact rows added later included."""
        chain: list[QWidget] = [
            *(self._given, self._family, self._display, self._nickname, self._pronouns),
            *(self._headline, self._birthday.lineEdit(), self._photo.choose_button),
            *(self._photo.remove_button, self._met_on.lineEdit(), self._met_at, self._how_met),
            *(self._introduced, self._closeness, self._knows_me, *self._contacts.focus_chain()),
            *(*self._networks.focus_chain(), *self._keep_in_touch.focus_chain()),
            *(self._notes, self._referee, self._referee_note, *self._buttons.buttons()),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- loading and reading ------------------------------------------------------------

    def _load(self, data: PersonData) -> None:
        self._given.setText(data.given_name)
        self._family.setText(data.family_name)
        derived = dataclasses.replace(data, display_name="").name_for_display()
        # A display name that is only the other names put together is left to follow them.
        self._display.setText("" if data.display_name == derived else data.display_name)
        self._nickname.setText(data.nickname)
        self._pronouns.setText(data.pronouns)
        self._headline.setText(data.headline)
        self._photo.set_photo(data.photo)
        self._birthday.setDate(data.birthday)
        self._met_on.setDate(data.met_on)
        self._met_at.setText(data.met_at)
        self._how_met.setPlainText(data.how_met)
        self._introduced.set_person(data.introduced_by_id)
        self._closeness.setCurrentIndex(max(0, self._closeness.findData(data.closeness)))
        self._knows_me.setCurrentIndex(max(0, self._knows_me.findData(data.knows_me)))
        self._keep_in_touch.setDays(data.keep_in_touch_days)
        self._referee.setChecked(data.is_referee)
        self._referee_note.setPlainText(data.referee_note)
        self._notes.setPlainText(data.notes)
        self._networks.set_roles(data.networks)
        self._contacts.set_contacts(data.contacts)

    def _raw_data(self) -> PersonData:
        return PersonData(
            given_name=self._given.text(),
            family_name=self._family.text(),
            display_name=self._display.text(),
            nickname=self._nickname.text(),
            pronouns=self._pronouns.text(),
            headline=self._headline.text(),
            photo=self._photo.photo(),
            birthday=self._birthday.date(),
            met_on=self._met_on.date(),
            met_at=self._met_at.text(),
            how_met=self._how_met.toPlainText(),
            introduced_by_id=self._introduced.person()[0],
            closeness=self._closeness.currentData(),
            knows_me=self._knows_me.currentData(),
            keep_in_touch_days=self._keep_in_touch.days(),
            is_referee=self._referee.isChecked(),
            referee_note=self._referee_note.toPlainText(),
            notes=self._notes.toPlainText(),
            networks=self._networks.roles(),
            contacts=self._contacts.contacts(),
        )

    def _form_state(self) -> tuple[object, ...]:
        """Everything as typed, invalid text included, to tell whether anything changed."""
        typed = (self._birthday.text(), self._met_on.text(), self._introduced.currentText())
        return (dataclasses.astuple(self._raw_data()), typed)

    # --- reacting ---------------------------------------------------------------------

    @Slot()
    def _name_edited(self) -> None:
        if not self._loading:
            self._name_touched = True
        data = self._raw_data()
        self._display.setPlaceholderText(
            dataclasses.replace(data, display_name="").name_for_display()
        )
        self._photo.set_initials_from(data.name_for_display())
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        """Show what is wrong under each field, mark tabs with problems, enable Save."""
        if self._loading:
            return
        named = bool(self._raw_data().name_for_display())
        needs_name = not named and self._name_touched
        show_message(self._name_message, self._given, self.tr("A person needs a name."), needs_name)
        known = self._introduced.person()[1]
        unknown = self.tr("Nobody in the journal is called “%1”; pick a name from the list.")
        typed = self._introduced.currentText().strip()
        show_message(
            self._introduced_message, self._introduced, unknown.replace("%1", typed), not known
        )
        problems = self._problems()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index in range(self._tabs.count()):
            page = self._tabs.widget(index)
            wrong = any(page.isAncestorOf(widget) for widget in problems)
            self._tabs.setTabIcon(index, warning if wrong else QIcon())
            self._tabs.setTabToolTip(index, self.tr("Something here needs fixing") if wrong else "")
        self._save_button.setEnabled(named and not problems)

    def _problems(self) -> list[QWidget]:
        """Return the fields showing a problem, in the order they appear."""
        wrong = [
            self._given if self._name_message.text() else None,
            None if self._birthday.isValid() else self._birthday,
            None if self._met_on.isValid() else self._met_on,
            self._introduced if self._introduced_message.text() else None,
            self._contacts.first_invalid_widget(),
        ]
        return [widget for widget in wrong if widget is not None]

    # --- saving and leaving --------------------------------------------------------------

    @Slot()
    def _save(self) -> None:
        """Accept when everything is right; otherwise take the user to the first problem."""
        self._name_touched = True
        self._refresh()
        problems = self._problems()
        if self._save_button.isEnabled():
            self.accept()
        elif problems:
            for index in range(self._tabs.count()):
                if self._tabs.widget(index).isAncestorOf(problems[0]):
                    self._tabs.setCurrentIndex(index)
            problems[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow screen, put the photo under the names instead of beside them."""
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_WIDTH
        direction = QBoxLayout.Direction
        self._who_box.setDirection(direction.TopToBottom if narrow else direction.LeftToRight)
        self._photo.set_narrow(narrow)
        self._who_box.setStretch(0, 0 if narrow else 1)

    def reject(self) -> None:
        """Close without saving; ask first when something was changed."""
        if self.is_modified() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        name = self._raw_data().name_for_display() or self._original_name
        text = (
            self.tr("Discard changes to %1?").replace("%1", name)
            if name
            else self.tr("Discard this new person?")
        )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes"), text, parent=self)
        box.setObjectName("discard_changes_box")
        box.setTextFormat(Qt.TextFormat.PlainText)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        discard.setObjectName("discard_button")
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep_editing_button")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _text(name: str, lines: int | None = None) -> QPlainTextEdit:
    """Return a plain-text editor that Tab leaves; with ``lines`` it is that many lines high."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    if lines is not None:
        margins = edit.contentsMargins()
        height = edit.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom()
        edit.setFixedHeight(height + 8)
    return edit


def _date_edit(name: str) -> PartialDateEdit:
    edit = PartialDateEdit()
    edit.setObjectName(name)
    return edit


def _combo(name: str, texts: list[str], values: list[int | None]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for text, value in zip(texts, values, strict=True):
        combo.addItem(text, value)
    return combo


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def _page(content: QBoxLayout | QFormLayout) -> QWidget:
    """Return a tab page holding ``content`` at the top."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addLayout(content)
    layout.addStretch(1)
    return page


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # Let the tab page show through, as it does on the tabs that do not scroll.
    area.viewport().setAutoFillBackground(False)
    widget.setAutoFillBackground(False)
    widget.setContentsMargins(9, 9, 9, 9)
    return area
