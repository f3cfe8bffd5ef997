"""A streamed summary of a HAR file: who made it, HAR version, pages, entries, time span and hosts.

The file is walked as a stream of JSON events (``jsonstream``: ijson's C backend, guarded against what a user's
file can hold), so a 200 MB export is never loaded whole; memory stays bounded by the largest single string in
it (a response body) plus the host table. A UTF-8 BOM is skipped (Chrome and Fiddler write one); UTF-16 files
are transcoded on the fly, and bytes that are not UTF-8 read as U+FFFD. Reads only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final
from urllib.parse import urlsplit

from care_desktop.services.evidence.jsonstream import JsonStreamError, json_events
from care_desktop.services.evidence.probe import EvidenceError, open_regular, problem_for_error
from care_desktop.services.evidence.sniff import BOM_LENGTH, HEAD_BYTES, detect_encoding
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress

_DEPTH: Final = 5
"""The deepest prefix read: ``log.entries.item.request.url``."""

# Known producers, as they name themselves in log.creator, and what a user would call them.
_PRODUCERS: Final = {
    "WebInspector": "Chrome/Edge DevTools",
    "WebKit Web Inspector": "Safari Web Inspector",
    "Firefox": "Firefox DevTools",
    "Charles Proxy": "Charles Proxy",
    "Fiddler": "Fiddler",
}


class HarFormatError(ValueError):
    """The file is not a complete, valid HAR document; the message says where it broke."""


@dataclass(frozen=True)
class HostCount:
    """How many entries went to one host.

    Attributes:
        host: Host name, lower case, without port.
        entries: Number of entries.
    """

    host: str
    entries: int


@dataclass(frozen=True)
class HarSummary:
    """What a HAR file holds, without its contents.

    Attributes:
        har_version: ``log.version`` (``1.1``, ``1.2``), empty when missing.
        creator: ``log.creator.name`` (``WebInspector``, ``Firefox``, ``Fiddler`` ...).
        creator_version: ``log.creator.version``.
        browser: ``log.browser.name`` when present (Firefox writes it), else empty.
        browser_version: ``log.browser.version``.
        pages: Number of ``log.pages`` (0 when absent, as in Charles and some Chrome exports).
        entries: Number of ``log.entries``.
        first_started: The earliest ``startedDateTime`` of an entry, None when there is none or none parses.
        last_started: The latest one.
        hosts: Entries per host, most first, then by name.
    """

    har_version: str
    creator: str
    creator_version: str
    browser: str
    browser_version: str
    pages: int
    entries: int
    first_started: datetime | None
    last_started: datetime | None
    hosts: tuple[HostCount, ...]

    @property
    def producer(self) -> str:
        """Who made the file, in words: ``Firefox DevTools 111.0.1``, ``Chrome/Edge DevTools (WebInspector 537.36)``."""
        known = _PRODUCERS.get(self.creator)
        raw = " ".join(part for part in (self.creator, self.creator_version) if part)
        if known is None:
            return raw or "unknown"
        if known.startswith(self.creator):
            return " ".join(part for part in (known, self.creator_version) if part)
        return f"{known} ({raw})"


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        return None
    return stamp if stamp.tzinfo is not None else None  # HAR requires an offset; a naive time cannot be ordered


def _host(url: object) -> str | None:
    if not isinstance(url, str):
        return None
    try:
        return urlsplit(url).hostname or None
    except ValueError:
        return None


def summarize_har(path: Path, *, progress: Progress = no_progress, token: CancelToken = NEVER_CANCELLED) -> HarSummary:
    """Stream through a HAR file and summarize it.

    Args:
        path: The file.
        progress: Called with bytes read so far and the file size.
        token: Cancels the walk (raises ``CancelledError``).

    Returns:
        The summary.

    Raises:
        HarFormatError: When the file is not valid JSON to its end or has no ``log.entries`` list.
        EvidenceError: When the file cannot be opened or read.
        CancelledError: When cancelled.
    """
    values: dict[str, str] = {}
    pages = entries = 0
    first: datetime | None = None
    last: datetime | None = None
    hosts: Counter[str] = Counter()
    saw_entries = False
    wanted = {"log.version", "log.creator.name", "log.creator.version", "log.browser.name", "log.browser.version"}
    with open_regular(path) as handle:
        try:
            head = handle.read(HEAD_BYTES)
            size = handle.seek(0, 2)
            encoding = detect_encoding(head, truncated=len(head) < size) or "utf-8"
            handle.seek(BOM_LENGTH.get(encoding, 0))
            events = json_events(handle, encoding=encoding, depth=_DEPTH, size=size, progress=progress, token=token)
            for prefix, event, value in events:
                if prefix == "log.entries.item":
                    if event == "start_map":
                        entries += 1
                elif prefix == "log.entries.item.startedDateTime":
                    stamp = _parse_time(value)
                    if stamp is not None:
                        first = stamp if first is None or stamp < first else first
                        last = stamp if last is None or stamp > last else last
                elif prefix == "log.entries.item.request.url":
                    host = _host(value)
                    if host:
                        hosts[host] += 1
                elif prefix == "log.pages.item" and event == "start_map":
                    pages += 1
                elif prefix == "log.entries" and event == "start_array":
                    saw_entries = True
                elif prefix in wanted and event == "string":
                    values[prefix] = str(value)
        except JsonStreamError as error:
            raise HarFormatError(str(error)) from error
        except OSError as error:  # a read failed after the open (I/O error ...)
            raise EvidenceError(problem_for_error(path, error)) from error
    if not saw_entries:
        raise HarFormatError("no log.entries list")
    return HarSummary(
        har_version=values.get("log.version", ""),
        creator=values.get("log.creator.name", ""),
        creator_version=values.get("log.creator.version", ""),
        browser=values.get("log.browser.name", ""),
        browser_version=values.get("log.browser.version", ""),
        pages=pages,
        entries=entries,
        first_started=first,
        last_started=last,
        hosts=tuple(HostCount(host, n) for host, n in sorted(hosts.items(), key=lambda item: (-item[1], item[0]))),
    )
