"""The conversation check: each conversation of a case looked up in the organization through the Platform API.

With the user's Client Credentials client (the token request, the session and the failures the user is told
about are ``client.PlatformClient``'s): ``GET /api/v2/analytics/conversations/{id}/details`` (permission
``analytics:conversationDetail:view``) for every ID, and for voice conversations ``GET
/api/v2/telephony/sipmessages/conversations/{id}`` (``telephony:pcap:view``). The readiness check tries each
call (and ``GET /api/v2/organizations/me``) once and says which permission the client lacks: a 403 names it.

On the wire: the region's hosts (``login.<domain>``, ``api.<domain>``, replaceable for tests); HTTP 429 waits
the ``Retry-After`` it gives (never past the bound on total time, and cancellation ends the wait); a bound on
total time (``total_seconds``): a check that would exceed it stops, and the IDs not reached are "not checked";
the ``ININ-Correlation-Id`` of every failed call is kept for the case text. The HTTP session is the app's
(``http_client.new_session``: system certificates, environment proxies, small retries), opened by
``PlatformClient.connect``.

The client secret and the access token live in local variables and the caller's objects only for the
requests: never logged, never put into an exception's text or a returned value, never written anywhere.
Synchronous; the UI runs it in a worker. No Qt.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from typing import Any, Final

from care_desktop.domain.conversations.summary import summarize
from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from care_desktop.services.platform.check_report import (
    CORRELATION_HEADER,
    DETAILS_PERMISSION,
    ORG_PERMISSION,
    PCAP_PERMISSION,
    Access,
    CheckReport,
    ConversationCheck,
    FailedCall,
    Outcome,
)
from care_desktop.services.platform.client import (
    PlatformClient,
    PlatformError,
    PlatformFailure,
    PlatformSession,
    json_body,
)
from care_desktop.services.platform.org_lookup import ORG_PATH
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress

DETAILS_PATH: Final = "/api/v2/analytics/conversations/{id}/details"
SIP_PATH: Final = "/api/v2/telephony/sipmessages/conversations/{id}"
PROBE_ID: Final = "00000000-0000-0000-0000-000000000000"
MAX_RATE_LIMITED: Final = 5
DEFAULT_RETRY_AFTER: Final = 1.0

_OUT_OF_TIME: Final = QT_TRANSLATE_NOOP(
    "domain", "The check stopped at its time limit ({seconds} s); the rest was not checked."
)
_EXPIRED: Final = QT_TRANSLATE_NOOP(
    "domain", "Genesys Cloud no longer accepts the access token (HTTP 401): run the check again."
)


@dataclass(frozen=True)
class _Answer:
    status: int
    data: Any
    correlation_id: str


class _OutOfTimeError(Exception):
    """The bound on total time would be passed."""


def retry_after(value: str | None) -> float:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date); 1 s when absent or unreadable."""
    if not value:
        return DEFAULT_RETRY_AFTER
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return DEFAULT_RETRY_AFTER
    return max(moment.timestamp() - time.time(), 0.0)


@dataclass
class _Caller:
    """GET requests to the API with one access token, the time bound, 429 handling and cancel."""

    platform: PlatformSession
    deadline: float
    token: CancelToken
    clock: Callable[[], float]
    wait: Callable[[float, CancelToken], None]
    failed: list[FailedCall]

    def get(self, path: str, record: bool = True) -> _Answer:
        for _attempt in range(MAX_RATE_LIMITED + 1):
            self.token.check()
            remaining = self.deadline - self.clock()
            if remaining <= 0:
                raise _OutOfTimeError
            connect, read = self.platform.timeout
            try:
                response = self.platform.get(path, (min(connect, remaining), min(read, remaining)))
            except PlatformError:
                self.failed.append(FailedCall(f"GET {path}", None))
                raise
            correlation = response.headers.get(CORRELATION_HEADER, "")
            if response.status_code == 429:
                delay = retry_after(response.headers.get("Retry-After"))
                if self.clock() + delay >= self.deadline:
                    self.failed.append(FailedCall(f"GET {path}", 429, correlation))
                    raise _OutOfTimeError
                self.wait(delay, self.token)
                continue
            answer = _Answer(response.status_code, json_body(response), correlation)
            if record and not 200 <= answer.status < 300:
                self.failed.append(FailedCall(f"GET {path}", answer.status, correlation))
            if answer.status == 401:
                raise PlatformError(PlatformFailure.CREDENTIALS, Message(_EXPIRED))
            return answer
        self.failed.append(FailedCall(f"GET {path}", 429, ""))
        raise _OutOfTimeError


def _access(status: int) -> Access:
    if status == 403:
        return Access.MISSING
    return Access.GRANTED if status in {200, 404} else Access.UNKNOWN


def _outcome(status: int) -> Outcome:
    if 200 <= status < 300:
        return Outcome.FOUND
    return {404: Outcome.NOT_FOUND, 403: Outcome.FORBIDDEN}.get(status, Outcome.FAILED)


def _wait(seconds: float, token: CancelToken) -> None:
    token.wait(seconds)


