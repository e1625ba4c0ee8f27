"""Unlock a signer's private key: the cost of the passphrase's key derivation.

The cost is deliberate (docs/adr/0006-signed-records.md): every guess at a stolen key file's
passphrase pays it too. Aim: between 0.3 and 1 s. Below 0.3 s the key derivation is too cheap
for this machine (raise ``bodymap.signing.keys.KDF_ROUNDS``); above 1 s signing feels slow.
Keys are made in a temporary data folder, never the user's.
"""

from __future__ import annotations

import os
import tempfile
import time

from benchmarks import Figure, median

TARGET_S = 1.0
FLOOR_S = 0.3
PASSPHRASE = "a benchmark passphrase"


def run(runs: int = 5) -> list[Figure]:
    """Median wall and processor time of ``unlock_key`` with the shipped key derivation."""
    from bodymap import signing
    from bodymap.signing import keys

    saved = os.environ.get("BODYMAP_DATA_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BODYMAP_DATA_DIR"] = tmp
        try:
            signing.create_key("Benchmark Signer", PASSPHRASE)
            wall: list[float] = []
            cpu: list[float] = []
            for _ in range(runs):
                start, start_cpu = time.perf_counter(), time.process_time()
                signing.unlock_key("Benchmark Signer", PASSPHRASE)
                wall.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
        finally:
            if saved is None:
                os.environ.pop("BODYMAP_DATA_DIR", None)
            else:
                os.environ["BODYMAP_DATA_DIR"] = saved
    cost = median(cpu)
    verdict = "within the aim" if cost >= FLOOR_S else f"cheaper than the {FLOOR_S} s aimed at"
    return [
        Figure(
            f"Unlock a signing key (bcrypt-pbkdf, {keys.KDF_ROUNDS} rounds)",
            median(wall),
            "s",
            TARGET_S,
            f"median of {runs}; processor time {cost:.2f} s ({verdict}, at least {FLOOR_S} s "
            "aimed at)",
        )
    ]


if __name__ == "__main__":
    for figure in run():
        print(f"{figure.name}: {figure.formatted_value()} ({figure.status}) {figure.detail}")
