"""The user's settings as typed options with defaults, read from and written to a QSettings.

After Picard's ``config.Option``: each setting is declared once here, with
its key, its type and its default, and everything that reads or writes it
goes through that declaration, so a stored value of the wrong type or an
unknown choice reads back as the default instead of breaking the program.

What is journal data (a network's keep-in-touch period) is not here: it
lives in the journal and changes through undo.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings

from networkjournal.store import backups
from networkjournal.store.backup_thinning import KEEP_DAILY, KEEP_MONTHLY, KEEP_WEEKLY, Retention
from networkjournal.store.backups import Backup
from networkjournal.store.patient_guard import Strictness
from networkjournal.ui import window_state
from networkjournal.ui.theme import Theme
from networkjournal.ui.widgets import patient_warning_bar

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: where it is kept, and what it is when unset or unreadable."""

    key: str
    default: T

    def read(self, settings: QSettings) -> T:
        """Return the stored value, or the default when it is unset or not of this type."""
        raw = settings.value(self.key)
        if raw is None:
            return self.default
        try:
            return self.parse(raw)
        except (TypeError, ValueError):
            return self.default

    def write(self, settings: QSettings, value: T) -> None:
        """Store ``value`` (checked first: a wrong value raises and nothing is stored)."""
        settings.setValue(self.key, self.store(self.parse(value)))

    def parse(self, raw: object) -> T:
        """Turn a stored value into this option's type; raise ValueError when it is not one."""
        raise NotImplementedError

    def store(self, value: T) -> object:
        """The value as it is written to the settings file."""
        return value


