"""The conversation check's results as data: outcomes, permissions, failed calls with their correlation IDs.

Apart from ``conversations`` (the requests themselves) so that the UI, the evidence files and the package
builder use them without loading the network stack. No I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from care_desktop.domain.conversations.summary import ConversationSummary
from care_desktop.domain.messages import Message

DETAILS_PERMISSION: Final = "analytics:conversationDetail:view"
PCAP_PERMISSION: Final = "telephony:pcap:view"
ORG_PERMISSION: Final = "organizations/me"
PERMISSIONS: Final = (DETAILS_PERMISSION, PCAP_PERMISSION, ORG_PERMISSION)
CORRELATION_HEADER: Final = "ININ-Correlation-Id"


class Access(StrEnum):
    """What the client may do."""

    GRANTED = "granted"
    MISSING = "missing"
    UNKNOWN = "unknown"


class Outcome(StrEnum):
    """What one look-up gave."""

    FOUND = "found"
    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"
    FAILED = "failed"
    NOT_CHECKED = "not_checked"


@dataclass(frozen=True)
class FailedCall:
    """A call that did not succeed, with what Customer Care needs to trace it.

    Attributes:
        request: Method and path, e.g. ``GET /api/v2/analytics/conversations/<id>/details``.
        status: The HTTP status, or None when no answer came.
        correlation_id: The answer's ``ININ-Correlation-Id``, or empty.
    """

    request: str
    status: int | None
    correlation_id: str = ""

    def text(self) -> str:
        """One line for the case text."""
        status = f"HTTP {self.status}" if self.status is not None else "no answer"
        quoted = f", {CORRELATION_HEADER}: {self.correlation_id}" if self.correlation_id else ""
        return f"{self.request} -> {status}{quoted}"


@dataclass
class ConversationCheck:
    """One conversation's check.

    Attributes:
        id: The conversation ID.
        outcome: Found, not found (a typo, another organization or region, older than the retention),
            forbidden (the permission is missing), failed, or not checked (time ran out).
        summary: The analytics summary when found.
        sip: The SIP answer (``{"message": ...}``) for a voice conversation, when there was one.
        sip_outcome: The SIP look-up's outcome, None when it was not tried (not voice, not found).
    """

    id: str
    outcome: Outcome
    summary: ConversationSummary | None = None
    sip: dict[str, Any] | None = None
    sip_outcome: Outcome | None = None


@dataclass
class CheckReport:
    """Everything a check found.

    Attributes:
        checks: One per ID, in the order asked.
        permissions: What the calls showed about each permission.
        failed_calls: Every call that failed, with its correlation ID.
        stopped: Why the check stopped early (its time limit), or None.
    """

    checks: list[ConversationCheck] = field(default_factory=list)
    permissions: dict[str, Access] = field(default_factory=lambda: dict.fromkeys(PERMISSIONS, Access.UNKNOWN))
    failed_calls: list[FailedCall] = field(default_factory=list)
    stopped: Message | None = None
