"""Autosave of one draft: on demand at commit points, and shortly after the last edit while typing."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal

from care_desktop.domain.case.draft import Draft
from care_desktop.services.store import Store
from care_desktop.services.storefile import StoreError


class Autosave(QObject):
    """Saves a draft to the store.

    Every edit calls :meth:`touch`, which (re)starts a short timer; the save happens when the user pauses.
    :meth:`save_now` saves at once (a page accepted, the wizard closed).

    Signals:
        saved: The draft was saved (its id).
        failed: Saving failed (the reason, for the user).

    Args:
        store: Where to save.
        draft: The draft; saved as it is at the time of saving.
        delay_ms: Pause after the last edit before saving (under 2 seconds).
        parent: Owner.
    """

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, store: Store, draft: Draft, delay_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._draft = draft
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        self._suspended = False

    @property
    def pending(self) -> bool:
        """Whether an edit is waiting to be saved."""
        return self._timer.isActive()

    def set_suspended(self, suspended: bool) -> None:
        """Stop or resume saving (while the wizard replays the path to a resumed step)."""
        self._suspended = suspended

    def touch(self) -> None:
        """Note an edit: save once the user pauses."""
        if not self._suspended:
            self._timer.start()

    def save_now(self) -> bool:
        """Save immediately.

        Returns:
            True when saved (or nothing to do while suspended).
        """
        self._timer.stop()
        if self._suspended:
            return True
        try:
            self._store.save_draft(self._draft)
        except (StoreError, sqlite3.Error, OSError) as error:
            self.failed.emit(str(error))
            return False
        self.saved.emit(self._draft.id)
        return True
