"""Entry point of the frozen bare PySide6 window that ``make bench`` compares start-up with."""

import sys

from benchmarks.startup import baseline_main

sys.exit(baseline_main())
