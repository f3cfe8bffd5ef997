"""Optional organization look-up: the organization ID and short name from the Genesys Cloud Platform API.

With an OAuth client of the Client Credentials grant: ``POST https://login.<domain>/oauth/token`` with HTTP
Basic authentication and ``grant_type=client_credentials`` gives an access token; ``GET
https://api.<domain>/api/v2/organizations/me`` with that token gives ``id``, ``name`` and
``thirdPartyOrgName`` (the short name). Failures become an :class:`OrgLookupError` with a ``Message`` for
the user: credentials refused (401, or 400 ``invalid_client``), access refused (403), wrong region (404 from
the login or API host, 400 from the API), no network (refused, DNS, timeout), unexpected answer.

A client ID used in another region's login service is refused like a wrong secret (``invalid_client``,
"authentication failed"), so the credentials message also names the region to check.

The client secret and the access token are held in memory only, for the two requests: never logged, never
put into an exception's text or a returned value, never written anywhere (the caller must not store them
either). Synchronous; the UI runs it in a worker. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final
from urllib.parse import urlsplit

import requests
from requests.auth import HTTPBasicAuth

from care_desktop.domain.case.identifiers import is_uuid, normalize_uuid
from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from care_desktop.services.http_client import classify, new_session
from care_desktop.services.net_policy import DEFAULT_TIMEOUT, NetFailure, Timeout
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress

ORG_PATH: Final = "/api/v2/organizations/me"
TOKEN_PATH: Final = "/oauth/token"
_STEPS: Final = 2


class LookupFailure(StrEnum):
    """Why the look-up failed."""

    CREDENTIALS = "credentials"
    FORBIDDEN = "forbidden"
    WRONG_REGION = "wrong_region"
    NOT_CLIENT_CREDENTIALS = "not_client_credentials"
    NO_NETWORK = "no_network"
    UNEXPECTED = "unexpected"


_DNS_MESSAGE: Final = QT_TRANSLATE_NOOP(
    "domain", "The address {host} could not be found: no network connection, or a DNS problem."
)
_TIMEOUT_MESSAGE: Final = QT_TRANSLATE_NOOP("domain", "{host} did not answer in time.")
_MESSAGES: Final = {
    LookupFailure.CREDENTIALS: QT_TRANSLATE_NOOP(
        "domain",
        "Genesys Cloud ({region}) did not accept this client ID and secret (HTTP {code}). Check them in Admin > "
        "Integrations > OAuth, and check the region: a client works only in its organization's region.",
    ),
    LookupFailure.FORBIDDEN: QT_TRANSLATE_NOOP(
        "domain",
        "Genesys Cloud refused access (HTTP 403). The OAuth client needs a role that may read the organization, "
        "and your organization may restrict API access by IP address.",
    ),
    LookupFailure.WRONG_REGION: QT_TRANSLATE_NOOP(
        "domain",
        "{host} does not know this request (HTTP {code}): is the organization in another region than {region}?",
    ),
    LookupFailure.NOT_CLIENT_CREDENTIALS: QT_TRANSLATE_NOOP(
        "domain",
        "This OAuth client cannot be used here (HTTP {code}): it must use the Client Credentials grant type.",
    ),
    LookupFailure.NO_NETWORK: QT_TRANSLATE_NOOP(
        "domain", "{host} cannot be reached: no network connection, or a proxy or firewall blocks it."
    ),
    LookupFailure.UNEXPECTED: QT_TRANSLATE_NOOP(
        "domain", "Genesys Cloud gave an unexpected answer ({detail}). Try again later."
    ),
}


class OrgLookupError(Exception):
    """The look-up failed; ``message`` says why in words the user can act on (it never holds a secret).

    Args:
        kind: Why.
        message: What to tell the user.
    """

    def __init__(self, kind: LookupFailure, message: Message) -> None:
        super().__init__(message.render())
        self.kind = kind
        self.message = message


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
class OrgLookup:
    """The look-up, with its addresses (injectable for tests) and timeouts.

    Attributes:
        login_base: Base URL of the login service; ``{domain}`` is replaced by the region's domain.
        api_base: Base URL of the API; ``{domain}`` likewise.
        timeout: (connect, read) seconds.
        retries: Retries of connection errors (the token request is a POST: never re-sent after it left).
    """

    login_base: str = "https://login.{domain}"
    api_base: str = "https://api.{domain}"
    timeout: Timeout = DEFAULT_TIMEOUT
    retries: int = 1

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
            OrgLookupError: With the reason.
            CancelledError: When cancelled.
        """
        login = self.login_base.format(domain=domain).rstrip("/")
        api = self.api_base.format(domain=domain).rstrip("/")
        session = new_session(self.retries)
        try:
            token.check()
            progress(0, _STEPS)
            auth = HTTPBasicAuth(client_id, client_secret)
            del client_secret
            access = self.access_token(session, login, auth, domain)
            del auth
            token.check()
            progress(1, _STEPS)
            data = self._organization(session, api, access, domain)
            del access
            progress(_STEPS, _STEPS)
        finally:
            session.close()
        return _org_info(data, domain)

    def access_token(self, session: requests.Session, login: str, auth: Any, domain: str) -> str:
        """Ask the login service for an access token (Client Credentials grant).

        Also used by the conversation check (``services.platform.conversations``). The token is returned to
        the caller only: never logged, never put into an exception.

        Args:
            session: The HTTP session.
            login: The login service's base URL.
            auth: HTTP Basic authentication with the client ID and secret.
            domain: The region's domain (for the messages).

        Returns:
            The access token.

        Raises:
            OrgLookupError: Credentials refused, wrong region, not a Client Credentials client, no network.
        """
        response = _send(
            session,
            "POST",
            login + TOKEN_PATH,
            login,
            self.timeout,
            auth=auth,
            data={"grant_type": "client_credentials"},
        )
        code = response.status_code
        if code == 200:
            access = _json(response).get("access_token")
            if isinstance(access, str) and access:
                return access
            raise _unexpected("no access token")
        error = str(_json(response).get("error", "")).lower()
        if code == 401 or (code == 400 and error == "invalid_client"):
            raise _failure(LookupFailure.CREDENTIALS, code, domain, login)
        if code == 400 and error in {"unauthorized_client", "unsupported_grant_type", "invalid_grant"}:
            raise _failure(LookupFailure.NOT_CLIENT_CREDENTIALS, code, domain, login)
        if code == 403:
            raise _failure(LookupFailure.FORBIDDEN, code, domain, login)
        if code == 404:
            raise _failure(LookupFailure.WRONG_REGION, code, domain, login)
        raise _unexpected(f"HTTP {code}")

    def _organization(self, session: requests.Session, api: str, access: str, domain: str) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {access}", "Accept": "application/json"}
        response = _send(session, "GET", api + ORG_PATH, api, self.timeout, headers=headers)
        code = response.status_code
        if code == 200:
            return _json(response)
        if code == 401:
            raise _failure(LookupFailure.CREDENTIALS, code, domain, api)
        if code == 403:
            raise _failure(LookupFailure.FORBIDDEN, code, domain, api)
        if code in {400, 404}:
            raise _failure(LookupFailure.WRONG_REGION, code, domain, api)
        raise _unexpected(f"HTTP {code}")


