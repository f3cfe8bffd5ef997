"""The organization and the Designated Contact of a case (part of the case model of ``case.py``).

Kept apart from the rest of the case model: the store's organization profile, which the main window's first page
reads, needs only these two. No I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

DEFAULT_REGION: Final = "mypurecloud.com"


@dataclass
class Organization:
    """The customer's Genesys Cloud organization.

    Attributes:
        short_name: Organization short name (Admin > Account Settings > Organization Settings).
        id: Organization ID, a UUID (same place, then Advanced); empty when not known yet.
        region: The region's domain, e.g. ``mypurecloud.com`` or ``mypurecloud.jp``.
    """

    short_name: str = ""
    id: str = ""
    region: str = DEFAULT_REGION


@dataclass
class Contact:
    """The Designated Contact who files the case and takes the call back.

    Attributes:
        name: Full name.
        email: Corporate e-mail address.
        phone: Callback number, as the contact wrote it.
        available_24x7: Whether the contact can be reached at all times (required for Severity 1).
    """

    name: str = ""
    email: str = ""
    phone: str = ""
    available_24x7: bool = False
