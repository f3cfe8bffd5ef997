"""Configuration files redacted by structure: decode, redact by the format's parser, check, encode back.

A configuration file up to ``MAX_STRUCTURED`` bytes is read whole, decoded (UTF-8, UTF-16/32 with or without a
byte-order mark, else Latin-1 so that every byte comes back as it was), redacted by
``domain.redaction.formats.engine`` and written back in its own encoding with its own byte-order mark. Larger
files are left to the streaming redactors (the caller says so). Only reads the file it is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from care_desktop.domain.redaction.formats.engine import redact_document
from care_desktop.domain.redaction.formats.slots import ConfigFormat
from care_desktop.domain.redaction.text import TextRedactor
from care_desktop.services.evidence.sniff import utf16_without_bom

MAX_STRUCTURED: Final = 2 * 1024 * 1024
"""Largest configuration file redacted by structure (parsed whole, twice); larger ones are streamed as text."""

_BOMS: Final = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@dataclass(frozen=True)
class Decoded:
    """A configuration file's text and how to write it back.

    Attributes:
        text: The text, without a byte-order mark.
        codec: The codec it was decoded with.
        bom: The byte-order mark it started with (written back as it was).
    """

    text: str
    codec: str
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        """The bytes of ``text`` in the file's own encoding."""
        return self.bom + text.encode(self.codec, "strict" if self.codec == "latin-1" else "surrogateescape")


def decode_config(data: bytes) -> Decoded:
    """Decode a configuration file's bytes (never fails: Latin-1 takes any byte)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), codec, bom)
            except UnicodeDecodeError:
                break
    guess = utf16_without_bom(data)
    if guess is not None:
        try:
            return Decoded(data.decode(guess), guess)
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1")


def redact_config(path: Path, fmt: ConfigFormat, redactor: TextRedactor) -> tuple[bytes, str, int]:
    """Redact one configuration file by structure.

    Args:
        path: The file (at most ``MAX_STRUCTURED`` bytes).
        fmt: Its format.
        redactor: The file's text redactor.

    Returns:
        The redacted bytes, a note (empty, or why whole values were removed) and the number of bytes read.

    Raises:
        OSError: The file cannot be read.
        FormatError: It is not valid in ``fmt``.
        UnsafeRedactionError: Its redacted copy does not parse the way it does.
    """
    data = path.read_bytes()
    decoded = decode_config(data)
    text, note = redact_document(decoded.text, fmt, redactor)
    return decoded.encode(text), note, len(data)
