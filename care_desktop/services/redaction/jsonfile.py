"""Streaming redaction of JSON files: HAR files entry by entry, and configuration by key.

The outer levels of the document (the root object, ``log``, the ``entries`` array) are read token by token;
each value below them (one HAR entry, the ``creator`` object, a configuration section) is decoded on its own
by the standard library's C decoder, redacted (``domain.redaction_json``), and written straight back, so
memory holds one entry at a time whatever the file's size. A UTF-8 byte-order mark is dropped and the output
is UTF-8 JSON with one array item per line. Invalid JSON raises ``JsonFormatError`` (the caller then treats the
file as text).

The standard decoder was chosen over ijson here: measured on a 100 MB HAR, ``ijson.items`` for the entries
took as long as the C decoder, but writing the other parts of the document back needed a second full
``ijson.parse`` pass, which doubled the time.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from typing import Any, BinaryIO, Final

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


class JsonFormatError(ValueError):
    """The file is not valid JSON; the message says where."""


class _Reader:
    """Text from a byte stream, decoded as it is needed, with values decoded one at a time."""

    def __init__(self, source: BinaryIO, advance: Callable[[int], None]) -> None:
        self._source = source
        self._advance = advance
        first = source.read(CHUNK)
        advance(len(first))
        encoding = "utf-8"
        if first.startswith((b"\xff\xfe", b"\xfe\xff")):
            encoding = "utf-16"
        elif first.startswith(b"\xef\xbb\xbf"):
            first = first[3:]
        self._decoder = codecs.getincrementaldecoder(encoding)("surrogateescape" if encoding == "utf-8" else "replace")
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
            self._advance(len(data))
            if not data:
                self.eof = True
                self.buffer += self._decoder.decode(b"", True)
                break
            self.buffer += self._decoder.decode(data)
            wanted -= len(data)
        return True

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
    source: BinaryIO, out: Output, redactor: JsonRedactor, advance: Callable[[int], None], har: bool
) -> None:
    """Redact a JSON document into ``out``.

    Args:
        source: The input, opened for binary reading at its start.
        out: Receives the redacted JSON.
        redactor: The file's JSON redactor.
        advance: Called with the number of input bytes read; may raise to cancel.
        har: Treat ``log.entries`` items as HAR entries.

    Raises:
        JsonFormatError: The input is not one valid JSON document.
    """
    reader = _Reader(source, advance)
    writer = _Writer(out)
    if not reader.peek():
        raise JsonFormatError("the file is empty")
    _stream(reader, writer, redactor, (), None, har)
    if reader.peek():
        raise JsonFormatError("more data after the JSON document")
    writer.text("\n")
    writer.flush()


def _stream(
    reader: _Reader, writer: _Writer, redactor: JsonRedactor, path: tuple[str, ...], rule: str | None, har: bool
) -> None:
    char = reader.peek()
    label = ".".join(path)
    entries = har and path == ("log", "entries")
    if (len(path) >= STREAMED_DEPTH and not entries) or rule is not None or char not in ("{", "["):
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
            _stream(reader, writer, redactor, (*path, key), classify_key(key), har)
        reader.position += 1
        writer.text("}")
        return
    writer.text("[\n")
    index = 0
    while reader.peek() != "]":
        if not reader.peek():
            raise JsonFormatError("the document ends inside an array")
        if index:
            reader.expect(",")
            writer.text(",\n")
        if entries:
            writer.value(redactor.har_entry(reader.value(), f"entries[{index}]"))
        else:
            _stream(reader, writer, redactor, (*path, str(index)), None, har)
        index += 1
    reader.position += 1
    writer.text("\n]")
