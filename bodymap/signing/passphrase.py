"""Where a passphrase comes from on the command line: a private file, or the terminal.

Never from the command line itself, where other users and the shell history would see it.
"""

from __future__ import annotations

import getpass
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

from bodymap.i18n import translate
from bodymap.signing.errors import PassphraseError

MAX_PASSPHRASE_FILE = 4096


def from_file(path: Path) -> str:
    """The passphrase in ``path``: its first line, without the line end.

    Raises:
        PassphraseError: the file cannot be read, others may read it, or it holds no passphrase.
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise PassphraseError(translate("signing", "the passphrase file is not a regular file"))
        if os.name == "posix" and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise PassphraseError(
                translate(
                    "signing",
                    "the passphrase file may be read by other users: refused (make it mode 600)",
                )
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_PASSPHRASE_FILE + 1)
    except PassphraseError:
        raise
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else translate("signing", "input/output error")
        raise PassphraseError(
            translate("signing", "the passphrase file cannot be read ({reason})").format(
                reason=reason
            )
        ) from None
    if len(data) > MAX_PASSPHRASE_FILE:
        raise PassphraseError(
            translate("signing", "the passphrase file is too large to hold a passphrase")
        )
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise PassphraseError(
            translate("signing", "the passphrase file is not UTF-8 text")
        ) from None
    if not lines or not lines[0]:
        raise PassphraseError(translate("signing", "the passphrase file is empty"))
    return lines[0]


def from_terminal(prompt: str, *, confirm: bool) -> str:
    """Ask on the terminal without echo (twice when ``confirm``, for a new key).

    Raises:
        PassphraseError: not run in a terminal, or the two entries differ.
    """
    if not sys.stdin.isatty():
        raise PassphraseError(
            translate("signing", "no passphrase: give --passphrase-file, or run in a terminal")
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("signing", "Repeat the passphrase: ")) != first:
        raise PassphraseError(translate("signing", "the two passphrases differ"))
    return first


def asker(name: str, file: Path | None) -> Callable[[bool], str]:
    """What :func:`bodymap.signing.signer_key` calls for ``name``'s passphrase: read from
    ``file`` when given, else asked on the terminal (twice for a new key)."""

    def ask(new: bool) -> str:
        if file is not None:
            return from_file(file)
        if new:
            prompt = translate("signing", "{name}: a new passphrase for the new signing key: ")
        else:
            prompt = translate("signing", "{name}: the passphrase: ")
        return from_terminal(prompt.format(name=name), confirm=new)

    return ask
