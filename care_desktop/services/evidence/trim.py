"""Trim a text log to a window around the incident time, keeping the original.

Streams line by line with bounded memory (a line longer than 64 KB is handled in pieces), so a multi-GB log
is fine. A line keeps the time of its own stamp, or of the last stamped line before it (stack traces and
wrapped messages stay with their entry); lines before the first stamp are dropped. The kept lines are
written byte for byte (line endings, encoding and all) to a new file next to the original, atomically and
under a free name; nothing is written when no line falls in the window. Never modifies the original.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import BinaryIO, Final

from care_desktop.services.atomic import atomic_writer
from care_desktop.services.evidence.importer import StoredFile, safe_name, unique_path
from care_desktop.services.evidence.notes import Code, Note, note
from care_desktop.services.evidence.probe import EvidenceError, open_regular, problem_for_error
from care_desktop.services.evidence.sniff import BOM_LENGTH, HEAD_BYTES, detect_encoding
from care_desktop.services.evidence.timestamps import line_time
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress

MAX_LINE_BYTES: Final = 64 * 1024
STAMP_BYTES: Final = 96
"""How much of the start of a line is searched for its time stamp."""
DEFAULT_BEFORE: Final = timedelta(minutes=30)
DEFAULT_AFTER: Final = timedelta(minutes=30)


@dataclass(frozen=True)
class TrimResult:
    """A trimmed copy of a log.

    Attributes:
        stored: The new file (next to the original), its size and SHA-256.
        lines_kept: Lines written.
        lines_total: Lines in the original.
        first_kept: Earliest time of a kept line (in the incident's frame).
        last_kept: Latest time of a kept line.
        formats: Names of the time stamp formats seen (``iso8601``, ``syslog``, ``proxifier``, ``time-only``).
    """

    stored: StoredFile
    lines_kept: int
    lines_total: int
    first_kept: datetime
    last_kept: datetime
    formats: tuple[str, ...]


@dataclass(frozen=True)
class TrimOutcome:
    """Exactly one of ``result`` and ``problem`` is set.

    Attributes:
        result: The trimmed copy.
        problem: Why nothing was written.
    """

    result: TrimResult | None
    problem: Note | None


def trimmed_name(source: Path) -> str:
    """The name of the trimmed copy: ``console.log`` gives ``console.trimmed.log``."""
    return safe_name(f"{source.stem}.trimmed{source.suffix}")


class _Lines:
    """Iterate over the pieces of a binary file's lines: (bytes to write, text to look for a stamp in, ends a line).

    A piece is a whole line unless the line is longer than ``MAX_LINE_BYTES``; then it comes in several pieces
    and only the first is searched for a stamp. UTF-16/32 files are read as text and encoded back unchanged.
    """

    def __init__(self, handle: BinaryIO, encoding: str) -> None:
        self._handle = handle
        self._codec = "utf-8" if encoding in ("unknown", "utf-8-sig") else encoding
        self._text: io.TextIOWrapper | None = None
        if encoding.startswith(("utf-16", "utf-32")):
            self._text = io.TextIOWrapper(handle, encoding=encoding, errors="surrogateescape", newline="")

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> tuple[bytes, str, bool]:
        if self._text is not None:
            text = self._text.readline(MAX_LINE_BYTES)
            if not text:
                raise StopIteration
            return text.encode(self._codec, errors="surrogateescape"), text, text.endswith(("\n", "\r"))
        raw = self._handle.readline(MAX_LINE_BYTES)
        if not raw:
            raise StopIteration
        # Stamps start the line: decoding its beginning is enough to find one.
        return raw, raw[:STAMP_BYTES].decode("utf-8", errors="replace"), raw.endswith(b"\n")

    def close(self) -> None:
        """Let go of the file without closing it (the caller owns it)."""
        if self._text is not None:
            self._text.detach()
            self._text = None


def _window_note(name: str, start: datetime, end: datetime) -> Note:
    return note(Code.NOTHING_IN_WINDOW, name=name, start=start.isoformat(" "), end=end.isoformat(" "))


def trim_log(
    source: Path,
    incident: datetime,
    *,
    before: timedelta = DEFAULT_BEFORE,
    after: timedelta = DEFAULT_AFTER,
    out_dir: Path | None = None,
    progress: Progress = no_progress,
    token: CancelToken = NEVER_CANCELLED,
) -> TrimOutcome:
    """Write the lines of ``source`` that fall between ``incident - before`` and ``incident + after``.

    Args:
        source: The log (normally the copy already stored in the case folder).
        incident: When it happened; aware (with the user's zone) or naive (the log's own local time).
        before: How much before the incident to keep.
        after: How much after.
        out_dir: Where to write the copy (default: next to ``source``).
        progress: Bytes read and the file size.
        token: Cancels; nothing is left behind.

    Returns:
        The trimmed copy with counts and span, or the problem (not text, no stamps, nothing in the window ...).

    Raises:
        CancelledError: When cancelled.
    """
    name = source.name or str(source)
    start, end = incident - before, incident + after
    try:
        with open_regular(source) as handle:
            head = handle.read(HEAD_BYTES)
            total = handle.seek(0, 2)
            encoding = detect_encoding(head, truncated=len(head) < total)
            if encoding is None:
                return TrimOutcome(None, note(Code.NOT_TEXT, name=name))
            folder = out_dir or source.parent
            target = unique_path(folder, trimmed_name(source))
            handle.seek(0)
            with atomic_writer(target) as out:
                result = _copy_window(handle, out, encoding, incident, (start, end), total, progress, token)
                if result is None or result[1] == 0:
                    raise _NothingToWriteError(result is None)
            lines_total, kept, first, last, formats, size, digest = result
    except _NothingToWriteError as nothing:
        code = note(Code.NO_TIMESTAMPS, name=name) if nothing.no_stamps else _window_note(name, start, end)
        return TrimOutcome(None, code)
    except EvidenceError as error:
        return TrimOutcome(None, error.note)
    except OSError as error:
        return TrimOutcome(None, problem_for_error(source, error))
    if first is None or last is None:  # cannot happen: a kept line always has a time
        return TrimOutcome(None, _window_note(name, start, end))
    stored = StoredFile(target, size, digest)
    return TrimOutcome(TrimResult(stored, kept, lines_total, first, last, formats), None)


class _NothingToWriteError(Exception):
    """Abort the atomic write: no stamp at all (``no_stamps``) or no line in the window."""

    def __init__(self, no_stamps: bool) -> None:
        super().__init__()
        self.no_stamps = no_stamps


def _copy_window(
    handle: BinaryIO,
    out: BinaryIO,
    encoding: str,
    incident: datetime,
    window: tuple[datetime, datetime],
    total: int,
    progress: Progress,
    token: CancelToken,
) -> tuple[int, int, datetime | None, datetime | None, tuple[str, ...], int, str] | None:
    """Copy the lines in ``window``; None when no line has a stamp."""
    bom = BOM_LENGTH.get(encoding, 0)
    prefix = handle.read(bom)
    digest = hashlib.sha256()
    written = lines_total = kept = 0
    current: datetime | None = None
    first: datetime | None = None
    last: datetime | None = None
    formats: list[str] = []
    last_format: str | None = None
    keep = False
    starts_line = True
    done = bom
    lines = _Lines(handle, encoding)
    try:
        for count, (raw, text, ends_line) in enumerate(lines):
            if count % 1024 == 0:
                token.check()
                progress(min(done, total), total)
            done += len(raw)
            if starts_line:
                lines_total += 1
                found = line_time(text, incident, last_format)
                if found is not None:
                    current, last_format = found
                    if found[1] not in formats:
                        formats.append(found[1])
                keep = current is not None and window[0] <= current <= window[1]
                if keep and current is not None:
                    kept += 1
                    first = current if first is None or current < first else first
                    last = current if last is None or current > last else last
            starts_line = ends_line
            if keep:
                if written == 0 and prefix:
                    out.write(prefix)
                    digest.update(prefix)
                    written += len(prefix)
                out.write(raw)
                digest.update(raw)
                written += len(raw)
    finally:
        lines.close()
    token.check()
    progress(total, total)
    if not formats:
        return None
    return lines_total, kept, first, last, tuple(formats), written, digest.hexdigest()
