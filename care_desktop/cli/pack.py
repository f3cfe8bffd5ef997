"""``care-desktop pack CASE.json --out FILE.zip``: validate the case, redact every attachment, write the package.

A case file that cannot be read or has blocking problems, a missing or unreadable attachment, or an output
that would overwrite an input exits with status 2 and one line on standard error, and nothing is written.
The package appears under its name only when complete (see ``services.packaging``). Binary attachments that
cannot be redacted, and configuration files whose redacted copy would not parse the way they do, are left out
and the manifest says so (``--include-unsafe PATH`` packages such a configuration file anyway). ``--json``
prints the manifest.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from care_desktop.cli import EXIT_FAILURE, EXIT_OK, BadInputError, Streams
from care_desktop.cli.redact import LIVE_WARNING, add_redaction_options, redaction_options
from care_desktop.domain.json_input import loads
from care_desktop.domain.plurals import counted
from care_desktop.services.packaging.builder import PackError, build_package
from care_desktop.services.packaging.case_export import CaseFileError, read_case_file
from care_desktop.services.packaging.options import PackOptions


def register(subparsers: Any, name: str) -> None:
    """Add the ``pack`` subcommand.

    Args:
        subparsers: The parent parser's subparsers action.
        name: The command name.
    """
    parser = subparsers.add_parser(
        name,
        help="build the case package (redacted attachments, CASE.md, case.json, manifest)",
        description="Validate CASE.json, redact every attachment and write the package FILE.zip atomically.",
    )
    parser.add_argument("case", metavar="CASE.json", help="the case file (attachment paths are relative to it)")
    parser.add_argument("--out", required=True, metavar="FILE.zip", help="the package to write")
    add_redaction_options(parser)
    parser.add_argument(
        "--system-info", metavar="FILE.json", help="include these system facts as system/system-info.json"
    )
    parser.add_argument(
        "--include-unsafe",
        action="append",
        default=[],
        metavar="PATH",
        help="package this configuration attachment even if it cannot be redacted safely (as the case names it, "
        "or its file name); it is then redacted line by line with the text rules; repeat for several",
    )
    parser.add_argument("--json", action="store_true", help="print the manifest")


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Build the package.

    Args:
        args: Parsed arguments.
        streams: Standard streams.

    Returns:
        0.

    Raises:
        BadInputError: An unusable case file, attachment, system facts file or output path.
    """
    case_path = Path(args.case).expanduser()
    try:
        case, problems = read_case_file(case_path)
    except CaseFileError as error:
        raise BadInputError(str(error)) from None
    blocking = [problem for problem in problems if problem.blocking]
    if blocking:
        first = blocking[0]
        more = f" (and {len(blocking) - 1} more)" if len(blocking) > 1 else ""
        where = f"{first.field}: " if first.field else ""
        raise BadInputError(f"{case_path} cannot be used: {where}{first.message.render()}{more}")
    wanted = set(args.include_unsafe)
    unsafe = frozenset(
        index
        for index, attachment in enumerate(case.attachments)
        if attachment.path in wanted or Path(attachment.path).name in wanted
    )
    options = PackOptions(
        redaction=redaction_options(args), system_info=_system_info(args.system_info), include_unsafe=unsafe
    )
    target = Path(args.out).expanduser()
    try:
        result = build_package(case, case_path.parent, target, options, case_file=case_path)
    except PackError as error:
        raise BadInputError(str(error)) from None
    except (OSError, RuntimeError) as error:  # the disk filled up, the redaction helper was killed, ...
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        streams.stderr.write(f"care-desktop pack: the package was not written: {reason}\n")
        return EXIT_FAILURE
    if args.json:
        streams.stdout.write(json.dumps(result.manifest, ensure_ascii=False) + "\n")
        return EXIT_OK
    redaction = result.manifest["redaction"]
    streams.stdout.write(f"Package written: {result.path} ({counted(result.size, 'byte')})\n")
    removed = counted(redaction["total"], "value")
    streams.stdout.write(f"{counted(len(result.files), 'attachment')}, {removed} removed\n")
    for item in result.manifest["attachments"]:
        if item["note"]:
            streams.stdout.write(f"  {item['source']}: {item['note']}\n")
    for item in result.manifest["excluded"]:
        streams.stdout.write(f"  left out {item['source']}: {item['reason']}\n")
    if redaction["live_session"]:
        streams.stdout.write(f"warning: {LIVE_WARNING}\n")
    return EXIT_OK


def _system_info(name: str | None) -> dict[str, Any] | None:
    if name is None:
        return None
    path = Path(name).expanduser()
    try:
        data = loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadInputError(f"cannot read the system facts {path}: {error}") from None
    if not isinstance(data, dict):
        raise BadInputError(f"the system facts {path} must be a JSON object")
    return data
