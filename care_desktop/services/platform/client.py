"""One OAuth client of the Client Credentials grant talking to the Genesys Cloud Platform API.

What the organization look-up (``org_lookup``) and the conversation check (``conversations``) share: the
region's two hosts (``login.<domain>`` and ``api.<domain>``, replaceable for tests), the app's HTTP session
(``http_client.new_session``: system certificates, environment proxies, small retries), the token request
(``POST https://login.<domain>/oauth/token`` with HTTP Basic authentication and
``grant_type=client_credentials``), GET requests to the API with that token, and the failures the user is told
about: credentials refused (401, or 400 ``invalid_client``), access refused (403), wrong region (404 from the
login host), not a Client Credentials client, no network (refused, DNS, timeout), unexpected answer.

A client ID used in another region's login service is refused like a wrong secret (``invalid_client``,
"authentication failed"), so the credentials message also names the region to check.

The client secret and the access token are held in memory only, for the requests: never logged, never put
into an exception's text, a ``repr`` or a returned value, never written anywhere (callers must not store them
either). Failures are raised without their cause, so that no traceback carries requests' objects (and the
request's headers) along. Synchronous; the UI runs it in a worker. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from types import TracebackType
from typing import Any, Final
from urllib.parse import urlsplit

import requests
from requests.auth import HTTPBasicAuth

from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from care_desktop.services.http_client import classify, new_session
from care_desktop.services.net_policy import DEFAULT_TIMEOUT, NetFailure, Timeout
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken

TOKEN_PATH: Final = "/oauth/token"


class PlatformFailure(StrEnum):
    """Why a request to Genesys Cloud failed."""

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
    PlatformFailure.CREDENTIALS: QT_TRANSLATE_NOOP(
        "domain",
        "Genesys Cloud ({region}) did not accept this client ID and secret (HTTP {code}). Check them in Admin > "
        "Integrations > OAuth, and check the region: a client works only in its organization's region.",
    ),
    PlatformFailure.FORBIDDEN: QT_TRANSLATE_NOOP(
        "domain",
        "Genesys Cloud refused access (HTTP 403). The OAuth client needs a role that may read the organization, "
        "and your organization may restrict API access by IP address.",
    ),
    PlatformFailure.WRONG_REGION: QT_TRANSLATE_NOOP(
        "domain",
        "{host} does not know this request (HTTP {code}): is the organization in another region than {region}?",
    ),
    PlatformFailure.NOT_CLIENT_CREDENTIALS: QT_TRANSLATE_NOOP(
        "domain",
        "This OAuth client cannot be used here (HTTP {code}): it must use the Client Credentials grant type.",
    ),
    PlatformFailure.NO_NETWORK: QT_TRANSLATE_NOOP(
        "domain", "{host} cannot be reached: no network connection, or a proxy or firewall blocks it."
    ),
    PlatformFailure.UNEXPECTED: QT_TRANSLATE_NOOP(
        "domain", "Genesys Cloud gave an unexpected answer ({detail}). Try again later."
    ),
}


class PlatformError(Exception):
    """A request to Genesys Cloud failed; ``message`` says why in words the user can act on (never a secret).

    Args:
        kind: Why.
        message: What to tell the user.
    """

    def __init__(self, kind: PlatformFailure, message: Message) -> None:
        super().__init__(message.render())
        self.kind = kind
        self.message = message


@dataclass
class PlatformSession:
    """An HTTP session with an access token for one region's API; close it (or use it in ``with``) after use.

    Attributes:
        http: The HTTP session.
        api: The API's base URL.
        domain: The region's domain (for the messages).
        timeout: (connect, read) seconds of a request unless it gives its own.
        access: The access token (not in the ``repr``; emptied by :meth:`close`).
    """

    http: requests.Session
    api: str
    domain: str
    timeout: Timeout
    access: str = field(repr=False)

    def get(self, path: str, timeout: Timeout | None = None) -> requests.Response:
        """GET ``path`` of the API with the access token (no redirect followed).

        Args:
            path: The path below the API's base URL.
            timeout: (connect, read) seconds; the session's when not given.

        Returns:
            The answer, whatever its status.

        Raises:
            PlatformError: No network (refused, DNS, timeout), or a certificate that could not be verified.
        """
        headers = {"Authorization": f"Bearer {self.access}", "Accept": "application/json"}
        return send(self.http, "GET", self.api + path, self.api, timeout or self.timeout, headers=headers)

    def close(self) -> None:
        """Forget the access token and close the HTTP session."""
        self.access = ""
        self.http.close()

    def __enter__(self) -> PlatformSession:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


@dataclass(frozen=True)
class PlatformClient:
    """The region's hosts (injectable for tests), the timeouts and the retries of a Platform API client.

    Attributes:
        login_base: Base URL of the login service; ``{domain}`` is replaced by the region's domain.
        api_base: Base URL of the API; ``{domain}`` likewise.
        timeout: (connect, read) seconds.
        retries: Retries of connection errors and of 502/503/504 answers to a GET (the app's session policy;
            the token request is a POST: never re-sent after it left).
    """

    login_base: str = "https://login.{domain}"
    api_base: str = "https://api.{domain}"
    timeout: Timeout = DEFAULT_TIMEOUT
    retries: int = 1

    def connect(
        self, domain: str, client_id: str, client_secret: str, token: CancelToken = NEVER_CANCELLED
    ) -> PlatformSession:
        """Open a session and get an access token for it (Client Credentials grant).

        Args:
            domain: The region's domain, e.g. ``mypurecloud.de``.
            client_id: The OAuth client ID.
            client_secret: Its secret; used for the token request only and not kept.
            token: Checked before the token request.

        Returns:
            The session with its access token.

        Raises:
            PlatformError: Credentials refused, wrong region, not a Client Credentials client, no network.
            CancelledError: When cancelled.
        """
        login = self.login_base.format(domain=domain).rstrip("/")
        api = self.api_base.format(domain=domain).rstrip("/")
        http = new_session(self.retries)
        try:
            token.check()
            auth = HTTPBasicAuth(client_id, client_secret)
            del client_secret
            access = self._access_token(http, login, auth, domain)
            del auth
        except BaseException:
            http.close()
            raise
        return PlatformSession(http, api, domain, self.timeout, access)

    def _access_token(self, http: requests.Session, login: str, auth: HTTPBasicAuth, domain: str) -> str:
        response = send(
            http, "POST", login + TOKEN_PATH, login, self.timeout, auth=auth, data={"grant_type": "client_credentials"}
        )
        code = response.status_code
        if code == 200:
            access = json_object(response).get("access_token")
            if isinstance(access, str) and access:
                return access
            raise unexpected("no access token")
        error = str(json_object(response).get("error", "")).lower()
        if code == 401 or (code == 400 and error == "invalid_client"):
            raise refusal(PlatformFailure.CREDENTIALS, code, domain, login)
        if code == 400 and error in {"unauthorized_client", "unsupported_grant_type", "invalid_grant"}:
            raise refusal(PlatformFailure.NOT_CLIENT_CREDENTIALS, code, domain, login)
        if code == 403:
            raise refusal(PlatformFailure.FORBIDDEN, code, domain, login)
        if code == 404:
            raise refusal(PlatformFailure.WRONG_REGION, code, domain, login)
        raise unexpected(f"HTTP {code}")


def send(
    http: requests.Session, method: str, url: str, base: str, timeout: Timeout, **kwargs: Any
) -> requests.Response:
    """Make a request (no redirect followed); a failure to get an answer becomes a :class:`PlatformError`.

    Args:
        http: The HTTP session.
        method: ``GET`` or ``POST``.
        url: The whole URL.
        base: The host's base URL (its host name is what the message names).
        timeout: (connect, read) seconds.
        kwargs: Passed to ``requests.Session.request`` (headers, auth, data).

    Returns:
        The answer, whatever its status.

    Raises:
        PlatformError: No network (refused, DNS, timeout), or a certificate that could not be verified.
    """
    try:
        return http.request(method, url, timeout=timeout, allow_redirects=False, **kwargs)
    except requests.RequestException as error:
        kind = classify(error)
        host = _host(base)
        if kind is NetFailure.TLS:
            raise unexpected(f"the certificate of {host} could not be verified") from None
        template = {NetFailure.DNS: _DNS_MESSAGE, NetFailure.TIMEOUT: _TIMEOUT_MESSAGE}.get(
            kind, _MESSAGES[PlatformFailure.NO_NETWORK]
        )
        # Raised without its cause, so that no traceback carries requests' objects (and the request) along.
        raise PlatformError(PlatformFailure.NO_NETWORK, Message(template, {"host": host})) from None


def json_body(response: requests.Response) -> Any:
    """The answer's JSON document, or None when it is not JSON."""
    try:
        return response.json()
    except ValueError:
        return None


def json_object(response: requests.Response) -> dict[str, Any]:
    """The answer's JSON object, or an empty one when it is not a JSON object."""
    data = json_body(response)
    return data if isinstance(data, dict) else {}


def _host(base: str) -> str:
    return urlsplit(base).hostname or base


def refusal(kind: PlatformFailure, code: int, domain: str, base: str) -> PlatformError:
    """The error for an HTTP status that refused the request.

    Args:
        kind: Why.
        code: The HTTP status.
        domain: The region's domain.
        base: The base URL of the host that answered.

    Returns:
        The error, with its message for the user.
    """
    return PlatformError(kind, Message(_MESSAGES[kind], {"code": str(code), "region": domain, "host": _host(base)}))


def unexpected(detail: str) -> PlatformError:
    """The error for an answer that makes no sense here.

    Args:
        detail: What was wrong, in a few words (never a secret).

    Returns:
        The error, with its message for the user.
    """
    return PlatformError(PlatformFailure.UNEXPECTED, Message(_MESSAGES[PlatformFailure.UNEXPECTED], {"detail": detail}))
