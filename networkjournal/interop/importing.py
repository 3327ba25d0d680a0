"""Bring one named file into the journal, whatever it is, and say what happened to it.

:func:`import_file` chooses the reader (:mod:`networkjournal.interop.formats`),
matches the records against the journal and saves them
(:mod:`networkjournal.store.importer`), or restores an archive
(:mod:`networkjournal.interop.archive`). It runs inside the caller's
transaction, so several files can be one import, and a dry run is the caller
rolling back. :class:`FileImport` is the summary a person reads: created,
merged, skipped, unchanged, and each failure as "file, line N: message".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from networkjournal.interop.archive import import_archive
from networkjournal.interop.formats import (
    FileKind,
    csv_preset_name,
    file_kind,
    read_contacts_file,
)
from networkjournal.store.import_plan import (
    ImportPlan,
    patient_findings,
    plan_import,
    redact_patient_identifiers,
)
from networkjournal.store.importer import apply_import
from networkjournal.store.patient_guard import Strictness

COUNTED = ("created", "merged", "skipped", "unchanged")


@dataclass
class FileImport:
    """What happened to one imported file."""

    file: str
    kind: str  # vcard, linkedin, google, outlook, generic, archive
    counts: dict[str, int] = field(default_factory=dict)  # each of COUNTED
    failed: list[dict[str, object]] = field(default_factory=list)  # file, line, message
    possible_duplicates: list[dict[str, object]] = field(default_factory=list)
    restored: dict[str, int] | None = None  # an archive: rows per table
    # Records whose notes look like they identify a patient: file, line, found, redacted.
    patient_notes: list[dict[str, object]] = field(default_factory=list)

    def payload(self) -> dict[str, object]:
        """The summary as JSON-ready data."""
        if self.restored is not None:
            return {"file": self.file, "kind": self.kind, "restored": self.restored}
        return {
            "file": self.file,
            "kind": self.kind,
            **self.counts,
            "failed": self.failed,
            "possible_duplicates": self.possible_duplicates,
            "patient_notes": self.patient_notes,
        }

    def lines(self) -> list[str]:
        """The summary line, then each failure as "file, line N: message", then likely doubles."""
        if self.restored is not None:
            people = self.restored.get("person", 0)
            entries = self.restored.get("interaction", 0)
            return [
                f"{self.file} (archive): restored {people} "
                + ("person" if people == 1 else "people")
                + f" and {entries} journal "
                + ("entry" if entries == 1 else "entries")
            ]
        lines = [f"{self.file} ({self.kind}): {counted(self.counts)}, {len(self.failed)} failed"]
        lines += [f"  {f['file']}, line {f['line']}: {f['message']}" for f in self.failed]
        lines += [
            f"  {d['file']}, line {d['line']}: {d['name']} may be "
            + (
                f"person {d['person_id']}"
                if d["person_id"] is not None
                else f"the one on line {d['same_as_line']}"
            )
            + f" ({d['reason']}); kept apart: merge them in the window if they are one person"
            for d in self.possible_duplicates
        ]
        lines += [
            f"  {p['file']}, line {p['line']}: the notes look like they identify a patient "
            f"({p['found']}); "
            + ("redacted" if p["redacted"] else "kept as written (--redact-patient-identifiers)")
            for p in self.patient_notes
        ]
        return lines


def counted(counts: dict[str, int]) -> str:
    """ "3 created, 1 merged, 0 skipped, 2 unchanged"."""
    return ", ".join(f"{counts.get(key, 0)} {key}" for key in COUNTED)


def import_file(
    name: str, data: bytes, preset: str = "auto", *, redact_patients: bool = False
) -> FileImport:
    """Import one file's records (or restore an archive) inside the caller's transaction.

    Raises ImportFormatError when the file cannot be read at all; a record
    that cannot be read is listed in ``failed`` and costs only itself. Notes
    that look like they identify a patient are listed, and redacted first
    when ``redact_patients``.
    """
    kind = file_kind(name, data, preset)
    if kind is FileKind.ARCHIVE:
        return FileImport(name, "archive", restored=import_archive(data, name))
    label = kind.value if kind is FileKind.VCARD else csv_preset_name(name, data, preset)
    plan = plan_import(read_contacts_file(name, data, kind, preset))
    found = patient_findings(plan, Strictness.NORMAL)
    patient_notes = [
        {
            "file": plan.contacts[i].source,
            "line": plan.contacts[i].line,
            "found": ", ".join(sorted({f.kind.value.replace("_", " ") for f in findings})),
            "redacted": redact_patients,
        }
        for i, findings in sorted(found.items())
    ]
    if redact_patients:
        redact_patient_identifiers(plan, found)
    summary = apply_import(plan)
    return FileImport(
        name,
        label,
        counts={
            "created": len(summary.created),
            "merged": len(summary.merged),
            "skipped": summary.skipped,
            "unchanged": summary.unchanged,
        },
        failed=[
            {"file": error.source, "line": error.line, "message": error.message}
            for error in summary.failed
        ],
        possible_duplicates=possible_duplicates(plan),
        patient_notes=patient_notes,
    )


def possible_duplicates(plan: ImportPlan) -> list[dict[str, object]]:
    """Each record only like someone by name (kept apart), with the likeliest of them."""
    found: list[dict[str, object]] = []
    for index, matches in plan.matches_by_record().items():
        best = matches[0]
        if best.sure:
            continue
        contact = plan.contacts[index]
        found.append(
            {
                "file": contact.source,
                "line": contact.line,
                "name": contact.name(),
                "person_id": best.person_id,  # someone in the journal, or
                "same_as_line": (  # an earlier record of the same file
                    plan.contacts[best.same_as].line if best.same_as is not None else None
                ),
                "reason": best.reason,
            }
        )
    return found
