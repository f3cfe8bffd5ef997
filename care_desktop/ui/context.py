"""The collaborators every window and page receives, built once in ``app.py``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from care_desktop.domain.profile import Profile
from care_desktop.services.paths import AppPaths
from care_desktop.services.phonebook import Phonebook
from care_desktop.services.store import Store
from care_desktop.ui.dialogs import Dialogs


@dataclass
class UiContext:
    """Services and settings shared by the main window, the wizard and its pages.

    Attributes:
        paths: Where the user's files live.
        store: The open store (used on the GUI thread only).
        profile: The Customer Care profile.
        phonebook: The offline Severity 1 phone directory (site, user or bundled).
        dialogs: Modal questions and notices.
        clock: Returns the current time (aware, UTC).
        version: Care Desktop's version.
        autosave_ms: Delay after the last edit before the draft is saved.
    """

    paths: AppPaths
    store: Store
    profile: Profile
    phonebook: Phonebook
    dialogs: Dialogs
    clock: Callable[[], datetime]
    version: str
    autosave_ms: int = 1500
