"""Streaming redaction of JSON files: HAR files entry by entry, and configuration by key.

The outer levels of the document (the root object, ``log``, the ``entries`` array) are read token by token;
each value below them (one HAR entry, the ``creator`` object, a configuration section) is decoded on its own
by the standard library's C decoder, redacted (``domain.redaction_json``), and written straight back, so
memory holds one entry at a time whatever the file's size. A UTF-8 byte-order mark is dropped and the output
is UTF-8 JSON with one array item per line. Invalid JSON raises ``JsonFormatError`` (the caller then treats the
file as text).

A large HAR may be redacted by two processes (``packaging/har_segments``): ``find_seam`` finds a comma between
two entries near a wanted byte offset (the outer levels read the same way, the entries decoded but not
redacted, the bytes carried as Latin-1 so that positions are byte offsets), ``redact_entries`` redacts the
entries from that comma to the array's end, and ``redact_json`` with a ``join`` takes those entries in where its
input (cut at the comma) runs out inside ``log.entries``, then goes on at the array's closing bracket.

The standard decoder was chosen over ijson here: measured on a 100 MB HAR, ``ijson.items`` for the entries
took as long as the C decoder, but writing the other parts of the document back needed a second full
``ijson.parse`` pass, which doubled the time.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, Protocol

from care_desktop.domain.json_input import TOO_DEEP, too_long_number
from care_desktop.domain.redaction.json_values import JsonRedactor
from care_desktop.domain.redaction.rules import classify_key
from care_desktop.services.redaction.textfile import Output

CHUNK: Final = 1 << 20
FLUSH_AT: Final = 256 * 1024
STREAMED_DEPTH: Final = 2
"""Containers at depths 0-1 (the root, ``log``) and HAR's ``log.entries`` are streamed; other values are decoded
whole, so that ``{"name": "SMTP_PASSWORD", "value": ...}`` pairs are seen together."""
_WHITESPACE: Final = " \t\r\n"
_DECODER: Final = json.JSONDecoder()
UTF16_BOMS: Final = (b"\xff\xfe", b"\xfe\xff")
"""A file starting with one of these is read as UTF-16 (and never cut in two: offsets are not characters)."""


class Source(Protocol):
    """What the reader reads: a binary file, or a view of one (``har_segments.SeamInput``)."""

    def read(self, size: int, /) -> bytes:
        """Up to ``size`` bytes; empty at the end."""

    def seek(self, offset: int, /) -> int:
        """Go to byte ``offset``."""

    def tell(self) -> int:
        """The current byte offset."""


@dataclass(frozen=True)
class Seam:
    """A comma between two HAR entries, where the work on a file may be cut in two.

    Attributes:
        entries: The entries before it.
        offset: Its byte offset in the file.
    """

    entries: int
    offset: int


class JsonFormatError(ValueError):
    """The file is not valid JSON; the message says where."""


class _Reader:
    """Text from a byte stream, decoded as it is needed, with values decoded one at a time.

    Args:
        source: The input, at the offset to read from.
        advance: Called with the number of bytes read.
        carried: ``latin-1`` to carry UTF-8 bytes one to one (same structure, and offsets are characters).
    """

    def __init__(self, source: Source, advance: Callable[[int], None], carried: str = "utf-8") -> None:
        self._source = source
        self._advance = advance
        self._read = source.tell()
        first = source.read(CHUNK)
        self._read += len(first)
        advance(len(first))
        self.encoding = carried
        if first.startswith(UTF16_BOMS):
            self.encoding = "utf-16"
        elif first.startswith(b"\xef\xbb\xbf"):
            first = first[3:]
        errors = "replace" if self.encoding == "utf-16" else "surrogateescape"
        self._decoder = codecs.getincrementaldecoder(self.encoding)(errors)
        self.buffer = self._decoder.decode(first)
        self.position = 0
        self.eof = not first

    def fill(self, at_least: int = CHUNK) -> bool:
        """Read more text; False at the end of the input."""
        if self.eof:
            return False
        self.buffer = self.buffer[self.position :]
        self.position = 0
        wanted = max(at_least, CHUNK)
        while wanted > 0:
            data = self._source.read(min(wanted, 16 * CHUNK))
            self._read += len(data)
            self._advance(len(data))
            if not data:
                self.eof = True
                self.buffer += self._decoder.decode(b"", True)
                break
            self.buffer += self._decoder.decode(data)
            wanted -= len(data)
        return True

    def offset(self) -> int:
        """The byte offset in the source of the next character (UTF-8 or Latin-1; cheap for Latin-1 only)."""
        if self.encoding == "latin-1":
            rest = len(self.buffer) - self.position
        else:
            rest = len(self.buffer[self.position :].encode(self.encoding, "surrogateescape"))
        return self._read - len(self._decoder.getstate()[0]) - rest

    def resume(self, offset: int) -> None:
        """Go on reading at byte ``offset`` of the source (an ASCII character of a UTF-8 file)."""
        self._read = self._source.seek(offset)
        self._decoder.reset()
        self.buffer, self.position, self.eof = "", 0, False

    def peek(self) -> str:
        """The next character that is not whitespace, or empty at the end."""
        while True:
            size = len(self.buffer)
            while self.position < size and self.buffer[self.position] in _WHITESPACE:
                self.position += 1
            if self.position < size:
                return self.buffer[self.position]
            if not self.fill():
                return ""

    def expect(self, char: str) -> None:
        """Consume ``char`` (after whitespace) or fail."""
        found = self.peek()
        if found != char:
            raise JsonFormatError(f"expected {char!r} but found {found or 'the end'!r}")
        self.position += 1

    def value(self) -> Any:
        """Decode the next value whole."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.position)
            except json.JSONDecodeError as error:
                incomplete = error.msg.startswith("Unterminated string") or error.pos >= len(self.buffer) - 8
                if incomplete and self.fill(len(self.buffer) - self.position):
                    continue
                raise JsonFormatError(f"{error.msg} (character {error.pos})") from None
            except ValueError:  # an integer of more digits than Python converts
                raise JsonFormatError(too_long_number()) from None
            except RecursionError:
                raise JsonFormatError(TOO_DEEP) from None
            if end >= len(self.buffer) and not self.eof and self.fill():  # a number may go on in the next chunk
                continue
            self.position = end
            return value


