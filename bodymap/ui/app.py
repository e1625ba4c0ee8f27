"""Application start-up, phase by phase (see ADR 0004).

1. ``cli.main`` configures logging and pauses garbage collection: start-up makes a great many
   long-lived objects and almost no garbage.
2. :func:`run` makes the QApplication and shows the map (:func:`start_window`): the window
   with its diagram, menu bar, toolbar and a "Loading…" details dock.
3. Right after the diagram's first paint the window completes itself
   (:func:`complete_or_quit`): document, panels, controllers and menus. It then takes input
   and emits ``ready``.
4. Once ready, garbage collection resumes (:func:`resume_collecting`), unsaved work from a
   session that did not end cleanly is offered back, a clinic folder is offered on first
   start (:mod:`bodymap.ui.first_run`), the file given is opened, and the temporary files
   crashed saves left beside the recent files are removed in the background
   (:func:`after_start`).

A run nobody watches (``--smoke``) uses :class:`~bodymap.ui.dialogs.NonInteractiveDialogs`:
no dialog on its way waits for an answer.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

import bodymap
from bodymap import languages
from bodymap.i18n import translate
from bodymap.ui import icon, language_choice
from bodymap.ui.dialogs import Dialogs, NonInteractiveDialogs
from bodymap.ui.language_choice import chosen_language
from bodymap.ui.main_window import MainWindow

_log = logging.getLogger(__name__)


def configure_application_identity() -> None:
    """Names used by QSettings (recent files, preferences)."""
    language_choice.name_the_settings()
    QCoreApplication.setApplicationVersion(bodymap.__version__)


def run(
    file: Path | None = None,
    *,
    smoke: bool = False,
    started: float | None = None,
    language: str | None = None,
) -> int:
    """Start the desktop application and return its exit code.

    Args:
        file: a session file to open at start.
        smoke: open the window, wait for the first paint of the diagram and print the seconds
            since process start; then wait until the window takes input and exit 0 (1 if it
            does not, or if ``file`` cannot be opened).
        started: the process start as a ``time.time()`` value, for ``smoke``.
        language: the language of the window (``--lang``); None: the one chosen in
            Preferences, else the system's.
    """
    configure_application_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    languages.use(language or chosen_language() or languages.system_language())
    icon.set_application_icon(app)
    window = start_window(NonInteractiveDialogs if smoke else Dialogs)
    window.ready.connect(resume_collecting)
    window.show()
    if smoke:
        return _smoke(app, window, file, started)
    window.ready.connect(lambda: after_start(window, file))
    return app.exec()


def start_window(dialogs: type[Dialogs] = Dialogs) -> MainWindow:
    """The map, ready to be shown; the window completes itself after its first paint."""
    window = MainWindow(dialogs=dialogs, complete=False)
    window.scene.diagram_item.on_first_paint = lambda: QTimer.singleShot(
        0, lambda: complete_or_quit(window)
    )
    return window


def complete_or_quit(window: MainWindow) -> None:
    """Complete the window; if that fails, say so and end the application.

    A window that stayed at "Loading…" would look alive but could not be used.
    """
    if not window.isVisible():
        return  # closed before it completed: nothing to build, no file to open
    try:
        window.complete()
    except Exception:
        _log.exception("the main window could not be completed")
        window.dialogs.error(
            window,
            translate("app", "bodymap cannot start"),
            translate(
                "app",
                "bodymap could not finish opening its window (an internal error). "
                "No session was opened or changed.",
            ),
        )
        QApplication.exit(1)


def resume_collecting() -> None:
    """Collect garbage again (``cli.main`` pauses it for start-up), leaving what start-up made
    out of every later collection: it lives as long as the application."""
    gc.freeze()
    gc.enable()


def after_start(window: MainWindow, file: Path | None) -> bool:
    """Once the window is ready: offer back unsaved work, offer a clinic folder (first start,
    or the chosen one is missing), then open ``file``; then tidy up (:func:`tidy_up`).

    Returns whether ``file`` (when given) was opened.
    """
    parts = window.completed()
    parts.files.offer_recovery()
    parts.history.check_clinic_folder()
    opened = file is None or window.open_file(file)
    tidy_up(parts.files.recent_files())
    return opened


def tidy_up(recent: Sequence[Path]) -> threading.Thread:
    """Keep the settings private, and remove in the background the temporary files that
    crashed saves left in the folders of the ``recent`` files (whole sessions, in folders
    others may read; a folder on a slow network share must not hold up the window).

    Returns the thread doing it.
    """
    from bodymap import storage
    from bodymap.ui import preferences

    preferences.keep_private()
    folders = list(recent)
    worker = threading.Thread(
        target=storage.cleanup_folders, args=(folders,), name="bodymap-tidy-up", daemon=True
    )
    worker.start()
    return worker


def _wait(app: QApplication, done: Callable[[], bool]) -> bool:
    deadline = time.time() + 20
    while not done() and time.time() < deadline:
        app.processEvents()
    return done()


def _smoke(app: QApplication, window: MainWindow, file: Path | None, started: float | None) -> int:
    origin = started if started is not None else time.time()
    if not _wait(app, lambda: window.scene.diagram_item.painted):
        print(  # noqa: T201
            translate("app", "bodymap: the diagram was not painted within 20 s"), file=sys.stderr
        )
        return 1
    print(f"{time.time() - origin:.3f}", flush=True)  # noqa: T201
    if not _wait(app, lambda: window.is_ready):
        print(  # noqa: T201
            translate("app", "bodymap: the window was not ready within 20 s"), file=sys.stderr
        )
        return 1
    if file is not None and not window.open_file(file):
        return 1
    window.doc.undo_stack.setClean()
    # Closed here, not later from the event loop (which a smoke run never enters): closing
    # releases the file's lock, which would otherwise stay behind with a finished process.
    window.close()
    return 0
