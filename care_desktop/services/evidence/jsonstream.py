r"""A user's JSON file as a stream of ijson events, read safely: the one way evidence files are walked with ijson.

ijson's C backend (yajl2_c) is fast but trusts its input in ways a user's file can break, so every walk (the HAR
summary, the classifier's probe) goes through ``json_events``, which guards against each:

- bytes that are not UTF-8 are read as U+FFFD (yajl stops at them, while the redactor reads such a file as JSON
  all the same); UTF-16/32 text is transcoded;
- a surrogate escape (``\udcff``, ``\ud83d``) is read as ``\ufffd``: yajl turns a lone low one into bytes that
  ijson then fails to decode (a ``UnicodeDecodeError`` escapes instead of a JSON error), and pairs a high one with
  whatever escape follows. The callers read structure, keys, URLs and times, which never need one, so even a
  well-formed pair (an emoji in a response body) reads as two ``\ufffd``;
- numbers are read by yajl itself (``use_float``): ijson would otherwise convert an integer with ``int()``, and a
  5,000-digit one (over Python's digit limit) makes ijson 3.6 crash the process with a segmentation fault; a
  number too large for a double or a 64-bit integer is a ``JsonStreamError`` instead;
- prefixes (``log.entries.item``) are built here, and only down to a given depth: ijson's own cost memory in the
  square of the nesting depth (a 30 KB file of ``[`` took 2 GB), and the callers only look at the outer levels.

Progress and cancellation are checked at every read. Reads only.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import BinaryIO, Final

from care_desktop.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress

CHUNK: Final = 256 * 1024
_BACKSLASH: Final = b"\\"
_ESCAPE_SPAN: Final = 6
"""Bytes of the escape sequence rewritten here, ``\\udcff``."""
_SURROGATE_ESCAPE = re.compile(rb"(?<!\\)((?:\\\\)*)\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
"""A ``\\uD800``-``\\uDFFF`` escape, not after an escaped backslash (``\\\\udcff`` is a backslash and text)."""
_START: Final = frozenset({"start_map", "start_array"})
_END: Final = frozenset({"end_map", "end_array"})

Event = tuple[str, str, object]
"""``(prefix, event, value)`` as ``ijson.parse`` gives them: ``("log.entries.item", "start_map", None)``."""


class JsonStreamError(ValueError):
    """The text is not valid JSON; the message says how, in one line.

    Args:
        reason: What the parser said.
        premature_end: True when the text only ended too early (it may be the start of a valid document).
        number_too_large: True when the JSON is well formed but holds a number this reader cannot hold.
    """

    def __init__(self, reason: str, *, premature_end: bool = False, number_too_large: bool = False) -> None:
        super().__init__(reason)
        self.premature_end = premature_end
        self.number_too_large = number_too_large


def _safe_end(data: bytes) -> int:
    """Where ``data`` can be cut so that no escape sequence (nor the backslashes before it) is split."""
    first = data.find(_BACKSLASH, max(0, len(data) - (_ESCAPE_SPAN - 1)))
    if first < 0:
        return len(data)
    run_start = len(data[:first].rstrip(_BACKSLASH))
    return (
        run_start + (first - run_start) // 2 * 2
    )  # whole "\\" pairs stay behind the cut: they escape nothing after it


class _SafeReader:
    """A binary reader giving valid UTF-8 without surrogate escapes, reporting progress, cancellable."""

    def __init__(self, handle: BinaryIO, encoding: str, size: int | None, progress: Progress, token: CancelToken):
        codec = encoding if encoding.startswith(("utf-16", "utf-32")) else "utf-8"
        self._handle = handle
        self._decoder = codecs.getincrementaldecoder(codec)(errors="replace")
        self._size = size
        self._done = 0
        self._progress = progress
        self._token = token
        self._carried = b""
        self._ended = False

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson asks for nothing to learn whether the file gives bytes or text
            return b""
        while not self._ended:  # a chunk whatever the size asked for: the parser copes with any length
            self._token.check()
            data = self._handle.read(CHUNK)
            self._done += len(data)
            self._progress(self._done, self._size)
            self._ended = not data
            text = self._carried + self._decoder.decode(data, final=self._ended).encode("utf-8")
            cut = len(text) if self._ended else _safe_end(text)
            text, self._carried = text[:cut], text[cut:]
            if b"\\ud" in text or b"\\uD" in text:
                text = _SURROGATE_ESCAPE.sub(rb"\1\\ufffd", text)
            if text:
                return text
        return b""


def _reason(error: Exception) -> str:
    """The first line of the parser's message (yajl2_c gives it as bytes, with the text around the error)."""
    raw = error.args[0] if error.args else ""
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    lines = text.strip().splitlines()
    return lines[0].strip().rstrip(".") if lines else type(error).__name__


def _error(error: Exception) -> JsonStreamError:
    reason = _reason(error)
    premature = "premature EOF" in reason or "Incomplete JSON" in reason
    return JsonStreamError(reason, premature_end=premature, number_too_large="overflow" in reason)


def _child(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def json_events(
    handle: BinaryIO,
    *,
    encoding: str,
    depth: int,
    size: int | None = None,
    progress: Progress = no_progress,
    token: CancelToken = NEVER_CANCELLED,
) -> Iterator[Event]:
    """Walk a JSON document from ``handle``'s position (after any byte-order mark) as ``ijson.parse`` would.

    Args:
        handle: The open file, past its BOM.
        encoding: From ``sniff.detect_encoding``: UTF-16/32 codecs are transcoded, anything else is read as UTF-8.
        depth: Events whose prefix has more parts than this are left out (``log.entries.item`` has 3); the
            start and end of a container at the limit are still given.
        size: The file size, for progress.
        progress: Called with the bytes read so far and ``size``.
        token: Checked at every read.

    Yields:
        ``(prefix, event, value)``; numbers come as floats.

    Raises:
        JsonStreamError: When the text is not valid JSON (cut short, binary, ...).
        CancelledError: When cancelled.
    """
    import ijson  # a heavy library: loaded by the first JSON file read, not when the wizard opens

    reader = _SafeReader(handle, encoding, size, progress, token)
    containers: list[str] = []  # the prefix of each open container down to the depth limit
    here = ""  # the prefix of the next value
    hidden = 0  # containers open below the depth limit
    try:
        for event, value in ijson.basic_parse(reader, buf_size=CHUNK, use_float=True):
            if hidden:
                if event in _START:
                    hidden += 1
                elif event in _END:
                    hidden -= 1
                    if not hidden:
                        yield here, event, value
                continue
            if event == "map_key":
                yield containers[-1], event, value
                here = _child(containers[-1], str(value))
            elif event in _START:
                yield here, event, value
                if len(containers) >= depth:
                    hidden = 1
                    continue
                containers.append(here)
                if event == "start_array":
                    here = _child(here, "item")
            elif event in _END:
                here = containers.pop()
                yield here, event, value
            else:
                yield here, event, value
    except (ijson.JSONError, ValueError) as error:  # ValueError: what the backend raises besides its own errors
        raise _error(error) from error
