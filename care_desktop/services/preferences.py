"""The user's preferences, a typed record kept in the store's settings table.

Unknown or malformed values fall back to the defaults, so a preference can never stop the app from starting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from care_desktop.services.store import Store

_KEY: Final = "preferences"
ROLE_SETTING: Final = "contact_role"
"""The setting that remembers the user's role (Designated Contact or preparing for one), for the next case."""
DEFAULT_UPLOAD_LIMIT_MB: Final = 2048


@dataclass
class Preferences:
    """What the user chose in Settings.

    Attributes:
        time_zone: IANA zone of the business hours (empty: the computer's zone).
        holiday_calendar: Country (or COUNTRY-SUBDIVISION) whose public holidays do not count as business
            days, e.g. ``"US"`` or ``"AU-NSW"``; empty for none (the published policy names no holidays).
        enhanced_support: Whether the organization has Enhanced Professional Support (voice).
        phone_country: Country for the phone directory (name, ISO code or locale; empty: the computer's
            locale).
        language: UI language code (empty: the computer's language).
        upload_limit_mb: Largest upload to warn about, in MiB (the portal's limit is not published; 0: none).
        support_plan: Key of the organization's support plan (``"standard"``, ``"us-only"``, ``"eea-only"``):
            whose published hours the first-response clock counts.
    """

    time_zone: str = ""
    holiday_calendar: str = ""
    enhanced_support: bool = False
    phone_country: str = ""
    language: str = ""
    upload_limit_mb: int = DEFAULT_UPLOAD_LIMIT_MB
    support_plan: str = "standard"


def load_preferences(store: Store) -> Preferences:
    """Read the preferences.

    Args:
        store: The open store.

    Returns:
        The saved preferences, defaults for anything missing or malformed.
    """
    raw = store.setting(_KEY, {})
    data = raw if isinstance(raw, dict) else {}
    defaults = Preferences()

    def text(key: str) -> str:
        value = data.get(key, getattr(defaults, key))
        return value.strip() if isinstance(value, str) else str(getattr(defaults, key))

    enhanced = data.get("enhanced_support", defaults.enhanced_support)
    limit = data.get("upload_limit_mb", defaults.upload_limit_mb)
    return Preferences(
        time_zone=text("time_zone"),
        holiday_calendar=text("holiday_calendar"),
        enhanced_support=enhanced if isinstance(enhanced, bool) else defaults.enhanced_support,
        phone_country=text("phone_country"),
        language=text("language"),
        upload_limit_mb=limit if isinstance(limit, int) and not isinstance(limit, bool) and limit >= 0 else 2048,
        support_plan=text("support_plan").lower() or defaults.support_plan,
    )


def save_preferences(store: Store, preferences: Preferences) -> None:
    """Save the preferences.

    Args:
        store: The open store.
        preferences: What to keep.
    """
    store.set_setting(
        _KEY,
        {
            "time_zone": preferences.time_zone,
            "holiday_calendar": preferences.holiday_calendar,
            "enhanced_support": preferences.enhanced_support,
            "phone_country": preferences.phone_country,
            "language": preferences.language,
            "upload_limit_mb": preferences.upload_limit_mb,
            "support_plan": preferences.support_plan,
        },
    )
