"""The commands that work without the window, each group adding its own to one parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from bodymap import cli
from bodymap.cli import exports, files, signatures
from bodymap.cli.parsing import Parser


def parser() -> argparse.ArgumentParser:
    """The parser of ``bodymap COMMAND ...``; every command takes ``--lang``."""
    parser = Parser(prog="bodymap")
    cli.add_language_option(parser)
    sub = parser.add_subparsers(dest="command", required=True)
    files.add_commands(sub)
    exports.add_commands(sub)
    signatures.add_commands(sub)
    for command in sub.choices.values():
        cli.add_language_option(command)
    return parser


def run(args: Sequence[str]) -> int:
    """Run the command that ``args`` names (``["validate", "a.bodymap.json"]``) and return the
    process exit code."""
    ns = parser().parse_args(args)
    command: Callable[[argparse.Namespace], int] = ns.run
    return command(ns)
