"""Command line: ``bodymap [FILE]``, ``bodymap validate``, ``bodymap schema``, ``bodymap print``.

Only this package writes to stdout/stderr. ``bodymap [FILE]`` opens the window; the other
commands (:mod:`.commands`: ``validate``, ``schema`` and ``print`` in :mod:`.files`, ``export``
in :mod:`.exports`, ``sign``, ``verify`` and ``amend`` in :mod:`.signatures`) are loaded only
to run one, and the widget layer only to open the window, so the headless commands never load
QtWidgets.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import bodymap
from bodymap import i18n
from bodymap.cli.parsing import Parser
from bodymap.cli.terminal import shown
from bodymap.i18n import translate


def _process_start() -> float:
    """When this process started, as a ``time.time()`` value (best effort)."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
        return time.time() - up + start_ticks / ticks
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED


_IMPORTED = time.time()
LOG_LEVEL_VARIABLE = "BODYMAP_LOG_LEVEL"
"""Environment variable naming the least severe log level shown (default WARNING)."""

_SUBCOMMANDS = ("validate", "schema", "print", "export", "sign", "verify", "amend")
_QT_COMMANDS = frozenset({"print"})
"""The commands that draw with Qt, and so may read the language preference with it."""


LANGUAGE_OPTION = "--lang"


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang de|en|es``: the language of the messages, the window and the printed record
    (it is read before the command line is parsed; see :func:`requested_language`)."""
    parser.add_argument(
        LANGUAGE_OPTION,
        choices=sorted(i18n.LANGUAGES),
        metavar="{" + ",".join(sorted(i18n.LANGUAGES)) + "}",
        help=translate(
            "cli",
            "language of the messages, the window and the printed record (default: the "
            "language preference, else the system's)",
        ),
    )


def requested_language(args: Sequence[str]) -> str | None:
    """The language ``--lang X`` or ``--lang=X`` asks for, wherever it stands; None when it
    is not given or names no language bodymap speaks (the parser then says so)."""
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == LANGUAGE_OPTION and index + 1 < len(args):
            value: str | None = args[index + 1]
        elif arg.startswith(LANGUAGE_OPTION + "="):
            value = arg.partition("=")[2]
        else:
            continue
        return value if value in i18n.LANGUAGES else None
    return None


def _command(args: Sequence[str]) -> str | None:
    """The subcommand ``args`` name (the first word that is not ``--lang`` or its value)."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == LANGUAGE_OPTION:
            skip = True
        elif not arg.startswith(LANGUAGE_OPTION + "="):
            return arg if arg in _SUBCOMMANDS else None
    return None


def _app_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="bodymap",
        description=translate(
            "cli",
            "Trigger point map of the posterior upper back and shoulders. Other commands: "
            "{commands} (bodymap COMMAND --help).",
        ).format(commands=", ".join(_SUBCOMMANDS)),
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        help=translate("cli", "session file to open (.bodymap.json)"),
    )
    parser.add_version(f"bodymap {bodymap.__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=translate(
            "cli",
            "open the main window, wait until the diagram is painted, print the seconds "
            "since process start and exit",
        ),
    )
    add_language_option(parser)
    return parser


def _check_before_the_window(file: Path) -> int:
    """``--smoke FILE``: read the file headless first, so a bad file ends the run with its
    error on stderr (exit 1) instead of an error box that nobody will close."""
    from bodymap import storage

    try:
        storage.load_session(file)
    except storage.SessionFileError as exc:
        print(
            translate("cli", "{file}: {problem}").format(file=shown(file), problem=shown(exc)),
            file=sys.stderr,
        )
        return 1
    return 0


def configure_logging() -> None:
    """Send log records to stderr, once for the whole process, from WARNING up.

    ``BODYMAP_LOG_LEVEL=DEBUG`` (or INFO) shows the details that explain an internal error.
    """
    name = os.environ.get(LOG_LEVEL_VARIABLE, "WARNING").upper()
    level = logging.getLevelNamesMapping().get(name, logging.WARNING)
    logging.basicConfig(level=level, format="bodymap: %(levelname)s %(name)s: %(message)s")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the process exit code."""
    configure_logging()
    args = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # a name the terminal cannot show is escaped, not fatal
            reconfigure(errors="backslashreplace")
    language = requested_language(args)
    if _command(args) is not None:
        from bodymap.cli import commands

        # The preference is read with Qt's settings: only by the commands that load Qt anyway
        # (the others start without it, and follow the system's language).
        preferred = _preferred_language() if _command(args) in _QT_COMMANDS else None
        with _speaking(language or preferred or _system_language()):
            return commands.run(args)

    # The window speaks what its messages before it speak: one choice, made here.
    language = language or _preferred_language() or _system_language()
    with _speaking(language):
        ns = _app_parser().parse_args(args)
        if ns.smoke and ns.file is not None and _check_before_the_window(ns.file):
            return 1
    # Start-up phase 1 (bodymap.ui.app lists them all): start-up creates a great many objects
    # that live as long as the application and almost no garbage, so collecting is paused
    # until the window takes input. Only what the map needs is imported here; the window
    # loads the model, storage and clinical layers once the map is painted.
    gc.disable()
    from bodymap.ui import app

    return app.run(file=ns.file, smoke=ns.smoke, started=_process_start(), language=language)


def _preferred_language() -> str | None:
    """The language chosen in Preferences (the window's), or None to follow the system's."""
    from PySide6.QtCore import QCoreApplication

    from bodymap.ui import language_choice

    if not QCoreApplication.organizationName():
        language_choice.name_the_settings()
    return language_choice.chosen_language()


def _system_language() -> str:
    """The system's language for the commands: from the locale's environment variables
    where they are set (without loading Qt), else as Qt reads the system's locale."""
    found = i18n.language_from_environment(os.environ)
    if found is not None:
        return found
    from bodymap import languages

    return languages.system_language()


@contextlib.contextmanager
def _speaking(language: str) -> Iterator[None]:
    """Messages in ``language`` for a while (nothing is loaded for English), then the source
    language again."""
    if language == i18n.SOURCE_LANGUAGE:
        yield
        return
    from bodymap import languages

    languages.use(language)
    try:
        yield
    finally:
        languages.use(i18n.SOURCE_LANGUAGE)
