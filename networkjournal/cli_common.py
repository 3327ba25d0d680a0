"""What every command shares: the one-line user error, opening the journal, printing."""

from __future__ import annotations

import argparse
import json
import os
import unicodedata
from pathlib import Path

from networkjournal import paths
from networkjournal.lockfile import live_lock_owner, open_elsewhere_message

ENV_PASSPHRASE = "NETWORKJOURNAL_PASSPHRASE"


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit status 1."""


def open_journal_for(args: argparse.Namespace, *, create: bool, writer: bool = False) -> Path:
    """Open the journal; a writer refuses while the window has it open.

    While the window holds the journal, a damaged file is only reported, not
    moved aside under the window's feet.
    """
    from networkjournal.store.db import JournalError, open_journal

    journal = paths.journal_path(args.data_dir)
    held = refuse_if_open(journal) if writer else live_lock_owner(journal) is not None
    passphrase = passphrase_of(args)
    try:
        return open_journal(
            journal, create=create, set_aside_damage=not held, passphrase=passphrase
        )
    except JournalError as exc:
        raise UserError(str(exc)) from exc


def passphrase_of(args: argparse.Namespace) -> str | None:
    """The passphrase from --passphrase-file or the environment, or None (a plain journal).

    Only the first line counts, without its line ending, so a file written
    by ``echo`` works.  It is never taken from the command line, where other
    users of the machine could read it.
    """
    if args.passphrase_file is not None:
        return read_passphrase(Path(args.passphrase_file))
    value = os.environ.get(ENV_PASSPHRASE)
    if value is None:
        return None
    if not value:
        raise UserError(f"${ENV_PASSPHRASE} is empty")
    return value


def read_passphrase(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"could not read the passphrase from {path}: {exc}") from exc
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise UserError(f"the passphrase file {path} is empty")
    return lines[0]


def refuse_if_open(journal: Path) -> bool:
    """Stop a command that writes while the window has ``journal`` open."""
    owner = live_lock_owner(journal)
    if owner is not None:
        raise UserError(open_elsewhere_message(journal, owner))
    return False


def emit(args: argparse.Namespace, payload: object, lines: list[str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        print("\n".join(lines))


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes: 王小明 takes six, combining marks none."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))
