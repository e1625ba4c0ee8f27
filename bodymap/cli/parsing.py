"""The command line's parser, with argparse's own words in the installed language.

argparse writes a few words of its own around bodymap's help texts: the "usage:" prefix, the
headings of the argument lists, the help of ``-h`` and ``--version`` and the "error:" of a
message. :class:`Parser` writes them through ``translate``; the reason argparse gives for a
rejected command line (which argument, which choices) stays in its English.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from bodymap.i18n import translate


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with a translated "usage:" prefix."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` (and, through ``add_subparsers``, its subcommands' parsers) whose
    usage, headings, ``-h`` help and error prefix are translated."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("cli", "positional arguments")
        self._optionals.title = translate("cli", "options")
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=translate("cli", "show this help message and exit"),
        )

    def add_version(self, version: str) -> None:
        """``--version``: print ``version`` and exit."""
        self.add_argument(
            "--version",
            action="version",
            version=version,
            help=translate("cli", "show program's version number and exit"),
        )

    def error(self, message: str) -> NoReturn:
        """Print the usage and ``message`` (argparse's reason) on stderr and exit with 2."""
        self.print_usage(sys.stderr)
        text = translate("cli", "{program}: error: {message}").format(
            program=self.prog, message=message
        )
        self.exit(2, text + "\n")
