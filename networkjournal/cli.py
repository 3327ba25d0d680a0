"""The command line: no sub-command opens the window; sub-commands work without a screen.

Exit codes: 0 ok, 1 a problem the user can fix (one line on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from networkjournal import __version__, paths
from networkjournal.cli_backup import (
    cmd_backup,
    cmd_backups,
    cmd_check,
    cmd_passphrase,
    cmd_restore,
)
from networkjournal.cli_common import (
    ENV_PASSPHRASE,
    UserError,
    display_width,
    emit,
    open_journal_for,
    pad,
    passphrase_of,
)
from networkjournal.cli_interop import cmd_export, cmd_import

if TYPE_CHECKING:
    pass


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
    importing.add_argument(
        "--redact-patient-identifiers",
        action="store_true",
        help="replace what looks like a patient's NHS or hospital number, date of birth "
        "or postcode in imported notes with [redacted]",
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
    if passphrase_of(args) is not None:
        raise UserError(
            "the window cannot open encrypted journals yet; use the commands "
            "(networkjournal --help) with --passphrase-file"
        )
    from networkjournal.ui.app import run

    return run(paths.journal_path(args.data_dir))


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill an empty journal with the demo network (or a generated one of a given size)."""
    from networkjournal.demo import build_demo, generate_journal
    from networkjournal.store.people_list import View, view_counts

    path = open_journal_for(args, create=True, writer=True)
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
    emit(
        args,
        summary,
        [f"Made a demo journal at {path}"] + [f"  {key}: {value}" for key, value in made.items()],
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """Print people per network and totals."""
    from networkjournal.store.networks import list_networks
    from networkjournal.store.people_list import View, view_counts

    path = open_journal_for(args, create=False)
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
    emit(args, payload, lines)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Print the people and entries matching the query, best first."""
    from networkjournal.store.search import HIGHLIGHT_END, HIGHLIGHT_START, search

    open_journal_for(args, create=False)
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
    emit(args, payload, lines)
    return 0


def _day(value: dt.date) -> str:
    """A date as lists show it: 25 Nov 2026."""
    return f"{value.day} {value:%b} {value.year}"


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

    open_journal_for(args, create=False)
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
    widths = [max((display_width(cells[i]) for cells in table), default=0) for i in range(4)]
    lines = [
        "  ".join([*(pad(cells[i], widths[i]) for i in range(4)), cells[4]]) for cells in table
    ]
    if not rows:
        within = f" in the next {_plural(args.within, 'day')}" if args.within else ""
        lines.append(f"nobody is due{within} — everyone is in touch")
    emit(args, payload, lines)
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