class _Writer:
    """Collects output text and passes it on as UTF-8 in large pieces."""

    def __init__(self, out: Output) -> None:
        self._out = out
        self._pieces: list[str] = []
        self._size = 0

    def text(self, piece: str) -> None:
        self._pieces.append(piece)
        self._size += len(piece)
        if self._size >= FLUSH_AT:
            self.flush()

    def value(self, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False)
        try:
            text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a lone surrogate from a \\udXXX escape: keep it escaped
            text = json.dumps(value, ensure_ascii=True)
        self.text(text)

    def flush(self) -> None:
        if self._pieces:
            self._out.write("".join(self._pieces).encode("utf-8", "surrogateescape"))
            self._pieces.clear()
            self._size = 0


def redact_json(
    source: Source,
    out: Output,
    redactor: JsonRedactor,
    advance: Callable[[int], None],
    har: bool,
    join: Callable[[int], int] | None = None,
) -> None:
    """Redact a JSON document into ``out``.

    Args:
        source: The input, opened for binary reading at its start.
        out: Receives the redacted JSON.
        redactor: The file's JSON redactor.
        advance: Called with the number of input bytes read; may raise to cancel.
        har: Treat ``log.entries`` items as HAR entries.
        join: Where the input runs out inside ``log.entries``: called with the number of entries redacted, once
            what was redacted has been passed to ``out``; it writes the other entries to ``out`` and returns the
            byte offset of the array's closing bracket, where the reading goes on.

    Raises:
        JsonFormatError: The input is not one valid JSON document.
    """
    reader = _Reader(source, advance)
    writer = _Writer(out)
    if not reader.peek():
        raise JsonFormatError("the file is empty")
    _stream(reader, writer, redactor, (), None, har, join)
    if reader.peek():
        raise JsonFormatError("more data after the JSON document")
    writer.text("\n")
    writer.flush()


def _streamed(path: tuple[str, ...], rule: str | None, char: str, har: bool) -> bool:
    """Whether the value starting with ``char`` at ``path`` is read token by token (else decoded whole)."""
    entries = har and path == ("log", "entries")
    return (len(path) < STREAMED_DEPTH or entries) and rule is None and char in ("{", "[")


