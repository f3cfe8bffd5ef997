"""The collaborators every window and page receives, built once in ``app.py``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimeZone

from care_desktop.services.preferences import load_preferences
from care_desktop.services.resources import load_profile

if TYPE_CHECKING:  # types of the fields only: app.py imports and builds the services
    from care_desktop.domain.case.organization import Organization
    from care_desktop.domain.profile import Profile
    from care_desktop.services.paths import AppPaths
    from care_desktop.services.phones.phonebook import Phonebook
    from care_desktop.services.status_client import StatusClient
    from care_desktop.services.store import OrgProfile, Store
    from care_desktop.ui.dialogs import Dialogs


@dataclass
class UiContext:
    """Services and settings shared by the main window, the wizard and its pages.

    Attributes:
        paths: Where the user's files live.
        store: The open store (used on the GUI thread only).
        phonebook: The offline Severity 1 phone directory (site, user or bundled).
        dialogs: Modal questions and notices.
        clock: Returns the current time (aware, UTC).
        version: Care Desktop's version.
        status: Checks status.mypurecloud.com (None: no status check, e.g. in tests).
        use_tray: Show reminders in the system tray when there is one (not in tests).
        autosave_ms: Delay after the last edit before the draft is saved.
        locale_name: The computer's locale for the phone directory and the default region (None: ask Qt;
            tests set it, e.g. ``"C"`` or ``"ja_JP"``).
    """

    paths: AppPaths
    store: Store
    phonebook: Phonebook
    dialogs: Dialogs
    clock: Callable[[], datetime]
    version: str
    status: StatusClient | None = None
    use_tray: bool = True
    autosave_ms: int = 1500
    locale_name: str | None = None

    @cached_property
    def profile(self) -> Profile:
        """The Customer Care profile, read when first needed (the first window shows without it).

        Raises:
            care_desktop.services.resources.ResourceError: When the installation's profile is missing or malformed.
        """
        return load_profile()

    @cached_property
    def system_zone(self) -> str:
        """The computer's IANA time zone (the default for business hours); looked up when first needed."""
        return bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace") or "UTC"

    @property
    def locale(self) -> str:
        """The computer's locale name, e.g. ``"ja_JP"`` (``"C"`` when the system sets none)."""
        return self.locale_name if self.locale_name is not None else QLocale.system().name()

    def org_profile(self) -> OrgProfile:
        """The remembered organization and contact; with no saved region, the region that follows the locale.

        So the region the profile shows and the number the banner shows agree: ``ja_JP`` with no saved
        organization gives Asia Pacific (Tokyo) and the Japan line; no locale gives Americas (US East).
        """
        preferred = load_preferences(self.store).phone_country
        return self.store.org_profile(self.phonebook.default_region(preferred, self.locale))

    def caller_place(self, org: Organization) -> tuple[str | None, str | None]:
        """Where the caller is, for the phone directory: the organization's region and the caller's country.

        The region is the one shown (saved, or the default that follows the locale), so that there is always
        a number for it at launch.

        Args:
            org: The organization of the case or of the profile.

        Returns:
            The region domain (or None when empty) and a country name, code or locale (or None).
        """
        region = org.region.strip() or None
        preferred = load_preferences(self.store).phone_country
        return region, self.phonebook.caller_country(region, preferred, self.locale)

    def business_zone(self, draft_zone: str = "") -> str:
        """The zone whose business hours count: the draft's, else the preference, else the computer's."""
        if draft_zone:
            return draft_zone
        return load_preferences(self.store).time_zone or self.system_zone
