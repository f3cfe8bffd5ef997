"""The evidence retention figures of the Customer Care profile (``evidence_retention`` in ``profile.json``).

Read apart from ``resources.load_profile`` so that the profile's typed model needs no field for them; the
figures and their sources are parsed by ``domain.conversations.clocks``. No Qt.
"""

from __future__ import annotations

import functools
import json

from care_desktop.domain.conversations.clocks import Retention, parse_retention
from care_desktop.services.resources import ResourceError, read_text


@functools.cache
def load_retention() -> Retention:
    """The retention figures (SIP capture, Operational Console events) with their sources.

    Returns:
        The figures.

    Raises:
        ResourceError: The profile is missing, or its section is malformed.
    """
    try:
        return parse_retention(json.loads(read_text("profile.json")))
    except ValueError as error:  # json.JSONDecodeError is a ValueError
        raise ResourceError(f"resources/profile.json is malformed: {error}") from error
