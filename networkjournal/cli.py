"""The command line: no sub-command opens the window; sub-commands work without a screen.

Exit codes: 0 ok, 1 a problem the user can fix (one line on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
import tempfile
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from networkjournal import __version__, paths
from networkjournal.lockfile import live_lock_owner, open_elsewhere_message

if TYPE_CHECKING:
    from networkjournal.store.backups import Backup

ENV_PASSPHRASE = "NETWORKJOURNAL_PASSPHRASE"


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit status 1."""


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for every command."""
    parser = argparse.ArgumentParser(
        prog="networkjournal",
        description="An offline relationship journal. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"use the journal in DIR (default: ${paths.ENV_HOME} or {paths.data_dir(None)})",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        help="the passphrase of an encrypted journal is the first line of PATH "
        f"(or ${ENV_PASSPHRASE}); a new journal opened with one is created encrypted. "
        "Needs the encryption extra: pip install 'networkjournal[encryption]'",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", help="fill an empty journal with an example network of a medical student"
    )
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same journal")
    demo.add_argument("--people", type=_count, metavar="N", help="generate N people instead")
    demo.add_argument("--interactions", type=_count, metavar="N", help="generate N journal entries")
    demo.add_argument("--facts", type=_count, metavar="N", help="generate N facts")
    demo.add_argument("--json", action="store_true", help="print what was made as JSON")

    stats = commands.add_parser("stats", help="count people per network")
    stats.add_argument("--json", action="store_true", help="print machine-readable JSON")

    search = commands.add_parser("search", help="find people and journal entries")
    search.add_argument(
        "query",
        nargs="+",
        help='words (prefixes match), "quoted phrases", -word to leave out',
    )
    search.add_argument("--limit", type=_count, default=50, metavar="N", help="at most N hits")
    search.add_argument("--json", action="store_true", help="print machine-readable JSON")

    importing = commands.add_parser(
        "import",
        help="bring in contacts (vCard, LinkedIn, Google or Outlook CSV) or restore an archive",
    )
    importing.add_argument("files", nargs="+", metavar="FILE", help="files to import, in order")
    importing.add_argument(
        "--preset",
        choices=["auto", "vcard", "linkedin", "google", "outlook", "json"],
        default="auto",
        help="what the files are (default auto: by extension, then by content; CSV layouts "
        "are recognised from the header row); json restores an archive into an empty journal",
    )
    importing.add_argument(
        "--dry-run", action="store_true", help="say what would happen; change nothing"
    )
    importing.add_argument("--json", action="store_true", help="print machine-readable JSON")

    export = commands.add_parser("export", help="write what the journal holds in an open format")
    export.add_argument(
        "--format",
        required=True,
        choices=["vcard", "csv", "json", "markdown", "ics"],
        help="vcard or csv: people and how to reach them; json: an archive of the whole "
        "journal; markdown: a dossier of --person or --network, or --referees; ics: "
        "birthdays, dates, follow-ups and keep-in-touch reminders for a calendar",
    )
    export.add_argument(
        "--referees",
        action="store_true",
        help="with markdown: your referees, what they have seen you do, how to reach them",
    )
    which = export.add_mutually_exclusive_group()
    which.add_argument(
        "--person",
        type=_count,
        metavar="ID",
        help="with vcard, csv or markdown: only this person "
        "(find ids with: networkjournal search --json)",
    )
    which.add_argument(
        "--network", metavar="NAME", help="with vcard, csv or markdown: only this network"
    )
    export.add_argument(
        "--vcard-version",
        choices=["4.0", "3.0"],
        help="with vcard: the version to write (default 4.0; 3.0 for older programs)",
    )
    export.add_argument("--output", metavar="PATH", help="write to PATH (default: standard output)")

    due = commands.add_parser("due", help="who is due to hear from you, most overdue first")
    due.add_argument(
        "--within",
        type=_count,
        default=0,
        metavar="DAYS",
        help="also list those who fall due in the next DAYS days",
    )
    due.add_argument("--json", action="store_true", help="print machine-readable JSON")

    check = commands.add_parser(
        "check",
        help="check the journal file for damage; a damaged one is moved aside "
        "(never deleted) and the newest good backup named",
    )
    check.add_argument("--json", action="store_true", help="print machine-readable JSON")

    backup = commands.add_parser(
        "backup", help="back up the journal now (into the backups folder beside it)"
    )
    backup.add_argument("--json", action="store_true", help="print machine-readable JSON")

    backups = commands.add_parser("backups", help="list the journal's backups, newest first")
    backups.add_argument(
        "--verify", action="store_true", help="open and check each backup (slower)"
    )
    backups.add_argument("--json", action="store_true", help="print machine-readable JSON")

    restore = commands.add_parser(
        "restore",
        help="put the journal back as a backup holds it; the journal as it is now is "
        "kept as a backup first",
    )
    restore.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="a backup file, or its name in the backups folder (default: the newest good one)",
    )
    restore.add_argument("--json", action="store_true", help="print machine-readable JSON")

    passphrase = commands.add_parser(
        "passphrase", help="change the passphrase of an encrypted journal"
    )
    passphrase.add_argument(
        "--new-passphrase-file",
        required=True,
        metavar="PATH",
        help="the new passphrase is the first line of PATH (never typed on the command line)",
    )
    return parser


def _is_exclusion(word: str) -> bool:
    return word.startswith("-") and not word.startswith("--") and len(word) > 1


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("a count cannot be negative")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program; return its exit status."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command == "search" and all(_is_exclusion(word) for word in extra):
        # "search sepsis -cardiology": a word to leave out, not an option.
        args.query = [*args.query, *extra]
    elif extra:
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    try:
        if args.command is None:
            return _run_gui(args)
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"networkjournal: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("networkjournal: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader stopped early (`networkjournal due | head`): nothing is wrong.
        _drop_stdout()
        return 141  # what a shell reports for a command ended by SIGPIPE
    except Exception as exc:
        # A write refused by the journal (a full disk, a read-only folder, a newer
        # format) says what happened and that nothing was lost: one line, like the rest.
        from networkjournal.store.db import JournalError

        if not isinstance(exc, JournalError):
            raise
        print(f"networkjournal: {exc}", file=sys.stderr)
        return 1


def _drop_stdout() -> None:
    """Point standard output at the null device, so the final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # not a real file (captured in a test): nothing will be flushed to a pipe


