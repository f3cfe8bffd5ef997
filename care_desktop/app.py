"""Composition root: parse arguments, then run a subcommand or build the GUI with its services.

Command-line subcommands never import Qt. The GUI part imports PySide6 only once it is needed, so that
``care-desktop ids`` and friends start fast and run where no Qt is installed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from care_desktop.cli import build_parser, run_command


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``care-desktop`` command.

    Args:
        argv: Arguments without the program name (default: ``sys.argv[1:]``).

    Returns:
        The exit status.
    """
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command is not None:
        return run_command(args)
    from care_desktop.ui.application import run_gui  # Qt is loaded only for the GUI

    return run_gui(self_test=args.self_test)


if __name__ == "__main__":
    sys.exit(main())
