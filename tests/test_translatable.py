"""Every user-visible string in ``networkjournal/ui`` goes through ``tr()``.

A simple AST check: a string literal (or f-string) with a letter in it, handed
straight to a Qt call that shows text (``setText``, ``QLabel(...)``,
``QMessageBox.warning(...)``, ``addRow(...)`` …), is a string no translator
will ever see. Wrapping it in ``self.tr(...)``, ``QCoreApplication.translate(...)``,
a module's ``_tr(...)`` or ``QT_TRANSLATE_NOOP(...)`` makes it a call, so it passes.

Text built elsewhere and passed in a variable is not followed: this check
catches the common slip, not every one.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "networkjournal" / "ui"
REPO = UI.parents[1]

# Strings that carry letters but are not words a translator should see.
# (Text without any letter, such as "+", "…", "·" or a minus sign, passes anyway.)
ALLOWED: dict[str, str] = {
    "X": "a glyph to measure a link's height with (dashboard_panel), never shown",
}

# Which positional arguments of a call show text. ``None`` means "every
# positional argument"; a method whose first argument may be an icon lists
# the text position after the icon as well (see ``_text_args``).
TEXT_METHODS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setWindowIconText": (0,),
    "setToolTip": (0,),
    "setPlaceholderText": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setTitle": (0,),
    "setSubTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "setSpecialValueText": (0,),
    "setCancelButtonText": (0,),
    "setOkButtonText": (0,),
    "setIconText": (0,),
    "setNameFilter": (0,),
    "setNameFilters": (0,),
    "showMessage": (0,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "addItem": (0,),
    "insertItem": (1,),
    "addItems": (0,),
    "setItemText": (1,),
    "setItemToolTip": (1,),
    "addAction": (0,),
    "addMenu": (0,),
    "addSection": (0,),
    "addButton": (0,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "addRow": (0,),
    "insertRow": (1,),
    "setHeaderData": (2,),
}

TEXT_CLASSES: dict[str, tuple[int, ...] | None] = {
    "QLabel": (0,),
    "QPushButton": (0,),
    "QToolButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0,),
    "QMenu": (0,),
    "QCommandLinkButton": (0, 1),
    "QStandardItem": (0,),
    "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    "QTreeWidgetItem": (0,),
    "QMessageBox": None,
    "QProgressDialog": (0, 1),
}

# The project's own widgets and helpers that put their argument on screen.
PROJECT_HELPERS: dict[str, tuple[int, ...]] = {
    "plain_label": (1,),
    "quiet_label": (0,),
    "caption": (0,),
    "heading": (0,),
    "buddy": (0,),
    "LinkButton": (0,),
    "ElidedLabel": (0,),
    "ItemRow": (0,),
    "line_edit": (1,),
    "confirm": (1, 2, 3, 4),
    "show_error": (1, 2, 3),
    "tool_button": (1, 2),
    "remove_button": (0, 1),
    "name_picker": (1, 2),
    "Section": (1, 2),
    "ListCard": (1, 2),
    "ListSection": (1,),
    "InlineText": (1, 2),
    "FigureButton": (1,),
}

# Static helpers of message boxes, input and file dialogs: ``(parent, title, text …)``.
DIALOG_HELPERS: dict[str, dict[str, tuple[int, ...]]] = {
    "QMessageBox": {
        name: (1, 2) for name in ("information", "warning", "critical", "question", "about")
    },
    "QInputDialog": {
        name: (1, 2) for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText")
    },
    "QFileDialog": {
        "getOpenFileName": (1, 3),
        "getOpenFileNames": (1, 3),
        "getSaveFileName": (1, 3),
        "getExistingDirectory": (1,),
    },
}

TEXT_KEYWORDS = {
    "text",
    "title",
    "caption",
    "label",
    "toolTip",
    "tooltip",
    "tip",
    "statusTip",
    "whatsThis",
    "placeholderText",
    "windowTitle",
    "filter",
    "informativeText",
    "accessibleName",
    "accessibleDescription",
}


@dataclass(frozen=True)
class Offence:
    """One hard-coded string, where it is and what it says."""

    path: Path
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        where = f"{self.path.relative_to(REPO)}:{self.line}"
        return f"{where}: {self.call}({self.text!r}) is not translated"


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _untranslated(node: ast.expr) -> Iterator[tuple[int, str]]:
    """Literal text with letters inside ``node`` that reaches the screen as it is."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _has_letter(node.value) and node.value not in ALLOWED:
            yield node.lineno, node.value
    elif isinstance(node, ast.JoinedStr):
        literal = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        if _has_letter(literal) and literal not in ALLOWED:
            yield node.lineno, ast.unparse(node)
    elif isinstance(node, ast.IfExp):
        yield from _untranslated(node.body)
        yield from _untranslated(node.orelse)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        yield from _untranslated(node.left)
        yield from _untranslated(node.right)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _untranslated(element)
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"format", "arg", "join"}
    ):
        # "Hello {}".format(name): the receiver is the text.
        yield from _untranslated(node.func.value)


