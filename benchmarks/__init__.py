"""Benchmarks of bodymap: ``make bench`` (``python -m benchmarks``) runs them all.

Each module has a ``run(...)`` function that returns :class:`Figure` values; the runner in
``__main__`` prints them and writes ``docs/benchmarks.md``. This package imports only the
standard library, so ``python -m benchmarks.startup --baseline`` starts without bodymap.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

RATIO = "\N{MULTIPLICATION SIGN}"
"""The unit of a ratio (the multiplication sign)."""


@dataclass(frozen=True)
class Figure:
    """One measured figure and its target (lower is better)."""

    name: str
    value: float | None
    unit: str
    target: float | None = None
    detail: str = ""
    """How it was measured, or the raw numbers behind a ratio."""
    note: str = ""
    """Why the figure is missing (value is None), or a remark."""

    @property
    def status(self) -> str:
        """``pass``, ``MISS``, ``info`` (no target) or ``skipped`` (no value)."""
        if self.value is None:
            return "skipped"
        if self.target is None:
            return "info"
        return "pass" if self.value <= self.target else "MISS"

    def formatted_value(self) -> str:
        """The value with its unit, or a dash."""
        return "—" if self.value is None else _with_unit(self.value, self.unit)

    def formatted_target(self) -> str:
        """The target as ``≤ x unit``, or a dash."""
        return "—" if self.target is None else f"≤ {_with_unit(self.target, self.unit)}"


def _with_unit(value: float, unit: str) -> str:
    if unit == RATIO:
        return f"{value:.2f}{RATIO}"
    if abs(value) >= 100:
        return f"{value:.0f} {unit}"
    if abs(value) >= 10:
        return f"{value:.1f} {unit}"
    return f"{value:.3g} {unit}" if value else f"0 {unit}"


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` in 0..1) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def median(values: Sequence[float]) -> float:
    """The median of a non-empty sequence."""
    return float(statistics.median(values))


def ns_to_ms(values: Sequence[int]) -> list[float]:
    """Nanosecond durations as milliseconds."""
    return [v / 1e6 for v in values]
