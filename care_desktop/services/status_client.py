"""Fetch the Genesys Cloud status summary, keep the last good one, and fall back on it when the fetch fails.

The summary comes from ``https://status.mypurecloud.com/api/v2/summary.json`` (or ``$CARE_DESKTOP_STATUS_URL``,
or the URL given) through a session of ``http_client`` (system certificates, environment proxies, timeouts
of 3 s to connect and 5 s between bytes, a small retry). Any failure (timeout, refused, DNS, TLS, 4xx/5xx,
HTML instead of JSON, truncated or malformed JSON, JSON that is not a summary) gives the last good result
marked stale with its age, or an unknown status, each with the reason as a ``Message``; nothing raises but
cancellation. The last good document is cached, with its time and URL, in ``<base>/cache/status.json``
(written atomically). Synchronous: the UI runs :meth:`StatusClient.fetch` in a worker. ``requests`` is loaded
by the first fetch (in that worker), not when this module is imported: the window opens without it. No Qt.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from care_desktop.domain.json_input import loads
from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from care_desktop.domain.status.summary import StatusFormatError, StatusResult, Summary, parse_summary, parse_time
from care_desktop.services.atomic import write_text_atomic
from care_desktop.services.net_policy import DEFAULT_BACKOFF, DEFAULT_RETRIES, DEFAULT_TIMEOUT, NetFailure, Timeout
from care_desktop.services.paths import AppPaths
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress

if TYPE_CHECKING:  # for annotations only: requests is imported by the first fetch
    import requests

DEFAULT_URL: Final = "https://status.mypurecloud.com/api/v2/summary.json"
URL_ENV: Final = "CARE_DESKTOP_STATUS_URL"
CACHE_FOLDER: Final = "cache"
CACHE_FILE: Final = "status.json"
CACHE_SCHEMA: Final = "care-desktop/status-cache@1"
MAX_BYTES: Final = 8 * 1024 * 1024  # Genesys Cloud's summary is well under 1 MB
MAX_SECONDS: Final = 30.0  # a server that drips bytes slower than the read timeout still ends here
_CHUNK: Final = 64 * 1024

_NET_MESSAGES: Final = {
    NetFailure.TIMEOUT: QT_TRANSLATE_NOOP("domain", "The status page did not answer in time."),
    NetFailure.DNS: QT_TRANSLATE_NOOP(
        "domain", "The status page's address could not be found: no network connection, or a DNS problem."
    ),
    NetFailure.REFUSED: QT_TRANSLATE_NOOP(
        "domain", "The status page cannot be reached: no network connection, or a firewall blocks it."
    ),
    NetFailure.TLS: QT_TRANSLATE_NOOP(
        "domain",
        "The status page's certificate could not be verified against this computer's certificate store.",
    ),
    NetFailure.PROXY: QT_TRANSLATE_NOOP("domain", "The proxy did not let the request for the status page through."),
    NetFailure.INCOMPLETE: QT_TRANSLATE_NOOP("domain", "The status page's answer was cut off."),
    NetFailure.BAD_URL: QT_TRANSLATE_NOOP("domain", "The status page address is not valid: {url}"),
}


class _FetchFailedError(Exception):
    """The fetch gave no usable summary; ``message`` says why."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def status_url(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The address to fetch: the one given, else ``$CARE_DESKTOP_STATUS_URL``, else Genesys Cloud's.

    Args:
        explicit: An address given by the caller (``--url``), or None.
        environ: The environment (default: ``os.environ``).

    Returns:
        The address.
    """
    if explicit and explicit.strip():
        return explicit.strip()
    env = os.environ if environ is None else environ
    return env.get(URL_ENV, "").strip() or DEFAULT_URL


def _utc_now() -> datetime:
    return datetime.now(UTC)


class StatusClient:
    """Fetches the status summary and keeps the last good one.

    Args:
        paths: Where the cache lives (``paths.base / "cache"``).
        url: The summary's address (default: :func:`status_url`).
        timeout: (connect, read) seconds; read is the longest wait for the next bytes.
        retries: Retries of a connection error or a 502/503/504 answer.
        backoff: Backoff factor between retries, in seconds.
        clock: The current time (aware).
    """

    def __init__(
        self,
        paths: AppPaths,
        url: str | None = None,
        *,
        timeout: Timeout = DEFAULT_TIMEOUT,
        retries: int = DEFAULT_RETRIES,
        backoff: float = DEFAULT_BACKOFF,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.url = status_url(url)
        self.cache_file = cache_path(paths)
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.clock = clock

    # -- public ------------------------------------------------------------------------------------------

    def cached(self) -> StatusResult:
        """The last good result without fetching (stale), or an unknown status.

        Returns:
            The result; ``problem`` is None.
        """
        now = self.clock()
        found = self._read_cache()
        if found is None:
            return StatusResult(None, None, now, stale=True, url=self.url)
        summary, fetched_at = found
        return StatusResult(summary, fetched_at, now, stale=True, url=self.url)

    def fetch(self, progress: Progress = no_progress, token: CancelToken = NEVER_CANCELLED) -> StatusResult:
        """Fetch the summary now; on failure fall back on the cache.

        Args:
            progress: Receives bytes received and the expected total (when the server says).
            token: Cancels between chunks of the answer.

        Returns:
            A fresh result, the last good one marked stale with the reason, or an unknown status.

        Raises:
            CancelledError: When cancelled (nothing is written).
        """
        token.check()
        try:
            data = self._decode(self._download(progress, token))
            summary = self._summary(data)
        except _FetchFailedError as failure:
            return self._fallback(failure.message)
        token.check()
        now = self.clock()
        self._write_cache(data, now)
        return StatusResult(summary, now, now, stale=False, url=self.url)

    # -- fetching ----------------------------------------------------------------------------------------

    def _download(self, progress: Progress, token: CancelToken) -> bytes:
        import requests  # loaded on the first fetch, in the caller's worker thread

        from care_desktop.services.http_client import classify, new_session

        session = new_session(self.retries, self.backoff)
        try:
            headers = {"Accept": "application/json"}
            with session.get(self.url, timeout=self.timeout, stream=True, headers=headers) as response:
                if response.status_code != 200:
                    raise _FetchFailedError(
                        Message(
                            QT_TRANSLATE_NOOP("domain", "The status page answered with an error (HTTP {code})."),
                            {"code": str(response.status_code)},
                        )
                    )
                return self._read_body(response, progress, token)
        except requests.RequestException as error:
            kind = classify(error)
            raise _FetchFailedError(Message(_NET_MESSAGES[kind], {"url": self.url})) from None
        finally:
            session.close()

    def _read_body(self, response: requests.Response, progress: Progress, token: CancelToken) -> bytes:
        length = response.headers.get("Content-Length", "")
        total = int(length) if length.isdigit() else None
        deadline = time.monotonic() + MAX_SECONDS
        chunks: list[bytes] = []
        received = 0
        progress(0, total)
        for chunk in response.iter_content(_CHUNK):
            token.check()
            chunks.append(chunk)
            received += len(chunk)
            progress(received, total)
            if received > MAX_BYTES:
                raise _FetchFailedError(
                    Message(QT_TRANSLATE_NOOP("domain", "The status page's answer is far too large to be a summary."))
                )
            if time.monotonic() > deadline:
                raise _FetchFailedError(Message(_NET_MESSAGES[NetFailure.TIMEOUT]))
        return b"".join(chunks)

    @staticmethod
    def _decode(document: bytes) -> Any:
        try:
            return loads(document.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            if document.lstrip()[:1] == b"<":
                template = QT_TRANSLATE_NOOP(
                    "domain",
                    "The status page answered with a web page instead of data (a proxy or network sign-in page?).",
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "domain", "The status page's answer is not valid JSON (it may have been cut off)."
                )
            raise _FetchFailedError(Message(template)) from None

    @staticmethod
    def _summary(data: Any) -> Summary:
        try:
            return parse_summary(data)
        except StatusFormatError:
            raise _FetchFailedError(
                Message(QT_TRANSLATE_NOOP("domain", "The status page's answer is not a status summary."))
            ) from None

    def _fallback(self, problem: Message) -> StatusResult:
        now = self.clock()
        found = self._read_cache()
        if found is None:
            return StatusResult(None, None, now, stale=True, problem=problem, url=self.url)
        summary, fetched_at = found
        return StatusResult(summary, fetched_at, now, stale=True, problem=problem, url=self.url)

    # -- the cache ---------------------------------------------------------------------------------------

    def _write_cache(self, data: Any, fetched_at: datetime) -> None:
        """Keep the parsed document with its time; a cache that cannot be written is skipped."""
        record = {"schema": CACHE_SCHEMA, "url": self.url, "fetched_at": fetched_at.isoformat(), "summary": data}
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(self.cache_file, json.dumps(record, ensure_ascii=False))
        except OSError:
            pass  # the fresh result is still shown; only the fallback for next time is lost

    def _read_cache(self) -> tuple[Summary, datetime] | None:
        """The cached summary of this URL and its fetch time, or None when there is no usable cache."""
        try:
            record: Any = loads(self.cache_file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            return None
        if not isinstance(record, dict) or record.get("schema") != CACHE_SCHEMA or record.get("url") != self.url:
            return None
        fetched_at = parse_time(record.get("fetched_at"))
        if fetched_at is None:
            return None
        try:
            return parse_summary(record.get("summary")), fetched_at
        except StatusFormatError:
            return None


def cache_path(paths: AppPaths) -> Path:
    """Where the last good status summary is kept.

    Args:
        paths: The installation's paths.

    Returns:
        ``<base>/cache/status.json``.
    """
    return paths.base / CACHE_FOLDER / CACHE_FILE