@dataclass(frozen=True)
class ConversationChecker(PlatformClient):
    """The check, with its addresses (injectable for tests; see ``PlatformClient``) and its bound on total time.

    Attributes:
        total_seconds: The bound on the whole check's time, waits for ``Retry-After`` included.
        clock: Monotonic seconds (tests drive it).
        wait: Waits the given seconds unless the token is cancelled (tests record it).
    """

    total_seconds: float = 90.0
    clock: Callable[[], float] = time.monotonic
    wait: Callable[[float, CancelToken], None] = _wait

    def check(
        self,
        domain: str,
        client_id: str,
        client_secret: str,
        ids: Sequence[str],
        include_personal: bool = False,
        progress: Progress = no_progress,
        token: CancelToken = NEVER_CANCELLED,
    ) -> CheckReport:
        """Check each conversation (and fetch the SIP messages of voice conversations).

        Args:
            domain: The region's domain, e.g. ``mypurecloud.de``.
            client_id: The OAuth client ID.
            client_secret: Its secret; used for the token request only and not kept.
            ids: Conversation IDs (lower-case UUIDs).
            include_personal: Keep names and addresses in the summaries (the user opted in).
            progress: Receives (conversations done, total).
            token: Cancels between and during requests.

        Returns:
            The report; IDs not reached before the time limit are ``NOT_CHECKED``.

        Raises:
            PlatformError: Credentials refused, wrong region, no network (nothing could be checked).
            CancelledError: When cancelled.
        """
        report = CheckReport()
        caller = self._open(domain, client_id, client_secret, token, report)
        del client_secret
        try:
            for done, conversation_id in enumerate(ids):
                progress(done, len(ids))
                try:
                    report.checks.append(self._one(caller, conversation_id, include_personal, report))
                except _OutOfTimeError:
                    report.stopped = Message(_OUT_OF_TIME, {"seconds": f"{self.total_seconds:g}"})
                    break
            checked = {check.id for check in report.checks}
            report.checks += [ConversationCheck(i, Outcome.NOT_CHECKED) for i in ids if i not in checked]
            progress(len(ids), len(ids))
        finally:
            caller.platform.close()
        return report

    def readiness(
        self,
        domain: str,
        client_id: str,
        client_secret: str,
        progress: Progress = no_progress,
        token: CancelToken = NEVER_CANCELLED,
    ) -> CheckReport:
        """Try each call once and say which permissions the client has.

        The details and SIP calls ask for a conversation that cannot exist: 404 means the call was allowed,
        403 that the permission is missing.

        Args:
            domain: The region's domain.
            client_id: The OAuth client ID.
            client_secret: Its secret; used for the token request only and not kept.
            progress: Receives (calls done, 3).
            token: Cancels between requests.

        Returns:
            A report with ``permissions`` filled in and no checks.

        Raises:
            PlatformError: Credentials refused, wrong region, no network.
            CancelledError: When cancelled.
        """
        report = CheckReport()
        caller = self._open(domain, client_id, client_secret, token, report)
        del client_secret
        probes = (
            (ORG_PERMISSION, ORG_PATH),
            (DETAILS_PERMISSION, DETAILS_PATH.format(id=PROBE_ID)),
            (PCAP_PERMISSION, SIP_PATH.format(id=PROBE_ID)),
        )
        try:
            for done, (permission, path) in enumerate(probes):
                progress(done, len(probes))
                try:
                    answer = caller.get(path, record=False)
                except _OutOfTimeError:
                    report.stopped = Message(_OUT_OF_TIME, {"seconds": f"{self.total_seconds:g}"})
                    break
                report.permissions[permission] = _access(answer.status)
                if answer.status not in {200, 404}:
                    report.failed_calls.append(FailedCall(f"GET {path}", answer.status, answer.correlation_id))
            progress(len(probes), len(probes))
        finally:
            caller.platform.close()
        return report

    def _open(
        self, domain: str, client_id: str, client_secret: str, token: CancelToken, report: CheckReport
    ) -> _Caller:
        deadline = self.clock() + self.total_seconds
        platform = self.connect(domain, client_id, client_secret, token)
        return _Caller(platform, deadline, token, self.clock, self.wait, report.failed_calls)

    def _one(
        self, caller: _Caller, conversation_id: str, include_personal: bool, report: CheckReport
    ) -> ConversationCheck:
        answer = caller.get(DETAILS_PATH.format(id=conversation_id))
        outcome = _outcome(answer.status)
        if answer.status in {200, 403, 404}:
            report.permissions[DETAILS_PERMISSION] = _access(answer.status)
        if outcome is not Outcome.FOUND or not isinstance(answer.data, dict):
            return ConversationCheck(conversation_id, outcome if outcome is not Outcome.FOUND else Outcome.FAILED)
        summary = summarize(answer.data, include_personal)
        if summary.id != conversation_id:  # the document lacks its ID (or spells it otherwise)
            summary = replace(summary, id=conversation_id)
        check = ConversationCheck(conversation_id, Outcome.FOUND, summary)
        if summary.is_voice:
            sip = caller.get(SIP_PATH.format(id=conversation_id))
            check.sip_outcome = _outcome(sip.status)
            if sip.status in {200, 403, 404}:
                report.permissions[PCAP_PERMISSION] = _access(sip.status)
            if check.sip_outcome is Outcome.FOUND and isinstance(sip.data, dict):
                check.sip = sip.data
        return check
