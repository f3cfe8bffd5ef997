"""The command-line face of Care Desktop (DESIGN.md section 4): subcommands for scripts and packagers.

Each subcommand lives in its own module of this package with ``register(subparsers)`` and ``run(args,
streams) -> int``. Exit status: 0 success, 2 bad input (one-line reason on stderr), 1 other failure,
3 for ``status`` when it had to fall back on a stale result. Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, TextIO

from care_desktop import __version__

EXIT_OK: Final = 0
EXIT_FAILURE: Final = 1
EXIT_BAD_INPUT: Final = 2

# Subcommand name -> module in this package. Modules are imported only when their command runs, so that
# start-up stays fast; registration imports them all (argument parsing needs their options).
COMMANDS: Final = {
    "ids": "ids",
    "due": "due",
    "phones": "phones",
    "cases": "cases",
    "status": "status",
    "sysinfo": "sysinfo",
    "redact": "redact",
    "pack": "pack",
    "conversations": "conversations",
}


@dataclass(frozen=True)
class Streams:
    """Where a command reads and writes.

    Attributes:
        stdin: Standard input.
        stdout: Standard output.
        stderr: Standard error.
    """

    stdin: TextIO
    stdout: TextIO
    stderr: TextIO


class BadInputError(Exception):
    """The user's input is invalid; the message is the one-line reason (exit status 2)."""


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Build the parser for the app and its subcommands.

    Only the subcommand named in ``argv`` is imported (each module may load heavy libraries); with no
    subcommand (opening the app) none is, and for help or an unknown command all are, so that the usage
    lists them.

    Args:
        argv: The arguments about to be parsed, or None to register every subcommand.

    Returns:
        The parser; ``args.command`` is None when no subcommand was given (open the app).
    """
    parser = argparse.ArgumentParser(
        prog="care-desktop",
        description="Prepare Genesys Cloud Customer Care cases. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"care-desktop {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start the GUI, build the main window and the wizard, load every resource, print ok and exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _commands_to_register(argv):
        module = importlib.import_module(f"care_desktop.cli.{COMMANDS[name]}")
        module.register(subparsers, name)
    return parser


def _commands_to_register(argv: Sequence[str] | None) -> list[str]:
    if argv is None or any(arg in {"-h", "--help"} for arg in argv):
        return list(COMMANDS)
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    if first is None:
        return []
    return [first] if first in COMMANDS else list(COMMANDS)


def run_command(args: argparse.Namespace, streams: Streams | None = None) -> int:
    """Run the subcommand chosen in ``args``.

    Args:
        args: Parsed arguments with ``command`` set.
        streams: Where to read and write (default: the process's standard streams).

    Returns:
        The exit status.
    """
    io = streams or Streams(sys.stdin, sys.stdout, sys.stderr)
    module = importlib.import_module(f"care_desktop.cli.{COMMANDS[args.command]}")
    try:
        status: int = module.run(args, io)
        io.stdout.flush()
    except BadInputError as error:
        io.stderr.write(f"care-desktop {args.command}: {error}\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # the reader went away (care-desktop phones | head): stop quietly, as Unix tools do
        if streams is None:  # Python flushes stdout again at exit: point it at nothing (see the signal module docs)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    return status
