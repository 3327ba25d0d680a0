"""The form for logging a meeting (or editing an entry); the caller saves what it returns."""

from __future__ import annotations

import dataclasses
import datetime as dt
from itertools import pairwise

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QSettings,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store.errors import ValidationError
from networkjournal.store.journal import EntryData, default_title, validate_entry
from networkjournal.store.patient_guard import Strictness
from networkjournal.store.people import PersonChoice
from networkjournal.store.templates import TemplateInfo
from networkjournal.ui import labels
from networkjournal.ui.widgets.field_message import as_sentence, message_label, show_message
from networkjournal.ui.widgets.follow_ups_edit import FollowUpsEdit
from networkjournal.ui.widgets.markdown_view import MarkdownEdit
from networkjournal.ui.widgets.participants_edit import ParticipantsEdit
from networkjournal.ui.widgets.patient_warning_bar import PatientWarningBar, strictness_setting

NARROW_WIDTH = 700  # below this the preview is a toggle instead of a column beside the notes
DRAFT_DELAY_MS = 1000
_EDIT_TEMPLATES = -1


class EntryEditor(QDialog):
    """Log a meeting, call or message: when, who, what kind, notes, follow-ups."""

    draftChanged = Signal()
    manageTemplatesRequested = Signal()

    def __init__(
        self,
        people: list[PersonChoice],
        templates: list[TemplateInfo],
        data: EntryData | None = None,
        entry_id: int | None = None,
        parent: QWidget | None = None,
        now: dt.datetime | None = None,
        patient_guard: Strictness | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entry_editor")
        if patient_guard is None:
            patient_guard = strictness_setting(_window_settings(parent))
        self._patient_guard = patient_guard
        self.setWindowTitle(self.tr("Log entry") if entry_id is None else self.tr("Edit entry"))
        self._fixed_now = now
        self._templates = list(templates)
        self._names = {person.id: person.name for person in people}
        self._loading = True
        self._tried = False  # to save: from then on every problem shows
        self._touched = False  # emptied what was filled: "needs something" may show
        self._had_content = False
        data = data or EntryData(occurred_at=self._now())
        self._template_name = data.template
        self._build(people)
        self._load(data)
        self._loading = False
        self._initial_state = self._form_state()
        self._refresh()
        self._update_tab_order()
        self.resize(760, 620)
        self._participants.setFocus(Qt.FocusReason.OtherFocusReason)

    def entry_data(self) -> EntryData:
        """Return the form's data cleaned by ``validate_entry``; raises ValidationError."""
        return validate_entry(self.entry_data_unvalidated())

    def entry_data_unvalidated(self) -> EntryData:
        """Return the form's data as typed, for a draft."""
        when = self._when.dateTime()
        day, time = when.date(), when.time()
        return EntryData(
            occurred_at=dt.datetime(
                day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second()
            ),
            kind=self._kind.currentData(),
            title=self._title.text(),
            location=self._location.text(),
            notes=self._notes.toPlainText(),
            template=self._template_name,
            participant_ids=self._participants.participant_ids(),
            new_people=self._participants.new_people(),
            follow_ups=self._follow_ups.follow_ups(),
        )

    def is_modified(self) -> bool:
        """Whether anything differs from what the dialog opened with."""
        return self._form_state() != self._initial_state

    def set_templates(self, templates: list[TemplateInfo]) -> None:
        """Offer ``templates`` (after they were edited), keeping the one chosen if still there."""
        self._templates = list(templates)
        self._fill_templates()

    # --- building ---------------------------------------------------------------------

    def _build(self, people: list[PersonChoice]) -> None:
        self._participants = ParticipantsEdit(people)
        self._message = message_label("entry_message")
        self._kind = QComboBox()
        self._kind.setObjectName("entry_kind_combo")
        for kind, label in labels.entry_kinds().items():
            self._kind.addItem(label, kind)
        self._title = _line("entry_title_edit")
        self._when = _WhenEdit()
        self._location = _line("entry_location_edit", self.tr("e.g. Costa by the library, Ward 7"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(_buddy(self.tr("&People:"), self._participants.line_edit()), self._participants)
        form.addRow("", self._message)
        form.addRow(self.tr("&Kind:"), _left(self._kind))
        form.addRow(self.tr("&Title:"), self._title)
        form.addRow(_buddy(self.tr("W&hen:"), self._when), self._when_row())
        form.addRow(self.tr("&Location:"), self._location)
        self._follow_ups = FollowUpsEdit(self._now().date())
        self._follow_ups_label = QLabel(self.tr("Follow-ups:"))
        self._follow_ups_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox.StandardButton
        self._buttons = QDialogButtonBox(buttons.Save | buttons.Cancel, self)
        self._save_button = self._buttons.button(buttons.Save)
        self._save_button.setObjectName("entry_save_button")
        self._save_button.setDefault(True)
        self._buttons.button(buttons.Cancel).setObjectName("entry_cancel_button")
        self._buttons.accepted.connect(self._save)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self._notes_header())
        layout.addWidget(self._notes_edit, 1)
        self._patient_bar = PatientWarningBar(self._notes, self._patient_guard)
        layout.addWidget(self._patient_bar)
        layout.addWidget(self._follow_ups_label)
        layout.addWidget(self._follow_ups)
        layout.addWidget(self._buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save)
        self._draft_timer = _single_shot(self, DRAFT_DELAY_MS, self.draftChanged.emit)
        self._participants.changed.connect(self._participants_changed)
        self._participants.line_edit().editingFinished.connect(self._refresh)
        self._kind.currentIndexChanged.connect(self._changed)
        for line in (self._title, self._location):
            line.textChanged.connect(self._changed)
        self._when.dateTimeChanged.connect(self._changed)
        self._notes.textChanged.connect(self._changed)
        self._follow_ups.changed.connect(self._changed)
        self._follow_ups.rowsChanged.connect(self._update_tab_order)

    def _when_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self._when)
        for name, text, slot in [
            ("entry_now_button", self.tr("&Now"), self._set_now),
            ("entry_earlier_button", self.tr("&Earlier today"), self._set_earlier),
            ("entry_yesterday_button", self.tr("&Yesterday"), self._set_yesterday),
        ]:
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            # Reached by Alt and the underlined letter, so Tab goes straight on to Location.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _notes_header(self) -> QHBoxLayout:
        self._notes_edit = MarkdownEdit()
        self._notes = self._notes_edit.editor
        self._notes.setObjectName("entry_notes_edit")
        self._notes.setPlaceholderText(
            self.tr("What you talked about. Markdown works: **bold**, - lists, # headings.")
        )
        self._notes_edit.preview.setObjectName("entry_preview")
        self._notes_edit.preview.setAccessibleName(self.tr("Preview of the notes"))
        self._notes_edit.preview.setPlaceholderText(self.tr("The notes, as they will read."))
        self._notes_edit.write_toggle.setObjectName("entry_write_toggle")
        self._notes_edit.preview_toggle.setObjectName("entry_preview_toggle")
        self._template = QComboBox()
        self._template.setObjectName("entry_template_combo")
        self._template.setAccessibleName(self.tr("Start the notes from a template"))
        self._template.setToolTip(self._template.accessibleName())
        self._template.activated.connect(self._template_chosen)
        self._fill_templates()
        header = QHBoxLayout()
        header.addWidget(_buddy(self.tr("N&otes:"), self._notes))
        header.addStretch(1)
        header.addWidget(self._notes_edit.write_toggle)
        header.addWidget(self._notes_edit.preview_toggle)
        header.addSpacing(12)
        header.addWidget(self._template)
        return header

    @Slot()
    def _update_tab_order(self) -> None:
        """Who, kind, title, when, where, notes, template, follow-ups, buttons."""
        self._follow_ups_label.setVisible(len(self._follow_ups.focus_chain()) > 1)
        chain: list[QWidget] = [
            *(self._participants.line_edit(), self._kind, self._title, self._when),
            *(self._location, self._notes, self._template, *self._follow_ups.focus_chain()),
            *self._buttons.buttons(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- loading and reading ------------------------------------------------------------

    def _load(self, data: EntryData) -> None:
        if self._kind.findData(data.kind) < 0:
            self._kind.addItem(data.kind, data.kind)  # a kind this version does not know
        self._kind.setCurrentIndex(self._kind.findData(data.kind))
        self._title.setText(data.title)
        self._set_when(data.occurred_at)
        self._location.setText(data.location)
        self._notes_edit.set_text(data.notes)
        self._patient_bar.check()  # an entry opened again warns at once, not on the next key
        self._participants.set_participants(data.participant_ids, data.new_people)
        self._follow_ups.set_people(self._participants.known_people(), self._names)
        self._follow_ups.set_follow_ups(data.follow_ups)
        self._fill_templates()

    def _form_state(self) -> tuple[object, ...]:
        """Everything as typed, unfinished text included, to tell whether anything changed."""
        typed = (self._participants.pending_text(), self._follow_ups.typed())
        return (dataclasses.astuple(self.entry_data_unvalidated()), typed)

    def _fill_templates(self) -> None:
        combo = self._template
        combo.clear()
        combo.addItem(self.tr("Template…"), None)
        for index, info in enumerate(self._templates):
            combo.addItem(info.name.replace("&", "&&"), index)
        combo.insertSeparator(combo.count())
        combo.addItem(self.tr("Edit templates…"), _EDIT_TEMPLATES)
        self._show_chosen_template()

    def _show_chosen_template(self) -> None:
        names = [info.name for info in self._templates]
        chosen = names.index(self._template_name) + 1 if self._template_name in names else 0
        self._template.setCurrentIndex(chosen)

    # --- reacting ---------------------------------------------------------------------

    @Slot()
    def _participants_changed(self) -> None:
        self._follow_ups.set_people(self._participants.known_people(), self._names)
        self._changed()

    @Slot()
    def _changed(self) -> None:
        if self._loading:
            return
        self._draft_timer.start()
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        """Show what is wrong, and enable Save only when the entry can be saved."""
        if self._loading:
            return
        names = self._participants.names()
        self._title.setPlaceholderText(default_title(self._kind.currentData(), names))
        raw = self.entry_data_unvalidated()
        problem = ""
        try:
            validate_entry(raw)
        except ValidationError as exc:
            problem = as_sentence(exc.message)
        has_content = bool(raw.title.strip() or names or raw.notes.strip())
        self._touched = self._touched or (self._had_content and not has_content)
        self._had_content = has_content
        pending = self._participants.pending_text()
        unfinished = ""
        if pending:
            unfinished = self.tr("Press Return to add “%1”, or clear it.").replace("%1", pending)
        leaving = not self._participants.line_edit().hasFocus()
        message = unfinished if (leaving or self._tried) and unfinished else ""
        if not message and (self._tried or self._touched):
            message = "" if self._follow_ups.first_invalid_widget() else problem
        show_message(self._message, self._participants.line_edit(), message, bool(message))
        wrong = problem or pending or self._follow_ups.first_invalid_widget()
        self._save_button.setEnabled(not wrong)

    # --- when -------------------------------------------------------------------------

    def _now(self) -> dt.datetime:
        return (self._fixed_now or dt.datetime.now()).replace(second=0, microsecond=0)

    def _set_when(self, value: dt.datetime) -> None:
        day = QDate(value.year, value.month, value.day)
        time = QTime(value.hour, value.minute, value.second)
        self._when.setDateTime(QDateTime(day, time, QTimeZone.utc()))

    @Slot()
    def _set_now(self) -> None:
        self._set_when(self._now())

    @Slot()
    def _set_earlier(self) -> None:
        now = self._now()
        self._set_when(max(now - dt.timedelta(hours=2), now.replace(hour=0, minute=0)))

    @Slot()
    def _set_yesterday(self) -> None:
        time = self.entry_data_unvalidated().occurred_at.time()
        self._set_when(dt.datetime.combine(self._now().date() - dt.timedelta(days=1), time))

    # --- templates --------------------------------------------------------------------

    @Slot(int)
    def _template_chosen(self, index: int) -> None:
        value = self._template.itemData(index)
        if value is None or value == _EDIT_TEMPLATES:
            self._show_chosen_template()
            if value == _EDIT_TEMPLATES:
                self.manageTemplatesRequested.emit()
            return
        info = self._templates[value]
        notes = self._notes.toPlainText()
        if notes.strip() and notes != info.body and not self._confirm_replace():
            self._show_chosen_template()
            return
        cursor = QTextCursor(self._notes.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(info.body)  # undoable with Ctrl+Z, unlike setPlainText
        kind = self._kind.findData(info.kind)
        if kind >= 0:
            self._kind.setCurrentIndex(kind)
        self._template_name = info.name
        self._changed()
        start = self._notes.document().firstBlock()
        cursor.setPosition(start.next().position() if start.next().isValid() else 0)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        self._notes.setTextCursor(cursor)
        self._notes.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirm_replace(self) -> bool:
        box = QMessageBox(self)
        box.setObjectName("replace_notes_box")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Use template"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Replace the notes with the template?"))
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
        replace.setObjectName("replace_notes_button")
        keep = box.addButton(self.tr("&Keep my notes"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep_notes_button")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is replace

    # --- saving and leaving --------------------------------------------------------------

    @Slot()
    def _save(self) -> None:
        """Accept when the entry can be saved; otherwise take the user to the problem."""
        self._tried = True
        self._refresh()
        if self._save_button.isEnabled():
            self.accept()
            return
        wrong = self._follow_ups.first_invalid_widget()
        (wrong or self._participants.line_edit()).setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow screen, show the notes or their preview, with a toggle between them."""
        super().resizeEvent(event)
        self._notes_edit.set_narrow(event.size().width() < NARROW_WIDTH)

    def reject(self) -> None:
        """Close without saving; ask first when something was typed."""
        if self.is_modified() and not self._confirm_discard():
            return
        self._draft_timer.stop()
        super().reject()

    def done(self, result: int) -> None:
        """Stop the draft timer: a closed dialog has no draft to save."""
        self._draft_timer.stop()
        super().done(result)

    def _confirm_discard(self) -> bool:
        text = self.tr("Discard this entry?")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard entry"), text, parent=self)
        box.setObjectName("discard_entry_box")
        box.setTextFormat(Qt.TextFormat.PlainText)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        discard.setObjectName("discard_button")
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep_editing_button")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard


class _WhenEdit(QDateTimeEdit):
    """Date and time of an entry; Tab leaves it instead of walking day, month, year, time."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("entry_when_edit")
        # Naive wall-clock time: no zone, so no daylight-saving gap moves what was typed.
        self.setTimeZone(QTimeZone.utc())
        self.setCalendarPopup(True)
        self.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.setToolTip(self.tr("Type over each part; ← and → move between them."))

    def focusNextPrevChild(self, next: bool) -> bool:
        """Move to the next field, as every other field does."""
        return QWidget.focusNextPrevChild(self, next)


def _window_settings(parent: QWidget | None) -> QSettings | None:
    """The settings of the window the dialog opens over (the main window keeps them)."""
    settings = getattr(parent.window(), "settings", None) if parent is not None else None
    return settings if isinstance(settings, QSettings) else None


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _left(widget: QWidget) -> QWidget:
    """Return ``widget`` at its natural width, not stretched across the form."""
    widget.setSizePolicy(QSizePolicy.Policy.Fixed, widget.sizePolicy().verticalPolicy())
    return widget


def _single_shot(parent: QWidget, interval: int, slot: object) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer
