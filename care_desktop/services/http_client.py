"""HTTP sessions for the few requests the app makes (status page, optional organization look-up).

Every session built here verifies certificates against the operating system's store (``truststore``, so a
company's own root certificate works as it does in the browser), takes proxies from the environment
(``HTTPS_PROXY``, ``NO_PROXY`` ...; requests' ``trust_env`` stays on), retries a little with backoff on
connection errors and on 502/503/504 for GET only, and is used with explicit timeouts. Certificate checks
are never turned off. This module also sorts requests' exceptions into the kinds of failure the user is
told about. The timeouts, retries and kinds of failure themselves live in ``net_policy`` (importable without
``requests``) and are re-exported here. No Qt; nothing here logs request headers or bodies.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from typing import Any

import requests
import truststore
from requests.adapters import HTTPAdapter
from urllib3.exceptions import NameResolutionError, ReadTimeoutError
from urllib3.util.retry import Retry

from care_desktop.services.net_policy import (
    DEFAULT_BACKOFF,
    DEFAULT_RETRIES,
    RETRY_STATUSES,
    USER_AGENT,
    NetFailure,
)


class SystemTrustAdapter(HTTPAdapter):
    """An adapter whose TLS connections (direct or through a proxy) use the given SSL context.

    Args:
        ssl_context: The context, normally a ``truststore.SSLContext``.
        kwargs: Passed to ``HTTPAdapter`` (``max_retries`` ...).
    """

    def __init__(self, ssl_context: ssl.SSLContext, **kwargs: Any) -> None:
        self.ssl_context = ssl_context
        super().__init__(**kwargs)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any) -> None:
        """Create the pool manager with our SSL context."""
        pool_kwargs["ssl_context"] = self.ssl_context
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        """Create a proxy manager whose tunnelled TLS connections use our SSL context."""
        proxy_kwargs["ssl_context"] = self.ssl_context
        return super().proxy_manager_for(proxy, **proxy_kwargs)


def system_ssl_context() -> ssl.SSLContext:
    """An SSL context that verifies against the operating system's certificate store.

    Returns:
        A ``truststore.SSLContext`` (hostname checks and verification on).
    """
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def new_session(retries: int = DEFAULT_RETRIES, backoff: float = DEFAULT_BACKOFF) -> requests.Session:
    """Build a session: system certificates, environment proxies, small retries, our User-Agent.

    Args:
        retries: How many times to retry a connection error, or a 502/503/504 answer to a GET.
        backoff: Backoff factor in seconds (urllib3: no wait before the first retry, then 2x, 4x ... this).

    Returns:
        A new session; close it after use.
    """
    retry = Retry(
        total=retries,
        connect=retries,
        read=0,  # a read timeout is not retried: the server got the request and is slow
        status=retries,
        other=0,
        backoff_factor=backoff,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET"}),
        raise_on_status=False,
        respect_retry_after_header=False,  # a long Retry-After would hold the user up
    )
    session = requests.Session()
    session.trust_env = True
    session.headers["User-Agent"] = USER_AGENT
    session.mount("https://", SystemTrustAdapter(system_ssl_context(), max_retries=retry))
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def _causes(error: BaseException) -> Iterator[object]:
    seen: set[int] = set()
    pending: list[object] = [error]
    while pending:
        item = pending.pop()
        if id(item) in seen or item is None:
            continue
        seen.add(id(item))
        yield item
        pending += [getattr(item, "reason", None), getattr(item, "__cause__", None), getattr(item, "__context__", None)]
        pending += [arg for arg in getattr(item, "args", ()) if isinstance(arg, BaseException)]


def classify(error: requests.RequestException) -> NetFailure:
    """Sort a requests exception into the kind of failure the user is told about.

    Args:
        error: What requests raised.

    Returns:
        The kind.
    """
    if isinstance(error, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema):
        return NetFailure.BAD_URL
    if isinstance(error, requests.exceptions.InvalidSchema):
        return NetFailure.BAD_URL
    if isinstance(error, requests.exceptions.ProxyError):
        return NetFailure.PROXY
    if isinstance(error, requests.exceptions.SSLError):
        return NetFailure.TLS
    causes = list(_causes(error))
    # A timeout while the body streams in arrives as a ConnectionError around urllib3's ReadTimeoutError.
    if isinstance(error, requests.exceptions.Timeout) or any(
        isinstance(cause, ReadTimeoutError | TimeoutError) for cause in causes
    ):
        return NetFailure.TIMEOUT
    if isinstance(error, requests.exceptions.ChunkedEncodingError | requests.exceptions.ContentDecodingError):
        return NetFailure.INCOMPLETE
    if any(isinstance(cause, NameResolutionError | socket.gaierror) for cause in causes):
        return NetFailure.DNS
    return NetFailure.REFUSED