def _looks_like_icon(node: ast.expr) -> bool:
    target = node
    while isinstance(target, ast.Call):
        target = target.func
    return "icon" in _name(target).lower()


def _text_args(call: ast.Call, positions: tuple[int, ...] | None) -> Iterator[ast.expr]:
    args = call.args
    if positions is None:
        yield from args
    else:
        for position in positions:
            # addAction(icon, text), QPushButton(icon, text), addTab(page, icon, text):
            # an icon pushes the text one place on.
            if position < len(args) and _looks_like_icon(args[position]):
                position += 1
            if position < len(args):
                yield args[position]
    for keyword in call.keywords:
        if keyword.arg in TEXT_KEYWORDS:
            yield keyword.value


def _shown_args(call: ast.Call) -> Iterator[ast.expr]:
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        helpers = DIALOG_HELPERS.get(func.value.id)
        if helpers is not None:
            if func.attr in helpers:
                yield from _text_args(call, helpers[func.attr])
            return
    name = _name(func)
    if name in TEXT_CLASSES:
        yield from _text_args(call, TEXT_CLASSES[name])
    elif name in PROJECT_HELPERS:
        yield from _text_args(call, PROJECT_HELPERS[name])
    elif isinstance(func, ast.Attribute) and name in TEXT_METHODS:
        yield from _text_args(call, TEXT_METHODS[name])


def find_untranslated(path: Path) -> list[Offence]:
    """Every hard-coded user-visible string in one source file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            call = _name(node.func)
            for argument in _shown_args(node):
                for line, text in _untranslated(argument):
                    found.append(Offence(path, line, call, text))
    return found


def _check(source: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "sample.py"
    path.write_text(source, encoding="utf-8")
    return [offence.text for offence in find_untranslated(path)]


def test_no_hard_coded_user_visible_strings_in_ui() -> None:
    offences = [
        str(offence) for path in sorted(UI.rglob("*.py")) for offence in find_untranslated(path)
    ]
    assert not offences, "wrap these in self.tr() / _tr():\n" + "\n".join(offences)


def test_check_finds_literals_handed_to_qt(tmp_path: Path) -> None:
    source = """
label = QLabel("Name")
button.setText(f"Delete {count} people")
box.addAction(icon("trash"), "Move to Trash")
QMessageBox.warning(self, "Careful", "This cannot be undone")
form.addRow("Email:", field)
view.setHorizontalHeaderLabels(["Name", "Met"])
tabs.addTab(page, "Journal")
status.showMessage("Saved" if ok else "Failed")
row = plain_label("met_label", "Met at")
"""
    assert _check(source, tmp_path) == [
        "Name",
        "f'Delete {count} people'",
        "Move to Trash",
        "Careful",
        "This cannot be undone",
        "Email:",
        "Name",
        "Met",
        "Journal",
        "Saved",
        "Failed",
        "Met at",
    ]


def test_check_lets_translated_and_wordless_text_through(tmp_path: Path) -> None:
    source = """
label = QLabel(self.tr("Name"))
button.setText(_tr("Delete"))
box.addAction(QCoreApplication.translate("Ctx", "Move"))
more.setText("+")
dots.setText("…")
combo.addItem(self.tr("Email"), "email")
size.setText(f"{width} \u00d7 {height}")
name = QT_TRANSLATE_NOOP("Ctx", "Later")
field.setObjectName("search_field")
"""
    assert _check(source, tmp_path) == []