def _stream(
    reader: _Reader,
    writer: _Writer,
    redactor: JsonRedactor,
    path: tuple[str, ...],
    rule: str | None,
    har: bool,
    join: Callable[[int], int] | None,
) -> None:
    char = reader.peek()
    label = ".".join(path)
    entries = har and path == ("log", "entries")
    if not _streamed(path, rule, char, har):
        writer.value(redactor.value(reader.value(), label, rule))
        return
    reader.position += 1
    if char == "{":
        writer.text("{")
        first = True
        while reader.peek() != "}":
            if not first:
                reader.expect(",")
                writer.text(", ")
            first = False
            key = reader.value()
            if not isinstance(key, str):
                raise JsonFormatError("an object key must be a string")
            reader.expect(":")
            writer.text(json.dumps(key, ensure_ascii=False) + ": ")
            _stream(reader, writer, redactor, (*path, key), classify_key(key), har, join)
        reader.position += 1
        writer.text("}")
        return
    writer.text("[\n")
    index = 0
    while reader.peek() != "]":
        if not reader.peek():
            if not entries or join is None:
                raise JsonFormatError("the document ends inside an array")
            writer.flush()
            reader.resume(join(index))
            if reader.peek() != "]":
                raise JsonFormatError("the other entries do not end the array")
            break
        if index:
            reader.expect(",")
            writer.text(",\n")
        if entries:
            writer.value(redactor.har_entry(reader.value(), f"entries[{index}]"))
        else:
            _stream(reader, writer, redactor, (*path, str(index)), None, har, join)
        index += 1
    reader.position += 1
    writer.text("\n]")


def redact_entries(
    source: Source, out: Output, redactor: JsonRedactor, advance: Callable[[int], None], first: int
) -> int:
    """Redact HAR entries from a ``Seam`` to the end of ``log.entries``, each as ``redact_json`` writes it.

    Args:
        source: The file, at the seam's comma.
        out: Receives ``,`` and a line break before each entry, as ``redact_json`` writes them.
        redactor: The file's JSON redactor.
        advance: Called with the number of input bytes read; may raise to cancel.
        first: The number of entries before the seam (the first entry's index).

    Returns:
        The byte offset of the array's closing bracket.

    Raises:
        JsonFormatError: What follows is not entries ending with the array's closing bracket.
    """
    reader = _Reader(source, advance)
    writer = _Writer(out)
    index = first
    while reader.peek() == ",":
        reader.position += 1
        writer.text(",\n")
        writer.value(redactor.har_entry(reader.value(), f"entries[{index}]"))
        index += 1
    if index == first or reader.peek() != "]":
        raise JsonFormatError("no entries ending the array after the seam")
    writer.flush()
    return reader.offset()


def find_seam(source: Source, nominal: int) -> Seam | None:
    """The first comma between two entries of a HAR's ``log.entries`` at or after byte ``nominal``.

    The document is read as ``redact_json`` reads it, values decoded but not redacted, with the bytes carried
    as Latin-1: the same structure (the JSON syntax is ASCII; a string holding brackets, quotes or the word
    "entries" is a string), and a character's index is its byte offset.

    Args:
        source: The file, at its start.
        nominal: Where the cut would ideally be.

    Returns:
        The seam, or None (no such comma, a UTF-16 file, or not valid JSON before it).
    """
    reader = _Reader(source, lambda count: None, carried="latin-1")
    if reader.encoding != "latin-1" or not reader.peek():
        return None
    try:
        return _find(reader, (), None, nominal)
    except JsonFormatError:
        return None


def _find(reader: _Reader, path: tuple[str, ...], rule: str | None, nominal: int) -> Seam | None:
    char = reader.peek()
    if not _streamed(path, rule, char, True):
        reader.value()
        return None
    reader.position += 1
    if char == "{":
        first = True
        while reader.peek() != "}":
            if not first:
                reader.expect(",")
            first = False
            key = reader.value()
            if not isinstance(key, str):
                raise JsonFormatError("an object key must be a string")
            reader.expect(":")
            if (found := _find(reader, (*path, key), classify_key(key), nominal)) is not None:
                return found
        reader.position += 1
        return None
    entries = path == ("log", "entries")
    index = 0
    while reader.peek() != "]":
        if not reader.peek():
            raise JsonFormatError("the document ends inside an array")
        if index:
            offset = reader.offset()
            reader.expect(",")
            if entries and offset >= nominal:
                return Seam(index, offset)
        if entries:
            reader.value()
        elif (found := _find(reader, (*path, str(index)), None, nominal)) is not None:
            return found
        index += 1
    reader.position += 1
    return None
