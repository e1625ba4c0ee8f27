"""``bodymap sign``, ``verify`` and ``amend``: signed records (docs/adr/0006-signed-records.md)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bodymap.cli.parsing import Parser
from bodymap.cli.terminal import shown
from bodymap.i18n import translate

if TYPE_CHECKING:
    from bodymap.signing import SignerKey


def add_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    """Add ``sign``, ``verify`` and ``amend`` to the command line."""
    # No abbreviations: "--passphrase SECRET" must not pass for --passphrase-file.
    sign = sub.add_parser(
        "sign",
        allow_abbrev=False,
        help=translate(
            "cli",
            "sign a session file in place (the signer's key is made on first use); exit 1 "
            "if it was not signed",
        ),
    )
    sign.add_argument("file", type=Path)
    sign.add_argument(
        "--signer", required=True, metavar="NAME", help=translate("cli", "the signing clinician")
    )
    sign.add_argument(
        "--credentials", metavar="C", help=translate("cli", "printed after the name, e.g. MD")
    )
    sign.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help=translate(
            "cli",
            "file (mode 600) whose first line is the key's passphrase; asked on the terminal "
            "when not given",
        ),
    )
    sign.add_argument(
        "--clinic-folder",
        type=Path,
        metavar="DIR",
        help=translate(
            "cli",
            "clinic folder whose keys/ registers the signer's public key (default: the "
            "default session folder)",
        ),
    )
    sign.set_defaults(run=_sign)
    verify = sub.add_parser(
        "verify",
        help=translate(
            "cli",
            "check signatures: exit 0 all valid; 2 a file cannot be read; else 1 a file "
            "was altered, has a broken signature or an unknown key; else 3 a file is unsigned",
        ),
    )
    verify.add_argument("files", nargs="+", type=Path)
    verify.add_argument(
        "--clinic-folder",
        type=Path,
        metavar="DIR",
        help=translate(
            "cli",
            "clinic folder whose keys/ holds the registered public keys (default: the "
            "default session folder)",
        ),
    )
    verify.set_defaults(run=lambda ns: _verify(ns.files, ns.clinic_folder))
    amend = sub.add_parser(
        "amend",
        allow_abbrev=False,
        help=translate(
            "cli", "add a signed amendment to a signed session file; exit 1 if not added"
        ),
    )
    amend.add_argument("file", type=Path)
    amend.add_argument(
        "--signer", required=True, metavar="NAME", help=translate("cli", "the amending clinician")
    )
    amend.add_argument(
        "--reason", required=True, metavar="R", help=translate("cli", "why the record is amended")
    )
    amend.add_argument("--text", required=True, metavar="T", help=translate("cli", "the amendment"))
    amend.add_argument(
        "--correct",
        nargs=2,
        action="append",
        default=[],
        metavar=("POINTER", "VALUE"),
        help=translate(
            "cli",
            "a corrected value: where (e.g. /points/0/findings/pain_after) and the new value "
            "as JSON (text that is not JSON is taken as text); may be repeated",
        ),
    )
    amend.add_argument(
        "--credentials", metavar="C", help=translate("cli", "printed after the name")
    )
    amend.add_argument(
        "--passphrase-file", type=Path, metavar="F", help=translate("cli", "as for sign")
    )
    amend.add_argument(
        "--clinic-folder", type=Path, metavar="DIR", help=translate("cli", "as for sign")
    )
    amend.set_defaults(run=_amend)


def _signer_key(ns: argparse.Namespace) -> SignerKey:
    """The key of ``ns.signer``, unlocked with the passphrase (asked, or read from
    ``ns.passphrase_file``), made and registered in the clinic folder on first use; what was
    done with it is said on stderr.

    Raises:
        signing.SigningError: the key is unsafe or damaged, or the passphrase does not open it.
        OSError: the key or the passphrase file cannot be read or written.
    """
    from bodymap import history, signing
    from bodymap.signing import passphrase

    outcome = signing.signer_key(
        ns.signer,
        passphrase.asker(ns.signer, ns.passphrase_file),
        clinic_folder=ns.clinic_folder or history.default_clinic_folder(),
        credentials=ns.credentials or "",
    )
    for line in outcome.messages(shown):
        print(line, file=sys.stderr)
    return outcome.key


def _sign(ns: argparse.Namespace) -> int:
    from bodymap import signing, storage

    try:
        if signing.is_signed(storage.load_session(ns.file)):
            print(
                translate("cli", "{file}: already signed; add an amendment instead").format(
                    file=shown(ns.file)
                ),
                file=sys.stderr,
            )
            return 1
        key = _signer_key(ns)
        signed = signing.sign_file(ns.file, key, credentials=ns.credentials)
    except (signing.SigningError, storage.SessionFileError, OSError) as exc:
        print(
            translate("cli", "{file}: not signed: {problem}").format(
                file=shown(ns.file), problem=shown(exc)
            ),
            file=sys.stderr,
        )
        return 1
    assert signed.signature is not None
    print(
        translate("cli", "{file}: signed by {signer} on {time}; content SHA-256 {hash}").format(
            file=shown(ns.file),
            signer=shown(signed.signature.signer),
            time=signing.signed_time(signed.signature.signed_at),
            hash=signed.signature.content_sha256,
        )
    )
    return 0


def _verify(files: Sequence[Path], clinic_folder: Path | None) -> int:
    from bodymap import history, signing

    folder = clinic_folder or history.default_clinic_folder()
    if clinic_folder is not None and not clinic_folder.is_dir():
        # A mistyped folder would make every signature "unknown key" (exit 1): say what is wrong.
        print(
            translate(
                "cli", "{file}: the clinic folder does not exist; nothing was verified"
            ).format(file=shown(clinic_folder)),
            file=sys.stderr,
        )
        return 2
    ring = signing.load_key_ring(folder)
    # Every line is escaped whole: it may quote the names of files in the shared folder.
    for problem in ring.problems if ring.keys else ():
        print(
            translate("cli", "{file}: {problem}").format(
                file=shown(folder), problem=shown(problem)
            ),
            file=sys.stderr,
        )
    results = []
    for path in files:
        result = signing.verify(path, folder, ring=ring)
        print(
            translate("cli", "{file}: {problem}").format(
                file=shown(path), problem=shown(result.summary(shown))
            )
        )
        results.append(result)
    return signing.exit_code(results)


def _amend(ns: argparse.Namespace) -> int:
    from bodymap import signing, storage

    corrections = []
    for pointer, text in ns.correct:
        try:
            corrections.append((pointer, json.loads(text)))
        except ValueError:
            corrections.append((pointer, text))
    try:
        if not signing.is_signed(storage.load_session(ns.file)):
            print(
                translate("cli", "{file}: not signed, so it can still be edited").format(
                    file=shown(ns.file)
                ),
                file=sys.stderr,
            )
            return 1
        key = _signer_key(ns)
        amended = signing.amend_file(
            ns.file,
            key,
            reason=ns.reason,
            text=ns.text,
            corrections=corrections,
            credentials=ns.credentials,
        )
    except (signing.SigningError, storage.SessionFileError, OSError) as exc:
        print(
            translate("cli", "{file}: not amended: {problem}").format(
                file=shown(ns.file), problem=shown(exc)
            ),
            file=sys.stderr,
        )
        return 1
    print(
        translate("cli", "{file}: amendment {number} added by {signer}").format(
            file=shown(ns.file), number=len(amended.amendments), signer=shown(key.name)
        )
    )
    return 0
