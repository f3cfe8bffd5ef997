r"""One large text file redacted by two processes at once, with the same result byte for byte as one pass.

The package writer redacts the head of the file, ``[0, edge)``, while the helper process redacts its tail,
``[edge, end)``, from a fresh redactor. A fresh start at ``edge`` can be wrong for a few lines: a private-key
block, a ``"name": "cookie"`` line whose value follows, or a YAML block may have begun before it. So the tail
does not start at ``edge`` but where the two passes agree: the helper notes, for its first lines, each line
start at which its redactor is *at rest* (no construct open), with what it had written and found until then;
the writer carries on past ``edge`` line by line until it reaches one of those line starts while at rest
itself. From there on both passes are in the same state and give the same bytes, so the member is the writer's
bytes up to that line followed by the helper's bytes from it, and the findings are the writer's plus the
helper's from that line on. When no such line comes within the window, the writer redacts the rest alone.

Only files carried one byte per character (UTF-8, Latin-1, Windows code pages: ``latin-1`` in the engine) are
split, so that byte offsets and text offsets agree and a line end is a ``\n`` byte. Reads keep the alignment
of a single pass (multiples of ``CHUNK`` from the file's start); a line is never cut, however long (as in a
single pass: ``textfile.redact_text`` carries the unfinished line over). "At rest" is the redactor's
``LineState`` with nothing open (``domain/redaction/line_state.py`` lists the constructs that span lines).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Final

from care_desktop.domain.redaction.report import MAX_PREVIEW_LINES, PreviewLine, RedactionReport
from care_desktop.domain.redaction.text import TextRedactor
from care_desktop.services.redaction.session import FileResult
from care_desktop.services.redaction.textfile import CHUNK, LineFeeder, Output, TextCodec

WINDOW_LINES: Final = 4096
"""Line starts after the edge at which the two passes may meet (a construct open longer than this is rare)."""
WINDOW_BYTES: Final = 4 << 20
"""The same window in bytes: the helper stops noting line starts after this many bytes."""
COPY_CHUNK: Final = 1 << 20


@dataclass(frozen=True)
class Checkpoint:
    """A line start after the edge at which the helper's redactor was at rest.

    Attributes:
        offset: The line's byte offset in the file.
        written: Bytes the helper had written before the line.
        counts: Findings per rule before the line.
        previews: Preview lines kept before the line.
    """

    offset: int
    written: int
    counts: dict[str, int]
    previews: int


@dataclass
class WideReport(RedactionReport):
    """The helper's report: room for the preview lines of the window besides those a single pass keeps."""

    def add_preview(self, line: PreviewLine) -> None:
        """Keep ``line`` unless the widened preview is full."""
        if len(self.preview) < MAX_PREVIEW_LINES + WINDOW_LINES:
            self.preview.append(line)
        else:
            self.preview_truncated = True

    def wants_preview(self) -> bool:
        """Whether another preview line would be kept."""
        if len(self.preview) < MAX_PREVIEW_LINES + WINDOW_LINES:
            return True
        self.preview_truncated = True
        return False


def split_edge(path: Path, nominal: int) -> int | None:
    """The first line start at or after ``nominal`` (None when the file has no line end after it).

    Args:
        path: The file.
        nominal: Where the split would ideally be.
    """
    with path.open("rb") as source:
        source.seek(nominal - 1 if nominal > 0 else 0)
        position = source.tell()
        if nominal == 0:
            return 0
        while chunk := source.read(1 << 16):
            found = chunk.find(b"\n")
            if found >= 0:
                edge = position + found + 1
                return edge if edge < path.stat().st_size else None
            position += len(chunk)
    return None


def is_at_rest(redactor: TextRedactor) -> bool:
    """Whether no construct spanning lines is open (a fresh redactor would continue the same way)."""
    return not redactor.state.is_open()


def _aligned_reads(source: BinaryIO, start: int, stop: int | None) -> Iterator[bytes]:
    """The bytes of ``[start, stop)`` read as a single pass from offset 0 would read them (``CHUNK`` aligned)."""
    position = start
    source.seek(start)
    while stop is None or position < stop:
        size = CHUNK - position % CHUNK
        if stop is not None:
            size = min(size, stop - position)
        data = source.read(size)
        if not data:
            return
        position += len(data)
        yield data


@dataclass
class Written:
    """Counts what goes to an output.

    Attributes:
        out: The output.
        count: Bytes written so far.
    """

    out: Output
    count: int = 0

    def write(self, data: bytes, /) -> object:
        """Append ``data``."""
        self.count += len(data)
        return self.out.write(data)

    def restart(self) -> None:
        """Forget what was written."""
        self.count = 0
        self.out.restart()


def _lines_before(path: Path, offset: int) -> int:
    count = 0
    with path.open("rb") as source:
        for data in _aligned_reads(source, 0, offset):
            count += data.count(b"\n")
    return count


