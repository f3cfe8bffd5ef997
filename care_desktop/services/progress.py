"""How long work reports progress and learns it was cancelled, without knowing who is watching.

Services that take time (redaction, packaging, copying evidence, fetching status) accept a ``Progress``
callback and a ``CancelToken``; they call ``progress(done, total)`` as they go and ``token.check()`` at safe
points, which raises ``CancelledError``. The UI runs them in a worker thread; the command line passes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Progress = Callable[[int, int | None], None]
"""``progress(done, total)``: units done so far (bytes, files ...) and the total when known."""


class CancelledError(Exception):
    """The user cancelled the work; whatever was half done has been cleaned up by the service."""


class CancelToken:
    """A flag the UI sets and a service checks; safe to share between threads."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancellation was asked for."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise ``CancelledError`` when cancellation was asked for.

        Raises:
            CancelledError: The work must stop.
        """
        if self._event.is_set():
            raise CancelledError

    def wait(self, seconds: float) -> None:
        """Wait up to ``seconds`` (a server asked to be left alone that long), ending early on cancellation.

        Raises:
            CancelledError: Cancellation was asked for before or during the wait.
        """
        if self._event.wait(max(seconds, 0.0)):
            raise CancelledError


def no_progress(done: int, total: int | None) -> None:
    """A progress callback that ignores everything (the default of services)."""
    del done, total


NEVER_CANCELLED = CancelToken()
"""A token nobody cancels, for callers that cannot cancel (the command line)."""
