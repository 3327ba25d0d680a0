"""Commands that bring contacts in and take everything out: import and export."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from networkjournal import paths
from networkjournal.cli_common import UserError, emit, open_journal_for, refuse_if_open


def cmd_import(args: argparse.Namespace) -> int:
    """Import contacts files (or restore an archive) in one transaction; print what happened.

    The files are read first, so a missing one changes nothing; a file that
    cannot be read at all stops the import and nothing of it, or of the files
    before it, is kept. A record that cannot be read costs only itself.
    """
    if not args.dry_run:
        refuse_if_open(paths.journal_path(args.data_dir))
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

    open_journal_for(args, create=True)
    # write() turns a full disk or a read-only folder into a sentence; a dry run only reads.
    with db.atomic() if args.dry_run else write() as transaction:
        try:
            done = [
                import_file(
                    name, data, args.preset, redact_patients=args.redact_patient_identifiers
                )
                for name, data in files
            ]
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
    emit(args, payload, lines)
    return 0


def _read_input(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise UserError(f"could not read {name}: {exc.strerror or exc}") from exc


def cmd_export(args: argparse.Namespace) -> int:
    """Write part of the journal as a file (or to standard output)."""
    open_journal_for(args, create=False)
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
