"""Run Care Desktop with ``python -m care_desktop``."""

import sys

from care_desktop.app import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # only a frozen build needs it (and multiprocessing costs a start)
        import multiprocessing

        multiprocessing.freeze_support()  # a frozen build starts its package-building child through here
    sys.exit(main())