@dataclass
class Tail:
    """What the helper made of a file's tail.

    Attributes:
        result: Findings and sizes from the edge to the end.
        checkpoints: The line starts where the writer may join, by offset.
    """

    result: FileResult
    checkpoints: dict[int, Checkpoint] = field(default_factory=dict)


def redact_tail(
    make_redactor: Callable[[RedactionReport, TextCodec], TextRedactor],
    path: Path,
    result: FileResult,
    edge: int,
    out: Output,
    advance: Callable[[int], None],
    announce: Callable[[dict[int, Checkpoint]], None],
) -> Tail:
    """Redact ``[edge, end)`` of a file into ``out`` from a fresh redactor (the helper's side).

    Args:
        make_redactor: Builds the redactor for a report and codec.
        path: The file (carried as ``latin-1``).
        result: Receives the findings (its report is replaced by a widened one).
        edge: A line start (``split_edge``).
        out: Receives the redacted bytes of the tail.
        advance: Called with input bytes consumed.
        announce: Called once with the checkpoints, as soon as the window is done (the writer may need them
            long before the tail is finished).

    Returns:
        The tail's findings and checkpoints.
    """
    report = WideReport()
    result.report = report
    codec = TextCodec("latin-1")
    redactor = make_redactor(report, codec)
    redactor._lines_done = _lines_before(path, edge)
    written = Written(out)
    feeder = LineFeeder(redactor, codec, written)
    checkpoints: dict[int, Checkpoint] = {}
    position = edge
    noting = True
    with path.open("rb") as source:
        for data in _aligned_reads(source, edge, None):
            size = len(data)
            if noting:
                data, position = _note_lines(data, position, edge, feeder, written, report, checkpoints)
                if position - edge >= WINDOW_BYTES or len(checkpoints) >= WINDOW_LINES or feeder.pending:
                    noting = False
                    announce(checkpoints)
            if data:
                feeder.feed(data)
                position += len(data)
            advance(size)
        if noting:
            announce(checkpoints)
        feeder.finish()
    result.size = position - edge
    result.written = written.count
    return Tail(result, checkpoints)


def _note_lines(
    data: bytes,
    position: int,
    edge: int,
    feeder: LineFeeder,
    written: Written,
    report: RedactionReport,
    checkpoints: dict[int, Checkpoint],
) -> tuple[bytes, int]:
    """Redact the complete lines of ``data`` one by one, noting each line start at rest; return the rest."""
    start = 0
    while start < len(data) and not feeder.pending and len(checkpoints) < WINDOW_LINES:
        if position - edge >= WINDOW_BYTES:
            break
        if is_at_rest(feeder.redactor):
            checkpoints[position] = Checkpoint(position, written.count, dict(report.counts), len(report.preview))
        end = data.find(b"\n", start)
        if end < 0:
            break
        feeder.feed(data[start : end + 1])
        position += end + 1 - start
        start = end + 1
    return data[start:], position


def redact_head(
    redactor: TextRedactor,
    path: Path,
    edge: int,
    out: Output,
    advance: Callable[[int], None],
    checkpoints: Callable[[], dict[int, Checkpoint]],
) -> tuple[Checkpoint | None, int]:
    """Redact ``[0, edge)`` and on, line by line, until the helper's tail can take over (the writer's side).

    Args:
        redactor: The file's redactor (``latin-1``).
        path: The file.
        edge: Where the helper's tail starts.
        out: Receives the redacted bytes.
        advance: Called with input bytes consumed before the edge.
        checkpoints: Waits for and returns the helper's checkpoints.

    Returns:
        The checkpoint where the tail takes over (None: the whole file was redacted here) and the input bytes
        read here.
    """
    codec = TextCodec("latin-1")
    feeder = LineFeeder(redactor, codec, out)
    with path.open("rb") as source:
        for data in _aligned_reads(source, 0, edge):
            feeder.feed(data)
            advance(len(data))
        assert not feeder.pending, "the edge is a line start"
        points = checkpoints()
        last = max(points, default=edge)
        position = edge
        for data in _aligned_reads(source, edge, None):
            start = 0
            while position <= last and start < len(data):
                if position in points and not feeder.pending and is_at_rest(redactor):
                    return points[position], position
                end = data.find(b"\n", start)
                stop = len(data) if end < 0 else end + 1
                feeder.feed(data[start:stop])
                position += stop - start
                start = stop
            if start < len(data):
                feeder.feed(data[start:])
                position += len(data) - start
        feeder.finish()
    return None, position


def merge_tail(head: FileResult, tail: FileResult, joined: Checkpoint) -> None:
    """Add the tail's findings from the joining line on to the head's (which become the whole file's)."""
    report = tail.report
    for rule, number in report.counts.items():
        more = number - joined.counts.get(rule, 0)
        if more:
            head.report.count(rule, more)
    for line in report.preview[joined.previews :]:
        head.report.add_preview(line)
    if report.preview_truncated and len(report.preview) >= MAX_PREVIEW_LINES + WINDOW_LINES:
        head.report.preview_truncated = True
