"""Run Care Desktop with ``python -m care_desktop``."""

import multiprocessing
import sys

from care_desktop.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen build starts its package-building child through here
    sys.exit(main())
