"""Render the application icon's PNG sizes and Windows .ico from ``assets/icons/bodymap.svg``.

``make icons``. The SVG is the source; the PNGs (``bodymap-<size>.png``) are what the window,
the desktop entry and the bundle use, so running the application needs no SVG support. The
.ico holds the Windows sizes as PNG images (a format Windows Vista and later read).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "assets" / "icons"
SOURCE = ICONS / "bodymap.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon as a square image of ``size`` pixels with a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file holding the given PNG images (size → PNG bytes)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an .ico directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def main() -> int:
    """Write the PNG sizes and the .ico next to the SVG."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE}: not a valid SVG", file=sys.stderr)
        return 1
    pngs: dict[int, bytes] = {}
    for size in PNG_SIZES:
        path = ICONS / f"bodymap-{size}.png"
        if not render(renderer, size).save(str(path)):
            print(f"{path}: could not be written", file=sys.stderr)
            return 1
        pngs[size] = path.read_bytes()
    (ICONS / "bodymap.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    print(f"wrote {len(pngs)} PNG sizes and bodymap.ico to {ICONS}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
