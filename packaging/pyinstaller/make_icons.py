"""Render resources/icons/app.svg as the icons PyInstaller embeds: .ico (Windows), .icns (macOS).

    python packaging/pyinstaller/make_icons.py [OUT_DIR]   (default: packaging/pyinstaller/)

writes OUT_DIR/networkjournal.ico (PNG images at 16 to 256 pixels, the layout Windows
Vista and later read) and OUT_DIR/networkjournal.icns (PNG images at 16 to 1024 pixels,
1x and 2x). networkjournal.spec picks them up by name. Needs only PySide6 (QtSvg), so it
runs on any of the three systems; on macOS ``iconutil -c icns`` on an .iconset folder is
Apple's own way to the same file.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE.parents[1] / "resources" / "icons" / "app.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, with their pixel sizes (2x types are Retina).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(size: int) -> object:
    """Return app.svg drawn into a transparent ``size`` x ``size`` QImage."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def png_bytes(image: object) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[attr-defined]
    buffer.close()
    return bytes(data.data())


def write_ico(path: Path) -> None:
    """Write an ICO holding one PNG per size in ICO_SIZES."""
    pngs = [png_bytes(render(size)) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries = b""
    for size, png in zip(ICO_SIZES, pngs, strict=True):
        side = size % 256  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    path.write_bytes(header + entries + b"".join(pngs))


def write_icns(path: Path) -> None:
    """Write an ICNS holding a PNG for each size macOS asks for (16 to 1024, 1x and 2x)."""
    chunks = b""
    for kind, size in ICNS_TYPES:
        png = png_bytes(render(size))
        chunks += kind + struct.pack(">I", 8 + len(png)) + png
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication(sys.argv[:1])
    write_ico(out / "networkjournal.ico")
    write_icns(out / "networkjournal.icns")
    for name in ("networkjournal.ico", "networkjournal.icns"):
        print(out / name, (out / name).stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
