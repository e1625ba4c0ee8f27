"""Run bodymap with ``python -m bodymap``."""

import sys

from bodymap.cli import main

sys.exit(main())
