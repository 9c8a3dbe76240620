"""Render the app icon for each platform from the one drawing, resources/icons/labapp.svg.

    python packaging/make_icons.py OUT_DIR

writes OUT_DIR/hicolor/<N>x<N>/apps/labapp.png (the sizes a Linux desktop looks up),
OUT_DIR/labapp.ico (Windows: the exe and its shortcuts) and OUT_DIR/labapp.icns (macOS: the
.app bundle). It runs in the build venv at build time, so no rendered copy is kept in the
repository to drift from the SVG.

Qt draws (QSvgRenderer is what the app itself would use, and the build venv has PySide6);
Pillow packs the ICO and ICNS containers, which Qt's image writers in PySide6-Essentials
do not all cover (no ICNS writer).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "labapp.svg"
# freedesktop's hicolor theme: 16-48 for menus and panels, 128-256 for docks and launchers.
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Windows picks from these in Explorer, the taskbar and on high-DPI screens.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS holds 16-1024 (1024 is the 512@2x Retina entry).
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> Any:
    """The SVG drawn on a transparent size x size QImage."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def to_pillow(image: Any) -> Any:
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main(out_dir: Path) -> None:
    # Drawing needs a Gui application; no screen is needed for it.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    sizes = sorted(set(LINUX_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    # Each size drawn from the vector, not scaled down from a big bitmap: crisper at 16.
    pictures = {size: to_pillow(render(size)) for size in sizes}
    for size in LINUX_SIZES:
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / "labapp.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        pictures[size].save(target)
    pictures[max(ICO_SIZES)].save(
        out_dir / "labapp.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[pictures[s] for s in ICO_SIZES],
    )
    pictures[max(ICNS_SIZES)].save(
        out_dir / "labapp.icns", append_images=[pictures[s] for s in ICNS_SIZES]
    )
    print(f"make_icons: {len(LINUX_SIZES)} PNG sizes, labapp.ico, labapp.icns in {out_dir}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: make_icons.py OUT_DIR")
    main(Path(sys.argv[1]))
