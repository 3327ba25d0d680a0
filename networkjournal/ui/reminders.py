"""Once a day, a reminder of the follow-ups due: shown on this computer, sent nowhere."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from networkjournal.store import follow_ups
from networkjournal.store.follow_ups import FollowUpRow, FollowUpStatus
from networkjournal.ui.icons import app_icon

ENABLED_KEY = "reminders/enabled"
LAST_SHOWN_KEY = "reminders/last_shown"
CHECK_INTERVAL_MS = 30 * 60 * 1000  # often enough that a window left open overnight says it
TITLES_SHOWN = 3
MESSAGE_SHOWN_MS = 30_000


class ReminderScheduler(QObject):
    """Tell the user once a day when follow-ups are due today or overdue.

    ``notify(title, message)`` shows the reminder; ``today`` says what day it is
    (tests give a fixed one). The day a reminder was shown is kept in
    ``settings`` so a restart the same day stays quiet; setting
    ``reminders/enabled`` to false silences reminders altogether.
    """

    def __init__(
        self,
        settings: QSettings,
        notify: Callable[[str, str], None],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._notify = notify
        self._today = today
        self.timer = QTimer(self)
        self.timer.setObjectName("reminder_timer")
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Check now, then every half hour."""
        self.check()
        self.timer.start()

    def stop(self) -> None:
        """Stop checking."""
        self.timer.stop()

    def enabled(self) -> bool:
        """Whether the user wants reminders (they do unless they said not)."""
        return bool(self._settings.value(ENABLED_KEY, True, type=bool))

    @Slot()
    def check(self) -> bool:
        """Remind of what is due, unless already done today; return whether it reminded."""
        if not self.enabled():
            return False
        today = self._today()
        if self._settings.value(LAST_SHOWN_KEY, "") == today.isoformat():
            return False
        due = [row for row in follow_ups.list_follow_ups() if _is_due(row, today)]
        if not due:
            # Nothing recorded: a follow-up added later today still gets its reminder.
            return False
        self._notify(self._title(len(due)), self._message(due))
        self._settings.setValue(LAST_SHOWN_KEY, today.isoformat())
        self._settings.sync()
        return True

    def _title(self, count: int) -> str:
        if count == 1:
            return self.tr("1 follow-up is due")
        return self.tr("%n follow-ups are due", "", count)

    def _message(self, due: list[FollowUpRow]) -> str:
        """The first few follow-ups, one a line, most overdue first."""
        lines = [self._line(row) for row in due[:TITLES_SHOWN]]
        if len(due) > TITLES_SHOWN:
            lines.append(self.tr("and %n more", "", len(due) - TITLES_SHOWN))
        return "\n".join(lines)

    def _line(self, row: FollowUpRow) -> str:
        """Return the title and whom it is about: "Send the paper — Ana Silva"."""
        if not row.person_name:
            return row.title
        parts = {"1": row.title, "2": row.person_name}
        # In one pass, so a title holding "%2" stays as typed.
        return re.sub(r"%([12])", lambda m: parts[m.group(1)], self.tr("%1 — %2"))


def _is_due(row: FollowUpRow, today: dt.date) -> bool:
    return follow_ups.status(row, today) in (FollowUpStatus.OVERDUE, FollowUpStatus.TODAY)


def notification_body(text: str, markup: bool) -> str:
    """The message as the notification service must receive it to show it as typed.

    A freedesktop notification server that announces "body-markup" reads the
    body as markup, so a follow-up titled ``<b>x</b>`` would be shown bold:
    there the text is escaped. Elsewhere it is passed as it is.
    """
    return html.escape(text, quote=False) if markup else text


def notifications_read_markup() -> bool:
    """Whether the desktop's notification service reads markup in a message's body."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface
    except ImportError:  # no D-Bus module: not a freedesktop desktop
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    service = QDBusInterface(
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
        "org.freedesktop.Notifications",
        bus,
    )
    if not service.isValid():
        return False
    reply = service.call("GetCapabilities")
    capabilities = reply.arguments()[0] if reply.arguments() else []
    return "body-markup" in (capabilities or [])


class TrayReminders(QObject):
    """Show reminders as a message from the system tray, where the desktop has one.

    The tray icon appears with a reminder and goes once clicked; clicking the
    icon or the message emits :attr:`activated`, for the window to come forward.
    """

    activated = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setObjectName("reminder_tray_icon")
            self.icon.setToolTip(self.tr("Network Journal"))
            self.icon.activated.connect(self._icon_activated)
            self.icon.messageClicked.connect(self._clicked)

    def is_available(self) -> bool:
        """Whether reminders can be shown from the tray on this desktop."""
        return self.icon is not None and QSystemTrayIcon.supportsMessages()

    @Slot(str, str)
    def notify(self, title: str, message: str) -> bool:
        """Show ``message`` from the tray; return False when there is no tray to show it."""
        if self.icon is None or not QSystemTrayIcon.supportsMessages():
            return False
        self.icon.setToolTip(title)  # our words only ("3 follow-ups are due")
        self.icon.show()
        body = notification_body(message, notifications_read_markup())
        self.icon.showMessage(title, body, app_icon(), MESSAGE_SHOWN_MS)
        return True

    def hide(self) -> None:
        """Take the icon out of the tray."""
        if self.icon is not None:
            self.icon.hide()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason != QSystemTrayIcon.ActivationReason.Context:
            self._clicked()

    @Slot()
    def _clicked(self) -> None:
        self.hide()
        self.activated.emit()


class DesktopReminders(QObject):
    """The window's reminders: the daily check, shown in the tray or else the status bar.

    ``activated`` says the user clicked the notification (show the follow-ups).
    """

    activated = Signal()
    START_DELAY_MS = 2000  # after the window has shown

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.tray = TrayReminders(self)
        self.tray.activated.connect(self.activated)
        self.scheduler = ReminderScheduler(settings, self._notify, parent=self)
        QTimer.singleShot(self.START_DELAY_MS, self.scheduler.start)

    def _notify(self, title: str, message: str) -> None:
        if not self.tray.notify(title, message):
            self.window.statusBar().showMessage(title, 10_000)
