"""Prove the system library check right on the real X11 platform (``make xcb-check``).

Runs ``check_system_libs`` for the xcb platform and ``bodymap --smoke`` with
``QT_QPA_PLATFORM=xcb`` on a virtual display (``xvfb-run``), and requires the two to agree:
either the check passes and bodymap starts, or the check names libraries and bodymap cannot
start. With ``--install`` (CI, as root) the command the check printed is then run as printed
(with ``-y``, after refreshing apt's package lists), and the check must pass and bodymap must
start: what it named was exactly what was missing.

Exit 0 when the check and the real start agree (and, with ``--install``, the printed command
made bodymap start); 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import check_system_libs

XVFB_SCREEN = "-screen 0 1280x1024x24"


def xcb_check() -> tuple[bool, str]:
    """The system library check for the xcb platform: (ready, message)."""
    qt = check_system_libs.qt_folder()
    if qt is None:
        raise SystemExit("PySide6 is not installed in this environment")
    os_release = Path("/etc/os-release").read_text(encoding="utf-8")
    environ = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    return check_system_libs.check(environ, qt, os_release, root=os.geteuid() == 0)


def start_on_xcb(xvfb_run: str) -> subprocess.CompletedProcess[str]:
    """``bodymap --smoke`` on the X11 platform of a virtual display, with scratch folders."""
    with tempfile.TemporaryDirectory(prefix="bodymap-xcb-") as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "xcb",
            "BODYMAP_DATA_DIR": str(Path(tmp) / "data"),
            "BODYMAP_CACHE_DIR": str(Path(tmp) / "cache"),
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
        }
        return subprocess.run(
            [xvfb_run, "-a", "-s", XVFB_SCREEN, sys.executable, "-m", "bodymap", "--smoke"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )


def printed_command(message: str) -> list[str]:
    """The install command in the check's message, as it would be typed, made unattended."""
    lines = message.splitlines()
    command = shlex.split(lines[lines.index("Install them with:") + 1])
    if command[0] == "sudo" and os.geteuid() == 0:
        command = command[1:]
    return [
        *command[: command.index("install") + 1],
        "-y",
        *command[command.index("install") + 1 :],
    ]


def agree(xvfb_run: str) -> tuple[bool, bool, str]:
    """Run the check and the real start; (agree, ready, message)."""
    ready, message = xcb_check()
    started = start_on_xcb(xvfb_run)
    if ready and started.returncode == 0:
        print(
            f"xcb-check: libraries present and bodymap started on xcb ({started.stdout.strip()} s)"
        )
        return True, True, message
    if not ready and started.returncode != 0:
        print(message)
        print(f"xcb-check: and bodymap indeed cannot start on xcb (exit {started.returncode})")
        return True, False, message
    if ready:
        print(f"xcb-check: FAIL: the check passed but bodymap did not start:\n{started.stderr}")
    else:
        print(f"xcb-check: FAIL: bodymap started although the check said:\n{message}")
    return False, ready, message


def main(argv: Sequence[str] | None = None) -> int:
    """Compare the check with a real start on xcb; with ``--install``, install and retry."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--install", action="store_true", help="run the printed install command, then retry"
    )
    args = parser.parse_args(argv)
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        print("xcb-check: xvfb-run is not installed (Debian: apt-get install xvfb xauth)")
        return 1
    agreed, ready, message = agree(xvfb_run)
    if not agreed:
        return 1
    if ready or not args.install:
        return 0
    if "Install them with:" not in message:
        print("xcb-check: FAIL: the check printed no install command for this distribution")
        return 1
    command = printed_command(message)
    print("xcb-check: running", shlex.join(command), flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if "apt-get" in command:
        # A fresh machine may have no package lists yet; a desktop has them.
        update = [*command[: command.index("apt-get") + 1], "update", "-qq"]
        subprocess.run(update, env=env, check=False)
    if subprocess.run(command, env=env, check=False).returncode != 0:
        print("xcb-check: FAIL: the printed install command failed")
        return 1
    agreed, ready, _ = agree(xvfb_run)
    return 0 if agreed and ready else 1


if __name__ == "__main__":
    sys.exit(main())
