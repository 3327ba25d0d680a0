"""House rules a command can check: every package installed, Qt kept out of the lower layers."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "networkjournal"


def test_every_package_is_listed_for_installation() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in PACKAGE.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert "networkjournal.resources" in listed


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_nothing_below_ui_imports_qt() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for layer in ("store", "interop", "demo")
        for path in (PACKAGE / layer).rglob("*.py")
        if _imports(path) & {"PySide6", "shiboken6"}
    ]
    offenders += [
        name
        for name in ("paths.py", "cli.py")
        if _imports(PACKAGE / name) & {"PySide6", "shiboken6"}
    ]
    assert offenders == []


def _modules(path: Path) -> set[str]:
    """The full names of the modules ``path`` imports."""
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_store_depends_on_nothing_above_it() -> None:
    above = ("networkjournal.interop", "networkjournal.ui", "networkjournal.demo")
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (PACKAGE / "store").rglob("*.py")
        for name in _modules(path)
        if name.startswith(above) or name == "networkjournal.cli"
    ]
    assert offenders == []
