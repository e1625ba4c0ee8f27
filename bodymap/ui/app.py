"""Application start-up: QApplication, the main window, an optional file to open."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

import bodymap
from bodymap.ui import icon

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

ORGANISATION = "bodymap"
APPLICATION = "bodymap"


def configure_application_identity() -> None:
    """Names used by QSettings (recent files, preferences)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(bodymap.__version__)


def run(file: Path | None = None, *, smoke: bool = False, started: float | None = None) -> int:
    """Start the desktop application and return its exit code.

    The window is shown with its diagram first and completed right after that first paint
    (see ``MainWindow``); then garbage collection resumes (see :func:`resume_collecting`),
    unsaved work from a session that did not end cleanly is offered back, and ``file`` is
    opened.

    Args:
        file: a session file to open at start.
        smoke: open the window, wait for the first paint of the diagram and print the seconds
            since process start; then wait until the window takes input and exit 0 (1 if it
            does not, or if ``file`` cannot be opened).
        started: the process start as a ``time.time()`` value, for ``smoke``.
    """
    configure_application_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    icon.set_application_icon(app)
    from bodymap.ui.main_window import MainWindow

    window = MainWindow(deferred=True)
    window.ready.connect(resume_collecting)
    window.show()
    if smoke:
        return _smoke(app, window, file, started)
    window.ready.connect(lambda: after_start(window, file))
    return app.exec()


def resume_collecting() -> None:
    """Collect garbage again (``cli.main`` pauses it for start-up), leaving what start-up made
    out of every later collection: it lives as long as the application."""
    gc.freeze()
    gc.enable()


def after_start(window: MainWindow, file: Path | None) -> bool:
    """Once the window is ready: offer back unsaved work, then open ``file``.

    Returns whether ``file`` (when given) was opened.
    """
    window.files.offer_recovery()
    return file is None or window.files.open_path(file)


def _wait(app: QApplication, done: Callable[[], bool]) -> bool:
    deadline = time.time() + 20
    while not done() and time.time() < deadline:
        app.processEvents()
    return done()


def _smoke(app: QApplication, window: MainWindow, file: Path | None, started: float | None) -> int:
    origin = started if started is not None else time.time()
    if not _wait(app, lambda: window.scene.diagram_item.painted):
        print("bodymap: the diagram was not painted within 20 s", file=sys.stderr)  # noqa: T201
        return 1
    print(f"{time.time() - origin:.3f}", flush=True)  # noqa: T201
    if not _wait(app, lambda: window.is_ready):
        print("bodymap: the window was not ready within 20 s", file=sys.stderr)  # noqa: T201
        return 1
    if file is not None and not window.files.open_path(file):
        return 1
    window.doc.undo_stack.setClean()
    QTimer.singleShot(0, window.close)
    return 0
