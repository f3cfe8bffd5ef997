"""A clock tests move by hand: calling it gives ``now``, which the test sets."""

from __future__ import annotations

from datetime import datetime


class HandClock:
    """Stands in for the app's ``clock`` callable.

    Args:
        now: The time it shows until the test changes ``now``.
    """

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now