def _run_gui(args: argparse.Namespace) -> int:
    from networkjournal.ui.launch import display_problem

    problem = display_problem()
    if problem:
        print(f"networkjournal: {problem}", file=sys.stderr)
        return 1
    if _passphrase(args) is not None:
        raise UserError(
            "the window cannot open encrypted journals yet; use the commands "
            "(networkjournal --help) with --passphrase-file"
        )
    from networkjournal.ui.app import run

    return run(paths.journal_path(args.data_dir))


def _open(args: argparse.Namespace, *, create: bool, writer: bool = False) -> Path:
    """Open the journal; a writer refuses while the window has it open.

    While the window holds the journal, a damaged file is only reported, not
    moved aside under the window's feet.
    """
    from networkjournal.store.db import JournalError, open_journal

    journal = paths.journal_path(args.data_dir)
    held = _refuse_if_open(journal) if writer else live_lock_owner(journal) is not None
    passphrase = _passphrase(args)
    try:
        return open_journal(
            journal, create=create, set_aside_damage=not held, passphrase=passphrase
        )
    except JournalError as exc:
        raise UserError(str(exc)) from exc


def _passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from --passphrase-file or the environment, or None (a plain journal).

    Only the first line counts, without its line ending, so a file written
    by ``echo`` works.  It is never taken from the command line, where other
    users of the machine could read it.
    """
    if args.passphrase_file is not None:
        return _read_passphrase(Path(args.passphrase_file))
    value = os.environ.get(ENV_PASSPHRASE)
    if value is None:
        return None
    if not value:
        raise UserError(f"${ENV_PASSPHRASE} is empty")
    return value


def _read_passphrase(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"could not read the passphrase from {path}: {exc}") from exc
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise UserError(f"the passphrase file {path} is empty")
    return lines[0]


def _refuse_if_open(journal: Path) -> bool:
    """Stop a command that writes while the window has ``journal`` open."""
    owner = live_lock_owner(journal)
    if owner is not None:
        raise UserError(open_elsewhere_message(journal, owner))
    return False


def _emit(args: argparse.Namespace, payload: object, lines: list[str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        print("\n".join(lines))


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill an empty journal with the demo network (or a generated one of a given size)."""
    from networkjournal.demo import build_demo, generate_journal
    from networkjournal.store.people_list import View, view_counts

    path = _open(args, create=True, writer=True)
    existing = sum(view_counts().values())
    if existing:
        raise UserError(
            f"the journal at {path} already holds {existing} people; "
            "the demo fills only an empty journal (use --data-dir with a new folder)"
        )
    if args.people is None and args.interactions is None and args.facts is None:
        made = build_demo(seed=args.seed)
    else:
        if not args.people and (args.interactions or args.facts):
            raise UserError("journal entries and facts need people: add --people N")
        made = generate_journal(
            seed=args.seed,
            people=args.people or 0,
            interactions=args.interactions or 0,
            facts=args.facts or 0,
        )
    counts = view_counts()
    summary = {"journal": str(path), **made, "people": counts[View.ACTIVE]}
    _emit(
        args,
        summary,
        [f"Made a demo journal at {path}"] + [f"  {key}: {value}" for key, value in made.items()],
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """Print people per network and totals."""
    from networkjournal.store.networks import list_networks
    from networkjournal.store.people_list import View, view_counts

    path = _open(args, create=False)
    counts = view_counts()
    networks = list_networks()
    payload = {
        "journal": str(path),
        "people": counts[View.ACTIVE],
        "archived": counts[View.ARCHIVED],
        "trash": counts[View.TRASH],
        "networks": [{"name": n.name, "people": n.people} for n in networks],
    }
    width = max([len(n.name) + 2 for n in networks] + [len("Archived")])
    lines = [f"{'People':<{width}}  {counts[View.ACTIVE]:>6}"]
    lines += [f"  {n.name:<{width - 2}}  {n.people:>6}" for n in networks]
    lines += [
        f"{'Archived':<{width}}  {counts[View.ARCHIVED]:>6}",
        f"{'Trash':<{width}}  {counts[View.TRASH]:>6}",
    ]
    _emit(args, payload, lines)
    return 0


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
            journal, create=False, set_aside_damage=not held, passphrase=_passphrase(args)
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
    _emit(args, {"journal": str(path), "ok": not problems, "problems": problems}, lines)
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

    path = _open(args, create=False)
    try:
        made = backup_now("on demand", journal=path)
    except BackupError as exc:
        raise UserError(str(exc)) from exc
    _emit(args, _backup_payload(made), [str(made.path)])
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    """List the journal's backups, newest first, with when, why, size and whether whole."""
    from networkjournal.store.backups import backups_dir, list_backups

    journal = paths.journal_path(args.data_dir)
    found = list_backups(journal, verify=args.verify)
    lines = [
        f"{b.taken_at:%Y-%m-%d %H:%M:%S} UTC  {_pad(b.reason, 20)}  {_size(b.size):>9}  "
        f"{'ok' if b.ok else 'DAMAGED'}  {b.path}"
        for b in found
    ]
    if not found:
        lines.append(f"no backups yet in {backups_dir(journal)}")
    _emit(args, [_backup_payload(b) for b in found], lines)
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
    _refuse_if_open(journal)
    if args.backup:
        chosen = Path(args.backup)
        if not chosen.exists() and (backups_dir(journal) / args.backup).exists():
            chosen = backups_dir(journal) / args.backup
    else:
        newest = newest_good_backup(journal)
        if newest is None:
            raise UserError(f"there is no good backup to restore in {backups_dir(journal)}")
        chosen = newest.path
    try:
        report = restore(chosen, journal)
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
    _emit(args, payload, lines)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Print the people and entries matching the query, best first."""
    from networkjournal.store.search import HIGHLIGHT_END, HIGHLIGHT_START, search

    _open(args, create=False)
    query = " ".join(args.query)
    hits = search(query, limit=args.limit)
    payload = {
        "query": query,
        "hits": [
            {
                "kind": hit.kind,
                "id": hit.id,
                "title": hit.title,
                "snippet": hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, ""),
                "when": hit.when.isoformat(sep=" ") if hit.when else None,
                "archived": hit.archived,
            }
            for hit in hits
        ],
    }
    lines = []
    for hit in hits:
        label = (
            "person" if hit.kind == "person" else hit.when.strftime("%Y-%m-%d") if hit.when else ""
        )
        snippet = hit.snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")
        lines.append(f"{label:<10}  {hit.title}" + (f" — {snippet}" if snippet else ""))
    if not hits:
        lines.append(f"nothing matches {query!r}")
    _emit(args, payload, lines)
    return 0


def _day(value: dt.date) -> str:
    """A date as lists show it: 25 Nov 2026."""
    return f"{value.day} {value:%b} {value.year}"


def _width(text: str) -> int:
    """How many terminal columns ``text`` takes: 王小明 takes six, combining marks none."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _when_due(days_overdue: int) -> str:
    if days_overdue > 0:
        return f"{_plural(days_overdue, 'day')} overdue"
    if days_overdue == 0:
        return "due today"
    return f"due in {_plural(-days_overdue, 'day')}"


def cmd_due(args: argparse.Namespace) -> int:
    """Print who is due to hear from you (keep in touch), most overdue first."""
    from networkjournal.store.reminders import due_rows

    _open(args, create=False)
    today = dt.date.today()
    rows = due_rows(today, within_days=args.within)
    payload = [
        {
            "person_id": row.person_id,
            "name": row.name,
            "networks": [name for name, _colour in row.networks],
            "last_contact": row.last_contact.isoformat(sep=" ") if row.last_contact else None,
            "period_days": row.period_days,
            "period_from": row.period_from,
            "due_on": row.due_on.isoformat(),
            "days_overdue": row.days_overdue(today),
        }
        for row in rows
    ]
    table = [
        (
            row.name,
            ", ".join(name for name, _colour in row.networks) or "—",
            f"last in touch {_day(row.last_contact.date())}"
            if row.last_contact
            else "no entries yet",
            f"every {_plural(row.period_days, 'day')}"
            + (f" ({row.period_from})" if row.period_from else ""),
            _when_due(row.days_overdue(today)),
        )
        for row in rows
    ]
    # Every column but the last is padded to its widest cell.
    widths = [max((_width(cells[i]) for cells in table), default=0) for i in range(4)]
    lines = [
        "  ".join([*(_pad(cells[i], widths[i]) for i in range(4)), cells[4]]) for cells in table
    ]
    if not rows:
        within = f" in the next {_plural(args.within, 'day')}" if args.within else ""
        lines.append(f"nobody is due{within} — everyone is in touch")
    _emit(args, payload, lines)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import contacts files (or restore an archive) in one transaction; print what happened.

    The files are read first, so a missing one changes nothing; a file that
    cannot be read at all stops the import and nothing of it, or of the files
    before it, is kept. A record that cannot be read costs only itself.
    """
    if not args.dry_run:
        _refuse_if_open(paths.journal_path(args.data_dir))
    files = [(name, _read_input(name)) for name in args.files]
    if args.dry_run and not paths.journal_path(args.data_dir).exists():
        # Plan against an empty journal without making one where the user's would be.
        from networkjournal.store.db import close_journal

        with tempfile.TemporaryDirectory() as folder:
            try:
                return _import_files(
                    argparse.Namespace(**{**vars(args), "data_dir": folder}), files
                )
            finally:
                close_journal()
    return _import_files(args, files)


def _import_files(args: argparse.Namespace, files: list[tuple[str, bytes]]) -> int:
    from networkjournal.interop.importing import COUNTED, counted, import_file
    from networkjournal.store.db import write
    from networkjournal.store.imported import ImportFormatError
    from networkjournal.store.schema import db

    _open(args, create=True)
    # write() turns a full disk or a read-only folder into a sentence; a dry run only reads.
    with db.atomic() if args.dry_run else write() as transaction:
        try:
            done = [import_file(name, data, args.preset) for name, data in files]
        except ImportFormatError as exc:
            raise UserError(f"{exc}; nothing was imported") from exc
        if transaction is not None:  # a dry run: take it all back
            transaction.rollback()
    totals = {key: sum(report.counts.get(key, 0) for report in done) for key in COUNTED}
    failed = sum(len(report.failed) for report in done)
    payload = {
        "dry_run": args.dry_run,
        "files": [report.payload() for report in done],
        **totals,
        "failed": failed,
    }
    lines = [line for report in done for line in report.lines()]
    if len(done) > 1:
        lines.append(f"Altogether: {counted(totals)}, {failed} failed")
    if args.dry_run:
        lines.append("Dry run: nothing was changed.")
    _emit(args, payload, lines)
    return 0


def _read_input(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise UserError(f"could not read {name}: {exc.strerror or exc}") from exc


def cmd_export(args: argparse.Namespace) -> int:
    """Write part of the journal as a file (or to standard output)."""
    _open(args, create=False)
    chosen = args.person is not None or args.network is not None
    if args.referees and args.format != "markdown":
        raise UserError("--referees goes with --format markdown")
    if args.referees and chosen:
        raise UserError("--referees lists every referee: leave out --person and --network")
    if chosen and args.format not in ("vcard", "csv", "markdown"):
        raise UserError(f"--person and --network go with vcard, csv or markdown, not {args.format}")
    if args.vcard_version and args.format != "vcard":
        raise UserError("--vcard-version goes with --format vcard")
    network_id = _network_id(args.network) if args.network is not None else None
    if args.format == "markdown":
        text = _markdown(args, network_id)
    elif args.format == "json":
        from networkjournal.interop.archive import export_archive

        text = export_archive()
    elif args.format in ("vcard", "csv"):
        from networkjournal.interop.export import csv_text, people_to_export, vcard_text

        try:
            ids = people_to_export(person_id=args.person, network_id=network_id)
        except LookupError as exc:
            raise UserError(str(exc)) from exc
        if args.format == "vcard":
            text = vcard_text(ids, version=args.vcard_version or "4.0")
        else:
            # A byte-order mark in a file lets spreadsheets see the accents; a pipe needs none.
            text = ("\ufeff" if args.output else "") + csv_text(ids)
    else:
        from networkjournal.interop.ics import journal_calendar

        text = journal_calendar(dt.date.today())
    if args.output:
        path = Path(args.output)
        try:
            _write_file(path, text)
        except OSError as exc:
            raise UserError(f"could not write {path}: {exc.strerror or exc}") from exc
    else:
        _write_stdout(text)
    return 0


def _network_id(name: str) -> int:
    from networkjournal.interop.dossier import network_named
    from networkjournal.store.networks import list_networks

    found = network_named(name)
    if found is None:
        known = ", ".join(n.name for n in list_networks())
        raise UserError(f"there is no network called {name!r} (the networks are: {known})")
    return found


def _markdown(args: argparse.Namespace, network_id: int | None) -> str:
    if args.referees:
        from networkjournal.interop.markdown import referees_markdown

        return referees_markdown()
    from networkjournal.interop.dossier import network_dossier, person_dossier

    try:
        if args.person is not None:
            return person_dossier(args.person)
        if network_id is not None:
            return network_dossier(network_id)
    except LookupError as exc:
        raise UserError(str(exc)) from exc
    raise UserError("markdown export needs --person ID, --network NAME or --referees")


def _write_file(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8, line ends as they are (CRLF for ics), whole or not at all.

    A failure (a full disk) leaves an earlier file at ``path`` as it was.  What
    is not a regular file (``/dev/stdout``, a pipe) is written to directly.
    """
    data = text.encode("utf-8")
    if path.exists() and not path.is_file():
        with path.open("wb") as out:
            out.write(data)
        return
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def _write_stdout(text: str) -> None:
    """Write ``text`` to standard output as UTF-8 with its line ends untouched."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def cmd_passphrase(args: argparse.Namespace) -> int:
    """Re-encrypt the journal under a new passphrase (the old one comes from --passphrase-file)."""
    from networkjournal.store.db import JournalError, change_passphrase, close_journal

    new = _read_passphrase(Path(args.new_passphrase_file))
    path = _open(args, create=False, writer=True)
    try:
        change_passphrase(new)
    except JournalError as exc:
        raise UserError(str(exc)) from exc
    finally:
        close_journal()
    print(f"the passphrase of {path} was changed")
    return 0


COMMANDS = {
    "demo": cmd_demo,
    "import": cmd_import,
    "stats": cmd_stats,
    "search": cmd_search,
    "export": cmd_export,
    "due": cmd_due,
    "check": cmd_check,
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "passphrase": cmd_passphrase,
}
