"""Saving an export: ask where, write it whole or not at all, say plainly what went wrong."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from networkjournal.ui.dialogs.messages import show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportFile", text)


def choose_export_path(
    parent: QWidget | None, title: str, suggested_name: str, file_filter: str
) -> Path | None:
    """Ask where to save; None when the user cancels."""
    dialog = QFileDialog(parent, title, str(Path.home() / suggested_name), file_filter)
    dialog.setObjectName("export_file_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(Path(suggested_name).suffix.lstrip("."))
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def write_export(parent: QWidget | None, path: Path, text: str) -> bool:
    """Write ``text`` (UTF-8, newlines as given) to ``path`` whole or not at all."""
    return write_export_bytes(parent, path, text.encode("utf-8"))


def write_export_bytes(parent: QWidget | None, path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file, so a failure leaves no half file."""
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        show_error(
            parent,
            _tr("Not exported"),
            _tr("Could not write %1.").replace("%1", str(path)),
            exc.strerror or str(exc),
        )
        return False
    return True


def export_text(
    parent: QWidget | None,
    title: str,
    suggested_name: str,
    file_filter: str,
    text_of: Callable[[], str],
) -> Path | None:
    """Ask where to save, then write what ``text_of`` returns there; the path, or None."""
    path = choose_export_path(parent, title, suggested_name, file_filter)
    if path is None:
        return None
    return path if write_export(parent, path, text_of()) else None
