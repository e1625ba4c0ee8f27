"""Entry point of the frozen application: the same command line as ``bodymap``."""

import sys

from bodymap.cli import main

sys.exit(main())