def _send(session: requests.Session, method: str, url: str, base: str, timeout: Timeout, **kwargs: Any) -> Any:
    try:
        return session.request(method, url, timeout=timeout, allow_redirects=False, **kwargs)
    except requests.RequestException as error:
        kind = classify(error)
        host = _host(base)
        if kind is NetFailure.TLS:
            raise _unexpected(f"the certificate of {host} could not be verified") from None
        template = {NetFailure.DNS: _DNS_MESSAGE, NetFailure.TIMEOUT: _TIMEOUT_MESSAGE}.get(
            kind, _MESSAGES[LookupFailure.NO_NETWORK]
        )
        # Raised without its cause, so that no traceback carries requests' objects (and the request) along.
        raise OrgLookupError(LookupFailure.NO_NETWORK, Message(template, {"host": host})) from None


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _host(base: str) -> str:
    return urlsplit(base).hostname or base


def _failure(kind: LookupFailure, code: int, domain: str, base: str) -> OrgLookupError:
    return OrgLookupError(kind, Message(_MESSAGES[kind], {"code": str(code), "region": domain, "host": _host(base)}))


def _unexpected(detail: str) -> OrgLookupError:
    return OrgLookupError(LookupFailure.UNEXPECTED, Message(_MESSAGES[LookupFailure.UNEXPECTED], {"detail": detail}))


def _org_info(data: dict[str, Any], domain: str) -> OrgInfo:
    org_id = data.get("id")
    if not isinstance(org_id, str) or not is_uuid(org_id):
        raise _unexpected("no organization ID")
    name = data.get("name")
    short = data.get("thirdPartyOrgName")
    return OrgInfo(
        normalize_uuid(org_id),
        name if isinstance(name, str) else "",
        short if isinstance(short, str) else "",
        domain,
    )
