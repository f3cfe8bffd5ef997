"""First-response targets for a case, in the customer's zone with the chosen holiday calendar.

Joins the domain clock (the rules) with a clock whose settings were resolved by ``services/clock/resolver.py``
(the time-zone database and the holiday calendars, data on disk).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from care_desktop.domain.clock.business_hours import basis, respond_by
from care_desktop.domain.messages import Message
from care_desktop.services.clock.resolver import ClockSettings


@dataclass(frozen=True)
class FirstResponse:
    """When the first response is due and why.

    Attributes:
        zone: The customer's IANA zone.
        opened: When the case was (or would be) opened, in the customer's zone.
        respond_by: The target, in the customer's zone.
        basis: The rule applied, in words.
    """

    zone: str
    opened: datetime
    respond_by: datetime
    basis: Message


def first_response(severity: int, opened: datetime, clock: ClockSettings) -> FirstResponse:
    """Compute the target initial response.

    Args:
        severity: 1 to 4.
        opened: When the case is opened (aware).
        clock: The customer's zone and holiday calendar (see ``resolve_clock``).

    Returns:
        The target and its basis.

    Raises:
        ValueError: A severity outside 1-4.
    """
    local = opened.astimezone(clock.tz)
    return FirstResponse(
        clock.zone, local, respond_by(severity, local, clock.is_holiday), basis(severity, clock.zone, clock.calendar)
    )
