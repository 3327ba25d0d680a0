"""Render the app icon (resources/icons/app.svg) into the freedesktop hicolor theme folders.

Writes resources/icons/hicolor/<N>x<N>/apps/<APP_ID>.png for every size in SIZES and copies
the SVG to resources/icons/hicolor/scalable/apps/<APP_ID>.svg. Run it after changing app.svg:

    .venv/bin/python packaging/render_icons.py

It renders with QtSvg (the renderer the program itself uses), on the offscreen platform, so
it needs no screen. ``--check`` renders nothing and exits 1 if a file is missing or stale
in size, for use in a build script.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "app.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

sys.path.insert(0, str(ROOT))
from networkjournal import APP_ID  # noqa: E402  (the checkout, not an installed copy)


def png_path(size: int) -> Path:
    """Where the PNG of ``size`` pixels goes."""
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_path() -> Path:
    """Where the scalable copy of the icon goes."""
    return HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


def render(size: int, source: Path = SOURCE) -> QImage:
    """Return a QImage of the icon at ``size`` x ``size`` pixels, transparent around it."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: Qt cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def write_all() -> list[Path]:
    """Render every size and copy the SVG; return the files written."""
    written = []
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        # The format is the suffix's; quality 0 is PNG's strongest compression, same pixels.
        if not render(size).save(str(target), quality=0):
            raise SystemExit(f"render_icons: could not write {target}")
        written.append(target)
    svg_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, svg_path())
    written.append(svg_path())
    return written


def problems() -> list[str]:
    """Say what is missing or wrong in the rendered set, without rendering anything."""
    from PySide6.QtGui import QImage

    found = []
    for size in SIZES:
        image = QImage(str(png_path(size)))
        if image.isNull():
            found.append(f"{png_path(size).relative_to(ROOT)} is missing or unreadable")
        elif (image.width(), image.height()) != (size, size):
            found.append(
                f"{png_path(size).relative_to(ROOT)} is {image.width()}x{image.height()}, "
                f"not {size}x{size}"
            )
    if not svg_path().is_file() or svg_path().read_bytes() != SOURCE.read_bytes():
        found.append(f"{svg_path().relative_to(ROOT)} is not a copy of {SOURCE.relative_to(ROOT)}")
    return found


def main(argv: list[str] | None = None) -> int:
    """Render the icons (or with --check, only check them); return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only check the rendered files; exit 1 if stale"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if args.check:
        found = problems()
        for problem in found:
            print(f"render_icons: {problem}", file=sys.stderr)
        return 1 if found else 0
    for path in write_all():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
