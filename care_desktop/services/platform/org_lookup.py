"""Optional organization look-up: the organization ID and short name from the Genesys Cloud Platform API.

With an OAuth client of the Client Credentials grant (the token request is ``client.PlatformClient``'s):
``GET https://api.<domain>/api/v2/organizations/me`` with the access token gives ``id``, ``name`` and
``thirdPartyOrgName`` (the short name). Failures become a ``client.PlatformError`` with a ``Message`` for the
user: credentials refused (401, or 400 ``invalid_client``), access refused (403), wrong region (404 from the
login or API host, 400 from the API), no network (refused, DNS, timeout), unexpected answer.

The client secret and the access token are held in memory only, for the two requests: never logged, never
put into an exception's text or a returned value, never written anywhere (the caller must not store them
either). Synchronous; the UI runs it in a worker. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from care_desktop.domain.case.identifiers import is_uuid, normalize_uuid
from care_desktop.services.platform.client import (
    PlatformClient,
    PlatformFailure,
    PlatformSession,
    json_object,
    refusal,
    unexpected,
)
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress

ORG_PATH: Final = "/api/v2/organizations/me"
_STEPS: Final = 2


@dataclass(frozen=True)
class OrgInfo:
    """What the API says about the organization.

    Attributes:
        id: Organization ID (lower-case UUID).
        name: Organization name.
        short_name: Organization short name (``thirdPartyOrgName``).
        region: The region's domain the look-up used.
    """

    id: str
    name: str
    short_name: str
    region: str


@dataclass(frozen=True)
class OrgLookup(PlatformClient):
    """The look-up, with its addresses (injectable for tests), timeouts and retries (see ``PlatformClient``)."""

    def lookup(
        self,
        domain: str,
        client_id: str,
        client_secret: str,
        progress: Progress = no_progress,
        token: CancelToken = NEVER_CANCELLED,
    ) -> OrgInfo:
        """Ask Genesys Cloud for the organization of this OAuth client.

        Args:
            domain: The region's domain, e.g. ``mypurecloud.de``.
            client_id: The OAuth client ID.
            client_secret: Its secret; used for the token request only and not kept.
            progress: Receives (requests done, 2).
            token: Checked between the two requests.

        Returns:
            The organization.

        Raises:
            PlatformError: With the reason.
            CancelledError: When cancelled.
        """
        token.check()
        progress(0, _STEPS)
        with self.connect(domain, client_id, client_secret, token) as platform:
            del client_secret
            token.check()
            progress(1, _STEPS)
            data = _organization(platform)
            progress(_STEPS, _STEPS)
        return _org_info(data, domain)


def _organization(platform: PlatformSession) -> dict[str, Any]:
    response = platform.get(ORG_PATH)
    code = response.status_code
    if code == 200:
        return json_object(response)
    if code == 401:
        raise refusal(PlatformFailure.CREDENTIALS, code, platform.domain, platform.api)
    if code == 403:
        raise refusal(PlatformFailure.FORBIDDEN, code, platform.domain, platform.api)
    if code in {400, 404}:
        raise refusal(PlatformFailure.WRONG_REGION, code, platform.domain, platform.api)
    raise unexpected(f"HTTP {code}")


def _org_info(data: dict[str, Any], domain: str) -> OrgInfo:
    org_id = data.get("id")
    if not isinstance(org_id, str) or not is_uuid(org_id):
        raise unexpected("no organization ID")
    name = data.get("name")
    short = data.get("thirdPartyOrgName")
    return OrgInfo(
        normalize_uuid(org_id),
        name if isinstance(name, str) else "",
        short if isinstance(short, str) else "",
        domain,
    )