@dataclass(frozen=True)
class BoolOption(Option[bool]):
    """A yes/no setting (INI files keep it as ``true``/``false``)."""

    def parse(self, raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes"):
            return True
        if text in ("false", "0", "no"):
            return False
        raise ValueError(f"{raw!r} is not yes or no")


@dataclass(frozen=True)
class IntOption(Option[int]):
    """A whole number between ``minimum`` and ``maximum``."""

    minimum: int = 0
    maximum: int = 1_000_000

    def parse(self, raw: object) -> int:
        value = int(str(raw).strip())
        if not self.minimum <= value <= self.maximum:
            raise ValueError(f"{value} is not between {self.minimum} and {self.maximum}")
        return value


@dataclass(frozen=True)
class ChoiceOption(Option[str]):
    """One of a fixed set of words."""

    choices: tuple[str, ...] = ()

    def parse(self, raw: object) -> str:
        value = str(raw).strip().lower()
        if value not in self.choices:
            raise ValueError(f"{raw!r} is not one of {', '.join(self.choices)}")
        return value


@dataclass(frozen=True)
class FolderOption(Option[Path | None]):
    """A folder, or None for the program's own choice (kept as an empty string)."""

    def parse(self, raw: object) -> Path | None:
        if raw is None:
            return None
        text = str(raw).strip()
        return Path(text).expanduser() if text else None

    def store(self, value: Path | None) -> object:
        return str(value) if value is not None else ""


# Tabs of the main window, in its order (main_window.OVERVIEW_TAB … MAP_TAB).
PAGES = ("overview", "people", "journal", "follow_ups", "keep_in_touch", "learning", "map")
LAST_PAGE = "last"  # the tab open when the window last closed

THEME = ChoiceOption("appearance/theme", Theme.SYSTEM.value, tuple(t.value for t in Theme))
# The start page is two settings: the daily overview (also a View menu toggle), and
# otherwise the last tab used or a fixed one.
DAILY_OVERVIEW = BoolOption(window_state.DAILY_OVERVIEW, True)
START_PAGE = ChoiceOption("main_window/start_page", LAST_PAGE, (LAST_PAGE, *PAGES))
PATIENT_GUARD = ChoiceOption(
    patient_warning_bar.SETTING, Strictness.NORMAL.value, tuple(s.value for s in Strictness)
)
BACKUP_FOLDER = FolderOption("backups/folder", None)
KEEP_DAILY_BACKUPS = IntOption("backups/keep_daily", KEEP_DAILY, minimum=1, maximum=366)
KEEP_WEEKLY_BACKUPS = IntOption("backups/keep_weekly", KEEP_WEEKLY, minimum=0, maximum=520)
KEEP_MONTHLY_BACKUPS = IntOption("backups/keep_monthly", KEEP_MONTHLY, minimum=0, maximum=1200)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


# --- what the rest of the program asks ---------------------------------------------------


def theme(settings: QSettings) -> Theme:
    """The colour scheme chosen (following the system by default)."""
    return Theme(THEME.read(settings))


def patient_guard(settings: QSettings) -> Strictness:
    """How strict the patient-identifier guard is (normal by default)."""
    return Strictness(PATIENT_GUARD.read(settings))


def start_page(settings: QSettings) -> str:
    """``daily`` (the overview on the day's first start, else the last tab), ``last``, or a page."""
    if DAILY_OVERVIEW.read(settings):
        return "daily"
    return START_PAGE.read(settings)


def set_start_page(settings: QSettings, page: str) -> None:
    """Store the start page as :func:`start_page` names it."""
    if page == "daily":
        DAILY_OVERVIEW.write(settings, True)
        START_PAGE.write(settings, LAST_PAGE)
    else:
        START_PAGE.write(settings, page)
        DAILY_OVERVIEW.write(settings, False)


def start_tab(settings: QSettings, overview: int = 0, default: int = 1) -> int:
    """The tab the main window opens on: the start page chosen, by its index in :data:`PAGES`.

    The daily overview and the last tab used are window_state's rules, unchanged.
    """
    page = start_page(settings)
    if page in PAGES:
        return PAGES.index(page)
    return window_state.first_tab(settings, overview, default)


@dataclass(frozen=True)
class BackupOptions:
    """Where backups go and how many thinning keeps; read on the GUI thread, used on any."""

    folder: Path | None  # None: the journal's own backups folder
    retention: Retention

    def folder_for(self, journal: Path) -> Path:
        """The folder backups of ``journal`` go into."""
        return self.folder if self.folder is not None else backups.backups_dir(journal)

    def backup_now(
        self, journal: Path, reason: str = "on demand", now: dt.datetime | None = None
    ) -> Backup:
        """Back up ``journal`` now into the chosen folder, thinning by the chosen counts."""
        return backups.backup_now(
            reason, journal=journal, now=now, folder=self.folder, retention=self.retention
        )

    def backup_if_due(self, journal: Path, now: dt.datetime | None = None) -> Backup | None:
        """Back up ``journal`` if a backup is due (see ``backups.backup_if_due``)."""
        return backups.backup_if_due(
            now, journal=journal, folder=self.folder, retention=self.retention
        )

    def list_backups(self, journal: Path) -> list[Backup]:
        """The backups of ``journal`` in the chosen folder, newest first."""
        return backups.list_backups(journal, folder=self.folder)

    def thin(self, journal: Path, now: dt.datetime | None = None) -> list[Path]:
        """Thin the chosen folder by the chosen counts; return what was deleted."""
        return backups.thin(journal, now, folder=self.folder, retention=self.retention)


def backup_options(settings: QSettings) -> BackupOptions:
    """The backup folder and retention counts as the user set them."""
    return BackupOptions(
        folder=BACKUP_FOLDER.read(settings),
        retention=Retention(
            daily=KEEP_DAILY_BACKUPS.read(settings),
            weekly=KEEP_WEEKLY_BACKUPS.read(settings),
            monthly=KEEP_MONTHLY_BACKUPS.read(settings),
        ),
    )


def folder_problem(folder: Path) -> str | None:
    """Say why backups cannot be written into ``folder``, or None when they can.

    A missing folder is fine if it can be created; the check writes and
    removes a small file, as the only sure test of being able to write there.
    """
    if not folder.is_absolute():
        return _tr("The backup folder must be a full path, not %1.").replace("%1", str(folder))
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return (
            _tr("Backups cannot be written in %1: %2 is a file, not a folder.")
            .replace("%1", str(folder))
            .replace("%2", str(existing))
        )
    try:
        handle, name = tempfile.mkstemp(prefix=".networkjournal-", dir=existing)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return (
            _tr("Backups cannot be written in %1: %2.")
            .replace("%1", str(folder))
            .replace("%2", reason)
        )
    os.close(handle)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return None
