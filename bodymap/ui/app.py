"""Application start-up: QApplication, the main window, an optional file to open."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

import bodymap

ORGANISATION = "bodymap"
APPLICATION = "bodymap"


def configure_application_identity() -> None:
    """Names used by QSettings (recent files, preferences)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(bodymap.__version__)


def run(file: Path | None = None, *, smoke: bool = False, started: float | None = None) -> int:
    """Start the desktop application and return its exit code.

    Args:
        file: a session file to open at start.
        smoke: open the window, wait for the first paint of the diagram, print the seconds
            since process start and exit 0.
        started: the process start as a ``time.time()`` value, for ``smoke``.
    """
    configure_application_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from bodymap.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if file is not None and not window.files.open_path(file) and smoke:
        return 1
    if smoke:
        return _smoke(app, window, started)
    return app.exec()


def _smoke(app: QApplication, window: object, started: float | None) -> int:
    from bodymap.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    item = window.scene.diagram_item
    deadline = time.time() + 20
    while not item.painted and time.time() < deadline:
        app.processEvents()
    if not item.painted:
        print("bodymap: the diagram was not painted within 20 s", file=sys.stderr)  # noqa: T201
        return 1
    elapsed = time.time() - (started if started is not None else time.time())
    print(f"{elapsed:.3f}")  # noqa: T201
    QTimer.singleShot(0, window.close)
    window.doc.undo_stack.setClean()
    return 0
