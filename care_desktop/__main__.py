"""Run Care Desktop with ``python -m care_desktop``."""

import sys

from care_desktop.app import main

sys.exit(main())
