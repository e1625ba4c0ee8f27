"""bodymap's application icon for windows, the taskbar and dialogs (``assets/icons``).

Kept apart from the About box so that setting the icon at start costs no more than loading it:
the About box's widgets are loaded only when it is opened.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from bodymap.anatomy import asset_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The PNG sizes of the icon in ``assets/icons`` (drawn from ``bodymap.svg``)."""

DESKTOP_FILE = "bodymap"
"""The desktop entry's name (packaging/bodymap.desktop): Wayland desktops take the taskbar
icon from the entry the window names."""


def application_icon() -> QIcon:
    """bodymap's icon in all its sizes (each PNG is read when a size is first drawn)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(asset_path("icons", f"bodymap-{size}.png")), QSize(size, size))
    return icon


def set_application_icon(app: QGuiApplication) -> None:
    """Give every window of ``app`` bodymap's icon, and name its desktop entry."""
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(DESKTOP_FILE)
