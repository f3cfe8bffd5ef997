"""One large HAR redacted by two processes at once, with the same result byte for byte as one pass.

A HAR's entries are independent once the outer object is parsed: each is decoded, redacted and written on its
own (``jsonfile``), and nothing carries over from one to the next but the report. So the helper process takes
the entries from a seam on, and the package writer does the rest:

- the helper first reads the document up to the wanted byte offset without redacting (``jsonfile.find_seam``:
  the same structure as the redaction reads, strings with brackets, quotes or "entries" in them included) and
  announces the seam, the comma between two entries at or after that offset and how many entries come before
  it; then it redacts the entries from that comma to the array's closing bracket (``jsonfile.redact_entries``);
- the writer redacts the file from its start through ``SeamInput``, which ends at the seam once it is known;
  where its input runs out inside ``log.entries`` after exactly that many entries, it writes the helper's bytes,
  adds the helper's findings to its own (``RedactionReport.merge``: counts in order of first finding and the
  first preview lines, as one pass fills them), and goes on at the closing bracket with what follows the
  entries (``log.comment``, the end of the document).

Consistent pseudonyms would carry numbering over from one entry to the next, so such packages are never split
(``parallel_redaction.plan``). Each side checks what it relies on (the comma, the number of entries, the
closing bracket, valid JSON); when anything does not fit, the writer redacts the whole file again alone, as a
single pass does (including a HAR that is not valid JSON, redacted as text).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.domain.redaction.json_values import JsonRedactor
from care_desktop.domain.redaction.report import RedactionReport
from care_desktop.services.packaging.segments import Written
from care_desktop.services.redaction.jsonfile import JsonFormatError, Seam, find_seam, redact_entries, redact_json
from care_desktop.services.redaction.session import FileResult, RedactionSession
from care_desktop.services.redaction.textfile import Output


@dataclass
class HarTail:
    """What the helper made of a HAR's entries after the seam.

    Attributes:
        result: Their findings (sizes: bytes read from the seam on, bytes written).
        end: The byte offset of the entries array's closing bracket.
    """

    result: FileResult
    end: int


def redact_har_tail(
    make_redactor: Callable[[RedactionReport], JsonRedactor],
    path: Path,
    nominal: int,
    out: Output,
    advance: Callable[[int], None],
    announce: Callable[[Seam | None], None],
) -> HarTail | None:
    """Find the seam and redact the entries after it into ``out`` (the helper's side).

    Args:
        make_redactor: Builds the file's JSON redactor for a report.
        path: The HAR.
        nominal: Where the cut would ideally be.
        out: Receives the redacted entries.
        advance: Called with input bytes read from the seam on.
        announce: Called with the seam as soon as it is found (None: the file is not cut).

    Returns:
        The entries' findings, or None when there is no seam or what follows it is not valid.
    """
    with path.open("rb") as source:
        seam = find_seam(source, nominal)
        announce(seam)
        if seam is None:
            return None
        source.seek(seam.offset)
        result = FileResult(path, AttachmentKind.HAR)
        written = Written(out)

        def step(count: int) -> None:
            result.size += count
            advance(count)

        try:
            end = redact_entries(source, written, make_redactor(result.report), step, seam.entries)
        except JsonFormatError:
            return None
    result.written = written.count
    return HarTail(result, end)


class SeamInput:
    """The writer's view of the HAR: the file, which ends at the seam once it is known.

    Reading up to ``nominal`` needs no seam (it is at or after ``nominal``); reading past it waits for it.
    ``seek`` goes on after the seam: the file to its end.

    Args:
        source: The file, at its start.
        nominal: Where the cut would ideally be.
        announced: Waits for the seam (None: the file is not cut).
    """

    def __init__(self, source: BinaryIO, nominal: int, announced: Callable[[], Seam | None]) -> None:
        self._source = source
        self._nominal = nominal
        self._announced = announced
        self._known = False
        self._position = 0
        self._limit: int | None = None
        self.seam: Seam | None = None

    def read(self, size: int, /) -> bytes:
        """Up to ``size`` bytes, none past the seam."""
        if not self._known and self._position + size > self._nominal:
            self.seam = self._announced()
            self._known = True
            self._limit = None if self.seam is None else self.seam.offset
            if self._limit is not None and self._limit < self._position:
                raise JsonFormatError("the seam is behind the reading")
        if self._limit is not None:
            size = min(size, self._limit - self._position)
        data = self._source.read(size)
        self._position += len(data)
        return data

    def seek(self, offset: int, /) -> int:
        """Go on at byte ``offset``, the rest of the file."""
        self._limit = None
        self._position = self._source.seek(offset)
        return self._position

    def tell(self) -> int:
        """The byte offset read up to."""
        return self._position


@dataclass(frozen=True)
class HelperEnd:
    """The writer's end of the helper, for one HAR.

    Attributes:
        seam: Waits for the helper's seam (None: the helper does not take part of this file).
        entries: Waits for the helper's redacted entries and their findings (None: they are not valid).
        copy: Copies the helper's bytes to an output.
    """

    seam: Callable[[], Seam | None]
    entries: Callable[[], tuple[IO[bytes], HarTail | None]]
    copy: Callable[[IO[bytes], Output], None]


def redact_har_head(
    session: RedactionSession, path: Path, nominal: int, out: Output, advance: Callable[[int], None], helper: HelperEnd
) -> tuple[FileResult, bool]:
    """Redact the HAR up to the seam, take the helper's entries, then redact what follows them (the writer's side).

    When the helper finds no seam, the whole file is redacted here as one pass; when anything does not fit or
    the file is not valid JSON, it is redacted again from its start, alone, as one pass.

    Args:
        session: The package's redaction session.
        path: The HAR.
        nominal: Where the cut would ideally be (the helper's job's ``edge``).
        out: Receives the redacted file.
        advance: Called with input bytes read here (not those the helper read and counted).
        helper: The helper's end.

    Returns:
        The findings for the whole file, as one pass would give them, and whether the helper's entries are in.
    """
    read = 0

    def step(count: int) -> None:
        nonlocal read
        read += count
        advance(count)

    result = FileResult(path, AttachmentKind.HAR)
    written = Written(out)
    try:
        result.size, joined = _redact_head(
            session.json_redactor(result.report, har=True), path, nominal, written, step, helper
        )
    except JsonFormatError:
        written.restart()

        def again(count: int) -> None:  # what this side counted already is not counted twice
            nonlocal read
            counted = min(read, count)
            read -= counted
            advance(count - counted)

        return session.redact(path, AttachmentKind.HAR, out, again), False
    result.written = written.count
    return result, joined


def _redact_head(
    redactor: JsonRedactor,
    path: Path,
    nominal: int,
    out: Output,
    advance: Callable[[int], None],
    helper: HelperEnd,
) -> tuple[int, bool]:
    """Redact the HAR here but for the helper's entries; return the file's size and whether they are in.

    Raises ``JsonFormatError`` as ``redact_har_head`` says.
    """
    size = 0
    again = 0  # bytes past the closing bracket that the helper read and counted already
    joined = False

    def step(count: int) -> None:
        nonlocal again, size
        size += count
        counted = min(again, count)
        again -= counted
        advance(count - counted)

    with path.open("rb") as handle:
        source = SeamInput(handle, nominal, helper.seam)

        def join(entries: int) -> int:
            nonlocal again, joined, size
            seam = source.seam
            if joined or seam is None or entries != seam.entries or source.tell() != seam.offset:
                raise JsonFormatError("the input ran out away from the seam")
            redacted, helped = helper.entries()
            if helped is None:
                raise JsonFormatError("the helper found no entries after the seam")
            helper.copy(redacted, out)
            redactor.text.report.merge(helped.result.report)
            again = max(0, seam.offset + helped.result.size - helped.end)
            size += helped.end - seam.offset
            joined = True
            return helped.end

        redact_json(source, out, redactor, step, True, join)
        if source.seam is not None and not joined:
            raise JsonFormatError("the document ended before the seam")
    return size, joined
