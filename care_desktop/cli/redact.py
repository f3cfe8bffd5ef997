"""``care-desktop redact FILE... --out DIR``: write a redacted copy of each file into DIR under the same name.

Inputs are never modified. DIR is created when missing; a file that would land on an input, or two inputs
with the same name, are refused before anything is written (exit 2), as is a missing input. Each copy is
written atomically. The kind of each file comes from the one classifier (``services.evidence.sniff``), as in
the app: HAR files are walked as structure, configuration files by their format's parser, everything else as
text; images are copied unchanged (and say so); binary files cannot be redacted and are not copied. ``--json`` prints
``{"files": [{"input", "output", "kind", "redactions": {RULE: COUNT}, "live_session", "note", "unsafe"}],
"total": N}``; a configuration file whose redacted copy would not parse the way it does is not written
(``unsafe`` is true and the note says why).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from care_desktop.cli import EXIT_OK, BadInputError, Streams
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.services.atomic import atomic_writer
from care_desktop.services.evidence.sniff import guess_kind, read_head
from care_desktop.services.redaction.session import FileResult, RedactionSession

LIVE_WARNING = "live session tokens, cookies or credentials were removed: sign out or revoke those sessions"


def add_redaction_options(parser: argparse.ArgumentParser) -> None:
    """Add the options shared by ``redact`` and ``pack``: --pii, --pseudonyms, --term."""
    parser.add_argument("--pii", action="store_true", help="also remove e-mail addresses and phone numbers")
    parser.add_argument(
        "--pseudonyms",
        action="store_true",
        help="number the markers so that the same value gets the same marker in every file ([REDACTED:email#3])",
    )
    parser.add_argument(
        "--term",
        action="append",
        default=[],
        metavar="TERM",
        help="also remove this text wherever it appears, ignoring case (a customer name, an internal host); "
        "repeat for several",
    )
    parser.add_argument("--phone-region", default="US", metavar="CC", help="country for numbers without + (US)")


def redaction_options(args: argparse.Namespace) -> RedactionOptions:
    """The redaction options given on the command line."""
    return RedactionOptions(
        pii=args.pii, pseudonyms=args.pseudonyms, terms=tuple(args.term), phone_region=args.phone_region.upper()
    )


def register(subparsers: Any, name: str) -> None:
    """Add the ``redact`` subcommand.

    Args:
        subparsers: The parent parser's subparsers action.
        name: The command name.
    """
    parser = subparsers.add_parser(
        name,
        help="write a redacted copy of each file into a folder",
        description="Write a redacted copy of each FILE into DIR under the same name. Inputs are never modified.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="log, HAR, configuration or image files")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the copies (created if missing)")
    add_redaction_options(parser)
    parser.add_argument("--json", action="store_true", help="print the findings as one JSON document")


class _FileOutput:
    """A binary file as a redaction output that can start over."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def write(self, data: bytes, /) -> int:
        return int(self._handle.write(data))

    def restart(self) -> None:
        self._handle.seek(0)
        self._handle.truncate()


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Redact the files.

    Args:
        args: Parsed arguments.
        streams: Standard streams.

    Returns:
        0.

    Raises:
        BadInputError: A missing input, an output that would overwrite an input, or clashing names.
    """
    out_dir = Path(args.out).expanduser()
    inputs = [Path(name).expanduser() for name in args.files]
    targets = _plan(inputs, out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BadInputError(f"cannot create {out_dir}: {error.strerror or error}") from None
    session = RedactionSession(redaction_options(args))
    documents = []
    for source, target in zip(inputs, targets, strict=True):
        kind = guess_kind(source, read_head(source))
        result = _redact_one(session, source, target, kind)
        documents.append(_document(source, target if result.included else None, result))
    total = sum(sum(doc["redactions"].values()) for doc in documents)
    if args.json:
        streams.stdout.write(json.dumps({"files": documents, "total": total}) + "\n")
        return EXIT_OK
    for doc in documents:
        counts = ", ".join(f"{rule} {count}" for rule, count in doc["redactions"].items())
        where = doc["output"] or "not written"
        streams.stdout.write(f"{doc['input']} -> {where}: {sum(doc['redactions'].values())} removed")
        streams.stdout.write(f" ({counts})\n" if counts else "\n")
        if doc["note"]:
            streams.stdout.write(f"  note: {doc['note']}\n")
        if doc["live_session"]:
            streams.stdout.write(f"  warning: {LIVE_WARNING}\n")
    return EXIT_OK


def _plan(inputs: list[Path], out_dir: Path) -> list[Path]:
    """Check the inputs and work out the outputs before anything is written."""
    targets = []
    seen: dict[str, Path] = {}
    for source in inputs:
        if not source.exists():
            raise BadInputError(f"{source} does not exist")
        if not source.is_file():
            raise BadInputError(f"{source} is not a file")
        if not os.access(source, os.R_OK):
            raise BadInputError(f"{source} cannot be read")
        if source.name in seen:
            raise BadInputError(f"{seen[source.name]} and {source} would both be written to {out_dir / source.name}")
        seen[source.name] = source
        targets.append(out_dir / source.name)
    for target in targets:
        for source in inputs:
            if target.resolve() == source.resolve() or (target.exists() and os.path.samefile(target, source)):
                raise BadInputError(f"{target} is an input: choose another --out folder")
    return targets


def _redact_one(session: RedactionSession, source: Path, target: Path, kind: Any) -> FileResult:
    try:
        with atomic_writer(target) as handle:
            result = session.redact(source, kind, _FileOutput(handle))
            if not result.included:
                raise _NotWrittenError(result)
    except _NotWrittenError as skipped:
        return skipped.result
    except OSError as error:
        raise BadInputError(f"cannot redact {source}: {error.strerror or error}") from None
    return result


class _NotWrittenError(Exception):
    """The file cannot be redacted; its copy is abandoned."""

    def __init__(self, result: FileResult) -> None:
        super().__init__(result.note)
        self.result = result


def _document(source: Path, target: Path | None, result: FileResult) -> dict[str, Any]:
    return {
        "input": str(source),
        "output": str(target) if target is not None else None,
        "kind": result.kind.value,
        "redactions": dict(result.report.counts),
        "live_session": result.report.live_session,
        "note": result.note,
        "unsafe": result.unsafe,
    }
