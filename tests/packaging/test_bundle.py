"""The one-folder bundle: packaging/build_bundle.sh builds it with PyInstaller and smoke-tests it.

The build (a throwaway venv, pip install '.[bundle]', pyinstaller, then the bundle run
from a clean directory under ``env -i``) is under the ``slow`` marker (about a minute), so .ci/run's
``pytest -m slow`` builds it every time; set NETWORKJOURNAL_SKIP_BUNDLE=1 to leave it
out. The quick checks here keep the spec, the script and the entry's quit hook sound
in the default run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "build_bundle.sh"
SPEC = ROOT / "packaging" / "pyinstaller" / "networkjournal.spec"
ENTRY = ROOT / "packaging" / "pyinstaller" / "networkjournal_main.py"
MAKE_ICONS = ROOT / "packaging" / "pyinstaller" / "make_icons.py"
CHECKS = ("plugin-libs", "version", "demo", "stats", "window")


def test_spec_and_entry_are_valid_python() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    compile(ENTRY.read_text(encoding="utf-8"), str(ENTRY), "exec")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_build_script_parses() -> None:
    subprocess.run(["bash", "-n", str(SCRIPT)], check=True)


def test_entry_opens_the_window_and_quits_when_asked(tmp_path: Path) -> None:
    """The hook the bundle's smoke test relies on, run unfrozen: window up, report, exit 0."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NETWORKJOURNAL_QUIT_AFTER_MS": "300"}
    done = subprocess.run(
        [sys.executable, str(ENTRY), "--data-dir", str(tmp_path / "journal")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke: platform=offscreen" in done.stdout
    assert "smoke: frozen=False" in done.stdout
    assert "smoke: svg-imageformat=True app-icon-null=False" in done.stdout
    assert "smoke: window main_window title='Network Journal'" in done.stdout


def test_make_icons_writes_ico_and_icns_readable_by_qt(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, str(MAKE_ICONS), str(tmp_path)], env=env, check=True, timeout=120
    )
    from PySide6.QtGui import QImageReader

    ico = tmp_path / "networkjournal.ico"
    icns = tmp_path / "networkjournal.icns"
    assert ico.read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert icns.read_bytes()[:4] == b"icns"
    assert QImageReader(str(ico)).imageCount() == 7
    reader = QImageReader(str(icns))
    assert reader.imageCount() == 11
    sizes = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        sizes.add(reader.read().width())
    assert sizes == {16, 32, 64, 128, 256, 512, 1024}


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the script builds on Linux")
@pytest.mark.skipif(
    os.environ.get("NETWORKJOURNAL_SKIP_BUNDLE") == "1", reason="NETWORKJOURNAL_SKIP_BUNDLE=1"
)
def test_bundle_builds_and_starts_from_a_clean_directory(tmp_path: Path) -> None:
    env = {**os.environ, "BASE_PYTHON": sys.executable, "TMPDIR": str(tmp_path)}
    env.pop("PYTHON", None)  # always a throwaway venv: never touch the test environment
    if os.geteuid() == 0 and shutil.which("apt-get"):
        env["BUNDLE_APT"] = "1"  # CI: the X11/Wayland plugins' libraries, to bundle them
    out = tmp_path / "dist"
    done = subprocess.run(
        ["bash", str(SCRIPT), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    report = done.stdout + done.stderr
    print(report)  # shown by pytest -ra when the test fails
    assert done.returncode == 0, report[-6000:]
    assert (out / "networkjournal" / "networkjournal").is_file()
    for name in CHECKS:
        assert re.search(rf"^PASS {name}$", done.stdout, re.M), f"{name} did not pass"
    assert re.search(r"^bundle smoke test: \d+ passed, 0 failed$", done.stdout, re.M)
