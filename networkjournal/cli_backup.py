"""Commands that keep the journal safe: check, backup, backups, restore, passphrase."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from networkjournal import paths
from networkjournal.cli_common import (
    UserError,
    emit,
    open_journal_for,
    pad,
    passphrase_of,
    read_passphrase,
    refuse_if_open,
)
from networkjournal.lockfile import live_lock_owner

if TYPE_CHECKING:
    from networkjournal.store.backups import Backup


def cmd_check(args: argparse.Namespace) -> int:
    """Check the journal; exit 1 when it is damaged, saying where it went and what to restore.

    Opening runs ``quick_check`` and sets a damaged file aside; this then runs
    the full ``integrity_check`` and the foreign key check.
    """
    import sqlite3

    import peewee

    from networkjournal.store.db import (
        JournalDamaged,
        JournalError,
        integrity_check,
        open_journal,
        read_only_reason,
    )

    journal = paths.journal_path(args.data_dir)
    held = live_lock_owner(journal) is not None
    try:
        path = open_journal(
            journal, create=False, set_aside_damage=not held, passphrase=passphrase_of(args)
        )
    except JournalDamaged as exc:
        _emit_json_only(
            args,
            {
                "journal": str(journal),
                "ok": False,
                "problems": exc.problems,
                "moved_to": str(exc.moved_to) if exc.moved_to else None,
                "backup": _backup_payload(exc.backup) if exc.backup else None,
            },
        )
        raise UserError(str(exc)) from exc
    except JournalError as exc:
        raise UserError(str(exc)) from exc
    try:
        problems = integrity_check()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        problems = [str(exc)]
    lines = [f"{path}: ok"] if not problems else []
    if not problems and read_only_reason():
        lines.append(f"read-only: {read_only_reason()}")
    emit(args, {"journal": str(path), "ok": not problems, "problems": problems}, lines)
    if problems:
        shown = "; ".join(problems[:3]) + (" …" if len(problems) > 3 else "")
        raise UserError(f"{path} is damaged: {shown}")
    return 0


def _emit_json_only(args: argparse.Namespace, payload: object) -> None:
    if getattr(args, "json", False):
        print(json.dumps(payload, indent=2, ensure_ascii=False))


def _backup_payload(backup: Backup) -> dict[str, object]:
    return {
        "path": str(backup.path),
        "taken_at": backup.taken_at.isoformat(),
        "reason": backup.reason,
        "size": backup.size,
        "ok": backup.ok,
    }


def _size(count: int) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if count < 1000 or unit == "GB":
            return f"{count} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1000  # type: ignore[assignment]
    raise AssertionError("unreachable")


def cmd_backup(args: argparse.Namespace) -> int:
    """Back up the journal now through SQLite's backup API; print where the backup is."""
    from networkjournal.store.backups import BackupError, backup_now

    path = open_journal_for(args, create=False)
    try:
        made = backup_now("on demand", journal=path)
    except BackupError as exc:
        raise UserError(str(exc)) from exc
    emit(args, _backup_payload(made), [str(made.path)])
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    """List the journal's backups, newest first, with when, why, size and whether whole."""
    from networkjournal.store.backups import backups_dir, list_backups

    journal = paths.journal_path(args.data_dir)
    found = list_backups(journal, verify=args.verify, passphrase=passphrase_of(args))
    lines = [
        f"{b.taken_at:%Y-%m-%d %H:%M:%S} UTC  {pad(b.reason, 20)}  {_size(b.size):>9}  "
        f"{'ok' if b.ok else 'DAMAGED'}  {b.path}"
        for b in found
    ]
    if not found:
        lines.append(f"no backups yet in {backups_dir(journal)}")
    emit(args, [_backup_payload(b) for b in found], lines)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup (default: the newest good one); the journal as it was is kept first."""
    from networkjournal.store.backups import (
        BackupError,
        backups_dir,
        newest_good_backup,
        restore,
    )

    journal = paths.journal_path(args.data_dir)
    refuse_if_open(journal)
    if args.backup:
        chosen = Path(args.backup)
        if not chosen.exists() and (backups_dir(journal) / args.backup).exists():
            chosen = backups_dir(journal) / args.backup
    else:
        newest = newest_good_backup(journal, passphrase=passphrase_of(args))
        if newest is None:
            raise UserError(f"there is no good backup to restore in {backups_dir(journal)}")
        chosen = newest.path
    try:
        report = restore(chosen, journal, passphrase=passphrase_of(args))
    except BackupError as exc:
        raise UserError(str(exc)) from exc
    lines = []
    if report.kept_as is not None:
        lines.append(f"Kept the journal as it was in {report.kept_as.path}")
    if report.moved_aside is not None:
        lines.append(f"Moved the damaged journal aside to {report.moved_aside}")
    lines.append(
        f"Restored {report.restored.path} ({report.restored.described()}) into {report.journal}"
    )
    payload = {
        "journal": str(report.journal),
        "restored": _backup_payload(report.restored),
        "kept_as": _backup_payload(report.kept_as) if report.kept_as else None,
        "moved_aside": str(report.moved_aside) if report.moved_aside else None,
    }
    emit(args, payload, lines)
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    """Re-encrypt the journal under a new passphrase (the old one comes from --passphrase-file)."""
    from networkjournal.store.db import JournalError, change_passphrase, close_journal

    new = read_passphrase(Path(args.new_passphrase_file))
    path = open_journal_for(args, create=False, writer=True)
    try:
        change_passphrase(new)
    except JournalError as exc:
        raise UserError(str(exc)) from exc
    finally:
        close_journal()
    print(f"the passphrase of {path} was changed")
    return 0
