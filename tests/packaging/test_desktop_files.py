"""The Linux desktop files: the .desktop entry, AppStream metainfo, icons and Flatpak manifest.

The validators (desktop-file-validate from desktop-file-utils, appstreamcli from
appstream) run where they are installed and skip with the reason where not; the
checks that hold the files to the package (app id, version, launcher script,
icon sizes) need no tool and always run.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

import networkjournal
from networkjournal import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK_MANIFEST = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
APP_SVG = ROOT / "resources" / "icons" / "app.svg"


def load_render_icons() -> ModuleType:
    """packaging/render_icons.py, loaded by path (``packaging`` is also a PyPI package)."""
    spec = importlib.util.spec_from_file_location(
        "networkjournal_render_icons", ROOT / "packaging" / "render_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RENDER_ICONS = load_render_icons()


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def project_scripts() -> dict[str, str]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["project"]["scripts"]


def run_tool(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


# --- the validators ---------------------------------------------------------------------


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (Debian: apt-get install desktop-file-utils)",
)
def test_desktop_file_passes_desktop_file_validate() -> None:
    result = run_tool("desktop-file-validate", str(DESKTOP_FILE))
    # It prints nothing for a clean file; hints and warnings would be printed with exit 0.
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli is not installed (Debian: apt-get install appstream)",
)
def test_metainfo_passes_appstreamcli_validate() -> None:
    result = run_tool("appstreamcli", "validate", "--no-net", "--explain", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    # Errors and warnings fail validation; infos (such as AppStream 0.16 not knowing
    # AppStream 1.0's <developer>) do not.
    assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout


# --- the desktop entry, held to the package ----------------------------------------------


def test_desktop_file_is_named_for_the_app_id_qt_reports_to_wayland() -> None:
    # Qt sends desktopFileName as the Wayland app id; the shell looks for <that>.desktop.
    assert DESKTOP_FILE.is_file()


def test_desktop_file_icon_is_the_app_id() -> None:
    assert desktop_entry()["Icon"] == APP_ID


def test_desktop_file_exec_runs_a_script_the_package_installs() -> None:
    command = desktop_entry()["Exec"].split()[0]
    assert command in project_scripts()


def test_desktop_file_passes_no_file_arguments_the_program_does_not_take() -> None:
    # The program has no file argument (imports go through its menus and drops), so
    # %f/%F/%u/%U would hand it files it cannot open.
    assert not re.search(r"%[fFuU]", desktop_entry()["Exec"])


def test_desktop_file_names_the_program_as_the_package_does() -> None:
    entry = desktop_entry()
    assert entry["Name"] == networkjournal.APP_NAME
    assert entry["Type"] == "Application"
    assert entry["Terminal"] == "false"


def test_window_class_and_desktop_file_name_match_what_the_program_sets(qapp: object) -> None:
    from PySide6.QtGui import QGuiApplication

    from networkjournal.ui.app import make_application

    identity = [
        "ApplicationName",
        "ApplicationDisplayName",
        "ApplicationVersion",
        "OrganizationName",
        "OrganizationDomain",
        "DesktopFileName",
    ]
    before = {name: getattr(QGuiApplication, name[0].lower() + name[1:])() for name in identity}
    try:
        make_application()
        # Qt's xcb platform sets WM_CLASS's class to applicationName().
        assert desktop_entry()["StartupWMClass"] == QGuiApplication.applicationName()
        assert QGuiApplication.desktopFileName() == DESKTOP_FILE.stem
    finally:  # the other tests' application keeps the identity it had
        for name, value in before.items():
            getattr(QGuiApplication, f"set{name}")(value)


# --- the metainfo, held to the package ---------------------------------------------------


def test_metainfo_id_is_the_app_id() -> None:
    assert metainfo().findtext("id") == APP_ID


def test_metainfo_launches_the_desktop_file() -> None:
    launchable = metainfo().find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name


def test_metainfo_newest_release_is_the_package_version() -> None:
    releases = metainfo().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == networkjournal.__version__


def test_metainfo_provides_the_launcher_script() -> None:
    binaries = {element.text for element in metainfo().findall("provides/binary")}
    assert binaries == set(project_scripts())


def test_metainfo_licence_is_the_package_licence() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        licence = tomllib.load(file)["project"]["license"]
    assert metainfo().findtext("project_license") == licence


def test_metainfo_and_desktop_file_list_the_same_categories() -> None:
    in_metainfo = [element.text for element in metainfo().findall("categories/category")]
    in_desktop = [name for name in desktop_entry()["Categories"].split(";") if name]
    assert in_metainfo == in_desktop


# --- the icons -------------------------------------------------------------------------------


def test_app_icon_is_plain_svg_that_qt_renders() -> None:
    text = APP_SVG.read_text(encoding="utf-8")
    # Filters, masks and text render differently (or not at all) across Qt and desktops.
    for construct in ("<filter", "<mask", "<text", "<image", "<foreignObject"):
        assert construct not in text
    renderer = QSvgRenderer(str(APP_SVG))
    assert renderer.isValid()
    assert renderer.viewBoxF().width() == renderer.viewBoxF().height()


@pytest.mark.parametrize("size", RENDER_ICONS.SIZES)
def test_rendered_icon_exists_at_its_size(size: int) -> None:
    image = QImage(str(RENDER_ICONS.png_path(size)))
    assert not image.isNull(), f"missing: run {sys.executable} packaging/render_icons.py"
    assert (image.width(), image.height()) == (size, size)


@pytest.mark.parametrize("size", [16, 256])
def test_rendered_icon_is_up_to_date_with_the_svg(size: int) -> None:
    """A changed app.svg with stale PNGs fails here (within a tolerance for Qt versions)."""
    committed = QImage(str(RENDER_ICONS.png_path(size))).convertToFormat(
        QImage.Format.Format_ARGB32
    )
    fresh = RENDER_ICONS.render(size).convertToFormat(QImage.Format.Format_ARGB32)
    old, new = bytes(committed.constBits()), bytes(fresh.constBits())
    assert len(old) == len(new)
    mean_difference = sum(abs(a - b) for a, b in zip(old, new, strict=True)) / len(old)
    assert mean_difference < 2, "app.svg changed: run packaging/render_icons.py"


def test_scalable_icon_is_a_copy_of_the_app_icon() -> None:
    assert RENDER_ICONS.svg_path().read_bytes() == APP_SVG.read_bytes()


def test_hicolor_theme_holds_only_the_app_icon() -> None:
    # Installed with `cp -r` into share/icons/: anything else there would be exported too.
    names = {path.name for path in RENDER_ICONS.HICOLOR.rglob("*") if path.is_file()}
    assert names == {f"{APP_ID}.png", f"{APP_ID}.svg"}


# --- the Flatpak manifest ----------------------------------------------------------------


def test_flatpak_manifest_names_the_app_id_and_the_launcher() -> None:
    # Checked on the text so it runs without PyYAML; the parsed checks follow.
    text = FLATPAK_MANIFEST.read_text(encoding="utf-8")
    assert re.search(rf"^id: {re.escape(APP_ID)}$", text, re.MULTILINE)
    command = re.search(r"^command: (\S+)$", text, re.MULTILINE)
    assert command is not None
    assert command.group(1) in project_scripts()


def parsed_manifest() -> dict[str, object]:
    yaml = pytest.importorskip("yaml", reason="PyYAML is not installed (pip install pyyaml)")
    manifest = yaml.safe_load(FLATPAK_MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(manifest, dict)
    return manifest


def test_flatpak_manifest_is_consistent() -> None:
    manifest = parsed_manifest()
    assert manifest["id"] == APP_ID
    assert manifest["command"] in project_scripts()
    # The PySide BaseApp is built for exactly one branch of the KDE runtime.
    assert manifest["runtime-version"] == manifest["base-version"]
    assert "/app/cleanup-BaseApp.sh" in manifest["cleanup-commands"]  # type: ignore[operator]


def test_flatpak_app_stays_offline_and_out_of_the_home_folder() -> None:
    finish_args = parsed_manifest()["finish-args"]
    assert isinstance(finish_args, list)
    assert "--share=network" not in finish_args
    assert not [arg for arg in finish_args if arg.startswith("--filesystem")]


def test_flatpak_build_installs_files_that_exist() -> None:
    modules = parsed_manifest()["modules"]
    assert isinstance(modules, list)
    app = modules[-1]
    source = app["sources"][0]
    assert (FLATPAK_MANIFEST.parent / source["path"]).resolve() == ROOT
    commands = " ".join(app["build-commands"]).replace("${FLATPAK_ID}", APP_ID)
    for installed in ("packaging/linux/", "resources/icons/hicolor"):
        assert installed in commands
    for relative in re.findall(r"(?:packaging|resources)/\S+", commands):
        assert (ROOT / relative).exists(), relative
