"""Streaming redaction of text files: any encoding, any line ending, bounded memory.

The file is read in 1 MiB chunks and redacted a block of complete lines at a time; the unfinished last line
of a chunk is carried over to the next, however long it is, so that no read boundary ever separates a key
from its value (a line is never cut: memory holds the longest line, and one chunk for ordinary lines).
ASCII-compatible files (UTF-8, Latin-1, Windows code pages, or bytes that are no encoding at all) are carried
through the text engine as Latin-1, one character per byte, so that every byte the rules do not touch is
written back exactly as it was, line endings included; UTF-16 and UTF-32 files (with a byte-order mark, or
UTF-16 recognized without one) are decoded and encoded again with their own codec. Never writes to the input.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO, Final, Protocol

from care_desktop.domain.redaction.text import TextRedactor
from care_desktop.services.evidence.sniff import utf16_without_bom

CHUNK: Final = 1 << 20
_BOMS: Final = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


class Output(Protocol):
    """Where redacted bytes go: a file, a package member, or nowhere (a scan)."""

    def write(self, data: bytes, /) -> object:
        """Append ``data``."""

    def restart(self) -> None:
        """Forget everything written so far (the file is redacted again another way)."""


@dataclass(frozen=True)
class TextCodec:
    """How a text file's bytes become the engine's text and back.

    Attributes:
        name: ``latin-1`` (bytes carried one-to-one) or a UTF-16/32 codec with explicit byte order.
        bom: The byte-order mark the file starts with (written back as it was).
    """

    name: str
    bom: bytes = b""

    def display(self, text: str) -> str:
        """Readable text for the review's preview."""
        if self.name != "latin-1" or text.isascii():
            return text
        return text.encode("latin-1", "replace").decode("utf-8", "replace")

    def encode(self, text: str) -> bytes:
        """The bytes of redacted text."""
        return text.encode(self.name, "replace" if self.name != "latin-1" else "strict")


def _plausible(sample: bytes, codec: str) -> bool:
    """Whether ``sample`` reads as text in ``codec``: logs in any language carry ASCII (times, digits, names).

    A file in an 8-bit encoding that happens to start with the bytes of a byte-order mark would otherwise be
    read as UTF-16/32 gibberish, and its secrets would slip through.
    """
    unit = 4 if codec.startswith("utf-32") else 2
    sample = sample[: len(sample) - len(sample) % unit]
    if not sample:
        return True
    text = sample.decode(codec, "replace")
    ascii_like = sum(1 for char in text if " " <= char < "\x7f" or char in "\t\r\n")
    return ascii_like >= 0.3 * len(text)


def detect_codec(head: bytes) -> TextCodec:
    """Choose the codec for a text file from its first bytes.

    A byte-order mark, or the NUL bytes of UTF-16/32 text, only suggest a codec: it is taken when the bytes
    read as text in it. Anything else is carried one-to-one (latin-1), so that no byte escapes the scanners.
    """
    candidates = [(name, bom) for bom, name in _BOMS if head.startswith(bom)]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) or utf16_without_bom(head):
        guess = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        candidates.append((guess, b""))
    for name, bom in candidates:  # "FF FE" then a NUL character also looks like the UTF-32 mark: try each
        if _plausible(head[len(bom) : len(bom) + 4096], name):
            return TextCodec(name, bom)
    return TextCodec("latin-1")


def redact_text(
    source: BinaryIO, out: Output, make_redactor: Callable[[TextCodec], TextRedactor], advance: Callable[[int], None]
) -> TextRedactor:
    """Redact a text stream into ``out``.

    Args:
        source: The input, opened for binary reading at its start.
        out: Receives the redacted bytes.
        make_redactor: Builds the file's redactor once the codec is known (the preview needs it).
        advance: Called with the number of input bytes consumed after each chunk; may raise to cancel.

    Returns:
        The redactor used (its report holds the findings).
    """
    data = source.read(CHUNK)
    codec = detect_codec(data[:4096])
    redactor = make_redactor(codec)
    if codec.bom:
        out.write(codec.bom)
        advance(len(codec.bom))
        data = data[len(codec.bom) :]
    feeder = LineFeeder(redactor, codec, out)
    while data:
        feeder.feed(data)
        advance(len(data))
        data = source.read(CHUNK)
    feeder.finish()
    return redactor


class LineFeeder:
    """Feeds a file's bytes to its redactor in complete lines; an unfinished line waits, however long it is.

    Args:
        redactor: The file's redactor.
        codec: How the bytes become the engine's text and back.
        out: Receives the redacted bytes.
    """

    def __init__(self, redactor: TextRedactor, codec: TextCodec, out: Output) -> None:
        self.redactor = redactor
        self.codec = codec
        self.out = out
        self._decoder = codecs.getincrementaldecoder(codec.name)("replace" if codec.name != "latin-1" else "strict")
        self._carried: list[str] = []  # the unfinished line, in pieces (joined once it ends: no quadratic copying)

    @property
    def pending(self) -> bool:
        """Whether an unfinished line is waiting for its end."""
        return bool(self._carried)

    def feed(self, data: bytes) -> None:
        """Take ``data`` and redact the complete lines it finishes."""
        text = self._decoder.decode(data)
        cut = text.rfind("\n") + 1
        if cut:
            self.out.write(self.codec.encode(self.redactor.redact_block("".join(self._carried) + text[:cut])))
            self._carried = [text[cut:]] if cut < len(text) else []
        elif text:
            self._carried.append(text)

    def finish(self) -> None:
        """Redact what is left at the end of the file and forget the state."""
        rest = "".join(self._carried) + self._decoder.decode(b"", True)
        self._carried = []
        if rest:
            self.out.write(self.codec.encode(self.redactor.redact_block(rest)))
        self.redactor.end()
