"""The first and last lines of a text file, read with bounded memory however large the file is.

The head is read from the start; for the tail the file is seeked to shortly before its end, so a
multi-gigabyte log costs two small reads. Lines end at CRLF, LF or CR; a file without a final newline is
fine. Very long lines are cut for display. Only reads; never writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import BinaryIO, Final

from care_desktop.services.evidence.sniff import BOM_LENGTH, UNKNOWN_ENCODING

WINDOW_BYTES: Final = 64 * 1024
"""Bytes read at each end of the file."""
MAX_LINE_CHARS: Final = 500
"""Longer lines are cut to this many characters and end with an ellipsis."""

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class TextPreview:
    """The preview of a text file.

    Attributes:
        head: The first lines.
        tail: The last lines; empty when ``head`` already holds the whole file.
        encoding: The codec used (``utf-8``, ``utf-8-sig``, ``utf-16-le`` ...) or ``unknown``.
        omitted_lines: Lines between head and tail when known (the whole file was read), else None.
        whole_file: True when ``head`` is the whole file.
    """

    head: tuple[str, ...]
    tail: tuple[str, ...]
    encoding: str
    omitted_lines: int | None
    whole_file: bool


def _codec(encoding: str) -> str:
    return "utf-8" if encoding in (UNKNOWN_ENCODING, "utf-8-sig") else encoding


def _unit(encoding: str) -> int:
    return 4 if encoding.startswith("utf-32") else 2 if encoding.startswith("utf-16") else 1


def _cut(line: str) -> str:
    return line if len(line) <= MAX_LINE_CHARS else line[: MAX_LINE_CHARS - 1] + "\u2026"


def _split(text: str) -> list[str]:
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # the final newline ends the last line; it does not start an empty one
    return lines


def _decode(data: bytes, encoding: str, *, at_end: bool) -> str:
    text = data.decode(_codec(encoding), errors="replace")
    return text if at_end else text.rstrip("\ufffd")  # a character cut by the window is not an error


def text_preview(handle: BinaryIO, size: int, encoding: str, lines: int = 5) -> TextPreview:
    """Read the first and last ``lines`` lines of an open text file.

    Args:
        handle: The file, opened in binary mode and seekable.
        size: Its size in bytes.
        encoding: From ``sniff.detect_encoding`` (not None).
        lines: How many lines at each end.

    Returns:
        The preview.
    """
    unit = _unit(encoding)
    start = BOM_LENGTH.get(encoding, 0)
    handle.seek(start)
    whole = size - start <= 2 * WINDOW_BYTES
    head_bytes = handle.read(size - start if whole else WINDOW_BYTES)
    head_bytes = head_bytes[: len(head_bytes) - len(head_bytes) % unit]
    if whole:
        all_lines = [_cut(line) for line in _split(_decode(head_bytes, encoding, at_end=True))]
        if len(all_lines) <= 2 * lines:
            return TextPreview(tuple(all_lines), (), encoding, 0, True)
        return TextPreview(
            tuple(all_lines[:lines]), tuple(all_lines[-lines:]), encoding, len(all_lines) - 2 * lines, False
        )
    head = _split(_decode(head_bytes, encoding, at_end=False))[:lines]
    tail_start = size - WINDOW_BYTES
    tail_start -= (tail_start - start) % unit  # stay on a code unit boundary of UTF-16/32
    handle.seek(tail_start)
    tail_text = _decode(handle.read(), encoding, at_end=True)
    tail_lines = _split(tail_text)[1:]  # the first one is (most likely) the end of a line cut by the seek
    return TextPreview(
        tuple(_cut(line) for line in head),
        tuple(_cut(line) for line in tail_lines[-lines:]),
        encoding,
        None,
        False,
    )
